"""Amounts to normalised amounts: the entry points `convert`, `normalise` and `normalise_text`.

`convert` changes the currency; `normalise` also puts flows on one period basis (per year by default).
Every result (`Normalised`) keeps the original amount, the rate used (value, date, source), the period
factor, the rate policy and any assumption made, and `str()` tells all of it in one line.

The arguments are checked and the article date and the period basis read here; `plan` works out the rate,
the period factor and the notes (the provenance), `calendar` places stated periods in time, `dates` reads
article dates, `rates`, `ecb` and `live` provide exchange rates, `band` the band of rates the check judges
stated conversions by, and `units` gives the period basis as pint units.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, Unpack

from aifigures.amount import Amount, Period
from aifigures.errors import AifiguresError, PeriodError
from aifigures.normalise.dates import article_date
from aifigures.normalise.ecb import default_rates
from aifigures.normalise.plan import BASES, Normalised, RatePolicy, normalise_amount
from aifigures.normalise.rates import RateProvider

if TYPE_CHECKING:
    from datetime import date

    from aifigures.normalise.dates import DateWindow

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
    return _checked("convert", amount, to, None, on, rates, policy)


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
    return _checked("normalise", amount, currency, per, on, rates, rate_policy)


class NormaliseOptions(TypedDict, total=False):
    """The options of `normalise`, which `normalise_text` passes on: each as `normalise` takes it."""

    currency: str
    per: str | Period | None
    on: str | date | DateWindow | None
    rates: RateProvider | None
    rate_policy: RatePolicy


def normalise_text(text: str, **options: Unpack[NormaliseOptions]) -> list[tuple[Amount, Normalised | AifiguresError]]:
    """Extract every amount of `text` and normalise each, with the options of `normalise`.

    An amount that cannot be normalised comes with the error that says why, so nothing is lost.

    >>> from decimal import Decimal
    >>> [(a.text, str(n.value.quantize(Decimal("1E+8")))) for a, n in normalise_text(
    ...     "Das entspricht etwa 50 Milliarden Euro.", on="2025-02-27")]
    [('etwa 50 Milliarden Euro', '5.00E+10')]
    """
    from aifigures.extract.reader import extract  # noqa: PLC0415 - normalisation alone does not load extraction

    out: list[tuple[Amount, Normalised | AifiguresError]] = []
    for a in extract(text):
        try:
            out.append((a, normalise(a, **options)))
        except AifiguresError as e:
            out.append((a, e))
    return out


def _checked(  # noqa: PLR0913, PLR0917 - the entry points' arguments, and which entry point
    function: str,
    amount: object,
    currency: object,
    per: object,
    on: object,
    rates: object,
    policy: object,
) -> Normalised:
    """The arguments checked, with a clear error naming `function` for a wrong one, then normalised."""
    if not isinstance(amount, Amount):
        raise TypeError(
            f"{function}() takes an Amount (from extract or parse), got {type(amount).__name__}: {amount!r}"
        )
    if not isinstance(currency, str):
        raise TypeError(f"{function}() takes the target currency as a str, got {type(currency).__name__}: {currency!r}")
    if rates is not None and not isinstance(rates, RateProvider):
        raise TypeError(f"{function}() takes rates= a RateProvider (spot and mean), got {type(rates).__name__}")
    if not isinstance(policy, RatePolicy):
        try:
            policy = RatePolicy(str(policy))  # its value, as a str
        except ValueError:
            names = sorted(p.value for p in RatePolicy)
            raise ValueError(f"{policy!r} is not a rate policy; use a RatePolicy or one of {names}") from None
    return normalise_amount(amount, currency, _basis(per), article_date(on), rates or default_rates(), policy)


def _basis(per: object) -> Period | None:
    if per is None or isinstance(per, Period):
        return per
    if not isinstance(per, str) or per not in BASES:
        raise PeriodError(f"per={per!r} is not a period basis; use one of {sorted(BASES)} or None")
    return BASES[per]
