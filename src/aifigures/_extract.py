"""Text to amounts: find every money amount in German text (`extract`) or read one (`parse`).

The grammar of an amount and the rules that read it around anchors in the text are in `_grammar`;
stated periods are read from each amount's sentence by `_stated_periods`. Those two, with `_numbers`
and `_lexicon`, are compiled with mypyc where the installing machine has a C compiler (hatch_build.py,
docs/benchmarks.md); this module, the public entry, stays plain Python so that its checks and messages
are the same in either build.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from aifigures._errors import ParseError
from aifigures._grammar import read_amounts
from aifigures._lexicon import forget_lowered, german

if TYPE_CHECKING:
    from aifigures._amounts import Amount

__all__ = ["extract", "parse"]

# Web text carries characters inside words and numbers that change nothing in what they say: soft hyphens
# and zero-width characters ("Mil\u00adliar\u00adden") are read as absent, and the rarer spaces (thin,
# figure, en and em spaces: "1\u2009000 Euro") as a space. Spans still slice the text as given.
_INVISIBLE: Final = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_AS_SPACE: Final = {ord(c): " " for c in "\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u205f"}
_TYPOGRAPHY: Final = _INVISIBLE + "".join(map(chr, _AS_SPACE))


def extract(text: str, *, default_currency: str | None = "EUR") -> list[Amount]:
    """Every money amount in `text`, in order of position; ``[]`` when there is none.

    `default_currency` is assumed for a scaled figure that names no currency in a sentence that names
    none either but calls it money ("über 6 Milliarden Umsatz"); such amounts have
    ``currency_inferred=True``. Pass None to leave their currency unset.

    >>> [str(a.value) for a in extract("Baidu investierte 4,2 Milliarden Yuan, Alibaba rund 23 Mrd. Yuan.")]
    ['4200000000', '23000000000']
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str, got {type(text).__name__}: {text!r:.80}")
    try:
        for c in _TYPOGRAPHY:  # `in` per character: far faster than a regex class on long text
            if c in text:
                return _read_through_typography(text, default_currency)
        return read_amounts(text, default_currency)
    finally:
        forget_lowered()  # the lower-cased copy serves this call only: a long text is not kept alive


def _read_through_typography(text: str, default_currency: str | None) -> list[Amount]:
    """Read a copy without invisible characters and with plain spaces; give the spans in `text`.

    `period_text` keeps the words as read (without soft hyphens), so that normalisation reads them.
    """
    kept = [i for i, c in enumerate(text) if c not in _INVISIBLE]
    clean = "".join(text[i] for i in kept).translate(_AS_SPACE)
    kept.append(len(text))

    def span(start: int, end: int) -> tuple[int, int]:
        return kept[start], (kept[end - 1] + 1 if end > start else kept[start])

    out: list[Amount] = []
    for a in read_amounts(clean, default_currency):
        start, end = span(*a.span)
        stated = None if a.period_span is None else span(*a.period_span)
        out.append(replace(a, text=text[start:end], span=(start, end), period_span=stated))
    return out


def parse(fragment: str) -> Amount:
    """Exactly one amount covering `fragment` (qualifier words and a stated period allowed).

    >>> a = parse("23 Milliarden Yuan im ersten Halbjahr 2024")
    >>> a.value, a.currency, str(a.period)
    (Decimal('23000000000'), 'CNY', 'half_year')
    >>> parse("23 Milliarden Yuan für Chips")
    Traceback (most recent call last):
    ...
    aifigures._errors.ParseError: 'für' is not part of the amount in '23 Milliarden Yuan für Chips'
        23 Milliarden Yuan für Chips
                           ^
    """
    if not isinstance(fragment, str):
        raise TypeError(f"parse() takes a str, got {type(fragment).__name__}: {fragment!r}")
    amounts = extract(fragment)
    if not amounts:
        m = re.search(r"\S+", fragment)
        pos = m.start() if m else 0
        raise ParseError(fragment, pos, "no money amount found")
    if len(amounts) > 1:
        second = amounts[1]
        raise ParseError(fragment, second.span[0], f"{len(amounts)} amounts found, expected one")
    amount = amounts[0]
    if amount.currency is None:
        raise ParseError(fragment, amount.span[0], "the amount names no currency")
    covered = [amount.span] if amount.period_span is None else [amount.span, amount.period_span]
    lex = german()
    covered.extend((m.start(), m.end()) for m in lex.period_re.finditer(fragment))
    covered.extend((m.start(), m.end()) for m in lex.year_re.finditer(fragment))
    for m in re.finditer(r"[^\s()\[\],;:.!?]+", fragment):
        if not any(s <= m.start() and m.end() <= e for s, e in covered):
            raise ParseError(fragment, m.start(), f"{m.group()!r} is not part of the amount")
    return amount
