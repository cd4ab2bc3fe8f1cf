"""Articles per second of `check`, on synthetic corpora of 1,000 and 10,000 articles.

Run: ``python benchmarks/check_speed.py``. The corpus is built from the seed articles and the dev
sentences (tests/data/realnews_dev.jsonl): article i is seed or sentence i modulo their number, with
the company names of a few template sentences varied so that facts repeat across articles the way
reports of the same figures do. The time per article must stay flat as the corpus grows (facts are
grouped by subject first; pairs are compared only within a group). Rates come from the embedded ECB
data, as in real use.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from aifigures import Article, check  # noqa: E402

COMPANIES = ["Keltron", "Aldona", "Norvia", "Brisano", "Tevolt", "Quarvik", "Zephyra", "Omnira"]


def corpus(n: int) -> list[Article]:
    """`n` articles from the seeds, the dev sentences and template reports."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    dev = ROOT / "tests" / "data" / "realnews_dev.jsonl"
    sentences = [json.loads(line)["text"] for line in dev.read_text(encoding="utf-8").splitlines()]
    texts = seeds + sentences
    out = []
    for i in range(n):
        if i % 3 == 0:
            c = COMPANIES[i % len(COMPANIES)]
            year = 2015 + i % 9
            text = f"{c} investierte im Jahr {year} rund {1 + i % 40},{i % 10} Mrd. Euro in neue Werke."
        else:
            text = texts[i % len(texts)]
        out.append(Article.of(f"a{i:05d}", text, f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"))
    return out


def main() -> None:
    """Print articles per second at two sizes."""
    print(f"{'articles':>9} {'amounts':>9} {'findings':>9} {'seconds':>9} {'articles/s':>11} {'us/article':>11}")
    for n in (1_000, 10_000):
        arts = corpus(n)
        start = time.perf_counter()
        report = check(arts)
        took = time.perf_counter() - start
        print(
            f"{n:>9,} {report.amounts:>9,} {len(report.findings):>9,} {took:>9.2f} {n / took:>11,.0f} "
            f"{took / n * 1e6:>11,.0f}"
        )


if __name__ == "__main__":
    main()
