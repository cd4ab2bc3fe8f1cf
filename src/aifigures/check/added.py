"""Figures told as added to another in their article, which together make what another report tells as one.

"Haldor will eine reguläre Dividende von 3,60 Euro zahlen. Hinzu kommt eine Sonderdividende von 1,50 Euro." against
"Die Aktionäre sollen insgesamt 5,10 Euro erhalten"; "eine feste Ablöse von 68 Mio. Euro. Hinzu kommen Bonuszahlungen
von bis zu 12 Mio. Euro" against "wechselt für 80 Mio. Euro": the other report tells the sum, no conflicting figure.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

from aifigures.check.slips import overlap

if TYPE_CHECKING:
    from aifigures.check.facts import Fact
    from aifigures.check.run import Run

__all__ = ["adds_up"]


def adds_up(a: Fact, b: Fact, run: Run) -> bool:
    """Whether the smaller of two figures and those its article tells as added right after it make the larger.

    In one currency; the added figures stand in the smaller's sentence or the next few (`_REACH` characters).
    """
    from aifigures.check.compare import comparable_by_article  # noqa: PLC0415 - compare reads this module

    if a.currency is None or a.currency != b.currency:
        return False
    small, big = (a, b) if a.high < b.low else (b, a)
    end = small.amount.span[1]
    added = [
        g
        for g in comparable_by_article(run).get(small.article, ())
        if g.added and g.currency == small.currency and end <= g.amount.span[0] < end + _REACH
    ]
    if not added:
        return False
    low = small.low + sum((g.low for g in added), Decimal(0))
    high = small.high + sum((g.high for g in added), Decimal(0))
    return overlap((low, high), (big.low, big.high))


_REACH: Final = 200
"""How far after a figure the figures told as added to it may stand."""
