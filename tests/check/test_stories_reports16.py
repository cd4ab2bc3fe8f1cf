"""Stories the project wrote in the session of 2026-12-07 (the fifth), each told by one or two outlets.

A plan's cost so far in the state passive ("ist bisher mit 380 Mio. Euro veranschlagt") and the figure that
takes its place; an old figure and its new one inside one text are a revision, never also a conflict.
"""

from __future__ import annotations

from datetime import date

import pytest

from aifigures import Article, check, extract
from aifigures.check.facts import build_facts
from aifigures.check.names import names_of
from aifigures.normalise.band import possible_days
from found import kinds as _kinds

_PLAN = "Umbau wird teurer\n\nDer Umbau des Hauptbahnhofs in Kellbach ist bisher mit 380 Millionen Euro veranschlagt."


@pytest.mark.parametrize(
    ("then", "kinds"),
    [
        # the plan so far, and the figure that takes its place: a revision note
        ("Nun soll er 520 Millionen Euro kosten.", ["revision"]),
        # ... an addition is no figure that takes its place
        ("Nun wird über zusätzliche Kosten von bis zu 140 Millionen Euro spekuliert.", []),
    ],
)
def test_a_plan_so_far_in_the_state_passive_is_the_old_figure(then: str, kinds: list[str]) -> None:
    assert _kinds(("a", f"{_PLAN} {then}", "2026-05-04")) == kinds


def test_what_is_spent_so_far_is_no_old_figure() -> None:
    text = "Umbau kommt voran\n\nFür den Umbau des Hauptbahnhofs in Kellbach sind bisher 380 Millionen Euro ausgegeben."
    assert _kinds(("a", f"{text} Er soll 520 Millionen Euro kosten.", "2026-05-04")) == []


@pytest.mark.parametrize(
    "text",
    [
        # an old figure of a named metric and the new one: the revision only
        (
            "Der Umbau des Hauptbahnhofs in Kellbach kostet 520 Millionen Euro. Ursprünglich waren 380 Millionen Euro"
            " veranschlagt."
        ),
        (
            "Der Landkreis Obermark rechnet für 2027 mit einem Zuschuss des Landes von rund 17 Millionen Euro."
            " Ursprünglich war im Haushalt mit einem Zuschuss von 3,3 Millionen Euro gerechnet worden."
        ),
    ],
)
def test_an_old_figure_and_its_new_one_in_one_text_are_no_conflict(text: str) -> None:
    assert _kinds(("a", f"Neue Zahlen\n\n{text}", "2026-05-04")) == ["revision"]


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # "veranschlagt" tells what a thing is planned to cost, where no noun names another metric
        ("Der Umbau des Hauptbahnhofs ist mit 380 Millionen Euro veranschlagt.", ["cost"]),
        ("Die Einnahmen veranschlagt die Stadt auf 1,31 Milliarden Euro.", ["revenue"]),
    ],
)
def test_what_is_veranschlagt_is_a_cost_unless_a_noun_names_its_metric(text: str, metrics: list[str | None]) -> None:
    assert [f.metric for f in build_facts("a", text, extract(text))] == metrics


def test_a_figure_s_digits_are_no_year_of_its_sentence() -> None:
    text = "Nach der Einigung gibt es 2025 eine Prämie von 2000 Euro."
    assert [sorted(f.years) for f in build_facts("a", text, extract(text))] == [[2025]]


_GAP_A = """Lerchfeld legt Haushalt 2027 vor

Der Kämmerer der Stadt Lerchfeld hat den Entwurf für den Haushalt 2027 vorgestellt. Die Einnahmen veranschlagt
die Stadt auf 910 Millionen Euro; die Lücke von 46 Millionen Euro soll aus Rücklagen gedeckt werden."""


@pytest.mark.parametrize(
    ("told", "kinds"),
    [
        # a noun told without an article ("aus Rücklagen") is no name that sets one report's figure apart
        ("4,6 Millionen Euro", ["scale_error"]),
        ("46 Millionen Euro", []),
    ],
)
def test_a_plural_noun_without_an_article_is_no_name(told: str, kinds: list[str]) -> None:
    b = f"Lerchfeld muss Rücklagen angreifen\n\nIm Haushalt der Stadt Lerchfeld für 2027 klafft eine Lücke von {told}."
    assert _kinds(("a", _GAP_A, "2026-11-03"), ("b", b, "2026-11-04")) == kinds


