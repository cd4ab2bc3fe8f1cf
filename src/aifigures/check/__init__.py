"""Facts to findings: which figures in a set of articles do not add up, each with the arithmetic.

Every amount becomes a fact (`facts`): an interval from its written digits and qualifier, and a key
(metric, names, period, modality). The rules (`rules`, one module each, in the order of `RULES`) read the
facts of one run (`run`): they link the facts that report one figure (`compare`), judge stated conversions
against the rate band of normalisation (`conversions`, `aifigures.normalise.band`) and weigh figures against
references (`references`). All decisions are made on `Decimal` intervals; every finding shows them.
"""

from __future__ import annotations

import contextlib
import tempfile
from dataclasses import dataclass
from typing import TYPE_CHECKING

from aifigures.check.cross import Rules, checked_blocks
from aifigures.check.facts import Fact, Modality
from aifigures.check.findings import Finding, Kind, Place, Report, Severity
from aifigures.check.pool import Pool
from aifigures.check.settings import Settings
from aifigures.check.spill import Spill
from aifigures.check.stage import ArticleText, Inside, Stage, facts_of, fewer_collections
from aifigures.check.store import Store
from aifigures.extract.reader import as_read
from aifigures.io.articles import Article, LoadProblem, unique_ids
from aifigures.normalise.rates import iso_currency

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable, Iterator

    from aifigures.check.vocabulary import Tolerances
    from aifigures.io.articles import InputCounts
    from aifigures.io.references import Reference
    from aifigures.normalise.rates import RateProvider

__all__ = [
    "DEFAULT_STRICTNESS",
    "Checked",
    "Fact",
    "Finding",
    "Kind",
    "Modality",
    "Place",
    "Report",
    "Settings",
    "Severity",
    "check",
    "streamed",
]

DEFAULT_STRICTNESS = 10.0
"""The evidence that links figures of two articles by default, chosen on the dev report pairs (docs/checks.md)."""


def check(  # noqa: PLR0913 - the articles and the knobs of the check
    articles: Iterable[Article],
    *,
    references: Iterable[Reference] | None = None,
    currency: str = "EUR",
    rates: RateProvider | None = None,
    key: Callable[[Fact], object] | None = None,
    problems: Iterable[LoadProblem] = (),
    strictness: float = DEFAULT_STRICTNESS,
    default_currency: str | None = "EUR",
    settings: Settings | None = None,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
    stage: Stage | None = None,
    inputs: InputCounts | None = None,
) -> Report:
    """Check a set of articles; return every flag and note, in a deterministic order.

    `key` replaces the default subject key (metric, names, period, modality): facts whose keys are
    equal are compared. `strictness` is how much shared evidence links figures of two articles that share
    no key (the weight of the rare words their contexts share, `aifigures.check.evidence`): higher links
    less and flags less. `currency` is an ISO 4217 code in any case ("usd"); an unknown one raises
    `CurrencyError` before anything is read. `default_currency` is passed to `extract`. `settings` holds
    the tolerances (`aifigures.check.settings.Settings`: qualifiers, rate drift, the revision window).
    `jobs` processes read the articles (`aifigures.check.stage`; the findings are the same for any number),
    and `progress(articles, amounts)` is told after each batch. `stage` runs the reading and the blocks
    elsewhere (a Dask cluster: `aifigures.dask`, which may take its own kind of `articles`). `inputs` (from
    `aifigures.io.articles.read_inputs`) says how many files and records the articles came from, for the
    summary.

    >>> from aifigures import Article
    >>> a = Article.of("a", "Alibaba investierte 2023 rund 5 Mrd. Euro.", "2024-01-10")
    >>> b = Article.of("b", "Alibaba investierte 2023 rund 50 Mrd. Euro.", "2024-01-12")
    >>> [f.kind.value for f in check([a, b]).findings]
    ['scale_error']
    """
    with streamed(
        articles,
        references=references,
        currency=currency,
        rates=rates,
        key=key,
        problems=problems,
        strictness=strictness,
        default_currency=default_currency,
        settings=settings,
        jobs=jobs,
        progress=progress,
        stage=stage,
        inputs=inputs,
    ) as run:
        return run.report()


