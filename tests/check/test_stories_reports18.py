"""Stories the project wrote in the session of 2026-12-07 (the seventh), each told by one or two outlets.

A fee the bonuses it may come with raise ("Durch Bonuszahlungen kann die Ablöse auf 75 Mio. steigen").
"""

from __future__ import annotations

import pytest

from aifigures import Article, check, extract
from aifigures.check.facts import build_facts
from aifigures.check.names import names_of
from found import kinds as _kinds


@pytest.mark.parametrize(
    "then",
    [
        "Durch Bonuszahlungen kann die Ablöse auf 47 Millionen Euro steigen.",
        "Die Ablöse kann durch Boni auf 47 Millionen Euro steigen.",
        "Dank Bonuszahlungen könnte die Summe auf 47 Millionen Euro klettern.",
    ],
)
def test_a_fee_the_bonuses_may_raise_is_another_measure_than_the_fee(then: str) -> None:
    text = f"Wechsel perfekt\n\nDer Verteidiger Emil Brandstätter wechselt für 39 Millionen Euro nach Lissabon. {then}"
    assert _kinds(("a", text, "2026-07-20")) == []


_AID = "Hilfe für Hagelopfer\n\nThüringen stellt den Landwirten nach dem Hagel an der Unstrut {} Millionen Euro bereit."


@pytest.mark.parametrize(
    ("other", "kinds"),
    [
        # the state's government named by its seat: one subject, two figures
        (
            "Die Landesregierung in Erfurt hat den Landwirten nach dem Hagel an der Unstrut 45 Mio. Euro zugesagt.",
            ["conflict"],
        ),
        ("Das Kabinett in Erfurt gibt den Landwirten an der Unstrut 45 Millionen Euro.", ["conflict"]),
        # the city alone is a city: another subject
        ("Die Stadt Erfurt gibt den Landwirten an der Unstrut 45 Millionen Euro.", []),
    ],
)
def test_a_state_s_government_named_by_its_seat_is_the_state(other: str, kinds: list[str]) -> None:
    found = _kinds(("a", _AID.format(30), "2026-06-12"), ("b", f"Hagelhilfe\n\n{other}", "2026-06-12"))
    assert found == kinds


_FLOOD = """Hochwasser an der Saale: Schäden in Milliardenhöhe

Das Hochwasser an der Saale hat nach ersten Schätzungen Gesamtschäden von rund 2,3 Milliarden Euro verursacht. {}"""
_OTHER_FLOOD = """Hochwasser: Schäden in Milliardenhöhe

Die versicherten Schäden durch das Hochwasser in Bayern belaufen sich auf 2,1 Milliarden Euro. Die Gesamtschäden \
dürften bei über fünf Milliarden Euro liegen."""


@pytest.mark.parametrize(
    ("told", "kinds"),
    [
        # each report names a state the other never mentions: two floods, however alike their words
        ("Thüringen stellt 90 Millionen Euro Soforthilfe bereit.", []),
        # ... by its adjective too
        ("Die thüringische Landesregierung stellt 90 Millionen Euro Soforthilfe bereit.", []),
        # one state in both: one flood, whose total damage the two tell apart
        ("Betroffen sind vor allem Orte in Bayern.", ["qualifier_conflict"]),
    ],
)
def test_figures_that_name_no_one_in_reports_of_two_states_are_two_events(told: str, kinds: list[str]) -> None:
    assert _kinds(("a", _FLOOD.format(told), "2026-09-20"), ("b", _OTHER_FLOOD, "2026-07-30")) == kinds


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a compound that opens with a scale word is a noun, though a preposition of place leads it
        ("Nach dem Sturm: Schäden in Milliardenhöhe", frozenset()),
        ("Ein Millionenloch klafft im Etat von Dornheim.", frozenset({"dornheim"})),
        # the seat of a state's government names the state beside the city (and the government the state's level)
        ("Die Staatsregierung in München gibt 2 Mrd. Euro.", frozenset({"münchen", "bayern", "land"})),
    ],
)
def test_names_of_a_stretch(text: str, names: frozenset[str]) -> None:
    assert names_of(text, 0, len(text)) == names


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # the noun after the figure is what is saved
        ("Die Reederei will ab 2028 jährlich 350 Millionen Euro an Kosten einsparen.", "savings"),
        ("Der Versicherer will 90 Millionen Euro an Kosten sparen.", "savings"),
        # ... the infinitive with "zu" of a separable verb
        ("Der Kranbauer kündigte an, bis 2028 rund 60 Millionen Euro an Kosten einzusparen.", "savings"),
        # ... a cost where nothing saves it
        ("Der Versicherer trägt 90 Millionen Euro an Kosten.", "cost"),
    ],
)
def test_costs_the_clause_saves_are_a_saving(text: str, metric: str) -> None:
    (fact,) = build_facts("a", text, extract(text), year=2026)
    assert fact.metric == metric


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # the old figure told as what was planned: a plan replaced, though the new one holds from a day
        (
            (
                "Statt wie bisher geplant 350 Millionen Euro will die Reederei nun ab 2028 jährlich 500 Millionen Euro "
                "einsparen."
            ),
            ["revision"],
        ),
        (
            (
                "Statt der bislang angepeilten 350 Millionen Euro will die Reederei ab Ende 2028 jährlich "
                "500 Millionen Euro einsparen."
            ),
            ["revision"],
        ),
        # a level that changes on a day is no revision
        ("Die Jahreskarte kostet ab Januar 500 Euro statt bisher 350 Euro.", []),
    ],
)
def test_a_planned_figure_replaced_is_revised_whatever_day_the_new_one_holds_from(text: str, kinds: list[str]) -> None:
    assert _kinds(("a", f"Sparkurs\n\n{text}", "2026-03-05")) == kinds


