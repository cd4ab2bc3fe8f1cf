"""Amounts that have no period: a stock (a debt, a valuation, a fund's size) and an event's (a price paid, a round).

A year or month beside such an amount dates it; it is not the period of a flow. The words are in periods.toml
[period_year_patterns] (stock_words, stock_after, event_after, event_before).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from aifigures.extract.lexicon import Lexicon

__all__ = ["is_event", "is_stock"]


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

    A stock word before it in its clause from `c_lo`, not inside another word ("Schulden von"), or "wert" after it.
    """
    before = text[max(c_lo, start - _STOCK_WINDOW) : start].lower()
    return lex.stock_re.search(before) is not None or lex.stock_after_re.match(text, end) is not None


_STOCK_WINDOW: Final = 60
"""How far before an amount (in its clause) a stock word is looked for."""
_EVENT_REACH: Final = 120
"""How far after an amount (in its clause) a word that makes it an event's amount is looked for."""
_DEAL_REACH: Final = 60
"""How far before an amount (in its clause) a deal's word is looked for ("2021 übernahm Keltron den Rivalen für")."""
