"""Stories the project wrote in the ninth session of 2026-12-06, each told by one or two outlets.

A sum of several subjects against one of them, a step of the digits that no scale word makes, the same period a year
before told in a clause, an area of a budget before the next figure, a person told by age, the kinds of cost, a
raise "künftig", a fee told "einst", a total cost that "steigt damit".
"""

from __future__ import annotations

import pytest

from aifigures import Article, check, extract
from aifigures.check.facts import build_facts


def _found(*articles: tuple[str, str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    report = check([Article.of(aid, text, day) for aid, text, day in articles])
    return [(f.kind.value, [(p.article, p.text) for p in f.amounts]) for f in (*report.findings, *report.notes)]


_FERRY_A = """Neue Fähre für Hiddensee

Die Reederei Boddenlinie bekommt für ihre neue Fähre Fördergeld. Der Bund gibt 12 Millionen Euro, das Land \
Mecklenburg-Vorpommern 3 Millionen Euro."""
_FERRY_B = """Fähre nach Hiddensee gesichert

Für die neue Fähre der Boddenlinie steuern Bund und Land zusammen """


@pytest.mark.parametrize(
    ("sum_told", "kinds"),
    [
        # the sum of two subjects joined by "und" is no figure of one of them, even where that one's clause
        # names more than it ("das Land Mecklenburg-Vorpommern")
        pytest.param("15 Millionen Euro bei.", [], id="a_sum_of_two_subjects_and_each_ones_figure"),
        # ... and is no telling of that one's figure: the parts the other report gives exceed it (12 + 3 Mio.)
        pytest.param("3 Millionen Euro bei.", ["parts_total"], id="a_sum_is_no_figure_of_one_of_its_subjects"),
    ],
)
def test_a_sum_of_several_subjects_is_not_one_of_them(sum_told: str, kinds: list[str]) -> None:
    found = _found(("a", _FERRY_A, "2025-04-02"), ("b", _FERRY_B + sum_told, "2025-04-02"))
    assert [kind for kind, _ in found] == kinds


def test_a_step_of_ten_thousand_is_no_slip_of_one_scale_word() -> None:
    text = """Tarifstreit bei der Hafenbahn

Die Hafenbahn bietet ihren Beschäftigten eine Einmalzahlung von 1.800 Euro. Jeder Streiktag kostet das \
Unternehmen nach eigenen Angaben 18 Millionen Euro."""
    assert _found(("a", text, "2025-03-04")) == []
    slipped = text.replace("1.800 Euro", "18 Euro").replace("Jeder", "Tatsächlich zahlt sie 18 Millionen Euro. Jeder")
    assert ("scale_error", [("a", "18 Euro"), ("a", "18 Millionen Euro")]) in _found(("a", slipped, "2025-03-04"))


def test_the_same_period_a_year_before_opening_a_clause_is_no_old_figure() -> None:
    text = """Ostrag verdient weniger

Im dritten Quartal verdiente Ostrag operativ 80 Millionen Euro, ein Jahr zuvor waren es noch 95 Millionen gewesen."""
    assert _found(("a", text, "2025-10-29")) == []


def test_an_area_right_before_the_next_figure_is_that_figures() -> None:
    first = """Sachsen-Anhalt legt Haushalt vor

Sachsen-Anhalt will im kommenden Jahr 14,2 Milliarden Euro ausgeben. Für Bildung sind davon 2,9 Milliarden Euro \
eingeplant, für die Polizei 540 Millionen und für die Hochschulen 470 Millionen Euro."""
    second = """Magdeburg: Etat steht

Der Haushalt von Sachsen-Anhalt steht. Für die Hochschulen sind im kommenden Jahr 540 Millionen Euro vorgesehen."""
    found = _found(("a", first, "2025-09-02"), ("b", second, "2025-09-02"))
    assert found == [("conflict", [("a", "470 Millionen Euro"), ("b", "540 Millionen Euro")])]
    agreeing = second.replace("540", "470")
    assert _found(("a", first, "2025-09-02"), ("b", agreeing, "2025-09-02")) == []


_KEEPER = """Torhüter Brandl wechselt nach Sevilla

Der Torhüter Jonas Brandl verlässt den SC Freiburg und wechselt zum FC Sevilla. Dort soll er 4 Millionen Euro \
pro Jahr verdienen."""
_KEEPER_B = "Brandl geht nach Sevilla\n\nJonas Brandl spielt künftig für den FC Sevilla. In Sevilla verdient der "
_DEFENDER = """Verteidiger Moreau verlängert in Kiel

Der Verteidiger Luc Moreau hat seinen Vertrag bei Holstein Kiel verlängert. Moreau war 2023 für 9 Millionen Euro \
aus Porto gekommen."""
_DEFENDER_B = "Moreau bleibt in Kiel\n\nLuc Moreau bleibt bei Holstein Kiel. Der Klub hatte ihn einst für "


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        # what "der 27-Jährige" earns is a person's pay, as a player's is
        pytest.param(_KEEPER, _KEEPER_B + "27-Jährige 9 Millionen Euro im Jahr.", ["conflict"], id="age_noun_pay"),
        pytest.param(_KEEPER, _KEEPER_B + "27-Jährige 4 Millionen Euro im Jahr.", [], id="age_noun_pay_agreeing"),
        # a move dated by its year and one told "einst" are one move: its fee is a price, whichever verb tells it
        pytest.param(_DEFENDER, _DEFENDER_B + "14 Millionen Euro aus Porto geholt.", ["conflict"], id="fee_einst"),
        pytest.param(_DEFENDER, _DEFENDER_B + "9 Millionen Euro aus Porto geholt.", [], id="fee_einst_agreeing"),
    ],
)
def test_two_reports_of_a_player(first: str, second: str, kinds: list[str]) -> None:
    found = _found(("a", first, "2025-05-20"), ("b", second, "2025-05-20"))
    assert [kind for kind, _ in found] == kinds


