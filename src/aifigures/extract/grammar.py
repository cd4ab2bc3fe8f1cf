"""The grammar of an amount, read around anchors in text: the work behind `extract` and `parse`.

Grammar of one amount (categories come from ``data/de.toml``)::

    amount    = QUALIFIER? MINUS? SIGN? core UNITS QUALIFIER_AFTER?
              | "zwischen" core UNITS? "und" amount               range: "zwischen 9,99 € und 19,99 €"
              | core UNITS? (TO) amount                           range: "120 bis 130 Mio. Euro"
              | core LINK amount                                  two amounts: "von 39,29 auf 44,58 Mrd. Euro"
              | core "(" LABEL? NUMBER ")" UNITS                  two amounts: "5,3 (Vorjahr: 4,2) Mrd. Euro"
              | core UNITS "(" LABEL? NUMBER ")"                  two amounts: "5,2 Mrd. Euro (Vorjahr: 4,9)"
    QUALIFIER = QUALIFIER_WORDS PARTICLE?                         "rund", "mindestens aber"
    SIGN      = CURRENCY_SIGN | ISO_CODE | SCALE_CURRENCY         "€", "EUR", "TEUR"
    core      = NUMBER | NUMERAL | NUMERAL QUALIFIER (+SCALE)     "4,2", "dreihundertachtzig", "eine knappe Milliarde"
    UNITS     = SCALE? (CURRENCY | SUBUNIT | SCALE_CURRENCY)?     "Mrd. Euro", "TEUR", "Cent"

A core must end up with a currency: written with it, borrowed from the amount it is linked to, borrowed
from another amount of its sentence (a scaled core followed by a function word), or assumed in a
sentence with no currency at all: a scaled core next to a money noun such as "Umsatz" (after it, or
before it in its clause or "Label:"), or followed by a money verb ("zurückzahlen"). A list item
that leaves out scale and currency ("150 Millionen Euro für A, fast 100 für B") takes them from the item
before it, and so does a bare figure compared with an amount ("5,3 Mrd. Euro nach 4,2 im Vorjahr").
Stated periods are read from the amount's sentence afterwards (`_stated_periods`).

Work is done only around anchors: one cheap scan finds digits and scale words, and the careful matching
runs from there, so text without money costs little.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Final

from aifigures.amount import Amount, Period, PeriodKind, Qualifier
from aifigures.extract.lexicon import Lexicon, find_all, german, lowered, normalise_phrase
from aifigures.extract.numbers import DIGITS, digits_value, numeral_value
from aifigures.extract.periods import Stated, assign_periods, clause_of, sentence_bounds

__all__ = ["read_amounts"]

_DIGIT: Final = re.compile(r"\d")
_YEAR_LIKE: Final = re.compile(r"(?:19|20)\d\d")
_SPACES: Final = " \t\u00a0\u202f"
_HYPHENS: Final = "-\u2010\u2011"
_DASHES: Final = "-\u2010\u2011–—"
_NEXT_WORD: Final = re.compile(r"[\s\u00a0\u202f]*(?P<w>[^\W\d_]+\.?|[(),;:.!?]|$)")
_WORD_AT: Final = re.compile(r"[^\W\d_]+")
_PAREN_UNIT: Final = re.compile(r"[ \u00a0]*\([ \u00a0]*(?P<unit>[^()\s\d][^()\d]{0,14}?)[ \u00a0]*\)")
# a comparison figure in parentheses: an optional short label ("Vorjahr:", "Vj.", "2023:"), then the number
_COMPARED: Final = re.compile(
    r"[ \u00a0]*\([ \u00a0]*(?:[^()\d\s][^()\d]{0,24}?[:.]?[ \u00a0]+|(?:19|20)\d\d:[ \u00a0]*)?"
    r"(?P<num>\d[\d.,'’]*)[ \u00a0]*\)"
)
_PERIOD_LABEL: Final = re.compile(r"(?:[QH][1-4][ /]?)?(?:19|20)\d\d(?:/\d\d)?", re.IGNORECASE)  # "2023", "Q3 2023"
_LOOKBACK: Final = 48
_EXACT: Final = Qualifier.EXACT
_RANGE: Final = Qualifier.RANGE
_NUM: Final = DIGITS.groupindex["num"]  # the number's group, by index: no lookup by name per match
_WINDOW: Final = 400  # how far (in characters) context is looked for around an amount


@dataclass(slots=True)  # internal and short-lived: not frozen, which makes it cheaper to build
class _Piece:
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


def read_amounts(text: str, default_currency: str | None) -> list[Amount]:
    """Every amount of `text` (see `aifigures.extract`); the caller lets go of the lower-cased copy after."""
    lex = german()
    pieces = [p for p in _scan(text, lex) if lex.vague_phrases.ending_at(text, p.start) is None]
    if not pieces:
        return []
    spans = [(p.start, p.end) for p in pieces]
    bounds = sentence_bounds(text, lex, spans)
    found = _parallel(text, _resolve_pending(text, pieces, bounds, lex, default_currency), lex)
    if found is not pieces:  # a figure was dropped or a list item added
        pieces = found
        spans = [(p.start, p.end) for p in pieces]
    periods = assign_periods(text, spans, bounds, lex)
    return [_to_amount(text, p, per) for p, per in zip(pieces, periods, strict=True)]


# ---------------------------------------------------------------------------------------------- scanning


def _scan(text: str, lex: Lexicon) -> list[_Piece]:
    """Find the amounts: digits and scale words are the only anchors; the rest is read around them."""
    pieces: list[_Piece] = []
    stems = _stem_positions(text, lex)
    si = 0
    pos = 0
    digit = _DIGIT.search
    end = len(text)
    while pos < end:
        m = digit(text, pos)
        d_at = m.start() if m is not None else end
        while si < len(stems) and stems[si] < d_at:
            at = stems[si]
            si += 1
            if at < pos:
                continue
            found, resume = _from_scale_word(text, _word_start(text, at), lex)
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


def _with_worded(text: str, pieces: list[_Piece], lex: Lexicon) -> list[_Piece]:
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
    added: list[_Piece] = []
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


def _overlaps(found: _Piece, pieces: list[_Piece], starts: list[int]) -> bool:
    """Whether `found` overlaps one of `pieces` (sorted, apart, with their `starts`): only neighbours can."""
    i = bisect.bisect_right(starts, found.start) - 1
    if i >= 0 and pieces[i].end > found.start:
        return True
    return i + 1 < len(pieces) and pieces[i + 1].start < found.end


def _from_currency_word(text: str, at: int, lex: Lexicon) -> _Piece | None:
    """A number word right before the currency word that holds `at` ("zwölf Euro", "einen US-Dollar").

    A range of number words ("zehn bis zwölf Euro") is read from its first number.
    """
    start = _word_start(text, at)
    if text[start - 1 : start] in _HYPHENS and text[start - 2 : start - 1].isalpha():
        start = _word_start(text, start - 1)  # "US-Dollar", "Hongkong-Dollar"
    um = lex.unit_phrases.match(text, start)
    if um is None or um[0] <= at:
        return None
    found = _numeral_before(text, start, lex)
    if found is None:
        return None
    n_start, value = found
    first = _range_start(text, n_start, lex)
    if first is not None:  # the range's first number reads the rest, as one after digits does
        pieces, _ = _bare(text, *first, lex)
    else:
        pieces, _ = _complete(text, n_start, start, value, lex)
    if len(pieces) != 1 or not (pieces[0].currency is not None or pieces[0].subunit):
        return None
    return pieces[0]


def _range_start(text: str, n_start: int, lex: Lexicon) -> tuple[int, int, Decimal] | None:
    """(start, end, value) of the number word before a range word before `n_start` ("zehn bis ...")."""
    head = text[max(0, n_start - _LOOKBACK) : n_start]
    words = head.split()
    if len(words) < 2 or words[-1].lower() not in lex.range_connectors:
        return None
    conn_start = n_start - len(head) + head.rstrip().rfind(words[-1])
    end = conn_start
    while end > 0 and text[end - 1] in _SPACES:
        end -= 1
    found = _numeral_before(text, end, lex)
    return None if found is None else (found[0], end, found[1])


def _stem_positions(text: str, lex: Lexicon) -> list[int]:
    """Where scale-word stems stand (str.find on the lower-cased text beats a regex alternation)."""
    low = lowered(text)
    if low is None:  # rare letters change length when lower-cased: use the regex
        return [m.start() for m in lex.scan_stems.finditer(text)]
    return find_all(low, lex.stems)


def _word_start(text: str, at: int) -> int:
    while at > 0 and text[at - 1].isalpha():
        at -= 1
    return at


def _from_digits(text: str, at: int, lex: Lexicon) -> tuple[list[_Piece], int]:
    m = DIGITS.match(text, at)
    if m is None:
        end = at
        while end < len(text) and (text[end].isdigit() or text[end] in ".,'’"):
            end += 1
        return [], end
    j = m.end()
    if _no_amount(text, at, j, lex):
        return [], j
    number, _ = digits_value(m.group(_NUM))
    return _complete(text, m.start(), j, number, lex)


def _sign_before(text: str, at: int, lex: Lexicon) -> tuple[tuple[int, str] | None, bool]:
    """The currency sign before the number at `at`, and whether a minus stands between ("EUR -3,5 Mio.")."""
    pm = lex.sign_phrases.ending_at(text, at)
    if pm is None and at > 1 and text[at - 1] in "-−" and text[at - 2] in _SPACES:
        pm = lex.sign_phrases.ending_at(text, at - 1)
        return pm, pm is not None
    return pm, False


def _no_amount(text: str, at: int, j: int, lex: Lexicon) -> bool:
    """Cheap rejection of the number text[at:j]: years, percentages and counts.

    Nothing that can follow an amount follows it (a scale, a unit, a range or link word) and no currency
    sign stands before it.
    """
    k = j
    nxt = text[k : k + 1]
    while nxt and nxt in _SPACES:  # ("" is in every string: stop at the end)
        k += 1
        nxt = text[k : k + 1]
    if (
        not (nxt.isalpha() or nxt in lex.sign_chars or nxt in _DASHES or nxt == "(")
        and _sign_before(text, at, lex)[0] is None
    ):
        return True
    if nxt == "%":
        return True  # "28,4 %": a rate, and nothing borrows a scale or currency from it
    if nxt.isalpha():
        word = _WORD_AT.match(text, k)
        w = "" if word is None else word.group().lower()
        if w in lex.rate_words:
            return True  # "28,4 Prozent"
        if w not in lex.number_followers and _sign_before(text, at, lex)[0] is None:
            return True  # "24 Jahre", "2018 gingen"
    # the denominator of "1/2 Milliarde" or the end of "2023/24" is not a figure of its own
    return text[at - 1 : at] == "/" and text[at - 2 : at - 1].isdigit()


def _from_scale_word(text: str, at: int, lex: Lexicon) -> tuple[list[_Piece], int]:
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
        pieces, resume = _bare(text, *first, lex)
        if pieces:
            return pieces, resume
    return _complete(text, start, at, value, lex, scale=(s_end, lex.scales[key]))


def _qualified_inside(text: str, at: int, scale: tuple[int, int], lex: Lexicon) -> tuple[list[_Piece], int]:
    """A qualifier between the number word and its scale word: "eine knappe Milliarde", "einer guten Million"."""
    qm = lex.qualifier_phrases.ending_at(text, at)
    found = None if qm is None else _numeral_before(text, qm[0], lex)
    if qm is None or found is None:
        return [], scale[0]
    pieces, resume = _complete(text, found[0], at, found[1], lex, scale=scale)
    for piece in pieces:
        if piece.qualifier is _EXACT:
            piece.qualifier = lex.qualifiers_before[qm[1]]
    return pieces, resume


def _glued_fraction(text: str, at: int, lex: Lexicon) -> tuple[list[_Piece], int]:
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
            return _complete(text, start, at, value, lex, scale=(end, scale))
    return [], at + 1


def _numeral_before(text: str, at: int, lex: Lexicon) -> tuple[int, Decimal] | None:
    """(start, value) of the number word (with its article before a fraction) that ends right before `at`."""
    rev = text[max(0, at - _LOOKBACK) : at][::-1]
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


def _units(
    text: str, pos: int, lex: Lexicon, scale: tuple[int, int] | None = None
) -> tuple[int, int | None, str | None, bool, bool]:
    """Read SCALE? UNIT? from `pos`: (end, scale, currency, is_subunit, ambiguous)."""
    exp: int | None = None
    end = pos
    if scale is not None:
        end, exp = scale
    else:
        at = _gap(text, pos)
        sm = lex.scale_phrases.match(text, at)
        if sm is not None:
            end, key = sm
            exp = lex.scales[key]
    at = _gap(text, end)
    um = lex.unit_phrases.match(text, at)
    if um is None:
        return end, exp, None, False, False
    u_end, key = um
    compound = text[u_end : u_end + 1] in _HYPHENS and text[u_end + 1 : u_end + 2].isalpha()
    if compound and exp is None and text[at - 1 : at] not in _HYPHENS:
        # "19 Euro-Länder" counts countries; "100-Euro-Schein" (glued throughout) is money
        return end, exp, None, False, False
    if key in lex.scale_currencies:
        cur, extra = lex.scale_currencies[key]
        return u_end, (exp or 0) + extra, cur, False, False
    if key in lex.subunits:
        return u_end, (exp or 0) + lex.subunits[key], lex.subunit_currencies.get(key), True, False
    cur = lex.currency_words.get(key) or lex.currency_signs[key]
    cur, ambiguous = _disambiguate(text, key, cur, lex)
    return u_end, exp, cur, False, ambiguous


def _gap(text: str, pos: int) -> int:
    """Skip the gap between a number, its scale and its currency: spaces, or a hyphen before a word."""
    c = text[pos : pos + 1]
    if c in _HYPHENS:
        nxt = text[pos + 1 : pos + 2]
        return pos + 1 if nxt.isalpha() else pos
    while c in _SPACES and c:
        pos += 1
        c = text[pos : pos + 1]
    return pos


def _disambiguate(text: str, key: str, cur: str, lex: Lexicon) -> tuple[str, bool]:
    readings = lex.ambiguous.get(key)
    if readings is None:
        return cur, False
    low = lowered(text) or text.lower()  # once per text, however many ambiguous signs it has
    for reading in readings[1:]:
        if any(cue in low for cue in reading[1:]):
            return reading[0], True
    return readings[0][0], True


def _complete(  # noqa: PLR0913 - the core's parts and the lexicon
    text: str,
    start: int,
    end: int,
    number: Decimal,
    lex: Lexicon,
    *,
    scale: tuple[int, int] | None = None,
) -> tuple[list[_Piece], int]:
    """Read the units after a core and the words around it; return the pieces and where to resume."""
    u_end, exp, cur, sub, amb = _units(text, end, lex, scale)
    prefix_start = start
    signed_minus = False
    if cur is None:
        prefix = _prefix(text, start, exp, lex)
        if prefix is not None:
            prefix_start, cur, exp, amb, signed_minus = prefix
    if exp is None and cur is None:
        # a bare number: the first of a range or of a linked pair ("39,29 auf 44,58 Mrd. Euro")
        return _bare(text, start, end, number, lex)
    # what follows the units, looked at once: whether a range, a code or a qualifier can come next
    after = _next_char(text, u_end)
    if after in lex.range_to_starts or after in lex.range_and_starts:  # (most amounts are followed by neither)
        ranged = _range_of_amounts(text, prefix_start, u_end, after, (number, exp, cur, amb), lex=lex)
        if ranged is not None:
            return [ranged], ranged.end
    sign_start, negative = _minus(text, prefix_start, lex)
    negative = negative or signed_minus
    q_start, qualifier = _qualified_start(text, sign_start, lex)
    span_end = u_end if cur is None or after != "(" else _code_after(text, u_end, cur, lex)
    if span_end != u_end:
        after = _next_char(text, span_end)
    am = lex.qualifier_after_re.match(text, span_end) if after in lex.qualifier_after_starts else None
    if am is not None and cur is not None:
        qualifier = lex.qualifiers_after[normalise_phrase(am.group().strip())]
        span_end = am.end()
    value = -number if negative else number
    piece = _Piece(
        start=q_start,
        end=span_end,
        number=value,
        scale=exp,
        currency=cur,
        subunit=sub,
        ambiguous=amb,
        qualifier=qualifier,
        pending=cur is None or sub,
        in_parens=_in_parens(text, q_start),
    )
    if after == "(" and am is None and not sub:  # "5,2 Mrd. Euro (Vorjahr: 4,9)": the figure compared
        compared = _compared_after(text, span_end, piece, lex)
        if compared is not None:
            return [piece, compared[0]], compared[1]
    return [piece], span_end


def _compared_after(text: str, pos: int, first: _Piece, lex: Lexicon) -> tuple[_Piece, int] | None:
    """A bare figure in parentheses after a complete amount, with its scale and currency; and where they end.

    "5,2 Mrd. Euro (Vorjahr: 4,9)", "812 Mio. Euro (Vj. 745)", "(2023: 4,9)". A label must compare
    ("Platz 3", "Stand: 2023" do not); without one the figure must have a decimal comma or grouping:
    "(1)" is a footnote, "(2023)" a year.
    """
    found = _paren_figure(text, pos)
    if found is None:
        return None
    m, dm = found
    if lex.sign_phrases.ending_at(text, m.start("num")) is not None:
        return None  # "AED 8000 (USD 2179)": an amount of its own, in its own currency
    label = text[m.start() : m.start("num")].strip(" \u00a0(").rstrip(":").strip()
    if label:  # a label that compares ("Vorjahr:", "Vj.", "2023:"), not "Platz 3" or "Stand: 2023"
        if normalise_phrase(label) not in lex.comparison_labels and not _PERIOD_LABEL.fullmatch(label):
            return None
    elif not any(c in ",.'’" for c in dm.group(_NUM)):
        return None
    number, _ = digits_value(dm.group(_NUM))
    compared = _Piece(
        start=m.start("num"),
        end=m.end("num"),
        number=number,
        scale=first.scale,
        currency=first.currency,
        ambiguous=first.ambiguous,
        inferred=True,
        pending=first.pending,
        in_parens=True,
    )
    return compared, m.end()


def _range_of_amounts(  # noqa: PLR0913 - where the first amount stands, what follows it, what it is
    text: str,
    first_start: int,
    u_end: int,
    after: str,
    first: tuple[Decimal, int | None, str | None, bool],
    *,
    lex: Lexicon,
) -> _Piece | None:
    """A range whose first number has its units ("€ 1.000.000 - € 2.500.000", "zwischen 9,99 € und 19,99 €").

    `first` is the first number, its scale, currency and ambiguity; `after` the character after its units.
    """
    rng = _range_after(text, u_end, lex.range_to_re, lex) if after in lex.range_to_starts else None
    between = None
    if rng is None and after in lex.range_and_starts:
        between = lex.between_phrases.ending_at(text, first_start)
        if between is not None:
            rng = _range_after(text, u_end, lex.range_and_re, lex)
    if rng is None:
        return None
    number, exp, cur, amb = first
    second, second_end = rng
    two = second.currency
    # the second names the currency, or the first does and the second its scale; never two currencies
    if not (two is not None or (cur is not None and second.scale is not None)):
        return None
    if cur is not None and two is not None and two != cur:
        return None
    low = number.scaleb(exp or 0)
    high = second.number.scaleb(second.scale or 0)
    if low > high:
        return None
    return _Piece(
        start=between[0] if between is not None else _qualified_start(text, first_start, lex)[0],
        end=second_end,
        number=(low + high) / 2,
        scale=0,
        currency=cur or two,
        ambiguous=amb or second.ambiguous,
        qualifier=_RANGE,
        low=low,
        high=high,
    )


def _prefix(text: str, start: int, exp: int | None, lex: Lexicon) -> tuple[int, str, int | None, bool, bool] | None:
    """The currency sign or code before the number at `start`, if any.

    (Where it starts, the currency, the scale, whether the sign is ambiguous, whether a minus stands between):
    "€ 5", "EUR -3,5 Mio.", "TEUR 500" (thousands), "Mio. CHF 1'234" (the scale first, as Swiss reports write it).
    """
    pm, signed_minus = _sign_before(text, start, lex)
    if pm is None:
        return None
    prefix_start, key = pm
    if key in lex.scale_currencies:
        cur, extra = lex.scale_currencies[key]
        return prefix_start, cur, (exp or 0) + extra, False, signed_minus
    cur, amb = _disambiguate(text, key, lex.currency_signs.get(key) or lex.currency_words[key], lex)
    sm = None if exp is not None else lex.scale_phrases.ending_at(text, prefix_start)
    if sm is not None:
        prefix_start, exp = sm[0], lex.scales[sm[1]]
    return prefix_start, cur, exp, amb, signed_minus


def _next_char(text: str, pos: int) -> str:
    """The first character from `pos` on that is not white space, in lower case ("" at the end)."""
    end = len(text)
    while pos < end and text[pos].isspace():
        pos += 1
    return text[pos : pos + 1].lower()


def _code_after(text: str, pos: int, cur: str, lex: Lexicon) -> int:
    """The end of a code or sign in parentheses that repeats the currency: "380 Milliarden Renminbi (RMB)"."""
    m = _PAREN_UNIT.match(text, pos)
    if m is None:
        return pos
    um = lex.unit_phrases.match(text, m.start("unit"))
    if um is None or um[0] != m.end("unit"):
        return pos
    same = lex.currency_words.get(um[1]) or lex.currency_signs.get(um[1])
    return m.end() if same == cur else pos


def _bare(text: str, start: int, end: int, number: Decimal, lex: Lexicon) -> tuple[list[_Piece], int]:
    """A number without units: a range or linked pair with the amount after it, else nothing."""
    if _next_char(text, end) == "(":  # "5,3 (Vorjahr: 4,2) Mrd. Euro": a comparison figure in parentheses
        compared = _compared(text, start, end, number, lex)
        if compared is not None:
            return compared
    between = lex.between_phrases.ending_at(text, start)
    connector = None
    if between is not None:
        connector = lex.range_and_re.match(text, end)
    is_range = connector is not None
    if connector is None:
        connector = lex.range_to_re.match(text, end)
        is_range = connector is not None
    if connector is None and not _YEAR_LIKE.fullmatch(text, start, end):
        # "beliefen sich 2015 auf 20 Mrd. Euro": a year before "auf" is a date, not a figure
        connector = lex.link_re.match(text, end)
    if connector is None:
        return [], end
    second = _second(text, connector.end(), lex, pending_ok=True)
    if second is None:
        return [], end
    piece, second_end = second, second.end
    pending = piece.currency is None
    exp = second.scale or 0
    if is_range:
        low = number.scaleb(exp)
        high = piece.number.scaleb(exp) if piece.qualifier is not _RANGE else piece.number
        if low > high:
            return [], end
        first = between[0] if between is not None else _qualified_start(text, start, lex)[0]
        return [
            _Piece(
                start=first,
                end=second_end,
                number=(low + high) / 2,
                scale=0,
                currency=piece.currency,
                ambiguous=piece.ambiguous,
                qualifier=_RANGE,
                low=low,
                high=high,
                pending=pending,
                in_parens=_in_parens(text, first),
            )
        ], second_end
    q_start, qualifier = _qualified_start(text, start, lex)
    first_piece = _Piece(
        start=q_start,
        end=end,
        number=number,
        scale=exp,
        currency=piece.currency,
        ambiguous=piece.ambiguous,
        qualifier=qualifier,
        inferred=True,
        pending=pending,
        in_parens=_in_parens(text, q_start),
    )
    return [first_piece, piece], second_end


def _paren_figure(text: str, pos: int) -> tuple[re.Match[str], re.Match[str]] | None:
    """A figure in parentheses at `pos`, with a short label or none ("(Vorjahr: 4,2)"): its match and its number's."""
    m = _COMPARED.match(text, pos)
    if m is None:
        return None
    dm = DIGITS.fullmatch(text, m.start("num"), m.end("num"))
    return None if dm is None else (m, dm)


