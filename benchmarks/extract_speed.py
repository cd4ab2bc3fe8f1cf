"""Characters per second of `aifigures.extract`, beside a naive regex, price-parser and quantulum3.

Run: ``python benchmarks/extract_speed.py [--compiled PYTHON]`` (``make bench`` installs the peers and,
where a C compiler is found, the mypyc build first). All systems are measured in the same run, single
process, on the same texts:

* seeds: the five seed articles (long text, few amounts);
* dense: the real-news dev sentences (read where they live, see texts.py; nearly every sentence has money).

Two naive scans, both one regex for number + scale + currency word:

* regex-baseline: the scorer's ``regex-baseline`` as it stands in ``shared/tools/score.py`` (copied
  below): each match becomes an amount record with its value scaled and its currency mapped to ISO;
  the extraction issue names it as the reference ("about 20 million characters per second here");
* bare regex scan: the same regex with only the number read: a stricter reference, since it skips
  the work of making an amount.

aifigures runs from ``src/`` as plain Python (what an install gets where no C compiler is found, and an
editable install) and, with ``--compiled``, as the mypyc build that ``pip install`` makes where one is
found (hatch_build.py), installed for that interpreter and measured in a child process on the same
texts. price-parser is called once per number with a small window around it (as the scorer does),
quantulum3 once per text. Each figure is the median of several passes. The hostile inputs of
tests/test_adversarial.py are timed at the end.
"""

from __future__ import annotations

import json
import random
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEASURE = "--measure" in sys.argv  # a child process timing the installed (compiled) build only
if not MEASURE:
    sys.path.insert(0, str(ROOT / "src"))

import texts as corpus  # noqa: E402 - beside this script
from options import parse as parse_options  # noqa: E402 - beside this script

from aifigures import extract  # noqa: E402

NAIVE = re.compile(
    r"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*"
    r"(Mio\.?|Mrd\.?|Millionen|Million|Milliarden|Milliarde|Billionen|Billion)?\s*"
    r"(US-Dollar|Dollar|USD|\$|Euro|EUR|€|Franken|CHF|Yuan|CNY|Yen|JPY|Pfund|GBP|Won|Rubel|Rupien)(?!\w)"
)
_PP_NUM = re.compile(r"(?<![\w.,])[-+]?\d+(?:[.,'‘’]\d+|[ \u00a0\u202f]\d{3}(?!\d))*")
# the scorer's tables for the words NAIVE can match (shared/tools/score.py: _RB_SCALE, _CUR_WORDS)
_RB_SCALE = {"mio": 6, "million": 6, "millionen": 6, "mrd": 9, "milliarde": 9, "milliarden": 9, "billion": 12}
_RB_SCALE["billionen"] = 12
_CUR_WORDS = {"€": "EUR", "euro": "EUR", "$": "USD", "dollar": "USD", "us-dollar": "USD", "yen": "JPY"}
_CUR_WORDS |= {"yuan": "CNY", "franken": "CHF", "pfund": "GBP", "won": "KRW", "rubel": "RUB", "rupien": "INR"}


def bare_scan(text: str) -> list[Decimal]:
    """The bare one-regex scan: the number of each match, nothing else."""
    return [Decimal(m.group(1).replace(".", "").replace(",", ".")) for m in NAIVE.finditer(text)]


def _norm_currency(raw: str) -> str | None:
    """The scorer's ``norm_currency`` for a matched string."""
    s = str(raw).strip()
    if re.fullmatch(r"[A-Z]{3}", s):
        return s
    return _CUR_WORDS.get(s.lower(), s.upper() if s else None)


def regex_baseline(text: str) -> list[dict[str, object]]:
    """The scorer's ``regex-baseline``: one record per match, its value scaled and its currency in ISO."""
    out: list[dict[str, object]] = []
    for m in NAIVE.finditer(text):
        num = Decimal(m.group(1).replace(".", "").replace(",", "."))
        if m.group(2):
            num = num.scaleb(_RB_SCALE[m.group(2).rstrip(".").lower()])
        out.append(
            {
                "start": m.start(),
                "end": m.end(),
                "value": num,
                "low": None,
                "high": None,
                "currency": _norm_currency(m.group(3)),
                "qualifier": None,
                "period": None,
            }
        )
    return out


