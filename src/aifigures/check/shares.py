"""A share stated as a percentage of a whole: "60 000 Euro, das entspricht 0,02 % der Mittel von 360 000 Euro".

In one sentence with two figures of one currency and a percentage that is a share of something (the
percent words followed by "der", "des", "von" ...: `percent_words` and `share_of` in check.toml), the
smaller figure must be that share of the larger, within the rounding of the percentage and the figures.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from aifigures.check.facts import words
from aifigures.check.findings import Kind, between, interval_text
from aifigures.check.metrics import alternation

if TYPE_CHECKING:
    from collections.abc import Iterator

    from aifigures.check.facts import Fact
    from aifigures.check.findings import Finding
    from aifigures.check.run import Run

__all__ = ["Share", "change_rate", "share_re", "stated_percent", "stated_shares", "wrong_shares"]

_HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class Share:
    """A percentage written in a sentence, with the interval its digits stand for."""

    start: int
    end: int
    low: Decimal
    high: Decimal


@functools.cache
def share_re() -> re.Pattern[str]:
    """A percentage that is a share of something ("15 Prozent der Ablöse"): `percent_words`, then `share_of`."""
    w = words()
    percent = "|".join(re.escape(p) for p in w.percent_words)
    of = "|".join(re.escape(o) for o in w.share_of)
    return re.compile(
        rf"(?<![\d.,])(\d{{1,3}}(?:,\d+)?)\s?(?:{percent})(?=\s+(?:\w+\s+)?(?:{of})(?![^\W\d_]))", re.IGNORECASE
    )


@functools.cache
def _restated_re() -> re.Pattern[str]:
    """A percentage that restates the figure before it as a share ("also rund 25 Prozent"), not as a change."""
    w = words()
    restating, approx, changes = (alternation(x) for x in (w.share_restating, w.share_approx, w.share_changes))
    percent = alternation(w.percent_words)
    return re.compile(
        rf"(?<![^\W\d_])(?:{restating})\s+(?:({approx})\s+)?(\d{{1,3}}(?:,\d+)?)\s?(?:{percent})"
        rf"(?![^\W\d_])(?!\s+(?:{changes})(?![^\W\d_]))",
        re.IGNORECASE,
    )


@functools.cache
def _part_re() -> re.Pattern[str]:
    """A percentage a few words after a word of parts ("Davon fließen 60 Prozent in die Forschung"): a share."""
    w = words()
    cues, percent = alternation(w.parts_after), alternation(w.percent_words)
    return re.compile(
        rf"(?<![^\W\d_])(?:{cues})\s+(?:[^\W\d_]+\s+){{0,2}}(\d{{1,3}}(?:,\d+)?)\s?(?:{percent})(?![^\W\d_])",
        re.IGNORECASE,
    )


def stated_shares(text: str, lo: int, hi: int) -> list[Share]:
    """The percentages of text[lo:hi] that are shares of something, with their rounding.

    A restating percentage after an approximating word ("also rund 25 Prozent") stands for the tolerance of
    "knapp" and "gut" either way, or its rounding if that is wider; one a few words after a word of parts
    ("Davon fließen 60 Prozent in die Forschung") is a share of the whole before it.
    """
    out = [
        _share(m.group(1), m.start(), m.end(), approx=False)
        for m in share_re().finditer(text, lo, hi)
        if not change_rate(text, lo, m.start())
    ]
    for m in _part_re().finditer(text, lo, hi):
        if not any(s.start < m.end() and m.start(1) < s.end for s in out):
            out.append(_share(m.group(1), m.start(1), m.end(), approx=False))
    for m in _restated_re().finditer(text, lo, hi):
        if not any(s.start < m.end() and m.start() < s.end for s in out):
            start = m.start(2) if m.group(1) is None else m.start(1)
            out.append(_share(m.group(2), start, m.end(), approx=m.group(1) is not None))
    return sorted(out, key=lambda s: s.start)


def change_rate(text: str, lo: int, at: int) -> bool:
    """Whether the word before the percentage at `at` makes it a change's rate, not a share.

    "stieg um 25 Prozent von 12 auf 15 Mio." (the word is read from `lo` on).
    """
    last = text[max(lo, at - _LEAD_REACH) : at].split()[-1:]
    return bool(last) and last[0].lower() in words().share_change_leads


_LEAD_REACH = 12
"""How far before a percentage the word that makes it a change's rate is read."""


def stated_percent(digits: str, start: int, end: int) -> Share:
    """A percentage's digits ("12", "8,5") at text[start:end], with the interval their rounding stands for."""
    return _share(digits, start, end, approx=False)


def _share(digits: str, start: int, end: int, *, approx: bool) -> Share:
    value = Decimal(digits.replace(",", "."))
    decimals = len(digits.split(",")[1]) if "," in digits else 0
    half = Decimal(5).scaleb(-decimals - 1)
    if approx:
        half = max(half, value * (words().tolerances.just_over - 1))
    return Share(start, end, value - half, value + half)


def wrong_shares(run: Run, facts: list[Fact]) -> Iterator[Finding]:
    """Each sentence whose stated share is not the ratio of its two figures."""
    for (article, (lo, hi)), members in _share_sentences(facts, run).items():
        if len(members) != 2 or members[0].currency != members[1].currency:
            continue
        shares = stated_shares(run.text(article), lo, hi)
        if len(shares) != 1:
            continue
        part, whole = sorted(members, key=lambda f: f.amount.value)
        if part.amount.value <= 0:
            continue
        share = shares[0]
        ratio_lo = part.rounding[0] / whole.rounding[1] * _HUNDRED
        ratio_hi = part.rounding[1] / whole.rounding[0] * _HUNDRED
        if ratio_hi >= share.low and ratio_lo <= share.high:
            continue
        cur = part.currency or run.currency
        message = (
            f"{part.amount.text!r} is {ratio_lo:.2f}-{ratio_hi:.2f} % of {whole.amount.text!r}, but the text states "
            f"{run.text(article)[share.start : share.end]!r}: part {interval_text(*part.rounding, cur)}, whole "
            f"{interval_text(*whole.rounding, cur)}"
        )
        why = "a share of one figure in the other, stated as a percentage in their sentence"
        yield between(Kind.PARTS_TOTAL, message, (part, whole), (part.rounding, whole.rounding), cur, why=why)


def _share_sentences(facts: list[Fact], run: Run) -> dict[tuple[str, tuple[int, int]], list[Fact]]:
    """The figures of each sentence; a sentence with one that opens by pointing back takes the figure before too.

    "60 000 Euro abgerufen. Das entspricht 0,02 % der Mittel von 360 000 Euro.": the part stands before.
    """
    out: dict[tuple[str, tuple[int, int]], list[Fact]] = defaultdict(list)
    for f in facts:
        out[(f.article, f.sentence)].append(f)
    back = frozenset(words().share_back)
    for prev, f in itertools.pairwise(facts):
        members = out[(f.article, f.sentence)]
        if prev.article == f.article and prev.sentence != f.sentence and members == [f]:
            first = run.text(f.article)[f.sentence[0] : f.sentence[1]].split(None, 1)[:1]
            if first and first[0].lower() in back:
                members.insert(0, prev)
    return out
