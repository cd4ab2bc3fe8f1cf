"""Tables whose units stand in a caption or a column's heading: "(in Mio. Euro)" over "| Beiträge | 8.412 |".

Reports print their figures as tables with bare numbers and say once what they count: a line above the table
("Die Zahlen für das erste Halbjahr (in Mio. Euro):") or the heading of a column ("| Umsatz (Mrd. CHF) |").
Each cell that is only a number, in a row whose label counts nothing ("Mitarbeiter"), is then an amount in
those units, its currency marked as inferred; the period of its column's heading is its own
(`aifigures.extract.list_periods`).

Text taken from a web page writes a table's rows as lines of cells between bars ("| Personal | 412,5 |"),
with bars between the cells only ("Personal | 412,5"), or with tabs between them; a table without bars at
its edges has a heading row only where its first row holds no figure other than a year.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING, Final, NamedTuple

from aifigures.extract.context import counts_something
from aifigures.extract.list_periods import GAP as _GAP
from aifigures.extract.list_periods import gaps
from aifigures.extract.matchers import alternation
from aifigures.extract.numbers import digits_value
from aifigures.extract.piece import Piece

if TYPE_CHECKING:
    from aifigures.extract.lexicon import Lexicon

__all__ = ["with_unit_tables"]

Unit = tuple[int, str]
"""A table's units: the power of ten of its scale word and the currency's code."""

_YEAR_CELL: Final = re.compile(r"\s*(?:19|20)\d\d\s*\Z")
_RULE: Final = re.compile(r"[ \t]*\|[\s:|+-]*\Z")
"""A row that only rules the header off ("|---|:---:|")."""
_CELL_NUMBER: Final = re.compile(r"[ \t]*(?P<num>[-−]?\d{1,3}(?:\.\d{3})+(?:,\d+)?|[-−]?\d+(?:,\d+)?)[ \t]*\Z")
_CAPTION_LINES: Final = 2
"""How many lines above a table (blank ones not counted) may state its units."""
_SHARE: Final = re.compile(r"%|(?i:prozent)")
"""A row's label that gives shares ("Marge (%)", "Rendite in Prozent"): its cells are no money."""


class _Table(NamedTuple):
    rows: list[tuple[int, int]]
    """Each row's span (a line)."""
    separator: str
    """What stands between its cells: a bar or a tab."""
    edged: bool
    """Whether its rows open with a bar (a Markdown table: its first row is its heading)."""


def with_unit_tables(text: str, pieces: list[Piece], lex: Lexicon) -> list[Piece]:
    """`pieces` with the bare numbers of tables whose caption or column heading states their units."""
    if "|" not in text and "\t" not in text and _ALIGNED not in text and _LABEL_END.search(text) is None:
        return pieces
    added: list[Piece] = []
    for table in _tables(text):
        added.extend(_cells(text, table, lex))
    if not added:
        return pieces
    starts = [p.start for p in pieces]  # (sorted, and apart: a cell's number overlaps at most its neighbours)
    fresh = [a for a in added if not _overlaps(a, pieces, bisect.bisect_left(starts, a.end))]
    return sorted([*pieces, *fresh], key=lambda p: p.start)


def _overlaps(a: Piece, pieces: list[Piece], after: int) -> bool:
    """Whether a cell's number overlaps a piece found already (`after`: the index of the first that starts past it)."""
    return after > 0 and pieces[after - 1].end > a.start


def _tables(text: str) -> list[_Table]:
    """The tables of a text: runs of consecutive lines, each line as its span.

    Lines that open with "|"; else lines with as many bars (or tabs) each, at least one.
    """
    lines = _marked_lines(text)
    edged = [(lo, hi) for lo, hi in lines if text[lo:hi].lstrip(" \t").startswith("|")]
    tables = [_Table(rows, "|", edged=True) for rows in _runs(edged)]
    for rows in _runs([(lo, hi) for lo, hi in lines if not text[lo:hi].lstrip(" \t").startswith("|")]):
        for separator in ("|", "\t", _LABELLED):
            counts = {text.count(separator, lo, hi) for lo, hi in rows}
            if len(counts) == 1 and counts != {0}:
                tables.append(_Table(rows, separator, edged=False))
        if not any("|" in text[lo:hi] or "\t" in text[lo:hi] for lo, hi in rows):
            counts = {len(gaps(text, lo, hi)) for lo, hi in rows}
            if len(counts) == 1 and counts != {0}:
                tables.append(_Table(rows, _GAP, edged=False))
    return tables


