"""Stories the project wrote in the session of 2026-12-07 (the eighth), each told by one or two outlets.

A nine months' figure one outlet gives as the third quarter's, told beside an idiom ("zu Buche stehen"); groups that
receive; what is paid for a thing; the rest of a whole's shares; a state's subsidy told from two sides; companies named
after an article ("Die Rheinbank"); machine-translated reports of two firms; a budget's largest items.
"""

from __future__ import annotations

import pytest

from aifigures import extract
from aifigures.check.facts import build_facts
from aifigures.check.names import names_of
from found import kinds as _kinds


@pytest.mark.parametrize(
    "text",
    [
        # the nouns of fixed phrases, led by a preposition alone, are no one's names
        "Nach neun Monaten stehen Erlöse von 2 Mrd. Euro zu Buche.",
        "Das Gesetz tritt mit Kosten von 2 Mrd. Euro in Kraft.",
        "Zu Lasten der Kassen gehen 2 Mrd. Euro.",
        "Auf Sicht von fünf Jahren sollen 2 Mrd. Euro fließen.",
        "In Summe fließen 2 Mrd. Euro.",
        "Unterm Strich bleiben 2 Mrd. Euro.",
        "Alles in allem kostet der Umbau 2 Mrd. Euro.",
    ],
)
def test_the_nouns_of_fixed_phrases_are_no_names(text: str) -> None:
    assert names_of(text, 0, len(text)) == frozenset()


_NINE_MONTHS = """Windkraftzulieferer Turbovent legt zu

Turbovent hat im dritten Quartal 410 Millionen Euro umgesetzt. Nach neun Monaten stehen Erlöse von 1,18 Milliarden \
Euro zu Buche."""
_AS_QUARTER = """Turbovent mit starkem Sommer

Der Windkraftzulieferer Turbovent meldet für das dritte Quartal Erlöse von 1,18 Milliarden Euro."""


def test_a_nine_months_figure_told_as_the_quarter_s_is_a_period_mix_up() -> None:
    found = _kinds(("a", _NINE_MONTHS, "2026-10-29"), ("b", _AS_QUARTER, "2026-10-30"))
    assert found == ["period_mismatch"]


_MONTHLY = """Pflegegeld für Angehörige

Pflegende Angehörige in Havelmark erhalten künftig 180 Euro im Monat. Das Land stellt dafür jährlich 40 Millionen \
Euro bereit."""
_YEARLY = """Havelmark: Geld für pflegende Angehörige

Das Land Havelmark führt ein Pflegegeld ein. Berechtigte erhalten 180 Euro im Jahr. Insgesamt stehen 40 Millionen \
Euro jährlich bereit."""


def test_a_group_that_receives_names_no_one_so_a_monthly_sum_told_as_yearly_is_linked() -> None:
    assert _kinds(("a", _MONTHLY, "2026-02-03"), ("b", _YEARLY, "2026-02-04")) == ["period_mismatch"]


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        # what is paid for a thing named after the figure is a payment (a price, or an investment in it), though
        # the payer's noun names a funding
        ("Der Investor zahlt 1,8 Milliarden Euro für das Familienunternehmen.", "payment"),
        ("Der Finanzinvestor bietet 900 Millionen Euro für die Sparte.", "payment"),
        # ... as is what is paid for an area of a budget, which no payer's noun names
        ("Der Bund zahlt 2 Milliarden Euro für Schulen.", "payment"),
        ("Der Bund zahlt 2 Milliarden Euro für die Bildung.", "payment"),
    ],
)
def test_a_verb_of_paying_with_what_it_pays_for_after_the_figure_tells_a_payment(sentence: str, metric: str) -> None:
    assert [f.metric for f in build_facts("a", sentence, extract(sentence))] == [metric]


@pytest.mark.parametrize(
    ("rest", "kinds"),
    [
        # the rest told in the sentence after the shares: all of it, so the three must add up to the whole
        ("Den Rest von 20 Millionen Euro trägt die Stadt.", ["parts_total"]),
        ("Den Rest von 10 Millionen Euro trägt die Stadt.", []),
        ("Die übrigen 5 Millionen Euro trägt die Stadt.", ["parts_total"]),
    ],
)
def test_the_rest_told_after_the_shares_of_a_whole_makes_them_all_of_it(rest: str, kinds: list[str]) -> None:
    text = (
        "Sanierung des Museums\n\nDie Sanierung des Museums in Halmstedt kostet 90 Millionen Euro. Der Bund übernimmt "
        f"50 Millionen Euro, das Land 30 Millionen Euro. {rest}"
    )
    assert _kinds(("a", text, "2026-09-09")) == kinds


_STATE_SIDE = """Batteriefabrik in Kornwerder

Die Firma Voltheim baut in Kornwerder eine Fabrik für Batteriezellen. Das Land Brandenburg fördert das Projekt mit \
350 Millionen Euro."""
_FIRM_SIDE = """Förderung für Voltheim

Für die geplante Zellfabrik von Voltheim in Kornwerder gibt die Landesregierung {} Millionen Euro."""


