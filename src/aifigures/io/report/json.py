"""The JSON report: one JSON object per line per flag (and per note with ``notes``)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aifigures.check import Report
    from aifigures.io.articles import Article

__all__ = ["render"]


def render(report: Report, articles: list[Article], *, notes: bool = False, colour: bool = False) -> str:  # noqa: ARG001 - the renderers' shared signature
    """One JSON object per line per flag (and per note with `notes`)."""
    shown = list(report.findings) + (list(report.notes) if notes else [])
    return "".join(json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in shown)