_ALIGNED: Final = "   "
"""What marks a line of a table aligned by spaces: three or more of them somewhere (two may follow a full stop)."""
_LABELLED: Final = ": "
"""What marks a line of a list of labelled figures under a caption of their units ("Bilanzsumme: 8.412"): one a line."""
_BRACKETED: Final = r"\((?P<label>[^():\d\n]{1,20}?):?[ \t]*(?P<other>[-−]?\d[\d.,]*)\)"
"""A figure compared beside a line's number, in brackets after a label ("(Vj. 1.102)"): the label and the figure."""
_COMPARED: Final = rf"(?:[ \t]*{_BRACKETED})?"
_LABEL_ROW: Final = re.compile(rf"[ \t]*[^\W\d_][^\n:|\t]{{0,60}}: [ \t]*[-−]?\d[\d.,]*{_COMPARED}[ \t]*\r?")
"""Such a line: a label, a colon and a number alone (perhaps with the year before's beside it)."""
_LABEL_END: Final = re.compile(rf": [ \t]*[-−]?\d[\d.,]*{_COMPARED}[ \t]*\r?(?:\n|\Z)")
"""The end of such a line, looked for first (a text with none has no such list)."""
_WITH_COMPARED: Final = re.compile(rf"[ \t]*(?P<num>[-−]?\d[\d.,]*)[ \t]*{_BRACKETED}[ \t]*\Z")
"""A cell of a number and the year before's beside it ("1.184 (Vj. 1.102)"): both are figures in the units."""


def _marked_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines that hold a bar or a tab, in order (found from the marks: long text has few)."""
    found: set[tuple[int, int]] = set()
    for mark in ("|", "\t", _ALIGNED, _LABELLED):
        pos = text.find(mark)
        while pos >= 0:
            lo = text.rfind("\n", 0, pos) + 1
            hi = text.find("\n", pos)
            hi = len(text) if hi < 0 else hi
            if mark != _LABELLED or _LABEL_ROW.fullmatch(text, lo, hi) is not None:
                found.add((lo, hi))
            pos = text.find(mark, hi)
    return sorted(found)


def _runs(lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The runs of two or more consecutive lines among `lines` (spans, in order)."""
    runs: list[list[tuple[int, int]]] = []
    last_end = -2
    for lo, hi in lines:
        if runs and lo == last_end + 1:
            runs[-1].append((lo, hi))
        else:
            runs.append([(lo, hi)])
        last_end = hi
    return [r for r in runs if len(r) > 1]


def _cells(text: str, table: _Table, lex: Lexicon) -> list[Piece]:
    """The amounts of one table's bare cells, in the units of their column's heading or the table's caption."""
    rows = table.rows
    first = _split(text, *rows[0], table)
    headed = table.edged or not any(
        _cell_numbers(text, lo, hi, lex) and not _YEAR_CELL.fullmatch(text, lo, hi) for lo, hi in first[1:]
    )
    numbers = _bare_numbers(text, table, headed, lex)
    if not numbers:
        return []  # (most runs of lines with bars or tabs hold no bare number: no units read)
    caption = next(filter(None, (_unit(line, lex) for line in _caption(text, rows[0][0]))), None)
    if headed and first and (corner := _unit(text[first[0][0] : first[0][1]], lex)) is not None:
        caption = corner  # the heading's first cell states the table's units ("Kennzahlen (in Mio. EUR) | 2026 | 2025")
    # a column headed by something counted ("Mitarbeiter") holds no money, whatever the caption says
    units = (
        [
            None if counts_something(text[lo:hi], lex) else _unit(text[lo:hi], lex, label=True) or caption
            for lo, hi in first
        ]
        if headed
        else [caption] * len(first)
    )
    out: list[Piece] = []
    for column, m, own in numbers:
        unit = own or (units[column] if column < len(units) else None)
        if unit is None:
            continue
        number, _ = digits_value(m["num"].lstrip("-−"))
        number = -number if m["num"][:1] in "-−" else number
        out.append(Piece(m.start("num"), m.end("num"), number, unit[0], unit[1], inferred=True))
    return out


