"""Seconds per MB of `extract` on 1, 2, 4, 8 and 16 MB of running text, and on absurdly long numbers.

Run: ``python benchmarks/extract_scaling.py [--max-mb N]``. The text is news-like prose the project writes
(texts.py): paragraphs of a few sentences, a money amount in most, joined by blank lines and, in every
fifth paragraph, by a single line break (the shape that once crashed). Each size is one `extract` call on
one string. The target: the 16 MB figure per MB within 1.5x of the 1 MB one (time linear in length). The
reference is `str.lower` plus one regex scan over the same text, timed in the same run: it is linear by
construction, so its column shows what the machine does per MB at each size.

Then numbers of 10^3 to 10^6 digits before " Euro": each must be read (or refused) in well under a second.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import texts as corpus  # noqa: E402 - beside this script
from options import parse as parse_options  # noqa: E402 - beside this script

from aifigures import extract  # noqa: E402

MB = 1_000_000
_REFERENCE = re.compile(r"\d[\d.,]*\s*(?:Mrd|Mio|Milliarden|Millionen)\.?\s*(?:Euro|Dollar|Franken)")


def document(size: int) -> str:
    """About `size` characters of paragraphs built from the written templates."""
    sentences = corpus.written()
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        paragraph = " ".join(sentences[(i + k) % len(sentences)] for k in range(4))
        parts.append(paragraph)
        parts.append("\n" if i % 5 == 4 else "\n\n")
        total += len(paragraph) + 2
        i += 1
    return "".join(parts)


def timed(text: str) -> tuple[float, int]:
    """Seconds of one `extract` call on `text`, and how many amounts it found."""
    start = time.perf_counter()
    found = extract(text)
    return time.perf_counter() - start, len(found)


def reference(text: str) -> float:
    """Seconds of the linear reference on `text`: lower-casing and two regex scans."""
    start = time.perf_counter()
    _REFERENCE.findall(text.lower())
    _REFERENCE.findall(text)
    return time.perf_counter() - start


def main() -> None:
    """Print the seconds per MB at each size and the ratio to the first."""
    top = parse_options(__doc__, max_mb=True).max_mb
    sizes = [s for s in (1, 2, 4, 8, 16) if s <= top]
    print(f"{'MB':>4} {'amounts':>9} {'s':>8} {'s/MB':>7} {'vs 1 MB':>8} {'reference s/MB':>15}")
    first = 0.0
    for mb in sizes:
        text = document(mb * MB)
        took, n = timed(text)
        per = took / (len(text) / MB)
        first = first or per
        ref = reference(text) / (len(text) / MB)
        print(f"{mb:>4} {n:>9,} {took:>8.2f} {per:>7.2f} {per / first:>7.2f}x {ref:>15.3f}")
    print("target: the 16 MB figure per MB within 1.5x of the 1 MB one")
    print(f"\n{'digits':>9} {'s':>8}  read as")
    for digits in (1_000, 10_000, 100_000, 1_000_000):
        text = "Der Preis lag bei " + "7" * digits + " Euro."
        took, n = timed(text)
        print(f"{digits:>9,} {took:>8.3f}  {n} amount(s)")
    print("target: a million digits in well under a second")


if __name__ == "__main__":
    main()
