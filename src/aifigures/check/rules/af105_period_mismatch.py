"""A figure of a period does not fit the figure of another period it is set against.

Five shapes: a quarter or half-year figure that exceeds the full-year figure of the same subject and year
(both periods placed in the calendar against their article's date, `aifigures.normalise.calendar`), or, of a flow
that only adds up (a revenue), what part of a period reached above what is forecast for all of it; a
flow restated on another basis in the same passage ("21 Millionen pro Jahr und damit fast 2 Millionen pro
Monat"; a sum with no period of its own spread over years by the words before its restatement: "umfasst 600
Mrd. Euro. Verteilt auf zwölf Jahre sind das 50 Mrd. Euro jährlich"), where the first, put on the second's
basis by pint (`aifigures.normalise.units`), must meet it;
and one flow told twice in an article on two bases (`aifigures.check.inner.inner_links`: "gut 100 Euro
im Monat" and, further on, "eine jährliche Mehrbelastung von 126 Euro"), whose figures are near each other
as written but far apart once put on one basis: the period of one of them is wrong; and one figure that two
reports of one story, days apart, give two periods ("Umsatz im dritten Quartal: 4,82 Mrd. Euro" and
"Jahresumsatz von 4,82 Mrd. Euro", `aifigures.check.evidence.period_links`).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from aifigures.amount import PeriodKind
from aifigures.check.compare import comparable_facts, digits_of, overlap
from aifigures.check.evidence import period_links
from aifigures.check.facts import has_word, may_be_one, one_basis, significant_digits, words
from aifigures.check.findings import Kind, Severity, between, interval_text, place
from aifigures.check.inner import inner_links
from aifigures.check.metrics import metrics_meet
from aifigures.check.modality import Modality
from aifigures.check.names import identifies
from aifigures.check.rule import Rule
from aifigures.extract.periods import stated_periods
from aifigures.formatting import short
from aifigures.normalise.calendar import Relation
from aifigures.normalise.units import period_factor

if TYPE_CHECKING:
    from collections.abc import Iterator

    from aifigures.amount import Period
    from aifigures.check.facts import Fact
    from aifigures.check.findings import Finding, Place
    from aifigures.check.run import Converted, Run
    from aifigures.normalise.calendar import Interval


def find(run: Run) -> Iterator[Finding]:
    """Each sub-period figure above its whole; each figure two reports give two periods."""
    two = list(_two_periods(run))
    groups = _groups(run)
    yield from _sub_periods(run, groups, {frozenset(f.amounts) for f in two})
    yield from _reached_above_forecast(run, groups)
    yield from two


def within(run: Run) -> Iterator[Finding]:
    """Each flow restated on another basis, or told twice on two bases, in one article, that does not fit."""
    yield from _restated_bases(run)
    yield from _mixed_bases(run)


def _two_periods(run: Run) -> Iterator[Finding]:
    """One figure that two reports of one story give two periods ("im dritten Quartal" and "Jahresumsatz").

    Linked across articles by their shared rare words (`aifigures.check.evidence.period_links`), the same
    as written (their intervals meet) and dated within the revision window of each other: one of the two
    reports put it on the wrong period.
    """
    out: list[Finding] = []
    # one figure against the same figure of another period in several reports: one finding, naming the others
    told: dict[tuple[int, str, Decimal], int] = {}
    more: dict[int, list[str]] = defaultdict(list)
    for link in period_links(run):
        a, b = link.a, link.b
        if (
            a.currency != b.currency
            or not overlap((a.low, a.high), (b.low, b.high))
            or not overlap(digits_of(a), digits_of(b))  # "bis zu 1,8 Mrd." holds 546 Mio., but is not that figure
            or not run.within_revision(a.article, b.article)
        ):
            continue
        keys = ((id(a), str(b.amount.period), b.amount.value), (id(b), str(a.amount.period), a.amount.value))
        again = next((i for i, k in enumerate(keys) if k in told), None)
        if again is not None:
            other = (b, a)[again]
            more[told[keys[again]]].append(f"{other.amount.text!r} in {other.article}")
            continue
        told[keys[0]] = told[keys[1]] = len(out)
        cur = a.currency or run.currency
        message = (
            f"{a.amount.text!r} {interval_text(a.low, a.high, cur)} per {a.amount.period} and {b.amount.text!r} "
            f"{interval_text(b.low, b.high, cur)} per {b.amount.period}: one figure given two periods, "
            "one of them is wrong"
        )
        why = link.reason()
        if a.amount.value == b.amount.value:
            why += f"; both give the same value, {short(a.amount.value)} {cur}"
        out.append(between(Kind.PERIOD_MISMATCH, message, (a, b), ((a.low, a.high), (b.low, b.high)), cur, why=why))
    for i, also in more.items():
        out[i] = replace(out[i], why=f"{out[i].why}; told alike in {len(also)} more report(s): {', '.join(also)}")
    yield from out


def _mixed_bases(run: Run) -> Iterator[Finding]:
    """One flow told twice in an article, per month and per year (or week, day), as if one basis were the other."""
    for link in inner_links(run):
        a, b = link.a, link.b
        pa, pb = a.amount.period, b.amount.period
        if pa is None or pb is None or one_basis(pa, pb) or not {pa.kind, pb.kind} <= _RATES:
            continue
        factor = period_factor(pa, pb)
        if factor is None:
            continue
        ratio = Decimal(factor.numerator) / Decimal(factor.denominator)
        lo, hi = a.low * ratio, a.high * ratio
        if overlap((lo, hi), (b.low, b.high)) or not _alike(a, b):
            continue
        cur = a.currency or run.currency
        message = (
            f"{a.amount.text!r} per {pa} is {interval_text(lo, hi, cur)} per {pb} (x{factor}, the bases converted "
            f"by pint), far from {b.amount.text!r} {interval_text(b.low, b.high, cur)}, which it is near as "
            "written: one of the two periods is wrong"
        )
        factors = (f"x{factor} (per {pa} to per {pb})",)
        why = f"one article tells it twice: {link.reason().removeprefix('linked by ')}"
        yield between(Kind.PERIOD_MISMATCH, message, (a, b), ((lo, hi), (b.low, b.high)), cur, factors=factors, why=why)


_RATES = frozenset({PeriodKind.YEAR, PeriodKind.MONTH, PeriodKind.WEEK, PeriodKind.DAY})
"""The bases a flow is told on per unit of time ("im Monat", "jährlich"): the ones that are mixed up."""
_ALIKE = Decimal(3)


def _alike(a: Fact, b: Fact) -> bool:
    """Whether two figures, as written, lie within a factor of three of each other."""
    x, y = abs(a.amount.value), abs(b.amount.value)
    return min(x, y) > 0 and max(x, y) <= _ALIKE * min(x, y)


def _restated_bases(run: Run) -> Iterator[Finding]:
    """A flow restated on another basis right after it ("... pro Jahr und damit ... pro Monat")."""
    cues = words().restating
    facts = comparable_facts(run)
    for a, b in itertools.pairwise(facts):
        if a.article != b.article or a.currency != b.currency or a.amount.period == b.amount.period:
            continue
        gap = run.text(a.article)[a.amount.span[1] : b.amount.span[0]]
        if len(gap) > _RESTATED_WITHIN or not has_word(gap, cues):
            continue
        pa = a.amount.period or _spread_over(gap)  # "500 Mrd. Euro. Verteilt auf zwölf Jahre sind das ..."
        if not _rebased(pa, b.amount.period) or not may_be_one(a, replace(b, amount=replace(b.amount, period=pa))):
            continue  # "im zweiten Quartal 1,79 Mrd. ... im ersten Halbjahr damit 3,46 Mrd.": a sum, not a rate
        factor = period_factor(pa, b.amount.period)
        if factor is None:
            continue
        ratio = Decimal(factor.numerator) / Decimal(factor.denominator)
        lo, hi = a.low * ratio, a.high * ratio
        if overlap((lo, hi), (b.low, b.high)) or _other_measure((lo, hi), (b.low, b.high)):
            continue
        cur = a.currency or run.currency
        message = (
            f"{a.amount.text!r} per {pa} is {interval_text(lo, hi, cur)} per {b.amount.period} "
            f"(x{factor}, the bases converted by pint), but the text restates it as {b.amount.text!r} "
            f"{interval_text(b.low, b.high, cur)}"
        )
        factors = (f"x{factor} (per {pa} to per {b.amount.period})",)
        why = "a flow restated on another basis right after it"
        yield between(Kind.PERIOD_MISMATCH, message, (a, b), ((lo, hi), (b.low, b.high)), cur, factors=factors, why=why)


def _other_measure(restated: tuple[Decimal, Decimal], told: tuple[Decimal, Decimal]) -> bool:
    """Whether a figure on another basis is so far from the restatement it would be that it measures another thing.

    "58 Cent mehr im Monat" for a household and "pro Jahr damit 400 Mio. Euro mehr" for the broadcasters: the
    bases mixed up put a figure a year's days or months off, not millions of times.
    """
    (lo, hi), (b_lo, b_hi) = restated, told
    return abs(hi) * _OTHER_MEASURE < abs(b_lo) or abs(b_hi) * _OTHER_MEASURE < abs(lo)


_OTHER_MEASURE = Decimal(1000)
"""How far from the restated figure (past a day's share of a year) a figure on another basis measures another thing."""


def _rebased(pa: Period | None, pb: Period | None) -> bool:
    """Whether a flow is restated on another basis per unit of time ("pro Jahr und damit pro Monat")."""
    return pa is not None and pb is not None and pb.kind in _RATES and (pa.kind in _RATES or pa.kind is _OVER_YEARS)


_OVER_YEARS = PeriodKind.TOTAL_YEARS


def _spread_over(gap: str) -> Period | None:
    """The years a figure with no period of its own is spread over by the words before its restatement."""
    return next((p for p in stated_periods(gap, 0, len(gap)) if p.kind is PeriodKind.TOTAL_YEARS), None)


_RESTATED_WITHIN = 80
"""How far after a flow its restatement on another basis may stand."""


def _sub_periods(run: Run, groups: _Groups, linked: set[frozenset[Place]]) -> Iterator[Finding]:
    """Each sub-period figure above the figure of a period that contains it, or, in another report, the same.

    "Olmero verdiente im ersten Quartal 86 Mio. Euro" and, a day later, "im ersten Halbjahr einen Nettogewinn
    von 86 Mio. Euro": the same figure on a period and on one inside it (which left nothing for the rest of
    it) is one figure given two periods, as `_two_periods` finds it where the evidence links the two
    (`linked`: those pairs, not told twice).
    """
    for (name, _), members in groups.items():
        for sub, si in members:
            for sup, pi in members:
                if sub is sup or sub.amount.period == sup.amount.period or sub.segment != sup.segment:
                    continue  # (the group's fourth quarter is no part of its US business's year)
                if sub.metric != sup.metric and not metrics_meet(sub.metric or "", sup.metric or ""):
                    continue
                if not (pi.start <= si.start and si.end <= pi.end) or (common := _in_common(run, sub, sup)) is None:
                    continue
                cs, cp = common
                cur = run.currency
                what = sub.metric if sub.metric == sup.metric else f"{sub.metric} and {sup.metric}"
                why = f"same metric ({what}), both name {name}, {sub.modality.value}; one period inside the other"
                if cs.low > cp.high and sub.metric == sup.metric:
                    message = (
                        f"{sub.amount.text!r} for {sub.amount.period} {interval_text(cs.low, cs.high, cur)} exceeds "
                        f"{sup.amount.text!r} for the whole {sup.amount.period} {interval_text(cp.low, cp.high, cur)}"
                    )
                    yield _period_finding(run, (sub, sup), common, message, why)
                elif _told_for_both(sub, sup, run) and frozenset((place(sub), place(sup))) not in linked:
                    message = (
                        f"{sub.amount.text!r} per {sub.amount.period} and {sup.amount.text!r} per "
                        f"{sup.amount.period}, a period that holds it: one figure given two periods, one of them "
                        "is wrong"
                    )
                    why += f"; both give the same value, {short(sub.amount.value)} {sub.currency or cur}"
                    yield _period_finding(run, (sub, sup), common, message, why)


def _reached_above_forecast(run: Run, groups: _Groups) -> Iterator[Finding]:
    """What was reached in part of a period above what is forecast for all of it, of a flow that only adds up.

    "in den ersten neun Monaten 12,6 Mrd. Euro umgesetzt. Für das Gesamtjahr erwartet Sorvan einen Umsatz von 4,1
    Mrd. Euro": a revenue (check.toml accumulating_metrics) cannot shrink over the rest of the year; a profit can.
    """
    accumulating = frozenset(words().accumulating_metrics)
    for (name, modality), reached in groups.items():
        if modality is not Modality.ACTUAL:
            continue
        for (sub, si), (sup, pi) in itertools.product(reached, groups.get((name, Modality.PLAN), [])):
            if sub.metric != sup.metric or sub.metric not in accumulating or sub.segment != sup.segment:
                continue
            if not (pi.start <= si.start and si.end <= pi.end) or (si == pi and si.relation is not Relation.CURRENT):
                continue  # (an actual of the period under way is what it reached so far: "bislang 12,6 Mrd.")
            common = _in_common(run, sub, sup)
            if common is None or common[0].low <= common[1].high:
                continue
            (cs, cp), cur = common, run.currency
            message = (
                f"{sub.amount.text!r} reached in {sub.amount.period} {interval_text(cs.low, cs.high, cur)} exceeds "
                f"{sup.amount.text!r} forecast for the whole {sup.amount.period} {interval_text(cp.low, cp.high, cur)}"
            )
            why = f"same metric ({sub.metric}), which only adds up, both name {name}; one period inside the other"
            yield _period_finding(run, (sub, sup), common, message, why)


def _in_common(run: Run, sub: Fact, sup: Fact) -> tuple[Converted, Converted] | None:
    """Two figures' intervals in the run's currency (None where a rate is missing)."""
    cs, cp = run.common(sub, sub.low, sub.high), run.common(sup, sup.low, sup.high)
    return None if cs is None or cp is None else (cs, cp)


def _period_finding(
    run: Run, pair: tuple[Fact, Fact], common: tuple[Converted, Converted], message: str, why: str
) -> Finding:
    """The finding of a figure set against one of a period that holds its own, in the run's currency."""
    cs, cp = common
    rates = tuple(dict.fromkeys(cs.band.quotes + cp.band.quotes))
    compared = ((cs.low, cs.high), (cp.low, cp.high))
    return between(Kind.PERIOD_MISMATCH, message, pair, compared, run.currency, rates=rates, why=why)


_TOLD_DIGITS = 2
"""The significant digits a value shared by two periods needs to be one figure, not two round ones alike."""


def _told_for_both(sub: Fact, sup: Fact, run: Run) -> bool:
    """Whether two reports of days apart give one value, as written, for a period and one inside it."""
    return (
        sub.article != sup.article
        and sub.currency == sup.currency
        and sub.amount.value == sup.amount.value
        and sub.amount.qualifier is sup.amount.qualifier
        and sub.segment == sup.segment
        and significant_digits(sub.amount.value) >= _TOLD_DIGITS
        and run.within_revision(sub.article, sup.article) is True
    )


_Groups = dict[tuple[object, ...], list[tuple["Fact", "Interval"]]]
"""The comparable figures of a metric and placed period, by each name that identifies them and their modality."""


def _groups(run: Run) -> _Groups:
    groups: _Groups = defaultdict(list)
    for f in comparable_facts(run):
        if f.metric is None or not f.names or f.amount.period is None or f.amount.value < 0:
            continue
        interval = run.when(f)
        if interval is None:
            continue
        for name in f.names:
            if identifies(name, run):  # not a name as common as "Deutschland", nor the corpus's own place
                groups[(name, f.modality)].append((f, interval))
    return groups


RULE = Rule("AF105", Kind.PERIOD_MISMATCH, Severity.WARNING, note=False, find=find, doc=__doc__ or "", within=within)
