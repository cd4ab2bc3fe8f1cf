"""Anchors to pieces: one cheap scan finds digits, scale words and currency words, and the grammar runs from there.

Work is done only around anchors, so text without money costs little.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from aifigures.extract.grammar import bare_core, complete_piece
from aifigures.extract.matchers import find_all, lowered
from aifigures.extract.numbers import DIGITS, digits_value, numeral_value
from aifigures.extract.piece import (
    DASHES,
    DIGIT,
    EXACT,
    HYPHENS,
    LOOKBACK,
    NUM,
    SPACES,
    WORD_AT,
    Piece,
    sign_before,
    word_start,
)

if TYPE_CHECKING:
    from decimal import Decimal

    from aifigures.extract.lexicon import Lexicon

__all__ = ["scan_anchors"]


def scan_anchors(text: str, lex: Lexicon) -> list[Piece]:
    """Find the amounts: digits and scale words are the only anchors; the rest is read around them."""
    pieces: list[Piece] = []
    stems = _stem_positions(text, lex)
    si = 0
    pos = 0
    digit = DIGIT.search
    end = len(text)
    while pos < end:
        m = digit(text, pos)
        d_at = m.start() if m is not None else end
        while si < len(stems) and stems[si] < d_at:
            at = stems[si]
            si += 1
            if at < pos:
                continue
            found, resume = _from_scale_word(text, word_start(text, at), lex)
            if found and (not pieces or found[0].start >= pieces[-1].end):
                pieces.extend(found)
            pos = max(pos, resume)
        if m is None:
            break
        if d_at < pos:
            pos = max(pos, d_at + 1)
            continue
        found, resume = _from_digits(text, d_at, lex)
        if found and (not pieces or found[0].start >= pieces[-1].end):
            pieces.extend(found)
        pos = max(resume, d_at + 1)
    return _with_worded(text, pieces, lex)


def _with_worded(text: str, pieces: list[Piece], lex: Lexicon) -> list[Piece]:
    """Add the amounts of number words before a currency word with no scale ("zwölf Euro").

    Their anchors are the currency words; one inside an amount already found is skipped.
    """
    low = lowered(text)
    if low is None:
        return pieces
    anchors = find_all(low, lex.currency_stems)
    if not anchors:
        return pieces
    starts = [p.start for p in pieces]
    added: list[Piece] = []
    for at in anchors:
        i = bisect.bisect_right(starts, at) - 1
        if i >= 0 and at < pieces[i].end:
            continue  # part of an amount found from a digit or a scale word
        found = _from_currency_word(text, at, lex)
        if found is None or _overlaps(found, pieces, starts):
            continue
        if not added or found.start >= added[-1].end:
            added.append(found)
    if not added:
        return pieces
    return sorted([*pieces, *added], key=lambda p: p.start)


def _overlaps(found: Piece, pieces: list[Piece], starts: list[int]) -> bool:
    """Whether `found` overlaps one of `pieces` (sorted, apart, with their `starts`): only neighbours can."""
    i = bisect.bisect_right(starts, found.start) - 1
    if i >= 0 and pieces[i].end > found.start:
        return True
    return i + 1 < len(pieces) and pieces[i + 1].start < found.end


def _from_currency_word(text: str, at: int, lex: Lexicon) -> Piece | None:
    """A number word right before the currency word that holds `at` ("zwölf Euro", "einen US-Dollar").

    A range of number words ("zehn bis zwölf Euro") is read from its first number.
    """
    start = word_start(text, at)
    if text[start - 1 : start] in HYPHENS and text[start - 2 : start - 1].isalpha():
        start = word_start(text, start - 1)  # "US-Dollar", "Hongkong-Dollar"
    um = lex.unit_phrases.match(text, start)
    if um is None or um[0] <= at:
        return None
    found = _numeral_before(text, start, lex)
    if found is None:
        return None
    n_start, value = found
    first = _range_start(text, n_start, lex)
    if first is not None:  # the range's first number reads the rest, as one after digits does
        pieces, _ = bare_core(text, *first, lex)
    else:
        pieces, _ = complete_piece(text, n_start, start, value, lex)
    if len(pieces) != 1 or not (pieces[0].currency is not None or pieces[0].subunit):
        return None
    return pieces[0]


def _range_start(text: str, n_start: int, lex: Lexicon) -> tuple[int, int, Decimal] | None:
    """(start, end, value) of the number word before a range word before `n_start` ("zehn bis ...")."""
    head = text[max(0, n_start - LOOKBACK) : n_start]
    words = head.split()
    if len(words) < 2 or words[-1].lower() not in lex.range_connectors:
        return None
    conn_start = n_start - len(head) + head.rstrip().rfind(words[-1])
    end = conn_start
    while end > 0 and text[end - 1] in SPACES:
        end -= 1
    found = _numeral_before(text, end, lex)
    return None if found is None else (found[0], end, found[1])


def _stem_positions(text: str, lex: Lexicon) -> list[int]:
    """Where scale-word stems stand (str.find on the lower-cased text beats a regex alternation)."""
    low = lowered(text)
    if low is None:  # rare letters change length when lower-cased: use the regex
        return [m.start() for m in lex.scan_stems.finditer(text)]
    return find_all(low, lex.stems)


def _from_digits(text: str, at: int, lex: Lexicon) -> tuple[list[Piece], int]:
    m = DIGITS.match(text, at)
    if m is None:
        end = at
        while end < len(text) and (text[end].isdigit() or text[end] in ".,'’"):
            end += 1
        return [], end
    j = m.end()
    if _no_amount(text, at, j, lex):
        return [], j
    number, _ = digits_value(m.group(NUM))
    return complete_piece(text, m.start(), j, number, lex)


_LIST_MARKS = frozenset("/,")


def _no_amount(text: str, at: int, j: int, lex: Lexicon) -> bool:
    """Cheap rejection of the number text[at:j]: years, percentages and counts.

    Nothing that can follow an amount follows it (a scale, a unit, a range or link word) and no currency
    sign stands before it.
    """
    k = j
    nxt = text[k : k + 1]
    while nxt and nxt in SPACES:  # ("" is in every string: stop at the end)
        k += 1
        nxt = text[k : k + 1]
    if (
        not (nxt.isalpha() or nxt in lex.sign_chars or nxt in DASHES or nxt == "(")
        and sign_before(text, at, lex)[0] is None
        and (nxt not in _LIST_MARKS or lex.link_re.match(text, j) is None)  # "45 / 88 Mio.", "3, eher 3,5 Mrd."
    ):
        return True
    if nxt == "%":
        return True  # "28,4 %": a rate, and nothing borrows a scale or currency from it
    if nxt.isalpha():
        word = WORD_AT.match(text, k)
        w = "" if word is None else word.group().lower()
        if w in lex.rate_words:
            return True  # "28,4 Prozent"
        if w not in lex.number_followers and sign_before(text, at, lex)[0] is None:
            return True  # "24 Jahre", "2018 gingen"
    # the denominator of "1/2 Milliarde" or the end of "2023/24" is not a figure of its own
    return text[at - 1 : at] == "/" and text[at - 2 : at - 1].isdigit()


def _from_scale_word(text: str, at: int, lex: Lexicon) -> tuple[list[Piece], int]:
    """A scale word with number words before it: "dreihundertachtzig Milliarden", "eine Viertel-Billion"."""
    sm = lex.scale_phrases.match(text, at)
    if sm is None:
        return _glued_fraction(text, at, lex)
    s_end, key = sm
    found = _numeral_before(text, at, lex)
    if found is None:
        return _qualified_inside(text, at, (s_end, lex.scales[key]), lex)
    start, value = found
    first = _range_start(text, start, lex)
    if first is not None:  # "zwei bis drei Milliarden Euro": the first number reads the rest
        pieces, resume = bare_core(text, *first, lex)
        if pieces:
            return pieces, resume
    return complete_piece(text, start, at, value, lex, scale=(s_end, lex.scales[key]))


def _qualified_inside(text: str, at: int, scale: tuple[int, int], lex: Lexicon) -> tuple[list[Piece], int]:
    """A qualifier between the number word and its scale word: "eine knappe Milliarde", "einer guten Million"."""
    qm = lex.qualifier_phrases.ending_at(text, at)
    found = None if qm is None else _numeral_before(text, qm[0], lex)
    if qm is None or found is None:
        return [], scale[0]
    pieces, resume = complete_piece(text, found[0], at, found[1], lex, scale=scale)
    for piece in pieces:
        if piece.qualifier is EXACT:
            piece.qualifier = lex.qualifiers_before[qm[1]]
    return pieces, resume


def _glued_fraction(text: str, at: int, lex: Lexicon) -> tuple[list[Piece], int]:
    """A fraction glued to a scale word: "eine Viertelmilliarde Euro", "eine Dreiviertelmillion"."""
    end = at
    while end < len(text) and text[end].isalpha():
        end += 1
    word = text[at:end].lower()
    for fraction, value in lex.fractions.items():
        scale = lex.scales.get(word[len(fraction) :]) if word.startswith(fraction) else None
        if scale is not None:
            before = _numeral_before(text, at, lex)  # the article: "eine Viertelmilliarde"
            start = before[0] if before is not None and before[1] == 1 else at
            return complete_piece(text, start, at, value, lex, scale=(end, scale))
    return [], at + 1


def _numeral_before(text: str, at: int, lex: Lexicon) -> tuple[int, Decimal] | None:
    """(start, value) of the number word (with its article before a fraction) that ends right before `at`."""
    rev = text[max(0, at - LOOKBACK) : at][::-1]
    wm = lex.numeral_before_re.match(rev)
    if wm is None:
        return None
    w_start, w_end = at - wm.end("word"), at - wm.start("word")
    word = text[w_start:w_end]
    value = numeral_value(word)
    if value is None:
        return None
    if wm["article"] is not None and word.lower() in lex.fractions:
        return at - wm.end("article"), value
    return w_start, value
