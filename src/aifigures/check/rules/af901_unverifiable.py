"""A stated conversion that cannot be checked: no rate for any day the article may date from.

A note, not a flag: the comparison could not be made, and the report says so instead of staying silent.
So are two linked figures in currencies with no rate between them for their days.
So is a conversion in an undated text that is right for some of the days it may be from and wrong for
others: the note says which days would make it right; and so are the same digits given for one figure in
two currencies in undated text ("550 Mio. Dollar" over "550 Millionen Euro"), where the two currencies stood
near each other on more than `Settings.swap_days` of its days (on fewer, a flag of AF102).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aifigures.check.compare import overlap, verdicts, within_verdicts
from aifigures.check.conversions import conversions, swaps
from aifigures.check.findings import Kind, Severity, between
from aifigures.check.rule import Rule
from aifigures.check.some_days import right_days

if TYPE_CHECKING:
    from collections.abc import Iterator

    from aifigures.check.findings import Finding
    from aifigures.check.run import Run


def find(run: Run) -> Iterator[Finding]:
    """Linked figures of a run with no rate between their currencies; undated swaps between two reports."""
    yield from verdicts(Kind.UNVERIFIABLE)(run)
    yield from _swaps_some_days(run, across=True)


def within(run: Run) -> Iterator[Finding]:
    """Each stated conversion that cannot be checked, or that only some of an undated text's days make right."""
    yield from _no_rate(run)
    yield from _some_days(run)
    yield from _swaps_some_days(run, across=False)
    yield from within_verdicts(Kind.UNVERIFIABLE)(run)  # figures of one article with no rate between them


def _swaps_some_days(run: Run, *, across: bool) -> Iterator[Finding]:
    """The same digits in two currencies in undated text, that the rates of some possible days make right.

    "Deutsche Bank zahlt 550 Mio. Dollar" over "... 550 Millionen Euro" with no date: the dollar stood near
    the euro on some days, so the label may be right; the note says which days.
    """
    for a, b, conv in swaps(run, across=across):
        if b.currency is None or not overlap((conv.low, conv.high), b.rounding):
            continue  # wrong on every day: a flag of fx_conversion
        if run.articles[a.article].date is not None or run.articles[b.article].date is not None:
            continue
        spans = right_days(run, a, b)
        if spans is not None and spans.share > run.settings.swap_days:  # fewer: a flag of fx_conversion
            message = (
                f"{NO_DATE}: {a.amount.text!r} and {b.amount.text!r} give the same digits in two currencies, "
                f"which agree at the ECB rates of {spans} only (of {run.days(b.article).basis})"
            )
            compared = ((conv.low, conv.high), b.rounding)
            why = "the same digits in two currencies for one subject: a conversion at 1:1, or a swapped label"
            yield between(Kind.UNVERIFIABLE, message, (a, b), compared, b.currency, rates=conv.band.quotes, why=why)


def _some_days(run: Run) -> Iterator[Finding]:
    """Undated conversions right at the rates of some possible days only: which days."""
    for r in conversions(run):
        f, src, conv = r.stated, r.source, r.converted
        if conv is None or f.currency is None or src.currency is None or run.articles[f.article].date is not None:
            continue
        if not overlap((conv.low, conv.high), (f.low, f.high)):
            continue  # wrong on every day: a flag of fx_conversion
        spans = right_days(run, src, f)
        if spans is not None:
            message = (
                f"{NO_DATE}: the stated conversion is right at the ECB rates of {spans} only "
                f"(of {run.days(f.article).basis})"
            )
            compared = ((conv.low, conv.high), (f.low, f.high))
            yield between(Kind.UNVERIFIABLE, message, (src, f), compared, f.currency, rates=conv.band.quotes, why=_WHY)


_WHY = "a stated conversion: it restates the figure before it in another currency"
NO_DATE = "the text gives no date"
"""How the note of a conversion that only some of an undated text's days make right begins."""


def why_not_compared(note: Finding) -> str:
    """Why a comparison could not be made: "no date" (an undated text, right on some days only) or "no rate"."""
    return "no date" if note.message.startswith(NO_DATE) else "no rate"


def _no_rate(run: Run) -> Iterator[Finding]:
    """Each stated conversion whose source has no rate band."""
    for r in conversions(run):
        f, src = r.stated, r.source
        if r.converted is not None or f.currency is None:
            continue
        when = run.articles[f.article].date
        message = f"the stated conversion cannot be checked: no {src.currency}/{f.currency} rate for the article date"
        message += f" ({when or 'unknown'})"
        yield between(Kind.UNVERIFIABLE, message, (src, f), (src.rounding, (f.low, f.high)), f.currency, why=_WHY)


RULE = Rule("AF901", Kind.UNVERIFIABLE, Severity.INFO, note=True, find=find, doc=__doc__ or "", within=within)
