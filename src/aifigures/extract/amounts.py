"""Text to amounts: the scan, the grammar of each amount, sentence-level repair, then `Amount` records.

Each piece is made an `Amount` with the period its sentence states (`aifigures.extract.periods`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal
from typing import TYPE_CHECKING, Final

from aifigures.amount import Amount, Period, PeriodKind, Qualifier
from aifigures.extract.context import parallel_items, resolve_pending
from aifigures.extract.lexicon import german
from aifigures.extract.periods import Stated, assign_periods, sentence_bounds
from aifigures.extract.piece import RANGE, Piece
from aifigures.extract.scan import scan_anchors
from aifigures.extract.unit_tables import with_unit_tables

if TYPE_CHECKING:
    from aifigures.extract.lexicon import Lexicon

__all__ = ["read_amounts"]


def read_amounts(text: str, default_currency: str | None) -> list[Amount]:
    """Every amount of `text` (see `aifigures.extract`); the caller lets go of the lower-cased copy after."""
    lex = german()
    pieces = [q for p in scan_anchors(text, lex) if (q := _not_vague(text, p, lex)) is not None]
    pieces = with_unit_tables(text, pieces, lex)  # bare numbers of a table whose caption states their units
    if pieces and ("://" in text or "www." in text):
        pieces = _outside_urls(text, pieces)
    if len(pieces) > 1:
        pieces = _with_tolerances(text, pieces, lex)
    if not pieces:
        return []
    spans = [(p.start, p.end) for p in pieces]
    bounds = sentence_bounds(text, lex, spans)
    found = parallel_items(text, resolve_pending(text, pieces, bounds, lex, default_currency), lex)
    if found is not pieces:  # a figure was dropped or a list item added
        pieces = found
        spans = [(p.start, p.end) for p in pieces]
    periods = assign_periods(text, spans, bounds, lex)
    return [_to_amount(text, p, _each_year(text, p, per, lex)) for p, per in zip(pieces, periods, strict=True)]


def _each_year(text: str, p: Piece, stated: Stated | None, lex: Lexicon) -> Stated | None:
    """The stated period, or a year where a word right before the figure shares a span of years out.

    "In den Jahren 2026 bis 2028 fließen jeweils 500 Mio. Euro": 500 Mio. each year, stated by "jeweils". Not
    where a count or "und" stands between them: "erhalten die drei Hochschulen jeweils 45 Mio." is each one's.
    """
    if stated is None or stated[2].kind not in _SPANS_OF_YEARS:
        return stated
    each = lex.each_year_re.search(text, max(0, p.start - _EACH_REACH), p.start)
    if each is None or _counts_several(text[min(stated[1], each.start()) : each.start()], lex):
        return stated
    return each.start(), each.start() + len(each.group().rstrip()), _A_YEAR


def _counts_several(between: str, lex: Lexicon) -> bool:
    """Whether words tell of several others than years: a count ("drei Hochschulen", "12 Kliniken") or "und"."""
    return any(
        w.isdigit() or lex.numerals.get(w, _ONE) > _ONE or w in lex.range_connectors for w in between.lower().split()
    )


_SPANS_OF_YEARS: Final = frozenset({PeriodKind.TOTAL_YEARS, PeriodKind.TOTAL_MULTIPLE_YEARS})
_EACH_REACH: Final = 12
"""How far before a figure the word that gives each year's figure may start ("jeweils ")."""
_A_YEAR: Final = Period(PeriodKind.YEAR)


def _not_vague(text: str, p: Piece, lex: Lexicon) -> Piece | None:
    """The piece, unless a vague word before it makes it an order of magnitude ("einige hundert Millionen").

    Before a figure in digits other than a round hundred or thousand, "einige" means about: "einige 20
    Milliarden Euro" is about 20 billion, while "einige 100 Millionen" are several hundred million (none).
    """
    vague = lex.vague_phrases.ending_at(text, p.start)
    if vague is None:
        return p
    if vague[1] in _ABOUT and text[p.start : p.start + 1].isdigit() and p.number not in _ROUND:
        return replace(p, start=vague[0], qualifier=Qualifier.APPROX)
    return None


_ABOUT: Final = frozenset({"einige"})
_ROUND: Final = frozenset({Decimal(10), Decimal(100), Decimal(1000), Decimal(10000)})


