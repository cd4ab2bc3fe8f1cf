"""Sentence-level repair of pieces: a currency borrowed from the sentence, and what list items leave out.

List items and comparisons that leave out scale and currency take them from the figure before them
("150 Millionen Euro für A, fast 100 für B", "5,3 Mrd. Euro nach 4,2 im Vorjahr").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from aifigures.extract.asides import sentence_at, tells_flow
from aifigures.extract.grammar import disambiguate
from aifigures.extract.list_periods import table_header
from aifigures.extract.matchers import lowered, normalise_phrase
from aifigures.extract.numbers import DIGITS, digits_value
from aifigures.extract.paragraphs import paragraph_breaks
from aifigures.extract.periods import clause_of
from aifigures.extract.piece import EXACT, HYPHENS, NEXT_WORD, NUM, RANGE, WINDOW, Piece, gap_end
from aifigures.years import YEAR

if TYPE_CHECKING:
    from aifigures.extract.lexicon import Lexicon

__all__ = ["counts_something", "currency_led", "parallel_items", "resolve_pending"]


def resolve_pending(
    text: str, pieces: list[Piece], bounds: list[int], lex: Lexicon, default_currency: str | None
) -> list[Piece]:
    """Give scaled figures without a currency the one of their sentence or article, or drop them.

    A figure called money (by its sentence, or by ending a clause, or standing before its verb, in a
    sentence that follows one with money in it: "Im Vorjahr waren es 350 Millionen.", "Ursprünglich waren
    2,4 Milliarden geplant.") takes the currency of its sentence, else the article's: the
    nearest currency named before it, else the first named after it, else `default_currency`. Either is
    marked ``inferred``. With `default_currency` None such figures are dropped.
    """
    if not any(p.pending for p in pieces):
        return pieces  # the common case: every figure named its currency
    out: list[Piece] = []
    starts = [p.start for p in pieces]
    # the figures that name their currency; a conversion in parentheses ("312 Mio. Franken (rund 330 Mio.
    # Euro)") restates its figure for the reader and gives no other figure its currency
    named = [p for p in pieces if not p.pending and not p.inferred and p.currency is not None]
    named = [p for p in named if not p.in_parens and not _converts(text, p, lex)] or named
    named_starts = [p.start for p in named]
    for p in pieces:
        if not p.pending:
            out.append(p)
            continue
        settled = _subunit_settled(text, p, out, default_currency) if p.subunit else None
        if settled is not None:
            out.append(settled)
            continue
        nm = NEXT_WORD.match(text, p.end)
        next_word = normalise_phrase(nm["w"]) if nm else ""
        if _counted(text, p, next_word, lex):
            continue
        # a title's figure the text below tells, or one whose sentence names a currency before it ("in Euro")
        told = _told_below(text, p, named) or _led_currency(text, p, out, bounds, lex)
        if told is not None:
            out.append(replace(p, currency=told, pending=False, inferred=True))
            continue
        # "nach 151 Millionen ein Jahr zuvor": the same period before follows it as "im Vorjahr" would
        is_follower = (
            next_word in lex.ellipsis_followers
            or not next_word[:1].isalpha()
            or lex.same_period_before_re.match(text, p.end) is not None
        )
        money_next = lex.money_word_re.match(text, p.end) is not None
        # a verb after it; in lower-case text, where a noun looks like a verb, one the lexicon knows
        verb_like = _verb_after(text, p, nm, lex, is_follower=is_follower) or _known_verb(next_word, lex)
        # "für 28 Millionen von Vellmar": what was paid, whatever word follows
        priced = not (is_follower or verb_like) and _word_before(text, p.start) in lex.price_leads
        s = bisect.bisect_right(bounds, p.start) - 1
        lo, hi = max(bounds[s], p.start - WINDOW), min(bounds[s + 1], p.end + WINDOW)
        # "bis 2028 stecken wir 1,2 Milliarden in unsere Standorte": a money verb before it, whatever follows (read
        # only where nothing else lets the figure through)
        if not (
            is_follower
            or money_next
            or verb_like
            or p.subunit
            or priced
            or _money_verb_before(text, p.start, lo, hi, lex, separable=False)
        ):
            continue
        first = bisect.bisect_left(starts, lo)
        last = bisect.bisect_left(starts, hi)
        mates = [q for q in pieces[first:last] if not q.pending and q is not p]
        cur = _in_cents(p, _borrow(p, mates), lex, default_currency)
        if cur is not None:
            out.append(replace(p, currency=cur, pending=False, inferred=True))
            continue
        called_money = (
            p.subunit
            or money_next
            or _money_verb_follows(text, p.end, hi, lex)
            or _money_noun_before(text, p.start, lo, hi, lex)
            or _money_verb_before(text, p.start, lo, hi, lex)
            or _money_cell(text, p, lex)
            or _titled_money(text, p, lex)
        )
        # a money figure before it, named or itself inferred ("Der Umsatz soll 6,9 Milliarden erreichen.
        # Bisher war man von 6,7 Milliarden ausgegangen.")
        money = [q for q in out[-_CONTINUED:] if q.currency is not None]
        continues = (is_follower or verb_like or priced) and _continues_money(
            text, p, bounds[s], (money, [q.start for q in money]), lex
        )
        if (called_money or continues) and default_currency is not None:
            article = (
                _report_currency(text, p, named[: bisect.bisect_left(named_starts, p.start)], bounds, lex)
                or _article_currency(text, p, named, named_starts)
                or _title_currency(text, lex)
                or default_currency
            )
            article = _in_cents(p, article, lex, default_currency) or article  # (`or`: never None here)
            out.append(replace(p, currency=article, pending=False, inferred=True))
    return out


def _led_currency(text: str, p: Piece, done: list[Piece], bounds: list[int], lex: Lexicon) -> str | None:
    """The currency a lead names in a scaled figure's sentence before it, no other figure between.

    "Umgerechnet in Euro sind das rund 1,4 Billionen.": euros, whatever the article's currency.
    """
    start = bounds[bisect.bisect_right(bounds, p.start) - 1]
    if done and done[-1].end > start:
        start = done[-1].end
    return currency_led(text, start, p.start, lex)


def currency_led(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """The currency the last lead of `text[start:end]` names ("in Euro", "in norwegischen Kronen"), or None.

    A currency that only opens a compound ("in Euro-Ländern") is none.
    """
    led = None
    for m in lex.currency_lead_re.finditer(text, start, end):
        um = lex.unit_phrases.match(text, m.end())
        if um is None or (text[um[0] : um[0] + 1] in HYPHENS and text[um[0] + 1 : um[0] + 2].isalpha()):
            continue
        key = um[1]
        code = lex.currency_words.get(key) or lex.currency_signs.get(key)
        if code is not None:
            led = disambiguate(text, key, code, lex)[0]
    return led


def _in_cents(p: Piece, code: str | None, lex: Lexicon, default_currency: str | None) -> str | None:
    """The currency a figure borrows, `code`; for a cent figure beside a currency without cents, the home one.

    "1995 kostete ein Liter 1,50 Mark, umgerechnet 77 Cent": euro cents, not a hundredth of a Mark.
    """
    if p.subunit and code in lex.centless and default_currency is not None:
        return default_currency
    return code


def _word_before(text: str, start: int) -> str:
    """The word right before `start`, lower case ("" where none)."""
    m = _LAST_WORD.search(text, max(0, start - _WORD_REACH), start)
    return m.group(1).lower() if m else ""


_LAST_WORD = re.compile(r"([^\W\d_]+)\s+\Z")
_WORD_REACH = 30


def _money_cell(text: str, p: Piece, lex: Lexicon) -> bool:
    """Whether a scaled figure is all of a table's cell, in a table whose header and row label count nothing.

    "| Personal | 118 Mio. | 124 Mio. |" under "| Bereich | 2025 | 2026 |" in a report on a budget is money;
    "| Einwohner | 1,2 Mio. |" counts people.
    """
    start = text.rfind("\n", 0, p.start) + 1
    end = text.find("\n", p.end)
    line = text[start : len(text) if end < 0 else end]
    if not line.lstrip().startswith("|"):
        return False
    left, right = text.rfind("|", start, p.start), text.find("|", p.end, start + len(line))
    if left < 0 or right < 0 or text[left + 1 : p.start].strip() or text[p.end : right].strip():
        return False
    first = table_header(text, start)
    header = "" if first is None else text[first[0] : first[1]]
    label = line.strip().strip("|").split("|", 1)[0]
    return not counts_something(f"{header} {label}", lex)


def counts_something(text: str, lex: Lexicon) -> bool:
    """Whether a table's heading or a row's label names something counted ("Einwohner", "Mitarbeiter")."""
    return any(w in lex.counters for w in _WORDS.findall(text.lower()))


def _subunit_settled(text: str, p: Piece, done: list[Piece], default_currency: str | None) -> Piece | None:
    """A cent figure whose currency is known: its own ("50 US-Cent"), or the home one where it converts an amount."""
    if p.currency is not None:
        return replace(p, pending=False)
    if default_currency is not None and _converts_before(text, p, done):
        return replace(p, currency=default_currency, pending=False, inferred=True)
    return None


def _told_below(text: str, p: Piece, named: list[Piece]) -> str | None:
    """The currency of a title's figure that the text below it tells with its currency.

    A headline drops the unit its text gives: "Spieler gewinnt 120 Millionen" over "... hat rund 120
    Millionen Euro gewonnen", "Oduya für 95 Millionen zu Bayern" over "... Ablöse von 95 Millionen Euro".
    The title is the first line, followed by the text.
    """
    end = text.find("\n")  # the title's end, found at once (no copy of the text before the figure)
    if end < 0 or end > _TITLE or p.end > end:
        return None
    told = next((q.currency for q in named if q.start > end and (q.number, q.scale) == (p.number, p.scale)), None)
    if told is not None or not p.scale or text.find(text[p.start : p.end], end) >= 0 or text[p.end : p.end + 1] == "-":
        return told  # (told below with no currency: a count, "300 Millionen Abonnenten"; a mark, "400-Millionen-Marke")
    # a figure its text tells otherwise ("Stromnetz: 320 Milliarden bis 2045" over "Investitionen von 230 Milliarden
    # Euro"): money of that scale, as the text's is
    return next((q.currency for q in named if q.start > end and q.scale == p.scale), None)


def _counted(text: str, p: Piece, next_word: str, lex: Lexicon) -> bool:
    """Whether a scaled number is a count or odds, not money.

    "2 Millionen mal angesehen", "3 millionen menschen" (a counter follows); "eine Chance von 1 zu 292
    Millionen" (the lead of odds stands before it).
    """
    if next_word.rstrip(".") in lex.counters:  # "für 2 Millionen Haushalte.": the sentence's stop is no abbreviation's
        return True
    return lex.ratio_lead_re.search(text, max(0, p.start - _RATIO_REACH), p.start) is not None


def _titled_money(text: str, p: Piece, lex: Lexicon) -> bool:
    """Whether a figure of the text stands under a title that speaks of money in millions or billions.

    "Yuan-Milliarden für Chipfabriken" over "Insgesamt stehen 344 Milliarden bereit": the text's billions are
    the title's (a counted noun after a figure, "2 Millionen Kunden", still makes it a count).
    """
    end = text.find("\n")
    if not 0 <= end <= _TITLE or p.start < end or text[:end].rstrip().endswith("."):
        return False  # no title: a first line that is a sentence
    return _title_currency(text, lex) is not None


def _title_currency(text: str, lex: Lexicon) -> str | None:
    """The currency the title names as money without an amount ("Yuan-Milliarden für die Chipindustrie").

    The title is the first line (at most `_TITLE` characters) and must speak of millions or billions; a
    word that names several currencies ("Kronen") names none.
    """
    end = text.find("\n")
    title = text[: min(len(text), end if end >= 0 else _TITLE, _TITLE)]
    if _SCALE_STEM.search(title) is None:
        return None  # "Dollar-Schwäche belastet Exporteure": a currency as a topic, not as money's unit
    for m in _TITLE_WORD.finditer(title):
        for part in m.group().split("-"):
            code = lex.currency_words.get(normalise_phrase(part))
            if code is not None and normalise_phrase(part) not in lex.ambiguous:
                return code
    return None


_TITLE: Final = 300
_TITLE_WORD: Final = re.compile(r"[^\W\d_][\w\-]*")
_SCALE_STEM: Final = re.compile(r"milliard|million|billion|mrd\.|mio\.", re.IGNORECASE)


def _converts_before(text: str, p: Piece, done: list[Piece]) -> bool:
    """Whether a cent figure opens parentheses right after an amount: "5 Yen (3 Cent)" converts it.

    The cents of such a conversion are the home currency's (`default_currency`), not the amount's.
    """
    if not done or not p.in_parens:
        return False
    return re.fullmatch(r"\s*\(\s*(?:(?:etwa|rund|ca\.|umgerechnet)\s+)?", text[done[-1].end : p.start]) is not None


def _verb_after(text: str, p: Piece, nm: re.Match[str] | None, lex: Lexicon, *, is_follower: bool) -> bool:
    """Whether a verb follows the figure ("... 100 Mio. erzielt worden"): it may borrow a currency.

    Unlike an adjective before a counted noun ("576 Millionen aktive Nutzer").
    """
    if nm is not None and nm["w"][-1:] in ".," and nm["w"][:-1] in lex.verb_particles:
        return True  # "setzte nvidia 30,8 milliarden um.": a separable verb's particle ends the clause
    near = text[max(0, p.start - 200) : p.end + 200]
    cased = near != near.lower()  # capitals nearby: not all-lower-case (machine-translated) text
    if not cased or nm is None or not nm["w"][:1].islower() or is_follower:
        return False
    word = nm["w"]
    if word.endswith("."):
        return True  # a lower-case word that ends the sentence: "... 6,9 Milliarden erreichen. Bisher ..."
    after = NEXT_WORD.match(text, nm.end())
    # adjectives may stand before the noun: "75 Millionen zusätzlichen neuen Aktien" is a count
    for _ in range(_ADJECTIVES):
        if after is None or not (word.islower() and word.endswith(lex.adjective_endings) and after["w"].islower()):
            break
        word, after = after["w"], NEXT_WORD.match(text, after.end())
    return after is None or not after["w"][:1].isupper()


def _converts(text: str, p: Piece, lex: Lexicon) -> bool:
    """Whether a figure follows a word that makes it a conversion of the one before ("umgerechnet rund 6 Mrd.")."""
    return lex.conversion_before_re.search(text, max(0, p.start - _CUE_REACH), p.start) is not None


_CUE_REACH = 20
"""How far before a figure its conversion word may end ("umgerechnet " and any white space or comma)."""


def _article_currency(text: str, p: Piece, named: list[Piece], named_starts: list[int]) -> str | None:
    """The currency the article gives `p`.

    The nearest one named before it in its paragraph; else the first the article names, which its lead
    sets (a later paragraph's "150 Millionen" is in the article's currency, not in the francs of the
    Swiss unit the paragraph before spoke of); else the first named after it.
    """
    i = bisect.bisect_left(named_starts, p.start)
    if i > 0:
        before = named[i - 1]
        if "\n" not in text[before.end : p.start]:
            return before.currency
        return named[0].currency
    return named[i].currency if i < len(named) else None


def _report_currency(text: str, p: Piece, before: list[Piece], bounds: list[int], lex: Lexicon) -> str | None:
    """The currency of the report a flow's figure goes on with, past an aside in another currency before it.

    "Quellix setzte im Quartal 18,3 Mrd. Dollar um. In Irland will Quellix für 2 Mrd. Euro ein Rechenzentrum
    bauen. Der Nettogewinn lag bei 4,1 Milliarden": the net profit is the quarter's report's, in dollars. None
    where `p`'s sentence tells no flow, or the nearest figure named before it (`before`: those) tells one, or the
    report stands further back than the paragraph before `p`'s (a report three paragraphs up is another topic's).
    """
    if len(before) < _TWO or not _tells_flow(text, p.start, bounds, lex):
        return None
    nearest = before[-1]
    if _tells_flow(text, nearest.start, bounds, lex):
        return None
    for q in reversed(before[:-1]):
        if p.start - q.end > _REPORT_REACH:
            return None  # (read no further back: a long text of such figures stays linear)
        if q.currency != nearest.currency and _tells_flow(text, q.start, bounds, lex):
            return q.currency if paragraph_breaks(text[q.end : p.start].replace("\r\n", "\n")) <= 1 else None
    return None


_REPORT_REACH: Final = 1500
"""How far before a flow's figure the report it goes on with may end (its paragraph, an aside, the one before)."""


