"""Tables whose caption or column heading states the units of their bare numbers (`aifigures.extract.unit_tables`)."""

from __future__ import annotations

import pytest

from aifigures import extract

_CAPTION = """Die Zahlen des Versicherers für das erste Halbjahr (in Mio. Euro):

| Kennzahl | H1 2025 | H1 2024 |
|---|---|---|
| Beiträge | 8.412 | 7.935 |
| Mitarbeiter | 4.200 | 4.100 |
| Ergebnis | -12,5 | 544 |
"""
_HEADING = """| Jahr | Umsatz (Mrd. CHF) | Mitarbeiter |
|---|---|---|
| 2024 | 14,2 | 52.000 |
"""


def test_a_caption_s_units_make_each_bare_cell_an_amount_of_its_column_s_period() -> None:
    """The row of a count ("Mitarbeiter") holds no money; a negative cell is a loss."""
    found = [(a.text, str(a.value), a.currency, a.currency_inferred, a.period_text) for a in extract(_CAPTION)]
    assert found == [
        ("8.412", "8412000000", "EUR", True, "H1 2025"),
        ("7.935", "7935000000", "EUR", True, "H1 2024"),
        ("-12,5", "-12500000", "EUR", True, "H1 2025"),
        ("544", "544000000", "EUR", True, "H1 2024"),
    ]


def test_a_column_s_heading_states_its_own_units_and_a_counted_column_none() -> None:
    assert [(a.text, str(a.value), a.currency) for a in extract(_HEADING)] == [("14,2", "14200000000", "CHF")]


@pytest.mark.parametrize(
    "text",
    [
        "| Stadt | Einwohner |\n|---|---|\n| Brelten | 120.000 |\n",  # no units stated: counts, not money
        "Tabelle (in Mio. Euro)\n\n| Rang | Name |\n|---|---|\n| 1 | Keltron |\n",  # no cell under money
    ],
)
def test_a_table_whose_units_are_no_money_yields_nothing(text: str) -> None:
    assert [a.text for a in extract(text)] == []
