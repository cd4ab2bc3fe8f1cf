"""How numbers are written in output: every format of the project, in one place.

>>> from decimal import Decimal
>>> exact(Decimal("1.5E+9")), rounded(Decimal("1234.567")), rounded(Decimal("-Infinity"))
('1500000000', '1235', '-inf')
>>> short(Decimal("4.5E+9")), short(Decimal("Infinity")), grouped(Decimal("49916586756.3"))
('4.5 bn', '∞', '49,916,586,756')
"""

from __future__ import annotations

from decimal import Context, Decimal

__all__ = ["exact", "grouped", "rounded", "short"]

_SHORT_SCALES = ((12, "tn"), (9, "bn"), (6, "mn"))


def exact(d: Decimal, *, separator: str = "") -> str:
    """Every digit, never in exponent form (the JSON of an amount); `separator` groups the thousands.

    >>> exact(Decimal("4200000000"), separator="_")
    '4_200_000_000'
    """
    return format(d, ",f").replace(",", separator) if separator else format(d, "f")


def rounded(d: Decimal, *, separators: bool = False) -> str:
    """Whole units from a thousand up, ``inf`` and ``-inf`` for open bounds (the JSON of an interval).

    `separators` groups the thousands with commas (the text report).
    """
    if d.is_infinite():
        return "-inf" if d < 0 else "inf"
    spec = ",f" if separators else "f"
    return format(_quantize(d, Decimal(1)) if abs(d) >= 1000 else d, spec)


def short(d: Decimal) -> str:
    """Three decimals of a scale word (``4.5 bn``), for messages; ``∞`` for open bounds.

    Below one unit, four places: "38,5 Cent" is [0.3845, 0.3855], not [0.38, 0.39].

    >>> from decimal import Decimal
    >>> short(Decimal("4500000000")), short(Decimal("12.5")), short(Decimal("0.3845"))
    ('4.5 bn', '12.50', '0.3845')
    """
    if d.is_infinite():
        return "∞" if d > 0 else "-∞"
    a = abs(d)
    for exp, word in _SHORT_SCALES:
        if a >= Decimal(10) ** exp:
            scaled = _quantize(d / Decimal(10) ** exp, Decimal("0.001"))
            return f"{scaled.normalize(_wide(scaled)):f} {word}"
    if a and a < 1:  # cents and less ("38,5 Cent" is [0.3845, 0.3855]): four places, so a bound stays apart
        return f"{_quantize(d, Decimal('0.0001')):f}"
    return f"{_quantize(d, Decimal('0.01')):f}"


def grouped(d: Decimal) -> str:
    """Thousands grouped, whole units from a million up, else cents (a normalised value in one line)."""
    q = _quantize(d, Decimal("0.01")) if abs(d) < 10**6 else _quantize(d, Decimal(1))
    return f"{q:,f}"


def _wide(d: Decimal) -> Context:
    """A context with room for every digit of `d` and three more.

    The default context keeps 28 digits: quantize fails on a longer figure.
    """
    return Context(prec=max(28, d.adjusted() + 4))


def _quantize(d: Decimal, step: Decimal) -> Decimal:
    """`d` to the places of `step`, however many digits it has."""
    return d.quantize(step, context=_wide(d))
