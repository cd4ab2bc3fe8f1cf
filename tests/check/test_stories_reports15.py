"""Stories the project wrote in the fourth session of 2026-12-07, each told by two outlets.

A two-year budget's total ("den Doppelhaushalt für die Jahre 2027 und 2028 ... Er hat ein Volumen von ...") told by
another report as one year's.
"""

from __future__ import annotations

import pytest

from aifigures import Article, check


def _found(*articles: tuple[str, str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    report = check([Article.of(aid, text, day) for aid, text, day in articles])
    return [(f.kind.value, [(p.article, p.text) for p in f.amounts]) for f in (*report.findings, *report.notes)]


_TWO_YEARS_A = """Landtag beschließt Doppelhaushalt

Der Landtag von Nordmark hat den Doppelhaushalt für die Jahre 2027 und 2028 beschlossen. Er hat ein Volumen
von 96 Milliarden Euro. Neue Schulden will die Regierung nicht aufnehmen."""


def _one_year(told: str) -> str:
    lead = "Der Landtag von Nordmark hat den Haushalt beschlossen."
    return f"Haushalt verabschiedet\n\n{lead} Das Land gibt künftig {told} aus."


@pytest.mark.parametrize(
    ("told", "kinds"),
    [
        # the two years' total told as one year's: one of the two periods is wrong
        ("96 Milliarden Euro im Jahr", ["period_mismatch"]),
        ("48 Milliarden Euro im Jahr", []),
    ],
)
def test_a_two_year_budget_against_one_year(told: str, kinds: list[str]) -> None:
    found = _found(("a", _TWO_YEARS_A, "2026-06-30"), ("b", _one_year(told), "2026-07-01"))
    assert [kind for kind, _ in found] == kinds


_RENT_A = """Mieten in Kellbach steigen weiter

Die Angebotsmieten in Kellbach sind im ersten Quartal erneut gestiegen. Im Schnitt verlangten Vermieter
12,40 Euro pro Quadratmeter."""
_RENT_B = """Wohnen in Kellbach wird teurer

In Kellbach zahlen Mieter bei Neuvermietung inzwischen durchschnittlich 14,20 Euro pro Quadratmeter."""


@pytest.mark.parametrize(
    ("day_b", "kinds"),
    [
        # "inzwischen" tells the present: against another report of the same day, which tells it too, a conflict
        ("2026-04-15", ["conflict"]),
        # ... against an earlier report, the figure as it stands now: a revision
        ("2026-04-29", ["revision"]),
    ],
)
def test_a_figure_as_it_stands_now_revises_only_an_earlier_one(day_b: str, kinds: list[str]) -> None:
    found = _found(("a", _RENT_A, "2026-04-15"), ("b", _RENT_B, day_b))
    assert [kind for kind, _ in found] == kinds


_FEE_A = """Rundfunkbeitrag steigt

Der Rundfunkbeitrag steigt zum 1. Januar von 18,36 Euro auf 18,94 Euro im Monat. Das haben die Länder beschlossen."""


@pytest.mark.parametrize(
    ("told", "kinds"),
    [
        # a fee ("Beitrag", "Gebühr") is a metric: the same digits per year put one of the two periods wrong
        ("Der Rundfunkbeitrag steigt im neuen Jahr auf 18,94 Euro im Jahr.", ["period_mismatch"]),
        ("Der Rundfunkbeitrag steigt im neuen Jahr auf 18,94 Euro im Monat.", []),
    ],
)
def test_a_fee_told_per_year_for_per_month(told: str, kinds: list[str]) -> None:
    found = _found(("a", _FEE_A, "2026-12-01"), ("b", f"Rundfunk kostet mehr\n\n{told}", "2026-12-02"))
    assert [kind for kind, _ in found] == kinds


_ROUND_A = """KI-Start-up Nuvra sammelt 600 Millionen Dollar ein

Das Berliner KI-Start-up Nuvra hat in einer neuen Finanzierungsrunde 600 Millionen Dollar eingesammelt."""


@pytest.mark.parametrize(
    ("told", "kinds"),
    [
        # "frisches Kapital" is capital raised, as "eingesammelt" is: the same digits in euros are a swapped label
        ("Nuvra erhält von Investoren 600 Millionen Euro frisches Kapital.", ["fx_conversion"]),
        ("Nuvra erhält von Investoren 600 Millionen Dollar frisches Kapital.", []),
    ],
)
def test_capital_raised_in_another_currency(told: str, kinds: list[str]) -> None:
    found = _found(("a", _ROUND_A, "2026-09-30"), ("b", f"Nuvra wird sechs Milliarden wert\n\n{told}", "2026-09-30"))
    assert [kind for kind, _ in found] == kinds
