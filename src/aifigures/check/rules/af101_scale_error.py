"""Two figures of one fact, or a figure and a reference, differ by a power of ten with the same leading digits.

A ratio of 10, 100, 1000, 10^4 or 10^6 between figures whose digits agree is a slip of the scale word
("Millionen" for "Milliarden", 亿 rendered as "Milliarde"). It is weighed before anything else, on the
digits alone: a "bis zu" interval must not hide the slip. A series of figures over years or quarters in one
sentence with one member a power of ten off the rest is a slip too (`aifigures.check.series`), and so is a
small figure without a scale word that one would make the large figure of its metric in the same article
(`aifigures.check.missing_scale`: a company's loss of "437 Yen" beside "5 Milliarden Franken"). Two linked
figures in two currencies a whole scale word apart once both are converted ("1,5 Millionen Dollar" against
"rund 1,4 Milliarden Euro") are a slip too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aifigures.check.compare import verdicts, within_verdicts
from aifigures.check.findings import Kind, Severity
from aifigures.check.missing_scale import missing_scale_words
from aifigures.check.references import against_references
from aifigures.check.rule import Rule
from aifigures.check.series import series_outliers

if TYPE_CHECKING:
    from collections.abc import Iterator

    from aifigures.check.findings import Finding
    from aifigures.check.run import Run


def find(run: Run) -> Iterator[Finding]:
    """The scale verdicts of linked facts and of references."""
    yield from verdicts(Kind.SCALE_ERROR)(run)
    yield from (f for f in against_references(run) if f.kind is Kind.SCALE_ERROR)


def within(run: Run) -> Iterator[Finding]:
    """The scale verdicts inside one article: figures told twice, series, figures without their scale word."""
    yield from within_verdicts(Kind.SCALE_ERROR)(run)
    yield from series_outliers(run)
    yield from missing_scale_words(run)


RULE = Rule("AF101", Kind.SCALE_ERROR, Severity.ERROR, note=False, find=find, doc=__doc__ or "", within=within)
