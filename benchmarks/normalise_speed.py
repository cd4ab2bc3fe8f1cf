"""Conversions per second and import time, beside currencyconverter's own ``convert`` in the same run.

Run: ``python benchmarks/normalise_speed.py [--compiled PYTHON]`` (``make bench`` passes the mypyc build's
interpreter where one is built). Prints, per call (median of 5 timed loops), for plain Python from
``src/`` and, with ``--compiled``, for the mypyc build that ``pip install`` makes where a C compiler is
found (installed for that interpreter, measured in a child process, with its own peer figures):

* currencyconverter: building ``CurrencyConverter()`` once, and ``convert(100, "CNY", "EUR", date=...)``;
* aifigures: a bare spot and period-mean rate lookup; ``normalise`` of 1,000 distinct amounts (different
  values) that share currency, period words and article date with earlier ones, as an article's amounts
  do (the conversion plan is worked out once and cached; each further amount costs its multiplication
  and its result record); and ``convert``/``normalise`` with a new article date on every call: a stock
  (spot rate of the day), a flow of a named past period (its mean rate: "im ersten Halbjahr 2024" in
  articles after it), the same flow in articles before it (spot rate, flagged ambiguous), and a flow
  of a period relative to the article date ("im vergangenen Jahr": placed and averaged each time);
* the time ``import aifigures`` adds to a bare interpreter start (median of 7 runs each).
"""

from __future__ import annotations

import gc
import json
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEASURE = "--measure" in sys.argv  # a child process timing the installed (compiled) build
if not MEASURE:
    sys.path.insert(0, str(ROOT / "src"))

import texts as corpus  # noqa: E402 - beside this script
from options import parse as parse_options  # noqa: E402 - beside this script

from aifigures import (  # noqa: E402
    AifiguresError,
    Amount,
    EcbRates,
    RatePolicy,
    convert,
    default_rates,
    extract,
    normalise,
    parse,
)


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
    """Median wall time in ms of a fresh interpreter running `code` (the sources, or the installed build)."""
    env = {} if MEASURE else {"PYTHONPATH": str(ROOT / "src")}
    times = []
    for _ in range(7):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)  # noqa: S603
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e3


def peer_rows(on: date) -> list[tuple[str, float]]:
    """Currencyconverter's figures: building its converter, and a call on one day and on a new day each time."""
    try:
        from currency_converter import CurrencyConverter
    except ImportError:
        print("currencyconverter not installed; skipped")
        return []
    t = time.perf_counter()
    cc = CurrencyConverter()
    rows = [("currencyconverter: CurrencyConverter() (once, ms)", (time.perf_counter() - t) * 1e3)]
    rows.append(
        ("currencyconverter: convert(100, CNY, EUR, date) (us)", per_call(lambda: cc.convert(100, "CNY", "EUR", on)))
    )
    # a new day on every call (days it has a rate for: without a fallback it raises on the others)
    ecb = default_rates()
    candidates = (date(2005, 4, 4) + timedelta(days=i) for i in range(11_000))
    days = iter([d for d in candidates if d <= ecb.data_end and ecb.spot("CNY", "EUR", d).used[1] == d])
    rows.append(
        (
            "currencyconverter: convert(100, CNY, EUR, date), a new date every call (us)",
            per_call(lambda: cc.convert(100, "CNY", "EUR", next(days)), 1000),
        )
    )
    return rows


def memory_rows(on: date) -> list[tuple[str, float]]:
    """Memory held (tracemalloc, MB): currencyconverter's converter; our rates after one and ten currencies.

    A currency's tables of ready Decimals are made on first use: spot rates to EUR need one, spot rates
    from EUR another, means the running sums (see `_Series` in src/aifigures/normalise/ecb.py).
    """
    rows = []
    tracemalloc.start()
    try:
        from currency_converter import CurrencyConverter

        cc = CurrencyConverter()
        rows.append(("currencyconverter: CurrencyConverter() holds (MB)", tracemalloc.get_traced_memory()[0] / 1e6))
        del cc
    except ImportError:
        pass
    gc.collect()
    base = tracemalloc.get_traced_memory()[0]
    rates = EcbRates()
    rates.spot("USD", "EUR", on)
    rows.append(
        ("aifigures: rates after the first currency hold (MB)", (tracemalloc.get_traced_memory()[0] - base) / 1e6)
    )
    codes = ("USD", "CNY", "JPY", "GBP", "CHF", "KRW", "INR", "TRY", "HKD", "PLN")
    for code in codes:
        rates.spot(code, "EUR", on)
    rows.append(
        ("aifigures: ten currencies, spot rates to EUR, hold (MB)", (tracemalloc.get_traced_memory()[0] - base) / 1e6)
    )
    start = on.replace(year=on.year - 1)
    for code in codes:  # every table a currency has: rates per EUR, per unit, running sums
        rates.spot("EUR", code, on)
        rates.mean(code, "EUR", start, on)
    rows.append(
        (
            "aifigures: ten currencies, spot both ways and means, hold (MB)",
            (tracemalloc.get_traced_memory()[0] - base) / 1e6,
        )
    )
    tracemalloc.stop()
    return rows