def _compared(text: str, start: int, end: int, number: Decimal, lex: Lexicon) -> tuple[list[_Piece], int] | None:
    """A bare number, a bare number in parentheses and the units of both after them.

    "Der Umsatz stieg auf 5,3 (Vorjahr: 4,2) Mrd. Euro", "812 (Vj. 745) Mio. Euro", "1,23 (1,05) Euro":
    the figure in parentheses (after a short label, if any) is the comparison, often the year before.
    """
    found = _paren_figure(text, end)
    if found is None:
        return None
    m, dm = found
    u_end, exp, cur, sub, amb = _units(text, m.end(), lex)
    if (exp is None and cur is None) or sub:
        return None  # "5 (3) Prozent": no money
    q_start, qualifier = _qualified_start(text, start, lex)
    pending = cur is None
    first = _Piece(
        start=q_start,
        end=end,
        number=number,
        scale=exp,
        currency=cur,
        ambiguous=amb,
        qualifier=qualifier,
        inferred=True,
        pending=pending,
        in_parens=_in_parens(text, q_start),
    )
    compared, _ = digits_value(dm.group(_NUM))
    second = _Piece(
        start=m.start("num"),
        end=m.end("num"),
        number=compared,
        scale=exp,
        currency=cur,
        ambiguous=amb,
        inferred=True,
        pending=pending,
        in_parens=True,
    )
    return [first, second], u_end


