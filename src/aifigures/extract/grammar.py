"""The grammar of an amount, read around anchors in text: the work behind `extract` and `parse`.

Grammar of one amount (categories come from ``data/de/extract.toml`` and ``periods.toml``)::

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
Stated periods are read from the amount's sentence afterwards (`aifigures.extract.periods`).

Work is done only around anchors: one cheap scan finds digits and scale words, and the careful matching
runs from there, so text without money costs little.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from aifigures.extract.matchers import lowered, normalise_phrase
from aifigures.extract.numbers import DIGITS, digits_value, numeral_value
from aifigures.extract.piece import (
    EXACT,
    HYPHENS,
    NUM,
    RANGE,
    SPACES,
    WORD_AT,
    Piece,
    Units,
    gap_end,
    inside_parens,
    next_char,
    sign_before,
    word_start,
)
from aifigures.years import YEAR, YEAR_DIGITS

if TYPE_CHECKING:
    from decimal import Decimal

    from aifigures.amount import Qualifier
    from aifigures.extract.lexicon import Lexicon

__all__ = ["bare_core", "complete_piece"]

_PAREN_UNIT: Final = re.compile(r"[ \u00a0]*\([ \u00a0]*(?P<unit>[^()\s\d][^()\d]{0,14}?)[ \u00a0]*\)")
# a comparison figure in parentheses: an optional short label ("Vorjahr:", "Vj.", "2023:"), then the number
_COMPARED: Final = re.compile(
    r"[ \u00a0]*\([ \u00a0]*(?:[^()\d\s][^()\d]{0,24}?[:.]?[ \u00a0]+|" + YEAR_DIGITS + r":[ \u00a0]*)?"
    r"(?P<num>\d[\d.,'’]*)[ \u00a0]*\)"
)


def _units(text: str, pos: int, lex: Lexicon, scale: tuple[int, int] | None = None) -> Units:
    """Read SCALE? UNIT? from `pos`."""
    exp: int | None = None
    end = pos
    if scale is not None:
        end, exp = scale
    else:
        at = gap_end(text, pos)
        sm = lex.scale_phrases.match(text, at)
        if sm is not None:
            end, key = sm
            exp = lex.scales[key]
    at = gap_end(text, end)
    um = lex.unit_phrases.match(text, at)
    if um is None:
        return Units(end, exp, None, subunit=False, ambiguous=False)
    u_end, key = um
    compound = text[u_end : u_end + 1] in HYPHENS and text[u_end + 1 : u_end + 2].isalpha()
    if compound and exp is None and text[at - 1 : at] not in HYPHENS:
        # "19 Euro-Länder" counts countries; "100-Euro-Schein" (glued throughout) is money
        return Units(end, exp, None, subunit=False, ambiguous=False)
    if key in lex.scale_currencies:
        cur, extra = lex.scale_currencies[key]
        return Units(u_end, (exp or 0) + extra, cur, subunit=False, ambiguous=False)
    if key in lex.subunits:
        return Units(
            u_end, (exp or 0) + lex.subunits[key], lex.subunit_currencies.get(key), subunit=True, ambiguous=False
        )
    cur = lex.currency_words.get(key) or lex.currency_signs[key]
    cur, ambiguous = disambiguate(text, key, cur, lex)
    return Units(u_end, exp, cur, subunit=False, ambiguous=ambiguous)


def disambiguate(text: str, key: str, cur: str, lex: Lexicon) -> tuple[str, bool]:
    """The code a currency word or sign `key` (read as `cur`) stands for in `text`, and whether it is ambiguous."""
    readings = lex.ambiguous.get(key)
    if readings is None:
        return cur, False
    low = lowered(text) or text.lower()  # once per text, however many ambiguous signs it has
    for reading in readings[1:]:
        if any(cue in low for cue in reading[1:]):
            return reading[0], True
    return readings[0][0], True


def complete_piece(  # noqa: PLR0913 - the core's parts and the lexicon
    text: str,
    start: int,
    end: int,
    number: Decimal,
    lex: Lexicon,
    *,
    scale: tuple[int, int] | None = None,
) -> tuple[list[Piece], int]:
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
        return bare_core(text, start, end, number, lex)
    # what follows the units, looked at once: whether a range, a code or a qualifier can come next
    after = next_char(text, u_end)
    if after in lex.range_to_starts or after in lex.range_and_starts:  # (most amounts are followed by neither)
        ranged = _range_of_amounts(text, prefix_start, u_end, after, (number, exp, cur, amb), lex=lex)
        if ranged is not None:
            return [ranged], ranged.end
    sign_start, negative = _minus(text, prefix_start, lex)
    negative = negative or signed_minus
    q_start, qualifier = _qualified_start(text, sign_start, lex)
    span_end = u_end if cur is None or after != "(" else _code_after(text, u_end, cur, lex)
    if span_end != u_end:
        after = next_char(text, span_end)
    if cur is not None:
        qualifier, span_end = _qualifier_after(text, span_end, after, qualifier, lex)
    value = -number if negative else number
    piece = Piece(
        start=q_start,
        end=span_end,
        number=value,
        scale=exp,
        currency=cur,
        subunit=sub,
        ambiguous=amb,
        qualifier=qualifier,
        pending=cur is None or sub,
        in_parens=inside_parens(text, q_start),
    )
    if after == "(" and not sub:  # "5,2 Mrd. Euro (Vorjahr: 4,9)": the figure compared
        compared = _compared_after(text, span_end, piece, lex)
        if compared is not None:
            return [piece, compared[0]], compared[1]
    return [piece], span_end


def _compared_after(text: str, pos: int, first: Piece, lex: Lexicon) -> tuple[Piece, int] | None:
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
        if not lex.labels_comparison(label):
            return None
    elif not any(c in ",.'’" for c in dm.group(NUM)):
        return None
    number, _ = digits_value(dm.group(NUM))
    compared = Piece(
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
) -> Piece | None:
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
    if low >= high:
        return None  # no range; equal bounds restate one figure ("600.000.000.000 Dollar – 600 Mrd. Dollar")
    return Piece(
        start=between[0] if between is not None else _qualified_start(text, first_start, lex)[0],
        end=second_end,
        number=(low + high) / 2,
        scale=0,
        currency=cur or two,
        ambiguous=amb or second.ambiguous,
        qualifier=RANGE,
        low=low,
        high=high,
    )


def _prefix(text: str, start: int, exp: int | None, lex: Lexicon) -> tuple[int, str, int | None, bool, bool] | None:
    """The currency sign or code before the number at `start`, if any.

    (Where it starts, the currency, the scale, whether the sign is ambiguous, whether a minus stands between):
    "€ 5", "EUR -3,5 Mio.", "TEUR 500" (thousands), "Mio. CHF 1'234" (the scale first, as Swiss reports write it).
    """
    pm, signed_minus = sign_before(text, start, lex)
    if pm is None:
        return None
    prefix_start, key = pm
    if key in lex.scale_currencies:
        cur, extra = lex.scale_currencies[key]
        return prefix_start, cur, (exp or 0) + extra, False, signed_minus
    cur, amb = disambiguate(text, key, lex.currency_signs.get(key) or lex.currency_words[key], lex)
    sm = None if exp is not None else lex.scale_phrases.ending_at(text, prefix_start)
    if sm is not None:
        prefix_start, exp = sm[0], lex.scales[sm[1]]
    return prefix_start, cur, exp, amb, signed_minus


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


def bare_core(text: str, start: int, end: int, number: Decimal, lex: Lexicon) -> tuple[list[Piece], int]:
    """A number without units: a range or linked pair with the amount after it, else nothing."""
    if next_char(text, end) == "(":  # "5,3 (Vorjahr: 4,2) Mrd. Euro": a comparison figure in parentheses
        compared = _compared(text, start, end, number, lex)
        if compared is not None:
            return compared
    between = lex.between_phrases.ending_at(text, start)
    connector, is_range = _connector(text, start, end, lex, between=between is not None)
    if connector is None:
        return [], end
    second = _second(text, connector.end(), lex, pending_ok=True)
    rest: list[Piece] = []
    if second is None and not is_range:  # "45 / 88 / 91 Mio. EUR": the next number leads a list of its own
        chain = _chain(text, connector.end(), lex)
        second, rest = (chain[0], chain[1:]) if chain else (None, [])
    if second is None:
        return [], end
    piece, second_end = second, (rest[-1].end if rest else second.end)
    pending = piece.currency is None
    exp = second.scale or 0
    if is_range:
        low = number.scaleb(exp)
        high = piece.number.scaleb(exp) if piece.qualifier is not RANGE else piece.number
        if low > high:
            return [], end
        first = between[0] if between is not None else _qualified_start(text, start, lex)[0]
        return [
            Piece(
                start=first,
                end=second_end,
                number=(low + high) / 2,
                scale=0,
                currency=piece.currency,
                ambiguous=piece.ambiguous,
                qualifier=RANGE,
                low=low,
                high=high,
                pending=pending,
                in_parens=inside_parens(text, first),
                subunit=piece.subunit,
            )
        ], second_end
    q_start, qualifier = _qualified_start(text, start, lex)
    first_piece = Piece(
        start=q_start,
        end=end,
        number=number,
        scale=exp,
        currency=piece.currency,
        ambiguous=piece.ambiguous,
        qualifier=qualifier,
        inferred=True,
        pending=pending,
        in_parens=inside_parens(text, q_start),
        subunit=piece.subunit,
    )
    return [first_piece, piece, *rest], second_end


def _connector(text: str, start: int, end: int, lex: Lexicon, *, between: bool) -> tuple[re.Match[str] | None, bool]:
    """What joins a bare number to the amount after it, and whether that makes a range ("bis", "und")."""
    connector = lex.range_and_re.match(text, end) if between else None
    if connector is None:
        connector = lex.range_to_re.match(text, end)
    if connector is not None:
        return connector, True
    if YEAR.fullmatch(text, start, end):
        return None, False  # "beliefen sich 2015 auf 20 Mrd. Euro": a year before "auf" is a date, not a figure
    return lex.link_re.match(text, end), False


def _chain(text: str, pos: int, lex: Lexicon) -> list[Piece]:
    """The pieces of a list that starts with a bare number at `pos` ("88 / 91 Mio. EUR"), or none."""
    m = DIGITS.match(text, pos)
    if m is None:
        return []
    number, _ = digits_value(m.group(NUM))
    found, _ = complete_piece(text, pos, m.end(), number, lex)
    if len(found) < _LIST or found[0].start != pos or found[0].scale is None:
        return []
    return found


_LIST = 2


def _paren_figure(text: str, pos: int) -> tuple[re.Match[str], re.Match[str]] | None:
    """A figure in parentheses at `pos`, with a short label or none ("(Vorjahr: 4,2)"): its match and its number's."""
    m = _COMPARED.match(text, pos)
    if m is None:
        return None
    dm = DIGITS.fullmatch(text, m.start("num"), m.end("num"))
    return None if dm is None else (m, dm)