def _tells_flow(text: str, at: int, bounds: list[int], lex: Lexicon) -> bool:
    """Whether the sentence around `at` names a report's flow (`aifigures.extract.asides.tells_flow`)."""
    return tells_flow(sentence_at(text, bounds, at), lex)


_TWO: Final = 2


def _continues_money(
    text: str, p: Piece, sentence_start: int, named: tuple[list[Piece], list[int]], lex: Lexicon
) -> bool:
    """Whether `p` ends a clause that follows a money amount, in its sentence or before.

    The amount before may stand in its paragraph or end the paragraph before (not past a heading).
    "Der Umsatz stieg auf 3,2 Mrd. Euro. Im Vorjahr waren es 2,9 Milliarden." "Seit 2020 flossen 7 Mrd.
    in den Fonds; weitere 800 Mio. sollen folgen." A counted noun between them, in its sentence ("Die Zahl
    der Kunden stieg auf 2 Millionen."), makes it a count.
    """
    pieces, starts = named
    i = bisect.bisect_left(starts, p.start)  # the money before it, in its sentence or an earlier one
    if i == 0:
        return False
    before = pieces[i - 1]
    gap = text[before.end : p.start]
    if len(gap) > _CONTINUATION_REACH or paragraph_breaks(gap.replace("\r\n", "\n")) > 1:
        return False
    words = [
        w.strip(".,;:()")
        for w in text[max(sentence_start, before.end, p.start - _NOUN_REACH) : p.start].lower().split()
    ]
    # a counter after a number measures that number ("um 25 Prozent auf 140 Millionen"), not this figure; one
    # after "für" is what the money is for; one right before "für" and the figure is what it buys ("Aktien für 110
    # Milliarden zurückgekauft")
    return not any(
        (w in lex.counters or w.endswith(lex.counter_ends))
        and not (
            j > 0
            and (words[j - 1][:1].isdigit() or words[j - 1] in lex.numerals or words[j - 1] in lex.counter_purposes)
        )
        and not (len(words) == j + 2 and words[j + 1] in lex.price_leads)
        for j, w in enumerate(words)
    )


