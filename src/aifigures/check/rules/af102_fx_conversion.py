"""A stated conversion lies outside every rate of the days the article may date from.

"380 Mrd. Yuan (etwa 50 Mrd. Euro)", "umgerechnet", "entspricht": the source figure, converted at the
lowest and the highest ECB spot rate of the article's date window widened by a day's drift, must meet the
stated figure (`aifigures.normalise.band`); where the text states its rate ("zum Kurs von 1,50 CHF"), at
that rate (`aifigures.check.stated_rates`). An undated article may be from any day of the years it names,
or of the rates' history. The same digits given for one figure in two currencies ("Deutsche Bank zahlt
550 Mio. Dollar" over "Die Deutsche Bank zahlt ... 550 Millionen Euro") are an implied conversion at 1:1,
flagged where no rate of those days is near 1: a currency label swapped. A figure one report tells as converted
("für umgerechnet 1,6 Mrd. Euro verkauft") that misses the figure another report gives in its own currency ("für
900 Mio. Pfund") is a wrong conversion too.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from aifigures.check.compare import overlap, verdicts
from aifigures.check.conversions import conversions, restated_by_source, swaps
from aifigures.check.findings import Kind, Severity, between, interval_text
from aifigures.check.rule import Rule
from aifigures.check.some_days import RightDays, right_days
from aifigures.check.stated_rates import AtStatedRate, at_stated_rates
from aifigures.normalise.band import irrevocable

if TYPE_CHECKING:
    from collections.abc import Iterator

    from aifigures.check.conversions import Restatement
    from aifigures.check.facts import Fact
    from aifigures.check.findings import Finding
    from aifigures.check.run import Run


def find(run: Run) -> Iterator[Finding]:
    """Each swap between two reports; one label against several reports that agree on the other is one finding.

    And each figure told as converted ("für umgerechnet 1,6 Mrd. Euro") that misses the figure another report
    gives in its own currency (`aifigures.check.compare`).
    """
    yield from _one_per_label(list(_swapped(run, across=True)))
    yield from verdicts(Kind.FX_CONVERSION)(run)


def _one_per_label(found: list[Swapped]) -> Iterator[Finding]:
    """The swaps, each figure whose label reports of another agree against told once, naming them.

    "1,2 Milliarden Euro" in one report against "1,2 Milliarden Dollar" in two (or in one report's title and
    text): one finding, the other reports named in its reason (as `one_per_figure` does for the other rules).
    """
    partners: dict[int, list[tuple[Finding, Fact]]] = defaultdict(list)
    for f, a, b in found:
        if len(f.amounts) == _PAIR:
            partners[id(a)].append((f, b))
            partners[id(b)].append((f, a))
    told: set[int] = set()
    for f, a, b in found:
        if id(f) in told:
            continue
        alike = next((ps for x in (a, b) if len(ps := partners[id(x)]) > 1 and _one_label(x, ps)), None)
        if alike is None:
            yield f
            continue
        told.update(id(g) for g, _ in alike)
        more = list(dict.fromkeys(f"{o.amount.text!r} in {o.article}" for g, o in alike if g is not f))
        n = len({o.article for g, o in alike if g is not f} - {a.article, b.article})
        agree = "1 more report agrees" if n == 1 else f"{n} more reports agree"
        others = ", ".join(more)
        yield replace(f, why=f"{f.why}; {agree} with the other label: {others}")


def _one_label(x: Fact, partners: list[tuple[Finding, Fact]]) -> bool:
    """Whether every swap of the figure `x` sets it against figures of other reports with one currency's label."""
    return len({o.currency for _, o in partners}) == 1 and all(o.article != x.article for _, o in partners)


_PAIR = 2


def within(run: Run) -> Iterator[Finding]:
    """Each stated conversion that misses at every rate of the band (or the rate its text states); each swap."""
    at_own = at_stated_rates(run)
    yield from _at_own_rate(run, at_own)
    judged = {id(s.conversion.stated) for s in at_own}  # a text that states its rate is judged at it alone
    yield from (f for r, f in _stated(run) if id(r.stated) not in judged)
    yield from (f for f, _, _ in _swapped(run, across=False))


def _at_own_rate(run: Run, at_own: list[AtStatedRate]) -> Iterator[Finding]:
    """Each stated conversion that misses the source put across at the rate its own text states."""
    for s in at_own:
        src, stated, rate = s.conversion.source, s.conversion.stated, s.rate
        cur = stated.currency or run.currency
        if overlap(s.expected, (stated.low, stated.high)):
            continue
        message = (
            f"at the rate the text states, {rate.amount.text!r} per {s.per}, {src.amount.text!r} is "
            f"{interval_text(*s.expected, cur)}, but the text states {stated.amount.text!r} = "
            f"{interval_text(stated.low, stated.high, cur)}"
        )
        compared = (s.expected, (stated.low, stated.high), rate.rounding)
        factors = (f"x {rate.amount.value} {rate.currency} per {s.per} (the text's own rate)",)
        yield between(Kind.FX_CONVERSION, message, (src, stated, rate), compared, cur, factors=factors, why=_OWN)


