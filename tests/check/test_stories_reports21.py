"""Stories the project wrote in the session of 2026-12-08: longer reports of one event by several outlets.

A quarter's loss told as a bottom line and by a verb, a city's budget presented to its council.
"""

from __future__ import annotations

import pytest

from aifigures import extract
from aifigures.check.facts import build_facts
from found import kinds as _kinds

_LOSS_NOUN = """Pumpenbauer Oskerna im Minus

Der Pumpenbauer Oskerna hat im zweiten Quartal einen Nettoverlust von 64 Millionen Euro verbucht. Der Umsatz sank \
auf 910 Millionen Euro."""
_BOTTOM_LINE = """Oskerna schreibt rote Zahlen

Höhere Materialkosten haben Oskerna im zweiten Quartal belastet. Unter dem Strich stand ein Minus von 6,4 Millionen \
Euro. Der Umsatz ging auf 910 Millionen Euro zurück."""
_LOST = """Oskerna enttäuscht

Im zweiten Quartal verlor Oskerna 6,4 Millionen Euro. Der Umsatz lag bei 910 Millionen Euro."""


@pytest.mark.parametrize("told", [_BOTTOM_LINE, _LOST], ids=["minus_under_the_bottom_line", "verb_of_losing"])
def test_a_loss_told_as_a_bottom_line_s_minus_or_by_its_verb_is_a_loss(told: str) -> None:
    # "Unter dem Strich stand ein Minus von ...": the result, not a change of the profit; "verlor ...": a loss
    assert _kinds(("a", _LOSS_NOUN, "2026-08-05"), ("b", told, "2026-08-05")) == ["scale_error"]


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("Unter dem Strich stand bei Oskerna ein Minus von 6,4 Mio. Euro.", "loss"),
        ("Unterm Strich blieb bei Oskerna ein Plus von 6,4 Mio. Euro.", "profit"),
        ("Das macht für Oskerna summa summarum ein Minus von 6,4 Mio. Euro.", "loss"),
        ("Oskerna hat im Quartal 6,4 Mio. Euro verloren.", "loss"),
        # a change of a metric the clause names stays a change where no bottom line stands
        ("Beim Umsatz verzeichnete Oskerna ein Minus von 64 Mio. Euro.", "revenue_change"),
    ],
)
def test_the_metric_of_a_result_s_balance(sentence: str, metric: str) -> None:
    (fact,) = build_facts("a", sentence, extract(sentence))
    assert fact.metric == metric


_DRAFT = """Haushalt 2027: Lindmoor muss sparen

Die Stadt Lindmoor rechnet für 2027 mit einem Defizit von 36 Millionen Euro. Das geht aus dem Haushaltsentwurf \
hervor, den der Kämmerer am Donnerstag im Rat einbrachte."""
_PRESENTED = """Lindmoor: Loch im Haushalt

Lindmoors Kämmerer Jens Ortwig hat dem Rat einen Haushalt mit einem Fehlbetrag von 63 Millionen Euro vorgelegt."""


def test_a_budget_presented_to_its_council_is_a_plan_so_two_reports_of_its_deficit_are_weighed() -> None:
    assert _kinds(("a", _DRAFT, "2026-11-20"), ("b", _PRESENTED, "2026-11-21")) == ["conflict"]


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("Der Kämmerer von Lindmoor hat einen Haushalt mit einem Fehlbetrag von 63 Mio. Euro vorgelegt.", "plan"),
        ("Der Haushalt von Lindmoor schloss mit einem Fehlbetrag von 63 Mio. Euro.", "actual"),
        # results presented are no budget's
        ("Oskerna hat Zahlen vorgelegt: Der Umsatz lag bei 910 Mio. Euro.", "actual"),
    ],
)
def test_a_budget_s_figure_is_a_plan_where_the_budget_is_presented(sentence: str, modality: str) -> None:
    (fact,) = build_facts("a", sentence, extract(sentence))
    assert fact.modality.value == modality


_MONTHLY_RENT = """Stadt mietet Bürogebäude

Die Stadt Haldern mietet für ihre Verwaltung ein Bürogebäude am Markt. Die Miete beträgt 52.000 Euro im Monat."""
_YEARLY_RENT = """Haldern zieht um

Die Verwaltung der Stadt Haldern zieht in ein angemietetes Bürogebäude. Die Stadt zahlt dafür eine Miete von 52.000 \
Euro im Jahr."""


