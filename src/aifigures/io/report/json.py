"""The JSON report: one document (``json.load`` reads it) with the flags, the notes and a summary.

``{"findings": [...], "notes": [...], "summary": {...}}`` (the summary: see `aifigures.io.report.summary`):
the notes of severity notice (revisions) are listed always, those of severity info (comparisons that could
not be made) with ``notes`` (``--notes``), and all are counted; every unusable input is in the summary.
Each amount of a finding carries its ``place`` (``article:line:column``) beside its offsets.
"""

from __future__ import annotations

import functools
import json
from typing import TYPE_CHECKING, Any

from aifigures.check.findings import Severity
from aifigures.io.report.summary import place, summarise

if TYPE_CHECKING:
    from collections.abc import Callable

    from aifigures.check import Report
    from aifigures.check.findings import Finding, Place
    from aifigures.io.articles import Article

__all__ = ["listed_notes", "placed", "render"]


def render(report: Report, articles: list[Article], *, notes: bool = False, colour: bool = False) -> str:  # noqa: ARG001 - the renderers' shared signature
    """The report as one JSON document."""
    where = functools.partial(place, texts={a.id: a.text for a in articles})
    document = {
        "findings": [placed(f, where) for f in report.findings],
        "notes": [placed(f, where) for f in listed_notes(report, notes=notes)],
        "summary": summarise(report).to_dict(),
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def listed_notes(report: Report, *, notes: bool) -> tuple[Finding, ...]:
    """The notes a JSON report lists: every one with `notes`, else those a reader should see (not info)."""
    return report.notes if notes else tuple(f for f in report.notes if f.severity is not Severity.INFO)


def placed(f: Finding, where: Callable[[Place], str]) -> dict[str, Any]:
    """A finding's JSON form, each amount with its ``place`` (``article:line:column``: `where` it stands)."""
    d = f.to_dict()
    d["amounts"] = [
        {"article": p.article, "start": p.start, "end": p.end, "text": p.text, "place": where(p)} for p in f.amounts
    ]
    return d
