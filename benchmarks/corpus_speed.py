"""End-to-end throughput of the check on a generated news corpus: --jobs 1, --jobs 2 and Dask, side by side.

Run: ``python benchmarks/corpus_speed.py [--sizes 10000,100000]``. The corpus is tests/corpus.py's:
stories about made-up companies, each told by three outlets, one story in five with an injected error of
every kind in turn; every article is dated. Each configuration runs in a child process of its own (so
that its peak memory is its own) and times the check of the corpus (reading, extraction, facts, the rules,
and the merge of the findings, read from disk one at a time, as a report written as it goes reads them).
For processes the corpus is a stream (tests/corpus.py's `stream`: each article made as it is read, never
held whole, as a file is read), so its making is in the time (about 0.1 s for 10,000 articles); Dask is
given a list made beforehand (its making, and the cluster's start, out of the time; `aifigures.dask`
sends it to the workers 256 articles at a time, and takes a stream as well).
Printed per configuration and size: articles per second and the peak resident memory of the process and
its workers (for Dask: the client; the workers are other processes).

Targets (issue 17, 2 cores): --jobs 2 at least 1.8x --jobs 1; Dask within 25 % of --jobs 2; time linear
in articles; peak memory at 100,000 articles at most 1.5x that at 10,000. The reference measured in the same
run: how much faster two processes of this machine finish a pure-Python loop each than one process does
both (what two cores give at best).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))


def _child(config: str, articles: int) -> dict[str, float]:
    """Time one check of the corpus (in this child process): as a stream for processes, as a list for Dask.

    As `aifigures check --format jsonl` does: the check, then its findings read from disk one at a time
    (`aifigures.check.streamed`), counted, never held.
    """
    from aifigures.check import streamed

    from corpus import generated, stream

    start = time.perf_counter()
    if config == "dask":
        corpus = generated(articles // 3)
        import distributed

        import aifigures.dask

        with (
            distributed.LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=":0") as cluster,
            distributed.Client(cluster) as client,
        ):
            start = time.perf_counter()  # the cluster's start is not the check's time
            with aifigures.dask.streamed(corpus, client=client) as run:
                found, checked = sum(not f.is_note for f in run.findings()), len(run.ids)
    else:
        with streamed(stream(articles // 3), jobs=int(config.removeprefix("jobs"))) as run:
            found, checked = sum(not f.is_note for f in run.findings()), len(run.ids)
    took = time.perf_counter() - start
    peak = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    )
    return {"articles": checked, "seconds": took, "peak_mb": peak / 1024, "findings": found}


def _spin(n: int) -> int:
    """A pure-Python loop: the work two processes of this machine can do at once, with nothing shared."""
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def machine_ceiling(n: int = 10_000_000, rounds: int = 3) -> float:
    """How much faster two processes finish two loops than one process (the reference for --jobs 2).

    The best of `rounds` of each, measured before the configurations run (nothing else on the machine).
    """
    from concurrent.futures import ProcessPoolExecutor

    one = two = float("inf")
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_spin, [1, 1]))  # the workers started
        for _ in range(rounds):
            start = time.perf_counter()
            _spin(n)
            _spin(n)
            one = min(one, time.perf_counter() - start)
            start = time.perf_counter()
            list(pool.map(_spin, [n, n]))
            two = min(two, time.perf_counter() - start)
    return one / two


def main() -> None:
    """Run each configuration at each size in a child process; print the table and the targets."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "--sizes", default="10000,100000", help="corpus sizes, comma-separated (the last is the big one)"
    )
    parser.add_argument("--child", nargs=2, metavar=("CONFIG", "ARTICLES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.child[0], int(args.child[1]))))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    configs = ["jobs1", "jobs2", "dask"]
    ceiling = machine_ceiling()
    results: dict[tuple[str, int], dict[str, float]] = {}
    print(f"{'config':>7} {'articles':>9} {'seconds':>8} {'art/s':>7} {'peak MB':>8} {'findings':>9}")
    for n in sizes:
        for config in configs:
            proc = subprocess.run(  # noqa: S603 - this script, as a child
                [sys.executable, __file__, "--child", config, str(n)], capture_output=True, text=True, check=False
            )
            if proc.returncode != 0:
                print(f"{config:>7} {n:>9,} failed: {proc.stderr.strip().splitlines()[-1:]}")
                continue
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            results[(config, n)] = r
            rate = r["articles"] / r["seconds"]
            print(
                f"{config:>7} {int(r['articles']):>9,} {r['seconds']:>8.1f} {rate:>7,.0f} {r['peak_mb']:>8,.0f} "
                f"{int(r['findings']):>9,}"
            )
    big, small = sizes[-1], sizes[0]

    def rate(config: str, n: int) -> float:
        r = results.get((config, n))
        return r["articles"] / r["seconds"] if r else float("nan")

    print(f"--jobs 2 / --jobs 1 at {big:,}: {rate('jobs2', big) / rate('jobs1', big):.2f}x (target >= 1.8x)")
    print(f"reference, this machine: a pure-Python loop in 2 processes runs {ceiling:.2f}x one process")
    print(f"Dask / --jobs 2 at {big:,}: {rate('dask', big) / rate('jobs2', big):.2f} (target >= 0.75)")
    if big != small:
        print(
            f"--jobs 1 time per article at {big:,} / at {small:,}: {rate('jobs1', small) / rate('jobs1', big):.2f} "
            "(linear: 1.0)"
        )
        ratio = results[("jobs1", big)]["peak_mb"] / results[("jobs1", small)]["peak_mb"]
        print(f"--jobs 1 peak memory at {big:,} / at {small:,}: {ratio:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
