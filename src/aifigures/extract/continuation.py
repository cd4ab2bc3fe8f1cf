"""Sentences that continue the one before and so take its period.

- A restatement: "Das entspricht etwa 50 Milliarden Euro." (the conversion cues of extract.toml).
- A report that goes on: a sentence that opens with a flow noun ("Der Nettogewinn kletterte auf ...") takes
  the year, quarter, half year or months of the amount just before it.
- A figure told before: a sentence that opens with a word of an earlier state ("Bislang hatte der Konzern
  mit 2,9 Milliarden gerechnet.", "Ursprünglich waren 3,3 Milliarden geplant.") speaks of the quantity of
  the sentence before, and takes its period, whatever it is.

Only where the sentence states no period of its own and the amount before stands close before it, in its
paragraph or, for a report that goes on, at the end of the paragraph before (not past a heading). The words
are in periods.toml [continuation].

And an afterthought: a sentence's last clause that is nothing but an explicit period phrase ("... 650 Mrd.
Dollar angekündigt – alleine in diesem Jahr.") states the period of the sentence's amounts that have none.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

from aifigures.amount import PeriodKind
from aifigures.extract.asides import past_aside, past_restatement
from aifigures.extract.paragraphs import BLANK, ENDS, last_break, paragraph_breaks
from aifigures.extract.year_before import (
    as_year_before,
    opens_year_before,
    part_a_year_before,
    year_before,
    year_before_label,
)
from aifigures.years import YEAR_ALONE

if TYPE_CHECKING:
    from collections.abc import Callable

    from aifigures.amount import Period
    from aifigures.extract.lexicon import Lexicon

    Find = Callable[[str, int, int, Lexicon], list[tuple[int, int, Period, bool]]]

__all__ = ["REPORTING", "compared_base", "compares", "inherit_periods"]

_WINDOW: Final = 400
"""How far before a sentence's start the amount it continues may end (and how much of its head is read)."""
REPORTING: Final = frozenset(
    {PeriodKind.YEAR, PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.N_MONTHS, PeriodKind.SEASON}
)
"""The periods reports are told for (a club's season is its year), which a report that goes on, and the parts of a
whole, share."""

Stated = tuple[int, int, "Period"]


def inherit_periods(  # noqa: PLR0913, PLR0917 - the text, its amounts and sentences, their periods, how to find one
    text: str, spans: list[tuple[int, int]], bounds: list[int], periods: list[Stated | None], lex: Lexicon, find: Find
) -> list[Stated | None]:
    """`periods`, where an amount without one in a sentence that continues the one before takes its amount's.

    `find` gives the periods stated in a stretch of text (`aifigures.extract.periods`).
    """
    out = _restatements(text, spans, bounds, (own := _afterthoughts(text, spans, bounds, periods, lex, find)), lex)
    paragraphs = [0, *(m.end() for m in BLANK.finditer(text))]  # where each paragraph starts
    carried: dict[int, Stated] = {}  # the period a sentence took from the one before, by sentence
    for i, (start, end) in enumerate(spans):
        lo = bounds[s := bisect.bisect_right(bounds, start) - 1]  # the sentence `s` of the amount starts at `lo`
        before = out[i - 1] if i > 0 and spans[i - 1][0] >= lo else None
        last_year = year_before(text, (spans[i - 1][1], start, end), lex) if before is not None else None
        if before is not None and last_year is not None:
            out[i] = (*last_year, before[2])
            continue
        if out[i] is not None:
            out[i] = _own_a_year_before(text, (lo, start, i), spans, out, lex)
            continue
        # (a table's cells take their column's period; a price, a stock, none: read only where one would be taken)
        if s in carried and "|" not in text[spans[i - 1][1] : start] and not _stock(text, lo, start, lex):
            out[i] = carried[s]  # "Der Umsatz belief sich auf 28,1 Mrd. Dollar, der Gewinn auf 1,4 Mrd."
            continue
        head = text[lo : min(start, lo + _WINDOW)].lstrip()
        k = _sentence_before(text, bounds, s)
        lead = _lead_before(text, (bounds, s, k), spans[i - 1][1] if i > 0 else -1, head, (lex, find))
        if lead is not None:
            out[i] = carried[s] = lead
            continue
        if i > 0 and spans[i - 1][0] < lo:  # the amount before stands in an earlier sentence
            # (past a figure whose sentence tells no flow, where this one does: an aside; and past one that restates
            # the figure before it on another basis, where this one is a part)
            base = _reporting(text, spans, (i - 1, lo), out, lex, head)
            base = past_aside(text, spans, bounds, (base, lo), lex, head)
            before = out[past_restatement(text, (spans, bounds), base, head, lex)]
            told_before = _told_before(text, head, (end, bounds[s + 1]), lex)
            gap = (spans[i - 1][1], lo, bounds[s + 1])
            # ("Vor einem Jahr lag der Arbeitspreis noch bei 40,1 Cent.": a price, no period)
            if before is not None and (
                (lex.conversion_re.match(head) and not _stock(text, lo, start, lex))
                or (
                    _continues(text, gap, head, before, lex, told_before=told_before)
                    and (told_before or not _stock(text, lo, start, lex))
                    and not _other_time(text, lo, start, lex)
                    and (told_before or not _reports_after_outlook(text, before, (lo, bounds[s + 1]), bounds, lex))
                )
                or (opens_year_before(text, lo, start, lex) and not _stock(text, lo, start, lex))
            ):
                out[i] = carried[s] = as_year_before(text, lo, start, before, lex)
                continue
        if i > 0 and spans[i - 1][1] > (bounds[k] if k >= 0 else 0):
            continue  # the sentence before has an amount: it was weighed above
        top = paragraphs[bisect.bisect_right(paragraphs, start) - 1]
        found = _heading(text, (top, start), find, lex)
        if found is not None:
            out[i] = carried[s] = found
    return _priced_own(text, spans, own, out, lex)


