"""Stories the project wrote in the session of 2026-12-07 (the sixth), each told by one or two outlets.

A total told as a whole and its breakdown in gapped clauses ("Der Bund verliert 33 Mrd., die Länder 30 Mrd.").
"""

from __future__ import annotations

import pytest

from aifigures import extract
from aifigures.check.facts import build_facts
from found import kinds as _kinds


@pytest.mark.parametrize(
    ("then", "kinds"),
    [
        # the clauses after the first leave out its verb: each names whose share it is, and they exceed the total
        (
            "Der Bund verliert 42 Milliarden, die Länder 31 Milliarden und die Gemeinden 16 Milliarden Euro.",
            ["parts_total"],
        ),
        # ... within it: no flag
        ("Der Bund verliert 32 Milliarden, die Länder 31 Milliarden und die Gemeinden 16 Milliarden Euro.", []),
        # the years before, not its parts
        ("2025 fehlten 42 Milliarden Euro, 2024 31 Milliarden Euro und 2023 16 Milliarden Euro.", []),
        # another measure, not its parts
        ("Die Schulden stiegen auf 420 Milliarden Euro, die Zinsen auf 31 Milliarden Euro.", []),
    ],
)
def test_a_total_s_breakdown_in_gapped_clauses_are_its_parts(then: str, kinds: list[str]) -> None:
    text = f"Steuerloch\n\nDie Schätzer erwarten bis 2029 insgesamt 81 Milliarden Euro weniger Einnahmen. {then}"
    assert _kinds(("a", text, "2026-05-14")) == kinds


_HALL = "Teures Konzerthaus\n\nDas Konzerthaus in Wellingen hat mehr als 800 Millionen Euro gekostet."


@pytest.mark.parametrize(
    ("other", "kinds"),
    [
        # the town is where both things are: another thing of it, which this report never names, is no report of it
        ("Umbau wird teurer\n\nDer Umbau des Hauptbahnhofs in Wellingen soll nun 520 Millionen Euro kosten.", []),
        # ... the same thing in the other report: its bound excludes the figure
        (
            "Konzerthaus eröffnet\n\nDas Konzerthaus in Wellingen hat am Ende 520 Millionen Euro gekostet.",
            ["qualifier_conflict"],
        ),
    ],
)
def test_two_things_of_one_town_are_two_figures(other: str, kinds: list[str]) -> None:
    assert _kinds(("a", _HALL, "2026-01-12"), ("b", other, "2026-01-13")) == kinds


def test_a_name_that_is_no_place_still_links_two_things() -> None:
    a = "Wellinger Chipfabrik\n\nDer Bau der Chipfabrik von Wellmar hat mehr als 800 Millionen Euro gekostet."
    b = "Wellmar-Werk eröffnet\n\nDas neue Werk von Wellmar hat am Ende 520 Millionen Euro gekostet."
    assert _kinds(("a", a, "2026-01-12"), ("b", b, "2026-01-13")) == ["qualifier_conflict"]


@pytest.mark.parametrize(
    "text",
    [
        "Die neue Steuer soll der Stadt jährlich 25 Millionen Euro einbringen.",
        "Der Verkauf der Sparte bringt Kelmar 3 Milliarden Euro ein.",
    ],
)
def test_what_a_thing_brings_in_is_a_revenue(text: str) -> None:
    assert [f.metric for f in build_facts("a", text, extract(text))] == ["revenue"]


_BONUS = "Bonus für Beschäftigte\n\nDie Beschäftigten von Kronwald erhalten für 2025 eine Erfolgsprämie von 1.800 Euro."


@pytest.mark.parametrize(
    ("other", "kinds"),
    [
        # one of the group told so gets the figure each, a scale word or not: a slip of each one's bonus
        ("Jeder Kronwald-Mitarbeiter bekommt für das Jahr 2025 eine Prämie von 1,8 Millionen Euro.", ["scale_error"]),
        # what all of them get together is another measure
        ("Die Prämien kosten Kronwald für das Jahr 2025 insgesamt 1,8 Millionen Euro.", []),
        # a time after "jedes" is no one of a group
        ("Jedes Jahr bekommt Kronwald von der Stadt eine Förderung von 1,8 Millionen Euro.", []),
    ],
)
def test_one_of_a_group_gets_its_figure_each(other: str, kinds: list[str]) -> None:
    assert _kinds(("a", _BONUS, "2026-03-25"), ("b", f"Kronwald zahlt\n\n{other}", "2026-03-25")) == kinds


def test_a_place_told_by_its_adjective_is_where_the_subject_is_from() -> None:
    # lower case, as machine translation writes it: China comes from "chinesische", Velmora is the subject of both
    a = (
        "velmora investiert milliarden in rechenzentren\n\nder chinesische technologiekonzern velmora will in den "
        "kommenden drei jahren 150 milliarden yuan in rechenzentren investieren."
    )
    b = (
        "velmora plant investitionen\n\nvelmora plant, in den nächsten drei jahren 150 millionen yuan in den bau "
        "von rechenzentren zu stecken, berichtete die nachrichtenagentur xinhua."
    )
    assert _kinds(("a", a, "2026-07-21"), ("b", b, "2026-07-21")) == ["scale_error"]


@pytest.mark.parametrize(
    ("ranked", "kinds"),
    [
        # the largest of a total's parts, ranked in the sentence after it: they exceed it
        ("Die größten Zahler waren Hessen mit 9,1 Milliarden Euro, Bayern mit 5,2 Milliarden Euro.", ["parts_total"]),
        # ... within it: no flag
        ("Die größten Zahler waren Hessen mit 8,1 Milliarden Euro, Bayern mit 5,2 Milliarden Euro.", []),
    ],
)
def test_a_total_s_largest_parts_ranked_after_it(ranked: str, kinds: list[str]) -> None:
    text = (
        f"Ausgleich\n\nDer Ausgleich zwischen den Ländern erreichte 2025 ein Volumen von 13,5 Milliarden Euro. {ranked}"
    )
    assert _kinds(("a", text, "2026-06-18")) == kinds


