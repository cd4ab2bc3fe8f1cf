"""A figure disagrees with a reference figure the user trusts (``--references``).

The reference is matched to the amount whose sentence names all of its subject's words, nearest first,
and compared on intervals; a slip of the scale word is reported as ``scale_error`` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aifigures.check.findings import Kind, Severity
from aifigures.check.references import against_references
from aifigures.check.rule import Rule

if TYPE_CHECKING:
    from collections.abc import Iterator

    from aifigures.check.findings import Finding
    from aifigures.check.run import Run


def find(run: Run) -> Iterator[Finding]:
    """The reference verdicts that are not a slip of scale."""
    return (f for f in against_references(run) if f.kind is Kind.REFERENCE_MISMATCH)


RULE = Rule("AF109", Kind.REFERENCE_MISMATCH, Severity.ERROR, note=False, find=find, doc=__doc__ or "")
