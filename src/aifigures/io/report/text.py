"""The text report: one block per finding, its amounts and intervals lined up beneath it, then a summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aifigures.formatting import rounded as _rounded
from aifigures.io.report.summary import place, summarise

if TYPE_CHECKING:
    from decimal import Decimal

    from aifigures.check import Report
    from aifigures.io.articles import Article

__all__ = ["render"]

_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "notice": "\033[32m", "info": "\033[36m"}
_RESET = "\033[0m"


def rounded(d: Decimal) -> str:
    """An interval bound with its thousands grouped."""
    return _rounded(d, separators=True)


def render(report: Report, articles: list[Article], *, notes: bool = True, colour: bool = False) -> str:
    """A readable report: one block per finding (and per note), the intervals lined up beneath it.

    Each amount is placed as ``article:line:column``; the summary closes it.
    """
    texts = {a.id: a.text for a in articles}
    lines: list[str] = []
    shown = list(report.findings) + (list(report.notes) if notes else [])
    for f in shown:
        tag = f"{f.code} {f.kind.value} ({f.severity.value})"
        if colour:
            tag = f"{_COLOURS[f.severity.value]}{tag}{_RESET}"
        lines.append(tag)
        lines.append(f"    {f.message}")
        width = max((len(p.text) for p in f.amounts), default=0)
        for i, p in enumerate(f.amounts):
            lo, hi = f.intervals[i] if i < len(f.intervals) else (None, None)
            span = place(p, texts)
            interval = "" if lo is None or hi is None else f"[{rounded(lo)} .. {rounded(hi)}] {f.currency}"
            lines.append(f"    {p.text:<{width}}  {interval:<44}  {span}")
        if len(f.intervals) > len(f.amounts):
            lo, hi = f.intervals[-1]
            lines.append(f"    {'(reference)':<{width}}  [{rounded(lo)} .. {rounded(hi)}] {f.currency}")
        lines.extend(f"    rate: {r}" for r in f.rates)
        lines.extend(f"    factor: {x}" for x in f.factors)
        if f.why:
            lines.append(f"    linked: {f.why}")
        lines.append("")
    summary = summarise(report)
    lines.extend(f"unusable input: {problem}" for problem in summary.unusable)
    lines.extend(f"warning: {problem}" for problem in summary.noted)
    lines.append(summary.line())
    return "\n".join(lines) + "\n"
