"""The years a figure's sentence names: also as years back from the article's ("vor fünf Jahren").

A sentence that says "Vor fünf Jahren hatte der Konzern für 900 Mio. Euro einen Rivalen übernommen" in a
report of 2025 names 2020 as plainly as one that writes the year: its price is of another event than the
report's own deal.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from aifigures.amount import PeriodKind
from aifigures.check.vocabulary import check_words
from aifigures.normalise.calendar import tells_year_before
from aifigures.years import YEAR_ALONE

if TYPE_CHECKING:
    from aifigures.amount import Amount
    from aifigures.check.facts import Fact
    from aifigures.check.run import Run

__all__ = ["ago_and_now", "own_years", "years_ago", "years_before_of_a_period"]


def years_ago(sentence: str, year: int | None) -> frozenset[int]:
    """The years a sentence names as so many years before `year` (the article's); none without a year."""
    if year is None:
        return frozenset()
    pattern, numerals = _pattern()
    return frozenset(
        year - (int(n) if n.isdigit() else numerals[n])
        for n in ((m.group("n") or m.group("m")).lower() for m in pattern.finditer(sentence))
    )


@functools.cache
def _pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    from aifigures.extract.lexicon import german  # noqa: PLC0415 - extraction's number words, loaded once

    numerals = {w: int(v) for w, v in german().numerals.items() if v == v.to_integral_value() and v > 0}
    words = "|".join(re.escape(w) for w in sorted(numerals, key=len, reverse=True))
    leads = "|".join(re.escape(w) for w in check_words().years_ago)
    after = "|".join(re.escape(w) for w in check_words().years_ago_after)
    number = rf"(?:\d{{1,2}}|{words})"
    before = rf"(?:{leads})\s+(?P<n>{number})\s+jahr(?:en)?"
    told_after = rf"(?P<m>{number})\s+jahre?\s+(?:{after})"
    return re.compile(rf"(?<![^\W\d_])(?:{before}|{told_after})(?![^\W\d_])", re.IGNORECASE), numerals


def ago_and_now(a: Fact, b: Fact, run: Run) -> bool:
    """Whether one figure of an article is told as so many years back and the other, of no year, as of now.

    "Wer mietet, zahlt 11,20 Euro pro Quadratmeter. Vor einem Jahr waren es noch 10,40 Euro": the second is the
    price a year before the article's, the first the article's own (it names no year): two times, one price.
    """
    if a.article != b.article or (date := run.articles[a.article].date) is None:
        return False
    text = run.text(a.article)
    for then, now in ((a, b), (b, a)):
        lo, hi = then.sentence
        if then.years and not now.years and then.years <= years_ago(text[lo:hi], date.start.year):
            return True
    return False


def own_years(text: str, a: Amount, clause: tuple[int, int], years: frozenset[int]) -> frozenset[int]:
    """The years of a figure's sentence, or none where its own clause states its period with no year of its own.

    "Im kommenden Jahr plant die Stadt mit Ausgaben von 1,42 Mrd. Euro, 2026 mit 1,47 Mrd. Euro": 2026 is the
    second figure's; the first's words place it (the year after the article's).
    """
    if not years or a.period_span is None or not (clause[0] <= a.period_span[0] and a.period_span[1] <= clause[1]):
        return years
    return years if YEAR_ALONE.search(text, *clause) else frozenset()


def years_before_of_a_period(facts: list[Fact]) -> list[Fact]:
    """The facts, a figure compared with one of a quarter or half-year as "im Vorjahr" taking that period's kind.

    "Im dritten Quartal verdiente Fendra 1,23 Mrd. Euro, nach 2,12 Mrd. im Vorjahr": 2,12 Mrd. is the third
    quarter's profit a year before, not a year's (its days are placed so already: `Run.when`).
    """
    out = list(facts)
    for i, f in enumerate(facts):
        p = f.amount.period
        if f.compared_with is None or p is None or p.kind is not PeriodKind.YEAR or not tells_year_before(f.amount):
            continue
        main = facts[f.compared_with].amount.period
        if main is not None and main.kind is not PeriodKind.YEAR:
            out[i] = replace(f, amount=replace(f.amount, period=main))
    return out
