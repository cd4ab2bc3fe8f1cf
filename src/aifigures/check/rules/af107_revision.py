"""Two figures of one fact that disagree where the text marks a change, or the reports are more than a month apart.

Facts are linked by their key (metric, names, period, modality) and compared on their intervals
(`aifigures.check.compare`); this rule reports the verdicts of its kind.
"""

from __future__ import annotations

from aifigures.check.compare import verdicts, within_verdicts
from aifigures.check.findings import Kind, Severity
from aifigures.check.rule import Rule

RULE = Rule(
    "AF107",
    Kind.REVISION,
    Severity.NOTICE,
    note=True,
    find=verdicts(Kind.REVISION),
    doc=__doc__ or "",
    within=within_verdicts(Kind.REVISION),
)