def test_a_title_that_opens_with_a_common_noun_the_text_writes_before_a_name_is_about_that_name() -> None:
    # "Stadt mietet ..." over "Die Stadt Haldern ...": the title's "Stadt" describes Haldern, and is no second name
    assert _kinds(("a", _MONTHLY_RENT, "2026-02-03"), ("b", _YEARLY_RENT, "2026-02-04")) == ["period_mismatch"]


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Stadt mietet Bürogebäude", {"haldern"}),
        # a name the text writes after an article stays the title's name
        ("Haldern mietet Bürogebäude", {"haldern"}),
    ],
)
def test_the_names_a_title_gives_a_figure(title: str, names: set[str]) -> None:
    text = f"{title}\n\nDie Stadt Haldern mietet ein Bürogebäude. Die Miete beträgt 52.000 Euro im Monat."
    (fact,) = build_facts("a", text, extract(text))
    assert fact.names == names


_PLANNED = """Ausbau Tellin–Morsum beschlossen

Der zweigleisige Ausbau der Strecke zwischen Tellin und Morsum ist beschlossen. Die Kosten liegen bei 1,6 Milliarden \
Euro."""
_STATED = """Ausbau Tellin–Morsum wird teurer

Der Ausbau der Strecke zwischen Tellin und Morsum kostet mehr. Die Deutsche Bahn beziffert die Kosten jetzt auf 2,3 \
Milliarden Euro."""


def test_who_states_a_figure_of_a_thing_is_no_second_subject() -> None:
    # "Die Deutsche Bahn beziffert die Kosten ...": the cost of the line the report is about, months later a revision
    assert _kinds(("a", _PLANNED, "2026-05-06"), ("b", _STATED, "2026-11-19")) == ["revision"]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Die Deutsche Bahn beziffert die Kosten jetzt auf 2,3 Mrd. Euro.", set()),
        ("Der Versichererverband schätzt den Schaden auf 1,8 Mrd. Euro.", set()),
        # not a verb that gives a figure as someone's statement
        ("Die Deutsche Bahn investiert 2,3 Mrd. Euro in die Strecke.", {"bahn"}),
    ],
)
def test_who_states_a_figure_is_not_whom_it_is_about(sentence: str, names: set[str]) -> None:
    (fact,) = build_facts("a", sentence, extract(sentence))
    assert fact.sentence_names == names


_WHOLE = """Strecke Helmsdorf–Ruppach wird ausgebaut

Der Ausbau der Bahnstrecke zwischen Helmsdorf und Ruppach kostet insgesamt 1,8 Milliarden Euro. Die Arbeiten sollen \
2028 beginnen."""


@pytest.mark.parametrize(
    ("shares", "kinds"),
    [
        # what each pays of the line, side by side: within its cost, no figure of it (the Bund's is no report of it)
        ("übernimmt der Bund 1,1 Milliarden Euro, das Land 0,7 Milliarden Euro", []),
        # ... above its cost: the shares exceed the whole
        ("übernimmt der Bund 1,1 Milliarden Euro, das Land 0,9 Milliarden Euro", ["parts_total"]),
    ],
)
def test_shares_told_side_by_side_are_some_of_the_whole_another_report_gives(shares: str, kinds: list[str]) -> None:
    told = f"Bund zahlt den Löwenanteil\n\nFür den Ausbau der Strecke Helmsdorf–Ruppach {shares}."
    assert _kinds(("a", _WHOLE, "2026-05-06"), ("b", told, "2026-05-07")) == kinds


def test_a_share_of_a_subject_the_other_report_names_is_weighed_against_its_figure() -> None:
    other = "Bund zahlt für Strecke\n\nFür den Ausbau der Strecke Helmsdorf–Ruppach gibt der Bund 1,4 Milliarden Euro."
    told = (
        "Bund zahlt den Löwenanteil\n\nFür den Ausbau der Strecke Helmsdorf–Ruppach übernimmt der Bund 1,1 Milliarden "
        "Euro, das Land 0,7 Milliarden Euro."
    )
    assert _kinds(("a", other, "2026-05-06"), ("b", told, "2026-05-07")) == ["conflict"]


