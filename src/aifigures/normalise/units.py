"""The period basis of flows as pint units: the factors between bases, a guard against mixing them, an export.

The default pint registry is no help here: its ``quarter`` is a mass and its ``year`` 365.25 days. This
registry defines only what money per period needs, with exact `Fraction` magnitudes:
``year``, ``half_year = year / 2``, ``quarter = year / 4``, ``month = year / 12``, and one dimension per
currency. `period_factor` converts a flow's basis by converting these units (normalisation uses it for
every period wording, and the check to put figures of two bases side by side); adding a stock (EUR) to a
flow (EUR / year) or comparing per-quarter with per-year figures without converting raises, which
`same_basis` turns into a plain answer. Built on first use (pint costs a few hundred ms to import).
"""

from __future__ import annotations

import functools
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from aifigures.amount import Period, PeriodKind

if TYPE_CHECKING:
    from aifigures.normalise.plan import Normalised

__all__ = ["period_factor", "quantity", "registry", "same_basis"]

_UNIT_OF: dict[PeriodKind, str] = {
    PeriodKind.YEAR: "year",
    PeriodKind.HALF_YEAR: "half_year",
    PeriodKind.QUARTER: "quarter",
    PeriodKind.MONTH: "month",
    PeriodKind.WEEK: "week",
    PeriodKind.DAY: "day",
    PeriodKind.SEASON: "season",
}
_PERIOD_UNITS = (
    "year = [period]",
    "half_year = year / 2",
    "quarter = year / 4",
    "month = year / 12",
    "day = year / 365",  # pay and costs per day or week are counted over a 365-day year
    "week = 7 * day",
    "season = year",  # a season of a sports contract: one per year
)


@functools.cache
def registry() -> Any:  # noqa: ANN401 - pint.UnitRegistry, untyped
    """The project's pint registry (periods only; currencies are added as they are met)."""
    import pint  # noqa: PLC0415 - costly import, only when pint is used

    reg: Any = pint.UnitRegistry(None, non_int_type=Fraction)
    for definition in _PERIOD_UNITS:
        reg.define(definition)
    return reg


def _unit(currency: str, per: str | None) -> Any:  # noqa: ANN401 - pint.Unit
    reg = registry()
    if currency not in reg:
        reg.define(f"{currency} = [currency_{currency}]")
    return reg.Unit(currency if per is None else f"{currency} / {per}")


def quantity(n: Normalised) -> Any:  # noqa: ANN401 - pint.Quantity
    """A normalised value as a Quantity: ``EUR`` for a stock, ``EUR / year`` for a flow per year.

    >>> from aifigures import normalise, parse
    >>> q = normalise(parse("4 Mio. Euro im Quartal"), per="year").to_pint()
    >>> str(q.units), q.magnitude
    ('EUR / year', Fraction(16000000, 1))
    """
    per = _per_unit(n)
    return registry().Quantity(Fraction(n.value), _unit(n.currency, per))


def _per_unit(n: Normalised) -> str | None:
    if n.per is None or n.amount.period is None:
        return None
    code = str(n.per)
    return code if code in {"year", "half_year", "quarter", "month"} else None


def same_basis(a: Normalised, b: Normalised) -> bool:
    """Whether two normalised values stand on one basis (same currency; both stocks or both per one period).

    pint decides: a stock never converts to a flow, nor one currency to another.

    Totals over several years or over N days have no unit and are never on a common basis.

    >>> from aifigures import normalise, parse
    >>> y = normalise(parse("8 Mio. Euro im Jahr"))
    >>> same_basis(y, normalise(parse("2 Mio. Euro im Quartal")))
    True
    >>> same_basis(y, normalise(parse("8 Mio. Euro")))
    False
    >>> same_basis(y, normalise(parse("2 Mio. Euro im Quartal"), per=None))
    False
    """
    import pint  # noqa: PLC0415 - see registry()

    for n in (a, b):
        if n.amount.period is not None and _per_unit(n) is None:
            return False
    qa, qb = quantity(a), quantity(b)
    try:
        qa.to(qb.units)
    except pint.DimensionalityError:
        return False
    return bool(qa.units == qb.units)


def span(period: Period) -> Any | None:  # noqa: ANN401 - pint.Quantity
    """How long a stated period is, as a pint Quantity (``1 quarter``, ``9 month``, ``3 year``), or None.

    Counts of days and totals over "several years" have no fixed length in the calendar of flows.
    """
    reg = registry()
    if period.kind in _UNIT_OF:
        return reg.Quantity(Fraction(1), _UNIT_OF[period.kind])
    if period.kind is PeriodKind.N_MONTHS and period.count:
        return reg.Quantity(Fraction(period.count), "month")
    if period.kind is PeriodKind.TOTAL_YEARS and period.count:
        return reg.Quantity(Fraction(period.count), "year")
    return None


def period_factor(period: Period | None, per: Period | None) -> Fraction | None:
    """The exact factor that turns an amount per `period` into one per `per` (None: not convertible).

    pint converts the two spans: per quarter to per year is (1 year) / (1 quarter) = 4. A total over N
    years is spread evenly over them. Stocks (no period), totals over "several years" and counts of days
    are not converted.

    >>> period_factor(Period(PeriodKind.HALF_YEAR), Period(PeriodKind.YEAR))
    Fraction(2, 1)
    >>> period_factor(Period(PeriodKind.TOTAL_YEARS, 3), Period(PeriodKind.YEAR))
    Fraction(1, 3)
    >>> period_factor(Period.from_code("nine_months"), Period(PeriodKind.YEAR))
    Fraction(4, 3)
    """
    if period is None or per is None:
        return None
    if period == per:
        return Fraction(1)
    have, want = span(period), span(per)
    if have is None or want is None:
        return None
    return Fraction((want / have).to("dimensionless").magnitude)
