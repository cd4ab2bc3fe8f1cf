"""Whether a year or a month beside a figure is a date ("2015 gegründet", "bis 2027") rather than its period.

Read by the periods of extraction (`aifigures.extract.periods`); the words are in periods.toml
[period_year_patterns].
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from aifigures.extract.lexicon import Lexicon

__all__ = ["dated_by", "is_date"]

_WORD_AFTER: Final = re.compile(r"[\s\u00a0]+([^\W\d_]+)")


def is_date(text: str, lo: int, year_at: int, year_end: int, lex: Lexicon) -> bool:
    """Whether the year text[year_at:year_end] is a date or a deadline ("bis 2027", "2015 gegründet")."""
    head = text[max(lo, year_at - 48) : year_at].lower()
    before = head.split()
    if any(" ".join(before[-k:]) in lex.year_blockers for k in (1, 2, 3) if len(before) >= k):
        return True
    if before and before[-1] in lex.year_for:
        return False  # "den Haushalt für 2026 beschlossen": the budget's year, not the vote's date
    if dated_by(text, year_end, lex) and not _of_noun(text, lo, year_at, lex):
        return True  # "wurde 2015 gegründet", "die 2019 gegründete Firma"; not "den Landeshaushalt 2027 beschlossen"
    # "seit seiner Gründung 2015", "seit dem Start im Jahr 2018": where a span begins (in this clause)
    clause = head[max(head.rfind(","), head.rfind(";")) + 1 :].split()
    return any(w in lex.year_since for w in clause[-5:])


def _of_noun(text: str, lo: int, year_at: int, lex: Lexicon) -> bool:
    """Whether a year stands right after a noun of a budget or plan, whose year it names ("den Landeshaushalt 2027").

    Not a subject's ("das die Behörde 2021 verhängt hatte": the year of the act).
    """
    m = _NOUN_BEFORE.search(text, max(lo, year_at - _NOUN_REACH), year_at)
    return m is not None and m.group().strip().lower().endswith(lex.year_nouns)


_NOUN_BEFORE: Final = re.compile(r"(?<![^\W\d_])[A-ZÄÖÜ][\w-]*[ \t]+\Z")
_NOUN_REACH: Final = 40


def dated_by(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the word after a year or month ending at `end` says what was done then ("2015 gegründet")."""
    nxt = _WORD_AFTER.match(text, end)
    return nxt is not None and nxt.group(1).lower() in lex.year_dated_by
