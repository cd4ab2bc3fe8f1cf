"""Asides in a report: a figure whose sentence tells no flow does not end the report a later flow goes on with.

"Norvel setzte im dritten Quartal 6,8 Mrd. Dollar um. In Deutschland investiert Norvel in diesem Jahr 450 Mio. Euro
in Windparks. Der Nettogewinn lag bei 2,2 Mrd.": the net profit is the quarter's, in dollars (its period here, its
currency in `aifigures.extract.context`).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Final

from aifigures.extract.paragraphs import paragraph_breaks

if TYPE_CHECKING:
    from aifigures.extract.lexicon import Lexicon

__all__ = ["past_aside", "past_restatement", "sentence_at", "tells_flow"]


def past_aside(  # noqa: PLR0913, PLR0917 - the text, its amounts and sentences, where, the lexicon, the head
    text: str, spans: list[tuple[int, int]], bounds: list[int], where: tuple[int, int], lex: Lexicon, head: str
) -> int:
    """The amount a flow's sentence goes on from: past a figure before it whose sentence tells no flow.

    "Norvel setzte im dritten Quartal 6,8 Mrd. Dollar um. In Deutschland investiert Norvel in diesem Jahr 450 Mio.
    Euro in Windparks. Der Nettogewinn lag bei 2,2 Mrd.": the quarter's report goes on. `where`: the amount found
    so far and the sentence's start; a few figures back at most, in the aside's paragraph.
    """
    k, lo = where
    if not tells_flow(head, lex) or tells_flow(sentence_at(text, bounds, spans[k][0]), lex):
        return k
    # the aside may end the paragraph before ("... 3,2 Mrd. um. Brannok kauft zudem Aktien für 1,2 Mrd. zurück." and,
    # in a new paragraph, "Der Nettogewinn stieg auf 410 Mio."): the report goes on past it as the paragraph would
    # (not a balance at a day, which closes the report: "Die Schulden lagen Ende Juni bei 1,1 Mrd.")
    crossed = paragraph_breaks(text[spans[k][1] : lo])
    if crossed > 1 or (crossed and _stock_aside(text, bounds, spans[k][0], lex)):
        return k
    for m in range(k - 1, max(-1, k - 1 - _ASIDE_REACH), -1):
        if paragraph_breaks(text[spans[m][1] : spans[k][0]]) or lo - spans[m][1] > _REACH:
            break
        if tells_flow(sentence_at(text, bounds, spans[m][0]), lex):
            return m
    return k


_ASIDE_REACH: Final = 3
"""How many figures back past an aside a flow's sentence looks for the report it goes on with."""
_REACH: Final = 800
"""How far before a flow's sentence the report it goes on with may end."""


def _stock_aside(text: str, bounds: list[int], at: int, lex: Lexicon) -> bool:
    """Whether a balance's word ("Schulden") stands before the figure at `at` in its sentence (a stock at a day)."""
    lo = bounds[bisect.bisect_right(bounds, at) - 1]
    told = text[lo:at].lower()
    return any(w in told for w in lex.balance_words)


def sentence_at(text: str, bounds: list[int], at: int) -> str:
    """The sentence around `at` (`bounds`: the sentences' starts)."""
    s = bisect.bisect_right(bounds, at) - 1
    return text[bounds[s] : bounds[s + 1] if s + 1 < len(bounds) else len(text)]


def tells_flow(sentence: str, lex: Lexicon) -> bool:
    """Whether a sentence names a report's flow: its noun ("Nettogewinn") or verb ("setzte")."""
    return any(
        w.strip(",.:;()") in lex.opener_verbs or w.strip(",.:;()").endswith(lex.flow_heads)
        for w in sentence.lower().split()
    )


def past_restatement(
    text: str, amounts: tuple[list[tuple[int, int]], list[int]], k: int, head: str, lex: Lexicon
) -> int:
    """The figure a part's sentence is of: the one before `k` where `k` only restates it on another basis.

    "19,8 Mrd. Euro in zehn Jahren. Pro Jahr sind das knapp zwei Milliarden. Davon tragen die Betreiber 15 Mrd.":
    the 15 are of the ten years' 19,8, not of the year's two. `amounts`: the spans and the sentences' starts;
    `head`: the part's sentence up to its figure.
    """
    spans, bounds = amounts
    words = head.lower().split()
    if k < 1 or not words or not (words[0] in lex.part_openers or words[-1] in lex.part_openers):
        return k
    s = bisect.bisect_right(bounds, spans[k][0]) - 1
    told = " ".join(text[bounds[s] : spans[k][0]].lower().split())
    return k - 1 if any(cue in told for cue in lex.restated_by) else k
