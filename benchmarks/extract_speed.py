"""Characters per second of `aifigures.extract`, beside a naive regex, price-parser and quantulum3.

Run: ``python benchmarks/extract_speed.py`` (``make bench`` installs the peers first). All systems are
measured in the same run, single process, on the same texts:

* seeds: the five seed articles (long text, few amounts);
* dense: the real-news dev sentences (tests/data/realnews_dev.jsonl; nearly every sentence has money).

The naive scan is one regex for number + scale + currency word (the scorer's ``regex-baseline``).
price-parser is called once per number with a small window around it (as the scorer does), quantulum3
once per text. Each figure is the median of several passes. The hostile inputs of
tests/test_adversarial.py are timed at the end.
"""

from __future__ import annotations

import json
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from aifigures import extract  # noqa: E402

NAIVE = re.compile(
    r"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*"
    r"(Mio\.?|Mrd\.?|Millionen|Million|Milliarden|Milliarde|Billionen|Billion)?\s*"
    r"(US-Dollar|Dollar|USD|\$|Euro|EUR|€|Franken|CHF|Yuan|CNY|Yen|JPY|Pfund|GBP|Won|Rubel|Rupien)(?!\w)"
)
_PP_NUM = re.compile(r"(?<![\w.,])[-+]?\d+(?:[.,'‘’]\d+|[ \u00a0\u202f]\d{3}(?!\d))*")


def naive(text: str) -> list[Decimal]:
    """The naive one-regex scan."""
    return [Decimal(m.group(1).replace(".", "").replace(",", ".")) for m in NAIVE.finditer(text)]


def load() -> dict[str, list[str]]:
    """The two corpora."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    dev = ROOT / "tests" / "data" / "realnews_dev.jsonl"
    dense = [json.loads(line)["text"] for line in dev.read_text(encoding="utf-8").splitlines()]
    return {"seeds": seeds, "dense": dense}


def rate(fn: Callable[[str], object], texts: list[str], passes: int) -> float:
    """Median characters per second over `passes` passes (after one warm-up pass)."""
    chars = sum(len(t) for t in texts)
    for t in texts:
        fn(t)
    times = []
    for _ in range(passes):
        start = time.perf_counter()
        for t in texts:
            fn(t)
        times.append(time.perf_counter() - start)
    return chars / statistics.median(times)


def peers() -> dict[str, Callable[[str], object]]:
    """The systems that are installed."""
    systems: dict[str, Callable[[str], object]] = {"aifigures": extract, "naive regex": naive}
    try:
        from price_parser import Price

        def price_parser(text: str) -> list[object]:
            out = []
            for m in _PP_NUM.finditer(text):
                s, e = m.span()
                pre = re.split(r"\d", text[max(0, s - 8) : s])[-1]
                post = re.split(r"\d", text[e : e + 30])[0]
                out.append(Price.fromstring(pre + m.group(0) + post))
            return out

        systems["price-parser"] = price_parser
    except ImportError:
        print("price-parser not installed (pip install -e '.[bench]'); skipped")
    try:
        import warnings

        warnings.filterwarnings("ignore")
        from quantulum3 import parser as q_parser

        systems["quantulum3"] = q_parser.parse
    except ImportError:
        print("quantulum3 not installed (pip install -e '.[bench]'); skipped")
    return systems


def hostile() -> dict[str, str]:
    """The hostile inputs of tests/test_adversarial.py."""
    rnd = random.Random(1)
    return {
        "1 MB of digits, dots and spaces": "".join(rnd.choice("0123456789. ") for _ in range(1_000_000)),
        '100,000 x "Mrd. "': "Mrd. " * 100_000,
        '20,000 x "5 Mio. Euro "': "5 Mio. Euro " * 20_000,
    }


def main() -> None:
    """Print the table."""
    corpora = load()
    systems = peers()
    print(
        f"python {sys.version.split()[0]}; chars: " + ", ".join(f"{k} {sum(map(len, v)):,}" for k, v in corpora.items())
    )
    print(f"{'system':<14}" + "".join(f"{k + ' chars/s':>20}" for k in corpora) + f"{'vs naive (seeds/dense)':>26}")
    rates = {
        name: {k: rate(fn, texts, 5 if name != "quantulum3" else 1) for k, texts in corpora.items()}
        for name, fn in systems.items()
    }
    base = rates["naive regex"]
    for name, r in rates.items():
        rel = " / ".join(f"{r[k] / base[k]:.2f}" for k in corpora)
        print(f"{name:<14}" + "".join(f"{r[k]:>20,.0f}" for k in corpora) + f"{rel:>26}")
    print("hostile input (aifigures.extract, one call):")
    for label, text in hostile().items():
        start = time.perf_counter()
        extract(text)
        print(f"  {label:<34} {time.perf_counter() - start:8.3f} s")


if __name__ == "__main__":
    main()
