"""Stated periods placed in time: which days "im ersten Halbjahr 2024" or "im vergangenen Jahr" cover.

* `resolve` places an amount's stated period in time: "im ersten Halbjahr 2024" is 2024-01-01..06-30;
  "im vergangenen Jahr" the calendar year before the article; "in den nächsten drei Jahren" the three
  years from the article date. A generic rate ("pro Jahr", "im Quartal") has no interval.

Article dates are read in `aifigures.normalise.dates`; period factors are pint's (`aifigures.normalise.units`).
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from typing import Any, Final, NamedTuple

from aifigures.amount import Amount, Code, Period, PeriodKind
from aifigures.language import date_words, words
from aifigures.normalise.dates import DateWindow, days_in, parse_date
from aifigures.years import YEAR, YEAR_ALONE

__all__ = ["Interval", "Relation", "resolve"]


class Relation(Code):
    """Where a resolved period lies relative to the article date."""

    PAST = "past"
    CURRENT = "current"
    FUTURE = "future"
    UNCERTAIN = "uncertain"
    """The article date is known too loosely to tell."""


class Interval(NamedTuple):
    """A stated period placed in time, and where it lies relative to the article date (a named tuple)."""

    start: date
    end: date
    relation: Relation
    assumed_year: bool = False
    """True where the text named no year and the article's year was taken (it may mean the year before)."""

    def __str__(self) -> str:
        """ISO form with the relation."""
        return f"{self.start.isoformat()}..{self.end.isoformat()} ({self.relation.value})"


@functools.cache
def _words() -> dict[str, Any]:
    return {"period_words": words("periods")["period_words"]}


_DAY: Final = timedelta(days=1)
_PAST: Final = Relation.PAST
_FUTURE: Final = Relation.FUTURE


def _add_months(d: date, months: int) -> date:
    """`d` moved by whole months, the day clamped to the month's end (01-31 + 1 month = 02-29).

    Plain arithmetic, as relativedelta computes it, because this runs for every amount.
    """
    year, month = divmod(d.year * 12 + d.month - 1 + months, 12)
    return date(year, month + 1, min(d.day, days_in(year, month + 1)))


def _years_on(d: date, years: int) -> date:
    """`d` moved by whole years: `_add_months(d, 12 * years)`, cheaper (29 February becomes the 28th)."""
    try:
        return date(d.year + years, d.month, d.day)
    except ValueError:  # 29 February in a common year
        return date(d.year + years, 2, 28)


def _has(text: str, key: str) -> bool:
    return any(w in text for w in _words()["period_words"][key])


def _ordinal(text: str) -> int | None:
    for n, key in enumerate(("first", "second", "third", "fourth"), start=1):
        words = _words()["period_words"][key]
        if any(re.search(rf"(?<![\w.]){re.escape(w)}(?!\w)", text) for w in words):
            return n
    return None


def _year_of(shape: Shape, year: int | None) -> tuple[int, bool] | None:
    """The year a period phrase names, or one from the article's `year` (flagged where assumed)."""
    if shape.years:
        return shape.years[0], False
    if year is None:
        return None
    if shape.previous:  # (a named part told as past is the one `_year_in` found, its year given as it is)
        return year - (not shape.latest), False
    if shape.next:
        return year + 1, False
    return year, not shape.current


def _month_of(text: str) -> int | None:
    for n, names in enumerate(date_words().months, start=1):
        if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in names[1:]):
            return n
    return None


def resolve(amount: Amount, on: str | date | DateWindow | None) -> Interval | None:
    """The dated interval of `amount`'s stated period, or None for a generic rate or no period.

    >>> from aifigures import parse
    >>> str(resolve(parse("23 Milliarden Yuan im ersten Halbjahr 2024"), "2024-08-28"))
    '2024-01-01..2024-06-30 (past)'
    >>> str(resolve(parse("380 Milliarden Yuan in den nächsten drei Jahren"), "2025-02-27"))
    '2025-02-28..2028-02-27 (future)'
    >>> resolve(parse("5 Mio. Euro pro Jahr"), "2024-08-28") is None
    True
    """
    if amount.period is None:
        return None
    return _resolve(amount.period, (amount.period_text or "").lower(), None if on is None else parse_date(on))


