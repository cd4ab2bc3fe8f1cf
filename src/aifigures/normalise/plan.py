"""How amounts become normalised amounts: plans (rate times period factor) with their provenance.

A plan is what converting amounts of one currency, period wording and article date takes: the rate,
the period factor, where the period lies in time, the notes. `_normalise` makes or reuses the plan and
applies it to the amount's value, low and high.

Rate policy (`RatePolicy.AUTO`, the default): a flow over a resolved past period ("23 Mrd. Yuan im ersten
Halbjahr 2024") converts at the mean rate of that period; everything else (stocks, point figures, plans,
periods not over yet) at the spot rate of the article date.
"""

from __future__ import annotations

import functools
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Final, NamedTuple

from aifigures.amount import Amount, Code, Period, PeriodKind
from aifigures.errors import PeriodError, RateNotAvailableError
from aifigures.normalise.calendar import (
    DayRule,
    Interval,
    Relation,
    _place,
    _Shape,
    _shape,
    day_rule,
    period_factor,
    relation,
    year_span,
)
from aifigures.normalise.dates import DateWindow, article_date
from aifigures.normalise.ecb import default_rates
from aifigures.normalise.rates import RateProvider

if TYPE_CHECKING:
    from aifigures.normalise.rates import RateQuote

__all__ = ["Normalised", "Provenance", "RatePolicy"]

_ONE: Final = Decimal(1)
_new: Final = tuple.__new__
"""Makes the named tuples of the hot path from fields known to be valid."""
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


_WANTS_MEAN: Final = {p: frozenset(r for r in Relation if p.wants_mean(r)) for p in RatePolicy}
"""`RatePolicy.wants_mean` as a table, for the hot path: the relations whose periods a policy averages."""
_FUTURE: Final = Relation.FUTURE


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
    def period(self) -> Period | None:
        """The period basis, as an `Amount` has it."""
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
        return f"{self.amount.text} = {_grouped(self.value)} {self.currency}{basis}{tail}"

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


def _grouped(d: Decimal) -> str:
    q = d.quantize(Decimal("0.01")) if abs(d) < 10**6 else d.quantize(Decimal(1))
    return f"{q:,f}"


def _pick_rate(  # noqa: PLR0913, PLR0917 - the pair, where it is, and how to convert it
    base: str,
    to: str,
    interval: Interval | None,
    on: DateWindow | None,
    rates: RateProvider,
    policy: RatePolicy,
    *,
    by_day: bool = False,
) -> RateQuote:
    """The rate of the rate policy: the period's mean (`RatePolicy.wants_mean`), else the article day's spot rate.

    Where the data have no mean for the period, the spot rate; where there is no article date either, the
    rate of the period's last day (a period that is not over yet has none).
    """
    if interval is not None:
        start, end, rel, _ = interval
        if rel in _WANTS_MEAN[policy]:
            try:
                if by_day:  # days counted from the article's: no other article shares them
                    return rates.mean(base, to, start, end)
                return _mean(rates, base, to, start, end)  # type: ignore[arg-type] # hashed by identity
            except RateNotAvailableError:
                if policy is RatePolicy.PERIOD_MEAN and on is None:
                    raise
    if on is None:
        if interval is not None and interval.relation is not _FUTURE:
            return rates.spot(base, to, interval.end)
        raise _NoDate(f"{base}/{to}")
    first, last = on
    return rates.spot(base, to, last if first == last else first)


