"""A stated conversion that cannot be checked: no rate for any day the article may date from.

A note, not a flag: the comparison could not be made, and the report says so instead of staying silent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aifigures.check.conversions import conversions
from aifigures.check.findings import Finding, Kind, Severity, place
from aifigures.check.rule import Rule

if TYPE_CHECKING:
    from collections.abc import Iterator

    from aifigures.check.run import Run


def find(run: Run) -> Iterator[Finding]:
    """Each stated conversion whose source has no rate band."""
    for r in conversions(run):
        f, src = r.stated, r.source
        if r.converted is not None or f.currency is None:
            continue
        when = run.articles[f.article].date
        yield Finding(
            Kind.UNVERIFIABLE,
            f"the stated conversion cannot be checked: no {src.currency}/{f.currency} rate "
            f"for the article date ({when or 'unknown'})",
            (place(src), place(f)),
            (src.rounding, (f.low, f.high)),
            f.currency,
        )


RULE = Rule("AF901", Kind.UNVERIFIABLE, Severity.INFO, note=True, find=find, doc=__doc__ or "")
