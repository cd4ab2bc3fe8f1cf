"""One figure told twice in one article: two sentences linked by the rare words they alone share, or alike.

"laut Besoldungsliste ... etwa 11 000 Euro" and, a paragraph on, "laut Besoldungsliste ... nur 8248,04 Euro";
or two sentences that say the same words but for their figures. Weighed by `compare.linked_within` and the
rule on periods.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import TYPE_CHECKING

from aifigures.check.context import FIGURE, TOKEN, rarity, word_counts
from aifigures.check.evidence import ARTICLES_TO_LINK, Link, mutual_best
from aifigures.check.facts import is_change
from aifigures.check.names import names_meet
from aifigures.check.own_clauses import own_clauses
from aifigures.check.run import shared_by
from aifigures.check.sources import sources

if TYPE_CHECKING:
    from aifigures.check.facts import Fact
    from aifigures.check.run import Run

__all__ = ["inner_links"]


@shared_by("inner_links")
def inner_links(run: Run) -> list[Link]:
    """Pairs of figures in two sentences of one article whose sentences share rare words the article has nowhere else.

    "Laut Besoldungsliste der Bundeswehr ... ohne Zuschläge etwa 11 000 Euro" and, further on, "laut
    Besoldungsliste der Bundeswehr ohne Zuschläge nur 8248,04 Euro": one quantity, told twice. A word the
    article repeats in other sentences (its subject, its topic) links nothing: it stands beside all its figures.
    Their periods may differ (the rule on periods weighs those); nothing else in their keys may.
    """
    from aifigures.check.compare import comparable_facts  # noqa: PLC0415 - compare reads these links

    by_article: dict[str, list[Fact]] = defaultdict(list)
    for f in comparable_facts(run):
        if not f.attributive:
            by_article[f.article].append(f)
    candidates: list[Link] = []
    for article, members in by_article.items():
        if len(members) < ARTICLES_TO_LINK:
            continue
        counts = word_counts(run.text(article))
        bags = {id(f): frozenset(w for w in f.words if counts[w] <= _INNER_MAX and w[:1] != FIGURE) for f in members}
        index: dict[str, list[Fact]] = defaultdict(list)  # a word of two sentences pairs only their figures
        for f in members:
            for w in bags[id(f)]:
                index[w].append(f)
        pairs = {(a.index, b.index): (a, b) for postings in index.values() for a, b in _ordered_pairs(postings)}
        text = run.text(article)
        own = own_clauses(members, run)
        for a, b in pairs.values():
            if a.sentence != b.sentence and _inner_key(a, b) and _one_subject(a, b, own):
                link = _inner_link(a, b, bags[id(a)] & bags[id(b)], text, run.strictness)
                candidates.extend(() if link is None else (link,))
    return mutual_best(candidates)


def _one_subject(a: Fact, b: Fact, own: dict[int, frozenset[str]]) -> bool:
    """Whether nothing says two figures of one article are about two subjects.

    Where both their sentences list figures of several subjects ("Fendrik kam auf 2,1 Mrd., Marenz auf 1,2
    Mrd."), the names each is told with (`own_clauses`) must meet. A sentence's capitalised words alone do not
    keep two figures apart: "Vier-Personen-Haushalt" and "Musterhaushalt" are one household.
    """
    names = own.get(id(a)), own.get(id(b))
    return names[0] is None or names[1] is None or names_meet(names[0], names[1])


def _inner_link(a: Fact, b: Fact, shared: frozenset[str], text: str, strictness: float) -> Link | None:
    """The link of two figures of one article: by the rare words they share, or by two sentences alike.

    Not by rare words where one stands in the title, which tells in its own way.
    """
    score = math.fsum(rarity(w) for w in shared)  # exact: the same in any order of the set
    worded = any(not w[:1].isdigit() for w in shared)
    if worded and score >= strictness and not (a.headline or b.headline):
        return Link(a, b, score, tuple(sorted(shared)))
    if _alike_but_the_figure(a, b, text):
        return Link(a, b, score, tuple(sorted(shared)), keys=(_ALIKE,))
    return None


_ALIKE = "two sentences alike but for the figure (and where it was told)"


def _alike_but_the_figure(a: Fact, b: Fact, text: str) -> bool:
    """Whether two sentences say the same words but for their figures and the sources in them.

    "800.000 Flüchtlinge – 10 Milliarden Euro (Spiegel 05.09.15)" and "800.000 Flüchtlinge – bis zu 6
    Milliarden Euro (Bayerischer Rundfunk 15.10.15)": one quantity, as two outlets gave it.
    """
    said = [_without(f, text) for f in (a, b)]
    return said[0] == said[1] and sum(len(w) > _SHORT_WORD and not w.isdigit() for w in said[0]) >= 1


_SHORT_WORD = 3


def _without(f: Fact, text: str) -> tuple[str, ...]:
    """The words of a figure's sentence without the figure and without a source in it, lower case."""
    lo, hi = f.sentence
    cut = sorted([f.amount.span, *sources(text, lo, hi)])
    kept, at = [], lo
    for start, end in cut:
        kept.append(text[at : max(at, start)])
        at = max(at, end)
    kept.append(text[at:hi])
    return tuple(w.lower() for w in TOKEN.findall(" ".join(kept)))


def _ordered_pairs(postings: list[Fact]) -> list[tuple[Fact, Fact]]:
    """Each pair of the figures that share a word, the earlier first."""
    return [(a, b) for i, a in enumerate(postings) for b in postings[i + 1 :]]


_INNER_MAX = 2
"""How often a word may stand in an article and still tell two of its sentences from the rest: once in each."""


def _inner_key(a: Fact, b: Fact) -> bool:
    """`keys.keys_meet` for two figures of one article, whose periods may differ (restated on another basis)."""
    if a.currency != b.currency or a.modality != b.modality:
        return False
    if a.metric is not None and b.metric is not None and a.metric != b.metric:
        return False
    if is_change(a) != is_change(b):
        return False
    if a.total != b.total or a.group != b.group:
        return False
    return not (a.years and b.years and not a.years & b.years)
