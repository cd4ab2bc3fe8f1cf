"""The rate band: every rate a conversion may have used, for judging a stated or implied conversion.

A text that converts a figure ("380 Mrd. Yuan (etwa 50 Mrd. Euro)") used some rate of some day near its
date, from some source. The band is the lowest and the highest spot rate over every day the article may
date from (one day for an exact date, a month for "2024-03", a year for "2024"), each widened by a day's
drift (±1,5 %: the 99th percentile of a day's CNY and USD move, for outlets that use another source or
hour). This is the rate policy of the check; `normalise` and `convert` give one rate, the band gives all.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from aifigures.errors import AifiguresError

if TYPE_CHECKING:
    from aifigures.normalise.dates import DateWindow
    from aifigures.normalise.rates import RateProvider, RateQuote

__all__ = ["DRIFT", "RateBand", "rate_band"]

DRIFT = Decimal("0.015")
"""One day's CNY/USD move, 99th percentile (docs/checks.md)."""
_DAILY_UP_TO = 62
"""Windows up to this many days are read day by day; longer ones a week apart."""


@dataclass(frozen=True, slots=True)
class RateBand:
    """The lowest and highest rate base→quote over a window (widened by drift), and the quotes they came from."""

    low: Decimal
    high: Decimal
    quotes: tuple[RateQuote, ...]

    def apply(self, low: Decimal, high: Decimal) -> tuple[Decimal, Decimal]:
        """The interval [low, high] in the quote currency: every value any rate of the band gives."""
        ends = [low * self.low, low * self.high, high * self.low, high * self.high]
        finite = [e for e in ends if not e.is_nan()]
        return min(finite), max(finite)


_ONE = RateBand(Decimal(1), Decimal(1), ())


def rate_band(
    base: str, quote: str, window: DateWindow | None, rates: RateProvider, *, drift: Decimal = DRIFT
) -> RateBand | None:
    """The band of spot rates base→quote over `window`, or None when no day of it has a rate.

    >>> from decimal import Decimal
    >>> from aifigures import FixedRates, parse_date
    >>> b = rate_band("USD", "EUR", parse_date("2024-03"), FixedRates({"USD": Decimal(2)}))
    >>> b.low, b.high
    (Decimal('0.4925'), Decimal('0.5075'))
    """
    if base == quote:
        return _ONE
    if window is None:
        return None
    days = (window.end - window.start).days + 1
    step = 1 if days <= _DAILY_UP_TO else 7
    found: list[RateQuote] = []
    day = window.start
    while day <= window.end:
        with contextlib.suppress(AifiguresError, LookupError):
            found.append(rates.spot(base, quote, day))
        day += timedelta(days=step)
    if not found:
        return None
    lowest = min(found, key=lambda q: q.rate)
    highest = max(found, key=lambda q: q.rate)
    return RateBand(lowest.rate * (1 - drift), highest.rate * (1 + drift), tuple(dict.fromkeys((lowest, highest))))