_CONTINUATION_REACH: Final = 400  # how far the named amount of the sentence before may stand
_CONTINUED: Final = 8  # the amounts before a figure that may be the one it continues (the last within reach)


_PARALLEL: Final = re.compile(r"[,;][ \t\u00a0]*")
_PARALLEL_REACH: Final = 60


def parallel_items(text: str, pieces: list[Piece], lex: Lexicon) -> list[Piece]:
    """Bare numbers that take scale and currency from the amount just before them.

    A list item after a comma, followed by the same word as that amount ("150 Millionen Euro für A, fast
    100 für B"), and a comparison after a link word, followed by a function word or the end of the
    clause ("5,3 Mrd. Euro nach 4,2 im Vorjahr").
    """
    out = list(pieces)
    for p in pieces:
        if p.currency is None or p.pending or p.qualifier is RANGE:
            continue
        clause = lex.compared_clause_re.match(text, p.end)
        if clause is not None:  # "1.800 Dollar, vor einem Jahr waren es 4.200."
            found = _left_out(text, clause.end(), p, lex, None)
            if found is not None and not any(q.start < found.end and found.start < q.end for q in out):
                out.append(found)
            continue
        after = NEXT_WORD.match(text, p.end)
        if after is None or not after["w"][:1].isalpha():
            continue
        word = after["w"]
        if normalise_phrase(word) in lex.comparison_links:
            found = _left_out(text, gap_end(text, after.end()), p, lex, None)
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


