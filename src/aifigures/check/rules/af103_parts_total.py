"""The parts of a total in one article exceed it.

A total names several subjects in its sentence ("Die Investitionen von Keltron und Aldona ..."); its parts
are earlier figures of the same metric, period and modality, each about some of those subjects. "jeweils"
counts once per name it stands for. The parts' lowest sum must not exceed the total's highest value.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING

from aifigures.check.compare import comparable_facts
from aifigures.check.findings import Finding, Kind, Severity, interval_text, place
from aifigures.check.rule import Rule

if TYPE_CHECKING:
    from collections.abc import Iterator

    from aifigures.check.facts import Fact
    from aifigures.check.run import Converted, Run


def find(run: Run) -> Iterator[Finding]:
    """Each total whose listed parts add up to more than it."""
    by_article: dict[str, list[Fact]] = defaultdict(list)
    for f in comparable_facts(run):
        by_article[f.article].append(f)
    for members in by_article.values():
        for total in members:
            if total.metric is None or len(total.sentence_names) < 2:
                continue
            parts = _parts(total, members)
            if len(parts) < 2:
                continue
            ct = run.common(total, total.low, total.high)
            sums = [run.common(p, p.low * p.multiplicity, p.high * p.multiplicity) for p in parts]
            known = [s for s in sums if s is not None]
            if ct is None or len(known) < len(sums):
                continue
            finding = _exceeds(total, parts, ct, known, run.currency)
            if finding is not None:
                yield finding


def _parts(total: Fact, members: list[Fact]) -> list[Fact]:
    """The figures before the total that are about its subjects, each subject counted once."""
    covered: set[str] = set()
    chosen = []
    for p in members:
        if not (
            p.index < total.index
            and p.metric == total.metric
            and p.amount.period == total.amount.period
            and p.modality == total.modality
            and p.names
            and p.names <= total.sentence_names
            and p.sentence != total.sentence
        ):
            continue
        if p.names & covered:
            continue
        covered |= p.names
        chosen.append(p)
    return chosen


def _exceeds(total: Fact, parts: list[Fact], ct: Converted, sums: list[Converted], cur: str) -> Finding | None:
    lo = sum((s.low for s in sums), Decimal(0))
    hi = sum((s.high for s in sums), Decimal(0))
    if lo <= ct.high:
        return None
    return Finding(
        Kind.PARTS_TOTAL,
        f"the parts {' + '.join(_times(p) for p in parts)} = {interval_text(lo, hi, cur)} exceed the total "
        f"{total.amount.text!r} {interval_text(ct.low, ct.high, cur)}",
        tuple(place(p) for p in [*parts, total]),
        (*((s.low, s.high) for s in sums), (ct.low, ct.high)),
        cur,
        factors=tuple(f"x{p.multiplicity} (one figure for each of several)" for p in parts if p.multiplicity > 1),
    )


def _times(p: Fact) -> str:
    return p.amount.text + (f" x{p.multiplicity}" if p.multiplicity > 1 else "")


RULE = Rule("AF103", Kind.PARTS_TOTAL, Severity.ERROR, note=False, find=find, doc=__doc__ or "")
