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
    ("text", "expected"),
    [
        # bars between the cells only, no heading row: the caption's units, the nearest line above first
        (
            "Der Etat wächst um 2 Milliarden Euro.\nAusgaben 2025 (in Mio. Euro)\nPersonal | 412,5\nSchulen | 118\n",
            [("2 Milliarden Euro", "2000000000", None), ("412,5", "412500000", "2025"), ("118", "118000000", "2025")],
        ),
        # no heading row: a caption's year beside a flow's noun is the cells' period ...
        (
            "Haushalt 2025, Ausgaben nach Bereichen (in Mio. Euro)\nPersonal | 412,5\nSchulen | 118\n",
            [("412,5", "412500000", "2025"), ("118", "118000000", "2025")],
        ),
        # ... a year alone may date the rows' events
        (
            "Die größten Übernahmen 2023 (in Mio. Euro)\nKeltron | 412\nBrandt | 118\n",
            [("412", "412000000", None), ("118", "118000000", None)],
        ),
        # tabs between the cells, a heading row of years: each column's year
        (
            "Umsatz nach Sparten (Mio. Franken)\nSparte\t2023\t2024\nChemie\t1.240\t1.310\n",
            [("1.240", "1240000000", "2023"), ("1.310", "1310000000", "2024")],
        ),
        # a heading row of periods in words; a counted row holds no money
        (
            (
                "Kennzahlen (in Mio. Euro)\nPosten | 1. Halbjahr 2025 | 1. Halbjahr 2024\nUmsatz | 812 | 790\n"
                "Mitarbeiter | 4.100 | 4.000\n"
            ),
            [("812", "812000000", "1. Halbjahr 2025"), ("790", "790000000", "1. Halbjahr 2024")],
        ),
    ],
)
def test_a_table_without_bars_at_its_edges_is_read_too(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(a.text, str(a.value), a.period_text) for a in extract(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "| Stadt | Einwohner |\n|---|---|\n| Brelten | 120.000 |\n",  # no units stated: counts, not money
        "Stadt | Einwohner\nBrelten | 120.000\nOrsau | 95.000\n",  # ... nor with bars between the cells only
        "Preise (in Euro)\nBrot | 3 | Laib\nKäse | 4 Stück | 2\n",  # a row of another shape is no table's
        "Tabelle (in Mio. Euro)\n\n| Rang | Name |\n|---|---|\n| 1 | Keltron |\n",  # no cell under money
    ],
)
def test_a_table_whose_units_are_no_money_yields_nothing(text: str) -> None:
    assert [a.text for a in extract(text)] == []


_SPACED = """Zahlen des Konzerns im dritten Quartal (in Mio. Euro)

                 Q3 2025    Q3 2024
Umsatz             905        861
Mitarbeiter      5.100      4.900
Ergebnis            47         39
"""


def test_a_table_aligned_by_spaces_is_read_as_one_with_bars() -> None:
    """Cells between runs of spaces, an indented heading over the rows' labels: read as the lines with bars are."""
    found = [(a.text, str(a.value), a.currency, a.period_text) for a in extract(_SPACED)]
    assert found == [
        ("905", "905000000", "EUR", "Q3 2025"),
        ("861", "861000000", "EUR", "Q3 2024"),
        ("47", "47000000", "EUR", "Q3 2025"),
        ("39", "39000000", "EUR", "Q3 2024"),
    ]


def test_prose_with_a_double_space_is_no_table() -> None:
    # two spaces typed after a full stop make no cells: the bare numbers of such lines stay numbers
    text = "Angaben in Mio. Euro\nDer Umsatz stieg.  Er lag bei 905.\nDas Ergebnis sank.  Es lag bei 47.\n"
    assert extract(text) == []


_ROW_UNITS = """Die Zahlen des dritten Quartals (in Mio. Euro):

| Kennzahl | Q3 2025 | Q3 2024 |
|---|---|---|
| Umsatz | 6.412 | 5.998 |
| Nettogewinn (Mrd. €) | 1,2 | 0,9 |
| Marge (%) | 11,5 | 10,2 |
| Ergebnis je Aktie (€) | 2,31 | 1,98 |
"""


def test_a_rows_label_states_its_own_units_and_a_share_none() -> None:
    """A label's units win over the caption's; a row of shares holds no money; a currency alone has no scale."""
    found = [(a.text, str(a.value), a.period_text) for a in extract(_ROW_UNITS)]
    assert found == [
        ("6.412", "6412000000", "Q3 2025"),
        ("5.998", "5998000000", "Q3 2024"),
        ("1,2", "1200000000", "Q3 2025"),
        ("0,9", "900000000", "Q3 2024"),
        ("2,31", "2.31", "Q3 2025"),
        ("1,98", "1.98", "Q3 2024"),
    ]


def test_a_rows_label_states_the_units_where_nothing_else_does() -> None:
    text = "| Kennzahl | 2025 | 2024 |\n|---|---|---|\n| Umsatz (Mio. €) | 812 | 774 |\n| Mitarbeiter | 40 | 38 |\n"
    assert [(a.text, str(a.value), a.currency) for a in extract(text)] == [
        ("812", "812000000", "EUR"),
        ("774", "774000000", "EUR"),
    ]


@pytest.mark.parametrize(
    "above",
    [
        "",
        # ... over another unit the text above gives its own figures in
        "Der Umsatz lag bei 84.312 TEUR.\n\n",
    ],
)
def test_the_first_cell_of_a_heading_states_the_units_of_every_column(above: str) -> None:
    table = "Kennzahlen (in Mio. EUR)   H1 2026   H1 2025\nUmsatz                      84,3      79,1\n"
    found = [(a.text, str(a.value), a.period_text) for a in extract(above + table)]
    assert found[-2:] == [("84,3", "84300000", "H1 2026"), ("79,1", "79100000", "H1 2025")]
