"""Figures of the parts of a period that cover it: two quarters of a half-year, four of a year, two half-years.

"Im ersten Halbjahr setzte Fremont 2,4 Mrd. Euro um. Im ersten Quartal waren es 1,1 Mrd., im zweiten 1,5 Mrd.":
where an article tells one measure (one metric, segment, modality and currency) for a period and for shorter
periods that, placed in the calendar, lie end to end from its first day to its last, the shorter ones' figures
are all of it and must add up to it, within their rounding. A shorter period whose words name no year lies in the
year of the period it is part of, where that one's words name it ("im ersten Halbjahr 2023 ... Im ersten Quartal").
A shorter period told twice with two values is left alone (which of them is the part, the text does not say);
figures with a bound ("mehr als") are no parts.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from datetime import date, timedelta
from typing import TYPE_CHECKING

from aifigures.amount import PeriodKind, Qualifier

if TYPE_CHECKING:
    from collections.abc import Iterator

    from aifigures.check.facts import Fact
    from aifigures.normalise.calendar import Interval

__all__ = ["covering_parts"]

_CALENDAR = frozenset({PeriodKind.YEAR, PeriodKind.HALF_YEAR, PeriodKind.QUARTER, PeriodKind.MONTH})
_TOLD_AS = frozenset({Qualifier.EXACT, Qualifier.APPROX})
_DAY = timedelta(days=1)
_FEWEST = 2

Days = tuple[date, date]


def covering_parts(
    members: list[Fact], when: dict[int, Interval], *, one_article: bool = True
) -> Iterator[tuple[Fact, list[Fact]]]:
    """Each figure of a period with the figures of shorter periods of its measure that cover it end to end.

    `members`: one article's figures (or, `one_article` false, several articles' of one subject, each part on the
    days its own article places it); `when`: the days of those whose stated period the calendar places.
    """
    groups: defaultdict[tuple[object, ...], list[Fact]] = defaultdict(list)
    said: dict[tuple[int, int], str] = {}  # the metric a sentence named last: "..., im zweiten Quartal 1,5 Mrd."
    for f in members:
        period = f.amount.period
        metric = f.metric or said.get(f.sentence)
        if metric is not None:
            said[f.sentence] = metric
        if (
            id(f) in when
            and period is not None
            and period.kind in _CALENDAR
            and metric is not None
            and f.amount.qualifier in _TOLD_AS
            and not f.revised
        ):
            groups[metric, f.segment, f.modality, f.currency].append(f)
    for facts in groups.values():
        for whole in facts:
            parts = _end_to_end(_inside(whole, facts, when, moved=one_article), when[id(whole)])
            if len(parts) >= _FEWEST:
                yield whole, parts


def _inside(whole: Fact, facts: list[Fact], when: dict[int, Interval], *, moved: bool) -> list[tuple[Days, Fact]]:
    """The figures of shorter periods within the whole's, by their days, each told once (or alike).

    `moved`: a part whose year was assumed is moved into the whole's year (`_in_year_of`: one article's words).
    """
    w = when[id(whole)]
    by_days: defaultdict[Days, list[Fact]] = defaultdict(list)
    for f in facts:
        placed = when[id(f)]
        days = _in_year_of(placed, w) if moved else (placed.start, placed.end)
        if f is not whole and w.start <= days[0] and days[1] <= w.end and days != (w.start, w.end):
            by_days[days].append(f)
    told = [(days, fs[0]) for days, fs in by_days.items() if len({g.amount.value for g in fs}) == 1]
    return sorted(told, key=lambda item: item[0])


def _in_year_of(part: Interval, whole: Interval) -> Days:
    """A part's days, moved into the whole's year where the words name that year and only the article's placed it.

    "im ersten Halbjahr 2023 ... Im ersten Quartal waren es ...": the first quarter of 2023.
    """
    year = whole.start.year
    if not part.assumed_year or whole.assumed_year or whole.end.year != year or part.start.year == year:
        return part.start, part.end
    if part.start.year != part.end.year:
        return part.start, part.end
    last = part.end.day == calendar.monthrange(part.end.year, part.end.month)[1]  # (a February's last day moves)
    end = part.end.replace(year=year, day=calendar.monthrange(year, part.end.month)[1] if last else part.end.day)
    return part.start.replace(year=year), end


def _end_to_end(inside: list[tuple[Days, Fact]], whole: Interval) -> list[Fact]:
    """The figures whose days run from the whole's first to its last one after the other, without gap or overlap."""
    parts: list[Fact] = []
    day = whole.start
    for (lo, hi), f in inside:
        if lo != day:
            return []
        parts.append(f)
        day = hi + _DAY
    return parts if day == whole.end + _DAY else []