def _left_out(text: str, at: int, p: Piece, lex: Lexicon, word: str | None) -> Piece | None:
    """The bare number (with a qualifier or not) at `at` with the scale and currency of `p`, if it is one.

    A list item must be followed by `word`; a comparison (`word` None) by a function word or punctuation,
    and it is no year.
    """
    qm = lex.qualifier_phrases.match(text, at)
    num_at = gap_end(text, qm[0]) if qm is not None else at
    dm = DIGITS.match(text, num_at)
    if dm is None:
        return None
    nxt = NEXT_WORD.match(text, dm.end())
    if nxt is None:
        return None
    if word is not None:
        if nxt["w"] != word:
            return None
    else:
        follower = normalise_phrase(nxt["w"]) if nxt["w"] else ""
        if (follower[:1].isalpha() and follower not in lex.ellipsis_followers) or YEAR.fullmatch(
            text, num_at, dm.end()
        ):
            return None
    number, _ = digits_value(dm.group(NUM))
    return Piece(
        start=at,
        end=dm.end(),
        number=number,
        scale=p.scale,
        currency=p.currency,
        ambiguous=p.ambiguous,
        qualifier=lex.qualifiers_before[qm[1]] if qm is not None else EXACT,
        inferred=True,
        in_parens=p.in_parens,
    )


