"""Sentences that continue the one before and so take its period.

- A restatement: "Das entspricht etwa 50 Milliarden Euro." (the conversion cues of extract.toml).
- A report that goes on: a sentence that opens with a flow noun ("Der Nettogewinn kletterte auf ...") takes
  the quarter, half year or months of the amount just before it.
- A figure told before: a sentence that opens with a word of an earlier state ("Bislang hatte der Konzern
  mit 2,9 Milliarden gerechnet.", "Ursprünglich waren 3,3 Milliarden geplant.") speaks of the quantity of
  the sentence before, and takes its period, whatever it is.

Only where the sentence states no period of its own, within its paragraph, and the amount before stands
close before it. The words are in periods.toml [continuation].
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Final

from aifigures.amount import PeriodKind

if TYPE_CHECKING:
    from aifigures.amount import Period
    from aifigures.extract.lexicon import Lexicon

__all__ = ["inherit_periods"]

_WINDOW: Final = 400
"""How far before a sentence's start the amount it continues may end (and how much of its head is read)."""
_REPORTING: Final = frozenset({PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.N_MONTHS})

Stated = tuple[int, int, "Period"]


def inherit_periods(
    text: str, spans: list[tuple[int, int]], bounds: list[int], periods: list[Stated | None], lex: Lexicon
) -> list[Stated | None]:
    """`periods`, where an amount without one in a sentence that continues the one before takes its amount's."""
    out = list(periods)
    for i in range(1, len(spans)):
        if out[i] is not None or out[i - 1] is None:
            continue
        start = spans[i][0]
        s = bisect.bisect_right(bounds, start) - 1
        lo = bounds[s]
        head = text[lo : min(start, lo + _WINDOW)].lstrip()
        if spans[i - 1][0] >= lo:
            continue
        if lex.conversion_re.match(head) or _continues(text, (spans[i - 1][1], lo), head, out[i - 1], lex):
            out[i] = out[i - 1]
    return out


def _continues(text: str, gap: tuple[int, int], head: str, before: Stated | None, lex: Lexicon) -> bool:
    """Whether a sentence continues the report before it, and so takes its period.

    It opens with a flow noun and the amount before has a reporting period (a quarter, a half year,
    months), or it opens with a word of an earlier state ("bislang"); and the amount before stands just
    before it in its paragraph (`gap`: from that amount's end to this sentence's start).
    """
    if before is None:
        return False
    flow = before[2].kind in _REPORTING and lex.continuation_re.match(head) is not None
    if not flow and lex.earlier_state_re.match(head) is None:
        return False
    between = text[gap[0] : gap[1]]
    return "\n\n" not in between and "\r\n\r\n" not in between and len(between) < _WINDOW
