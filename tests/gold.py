"""Loaders for the gold data of ../shared/benchmarks (formats in its README), read where it lives.

The gold data is real text, kept outside the project: a clone of the project alone does not have it, and
the tests that read it skip, saying why (`needs_gold`). `AIFIGURES_BENCHMARKS` names another folder.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).parent.parent
DATA = Path(os.environ.get("AIFIGURES_BENCHMARKS", ROOT.parent / "shared" / "benchmarks"))
SEEDS = ROOT / "seeds"
needs_gold = pytest.mark.skipif(
    not (DATA / "realnews_dev.jsonl").is_file(),
    reason=f"the gold data is not here ({DATA}): it lives beside the project, not in it",
)


@dataclass(frozen=True)
class GoldAmount:
    """One annotated amount with the span it occupies in its text."""

    row: str
    surface: str
    start: int
    end: int
    value: Decimal
    low: Decimal | None
    high: Decimal | None
    currency: str
    qualifier: str
    period: str | None


@dataclass(frozen=True)
class GoldText:
    """One annotated text (a sentence or a whole article)."""

    row: str
    text: str
    amounts: tuple[GoldAmount, ...]


def _dec(x: Any) -> Decimal | None:
    return None if x is None else Decimal(str(x))


def _spans(text: str, surface: str, occurrence: int = 1) -> tuple[int, int]:
    hay, needle = text, surface
    if needle not in hay:
        hay, needle = text.lower(), surface.lower()
    i = -1
    for _ in range(occurrence):
        i = hay.find(needle, i + 1)
        if i < 0:
            raise ValueError(f"surface {surface!r} not found in text")
    return i, i + len(surface)


def _seed_period(p: str | None) -> str | None:
    """The seed annotations write periods in words; map them to period codes (as score.py does)."""
    if not p:
        return None
    m = re.match(r"total over the (?:next|last) (\d+) years", p)
    if m:
        return f"total_over_{m.group(1)}_years"
    head = p.split()[0]
    if head in {"year", "half_year", "quarter", "month", "nine_months", "four_months", "five_months"}:
        return head
    return None


def realnews() -> list[GoldText]:
    """The real-news dev sentences."""
    out = []
    for rec in lines("realnews_dev.jsonl"):
        amounts = []
        taken: set[tuple[int, int]] = set()
        for a in rec["amounts"]:
            occurrence = 1
            span = _spans(rec["text"], a["surface"])
            while span in taken:
                occurrence += 1
                span = _spans(rec["text"], a["surface"], occurrence)
            taken.add(span)
            amounts.append(
                GoldAmount(
                    rec["id"],
                    a["surface"],
                    *span,
                    Decimal(a["value"]),
                    _dec(a["low"]),
                    _dec(a["high"]),
                    a["currency"],
                    a["qualifier"],
                    a["period"],
                )
            )
        out.append(GoldText(rec["id"], rec["text"], tuple(amounts)))
    return out


def seeds() -> list[GoldText]:
    """The five seed articles with every amount in them."""
    out = []
    for rec in lines("seeds_gold.jsonl"):
        text = (SEEDS / rec["file"]).read_text(encoding="utf-8")
        amounts = []
        for a in rec["amounts"]:
            start, end = _spans(text, a["surface"], a.get("occurrence", 1))
            ranged = a["qualifier"] == "range"
            amounts.append(
                GoldAmount(
                    rec["id"],
                    a["surface"],
                    start,
                    end,
                    Decimal(a["value"]),
                    _dec(a["low"]) if ranged else None,
                    _dec(a["high"]) if ranged else None,
                    a["currency"],
                    a["qualifier"],
                    _seed_period(a.get("period")),
                )
            )
        out.append(GoldText(rec["id"], text, tuple(amounts)))
    return out


def lines(name: str) -> list[dict[str, Any]]:
    """The records of a JSON-lines file of the gold data; none where the gold data is not here."""
    path = DATA / name
    if not path.is_file():
        return []
    return [json.loads(s) for s in path.read_text(encoding="utf-8").splitlines() if s.strip()]