class Shape(NamedTuple):
    """What a period's words say, read once per wording: which part of which year, or how far back or on."""

    years: tuple[int, ...]
    """The years the words name, in order."""
    part: int | None
    """Which half-year, quarter or month (1-based); 1 for a year; None where the words name none."""
    previous: bool
    next: bool
    current: bool
    counted: bool
    """The words count months ("in den letzten zwölf Monaten"): with `previous`, back from the article's day."""
    fiscal: bool = False
    """A company's fiscal year ("Geschäftsjahr"), which need not be the calendar year."""
    split: bool = False
    """Its year is written as two ("2023/24"): a fiscal year that is not the calendar year."""
    latest: bool = False
    """A named quarter or half-year told as past ("im abgelaufenen dritten Quartal"): the latest that has ended."""


@functools.lru_cache(maxsize=8192)
def shape_of(period: Period, text: str) -> Shape:
    """What a period's words say (cached: a corpus repeats its wordings)."""
    kind = period.kind
    index: int | None = None
    if kind is PeriodKind.MONTH:
        index = _month_of(text)
    elif kind is PeriodKind.YEAR:
        index = 1
    elif kind in {PeriodKind.HALF_YEAR, PeriodKind.QUARTER}:
        index = _ordinal(text)
        month = _month_of(text) if index is None else None
        if month is not None:  # "von Januar bis Juni", "in den drei Monaten bis Ende September": the part it lies in
            index = (month - 1) // (period.months or 12) + 1
    years = tuple(int(y) for y in YEAR.findall(text)) if kind is PeriodKind.TOTAL_YEARS else ()
    if kind is not PeriodKind.TOTAL_YEARS and (m := YEAR_ALONE.search(text)):
        years = (int(m[1]),)
    return Shape(
        years,
        index,
        _has(text, "previous"),
        _has(text, "next"),
        _has(text, "current"),
        _has(text, "counted"),
        fiscal=_has(text, "fiscal"),
        split=_SPLIT_YEAR.search(text) is not None,
        latest=kind in _NAMED_PARTS and index is not None and _past_part().search(text) is not None,
    )


@functools.cache
def _past_part() -> re.Pattern[str]:
    """A word of the past right before an ordinal: "abgelaufenen dritten", "vergangenen ersten"."""
    w = _words()["period_words"]
    ordinals = [o for key in ("first", "second", "third", "fourth") for o in w[key] if o[0].isalpha()]
    past = "|".join(re.escape(p) for p in w["previous"])
    return re.compile(rf"(?<!\w)(?:{past})\w*\s+(?:{'|'.join(ordinals)})(?!\w)")


_SPLIT_YEAR: Final = re.compile(r"(?<!\d)(?:19|20)\d\d\s?/\s?(?:\d\d){1,2}(?!\d)")
"""A fiscal year written as two calendar years: "2023/24", "2023/2024"."""


def _resolve(period: Period, text: str, window: DateWindow | None) -> Interval | None:
    """`resolve` for a period, its words and the article date (the words are read once per wording)."""
    return place(period, shape_of(period, text), window)


def year_span(period: Period, shape: Shape, year: int | None) -> tuple[date, date, bool] | None:
    """The days of a period placed by a year alone, and whether that year was assumed.

    The year is the one its words name ("im ersten Halbjahr 2024": the same days for every article) or
    else the article's `year` ("im vergangenen Jahr", "im zweiten Quartal", the latter assumed). None
    where the days depend on the article's day ("in den letzten zwölf Monaten") or there are none.
    """
    kind = period.kind
    if kind is PeriodKind.TOTAL_YEARS:
        years = shape.years
        return (date(years[0], 1, 1), date(years[-1], 12, 31), False) if len(years) >= 2 else None  # "2021 bis 2023"
    if shape.previous and shape.counted:  # "in den letzten zwölf Monaten": counted from the article's day
        return None
    if kind is PeriodKind.N_MONTHS:
        found = None if period.count is None or shape.previous else _year_of(shape, year)
        return None if found is None else (*_months_from(date(found[0], 1, 1), period.count or 0), found[1])
    if kind not in _PARTS or shape.part is None:
        return None
    if kind is PeriodKind.YEAR and not (shape.years or shape.previous or shape.current or shape.next):
        return None  # "pro Jahr", "jährlich": a rate, not a particular year
    found = _year_of(shape, year)
    return None if found is None else (*_part_of(found[0], shape.part, period.months or 12), found[1])


