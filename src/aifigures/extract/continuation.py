"""Sentences that continue the one before and so take its period.

- A restatement: "Das entspricht etwa 50 Milliarden Euro." (the conversion cues of extract.toml).
- A report that goes on: a sentence that opens with a flow noun ("Der Nettogewinn kletterte auf ...") takes
  the quarter, half year or months of the amount just before it.
- A figure told before: a sentence that opens with a word of an earlier state ("Bislang hatte der Konzern
  mit 2,9 Milliarden gerechnet.", "Ursprünglich waren 3,3 Milliarden geplant.") speaks of the quantity of
  the sentence before, and takes its period, whatever it is.

Only where the sentence states no period of its own, within its paragraph, and the amount before stands
close before it. The words are in periods.toml [continuation].

And an afterthought: a sentence's last clause that is nothing but an explicit period phrase ("... 650 Mrd.
Dollar angekündigt – alleine in diesem Jahr.") states the period of the sentence's amounts that have none.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

from aifigures.amount import PeriodKind

if TYPE_CHECKING:
    from collections.abc import Callable

    from aifigures.amount import Period
    from aifigures.extract.lexicon import Lexicon

    Find = Callable[[str, int, int, Lexicon], list[tuple[int, int, Period, bool]]]

__all__ = ["inherit_periods"]

_WINDOW: Final = 400
"""How far before a sentence's start the amount it continues may end (and how much of its head is read)."""
_REPORTING: Final = frozenset({PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.N_MONTHS})

Stated = tuple[int, int, "Period"]


def inherit_periods(  # noqa: PLR0913, PLR0917 - the text, its amounts and sentences, their periods, how to find one
    text: str, spans: list[tuple[int, int]], bounds: list[int], periods: list[Stated | None], lex: Lexicon, find: Find
) -> list[Stated | None]:
    """`periods`, where an amount without one in a sentence that continues the one before takes its amount's.

    `find` gives the periods stated in a stretch of text (`aifigures.extract.periods`).
    """
    out = _afterthoughts(text, spans, bounds, periods, lex, find)
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


_LAST_CLAUSE: Final = re.compile(r"(?:\s[–—-]|[,;:])\s*(?P<rest>[^,;:–—]*?)[\s.!?\"“”»«')]*\Z")
_PARTICLES: Final = re.compile(r"(?:(?:allein|alleine|nur|und zwar|und das|jeweils|also|sprich)\s+)*", re.IGNORECASE)


def _afterthoughts(  # noqa: PLR0913, PLR0917 - as `inherit_periods`
    text: str, spans: list[tuple[int, int]], bounds: list[int], periods: list[Stated | None], lex: Lexicon, find: Find
) -> list[Stated | None]:
    """`periods`, where a sentence's last clause is only a period phrase, given to its amounts without one."""
    out = list(periods)
    done: dict[int, Stated | None] = {}
    for i, (start, end) in enumerate(spans):
        if out[i] is not None:
            continue
        s = bisect.bisect_right(bounds, start) - 1
        if s not in done:
            done[s] = _afterthought(text, end, bounds[s + 1], lex, find)
        out[i] = done[s]
    return out


def _afterthought(text: str, after: int, hi: int, lex: Lexicon, find: Find) -> Stated | None:
    """The period of the last clause of text[after:hi] when that clause states it and nothing else."""
    m = _LAST_CLAUSE.search(text, after, hi)
    if m is None or not m["rest"]:
        return None
    lead = _PARTICLES.match(m["rest"])
    lo = m.start("rest") + (lead.end() if lead is not None else 0)
    found = [c for c in find(text, lo, m.end("rest"), lex) if c[3]]
    if len(found) != 1 or found[0][0] != lo or found[0][1] != m.end("rest"):
        return None
    return found[0][0], found[0][1], found[0][2]
