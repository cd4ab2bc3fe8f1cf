"""What a rule of the check is: a code, a kind, a severity, whether it is a note, and how it finds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from aifigures.check.findings import Finding, Kind, Severity
    from aifigures.check.run import Run

__all__ = ["Rule", "nothing"]


def nothing(run: Run) -> Iterable[Finding]:  # noqa: ARG001 - the find of a rule that looks inside articles only
    """No findings: the `find` of a rule whose findings all stand inside one article (`Rule.within`)."""
    return ()


@dataclass(frozen=True)
class Rule:
    """One rule of the check, as `aifigures.check.rules` registers it (one module each)."""

    code: str
    """The stable code, e.g. ``AF101``: its section of docs/checks.md is headed ``## AF101 scale_error``."""
    kind: Kind
    severity: Severity
    note: bool
    """A note informs and never counts for the exit code."""
    find: Callable[[Run], Iterable[Finding]]
    """What it finds across the articles of a run (given all of them)."""
    doc: str
    """What it flags: the rule module's docstring, whose first line docs/checks.md quotes."""
    within: Callable[[Run], Iterable[Finding]] | None = None
    """What it finds inside one article, given a run of that article alone: run where the article is read
    (`aifigures.check.stage`, in a worker process or on a cluster), its findings put after those of `find`."""

    @property
    def summary(self) -> str:
        """The first line of `doc`."""
        return self.doc.strip().splitlines()[0]
