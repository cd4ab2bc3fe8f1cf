"""Article dates: German dates, exact or partial, read into a `DateWindow`.

`parse_date` reads an article date, possibly partial ("2024", "März 2024"): ISO forms and "28.08.2024"
(day first) by a fast path, German month names through python-dateutil with a German parserinfo (its
fuzzy mode is never used: it turns "1. März 2025" into 2025-01-28).
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime
from typing import Any, NamedTuple, Self

from aifigures.errors import PeriodError
from aifigures.language import date_words

__all__ = ["DateWindow", "parse_date"]

# ISO dates, with a time as news APIs export it ("2024-02-01T10:00:00Z"): the day is the one written
_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_ISO = re.compile(rf"(\d{{4}})(?:-(\d{{1,2}})(?:-(\d{{1,2}}){_TIME})?)?")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})")


class _WindowFields(NamedTuple):
    start: date
    end: date


class DateWindow(_WindowFields):
    """A date that may be known only to the month or year: the first and last day it can be.

    A frozen value (a named tuple).
    """

    __slots__ = ()

    def __new__(cls, start: date, end: date) -> Self:
        """The window must not run backwards."""
        if end < start:
            raise PeriodError(f"date window ends before it starts: {start}..{end}")
        return super().__new__(cls, start, end)

    @classmethod
    def of(cls, day: date) -> DateWindow:
        """The window of one known day."""
        return cls(day, day)

    @property
    def exact(self) -> bool:
        """Whether the day is known."""
        return self.start == self.end

    def __str__(self) -> str:
        """ISO form: the day, the month ("2024-03") or the year ("2024")."""
        if self.exact:
            return self.start.isoformat()
        if self.start.day == 1 and self.start.month == 1 and self.end == date(self.start.year, 12, 31):
            return str(self.start.year)
        if self.start.day == 1 and self.end == _month_end(self.start):
            return self.start.strftime("%Y-%m")
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


@functools.cache
def _parserinfo() -> Any:  # noqa: ANN401 - dateutil's parserinfo, imported lazily
    from dateutil import parser  # noqa: PLC0415 - dateutil costs import time; only for German month names

    words = date_words()

    class GermanParserInfo(parser.parserinfo):
        # dateutil reads these class attributes (lists, as its own parserinfo has them)
        JUMP = words.jump
        WEEKDAYS = [tuple(w) for w in words.weekdays]  # type: ignore[misc]  # noqa: RUF012 - the stubs want pairs; dateutil takes any names
        MONTHS = [tuple(m) for m in words.months]  # type: ignore[misc]  # noqa: RUF012 - the stubs want 2 or 3 names
        AMPM: list[tuple[str, str]] = []  # noqa: RUF012 - "am 5. Mai": "am" is a jump word, not AM
        PERTAIN = list(words.pertain)  # noqa: RUF012

        def __init__(self) -> None:
            super().__init__(dayfirst=True)

    return GermanParserInfo()


def parse_date(text: str | date | DateWindow) -> DateWindow:
    """An article date, exact or partial, or `PeriodError` naming the input.

    >>> str(parse_date("28.08.2024")), str(parse_date("27. Februar 2025")), str(parse_date("2024-09"))
    ('2024-08-28', '2025-02-27', '2024-09')
    >>> str(parse_date("März 2024")), str(parse_date("2024")), str(parse_date("2024-02-01T10:00:00Z"))
    ('2024-03', '2024', '2024-02-01')
    """
    if isinstance(text, DateWindow):
        return text
    if isinstance(text, datetime):
        return DateWindow.of(text.date())
    if isinstance(text, date):
        return DateWindow.of(text)
    if not isinstance(text, str):
        raise _not_a_date(text)
    s = text.strip()
    try:
        if m := _ISO.fullmatch(s):
            return _window(int(m[1]), m[2] and int(m[2]), m[3] and int(m[3]))
        if m := _DOTTED.fullmatch(s):
            year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
            return DateWindow.of(date(year, int(m[2]), int(m[1])))
    except ValueError as e:
        raise PeriodError(f"{text!r} is not a valid date: {e}") from None
    return _parse_words(text, s)


def _not_a_date(value: object) -> TypeError:
    return TypeError(f"an article date is a str, date or DateWindow, got {type(value).__name__}: {value!r}")


def article_date(on: object) -> DateWindow | None:
    """An article date as normalise takes it: None, a `DateWindow`, a date, or text (read once per text)."""
    if on is None or isinstance(on, DateWindow):
        return on
    if isinstance(on, str):
        return parse_date(on)
    if isinstance(on, date):
        return parse_date(on)
    raise _not_a_date(on)


def _parse_words(text: str, s: str) -> DateWindow:
    from dateutil import parser  # noqa: PLC0415 - see _parserinfo

    info = _parserinfo()
    has_day = re.search(r"(?<![\d.])\d{1,2}\.(?!\d)", s) is not None
    try:
        # two defaults tell which fields the text gave (naive datetimes: article dates carry no zone)
        first = parser.parse(s, parserinfo=info, default=datetime(1, 1, 1))  # noqa: DTZ001
        second = parser.parse(s, parserinfo=info, default=datetime(1, 12, 28))  # noqa: DTZ001
    except (parser.ParserError, ValueError, OverflowError) as e:
        raise PeriodError(f"{text!r} is not a date aifigures can read ({e})") from None
    if first.year == 1:
        raise PeriodError(f"{text!r} names no year")
    if first == second or has_day:
        return DateWindow.of(first.date())
    if first.month == second.month:
        return DateWindow(first.date().replace(day=1), _month_end(first.date()))
    return DateWindow(date(first.year, 1, 1), date(first.year, 12, 31))


def _window(year: int, month: int | str | None, day: int | str | None) -> DateWindow:
    if not month:
        return DateWindow(date(year, 1, 1), date(year, 12, 31))
    if not day:
        start = date(year, int(month), 1)
        return DateWindow(start, _month_end(start))
    return DateWindow.of(date(year, int(month), int(day)))


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month - 1]


def _month_end(d: date) -> date:
    return d.replace(day=days_in(d.year, d.month))
