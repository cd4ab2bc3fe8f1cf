"""How amounts become normalised amounts: plans (rate times period factor) with their provenance.

The provenance of a conversion is what converting amounts of one currency, period wording and article date
takes: the rate, the period factor, where the period lies in time, the notes. `normalise_amount` works it
out and applies it to the amount's value, low and high.

Rate policy (`RatePolicy.AUTO`, the default): a flow over a resolved past period ("23 Mrd. Yuan im ersten
Halbjahr 2024") converts at the mean rate of that period; everything else (stocks, point figures, plans,
periods not over yet) at the spot rate of the article date.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Final, NamedTuple

from aifigures.amount import Amount, Code, Period, PeriodKind
from aifigures.errors import PeriodError, RateNotAvailableError
from aifigures.formatting import grouped
from aifigures.normalise.calendar import Interval, Relation, Shape, place, shape_of
from aifigures.normalise.units import period_factor

if TYPE_CHECKING:
    from aifigures.normalise.dates import DateWindow
    from aifigures.normalise.rates import RateProvider, RateQuote

__all__ = ["BASES", "Normalised", "Provenance", "RatePolicy", "normalise_amount"]

_ONE: Final = Decimal(1)
_TOTALS: Final = frozenset({PeriodKind.TOTAL_YEARS, PeriodKind.TOTAL_MULTIPLE_YEARS})


class RatePolicy(Code):
    """Which rate converts an amount."""

    AUTO = "auto"
    """The period mean for a flow over a resolved past period, else the spot rate of the article date."""
    SPOT = "spot"
    """Always the spot rate of the article date."""
    PERIOD_MEAN = "period_mean"
    """The mean over the amount's resolved period wherever the data cover it, else the spot rate."""

    def wants_mean(self, relation: Relation) -> bool:
        """Whether a period placed so relative to the article date converts at its mean rate."""
        return self is RatePolicy.PERIOD_MEAN or (self is RatePolicy.AUTO and relation is Relation.PAST)


class Provenance(NamedTuple):
    """How amounts of one currency, period and article date are converted: the provenance they share.

    A frozen value (a named tuple), as are `Normalised` and the `RateQuote` inside.
    """

    k: Decimal
    """The multiplier applied to the value: the rate times the period factor."""
    factor: Fraction
    basis: Period | None
    quote: RateQuote | None
    policy: RatePolicy
    interval: Interval | None
    notes: tuple[str, ...]


class Normalised(NamedTuple):
    """An amount in a target currency and on a period basis, with its provenance.

    `value`, `low` and `high` are in `currency` per `per` (None: a stock, or a period that is not
    converted, see `notes`).
    """

    amount: Amount
    value: Decimal
    low: Decimal | None
    high: Decimal | None
    currency: str
    how: Provenance
    """How it was made: shared by every amount converted the same way (same currency, period, date)."""
    on: DateWindow | None = None

    @property
    def per(self) -> Period | None:
        """The period basis of the value (None for a stock)."""
        return self.how.basis

    @property
    def rate(self) -> RateQuote | None:
        """The rate used; None where no conversion was needed (same currency)."""
        return self.how.quote

    @property
    def factor(self) -> Fraction:
        """The period factor applied (1 where none)."""
        return self.how.factor

    @property
    def policy(self) -> RatePolicy:
        """The rate policy."""
        return self.how.policy

    @property
    def interval(self) -> Interval | None:
        """The amount's stated period placed in time, where it could be."""
        return self.how.interval

    @property
    def notes(self) -> tuple[str, ...]:
        """Assumptions and warnings ("spread evenly over 3 years", "ambiguous: ...")."""
        return self.how.notes

    def __str__(self) -> str:
        """One line: the original, the result, and how it was made (rate source and ISO dates)."""
        basis = f" per {self.per}" if self.per is not None and self.amount.period is not None else ""
        how = []
        if self.factor != 1:
            how.append(f"x{_fraction(self.factor)} to per {self.per}")
        if self.rate is not None:
            how.append(str(self.rate))
        how.extend(self.notes)
        tail = f" ({'; '.join(how)})" if how else ""
        return f"{self.amount.text} = {grouped(self.value)} {self.currency}{basis}{tail}"

    def to_dict(self) -> dict[str, object]:
        """The JSON form, with the provenance spelled out."""
        r = self.rate
        return {
            "amount": self.amount.to_dict(),
            "value": format(self.value, "f"),
            "low": None if self.low is None else format(self.low, "f"),
            "high": None if self.high is None else format(self.high, "f"),
            "currency": self.currency,
            "per": None if self.per is None else str(self.per),
            "factor": _fraction(self.factor),
            "policy": self.policy.value,
            "rate": None
            if r is None
            else {
                "base": r.base,
                "quote": r.quote,
                "rate": format(r.rate, "f"),
                "kind": r.kind.value,
                "from": r.used[0].isoformat(),
                "to": r.used[1].isoformat(),
                "observations": r.observations,
                "source": r.source,
            },
            "interval": None if self.interval is None else str(self.interval),
            "notes": list(self.notes),
        }

    def to_pint(self) -> object:
        """The value as a pint Quantity in the project's own registry (``EUR / year``, or ``EUR``)."""
        from aifigures.normalise.units import quantity  # noqa: PLC0415 - pint is imported only when asked for

        return quantity(self)


def _fraction(f: Fraction) -> str:
    return str(f.numerator) if f.denominator == 1 else f"{f.numerator}/{f.denominator}"