def _reports_after_outlook(text: str, before: Stated, where: tuple[int, int], bounds: list[int], lex: Lexicon) -> bool:
    """Whether a sentence reports (no word looks ahead) where the period it would take is an outlook's.

    "Im Gesamtjahr erwartet der Konzern ein Ebit von 4 Mrd. Euro. Die Investitionen beliefen sich auf 3,1 Mrd.":
    what was spent is not the year's outlook. An outlook's period has the word that looks ahead right beside it
    ("erwartet für das Gesamtjahr"), not far on ("im dritten Quartal mehr umgesetzt als von Analysten erwartet"),
    or the end of a verb split around the figure after it ("Für das laufende Quartal stellte ... in Aussicht").
    `before`: the period; `where`: this sentence's start and end.
    """
    k = bisect.bisect_right(bounds, before[0]) - 1
    lo, hi = bounds[k], bounds[k + 1] if k + 1 < len(bounds) else len(text)
    outlook = lex.outlook_re
    beside = (
        outlook.search(text, max(lo, before[0] - _OUTLOOK_REACH), before[0])
        or outlook.search(text, before[1], min(hi, before[1] + _OUTLOOK_REACH))
        or lex.outlook_after_re.search(text, before[1], hi)
    )
    return beside is not None and lex.looking_ahead_re.search(text, *where) is None


_OUTLOOK_REACH: Final = 20
"""How far before or after an outlook's period its word that looks ahead stands ("Im Gesamtjahr erwartet")."""


def _other_time(text: str, lo: int, start: int, lex: Lexicon) -> bool:
    """Whether a sentence tells of another time before its figure than the figure before it.

    A year of its own ("Bis 2030 sollen es 800 Mio. werden"), or words of one ("Bis zum Ende des Jahrzehnts").
    """
    return YEAR_ALONE.search(text, lo, start) is not None or lex.other_time_re.search(text, lo, start) is not None


def _priced_own(
    text: str, spans: list[tuple[int, int]], own: list[Stated | None], taken: list[Stated | None], lex: Lexicon
) -> list[Stated | None]:
    """`taken`, but a price per unit ("Das sind 9,80 Euro je Anteil.") or a value ("2 Mrd. wert") has only its own."""
    return [
        p if own[i] is not None or lex.stock_after_re.match(text, spans[i][1]) is None else None
        for i, p in enumerate(taken)
    ]


def _stock(text: str, lo: int, start: int, lex: Lexicon) -> bool:
    """Whether a stock word ("Schulden", "Arbeitspreis") stands before the amount at `start` (its sentence: `lo`)."""
    return lex.stock_re.search(text[max(lo, start - _STOCK_REACH) : start].lower()) is not None


