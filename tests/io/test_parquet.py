"""Corpora as Parquet and gzipped JSON lines in; amounts as Parquet out (the 'parquet' extra)."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest

from aifigures import check, load_articles
from aifigures.cli import main

pa = pytest.importorskip("pyarrow", reason="the 'parquet' extra (pyarrow) is not installed")
pq = pytest.importorskip("pyarrow.parquet")

ROWS: list[dict[str, object]] = [
    {"id": "r1", "text": "Keltron investierte 2023 rund 5 Mrd. Euro.", "date": dt.date(2024, 1, 10), "source": "A"},
    {"id": "r2", "text": "Keltron investierte 2023 rund 50 Mrd. Euro.", "date": dt.date(2024, 1, 11), "source": "B"},
    {"id": None, "text": "Die Stadt zahlte 100 Millionen Dollar.", "date": None, "source": None},
]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_a_parquet_corpus_is_read_as_jsonl_records_are(tmp_path: Path) -> None:
    pq.write_table(pa.Table.from_pylist(ROWS), tmp_path / "corpus.parquet")
    articles, problems = load_articles(tmp_path)
    assert problems == []
    assert [a.id for a in articles] == ["r1", "r2", "corpus.parquet:3"]
    assert str(articles[0].date) == "2024-01-10"
    assert [f.kind.value for f in check(articles).findings] == ["scale_error"]


def test_gzipped_json_lines_are_read(tmp_path: Path) -> None:
    lines = "\n".join(json.dumps({**r, "date": str(r["date"])}) for r in ROWS[:2])
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(lines.encode()))
    assert [a.id for a in load_articles(tmp_path)[0]] == ["r1", "r2"]


def test_a_file_that_is_no_parquet_is_a_problem_named_by_its_path(tmp_path: Path) -> None:
    (tmp_path / "bad.parquet").write_bytes(b"not parquet at all")
    articles, problems = load_articles(tmp_path)
    assert articles == []
    assert [str(p).split(":")[0] for p in problems] == [str(tmp_path / "bad.parquet")]


def test_extract_writes_one_parquet_row_per_amount_with_its_provenance(tmp_path: Path) -> None:
    pq.write_table(pa.Table.from_pylist(ROWS), tmp_path / "corpus.parquet")
    out = tmp_path / "amounts.parquet"
    code, _, err = run("extract", str(tmp_path / "corpus.parquet"), "--format", "parquet", "--output", str(out))
    assert (code, err) == (0, "")
    rows = pq.read_table(out).to_pylist()
    assert [(r["article"], r["text"], r["value"], r["currency"]) for r in rows] == [
        ("r1", "rund 5 Mrd. Euro", "5000000000", "EUR"),
        ("r2", "rund 50 Mrd. Euro", "50000000000", "EUR"),
        ("corpus.parquet:3", "100 Millionen Dollar", "100000000", "USD"),
    ]
    assert rows[0]["eur_value"] == "5000000000"  # a euro stock: no rate
    assert rows[2]["rate"] is None  # an undated dollar amount: no rate, and the note says why
    assert rows[2]["normalise_note"]
    assert Decimal(rows[1]["value"]) == Decimal("5E10")


def test_extract_parquet_needs_an_output_file(tmp_path: Path) -> None:
    code, _, err = run("extract", str(tmp_path), "--format", "parquet")
    assert code == 2
    assert "--output" in err