def _normalise(  # noqa: PLR0913, PLR0917 - normalise's arguments, in order
    amount: object,
    currency: object,
    per: object,
    on: object,
    rates: RateProvider | None,
    policy: object,
    function: str,
) -> Normalised:
    """`normalise` (and `convert`, with `per` None), called as `function`.

    The arguments are taken as objects and checked here (compiled, the checks cost least, and a wrong
    argument gets our message, not the compiler's): a period basis or None, an article date.
    """
    if type(amount) is not Amount or type(currency) is not str or type(policy) is not RatePolicy:
        amount, currency, policy = _checked(function, amount, currency, policy)
    window = _new(DateWindow, (on, on)) if type(on) is date else article_date(on)
    target = _BASES[per] if type(per) is str and per in _BASES else _basis(per)  # a key, or _basis says why not
    source = amount.currency
    if source is None:
        raise RateNotAvailableError("?", currency, str(window), f"{amount.text!r} names no currency")
    if rates is None:
        rates = _DEFAULT_RATES[0] if _DEFAULT_RATES else _default_rates()
    elif rates is not _CHECKED_RATES[0]:  # a provider of the caller's, checked once
        if not isinstance(rates, RateProvider):
            raise TypeError(f"{function}() takes rates= a RateProvider (spot and mean), got {type(rates).__name__}")
        _CHECKED_RATES[0] = rates
    period = amount.period
    recipe = _STOCK if period is None else _recipe_for(period, amount.period_text, target)
    last = recipe.last  # an article's amounts come together: each recipe keeps its last plan
    if (
        last is not None
        and (last[2] is window or last[2] == window)
        and last[0] == source
        and last[1] == currency
        and last[3] is policy
        and last[4] is rates
    ):
        plan = last[5]
    else:
        try:
            if period is None:
                plan = _stock_plan(source, currency, window, policy, rates)
            else:
                plan = _flow_plan(source, currency, period, recipe, window, policy, rates)
        except _NoDate as e:
            raise PeriodError(f"no date to take a {e} rate for {amount.text!r}: pass the article date as on=") from None
        recipe.last = (source, currency, window, policy, rates, plan)
    k = plan.k
    low, high = amount.low, amount.high
    return _new(
        Normalised,
        (
            amount,
            amount.value * k,
            None if low is None else low * k,
            None if high is None else high * k,
            currency,
            plan,
            window,
        ),
    )


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


class _NoDate(Exception):  # noqa: N818 - internal signal, turned into PeriodError with the amount's text
    pass


def _plan(  # noqa: PLR0913, PLR0917 - everything a conversion depends on but the value
    source: str,
    period: Period | None,
    period_text: str | None,
    window: DateWindow | None,
    currency: str,
    target: Period | None,
    policy: RatePolicy,
    rates: RateProvider,
) -> Provenance:
    """The rate, factor and notes for amounts that share currency, period words and article date.

    The full plan, with no shortcut: `_normalise` takes shortcuts for stocks and for periods placed by a
    year, and keeps each recipe's last plan; the tests check every shortcut against this.
    """
    recipe = _STOCK if period is None else _recipe(period, period_text, target)
    interval = None if period is None or recipe.shape is None else _place(period, recipe.shape, window)
    return _planned(source, currency, period, recipe, interval, window, policy, rates)


def _stock_plan(
    source: str, currency: str, window: DateWindow | None, policy: RatePolicy, rates: RateProvider
) -> Provenance:
    """The plan of an amount with no period: the spot rate of the article date."""
    if source == currency:  # nothing to convert
        return _SAME[policy]
    if window is None:
        return _planned(source, currency, None, _STOCK, None, window, policy, rates)
    first, last = window
    quote = rates.spot(source, currency, last if first == last else first)
    return _new(Provenance, (quote.rate, _STOCK.factor, None, quote, policy, None, ()))


def _flow_plan(  # noqa: PLR0913, PLR0917 - `_plan`'s arguments, the period's words already read
    source: str,
    currency: str,
    period: Period,
    recipe: _Recipe,
    window: DateWindow | None,
    policy: RatePolicy,
    rates: RateProvider,
) -> Provenance:
    shape = recipe.shape
    if shape is None or window is None:
        placed = None if shape is None else _place(period, shape, window)
        return _planned(source, currency, period, recipe, placed, window, policy, rates)
    # a period placed by the article's year alone ("im ersten Halbjahr 2024", "im vergangenen Jahr"):
    # its days are worked out once per year, its mean rate and notes once per relation to the article
    first, last = window
    year = last.year
    spans = recipe.spans
    span = spans[year] if year in spans else spans.setdefault(year, year_span(period, shape, year))
    if span is None:
        by_day = recipe.by_day
        if by_day is not None:  # counted from the article's day: placed anew for each date
            return _planned(source, currency, period, recipe, by_day.place(window), window, policy, rates, by_day=True)
        if source == currency:  # a rate with no particular days ("pro Jahr"): converted as of the article date
            return Provenance(recipe.ratio or _ONE, recipe.factor, recipe.basis, None, policy, None, recipe.notes)
        interval: Interval | None = None
        notes = recipe.notes
    else:
        rel = relation(span[0], span[1], window)
        key = (source, currency, year, rel, policy, rates)  # the year stands for its span (of this recipe)
        dated = recipe.dated.get(key)
        if dated is None:
            days = _new(Interval, (span[0], span[1], rel, span[2]))
            dated = recipe.dated[key] = _named_days(source, currency, period, recipe, days, policy, rates)
        if isinstance(dated, Provenance):
            return dated
        interval, notes = dated
    quote = rates.spot(source, currency, last if first == last else first)
    ratio = recipe.ratio
    k = quote.rate if ratio is None else quote.rate * ratio
    return _new(Provenance, (k, recipe.factor, recipe.basis, quote, policy, interval, notes))


