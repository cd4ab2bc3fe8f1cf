"""A figure whose scale word is missing: a company's loss of "437 Yen" beside its "5 Milliarden Franken".

In one article, a figure written without a scale word, below a thousand and with two significant digits or
more, of the same named metric
as a figure of a million times or more its size, that meets that figure once a scale word ("Millionen",
"Milliarden", "Billionen") is put after it, both in the run's currency at the rate band of the article's
days: the scale word was left out. A figure per unit ("je Aktie", "pro Kopf": `per_unit` in check.toml) is
left alone: a loss per share is rightly small.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING

from aifigures.check.compare import comparable_facts, overlap
from aifigures.check.facts import has_word, may_be_one, significant_digits, words
from aifigures.check.findings import Kind, between, interval_text

if TYPE_CHECKING:
    from collections.abc import Iterator

    from aifigures.check.facts import Fact
    from aifigures.check.findings import Finding
    from aifigures.check.run import Run

__all__ = ["missing_scale_words"]

_SMALL = Decimal(1_000)
"""A figure written below this, with no scale word, may have lost one."""
_DIGITS = 2
"""And with at least this many significant digits: one digit ("500 Euro") meets a large figure by chance."""
_STEPS = {6: "Millionen", 9: "Milliarden", 12: "Billionen"}
_WHY = "one article, one named metric: the small figure meets the large one once a scale word is put after it"


def missing_scale_words(run: Run) -> Iterator[Finding]:
    """Each small figure without a scale word that a scale word would make the large figure of its metric."""
    by_metric: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in comparable_facts(run):
        if f.metric is not None and not f.attributive and f.amount.value > 0:
            by_metric[(f.article, f.metric)].append(f)
    for members in by_metric.values():
        small = [f for f in members if _bare(f) and not _per_unit(run, f)]
        for s in small:
            for big in members:
                if big is s or big.amount.value < s.amount.value * 10**6 or not may_be_one(s, big):
                    continue
                finding = _missing(run, s, big)
                if finding is not None:
                    yield finding
                    break


def _bare(f: Fact) -> bool:
    """Whether a figure is written without a scale word, below a thousand, with two digits or more."""
    return not f.amount.scale and f.amount.value < _SMALL and significant_digits(f.amount.value) >= _DIGITS


def _per_unit(run: Run, f: Fact) -> bool:
    """Whether the figure's clause gives it per unit ("437 Yen je Aktie", "pro Kopf")."""
    return has_word(run.text(f.article)[f.clause[0] : f.clause[1]], words().per_unit)


def _missing(run: Run, small: Fact, big: Fact) -> Finding | None:
    """The finding when `small` with one of the scale words meets `big` in the run's currency."""
    cb = run.common(big, big.low, big.high)
    if cb is None:
        return None
    for k, word in _STEPS.items():
        scaled = run.common(small, small.rounding[0].scaleb(k), small.rounding[1].scaleb(k))
        if scaled is None or not overlap((scaled.low, scaled.high), (cb.low, cb.high)):
            continue
        cur = run.currency
        message = (
            f"{small.amount.text!r} is {small.amount.value} {small.currency}; with {word!r} after it, it is "
            f"{interval_text(scaled.low, scaled.high, cur)}, which meets {big.amount.text!r} "
            f"{interval_text(cb.low, cb.high, cur)}: its scale word is missing"
        )
        rates = tuple(dict.fromkeys(scaled.band.quotes + cb.band.quotes))
        intervals = ((scaled.low, scaled.high), (cb.low, cb.high))
        return between(Kind.SCALE_ERROR, message, (small, big), intervals, cur, rates=rates, why=_WHY)
    return None
