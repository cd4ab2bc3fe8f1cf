"""The periods a list or a table states for its items: a lead line ending with a colon, a column's header."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from aifigures.amount import PeriodKind
from aifigures.extract.continuation import REPORTING

if TYPE_CHECKING:
    from collections.abc import Callable

    from aifigures.amount import Period
    from aifigures.extract.lexicon import Lexicon

    Find = Callable[[str, int, int, Lexicon], list[tuple[int, int, Period, bool]]]

__all__ = ["GAP", "gaps", "list_periods", "table_header"]

Stated = tuple[int, int, "Period"]


_ITEM: Final = re.compile(r"[ \t]*(?:[-–•·▪*]|\d{1,2}[.)])[ \t]")
"""The start of a list item's line: a mark ("- ", "• ") or a number ("1. ", "2) ")."""
_LIST_REACH: Final = 30
"""How many lines up (items and blank lines) the line that introduces a list is looked for."""


def list_periods(
    text: str, spans: list[tuple[int, int]], periods: list[Stated | None], lex: Lexicon, find: Find
) -> list[Stated | None]:
    """A period stated by the line that introduces a list ("Umsatz im ersten Quartal 2024:") for its items.

    An item's amount that states no period of its own takes the one its list's lead line states in words (a
    line ending with a colon above the items, blank lines between them allowed); a bare year there may be
    the date of the items' events ("Die größten Übernahmen 2023:") and is not taken. `find` reads the periods
    of a stretch (`aifigures.extract.periods`).
    """
    out = list(periods)
    for i, (start, _) in enumerate(spans):
        if out[i] is not None:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].lstrip().startswith("|"):
            out[i] = _column_period(text, line_start, start, lex, find)
            continue
        if "\t" in text[line_start:start] or "|" in text[line_start:start] or _in_spaced_cell(text, line_start, start):
            out[i] = _plain_column_period(text, line_start, start, lex, find)
            continue
        if not _ITEM.match(text, line_start):
            continue
        lead = _lead_line(text, line_start)
        if lead is None:
            continue
        out[i] = (
            _line_period(text, *lead, lex, find)
            or _whole_before(text, lead, spans, periods)
            or _shares_before(text, lead, spans, periods, lex)
        )
    return out


def _shares_before(
    text: str, lead: tuple[int, int], spans: list[tuple[int, int]], periods: list[Stated | None], lex: Lexicon
) -> Stated | None:
    """The year of a budget's figure just before a lead line of its own that names its shares ("Die größten Posten:").

    "Die Gemeinde plant 2026 mit Aufwendungen von 39,9 Mio. Euro.", a blank line, "Die größten Posten:" and an item
    "- Schulen: 4,8 Mio.": the figure stands in the paragraph before; the lead line names no period but a word of
    allocation.
    """
    if lex.allocation_re.search(text, lead[0], lead[1]) is None:
        return None
    before = [j for j, (_, end) in enumerate(spans) if lead[0] - _SHARES_REACH <= end <= lead[0]]
    if not before:
        return None
    stated = periods[before[-1]]
    return stated if stated is not None and stated[2].kind is PeriodKind.YEAR else None


_SHARES_REACH: Final = 400
"""How far before a list's lead line the budget's figure its items are shares of may end."""


def _whole_before(
    text: str, lead: tuple[int, int], spans: list[tuple[int, int]], periods: list[Stated | None]
) -> Stated | None:
    """The period of the whole a list breaks down, told in its lead line's sentence before the colon's.

    "Der Kreis plant für 2026 mit Ausgaben von 486 Mio. Euro. Die größten Posten:" and its items: the items
    are parts of the 486 Mio. and take its year, where the sentence that opens the list names none.
    """
    colon_sentence = max(text.rfind(". ", lead[0], lead[1]), lead[0])
    before = [j for j, (start, end) in enumerate(spans) if lead[0] <= start and end <= colon_sentence]
    if not before:
        return None
    stated = periods[before[-1]]
    return stated if stated is not None and stated[2].kind in REPORTING else None


def _column_period(text: str, line_start: int, start: int, lex: Lexicon, find: Find) -> Stated | None:
    """The period the header of a table's column states for a cell ("| Sparte | Umsatz Q1 2024 |").

    The header is the first line of the table (lines that open with "|"); in a table a year heading a column
    labels its figures, so a year counts there.
    """
    column = text.count("|", line_start, start)
    header = table_header(text, line_start)
    if header is None:
        return None
    bars = [m.start() for m in re.finditer(r"\|", text[header[0] : header[1]])]
    if len(bars) <= column:
        return None
    lo = header[0] + bars[column - 1] + 1
    hi = header[0] + bars[column] if column < len(bars) else header[1]
    found = find(text, lo, hi, lex)
    stated = [c for c in found if c[3]] or found
    return stated[0][:3] if stated else _caption_period(text, header[0], lex, find)


