"""Amounts to normalised amounts: the entry points `convert`, `normalise` and `normalise_text`.

`convert` changes the currency; `normalise` also puts flows on one period basis (per year by default).
Every result (`Normalised`) keeps the original amount, the rate used (value, date, source), the period
factor, the rate policy and any assumption made, and `str()` tells all of it in one line.

The arguments are checked, the article date and the period basis read, and the plans that make the
numbers made in `_plans` (compiled with mypyc where the build can, as the extraction's hot path), which
takes its arguments as objects and checks them itself, so that a wrong one gets the same clear error in
every build.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aifigures.errors import AifiguresError
from aifigures.normalise.plan import Normalised, RatePolicy, _normalise

if TYPE_CHECKING:
    from datetime import date

    from aifigures.amount import Amount, Period
    from aifigures.normalise.dates import DateWindow
    from aifigures.normalise.rates import RateProvider

__all__ = ["convert", "normalise", "normalise_text"]


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
    return _normalise(amount, to, None, on, rates, policy, "convert")


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
    return _normalise(amount, currency, per, on, rates, rate_policy, "normalise")


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
    from aifigures.extract.reader import extract  # noqa: PLC0415 - avoid an import cycle at module load

    out: list[tuple[Amount, Normalised | AifiguresError]] = []
    for a in extract(text):
        try:
            out.append((a, normalise(a, currency=currency, per=per, on=on, rates=rates, rate_policy=rate_policy)))
        except AifiguresError as e:
            out.append((a, e))
    return out
