"""One revision that several reports tell alike is one note, naming each report's figures.

Agencies' copies and reports of one correction ("Noch am Montag hatte der Minister 5,3 Milliarden Euro
vorgerechnet – nun ... um 600 Millionen Euro zu viel") give the same revision inside each article; the
check tells it once, with the figures of every report that tells it, where their figures name one subject.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from aifigures.check.findings import Kind
from aifigures.check.names import names_meet

if TYPE_CHECKING:
    from collections.abc import Mapping

    from aifigures.check.findings import Finding
    from aifigures.check.run import Run

__all__ = ["inside_one", "merged_revisions", "merged_with", "names_at", "revision_plan"]


def names_at(found: list[Finding], run: Run) -> dict[tuple[str, int], frozenset[str]]:
    """The names of the figure at each place (article, start) of the revisions inside one article among `found`."""
    places = {(p.article, p.start) for f in found if inside_one(f) for p in f.amounts}
    return {at: f.names for f in run.facts if (at := (f.article, f.amount.span[0])) in places}


def inside_one(f: Finding) -> bool:
    """Whether a finding is a revision inside one article."""
    return f.kind is Kind.REVISION and len({p.article for p in f.amounts}) == 1


def merged_revisions(found: list[Finding], at: Mapping[tuple[str, int], frozenset[str]]) -> list[Finding]:
    """The findings, each revision inside one article told alike by others merged into its first telling.

    Alike: the same intervals in the same currency, in articles whose figures share a name (`at`: the names
    of the figure at each place of those revisions, `names_at`).
    """
    plan = revision_plan(found, at)
    dropped = {j for alike in plan.values() for j in alike}
    return [
        merged_with(f, [found[j] for j in plan[i]]) if i in plan else f for i, f in enumerate(found) if i not in dropped
    ]


def revision_plan(found: list[Finding], at: Mapping[tuple[str, int], frozenset[str]]) -> dict[int, list[int]]:
    """Which revisions `merged_revisions` merges: the index of each first telling, and those of the others."""
    by_key: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, f in enumerate(found):
        if inside_one(f):
            by_key[(f.intervals, f.currency)].append(i)
    plan: dict[int, list[int]] = {}
    dropped: set[int] = set()
    for members in by_key.values():
        for n, i in enumerate(members):
            if i in dropped:
                continue
            alike = [j for j in members[n + 1 :] if j not in dropped and _one_subject(found[i], found[j], at)]
            if alike:
                plan[i] = alike
                dropped.update(alike)
    return plan


def _one_subject(a: Finding, b: Finding, at: Mapping[tuple[str, int], frozenset[str]]) -> bool:
    """Whether two notices of two articles are about one subject: a name of their figures in common."""
    if a.amounts[0].article == b.amounts[0].article:
        return False
    none: frozenset[str] = frozenset()
    names_a = none.union(*(at.get((p.article, p.start), none) for p in a.amounts))
    names_b = none.union(*(at.get((p.article, p.start), none) for p in b.amounts))
    return bool(names_a and names_b) and names_meet(names_a, names_b)


def merged_with(first: Finding, others: list[Finding]) -> Finding:
    """A note with the figures of the other reports that tell it alike, and why it names them."""
    told = [f"{', '.join(repr(p.text) for p in f.amounts)} in {f.amounts[0].article}" for f in others]
    return replace(
        first,
        amounts=first.amounts + tuple(p for f in others for p in f.amounts),
        intervals=first.intervals + tuple(iv for f in others for iv in f.intervals),
        why=f"{first.why}; told alike in {len(others)} more report(s): {'; '.join(told)}",
    )
