"""A series of figures over years or quarters in one sentence, one member a power of ten off the rest.

"Der Umsatz lag 2020 bei 4,1 Mrd. Euro, 2021 bei 4,3 Mrd. Euro, 2022 bei 45 Mrd. Euro und 2023 bei 4,6
Mrd. Euro": each figure is labelled by its own year (or quarter) just before it, or as its period, the others
lie within a factor of two of their median, and the odd one, divided by a power of ten, would lie among them.
A list of parts with their total is no series: its members are not labelled by years.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import defaultdict
from typing import TYPE_CHECKING

from aifigures.check.compare import comparable_facts
from aifigures.check.findings import Kind, between, interval_text

if TYPE_CHECKING:
    from collections.abc import Iterator

    from aifigures.check.facts import Fact
    from aifigures.check.findings import Finding
    from aifigures.check.run import Run

__all__ = ["series_outliers"]

_LABEL = re.compile(r"(?<![\d.,])(?:(?:19|20)\d\d|Q[1-4](?:\s*(?:19|20)?\d\d)?)(?![\d.,]\d)")
_MEMBERS = 3
_SPREAD = 2.0
"""How far (as a factor) the other members may lie from their median."""
_FIT = 1.5
"""How near (as a factor) the odd member, a power of ten down or up, must come to the median."""


def series_outliers(run: Run) -> Iterator[Finding]:
    """Each member of a labelled series that is a power of ten off the others."""
    by_sentence: dict[tuple[str, tuple[int, int], str | None], list[Fact]] = defaultdict(list)
    for f in comparable_facts(run):
        if f.low.is_finite() and f.high.is_finite() and f.amount.value > 0:
            by_sentence[(f.article, f.sentence, f.currency)].append(f)
    for members in by_sentence.values():
        if len(members) >= _MEMBERS and _labelled(run.text(members[0].article), members):
            yield from _odd_ones(members)


def _labelled(text: str, members: list[Fact]) -> bool:
    """Whether each member is led by a year or quarter of its own, or states one as its period, none repeated.

    "2020 bei 4,1 Mrd. Euro, 2021 bei ...", "von 2,1 Mrd. Euro im Jahr 2022 über 2,4 Mrd. Euro im Jahr 2023 ...".
    """
    labels = []
    start = members[0].sentence[0]
    for f in members:
        found = _LABEL.findall(f.amount.period_text or "") or _LABEL.findall(text, start, f.amount.span[0])
        if not found:
            return False
        labels.append(found[-1])
        start = f.amount.span[1]
    return len(set(labels)) == len(labels)


def _odd_ones(members: list[Fact]) -> Iterator[Finding]:
    for odd in members:
        rest = [f for f in members if f is not odd]
        median = statistics.median(float(f.amount.value) for f in rest)
        if any(not 1 / _SPREAD <= float(f.amount.value) / median <= _SPREAD for f in rest):
            continue
        ratio = float(odd.amount.value) / median
        k = round(math.log10(ratio))
        if k == 0 or not 1 / _FIT <= ratio / 10**k <= _FIT:
            continue
        near = min(rest, key=lambda f: abs(f.amount.span[0] - odd.amount.span[0]))
        low = min(f.low for f in rest)
        high = max(f.high for f in rest)
        cur = odd.currency or "?"
        message = (
            f"{odd.amount.text!r} is about {10 ** abs(k):,} times {'more' if k > 0 else 'less'} than the other "
            f"figures of its series {interval_text(low, high, cur)}: a slip of the scale word"
        )
        why = f"a series of {len(members)} figures of one sentence, each led by its own year or quarter"
        compared = ((odd.low, odd.high), (near.low, near.high))
        yield between(Kind.SCALE_ERROR, message, (odd, near), compared, cur, factors=(f"10^{k}",), why=why)
