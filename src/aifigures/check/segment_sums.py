"""A company's figure, then the figures of its divisions or regions right after it: their sum must not exceed it.

"Arvola hat 2024 einen Umsatz von 21,4 Mrd. Euro erzielt. Die Sparte Automatisierung steuerte 8,1 Mrd. bei, die
Energietechnik 7,6 Mrd. und die Medizintechnik 5,9 Mrd.": 21,6 Mrd. of divisions above the 21,4 Mrd. of the whole.
The divisions may not be all of it ("Der Rest entfiel auf Dienstleistungen"), so only a sum above it is flagged.
Read by the rule on parts and totals (`aifigures.check.rules.af103_parts_total`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aifigures.check.part_sums import above, may_be_part
from aifigures.normalise.calendar import tells_year_before

if TYPE_CHECKING:
    from collections.abc import Iterator

    from aifigures.check.facts import Fact
    from aifigures.check.findings import Finding
    from aifigures.check.run import Run

__all__ = ["segments_above_whole"]

_SEVERAL = 2
_PARAGRAPH = "\n\n"
_NEXT_PARAGRAPH = 1
"""How many paragraph breaks may stand between the whole and its segments' figures: its own paragraph or the next
("... einen Umsatz von 24,6 Mrd. Euro erzielt." and, in a paragraph of their own, the divisions' figures)."""


def segments_above_whole(run: Run, members: list[Fact]) -> Iterator[Finding]:
    """Each whole figure (no segment, a metric) whose divisions or regions told right after it add up to more.

    `members`: one article's figures, in order. The parts follow the whole in its paragraph or the next, one after
    another, each naming a segment of its own, of the whole's period and currency, of its metric or none named; the
    figures of the whole's paragraph before them, and a division's figures of other metrics, are passed over.
    """
    text = run.text(members[0].article) if members else ""
    for i, whole in enumerate(members):
        if whole.segment is not None or whole.metric is None:
            continue
        parts: list[Fact] = []
        for f in members[i + 1 :]:
            if text.count(_PARAGRAPH, whole.amount.span[1], f.amount.span[0]) > _NEXT_PARAGRAPH:
                break
            if f.segment is None and not parts:
                continue  # the whole's paragraph goes on before its divisions ("nach 8,39 Mrd.", "Das Ebit ...")
            if f.segment is not None and f.metric is not None and f.metric != whole.metric:
                continue  # a division's other metric ("das Ergebnis auf 520 Mio.")
            if f.segment is None or not _part_of(f, whole) or any(p.segment == f.segment for p in parts):
                break
            parts.append(f)
        if len(parts) >= _SEVERAL:
            segments = ", ".join(p.segment or "" for p in parts)
            finding = above(run, whole, parts, why=f"the figures of its segments told right after it ({segments})")
            if finding is not None:
                yield finding


def _part_of(part: Fact, whole: Fact) -> bool:
    """Whether a segment's figure may be a part of the whole (`may_be_part`), of its metric or none named.

    Not of a whole told for the year before ("nach 6,1 Mrd. Euro ein Jahr zuvor") where the part is not, or back.
    """
    return (
        may_be_part(part, whole)
        and (part.metric is None or part.metric == whole.metric)
        and tells_year_before(part.amount) == tells_year_before(whole.amount)
    )
