"""Two figures of one fact whose intervals do not overlap.

Facts are linked by their key (metric, names, period, modality) and compared on their intervals
(`aifigures.check.compare`); this rule reports the verdicts of its kind.
"""

from __future__ import annotations

from aifigures.check.compare import verdicts, within_verdicts
from aifigures.check.findings import Kind, Severity
from aifigures.check.rule import Rule

RULE = Rule(
    "AF106",
    Kind.CONFLICT,
    Severity.ERROR,
    note=False,
    find=verdicts(Kind.CONFLICT),
    doc=__doc__ or "",
    within=within_verdicts(Kind.CONFLICT),
)
