"""Reference figures the user trusts, each matched to the amount its subject names.

A reference's subject terms must all stand in the amount's sentence; the nearest amount is taken. The
verdicts are read by the rules `scale_error` (a slip of the scale word) and `reference_mismatch`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aifigures.check.compare import overlap, scale_step
from aifigures.check.findings import Finding, Kind, interval_text, place
from aifigures.check.run import shared_by
from aifigures.io.references import squash

if TYPE_CHECKING:
    from decimal import Decimal

    from aifigures.check.facts import Fact
    from aifigures.check.run import Run
    from aifigures.io.references import Reference
    from aifigures.normalise.rates import RateQuote

__all__ = ["against_references"]


@shared_by("references")
def against_references(run: Run) -> list[Finding]:
    """Each reference against the amount its subject names (all its words in the sentence; nearest)."""
    out: list[Finding] = []
    for ref in run.references:
        for art_id in run.articles:
            best = _nearest(run, art_id, ref)
            if best is not None and (finding := _against(best, ref, run)) is not None:
                out.append(finding)
    return out


def _nearest(run: Run, art_id: str, ref: Reference) -> Fact | None:
    text = run.text(art_id)
    squashed_sentences: dict[tuple[int, int], str] = {}
    best: tuple[int, Fact] | None = None
    for f in run.facts:
        if f.article != art_id or f.currency is None:
            continue
        s = squashed_sentences.setdefault(f.sentence, squash(text[f.sentence[0] : f.sentence[1]]))
        if not all(t in s for t in ref.terms):
            continue
        pos = _find_squashed(text, f.sentence, ref.terms[0])
        if pos < 0:
            continue
        d = min(abs(pos - f.amount.span[0]), abs(pos - f.amount.span[1]))
        if best is None or d < best[0]:
            best = (d, f)
    return None if best is None else best[1]


def _find_squashed(text: str, span: tuple[int, int], term: str) -> int:
    """Where `term` (lower case, no spaces or hyphens) starts in text[span]."""
    chars = [(i, c.lower()) for i in range(span[0], span[1]) if (c := text[i]) not in " \t\n-‐‑"]
    joined = "".join(c for _, c in chars)
    k = joined.find(term)
    return -1 if k < 0 else chars[k][0]


def _against(f: Fact, ref: Reference, run: Run) -> Finding | None:
    if f.currency == ref.currency:  # compared as written, no exchange rate
        cur = ref.currency
        mine: tuple[Decimal, Decimal] = (f.low, f.high)
        ti = (ref.value, ref.value)
        rates: tuple[RateQuote, ...] = ()
        k = scale_step(ti, f.amount.value, ref.value, f.rounding)
        if k is not None:
            mine = f.rounding  # the digits alone: a bound must not hide the slip
    else:
        cur = run.currency
        c = run.common(f, f.low, f.high)
        band = run.band(ref.currency, f.article)
        if c is None or band is None:
            return None
        mine, ti = (c.low, c.high), (ref.value * band.low, ref.value * band.high)
        rates = tuple(dict.fromkeys(c.band.quotes + band.quotes))
        k = None
    where = (place(f),)
    source = f" ({ref.source})" if ref.source else ""
    if k is not None:
        return Finding(
            Kind.SCALE_ERROR,
            f"{f.amount.text!r} is {10 ** abs(k):,} times {'larger' if k > 0 else 'smaller'} than "
            f"the reference figure for {ref.subject!r}{source}, {ref.value:,f} {ref.currency}, with the same "
            f"leading digits: {interval_text(*mine, cur)} against {interval_text(*ti, cur)}",
            where,
            (mine, ti),
            cur,
            rates,
            why=f"every word of the reference's subject ({ref.subject}) stands in the figure's sentence",
        )
    if overlap(mine, ti):
        return None
    return Finding(
        Kind.REFERENCE_MISMATCH,
        f"{f.amount.text!r} {interval_text(*mine, cur)} does not agree with the reference figure for "
        f"{ref.subject!r}{source}: {ref.value:,f} {ref.currency} {interval_text(*ti, cur)}",
        where,
        (mine, ti),
        cur,
        rates,
        why=f"every word of the reference's subject ({ref.subject}) stands in the figure's sentence",
    )