def load() -> dict[str, list[str]]:
    """The two corpora."""
    what, dense = corpus.dense()
    print(f"dense: {what}")
    return {"seeds": corpus.seeds(), "dense": dense}


def rate(fn: Callable[[str], object], texts: list[str], passes: int) -> float:
    """Median characters per second over `passes` passes (after one warm-up pass)."""
    return rates_alternating([fn], texts, passes)[0]


def rates_alternating(fns: list[Callable[[str], object]], texts: list[str], passes: int) -> list[float]:
    """Median characters per second of each function, their passes taken in turn.

    A machine whose speed drifts during the run slows each of them alike.
    """
    chars = sum(len(t) for t in texts)
    for fn in fns:
        for t in texts:
            fn(t)
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(passes):
        for i, fn in enumerate(fns):
            start = time.perf_counter()
            for t in texts:
                fn(t)
            times[i].append(time.perf_counter() - start)
    return [chars / statistics.median(ts) for ts in times]


def peers() -> dict[str, Callable[[str], object]]:
    """The systems that are installed."""
    systems: dict[str, Callable[[str], object]] = {
        "aifigures": extract,
        "regex-baseline": regex_baseline,
        "bare regex scan": bare_scan,
    }
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


def compiled_rates(python: str) -> dict[str, dict[str, float]]:
    """The compiled build's rates and the regex baseline's, measured in turn by `python` in a child process.

    On the same texts: the child's ratio is taken at the same moment as its own reference.
    """
    out = subprocess.run(  # noqa: S603 - our own script, run by the interpreter the caller named
        [python, str(Path(__file__).resolve()), "--measure"], check=True, capture_output=True, text=True
    )
    rates: dict[str, dict[str, float]] = json.loads(out.stdout.strip().splitlines()[-1])  # after the corpus
    return rates


def main() -> None:
    """Print the table."""
    python = parse_options(__doc__, compiled=True).compiled
    corpora = load()
    if MEASURE:
        from aifigures.cli import build

        if build() != "compiled (mypyc)":
            sys.exit(f"--measure: the extraction runs as {build()} here, not compiled")
        both = {k: rates_alternating([extract, regex_baseline], texts, 7) for k, texts in corpora.items()}
        print(
            json.dumps({"compiled": {k: v[0] for k, v in both.items()}, "baseline": {k: v[1] for k, v in both.items()}})
        )
        return
    systems = peers()
    print(
        f"python {sys.version.split()[0]}; chars: " + ", ".join(f"{k} {sum(map(len, v)):,}" for k, v in corpora.items())
    )
    rates = {
        name: {k: rate(fn, texts, 5 if name != "quantulum3" else 1) for k, texts in corpora.items()}
        for name, fn in systems.items()
    }
    child = None
    if python:
        child = compiled_rates(python)
        rates = {"aifigures (mypyc)": child["compiled"], **rates}
    rates = {("aifigures (plain)" if k == "aifigures" else k): v for k, v in rates.items()}
    heads = "".join(f"{k + ' chars/s':>19}" for k in corpora)
    print(f"{'system':<18}{heads}{'vs regex-baseline':>20}{'vs bare scan':>16}")
    for name, r in rates.items():
        refs = ("regex-baseline", "bare regex scan")
        rel = [" / ".join(f"{r[k] / rates[ref][k]:.2f}" for k in corpora) for ref in refs]
        print(f"{name:<18}" + "".join(f"{r[k]:>19,.0f}" for k in corpora) + f"{rel[0]:>20}{rel[1]:>16}")
    print("(ratios: seeds / dense)")
    if child is not None:
        mine = " / ".join(f"{child['compiled'][k] / child['baseline'][k]:.2f}" for k in corpora)
        print(f"mypyc against the regex baseline timed in turn with it in its own process: {mine}")
    print("hostile input (aifigures.extract, one call):")
    for label, text in hostile().items():
        start = time.perf_counter()
        extract(text)
        print(f"  {label:<34} {time.perf_counter() - start:8.3f} s")


if __name__ == "__main__":
    main()
