"""Stories the project wrote in the session of 2026-12-06 (its second), each told by two outlets: a storm's insured
damage, a start-up's valuation after its round. Each finding a reader would make, and nothing else."""

from __future__ import annotations

import pytest

from aifigures import Article, check

_STORM_DATED = """Sturmtief richtet Milliardenschäden an

Berlin, 14. Februar 2025 – Das Sturmtief „Quirin“ hat im Norden schwere Schäden angerichtet. Der Verband der \
Versicherer schätzt die versicherten Schäden auf rund 1,3 Milliarden Euro. Betroffen waren vor allem Dächer."""
_STORM_UNDATED = _STORM_DATED.replace("Berlin, 14. Februar 2025 – ", "Berlin – ")
_STORM_MANY = """Versicherer zählen die Schäden nach „Quirin“

Hamburg – Nach dem Sturm melden sich Tausende Hausbesitzer bei ihren Versicherern. Der Verband schätzt die \
versicherten Schäden auf etwa 13 Milliarden Euro."""
_STORM_FEW = """Versicherer zählen die Schäden

Hamburg – Nach „Quirin“ melden sich viele Hausbesitzer bei ihren Versicherern. Der Verband schätzt die \
versicherten Schäden auf etwa 13 Milliarden Euro."""
_STORM_EXPECTED = """Versicherer zählen die Schäden

Hamburg – Nach „Quirin“ melden sich viele Hausbesitzer bei ihren Versicherern. Der Verband rechnet mit \
versicherten Schäden von etwa 13 Milliarden Euro."""


def _found(*articles: tuple[str, str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    report = check([Article.of(aid, text, date) for aid, text, date in articles])
    return [(f.kind.value, [(p.article, p.text) for p in f.amounts]) for f in report.findings]


_SLIP = ("scale_error", [("a", "rund 1,3 Milliarden Euro"), ("b", "etwa 13 Milliarden Euro")])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a dateline with a day ("Berlin, 14. Februar 2025 – ") opens the lead, which does not end at the day's dot
        (_STORM_DATED, _STORM_FEW),
        # "Tausende" counts the noun after it, as a number does: neither is a name of the story's subject
        (_STORM_DATED, _STORM_MANY),
        # an insured damage is a damage, told alike as estimated ("schätzt") or expected ("rechnet mit")
        (_STORM_UNDATED, _STORM_EXPECTED),
    ],
    ids=["dated_dateline", "dated_dateline_and_a_counting_noun", "damage_expected"],
)
def test_a_storm_s_insured_damage_ten_times_larger_in_another_report(first: str, second: str) -> None:
    assert _found(("a", first, "2025-02-14"), ("b", second, "2025-02-15")) == [_SLIP]


_ROUND_A = """Nordlicht sammelt 80 Millionen ein

Das Hamburger Start-up Nordlicht hat in einer Finanzierungsrunde 80 Millionen Euro eingesammelt. Vor der Runde \
wurde Nordlicht mit 400 Millionen Euro bewertet."""
_ROUND_B = """Nordlicht ist fast eine halbe Milliarde wert

Nach der jüngsten Finanzierungsrunde wird das Hamburger Start-up Nordlicht mit 480 Millionen Euro bewertet. \
Investoren steckten 80 Millionen Euro in die Firma."""


def test_a_valuation_after_a_round_is_no_report_of_the_money_raised() -> None:
    # "nach der jüngsten Finanzierungsrunde": a phrase that modifies, an adjective in it; "bewertet" names the figure
    assert _found(("a", _ROUND_A, "2025-05-06"), ("b", _ROUND_B, "2025-05-07")) == []


_FUND_A = """Staatsfonds für junge Firmen

Der neue Zukunftsfonds der Regierung hat ein Volumen von 10 Milliarden Euro und soll in junge Technologiefirmen \
investieren."""
_FUND_B = """Regierung startet Zukunftsfonds

Mit dem Zukunftsfonds stellt die Regierung 6 Milliarden Euro für Gründer bereit."""


def test_two_reports_whose_titles_and_leads_name_a_rare_word_are_one_story_with_one_figure_each() -> None:
    # each tells one figure, so no two figures tell them one story; "Zukunftsfonds" in both leads, a day apart, does
    found = _found(("a", _FUND_A, "2025-01-08"), ("b", _FUND_B, "2025-01-09"))
    assert found == [("conflict", [("a", "10 Milliarden Euro"), ("b", "6 Milliarden Euro")])]


def test_reports_that_name_a_rare_word_weeks_apart_are_not_one_story_by_it() -> None:
    assert _found(("a", _FUND_A, "2025-01-08"), ("b", _FUND_B, "2025-02-20")) == []


_PAY_MONTH = """Abgeordnete bekommen mehr

Die Diäten der Landtagsabgeordneten steigen auf 8.900 Euro im Monat."""
_PAY_YEAR = """Landtag erhöht Diäten

Die Landtagsabgeordneten erhalten künftig Diäten von 8.900 Euro im Jahr."""


def test_a_parliament_s_pay_told_per_month_and_per_year_in_two_reports_of_one_story() -> None:
    # "Diäten" is a pay, told alike as done or planned; the titles and leads name the story
    found = _found(("a", _PAY_MONTH, "2025-06-10"), ("b", _PAY_YEAR, "2025-06-10"))
    assert found == [("period_mismatch", [("a", "8.900 Euro"), ("b", "8.900 Euro")])]


_FEE = """Rekordtransfer für Adeyemi

Der Stürmer wechselt für 80 Millionen Euro plus Boni nach Madrid. Mit Bonuszahlungen kann die Ablöse auf 95 Millionen \
Euro steigen."""


def test_a_fee_with_its_bonuses_is_another_measure_than_the_fixed_fee() -> None:
    assert _found(("a", _FEE, "2025-07-01")) == []


_DEBT_2023 = """Stadt Reinfeld tief in den Miesen

Die Schulden der Stadt Reinfeld lagen Ende 2023 bei 310 Millionen Euro."""
_DEBT_2024 = """Reinfeld: Schulden steigen weiter

Die Verschuldung der Stadt Reinfeld ist bis Ende 2024 auf 345 Millionen Euro gestiegen."""


def test_a_debt_at_the_end_of_two_years_is_two_figures_not_a_revision() -> None:
    report = check([Article.of("a", _DEBT_2023, "2024-03-01"), Article.of("b", _DEBT_2024, "2025-03-01")])
    assert (report.findings, report.notes) == ((), ())
