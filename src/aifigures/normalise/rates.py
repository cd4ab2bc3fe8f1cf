"""What an exchange rate is: `RateQuote` (a rate and how it was obtained) and the `RateProvider` protocol.

Providers: `EcbRates` (`aifigures.normalise.ecb`, the embedded ECB reference rates, the default),
`FixedRates` (here: given rates, for tests and what-if checks) and the optional live provider
(`aifigures.normalise.live`, forex-python).
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple, Protocol, Self, runtime_checkable

from aifigures.errors import CurrencyError, RateNotAvailableError

if TYPE_CHECKING:
    from datetime import date

__all__ = ["IRREVOCABLE", "FixedRates", "RateKind", "RateProvider", "RateQuote", "iso_currency"]

IRREVOCABLE = "irrevocable"
"""The source of a rate fixed for all time (a currency the euro replaced, or one that joined it, against EUR):
no band of rates widens it by drift."""


class RateKind(enum.StrEnum):
    """Whether a rate is a single day's or the mean over a window."""

    SPOT = "spot"
    MEAN = "mean"


class _QuoteFields(NamedTuple):
    base: str
    quote: str
    rate: Decimal
    kind: RateKind
    asked: tuple[date, date]
    """The day (twice) or the window asked for."""
    used: tuple[date, date]
    """The first and last day whose rates were used."""
    observations: int
    source: str
    """"ECB", "irrevocable", "peg", "fixed" (`FixedRates`), or a live source's name; joined with "+" for a cross
    rate."""
    data_end: date | None = None
    """The last day the source has data for."""


class RateQuote(_QuoteFields):
    """One exchange rate: `rate` units of `quote` for one unit of `base`, and how it was obtained.

    A frozen value (a named tuple: the quotes of a conversion cost little to make).

    >>> from datetime import date
    >>> from aifigures import default_rates
    >>> q = default_rates().spot("EUR", "CNY", date(2025, 2, 27))
    >>> str(q)
    '1 EUR = 7.6127 CNY (ECB spot of 2025-02-27)'
    >>> q.used
    (datetime.date(2025, 2, 27), datetime.date(2025, 2, 27))
    """

    __slots__ = ()

    def __new__(  # noqa: PLR0913, PLR0917 - the fields of the quote
        cls,
        base: str,
        quote: str,
        rate: Decimal,
        kind: RateKind,
        asked: tuple[date, date],
        used: tuple[date, date],
        observations: int,
        source: str,
        data_end: date | None = None,
    ) -> Self:
        """A quote; rates are positive Decimals."""
        if not isinstance(rate, Decimal) or rate <= 0:
            raise ValueError(f"a rate must be a positive Decimal, got {rate!r}")
        return super().__new__(cls, base, quote, rate, kind, asked, used, observations, source, data_end)

    def __str__(self) -> str:
        """One line: the rate, its source and its date(s) in ISO form."""
        rate = _sig(self.rate)
        if self.kind is RateKind.SPOT:
            when = f"spot of {self.used[1].isoformat()}"
        else:
            when = f"mean of {self.observations} days {self.used[0].isoformat()}..{self.used[1].isoformat()}"
        return f"1 {self.base} = {rate} {self.quote} ({self.source} {when})"


def _sig(d: Decimal, digits: int = 5) -> str:
    """A rate rounded to `digits` significant digits, without exponent."""
    if d == 0:
        return "0"
    q = Decimal(1).scaleb(d.adjusted() - digits + 1)
    return format(d.quantize(q).normalize(), "f")


@runtime_checkable
class RateProvider(Protocol):
    """Where exchange rates come from. Both methods raise only `RateNotAvailableError`."""

    name: str

    def spot(self, base: str, quote: str, on: date) -> RateQuote:
        """The rate of one day (the last published on or before `on`)."""
        ...

    def mean(self, base: str, quote: str, start: date, end: date) -> RateQuote:
        """The mean rate over the days `start` to `end`, both included."""
        ...


class FixedRates:
    """A provider with given rates per EUR, the same on every day: for tests and what-if checks.

    >>> from datetime import date
    >>> r = FixedRates({"USD": Decimal("1.1"), "CNY": Decimal("7.7")})
    >>> r.spot("USD", "CNY", date(2024, 1, 1)).rate
    Decimal('7')
    """

    def __init__(self, per_eur: dict[str, Decimal], *, name: str = "fixed") -> None:
        """`per_eur` maps a currency code to its units per EUR."""
        self.name = name
        self._per_eur = {"EUR": Decimal(1), **per_eur}

    def _rate(self, base: str, quote: str, asked: str) -> Decimal:
        for code in (base, quote):
            if code not in self._per_eur:
                raise RateNotAvailableError(base, quote, asked, f"{self.name} has no {code} rate")
        return self._per_eur[quote] / self._per_eur[base]

    def spot(self, base: str, quote: str, on: date) -> RateQuote:
        """The fixed rate, as of `on`."""
        rate = self._rate(base, quote, on.isoformat())
        return RateQuote(base, quote, rate, RateKind.SPOT, (on, on), (on, on), 1, self.name)

    def mean(self, base: str, quote: str, start: date, end: date) -> RateQuote:
        """The fixed rate, over the window."""
        rate = self._rate(base, quote, f"{start}..{end}")
        days = (end - start).days + 1
        return RateQuote(base, quote, rate, RateKind.MEAN, (start, end), (start, end), days, self.name)


def iso_currency(code: str) -> str:
    """`code` as an ISO 4217 code in upper case ("usd" gives "USD"); `CurrencyError` when ISO 4217 has none.

    The codes are babel's (CLDR), which include the legacy currencies archives hold (DEM, ATS, FRF).

    >>> iso_currency(" chf ")
    'CHF'
    """
    from babel.numbers import list_currencies  # noqa: PLC0415 - read when a code is checked

    upper = code.strip().upper() if isinstance(code, str) else ""
    if upper not in list_currencies():
        raise CurrencyError(str(code), "is not a currency code of ISO 4217 (EUR, USD, CHF, ...)")
    return upper