def _planned(  # noqa: PLR0913, PLR0917 - `_plan`'s arguments, the period placed
    source: str,
    currency: str,
    period: Period | None,
    recipe: _Recipe,
    interval: Interval | None,
    window: DateWindow | None,
    policy: RatePolicy,
    rates: RateProvider,
    *,
    by_day: bool = False,
) -> Provenance:
    """The plan, worked out in full for a placed period: note what was assumed, pick the rate."""
    notes = recipe.notes
    if period is not None and interval is not None:
        _, _, rel, assumed = interval
        if (rel is _FUTURE and not recipe.total) or assumed:
            notes += _interval_notes(period, interval)
    if source == currency:
        return Provenance(recipe.ratio or _ONE, recipe.factor, recipe.basis, None, policy, interval, notes)
    quote = _pick_rate(source, currency, interval, window, rates, policy, by_day=by_day)
    ratio = recipe.ratio
    k = quote.rate if ratio is None else quote.rate * ratio
    return _new(Provenance, (k, recipe.factor, recipe.basis, quote, policy, interval, notes))


class _Recipe:
    """What converting amounts of one period wording to one basis takes: all but their date and currency."""

    def __init__(  # noqa: PLR0913, PLR0917 - the parts, worked out by `_recipe`
        self,
        period: Period | None,
        factor: Fraction,
        basis: Period | None,
        ratio: Decimal | None,
        notes: tuple[str, ...],
        shape: _Shape | None,
        by_day: DayRule | None,
    ) -> None:
        """A recipe with empty caches."""
        self.factor = factor
        self.basis = basis
        self.ratio = ratio
        """The factor as a Decimal; None where it is 1."""
        self.notes = notes
        self.shape = shape
        """What the period's words say, to place it in time (None: no period)."""
        self.by_day = by_day
        """How to place the period from the article's day ("in den nächsten drei Jahren"); None: not so."""
        self.total = period is not None and period.kind in _TOTALS
        """Whether the period is a total over years (one that lies ahead is a plan, not an ambiguity)."""
        self.spans: dict[int, tuple[date, date, bool] | None] = {}
        """The period's days (and whether the year was assumed) in an article of a year (see `year_span`)."""
        self.dated: dict[tuple[object, ...], Provenance | tuple[Interval, tuple[str, ...]]] = {}
        """For a period of named days: by currency, article year, relation to the article date, policy and provider."""
        self.last: tuple[str, str, DateWindow | None, RatePolicy, RateProvider, Provenance] | None = None
        """The last plan made with this recipe, after its currency, target currency, article date, policy, provider."""


_STOCK: Final = _Recipe(None, Fraction(1), None, None, (), None, None)
"""The recipe of amounts with no period: it keeps the last stock's plan."""
_SAME: Final = {p: Provenance(_ONE, _STOCK.factor, None, None, p, None, ()) for p in RatePolicy}
"""The plans of stocks already in the target currency."""


_BY_IDENTITY: Final[dict[tuple[int, str | None, int], tuple[Period, Period | None, _Recipe]]] = {}
"""Recipes by the identity of the period and target objects (they are kept in the value, so the ids stay
theirs): extraction makes one object per period, and the targets are normalise's own; a period's hash and
equality are Python code, an id's are not."""


