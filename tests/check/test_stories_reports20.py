"""Stories the project wrote in the session of 2026-12-07 (the ninth): reports of one beat told on one day.

Quarterly reports of several companies, city budgets of several towns, each told by two outlets, some with a slip.
"""

from __future__ import annotations

import pytest

from aifigures import extract
from aifigures.check.facts import build_facts
from aifigures.check.names import names_of
from found import kinds as _kinds

_HEAD_A = """Talwerda baut Schulden ab

Die Stadt Talwerda tilgt weiter. Ende 2027 soll die Pro-Kopf-Verschuldung bei 1.260 Euro liegen. Der Haushalt \
umfasst 71 Millionen Euro."""
_HEAD_B = """Talwerda mit Überschuss

Der Haushalt 2027 der Stadt Talwerda umfasst 71 Millionen Euro. Die Verschuldung je Einwohner sinkt bis Ende 2027 \
auf 1,26 Millionen Euro."""


def test_a_compound_of_per_head_gives_its_figure_per_head_so_its_scale_slip_is_found() -> None:
    assert _kinds(("a", _HEAD_A, "2026-11-20"), ("b", _HEAD_B, "2026-11-21")) == ["scale_error"]


_SIGNED = """Ulmbach holt Abwehrchef

Der TSV Ulmbach hat den Verteidiger Sören Haldemann verpflichtet. Er kommt für 9 Millionen Euro vom dänischen Klub \
Vestby IF."""
_ARRIVED = """Haldemann trainiert erstmals

Neuzugang Sören Haldemann stand am Montag zum ersten Mal beim TSV Ulmbach auf dem Platz. Der Abwehrspieler kostete \
den Verein 6 Millionen Euro Ablöse."""


def test_a_sentence_opened_by_a_pronoun_is_about_whom_the_one_before_names() -> None:
    # "Er kommt für 9 Mio. vom Klub Vestby IF": the player of the sentence before, bought from Vestby (no object
    # of the fee, as a metric's noun after a figure is none: "6 Mio. Euro Ablöse")
    assert _kinds(("a", _SIGNED, "2026-07-14"), ("b", _ARRIVED, "2026-07-15")) == ["conflict"]


_YEARLY_PAY = """Kapitän bleibt

Der Kapitän des FC Roswinkel, Malte Jessen, hat seinen Vertrag verlängert. Er verdient künftig 900.000 Euro im Jahr."""
_MONTHLY_PAY = """Jessen verlängert

Malte Jessen, Kapitän des FC Roswinkel, hat verlängert und bekommt nun 900.000 Euro im Monat."""


def test_a_captain_s_earnings_are_his_pay_so_a_monthly_figure_told_as_yearly_is_a_period_mix_up() -> None:
    assert _kinds(("a", _YEARLY_PAY, "2026-07-17"), ("b", _MONTHLY_PAY, "2026-07-17")) == ["period_mismatch"]


_FROM_TOWN = """Haldemann trainiert erstmals

Neuzugang Sören Haldemann stand am Montag zum ersten Mal beim TSV Ulmbach auf dem Platz. Der Abwehrspieler kam für \
6 Millionen Euro aus Kopenhagen."""


def test_what_follows_a_figure_after_a_preposition_of_origin_is_no_object_of_it() -> None:
    # "vom dänischen Klub" and "aus Kopenhagen" tell where the player came from, not two things paid for
    assert _kinds(("a", _SIGNED, "2026-07-14"), ("b", _FROM_TOWN, "2026-07-15")) == ["conflict"]


_SOLD = """Lindtal verkauft Torjäger

Der Stürmer Rasmus Ekberg verlässt den SC Lindtal. Die Ablöse für Ekberg beträgt 31 Millionen Euro."""
_ROUND_UP = """Transfers am Dienstag

Der SC Lindtal hat einen Nachfolger für Ekberg: Vom norwegischen Meister kommt Stürmer Håkon Strand für 11 Millionen \
Euro."""


def test_the_player_a_figure_s_own_clause_names_after_his_role_is_another_than_the_other_report_s() -> None:
    # the round-up mentions the player sold once; its fee is the new player's, whom the other report never names
    assert _kinds(("a", _SOLD, "2026-07-14"), ("b", _ROUND_UP, "2026-07-18")) == []


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Varnholt und Quessel investieren zusammen 5 Mrd. Euro.", True),
        # "und" before a verb joins two clauses, not two names
        ("Lasse Brink unterschreibt bei Vestby IF und kassiert dort 3 Mio. Euro im Jahr.", False),
    ],
)
def test_names_are_a_group_where_und_joins_a_name_to_them(text: str, group: bool) -> None:  # noqa: FBT001
    (fact,) = build_facts("a", text, extract(text), year=2026)
    assert fact.group is group


