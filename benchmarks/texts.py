"""The texts the benchmark scripts measure on.

The dense corpus is real news: the dev sentences of the project's gold data, read where they live
(``../shared/benchmarks`` beside the project, or the folder ``AIFIGURES_BENCHMARKS`` names); they are never
copied into the project. Where they are not at hand, sentences the project writes stand in, and the
scripts say which corpus they measured.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(os.environ.get("AIFIGURES_BENCHMARKS", ROOT.parent / "shared" / "benchmarks"))

_COMPANIES = ["Keltron", "Aldona", "Norvia", "Brisano", "Tevolt", "Quarvik", "Zephyra", "Omnira"]
_TEMPLATES = [
    "{c} steigerte den Umsatz im dritten Quartal {y} um {p} Prozent auf {a},{b} Milliarden Euro.",
    "Der Konzern {c} will bis {y} mindestens {a}0 Millionen Dollar in neue Werke investieren.",
    "{c} meldete für das erste Halbjahr {y} einen Verlust von rund {a}{b}0 Mio. Franken.",
    "Die Regierung gibt {c} in den nächsten drei Jahren bis zu {a},{b} Mrd. Yuan (etwa {b}00 Mio. Euro).",
    "Das Unternehmen {c} hat im Jahr {y} knapp {a}{b} Millionen Euro Gewinn gemacht.",
]


def seeds() -> list[str]:
    """The five seed articles."""
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def dense() -> tuple[str, list[str]]:
    """(what it is, the texts): the real dev sentences where they are at hand, else written ones."""
    path = GOLD / "realnews_dev.jsonl"
    if path.is_file():
        lines = path.read_text(encoding="utf-8").splitlines()
        return f"the real dev sentences ({path})", [json.loads(line)["text"] for line in lines if line.strip()]
    return "210 sentences the project writes (the real dev sentences are not here)", written()


def written() -> list[str]:
    """210 news-like sentences the project writes: the templates with names, years and figures varied."""
    return [
        t.format(c=_COMPANIES[i % 8], y=2016 + i % 9, p=3 + i % 40, a=1 + i % 9, b=i % 10)
        for i in range(210)
        for t in _TEMPLATES[i % len(_TEMPLATES) : i % len(_TEMPLATES) + 1]
    ]
