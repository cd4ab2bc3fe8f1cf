"""A title's figure told again in the body: the period it has there."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aifigures.check.facts import Fact

__all__ = ["tells", "titles_told_in_body"]


def titles_told_in_body(facts: list[Fact]) -> list[Fact]:
    """The facts, a title's figure without a period taking that of the body's figure it tells, and what it sums.

    "Klinik: 36,8 Millionen Euro Verlust" over "... im vergangenen Jahr einen Verlust von 36,8 Millionen Euro"; "Quellix
    hat jetzt 310 Millionen eingesammelt" over "Insgesamt flossen damit seit der Gründung 310 Millionen Euro": the sum
    so far, not a round's.
    """
    body = [f for f in facts if not f.headline]
    out = []
    for f in facts:
        tellings = [b for b in body if tells(f, b)] if f.headline else []
        if not tellings:
            out.append(f)
            continue
        timed = next((b.amount for b in tellings if b.amount.period is not None), None)
        if f.amount.period is None and timed is not None:
            amount = dataclasses.replace(
                f.amount, period=timed.period, period_text=timed.period_text, period_span=timed.period_span
            )
            f = dataclasses.replace(f, amount=amount)  # noqa: PLW2901 - the title's fact as its body tells it
        running = not f.running and any(b.running for b in tellings)
        out.append(dataclasses.replace(f, running=True) if running else f)
    return out


def tells(a: Fact, b: Fact) -> bool:
    """Whether two figures tell one: their value and currency, and metrics that do not differ."""
    metrics_agree = a.metric is None or b.metric is None or a.metric == b.metric
    return a.amount.value == b.amount.value and a.currency == b.currency and metrics_agree
