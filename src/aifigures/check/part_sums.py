"""The arithmetic of parts against their total: each in one currency, on every reading of their periods.

Parts' intervals are summed and set against the total's, as XBRL Calculations 1.1 does (docs/checks.md): a sum
above the total is flagged, and, where the parts are all of it, a sum below it too. Read by the rule on parts and
totals (`aifigures.check.rules.af103_parts_total`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from aifigures.check.findings import Finding, Kind, interval_text, place

if TYPE_CHECKING:
    from aifigures.check.facts import Fact
    from aifigures.check.run import Run

__all__ = ["Interval", "above", "added_up", "exceeds", "in_common", "may_be_part", "weighed"]

_TWO = 2


def above(run: Run, total: Fact, parts: list[Fact], *, why: str = "") -> Finding | None:
    """The finding when `parts` (each times its multiplicity) add up to more than `total`.

    None when they do not exceed it, or when a rate is missing (`in_common`).
    """
    pieces = [(p.low * p.multiplicity, p.high * p.multiplicity) for p in parts]
    return weighed(run, total, parts, pieces, both_ways=False, why=why)


def may_be_part(part: Fact, whole: Fact) -> bool:
    """Whether a figure may be a part of a whole told beside it: its currency, period and modality, told plainly.

    Not a figure the text marks as changed, a noun's attribute ("das 3-Mrd.-Programm") or a compared one ("nach 2
    Mrd. im Vorjahr").
    """
    return (
        part.currency == whole.currency
        and part.amount.period == whole.amount.period
        and part.modality == whole.modality
        and not (part.revised or part.attributive or part.compared_with is not None)
    )


def weighed(  # noqa: PLR0913 - the total, its parts and their intervals, and how they must meet it
    run: Run, total: Fact, parts: list[Fact], pieces: list[tuple[Decimal, Decimal]], *, both_ways: bool, why: str
) -> Finding | None:
    """The finding when the parts' intervals (`pieces`) exceed the total, or (`both_ways`) miss it either way.

    On every reading of their periods (`_readings`), weighed in one currency (`in_common`).
    """
    found = in_common(run, total, parts, pieces)
    if found is None:
        return None
    ct, known, cur = found
    if any(
        exceeds(total, parts, ct, _per(known, k), cur, both_ways=both_ways) is None for k in _readings(total, parts)
    ):
        return None  # on one reading of their periods the parts meet it
    return exceeds(total, parts, ct, known, cur, both_ways=both_ways, why=why)


@dataclass(frozen=True, slots=True)
class Interval:
    """An interval in the currency the parts and their total are weighed in."""

    low: Decimal
    high: Decimal


def in_common(
    run: Run, total: Fact, parts: list[Fact], pieces: list[tuple[Decimal, Decimal]]
) -> tuple[Interval, list[Interval], str] | None:
    """The total's interval and the parts' (`pieces`) in one currency.

    Their own where they share it, else the run's at the rate band of their days (None where a rate is
    missing). One currency is weighed as written: a band's lowest and highest rates would widen each side
    apart ("Vom Umsatz von 12,4 Mrd. Dollar entfielen 5,6 Mrd. auf ...").
    """
    if total.currency is not None and all(p.currency == total.currency for p in parts):
        return Interval(total.low, total.high), [Interval(lo, hi) for lo, hi in pieces], total.currency
    ct = run.common(total, total.low, total.high)
    sums = [run.common(p, lo, hi) for p, (lo, hi) in zip(parts, pieces, strict=True)]
    known = [Interval(s.low, s.high) for s in sums if s is not None]
    if ct is None or len(known) < len(sums):
        return None
    return Interval(ct.low, ct.high), known, run.currency


def _readings(total: Fact, parts: list[Fact]) -> list[list[Decimal]]:
    """The factors that put each part on the total's period, on each reading of a part whose period differs.

    "26.807,26 Euro im Monat ... 5613,60 Euro im Monat. Das ergibt ein Jahressalär von 389.050,32 Euro": a
    month's figure may be a rate (twelve of them make the year's) or one month of the year (a part of it as
    it stands). Parts of the total's period, or of periods of no fixed length, are read as they stand.
    """
    plain = [Decimal(1)] * len(parts)
    per = total.amount.period
    if per is None or per.months is None:
        return [plain]
    factors = []
    for p in parts:
        months = None if p.amount.period is None else p.amount.period.months
        factors.append(Decimal(per.months) / Decimal(months) if months and p.amount.period != per else Decimal(1))
    return [plain] if factors == plain else [plain, factors]


def _per(sums: list[Interval], factors: list[Decimal]) -> list[Interval]:
    return [replace(s, low=s.low * k, high=s.high * k) for s, k in zip(sums, factors, strict=True)]


def exceeds(  # noqa: PLR0913 - the total, its parts, both in the run's currency, the direction and why
    total: Fact,
    parts: list[Fact],
    ct: Interval,
    sums: list[Interval],
    cur: str,
    *,
    both_ways: bool = False,
    why: str = "",
) -> Finding | None:
    """The finding when the parts' sum exceeds the total (or, `both_ways`, misses it either way)."""
    lo = sum((s.low for s in sums), Decimal(0))
    hi = sum((s.high for s in sums), Decimal(0))
    if lo <= ct.high and (not both_ways or hi >= ct.low):
        return None
    verb = "exceed" if lo > ct.high else "fall short of"
    return Finding(
        Kind.PARTS_TOTAL,
        f"the parts {' + '.join(_times(p) for p in parts)} = {interval_text(lo, hi, cur)} {verb} the total "
        f"{total.amount.text!r} {interval_text(ct.low, ct.high, cur)}",
        tuple(place(p) for p in [*parts, total]),
        (*((s.low, s.high) for s in sums), (ct.low, ct.high)),
        cur,
        factors=tuple(f"x{p.multiplicity} (one figure for each of several)" for p in parts if p.multiplicity > 1),
        why=why or f"the total's sentence names the subjects of its parts ({', '.join(sorted(total.sentence_names))})",
    )


def added_up(run: Run, total: Fact, parts: list[Fact], *, why: str) -> Finding | None:
    """The finding when two or more parts of the total's currency, told as all of it, miss it either way."""
    if len(parts) < _TWO or any(p.currency != total.currency or p.attributive for p in parts):
        return None
    return weighed(run, total, parts, [p.rounding for p in parts], both_ways=True, why=why)


def _times(p: Fact) -> str:
    return p.amount.text + (f" x{p.multiplicity}" if p.multiplicity > 1 else "")
