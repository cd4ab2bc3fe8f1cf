"""The rules across articles, one block of a corpus at a time (`aifigures.check.blocks`).

A block is a run of its articles' facts with the counts of the whole corpus. Its findings (each rule's
across the block's articles, then those found inside each of them, without repeats: `distinct`) come back
sorted, with what the steps after need of its facts: the names of the figures of revisions (to merge one
revision told alike by several reports, which may stand in two blocks) and each figure's other tellings in
its article. Blocks share nothing, so they may be checked in any order and in other processes; merged by
the findings' order, they give what one run of the whole corpus gives.
"""

from __future__ import annotations

import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from aifigures.check.alike_notes import names_at
from aifigures.check.blocks import Labels, blocks
from aifigures.check.findings import Finding, Kind
from aifigures.check.lower_case import named_lower
from aifigures.check.rules import RULES
from aifigures.check.run import Run
from aifigures.check.store import in_order, pickled, read_stored
from aifigures.check.tellings import tellings_at
from aifigures.normalise.ecb import default_rates

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from aifigures.check.blocks import Corpus
    from aifigures.check.facts import Fact
    from aifigures.check.findings import Place
    from aifigures.check.pool import Pool
    from aifigures.check.settings import Settings
    from aifigures.check.stage import Stage
    from aifigures.check.store import Store, Stored
    from aifigures.io.articles import Article
    from aifigures.io.references import Reference
    from aifigures.normalise.rates import RateProvider

__all__ = ["Block", "BlockFindings", "Rules", "Shipped", "check_block", "check_shipped", "checked_blocks", "distinct"]

_SPECIFIC = frozenset({Kind.FX_CONVERSION, Kind.SCALE_ERROR})
_EXPLAINED = frozenset({Kind.CONFLICT, Kind.REVISION})
"""Kinds a specific finding on the same figures makes redundant."""
_BETWEEN_SLIPS = frozenset({Kind.CONFLICT, Kind.QUALIFIER_CONFLICT})
"""Kinds that say nothing more where each figure has a slip (`_SPECIFIC`) of its own."""


@dataclass(frozen=True, slots=True)
class Rules:
    """How the rules across articles are run: the knobs of `check`, the same for every block."""

    currency: str
    rates: RateProvider | None
    """None: the ECB rates shipped with the package, loaded where the block is checked."""
    key: Callable[[Fact], object] | None
    references: tuple[Reference, ...]
    strictness: float
    settings: Settings
    corpus: Corpus


@dataclass(frozen=True, slots=True)
class Block:
    """The articles of one block, their facts in the corpus's order, and what was found inside each."""

    articles: dict[str, Article]
    facts: list[Fact]
    inside: list[tuple[int, Finding]]
    """What the rules found inside one article (`Rule.within`): the index of the rule in `RULES`, the finding."""


