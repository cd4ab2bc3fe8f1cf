"""The title gives a value that the body gives to another subject (another metric, period or company).

A headline figure and a body figure with the same value and currency, of a million or more, that differ
in at least two of what, when and who: the title has taken a figure from the wrong place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aifigures.check.compare import comparable_facts
from aifigures.check.findings import Finding, Kind, Severity, place
from aifigures.check.metrics import metrics_meet
from aifigures.check.names import names_meet
from aifigures.check.rule import Rule, nothing

if TYPE_CHECKING:
    from collections.abc import Iterator

    from aifigures.check.facts import Fact
    from aifigures.check.run import Run

_AT_LEAST_SCALE = 6
_DIFFERENCES = 2


def within(run: Run) -> Iterator[Finding]:
    """Each title figure given to another subject in the body."""
    facts = comparable_facts(run)
    for h in (f for f in facts if f.headline and f.metric is not None):
        for f in facts:
            if f.article != h.article or f is h or f.headline or f.metric is None:
                continue
            if f.currency != h.currency or f.amount.value != h.amount.value or f.amount.scale < _AT_LEAST_SCALE:
                continue
            differs = _differences(h, f)
            if len(differs) >= _DIFFERENCES:
                message = (
                    f"the title's {h.amount.text!r} is the body's {f.amount.text!r}, which is about something "
                    f"else ({'; '.join(differs)})"
                )
                where, intervals = (place(h), place(f)), ((h.low, h.high), (f.low, f.high))
                why = "the title's figure and a figure of the body have the same value"
                yield Finding(Kind.KEY_MISMATCH, message, where, intervals, h.currency or "?", why=why)


def _differences(h: Fact, f: Fact) -> list[str]:
    """What differs between a title's figure and the body's: metric, period, names.

    A title leaves out a measure the body adds to its metric ("89 Milliarden neue Schulden" over "... Kredite
    über 89 Milliarden Euro einschließlich der Sondervermögen"): no difference of what; nor a broad metric the
    body's is one of ("Keltrax-Chef verdient 8,4 Millionen" over "eine Vergütung von 8,4 Millionen Euro").
    """
    differs = []
    base_h, base_f = _base(h.metric), _base(f.metric)
    if base_f != base_h and not (base_h and base_f and metrics_meet(base_h, base_f)):
        differs.append(f"what: {h.metric} vs {f.metric}")
    if str(f.amount.period) != str(h.amount.period):
        differs.append(f"period: {h.amount.period or 'none'} vs {f.amount.period or 'none'}")
    # (in either direction: the title's "Wiener" is the body's "Wien")
    if h.names and f.names and not (names_meet(h.names, f.names) or names_meet(f.names, h.names)):
        differs.append(f"who: {', '.join(sorted(h.names))} vs {', '.join(sorted(f.names))}")
    return differs


def _base(metric: str | None) -> str | None:
    """A metric without its measure ("borrowing:with_funds" is a borrowing)."""
    return None if metric is None else metric.split(":", 1)[0]


RULE = Rule("AF108", Kind.KEY_MISMATCH, Severity.WARNING, note=False, find=nothing, doc=__doc__ or "", within=within)
