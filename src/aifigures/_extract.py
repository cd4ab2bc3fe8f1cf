"""Text to amounts: find every money amount in German text (`extract`) or read one (`parse`).

Grammar of one amount (categories come from ``data/de.toml``)::

    amount    = QUALIFIER? MINUS? SIGN? core UNITS QUALIFIER_AFTER?
              | "zwischen" core "und" amount                      range
              | core (TO) amount                                  range: "120 bis 130 Mio. Euro"
              | core LINK amount                                  two amounts: "von 39,29 auf 44,58 Mrd. Euro"
    core      = NUMBER | NUMERAL                                  "4,2", "dreihundertachtzig"
    UNITS     = SCALE? (CURRENCY | SUBUNIT | SCALE_CURRENCY)?     "Mrd. Euro", "TEUR", "Cent"

A core must end up with a currency: written with it, borrowed from the amount it is linked to, borrowed
from another amount of its sentence (a scaled core followed by a function word), or assumed (a scaled
core followed by a money noun such as "Umsatz" in a sentence with no currency at all). Stated periods
are read from the amount's sentence afterwards (`_stated_periods`).

Work is done only around anchors: one cheap scan finds digits and scale words, and the careful matching
runs from there, so text without money costs little.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from aifigures._amounts import Amount, Qualifier
from aifigures._errors import ParseError
from aifigures._lexicon import Lexicon, german, normalise_phrase
from aifigures._numbers import DIGITS, digits_value, numeral_value
from aifigures._stated_periods import assign_periods, sentence_bounds

__all__ = ["extract", "parse"]

_GAP = re.compile("[-\u2010\u2011](?=[^\\W\\d_])|[ \t\u00a0\u202f]*")
_NEXT_WORD = re.compile(r"[\s\u00a0\u202f]*(?P<w>[^\W\d_]+\.?|[(),;:.!?]|$)")
_WORD_AT = re.compile(r"[^\W\d_]+")
_LOOKBACK = 48
_WINDOW = 400  # how far (in characters) context is looked for around an amount


@dataclass(frozen=True, slots=True)
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


def extract(text: str, *, default_currency: str | None = "EUR") -> list[Amount]:
    """Every money amount in `text`, in order of position; ``[]`` when there is none.

    `default_currency` is assumed for a scaled figure that names no currency in a sentence that names
    none either but calls it money ("über 6 Milliarden Umsatz"); such amounts have
    ``currency_inferred=True``. Pass None to leave their currency unset.

    >>> [str(a.value) for a in extract("Baidu investierte 4,2 Milliarden Yuan, Alibaba rund 23 Mrd. Yuan.")]
    ['4200000000', '23000000000']
    """
    lex = german()
    pieces = _scan(text, lex)
    if not pieces:
        return []
    bounds = sentence_bounds(text, lex)
    pieces = _resolve_pending(text, pieces, bounds, lex, default_currency)
    amounts = [_to_amount(text, p) for p in pieces]
    periods = assign_periods(text, [a.span for a in amounts], bounds, lex)
    return [a if per is None else replace(a, period=per) for a, per in zip(amounts, periods, strict=True)]


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
    covered = [amount.span]
    lex = german()
    covered.extend((m.start(), m.end()) for m in lex.period_re.finditer(fragment))
    covered.extend((m.start(), m.end()) for m in lex.year_re.finditer(fragment))
    for m in re.finditer(r"[^\s()\[\],;:.!?]+", fragment):
        if not any(s <= m.start() and m.end() <= e for s, e in covered):
            raise ParseError(fragment, m.start(), f"{m.group()!r} is not part of the amount")
    return amount


# ---------------------------------------------------------------------------------------------- scanning


def _scan(text: str, lex: Lexicon) -> list[_Piece]:
    pieces: list[_Piece] = []
    pos = 0
    search = lex.anchor_re.search
    while True:
        m = search(text, pos)
        if m is None:
            break
        at = m.start()
        if text[at].isdigit():
            found, resume = _from_digits(text, at, lex)
        else:
            found, resume = _from_scale_word(text, at, lex)
        if found and (not pieces or found[0].start >= pieces[-1].end):
            pieces.extend(found)
        pos = max(resume, at + 1)
    return pieces


def _from_digits(text: str, at: int, lex: Lexicon) -> tuple[list[_Piece], int]:
    m = DIGITS.match(text, at)
    if m is None:
        end = at
        while end < len(text) and (text[end].isdigit() or text[end] in ".,'’"):
            end += 1
        return [], end
    number, _ = digits_value(m["num"])
    return _complete(text, m.start(), m.end(), number, lex)


def _from_scale_word(text: str, at: int, lex: Lexicon) -> tuple[list[_Piece], int]:
    sm = lex.scale_re.match(text, at)
    if sm is None:
        return _from_currency_word(text, at, lex)
    wm = lex.numeral_word_re.search(text, max(0, at - _LOOKBACK), at)
    if wm is None:
        return [], sm.end()
    word = wm["word"]
    value = numeral_value(word)
    if value is None:
        return [], sm.end()
    start = wm.start("word")
    if wm["article"] and normalise_phrase(word) in lex.fractions:
        start = wm.start("article")
    scale = lex.scales[normalise_phrase(sm.group())]
    return _complete(text, start, at, value, lex, scale=(sm.end(), scale))


def _from_currency_word(text: str, at: int, lex: Lexicon) -> tuple[list[_Piece], int]:
    """A number word right before a currency word: "drei Euro", "zweihundert Dollar"."""
    um = lex.unit_re.match(text, at)
    if um is None:
        return [], at + 1
    if um.end() < len(text) and text[um.end()] in "-\u2010\u2011":
        return [], um.end()  # "ein Euro-Rettungsschirm": a compound, not an amount
    if DIGITS.match(text, _GAP.match(text, um.end()).end()):  # type: ignore[union-attr]
        return [], at + 1  # "einen CHF 1'000": the sign belongs to the number after it
    wm = lex.numeral_word_re.search(text, max(0, at - _LOOKBACK), at)
    if wm is None or wm.end() != at:
        return [], um.end()
    word = wm["word"]
    value = numeral_value(word)
    if value is None:
        return [], um.end()
    start = (
        wm.start("article") if wm["article"] and normalise_phrase(word) in lex.fractions else wm.start("word")
    )
    return _complete(text, start, wm.end("word"), value, lex)


def _units(
    text: str, pos: int, lex: Lexicon, scale: tuple[int, int] | None = None
) -> tuple[int, int | None, str | None, bool, bool]:
    """Read SCALE? UNIT? from `pos`: (end, scale, currency, is_subunit, ambiguous)."""
    exp: int | None = None
    end = pos
    if scale is not None:
        end, exp = scale
    else:
        g = _GAP.match(text, pos)
        at = g.end() if g else pos
        sm = lex.scale_re.match(text, at)
        if sm is not None:
            exp = lex.scales[normalise_phrase(sm.group())]
            end = sm.end()
    g = _GAP.match(text, end)
    at = g.end() if g else end
    um = lex.unit_re.match(text, at)
    if um is None:
        return end, exp, None, False, False
    key = normalise_phrase(um.group())
    if key in lex.scale_currencies:
        cur, extra = lex.scale_currencies[key]
        return um.end(), (exp or 0) + extra, cur, False, False
    if key in lex.subunits:
        return um.end(), (exp or 0) + lex.subunits[key], lex.subunit_currencies.get(key), True, False
    cur = lex.currency_words.get(key) or lex.currency_signs[key]
    cur, ambiguous = _disambiguate(text, key, cur, lex)
    return um.end(), exp, cur, False, ambiguous


@functools.lru_cache(maxsize=2)
def _lowered(text: str) -> str:
    return text.lower()


def _disambiguate(text: str, key: str, cur: str, lex: Lexicon) -> tuple[str, bool]:
    readings = lex.ambiguous.get(key)
    if readings is None:
        return cur, False
    low = _lowered(text)  # once per text, however many ambiguous signs it has
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
    if cur is None:
        pm = lex.prefix_re.search(text, max(0, start - 12), start)
        if pm is not None:
            key = normalise_phrase(pm.group().strip())
            cur, amb = _disambiguate(text, key, lex.currency_signs.get(key) or lex.currency_words[key], lex)
            prefix_start = pm.start()
    if exp is None and cur is None:
        # a bare number: the first of a range or of a linked pair ("39,29 auf 44,58 Mrd. Euro")
        return _bare(text, start, end, number, lex)
    # a range after a complete first amount: "€ 1.000.000 - € 2.500.000", "5 Mio. bis 10 Mio. Euro"
    rng = _range_after(text, u_end, lex)
    if rng is not None:
        second, second_end = rng
        if second.currency is not None or (cur is not None and second.scale is not None):
            low = number.scaleb(exp or 0)
            high = second.number.scaleb(second.scale or 0)
            if low <= high:
                return [
                    _Piece(
                        start=_qualified_start(text, prefix_start, lex)[0],
                        end=second_end,
                        number=(low + high) / 2,
                        scale=0,
                        currency=cur or second.currency,
                        ambiguous=amb or second.ambiguous,
                        qualifier=Qualifier.RANGE,
                        low=low,
                        high=high,
                    )
                ], second_end
    sign_start, negative = _minus(text, prefix_start, lex)
    q_start, qualifier = _qualified_start(text, sign_start, lex)
    span_end = u_end
    am = lex.qualifier_after_re.match(text, u_end)
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
    return [piece], span_end


def _bare(text: str, start: int, end: int, number: Decimal, lex: Lexicon) -> tuple[list[_Piece], int]:
    """A number without units: a range or linked pair with the amount after it, else nothing."""
    between = lex.range_between_re.search(text, max(0, start - 20), start)
    connector = None
    if between is not None:
        connector = lex.range_and_re.match(text, end)
    is_range = connector is not None
    if connector is None:
        connector = lex.range_to_re.match(text, end)
        is_range = connector is not None
    if connector is None:
        connector = lex.link_re.match(text, end)
    if connector is None:
        return [], end
    second = _second(text, connector.end(), lex)
    if second is None or second.currency is None:
        return [], end
    piece, second_end = second, second.end
    exp = second.scale or 0
    if is_range:
        low = number.scaleb(exp)
        high = piece.number.scaleb(exp) if piece.qualifier is not Qualifier.RANGE else piece.number
        if low > high:
            return [], end
        first = between.start() if between is not None else _qualified_start(text, start, lex)[0]
        return [
            _Piece(
                start=first,
                end=second_end,
                number=(low + high) / 2,
                scale=0,
                currency=piece.currency,
                ambiguous=piece.ambiguous,
                qualifier=Qualifier.RANGE,
                low=low,
                high=high,
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
        in_parens=_in_parens(text, q_start),
    )
    return [first_piece, piece], second_end


def _second(text: str, pos: int, lex: Lexicon) -> _Piece | None:
    """The amount that starts at `pos` (after a range or link word), with its own qualifier."""
    qm = lex.qualifier_lead_re.match(text, pos)
    at = qm.end() if qm is not None else pos
    pm = lex.prefix_lead_re.match(text, at)
    if pm is not None:
        at = pm.end()
    m = DIGITS.match(text, at)
    if m is not None:
        number, _ = digits_value(m["num"])
        found, _ = _complete(text, at, m.end(), number, lex)
    else:
        wm = _WORD_AT.match(text, at)
        if wm is None:
            return None
        value = numeral_value(wm.group())
        if value is None:
            return None
        g = _GAP.match(text, wm.end())
        sm = lex.scale_re.match(text, g.end() if g else wm.end())
        if sm is None:
            return None
        found, _ = _complete(
            text, at, wm.end(), value, lex, scale=(sm.end(), lex.scales[normalise_phrase(sm.group())])
        )
    if len(found) != 1:
        return None
    piece = found[0]
    if piece.currency is None:
        return None
    return replace(piece, start=min(piece.start, pos))


def _range_after(text: str, pos: int, lex: Lexicon) -> tuple[_Piece, int] | None:
    connector = lex.range_to_re.match(text, pos)
    if connector is None or connector.end() == pos:
        return None
    second = _second(text, connector.end(), lex)
    if second is None:
        return None
    return second, second.end


def _qualified_start(text: str, pos: int, lex: Lexicon) -> tuple[int, Qualifier]:
    qm = lex.qualifier_before_re.search(text, max(0, pos - _LOOKBACK), pos)
    if qm is None:
        return pos, Qualifier.EXACT
    return qm.start(), lex.qualifiers_before[normalise_phrase(qm.group().strip())]


def _minus(text: str, pos: int, lex: Lexicon) -> tuple[int, bool]:
    if pos > 0 and text[pos - 1] in "-−":
        before = text[pos - 2] if pos > 1 else " "
        if before.isspace() or before in "(:":
            return pos - 1, True
    mm = lex.minus_re.search(text, max(0, pos - 12), pos)
    if mm is not None:
        return mm.start(), True
    return pos, False


def _in_parens(text: str, pos: int) -> bool:
    opened = text.rfind("(", max(0, pos - 200), pos)
    return opened >= 0 and text.find(")", opened, pos) < 0


# ---------------------------------------------------------------------------------------------- context


def _resolve_pending(
    text: str, pieces: list[_Piece], bounds: list[int], lex: Lexicon, default_currency: str | None
) -> list[_Piece]:
    """Give scaled figures without a currency the one of their sentence, or drop them."""
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
        if not (is_follower or money_next or p.subunit):
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
        called_money = p.subunit or money_next or _money_verb_follows(text, p.end, hi, lex)
        if called_money and default_currency is not None:
            out.append(replace(p, currency=default_currency, pending=False, inferred=True))
    return out


def _borrow(p: _Piece, mates: list[_Piece]) -> str | None:
    """The currency a scaled figure borrows from its sentence.

    The next amount outside parentheses (one of the same scale first), else the previous one:
    "3,73 Billionen (2,59 Milliarden Euro) und 3,13 Billionen Won" borrows "Won".
    """
    after = [q for q in mates if q.start > p.start and not q.in_parens]
    same_scale = [q for q in after if q.scale == p.scale]
    for group in (same_scale, after):
        if group:
            return group[0].currency
    before = [q for q in mates if q.start < p.start and not q.in_parens]
    if before:
        return before[-1].currency
    return None


def _money_verb_follows(text: str, pos: int, end: int, lex: Lexicon) -> bool:
    for m in lex.word_re.finditer(text, pos, min(end, pos + _WINDOW)):
        w = m.group()
        if w in ",;:()":
            return False
        if w.lower().rstrip(".") in lex.money_verbs:
            return True
    return False


def _to_amount(text: str, p: _Piece) -> Amount:
    if p.qualifier is Qualifier.RANGE:
        value, low, high = p.number, p.low, p.high
    else:
        value = p.number.scaleb(p.scale or 0)
        low = value if p.qualifier in {Qualifier.AT_LEAST, Qualifier.MORE_THAN} else None
        high = value if p.qualifier in {Qualifier.AT_MOST, Qualifier.LESS_THAN} else None
    return Amount(
        text=text[p.start : p.end],
        span=(p.start, p.end),
        value=_tidy(value),
        currency=p.currency,
        qualifier=p.qualifier,
        low=None if low is None else _tidy(low),
        high=None if high is None else _tidy(high),
        scale=p.scale or 0,
        currency_inferred=p.inferred,
        ambiguous=p.ambiguous,
    )


def _tidy(d: Decimal) -> Decimal:
    """A Decimal without a positive exponent (9.4E+10 becomes 94000000000) and without trailing zeros."""
    if d == d.to_integral_value():
        return Decimal(int(d))
    return d.normalize()
