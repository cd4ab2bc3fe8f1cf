"""The year a shorter period lies in ("im dritten Quartal des Vorjahres", "im ersten Halbjahr 2024").

A quarter, a half-year or some months named with the year they lie in are that shorter period, placed by
that year: the year's words belong to the period's (so that the calendar places it), and the year is no
period of its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from aifigures.amount import Period, PeriodKind
from aifigures.years import YEAR_DIGITS

if TYPE_CHECKING:
    from aifigures.extract.lexicon import Lexicon

__all__ = ["SUB_YEAR", "within_year", "year_after"]

_TRAILING_YEAR: Final = re.compile(r"[\s\u00a0]+" + YEAR_DIGITS + r"(?:/\d\d)?(?![\d.,]\d)")
_OF_THE_YEAR: Final = re.compile(
    r"[\s\u00a0]+(?:des|im|in|dieses|diesen)(?:[\s\u00a0]+[^\W\d_]+)?[\s\u00a0]*", re.IGNORECASE
)
SUB_YEAR: Final = frozenset(
    {PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.MONTH, PeriodKind.N_MONTHS, PeriodKind.WEEK, PeriodKind.DAY}
)


def within_year(text: str, found: list[tuple[int, int, Period, bool]]) -> list[tuple[int, int, Period, bool]]:
    """`found` without the years that only place a shorter period before them.

    "im zweiten Quartal des Geschäftsjahres 2019", "in den ersten fünf Monaten des laufenden Jahres": the
    period is the quarter or the months; the year says which.
    """
    ends = {c[1]: c for c in found if c[2].kind in SUB_YEAR}
    out = []
    for c in found:
        if c[2].kind is PeriodKind.YEAR:
            gap = next((e for e in ends if e <= c[0] and _OF_THE_YEAR.fullmatch(text, e, c[0])), None)
            if gap is not None:
                continue
        out.append(c)
    return out


def year_after(text: str, at: int, end: int, period: Period, lex: Lexicon) -> int:
    """Where a period's words end, with the year it lies in when that follows it.

    "im ersten Halbjahr 2024", "im dritten Quartal des Vorjahres", "in den ersten fünf Monaten des laufenden
    Jahres", "im zweiten Quartal des Geschäftsjahres 2019": the year places the shorter period.
    """
    if period.kind in SUB_YEAR and (of := lex.part_of_year_re.match(text, at, end)) is not None:
        at = of.end()
    year = _TRAILING_YEAR.match(text, at, end)
    return year.end() if year else at