def corpus_row() -> float:
    """Microseconds per amount: every amount of the dev sentences and seed articles, each text dated anew.

    The amounts are extracted once, outside the timing. Each of twenty passes (after one to warm up) gives
    every text a day no earlier pass used (from January 2016 on, the years the sentences come from), so no
    plan of a date is reused across passes; an amount the data cannot convert (an amount with no currency,
    a currency the ECB does not publish) costs its error, as in `normalise_text`.
    """
    texts = corpus.dense()[1] + corpus.seeds()
    articles = [extract(t) for t in texts]
    count = sum(len(a) for a in articles)
    times = []
    errors: list[AifiguresError] = []  # kept, as normalise_text keeps them
    for k in range(21):
        days = [date(2016, 1, 4) + timedelta(days=k * len(articles) + i) for i in range(len(articles))]
        start = time.perf_counter()
        for amounts, day in zip(articles, days, strict=True):
            for a in amounts:
                try:
                    normalise(a, on=day)
                except AifiguresError as e:
                    errors.append(e)
        times.append((time.perf_counter() - start) / count)
    return statistics.median(times[1:]) * 1e6


def measure() -> list[tuple[str, float]]:
    """Every figure, measured in this process."""
    on, h1 = date(2024, 8, 28), (date(2024, 1, 1), date(2024, 6, 30))
    rows: list[tuple[str, float]] = []
    rates = default_rates()
    t = time.perf_counter()
    rates.spot("CNY", "EUR", on)
    first = ("aifigures: first rate (reads the ECB file, ms)", (time.perf_counter() - t) * 1e3)
    rows.extend(peer_rows(on))
    gc.collect()  # the peer's 30 MB of tables are gone: they would slow the garbage collector below
    rows.append(first)
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
    # a new article date on every call: each day is used once (no plan can be reused), 1,500 calls a loop
    n = 1500

    def fresh(start: date) -> Iterator[date]:  # made before timing: the loop only takes the next one
        return iter([start + timedelta(days=i) for i in range(5 * n + 1)])

    spot_days = fresh(date(2005, 4, 4))  # 5 x 1,500 + 1 days from the first CNY rate: to 2025
    rows.append(
        (
            "aifigures: convert(stock), spot, a new date every call (us)",
            per_call(lambda: convert(stock, "EUR", on=next(spot_days)), n),
        )
    )
    after = fresh(date(2024, 7, 1))  # every day after the half-year: its mean rate
    rows.append(
        (
            "aifigures: normalise(flow of a past period), mean, a new date every call (us)",
            per_call(lambda: normalise(flow, on=next(after)), n),
        )
    )
    before = fresh(date(1999, 1, 4))  # days before the half-year: spot rate, flagged ambiguous
    usd_flow = parse("5 Milliarden Dollar im ersten Halbjahr 2024")
    rows.append(
        (
            "aifigures: normalise(flow of a later period), spot, a new date every call (us)",
            per_call(lambda: normalise(usd_flow, on=next(before)), n),
        )
    )
    relative = parse("23 Milliarden Yuan im vergangenen Jahr")
    later = fresh(date(2006, 1, 2))  # the year before each day: placed and averaged anew
    rows.append(
        (
            "aifigures: normalise(flow 'im vergangenen Jahr'), mean, a new date every call (us)",
            per_call(lambda: normalise(relative, on=next(later)), n),
        )
    )
    # counted from each article's own day: placed (and averaged) anew on every call; 1,000 calls a loop
    for words, day_one in (
        ("in den nächsten drei Jahren", date(2006, 1, 2)),
        ("in den letzten zehn Jahren", date(2009, 1, 5)),
    ):
        counted = parse(f"23 Milliarden Dollar {words}")
        days = iter([day_one + timedelta(days=i) for i in range(5 * 1000 + 1)])

        def counted_call(a: Amount = counted, d: Iterator[date] = days) -> object:
            return normalise(a, on=next(d))

        rows.append((f"aifigures: normalise(flow '{words}'), a new date every call (us)", per_call(counted_call, 1000)))
    rows.append(("aifigures: normalise every amount of real text, a new date per text (us each)", corpus_row()))
    rows.extend(memory_rows(on))
    bare = start_ms("pass")
    rows.append(("interpreter start (ms)", bare))
    rows.append(("import aifigures adds (ms)", start_ms("import aifigures") - bare))
    rows.append(("import currency_converter adds (ms)", start_ms("import currency_converter") - bare))
    return rows


_PEER = "currencyconverter: convert(100, CNY, EUR, date), a new date every call (us)"


def main() -> None:
    """Print the figures: plain Python from src/, and with ``--compiled PYTHON`` the mypyc build beside them.

    For each per-amount row (us), the ratio to currencyconverter's `convert` on a new date, measured in
    the same process (the target: at most 2).
    """
    python = parse_options(__doc__, compiled=True).compiled
    if MEASURE:
        from aifigures.cli import build

        if build() != "compiled (mypyc)":
            sys.exit(f"--measure: aifigures runs as {build()} here, not compiled")
        print(json.dumps(measure()))
        return
    columns = {"plain": dict(measure())}
    if python:
        out = subprocess.run(  # noqa: S603 - our own script, run by the interpreter the caller named
            [python, str(Path(__file__).resolve()), "--measure"], check=True, capture_output=True, text=True
        )
        columns["mypyc"] = dict(json.loads(out.stdout))
    labels = list(columns["plain"])
    per_amount = [k for k in labels if k.startswith("aifigures: normalise") or "convert(stock)" in k]
    width = max(map(len, labels))
    print(f"{'':<{width}}" + "".join(f"{name:>10}{'x cc':>7}" for name in columns))
    for label in labels:
        cells = ""
        for figures in columns.values():
            value = figures[label]
            ratio = value / figures[_PEER] if label in per_amount else None
            cells += f"{value:10.2f}" + (f"{ratio:7.2f}" if ratio is not None else " " * 7)
        print(f"{label:<{width}}{cells}")


if __name__ == "__main__":
    main()
