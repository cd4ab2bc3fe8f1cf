"""The check on a Dask LocalCluster (two worker processes) gives the findings of the in-process check.

On the seed articles, the project's own example texts and a generated corpus with injected errors of
every kind (tests/corpus.py). Needs the 'dask' extra; skipped, saying so, where it is not installed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from aifigures import Article, check, load_articles
from fakes import LocalRates

from corpus import generated

distributed = pytest.importorskip("distributed", reason="the 'dask' extra (dask.distributed) is not installed")
aifigures_dask = pytest.importorskip("aifigures.dask")

SEEDS = Path(__file__).parents[2] / "seeds"
# Dask's scheduler may leave a socket for the garbage collector when a cluster stops: its warning, not ours
pytestmark = [
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A LocalCluster of two worker processes, started once for this module."""
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def corpus() -> list[Article]:
    seeds, _ = load_articles(SEEDS)
    written = [
        Article("own-1", "Alibaba investierte 2023 rund 5 Mrd. Euro.", "2024-01-10"),
        Article("own-2", "Alibaba investierte 2023 rund 50 Mrd. Euro.", "2024-01-12"),
        Article("own-3", "Norvia will 760 Millionen Yuan (etwa 80 Millionen Euro) investieren.", "2024-05-02"),
    ]
    return [*seeds, *written, *generated(120)]


def test_the_cluster_finds_what_the_process_finds(client: Any) -> None:
    articles = corpus()
    here = check(articles)
    there = aifigures_dask.check(articles, client=client)
    assert here.findings
    assert there.findings == here.findings
    assert there.notes == here.notes
    assert (there.articles, there.amounts, there.problems) == (here.articles, here.amounts, here.problems)


def test_amounts_of_a_dask_bag_are_the_extracted_ones(client: Any) -> None:
    import dask.bag as db  # noqa: PLC0415 - with the extra only

    articles = corpus()[:40]
    bag = db.from_sequence(articles, npartitions=4)  # type: ignore[no-untyped-call] # dask is untyped
    frame = aifigures_dask.amounts(bag).compute(scheduler=client.get)
    from aifigures import extract  # noqa: PLC0415

    want = [(a.id, x.text, str(x.value)) for a in articles for x in extract(a.text)]
    assert list(zip(frame["article"], frame["text"], frame["value"], strict=True)) == want


def test_the_command_line_runs_the_check_on_a_local_cluster(tmp_path: Path) -> None:
    import io  # noqa: PLC0415
    import json  # noqa: PLC0415

    from aifigures.cli import main  # noqa: PLC0415

    for a in corpus()[:60]:
        (tmp_path / f"{a.id.replace('/', '_')}.txt").write_text(a.text, encoding="utf-8")

    def run(form: str, *extra: str) -> str:
        out, err = io.StringIO(), io.StringIO()
        main(["check", str(tmp_path), "--date", "2024-06", "--format", form, *extra], out, err)
        return out.getvalue()

    local = run("json", "--jobs", "1")
    assert json.loads(local)["findings"]
    assert run("json", "--dask", "local", "--jobs", "2") == local
    # JSON lines: written as the findings are read from disk, after the check on the cluster
    assert run("jsonl", "--dask", "local", "--jobs", "2") == run("jsonl", "--jobs", "1")


def test_a_dask_bag_of_records_is_read_where_it_is(client: Any) -> None:
    """Records with and without ids, one id given twice, over partitions: the in-process findings and problems."""
    import dask.bag as db  # noqa: PLC0415 - with the extra only

    records: list[object] = [{"id": a.id, "text": a.text, "date": a.date} for a in corpus()[:50]]
    records[3] = {"text": "Brisano zahlte 2023 rund 7 Mio. Euro."}  # no id: called by its number
    records[17] = {"id": "own-1", "text": "Alibaba investierte 2023 rund 500 Mrd. Euro.", "date": "2024-01-11"}
    records.append({"id": "own-1", "text": "Alibaba investierte 2023 rund 5 Mrd. Euro.", "date": "2024-01-13"})
    here = check(aifigures_dask.articles_of(records))
    bag = db.from_sequence(records, npartitions=4)  # type: ignore[no-untyped-call] # dask is untyped
    there = aifigures_dask.check(bag, client=client)
    assert any("given again" in str(p) for p in here.problems)
    assert "4" in here.articles
    assert (there.findings, there.notes) == (here.findings, here.notes)
    assert (there.articles, there.amounts, there.problems) == (here.articles, here.amounts, here.problems)


def test_a_dask_dataframe_is_checked_in_its_partitions(client: Any) -> None:
    import dask.dataframe as dd  # noqa: PLC0415 - with the extra only
    import pandas as pd  # noqa: PLC0415

    articles = corpus()[:60]
    frame = pd.DataFrame([{"id": a.id, "text": a.text, "date": a.date and str(a.date)} for a in articles])
    here = check(aifigures_dask.articles_of(frame.to_dict("records")))
    there = aifigures_dask.check(dd.from_pandas(frame, npartitions=3), client=client)  # type: ignore[no-untyped-call]
    assert here.findings
    assert (there.findings, there.notes, there.articles, there.amounts) == (
        here.findings,
        here.notes,
        here.articles,
        here.amounts,
    )


def test_the_articles_are_read_and_the_blocks_checked_on_the_workers(client: Any, monkeypatch: Any) -> None:
    """Here the reader and the block check break: the cluster's workers, other processes, still give the findings."""
    articles = corpus()[:40]
    here = check(articles)

    def not_here(*_: object, **__: object) -> None:
        raise AssertionError("run in the calling process")

    monkeypatch.setattr(aifigures_dask, "batch_facts", not_here)
    monkeypatch.setattr(aifigures_dask, "check_shipped", not_here)
    there = aifigures_dask.check(articles, client=client)
    assert here.findings
    assert (there.findings, there.notes) == (here.findings, here.notes)


def test_articles_given_as_a_stream_go_to_the_workers_as_they_come(client: Any, monkeypatch: Any) -> None:
    """A run of 256 articles is sent to the workers before the next is read: the stream is never held whole."""
    articles = corpus()
    taken = 0

    def stream() -> Iterator[Article]:
        nonlocal taken
        for a in articles:
            taken += 1
            yield a

    sent: list[int] = []
    scatter = client.scatter

    def counted(data: object, **kwargs: object) -> object:
        sent.append(taken)
        return scatter(data, **kwargs)

    monkeypatch.setattr(client, "scatter", counted)
    there = aifigures_dask.check(stream(), client=client)
    assert len(articles) > 256
    assert sent == [*range(256, len(articles), 256), len(articles)]
    here = check(articles)
    assert (there.findings, there.notes, there.articles) == (here.findings, here.notes, here.articles)


def test_rates_that_cannot_travel_check_here_with_the_same_findings(client: Any) -> None:
    articles = corpus()[:80]
    rates = LocalRates()
    here = check(articles, rates=rates)  # type: ignore[arg-type]
    there = aifigures_dask.check(articles, client=client, rates=rates)
    assert here.findings
    assert (there.findings, there.notes, there.articles) == (here.findings, here.notes, here.articles)