@pytest.mark.parametrize(
    ("told", "kinds"),
    [
        # what a debtor pays for its debt is one metric however it is named
        ("Die Zinslast des Landes steigt im kommenden Jahr auf 190 Millionen Euro.", ["conflict"]),
        ("Die Zinsausgaben des Landes steigen im kommenden Jahr auf 190 Millionen Euro.", ["conflict"]),
        # ... and not the debt itself
        ("Die Schulden des Landes steigen im kommenden Jahr auf 190 Millionen Euro.", []),
    ],
)
def test_interest_is_one_metric(told: str, kinds: list[str]) -> None:
    first = "Etat steht\n\nAllein für Zinsen muss das Saarland im nächsten Jahr 910 Millionen Euro aufbringen."
    found = _kinds(
        ("a", first, "2026-06-24"), ("b", f"Saarland: Etat mit Lücken\n\nIm Saarland gilt: {told}", "2026-06-24")
    )
    assert found == kinds


_LISTING = """Tarvik-Aktie startet holprig

Die Aktie des Batterieherstellers Tarvik ist am ersten Handelstag in Frankfurt gefallen. {}"""


@pytest.mark.parametrize(
    ("told", "other", "kinds"),
    [
        # what a listing brought, told by its noun or beside its verb, is one figure: the offering
        (
            "Der Börsengang brachte 1,3 Milliarden Euro ein.",
            "Das Emissionsvolumen lag bei 3,1 Milliarden Euro.",
            ["conflict"],
        ),
        (
            "Tarvik hat bei seinem Börsengang 1,3 Milliarden Euro eingenommen.",
            "Der Börsengang brachte 3,1 Milliarden Euro ein.",
            ["conflict"],
        ),
        (
            "Das Unternehmen erlöste 1,3 Milliarden Euro.",
            "Der Emissionserlös beläuft sich auf 3,1 Milliarden Euro.",
            ["conflict"],
        ),
        # ... not the company's revenue of a half year
        (
            "Der Börsengang brachte 1,3 Milliarden Euro ein.",
            "Im ersten Halbjahr setzte der Batteriehersteller Tarvik 3,1 Milliarden Euro um.",
            [],
        ),
    ],
)
def test_what_a_listing_brought_is_its_offering(told: str, other: str, kinds: list[str]) -> None:
    found = _kinds(
        ("a", _LISTING.format(told), "2026-10-08"),
        ("b", f"Tarvik an der Börse\n\nDer Batteriehersteller Tarvik ist an der Börse. {other}", "2026-10-08"),
    )
    assert found == kinds


def test_what_a_club_s_sales_of_players_brought_is_no_revenue_of_its_season() -> None:
    text = (
        "Rekordjahr in Quellbach\n\nDer SV Quellbach hat in der Saison 2025/26 einen Umsatz von 182 Millionen Euro "
        "erzielt. Mit Spielertransfers nahm der Verein 37 Millionen Euro ein."
    )
    assert _kinds(("a", text, "2026-10-15")) == []


@pytest.mark.parametrize(
    ("title", "names"),
    [
        # a deal told after whose it is: the player's name, not the deal's noun
        ("Ostrowski-Verkauf rettet die Bilanz", frozenset({"ostrowski"})),
        ("Velmar-Übernahme kostet 3 Mrd. Euro", frozenset({"velmar"})),
    ],
)
def test_a_deal_told_after_whose_it_is_names_whose(title: str, names: frozenset[str]) -> None:
    assert names_of(title, 0, len(title)) == names


def test_a_debt_told_as_hearsay_is_weighed_against_a_debt_told_as_fact() -> None:
    first = (
        "Modehändler insolvent\n\nDer Modehändler Ravena hat Insolvenz beantragt. Die Schulden sollen sich auf etwa "
        "95 Millionen Euro belaufen."
    )
    second = "Ravena: Aus für 80 Filialen\n\nDer Händler Ravena hat Schulden von rund 59 Millionen Euro angehäuft."
    assert _kinds(("a", first, "2026-02-10"), ("b", second, "2026-02-11")) == ["conflict"]