@pytest.mark.parametrize(
    ("then", "kinds"),
    [
        # a percentage a few words after "Davon" is a share of the whole before: 60 % of 22 Mrd. is not 15,2 Mrd.
        ("Davon fließen 60 Prozent in die Forschung, das sind 15,2 Milliarden Euro.", ["parts_total"]),
        ("Davon fließen 60 Prozent in die Forschung, das sind 13,2 Milliarden Euro.", []),
    ],
)
def test_a_share_after_davon_is_of_the_whole_before(then: str, kinds: list[str]) -> None:
    text = f"Etat\n\nDer Etat des Ministeriums beträgt 2027 rund 22 Milliarden Euro. {then}"
    assert _kinds(("a", text, "2026-04-02")) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # the figure before and the change make the figure after: 3,1 + 0,5 is not 3,4
        (
            "Der Umsatz stieg 2025 um 500 Millionen Euro auf 3,4 Milliarden Euro, nach 3,1 Milliarden Euro im Vorjahr.",
            ["parts_total"],
        ),
        (
            "Der Umsatz stieg 2025 um 300 Millionen Euro auf 3,4 Milliarden Euro, nach 3,1 Milliarden Euro im Vorjahr.",
            [],
        ),
        # ... told from the figure before ("von ... um ... auf"), a fall too
        ("Der Gewinn sank 2025 von 370 Millionen Euro um 50 Millionen Euro auf 310 Millionen Euro.", ["parts_total"]),
        ("Der Gewinn sank 2025 von 370 Millionen Euro um 60 Millionen Euro auf 310 Millionen Euro.", []),
        # ... not a change told as approximate
        (
            (
                "Der Umsatz stieg 2025 um rund 500 Millionen Euro auf 3,4 Milliarden Euro, nach 3,1 Milliarden Euro"
                " im Vorjahr."
            ),
            [],
        ),
    ],
)
def test_a_change_between_its_levels_adds_up(sentence: str, kinds: list[str]) -> None:
    assert _kinds(("a", f"Kelvar legt Zahlen vor\n\n{sentence}", "2026-03-01")) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # a change told as a percentage must be the ratio of the figures before and after it
        ("Die Gebühr steigt um 12 Prozent auf 66 Euro, nach 50 Euro im Vorjahr.", ["parts_total"]),
        ("Die Gebühr steigt um 12 Prozent auf 56 Euro, nach 50 Euro im Vorjahr.", []),
        ("Der Gewinn sank um 25 Prozent auf 310 Millionen Euro, nach 370 Millionen Euro im Vorjahr.", ["parts_total"]),
        # ... told from the figure before ("um ... Prozent von ... auf")
        ("Der Umsatz stieg um 12 Prozent von 50 auf 66 Millionen Euro.", ["parts_total"]),
        ("Der Umsatz stieg um 12 Prozent von 50 auf 56 Millionen Euro.", []),
        # ... within the rounding of the three
        ("Der Umsatz stieg um 8 Prozent auf 3,4 Milliarden Euro (Vorjahr: 3,1 Milliarden Euro).", []),
        # ... not a rate on another basis
        ("Der Umsatz stieg währungsbereinigt um 3 Prozent auf 3,4 Milliarden Euro (Vorjahr: 3,1 Milliarden Euro).", []),
    ],
)
def test_a_change_told_as_a_percentage_is_the_ratio_of_its_figures(sentence: str, kinds: list[str]) -> None:
    assert _kinds(("a", f"Neue Zahlen\n\n{sentence}", "2026-03-01")) == kinds


def test_the_figure_a_change_s_rate_leads_from_is_no_share() -> None:
    text = "Der Umsatz stieg um 12 Prozent von 50 auf 56 Millionen Euro."
    assert [f.metric for f in build_facts("a", text, extract(text))] == ["revenue", "revenue"]


def test_a_price_for_one_unit_led_by_einen_is_per_that_unit() -> None:
    a = "Spritpreise\n\nEin Liter Super kostete am Montag im Schnitt 1,79 Euro."
    b = "Sprit teurer\n\nFür einen Liter Super mussten Autofahrer am Montag im Schnitt 179 Euro zahlen."
    assert _kinds(("a", a, "2026-05-05"), ("b", b, "2026-05-05")) == ["scale_error"]


@pytest.mark.parametrize(
    "text",
    [
        "Insgesamt schüttet der Konzern 840 Millionen Euro an seine Aktionäre aus.",
        "Die Ausschüttung an die Aktionäre summiert sich auf 840 Millionen Euro.",
    ],
)
def test_what_a_company_pays_out_to_its_shareholders_is_a_dividend(text: str) -> None:
    assert [f.metric for f in build_facts("a", text, extract(text))] == ["dividend"]


def test_a_price_for_a_group_of_customers_is_not_the_price_of_all() -> None:
    a = "Strompreis sinkt\n\nDie Kilowattstunde Strom kostet Neukunden im Schnitt 27 Cent."
    b = (
        "Strompreis sinkt\n\nAn der Strombörse kostet die Megawattstunde derzeit 85 Euro. Haushalte zahlen für die "
        "Kilowattstunde im Schnitt 34 Cent."
    )
    assert _kinds(("a", a, "2026-09-01"), ("b", b, "2026-09-01")) == []