@contextlib.contextmanager
def streamed(  # noqa: PLR0913 - the articles and the knobs of the check
    articles: Iterable[Article],
    *,
    references: Iterable[Reference] | None = None,
    currency: str = "EUR",
    rates: RateProvider | None = None,
    key: Callable[[Fact], object] | None = None,
    problems: Iterable[LoadProblem] = (),
    strictness: float = DEFAULT_STRICTNESS,
    default_currency: str | None = "EUR",
    settings: Settings | None = None,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
    stage: Stage | None = None,
    inputs: InputCounts | None = None,
) -> Iterator[Checked]:
    """`check`, its findings kept on disk and read as they are taken (`Checked.findings`), until the block ends.

    For a report written as it goes (``aifigures check --format jsonl``): neither the findings nor the texts
    are held. The knobs are `check`'s.

    >>> from aifigures import Article
    >>> a = Article.of("a", "Alibaba investierte 2023 rund 5 Mrd. Euro.", "2024-01-10")
    >>> b = Article.of("b", "Alibaba investierte 2023 rund 50 Mrd. Euro.", "2024-01-12")
    >>> with streamed([a, b]) as run:
    ...     [f.kind.value for f in run.findings()]
    ['scale_error']
    """
    currency = iso_currency(currency)
    settings = settings or Settings()
    failed: list[LoadProblem] = []
    inside = Inside(currency, rates, strictness, settings)
    with tempfile.TemporaryDirectory(prefix="aifigures-") as folder:
        store = Store(folder)
        with fewer_collections(), Pool(jobs) as pool, Spill(folder) as spill:
            reading = _Reading(default_currency, settings.tolerances, inside, progress)
            _read(articles, store, failed, pool, stage, reading)
            failed.extend(sorted(store.problems, key=lambda p: p.path))  # (in the order of the ids, as batches come)
            rules = Rules(currency, rates, key, tuple(references or ()), strictness, settings, store.corpus())
            for done in checked_blocks(store, rules, pool, one=key is not None, stage=stage):
                spill.add(done)  # (on disk as each block is done: `aifigures.check.spill`)
        yield Checked(spill, store.ids, store.amounts, (*problems, *failed), settings, inputs)


@dataclass(frozen=True, slots=True)
class Checked:
    """A check done, its findings on disk (`streamed`): read them as they are taken, or all as a `Report`."""

    spill: Spill
    ids: Collection[str]
    """The articles checked."""
    amounts: int
    problems: tuple[LoadProblem, ...]
    settings: Settings
    inputs: InputCounts | None

    def findings(self) -> Iterator[Finding]:
        """The flags and notes, in the report's order (each call reads them again from disk)."""
        return self.spill.findings()

    def report(self) -> Report:
        """The report `check` gives, every finding in memory."""
        unique = list(self.findings())
        return Report(
            findings=tuple(f for f in unique if not f.is_note),
            notes=tuple(f for f in unique if f.is_note),
            articles=tuple(sorted(self.ids)),
            amounts=self.amounts,
            problems=self.problems,
            settings=self.settings,
            inputs=self.inputs,
        )


@dataclass(frozen=True, slots=True)
class _Reading:
    """How the articles are read: the knobs of `check` for the per-article stage."""

    default_currency: str | None
    tolerances: Tolerances
    inside: Inside
    progress: Callable[[int, int], None] | None


def _read(  # noqa: PLR0913, PLR0917 - the articles, where they go, and how they are read
    articles: Iterable[Article], store: Store, failed: list[LoadProblem], pool: Pool, stage: Stage | None, how: _Reading
) -> None:
    """The per-article stage: in the pool's processes (or here), or where `stage` runs."""
    if stage is not None:
        stage.read(
            articles, store, failed, default_currency=how.default_currency, tolerances=how.tolerances, rules=how.inside
        )
        return
    facts_of(
        _as_read(articles, failed, store),
        default_currency=how.default_currency,
        tolerances=how.tolerances,
        rules=how.inside,
        store=store,
        pool=pool,
        progress=how.progress,
    )


def _as_read(articles: Iterable[Article], failed: list[LoadProblem], store: Store) -> Iterator[ArticleText]:
    """The stage's inputs as the articles come, each text as `extract` reads it (wrapped lines joined).

    An id given twice is a problem, never an overwrite (`unique_ids`); each article is numbered in the store.
    """
    for art in unique_ids(articles, failed):
        store.add(art.id)
        yield ArticleText(art.id, art.text, as_read(art.text), art.date, art.source)
