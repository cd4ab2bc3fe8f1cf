"""Parts of a whole told before take its modality: a plan's parts are a plan, however their sentence reads.

"Der Bund will im kommenden Jahr 17,8 Mrd. Euro bereitstellen." is a plan; "Von den 17,8 Mrd. entfallen 6,2
Mrd. auf Brücken und 4,9 Mrd. auf Stellwerke." names that plan as the whole its parts are taken from, and has no
word of a plan itself: its figures are the plan's parts, to be weighed against another report's "Für Stellwerke
sind 14,9 Mrd. vorgesehen".
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aifigures.check.facts import Fact

__all__ = ["parts_of_told_wholes"]


def parts_of_told_wholes(facts: list[Fact], text: str) -> list[Fact]:
    """The facts, those of a sentence that opens with a whole told before taking that whole's modality."""
    from aifigures.check.facts import whole_lead  # noqa: PLC0415 - facts calls this module as it builds them

    out = list(facts)
    for i, w in enumerate(facts):
        lead = " ".join(text[w.clause[0] : w.amount.span[0]].lower().split())
        if not lead or not whole_lead(lead):
            continue
        told = next(
            (
                h
                for h in facts[:i]
                if h.sentence != w.sentence and h.currency == w.currency and h.amount.value == w.amount.value
            ),
            None,
        )
        if told is None or told.modality == w.modality:
            continue
        of_w = [f.sentence == w.sentence and f.modality == w.modality for f in out]
        out = [dataclasses.replace(f, modality=told.modality) if p else f for f, p in zip(out, of_w, strict=True)]
    return out
