"""Stated conversions: an amount that restates the amount before it in another currency.

"380 Mrd. Yuan (etwa 50 Mrd. Euro)", "..., das entspricht rund 12 Mrd. Euro": the restatement is judged
against the rate band of the days the article may date from (`aifigures.normalise.band`). The verdicts are
read by the rules `fx_conversion` (wrong for every rate of the band) and `unverifiable` (no rate at all).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from aifigures.amount import Qualifier
from aifigures.check.facts import words
from aifigures.check.run import shared_by

if TYPE_CHECKING:
    from aifigures.check.facts import Fact
    from aifigures.check.run import Converted, Run

__all__ = ["Restatement", "restatements", "restates"]


@dataclass(frozen=True, slots=True)
class Restatement:
    """A stated conversion: `stated` restates `source` in another currency.

    `converted` is the source put into the stated currency at the rate band of the article's days (None:
    not worked out yet, or no rate).
    """

    stated: Fact
    source: Fact
    converted: Converted | None = None


@shared_by("restatements")
def restatements(run: Run) -> list[Restatement]:
    """The amounts that restate the amount before them in another currency (marked where the facts were made)."""
    return [
        Restatement(f, prev) for prev, f in itertools.pairwise(run.facts) if f.restates and prev.article == f.article
    ]


_BEFORE_CUE = 40
"""How far before a restatement its cue ("umgerechnet", "entspricht") may stand."""
_SOURCE_WITHIN = 300
"""How far a restatement may stand from the amount it restates."""


@shared_by("conversions")
def conversions(run: Run) -> list[Restatement]:
    """Each stated conversion with its source converted at the rate band of the article's days."""
    return [
        replace(r, converted=run.common(r.source, *r.source.rounding, quote=r.stated.currency))
        for r in restatements(run)
        if r.source.currency is not None and r.stated.currency is not None
    ]


def restates(f: Fact, prev: Fact, text: str) -> bool:
    """Whether `f` restates `prev` in another currency: "(etwa 50 Mrd. Euro)" or "Das entspricht ..."."""
    if prev.currency is None or f.currency is None or prev.currency == f.currency:
        return False
    pf, pp = f.amount.period, prev.amount.period
    if pf is not None and pp is not None and pf.kind != pp.kind:
        return False  # "umgerechnet 50 Mrd. Euro. Das entspricht 126 Mrd. Yuan pro Jahr": another basis, not a rate
    between = text[prev.amount.span[1] : f.amount.span[0]]
    if f.in_parens and re.fullmatch(r"\s*(?:\([^()]*\)\s*)?\(\s*", between):
        return True  # "380 Mrd. Renminbi (RMB) (etwa ...)" and "78 Mrd. Yuan (ca. 10 Mrd. Euro)"
    if f.amount.qualifier is Qualifier.APPROX and re.fullmatch(r"\s*[,–—]\s*", between):
        return True  # an apposition: "100.000 Dollar, etwa 4400 Euro"
    lead = text[max(f.sentence[0], f.amount.span[0] - _BEFORE_CUE) : f.amount.span[0]].lower()
    if len(between) >= _SOURCE_WITHIN:  # far back: only a word that says "converted" reaches it
        return any(_cued(c, lead) for c in words().conversion_far)
    return any(_cued(c, lead) for c in words().conversion + words().conversion_cues)


def _cued(cue: str, lead: str) -> bool:
    """Whether `lead` ends with the cue and up to two words ("umgerechnet rund", "umgerechnet sind das etwa")."""
    return re.search(rf"(?<![^\W\d_]){re.escape(cue)}\W*(?:\w+\W+){{0,2}}$", lead) is not None
