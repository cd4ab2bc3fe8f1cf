"""Hostile input must take linear time: each case runs in a subprocess under a generous timeout, so a
regression to quadratic (or exponential) behaviour fails instead of hanging the suite."""

from __future__ import annotations

import subprocess
import sys

import pytest

CASES = {
    "one_megabyte_of_digits_dots_spaces": (
        "import random; random.seed(1); t=''.join(random.choice('0123456789. ') for _ in range(1_000_000))"
    ),
    "hundred_thousand_mrd": "t='Mrd. ' * 100_000",
    "twenty_thousand_amounts_in_one_sentence": "t='5 Mio. Euro ' * 20_000",
    "twenty_thousand_open_parentheses": "t='(5 Mio. ' * 20_000",
    "long_number_word": "t='dreihundert' * 10_000 + ' Milliarden Euro'",
    "twenty_thousand_amounts_in_digits_and_words": "t='5 Euro zwölf Euro ' * 20_000",
    "twenty_thousand_amounts_in_parentheses": "t='(5 Mio. Euro) ' * 20_000",
    "twenty_thousand_comparison_figures": "t='5 (Vj. 4) Mio. Euro ' * 20_000",
    "comparison_figure_of_two_hundred_thousand_digits": "t='5 (' + '1' * 200_000 + ')'",
    "a_million_digits_before_euro": "t='Der Preis lag bei ' + '7' * 1_000_000 + ' Euro.'",
    "two_thousand_paragraphs_each_with_amounts": (
        "t='\\n\\n'.join(f'Absatz {i}: Der Umsatz stieg 2023 auf {i},5 Mio. Euro, der Gewinn auf {i} Mio.'"
        " for i in range(2_000)) * 8"
    ),
}


@pytest.mark.parametrize("setup", CASES.values(), ids=CASES.keys())
def test_hostile_input_finishes(setup: str) -> None:
    check = "for a in extract(t): assert t[a.span[0]:a.span[1]] == a.text"
    code = f"{setup}\nfrom aifigures import extract\n{check}"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)  # noqa: S603 - our own code


@pytest.mark.parametrize("digits", [29, 40, 100_000])
def test_a_long_figure_keeps_every_digit(digits: int) -> None:
    """Figures longer than the 28 digits of Decimal's default context are neither rounded nor refused."""
    from aifigures import extract  # noqa: PLC0415 - beside the subprocess cases, imported where used

    (plain,) = extract("Der Preis lag bei " + "7" * digits + " Euro.")
    assert str(plain.value) == "7" * digits
    (scaled,) = extract("Der Preis lag bei " + "7" * digits + ",5 Milliarden Euro.")
    assert str(scaled.value) == "7" * digits + "500000000"
