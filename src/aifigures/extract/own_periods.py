"""Which period of a clause is an amount's own, where several amounts share the clause, and which is another's.

A period phrase right beside an amount is that amount's: in "stieg von 2,1 Mrd. Euro im Jahr 2022 über 2,4 Mrd.
Euro im Jahr 2023 auf ..." each year follows its figure, and in "lag 2023 bei 5 Mrd. Euro und 2024 bei 6 Mrd.
Euro" the year after "und" opens the next figure's part of the clause.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Final

from aifigures.amount import PeriodKind
from aifigures.extract.continuation import compared_base

if TYPE_CHECKING:
    from aifigures.amount import Period
    from aifigures.extract.lexicon import Lexicon

__all__ = ["Candidate", "Spans", "of_another", "without_others_own"]

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


def of_another(text: str, c: Candidate, end: int, amounts: Spans, lex: Lexicon) -> bool:
    """Whether a period after an amount ending at `end` is a rate of another or the base of a comparison."""
    return (
        _rate_of_other(text, c, end, *amounts, lex)
        or _rate_before_other(text, c, amounts)
        or compared_base(text, end, c[0], lex)
    )


def _rate_before_other(text: str, c: Candidate, amounts: Spans) -> bool:
    """Whether a period after an amount stands right before the next amount, which it leads: that one's own.

    "eine Prämie von 3000 Euro sowie ab Juli monatlich 240 Euro mehr": the month is the 240's; so is a year ("3
    Mrd. Euro, im Vorjahr 2,8 Mrd.") or a quarter right before the next figure.
    """
    spans, starts = amounts
    j = bisect.bisect_left(starts, c[1])
    return j < len(spans) and not text[c[1] : spans[j][0]].strip() and c[2].kind in _RATE_KINDS


_RATE_KINDS: Final = frozenset({PeriodKind.YEAR, PeriodKind.MONTH, PeriodKind.WEEK, PeriodKind.DAY, PeriodKind.QUARTER})
"""The periods that lead the figure right after them: a rate's ("monatlich") or one of the calendar ("2024")."""


def _rate_of_other(  # noqa: PLR0913, PLR0917 - the text, the candidate, the amount's end, the amounts, the lexicon
    text: str, c: Candidate, end: int, spans: list[tuple[int, int]], starts: list[int], lex: Lexicon
) -> bool:
    """Whether the candidate after an amount stands right after another amount, and is that one's own.

    A rate ("2,5 Mrd. Euro, durchschnittlich 628 Mio. Euro pro Jahr"), or the period of the figure a
    comparison word leads ("2,10 Euro je Aktie nach 1,95 Euro im Vorjahr": the year before is the 1,95's).
    """
    i = bisect.bisect_left(starts, c[0]) - 1
    if i < 0 or spans[i][0] < end or text[spans[i][1] : c[0]].strip():
        return False
    head = text[c[0] : c[1]].lower().split()
    if head and (head[0] in lex.frequency_starts or " ".join(head) in lex.frequency_phrases):
        return not _change_to(text, (spans[i - 1] if i > 0 else None, spans[i]), end, lex)
    return any(w.lower() in lex.comparison_links for w in text[end : spans[i][0]].split())


def _change_to(text: str, pair: tuple[tuple[int, int] | None, tuple[int, int]], end: int, lex: Lexicon) -> bool:
    """Whether the amount ending at `end` is the first of a change to the next ("von 255 Euro auf 260 Euro")."""
    first, second = pair
    if first is None or first[1] != end:
        return False
    between = text[end : second[0]].lower().split()
    before = text[max(0, first[0] - _CHANGE_LEAD_REACH) : first[0]].lower().split()[-1:]
    return len(between) == 1 and between[0] in lex.change_links and bool(before) and before[0] in lex.change_leads


_CHANGE_LEAD_REACH: Final = 8
"""How far before a figure the word that leads a change from it may start ("von ", "um ")."""
