"""What the digits of two figures say about their being one: the same digits at another power of ten, two swapped.

Read by the evidence (`aifigures.check.evidence`) as weight beside the words two reports share.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from aifigures.check.context import CACHED

if TYPE_CHECKING:
    from decimal import Decimal

    from aifigures.check.facts import Fact

__all__ = ["DIGIT_WEIGHT", "digits", "digits_evidence", "told_alike_digits", "transposed"]


DIGIT_WEIGHT = 2.5
"""What each significant digit two figures share at another power of ten weighs ("213" and "213 Millionen")."""


_LEAST_STEP = 3


_PRECISE_DIGITS = 3
"""Digits shared at a power of ten below a thousand are evidence from three on ("12,4 Mrd." and "1,24 Mrd.")."""


def digits_evidence(a: Fact, b: Fact, *, keyed: bool = False) -> float:
    """The digits two figures share at a power of ten of a thousand or more: the rarer, the longer they are.

    At ten or a hundred times, three digits or more; two where the figures share a key already (`keyed`: one
    metric of one placed period, "1,8 Mrd." and "18 Mrd." of a deficit in the first half of 2025).
    """
    from aifigures.check.compare import same_digits  # noqa: PLC0415 - compare reads these links

    written = digits(a.amount.value), digits(b.amount.value)
    if written[0] != written[1]:
        # not the same digits (near at another power of ten, "rund 9,4 Mrd." and "10 Mio.", is none), unless two
        # of them swapped places at one magnitude ("89,3 Mrd." and "98,3 Mrd.": a transposition)
        return DIGIT_WEIGHT * len(written[0]) if transposed(a, b, written) else 0.0
    k = same_digits(a, b)
    if k is None or k == 0 or (abs(k) < _LEAST_STEP and len(written[0]) < _PRECISE_DIGITS - keyed):
        return 0.0
    return DIGIT_WEIGHT * len(written[0])


_ALIKE_DIGITS = 3


def transposed(a: Fact, b: Fact, written: tuple[tuple[int, ...], tuple[int, ...]]) -> bool:
    """Whether two figures of one currency and magnitude write the same three or more digits, two swapped.

    A zero at the end counts as written: "14,60 Euro" and "14,06 Euro", "120 Mio." and "102 Mio." swap two digits.
    """
    x, y = written
    if a.currency != b.currency or a.amount.value.adjusted() != b.amount.value.adjusted():
        return False
    x, y = x + (0,) * (len(y) - len(x)), y + (0,) * (len(x) - len(y))  # one magnitude: the digits line up
    if len(x) < _ALIKE_DIGITS:
        return False
    swapped = [i for i in range(len(x)) if x[i] != y[i]]
    return len(swapped) == 2 and (x[swapped[0]], x[swapped[1]]) == (y[swapped[1]], y[swapped[0]])


def told_alike_digits(a: Fact, b: Fact) -> float:
    """For figures of two periods: one value of three significant digits or more in both, as its digits weigh.

    "Im dritten Quartal ... 14,2 Mrd. Dollar" and "einen Jahresumsatz von 14,2 Mrd. Dollar": the quarter's
    figure given for the year tells the same digits; a round "2 Mrd." tells little. Two digits will do for one
    metric of one name ("Pelamo hat im dritten Quartal 3,1 Mrd. Euro umgesetzt" and "Im gesamten Geschäftsjahr
    setzte Pelamo 3,1 Mrd. Euro um").
    """
    if a.currency != b.currency or a.amount.value != b.amount.value:
        return digits_evidence(a, b)
    written = digits(a.amount.value)
    keyed = a.metric is not None and a.metric == b.metric and bool(a.names & b.names)
    return DIGIT_WEIGHT * len(written) if len(written) >= _ALIKE_DIGITS - keyed else 0.0


@functools.lru_cache(maxsize=CACHED)
def digits(v: Decimal) -> tuple[int, ...]:
    """The significant digits of a value ("2,13 Mrd." and "213": 2, 1, 3)."""
    return v.normalize().as_tuple().digits
