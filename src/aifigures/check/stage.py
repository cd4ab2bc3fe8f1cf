"""The per-article stage of the check: each article's amounts and facts, in one process or in several.

Reading, extraction and the facts of one article need no other article, so they are spread over
processes (`jobs`); the cross-article step (the rules) follows in the calling process. The articles are
cut into batches in the order of their ids and the batches are put back in that order, so that the facts,
and so the findings, are the same for any number of jobs.
"""

from __future__ import annotations

import contextlib
import gc
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from aifigures.check.facts import build_facts
from aifigures.extract.reader import extract
from aifigures.io.articles import LoadProblem

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from aifigures.check.facts import Fact
    from aifigures.check.vocabulary import Tolerances

__all__ = ["ArticleText", "Stage", "available_cores", "batch_facts", "facts_of", "fewer_collections"]

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


class Stage(Protocol):
    """Where the per-article stage runs: `facts_of` here, or a cluster (`aifigures.dask`)."""

    def __call__(
        self, articles: Sequence[ArticleText], *, default_currency: str | None, tolerances: Tolerances
    ) -> tuple[list[Fact], list[LoadProblem]]:
        """The facts of `articles`, in their order, and the articles that could not be read."""
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


def facts_of(
    articles: Sequence[ArticleText],
    *,
    default_currency: str | None,
    tolerances: Tolerances,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[Fact], list[LoadProblem]]:
    """The facts of `articles` (in their order) and a problem for each article that could not be read.

    `progress(articles, amounts)` is called after each batch with the numbers just done.
    """
    batches = [list(articles[i : i + _BATCH]) for i in range(0, len(articles), _BATCH)]
    facts: list[Fact] = []
    failed: list[LoadProblem] = []

    def take(done: tuple[list[Fact], list[LoadProblem]], size: int) -> None:
        facts.extend(done[0])
        failed.extend(done[1])
        if progress is not None:
            progress(size, len(done[0]))

    if jobs <= 1 or len(articles) < _PARALLEL_MIN:
        for batch in batches:
            take(batch_facts(batch, default_currency, tolerances), len(batch))
        return facts, failed
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        results = pool.map(batch_facts, batches, [default_currency] * len(batches), [tolerances] * len(batches))
        for batch, done in zip(batches, results, strict=True):
            take(done, len(batch))
    return facts, failed


def batch_facts(
    batch: list[ArticleText], default_currency: str | None, tolerances: Tolerances
) -> tuple[list[Fact], list[LoadProblem]]:
    """The facts of one batch; an article that breaks the reader is a problem, never an abort.

    The one function every way of running the stage calls: in process, in a pool, on a Dask worker.
    """
    facts: list[Fact] = []
    failed: list[LoadProblem] = []
    with fewer_collections():  # also in a worker process, where the caller's setting does not reach
        for art in batch:
            try:
                amounts = extract(art.written, default_currency=default_currency)
                facts.extend(build_facts(art.id, art.read, amounts, tolerances))
            except Exception as e:  # noqa: BLE001 - one article that breaks the reader must not abort the corpus
                problem = f"could not be read ({type(e).__name__}: {e}); the rest was checked"
                failed.append(LoadProblem(art.id, problem))
    return facts, failed
