"""End-to-end speed of `check` on a corpus, beside the extraction of the same texts (measured in the same run).

Run: ``python benchmarks/check_speed.py``. The corpus: article i is a seed article, a dense sentence (see
texts.py) or a template report with the company name and year varied, so that facts repeat across
articles the way reports of the same figures do. Printed per size: articles per second and microseconds
per article for `check`, and for `extract` alone on the same texts, and their ratio (the target: `check`
within twice the extraction). The time per article must stay flat as the corpus grows (facts are grouped
by subject; pairs are compared only within a group). Rates come from the embedded ECB data.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import texts as corpus  # noqa: E402 - beside this script
from options import parse as parse_options  # noqa: E402 - beside this script

from aifigures import Article, check, extract  # noqa: E402

COMPANIES = ["Keltron", "Aldona", "Norvia", "Brisano", "Tevolt", "Quarvik", "Zephyra", "Omnira"]


def articles(n: int, texts: list[str]) -> list[Article]:
    """`n` dated articles from the texts and template reports."""
    out = []
    for i in range(n):
        if i % 3 == 0:
            c = COMPANIES[i % len(COMPANIES)]
            text = f"{c} investierte im Jahr {2015 + i % 9} rund {1 + i % 40},{i % 10} Mrd. Euro in neue Werke."
        else:
            text = texts[i % len(texts)]
        out.append(Article.of(f"a{i:05d}", text, f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"))
    return out


def main() -> None:
    """Print check and extract side by side at two sizes."""
    parse_options(__doc__)
    what, dense = corpus.dense()
    print(f"corpus: the seed articles, {what}, and template reports")
    head = ("articles", "amounts", "findings", "check/s", "us/art", "extract/s", "us/art", "ratio")
    print(" ".join(f"{h:>{w}}" for h, w in zip(head, (9, 8, 9, 9, 8, 10, 8, 6), strict=True)))
    for n in (1_000, 10_000):
        arts = articles(n, corpus.seeds() + dense)
        start = time.perf_counter()
        for a in arts:
            extract(a.text)
        took_x = time.perf_counter() - start
        start = time.perf_counter()
        report = check(arts)
        took = time.perf_counter() - start
        print(
            f"{n:>9,} {report.amounts:>8,} {len(report.findings):>9,} {n / took:>9,.0f} {took / n * 1e6:>8,.0f} "
            f"{n / took_x:>10,.0f} {took_x / n * 1e6:>8,.0f} {took / took_x:>6.2f}"
        )


if __name__ == "__main__":
    main()
