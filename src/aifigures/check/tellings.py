"""Every telling of a finding's figures: a figure its article tells again is named at each place.

A title over its text, a quote of an earlier sentence ("Aus den 'gut 100 Euro im Monat' wurden ..."), a
correction that restates the figures it corrects ("60.000 Euro wären eher 16,67 % von 360.000 Euro"): the
reader of a finding sees every place of the article that tells its figures, not only the one a rule read.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from aifigures.check.compare import told_value
from aifigures.check.facts import may_be_one
from aifigures.check.findings import Place, place
from aifigures.check.names import names_meet

if TYPE_CHECKING:
    from collections.abc import Mapping
    from decimal import Decimal

    from aifigures.check.facts import Fact
    from aifigures.check.findings import Finding
    from aifigures.check.run import Run

__all__ = ["every_telling", "tellings_at", "with_tellings"]


def tellings_at(found: list[Finding], run: Run) -> dict[Place, tuple[Place, ...]]:
    """The other tellings in its article (`_again`) of the figure at each place of `found`, in the article's order.

    Another telling: in the same article, another sentence, the same value, currency, qualifier and period,
    and nothing saying it is another thing (`may_be_one`: metric and years; names that do not meet).
    """
    places = {p for finding in found if len(finding.intervals) == len(finding.amounts) for p in finding.amounts}
    by_told: dict[tuple[object, ...], list[Fact]] = defaultdict(list)
    at: dict[Place, Fact] = {}
    for f in run.facts:
        by_told[(f.article, *told_value(f))].append(f)
        if (here := place(f)) in places:
            at[here] = f
    return {p: tuple(place(o) for o in by_told[(f.article, *told_value(f))] if _again(f, o)) for p, f in at.items()}


def every_telling(found: list[Finding], tellings: Mapping[Place, tuple[Place, ...]]) -> list[Finding]:
    """The findings, each naming also the other tellings of its figures in their articles (`tellings_at`)."""
    out: list[Finding] = []
    seen: set[tuple[object, frozenset[Place]]] = set()
    for finding in found:
        told = with_tellings(finding, tellings)
        key = (told.kind, frozenset(told.amounts))
        if key not in seen:  # one pair found by its key and by the evidence, each from another telling: one
            seen.add(key)
            out.append(told)
    return out


def with_tellings(finding: Finding, tellings: Mapping[Place, tuple[Place, ...]]) -> Finding:
    """The finding, naming also the other tellings (`tellings`, by place) of its figures."""
    if len(finding.intervals) != len(finding.amounts):
        return finding  # a reference's interval comes last: the places and intervals are not one to one
    named = set(finding.amounts)
    more: list[tuple[Place, tuple[Decimal, Decimal]]] = []
    for p, interval in zip(finding.amounts, finding.intervals, strict=True):
        for q in tellings.get(p, ()):
            if q not in named:
                named.add(q)
                more.append((q, interval))
    if not more:
        return finding
    told = ", ".join(f"{q.text!r} at {q.start}" for q, _ in more)
    return replace(
        finding,
        amounts=finding.amounts + tuple(q for q, _ in more),
        intervals=finding.intervals + tuple(iv for _, iv in more),
        why=f"{finding.why}; told again in its article: {told}".lstrip("; "),
    )


def _again(f: Fact, other: Fact) -> bool:
    """Whether `other`, with the value `f` tells, is `f` told again: another sentence, nothing saying it is another.

    A title's figure and the text's of the same value and named metric are one, whatever names each sentence
    has ("Flut: Schäden von 2,4 Mrd. Euro" over "Die Flut im Osten Bayerns hat Schäden von 2,4 Mrd. Euro ...").
    """
    if other.sentence == f.sentence or not may_be_one(f, other):
        return False
    if (f.headline or other.headline) and f.metric is not None and f.metric == other.metric:
        return True
    return not (f.names and other.names) or names_meet(f.names, other.names)
