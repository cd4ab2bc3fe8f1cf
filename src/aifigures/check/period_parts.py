"""Figures of the parts of a period that cover it: two quarters of a half-year, four of a year, two half-years.

"Im ersten Halbjahr setzte Fremont 2,4 Mrd. Euro um. Im ersten Quartal waren es 1,1 Mrd., im zweiten 1,5 Mrd.":
where an article tells one measure (one metric, segment, modality and currency) for a period and for shorter
periods that, placed in the calendar, lie end to end from its first day to its last, the shorter ones' figures
are all of it and must add up to it, within their rounding. A shorter period told twice with two values is
left alone (which of them is the part, the text does not say); figures with a bound ("mehr als") are no parts.
"""

from __future__ import annotations

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


def covering_parts(members: list[Fact], when: dict[int, Interval]) -> Iterator[tuple[Fact, list[Fact]]]:
    """Each figure of a period with the figures of shorter periods of its measure that cover it end to end.

    `members`: one article's figures; `when`: the days of those whose stated period the calendar places.
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
        by_days: defaultdict[tuple[date, date], list[Fact]] = defaultdict(list)
        for f in facts:
            by_days[when[id(f)].start, when[id(f)].end].append(f)
        told = {days: fs[0] for days, fs in by_days.items() if len({g.amount.value for g in fs}) == 1}
        for (start, end), whole in told.items():
            inside = sorted(
                ((d, f) for d, f in told.items() if start <= d[0] and d[1] <= end and d != (start, end)),
                key=lambda item: item[0],
            )
            parts = _end_to_end(inside, start, end)
            if len(parts) >= _FEWEST:
                yield whole, parts


def _end_to_end(inside: list[tuple[tuple[date, date], Fact]], start: date, end: date) -> list[Fact]:
    """The figures whose days run from `start` to `end` one after the other, without gap or overlap; or none."""
    parts: list[Fact] = []
    day = start
    for (lo, hi), f in inside:
        if lo != day:
            return []
        parts.append(f)
        day = hi + _DAY
    return parts if day == end + _DAY else []
