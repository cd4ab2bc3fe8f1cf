r"""How a year is written in news: one pattern for every stage (1900-2099, four digits).

>>> bool(YEAR.fullmatch("2024")), bool(YEAR.fullmatch("3024")), YEAR_ALONE.findall("2023/2024, 120234")
(True, False, ['2023', '2024'])
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["YEAR", "YEAR_ALONE", "YEAR_DIGITS", "years_in", "years_outside"]

YEAR_DIGITS: Final = r"(?:19|20)\d\d"
"""The pattern of a year, for patterns built from it."""
YEAR: Final = re.compile(YEAR_DIGITS)
"""A year where the caller has its bounds (fullmatch, or a search it checks)."""
YEAR_ALONE: Final = re.compile(rf"(?<!\d)({YEAR_DIGITS})(?!\d)")
"""A year that is not part of a longer number."""


def years_in(text: str | None) -> frozenset[int]:
    """The years a text names ("für 2026": 2026), none for None.

    >>> sorted(years_in("im Geschäftsjahr 2024/2025")), years_in(None)
    ([2024, 2025], frozenset())
    """
    return frozenset(int(y) for y in YEAR_ALONE.findall(text or ""))


def years_outside(text: str, figures: Sequence[tuple[int, int]], lo: int = 0, hi: int | None = None) -> list[int]:
    """The years text[lo:hi] names outside the spans of its money figures (`figures`: sorted, apart).

    A figure's digits are no year ("eine Prämie von 2000 Euro"):

    >>> years_outside("2025 gab es eine Prämie von 2000 Euro.", [(28, 37)])
    [2025]
    """
    out = []
    for m in YEAR_ALONE.finditer(text, lo, len(text) if hi is None else hi):
        i = bisect.bisect_right(figures, (m.start(), len(text))) - 1
        if i < 0 or m.start() >= figures[i][1]:
            out.append(int(m.group()))
    return out
