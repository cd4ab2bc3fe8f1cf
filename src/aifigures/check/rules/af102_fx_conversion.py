"""A stated conversion lies outside every rate of the days the article may date from.

"380 Mrd. Yuan (etwa 50 Mrd. Euro)", "umgerechnet", "entspricht": the source figure, converted at the
lowest and the highest ECB spot rate of the article's date window widened by a day's drift, must meet the
stated figure (`aifigures.normalise.band`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aifigures.check.compare import overlap
from aifigures.check.conversions import conversions
from aifigures.check.findings import Finding, Kind, Severity, interval_text, place
from aifigures.check.rule import Rule

if TYPE_CHECKING:
    from collections.abc import Iterator

    from aifigures.check.run import Run


def find(run: Run) -> Iterator[Finding]:
    """Each stated conversion whose source, at every rate of the band, misses the stated figure."""
    for r in conversions(run):
        f, src, conv = r.stated, r.source, r.converted
        if conv is None or f.currency is None or overlap((conv.low, conv.high), (f.low, f.high)):
            continue
        yield Finding(
            Kind.FX_CONVERSION,
            f"{src.amount.text!r} converts to {interval_text(conv.low, conv.high, f.currency)} at the ECB rates "
            f"of the article date (with drift), but the text states {f.amount.text!r} = "
            f"{interval_text(f.low, f.high, f.currency)}",
            (place(src), place(f)),
            ((conv.low, conv.high), (f.low, f.high)),
            f.currency,
            conv.band.quotes,
        )


RULE = Rule("AF102", Kind.FX_CONVERSION, Severity.ERROR, note=False, find=find, doc=__doc__ or "")
