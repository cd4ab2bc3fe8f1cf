"""A figure's bound from the words around it, where extraction leaves it exact.

Extraction reads the qualifiers of the annotation conventions (docs/conventions.md); the check also reads
a verb after a figure ("50 Milliarden Yuan überstiegen"), a word before it ("ab 39.900 Euro": where prices
start) and a mark crossed ("Der Umsatz knackt die 40-Millionen-Marke": more than 40 Millionen). The words
are in check.toml [check_words].
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aifigures.amount import Qualifier
from aifigures.check.vocabulary import check_words as words

if TYPE_CHECKING:
    from aifigures.amount import Amount

__all__ = ["told_bound"]

_REACH = 30
"""How far (in characters) before and after a figure the words that bound it are read."""
_CROSSED_WITHIN = 3
"""How many words before a mark the verb that crosses it may stand ("knackt erstmals die 40-Millionen-Marke")."""


def told_bound(amount: Amount, text: str) -> Qualifier:
    """The amount's qualifier, or the bound the words around an exact figure give it.

    >>> from aifigures import extract
    >>> text = "Der Umsatz knackt die 40-Millionen-Marke."
    >>> told_bound(extract(text)[0], text).value
    'more_than'
    """
    q = amount.qualifier
    if q is not Qualifier.EXACT or not text:
        return q
    w = words()
    start, end = amount.span
    after = text[end : end + _REACH].lower().split()
    verb = after[0].strip(".,;") if after else ""
    if verb in w.more_than_verbs:
        return Qualifier.MORE_THAN
    if verb in w.less_than_verbs:
        return Qualifier.LESS_THAN
    before = text[max(0, start - _REACH) : start].lower().split()
    if before and before[-1] in w.from_before:  # "ab 39.900 Euro": where prices start
        return Qualifier.AT_LEAST
    if verb.lstrip("-").strip(".,;:") in w.marks and any(b in w.crossing_verbs for b in before[-_CROSSED_WITHIN:]):
        return Qualifier.MORE_THAN  # a mark crossed: "knackt die 40-Millionen-Marke"
    return q