Swapped = tuple["Finding", "Fact", "Fact"]
"""A swap's finding and the two figures it sets against each other."""


def _swapped(run: Run, *, across: bool) -> Iterator[Swapped]:
    """The same digits for one figure in two currencies, where no rate of its days is near 1 (`swaps`)."""
    restated = restated_by_source(run) if across else {}
    for a, b, conv in swaps(run, across=across):
        if b.currency is None:
            continue
        compared = ((conv.low, conv.high), b.rounding)
        why = _SWAP if a.article == b.article else f"{_SWAP_ACROSS} ({', '.join(sorted(a.names & b.names))})"
        if not overlap((conv.low, conv.high), b.rounding):
            message = (
                f"{a.amount.text!r} and {b.amount.text!r} give the same digits in two currencies: at the rates of "
                f"{run.days(a.article).basis} the first is {interval_text(conv.low, conv.high, b.currency)}, "
                "so one currency label is wrong"
            )
        elif (few := _few_days(run, a, b)) is not None:
            message = (
                f"{a.amount.text!r} and {b.amount.text!r} give the same digits in two currencies, which agree "
                f"at the ECB rates of {few} only, {few.share:.0%} of {run.days(b.article).basis}: "
                "one currency label is most likely wrong"
            )
        else:
            yield from ((f, a, b) for f in _restated_apart(a, restated.get(id(a)), b, restated.get(id(b))))
            continue
        yield between(Kind.FX_CONVERSION, message, (a, b), compared, b.currency, rates=conv.band.quotes, why=why), a, b


def _few_days(run: Run, a: Fact, b: Fact) -> RightDays | None:
    """The days that make the same digits in two currencies agree, of undated text, where they are few.

    "Keltron zahlt 550 Mio. Dollar" over "... 550 Millionen Euro" with no date: the dollar stood near the
    euro on a few weeks of the rates' history, so the text is right only if it dates from one of them.
    """
    if run.articles[a.article].date is not None or run.articles[b.article].date is not None:
        return None
    days = right_days(run, a, b)
    return days if days is not None and days.share <= run.settings.swap_days else None


def _restated_apart(a: Fact, ra: Fact | None, b: Fact, rb: Fact | None) -> Iterator[Finding]:
    """Two reports' same digits in two currencies near par, whose restatements in one third currency disagree.

    "2,8 Mrd. Franken (2,37 Mrd. Euro)" against "2,8 Mrd. Dollar (2,3 Mrd. Euro)": the franc and the dollar
    stood near one another, so the digits alone cannot tell a label swapped; the euro figures can.
    """
    if ra is None or rb is None or ra.currency is None or ra.currency != rb.currency:
        return
    if overlap((ra.low, ra.high), (rb.low, rb.high)):
        return
    message = (
        f"{a.amount.text!r} and {b.amount.text!r} give the same digits in two currencies, restated as "
        f"{ra.amount.text!r} = {interval_text(ra.low, ra.high, ra.currency)} and {rb.amount.text!r} = "
        f"{interval_text(rb.low, rb.high, ra.currency)}: the reports disagree on the figure's currency"
    )
    compared = ((ra.low, ra.high), (rb.low, rb.high))
    why = f"{_SWAP_ACROSS} ({', '.join(sorted(a.names & b.names))}), each restated in {ra.currency}"
    yield between(Kind.FX_CONVERSION, message, (a, ra, b, rb), compared, ra.currency, why=why)


_SWAP = "the same digits in two currencies for one subject of one article (or in its title)"
_SWAP_ACROSS = "the same digits in two currencies in two reports about one named subject"
_OWN = "a stated conversion, and the exchange rate the same text states for its two currencies"
_STATED = "a stated conversion: it restates the figure before it in another currency"


def _stated(run: Run) -> Iterator[tuple[Restatement, Finding]]:
    """Each stated conversion whose source, at every rate of the band, misses the stated figure."""
    for r in conversions(run):
        f, src, conv = r.stated, r.source, r.converted
        if conv is None or f.currency is None or overlap((conv.low, conv.high), (f.low, f.high)):
            continue
        rates = (
            "the irrevocable rate (as rounded in print, 0.5 %)"
            if irrevocable(conv.band.quotes)
            else f"the ECB rates of {run.days(f.article).basis} (with drift)"
        )
        message = (
            f"{src.amount.text!r} converts to {interval_text(conv.low, conv.high, f.currency)} at {rates}, but the "
            f"text states {f.amount.text!r} = {interval_text(f.low, f.high, f.currency)}"
        )
        compared = ((conv.low, conv.high), (f.low, f.high))
        yield (
            r,
            between(Kind.FX_CONVERSION, message, (src, f), compared, f.currency, rates=conv.band.quotes, why=_STATED),
        )


RULE = Rule("AF102", Kind.FX_CONVERSION, Severity.ERROR, note=False, find=find, doc=__doc__ or "", within=within)
