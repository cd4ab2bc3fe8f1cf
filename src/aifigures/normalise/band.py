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
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from aifigures.errors import AifiguresError
from aifigures.normalise.dates import DateWindow
from aifigures.normalise.rates import IRREVOCABLE
from aifigures.years import years_outside

if TYPE_CHECKING:
    from collections.abc import Sequence

    from aifigures.normalise.rates import RateProvider, RateQuote

__all__ = ["DRIFT", "FIXED_DRIFT", "PossibleDays", "RateBand", "irrevocable", "possible_days", "rate_band"]

DRIFT = Decimal("0.015")
"""One day's CNY/USD move, 99th percentile (docs/checks.md)."""
FIXED_DRIFT = Decimal("0.005")
"""How far an irrevocable rate may be rounded in print ("1,95 Mark" for 1,95583 is 0.3 % off): it never moves."""
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


HISTORY_START = date(1999, 1, 4)
"""The first day of the euro's reference rates: with no date and no year, every day since may be meant."""


@dataclass(frozen=True, slots=True)
class PossibleDays:
    """The days an article may date from, and why those (for the message that shows the band)."""

    window: DateWindow
    basis: str
    drift: Decimal = Decimal(0)
    """How much wider than a day's drift the band is: for an article dated after the rates' end, what the rates may
    have moved since (`AFTER_END_DRIFT` a month)."""


AFTER_END_YEAR = 365
"""How many days of rates before their end stand for an article dated after it."""
AFTER_END_DRIFT = Decimal("0.05")
"""How far a rate may move in a month past the rates' end, beyond the last year's band (more than the euro's
dollar rate has in any month since 1999; a currency that falls fast, the lira or the rouble, may move more)."""
AFTER_END_MAX = Decimal("0.5")


def possible_days(
    dated: DateWindow | None, text: str, last: date, figures: Sequence[tuple[int, int]] = ()
) -> PossibleDays:
    """Its date where the article has one; else the years its text names; else every day of the rates' history.

    The digits of its money figures (`figures`: their spans, sorted) name no year ("eine Prämie von 2000 Euro").

    An article dated after the rates' last day (`last`) may be from any day of their last year, and the band is
    widened by what a rate may have moved since.

    >>> from datetime import date
    >>> str(possible_days(None, "Noch 2007 und 2008 lag der Gewinn ...", date(2025, 1, 31)).window)
    '2007-01-01..2008-12-31'
    >>> possible_days(None, "Kein Jahr.", date(2025, 1, 31)).basis
    'any day from 1999-01-04 to 2025-01-31 (the text names no date and no year)'
    """
    if dated is not None and dated.start > last:
        # a text of today against rates shipped months ago: the last year of them, widened by what may have moved since
        months = (dated.end - last).days // 30 + 1
        start = max(HISTORY_START, last - timedelta(days=AFTER_END_YEAR))
        basis = f"the last year of rates, {start.isoformat()} to {last.isoformat()} (the article date {dated} is later)"
        return PossibleDays(DateWindow(start, last), basis, min(AFTER_END_MAX, AFTER_END_DRIFT * months))
    if dated is not None:
        return PossibleDays(dated, "the article date")
    years = sorted({y for y in years_outside(text, figures) if HISTORY_START.year <= y <= last.year})
    if years:
        named = ", ".join(map(str, years))
        window = DateWindow(max(date(years[0], 1, 1), HISTORY_START), min(date(years[-1], 12, 31), last))
        return PossibleDays(window, f"the years the undated text names ({named})")
    return PossibleDays(
        DateWindow(HISTORY_START, last),
        f"any day from {HISTORY_START.isoformat()} to {last.isoformat()} (the text names no date and no year)",
    )


_ONE = RateBand(Decimal(1), Decimal(1), ())


def irrevocable(quotes: Sequence[RateQuote]) -> bool:
    """Whether rates are all fixed for all time (a currency the euro replaced against EUR, or against another)."""
    return bool(quotes) and all(part == IRREVOCABLE for q in quotes for part in q.source.split("+"))


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
    if irrevocable(found):
        drift = min(drift, FIXED_DRIFT)  # "240 Mio. Mark" is 122,71 Mio. Euro on every day, printed at 1,95
    return RateBand(lowest.rate * (1 - drift), highest.rate * (1 + drift), tuple(dict.fromkeys((lowest, highest))))
