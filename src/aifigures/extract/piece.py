"""An amount being built (`Piece`), and the characters and small readers every stage of extraction shares."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal  # noqa: TC003 - compiled with mypyc, the dataclass reads its field types at run time
from typing import TYPE_CHECKING, Final, NamedTuple

from aifigures.amount import Qualifier
from aifigures.extract.numbers import DIGITS

if TYPE_CHECKING:
    from aifigures.extract.lexicon import Lexicon

__all__ = [
    "DASHES",
    "DIGIT",
    "EXACT",
    "HYPHENS",
    "LOOKBACK",
    "NEXT_WORD",
    "NUM",
    "RANGE",
    "SPACES",
    "WINDOW",
    "WORD_AT",
    "Piece",
    "gap_end",
    "inside_parens",
    "next_char",
    "sign_before",
    "word_start",
]


DIGIT: Final = re.compile(r"\d")
SPACES: Final = " \t\u00a0\u202f"
HYPHENS: Final = "-\u2010\u2011"
DASHES: Final = "-\u2010\u2011–—"
NEXT_WORD: Final = re.compile(r"[ \t\u00a0\u202f]*(?P<w>[^\W\d_]+\.?|[(),;:.!?\r\n]|$)")
"""The word after a position on its line; a line break stands for itself: what follows it is a new line
("... 149,2 Mio.\n\nZudem": the abbreviation's point also ends the sentence, so the figure ends its clause)."""
WORD_AT: Final = re.compile(r"[^\W\d_]+")
LOOKBACK: Final = 48
EXACT: Final = Qualifier.EXACT
RANGE: Final = Qualifier.RANGE
NUM: Final = DIGITS.groupindex["num"]  # the number's group, by index: no lookup by name per match
WINDOW: Final = 400  # how far (in characters) context is looked for around an amount


class Units(NamedTuple):
    """What follows a number: SCALE? UNIT?, read by the grammar."""

    end: int
    scale: int | None
    currency: str | None
    subunit: bool
    """A subunit ("Cent"): the currency is its main unit's, the scale its fraction."""
    ambiguous: bool
    """A sign or word of several currencies ("$", "Dollar"), read by the cues around it."""


@dataclass(slots=True)  # internal and short-lived: not frozen, which makes it cheaper to build
class Piece:
    """An amount being built: the core, its units and what surrounds it."""

    start: int
    end: int
    number: Decimal
    scale: int | None
    currency: str | None
    subunit: bool = False
    ambiguous: bool = False
    qualifier: Qualifier = Qualifier.EXACT
    low: Decimal | None = None
    high: Decimal | None = None
    inferred: bool = False
    pending: bool = False
    """A scaled number still looking for its currency."""
    in_parens: bool = False


def word_start(text: str, at: int) -> int:
    """Where the word that `at` stands in (or right after) begins."""
    while at > 0 and text[at - 1].isalpha():
        at -= 1
    return at


def gap_end(text: str, pos: int) -> int:
    """Skip the gap between a number, its scale and its currency: spaces, or a hyphen before a word.

    Or a hyphen before a sign glued between hyphens ("das 49-€-Ticket", "ein 1,2-Mrd.-€-Programm").
    """
    c = text[pos : pos + 1]
    if c in HYPHENS:
        nxt = text[pos + 1 : pos + 2]
        sign = nxt and not nxt.isalnum() and not nxt.isspace() and text[pos + 2 : pos + 3] in HYPHENS
        return pos + 1 if nxt.isalpha() or sign else pos
    while c in SPACES and c:
        pos += 1
        c = text[pos : pos + 1]
    return pos


def next_char(text: str, pos: int) -> str:
    """The first character from `pos` on that is not white space, in lower case ("" at the end)."""
    end = len(text)
    while pos < end and text[pos].isspace():
        pos += 1
    return text[pos : pos + 1].lower()


def inside_parens(text: str, pos: int) -> bool:
    """Whether `pos` stands inside an open parenthesis (looked for up to 200 characters back)."""
    opened = text.rfind("(", max(0, pos - 200), pos)
    return opened >= 0 and text.find(")", opened, pos) < 0


def sign_before(text: str, at: int, lex: Lexicon) -> tuple[tuple[int, str] | None, bool]:
    """The currency sign before the number at `at`, and whether a minus stands between ("EUR -3,5 Mio.")."""
    pm = lex.sign_phrases.ending_at(text, at)
    if pm is None and at > 1 and text[at - 1] in "-−" and text[at - 2] in SPACES:
        pm = lex.sign_phrases.ending_at(text, at - 1)
        return pm, pm is not None
    return pm, False
