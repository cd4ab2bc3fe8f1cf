"""The per-article stage of the check: each article's amounts, facts and findings, in one process or in several.

Reading, extraction, the facts of one article and what the rules find inside it (`Rule.within`) need no
other article, so they are spread over processes (`jobs`), a batch of articles at a time, as the articles
come (a corpus read as a stream is never held whole). Each batch's articles and facts are written to a
file of the check's folder (`aifigures.check.store`); what comes back is small: where they were written,
what was found inside, and what each article brings to the corpus (`aifigures.check.blocks.Reach`). The
rules across articles then run on blocks of articles (`aifigures.check.cross`), whose findings do not
depend on the order in which the batches were read, so they are the same for any number of jobs.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
import os
import pickle
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from aifigures.check.blocks import Reach, reaches
from aifigures.check.facts import build_facts
from aifigures.check.rules import RULES
from aifigures.check.run import Run
from aifigures.check.store import Packed, Stored, pickled, write_batch
from aifigures.extract.reader import extract
from aifigures.io.articles import Article, LoadProblem
from aifigures.normalise.ecb import default_rates

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from aifigures.check.cross import BlockFindings, Rules
    from aifigures.check.facts import Fact
    from aifigures.check.findings import Finding
    from aifigures.check.pool import Pool
    from aifigures.check.settings import Settings
    from aifigures.check.store import Store
    from aifigures.check.vocabulary import Tolerances
    from aifigures.normalise.dates import DateWindow
    from aifigures.normalise.rates import RateProvider

__all__ = [
    "ArticleText",
    "Inside",
    "Stage",
    "StageOutput",
    "available_cores",
    "batch_facts",
    "facts_of",
    "fewer_collections",
    "inside",
]

_BATCH = 64
"""Articles per task sent to a process: enough to outweigh the cost of sending them."""
_PARALLEL_MIN = 2 * _BATCH
"""Fewer articles than this are read in the calling process: starting processes would cost more."""


@dataclass(frozen=True, slots=True)
class ArticleText:
    """What the stage needs of one article: its id, its text as written and as read (wrapped lines joined)."""

    id: str
    written: str
    read: str
    date: DateWindow | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Inside:
    """What the rules need to look inside one article where it is read (`Rule.within`)."""

    currency: str
    rates: RateProvider | None
    """None: the ECB rates shipped with the package, loaded where the stage runs."""
    strictness: float
    settings: Settings


@dataclass(slots=True)
class StageOutput:
    """What the stage gives back for a run of articles, in their order (never their facts: see `batch_facts`)."""

    problems: list[LoadProblem]
    """The articles that could not be read, or not looked into."""
    found: list[tuple[int, Finding]]
    """What the rules found inside one article: the index of the rule in `RULES`, and the finding."""
    reaches: list[Reach] = field(default_factory=list)
    """What each article with facts brings to the corpus (`aifigures.check.blocks`), where the rules looked inside."""
    stored: list[Stored] = field(default_factory=list)
    """Where the articles with facts and their facts were written, where the stage writes them."""
    articles: int = 0
    """How many articles the batch had."""
    packed: list[Packed] = field(default_factory=list)
    """The articles with facts and their facts, pickled, where the stage packs them."""
    amounts: int = 0
    """How many facts (amounts) the articles have."""

    def extend(self, done: StageOutput) -> None:
        """Add what the rules found inside an article, and its problems and reach."""
        self.problems.extend(done.problems)
        self.found.extend(done.found)
        self.reaches.extend(done.reaches)


class Stage(Protocol):
    """Where the per-article stage runs: `facts_of` here, or a cluster (`aifigures.dask`)."""

    def read(  # noqa: PLR0913 - the articles, where their ids go, and how they are read
        self,
        articles: object,
        store: Store,
        failed: list[LoadProblem],
        *,
        default_currency: str | None,
        tolerances: Tolerances,
        rules: Inside,
    ) -> None:
        """Read `articles` where the stage runs, keeping their facts there.

        Each article is numbered in `store` in the order given (`Store.add`; a repeated id renamed and reported
        in `failed`, as `aifigures.io.articles.unique_ids` does), and the store takes what each batch brings
        (`Store.take`: problems, reaches, the count of amounts).
        """
        ...

    def check_blocks(self, parts: list[list[str]], rules: Rules) -> Iterable[BlockFindings]:
        """Each block (its articles' ids) checked by the rules across articles (`cross.check_block`), in order."""
        ...


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the garbage collector less often while a check builds its many long-lived facts.

    Python collects its youngest objects every 700 allocations; a check allocates millions that live to its
    end, so each collection finds little. Every 100,000 (older generations as rarely) saves about a seventh
    of a check's time on a corpus (measured on tests/corpus.py's 10,000 articles, in one process, runs
    alternated). The thresholds in force before are restored after.
    """
    before = gc.get_threshold()
    gc.set_threshold(*(max(b, f) for b, f in zip(before, _FEWER, strict=False)))
    try:
        yield
    finally:
        gc.set_threshold(*before)


_FEWER = (100_000, 50, 100)


def available_cores() -> int:
    """The cores this process may run on (the default of ``--jobs``)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def facts_of(  # noqa: PLR0913 - the articles, how they are read, and how the work is spread
    articles: Iterable[ArticleText],
    *,
    default_currency: str | None,
    tolerances: Tolerances,
    rules: Inside,
    store: Store,
    pool: Pool,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Read `articles` a batch at a time, each batch's facts written to a file of the store's folder.

    What the rules find inside each article, the problems and the reaches go to the store. The batches
    run in the pool's processes where there are enough articles to outweigh starting them (and the rules
    can be sent there), else here. `progress(articles, amounts)` is called after each batch.
    """
    it = iter(articles)
    first = list(itertools.islice(it, _PARALLEL_MIN))
    batches = _batches(itertools.chain(first, it))
    shipped = rules if pickled(rules) is not None else None
    args = (default_currency, tolerances, shipped or rules)

    def task(n: int, batch: list[ArticleText]) -> tuple[list[ArticleText], str]:
        return batch, os.path.join(store.folder, f"batch{n}.pkl")  # noqa: PTH118 - a path as text, for the workers

    tasks = (task(n, b) for n, b in enumerate(batches))
    if len(first) < _PARALLEL_MIN or shipped is None or pool.jobs <= 1:
        done: Iterable[StageOutput] = (batch_facts(b, *args, spill=path) for b, path in tasks)
    else:
        done = pool.ordered(functools.partial(_batch_at, args=args), tasks)
    for out in done:
        store.take(out)
        if progress is not None:
            progress(out.articles, out.amounts)


def _batches(articles: Iterable[ArticleText]) -> Iterator[list[ArticleText]]:
    batch: list[ArticleText] = []
    for art in articles:
        batch.append(art)
        if len(batch) == _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _batch_at(task: tuple[list[ArticleText], str], args: tuple[str | None, Tolerances, Inside]) -> StageOutput:
    batch, path = task
    return batch_facts(batch, *args, spill=path)


def batch_facts(
    batch: list[ArticleText],
    default_currency: str | None,
    tolerances: Tolerances,
    rules: Inside | None = None,
    *,
    spill: str | None = None,
) -> StageOutput:
    """The facts of one batch and what the rules find inside each article; an unreadable one is a problem.

    The one function every way of running the stage calls: in process, in a pool, on a Dask worker.
    `spill`: a file to write the articles with facts (as read) and their facts to; else they are returned
    pickled (`Packed`), for a cluster, which keeps them where they were read.
    """
    out = StageOutput([], [], articles=len(batch))
    kept: list[tuple[Article, list[Fact]]] = []
    with fewer_collections():  # also in a worker process, where the caller's setting does not reach
        for art in batch:
            try:
                amounts = extract(art.written, default_currency=default_currency)
                facts = build_facts(art.id, art.read, amounts, tolerances, art.date.start.year if art.date else None)
            except Exception as e:  # noqa: BLE001 - one article that breaks the reader must not abort the corpus
                problem = f"could not be read ({type(e).__name__}: {e}); the rest was checked"
                out.problems.append(LoadProblem(art.id, problem))
                continue
            out.amounts += len(facts)
            if facts:
                kept.append((Article(art.id, art.read, art.date, art.source), facts))
            if rules is not None:
                out.extend(inside(art, facts, rules))
    if spill is not None:
        out.stored.extend(write_batch(spill, kept))
    else:
        out.packed.extend(Packed(a.id, pickle.dumps((a, f), protocol=pickle.HIGHEST_PROTOCOL)) for a, f in kept)
    return out


def inside(art: ArticleText, facts: list[Fact], rules: Inside) -> StageOutput:
    """What the rules find inside one article (`Rule.within`), on a run of that article alone, and its `Reach`.

    The output has no facts (the caller has them). A rule that breaks on the article makes it a problem,
    and the rest is checked.
    """
    out = StageOutput([], [])
    if not facts:
        return out
    article = Article(art.id, art.read, art.date, art.source)
    rates = rules.rates if rules.rates is not None else default_rates()
    run = Run({art.id: article}, facts, rules.currency, rates, None, [], rules.strictness, rules.settings)
    try:
        out.found.extend((i, f) for i, rule in enumerate(RULES) if rule.within is not None for f in rule.within(run))
    except Exception as e:  # noqa: BLE001 - one article that breaks a rule must not abort the corpus
        problem = f"could not be looked into ({type(e).__name__}: {e}); the rest was checked"
        out.problems.append(LoadProblem(art.id, problem))
        out.found.clear()
    try:
        out.reaches.extend(reaches(run))
    except Exception as e:  # noqa: BLE001 - as above: its figures are then weighed against no other article
        problem = f"could not be linked to other articles ({type(e).__name__}: {e}); the rest was checked"
        out.problems.append(LoadProblem(art.id, problem))
    return out
