"""A title's figure told again in the body: the period it has there."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aifigures.check.facts import Fact

__all__ = ["tells", "titles_told_in_body"]


def titles_told_in_body(facts: list[Fact]) -> list[Fact]:
    """The facts, a title's figure without a period taking that of the body's figure it tells.

    "Klinik: 36,8 Millionen Euro Verlust" over "... im vergangenen Jahr einen Verlust von 36,8 Millionen Euro".
    """
    body = [f for f in facts if not f.headline and f.amount.period is not None]
    out = []
    for f in facts:
        told = next((b for b in body if tells(f, b)), None) if f.headline and f.amount.period is None else None
        if told is None:
            out.append(f)
            continue
        t = told.amount
        amount = dataclasses.replace(f.amount, period=t.period, period_text=t.period_text, period_span=t.period_span)
        out.append(dataclasses.replace(f, amount=amount))
    return out


def tells(a: Fact, b: Fact) -> bool:
    """Whether two figures tell one: their value and currency, and metrics that do not differ."""
    metrics_agree = a.metric is None or b.metric is None or a.metric == b.metric
    return a.amount.value == b.amount.value and a.currency == b.currency and metrics_agree
