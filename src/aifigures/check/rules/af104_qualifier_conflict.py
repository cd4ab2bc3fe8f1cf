"""Two figures of one fact whose bounds exclude each other ("bis zu 50" against "mindestens 60").

Facts are linked by their key (metric, names, period, modality) and compared on their intervals
(`aifigures.check.compare`); this rule reports the verdicts of its kind.
"""

from __future__ import annotations

from aifigures.check.compare import verdicts, within_verdicts
from aifigures.check.findings import Kind, Severity
from aifigures.check.rule import Rule

RULE = Rule(
    "AF104",
    Kind.QUALIFIER_CONFLICT,
    Severity.ERROR,
    note=False,
    find=verdicts(Kind.QUALIFIER_CONFLICT),
    doc=__doc__ or "",
    within=within_verdicts(Kind.QUALIFIER_CONFLICT),
)