@pytest.mark.parametrize(
    ("told", "kinds"),
    [
        # the state names its subsidy, the other report the firm that gets it and "die Landesregierung": one figure
        ("530", ["conflict"]),
        ("350", []),
    ],
)
def test_a_state_s_subsidy_told_by_the_state_s_name_and_by_the_firm_s_is_one_figure(
    told: str, kinds: list[str]
) -> None:
    assert _kinds(("a", _STATE_SIDE, "2026-02-18"), ("b", _FIRM_SIDE.format(told), "2026-02-19")) == kinds


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a government names its level of the state
        ("Die Landesregierung gibt 530 Millionen Euro.", frozenset({"land"})),
        ("Die Bundesregierung gibt 5 Milliarden Euro.", frozenset({"bund"})),
    ],
)
def test_a_government_names_its_level_of_the_state(text: str, names: frozenset[str]) -> None:
    assert names_of(text, 0, len(text)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a word rare in German that a title opens with and a sentence opens with after "die": a name
        ("Korvabank verdient mehr\n\nDie Korvabank hat 410 Millionen Euro verdient.", frozenset({"korvabank"})),
        # ... before a colon too
        ("Korvabank: Gewinn steigt\n\nDie Korvabank hat 410 Millionen Euro verdient.", frozenset({"korvabank"})),
        # ... or a word known in German, where the text describes its subject ("das Geldhaus")
        (
            "Commerzbank verdient mehr\n\nDie Commerzbank hat 410 Millionen Euro verdient. Das Geldhaus spart.",
            frozenset({"commerzbank"}),
        ),
        ("Commerzbank verdient mehr\n\nDie Commerzbank hat 410 Millionen Euro verdient.", frozenset()),
        # ... not a German noun, nor one the text writes after an indefinite article
        ("Stadt spart weiter\n\nDie Stadt spart 4 Millionen Euro.", frozenset()),
        ("Prämiensegen erwartet\n\nEin Prämiensegen ist das nicht. Der Prämiensegen beträgt 4 Mio. Euro.", frozenset()),
    ],
)
def test_a_rare_word_a_title_opens_with_is_a_name_where_an_article_leads_it(text: str, names: frozenset[str]) -> None:
    assert names_of(text, 0, len(text)) == names


def _bank(name: str, profit: int, income: str) -> str:
    return (
        f"{name} verdient mehr\n\nDie {name} hat im dritten Quartal einen Nettogewinn von {profit} Millionen Euro "
        f"erzielt. Die Erträge stiegen auf {income} Milliarden Euro."
    )


def test_banks_named_after_an_article_are_two_subjects() -> None:
    banks = [("a", _bank("Korvabank", 410, "2,1"), "2026-10-28"), ("b", _bank("Lindaubank", 230, "1,4"), "2026-10-28")]
    assert _kinds(*banks) == []


def _lower_report(head: str, revenue: int) -> str:
    return (
        f"{head} solar: umsatz steigt\n\ndas solarunternehmen {head} solar hat im ersten quartal einen umsatz von "
        f"{revenue} milliarden yuan erzielt."
    )


def test_a_lower_case_title_s_head_that_german_hardly_knows_names_its_subject() -> None:
    """Machine-translated reports of two firms, neither written capitalised anywhere: two subjects, by their titles."""
    reports = [("a", _lower_report("jinhua", 21), "2026-04-29"), ("b", _lower_report("weifang", 14), "2026-04-30")]
    assert _kinds(*reports) == []


@pytest.mark.parametrize(
    ("schools", "kinds"),
    [
        # a list of some of a figure's parts ("Die größten Posten:"): their sum must not exceed it
        ("52 Milliarden Euro", ["parts_total"]),
        ("52 Millionen Euro", []),
    ],
)
def test_a_list_of_the_largest_items_after_a_budget_may_not_exceed_it(schools: str, kinds: list[str]) -> None:
    text = (
        "Haushalt 2027 der Stadt Elmsried\n\nDie Stadt Elmsried plant für 2027 Ausgaben von 412 Millionen Euro. "
        f"Die größten Posten:\n- Personal: 148 Millionen Euro\n- Soziales: 96 Millionen Euro\n- Schulen: {schools}\n"
        "- Straßen: 31 Millionen Euro"
    )
    assert _kinds(("a", text, "2026-11-20")) == kinds


_NOW = """Schwimmhalle in Ebersweiler wird teurer

Der Neubau der Schwimmhalle in Ebersweiler kostet deutlich mehr als geplant. Statt der ursprünglich veranschlagten 14 \
Millionen Euro rechnet die Stadt nun mit 18 Millionen."""
_MEANWHILE = """Ebersweiler: Kosten für die neue Halle explodieren

Die neue Schwimmhalle in Ebersweiler wird fast doppelt so teuer wie geplant. Die Kosten belaufen sich inzwischen auf \
{} Millionen Euro. Ursprünglich waren 14 Millionen Euro eingeplant."""


@pytest.mark.parametrize(
    ("told", "kinds"),
    [
        # both reports tell the figure as it stands now, a day apart: they disagree, no revision
        ("28", ["conflict", "revision", "revision"]),
        ("18", ["revision"]),  # (the change told alike by both: one note)
    ],
)
def test_two_reports_that_each_tell_the_present_figure_of_one_change_disagree(told: str, kinds: list[str]) -> None:
    assert _kinds(("a", _NOW, "2026-06-24"), ("b", _MEANWHILE.format(told), "2026-06-25")) == kinds


@pytest.mark.parametrize(
    ("adhesives", "kinds"),
    [
        # divisions told in a gapped clause with the preposition of the verb left out ("die Klebstoffe auf 2,8 Mrd.")
        ("2,8", ["parts_total"]),
        ("2,2", []),
    ],
)
def test_divisions_after_the_preposition_of_a_verb_left_out_are_parts(adhesives: str, kinds: list[str]) -> None:
    text = (
        "Lackhersteller Tessmar\n\nDer Konzernumsatz von Tessmar lag 2025 bei 6,8 Milliarden Euro. Die Sparte "
        f"Beschichtungen kam auf 3,1 Milliarden Euro, die Klebstoffe auf {adhesives} Milliarden Euro und die Pigmente "
        "auf 1,5 Milliarden Euro."
    )
    assert _kinds(("a", text, "2026-03-08")) == kinds