def _compared(text: str, start: int, end: int, number: Decimal, lex: Lexicon) -> tuple[list[Piece], int] | None:
    """A bare number, a bare number in parentheses and the units of both after them.

    "Der Umsatz stieg auf 5,3 (Vorjahr: 4,2) Mrd. Euro", "812 (Vj. 745) Mio. Euro", "1,23 (1,05) Euro":
    the figure in parentheses (after a short label, if any) is the comparison, often the year before.
    """
    found = _paren_figure(text, end)
    if found is None:
        return None
    m, dm = found
    units = _units(text, m.end(), lex)
    if (units.scale is None and units.currency is None) or units.subunit:
        return None  # "5 (3) Prozent": no money
    q_start, qualifier = _qualified_start(text, start, lex)
    first = Piece(
        q_start,
        end,
        number,
        units.scale,
        units.currency,
        ambiguous=units.ambiguous,
        qualifier=qualifier,
        inferred=True,
        pending=units.currency is None,
        in_parens=inside_parens(text, q_start),
    )
    compared, _ = digits_value(dm.group(NUM))
    second = replace(first, start=m.start("num"), end=m.end("num"), number=compared, qualifier=EXACT, in_parens=True)
    u_end = units.end
    return [first, second], u_end


def _second(text: str, pos: int, lex: Lexicon, *, pending_ok: bool = False) -> Piece | None:
    """The amount that starts at `pos` (after a range or link word), with its own qualifier.

    With `pending_ok`, a scaled figure without a currency ("3 bis 4 Mrd. jährlich") counts too; its
    currency is looked for in its sentence later.
    """
    qm = lex.qualifier_phrases.match(text, pos)
    at = gap_end(text, qm[0]) if qm is not None else pos
    pm = lex.sign_phrases.match(text, at)
    if pm is not None:
        at = gap_end(text, pm[0])
    m = DIGITS.match(text, at)
    if m is not None:
        number, _ = digits_value(m.group(NUM))
        found, _ = complete_piece(text, at, m.end(), number, lex)
    else:
        wm = WORD_AT.match(text, at)
        if wm is None:
            return None
        value = numeral_value(wm.group())
        if value is None:
            return None
        sm = lex.scale_phrases.match(text, gap_end(text, wm.end()))
        if sm is None and lex.unit_phrases.match(text, gap_end(text, wm.end())) is None:
            return None  # a number word needs a scale word or a currency after it ("zwölf Euro")
        scale = None if sm is None else (sm[0], lex.scales[sm[1]])
        found, _ = complete_piece(text, at, wm.end(), value, lex, scale=scale)
    if len(found) != 1:
        return None
    piece = found[0]
    if piece.currency is None and not (pending_ok and piece.scale is not None):
        return None
    return replace(piece, start=min(piece.start, pos))


