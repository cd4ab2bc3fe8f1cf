"""Numbers in German text: digit strings with their separators, and number words.

Grammar (digits)::

    number   = grouped | plain
    grouped  = DIGIT{1,3} (SEP DIGIT{3})+ (DEC DIGIT+)?    SEP in . ' ’ space no-break-space
    plain    = DIGIT+ (DEC DIGIT+)?                        DEC in , .
    dash     = ",-" | ",–" | ".–"                          "9.999,-", Swiss "Fr. 50.–": no cents

A comma is the decimal mark. A single dot before exactly three digits groups thousands ("1.600"); any
other single dot is a decimal point (Swiss and English style, "3.5 Mrd."), as is the dot of a number
grouped by apostrophes or spaces ("3'271'666.00").

Grammar (words)::

    numeral  = (MORPHEME | "und")+ FRACTION?               "dreihundertachtzig", "zweieinhalb"
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Final

from aifigures.extract.lexicon import german

__all__ = ["DIGITS", "digits_value", "numeral_value"]

DIGITS: Final = re.compile(
    r"(?<![\w.,'’])"
    r"(?P<num>\d{1,3}(?:(?:\.|['’]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d{3}(?![\d]))+(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)"
    r"(?P<dash>[,.][-–—]{1,2}(?![\d]))?"
)


def digits_value(raw: str) -> tuple[Decimal, bool]:
    """The value of a digit string and whether its separators were ambiguous.

    >>> digits_value("1.234,56")
    (Decimal('1234.56'), False)
    >>> digits_value("3'271'666.00")
    (Decimal('3271666.00'), False)
    >>> digits_value("1.600")
    (Decimal('1600'), False)
    >>> digits_value("3.5")
    (Decimal('3.5'), True)
    """
    s = raw
    swiss = False
    for sep in ("'", "’", " ", "\u00a0", "\u202f"):
        if sep in s:
            s = s.replace(sep, "")
            swiss = True
    ambiguous = False
    if "," in s and "." in s:
        last_is_comma = s.rfind(",") > s.rfind(".")
        s = s.replace(".", "").replace(",", ".") if last_is_comma else s.replace(",", "")
    elif "," in s:
        s = s.replace(",", "") if s.count(",") > 1 else s.replace(",", ".")
    elif "." in s:
        if s.count(".") > 1 or (not swiss and re.fullmatch(r"\d{1,3}\.\d{3}", s)):
            s = s.replace(".", "")
        else:
            ambiguous = not swiss
    return Decimal(s), ambiguous


@functools.lru_cache(maxsize=4096)
def numeral_value(word: str) -> Decimal | None:
    """The value of a German number word, or None when it is not one.

    >>> numeral_value("dreihundertachtzig"), numeral_value("zweieinhalb"), numeral_value("Haus")
    (Decimal('380'), Decimal('2.5'), None)
    """
    lex = german()
    w = word.lower()
    table = dict(lex.numerals)
    table.update(lex.fractions)
    table.update(dict.fromkeys(lex.joiners, Decimal(0)))
    keys = sorted(table, key=len, reverse=True)
    total = Decimal(0)
    current = Decimal(0)
    seen = False
    pos = 0
    while pos < len(w):
        for k in keys:
            if w.startswith(k, pos):
                break
        else:
            return None
        pos += len(k)
        v = table[k]
        if k in lex.joiners:
            continue
        seen = True
        if k in lex.fractions:
            current += v
        elif v == 100:
            current = (current or Decimal(1)) * 100
        elif v == 1000:
            total += (current or Decimal(1)) * 1000
            current = Decimal(0)
        else:
            current += v
    if not seen:
        return None
    return total + current