@pytest.mark.parametrize(
    ("pool", "kinds"),
    [
        # the largest items of a total ("Insgesamt ... 58 Mio."): some of it, so they may fall short, not exceed it
        ("7,2 Millionen Euro", []),
        ("72 Millionen Euro", ["parts_total"]),
    ],
)
def test_a_list_of_the_largest_items_after_a_total_is_some_of_it(pool: str, kinds: list[str]) -> None:
    text = (
        "Was Elmshagen investiert\n\nInsgesamt sind im Haushalt 58 Millionen Euro für Investitionen vorgesehen. "
        f"Die größten Projekte im Überblick:\n- Gesamtschule: 18,5 Millionen Euro\n- Hallenbad: {pool}\n"
        "- Radwege: 6,4 Millionen Euro\n- Feuerwache: 5,9 Millionen Euro"
    )
    assert _kinds(("a", text, "2026-11-26")) == kinds


_DIVISIONS = """Quarzlicht Industries: Umsatz stabil

Der Mischkonzern Quarzlicht hat im dritten Quartal 6,2 Milliarden Euro umgesetzt, nach 6,1 Milliarden Euro ein Jahr \
zuvor. Unter dem Strich verdiente Quarzlicht 410 Millionen Euro.

Die Sparte Antriebe steigerte den Umsatz auf {drives}, das Ergebnis auf 380 Millionen Euro. Die Labortechnik setzte \
1,6 Milliarden Euro um, verdiente aber mit 150 Millionen Euro weniger. Im Geschäft mit Sensoren lag der Umsatz bei 1,3 \
Milliarden Euro, in der Bahnsparte bei 0,9 Milliarden Euro."""


@pytest.mark.parametrize(
    ("drives", "kinds"),
    [
        # the divisions' revenues after the whole's paragraph: a division opening a sentence ("Die Labortechnik
        # setzte ... um"), one in a clause that leaves its verb out ("in der Bahnsparte bei 0,9 Mrd."), passing over
        # the figures before them and a division's profit ("das Ergebnis auf 380 Mio.", no division of its own)
        ("2,4 Milliarden Euro", []),
        ("4,4 Milliarden Euro", ["parts_total"]),
    ],
)
def test_a_whole_s_divisions_told_in_the_next_paragraph_may_not_exceed_it(drives: str, kinds: list[str]) -> None:
    assert _kinds(("a", _DIVISIONS.format(drives=drives), "2026-10-29")) == kinds


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # what a budget holds for a metric named after "für" is of that metric, not the budget's volume
        ("Insgesamt sind im Haushalt 58 Millionen Euro für Investitionen vorgesehen.", "investment"),
        ("Für Investitionen sind im Haushalt 58 Millionen Euro vorgesehen.", "investment"),
        ("Im Haushalt für 2027 sind 412 Millionen Euro vorgesehen.", "budget"),
    ],
)
def test_what_a_budget_holds_for_a_metric_is_of_that_metric(text: str, metric: str) -> None:
    (fact,) = build_facts("a", text, extract(text), year=2026)
    assert fact.metric == metric


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a price per unit, the year before's in its sentence, then restated for a count of units
        (
            (
                "Die Miete liegt bei 11,40 Euro je Quadratmeter, ein Jahr zuvor waren es 10,80 Euro. Für eine "
                "60-Quadratmeter-Wohnung sind das rund 684 Euro im Monat."
            ),
            [],
        ),
        (
            (
                "Die Miete liegt bei 11,40 Euro je Quadratmeter, ein Jahr zuvor waren es 10,80 Euro. Für eine "
                "60-Quadratmeter-Wohnung sind das rund 884 Euro im Monat."
            ),
            ["parts_total"],
        ),
        # what a price's change makes a change or a saving: no price times the count
        (
            (
                "Der Arbeitspreis sinkt von 32,5 auf 29,1 Cent je Kilowattstunde. Für einen Haushalt mit 3.000 "
                "Kilowattstunden sinken die Kosten damit um rund 102 Euro im Jahr."
            ),
            [],
        ),
        (
            (
                "Der Gaspreis fällt auf 9,8 Cent je Kilowattstunde. Eine Familie mit 20.000 Kilowattstunden spart "
                "damit etwa 140 Euro im Jahr."
            ),
            [],
        ),
    ],
)
def test_a_price_per_unit_restated_for_a_count(text: str, kinds: list[str]) -> None:
    assert _kinds(("a", "Wohnen und Energie\n\n" + text, "2026-09-03")) == kinds


@pytest.mark.parametrize(
    "text",
    [
        # adverbs of a measure that open a sentence are no names
        "Operativ verdiente der Autobauer 1,9 Milliarden Euro.",
        "Netto blieben dem Konzern 960 Millionen Euro.",
        "Währungsbereinigt stieg der Umsatz auf 4 Milliarden Euro.",
    ],
)
def test_an_adverb_of_a_measure_opening_a_sentence_is_no_name(text: str) -> None:
    assert names_of(text, 0, len(text)) == frozenset()
