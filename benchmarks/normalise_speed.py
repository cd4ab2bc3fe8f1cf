"""Conversions per second and import time, beside currencyconverter's own ``convert`` in the same run.

Run: ``python benchmarks/normalise_speed.py``. Prints, per call (median of 5 timed loops):

* currencyconverter: building ``CurrencyConverter()`` once, and ``convert(100, "CNY", "EUR", date=...)``;
* aifigures: a bare spot and period-mean rate lookup; ``normalise`` of 1,000 distinct amounts (different
  values) that share currency, period words and article date with earlier ones, as an article's amounts
  do (the conversion plan is worked out once and cached; each further amount costs its multiplication
  and its result record); and ``convert``/``normalise`` with a new article date on every call, where
  the rate, the period and the notes are worked out each time;
* the time ``import aifigures`` adds to a bare interpreter start (median of 7 runs each).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from aifigures import RatePolicy, convert, default_rates, normalise, parse  # noqa: E402


def per_call(fn: Callable[[], object], n: int = 20_000) -> float:
    """Median microseconds per call over five loops of `n` calls (after a warm-up call)."""
    fn()
    times = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(n):
            fn()
        times.append((time.perf_counter() - start) / n)
    return statistics.median(times) * 1e6


def start_ms(code: str) -> float:
    """Median wall time in ms of a fresh interpreter running `code`."""
    times = []
    for _ in range(7):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": str(ROOT / "src")})  # noqa: S603
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e3


def main() -> None:
    """Print the figures."""
    on, h1 = date(2024, 8, 28), (date(2024, 1, 1), date(2024, 6, 30))
    rows: list[tuple[str, float]] = []
    try:
        from currency_converter import CurrencyConverter

        t = time.perf_counter()
        cc = CurrencyConverter()
        rows.append(("currencyconverter: CurrencyConverter() (once, ms)", (time.perf_counter() - t) * 1e3))
        rows.append(
            (
                "currencyconverter: convert(100, CNY, EUR, date) (us)",
                per_call(lambda: cc.convert(100, "CNY", "EUR", date=on)),
            )
        )
    except ImportError:
        print("currencyconverter not installed; skipped")
    rates = default_rates()
    t = time.perf_counter()
    rates.spot("CNY", "EUR", on)
    rows.append(("aifigures: first rate (reads the ECB file, ms)", (time.perf_counter() - t) * 1e3))
    rows.append(("aifigures: rates.spot(CNY, EUR, day) (us)", per_call(lambda: rates.spot("CNY", "EUR", on))))
    rows.append(("aifigures: rates.mean(CNY, EUR, H1 2024) (us)", per_call(lambda: rates.mean("CNY", "EUR", *h1))))
    stock = parse("4,6 Milliarden Yuan")
    flow = parse("23 Milliarden Yuan im ersten Halbjahr 2024")
    distinct = [replace(flow, value=flow.value + i) for i in range(500)]
    distinct += [replace(stock, value=stock.value + i) for i in range(500)]
    rows.extend(
        (
            f"aifigures: normalise, 1,000 distinct amounts, {policy.value} (us each)",
            per_call(lambda p=policy: [normalise(a, on=on, rate_policy=p) for a in distinct], 20) / 1000,
        )
        for policy in (RatePolicy.SPOT, RatePolicy.AUTO)
    )
    fresh = iter([date(2010, 1, 4) + timedelta(days=i) for i in range(5000)] * 50)
    rows.append(
        (
            "aifigures: convert(stock), a new date every call (us)",
            per_call(lambda: convert(stock, "EUR", on=next(fresh)), 4000),
        )
    )
    rows.append(
        (
            "aifigures: normalise(flow), a new date every call (us)",
            per_call(lambda: normalise(flow, on=next(fresh)), 4000),
        )
    )
    bare = start_ms("pass")
    rows.append(("interpreter start (ms)", bare))
    rows.append(("import aifigures adds (ms)", start_ms("import aifigures") - bare))
    rows.append(("import currency_converter adds (ms)", start_ms("import currency_converter") - bare))
    width = max(len(r[0]) for r in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value:10.2f}")


if __name__ == "__main__":
    main()