def _recipe_for(period: Period, period_text: str | None, target: Period | None) -> _Recipe:
    """`_recipe`, found by identity first (and the last one found first of all)."""
    last = _LAST_FOUND[0]
    if last is not None and last[0] is period and last[1] is target and last[2] == period_text:
        return last[3]
    key = (id(period), period_text, id(target))
    known = _BY_IDENTITY.get(key)
    if known is not None and known[0] is period and known[1] is target:
        recipe = known[2]
    else:
        recipe = _recipe(period, period_text, target)
        if len(_BY_IDENTITY) >= _KEEP:
            _BY_IDENTITY.clear()
        _BY_IDENTITY[key] = (period, target, recipe)
    _LAST_FOUND[0] = (period, target, period_text, recipe)
    return recipe


_KEEP: Final = 4096
_BASES: Final = {
    "year": Period(PeriodKind.YEAR),
    "half_year": Period(PeriodKind.HALF_YEAR),
    "quarter": Period(PeriodKind.QUARTER),
    "month": Period(PeriodKind.MONTH),
}
"""The period bases `normalise` takes by name."""


def _basis(per: object) -> Period | None:
    if per is None or isinstance(per, Period):
        return per
    if not isinstance(per, str) or per not in _BASES:
        raise PeriodError(f"per={per!r} is not a period basis; use one of {sorted(_BASES)} or None")
    return _BASES[per]


_DEFAULT_RATES: Final[list[RateProvider]] = []
_CHECKED_RATES: Final[list[object]] = [None]
"""The last provider of a caller's found to be one (a protocol check costs a microsecond)."""


def _default_rates() -> RateProvider:
    """The shared embedded provider, kept here once asked for (a lookup fewer per amount)."""
    _DEFAULT_RATES.append(default_rates())
    return _DEFAULT_RATES[0]


_LAST_FOUND: Final[list[tuple[Period, Period | None, str | None, _Recipe] | None]] = [None]


@functools.lru_cache(maxsize=1024)
def _recipe(period: Period, period_text: str | None, target: Period | None) -> _Recipe:
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
    shape = _shape(period, (period_text or "").lower())
    return _Recipe(period, factor, basis, ratio, tuple(notes), shape, day_rule(period, shape))


def _named_days(  # noqa: PLR0913, PLR0917 - everything the plan depends on but the article's day
    source: str,
    currency: str,
    period: Period,
    recipe: _Recipe,
    interval: Interval,
    policy: RatePolicy,
    rates: RateProvider,
) -> Provenance | tuple[Interval, tuple[str, ...]]:
    """The shared plan where the period's mean rate converts it, else its interval and notes for a spot rate.

    The rule is `_pick_rate`'s (`RatePolicy.wants_mean`, and the spot rate where the data have no mean).
    """
    notes = recipe.notes + _interval_notes(period, interval)
    rel = interval.relation
    if source == currency:
        return Provenance(recipe.ratio or _ONE, recipe.factor, recipe.basis, None, policy, interval, notes)
    if rel in _WANTS_MEAN[policy]:
        try:
            quote = _mean(rates, source, currency, interval.start, interval.end)  # type: ignore[arg-type]
        except RateNotAvailableError:
            return interval, notes
        k = quote.rate if recipe.ratio is None else quote.rate * recipe.ratio
        return _new(Provenance, (k, recipe.factor, recipe.basis, quote, policy, interval, notes))
    return interval, notes


@functools.lru_cache(maxsize=1024)
def _interval_notes(period: Period, interval: Interval) -> tuple[str, ...]:
    notes: list[str] = []
    if interval.relation is Relation.FUTURE and period.kind not in _TOTALS:
        notes.append(f"ambiguous: the period {interval} lies after the article date")
    if interval.assumed_year:
        notes.append(f"year assumed from the article date: {interval.start.year}")
    return tuple(notes)


@functools.lru_cache(maxsize=1024)
def _mean(rates: RateProvider, base: str, to: str, start: date, end: date) -> RateQuote:
    """A period's mean rate: the same for every article after the period, so worked out once."""
    return rates.mean(base, to, start, end)