def _borrow(p: Piece, mates: list[Piece]) -> str | None:
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


_ADJECTIVES: Final = 3  # how many inflected adjectives may stand between a figure and its counted noun
_RATIO_REACH: Final = 12  # how far before a figure the lead of odds may start ("eins zu ")
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


def _known_verb(word: str, lex: Lexicon) -> bool:
    """Whether a word is a verb the lexicon knows: a money verb, a finite one ("investiert", "sollen", "erwartet")."""
    word = word.rstrip(".")
    return word in lex.money_verbs or word in lex.finite_after or lex.expected_re.fullmatch(word) is not None


def _money_verb_before(  # noqa: PLR0913 - the figure's start, its sentence's window, the lexicon, which verbs
    text: str, start: int, lo: int, hi: int, lex: Lexicon, *, separable: bool = True
) -> bool:
    """Whether a finite money verb stands before `start` in its clause ("Das Ministerium erhält 38 Milliarden").

    A separable one counts where its particle closes the clause ("Norvik setzte 21,3 Milliarden um"), unless
    `separable` is false: its object may be a counted noun after the figure ("gab 40 Millionen neue Aktien aus").
    """
    c_lo, c_hi = clause_of(text, lo, hi, start, start)
    before = [w.lower() for w in _WORDS.findall(text, max(c_lo, start - _NOUN_REACH), start)]
    if any(w in lex.money_verbs_before for w in before):
        return True
    if not separable:
        return False
    closing = _WORDS.findall(text, start, c_hi)[-1:]  # "... setzte 21,3 Milliarden um": the particle ends the clause
    return bool(closing) and any(closing[0].lower() in lex.money_separable.get(w, ()) for w in before)


_WORDS: Final = re.compile(r"[^\W\d_]+")


def _money_verb_follows(text: str, pos: int, end: int, lex: Lexicon) -> bool:
    for m in lex.word_re.finditer(text, pos, min(end, pos + WINDOW)):
        w = m.group()
        if w in ",;:()":
            return False
        if w.lower().rstrip(".") in lex.money_verbs:
            return True
    return False
