"""What two figures' keys say before any word is weighed: whether they may be one, and the period they share.

The key of a figure is its metric, period, modality, level or change, currency (`aifigures.check.facts`);
the cross-article links (`aifigures.check.evidence`) weigh only pairs whose keys meet.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from aifigures.check.facts import currencies_meet, is_change, may_be_one, modalities_meet, one_basis
from aifigures.check.metrics import metrics_meet

if TYPE_CHECKING:
    from aifigures.check.facts import Fact
    from aifigures.normalise.calendar import Interval

__all__ = ["keys_meet", "keys_shared", "other_period"]


def keys_shared(a: Fact, b: Fact, when: dict[int, Interval | None]) -> tuple[str, ...]:
    """The period both state once placed in the calendar ("im vergangenen Jahr", 2023), for one metric.

    Only where both name their metric: a company's revenue and its fine of one year share the year. The
    metric alone adds nothing: its word ("Umsatz") is already counted among the words they share.
    """
    if a.metric is None or b.metric is None or not metrics_meet(a.metric, b.metric):
        return ()  # one metric, or one a broad metric holds ("verdiente" and "Gewinn")
    ia, ib = when.get(id(a)), when.get(id(b))
    if ia is None or ib is None or not _same_days(ia, ib):
        return ()
    return (f"both {a.metric} for {ia.start.isoformat()}..{ib.end.isoformat()}",)


_DAYS_APART = 7
"""How far apart the ends of two periods counted from their reports' days may be ("in den kommenden drei
Jahren" in reports of Monday and Tuesday) and still be one period."""


def _same_days(ia: Interval, ib: Interval) -> bool:
    """Whether two placed periods are one: the same days, or counted alike from days a few apart."""
    return abs((ia.start - ib.start).days) <= _DAYS_APART and abs((ia.end - ib.end).days) <= _DAYS_APART


def other_period(a: Fact, b: Fact) -> bool:
    """`keys_meet` for two figures with periods of two kinds (a quarter and a year), one metric named."""
    pa, pb = a.amount.period, b.amount.period
    if pa is None or pb is None or one_basis(pa, pb) or (a.metric is None and b.metric is None):
        return False
    return keys_meet(replace(a, amount=replace(a.amount, period=pb)), b)


def keys_meet(a: Fact, b: Fact) -> bool:
    """Nothing in the two keys but who says the figures differ: metric, period, modality, level or change, when.

    Who is weighed on the names of each figure's sentence (`aifigures.check.evidence.LinkIndex.names`) where these meet.
    """
    if is_change(a) != is_change(b):
        return False
    if not modalities_meet(a, b):
        return False
    return may_be_one(a, b) and currencies_meet(a, b)
