"""Stories the project wrote in the session of 2026-12-06 (its third), each told by two outlets.

A new chief's pay, a company's profit: each finding a reader would make, and nothing else.
"""

from __future__ import annotations

from aifigures import Article, check
from aifigures.check.context import word_forms


def _found(*articles: tuple[str, str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    report = check([Article.of(aid, text, day) for aid, text, day in articles])
    return [(f.kind.value, [(p.article, p.text) for p in f.amounts]) for f in (*report.findings, *report.notes)]


_PAY_NOUN = """Neuer Chef bei Bergwerk

Der neue Vorstandschef des Bergbaukonzerns Bergwerk erhält ein Jahresgehalt von 2,4 Millionen Euro. Hinzu kommen \
Boni von bis zu einer Million Euro."""
_PAY_VERB = """Bergwerk-Chef verdient Millionen

Der neue Chef von Bergwerk verdient 4,2 Millionen Euro im Jahr, ohne Boni. Sein Vorgänger hatte zuletzt 3,1 \
Millionen Euro erhalten."""


def test_what_a_person_earns_is_a_salary_told_against_a_salary() -> None:
    # "verdient" after a person's role is his pay, not the company's profit: the two reports conflict
    found = _found(("a", _PAY_NOUN, "2025-01-15"), ("b", _PAY_VERB, "2025-01-15"))
    assert found == [("conflict", [("a", "2,4 Millionen Euro"), ("b", "4,2 Millionen Euro")])]


_PROFIT_VERB = """Bergwerk mit Gewinn

Der Bergbaukonzern Bergwerk verdient 95 Millionen Euro im Jahr, teilte der neue Chef mit."""


def test_what_a_company_earns_is_no_salary() -> None:
    # the company's noun opens the clause, the role stands in another: the company's profit, not his pay
    assert _found(("a", _PAY_NOUN, "2025-01-15"), ("b", _PROFIT_VERB, "2025-01-15")) == []


_DEFENCE_AREA = """Wehretat wächst

Der Etat für Verteidigung soll im kommenden Jahr auf 58,3 Milliarden Euro steigen, teilte das Finanzministerium mit."""
_DEFENCE_FORCES = """Mehr Geld für die Truppe

Für die Bundeswehr sind im Haushalt des kommenden Jahres 53,8 Milliarden Euro eingeplant, wie aus dem Entwurf des \
Finanzministeriums hervorgeht."""


def test_one_area_of_a_budget_by_two_names_is_one_item() -> None:
    # "Verteidigung" and "Bundeswehr" name one area; the year in the genitive is the budget's year
    found = _found(("a", _DEFENCE_AREA, "2025-06-25"), ("b", _DEFENCE_FORCES, "2025-06-25"))
    assert found == [("conflict", [("a", "58,3 Milliarden Euro"), ("b", "53,8 Milliarden Euro")])]


_FINE_CITY = """Strafe für Arzneihersteller

Ein Gericht in Lyon hat den Arzneihersteller Quenta zu einer Geldstrafe von 4,6 Millionen Euro verurteilt."""
_FINE_COUNTRY = """Quenta muss zahlen

Der Arzneihersteller Quenta ist in Frankreich zu einer Strafe von 46 Millionen Euro verurteilt worden."""


def test_where_a_fine_was_imposed_is_no_segment_of_the_business() -> None:
    found = _found(("a", _FINE_CITY, "2025-10-08"), ("b", _FINE_COUNTRY, "2025-10-08"))
    assert found == [("scale_error", [("a", "4,6 Millionen Euro"), ("b", "46 Millionen Euro")])]


_PLAN_LOWER = """großinvestition in indien

der japanische konzern takemura will in den kommenden fünf jahren 4 milliarden dollar in indien investieren."""
_PLAN_CAPITALISED = """Takemura investiert in Indien

Der japanische Konzern Takemura will in Indien über fünf Jahre 7 Milliarden Dollar investieren."""


def test_a_region_after_the_figure_is_its_segment_in_lower_case_text_too() -> None:
    # lower-case text names no one, so the region cannot be told from the subject by the names around it
    found = _found(("a", _PLAN_LOWER, "2025-09-02"), ("b", _PLAN_CAPITALISED, "2025-09-02"))
    assert found == [("conflict", [("a", "4 milliarden dollar"), ("b", "7 Milliarden Dollar")])]


_CLINICS_WHOLE = """Klinikverbund baut um

Der Klinikverbund Sarnow investiert bis 2030 insgesamt 600 Millionen Euro in seine Krankenhäuser."""
_CLINICS_PART = """Sarnow modernisiert Kliniken

Allein in das Klinikum Neustadt steckt der Verbund Sarnow bis 2030 rund {} Millionen Euro."""


def test_a_part_told_in_another_report_may_not_exceed_the_whole() -> None:
    above = _found(("a", _CLINICS_WHOLE, "2025-05-12"), ("b", _CLINICS_PART.format(720), "2025-05-12"))
    assert above == [("parts_total", [("a", "600 Millionen Euro"), ("b", "rund 720 Millionen Euro")])]
    # ... and below it, it agrees with its whole
    assert _found(("a", _CLINICS_WHOLE, "2025-05-12"), ("b", _CLINICS_PART.format(220), "2025-05-12")) == []


_FEE_SIGNED = """Transfer perfekt

Der FC Wendau verpflichtet den Mittelfeldspieler Ilja Borsch für 45 Millionen Euro."""
_FEE_BONUS = """Borsch geht nach Wendau

Mit Boni kann die Ablöse für Ilja Borsch auf 55 Millionen Euro steigen."""


def test_a_player_signed_for_a_fee_is_its_price_not_the_fee_with_bonuses() -> None:
    assert _found(("a", _FEE_SIGNED, "2025-07-15"), ("b", _FEE_BONUS, "2025-07-15")) == []


_SERIES = """Umsatz bei Korbach

Der Werkzeughersteller Korbach setzte 2021 rund 212 Millionen Euro um, 2022 waren es 238 Millionen Euro, 2023 dann \
2,51 Milliarden Euro und 2024 schließlich 267 Millionen Euro."""


def test_a_series_whose_years_lead_their_figures_with_a_word_between() -> None:
    found = _found(("a", _SERIES, "2025-02-10"))
    assert found == [("scale_error", [("a", "2,51 Milliarden Euro"), ("a", "238 Millionen Euro")])]


_ASCII_INSURER = """Muenchner Versicherer Korvala mit Gewinnsprung

Der Muenchner Versicherer Korvala hat 2024 einen Gewinn von 2,8 Milliarden Euro erzielt."""
_LOWER_REINSURER = """Muenchner Rueckversicherer mit Rekord

der muenchner rueckversicherer sentara hat 2024 einen gewinn von 5,7 milliarden euro erzielt."""


def test_a_word_written_without_umlauts_weighs_as_the_word_german_knows() -> None:
    # "Muenchner" is "Münchner", a common word: two insurers of one city are no one subject by it
    assert word_forms("muenchner") == ("münchner",)
    assert _found(("a", _ASCII_INSURER, "2025-02-27"), ("b", _LOWER_REINSURER, "2025-02-26")) == []
