"""Slips of the scale word: the same digits at another power of ten, as written or once converted.

Where two figures that report one quantity are a power of ten apart with the same leading digits, the
finding is a slip (AF101), whatever else links them; `compare` weighs this first.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from aifigures.amount import Qualifier
from aifigures.check.findings import Finding, Kind, interval_text, place

if TYPE_CHECKING:
    from aifigures.check.facts import Fact
    from aifigures.check.run import Run
    from aifigures.normalise.rates import RateQuote

__all__ = [
    "converted_step",
    "digits_converted",
    "digits_of",
    "overlap",
    "same_digits",
    "scale_step",
    "slip_finding",
]

_SCALE_STEPS = (1, 2, 3, 4, 6)
"""The powers of ten of the usual slips: a decimal point moved, a scale word swapped."""


def overlap(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> bool:
    """Whether two intervals share more than a boundary ("5 Mrd." and "4 Mrd." only touch at 4,5 Mrd.).

    A point (a reference figure, a degenerate interval) overlaps an interval that contains it.
    """
    if a[0] > b[1] or b[0] > a[1]:
        return False
    touching = a[1] == b[0] or b[1] == a[0]
    return not touching or a[0] == a[1] or b[0] == b[1]


def scale_step(  # noqa: PLR0913 - two figures: their intervals, values, and whether each is exact
    b: tuple[Decimal, Decimal],
    a_val: Decimal,
    b_val: Decimal,
    a_round: tuple[Decimal, Decimal],
    *,
    a_exact: bool = False,
    b_exact: bool = False,
) -> int | None:
    """The power of ten k of the usual slips when a / 10^k meets b's rounding interval, else None.

    An exact figure's own value must lie in the other's interval at that power: "eine Milliarde" (0,5 to
    1,5 Mrd.) holds 70 Millionen tenfold, but 70 Millionen does not hold a hundred; their digits differ.
    """
    if a_val <= 0 or b_val <= 0 or overlap(a_round, b):
        return None  # (figures that meet as written agree: a range of "1000 bis 100.000" meets itself tenfold too)
    # the power of ten between them is the difference of their exponents, give or take one
    d = a_val.adjusted() - b_val.adjusted()
    for k in (d, d - 1, d + 1):
        if abs(k) not in _SCALE_STEPS or not overlap((a_round[0].scaleb(-k), a_round[1].scaleb(-k)), b):
            continue
        held = not (a_exact and not b[0] <= a_val.scaleb(-k) <= b[1]) and not (
            b_exact and not a_round[0] <= b_val.scaleb(k) <= a_round[1]
        )
        # "14,8 Mrd." and "1.482,3 Mio.": the precise figure's digits open with the other's
        if held or _rounds_to(b_val.scaleb(k), a_val, a_round) or _rounds_to(a_val.scaleb(-k), b_val, b):
            return k
    return None


def _rounds_to(precise: Decimal, value: Decimal, rounding: tuple[Decimal, Decimal]) -> bool:
    """Whether `precise` falls in `value`'s rounding and its digits open with `value`'s ("14823" with "148")."""
    if precise == value or not rounding[0] <= precise <= rounding[1]:
        return False
    return _digits(precise).startswith(_digits(value))


def _digits(value: Decimal) -> str:
    """The significant digits of a value, without trailing zeros: 1.482,3 Mio. is "14823", 14,8 Mrd. "148"."""
    return "".join(str(d) for d in value.normalize().as_tuple().digits).rstrip("0") or "0"


def slip_finding(  # noqa: PLR0913 - the two figures, their intervals, the currency, the rates, the step, why
    a: Fact,
    b: Fact,
    intervals: tuple[tuple[Decimal, Decimal], tuple[Decimal, Decimal]],
    cur: str,
    rates: tuple[RateQuote, ...],
    *,
    k: int,
    why: str,
    converted: bool = False,
) -> Finding:
    """The finding of a slip of the scale word: the same digits as written, or a whole scale word once converted."""
    ia, ib = intervals
    times = f"{10 ** abs(k):,} times {'more' if k > 0 else 'less'}"
    if converted:
        told = (
            f"{a.amount.text!r} {interval_text(*ia, cur)} is about {times} than {b.amount.text!r} "
            f"{interval_text(*ib, cur)} once both are converted: a slip of the scale word"
        )
    else:
        told = (
            f"{a.amount.text!r} is {times} than {b.amount.text!r} with the same leading digits: "
            f"{interval_text(*ia, cur)} against {interval_text(*ib, cur)}, a slip of the scale word"
        )
    return Finding(Kind.SCALE_ERROR, told, (place(a), place(b)), (ia, ib), cur, rates, why=why)


_CONVERTED_STEPS = (3, 6, 9)
"""The powers of ten of a scale word's slip (Tausend, Millionen, Milliarden) looked for between two figures in
two currencies: their digits differ as written, so only a whole scale word, not a factor of ten, is told apart
from the spread of the rates."""


def digits_converted(a: Fact, b: Fact, run: Run) -> tuple[tuple[Decimal, Decimal], tuple[Decimal, Decimal]]:
    """The intervals of two figures' written digits in the run's currency.

    A bound ("bis zu 2 Mio.") hides no slip and makes none: any smaller figure would meet it once scaled.
    """
    ca, cb = run.common(a, *a.rounding), run.common(b, *b.rounding)
    if ca is None or cb is None:
        return (Decimal(0), Decimal(0)), (Decimal(0), Decimal(0))
    return (ca.low, ca.high), (cb.low, cb.high)


def converted_step(ia: tuple[Decimal, Decimal], ib: tuple[Decimal, Decimal]) -> int | None:
    """The power of ten k by which [ia] / 10^k meets [ib], for a slip of a whole scale word, else None."""
    if ia[1] <= 0 or ib[1] <= 0:
        return None
    for k in _CONVERTED_STEPS:
        for step in (k, -k):
            if overlap((ia[0].scaleb(-step), ia[1].scaleb(-step)), ib):
                return step
    return None


def same_digits(a: Fact, b: Fact) -> int | None:
    """The power of ten between two figures of one currency whose digits agree (within their qualifiers)."""
    if a.currency is not None and b.currency is not None and a.currency != b.currency:
        return None
    exact = a.amount.qualifier in _AS_WRITTEN, b.amount.qualifier in _AS_WRITTEN
    return scale_step(digits_of(b), a.amount.value, b.amount.value, digits_of(a), a_exact=exact[0], b_exact=exact[1])


_AS_WRITTEN = frozenset(
    {Qualifier.EXACT, Qualifier.AT_MOST, Qualifier.LESS_THAN, Qualifier.AT_LEAST, Qualifier.MORE_THAN}
)
"""Figures whose own value must meet the other's scaled: a bound's digits are its own ("bis zu zwei Millionen"
is no slip of "rund 175.000", which its rounding would hold tenfold)."""


def digits_of(f: Fact) -> tuple[Decimal, Decimal]:
    """What a figure's digits may stand for: its rounding, widened by an approximate qualifier ("gut 81")."""
    if f.low.is_finite() and f.high.is_finite():
        return min(f.low, f.rounding[0]), max(f.high, f.rounding[1])
    return f.rounding
