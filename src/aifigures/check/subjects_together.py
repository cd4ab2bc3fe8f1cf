"""Figures of several subjects, one each, then their total in the next sentence, which names none of them.

"Der Bund gibt 3 Milliarden Euro, die Länder steuern 2,5 Milliarden Euro bei. Zusammen fließen damit 4,5
Milliarden Euro in die Schulen": the total may hold more than the figures before it, so only their sum above it is
flagged. Read by the rule on parts and totals (`aifigures.check.rules.af103_parts_total`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from aifigures.check.facts import may_be_one
from aifigures.check.part_sums import above, may_be_part

if TYPE_CHECKING:
    from collections.abc import Iterator

    from aifigures.check.facts import Fact
    from aifigures.check.findings import Finding
    from aifigures.check.run import Run

__all__ = ["subjects_then_together"]

_SEVERAL = 2


def subjects_then_together(run: Run, members: list[Fact]) -> Iterator[Finding]:
    """Totals told right after one figure of each of several subjects (`members`: one article's, in order).

    The total is the first figure of its sentence, marked as a total ("zusammen", "insgesamt") or a sum so far, and
    its sentence names no one; every figure of the sentence before names its own subject, none twice, each of one
    measure, period and modality with the total.
    """
    text = run.text(members[0].article) if members else ""
    for i, total in enumerate(members):
        if i == 0 or not (total.total or total.running) or total.sentence_names:
            continue
        last = members[i - 1].sentence
        if last == total.sentence or text[last[1] : total.sentence[0]].strip():
            continue  # not the first figure of its sentence, or the figures before are not in the sentence before it
        before = [f for f in members[:i] if f.sentence == last]
        if len(before) >= _SEVERAL and all(_one_subject_each(p, before, total) for p in before):
            why = f"one figure of each of {', '.join(sorted(n for p in before for n in p.names))}, then their total"
            finding = above(run, total, before, why=why)
            if finding is not None:
                yield finding


def _one_subject_each(part: Fact, parts: list[Fact], total: Fact) -> bool:
    """Whether a figure names a subject of its own that no other of `parts` names, and may be a part of `total`."""
    others = frozenset(n for p in parts if p is not part for n in p.names)
    return (
        bool(part.names)
        and not part.names & others
        and not part.total
        and may_be_part(part, total)
        and may_be_one(part, replace(total, running=False))  # a sum so far of its parts ("damit")
    )