def _second(text: str, pos: int, lex: Lexicon, *, pending_ok: bool = False) -> _Piece | None:
    """The amount that starts at `pos` (after a range or link word), with its own qualifier.

    With `pending_ok`, a scaled figure without a currency ("3 bis 4 Mrd. jährlich") counts too; its
    currency is looked for in its sentence later.
    """
    qm = lex.qualifier_phrases.match(text, pos)
    at = _gap(text, qm[0]) if qm is not None else pos
    pm = lex.sign_phrases.match(text, at)
    if pm is not None:
        at = _gap(text, pm[0])
    m = DIGITS.match(text, at)
    if m is not None:
        number, _ = digits_value(m.group(_NUM))
        found, _ = _complete(text, at, m.end(), number, lex)
    else:
        wm = _WORD_AT.match(text, at)
        if wm is None:
            return None
        value = numeral_value(wm.group())
        if value is None:
            return None
        sm = lex.scale_phrases.match(text, _gap(text, wm.end()))
        if sm is None and lex.unit_phrases.match(text, _gap(text, wm.end())) is None:
            return None  # a number word needs a scale word or a currency after it ("zwölf Euro")
        scale = None if sm is None else (sm[0], lex.scales[sm[1]])
        found, _ = _complete(text, at, wm.end(), value, lex, scale=scale)
    if len(found) != 1:
        return None
    piece = found[0]
    if piece.currency is None and not (pending_ok and piece.scale is not None):
        return None
    return replace(piece, start=min(piece.start, pos))


