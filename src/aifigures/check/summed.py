"""A total beside the parts that make it up ("41 Mrd. Euro Umsatz"; "A setzte 26 Mrd. um, B 15 Mrd.").

A figure that one sentence lists with others of its currency, metric and period (two or more), where those
figures add up to another figure, is a part of that total, not another telling of it. The merged company's
revenue and one partner's are not one figure, however alike their keys (a metric, the names, the year).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aifigures.check.facts import Fact
    from aifigures.check.run import Run

__all__ = ["part_of_total"]


def part_of_total(a: Fact, b: Fact, run: Run) -> bool:
    """Whether one figure is the sum of the other and the figures listed beside it in its sentence."""
    return _sums(a, b, run) or _sums(b, a, run)


def _sums(total: Fact, part: Fact, run: Run) -> bool:
    from aifigures.check.compare import comparable_by_article  # noqa: PLC0415 - compare reads this module

    if total.currency != part.currency or total.high <= part.high:
        return False
    listed = [
        f
        for f in comparable_by_article(run)[part.article]
        if f.sentence == part.sentence
        and (f.currency, f.metric, f.amount.period) == (part.currency, part.metric, part.amount.period)
        and f is not total
    ]
    if len(listed) < _PARTS:
        return False
    low = sum((f.low for f in listed), start=Decimal(0))
    high = sum((f.high for f in listed), start=Decimal(0))
    return low <= total.high and total.low <= high


_PARTS = 2
"""How many figures a sentence lists at least, to be parts of a total."""