def _range_after(text: str, pos: int, connectors: re.Pattern[str], lex: Lexicon) -> tuple[Piece, int] | None:
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
            return pos, EXACT
    if qm[1] in lex.face_value_qualifiers and _after_face_value_noun(text, qm[0], lex):
        return pos, EXACT  # "ein Auftrag über 1,2 Mrd. Euro": the amount of the order
    if qm[1] in lex.waypoint_qualifiers and _waypoint(text, qm[0], pos, lex):
        return pos, EXACT  # "von 2,1 Mrd. über 2,4 Mrd. auf 2,7 Mrd.": a step of the series
    return qm[0], lex.qualifiers_before[qm[1]]


def _waypoint(text: str, at: int, pos: int, lex: Lexicon) -> bool:
    """Whether a qualifier at `at` stands between "von" and a figure before it and "auf" and one after `pos`.

    Within `waypoint_reach` characters each way, in the sentence ("stieg von 2,1 Mrd. Euro im Jahr 2022 über
    2,4 Mrd. Euro auf 2,7 Mrd. Euro").
    """
    lo, hi = max(0, at - lex.waypoint_reach), min(len(text), pos + lex.waypoint_reach)
    ends = [
        m.end()
        for m in _SENTENCE_END.finditer(text, lo, hi)
        if m.group(1) is None or len(m.group(1)) > lex.longest_abbreviation
    ]
    start = max((e for e in ends if e <= at), default=lo)
    stop = min((e for e in ends if e > pos), default=hi)
    return (
        lex.waypoint_from_re.search(text, start, at) is not None
        and lex.waypoint_to_re.search(text, pos, stop) is not None
    )


