"""aifigures on Dask: amounts of a corpus as a Dask DataFrame, and the check with its per-article stage on a cluster.

Needs the ``dask`` extra (``pip install 'aifigures[dask]'``). Two entry points:

* `amounts(articles)`: a Dask DataFrame with one row per amount (the columns of
  `aifigures.io.parquet.AMOUNT_COLUMNS`: every `Amount` field, the value in euros and its provenance),
  from a Dask DataFrame or Bag of articles (``id``, ``text``, ``date``, ``source``);
* `check(articles, client=...)`: the findings of `aifigures.check` on the same articles. Reading,
  extraction, the facts of each article and what the rules find inside it (`Rule.within`) run on the
  workers, where the articles are (`aifigures.check.stage.batch_facts`, the function the in-process check
  calls), and the facts stay there. Only the ids, the problems and what each article brings to the corpus
  (its rare words, its metrics with names, its digits: `aifigures.check.blocks.Reach`) come to the client,
  which counts the corpus and finds the blocks of articles that share a linking key. The facts are then
  shuffled by block on the cluster (each partition's articles bundled by block; each run of blocks
  gathers its bundles from the partitions that hold them) and each block is checked where it lands
  (`aifigures.check.cross.check_block`, again the in-process check's function): one implementation of the
  rules, so the findings equal the in-process ones.

A Dask Bag or DataFrame is read in its own partitions (twice: its ids first, so that the client numbers
the articles and renames a repeated id as the in-process check does); articles given here (a list, or any
iterable: a stream is never held whole) are sent to the workers in runs of 256 as they come.

>>> import dask.bag as db
>>> from aifigures import Article
>>> bag = db.from_sequence([Article("a", "Keltron zahlte 5 Mio. Euro.", "2024-01-02")], npartitions=1)
>>> amounts(bag).compute()[["article", "text", "value", "currency"]].to_dict("records")
[{'article': 'a', 'text': '5 Mio. Euro', 'value': '5000000', 'currency': 'EUR'}]
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import operator
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aifigures.check import streamed as streamed_in_process
from aifigures.check.cross import Shipped, check_shipped
from aifigures.check.stage import ArticleText, StageOutput, batch_facts
from aifigures.check.store import pickled
from aifigures.errors import AifiguresError
from aifigures.extract.reader import as_read, extract
from aifigures.extras import optional
from aifigures.io.articles import Article, unique_ids
from aifigures.io.parquet import AMOUNT_COLUMNS, amount_row

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from aifigures.check import Checked
    from aifigures.check.cross import BlockFindings, Rules
    from aifigures.check.findings import Finding, Report
    from aifigures.check.stage import Inside
    from aifigures.check.store import Store
    from aifigures.check.vocabulary import Tolerances
    from aifigures.io.articles import LoadProblem

__all__ = ["amounts", "articles_of", "check", "streamed"]

_PARTITION = 256
"""Articles per task of the stage on the cluster."""


def _dask() -> Any:  # noqa: ANN401 - the dask module, untyped
    return optional("dask", "dask", "dask.bag", "dask.dataframe")


def articles_of(records: Iterable[object], *, start: int = 1) -> list[Article]:
    """Articles from `Article` objects or mappings with ``id``, ``text``, ``date`` and ``source``.

    A record without an id is called by its number, counted from `start`.
    """
    out = []
    for i, r in enumerate(records, start=start):
        if isinstance(r, Article):
            out.append(r)
            continue
        if not isinstance(r, dict) or not isinstance(r.get("text"), str):
            raise AifiguresError(f"record {i}: an Article or a mapping with a string 'text' is needed")
        when = r.get("date")
        if isinstance(when, dt.datetime):
            when = when.date()
        if when is not None and not isinstance(when, (str, dt.date)):
            when = None  # a missing value of a DataFrame (NaT, NaN)
        out.append(Article(str(r.get("id") or i), r["text"], when, r.get("source")))
    return out


def _rows(records: Iterable[object]) -> list[dict[str, object]]:
    return [amount_row(art, a) for art in articles_of(records) for a in extract(art.text)]


def _frame(rows: list[dict[str, object]]) -> Any:  # noqa: ANN401 - a pandas DataFrame
    import pandas as pd  # noqa: PLC0415 - Dask's own dependency

    return pd.DataFrame(rows, columns=list(AMOUNT_COLUMNS)).astype(_DTYPES)


_DTYPES = dict.fromkeys(AMOUNT_COLUMNS, "object") | {"start": "int64", "end": "int64", "scale": "int64"}


def amounts(articles: Any) -> Any:  # noqa: ANN401 - a Dask DataFrame or Bag in, a Dask DataFrame out
    """One row per amount of every article of a Dask DataFrame or Bag, as a Dask DataFrame."""
    dask = _dask()
    meta = _frame([])
    if isinstance(articles, dask.bag.Bag):
        return dask.dataframe.from_delayed(
            [dask.delayed(lambda part: _frame(_rows(part)))(p) for p in articles.to_delayed()], meta=meta
        )
    return articles.map_partitions(lambda part: _frame(_rows(part.to_dict("records"))), meta=meta)


class _ClusterStage:
    """The check's two steps on a Dask cluster: the stage where the articles are, the blocks after a shuffle.

    `read` reads each partition of the articles on the workers (`batch_facts`) and keeps the facts there
    (persisted); only the ids, the problems and what each article brings to the corpus (`Reach`) come to
    the calling process, which numbers the articles, counts the corpus and finds the blocks.
    `check_blocks` then routes each article's facts to its block (a shuffle by block that moves only the
    facts of the articles each task needs) and checks each block where it lands (`check_shipped`).
    """

    def __init__(self, scheduler: object | None, client: Any = None) -> None:  # noqa: ANN401 - distributed's Client
        self._options = {} if scheduler is None else {"scheduler": scheduler}
        self._client = client
        """A ``distributed.Client``, to send articles given here to the workers as they come (None: in the graph)."""
        self._staged: list[Any] = []
        self._at: dict[str, tuple[int, int]] = {}
        """Where each article was read: its partition and its place there."""

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
        """Read the articles where they are; number them in `store` (a repeated id renamed and put in `failed`)."""
        dask = _dask()
        if isinstance(articles, (dask.bag.Bag, dask.dataframe.DataFrame)):
            parts = list(articles.to_delayed())  # read where they are, twice: their ids first
            given = dask.compute(*(dask.delayed(_ids, pure=False)(p) for p in parts), **self._options)
        else:
            given, parts = self._sent(articles)
        renames, offsets = self._numbered(given, store, failed)
        run = uuid.uuid4().hex  # named, not traversed: dask would otherwise walk and hash every fact to name tasks
        shared = dask.delayed(rules, name=f"aifigures-inside-{run}", traverse=False)
        staged = [
            dask.delayed(_stage_part, pure=False)(p, offsets[i], renames[i], default_currency, tolerances, shared)
            for i, p in enumerate(parts)
        ]
        self._staged = list(dask.persist(*staged, **self._options))  # the facts stay on the workers
        for summary in dask.compute(*(dask.delayed(_summary)(s) for s in self._staged), **self._options):
            store.take(summary.output)

    def _sent(self, articles: object) -> tuple[list[list[tuple[str | None, str | None]]], list[Any]]:
        """Articles given here, in runs of `_PARTITION` as they come: each run's ids, and the run as a partition.

        With a client, each run is sent to the workers as it is read (`Client.scatter`), so that a stream of
        articles is never held here; else it is put in the graph, named, not traversed (dask would otherwise
        walk and hash every text).
        """
        dask = _dask()
        run = uuid.uuid4().hex
        given: list[list[tuple[str | None, str | None]]] = []
        parts: list[Any] = []
        for i, chunk in enumerate(_chunks(articles)):
            given.append(_ids(chunk))
            if self._client is not None:
                parts.append(self._client.scatter([chunk])[0])  # (a list is scattered item by item: wrapped)
            else:
                parts.append(dask.delayed(chunk, name=f"aifigures-part-{run}-{i}", traverse=False))
        return given, parts

    def _numbered(
        self, given: Sequence[list[tuple[str | None, str | None]]], store: Store, failed: list[LoadProblem]
    ) -> tuple[list[dict[int, str]], list[int]]:
        """Each partition's renamed ids (by place) and its first record's number; each article numbered in `store`."""
        renames: list[dict[int, str]] = []
        offsets: list[int] = []
        stubs: list[Article] = []  # (each record's id and source only)
        for ids in given:
            offsets.append(len(stubs) + 1)
            stubs.extend(Article(own or str(len(stubs) + 1), "", None, src) for own, src in ids)
        unique = unique_ids(stubs, failed)
        for part, ids in enumerate(given):
            renames.append({})
            for i, (own, _) in enumerate(ids):
                art = next(unique)
                if art.id != own:
                    renames[part][i] = art.id
                store.add(art.id)
                self._at[art.id] = (part, i)
        return renames, offsets

    def check_blocks(self, parts: list[list[str]], rules: Rules) -> Iterator[BlockFindings]:
        """Each block checked on the cluster after a shuffle of the facts by block, in the order of `parts`.

        Each partition bundles its articles by block (`_routed`); each run of blocks (`_runs`) is checked by
        one task, which gathers from each partition that has articles of its blocks only those (`_pieces`,
        a small task that runs where the partition is). The rules (with the corpus's counts) are sent once,
        as one piece of data every task depends on.
        """
        dask = _dask()
        routes: list[dict[int, tuple[int, int]]] = [{} for _ in self._staged]
        holders: list[set[int]] = [set() for _ in parts]  # the partitions that hold each block's articles
        for block, ids in enumerate(parts):
            for rank, a in enumerate(ids):
                part, place = self._at[a]
                routes[part][place] = (block, rank)
                holders[block].add(part)
        run = uuid.uuid4().hex
        shared = dask.delayed(rules, name=f"aifigures-rules-{run}", traverse=False)
        routed = [dask.delayed(_routed, pure=False)(s, r) for s, r in zip(self._staged, routes, strict=True)]
        tasks = []
        for blocks in _runs(parts):
            held = sorted(set().union(*(holders[b] for b in blocks)))
            pieces = [dask.delayed(_pieces, pure=False)(routed[p], blocks) for p in held]
            tasks.append(dask.delayed(_check_run, pure=False)(pieces, blocks, shared))
        # checked on the cluster and kept there; brought to the client a run at a time, as the caller takes them
        runs = list(dask.persist(*tasks, **self._options))
        for i in range(len(runs)):
            (done,) = dask.compute(runs[i], **self._options)
            runs[i] = None  # (let go of the run on the cluster)
            yield from done


def _runs(parts: list[list[str]]) -> Iterator[list[int]]:
    """The blocks in runs of consecutive ones of `_PARTITION` articles or more (the last may have fewer)."""
    run: list[int] = []
    size = 0
    for block, ids in enumerate(parts):
        run.append(block)
        size += len(ids)
        if size >= _PARTITION:
            yield run
            run, size = [], 0
    if run:
        yield run


def _chunks(articles: object) -> Iterator[list[object]]:
    """Articles given here (not a Dask collection), in runs of `_PARTITION`, as they come."""
    it = iter(articles)  # type: ignore[call-overload]
    while chunk := list(itertools.islice(it, _PARTITION)):
        yield chunk


def _records(part: Any) -> list[object]:  # noqa: ANN401 - a list, or a pandas DataFrame of a Dask DataFrame
    return part.to_dict("records") if hasattr(part, "to_dict") else list(part)


def _ids(part: Any) -> list[tuple[str | None, str | None]]:  # noqa: ANN401 - a partition
    """Each record's own id (None where it has none) and source, in order."""
    out: list[tuple[str | None, str | None]] = []
    for r in _records(part):
        if isinstance(r, Article):
            out.append((r.id, r.source))
        else:
            mapping = r if isinstance(r, dict) else {}
            source = mapping.get("source")
            out.append((str(mapping["id"]) if mapping.get("id") else None, source if isinstance(source, str) else None))
    return out


@dataclass(frozen=True, slots=True)
class _Staged:
    """A partition read on a worker: what comes to the client (`output`), and each article's facts, pickled."""

    output: StageOutput
    """The problems, the reaches and the counts (not the facts, nor what was found inside: those are in `kept`)."""
    kept: dict[str, tuple[bytes, list[tuple[int, Finding]]]]
    """By article: its article (as read) and facts pickled, and what the rules found inside it."""
    order: list[str]
    """The partition's articles' ids, in order."""


def _stage_part(  # noqa: PLR0913, PLR0917 - a partition, where it stands, and how it is read
    part: Any,  # noqa: ANN401 - a partition
    offset: int,
    renames: dict[int, str],
    default_currency: str | None,
    tolerances: Tolerances,
    rules: Inside,
) -> _Staged:
    """`batch_facts` of one partition, with the ids the client gave (`renames`), its facts kept pickled."""
    given = articles_of(_records(part), start=offset)
    read = []
    for i, art in enumerate(given):
        aid = renames.get(i, art.id)
        read.append(ArticleText(aid, art.text, as_read(art.text), art.date, art.source))
    out = batch_facts(read, default_currency, tolerances, rules)  # (packed: no file of this process is read later)
    found: dict[str, list[tuple[int, Finding]]] = {}
    for hit in out.found:
        found.setdefault(hit[1].amounts[0].article, []).append(hit)
    kept = {p.article: (p.blob, found.get(p.article, [])) for p in out.packed}
    summary = StageOutput(out.problems, [], out.reaches, articles=out.articles, amounts=out.amounts)
    return _Staged(summary, kept, [a.id for a in read])


def _summary(staged: _Staged) -> _Staged:
    """What of a partition comes to the client: all but the facts."""
    return _Staged(staged.output, {}, [])


_Item = tuple[int, str, bytes, list[tuple[int, "Finding"]]]
"""An article on its way to its block: its rank there, its id, its facts pickled, what was found inside it."""


def _routed(staged: _Staged, routes: dict[int, tuple[int, int]]) -> dict[int, list[_Item]]:
    """A partition's articles with facts, bundled by block (`routes`: each one's block and rank, by place)."""
    bundles: dict[int, list[_Item]] = {}
    for place, a in enumerate(staged.order):
        if a in staged.kept and place in routes:
            block, rank = routes[place]
            blob, found = staged.kept[a]
            bundles.setdefault(block, []).append((rank, a, blob, found))
    return bundles


def _pieces(bundles: dict[int, list[_Item]], blocks: list[int]) -> dict[int, list[_Item]]:
    """The bundles of a partition that belong to `blocks`."""
    return {b: bundles[b] for b in blocks if b in bundles}


def _check_run(pieces: list[dict[int, list[_Item]]], blocks: list[int], rules: Rules) -> list[BlockFindings]:
    """Each block of a run, its articles gathered from the partitions' pieces and put in order, checked."""
    out = []
    for b in blocks:
        items = sorted((i for piece in pieces for i in piece.get(b, ())), key=operator.itemgetter(0))
        shipped = Shipped([i[1] for i in items], [i[2] for i in items], [hit for i in items for hit in i[3]])
        out.append(check_shipped(shipped, rules))
    return out


def check(articles: Any, *, client: object | None = None, **options: Any) -> Report:  # noqa: ANN401
    """`aifigures.check` on Dask: the per-article stage where the articles are, the blocks after a shuffle.

    `client`: a ``distributed.Client`` (None: the current scheduler). `articles`: a Dask DataFrame or
    Bag (read where its partitions are: the texts never come to this process), or any iterable of articles
    or records; `options` are those of `aifigures.check`. Where the rates given cannot be sent to the
    workers (a provider of the user's), the check runs in this process.
    """
    with streamed(articles, client=client, **options) as run:
        return run.report()


@contextlib.contextmanager
def streamed(articles: Any, *, client: object | None = None, **options: Any) -> Iterator[Checked]:  # noqa: ANN401
    """`check` with its findings kept on disk and read as they are taken (`aifigures.check.streamed`)."""
    dask = _dask()
    if pickled(options.get("rates")) is None:  # (the rules then run here)
        if isinstance(articles, (dask.bag.Bag, dask.dataframe.DataFrame)):
            articles = _records(articles.compute())
        with streamed_in_process(articles_of(articles), **options) as run:
            yield run
        return
    scheduler = None if client is None else getattr(client, "get", client)
    sender = client if hasattr(client, "scatter") else None
    with streamed_in_process(articles, stage=_ClusterStage(scheduler, sender), **options) as run:
        yield run