def _plain_column_period(text: str, line_start: int, start: int, lex: Lexicon, find: Find) -> Stated | None:
    """The period the first row states for a cell of a table without bars at its edges ("Sparte", tab, "2023").

    Its rows are the lines above with as many tabs (or bars) as the cell's line; the first of them heads its
    columns where it is not the cell's own row.
    """
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    separator = "\t" if "\t" in text[line_start:start] else "|" if "|" in text[line_start:start] else GAP
    count = _separators(text, line_start, end, separator)
    top, pos = line_start, line_start
    for _ in range(_TABLE_REACH):
        if pos <= 0:
            break
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        if len(_separators(text, prev_start, pos - 1, separator)) != len(count):
            break
        top = pos = prev_start
    if top == line_start:
        return _caption_period(text, top, lex, find)
    head_end = text.find("\n", top)
    marks = [(top, top), *_separators(text, top, head_end, separator), (head_end, head_end)]
    column = len(_separators(text, line_start, start + 1, separator))  # (a gap is seen with the cell it opens)
    lo, hi = marks[column][1], marks[column + 1][0]
    found = find(text, lo, hi, lex)
    stated = [c for c in found if c[3]] or found
    return stated[0][:3] if stated else _caption_period(text, top, lex, find)


def _separators(text: str, lo: int, hi: int, separator: str) -> list[tuple[int, int]]:
    """Where the separators of a table's line text[lo:hi] stand: each bar or tab, or each gap of spaces."""
    if separator == GAP:
        return gaps(text, lo, hi)
    found = []
    k = text.find(separator, lo, hi)
    while k >= 0:  # (`str.find`: a long table's rows are read up for each of its cells)
        found.append((k, k + 1))
        k = text.find(separator, k + 1, hi)
    return found


GAP: Final = "  "
"""What stands between the cells of a table aligned by spaces: two or more of them ("Umsatz      812      774")."""
_GAPS: Final = re.compile(r" {2,}(?=\S)")


def gaps(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The runs of two or more spaces before a cell of the line text[lo:hi].

    An indentation is one, before a first cell left empty (a heading over the rows' labels).
    """
    return [(m.start(), m.end()) for m in _GAPS.finditer(text, lo, hi)]


def _in_spaced_cell(text: str, line_start: int, start: int) -> bool:
    """Whether an amount at `start` opens a cell of a table aligned by spaces: a gap of them right before it."""
    return start - line_start >= len(GAP) and text.startswith(GAP, start - len(GAP))


def _caption_period(text: str, top: int, lex: Lexicon, find: Find) -> Stated | None:
    """The period the caption right above a table states, where its heading states none (`_line_period`).

    The caption is the nearest line with words, short as a caption is.
    """
    pos = top
    while pos > 0:
        lo = text.rfind("\n", 0, pos - 1) + 1
        line = text[lo : pos - 1]
        if line.strip():
            return _line_period(text, lo, pos - 1, lex, find) if len(line) <= _CAPTION else None
        pos = lo
    return None


def _line_period(text: str, lo: int, hi: int, lex: Lexicon, find: Find) -> Stated | None:
    """The period a caption or a list's lead line states for the figures under it.

    A period in words ("Zahlen für das erste Halbjahr:"), or a year beside a flow's noun or a word of allocation
    ("Haushalt 2025, Ausgaben nach Bereichen", "Die wichtigsten Posten für 2025:"); not a year alone, which may
    date the items' events ("Die größten Übernahmen 2023:").
    """
    found = find(text, lo, hi, lex)
    stated = [c for c in found if c[3]]
    if not stated and found:
        words = [w.strip(",.:;()") for w in text[lo:hi].lower().split()]
        if any(w.endswith(lex.flow_heads) for w in words) or lex.allocation_re.search(text, lo, hi):
            stated = found
    return stated[0][:3] if stated and stated[0][2].kind in REPORTING else None


_CAPTION = 120
"""The longest line read as a table's caption."""


def table_header(text: str, line_start: int) -> tuple[int, int] | None:
    """The first line of the table (lines that open with "|") whose line opens at `line_start`, above that one.

    None where no table line stands above it; a table is read up at most `_TABLE_REACH` lines, so that a very
    long one costs no more per cell.
    """
    header, pos = None, line_start
    for _ in range(_TABLE_REACH):
        if pos <= 0:
            break
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        if not text[prev_start : pos - 1].lstrip().startswith("|"):
            break
        header, pos = (prev_start, pos - 1), prev_start
    return header


_TABLE_REACH: Final = 500
"""How many lines above a cell its table's header may stand."""


def _lead_line(text: str, line_start: int) -> tuple[int, int] | None:
    """The line above a list's items that introduces them, if it ends with a colon."""
    pos = line_start
    for _ in range(_LIST_REACH):
        if pos == 0:
            return None
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev_start : pos - 1]
        if line.strip() and not _ITEM.match(text, prev_start):
            return (prev_start, pos - 1) if line.rstrip().endswith(":") else None
        pos = prev_start
    return None