_PARTS: Final = frozenset({PeriodKind.HALF_YEAR, PeriodKind.QUARTER, PeriodKind.MONTH, PeriodKind.YEAR})


def _months_from(start: date, months: int) -> tuple[date, date]:
    return start, _add_months(start, months) - _DAY


def _part_of(year: int, part: int, months: int) -> tuple[date, date]:
    """The `part`-th half-year, quarter, month (or the year) of `year`, each `months` long."""
    return _months_from(date(year, 1 + (part - 1) * months, 1), months)


def place(period: Period, shape: Shape, window: DateWindow | None) -> Interval | None:
    """The interval of a period whose words say `shape`, for an article of `window`: date arithmetic only."""
    if period.kind is PeriodKind.YEAR and shape.fiscal and shape.split and shape.years:
        first = shape.years[0]  # "2023/24": from a month of 2023 after January to one of 2024 before December
        return interval_of((date(first, 2, 1), date(first + 1, 11, 30)), window)
    counted = _months_back(period, shape) is not None  # "im vergangenen Geschäftsjahr": from the article's day
    span = None if counted else year_span(period, shape, None if window is None else _year_in(period, shape, window))
    if span is not None:
        return interval_of((span[0], span[1]), window, assumed=span[2])
    return place_by_day(period, shape, window)


def _year_in(period: Period, shape: Shape, window: DateWindow) -> int:
    """The year an article of `window` places a period in that names no year of its own.

    The article's year; for a named quarter or half-year told as past ("im abgelaufenen dritten Quartal"), the year
    of the latest such part ended by the article's last day (the year before, where this year's has not ended).
    """
    year = window.end.year
    if not shape.latest or shape.part is None:
        return year
    return year if _part_of(year, shape.part, period.months or 12)[1] < window.end else year - 1


_NAMED_PARTS: Final = frozenset({PeriodKind.HALF_YEAR, PeriodKind.QUARTER})


def place_by_day(period: Period, shape: Shape, window: DateWindow | None) -> Interval | None:
    """The interval of a period counted from the article's day ("in den nächsten drei Jahren").

    For the periods `year_span` cannot place.
    """
    if window is None:
        months = _months_back(period, shape)
        if months is not None:
            found = _year_of(shape, None)  # "in den letzten zwölf Monaten 2023": that year's months
            return None if found is None else interval_of(_months_from(date(found[0], 1, 1), months), None)
        return None
    rule = day_rule(period, shape)
    return None if rule is None else rule.place(window)


class DayRule:
    """How a period counted from the article's day is placed (`place`), chosen once per wording (`day_rule`)."""

    __slots__ = ("count", "way")

    def __init__(self, way: int, count: int) -> None:
        """`way` is one of the `_UP_TO_YEARS` ... constants; `count` the years, months or days."""
        self.way = way
        self.count = count

    def place(self, w: DateWindow) -> Interval:
        """The period's days for an article of `w`, and their relation to it."""
        way = self.way
        if way == _UP_TO_YEARS:
            return _years_up_to(self.count, w)
        if way == _FROM_YEARS:
            return _years_from(self.count, w)
        end = w.end
        if way == _UP_TO_MONTHS:
            return interval_of((_add_months(end, -self.count) + _DAY, end), w)
        if way == _UP_TO_DAYS:
            return interval_of((end - timedelta(days=self.count - 1), end), w)
        return _month_before(w)


_UP_TO_YEARS, _FROM_YEARS, _UP_TO_MONTHS, _UP_TO_DAYS, _MONTH_BEFORE = range(5)


def day_rule(period: Period, shape: Shape) -> DayRule | None:
    """How to place a period counted from the article's day, chosen once per wording; None: it is not.

    >>> three = Period(PeriodKind.TOTAL_YEARS, 3)
    >>> rule = day_rule(three, shape_of(three, "in den nächsten drei jahren"))
    >>> str(rule.place(DateWindow.of(date(2025, 2, 27))))
    '2025-02-28..2028-02-27 (future)'
    """
    kind = period.kind
    count = period.count
    if kind is PeriodKind.TOTAL_YEARS and count is not None:
        if shape.previous:  # "in den letzten zehn Jahren": up to the article date
            return DayRule(_UP_TO_YEARS, count)
        # "in den nächsten drei Jahren", "über vier Jahre": from the article date on
        return DayRule(_FROM_YEARS, count)
    length = _months_back(period, shape)
    if length is not None:  # "in den letzten zwölf Monaten", "in den vergangenen sechs Monaten": up to the article date
        return DayRule(_UP_TO_MONTHS, length)
    if kind is PeriodKind.N_DAYS and count is not None and shape.previous:  # "in den letzten 30 Tagen"
        return DayRule(_UP_TO_DAYS, count)
    if kind is PeriodKind.MONTH and shape.part is None and shape.previous:  # "im Vormonat"
        return DayRule(_MONTH_BEFORE, 1)
    return None


