"""Sentences and the periods stated in them ("im ersten Halbjahr 2024", "pro Jahr", "2010").

Rules, in order of preference for an amount:

1. an explicit period phrase in the amount's own clause (before or after it), the nearest;
2. a year number in its own clause (a flow stated for a year: "2010 einen Umsatz von ..."), unless the
   clause is about a stock (a debt, a valuation) or the year is a date or a deadline ("Ende 2023");
3. an explicit phrase, then a year, earlier in the same sentence (a period reaches forward over commas,
   never back: in "..., der Quartalsverlust lag bei 2,8 Mrd." the quarter is not the earlier amount's);
4. a sentence that restates or continues the one before inherits its period
   (`aifigures.extract.continuation`).

Clauses end at , ; : – and —; sentences at . ! ? (not after an abbreviation or an ordinal) and at line
breaks.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING, Final

from aifigures.amount import Period, PeriodKind
from aifigures.extract.continuation import inherit_periods
from aifigures.extract.list_periods import list_periods
from aifigures.extract.matchers import lowered, normalise_phrase
from aifigures.extract.numbers import numeral_value
from aifigures.extract.own_periods import Candidate, of_another, without_others_own
from aifigures.extract.parts_of_year import within_year, year_after
from aifigures.extract.stocks import dated_after_verb, dates_an_amount, is_event, is_stock
from aifigures.extract.year_dates import dated_by, is_date
from aifigures.years import YEAR

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from aifigures.extract.lexicon import Lexicon

__all__ = ["Stated", "assign_periods", "clause_of", "merged", "sentence_bounds", "stated_periods", "states_rate"]

Stated = tuple[int, int, "Period"]
"""A stated period: the start and end of the words that state it, and the period."""

# a sentence end: . ! or ? (and closing quotes) before white space, or a line break; one character class
# first, so that the regex engine skips to the candidates instead of trying every position
_END: Final = re.compile(r"[\n.!?](?:(?<=\n)|[\"“”»«')]*(?=\s))")
_PARENS: Final = re.compile(r"[()]")
_WORD_BEFORE: Final = re.compile(r"([^\W\d_][\w.-]*\.)\Z")
_WORD_AFTER: Final = re.compile(r"[\s\u00a0]+([^\W\d_]+)")
# a clause mark: ", " or " – "; the search is driven by the rare characters (",;:–—"), so a match for a
# dash starts at the dash, one after the space before it (`clause_of` gives the clause's end there)
_CLAUSE: Final = re.compile("[,;:–—](?:(?<=[,;:])(?=\\s)|(?<=\\s[–—])\\s)")
_BEFORE_KEYWORD: Final = 60  # the longest period phrase starts this far before its keyword
_WORD: Final = re.compile(r"[^\W_]+")  # a word or a number ("3 Jahre lang"): where a period phrase can start
_OPEN_QUOTES: Final = ("„", "“", "«", "»")
_CLOSE_QUOTES: Final = ("“", "”", "»", "«")
_REGION: Final = 500  # how much text around an amount is split into sentences (its period window and a phrase)
_ORDINAL: Final = re.compile(r"(?<![\d.,])\d{1,2}\.\Z")
_WINDOW: Final = 400  # periods further than this from an amount (in characters) are not its own
_A_YEAR: Final = Period(PeriodKind.YEAR)  # the period of a year number (periods are frozen values)


def sentence_bounds(text: str, lex: Lexicon, around: list[tuple[int, int]] | None = None) -> list[int]:
    """Sorted start offsets of the sentences of `text`, ending with ``len(text)``.

    With `around` (the amounts' spans), only the stretches near them are read (the edge of such a
    stretch counts as a sentence start): long text with few amounts stays cheap.
    """
    regions = [(0, len(text))] if around is None else _regions(around, len(text))
    amount_ends = set() if around is None else {e for _, e in around}
    bounds = [0]
    for lo, hi in regions:
        if lo > bounds[-1]:
            bounds.append(lo)
        for m in _END.finditer(text, lo, hi):
            end = m.end()
            at = m.start()
            # a dot after a word or a number may close an abbreviation, an ordinal or a date instead
            if (
                text[at] == "."
                and at > 0
                and not text[at - 1].isspace()
                and not _full_stop(text, at, lex)
                and not (at + 1 in amount_ends and (_currency_stop(text, at, lex) or _opener_after(text, at, lex)))
            ):
                continue
            if end > bounds[-1]:
                bounds.append(end)
        if hi < len(text) and hi > bounds[-1]:
            bounds.append(hi)
    if bounds[-1] != len(text):
        bounds.append(len(text))
    return bounds


def _full_stop(text: str, at: int, lex: Lexicon) -> bool:
    """Whether the dot at `at`, right after a word or a number, ends a sentence ("Mrd." and "27." do not)."""
    letters = lex.longest_abbreviation  # (with its dot: a word of as many letters is longer)
    if at >= letters and text[at - letters : at].isalpha():
        return True  # after a word longer than any abbreviation
    before = text[max(0, at - 12) : at + 1]
    wm = _WORD_BEFORE.search(before)
    if wm is not None and normalise_phrase(wm.group(1)) in lex.abbreviations:
        return False
    return not (text[at - 1].isdigit() and _ORDINAL.search(before) is not None)  # "27. Februar"


def _currency_stop(text: str, at: int, lex: Lexicon) -> bool:
    """Whether the dot of a currency's abbreviation that ends an amount also ends its sentence.

    "Der Reingewinn fiel auf 312 Mio. Fr. Bis 2027 ...": nothing of the amount follows its currency, so a
    capital after it opens the next sentence ("Fr. Müller" is no amount, and a scale word's dot, as in
    "5 Mrd. Umsatz", is not a currency's).
    """
    wm = _WORD_BEFORE.search(text, max(0, at - 12), at + 1)
    if wm is None or normalise_phrase(wm.group(1)) not in lex.currency_words:
        return False
    nxt = _NEXT_CHAR.match(text, at + 1)
    return nxt is not None and nxt.group(1).isupper()


_NEXT_CHAR: Final = re.compile(r"[ \t\u00a0]+(\w)")


def _opener_after(text: str, at: int, lex: Lexicon) -> bool:
    """Whether the capitalised word after an amount's closing dot opens a sentence ("3 Mrd. Die Investitionen")."""
    nxt = _WORD_AFTER.match(text, at + 1)
    return nxt is not None and nxt.group(1)[:1].isupper() and nxt.group(1).lower() in lex.openers_after_amount


def merged(windows: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Windows in order of their starts, those that overlap or touch merged into one.

    >>> merged([(0, 5), (4, 9), (12, 15)])
    [(0, 9), (12, 15)]
    """
    out: list[tuple[int, int]] = []
    for lo, hi in windows:
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def stated_periods(text: str, lo: int, hi: int) -> list[Period]:
    """The periods the words of text[lo:hi] state ("verteilt auf zwölf Jahre", "im ersten Halbjahr").

    >>> [str(p) for p in stated_periods("Verteilt auf zwölf Jahre sind das", 0, 33)]
    ['total_over_12_years']
    """
    from aifigures.extract.lexicon import german  # noqa: PLC0415 - the lexicon module reads this one

    return [c[2] for c in _periods_in(text, lo, hi, german()) if c[3]]


def _regions(spans: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    return merged((max(0, a - _REGION), min(n, b + _REGION)) for a, b in sorted(spans))


def _periods_in(text: str, lo: int, hi: int, lex: Lexicon) -> list[tuple[int, int, Period, bool]]:
    """(start, end, period, explicit) of every period stated in text[lo:hi]."""
    found: list[tuple[int, int, Period, bool]] = []
    for w_lo, w_hi in _keyword_windows(text, lo, hi, lex):
        _explicit_periods(text, w_lo, w_hi, hi, lex, found)
    first_year = YEAR.search(text, lo, hi)
    if first_year is None:
        return within_year(text, found) if len(found) > 1 else found
    second_year = YEAR.search(text, first_year.end(), hi)  # a range of years names two
    for m in lex.year_range_re.finditer(text, lo, hi) if second_year is not None else ():
        years = int(m["y2"]) - int(m["y1"]) + 1
        if 1 < years <= 50:
            found.append((m.start(), m.end(), Period(PeriodKind.TOTAL_YEARS, years), True))
    for m in lex.year_re.finditer(text, lo, hi):
        if is_date(text, lo, m.start(), m.end(), lex):
            continue
        if _quoted(text, lo, m.start()):
            continue  # part of a title: „2024 Artificial Intelligence Index Report“
        found.append((m.start(), m.end(), _A_YEAR, False))
    return within_year(text, found) if len(found) > 1 else found


def _keyword_windows(text: str, lo: int, hi: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Where a period phrase can start: from `_BEFORE_KEYWORD` before each period keyword up to it."""
    low = lowered(text)
    if low is None:  # lower() changes the length (rare letters): search the whole stretch
        return [(lo, hi)]
    starts = (m.start() for m in lex.period_keyword_re.finditer(low, lo, hi))
    return merged((max(lo, i - _BEFORE_KEYWORD), min(hi, i + 1)) for i in starts)


def _explicit_periods(  # noqa: PLR0913, PLR0917 - where phrases may start, where they must end, the lexicon
    text: str, lo: int, hi: int, end: int, lex: Lexicon, found: list[tuple[int, int, Period, bool]]
) -> None:
    """The period phrases that start at a word in text[lo:hi] (and end by `end`)."""
    match = lex.period_at
    low = lowered(text)  # matched case-sensitively where lower-casing keeps the offsets: faster
    src = text if low is None else low
    # a phrase starts at a word: try only there (not inside the word that runs into the window)
    after = lo + 1 if lo > 0 and src[lo - 1 : lo + 1].isalnum() else lo
    for w in _WORD.finditer(src, lo, hi):
        if w.start() < after:
            continue
        m = match(src, w.start(), end, lower=low is not None)
        if m is None:
            continue
        after = m.end()
        name = m.lastgroup  # the outer group p{i}: it closes after its {N} group n{i}
        if name is None or not name.startswith("p"):
            continue
        i = int(name[1:])
        code = lex.period_codes[i]
        if code == "same_period":  # "im gleichen Zeitraum": the period stated last before it, not "im Vorjahr"
            earlier = [c for c in found if c[1] <= m.start() and not lex.same_period_before_re.fullmatch(text, *c[:2])]
            if earlier:
                found.append((m.start(), m.end(), max(earlier, key=lambda c: c[1])[2], True))
            continue
        if code == "month_range":
            period: Period | None = _month_range(m.group(name).lower(), lex)
        else:
            count = f"n{i}"  # the group of its number, where the phrase has one
            period = _period_of(code, m.group(count) if count in m.re.groupindex else None)
        if period is not None and not _dates_an_act(text, (m.start(), m.end()), period, lex):
            stop = year_after(text, m.end(), end, period, lex)
            found.append((m.start(), stop, period, True))
            after = stop


def _dates_an_act(text: str, span: tuple[int, int], period: Period, lex: Lexicon) -> bool:
    """Whether a month phrase dates an act ("im Juli erhöhte", "startet im Mai"), not a rate ("im Monat erhöht")."""
    month = period.kind is PeriodKind.MONTH and (dated_by(text, span[1], lex) or dated_after_verb(text, span[0], lex))
    return month and not states_rate(text[span[0] : span[1]], lex)


def _quoted(text: str, lo: int, pos: int) -> bool:
    opened = max(text.rfind(q, lo, pos) for q in _OPEN_QUOTES)
    return opened >= 0 and not any(text.find(q, opened + 1, pos) >= 0 for q in _CLOSE_QUOTES)


def _count(n: str | None) -> int | None:
    if n is None:
        return None
    if n.isdigit():
        return int(n)
    value = numeral_value(n)
    return None if value is None or value != int(value) else int(value)


def _month_range(phrase: str, lex: Lexicon) -> Period | None:
    """The length of a month range: "Januar bis Mai" is five months, "November bis Februar" four."""
    order = [lex.months[w] for w in re.findall(r"[a-zä]+", phrase) if w in lex.months]
    if len(order) != 2:
        return None
    months = (order[1] - order[0]) % 12 + 1
    return Period.of_months(months)


@functools.lru_cache(maxsize=512)  # periods are frozen values: one per code and count word
def _period_of(code: str, n: str | None) -> Period | None:  # noqa: PLR0911 - one return per kind of code
    if "N" not in code:
        return Period.from_code(code)
    count = _count(n)
    if count is None or count < 1:
        return None
    if code == "N_days":
        return Period(PeriodKind.N_DAYS, count)
    if code == "N_months":
        return Period.of_months(count)
    if code == "N_quarters":
        return Period.of_months(3 * count)
    if code == "N_weeks":  # "in den sechs Wochen bis Anfang Januar": 42 days
        return Period(PeriodKind.WEEK) if count == 1 else Period(PeriodKind.N_DAYS, 7 * count)
    if count == 1:
        return Period(PeriodKind.YEAR)
    return Period(PeriodKind.TOTAL_YEARS, count)


def clause_of(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The clause of text[start:end] within its sentence lo..hi (and within `_WINDOW` of it)."""
    lo, hi = max(lo, start - _WINDOW), min(hi, end + _WINDOW)
    c_lo = lo
    for m in _CLAUSE.finditer(text, lo, start):
        c_lo = m.end()
    m2 = _CLAUSE.search(text, end, hi)
    if m2 is None:
        return c_lo, hi
    return c_lo, m2.start() - (text[m2.start()] in "–—")  # a dash's clause ends at the space before it


def assign_periods(text: str, spans: list[tuple[int, int]], bounds: list[int], lex: Lexicon) -> list[Stated | None]:
    """The stated period of each amount span, with the span of the words that state it (or None)."""
    out: list[Stated | None] = []
    cache: dict[int, tuple[list[int], list[tuple[int, int, Period, bool]]]] = {}
    parens: dict[int, list[tuple[int, int]]] = {}
    span_starts = [a for a, _ in spans]
    for start, end in spans:
        s = bisect.bisect_right(bounds, start) - 1
        lo, hi = bounds[s], bounds[s + 1]
        if s not in cache:
            cache[s] = _sentence_candidates(text, spans, span_starts, (lo, hi), lex)
        c_starts, in_sentence = cache[s]
        candidates = in_sentence[
            bisect.bisect_left(c_starts, start - _WINDOW) : bisect.bisect_right(c_starts, end + _WINDOW)
        ]
        if not candidates:  # nothing to choose from (most sentences state no period)
            out.append(None)
            continue
        c_lo, c_hi = clause_of(text, lo, hi, start, end)
        stock = is_stock(text, c_lo, start, end, lex)
        candidates = _without_dates(text, candidates, (c_lo, start, end, c_hi), lex, stock=stock)
        if not candidates:
            out.append(None)
            continue
        # a period in parentheses with a figure is the period of what stands in them: "3,2 Mio. Euro (2023:
        # 2,9 Mio. Euro)"; parentheses of a period alone qualify their sentence ("Umsatz (im Geschäftsjahr
        # 2019/20) ... 282,8 Mrd.")
        if s not in parens:
            parens[s] = _parentheses(text, lo, hi) if "(" in text[lo:hi] else []
        holder = _holder(parens[s], start)
        candidates = [c for c in candidates if _reaches(c, _holder(parens[s], c[0]), holder, span_starts)]
        # a period from an earlier clause reaches this amount only where it heads its own clause
        # ("Geschäftsjahr 2019: ..."), not where it follows that clause's amount ("3 Mrd. jährlich, ...") or dates it
        candidates = [
            c
            for c in candidates
            if c[1] > c_lo
            or _leads_colon(text, c, start)
            or not _follows_amount(text, lo, c, span_starts, _holder(parens[s], c[0]))
        ]
        candidates = [c for c in candidates if c[1] > c_lo or not dates_an_amount(text, c[:2], (lo, hi), spans, lex)]

        # a rate or a compared figure's period right after another amount is that amount's own
        candidates = [c for c in candidates if c[0] < end or not of_another(text, c, end, (spans, span_starts), lex)]
        candidates = without_others_own(text, candidates, (start, end), (spans, span_starts), lex)

        # a clause with its own date or deadline ("bis 2027 sollen es 8 Mrd. Euro sein") takes no year
        # from an earlier clause (looked at only where such a year would be taken)
        def dated(c_lo: int = c_lo, c_hi: int = c_hi) -> bool:
            return any(is_date(text, c_lo, m.start(), m.end(), lex) for m in lex.year_re.finditer(text, c_lo, c_hi))

        period = _choose(
            candidates, start, end, c_lo, c_hi, stock=stock, dated=dated, rate=lambda c: _is_rate(text, c, lex)
        )
        if period is not None and _claimed_by_count(text, period, start, (spans, span_starts), lex):
            period = None
        out.append(period)
    return list_periods(text, spans, inherit_periods(text, spans, bounds, out, lex, _periods_in), lex, _periods_in)


def _sentence_candidates(
    text: str, spans: list[tuple[int, int]], span_starts: list[int], sentence: tuple[int, int], lex: Lexicon
) -> tuple[list[int], list[tuple[int, int, Period, bool]]]:
    """The period phrases of a sentence (and their starts), sorted, none inside an amount.

    Only the stretches within reach of the sentence's amounts are read (long sentences stay cheap).
    """
    lo, hi = sentence
    mine = spans[bisect.bisect_left(span_starts, lo) : bisect.bisect_left(span_starts, hi)]
    found = sorted(
        c
        for r_lo, r_hi in _regions_within(mine, lo, hi)
        for c in _periods_in(text, r_lo, r_hi, lex)
        if not _inside_amount(c, spans, span_starts)
    )
    return [c[0] for c in found], found


_COUNT: Final = re.compile(r"(?<![\w.,])\d[\d.,]*(?![\w.,]\d)")


_POINT_KINDS: Final = frozenset({PeriodKind.YEAR, PeriodKind.MONTH})
_SPANS: Final = frozenset({PeriodKind.TOTAL_YEARS, PeriodKind.TOTAL_MULTIPLE_YEARS})


def _without_dates(
    text: str, candidates: list[Candidate], where: tuple[int, int, int, int], lex: Lexicon, *, stock: bool
) -> list[Candidate]:
    """The candidates but the dates of a stock or an event (`where`: the clause and the amount, as `is_event`).

    A deadline ("bis Jahresende") is the day a stock is reached or an event done; a year or month of the calendar
    beside a stock's or an event's amount is its date ("erhielten im April eine Dividende von 6,80 Franken").
    """
    deadlines = [c for c in candidates if lex.stock_deadline_re.match(text, c[0]) is not None]
    if deadlines and (stock or is_event(text, where, lex)):
        candidates = [c for c in candidates if c not in deadlines]
    # (an event is read only where a year or month stands beside it, which is rare)
    if any(c[2].kind in _POINT_KINDS for c in candidates) and (stock or is_event(text, where, lex)):
        candidates = [c for c in candidates if not _calendar_point(text, c, lex)]
    return candidates


def _calendar_point(text: str, c: Candidate, lex: Lexicon) -> bool:
    """Whether candidate `c` is one year or month of the calendar ("2017", "im April"), not a rate."""
    if c[2].kind not in _POINT_KINDS:
        return False
    return YEAR.search(text, c[0], c[1]) is not None or (c[2].kind is PeriodKind.MONTH and not _is_rate(text, c, lex))


def _claimed_by_count(
    text: str, period: Stated, start: int, amounts: tuple[list[tuple[int, int]], list[int]], lex: Lexicon
) -> bool:
    """A frequency phrase with a counted number between it and the amount belongs to the count.

    `amounts`: the spans of the amounts and their starts (sorted), to tell a count from an amount.
    """
    spans, span_starts = amounts
    p_start, p_end, _ = period
    if p_end > start:
        return False
    head = text[p_start:p_end].split()
    if not head or head[0].lower() not in lex.frequency_starts:
        return False
    for m in _COUNT.finditer(text, p_end, start):
        i = bisect.bisect_right(span_starts, m.start()) - 1
        if (i >= 0 and m.start() < spans[i][1]) or YEAR.fullmatch(m.group()):
            continue
        nxt = text[m.end() : m.end() + 20].split()
        if nxt and nxt[0].lower().strip(".,;") not in lex.rate_words:
            return True
    return False


def _is_rate(text: str, c: tuple[int, int, Period, bool], lex: Lexicon) -> bool:
    return states_rate(text[c[0] : c[1]], lex)


def states_rate(words: str, lex: Lexicon) -> bool:
    """Whether a period phrase states a rate ("pro Monat", "monatlich", "auf den Monat gerechnet"), not a time.

    >>> from aifigures.extract.lexicon import german
    >>> states_rate("pro Jahr", german()), states_rate("im Jahr 2024", german())
    (True, False)
    """
    head = words.lower().split()
    phrase = " ".join(head)
    return bool(head) and (
        head[0] in lex.frequency_starts or phrase in lex.frequency_phrases or any(p in phrase for p in lex.spread_over)
    )


def _leads_colon(text: str, c: Candidate, start: int) -> bool:
    """Whether a period closes its clause before a colon that leads the amount at `start`.

    "... verdient und hebt die Jahresprognose an: Statt bisher 2,6 Mrd. soll der Gewinn nun über 3 Mrd. liegen":
    the year's, as a list's lead line gives its items their period.
    """
    return _COLON_AFTER.match(text, c[1], start) is not None  # (both in one sentence)


_COLON_AFTER: Final = re.compile(r"\s*(?:[^\W\d_]+\s*){0,2}:")
"""A colon right after a period phrase, or after a word or two ("die Jahresprognose an:")."""


def _follows_amount(
    text: str, lo: int, c: tuple[int, int, Period, bool], span_starts: list[int], holder: tuple[int, int] | None
) -> bool:
    """Whether an amount stands in the candidate's clause (within its parentheses, if any) before it."""
    c_lo = lo if holder is None else holder[0] + 1
    for m in _CLAUSE.finditer(text, max(c_lo, c[0] - _WINDOW), c[0]):
        c_lo = m.end()
    i = bisect.bisect_left(span_starts, c_lo)
    return i < len(span_starts) and span_starts[i] < c[0]


def _parentheses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The (open, close) offsets of the outermost parentheses in text[lo:hi]; an unclosed one runs to `hi`."""
    out: list[tuple[int, int]] = []
    depth, opened = 0, lo
    for m in _PARENS.finditer(text, lo, hi):
        if m.group() == "(":
            if depth == 0:
                opened = m.start()
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                out.append((opened, m.start()))
    if depth > 0:
        out.append((opened, hi))
    return out


def _reaches(
    c: tuple[int, int, Period, bool],
    held: tuple[int, int] | None,
    holder: tuple[int, int] | None,
    span_starts: list[int],
) -> bool:
    """Whether a candidate in parentheses (`held`) may be the period of an amount held by `holder`.

    Outside parentheses, or in the amount's own: yes. In parentheses with a figure, it is that figure's.
    In parentheses of a period alone, a stated period ("(im Geschäftsjahr 2019/20)") qualifies the
    sentence; a bare year ("Pfizer und Warner-Lambert (2000): 89,2 Mrd.") is a date.
    """
    if held is None or held == holder:
        return True
    i = bisect.bisect_right(span_starts, held[0])
    with_figure = i < len(span_starts) and span_starts[i] < held[1]
    return c[3] and not with_figure


def _holder(parens: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The parentheses that hold `pos`, if any (they are sorted and apart: only the last opened before can)."""
    i = bisect.bisect_left(parens, (pos, pos)) - 1
    if i >= 0 and parens[i][0] < pos < parens[i][1]:
        return parens[i]
    return None


def _regions_within(spans: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    """The stretches of lo..hi within reach (`_WINDOW` and a phrase's length) of the spans, merged."""
    reach = _WINDOW + _BEFORE_KEYWORD
    return merged((max(lo, a - reach), min(hi, b + reach)) for a, b in spans)


def _inside_amount(c: tuple[int, int, Period, bool], spans: list[tuple[int, int]], span_starts: list[int]) -> bool:
    """Whether a period candidate overlaps an amount ("2000 Milliarden Euro" is no year 2000)."""
    i = bisect.bisect_left(span_starts, c[1]) - 1  # the last amount starting before the candidate ends
    return i >= 0 and c[0] < spans[i][1]


def _choose(  # noqa: PLR0913 - the amount, its clause and the candidates
    candidates: list[tuple[int, int, Period, bool]],
    start: int,
    end: int,
    c_lo: int,
    c_hi: int,
    *,
    stock: bool,
    dated: Callable[[], bool] = lambda: False,
    rate: Callable[[tuple[int, int, Period, bool]], bool] = lambda _: False,
) -> Stated | None:
    def distance(c: tuple[int, int, Period, bool]) -> tuple[int, bool]:
        # as near before as after: the one after, which tells the figure's basis ("im kommenden Jahr 563 Euro
        # monatlich"), wins over the one before, which places it
        return (start - c[1], True) if c[1] <= start else (c[0] - end, False)

    own = [c for c in candidates if c_lo <= c[0] and c[1] <= c_hi]
    earlier = [c for c in candidates if c[1] <= c_lo]
    for group, explicit in ((own, True), (own, False), (earlier, True), (earlier, False)):
        if group is earlier and stock:
            continue  # a debt or a valuation takes no period from another clause
        if not explicit and (stock or (group is earlier and dated())):
            continue
        chosen = [c for c in group if c[3] is explicit]
        # a rate of the clause tells the figure's basis, whatever else places it ("Pro Monat verdiente er im
        # vergangenen Jahr 817.000 Euro")
        rated = [c for c in chosen if rate(c)]
        # a clause with its own date or deadline takes from another only a rate or a span of years that may end
        # there ("heuer ..., bis 2029 ... 6 Mrd." no year; "jährlich ...; ab 2026"; "Fünf-Jahres-Plan ... bis 2016")
        if not rated and group is earlier and chosen and dated():
            chosen = [c for c in chosen if c[2].kind in _SPANS]
        chosen = rated or chosen
        if chosen:
            best = min(chosen, key=distance)
            return best[0], best[1], best[2]
    return None
