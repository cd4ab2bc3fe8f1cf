"""The JSON-lines report: one finding per line (then the notes the JSON report lists), for tools that stream.

Each line is the finding of the JSON report (`aifigures.io.report.json`), with its amounts placed; the
summary is the last line, as ``{"summary": {...}}``, so that a reader that stops early has every finding
before it and a reader that wants the counts finds them at the end.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from aifigures.io.report.json import listed_notes, placed
from aifigures.io.report.summary import summarise

if TYPE_CHECKING:
    from aifigures.check import Report
    from aifigures.io.articles import Article

__all__ = ["render"]


def render(report: Report, articles: list[Article], *, notes: bool = False, colour: bool = False) -> str:  # noqa: ARG001 - the renderers' shared signature
    """The report as JSON lines: the findings, then the notes (info ones with `notes`), then the summary."""
    texts = {a.id: a.text for a in articles}
    rows = [placed(f, texts) for f in (*report.findings, *listed_notes(report, notes=notes))]
    rows.append({"summary": summarise(report).to_dict()})
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
