"""The JSON report: one document (``json.load`` reads it) with the flags, the notes and a summary.

``{"findings": [...], "notes": [...], "summary": {...}}`` (the summary: see `aifigures.io.report.summary`):
the notes are listed with ``notes`` (``--notes``), counted always; every unusable input is in the summary.
Each amount of a finding carries its ``place`` (``article:line:column``) beside its offsets.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from aifigures.io.report.summary import place, summarise

if TYPE_CHECKING:
    from aifigures.check import Report
    from aifigures.check.findings import Finding
    from aifigures.io.articles import Article

__all__ = ["placed", "render"]


def render(report: Report, articles: list[Article], *, notes: bool = False, colour: bool = False) -> str:  # noqa: ARG001 - the renderers' shared signature
    """The report as one JSON document."""
    texts = {a.id: a.text for a in articles}
    document = {
        "findings": [placed(f, texts) for f in report.findings],
        "notes": [placed(f, texts) for f in report.notes] if notes else [],
        "summary": summarise(report).to_dict(),
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def placed(f: Finding, texts: dict[str, str]) -> dict[str, Any]:
    """A finding's JSON form, each amount with its ``place`` (``article:line:column``)."""
    d = f.to_dict()
    d["amounts"] = [
        {"article": p.article, "start": p.start, "end": p.end, "text": p.text, "place": place(p, texts)}
        for p in f.amounts
    ]
    return d