def _restatements(
    text: str, spans: list[tuple[int, int]], bounds: list[int], periods: list[Stated | None], lex: Lexicon
) -> list[Stated | None]:
    """`periods` (a copy), where a figure restating the one just before it in its sentence takes its period.

    A conversion: "1995 hatte ein Liter 1,50 Mark gekostet, umgerechnet rund 77 Cent" (the price's date is not
    the conversion's period, as it is not the price's); an earlier state of it in its own clause: "rund vier
    Millionen Euro pro Saison, bislang waren es 2,5 Millionen" (where that clause states no period); the
    difference to it that opens a clause: "1.834 Pfund im Jahr, 152 Pfund mehr als bisher".
    """
    out = list(periods)  # (`periods` stay each amount's own)
    for i in range(1, len(spans)):
        end_before, start = spans[i - 1][1], spans[i][0]
        if start - end_before > _CONVERSION_GAP or bisect.bisect_right(bounds, end_before) != bisect.bisect_right(
            bounds, start
        ):
            continue
        clause = _CLAUSE_HEAD.search(text, end_before, start)  # the cue opens it: ", umgerechnet rund 77 Cent"
        head = "" if clause is None else clause.group().lstrip()
        own = out[i]  # a period in its own clause is its own ("das sind 300 Mio. Euro pro Jahr")
        if lex.restating_clause_re.match(head) is not None and (own is None or own[0] < end_before):
            out[i] = out[i - 1]
        elif own is None and lex.earlier_state_re.match(head) and lex.restating_re.search(head):
            out[i] = out[i - 1] if _rate(text, out[i - 1], lex) else None  # (a rate: "pro Saison")
        elif own is None and lex.restating_re.search(head) and _rate(text, out[i - 1], lex) and not _sums(head, lex):
            # the rate of another place or of before: "420 Euro im Monat, in Lerchfeld sind es 380 Euro"; not a sum
            # of other times ("2 Mrd. Euro pro Jahr, bis 2030 sind es 12 Mrd.")
            out[i] = None if clause is None or _other_time(text, clause.start(), start, lex) else out[i - 1]
        elif own is None and not head and clause is not None and clause.start() > end_before:
            # a difference that opens its clause: ", 152 Pfund mehr als bisher"
            out[i] = out[i - 1] if lex.difference_after_re.match(text, spans[i][1]) else None
    return out


def _sums(head: str, lex: Lexicon) -> bool:
    """Whether a clause's head tells a sum of what the rate before it gives ("insgesamt sind es 36.000 Euro")."""
    return any(w in lex.total_openers for w in head.lower().split())


def _rate(text: str, stated: Stated | None, lex: Lexicon) -> bool:
    """Whether a stated period is a rate ("pro Saison", "jährlich"), which an earlier state of its figure shares."""
    from aifigures.extract.periods import states_rate  # noqa: PLC0415 - periods reads this module

    return stated is not None and states_rate(text[stated[0] : stated[1]], lex)


_CONVERSION_GAP: Final = 60
"""How far after a figure a conversion of it, or an earlier state of it, may start."""
_CLAUSE_HEAD: Final = re.compile(r"[^,;:(–—]*\Z")
"""What follows the last mark that may open the clause of a conversion (it always matches)."""


def _opened_year_before(
    text: str, where: tuple[int, int, int], spans: list[tuple[int, int]], periods: list[Stated | None], lex: Lexicon
) -> Stated | None:
    """The period of a figure whose sentence opens with "Im Vorjahr" after a report's figure: that period a year before.

    "Der Umsatz stieg im dritten Quartal auf 5 Mrd. Euro. Im Vorjahr waren es 4 Mrd." (the quarter a year
    before); None where the figure before has no reporting period, or the sentence tells a whole ("insgesamt").
    `where`: the sentence's start, the figure's start and its index in `spans`.
    """
    lo, start, i = where
    told = periods[i]
    if i == 0 or spans[i - 1][0] >= lo or told is None or not _told_year_before(text, told, lex):
        return None
    if not opens_year_before(text, lo, start, lex) or lex.whole_year_re.search(text, lo, start) is not None:
        return None
    main = periods[_main(text, spans, i - 1, periods, lex)]
    return (told[0], told[1], main[2]) if main is not None and main[2].kind in _TOLD_A_YEAR_BEFORE else None


