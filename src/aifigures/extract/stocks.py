"""Amounts that have no period: a stock (a debt, a valuation, a fund's size) and an event's (a price paid, a round).

A year or month beside such an amount dates it; it is not the period of a flow. The words are in periods.toml
[period_year_patterns] (stock_words, stock_after, event_after, event_before).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from aifigures.extract.lexicon import Lexicon

__all__ = ["dated_after_verb", "dates_an_amount", "is_event", "is_stock"]


def is_event(text: str, where: tuple[int, int, int, int], lex: Lexicon) -> bool:
    """Whether the amount text[start:end] of the clause c_lo..c_hi is an event's (a price paid, a round raised).

    A word of the event after it ("für 450 Mio. Dollar versteigert") or a deal's before it ("übernahm ... für").
    """
    c_lo, start, end, c_hi = where
    if lex.event_after_re.search(text, end, min(c_hi, end + _EVENT_REACH)) is not None:
        return True
    lo = max(c_lo, start - _DEAL_REACH)
    window = text[lo:start].lower()
    if not any(w in window for w in lex.event_before_words):
        return False  # the common case, at once
    return lex.event_before_re.search(text, lo, start) is not None


def is_stock(text: str, c_lo: int, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the amount text[start:end] is a stock (a debt, a valuation), which has no period.

    A stock word before it in its clause from `c_lo`, not inside another word ("Schulden von"), a unit with its
    article ("ein Liter Benzin kostete"), or "wert" after it.
    """
    before = text[max(c_lo, start - _STOCK_WINDOW) : start].lower()
    return lex.stock_re.search(before) is not None or lex.stock_after_re.match(text, end) is not None


def dates_an_amount(
    text: str, year: tuple[int, int], sentence: tuple[int, int], spans: list[tuple[int, int]], lex: Lexicon
) -> bool:
    """Whether the clause of a year (`year`: its span) holds an event's amount or a stock, which the year dates.

    "Die Halle war 2019 für 410 Mio. Euro fertiggestellt worden, geplant waren 180 Mio.": 2019 is when the hall
    was done, not the period of the 180 in the next clause.
    """
    from aifigures.extract.periods import clause_of  # noqa: PLC0415 - periods reads this module

    c_lo, c_hi = clause_of(text, *sentence, *year)
    return any(
        is_event(text, (c_lo, start, end, c_hi), lex) or is_stock(text, c_lo, start, end, lex)
        for start, end in spans
        if c_lo <= start and end <= c_hi
    )


def dated_after_verb(text: str, at: int, lex: Lexicon) -> bool:
    """Whether the word before the month phrase at `at` starts or ends an event it dates ("startet im Mai")."""
    before = text[max(0, at - _VERB_REACH) : at].split()
    return bool(before) and before[-1].lower() in lex.dated_after


_VERB_REACH: Final = 24
"""How far before a month phrase the verb it dates is read."""
_STOCK_WINDOW: Final = 60
"""How far before an amount (in its clause) a stock word is looked for."""
_EVENT_REACH: Final = 120
"""How far after an amount (in its clause) a word that makes it an event's amount is looked for."""
_DEAL_REACH: Final = 60
"""How far before an amount (in its clause) a deal's word is looked for ("2021 übernahm Keltron den Rivalen für")."""