def _range_after(text: str, pos: int, connectors: re.Pattern[str], lex: Lexicon) -> tuple[_Piece, int] | None:
    """The second amount of a range whose connector ("bis", "-", "und" after "zwischen") starts at `pos`."""
    connector = connectors.match(text, pos)
    if connector is None or connector.end() == pos:
        return None
    second = _second(text, connector.end(), lex)
    if second is None:
        return None
    return second, second.end


def _qualified_start(text: str, pos: int, lex: Lexicon) -> tuple[int, Qualifier]:
    qm = lex.qualifier_phrases.ending_at(text, pos)
    if qm is None:
        particle = lex.qualifier_particles.ending_at(text, pos)  # "mindestens aber 350 Euro"
        qm = None if particle is None else lex.qualifier_phrases.ending_at(text, particle[0])
        if qm is None:
            return pos, _EXACT
    if qm[1] in lex.face_value_qualifiers and _after_face_value_noun(text, qm[0], lex):
        return pos, _EXACT  # "ein Auftrag über 1,2 Mrd. Euro": the amount of the order
    return qm[0], lex.qualifiers_before[qm[1]]


def _after_face_value_noun(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether the word before `pos` is a noun for a document or deal ("Auftrag", "Förderprogramm")."""
    end = pos
    while end > 0 and text[end - 1] in _SPACES:
        end -= 1
    start = _word_start(text, end)
    word = text[start:end]
    return word[:1].isupper() and word.lower().endswith(lex.face_value_nouns)


def _minus(text: str, pos: int, lex: Lexicon) -> tuple[int, bool]:
    if pos > 0 and text[pos - 1] in "-−":
        before = text[pos - 2] if pos > 1 else " "
        if before.isspace() or before in "(:":
            return pos - 1, True
    mm = lex.minus_phrases.ending_at(text, pos)
    if mm is not None:
        return mm[0], True
    return pos, False


def _in_parens(text: str, pos: int) -> bool:
    opened = text.rfind("(", max(0, pos - 200), pos)
    return opened >= 0 and text.find(")", opened, pos) < 0


# ---------------------------------------------------------------------------------------------- context


def _resolve_pending(
    text: str, pieces: list[_Piece], bounds: list[int], lex: Lexicon, default_currency: str | None
) -> list[_Piece]:
    """Give scaled figures without a currency the one of their sentence, or drop them."""
    if not any(p.pending for p in pieces):
        return pieces  # the common case: every figure named its currency
    out: list[_Piece] = []
    starts = [p.start for p in pieces]
    for p in pieces:
        if not p.pending:
            out.append(p)
            continue
        if p.subunit and p.currency is not None:
            out.append(replace(p, pending=False))
            continue
        nm = _NEXT_WORD.match(text, p.end)
        next_word = normalise_phrase(nm["w"]) if nm else ""
        is_follower = next_word in lex.ellipsis_followers or not next_word[:1].isalpha()
        money_next = lex.money_word_re.match(text, p.end) is not None
        # a verb after the figure ("... 100 Mio. erzielt worden"), unlike an adjective before a counted
        # noun ("576 Millionen aktive Nutzer"), lets it borrow its sentence's currency
        verb_like = False
        near = text[max(0, p.start - 200) : p.end + 200]
        cased = near != near.lower()  # capitals nearby: not all-lower-case (machine-translated) text
        if next_word in lex.counters:
            continue  # "2 Millionen mal angesehen", "3 millionen menschen": a count
        if cased and nm is not None and nm["w"][:1].islower() and not is_follower:
            after = _NEXT_WORD.match(text, nm.end())
            verb_like = after is None or not after["w"][:1].isupper()
        if not (is_follower or money_next or verb_like or p.subunit):
            continue
        s = bisect.bisect_right(bounds, p.start) - 1
        lo, hi = bounds[s], bounds[s + 1]
        lo, hi = max(lo, p.start - _WINDOW), min(hi, p.end + _WINDOW)
        first = bisect.bisect_left(starts, lo)
        last = bisect.bisect_left(starts, hi)
        mates = [q for q in pieces[first:last] if not q.pending and q is not p]
        cur = _borrow(p, mates)
        if cur is not None:
            out.append(replace(p, currency=cur, pending=False, inferred=True))
            continue
        called_money = (
            p.subunit
            or money_next
            or _money_verb_follows(text, p.end, hi, lex)
            or _money_noun_before(text, p.start, lo, hi, lex)
        )
        if called_money and default_currency is not None:
            out.append(replace(p, currency=default_currency, pending=False, inferred=True))
    return out


_PARALLEL: Final = re.compile(r"[,;][ \t\u00a0]*")
_PARALLEL_REACH: Final = 60


def _parallel(text: str, pieces: list[_Piece], lex: Lexicon) -> list[_Piece]:
    """Bare numbers that take scale and currency from the amount just before them.

    A list item after a comma, followed by the same word as that amount ("150 Millionen Euro für A, fast
    100 für B"), and a comparison after a link word, followed by a function word or the end of the
    clause ("5,3 Mrd. Euro nach 4,2 im Vorjahr").
    """
    out = list(pieces)
    for p in pieces:
        if p.currency is None or p.pending or p.qualifier is _RANGE:
            continue
        after = _NEXT_WORD.match(text, p.end)
        if after is None or not after["w"][:1].isalpha():
            continue
        word = after["w"]
        if normalise_phrase(word) in lex.comparison_links:
            found = _left_out(text, _gap(text, after.end()), p, lex, None)
        else:
            comma = text.find(",", after.end(), after.end() + _PARALLEL_REACH)
            if comma < 0:
                continue
            cm = _PARALLEL.match(text, comma)
            found = _left_out(text, cm.end() if cm else comma + 1, p, lex, word)
        if found is not None and not any(q.start < found.end and found.start < q.end for q in out):
            out.append(found)
    if len(out) == len(pieces):
        return pieces  # the common case: no figure left out its units
    out.sort(key=lambda q: q.start)
    return out


def _left_out(text: str, at: int, p: _Piece, lex: Lexicon, word: str | None) -> _Piece | None:
    """The bare number (with a qualifier or not) at `at` with the scale and currency of `p`, if it is one.

    A list item must be followed by `word`; a comparison (`word` None) by a function word or punctuation,
    and it is no year.
    """
    qm = lex.qualifier_phrases.match(text, at)
    num_at = _gap(text, qm[0]) if qm is not None else at
    dm = DIGITS.match(text, num_at)
    if dm is None:
        return None
    nxt = _NEXT_WORD.match(text, dm.end())
    if nxt is None:
        return None
    if word is not None:
        if nxt["w"] != word:
            return None
    else:
        follower = normalise_phrase(nxt["w"]) if nxt["w"] else ""
        if (follower[:1].isalpha() and follower not in lex.ellipsis_followers) or _YEAR_LIKE.fullmatch(
            text, num_at, dm.end()
        ):
            return None
    number, _ = digits_value(dm.group(_NUM))
    return _Piece(
        start=at,
        end=dm.end(),
        number=number,
        scale=p.scale,
        currency=p.currency,
        ambiguous=p.ambiguous,
        qualifier=lex.qualifiers_before[qm[1]] if qm is not None else _EXACT,
        inferred=True,
        in_parens=p.in_parens,
    )


def _borrow(p: _Piece, mates: list[_Piece]) -> str | None:
    """The currency a scaled figure borrows from its sentence.

    The next amount outside parentheses (one of the same scale first), else the previous one:
    "3,73 Billionen (2,59 Milliarden Euro) und 3,13 Billionen Won" borrows "Won". A figure in parentheses
    looks first at the next one in parentheses: "Alibaba (23 Mrd.) und Baidu (4,2 Mrd. Yuan)".
    """
    if p.in_parens:
        parallel = [q for q in mates if q.start > p.start and q.in_parens]
        same = [q for q in parallel if q.scale == p.scale]
        for group in (same, parallel):
            if group:
                return group[0].currency
    after = [q for q in mates if q.start > p.start and not q.in_parens]
    same_scale = [q for q in after if q.scale == p.scale]
    for group in (same_scale, after):
        if group:
            return group[0].currency
    before = [q for q in mates if q.start < p.start and not q.in_parens]
    if before:
        return before[-1].currency
    return None


_NOUN_REACH: Final = 100  # how far before a figure a money noun that calls it money is looked for


def _money_noun_before(text: str, start: int, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether a money noun stands before `start` in its clause, or in the "Label:" that opens it.

    "Deutsche Bank: Gewinn steigt auf 1,7 Mrd.", "Umsatz: 5 Mrd., Nutzer: 3 Mio." (the users are a count).
    """
    c_lo, _ = clause_of(text, lo, hi, start, start)
    if c_lo > lo and text[c_lo - 1] == ":":  # the clause opens after "Label:" (a colon ends a clause mark)
        c_lo = clause_of(text, lo, hi, c_lo - 1, c_lo - 1)[0]
    # within reach of the figure: the noun is its subject or label, and a long clause costs no more
    reach = max(c_lo, start - _NOUN_REACH)
    low = lowered(text)
    if low is None:  # lower-casing changed the length: the regex, which ignores case
        return lex.money_noun_re.search(text, reach, start) is not None
    for noun in lex.money_nouns:  # a find per noun beats an alternation that is tried at every position
        at = low.find(noun, reach, start)
        while at >= 0:
            after = at + len(noun)
            if not low[at - 1 : at].isalpha() and not low[after : after + 1].isalnum():
                return True  # a whole word ("Gewinn", not "Gewinner")
            at = low.find(noun, at + 1, start)
    return False


def _money_verb_follows(text: str, pos: int, end: int, lex: Lexicon) -> bool:
    for m in lex.word_re.finditer(text, pos, min(end, pos + _WINDOW)):
        w = m.group()
        if w in ",;:()":
            return False
        if w.lower().rstrip(".") in lex.money_verbs:
            return True
    return False


_LOWER_BOUNDED: Final = frozenset({Qualifier.AT_LEAST, Qualifier.MORE_THAN})
_UPPER_BOUNDED: Final = frozenset({Qualifier.AT_MOST, Qualifier.LESS_THAN})


_PERIODS: Final[dict[tuple[PeriodKind, int | None], Period]] = {}
"""The periods of the amounts made, one object per period: normalisation finds an amount's recipe by the
identity of its period first (a period's own hash and equality are Python code)."""


def _to_amount(text: str, p: _Piece, stated: Stated | None) -> Amount:
    qualifier = p.qualifier
    low: Decimal | None
    high: Decimal | None
    if qualifier is _RANGE:
        value = _tidy(p.number)
        low = None if p.low is None else _tidy(p.low)
        high = None if p.high is None else _tidy(p.high)
    else:
        value = _tidy(p.number if p.scale is None else p.number.scaleb(p.scale))
        low = value if qualifier in _LOWER_BOUNDED else None
        high = value if qualifier in _UPPER_BOUNDED else None
    start, end = p.start, p.end
    if stated is None:
        period = period_text = period_span = None
    else:
        p_start, p_end, found = stated
        period = _PERIODS.setdefault((found.kind, found.count), found)  # one object per period: see _PERIODS
        period_text, period_span = text[p_start:p_end], (p_start, p_end)
    # positional, in the order of Amount's fields (text, span, value, currency, qualifier, period, low,
    # high, scale, currency_inferred, ambiguous, period_text, period_span): one amount per figure found
    return Amount(
        text[start:end],
        (start, end),
        value,
        p.currency,
        qualifier,
        period,
        low,
        high,
        p.scale or 0,
        p.inferred,
        p.ambiguous,
        period_text,
        period_span,
    )


def _tidy(d: Decimal) -> Decimal:
    """A Decimal without a positive exponent (9.4E+10 becomes 94000000000) and without trailing zeros."""
    if d == d.to_integral_value():
        return Decimal(int(d))
    return d.normalize()