_TOLD_A_YEAR_BEFORE: Final = REPORTING | {PeriodKind.MONTH, PeriodKind.WEEK, PeriodKind.DAY}
"""The periods whose figure a year before is told with "Im Vorjahr": a report's, and a rate's ("2.871 Euro pro
Monat. Im Vorjahr waren es 2.548 Euro": a month's then too)."""


def _own_a_year_before(
    text: str, where: tuple[int, int, int], spans: list[tuple[int, int]], periods: list[Stated | None], lex: Lexicon
) -> Stated | None:
    """A figure's own period, or the one a year before that its sentence's opening makes it (`where`: as below)."""
    return _opened_year_before(text, where, spans, periods, lex) or part_a_year_before(
        text, where[0], periods[where[2]], lex
    )


def _sentence_before(text: str, bounds: list[int], s: int) -> int:
    """The index of the sentence before sentence `s` that has words (a blank line between them is no sentence)."""
    k = s - 1
    while k > 0 and not text[bounds[k] : bounds[k + 1]].strip():
        k -= 1
    return k


def _main(text: str, spans: list[tuple[int, int]], j: int, periods: list[Stated | None], lex: Lexicon) -> int:
    """The amount `j` stands for as the one a report goes on from: the figure it is compared with, if it is one.

    "Der Überschuss erreichte 388 Mio. Euro nach 341 Mio. Euro im Vorjahr. Das Ebit lag bei 574 Mio." goes
    on from the 388 (of no stated period), not from the year before of the 341; so does "... auf 3,4 Mrd.
    Dollar. Ein Jahr zuvor waren es 2,7 Mrd. Dollar. Der Nettogewinn stieg auf 610 Mio.": from the 3,4, as the
    2,7's period is told as the year before (`periods`: the amounts' stated periods).
    """
    while j > 0 and (compares(text, spans[j - 1][1], spans[j][0], lex) or _told_year_before(text, periods[j], lex)):
        j -= 1
    return j


def _reporting(  # noqa: PLR0913, PLR0917 - the text, its amounts and their periods, the sentence, the lexicon
    text: str,
    spans: list[tuple[int, int]],
    where: tuple[int, int],
    periods: list[Stated | None],
    lex: Lexicon,
    head: str,
) -> int:
    """The amount a sentence from `lo` goes on from (`_main` of amount `j`), past figures of no period close before it.

    "Der Bund will im kommenden Jahr 520 Mrd. Euro ausgeben. Hinzu kommen Kredite von 84 Mrd. Die Investitionen
    sollen auf 126 Mrd. steigen.": the loans' figure, of no period, does not end the report of the year. Not
    where that figure ends the paragraph before (a debt "per Ende Juni" closes the report; a figure per share does
    not), nor for a sentence
    that opens with an earlier state (`head`: "Bislang wurden Anträge über 4 Mrd. gestellt" tells of the figure
    just before it). `where`: the index of the amount before the sentence, and the sentence's start.
    """
    j, lo = where
    k = j = _main(text, spans, j, periods, lex)
    closes = paragraph_breaks(text[spans[j][1] : lo]) and not _per_share(text, spans[j], lex)
    if closes or lex.earlier_state_re.match(head) is not None:
        return j
    while (
        periods[k] is None
        and k > 0
        and lo - spans[k - 1][1] < _WINDOW
        and paragraph_breaks(text[spans[k - 1][1] : lo]) <= 1
    ):
        k = _main(text, spans, k - 1, periods, lex)
    return k if periods[k] is not None else j


