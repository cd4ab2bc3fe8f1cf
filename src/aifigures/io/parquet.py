"""Corpora as Parquet (``id``, ``text``, ``date``, ``source`` columns) and amounts out as Parquet rows.

Needs the ``parquet`` extra (``pip install aifigures[parquet]``: pyarrow). Input is read a row group at
a time; output is written as it goes, one row per amount with every `Amount` field, the value normalised
to euros per year (or as a stock) and how it was made (rate, rate date, rate source, period factor).
Money stays exact: values are written as decimal strings (``"4200000000"``), as in the JSON output;
``pandas.Series.map(decimal.Decimal)`` or polars' ``cast(pl.Decimal)`` read them back.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from aifigures.errors import AifiguresError
from aifigures.extras import optional

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from pathlib import Path

    from aifigures.amount import Amount
    from aifigures.io.articles import Article

__all__ = ["AMOUNT_COLUMNS", "AmountWriter", "amount_row", "read_articles"]

AMOUNT_COLUMNS = (
    "article",
    "text",
    "start",
    "end",
    "value",
    "low",
    "high",
    "currency",
    "qualifier",
    "period",
    "scale",
    "currency_inferred",
    "ambiguous",
    "period_text",
    "eur_value",
    "eur_per",
    "rate",
    "rate_date",
    "rate_source",
    "period_factor",
    "normalise_note",
)
_BATCH_ROWS = 10_000


def _pyarrow() -> Any:  # noqa: ANN401 - the pyarrow module, untyped
    return optional("parquet", "pyarrow", "pyarrow.parquet")


def read_articles(path: Path) -> Iterator[tuple[int, dict[str, object]]]:
    """(row number from 1, the row's id, text, date and source) for each row of a Parquet file."""
    pa = _pyarrow()
    f = pa.parquet.ParquetFile(str(path))
    names = set(f.schema_arrow.names)
    if "text" not in names:
        raise AifiguresError(f"{path}: a Parquet corpus needs a 'text' column (it has {sorted(names)})")
    columns = [c for c in ("id", "text", "date", "source") if c in names]
    n = 0
    for batch in f.iter_batches(columns=columns):
        for row in batch.to_pylist():
            n += 1
            when = row.get("date")
            if isinstance(when, dt.datetime):
                when = when.date()
            yield n, {**row, "date": when.isoformat() if isinstance(when, dt.date) else when}


class AmountWriter:
    """Writes amounts to a Parquet file as they come, a row group at a time (memory stays flat)."""

    def __init__(self, path: Path) -> None:
        """Open `path` for writing."""
        pa = _pyarrow()
        self._pa = pa
        strings = {"value", "low", "high", "eur_value", "rate", "period_factor"}
        fields = []
        for name in AMOUNT_COLUMNS:
            if name in {"start", "end", "scale"}:
                kind = pa.int64()
            elif name in {"currency_inferred", "ambiguous"}:
                kind = pa.bool_()
            elif name == "rate_date":
                kind = pa.date32()
            else:
                kind = pa.string()
            fields.append(pa.field(name, kind, metadata={"exact": "decimal string"} if name in strings else None))
        self._schema = pa.schema(fields)
        self._writer = pa.parquet.ParquetWriter(str(path), self._schema)
        self._rows: list[dict[str, object]] = []
        self.written = 0

    def add(self, article: Article, amounts: Iterable[Amount]) -> None:
        """Queue the rows of one article's amounts; a full batch is written."""
        for a in amounts:
            self._rows.append(amount_row(article, a))
        if len(self._rows) >= _BATCH_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(self._pa.Table.from_pylist(self._rows, schema=self._schema))
            self.written += len(self._rows)
            self._rows = []

    def close(self) -> None:
        """Write what is queued and close the file."""
        self._flush()
        self._writer.close()


def amount_row(article: Article, a: Amount) -> dict[str, object]:
    """The Parquet row of one amount of `article` (the columns of `AMOUNT_COLUMNS`)."""
    from aifigures.formatting import exact  # noqa: PLC0415
    from aifigures.normalise import normalise  # noqa: PLC0415 - only when writing

    row: dict[str, object] = {
        "article": article.id,
        **{k: v for k, v in a.to_dict().items() if k != "article"},
        "scale": a.scale,
        "currency_inferred": a.currency_inferred,
        "ambiguous": a.ambiguous,
        "period_text": a.period_text,
    }
    try:
        n = normalise(a, currency="EUR", per="year", on=article.date)
    except AifiguresError as e:  # no rate, no date: the row says why instead of a value
        row["normalise_note"] = str(e)
        return row
    row["eur_value"] = exact(n.value)
    row["eur_per"] = None if n.per is None else str(n.per)
    row["period_factor"] = str(n.factor)
    if n.rate is not None:
        row["rate"] = exact(n.rate.rate)
        row["rate_date"] = n.rate.used[0]
        row["rate_source"] = n.rate.source
    row["normalise_note"] = "; ".join(n.notes) or None
    return row
