"""Reports of one story: found by two figures both tell, or by a rare word of their titles and leads.

"16,8 Milliarden Euro" and "380 Millionen Euro" in each; "Zukunftsfonds" in both titles a few days apart.

Outlets that report one story copy its figures (from one press release, one agency report), however they word
the rest. Two articles that tell two or more of the same figures, each of two significant digits or more (a
round "1 Mrd." is told everywhere) and told in few articles of the corpus, are reports of one story: their
other figures of one measure need less evidence to be linked (`aifigures.check.evidence`).
"""

from __future__ import annotations

import functools
import itertools
import math
from collections import defaultdict
from typing import TYPE_CHECKING

from aifigures.check.blocks import MAX_POSTINGS
from aifigures.check.context import FIGURE, figure_token
from aifigures.check.digit_evidence import digits
from aifigures.check.metrics import metric_table
from aifigures.check.names import describes, names_of
from aifigures.check.run import once_for
from aifigures.check.title_subjects import lead_names_of, strangers_apart

if TYPE_CHECKING:
    from collections.abc import Callable
    from decimal import Decimal

    from aifigures.check.blocks import Corpus
    from aifigures.check.facts import Fact
    from aifigures.check.run import Run
    from aifigures.normalise.calendar import Interval

__all__ = ["titled_stories", "told_stories"]

_SHARED = 2
"""How many of the same figures two reports of one story tell at least."""
_DIGITS = 2
"""How many significant digits a figure has at least to tell a story apart ("16,8 Mrd.", "380 Mio.")."""
_FEW = 6
"""In how many articles a figure may stand and still tell which story they report (the outlets of one)."""


def told_stories(
    facts: list[Fact], bags: dict[int, frozenset[str]], corpus: Corpus, when: dict[int, Interval | None]
) -> dict[tuple[str, str], str]:
    """The pairs of articles (in order) that tell two or more of the same precise figures, and those figures.

    Or one such figure, told in both for one metric of one period placed in the calendar ("Der Bund will 2026
    rund 520 Mrd. Euro ausgeben" and "Ausgaben von 520 Mrd. Euro" in the budget for 2026): a figure of one
    key is no chance. The two must share a word they are linked by too (`bags`, one few figures of the `corpus`
    have), so that they are checked in one block; how many articles tell a figure is counted over the whole
    corpus: a block finds what the whole corpus finds. `when`: each figure's placed period.
    """
    told: dict[tuple[Decimal, str | None], dict[str, Fact]] = defaultdict(dict)
    indexed: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        indexed[f.article].update(
            w for w in bags[id(f)] if w[:1] != FIGURE and corpus.word_figures.get(w, 0) <= MAX_POSTINGS
        )
        token = figure_token(f.amount.value, f.currency)
        if len(digits(f.amount.value)) >= _DIGITS and corpus.word_articles.get(token, 0) <= _FEW:
            told[f.amount.value.normalize(), f.currency].setdefault(f.article, f)
    shared: dict[tuple[str, str], list[tuple[Decimal, str | None]]] = defaultdict(list)
    keyed: set[tuple[str, str]] = set()
    for figure, articles in sorted(told.items(), key=lambda kv: (kv[0][1] or "", kv[0][0])):
        for x, y in itertools.combinations(sorted(articles), 2):
            if indexed[x] & indexed[y]:
                shared[x, y].append(figure)
                if _one_key(articles[x], articles[y], when):
                    keyed.add((x, y))
    return {
        pair: " and ".join(f"{value:,f} {currency or ''}".rstrip() for value, currency in figures)
        + ("" if len(figures) >= _SHARED else " for one metric of one period")
        for pair, figures in shared.items()
        if len(figures) >= _SHARED or pair in keyed
    }


def _one_key(a: Fact, b: Fact, when: dict[int, Interval | None]) -> bool:
    """Whether two figures are told for one named metric of one period placed in the calendar."""
    ia, ib = when.get(id(a)), when.get(id(b))
    return a.metric is not None and a.metric == b.metric and ia is not None and ia == ib


