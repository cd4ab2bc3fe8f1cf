"""A title's figure against the one figure of its metric its text tells.

"Hafenbetreiber investiert 300 Millionen" over "Seeport will in den kommenden fünf Jahren 200 Millionen Euro in
neue Terminals investieren": a title tells the text's figure in its own way (no period, no modality, rounded),
so where the text tells one value of the title figure's metric, in its currency and segment, the two must meet.
Not where the text tells several values of that metric (the title may sum them, or pick one), and not a change;
a figure the text compares another with ("nach 200 Mio. im Vorjahreszeitraum") is not one of them. Where the text
names no metric for it, the figure with the title's digits at another power of ten is the one it tells.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from aifigures.amount import Qualifier
from aifigures.check.facts import is_change
from aifigures.check.metrics import holds
from aifigures.check.slips import same_digits

if TYPE_CHECKING:
    from aifigures.check.facts import Fact
    from aifigures.check.findings import Finding
    from aifigures.check.run import Run

__all__ = ["title_against_text"]

_WHY = "the title's figure and the only figure of its metric the text tells"


def title_against_text(facts: list[Fact], run: Run) -> list[Finding]:
    """The verdicts of each title figure against its text's one figure of the same metric (`compare`)."""
    from aifigures.check.compare import compare  # noqa: PLC0415 - compare reads this module

    by_article: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        by_article[f.article].append(f)
    out: list[Finding] = []
    for members in by_article.values():
        for title in (f for f in members if f.headline and f.metric is not None and _weighable(f)):
            told = [
                f
                for f in members
                if not f.headline
                and f.compared_with is None  # (not the year before's: "400 Mio., nach 200 Mio. im Vorjahr")
                and f.metric == title.metric
                and f.currency == title.currency
                and f.segment == title.segment
            ]
            told = told or _slipped(title, members)
            if len({(f.amount.value, f.amount.low, f.amount.high) for f in told}) != 1 or not _weighable(told[0]):
                continue
            finding = compare(title, told[0], run, why=_WHY)
            if finding is not None:
                out.append(finding)
    return out


def _slipped(title: Fact, members: list[Fact]) -> list[Fact]:
    """The text's figures with the title figure's digits at another power of ten, in its currency.

    Of no metric, or of one the title's broad metric holds. "Stadt investiert 40 Milliarden in Schulen" over
    "will ... 40 Millionen Euro in die Sanierung ihrer Schulen stecken": the digits tell which figure the title
    tells, where the text names no metric for it; "Stadt zahlt 4 Millionen für neue Brücke" over "investiert 4
    Milliarden Euro in eine neue Brücke": or names another way of telling it (what is paid for a thing is what is
    invested in it); not a narrower title's ("Sanierung kostet 450 Mio." over "Der Bund zahlt davon 45 Mio.").
    """
    return [
        f
        for f in members
        if not f.headline
        and (f.metric is None or (title.metric is not None and holds(title.metric, f.metric)))
        and f.currency == title.currency
        and same_digits(title, f)
    ]


def _weighable(f: Fact) -> bool:
    """A figure, not a change, a part or a total, told as a point (exact or approximate)."""
    return (
        not is_change(f)
        and f.currency is not None
        and not (f.part or f.total)
        and f.amount.qualifier in {Qualifier.EXACT, Qualifier.APPROX}
    )
