"""The interval a figure stands for: the rounding of its written digits, widened or bounded by its qualifier.

"50 Milliarden" is ±0,5 Mrd., "4,2 Mrd." ±0,05 Mrd.; "bis zu" (−∞, x], "mindestens" [x, ∞), "etwa" ±5 % (±2 % for
three significant digits or more), "fast"/"knapp" [0,9·x, x], "gut" [x, 1,1·x]; a verb that bounds a figure ("50
Milliarden Yuan überstiegen") bounds it too.
"""

from __future__ import annotations

import re
from decimal import Decimal

from aifigures.amount import Amount, Qualifier
from aifigures.check.bounds import told_bound
from aifigures.check.vocabulary import Tolerances, check_words
from aifigures.extract.numbers import DIGITS

__all__ = ["INF", "interval_of", "one_sided", "rounding_half_unit", "significant_digits"]

INF = Decimal("Infinity")


def rounding_half_unit(amount: Amount) -> Decimal:
    """Half a unit of the last written digit, at the amount's scale ("4,2 Mrd." → 0,05 Mrd.).

    >>> from aifigures import parse
    >>> rounding_half_unit(parse("50 Milliarden Euro")), rounding_half_unit(parse("4,2 Mrd. Euro"))
    (Decimal('5E+8'), Decimal('5E+7'))
    """
    m = DIGITS.search(amount.text)
    decimals = 0
    if m is not None:
        num = m["num"]
        tail = re.search(r"[.,](\d+)$", num)
        grouped = re.fullmatch(r"\d{1,3}(?:[.'’ \u00a0\u202f]\d{3})+", num)
        if tail is not None and not grouped:
            decimals = len(tail.group(1))
    return Decimal(5).scaleb(amount.scale - decimals - 1)


def interval_of(amount: Amount, text: str = "", tolerances: Tolerances | None = None) -> tuple[Decimal, Decimal]:
    """The interval an amount stands for, from its digits and its qualifier (and the words that bound it: `told_bound`).

    `tolerances` (`aifigures.check.settings.Settings`) say what the qualifiers stand for; the defaults
    are data/de/check.toml's.

    >>> from aifigures import parse
    >>> interval_of(parse("bis zu 1,91 Mrd. Dollar"))
    (Decimal('-Infinity'), Decimal('1915000000'))
    >>> interval_of(parse("etwa 50 Milliarden Euro"))
    (Decimal('47500000000.00'), Decimal('52500000000.00'))
    """
    h = rounding_half_unit(amount)
    v = amount.value
    w = check_words()
    head = _head(amount)
    q = told_bound(amount, text)  # "übersteigt", "ab", a mark crossed: bounds extraction leaves exact
    if q is Qualifier.RANGE and amount.low is not None and amount.high is not None:
        return amount.low - h, amount.high + h
    t = tolerances or w.tolerances
    if q in _BOUNDS:  # a threshold: rounded by its last digit, but by at most `bound` of it
        hb = min(h, abs(v) * t.bound)
        return (-INF, v + hb) if q in {Qualifier.AT_MOST, Qualifier.LESS_THAN} else (v - hb, INF)
    if q is Qualifier.APPROX:
        # "knapp X" is below X, "gut X" above it: on the other side X is a threshold, rounded as a bound's is
        if head in w.just_under:  # below the figure: its rounding counts only as far as "knapp" leaves room
            h = min(h, abs(v) * (1 - t.just_under) / 2)
            return min(v * t.just_under, v - h), v + min(h, abs(v) * t.bound)
        if head in w.just_over:
            h = min(h, abs(v) * (t.just_over - 1) / 2)
            return v - min(h, abs(v) * t.bound), max(v * t.just_over, v + h)
        rel = t.approx_precise if significant_digits(v) >= t.precise_digits else t.approx
        tol = max(abs(v) * rel, h)
        return v - tol, v + tol
    return v - h, v + h


_BOUNDS = frozenset({Qualifier.AT_MOST, Qualifier.LESS_THAN, Qualifier.AT_LEAST, Qualifier.MORE_THAN})


def one_sided(amount: Amount) -> bool:
    """Whether an approximate figure is told as just below or just above its value ("knapp 2 Mrd.", "gut 500 Mio.")."""
    w, head = check_words(), _head(amount)
    return amount.qualifier is Qualifier.APPROX and (head in w.just_under or head in w.just_over)


def _head(amount: Amount) -> str:
    """The first word of an amount's text, in lower case ("knapp" of "knapp 2 Mrd. Euro")."""
    return amount.text.split(maxsplit=1)[0].lower() if amount.text.strip() else ""


def significant_digits(v: Decimal) -> int:
    """How many significant digits a value is written with ("4,25 Mrd." and "425": 3)."""
    return len(v.normalize().as_tuple().digits)