BASES: Final = {
    "year": Period(PeriodKind.YEAR),
    "half_year": Period(PeriodKind.HALF_YEAR),
    "quarter": Period(PeriodKind.QUARTER),
    "month": Period(PeriodKind.MONTH),
}
"""The period bases `normalise` takes by name."""


def normalise_amount(  # noqa: PLR0913, PLR0917 - the amount and everything its conversion depends on
    amount: Amount,
    currency: str,
    target: Period | None,
    window: DateWindow | None,
    rates: RateProvider,
    policy: RatePolicy,
) -> Normalised:
    """`amount` in `currency`, on the period basis `target` (None: its own), as of the article date `window`."""
    source = amount.currency
    if source is None:
        raise RateNotAvailableError("?", currency, str(window), f"{amount.text!r} names no currency")
    try:
        how = _provenance(source, currency, amount.period, amount.period_text, target, window, policy, rates)
    except _NoDate as e:
        raise PeriodError(f"no date to take a {e} rate for {amount.text!r}: pass the article date as on=") from None
    k = how.k
    low, high = amount.low, amount.high
    return Normalised(
        amount,
        amount.value * k,
        None if low is None else low * k,
        None if high is None else high * k,
        currency,
        how,
        window,
    )


class _NoDate(Exception):  # noqa: N818 - internal signal, turned into PeriodError with the amount's text
    pass


def _provenance(  # noqa: PLR0913, PLR0917 - everything a conversion depends on but the value
    source: str,
    currency: str,
    period: Period | None,
    period_text: str | None,
    target: Period | None,
    window: DateWindow | None,
    policy: RatePolicy,
    rates: RateProvider,
) -> Provenance:
    """The rate, factor and notes for amounts that share currency, period words and article date."""
    recipe = _STOCK if period is None else _recipe(period, period_text, target)
    interval = None if period is None or recipe.shape is None else place(period, recipe.shape, window)
    notes = recipe.notes
    ahead = interval is not None and interval.relation is Relation.FUTURE and not recipe.total
    if period is not None and interval is not None and (ahead or interval.assumed_year):
        notes += _interval_notes(period, interval)
    if source == currency:
        return Provenance(recipe.ratio or _ONE, recipe.factor, recipe.basis, None, policy, interval, notes)
    quote = _pick_rate(source, currency, interval, window, rates, policy)
    k = quote.rate if recipe.ratio is None else quote.rate * recipe.ratio
    return Provenance(k, recipe.factor, recipe.basis, quote, policy, interval, notes)


def _pick_rate(  # noqa: PLR0913, PLR0917 - the pair, where it is, and how to convert it
    base: str,
    to: str,
    interval: Interval | None,
    on: DateWindow | None,
    rates: RateProvider,
    policy: RatePolicy,
) -> RateQuote:
    """The rate of the rate policy: the period's mean (`RatePolicy.wants_mean`), else the article day's spot rate.

    Where the data have no mean for the period, the spot rate; where there is no article date either, the
    rate of the period's last day (a period that is not over yet has none).
    """
    if interval is not None and policy.wants_mean(interval.relation):
        try:
            return rates.mean(base, to, interval.start, interval.end)
        except RateNotAvailableError:
            if policy is RatePolicy.PERIOD_MEAN and on is None:
                raise
    if on is None:
        if interval is not None and interval.relation is not Relation.FUTURE:
            return rates.spot(base, to, interval.end)
        raise _NoDate(f"{base}/{to}")
    return rates.spot(base, to, on.end if on.exact else on.start)


@dataclass(frozen=True, slots=True)
class _Recipe:
    """What converting amounts of one period wording to one basis takes: all but their date and currency."""

    factor: Fraction
    basis: Period | None
    ratio: Decimal | None
    """The factor as a Decimal; None where it is 1."""
    notes: tuple[str, ...]
    shape: Shape | None
    """What the period's words say, to place it in time (None: no period)."""
    total: bool
    """Whether the period is a total over years (one that lies ahead is a plan, not an ambiguity)."""


_STOCK: Final = _Recipe(Fraction(1), None, None, (), None, total=False)
"""The recipe of amounts with no period."""


@functools.lru_cache(maxsize=1024)
def _recipe(period: Period, period_text: str | None, target: Period | None) -> _Recipe:
    """The recipe of a period wording: the one cache of normalisation (a pure function of the words)."""
    notes: list[str] = []
    factor = Fraction(1)
    basis: Period | None = period
    if target is not None:
        f = period_factor(period, target)
        if f is None:
            notes.append(f"not converted to per {target}: {period} has no fixed length")
        else:
            factor, basis = f, target
            if period.kind is PeriodKind.TOTAL_YEARS:
                notes.append(f"spread evenly over {period.count} years")
    ratio = None if factor == 1 else Decimal(factor.numerator) / Decimal(factor.denominator)
    shape = shape_of(period, (period_text or "").lower())
    return _Recipe(factor, basis, ratio, tuple(notes), shape, total=period.kind in _TOTALS)


def _interval_notes(period: Period, interval: Interval) -> tuple[str, ...]:
    notes: list[str] = []
    if interval.relation is Relation.FUTURE and period.kind not in _TOTALS:
        notes.append(f"ambiguous: the period {interval} lies after the article date")
    if interval.assumed_year:
        notes.append(f"year assumed from the article date: {interval.start.year}")
    return tuple(notes)
