"""A title's figure against the one figure of its metric its text tells.

"Hafenbetreiber investiert 300 Millionen" over "Seeport will in den kommenden fünf Jahren 200 Millionen Euro in
neue Terminals investieren": a title tells the text's figure in its own way (no period, no modality, rounded),
so where the text tells one value of the title figure's metric, in its currency and segment, the two must meet.
Not where the text tells several values of that metric (the title may sum them, or pick one), and not a change;
a figure the text compares another with ("nach 200 Mio. im Vorjahreszeitraum") is not one of them. Where the text
names no metric for it, the figure with the title's digits at another power of ten is the one it tells. A title's
figure of no metric tells the text's one figure of its years ("Schiene: 12 Milliarden für 2025"), else the one near
it in size ("Kerimov geht für 85 Millionen" over "für 58 Millionen Euro"). None where the text tells the title's
figure as written, whatever it names it: that is the one the title tells.
"""

from __future__ import annotations

import itertools
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
        for title in (f for f in members if f.headline and _weighable(f)):
            if _told_as_written(title, members):
                continue  # "Quellix hat 310 Millionen eingesammelt" over "... seit der Gründung 310 Millionen Euro"
            if title.metric is None:
                told = _of_its_years(title, members, run) or _near_in_size(title, members)
            else:
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


def _of_its_years(title: Fact, members: list[Fact], run: Run) -> list[Fact]:
    """The text's figures of the years a title's figure of no metric names, in its currency and scale.

    "Schiene: 12 Milliarden für 2025" over "Für die Generalsanierung stehen im kommenden Jahr 21 Milliarden Euro
    bereit" (in 2024), "Stromnetz: 320 Milliarden bis 2045" over "Bis 2045 sind Investitionen von 230 Milliarden
    Euro nötig": the one figure of those years is the one the title tells.
    """
    return [
        f
        for f in members
        if not f.headline
        and f.compared_with is None
        and f.currency == title.currency
        and f.amount.scale == title.amount.scale
        and (f.years & title.years or _placed_alike(f, title, run))
    ]


def _near_in_size(title: Fact, members: list[Fact]) -> list[Fact]:
    """The text's one figure a title's figure of no metric and no year tells: in its currency and scale, near in size.

    "Kerimov geht für 85 Millionen" over "verkauft Kerimov für 58 Millionen Euro ... ein Jahresgehalt von 15 Millionen
    Euro": the text's figures within a factor of two of the title's; none where two of them add up to it (the title
    tells their sum) or the title names a mark.
    """
    if title.attributive:
        return []  # a mark ("die 400-Millionen-Marke")
    points = [f for f in _alike(title, members) if _weighable(f)]
    if any(a.low + b.low <= title.high and title.low <= a.high + b.high for a, b in itertools.combinations(points, 2)):
        return []  # the sum of two ("Bund gibt 10 Milliarden für Schiene und Straße" over 6 and 4 Milliarden)
    return [
        f
        for f in points
        if f.compared_with is None
        and min(f.amount.value, title.amount.value) * _NEAR >= max(f.amount.value, title.amount.value) > 0
    ]


def _alike(title: Fact, members: list[Fact]) -> list[Fact]:
    """The text's figures in a title figure's currency and scale."""
    return [
        f for f in members if not f.headline and f.currency == title.currency and f.amount.scale == title.amount.scale
    ]


def _told_as_written(title: Fact, members: list[Fact]) -> bool:
    """Whether the text tells a title's figure as the title writes it, whatever it names it ("mehr als 400 Mio.")."""
    lo, hi = title.rounding
    return any(f.rounding[0] <= hi and lo <= f.rounding[1] for f in _alike(title, members))


_NEAR = 2
"""How far apart in size a title's figure and the text's figure it tells may lie."""


def _placed_alike(a: Fact, b: Fact, run: Run) -> bool:
    """Whether two figures' periods lie on the same days ("für 2025" and "im kommenden Jahr" in 2024)."""
    ia, ib = run.when(a), run.when(b)
    return ia is not None and ib is not None and (ia.start, ia.end) == (ib.start, ib.end)


def _weighable(f: Fact) -> bool:
    """A figure, not a change, a part or a total, told as a point (exact or approximate)."""
    return (
        not is_change(f)
        and f.currency is not None
        and not (f.part or f.total)
        and f.amount.qualifier in {Qualifier.EXACT, Qualifier.APPROX}
    )