_FLOOD = """Hochwasser: Schäden von 400 Millionen Euro

Das Hochwasser im Allgäu hat nach ersten Schätzungen Schäden von rund 400 Millionen Euro verursacht."""
_DELUGE = """Allgäu: Flut richtet Millionenschäden an

Die Flut im Allgäu hat Schäden in Höhe von etwa 700 Millionen Euro angerichtet, schätzt das Landratsamt."""


def test_two_words_for_one_event_make_two_reports_one_story() -> None:
    # "das Hochwasser" and "die Flut" in one valley on one day (check.toml [synonyms]): one damage, two figures
    assert _kinds(("a", _FLOOD, "2026-07-21"), ("b", _DELUGE, "2026-07-21")) == ["conflict"]


@pytest.mark.parametrize(
    ("word", "form"),
    [("flut", "hochwasser"), ("überschwemmungen", "hochwasser"), ("hackerangriffs", "cyberangriff")],
)
def test_a_word_is_matched_by_the_word_of_its_event(word: str, form: str) -> None:
    from aifigures.check.context import word_forms  # noqa: PLC0415 - the check's word forms

    assert form in word_forms(word)


_SAVES_YEARLY = """Stadtwerke Kemnat werden günstiger

Die Stadtwerke Kemnat senken den Gaspreis zum Jahreswechsel. Ein Haushalt mit 12.000 Kilowattstunden spart dadurch \
95 Euro im Jahr."""


@pytest.mark.parametrize(
    ("told", "kinds"),
    [
        # the same worked example, from the same basis, with another period: one figure, two periods
        (
            (
                "Gas in Kemnat billiger\n\nGute Nachricht für Gaskunden in Kemnat: Ein Haushalt mit 12.000 "
                "Kilowattstunden Verbrauch zahlt künftig 95 Euro weniger im Monat."
            ),
            ["period_mismatch"],
        ),
        # an example from another basis is another quantity
        (
            (
                "Gas in Kemnat billiger\n\nGute Nachricht für Gaskunden in Kemnat: Ein Haushalt mit 20.000 "
                "Kilowattstunden Verbrauch zahlt künftig 95 Euro weniger im Monat."
            ),
            [],
        ),
    ],
)
def test_a_worked_example_from_the_same_basis_in_two_reports_is_one_quantity(told: str, kinds: list[str]) -> None:
    assert _kinds(("a", _SAVES_YEARLY, "2026-09-02"), ("b", told, "2026-09-03")) == kinds


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("Jeder Kunde der Stadtwerke Kemnat zahlt künftig 95 Euro weniger im Jahr.", "savings"),
        # what is paid more is what the thing costs
        ("Jeder Kunde der Stadtwerke Kemnat zahlt künftig 95 Euro mehr im Jahr.", "payment"),
    ],
)
def test_what_is_paid_less_is_saved(sentence: str, metric: str) -> None:
    (fact,) = build_facts("a", sentence, extract(sentence))
    assert fact.metric == metric


def test_a_segment_told_as_a_compound_with_a_linking_s_is_the_segment_told_by_its_word() -> None:
    a = "Arvell wächst\n\nDer Konzern Arvell hat 2025 zugelegt. Die Sparte Mobilität setzte 4,1 Milliarden Euro um."
    b = "Arvell legt zu\n\nBei Arvell lag 2025 der Umsatz in der Mobilitätssparte bei 1,4 Milliarden Euro."
    assert _kinds(("a", a, "2026-03-10"), ("b", b, "2026-03-10")) == ["conflict"]


@pytest.mark.parametrize(
    ("sentence", "segment"),
    [
        ("In der Mobilitätssparte lag der Umsatz von Arvell bei 4,1 Mrd. Euro.", "mobilität"),
        ("Das Versicherungsgeschäft von Arvell setzte 2 Mrd. Euro um.", "versicherung"),
        # no linking "s" after other endings
        ("Die Logistiksparte von Arvell setzte 2 Mrd. Euro um.", "logistik"),
    ],
)
def test_the_segment_a_compound_names(sentence: str, segment: str) -> None:
    (fact,) = build_facts("a", sentence, extract(sentence))
    assert fact.segment == segment
