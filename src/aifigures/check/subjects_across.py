"""Figures one report gives of several subjects, against their total that another report of the story gives.

"Der Bund stellt 2,2 Mrd. Euro bereit. Die Länder beteiligen sich mit weiteren 800 Mio. Euro." and, in another
report of the story, "Bund und Länder stellen zusammen 2,8 Mrd. Euro bereit": the total names the very subjects the
figures are of, one figure each, so they must add up to it (within their rounding). Two reports are of one story
where the evidence links a figure of each, or their titles and leads share a rare word
(`aifigures.check.evidence.story_pairs`). Read by the rule on parts and totals
(`aifigures.check.rules.af103_parts_total`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from aifigures.check.compare import comparable_by_article, old_figures
from aifigures.check.facts import may_be_one
from aifigures.check.names import name_in
from aifigures.check.part_sums import may_be_part, weighed

if TYPE_CHECKING:
    from collections.abc import Iterator

    from aifigures.check.facts import Fact
    from aifigures.check.findings import Finding
    from aifigures.check.run import Run

__all__ = ["subjects_across"]

_SEVERAL = 2


def subjects_across(run: Run) -> Iterator[Finding]:
    """Each total of several named subjects whose figures, one each, another report of its story gives otherwise."""
    from aifigures.check.evidence import story_pairs  # noqa: PLC0415 - evidence reads the rules' modules

    by_article = comparable_by_article(run)
    totals = {
        article: found
        for article, facts in by_article.items()
        if (found := [f for f in facts if f.group and (f.total or f.running) and len(f.names) >= _SEVERAL])
    }
    if not totals:
        return  # the common case: no article sums several named subjects up
    old = old_figures(run)
    for x, y in sorted(story_pairs(run)):
        for whole, told in ((x, y), (y, x)):
            if whole not in totals:
                continue
            facts = [f for f in by_article.get(told, ()) if id(f) not in old]
            for total in totals[whole]:
                subjects = _of_parts(total, facts)
                parts = None if len(subjects) < _SEVERAL else _one_each(total, subjects, facts)
                if parts is None:
                    continue
                names = ", ".join(sorted(subjects))
                why = f"another report of the story gives one figure of each of {names}, whose total this is"
                pieces = [(p.low * p.multiplicity, p.high * p.multiplicity) for p in parts]
                finding = weighed(run, total, parts, pieces, both_ways=True, why=why)
                if finding is not None:
                    yield finding


def _of_parts(total: Fact, facts: list[Fact]) -> frozenset[str]:
    """The names of a total that may each have a part: not the story's own, which the other report's title names.

    "Bund und Land geben für die Kelsbrücker Stadtbahn zusammen 2 Mrd." against a report titled "Milliarden für
    Kelsbrücks Stadtbahn": Kelsbrück is where, whose parts are the Bund's and the Land's.
    """
    titled = facts[0].title_words if facts else frozenset()
    return frozenset(n for n in total.names if not any(n == w or name_in(w, frozenset({n})) for w in titled))


def _one_each(total: Fact, subjects: frozenset[str], facts: list[Fact]) -> list[Fact] | None:
    """The one figure of each of `subjects` of `total` among `facts`, or None where a subject has none or several."""
    whole = replace(total, total=False, running=False, group=False)
    parts: list[Fact] = []
    for name in sorted(subjects):
        mine = [
            f
            for f in facts
            if name in f.names
            and not (f.names & subjects) - {name}
            and not (f.total or f.running or f.group or f.part)
            and may_be_part(f, total)
            and may_be_one(f, whole)
        ]
        if len(mine) != 1:
            return None
        parts.append(mine[0])
    return parts
