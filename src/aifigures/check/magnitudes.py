"""How far apart two figures may lie and still be one quantity told twice.

Outlets that disagree on one figure disagree by a few per cent, or by a slip of the scale word (the same digits at
another power of ten); figures twenty times apart are two quantities that share their words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aifigures.check.slips import same_digits

if TYPE_CHECKING:
    from decimal import Decimal

    from aifigures.check.facts import Fact

__all__ = ["converted_far_apart", "far_apart"]

_FAR_APART = 20
"""How many times one figure may be the other and still be a plausible report of one quantity."""


def far_apart(a: Fact, b: Fact) -> bool:
    """Whether two figures of one currency and period lie too far apart to be one quantity told twice.

    Outlets that disagree on one figure disagree by a few per cent, or by a slip of the scale word (the same
    digits a thousand times apart, which the digits' evidence weighs); a player's yearly salary and the
    total of his contract share his name, not their size. Figures of two stated periods (a week's pay and a
    year's) may lie further apart: the period is compared then.
    """
    pa, pb = a.amount.period, b.amount.period
    if a.currency != b.currency or (pa is not None and pb is not None and pa != pb):
        return False
    va, vb = abs(a.amount.value), abs(b.amount.value)
    if not va or not vb:
        return False
    # a slip is the same digits at another power of ten, within their qualifiers ("knapp 0,09 Mrd.", "gut 84 Mrd.")
    return max(va, vb) > _FAR_APART * min(va, vb) and same_digits(a, b) is None


def converted_far_apart(ia: tuple[Decimal, Decimal], ib: tuple[Decimal, Decimal]) -> bool:
    """Whether two positive intervals, converted to one currency, lie more than `_FAR_APART` times apart."""
    return min(ia[0], ib[0]) > 0 and max(ia[0], ib[0]) > _FAR_APART * min(ia[1], ib[1])