_MONTHS_A_YEAR: Final = 12


def _years_up_to(years: int, w: DateWindow) -> Interval:
    """The `years` years up to the article's day: over ("past") when the day is known."""
    first, end = w
    start = _years_on(end, -years) + _DAY
    rel = _PAST if first == end else relation(start, end, w)
    return Interval(start, end, rel, assumed_year=False)


def _years_from(years: int, w: DateWindow) -> Interval:
    """The `years` years from the day after the article's: they start after it, so always "future"."""
    end = w[1]
    return Interval(end + _DAY, _years_on(end, years), _FUTURE, assumed_year=False)


def _months_back(period: Period, shape: Shape) -> int | None:
    """How many months the words count back ("in den letzten zwölf Monaten": 12), or None.

    "im vergangenen Geschäftsjahr" counts 24: a fiscal year that ended within the twelve months before the day.
    """
    if period.kind is PeriodKind.YEAR and shape.fiscal and shape.previous and not shape.years:
        return 2 * _MONTHS_A_YEAR
    months = period.months
    if months is None or not shape.previous or not (shape.counted or period.kind is PeriodKind.N_MONTHS):
        return None
    return months


def _month_before(window: DateWindow) -> Interval:
    prev = window.end.replace(day=1) - _DAY
    return interval_of((prev.replace(day=1), prev), window)


def relation(start: date, end: date, on: DateWindow | None) -> Relation:
    """Where the days start..end lie relative to the article date `on`."""
    if on is None:
        return Relation.UNCERTAIN
    if end <= on.start:  # a period that ends on the article's day is over ("in den letzten zehn Jahren")
        return Relation.PAST
    if start > on.end:
        return Relation.FUTURE
    if start <= on.start and end >= on.end:
        return Relation.CURRENT
    return Relation.UNCERTAIN


def a_year_before(placed: Interval, amount: Amount, on: DateWindow | None) -> Interval | None:
    """The days a year before `placed` where `amount`'s period words say it is the year before's, else None.

    For a figure compared with another: "5,12 Mrd. Euro im dritten Quartal, nach 4,61 Mrd. im Vorjahresquartal"
    (or "im Vorjahr") puts 4,61 on the third quarter of the year before, whatever the article's date.
    """
    text = (amount.period_text or "").lower()
    if not any(w in text for w in _words()["period_words"]["year_before"]):
        return None
    return _a_year_earlier(placed, on)


def latest_ended(placed: Interval, on: DateWindow | None) -> Interval:
    """A quarter or half-year placed in the article's assumed year but still to come: the same part a year before.

    "Im vierten Quartal lag der Umsatz bei 1,6 Mrd." in a report of February 2025 tells the fourth quarter of 2024,
    the latest that has ended. Only for a year assumed (no year named) and a part that lies after the article's day.
    """
    if not placed.assumed_year or placed.relation is not Relation.FUTURE:
        return placed
    return _a_year_earlier(placed, on)


def _a_year_earlier(placed: Interval, on: DateWindow | None) -> Interval:
    """The same days a year earlier, placed against the article date `on` (its year still assumed if it was)."""
    return interval_of((_years_on(placed.start, -1), _years_on(placed.end, -1)), on, assumed=placed.assumed_year)


def tells_year_before(amount: Amount) -> bool:
    """Whether an amount's period words say "the year before" ("im Vorjahr"), naming no year of their own."""
    text = (amount.period_text or "").lower()
    return YEAR_ALONE.search(text) is None and any(w in text for w in _words()["period_words"]["year_before"])


def interval_of(span: tuple[date, date], on: DateWindow | None, *, assumed: bool = False) -> Interval:
    """The interval of the days `span`, placed relative to the article date `on`."""
    start, end = span
    return Interval(start, end, relation(start, end, on), assumed)