def _per_share(text: str, span: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a figure is told per share ("Der Gewinn je Aktie lag bei 2,14 Dollar", "2,14 Dollar je Aktie")."""
    start, end = span
    near = text[max(0, start - _PER_SHARE_REACH) : min(len(text), end + _PER_SHARE_REACH)]
    return lex.per_share_re.search(near) is not None


_PER_SHARE_REACH: Final = 30
"""How far before or after a figure its "je Aktie" stands."""


def _told_year_before(text: str, stated: Stated | None, lex: Lexicon) -> bool:
    """Whether a stated period's words are the same period a year before ("Ein Jahr zuvor", "im Vorjahreszeitraum")."""
    return stated is not None and lex.same_period_before_re.fullmatch(text, stated[0], stated[1]) is not None


def compares(text: str, end: int, start: int, lex: Lexicon) -> bool:
    """Whether the figure starting at `start` is compared with the one ending at `end` ("388 Mio. Euro nach 341 Mio.").

    A comparison word ("nach", "gegenüber") stands between them, close.
    """
    gap = text[end:start]
    if len(gap) > _COMPARED_GAP:
        return False
    return any(w.lower() in lex.comparison_links for w in gap.split()) or (
        year_before_label(text, end, start, lex) is not None  # "5,2 Mrd. Euro (Vorjahr: 4,9)"
    )


_COMPARED_GAP: Final = 40
"""How far a compared figure may stand after the one it is compared with."""


_STOCK_REACH: Final = 40
"""How far before an amount a stock word ("Schulden") keeps it from the period its sentence took."""


def _lead_before(
    text: str, where: tuple[list[int], int, int], last: int, head: str, how: tuple[Lexicon, Find]
) -> Stated | None:
    """The period a sentence without amounts before this one states, which the report goes on in (`_lead`).

    "Für das Gesamtjahr bestätigte Keltron die Prognose. Demnach soll der Umsatz ...", whatever an earlier
    figure's was; one sentence further back in the paragraph where the one before states none ("Lumora gewann im
    zweiten Quartal 2,4 Millionen Abonnenten. Insgesamt zählt der Dienst 48 Millionen Kunden. Der Umsatz stieg auf
    1,9 Mrd. Dollar"). `where`: the sentences' starts, this one's index and the one's before; `last`: the end of
    the amount before this one (-1: none).
    """
    bounds, s, k = where
    lex, find = how
    if k < 0 or last > bounds[k] or not _goes_on(head, lex):
        return None
    lead = _lead(text, (bounds[k], bounds[s]), head, lex, find)
    j = _sentence_before(text, bounds, k)
    if lead is not None or j < 0 or last > bounds[j] or find(text, bounds[k], bounds[k + 1], lex):
        return lead
    if paragraph_breaks(text[bounds[j] : bounds[s]].replace("\r\n", "\n")) > 0:
        return None
    return _lead(text, (bounds[j], bounds[k]), head, lex, find)


def _lead(text: str, before: tuple[int, int] | None, head: str, lex: Lexicon, find: Find) -> Stated | None:
    """The reporting period of the sentence `before`, which has no amount, when this one goes on with a flow.

    "Im dritten Quartal lief es gut für Keltron. Der Umsatz stieg auf 5 Mrd. Euro." A year alone counts. Not an
    outlook's period for what was done ("Für das laufende Jahr erwartet Alpmilk ein Wachstum von drei Prozent. Im
    Heimmarkt setzte Alpmilk 2,3 Mrd. um": the verb of a flow tells what happened, not what is expected).
    """
    if before is None or not _goes_on(head, lex):
        return None
    if lex.expected_re.search(text[before[0] : before[1]].lower()) and any(
        w in lex.opener_verbs for w in head.lower().split()[:_VERB_REACH]
    ):
        return None
    # a bare year counts here: "Ralbach hat 2024 mehr verdient. Das Ebit kletterte auf 7,9 Mrd. Euro."
    stated = find(text, *before, lex)
    found = [
        c
        for k, c in enumerate(stated)
        if (c[3] or c[2].kind is PeriodKind.YEAR)
        and (c[2].kind in REPORTING or _plan_span(text, before[0], c, lex))
        # "2024" of "im Halbjahr 2024" (by index: a compiled build copies tuples, so `is` cannot tell them)
        and not any(j != k and o[0] <= c[0] and c[1] <= o[1] for j, o in enumerate(stated))
        and not compared_base(text, before[0], c[0], lex)
    ]
    # the sentence before may end the paragraph before ("Im dritten Quartal lief es gut.\n\nDer Gewinn stieg
    # auf ..."), not be a line without an end mark (a title or a heading: `_heading`)
    ended = text[before[0] : before[1]].rstrip()
    if any(c[2] != found[0][2] for c in found):  # one period told twice ("den Doppelhaushalt für 2027 und 2028")
        return None
    if not found or not ended or ended[-1] not in ENDS or paragraph_breaks(text[found[0][1] : before[1]]) > 1:
        return None
    return found[0][0], found[0][1], found[0][2]


def _plan_span(text: str, lo: int, c: tuple[int, int, Period, bool], lex: Lexicon) -> bool:
    """Whether a span of years is what a plan or budget is for.

    In words ("in den nächsten fünf Jahren", "den Doppelhaushalt"), or years after "für" ("für die Jahre 2027 und
    2028", "für 2027 und 2028"). The figure of a sentence going on with it is its total ("Er hat ein Volumen von
    142 Mrd. Euro"); not after years a change ran over ("Von 2019 bis 2023 verdoppelte sich der Umsatz. Der
    Gewinn stieg auf ...").
    """
    if c[2].kind is not PeriodKind.TOTAL_YEARS:
        return False
    words = text[max(lo, c[0] - _BASE_REACH) : c[1]].lower().split()
    return YEAR_ALONE.search(text, c[0], c[1]) is None or any(w in lex.year_for for w in words[:-2])


def compared_base(text: str, lo: int, start: int, lex: Lexicon) -> bool:
    """Whether the period phrase at `start` follows "als" (after `lo`): a comparison's base, not a period.

    "weniger als im Jahr zuvor", "um 180 Mio. mehr als im Vorjahr": the period of what is compared with.
    """
    words = text[max(lo, start - _BASE_REACH) : start].split()
    return bool(words) and words[-1].lower() in lex.comparison_bases


_BASE_REACH: Final = 8
"""How far before a period phrase the word that makes it a comparison's base is looked for."""


_HEADING: Final = 60
"""The longest line taken as a heading that may state its paragraph's period ("Zahlen für das erste Halbjahr")."""


def _heading(text: str, where: tuple[int, int], find: Find, lex: Lexicon) -> Stated | None:
    """The one explicit period of the heading line that opens the amount's paragraph, if it has one.

    `where`: the paragraph's start and the amount's. A heading is a short first line of a paragraph with no
    mark at its end ("Zahlen für das erste Halbjahr 2024"); a line ending with ":" leads a list
    (`aifigures.extract.periods`).
    """
    top, start = where
    end = text.find("\n", top, min(start, top + _HEADING + 1))
    if end < 0 or end - top > _HEADING or not text[top:end].strip() or text[top:end].rstrip()[-1] in _MARKS:
        return None
    found = [c for c in find(text, top, end, lex) if c[3] and c[2].kind in REPORTING]
    return (found[0][0], found[0][1], found[0][2]) if len(found) == 1 else None


_MARKS: Final = frozenset(".!?:;,")


def _told_before(text: str, head: str, rest: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a sentence tells an earlier state of the figure before it, or goes on telling it.

    It ends its head with "waren es" ("Für Wohnen waren es 1.030 Euro."), it opens with a word of an
    earlier state ("Bislang hatte der Konzern mit 2,9 Mrd. gerechnet."), or has
    one (or an auxiliary of the past) before its amount and says the figure was expected ("Analysten hatten
    zuvor mit 3,6 Mrd. gerechnet.", "Analysten hatten mit 1,6 Mrd. gerechnet.");
    `head` is the sentence up to its amount, `rest` the span of what follows the amount in it.
    """
    if lex.earlier_state_re.match(head) is not None or lex.restating_re.search(head) is not None:
        return True  # "Bislang hatte ...", "Für Wohnen waren es 1.030 Euro"
    if lex.earlier_state_re.search(head) is None and lex.pluperfect_re.search(head) is None:
        return False
    return lex.expected_re.search(text, *rest) is not None or lex.expected_re.search(head) is not None


def _continues(  # noqa: PLR0913 - the sentence, the amount before, and whether it tells that amount before
    text: str, gap: tuple[int, int, int], head: str, before: Stated | None, lex: Lexicon, *, told_before: bool
) -> bool:
    """Whether a sentence continues the report before it, and so takes its period.

    It opens with a flow noun and the amount before has a reporting period (a year, a quarter, a half year,
    months), or it tells a share of a year's budget ("Für Investitionen sind 68,4 Mio. vorgesehen" after "Das
    Volumen steigt auf 512 Mio." of the coming year), or it tells an earlier state of that figure
    (`_told_before`); and the amount before stands just before it (`gap`: from that amount's end to this
    sentence's start, and the sentence's end): in its paragraph, or at the end of the paragraph before (a report
    goes on from one paragraph to the next: "... auf 2,14 Mrd. Euro." and, in a new paragraph, "Das bereinigte
    Ebitda stieg auf 412 Mio. Euro." or "Analysten hatten mit 2,1 Mrd. gerechnet.").
    """
    if before is None:
        return False
    allocated = before[2].kind is PeriodKind.YEAR and lex.allocation_re.search(text, gap[1], gap[2]) is not None
    flow = before[2].kind in REPORTING and (_goes_on(head, lex) or allocated)
    if not flow and not told_before:
        return False
    between = text[gap[0] : gap[1]]
    breaks = paragraph_breaks(between)
    if breaks and _SENTENCE_END.search(between, last_break(between)) is not None:
        return False  # the new paragraph opens with a sentence of its own ("Besonders schwach lief ..."): a new topic
    return len(between) < _WINDOW and breaks <= 1


_SENTENCE_END: Final = re.compile(r"[.!?][\"“”»«')]*(?:\s|\Z)")


def _goes_on(head: str, lex: Lexicon) -> bool:
    """Whether a sentence's head goes on with the report: "Davon" first or last, or a flow's noun or verb early in it.

    "In China setzte Breval ...", "Mit Diensten wie dem App Store setzte ...", "Der Konzern rechnet nun mit einem
    Umsatz von ...".
    """
    if lex.continuation_re.match(head) is not None or lex.back_reference_re.search(head) is not None:
        return True
    words = head[: _VERB_REACH * 16].lower().split()[:_VERB_REACH]
    last = head[-_PART_REACH:].lower().split()[-1:]  # "Der Kanton erhält davon 520 Mio.": a part right before it
    if (words and words[0] in lex.part_openers) or (last and last[0] in lex.part_openers):
        return True
    if words and words[0] in lex.total_openers:  # "Zusammen kommen sie auf ...", not a sum so far ("damit")
        return not any(w.strip(",.:;") in lex.running_words for w in head.lower().split())
    # a verb of a flow or a part, or a flow's noun after the subject ("Der Konzern rechnet nun mit einem Umsatz ...")
    if any(w in lex.opener_verbs or w in lex.part_verbs or w.strip(",.:;").endswith(lex.flow_heads) for w in words):
        return True
    # a relative clause of a flow's noun before the figure (", dessen Umsatz um ein Drittel auf 2,9 Mrd. stieg")
    clause = head.lower().rsplit(",", 1)[-1].split()[:2] if "," in head else []
    return len(clause) == _TWO and clause[0] in lex.relative_possessives and clause[1].endswith(lex.flow_heads)


_TWO: Final = 2
_PART_REACH: Final = 16
"""How far back from a figure the word that makes it a part of the figure before ("davon") is read."""


_VERB_REACH: Final = 7
"""Among how many first words of a sentence a verb of a flow makes it go on with the report."""


_LAST_CLAUSE: Final = re.compile(r"(?:\s[–—-]|[,;:])\s*(?P<rest>[^,;:–—]*?)[\s.!?\"“”»«')]*\Z")


def _afterthoughts(  # noqa: PLR0913, PLR0917 - as `inherit_periods`
    text: str, spans: list[tuple[int, int]], bounds: list[int], periods: list[Stated | None], lex: Lexicon, find: Find
) -> list[Stated | None]:
    """`periods`, where a sentence's last clause is only a period phrase, given to its amounts without one."""
    out = list(periods)
    done: dict[int, Stated | None] = {}
    for i, (start, end) in enumerate(spans):
        if out[i] is not None:
            continue
        s = bisect.bisect_right(bounds, start) - 1
        if s not in done:
            done[s] = _afterthought(text, end, bounds[s + 1], lex, find)
        out[i] = done[s]
    return out


def _afterthought(text: str, after: int, hi: int, lex: Lexicon, find: Find) -> Stated | None:
    """The period of the last clause of text[after:hi] when that clause states it and nothing else."""
    m = _LAST_CLAUSE.search(text, after, hi)
    if m is None or not m["rest"]:
        return None
    lead = lex.afterthought_re.match(m["rest"])
    lo = m.start("rest") + (lead.end() if lead is not None else 0)
    found = [c for c in find(text, lo, m.end("rest"), lex) if c[3]]
    if len(found) != 1 or found[0][0] != lo or found[0][1] != m.end("rest"):
        return None
    return found[0][0], found[0][1], found[0][2]
