"""Which of the days an undated article may date from make one figure the conversion of another.

A text with no date may be from any day of the years it names, or of the rates' history
(`aifigures.normalise.band.possible_days`). A stated conversion, or the same digits given in two
currencies, may be right on some of those days and wrong on others: `right_days` says on which, and
what share of the possible days they are, for the note that tells the reader, or the flag where so few
days fit that the figure is most likely wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from aifigures.check.compare import overlap
from aifigures.normalise.band import rate_band
from aifigures.normalise.dates import DateWindow

if TYPE_CHECKING:
    from aifigures.check.facts import Fact
    from aifigures.check.run import Run

__all__ = ["RightDays", "right_days"]


@dataclass(frozen=True, slots=True)
class RightDays:
    """The spans of possible days whose rates make a figure the conversion of another."""

    spans: tuple[tuple[date, date], ...]
    share: Decimal
    """The share of the possible days (counted two weeks apart) that the spans hold, 0 to 1."""

    def __str__(self) -> str:
        """The first spans, ``1999-07-19..1999-07-19, 2002-07-01..2002-07-15 and 2 more spans``."""
        shown = ", ".join(f"{a.isoformat()}..{b.isoformat()}" for a, b in self.spans[:_SHOWN])
        more = len(self.spans) - _SHOWN
        return shown + (f" and {more} more spans" if more > 0 else "")


def right_days(run: Run, src: Fact, f: Fact) -> RightDays | None:
    """The days of `f`'s article whose rates turn `src` into `f`, where they are some of its days only.

    None where no day fits (a flag of the conversion rule) or one span holds them all, short gaps aside
    (nothing to say).
    """
    window = run.days(f.article).window
    right, fit, days = _right_on(run, src, f, window.start, window.end)
    whole = len(right) == 1 and right[0][0] - window.start < _STEP and window.end - right[0][1] < _STEP
    if not right or whole:
        return None
    return RightDays(tuple(right), Decimal(fit) / Decimal(days))


_SHOWN = 4

_STEP = timedelta(days=14)
"""Days two weeks apart: a note on which days fit needs no more, and the whole history is 700 lookups."""


def _right_on(run: Run, src: Fact, f: Fact, first: date, last: date) -> tuple[list[tuple[date, date]], int, int]:
    """The spans of days (two weeks apart) whose rate, with a day's drift, turns the source into the figure.

    With them, how many of the days looked at fit, and how many were looked at.
    """
    assert src.currency is not None  # noqa: S101 - checked by the caller
    assert f.currency is not None  # noqa: S101
    spans: list[tuple[date, date]] = []
    fit = days = 0
    day = first
    while day <= last:
        days += 1
        band = rate_band(src.currency, f.currency, DateWindow(day, day), run.rates, drift=run.settings.fx_drift)
        if band is not None and overlap(band.apply(*src.rounding), (f.low, f.high)):
            fit += 1
            if spans and (day - spans[-1][1]) <= 4 * _STEP:  # a short gap does not split a span
                spans[-1] = (spans[-1][0], day)
            else:
                spans.append((day, day))
        day += _STEP
    return spans, fit, days