@dataclass(frozen=True, slots=True)
class BlockFindings:
    """A block's findings, sorted, and what the steps after need of its facts."""

    found: list[Finding]
    names: dict[tuple[str, int], frozenset[str]] = field(default_factory=dict)
    tellings: dict[Place, tuple[Place, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Task:
    """A block to check in another process: where its articles were written, and what was found inside them."""

    rules: str
    """The file of the pickled `Rules`, read once a process."""
    ids: list[str]
    stored: list[Stored]
    inside: list[tuple[int, Finding]]


def checked_blocks(
    store: Store, rules: Rules, pool: Pool, *, one: bool, stage: Stage | None
) -> Iterator[BlockFindings]:
    """Each block of the store's articles checked, in order, as each is done: on a cluster, in processes, or here."""
    parts = blocks(store.reaches(), rules.corpus, store.labels, store.ids, one=one)
    store.labels = Labels()  # (counted: no longer needed)
    if stage is not None:  # (the stage keeps the facts where it read them)
        yield from stage.check_blocks(parts, rules)
        return
    path = _rules_file(store.folder, rules) if pool.jobs > 1 and len(parts) > 1 else None
    if path is not None:
        tasks = (_Task(path, ids, _written(store, ids), _inside(store, ids)) for ids in parts)
        yield from pool.ordered(_checked, tasks)
        return
    for ids in parts:
        yield check_block(Block(*store.block(ids), _inside(store, ids)), rules)


def _written(store: Store, ids: list[str]) -> list[Stored]:
    return [s for a in ids if (s := store.stored(a)) is not None]


def _inside(store: Store, ids: list[str]) -> list[tuple[int, Finding]]:
    return [hit for a in ids for hit in store.found.get(a, ())]


def _rules_file(folder: str, rules: Rules) -> str | None:
    """The rules written for the other processes; None where they cannot be (a rate provider of the user's)."""
    blob = pickled(rules)
    if blob is None:
        return None
    path = os.path.join(folder, "rules.pkl")  # noqa: PTH118 - a path as text, for the workers
    Path(path).write_bytes(blob)
    return path


_LOADED: dict[str, Rules] = {}
"""The rules of the check a process works for, by their file."""


def _checked(task: _Task) -> BlockFindings:
    rules = _LOADED.get(task.rules)
    if rules is None:
        _LOADED.clear()
        rules = _LOADED[task.rules] = pickle.loads(Path(task.rules).read_bytes())  # noqa: S301 - written by the check
    articles, facts = in_order(task.ids, read_stored(task.stored))
    return check_block(Block(articles, facts, task.inside), rules)


@dataclass(frozen=True, slots=True)
class Shipped:
    """A block to check where a cluster's stage gathered its articles: each article and its facts pickled (`Packed`)."""

    ids: list[str]
    blobs: list[bytes]
    inside: list[tuple[int, Finding]]


def check_shipped(block: Shipped, rules: Rules) -> BlockFindings:
    """`check_block` of a shipped block, its articles unpickled where it is checked."""
    loaded = {a: pickle.loads(b) for a, b in zip(block.ids, block.blobs, strict=True)}  # noqa: S301 - the stage's
    return check_block(Block(*in_order(block.ids, loaded), block.inside), rules)


def check_block(block: Block, rules: Rules) -> BlockFindings:
    """Each rule's findings across the block's articles, then those inside each, without repeats, sorted."""
    rates = rules.rates if rules.rates is not None else default_rates()
    facts, lower = named_lower(block.articles, block.facts, rules.corpus.known)
    run = Run(
        block.articles,
        facts,
        rules.currency,
        rates,
        rules.key,
        list(rules.references),
        rules.strictness,
        rules.settings,
        corpus=rules.corpus,
        lower=lower,
    )
    inside: list[list[Finding]] = [[] for _ in RULES]
    for i, finding in block.inside:
        inside[i].append(finding)
    # each rule's findings across the articles, then those inside one (an order `distinct` keeps for ties)
    found = distinct([f for i, rule in enumerate(RULES) for f in (*rule.find(run), *inside[i])])
    return BlockFindings(found, names_at(found, run), tellings_at(found, run))


def _misplaced(found: list[Finding]) -> set[tuple[Place, str]]:
    """Each figure a report gives for another period than another report gives it, with that other report's id."""
    out: set[tuple[Place, str]] = set()
    for f in found:
        if f.kind is Kind.PERIOD_MISMATCH and len(f.amounts) == _PAIR:
            a, b = f.amounts
            if a.article != b.article:
                out |= {(a, b.article), (b, a.article)}
    return out


def _on_a_misplaced(f: Finding, misplaced: set[tuple[Place, str]]) -> bool:
    """Whether a finding of two figures sets one that is misplaced (`_misplaced`) against the report it was told for."""
    if len(f.amounts) != _PAIR:
        return False
    a, b = f.amounts
    return (a, b.article) in misplaced or (b, a.article) in misplaced


_PAIR = 2


def distinct(found: list[Finding]) -> list[Finding]:
    """The findings sorted, each (kind, amounts) once.

    A pair explained by a specific finding (a swapped label, a slip of scale) is not also a bare conflict, nor
    a revision ("statt auf 89 Milliarden nur auf 0,09 Milliarden" is a slip, not a changed figure); nor are two
    figures that each have a slip of their own set against each other ("1,2 Milliarden Euro" for 1,2 Milliarden
    Dollar, "bis zu 2 Millionen Dollar" for 2 Milliarden): their disagreement is the slips'. Nor is a figure one
    report gives for another period than another report ("480 Mio." for the half year in one, for the quarter
    in the other) in conflict with that report's figure for its period (the quarter's 260 Mio.): it is one
    figure put on the wrong period, told once.
    """
    seen: set[tuple[object, ...]] = set()
    explained = {frozenset(f.amounts) for f in found if f.kind in _SPECIFIC}
    slipped = {p for f in found if f.kind in _SPECIFIC for p in f.amounts}
    misplaced = _misplaced(found)
    unique = []
    for f in sorted(found, key=Finding.sort_key):
        k = (f.kind, f.amounts)
        both_slipped = f.kind in _BETWEEN_SLIPS and len(f.amounts) > 1 and all(p in slipped for p in f.amounts)
        both_slipped = both_slipped or (f.kind is Kind.CONFLICT and _on_a_misplaced(f, misplaced))
        if k not in seen and not both_slipped and not (f.kind in _EXPLAINED and frozenset(f.amounts) in explained):
            seen.add(k)
            unique.append(f)
    return unique