_BONUS_A = """Tarifeinigung im Nahverkehr

Im Tarifstreit im Nahverkehr in Westmark haben sich Gewerkschaft und Arbeitgeber geeinigt. Die rund 9.000
Beschäftigten erhalten eine Inflationsausgleichsprämie von 3000 Euro."""


@pytest.mark.parametrize(
    ("told", "kinds"),
    [
        # what each of a group gets, and the same figure told without the group: one figure
        ("2000 Euro", ["conflict"]),
        ("3000 Euro", []),
    ],
)
def test_a_figure_each_of_a_group_gets_against_one_told_without_the_group(told: str, kinds: list[str]) -> None:
    b = f"Nahverkehr: Streiks sind vom Tisch\n\nIn Westmark gibt es eine Inflationsausgleichsprämie von {told}."
    assert _kinds(("a", _BONUS_A, "2026-03-20"), ("b", b, "2026-03-20")) == kinds


def test_a_percentage_after_um_is_a_change_s_rate_not_a_share() -> None:
    text = (
        "Rheinbank legt zu\n\nDer Gewinn der Rheinbank stieg um 25 Prozent von 12 Millionen Euro auf 15 Millionen Euro."
    )
    assert _kinds(("a", text, "2026-02-20")) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a stretch of several sentences: each one's first word opens a sentence
        ("Kelmar setzte 5 Mrd. Euro um. Das sind 12 Prozent mehr als im Vorjahr.", ["kelmar"]),
        ("Kelmar legte zu. Macht im Monat rund 400 Millionen Euro!", ["kelmar"]),
        # adverbs and verbs that open a sentence, and the polite pronoun, are no names
        ("Tatsächlich erhält Kelmar nur 3 Mrd. Euro.", ["kelmar"]),
        ("Sollte Kelmar zahlen, wären es 3 Mrd. Euro.", ["kelmar"]),
        ("Dann dürfte Ihr Verdienst bei Kelmar unter 3.000 Euro liegen.", ["kelmar"]),
        # nouns of fixed phrases and times of the year are no names either
        ("Kelmar wuchs zum dritten Mal in Folge, im Sommer auf 3 Mrd. Euro.", ["kelmar"]),
    ],
)
def test_words_that_open_a_sentence_are_no_names(text: str, names: list[str]) -> None:
    assert sorted(names_of(text, 0, len(text))) == names


@pytest.mark.parametrize(
    ("told", "kinds"),
    [
        # a conversion told before its source, which follows in the next sentence: weighed as one
        ("35 Millionen Euro", ["fx_conversion"]),
        ("350 Millionen Euro", []),
    ],
)
def test_a_conversion_told_before_its_source(told: str, kinds: list[str]) -> None:
    text = (
        f"Albion kauft Nordre\n\nFür umgerechnet {told} übernimmt der britische Versicherer Albion den Rückversicherer"
        " Nordre. Der Kaufpreis beträgt 300 Millionen Pfund."
    )
    assert _kinds(("a", text, "2026-09-03")) == kinds


def test_one_label_against_reports_on_either_side_of_it_is_one_finding() -> None:
    """The odd report sorts between the others: its figure is first in one swap and second in the other."""
    dollar = "Vantor setzt mehr um\n\nDer Chipkonzern Vantor hat im dritten Quartal 14,2 Milliarden Dollar umgesetzt."
    euro = "Vantor mit Rekord\n\nDer Chipkonzern Vantor hat im dritten Quartal 14,2 Milliarden Euro umgesetzt."
    report = check([Article.of(aid, text, "2026-10-29") for aid, text in (("a", dollar), ("b", euro), ("c", dollar))])
    swaps = [f for f in report.findings if f.kind.value == "fx_conversion"]
    assert len(swaps) == 1
    assert "1 more report agrees with the other label" in swaps[0].why


def test_an_undated_text_s_figures_name_no_year_it_may_date_from() -> None:
    text = "Die Prämie beträgt 2000 Euro, umgerechnet rund 2300 Dollar."
    assert possible_days(None, text, date(2026, 10, 30), [(19, 28), (42, 58)]).window.start == date(1999, 1, 4)
    assert possible_days(None, text, date(2026, 10, 30)).window.start == date(2000, 1, 1)
