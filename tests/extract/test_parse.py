"""`parse`: exactly one amount, or a `ParseError` that names the input and points at the problem."""

from __future__ import annotations

import copy
import os
import pickle
import subprocess
import sys
from decimal import Decimal

import pytest

from aifigures import AifiguresError, ParseError, extract, parse


def test_parse_reads_a_period_and_qualifier() -> None:
    a = parse("mindestens 23 Milliarden Yuan im ersten Halbjahr 2024")
    assert (a.value, a.low, a.currency, a.qualifier.value, str(a.period)) == (
        Decimal(23000000000),
        Decimal(23000000000),
        "CNY",
        "at_least",
        "half_year",
    )


def test_parse_reads_a_period_hidden_behind_a_soft_hyphen() -> None:
    a = parse("5 Mio. Euro im ersten Halb\u00adjahr 2024")  # as web text hyphenates it
    assert (a.text, str(a.period), a.period_text) == ("5 Mio. Euro", "half_year", "im ersten Halbjahr 2024")


@pytest.mark.parametrize(
    ("fragment", "position", "reason"),
    [
        ("23 Milliarden Yuan für Chips", 19, "'für' is not part of the amount"),
        ("Umsatz 23 Milliarden Yuan", 0, "'Umsatz' is not part of the amount"),
        ("Hallo Welt", 0, "no money amount found"),
        ("", 0, "no money amount found"),
        ("1,91 Prozent", 0, "no money amount found"),
        ("5 Mio. Euro und 6 Mio. Dollar", 16, "2 amounts found, expected one"),
    ],
)
def test_parse_error_points_at_the_problem(fragment: str, position: int, reason: str) -> None:
    with pytest.raises(ParseError) as info:
        parse(fragment)
    err = info.value
    assert (err.position, err.reason) == (position, reason)
    assert repr(fragment) in str(err)
    caret_line = str(err).splitlines()[-1]
    assert caret_line.index("^") - 4 == position


def test_parse_error_is_a_value_error_and_an_aifigures_error() -> None:
    with pytest.raises(ValueError, match="no money amount"):
        parse("nichts")
    assert issubclass(ParseError, AifiguresError)


def test_parse_rejects_non_strings() -> None:
    with pytest.raises(TypeError, match=r"parse\(\) takes a str, got int: 5"):
        parse(5)  # type: ignore[arg-type]


def test_extract_rejects_non_strings_by_name() -> None:
    with pytest.raises(TypeError, match=r"extract\(\) takes a str, got bytes: b'5 Mio. Euro'"):
        extract(b"5 Mio. Euro")  # type: ignore[arg-type]


def test_amounts_and_periods_pickle_across_processes() -> None:
    """A period keeps its hash for the caches; one pickled in a process of another hash seed is made anew."""
    code = (
        "import pickle, sys; from aifigures import parse; "
        "sys.stdout.buffer.write(pickle.dumps(parse('23 Milliarden Yuan im ersten Halbjahr 2024')))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, env=env).stdout  # noqa: S603
    amount = pickle.loads(out)  # noqa: S301 - our own bytes
    here = parse("23 Milliarden Yuan im ersten Halbjahr 2024")
    assert amount == here
    assert amount.period is not None
    assert hash(amount.period) == hash(here.period)
    assert {here.period: 1}[amount.period] == 1
    assert copy.deepcopy(here.period) == here.period
    assert hash(copy.deepcopy(here.period)) == hash(here.period)
