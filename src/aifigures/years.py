r"""How a year is written in news: one pattern for every stage (1900-2099, four digits).

>>> bool(YEAR.fullmatch("2024")), bool(YEAR.fullmatch("3024")), YEAR_ALONE.findall("2023/2024, 120234")
(True, False, ['2023', '2024'])
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["YEAR", "YEAR_ALONE", "YEAR_DIGITS", "years_in"]

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
