"""A quarter or half-year figure exceeds the full-year figure of the same subject and year.

Both periods are placed in the calendar against their article's date (`aifigures.normalise.calendar`);
a figure for a period inside another may not be larger than the figure for the whole.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from aifigures.check.compare import comparable_facts
from aifigures.check.findings import Finding, Kind, Severity, interval_text, place
from aifigures.check.rule import Rule
from aifigures.normalise.calendar import resolve

if TYPE_CHECKING:
    from collections.abc import Iterator

    from aifigures.check.facts import Fact
    from aifigures.check.run import Run
    from aifigures.normalise.calendar import Interval


def find(run: Run) -> Iterator[Finding]:
    """Each sub-period figure above the figure of a period that contains it."""
    for members in _groups(run).values():
        for sub, si in members:
            for sup, pi in members:
                if sub is sup or sub.amount.period == sup.amount.period:
                    continue
                if not (pi.start <= si.start and si.end <= pi.end):
                    continue
                cs = run.common(sub, sub.low, sub.high)
                cp = run.common(sup, sup.low, sup.high)
                if cs is None or cp is None or cs.low <= cp.high:
                    continue
                cur = run.currency
                yield Finding(
                    Kind.PERIOD_MISMATCH,
                    f"{sub.amount.text!r} for {sub.amount.period} {interval_text(cs.low, cs.high, cur)} exceeds "
                    f"{sup.amount.text!r} for the whole {sup.amount.period} {interval_text(cp.low, cp.high, cur)}",
                    (place(sub), place(sup)),
                    ((cs.low, cs.high), (cp.low, cp.high)),
                    cur,
                    tuple(dict.fromkeys(cs.band.quotes + cp.band.quotes)),
                )


def _groups(run: Run) -> dict[tuple[object, ...], list[tuple[Fact, Interval]]]:
    groups: dict[tuple[object, ...], list[tuple[Fact, Interval]]] = defaultdict(list)
    for f in comparable_facts(run):
        if f.metric is None or not f.names or f.amount.period is None or f.amount.value < 0:
            continue
        interval = resolve(f.amount, run.articles[f.article].date)
        if interval is None:
            continue
        for name in f.names:
            groups[(f.metric, name, f.modality)].append((f, interval))
    return groups


RULE = Rule("AF105", Kind.PERIOD_MISMATCH, Severity.WARNING, note=False, find=find, doc=__doc__ or "")
