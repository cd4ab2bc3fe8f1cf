"""Stories the project wrote in the session of 2026-12-07 (the second), each told by two outlets.

A figure the other report tells alike is answered there, in a story as across stories and in a key's clusters; a
part is no telling of its total; the one total of each report is one figure; a worked example is no report; a price
per kilowatt hour is per a thing, and "ein Jahr zuvor" counts a year back.
"""

from __future__ import annotations

import pytest

from aifigures import Article, check


def _found(*articles: tuple[str, str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    report = check([Article.of(aid, text, day) for aid, text, day in articles])
    return [(f.kind.value, [(p.article, p.text) for p in f.amounts]) for f in (*report.findings, *report.notes)]


_BUDGET_A = """Rat von Lindenau beschließt Doppelhaushalt

Der Stadtrat von Lindenau hat den Doppelhaushalt beschlossen. Er sieht Ausgaben von 860 Millionen Euro vor. Für \
Schulen stehen 62 Millionen bereit. Der Bau des neuen Gymnasiums am Südring schlägt allein mit 41,5 Millionen zu \
Buche. Die Schulden wachsen auf 290 Millionen.

Für jedes Kind in der Kita zahlt die Stadt künftig 120 Euro im Monat zu. Das kostet die Stadt pro Jahr etwa \
3,8 Millionen."""
_BUDGET_B = """Lindenau: Rat stimmt Haushalt zu

Der Lindenauer Stadtrat hat den Doppelhaushalt verabschiedet. Das Volumen liegt bei 860 Millionen Euro. Für \
Schulen sind 62 Millionen eingeplant, allein das neue Gymnasium am Südring kostet """


_CHIPS_A = """Chipkonzern Orvantis wächst weiter

Der Chipkonzern Orvantis hat im zweiten Geschäftsquartal einen Umsatz von 9,4 Milliarden Dollar erzielt. Für \
das laufende Quartal stellte Orvantis Erlöse von 10,1 Milliarden Dollar in Aussicht.

Das Geschäft mit Rechenzentren steuerte 7,2 Mrd. Dollar zum Umsatz bei. Mit Spielegrafik setzte Orvantis \
1,3 Milliarden um."""


_AID_A = """Sturmhilfe aufgestockt

Der Bund stellt für den Wiederaufbau nach dem Sturm 1,6 Milliarden Euro bereit. Die Länder beteiligen sich mit \
weiteren 500 Millionen Euro. Insgesamt stehen damit 2,1 Milliarden Euro zur Verfügung."""


_PENSION_A = """Renten steigen zum Juli

Die Renten steigen zum 1. Juli um 4,1 Prozent. Eine Standardrente erhöht sich damit um 74 Euro auf 1.880 Euro im \
Monat."""


_POWER_A = """Strom wird günstiger

Neukunden zahlen für Strom derzeit im Schnitt 29 Cent je Kilowattstunde, teilte das Vergleichsportal Preisblick \
mit. Ein Jahr zuvor waren es noch 34 Cent gewesen."""


_STORM_A = """Sturmhilfe aufgestockt

Der Bund stellt für den Wiederaufbau nach dem Sturm 1,6 Milliarden Euro bereit. Die Länder beteiligen sich mit \
weiteren {states}."""
_HEATING_A = """Heizöl wird billiger

Heizöl kostet derzeit im Schnitt 96 Euro je 100 Liter. Für einen Haushalt mit einem Verbrauch von 2.000 Litern sind \
das rund 1.920 Euro im Jahr."""


def _storm(states: str) -> str:
    return _STORM_A.format(states=states)


def _chips(told: str) -> str:
    return f"Orvantis legt zu\n\nDer Chiphersteller Orvantis hat im abgelaufenen Quartal {told} umgesetzt."


def _aid(total: str) -> str:
    return f"Sturmhilfe steht\n\nBund und Länder stellen für den Wiederaufbau nach dem Sturm zusammen {total} bereit."


def _pension(told: str) -> str:
    return f"Rentenplus: So viel ist es\n\nZum 1. Juli steigen die Renten um 4,1 Prozent. {told}"


def _power(told: str) -> str:
    return f"Strompreise fallen\n\nLaut Preisblick kostet eine Kilowattstunde Strom für Neukunden im Schnitt {told}."


@pytest.mark.parametrize(
    ("a", "b", "day", "kinds"),
    [
        # the other report tells the school's cost alike: the yearly cost of the subsidy is another figure
        pytest.param(_BUDGET_A, _BUDGET_B + "41,5 Millionen.", "2025-11-14", [], id="a_cost_the_other_tells_alike"),
        pytest.param(_BUDGET_A, _BUDGET_B + "44,5 Millionen.", "2025-11-14", ["conflict"], id="a_cost_told_otherwise"),
        # the report that tells a division's figure tells the quarter's revenue as the other does
        pytest.param(_CHIPS_A, _chips("9,4 Milliarden Dollar"), "2025-08-28", [], id="a_division_beside_the_revenue"),
        pytest.param(_CHIPS_A, _chips("9,9 Milliarden Dollar"), "2025-08-28", ["conflict"], id="a_revenue_otherwise"),
        # the one total each report tells is one figure, though their sentences share no word
        pytest.param(_AID_A, _aid("2,1 Milliarden Euro"), "2025-07-09", [], id="the_one_totals_agree"),
        # (its parts, which add up to its own total, exceed the other's total too)
        pytest.param(
            _AID_A, _aid("2,4 Milliarden Euro"), "2025-07-09", ["parts_total", "conflict"], id="the_one_totals_disagree"
        ),
        # one report's figure of each of several subjects against the other's total of them together
        pytest.param(_storm("500 Millionen Euro"), _aid("2,1 Milliarden Euro"), "2025-07-09", [], id="one_each_sum"),
        pytest.param(
            _storm("800 Millionen Euro"), _aid("2,1 Milliarden Euro"), "2025-07-09", ["parts_total"], id="one_each_more"
        ),
        # a household of a stated kind is an outlet's example: another's, on another basis, is no conflicting telling
        pytest.param(
            _HEATING_A, _HEATING_A.replace("2.000", "3.000").replace("1.920", "2.880"), "2025-02-04", [], id="homes"
        ),
        # an outlet's worked example: its basis and what follows from it are no report of the standard pension
        pytest.param(
            _PENSION_A,
            _pension("Bei einer Monatsrente von 1.200 Euro sind das 49,20 Euro mehr."),
            "2025-03-14",
            [],
            id="bei_einer_rente_von",
        ),
        pytest.param(
            _PENSION_A,
            _pension("Wer bisher eine Rente von 1.200 Euro erhält, bekommt 49,20 Euro mehr."),
            "2025-03-14",
            [],
            id="wer_and_a_basis",
        ),
        # ... but a sentence with "wer" whose figure stands after its clause tells what all get
        pytest.param(
            _PENSION_A,
            _pension("Wer eine Standardrente bezieht, bekommt künftig 1.810 Euro."),
            "2025-03-14",
            ["conflict"],
            id="wer_alone",
        ),
        # a price per kilowatt hour (no unit of time) told a year before is the price then, no conflicting telling
        pytest.param(_POWER_A, _power("29 Cent"), "2025-01-08", [], id="a_price_per_unit_and_the_year_before"),
        pytest.param(_POWER_A, _power("2,9 Cent"), "2025-01-08", ["scale_error"], id="a_price_per_unit_slipped"),
    ],
)
def test_two_reports_of_a_story(a: str, b: str, day: str, kinds: list[str]) -> None:
    assert [kind for kind, _ in _found(("a", a, day), ("b", b, day))] == kinds


def test_a_part_is_no_telling_of_its_total() -> None:
    a = "Pelvaro hat 2024 in sein Werk in Graz investiert. Insgesamt flossen 2024 64 Mio. Euro, davon 22 Mio. Euro \
in die Forschung und 42 Mio. Euro in den Vertrieb."
    b = "Pelvaro investierte 2024 in Graz. Insgesamt flossen 2024 42 Mio. Euro, davon 22 Mio. Euro in die Forschung \
und 42 Mio. Euro in den Vertrieb."
    found = _found(("a", a, "2025-01-02"), ("b", b, "2025-01-03"))
    assert ("conflict", [("a", "64 Mio. Euro"), ("b", "42 Mio. Euro")]) in found


def test_a_fine_told_as_paid_is_set_against_the_fine_not_the_revenue_with_its_digits() -> None:
    a = """Bußgeld gegen Ziegelhersteller

Das Bundeskartellamt hat gegen den Ziegelhersteller Tonwald ein Bußgeld von 34 Millionen Euro verhängt. Tonwald \
setzte im vergangenen Jahr 3,4 Milliarden Euro um."""
    b = """Ziegelkartell: Strafe für Tonwald

Wegen verbotener Preisabsprachen muss Tonwald 3,4 Millionen Euro zahlen."""
    found = _found(("a", a, "2025-03-20"), ("b", b, "2025-03-20"))
    assert found == [("scale_error", [("a", "34 Millionen Euro"), ("b", "3,4 Millionen Euro")])]


def test_the_price_a_year_before_told_after_its_years_is_no_telling_of_today_s() -> None:
    assert _found(("a", _POWER_A, "2025-01-08")) == []  # "Ein Jahr zuvor waren es noch 34 Cent": 2024's price


def test_a_worked_example_s_basis_and_its_consequence_are_two_facts() -> None:
    a = """Kassen: Beitrag steigt

Den Krankenkassen fehlen im kommenden Jahr rund 3 Milliarden Euro. Für einen Durchschnittsverdiener mit 3.800 Euro \
brutto im Monat steigt der Beitrag damit um etwa 6 Euro im Monat."""
    assert _found(("a", a, "2025-10-15")) == []  # an example's basis (3.800) and what follows from it (6): two facts
