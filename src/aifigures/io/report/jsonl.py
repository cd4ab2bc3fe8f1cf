"""The JSON-lines report: one finding per line (then the notes the JSON report lists), for tools that stream.

Each line is the finding of the JSON report (`aifigures.io.report.json`), with its amounts placed; the
summary is the last line, as ``{"summary": {...}}``, so that a reader that stops early has every finding
before it and a reader that wants the counts finds them at the end. `write` gives the same lines for a
check whose findings stay on disk (`aifigures.check.streamed`), a finding at a time as they are read.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from typing import TYPE_CHECKING, Any

from aifigures.check.findings import Kind, Severity
from aifigures.check.rules.af901_unverifiable import why_not_compared
from aifigures.io.report.json import listed_notes, placed
from aifigures.io.report.summary import Tally, place, summarise, summary_of

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import TextIO

    from aifigures.check import Checked, Report
    from aifigures.check.findings import Place
    from aifigures.io.articles import Article
    from aifigures.io.report.summary import Summary

__all__ = ["render", "write"]


def render(report: Report, articles: list[Article], *, notes: bool = False, colour: bool = False) -> str:  # noqa: ARG001 - the renderers' shared signature
    """The report as JSON lines: the findings, then the notes (info ones with `notes`), then the summary."""
    where = functools.partial(place, texts={a.id: a.text for a in articles})
    rows = [placed(f, where) for f in (*report.findings, *listed_notes(report, notes=notes))]
    rows.append({"summary": summarise(report).to_dict()})
    return "".join(_line(row) for row in rows)


def write(run: Checked, where: Callable[[Place], str], out: TextIO, *, notes: bool = False) -> Summary:
    """The lines `render` gives for a check done, written as its findings are read from disk.

    The findings are read twice (the flags, then the notes), and neither held; `where` places an amount
    (``article:line:column``). Returns the summary, the last line.
    """
    flags = 0
    for f in run.findings():
        if not f.is_note:
            out.write(_line(placed(f, where)))
            flags += 1
    count = 0
    why: Counter[str] = Counter()
    for f in run.findings():
        if f.is_note:
            count += 1
            if f.kind is Kind.UNVERIFIABLE:
                why[why_not_compared(f)] += 1
            if notes or f.severity is not Severity.INFO:
                out.write(_line(placed(f, where)))
    tally = Tally(len(run.ids), run.amounts, flags, count, why)
    summary = summary_of(tally, run.problems, run.settings, run.inputs)
    out.write(_line({"summary": summary.to_dict()}))
    return summary


def _line(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False) + "\n"