_URL: Final = re.compile(r"(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)


def _outside_urls(text: str, pieces: list[Piece]) -> list[Piece]:
    """The pieces not inside a web address ("www.example.de/3,5-milliarden-euro" names a page, not money)."""
    urls = [(m.start(), m.end()) for m in _URL.finditer(text)]
    starts = [lo for lo, _ in urls]
    out = []
    for p in pieces:
        i = bisect.bisect_right(starts, p.start) - 1
        if i < 0 or p.start >= urls[i][1]:
            out.append(p)
    return out


def _with_tolerances(text: str, pieces: list[Piece], lex: Lexicon) -> list[Piece]:
    """The pieces, a figure and its tolerance after it made one range ("16 Mrd. Euro, plus oder minus eine Mrd.")."""
    out: list[Piece] = []
    i = 0
    while i < len(pieces):
        p = pieces[i]
        q = pieces[i + 1] if i + 1 < len(pieces) else None
        lead = None if q is None or p.qualifier is RANGE else _tolerance_lead(text, p.end, q.end, lex)
        # (right before the tolerance, or holding its "minus"; after the figure's verb at most: "... an, plus oder")
        if (
            q is None
            or lead is None
            or lead.start() - p.end > _TOLERANCE_REACH
            or not lead.start() <= q.start <= lead.end()
        ):
            out.append(p)
            i += 1
            continue
        value = p.number.scaleb(p.scale or 0, context=_EXACT)
        tolerance = abs(q.number.scaleb(q.scale or 0, context=_EXACT))
        out.append(
            replace(p, end=q.end, number=value, scale=0, qualifier=RANGE, low=value - tolerance, high=value + tolerance)
        )
        i += 2
    return out


def _tolerance_lead(text: str, end: int, q_end: int, lex: Lexicon) -> re.Match[str] | None:
    """The words of a tolerance after a figure that ends at `end`, before the next ends (`q_end`), if any."""
    hi = min(q_end, end + 2 * _TOLERANCE_REACH)
    window = text[end:hi].lower()
    if not any(h in window for h in lex.tolerance_heads):
        return None  # the common case, at once
    return lex.tolerance_re.search(text, end, hi)


_TOLERANCE_REACH: Final = 20
"""How far after a figure the words of its tolerance may start ("16 Mrd. Euro an, plus oder minus ...")."""
_LOWER_BOUNDED: Final = frozenset({Qualifier.AT_LEAST, Qualifier.MORE_THAN})
_UPPER_BOUNDED: Final = frozenset({Qualifier.AT_MOST, Qualifier.LESS_THAN})


_PERIODS: Final[dict[tuple[PeriodKind, int | None], Period]] = {}
"""The periods of the amounts made, one object per period: normalisation finds an amount's recipe by the
identity of its period first (a period's own hash and equality are Python code)."""


def _to_amount(text: str, p: Piece, stated: Stated | None) -> Amount:
    qualifier = p.qualifier
    low: Decimal | None
    high: Decimal | None
    if qualifier is RANGE:
        value = _tidy(p.number)
        low = None if p.low is None else _tidy(p.low)
        high = None if p.high is None else _tidy(p.high)
    else:
        value = _tidy(p.number if p.scale is None else p.number.scaleb(p.scale, context=_EXACT))
        low = value if qualifier in _LOWER_BOUNDED else None
        high = value if qualifier in _UPPER_BOUNDED else None
    start, end = p.start, p.end
    if stated is None:
        period = period_text = period_span = None
    else:
        p_start, p_end, found = stated
        period = _PERIODS.setdefault((found.kind, found.count), found)  # one object per period: see _PERIODS
        period_text, period_span = text[p_start:p_end], (p_start, p_end)
    # positional, in the order of Amount's fields (text, span, value, currency, qualifier, period, low,
    # high, scale, currency_inferred, ambiguous, period_text, period_span): one amount per figure found
    return Amount(
        text[start:end],
        (start, end),
        value,
        p.currency,
        qualifier,
        period,
        low,
        high,
        p.scale or 0,
        p.inferred,
        p.ambiguous,
        period_text,
        period_span,
    )


_EXACT: Final = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)
"""Exact arithmetic for the only operations made on a figure's digits (shift, quantize, normalise): the
default context keeps 28 digits and would round a longer figure in silence."""
_ONE: Final = Decimal(1)


def _tidy(d: Decimal) -> Decimal:
    """A Decimal without a positive exponent (9.4E+10 becomes 94000000000) and without trailing zeros.

    Linear in the number of digits (``Decimal(int(d))`` is not: a million digits took a minute).
    """
    if d == d.to_integral_value(context=_EXACT):
        return d.quantize(_ONE, context=_EXACT)
    return d.normalize(context=_EXACT)
