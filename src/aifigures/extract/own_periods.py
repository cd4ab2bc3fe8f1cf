"""Which period of a clause is an amount's own, where several amounts share the clause.

A period phrase right beside an amount is that amount's: in "stieg von 2,1 Mrd. Euro im Jahr 2022 über 2,4 Mrd.
Euro im Jahr 2023 auf ..." each year follows its figure, and in "lag 2023 bei 5 Mrd. Euro und 2024 bei 6 Mrd.
Euro" the year after "und" opens the next figure's part of the clause.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from aifigures.amount import Period
    from aifigures.extract.lexicon import Lexicon

__all__ = ["Candidate", "Spans", "without_others_own"]

Spans = tuple[list[tuple[int, int]], list[int]]
"""The spans of a text's amounts, and their starts (for bisecting)."""
Candidate = tuple[int, int, "Period", bool]
"""A period stated near an amount: where its words start and end, the period, and whether a phrase states it."""


def without_others_own(
    text: str, candidates: list[Candidate], span: tuple[int, int], amounts: Spans, lex: Lexicon
) -> list[Candidate]:
    """The candidates but those that another amount of the clause has right beside it.

    "stieg von 2,1 Mrd. Euro im Jahr 2022 über 2,4 Mrd. Euro im Jahr 2023 auf ...": 2023 is the 2,4's, the
    2022 the 2,1's, though nearer to the 2,4 (where one stands right after the 2,4). "lag 2023 bei 5 Mrd. Euro
    und 2024 bei 6 Mrd. Euro": the 2024 after "und" opens the 6 Mrd.'s part of the clause.
    """
    if len(candidates) < 2:
        return candidates
    spans, starts = amounts
    mine = any(_right_after(text, span[1], c) for c in candidates)
    out = []
    for c in candidates:
        i = bisect.bisect_right(starts, c[0]) - 1
        if mine and i >= 0 and spans[i] != span and _right_after(text, spans[i][1], c):
            continue
        if c[0] >= span[1] and _opens_next(text, (span[1], c, spans[i + 1] if i + 1 < len(spans) else None), lex):
            continue  # "und 2024 bei 6 Mrd.": the next amount's
        out.append(c)
    return out


def _right_after(text: str, end: int, c: Candidate) -> bool:
    """Whether a candidate period follows an amount ending at `end` with at most two short words between."""
    gap = text[end : c[0]]
    words = gap.split()
    return c[0] >= end and len(gap) <= _RIGHT_AFTER and len(words) <= 2 and all(w.isalpha() for w in words)


_RIGHT_AFTER: Final = 12
"""The most characters between an amount and a period phrase right after it ("2,4 Mrd. Euro im Jahr 2023")."""


def _opens_next(text: str, where: tuple[int, Candidate, tuple[int, int] | None], lex: Lexicon) -> bool:
    """Whether a candidate after an amount (ending at `where[0]`) follows a coordinator and leads the next amount."""
    end, c, nxt = where
    after = text[end : c[0]].split()
    # (the coordinator may follow the amount's own words: "1.800 Euro im Dezember und danach monatlich 120 Euro")
    if nxt is None or not any(w.lower() in lex.coordinators for w in after):
        return False
    return len(text[c[1] : nxt[0]].split()) <= _LEAD_WORDS and nxt[0] - c[1] <= _LEAD_REACH


_LEAD_WORDS: Final = 2
_LEAD_REACH: Final = 24
"""How many words, and characters, may stand between a year after "und" and the next amount it leads ("und 2024
schließlich 367 Mio.", "und 2024 waren es 6 Mrd.")."""
