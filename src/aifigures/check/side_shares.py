"""Shares told side by side, each of its own subject: a figure of a report that never mentions that subject is another.

"Für den Ausbau übernimmt der Bund 1,5 Mrd. Euro, das Land 0,9 Mrd. Euro" tells what each pays of a whole; a report
that gives the line's cost of 2,4 Mrd. and never mentions the Bund tells the whole, not the Bund's share: the two
figures are not weighed as one (`aifigures.check.evidence`). Where the other report names the Bund too, its figure
may be that share and is weighed. The shares together are some of that whole: their sum must not exceed it
(`shares_across`, read by the rule on parts and totals, `aifigures.check.rules.af103_parts_total`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from aifigures.check.compare import comparable_by_article, old_figures
from aifigures.check.facts import may_be_one
from aifigures.check.names import identifies, state_levels
from aifigures.check.own_clauses import own_names
from aifigures.check.pair_names import article_counts
from aifigures.check.part_sums import above, may_be_part
from aifigures.check.vocabulary import check_words as words

if TYPE_CHECKING:
    from collections.abc import Iterator

    from aifigures.check.facts import Fact
    from aifigures.check.findings import Finding
    from aifigures.check.run import Run

__all__ = ["shares_across", "shares_apart"]

_SEVERAL = 2


def shares_apart(a: Fact, b: Fact, run: Run) -> bool:
    """Whether one of two figures is a share its own clause gives a subject the other's report never mentions."""
    own = own_names(run)
    return _stranger_share(a, b, own, run) or _stranger_share(b, a, own, run)


def _stranger_share(share: Fact, other: Fact, own: dict[int, frozenset[str]], run: Run) -> bool:
    """Whether `share` is one of its sentence's figures of other subjects, of one `other`'s report never names."""
    names = own.get(id(share))
    if not names or share.article == other.article:
        return False  # not one of several figures of other subjects in its sentence
    counts = article_counts(other.article, run)
    levels = state_levels()
    return any(
        (n in levels or identifies(n, run)) and not counts[n] and n not in other.names for n in names - other.names
    )


def shares_across(run: Run) -> Iterator[Finding]:
    """Shares told side by side in one report whose sum exceeds the whole another report of the story gives.

    "Für den Ausbau der Strecke Weilau–Karsfeld übernimmt der Bund 1,5 Mrd. Euro, das Land 1,2 Mrd. Euro" against
    "Der Ausbau der Strecke zwischen Weilau und Karsfeld kostet insgesamt 2,4 Mrd. Euro": the shares' sentence names
    what the whole is of (a name that identifies it), the whole names none of their subjects, and its metric is one
    of check.toml's shared_wholes. Weighed against the largest such whole.
    """
    from aifigures.check.evidence import story_pairs  # noqa: PLC0415 - evidence reads the rules' modules

    own = own_names(run)
    by_article = comparable_by_article(run)
    old = old_figures(run)
    for x, y in sorted(story_pairs(run)):
        for told, other in ((x, y), (y, x)):
            for shares in _side_shares(by_article.get(told, []), own):
                whole = _whole_of(shares, [f for f in by_article.get(other, []) if id(f) not in old], own, run)
                if whole is None:
                    continue
                thing = ", ".join(sorted(n for n in whole.names & shares[0].sentence_names if identifies(n, run)))
                why = f"another report of the story gives shares of {thing} side by side, each of its own subject"
                if (finding := above(run, whole, shares, why=why)) is not None:
                    yield finding


def _side_shares(facts: list[Fact], own: dict[int, frozenset[str]]) -> Iterator[list[Fact]]:
    """The figures of each sentence of several, each told with its own subjects (`own_names`), all of one metric."""
    by_sentence: dict[tuple[int, int], list[Fact]] = defaultdict(list)
    for f in facts:
        if id(f) in own and not (f.total or f.running or f.group or f.part):
            by_sentence[f.sentence].append(f)
    allowed = set(words().share_metrics)
    for members in by_sentence.values():
        metrics = {f.metric for f in members}
        if len(members) >= _SEVERAL and len(metrics) == 1 and metrics <= allowed | {None}:
            yield members


def _whole_of(shares: list[Fact], facts: list[Fact], own: dict[int, frozenset[str]], run: Run) -> Fact | None:
    """The largest figure of `facts` that is a whole of the shares' thing: named in their sentence, none of theirs.

    Each share's own clause names a subject the whole's report never mentions (`_stranger_share`).
    """
    wholes = [
        f
        for f in facts
        if f.metric in words().shared_wholes
        and any(identifies(n, run) for n in f.names & shares[0].sentence_names)
        and all(_stranger_share(p, f, own, run) for p in shares)
        and all(may_be_part(p, f) and may_be_one(p, replace(f, metric=p.metric)) for p in shares)
    ]
    return max(wholes, key=lambda f: f.high, default=None)
