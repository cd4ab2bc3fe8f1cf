"""Run `extract` on a million generated documents and print how many raised (the promise: zero).

Run: ``python benchmarks/fuzz_documents.py [--n 1000000] [--jobs N] [--start SEED]``. Document i is
``documents.seeded(start + i)`` (tests/documents.py: paragraphs, lists, tables, headings, HTML remnants,
URLs, CR/LF/CRLF breaks, long lines and long numbers), so any failure is reproduced from its seed alone.
Each amount's span must slice its text from the document: a wrong span counts as a failure too. The seeds
are shared out over N processes (default: the cores available). Printed: documents, characters, amounts,
failures (with the first seeds and errors), seconds and documents per second.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from aifigures import extract  # noqa: E402

from documents import seeded  # noqa: E402 - tests/documents.py, the shapes the property tests draw


@dataclass
class Tally:
    """What one share of the seeds gave."""

    documents: int = 0
    characters: int = 0
    amounts: int = 0
    failures: list[tuple[int, str]] = field(default_factory=list)


def run(first: int, count: int) -> Tally:
    """Extract from the documents of seeds first .. first + count - 1."""
    tally = Tally()
    for seed in range(first, first + count):
        doc = seeded(seed)
        tally.documents += 1
        tally.characters += len(doc)
        try:
            found = extract(doc)
            for a in found:
                if doc[a.span[0] : a.span[1]] != a.text:
                    raise AssertionError(f"span {a.span} does not slice {a.text!r}")  # noqa: TRY301
        except Exception as e:  # noqa: BLE001 - every failure is counted and shown, none is hidden
            tally.failures.append((seed, f"{type(e).__name__}: {e}"[:200]))
            continue
        tally.amounts += len(found)
    return tally


def main() -> None:
    """Share the seeds out, add up, print."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1_000_000, help="how many documents (default a million)")
    ap.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)), help="processes")
    ap.add_argument("--start", type=int, default=0, help="the first seed")
    args = ap.parse_args()
    chunk = 2_000
    shares = [(s, min(chunk, args.start + args.n - s)) for s in range(args.start, args.start + args.n, chunk)]
    total = Tally()
    began = time.perf_counter()
    with ProcessPoolExecutor(args.jobs) as pool:
        for done in pool.map(run, *zip(*shares, strict=True)):
            total.documents += done.documents
            total.characters += done.characters
            total.amounts += done.amounts
            total.failures += done.failures
    took = time.perf_counter() - began
    print(f"documents {total.documents:,} ({total.characters / 1e6:,.0f} MB), amounts {total.amounts:,}")
    print(f"raised or wrong span: {len(total.failures)}")
    for seed, error in total.failures[:10]:
        print(f"  seed {seed}: {error}")
    print(f"{took:,.0f} s with {args.jobs} processes, {total.documents / took:,.0f} documents per second")
    sys.exit(1 if total.failures else 0)


if __name__ == "__main__":
    main()