def titled_stories(run: Run, facts: list[Fact], weight: Callable[[str], float]) -> dict[tuple[str, str], str]:
    """The pairs of articles (in order) a few days apart whose titles and leads share a rare word.

    "Staatsfonds für Start-ups: Der neue Zukunftsfonds ..." and "Regierung startet Zukunftsfonds": one story,
    though each report tells one figure only (`told_stories` needs two). `weight`: a word's weight as the
    evidence weighs it (`aifigures.check.evidence.LinkIndex.weight`).
    """
    return once_for(run, "titled_stories", None, lambda: _titled(run, facts, weight))


def _titled(run: Run, facts: list[Fact], weight: Callable[[str], float]) -> dict[tuple[str, str], str]:
    """`titled_stories`, worked out (once a run: both passes of the evidence ask)."""
    out: dict[tuple[str, str], str] = {}
    for (x, y), told in _shared_title_words(facts).items():
        named = _naming(told, weight)
        dx, dy = run.articles[x].date, run.articles[y].date
        if named is None or dx is None or dy is None or abs((dx.start - dy.start).days) > _TITLE_DAYS:
            continue
        # ("Keltrax: Stellenabbau" and "Orvena: Stellenabbau": a topic of two subjects, each the other's stranger)
        if not strangers_apart((_headed_by(x, run), _headed_by(y, run)), (x, y), run, rare=False):
            out[x, y] = f"their titles and leads both name {named}, a few days apart"
    return out


def _shared_title_words(facts: list[Fact]) -> dict[tuple[str, str], list[str]]:
    """The rare words of titles and leads each pair of articles (in order) shares, of those few articles have."""
    by_word: dict[str, set[str]] = defaultdict(set)
    seen: set[str] = set()
    for f in facts:
        if f.article in seen:
            continue  # (every figure of an article has its title's words)
        seen.add(f.article)
        for w in f.title_words:
            if w[:1] != FIGURE:
                by_word[w].add(f.article)
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for w, articles in sorted(by_word.items()):
        if _REPORTS <= len(articles) <= _FEW:
            for pair in itertools.combinations(sorted(articles), 2):
                shared[pair].append(w)
    return shared


def _naming(told: list[str], weight: Callable[[str], float]) -> str | None:
    """The shared words of two titles and leads that make their reports one story, quoted; None: too common.

    One word rare enough ("Zukunftsfonds"), or two or more that weigh enough together ("Unwetter" and
    "Baden-Württemberg"), none of them a subject's kind or a metric ("Konzern", "Umsatz": what a report is
    about, not which story).
    """
    one = max(told, key=lambda w: (weight(w), w))
    if weight(one) >= _TITLE_WEIGHT:
        return repr(one)
    some = [w for w in told if not describes(w) and not w.endswith(_metric_heads())]
    if len(some) < _REPORTS or math.fsum(map(weight, some)) < _TITLE_WORDS:
        return None
    return " and ".join(map(repr, sorted(some)))


@functools.cache
def _metric_heads() -> tuple[str, ...]:
    """The metric nouns: a title's word ending in one tells what is measured, not which story ("Milliardenschaden")."""
    return tuple(metric_table()[1])


def _headed_by(article: str, run: Run) -> frozenset[str]:
    """The names of an article's title and lead."""
    from aifigures.check.facts import headline  # noqa: PLC0415 - facts reads the modules that read this one

    def make() -> frozenset[str]:
        text = run.text(article)
        lo, hi = headline(text)
        return lead_names_of(article, run) | (names_of(text, lo, hi) if hi > lo else frozenset())

    return once_for(run, "headed_by", article, make)


_REPORTS = 2
_TITLE_WEIGHT = 3.5
"""How rare a word of two titles or leads must be to make their reports one story ("Diäten", "Zukunftsfonds")."""
_TITLE_WORDS = 5.5
"""What two or more rare words of two titles or leads weigh together at least to make their reports one story."""
_TITLE_DAYS = 3
"""How many days apart two reports of one story named in their titles may be."""
