"""Tables whose units stand in a caption or a column's heading: "(in Mio. Euro)" over "| Beiträge | 8.412 |".

Reports print their figures as tables with bare numbers and say once what they count: a line above the table
("Die Zahlen für das erste Halbjahr (in Mio. Euro):") or the heading of a column ("| Umsatz (Mrd. CHF) |").
Each cell that is only a number, in a row whose label counts nothing ("Mitarbeiter"), is then an amount in
those units, its currency marked as inferred; the period of its column's heading is its own
(`aifigures.extract.list_periods`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING, Final

from aifigures.extract.context import counts_something
from aifigures.extract.matchers import alternation
from aifigures.extract.numbers import digits_value
from aifigures.extract.piece import Piece

if TYPE_CHECKING:
    from aifigures.extract.lexicon import Lexicon

__all__ = ["with_unit_tables"]

Unit = tuple[int, str]
"""A table's units: the power of ten of its scale word and the currency's code."""

_ROW: Final = re.compile(r"^[ \t]*\|.*$", re.MULTILINE)
_RULE: Final = re.compile(r"[ \t]*\|[\s:|+-]*\Z")
"""A row that only rules the header off ("|---|:---:|")."""
_CELL_NUMBER: Final = re.compile(r"[ \t]*(?P<num>[-−]?\d{1,3}(?:\.\d{3})+(?:,\d+)?|[-−]?\d+(?:,\d+)?)[ \t]*\Z")
_CAPTION_LINES: Final = 2
"""How many lines above a table (blank ones not counted) may state its units."""


def with_unit_tables(text: str, pieces: list[Piece], lex: Lexicon) -> list[Piece]:
    """`pieces` with the bare numbers of tables whose caption or column heading states their units."""
    if "|" not in text:
        return pieces
    added: list[Piece] = []
    for rows in _tables(text):
        added.extend(_cells(text, rows, lex))
    if not added:
        return pieces
    starts = [p.start for p in pieces]  # (sorted, and apart: a cell's number overlaps at most its neighbours)
    fresh = [a for a in added if not _overlaps(a, pieces, bisect.bisect_left(starts, a.end))]
    return sorted([*pieces, *fresh], key=lambda p: p.start)


def _overlaps(a: Piece, pieces: list[Piece], after: int) -> bool:
    """Whether a cell's number overlaps a piece found already (`after`: the index of the first that starts past it)."""
    return after > 0 and pieces[after - 1].end > a.start


def _tables(text: str) -> list[list[tuple[int, int]]]:
    """The tables of a text: runs of consecutive lines that open with "|", each line as its span."""
    tables: list[list[tuple[int, int]]] = []
    last_end = -2
    for m in _ROW.finditer(text):
        if tables and m.start() == last_end + 1:
            tables[-1].append(m.span())
        else:
            tables.append([m.span()])
        last_end = m.end()
    return [t for t in tables if len(t) > 1]


def _cells(text: str, rows: list[tuple[int, int]], lex: Lexicon) -> list[Piece]:
    """The amounts of one table's bare cells, in the units of their column's heading or the table's caption."""
    header = rows[0]
    caption = _unit(_caption(text, header[0]), lex)
    # a column headed by something counted ("Mitarbeiter") holds no money, whatever the caption says
    units = [
        None if counts_something(text[lo:hi], lex) else _unit(text[lo:hi], lex) or caption
        for lo, hi in _split(text, *header)
    ]
    if not any(units):
        return []
    out: list[Piece] = []
    for lo, hi in rows[1:]:
        if _RULE.match(text, lo, hi):
            continue
        cells = _split(text, lo, hi)
        if not cells or counts_something(text[cells[0][0] : cells[0][1]], lex):
            continue  # a row that counts people, not money ("| Mitarbeiter | 12.000 |")
        for column, (c_lo, c_hi) in enumerate(cells[1:], start=1):
            unit = units[column] if column < len(units) else None
            m = _CELL_NUMBER.fullmatch(text, c_lo, c_hi)
            if unit is None or m is None:
                continue
            number, _ = digits_value(m["num"].lstrip("-−"))
            number = -number if m["num"][:1] in "-−" else number
            out.append(Piece(m.start("num"), m.end("num"), number, unit[0], unit[1], inferred=True))
    return out


def _split(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The cells of a table's row (between its bars), as spans."""
    bars = [m.start() for m in re.finditer(r"\|", text[lo:hi])]
    return [(lo + a + 1, lo + b) for a, b in itertools.pairwise(bars)]


def _caption(text: str, top: int) -> str:
    """The lines right above a table (up to `_CAPTION_LINES` of them that hold words), where its units may stand."""
    lines = text[max(0, top - 600) : top].split("\n")
    words = [line for line in lines if line.strip()][-_CAPTION_LINES:]
    return " ".join(words)


def _unit(text: str, lex: Lexicon) -> Unit | None:
    """The units a caption or a heading states ("in Mio. Euro", "Mrd. CHF", "TEUR"), if any."""
    if not text.strip():
        return None
    m = _unit_re(lex).search(text)
    if m is None:
        return None
    if m["both"] is not None:
        code, scale = lex.scale_currencies[m["both"].lower()]
        return scale, code
    currency = lex.currency_words.get(m["cur"].lower()) or lex.currency_signs.get(m["cur"].lower())
    return None if currency is None else (lex.scales[m["scale"].lower()], currency)


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
    return re.compile(rf"(?i)(?<![^\W\d_])(?:(?P<scale>{scales})\s*(?P<cur>{currencies})|(?P<both>{both}))(?![^\W\d_])")
