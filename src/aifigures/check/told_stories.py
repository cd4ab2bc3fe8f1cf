"""Reports of one story found by the figures both tell: "16,8 Milliarden Euro" and "380 Millionen Euro" in each.

Outlets that report one story copy its figures (from one press release, one agency report), however they word
the rest. Two articles that tell two or more of the same figures, each of two significant digits or more (a
round "1 Mrd." is told everywhere) and told in few articles of the corpus, are reports of one story: their
other figures of one measure need less evidence to be linked (`aifigures.check.evidence`).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from typing import TYPE_CHECKING

from aifigures.check.blocks import MAX_POSTINGS
from aifigures.check.context import FIGURE, figure_token
from aifigures.check.digit_evidence import digits

if TYPE_CHECKING:
    from decimal import Decimal

    from aifigures.check.blocks import Corpus
    from aifigures.check.facts import Fact

__all__ = ["told_stories"]

_SHARED = 2
"""How many of the same figures two reports of one story tell at least."""
_DIGITS = 2
"""How many significant digits a figure has at least to tell a story apart ("16,8 Mrd.", "380 Mio.")."""
_FEW = 6
"""In how many articles a figure may stand and still tell which story they report (the outlets of one)."""


def told_stories(facts: list[Fact], bags: dict[int, frozenset[str]], corpus: Corpus) -> dict[tuple[str, str], str]:
    """The pairs of articles (in order) that tell two or more of the same precise figures, and those figures.

    The two must share a word they are linked by too (`bags`, one few figures of the `corpus` have), so that
    they are checked in one block; how many articles tell a figure is counted over the whole corpus: a block
    finds what the whole corpus finds.
    """
    told: dict[tuple[Decimal, str | None], set[str]] = defaultdict(set)
    indexed: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        indexed[f.article].update(
            w for w in bags[id(f)] if w[:1] != FIGURE and corpus.word_figures.get(w, 0) <= MAX_POSTINGS
        )
        token = figure_token(f.amount.value, f.currency)
        if len(digits(f.amount.value)) >= _DIGITS and corpus.word_articles.get(token, 0) <= _FEW:
            told[f.amount.value.normalize(), f.currency].add(f.article)
    shared: dict[tuple[str, str], list[tuple[Decimal, str | None]]] = defaultdict(list)
    for figure, articles in sorted(told.items(), key=lambda kv: (kv[0][1] or "", kv[0][0])):
        for x, y in itertools.combinations(sorted(articles), 2):
            if indexed[x] & indexed[y]:
                shared[x, y].append(figure)
    return {
        pair: " and ".join(f"{value:,f} {currency or ''}".rstrip() for value, currency in figures)
        for pair, figures in shared.items()
        if len(figures) >= _SHARED
    }