def test_a_price_a_year_before_is_no_old_figure() -> None:
    text = """Mieten in Brakenau steigen

In Brakenau kostet eine Neubauwohnung im Schnitt 12,80 Euro pro Quadratmeter, ein Jahr zuvor waren es 12,10 Euro."""
    assert _found(("a", text, "2025-05-12")) == []


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # a grant told by "Zuschuss" is a subsidy
        ("Der Kreis bezuschusst das Theater mit 400.000 Euro im Jahr.", "subsidy"),
        ("Das Theater erhält jährlich 400.000 Euro Zuschuss vom Kreis.", "subsidy"),
        ("Die Zuschüsse des Kreises für das Theater belaufen sich auf 400.000 Euro.", "subsidy"),
        # orders told as "Bestellungen" are the orders a company took in
        ("Die Bestellungen bei Kornwerk sanken im Quartal auf 2,1 Mrd. Euro.", "orders"),
    ],
)
def test_a_metric_told_by_another_noun(text: str, metric: str) -> None:
    assert [f.metric for f in build_facts("a", text, list(extract(text)))] == [metric]


_CLINIC_A = """Stadtklinik Wernau mit Verlust

Die Stadtklinik Wernau hat 2024 einen Verlust von 12 Millionen Euro gemacht. Die Personalkosten stiegen auf 190 \
Millionen Euro."""
_CLINIC_B = "Wernau: Klinik im Minus\n\nDie Stadtklinik Wernau hat 2024 einen Verlust von 12 Millionen Euro gemacht. "


@pytest.mark.parametrize(
    ("told", "kinds"),
    [
        # a compound names what kind of cost a figure is: the energy costs are no figure of the staff costs
        pytest.param("Die Energiekosten stiegen um 4 Millionen auf 16 Millionen Euro.", [], id="two_kinds_of_cost"),
        pytest.param(
            "Die Personalkosten stiegen um 4 Millionen auf 160 Millionen Euro.", ["conflict"], id="one_kind_of_cost"
        ),
    ],
)
def test_a_compound_names_the_kind_of_a_cost(told: str, kinds: list[str]) -> None:
    found = _found(("a", _CLINIC_A, "2025-04-10"), ("b", _CLINIC_B + told, "2025-04-10"))
    assert [kind for kind, _ in found] == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a figure that holds "künftig" against what was "bisher" is a raise, no revised figure
        pytest.param(
            "Der Torwart soll künftig 3 Millionen Euro pro Saison verdienen, bisher waren es 2 Millionen Euro.",
            [],
            id="a_raise_from_now_on",
        ),
        pytest.param(
            "Die Kosten für die Brücke liegen bei 48 Millionen Euro, bisher waren es 35 Millionen Euro.",
            ["revision"],
            id="an_estimate_revised",
        ),
    ],
)
def test_a_figure_that_holds_from_now_on_revises_nothing(text: str, kinds: list[str]) -> None:
    assert [kind for kind, _ in _found(("a", "Ein Bericht\n\n" + text, "2025-05-20"))] == kinds


def test_a_total_cost_raised_by_a_new_item_is_no_cost_so_far() -> None:
    first = """Stadion Wendorf: Streit kostet die Stadt

Der Streit um das Stadion Wendorf hat die Stadt bislang 31 Millionen Euro gekostet. Hinzu kommen 12 Millionen Euro \
Schadenersatz an den Bauherrn."""
    second = """Wendorf zahlt Schadenersatz

Die Stadt Wendorf zahlt dem Bauherrn des Stadions 12 Millionen Euro. Die Gesamtkosten des Stadion-Streits steigen \
damit auf 43 Millionen Euro."""
    assert _found(("a", first, "2025-03-04"), ("b", second, "2025-03-04")) == []