def _bare_numbers(
    text: str,
    table: _Table,
    headed: bool,  # noqa: FBT001 - whether its first row is a heading
    lex: Lexicon,
) -> list[tuple[int, re.Match[str], Unit | None]]:
    """The cells of a table's rows (not its heading) that are a number alone, with their column.

    And the units their row's label states, if any ("| Umsatz (Mio. €) | 6.412 |"), which win over the column's.
    """
    out: list[tuple[int, re.Match[str], Unit | None]] = []
    for lo, hi in table.rows[1:] if headed else table.rows:
        if _RULE.match(text, lo, hi):
            continue
        cells = _split(text, lo, hi, table)
        if not cells or counts_something(label := text[cells[0][0] : cells[0][1]], lex) or _SHARE.search(label):
            continue  # a row that counts people or gives shares, not money ("| Mitarbeiter | 12.000 |", "Marge (%)")
        own = _unit(label, lex, label=True)
        for column, (c_lo, c_hi) in enumerate(cells[1:], start=1):
            out.extend((column, m, own) for m in _cell_numbers(text, c_lo, c_hi, lex))
    return out


def _cell_numbers(text: str, lo: int, hi: int, lex: Lexicon) -> list[re.Match[str]]:
    """The numbers of a cell: a number alone, or one and the year before's beside it ("1.184 (Vj. 1.102)")."""
    m = _CELL_NUMBER.fullmatch(text, lo, hi)
    if m is not None:
        return [m]
    both = _WITH_COMPARED.fullmatch(text, lo, hi)
    if both is None or not lex.labels_year_before(both["label"]):
        return []
    return [n for g in ("num", "other") if (n := _CELL_NUMBER.fullmatch(text, both.start(g), both.end(g)))]


def _split(text: str, lo: int, hi: int, table: _Table) -> list[tuple[int, int]]:
    """The cells of a table's row (between its bars, or its bars or tabs and the line's ends), as spans."""
    if table.separator == _GAP:  # cells between runs of spaces; an indented first cell is empty
        bounds = [(lo, lo), *gaps(text, lo, hi), (hi, hi)]
        return [(a[1], b[0]) for a, b in itertools.pairwise(bounds)]
    marks = [] if table.edged else [lo - 1]
    pos = text.find(table.separator, lo, hi)
    while pos >= 0:
        marks.append(pos)
        pos = text.find(table.separator, pos + 1, hi)
    if not table.edged:
        marks.append(hi)
    return [(a + 1, b) for a, b in itertools.pairwise(marks)]


def _caption(text: str, top: int) -> list[str]:
    """The lines right above a table (up to `_CAPTION_LINES` of them that hold words), the nearest first.

    Its units may stand there; a paragraph's figures above its caption are not the table's units.
    """
    lines = text[max(0, top - 600) : top].split("\n")
    return [line for line in lines if line.strip()][-_CAPTION_LINES:][::-1]


def _unit(text: str, lex: Lexicon, *, label: bool = False) -> Unit | None:
    """The units a caption or a heading states ("in Mio. Euro", "Mrd. CHF", "TEUR"), if any.

    A column's heading or a row's label (`label`) may name a currency alone ("Ergebnis je Aktie (€)"); a caption
    that does ("Preise (in Euro)") may head a list of anything.
    """
    if not text.strip():
        return None
    m = _unit_re(lex).search(text)
    if m is None or (m["alone"] is not None and not label):
        return None
    if m["both"] is not None:
        code, scale = lex.scale_currencies[m["both"].lower()]
        return scale, code
    word = (m["cur"] or m["alone"]).lower()
    currency = lex.currency_words.get(word) or lex.currency_signs.get(word)
    return None if currency is None else (lex.scales[m["scale"].lower()] if m["scale"] else 0, currency)


def _unit_re(lex: Lexicon) -> re.Pattern[str]:
    """The pattern of a unit, compiled once for a lexicon."""
    compiled = _COMPILED.get(id(lex))
    if compiled is None:
        compiled = _COMPILED[id(lex)] = _compiled_unit_re(lex)
    return compiled


_COMPILED: Final[dict[int, re.Pattern[str]]] = {}


def _compiled_unit_re(lex: Lexicon) -> re.Pattern[str]:
    scales = alternation(list(lex.scales))
    currencies = alternation([*lex.currency_words, *lex.currency_signs])
    both = alternation(list(lex.scale_currencies))
    # or a currency alone in brackets: "Ergebnis je Aktie (€)", "Preis (in Euro)"
    return re.compile(
        rf"(?i)(?<![^\W\d_])(?:(?P<scale>{scales})\s*(?P<cur>{currencies})|(?P<both>{both}))(?![^\W\d_])"
        rf"|\((?:in\s+)?(?P<alone>{currencies})\)"
    )
