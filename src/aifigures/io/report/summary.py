"""What every report ends with: what was read, what could not be used, what could not be compared.

One summary for the three formats, so that the text, JSON and HTML reports say the same. A comparison
that could not be made is a note of kind ``unverifiable`` (no rate for the days an article may date
from, or a stated conversion that only some of an undated article's possible days make right).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from aifigures.check.findings import Kind
from aifigures.check.rules.af901_unverifiable import why_not_compared
from aifigures.check.settings import Settings

if TYPE_CHECKING:
    from collections.abc import Iterable

    from aifigures.check import Report
    from aifigures.check.findings import Place
    from aifigures.io.articles import InputCounts, LoadProblem

__all__ = ["Summary", "Tally", "place", "summarise", "summary_of"]


@dataclass(frozen=True)
class Summary:
    """The counts and lists a report closes with."""

    articles: int
    amounts: int
    findings: int
    notes: int
    unusable: tuple[LoadProblem, ...]
    """Inputs that could not be used (the exit code is 2)."""
    noted: tuple[LoadProblem, ...]
    """Inputs used with something to know (read in a fallback encoding, a date that could not be read)."""
    not_compared: int
    """Comparisons that could not be decided (``unverifiable`` notes)."""
    settings: dict[str, str]
    """The tolerances used (`aifigures.check.settings.Settings`)."""
    why_not_compared: dict[str, int] = field(default_factory=dict)
    """The comparisons not made, by why: "no rate" (for the days an article may date from), "no date"."""
    inputs: InputCounts | None = None
    """The files and records read (None: the articles were given as objects)."""

    @property
    def exit_code(self) -> int:
        """What `aifigures.check.Report.exit_code` gives: 2 with unusable input, else 1 with flags, else 0."""
        if self.unusable:
            return 2
        return 1 if self.findings else 0

    def line(self) -> str:
        """The closing line of the text report."""
        out = (
            f"{self.articles} articles, {self.amounts} amounts: {self.findings} finding{'s' * (self.findings != 1)}, "
            f"{self.notes} note{'s' * (self.notes != 1)}"
        )
        if self.inputs is not None:
            files, records = self.inputs.files, self.inputs.records
            out = f"{files} file{'s' * (files != 1)} read, {records} record{'s' * (records != 1)}; " + out
        if self.not_compared:
            why = ", ".join(f"{n} {reason}" for reason, n in sorted(self.why_not_compared.items()))
            out += f"; {self.not_compared} comparison{'s' * (self.not_compared != 1)} could not be made ({why})"
        if self.unusable:
            out += f"; {len(self.unusable)} unusable input{'s' * (len(self.unusable) != 1)}"
        if self.noted:
            out += f"; {len(self.noted)} input{'s' * (len(self.noted) != 1)} read with a warning"
        return out

    def to_dict(self) -> dict[str, object]:
        """The summary as JSON-ready values."""
        return {
            "articles": self.articles,
            "amounts": self.amounts,
            "findings": self.findings,
            "notes": self.notes,
            "files": None if self.inputs is None else self.inputs.files,
            "records": None if self.inputs is None else self.inputs.records,
            "not_compared": self.not_compared,
            "not_compared_why": dict(sorted(self.why_not_compared.items())),
            "problems": [{"input": p.path, "reason": p.reason} for p in self.unusable],
            "warnings": [{"input": p.path, "reason": p.reason} for p in self.noted],
            "settings": self.settings,
        }


def summarise(report: Report) -> Summary:
    """The summary of `report`."""
    why = Counter(why_not_compared(f) for f in report.notes if f.kind is Kind.UNVERIFIABLE)
    tally = Tally(len(report.articles), report.amounts, len(report.findings), len(report.notes), why)
    return summary_of(tally, report.problems, report.settings, report.inputs)


@dataclass(frozen=True)
class Tally:
    """What a check counted: articles, amounts, flags, notes, and the comparisons not made by why."""

    articles: int
    amounts: int
    findings: int
    notes: int
    not_compared: Counter[str]
    """``unverifiable`` notes by why (`why_not_compared`), in the order of the notes."""


def summary_of(
    tally: Tally, problems: Iterable[LoadProblem], settings: Settings | None, inputs: InputCounts | None
) -> Summary:
    """The summary of a check's counts (a report's, or a report written as it goes: `aifigures.check.streamed`)."""
    problems = tuple(problems)
    return Summary(
        articles=tally.articles,
        amounts=tally.amounts,
        findings=tally.findings,
        notes=tally.notes,
        unusable=tuple(p for p in problems if not p.used),
        noted=tuple(p for p in problems if p.used),
        not_compared=sum(tally.not_compared.values()),
        settings=(settings or Settings()).to_dict(),
        why_not_compared=dict(tally.not_compared),
        inputs=inputs,
    )


def place(p: Place, texts: dict[str, str]) -> str:
    """Where an amount stands, as editors and compilers write it: ``article:line:column`` (both from 1)."""
    text = texts.get(p.article)
    if text is None:
        return f"{p.article}:{p.start}"
    line = text.count("\n", 0, p.start) + 1
    column = p.start - (text.rfind("\n", 0, p.start) + 1) + 1
    return f"{p.article}:{line}:{column}"
