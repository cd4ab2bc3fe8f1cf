"""aifigures on Dask: amounts of a corpus as a Dask DataFrame, and the check with its per-article stage on a cluster.

Needs the ``dask`` extra (``pip install 'aifigures[dask]'``). Two entry points:

* `amounts(articles)`: a Dask DataFrame with one row per amount (the columns of
  `aifigures.io.parquet.AMOUNT_COLUMNS`: every `Amount` field, the value in euros and its provenance),
  from a Dask DataFrame or Bag of articles (``id``, ``text``, ``date``, ``source``);
* `check(articles, client=...)`: the findings of `aifigures.check` on the same articles. Reading,
  extraction, the facts of each article and what the rules find inside it (`Rule.within`) run on the
  workers (`aifigures.check.stage.batch_facts`, the function the in-process check calls). The client then
  finds the blocks of articles that share a linking key (`aifigures.check.blocks`, from what each article
  brings: its rare words, its metrics with names, its digits) and sends each block to the workers, where
  the rules across articles (`Rule.find`) run on it (`aifigures.check.cross.check_block`, again the
  in-process check's function): one implementation of the rules, so the findings equal the in-process ones.

The facts come back to the client between the two steps (the workers' disks are not the client's),
pickled: the client passes the bytes on to the blocks' tasks unread, but holds them all between the two
steps, where the in-process check keeps them in a folder of its own (docs/scale.md says where that stops
scaling and what comes next).

>>> import dask.bag as db
>>> from aifigures import Article
>>> bag = db.from_sequence([Article("a", "Keltron zahlte 5 Mio. Euro.", "2024-01-02")], npartitions=1)
>>> amounts(bag).compute()[["article", "text", "value", "currency"]].to_dict("records")
[{'article': 'a', 'text': '5 Mio. Euro', 'value': '5000000', 'currency': 'EUR'}]
"""

from __future__ import annotations

import datetime as dt
import functools
import pickle
import uuid
from typing import TYPE_CHECKING, Any

from aifigures.check import check as check_in_process
from aifigures.check.cross import check_shipped
from aifigures.check.stage import StageOutput, batch_facts, looked_into, shippable
from aifigures.errors import AifiguresError
from aifigures.extract.reader import extract
from aifigures.extras import optional
from aifigures.io.articles import Article
from aifigures.io.parquet import AMOUNT_COLUMNS, amount_row

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from aifigures.check.cross import BlockFindings, Rules, Shipped
    from aifigures.check.findings import Report
    from aifigures.check.stage import ArticleText, Inside
    from aifigures.check.vocabulary import Tolerances

__all__ = ["amounts", "articles_of", "check"]

_PARTITION = 256
"""Articles per task of the stage on the cluster."""


def _dask() -> Any:  # noqa: ANN401 - the dask module, untyped
    return optional("dask", "dask", "dask.bag", "dask.dataframe")


def articles_of(records: Iterable[object]) -> list[Article]:
    """Articles from `Article` objects or mappings with ``id``, ``text``, ``date`` and ``source``."""
    out = []
    for i, r in enumerate(records, start=1):
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
    """The per-article stage on a Dask scheduler: batches of articles in order, one task each."""

    def __init__(self, scheduler: object | None) -> None:
        self._scheduler = scheduler

    def __call__(
        self,
        articles: Sequence[ArticleText],
        *,
        default_currency: str | None,
        tolerances: Tolerances,
        rules: Inside | None = None,
    ) -> StageOutput:
        dask = _dask()
        batches = [list(articles[i : i + _PARTITION]) for i in range(0, len(articles), _PARTITION)]
        shipped = shippable(rules)
        run = uuid.uuid4().hex  # named, not traversed: dask would otherwise walk and hash every text to name tasks
        given = (dask.delayed(b, name=f"aifigures-batch-{run}-{i}", traverse=False) for i, b in enumerate(batches))
        pack = shipped is rules  # (where the rules stay here, the facts come back to be looked into here)
        read = functools.partial(batch_facts, pack=pack)
        tasks = [dask.delayed(read, pure=False)(b, default_currency, tolerances, shipped) for b in given]
        options = {} if self._scheduler is None else {"scheduler": self._scheduler}
        out = StageOutput([], [], [])
        for done in dask.compute(*tasks, **options):
            out.extend(done)
        return out if shipped is rules else looked_into(out, articles, rules)

    def check_blocks(self, blocks: list[Shipped], rules: Rules) -> list[BlockFindings]:
        """Each block checked on the cluster (`check_block`, the function the in-process check calls), in order.

        The rules (with the corpus's counts) are sent once, as one piece of data every task depends on; where
        they cannot be sent (a rate provider of the user's), the blocks are checked here.
        """
        dask = _dask()
        try:
            pickle.dumps(rules)
        except Exception:  # noqa: BLE001 - whatever pickling raises, the blocks are then checked here
            return [check_shipped(b, rules) for b in blocks]
        # named, not traversed: dask would otherwise walk and hash every fact of the corpus to name the tasks
        run = uuid.uuid4().hex
        shared = dask.delayed(rules, name=f"aifigures-rules-{run}", traverse=False)
        given = (dask.delayed(b, name=f"aifigures-block-{run}-{i}", traverse=False) for i, b in enumerate(blocks))
        tasks = [dask.delayed(check_shipped, pure=False)(b, shared) for b in given]
        options = {} if self._scheduler is None else {"scheduler": self._scheduler}
        return list(dask.compute(*tasks, **options))


def check(articles: Any, *, client: object | None = None, **options: Any) -> Report:  # noqa: ANN401
    """`aifigures.check` with the per-article stage on Dask.

    `client`: a ``distributed.Client`` (None: the current scheduler). `articles`: a Dask DataFrame or
    Bag, or any iterable of articles or records; `options` are those of `aifigures.check`.
    """
    dask = _dask()
    if isinstance(articles, dask.dataframe.DataFrame):
        records: Iterable[object] = articles.compute().to_dict("records")
    elif isinstance(articles, dask.bag.Bag):
        records = articles.compute()
    else:
        records = articles
    scheduler = None if client is None else getattr(client, "get", client)
    return check_in_process(articles_of(records), stage=_ClusterStage(scheduler), **options)