@pytest.mark.parametrize(
    ("title", "kinds"),
    [
        # the title's figure stands among the next sentence's: it restates it, no sum of them
        ("Neuer Tarif: 150 Euro mehr und Prämie", []),
        ("Neuer Tarif: 150 Euro mehr", []),
    ],
)
def test_a_title_s_figure_the_next_sentence_restates_is_no_total(title: str, kinds: list[str]) -> None:
    text = f"{title}\n\nBeschäftigte erhalten eine Einmalzahlung von 1.750 Euro sowie ab Mai 150 Euro mehr pro Monat."
    assert _kinds(("a", text, "2026-04-18")) == kinds


def test_what_the_market_expected_is_an_estimate_not_the_figure_reported() -> None:
    first = "Ravik übertrifft Erwartungen\n\nRavik hat im dritten Quartal 2,71 Milliarden Euro umgesetzt."
    second = (
        "Ravik-Aktie steigt\n\nDer Umsatz von Ravik lag im dritten Quartal mit 2,71 Milliarden Euro über der "
        "Markterwartung von 2,64 Milliarden Euro."
    )
    report = check([Article.of("a", first, "2026-10-24"), Article.of("b", second, "2026-10-24")])
    assert [f.kind.value for f in report.findings] == []
    (expected,) = [f for f in build_facts("b", second, extract(second), year=2026) if f.amount.value == 2640000000]
    assert expected.modality.value == "estimate"


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # a compound of a metric's noun in the genitive names the metric as the nominative does
        ("Die Kommission beschloss eine Erhöhung des Mindestlohns auf 13,90 Euro je Stunde.", "salary"),
        ("Der Anteil des Konzernumsatzes lag bei 2,1 Mrd. Euro.", "revenue"),
        # what a bank sets aside for loans that may fail
        ("Für faule Kredite legte die Bank im Quartal 240 Millionen Euro zurück.", "provisions"),
        ("Die Risikovorsorge der Bank stieg im Quartal auf 240 Millionen Euro.", "provisions"),
    ],
)
def test_the_metric_a_figure_s_clause_names(text: str, metric: str) -> None:
    (fact,) = build_facts("a", text, extract(text), year=2026)
    assert fact.metric == metric


@pytest.mark.parametrize(
    ("other", "kinds"),
    [
        # a zero at the end is a written digit: "13,80" and "13,08" swap two, a conflict the one shared word links
        ("Die Kommission hat eine Erhöhung des Mindestlohns auf 13,08 Euro je Stunde beschlossen.", ["conflict"]),
        # ... agreeing digits: nothing
        ("Die Kommission hat eine Erhöhung des Mindestlohns auf 13,80 Euro je Stunde beschlossen.", []),
    ],
)
def test_a_zero_at_the_end_is_a_digit_two_figures_may_swap(other: str, kinds: list[str]) -> None:
    first = "Mindestlohn steigt\n\nDer gesetzliche Mindestlohn steigt zum 1. Januar auf 13,80 Euro pro Stunde."
    assert _kinds(("a", first, "2026-06-27"), ("b", f"Kommission entscheidet\n\n{other}", "2026-06-27")) == kinds


@pytest.mark.parametrize(
    ("divisions", "kinds"),
    [
        # the divisions' figures in the paragraph after the whole's: their sum must not exceed it
        ("Die Sparte Antriebe setzte 6,1 Milliarden Euro um, die Sensorik 5,2 Milliarden Euro.", ["parts_total"]),
        ("Die Sparte Antriebe setzte 6,1 Milliarden Euro um, die Sensorik 4,2 Milliarden Euro.", []),
    ],
)
def test_divisions_in_the_next_paragraph_are_parts_of_the_whole(divisions: str, kinds: list[str]) -> None:
    text = f"Zahlen\n\nDer Konzern Osterlind hat 2025 einen Umsatz von 10,4 Milliarden Euro erzielt.\n\n{divisions}"
    assert _kinds(("a", text, "2026-03-03")) == kinds


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # "sollen" before a participle and "haben" or "sein" tells what others say happened
        ("Der Verein soll 70 Millionen Euro für den Verteidiger gezahlt haben.", "actual"),
        ("Der Umsatz soll im vergangenen Jahr bei 260 Millionen Euro gelegen haben.", "actual"),
        # ... before an infinitive, what is planned
        ("Der Umsatz soll im kommenden Jahr auf 260 Millionen Euro steigen.", "plan"),
        ("Die Halle soll für 260 Millionen Euro gebaut werden.", "plan"),
    ],
)
def test_sollen_with_a_perfect_infinitive_is_hearsay_of_a_fact(text: str, modality: str) -> None:
    (fact,) = build_facts("a", text, extract(text), year=2026)
    assert fact.modality.value == modality


def test_a_revenue_told_as_hearsay_is_weighed_against_the_revenue_reported() -> None:
    first = (
        "Zahlen durchgesickert\n\nDer Umsatz der Modekette Ravella soll im vergangenen Jahr bei 260 Millionen Euro "
        "gelegen haben."
    )
    second = (
        "Ravella legt Bilanz vor\n\nDie Modekette Ravella hat im vergangenen Jahr einen Umsatz von 620 Millionen Euro "
        "erzielt."
    )
    assert _kinds(("a", first, "2026-03-01"), ("b", second, "2026-03-02")) == ["conflict"]