_SENTENCE_END: Final = re.compile(r"(?:([^\W\d_]+)\.\s|\d\.\s+(?=[^\W\d_])|[!?;\n])")
"""A sentence's end within a few words: a dot after a word longer than an abbreviation ("Mrd." is not) or after a
number before a word (an ordinal's too: the window only narrows), or a mark."""


def _after_face_value_noun(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether the word before `pos` names a document or deal ("Auftrag"), or is a verb that governs "über".

    "ein Auftrag über 1,2 Mrd.", "das Förderprogramm über ...", "Der Fonds verfügt über 344 Mrd. Yuan".
    """
    end = pos
    while end > 0 and text[end - 1] in SPACES:
        end -= 1
    start = word_start(text, end)
    word = text[start:end]
    low = word.lower()
    if low in lex.face_value_verbs:
        return True
    if not low.endswith(lex.face_value_nouns):
        return False
    if word[:1].isupper():
        return True
    # in text written in lower case, after an article: "einen auftrag über 1,2 milliarden dollar"
    before = start
    while before > 0 and text[before - 1] in SPACES:
        before -= 1
    return text[word_start(text, before) : before].lower() in lex.face_value_articles


def _qualifier_after(text: str, end: int, after: str, qualifier: Qualifier, lex: Lexicon) -> tuple[Qualifier, int]:
    """The qualifier a phrase after a figure ending at `end` gives it ("nicht übersteigt"), and where its span ends.

    `after` is the first character after the figure. Across a per-unit phrase ("15.000 Euro je Haushalt nicht
    überschreiten") the qualifier is the figure's and its span stays the figure's.
    """
    am = lex.qualifier_after_re.match(text, end) if after in lex.qualifier_after_starts else None
    if am is not None:
        return lex.qualifiers_after[normalise_phrase(am.group().strip())], am.end()
    um = lex.qualifier_after_unit_re.match(text, end) if after in lex.qualifier_after_unit_starts else None
    if um is not None:
        return lex.qualifiers_after[normalise_phrase(um["qualifier"].strip())], end
    return qualifier, end


def _minus(text: str, pos: int, lex: Lexicon) -> tuple[int, bool]:
    if pos > 0 and text[pos - 1] in "-−":
        before = text[pos - 2] if pos > 1 else " "
        if before.isspace() or before in "(:":
            return pos - 1, True
    mm = lex.minus_phrases.ending_at(text, pos)
    if mm is not None:
        return mm[0], True
    return pos, False
