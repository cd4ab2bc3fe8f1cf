"""The JSON report: one document (``json.load`` reads it) with the flags, the notes and a summary.

``{"findings": [...], "notes": [...], "summary": {"articles", "amounts", "findings", "notes", "problems"}}``:
the notes are listed with ``notes`` (``--notes``), counted always; every unusable input is in the summary.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aifigures.check import Report
    from aifigures.io.articles import Article

__all__ = ["render"]


def render(report: Report, articles: list[Article], *, notes: bool = False, colour: bool = False) -> str:  # noqa: ARG001 - the renderers' shared signature
    """The report as one JSON document."""
    document = {
        "findings": [f.to_dict() for f in report.findings],
        "notes": [f.to_dict() for f in report.notes] if notes else [],
        "summary": {
            "articles": len(report.articles),
            "amounts": report.amounts,
            "findings": len(report.findings),
            "notes": len(report.notes),
            "problems": [{"input": p.path, "reason": p.reason} for p in report.problems],
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"
