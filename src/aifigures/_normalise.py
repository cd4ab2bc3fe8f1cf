"""Amounts to normalised amounts: the entry points `convert`, `normalise` and `normalise_text`.

`convert` changes the currency; `normalise` also puts flows on one period basis (per year by default).
Every result (`Normalised`) keeps the original amount, the rate used (value, date, source), the period
factor, the rate policy and any assumption made, and `str()` tells all of it in one line.

These functions check their arguments and read the article date; the plans that make the numbers, and
the rate policy, are in `_plans` (compiled with mypyc where the build can, as the extraction's hot path).
"""

from __future__ import annotations

import functools
from datetime import date
from typing import TYPE_CHECKING

from aifigures._amounts import Amount, Period, PeriodKind
from aifigures._dates import DateWindow, parse_date
from aifigures._errors import AifiguresError, PeriodError
from aifigures._plans import Normalised, RatePolicy, _normalise

if TYPE_CHECKING:
    from aifigures._quotes import RateProvider

__all__ = ["convert", "normalise", "normalise_text"]

_new = tuple.__new__  # a window of one day, made without `DateWindow`'s check (a day never runs backwards)

_BASES = {
    "year": Period(PeriodKind.YEAR),
    "half_year": Period(PeriodKind.HALF_YEAR),
    "quarter": Period(PeriodKind.QUARTER),
    "month": Period(PeriodKind.MONTH),
}


def convert(
    amount: Amount,
    to: str = "EUR",
    *,
    on: str | date | DateWindow | None = None,
    rates: RateProvider | None = None,
    policy: RatePolicy = RatePolicy.AUTO,
) -> Normalised:
    """`amount` in the currency `to`, its period unchanged.

    >>> from aifigures import parse
    >>> c = convert(parse("mindestens 380 Milliarden Renminbi"), "EUR", on="2025-02-27")
    >>> print(c)
    mindestens 380 Milliarden Renminbi = 49,916,586,756 EUR (1 CNY = 0.13136 EUR (ECB spot of 2025-02-27))
    """
    if type(amount) is not Amount or type(to) is not str or type(policy) is not RatePolicy:
        amount, to, policy = _checked("convert", amount, to, policy)
    window = _new(DateWindow, (on, on)) if type(on) is date else _window(on)
    return _normalise(amount, to, None, window, rates, policy)


def normalise(  # noqa: PLR0913 - the amount, the target basis and how to get there
    amount: Amount,
    *,
    currency: str = "EUR",
    per: str | Period | None = "year",
    on: str | date | DateWindow | None = None,
    rates: RateProvider | None = None,
    rate_policy: RatePolicy = RatePolicy.AUTO,
) -> Normalised:
    """`amount` in `currency` per `per` (stocks keep their value), with its provenance.

    `on` is the article date ("2024-08-28", a `date`, or a partial date such as "2024-08").
    Raises `RateNotAvailableError` when there is no rate, `PeriodError` when no date is known.

    >>> from decimal import Decimal
    >>> from aifigures import parse
    >>> n = normalise(parse("23 Milliarden Yuan im ersten Halbjahr 2024"), on="2024-08-28")
    >>> n.value.quantize(Decimal("1E+7")), n.per, n.factor
    (Decimal('5.90E+9'), Period(kind=<PeriodKind.YEAR: 'year'>, count=None), Fraction(2, 1))
    >>> print(n.rate)
    1 CNY = 0.12819 EUR (ECB mean of 126 days 2024-01-02..2024-06-28)
    """
    if type(amount) is not Amount or type(currency) is not str or type(rate_policy) is not RatePolicy:
        amount, currency, rate_policy = _checked("normalise", amount, currency, rate_policy)
    window = _new(DateWindow, (on, on)) if type(on) is date else _window(on)
    target = _BASES[per] if type(per) is str and per in _BASES else _basis(per)  # a key, or _basis says why not
    return _normalise(amount, currency, target, window, rates, rate_policy)


def _checked(function: str, amount: object, currency: object, policy: object) -> tuple[Amount, str, RatePolicy]:
    """The arguments that the fast path did not take as they are, checked: a clear error for a wrong one."""
    if not isinstance(amount, Amount):
        raise TypeError(
            f"{function}() takes an Amount (from extract or parse), got {type(amount).__name__}: {amount!r}"
        )
    if not isinstance(currency, str):
        raise TypeError(f"{function}() takes the target currency as a str, got {type(currency).__name__}: {currency!r}")
    if not isinstance(policy, RatePolicy):
        try:
            policy = RatePolicy(str(policy))  # its value, as a str
        except ValueError:
            names = sorted(p.value for p in RatePolicy)
            raise ValueError(f"{policy!r} is not a rate policy; use a RatePolicy or one of {names}") from None
    return amount, str(currency), policy


def _window(on: str | date | DateWindow | None) -> DateWindow | None:
    if on is None or isinstance(on, DateWindow):
        return on
    return _read_date(on) if type(on) is str else parse_date(on)


@functools.lru_cache(maxsize=256)
def _read_date(text: str) -> DateWindow:
    """An article date given as text, read once: an article's amounts come with the same date."""
    return parse_date(text)


def _basis(per: str | Period | None) -> Period | None:
    if per is None or isinstance(per, Period):
        return per
    if not isinstance(per, str) or per not in _BASES:
        raise PeriodError(f"per={per!r} is not a period basis; use one of {sorted(_BASES)} or None")
    return _BASES[per]


def normalise_text(  # noqa: PLR0913 - the text and the same options as normalise
    text: str,
    *,
    currency: str = "EUR",
    per: str | Period | None = "year",
    on: str | date | DateWindow | None = None,
    rates: RateProvider | None = None,
    rate_policy: RatePolicy = RatePolicy.AUTO,
) -> list[tuple[Amount, Normalised | AifiguresError]]:
    """Extract every amount of `text` and normalise each.

    An amount that cannot be normalised comes with the error that says why, so nothing is lost.

    >>> from decimal import Decimal
    >>> [(a.text, str(n.value.quantize(Decimal("1E+8")))) for a, n in normalise_text(
    ...     "Das entspricht etwa 50 Milliarden Euro.", on="2025-02-27")]
    [('etwa 50 Milliarden Euro', '5.00E+10')]
    """
    from aifigures._extract import extract  # noqa: PLC0415 - avoid an import cycle at module load

    out: list[tuple[Amount, Normalised | AifiguresError]] = []
    for a in extract(text):
        try:
            out.append((a, normalise(a, currency=currency, per=per, on=on, rates=rates, rate_policy=rate_policy)))
        except AifiguresError as e:
            out.append((a, e))
    return out
