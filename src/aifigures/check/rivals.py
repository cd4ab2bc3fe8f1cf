"""Rival figures: two sources give one quantity two figures in one sentence.

"Der Finanzminister beziffert das Volumen auf etwa 17 Milliarden Euro, der Generalsekretär spricht von
20 Milliarden Euro." Two clauses, each with a verb that gives a figure as someone's statement
(`attribution` in check.toml) and one figure, in a sentence with no other figure: the two figures are
told as one quantity, and must agree. Their metrics and periods must not say they differ.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from aifigures.check.facts import has_word, may_be_one, words

if TYPE_CHECKING:
    from aifigures.check.facts import Fact
    from aifigures.check.findings import Finding
    from aifigures.check.run import Run

__all__ = ["rival_figures"]

_WHY = "two sources' statements in one sentence, each giving one figure for it"
_RIVALS = 2


def rival_figures(facts: list[Fact], run: Run) -> list[Finding]:
    """Each pair of rival figures that disagree."""
    from aifigures.check.compare import compare  # noqa: PLC0415 - compare reads this module

    by_sentence: dict[tuple[str, tuple[int, int]], list[Fact]] = defaultdict(list)
    for f in facts:
        by_sentence[(f.article, f.sentence)].append(f)
    out: list[Finding] = []
    for members in by_sentence.values():
        if len(members) != _RIVALS:
            continue
        a, b = members
        if a.clause == b.clause or a.currency != b.currency or a.amount.period != b.amount.period:
            continue
        if not may_be_one(a, b) or a.attributive or b.attributive:
            continue
        text = run.text(a.article)
        if not (_attributed(text, a) and _attributed(text, b)):
            continue
        if (finding := compare(a, b, run, why=_WHY)) is not None:
            out.append(finding)
    return out


def _attributed(text: str, f: Fact) -> bool:
    """Whether the figure's clause, before it, gives it as a statement ("beziffert ... auf", "spricht von")."""
    return has_word(text[f.clause[0] : f.amount.span[0]], words().attribution)
