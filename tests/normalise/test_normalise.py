"""Normalisation: seed figures worked through, the rate policy, period bases, bad input, and laws."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from aifigures import (
    CurrencyError,
    FixedRates,
    Period,
    PeriodError,
    PeriodKind,
    RateNotAvailableError,
    RatePolicy,
    convert,
    default_rates,
    extract,
    normalise,
    normalise_text,
    parse,
    parse_date,
    period_factor,
    resolve,
)
from aifigures.normalise.calendar import _add_months, _years_from, _years_on, _years_up_to, a_year_before, relation
from aifigures.normalise.dates import DateWindow
from aifigures.normalise.units import same_basis

BN = Decimal("1E+9")
SEEDS = Path(__file__).parents[2] / "seeds"


def bn(d: Decimal, places: str = "0.01") -> Decimal:
    return (d / BN).quantize(Decimal(places))


# ---------------------------------------------------------------- the seed figures (docs/normalisation.md)


def test_seed_001_stated_conversion_agrees_with_the_ecb_rate() -> None:
    text = (SEEDS / "001_203f5e491bd07f3d.txt").read_text(encoding="utf-8")
    rmb = next(a for a in extract(text) if a.currency == "CNY")
    c = convert(rmb, "EUR", on="2025-02-27")
    assert bn(c.value, "0.1") == Decimal("49.9")
    assert c.rate is not None
    assert c.rate.used == (date(2025, 2, 27), date(2025, 2, 27))
    assert c.rate.source == "ECB"
    n = normalise(rmb, on="2025-02-27")
    assert bn(n.value, "0.1") == Decimal("16.6")
    assert n.factor == Fraction(1, 3)
    assert "spread evenly over 3 years" in n.notes
    assert str(n.per) == "year"


def test_seed_002_half_year_flow_uses_the_period_mean() -> None:
    a = parse("23 Milliarden Yuan im ersten Halbjahr 2024")
    n = normalise(a, on="2024-08-28")
    assert n.rate is not None
    assert round(1 / n.rate.rate, 4) == Decimal("7.8011")
    assert bn(n.value) == Decimal("5.90")
    spot = normalise(a, on="2024-08-28", rate_policy=RatePolicy.SPOT)
    assert bn(spot.value) == Decimal("5.80")
    assert spot.rate is not None
    assert spot.rate.used[1] == date(2024, 8, 28)


def test_str_names_source_and_iso_dates() -> None:
    n = normalise(parse("23 Milliarden Yuan im ersten Halbjahr 2024"), on="2024-08-28")
    line = str(n)
    assert "ECB mean of 126 days 2024-01-02..2024-06-28" in line
    assert "x2 to per year" in line
    assert line.startswith("23 Milliarden Yuan = 5,896,")


# ---------------------------------------------------------------- policy, bases, notes


def test_a_stock_keeps_its_value_whatever_per_says() -> None:
    a = parse("4,6 Milliarden Yuan")
    for per in ("year", "quarter", None):
        n = normalise(a, currency="CNY", per=per)
        assert (n.value, n.per, n.factor) == (a.value, None, Fraction(1))


def test_a_future_quarter_is_reported_ambiguous() -> None:
    n = normalise(parse("5 Mio. Euro im vierten Quartal"), on="2024-08-28")
    assert any(note.startswith("ambiguous") for note in n.notes)
    assert "year assumed from the article date: 2024" in n.notes


def test_totals_over_several_years_and_day_counts_are_not_annualised() -> None:
    n = normalise(parse("100 Mrd. Euro in den nächsten Jahren"))
    assert n.factor == 1
    assert n.notes == ("not converted to per year: total_over_multiple_years has no fixed length",)


def test_a_partial_article_date_still_converts() -> None:
    n = convert(parse("10 Mrd. Dollar"), "EUR", on="2024-03")
    assert n.rate is not None
    assert n.rate.used[1] == date(2024, 3, 1)


def test_a_rate_policy_may_be_given_by_its_value() -> None:
    amount = parse("23 Milliarden Yuan im ersten Halbjahr 2024")
    by_value = normalise(amount, on="2024-08-28", rate_policy="spot")  # type: ignore[arg-type]
    assert by_value == normalise(amount, on="2024-08-28", rate_policy=RatePolicy.SPOT)
    assert by_value.policy is RatePolicy.SPOT


def test_ranges_and_bounds_convert_too() -> None:
    n = convert(parse("zwischen 1 und 2 Mrd. Dollar"), "EUR", on="2024-06-28")
    assert n.low is not None
    assert n.high is not None
    assert n.low < n.value < n.high


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: convert(parse("5 Mio. Euro"), "XX", on="2024-01-05"),
            CurrencyError,
            "'XX' is not an ISO 4217",
        ),
        (lambda: convert(parse("5 Mio. Rubel"), "EUR", on="2024-01-05"), RateNotAvailableError, "RUB series"),
        (lambda: convert(parse("5 Mio. Euro"), "TWD", on="2024-01-05"), RateNotAvailableError, "no TWD rate"),
        (lambda: convert(parse("5 Mio. Dollar"), "EUR"), PeriodError, "pass the article date as on="),
        (lambda: normalise(parse("5 Mio. Euro"), per="decade"), PeriodError, "per='decade' is not a period"),
        (lambda: parse_date("im Sommer"), PeriodError, "'im Sommer' is not a date"),
        (lambda: parse_date(20240828), TypeError, "an article date is a str, date or DateWindow, got int: 20240828"),  # type: ignore[arg-type]
        (lambda: normalise("5 Mio. Euro"), TypeError, r"normalise\(\) takes an Amount .*, got str: '5 Mio. Euro'"),  # type: ignore[arg-type]
        (lambda: convert(parse("5 Mio. Euro"), None), TypeError, r"convert\(\) takes the target currency as a str"),  # type: ignore[arg-type]
        (lambda: normalise(parse("5 Mio. Euro"), on=2024), TypeError, "got int: 2024"),  # type: ignore[arg-type]
        (lambda: normalise(parse("5 Mio. Euro"), per=["year"]), PeriodError, "is not a period basis"),  # type: ignore[arg-type]
        (lambda: normalise(parse("5 Mio. Euro"), rate_policy="best"), ValueError, "'best' is not a rate policy"),  # type: ignore[arg-type]
        (lambda: convert(parse("5 Mio. Dollar"), on="2024-01-05", rates=5), TypeError, "takes rates= a RateProvider"),  # type: ignore[arg-type]
    ],
)
def test_bad_input_gives_a_clear_error(call: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        call()  # type: ignore[operator]


def test_normalise_text_keeps_every_amount() -> None:
    out = normalise_text("Gazprom: 45 Mio. Rubel und 5 Mio. Euro.", on="2024-01-05")
    assert [a.text for a, _ in out] == ["45 Mio. Rubel", "5 Mio. Euro"]
    assert isinstance(out[0][1], RateNotAvailableError)
    assert not isinstance(out[1][1], Exception)


def test_pint_export_and_guard() -> None:
    year = normalise(parse("8 Mio. Euro pro Jahr"))
    quarter = normalise(parse("2 Mio. Euro im Quartal"))
    assert str(year.to_pint().units) == "EUR / year"  # type: ignore[attr-defined]
    assert same_basis(year, quarter)
    assert not same_basis(year, normalise(parse("8 Mio. Euro")))
    assert not same_basis(year, normalise(parse("8 Mio. Euro im Quartal"), per=None))


# ---------------------------------------------------------------- laws

CODES = ["USD", "CNY", "JPY", "GBP", "CHF", "KRW", "INR", "HKD", "SEK"]
DAYS = st.dates(min_value=date(2009, 1, 5), max_value=date(2026, 10, 30))
VALUES = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1e13"), places=2, allow_nan=False)


@settings(max_examples=200)
@given(st.sampled_from(CODES), st.sampled_from(CODES), DAYS, VALUES)
def test_a_to_b_to_a_returns_the_amount(a: str, b: str, on: date, value: Decimal) -> None:
    amount = replace(parse("1 Euro"), currency=a, value=value)
    there = convert(amount, b, on=on)
    back = convert(replace(amount, currency=b, value=there.value), a, on=on)
    assert abs(back.value - value) <= value * Decimal("1e-20")


@settings(max_examples=200)
@given(st.sampled_from(CODES), st.sampled_from(CODES), DAYS)
def test_cross_rates_agree_with_direct_rates(a: str, b: str, on: date) -> None:
    r = default_rates()
    direct = r.spot(a, b, on).rate
    via = r.spot(a, "EUR", on).rate * r.spot("EUR", b, on).rate
    assert abs(direct - via) <= direct * Decimal("1e-20")


PERIODS = st.one_of(
    st.sampled_from([PeriodKind.YEAR, PeriodKind.HALF_YEAR, PeriodKind.QUARTER, PeriodKind.MONTH]).map(Period),
    st.integers(1, 30).map(lambda n: Period(PeriodKind.TOTAL_YEARS, n)),
    st.sampled_from([2, 4, 5, 9]).map(lambda n: Period(PeriodKind.N_MONTHS, n)),
)


@given(PERIODS, PERIODS, PERIODS)
def test_period_factors_compose_exactly(p: Period, q: Period, r: Period) -> None:
    pq, qr, pr = period_factor(p, q), period_factor(q, r), period_factor(p, r)
    assert pq is not None
    assert qr is not None
    assert pq * qr == pr


RATES = FixedRates({"USD": Decimal("1.0824"), "CNY": Decimal("7.8011")})


@settings(max_examples=200)
@given(VALUES, PERIODS, st.sampled_from(["EUR", "USD", "CNY"]), st.sampled_from(["year", "quarter", "month"]))
def test_normalise_is_idempotent(value: Decimal, period: Period, cur: str, per: str) -> None:
    a = replace(parse("1 Euro"), value=value, currency=cur, period=period)
    once = normalise(a, per=per, on="2024-01-05", rates=RATES)
    again = normalise(replace(a, value=once.value, currency="EUR", period=once.per), per=per, rates=RATES)
    assert again.value == once.value


@settings(max_examples=200)
@given(VALUES, st.integers(1, 1000), PERIODS, st.sampled_from(["USD", "CNY"]))
def test_normalise_is_linear_in_the_value(value: Decimal, k: int, period: Period, cur: str) -> None:
    a = replace(parse("1 Euro"), value=value, currency=cur, period=period)
    one = normalise(a, on="2024-01-05", rates=RATES).value
    many = normalise(replace(a, value=value * k), on="2024-01-05", rates=RATES).value
    assert abs(many - one * k) <= many * Decimal("1e-25")


@settings(max_examples=200)
@given(VALUES, VALUES, st.sampled_from(CODES), DAYS)
def test_ranges_keep_their_order(x: Decimal, y: Decimal, cur: str, on: date) -> None:
    low, high = min(x, y), max(x, y)
    a = replace(parse("zwischen 1 und 2 Euro"), currency=cur, low=low, high=high, value=(low + high) / 2)
    n = convert(a, "EUR", on=on)
    assert n.low is not None
    assert n.high is not None
    assert n.low <= n.value <= n.high


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), st.integers(-400, 400))
def test_month_arithmetic_agrees_with_relativedelta(d: date, months: int) -> None:
    assert _add_months(d, months) == d + relativedelta(months=months)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), st.integers(-40, 40))
def test_year_arithmetic_agrees_with_month_arithmetic(d: date, years: int) -> None:
    assert _years_on(d, years) == _add_months(d, 12 * years)


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
    st.integers(0, 400),
    st.integers(1, 12),
)
def test_periods_counted_from_the_day_know_their_relation(first: date, width: int, years: int) -> None:
    """The rules for "in den letzten/nächsten N Jahren" set the relation that `relation` would work out."""
    window = DateWindow(first, date.fromordinal(first.toordinal() + width))
    day = timedelta(days=1)
    back, ahead = _years_up_to(years, window), _years_from(years, window)
    assert (back.start, back.end) == (_add_months(window.end, -12 * years) + day, window.end)
    assert (ahead.start, ahead.end) == (window.end + day, _add_months(window.end, 12 * years))
    for placed in (back, ahead):
        assert placed.relation is relation(placed.start, placed.end, window)


# ------------------------------------------------------------------ the shortcuts give what the full plan gives

_PHRASES = [
    "4,6 Milliarden Yuan",
    "23 Milliarden Yuan im ersten Halbjahr 2024",
    "5 Mrd. Dollar im zweiten Quartal 2023",
    "3 Mio. Euro pro Jahr",
    "1 Mrd. Yuan im vergangenen Jahr",
    "4 Mrd. Dollar in den ersten neun Monaten 2024",
    "2 Mrd. Yen in den nächsten drei Jahren",
    "7 Mio. Pfund von 2020 bis 2022",
    "8 Mio. Franken im März 2024",
    "1 Mrd. Rubel im Jahr 2023",
    "9 Mrd. Won im ersten Halbjahr 2026",
    "6 Mrd. Dollar im Geschäftsjahr 2005",
    "3 Mrd. Euro im zweiten Quartal",
    "5 Mio. Dollar in den letzten zwölf Monaten",
    "5 Mio. Euro in den letzten zwei Quartalen",
    "5 Mio. Euro in den letzten 30 Tagen",
    "2 Mrd. Yuan im Vormonat",
    "4 Mrd. Yen im laufenden Jahr",
    "1 Mrd. Dollar im nächsten Jahr",
    "8 Mrd. Won in den ersten neun Monaten",
]


# ------------------------------------------------------------------ stated periods placed in time

_PLACED = [
    # (text, the period placed for an article of Wednesday 2024-08-28)
    ("23 Mrd. Yuan im ersten Halbjahr 2024", "2024-01-01..2024-06-30 (past)"),
    ("3 Mrd. Euro im zweiten Quartal 2023", "2023-04-01..2023-06-30 (past)"),
    ("5 Mio. Euro im vergangenen Jahr", "2023-01-01..2023-12-31 (past)"),
    ("4 Mrd. Yen im laufenden Jahr", "2024-01-01..2024-12-31 (current)"),
    ("1 Mrd. Dollar im nächsten Jahr", "2025-01-01..2025-12-31 (future)"),
    ("8 Mio. Franken im März 2024", "2024-03-01..2024-03-31 (past)"),
    ("4 Mrd. Dollar in den ersten neun Monaten 2024", "2024-01-01..2024-09-30 (current)"),
    ("7 Mio. Pfund von 2020 bis 2022", "2020-01-01..2022-12-31 (past)"),
    ("380 Mrd. Yuan in den nächsten drei Jahren", "2024-08-29..2027-08-28 (future)"),
    ("2 Mrd. Yuan in den letzten zehn Jahren", "2014-08-29..2024-08-28 (past)"),
    ("2 Mrd. Yuan im Vormonat", "2024-07-01..2024-07-31 (past)"),
    # a half-year or quarter told by its months lies where its months lie
    ("2 Mrd. Euro von Januar bis Juni", "2024-01-01..2024-06-30 (past)"),
    ("2 Mrd. Euro von April bis Juni", "2024-04-01..2024-06-30 (past)"),
    # months counted back from the article's day are no calendar year, half-year or quarter
    ("5 Mio. Dollar in den letzten zwölf Monaten", "2023-08-29..2024-08-28 (past)"),
    ("5 Mio. Dollar in den vergangenen 12 Monaten", "2023-08-29..2024-08-28 (past)"),
    ("5 Mio. Dollar in den letzten sechs Monaten", "2024-02-29..2024-08-28 (past)"),
    ("5 Mio. Dollar in den letzten drei Monaten", "2024-05-29..2024-08-28 (past)"),
    ("5 Mio. Euro in den letzten zwei Quartalen", "2024-02-29..2024-08-28 (past)"),
    ("5 Mio. Euro in den letzten 30 Tagen", "2024-07-30..2024-08-28 (past)"),
    # a fiscal year need not be the calendar year: one of two years lies between them, the last one ended
    # within the twelve months before the article's day
    ("38 Mio. Euro im Geschäftsjahr 2022/23", "2022-02-01..2023-11-30 (past)"),
    ("83 Mio. Euro im vergangenen Geschäftsjahr", "2022-08-29..2024-08-28 (past)"),
    ("83 Mio. Euro im Geschäftsjahr 2023", "2023-01-01..2023-12-31 (past)"),
    # a named quarter or half-year told as past is the latest that has ended; the year's past is the year before
    ("4 Mrd. Euro im abgelaufenen ersten Halbjahr", "2024-01-01..2024-06-30 (past)"),
    ("4 Mrd. Euro im vergangenen vierten Quartal", "2023-10-01..2023-12-31 (past)"),
    ("4 Mrd. Euro im zweiten Quartal des vergangenen Jahres", "2023-04-01..2023-06-30 (past)"),
    # no particular days
    ("5 Mio. Euro pro Jahr", "None"),
    ("5 Mio. Euro im Quartal", "None"),
    ("5 Mio. Euro in den ersten 100 Tagen", "None"),
]


@pytest.mark.parametrize(("text", "placed"), _PLACED, ids=[t for t, _ in _PLACED])
def test_stated_periods_are_placed_against_the_article_date(text: str, placed: str) -> None:
    amount = extract(text)[0]
    assert str(resolve(amount, "2024-08-28")) == placed
    interval = normalise(amount, on="2024-08-28").interval
    assert str(interval) == placed


def test_a_compared_figure_of_the_year_before_lies_a_year_before_the_figure_it_is_compared_with() -> None:
    main, before = extract("5,12 Mrd. Euro im dritten Quartal, nach 4,61 Mrd. Euro im Vorjahresquartal")
    placed = resolve(main, "2024-11-05")
    assert placed is not None
    earlier = a_year_before(placed, before, DateWindow(date(2024, 11, 5), date(2024, 11, 5)))
    assert str(earlier) == "2023-07-01..2023-09-30 (past)"
    assert a_year_before(placed, main, None) is None  # "im dritten Quartal" says no year before
