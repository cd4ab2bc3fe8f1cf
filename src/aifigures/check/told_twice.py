"""Figures told twice in one text: one fact stated twice in a clause, and the same digits with another scale word.

"3,8 Mrd. ... 3,8 Mio." a few sentences apart, "gut drei Milliarden Euro – in Ziffern: 300.000.000", "der
Umsatz von 5 Mrd. Euro 7 Mrd. Euro": read inside one article (`compare.linked_within`).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from typing import TYPE_CHECKING

from aifigures.check.compare import compare, same_digits
from aifigures.check.facts import has_word, may_be_one, significant_digits, whole_lead, words
from aifigures.check.findings import Finding, Kind, interval_text, place
from aifigures.check.metrics import alternation, completes_noun

if TYPE_CHECKING:
    from aifigures.check.facts import Fact
    from aifigures.check.run import Run

__all__ = ["scale_nearby", "within_clause"]


def _separated(text: str) -> bool:
    seps = words().separators
    low = f" {text.lower()} "
    if re.search(r"[,;:()\[\]|]|\s[–—-]\s", text):  # "|": two cells of a table's row
        return True
    return any(re.search(rf"(?<![^\W\d_]){re.escape(s)}(?![^\W\d_])", low) for s in seps)


def within_clause(facts: list[Fact], run: Run) -> list[Finding]:
    """Two figures in one clause with nothing between them that makes them two facts: one fact twice.

    Not in a worked example (`Fact.example`), nor where the clause opens with the first as the whole the second is
    taken from ("Von den 1,8 Billionen Euro fließen 1.074 Milliarden Euro in den Haushalt"), or the text tells one as
    the other's old figure ("kostet statt der bislang veranschlagten 95 Mio. Euro nun 130 Mio. Euro": a revision note).
    """
    from aifigures.check.revisions import revisions_by_article  # noqa: PLC0415 - revisions reads this module

    revised = {(id(old), id(new)) for pairs in revisions_by_article(run).values() for old, new, _ in pairs}
    by_clause: dict[tuple[str, tuple[int, int]], list[Fact]] = defaultdict(list)
    for f in facts:
        by_clause[(f.article, f.clause)].append(f)
    out: list[Finding] = []
    for members in by_clause.values():
        for a, b in itertools.pairwise(members):
            if a.currency != b.currency or a.metric is None or a.example or not may_be_one(a, b):
                continue  # ("über 150 Mio. Euro rund eine Milliarde Euro wert": a round and a valuation; an example's
                # basis and what follows from it: "Für einen Verdiener mit 3.500 Euro steigt der Beitrag um 7 Euro")
            text = run.text(a.article)
            if _separated(text[a.amount.span[1] : b.amount.span[0]]) or _led_apart(a, b, text):
                continue
            if _placed_apart(a, b, run):
                continue  # "von 2,1 Mrd. Euro im Jahr 2022 über 2,4 Mrd. Euro im Jahr 2023": two years
            if (id(a), id(b)) in revised or (id(b), id(a)) in revised:
                continue
            why = f"one clause with nothing between them that makes them two facts ({a.metric})"
            if (finding := compare(a, b, run, why=why)) is not None:
                out.append(finding)
    return out


def _led_apart(a: Fact, b: Fact, text: str) -> bool:
    """Whether the words before the first of two figures of a clause make them two things.

    The whole the second is taken from ("Von den 1,8 Billionen Euro ..."), a thing beside the second ("zusätzlich zu
    seinem Grundgehalt von 750 000 Euro ... 1,4 Mio. an Boni"), or a noun the first completes that the second does
    not take ("Mit einem Aktienrückkauf von 750 Mio. gibt die Bank 2 Mrd. zurück").
    """
    before = text[a.clause[0] : a.amount.span[0]]
    lead = " ".join(before.lower().split())
    return whole_lead(lead) or has_word(lead, words().beside_leads) or (b.metric is None and completes_noun(before))


def _placed_apart(a: Fact, b: Fact, run: Run) -> bool:
    """Whether two figures' periods are placed on other days of the calendar."""
    ia, ib = run.when(a), run.when(b)
    return ia is not None and ib is not None and (ia.start, ia.end) != (ib.start, ib.end)


_NEARBY = 400
"""How far apart (in characters) two figures of one text may stand to be weighed for a slip of scale alone."""
_BIG_STEP = 3
_CUE_BEFORE = 20
"""How far before the first of two figures a correcting word may stand ("statt auf 89 Milliarden nur auf 0,09")."""
"""A slip of a thousand or more (Millionen for Milliarden) needs no other evidence nearby; 10 or 100 need a cue."""


def scale_nearby(run: Run) -> list[Finding]:
    """The same digits with another scale word, close together in one text: a slip of the scale word.

    "100 Millionen Euro ... Tatsächlich ... 100 Milliarden Euro", "900 000 Euro (nicht 9 Millionen)". The
    coincidence of the digits is the evidence that links them; they must not be about different metrics or
    periods, and a slip by 10 or 100 needs a word that corrects ("nicht", "statt", "tatsächlich") near them.
    """
    out: list[Finding] = []
    by_article: dict[str, list[Fact]] = defaultdict(list)
    for f in run.facts:
        by_article[f.article].append(f)
    cues = words().correction
    for members in by_article.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if b.amount.span[0] - a.amount.span[1] > _NEARBY:
                    break
                k = same_digits(a, b)
                if k is None or not may_be_one(a, b) or not _written_alike(a, b):
                    continue
                text = run.text(a.article)
                if a.sentence == b.sentence:  # one sentence lists figures: a correction or a restatement links them
                    lead = text[max(a.clause[0], a.amount.span[0] - _CUE_BEFORE) : a.amount.span[0]]
                    gap = text[a.amount.span[1] : b.amount.span[0]]
                    if not (has_word(lead + " " + gap, cues) or _restated(lead, gap, a, b)):
                        continue
                elif (
                    _weak(a, b, k)
                    and not has_word(text[_cue_from(members, i) : b.sentence[1]], cues)
                    and not _told_back(text, b)
                ):
                    continue
                out.append(_scale_finding(a, b, k, a.currency or b.currency or run.currency))
    return out


def _told_back(text: str, f: Fact) -> bool:
    """Whether a figure is led by a word that tells it as one told before ("Mit den 6 Milliarden Dollar ...")."""
    before = text[max(f.clause[0], f.amount.span[0] - _BACK_REACH) : f.amount.span[0]].split()
    return bool(before) and before[-1].lower() in words().told_back


_BACK_REACH = 12
"""How far before a figure the word that tells it back may start."""


def _written_alike(a: Fact, b: Fact) -> bool:
    """Whether the digits of one figure begin with all the digits of the other ("81" and "81.790", "8,2" and "8,2").

    Not "etwa 10,9 Mrd." and "11 Mio.": near each other once the qualifier widens them, but other digits.
    """
    da, db = (f.amount.value.normalize().as_tuple().digits for f in (a, b))
    short, long_ = sorted((da, db), key=len)
    return long_[: len(short)] == short


def _cue_from(members: list[Fact], i: int) -> int:
    """Where a correcting word for the figure `members[i]` may start: its sentence, after any figure before it there.

    "Statt 100 Millionen Euro stehen nun 200 Millionen Euro bereit": "statt" corrects the 100, not the 200.
    """
    a = members[i]
    before = [f.amount.span[1] for f in members[:i] if f.sentence == a.sentence]
    return max([a.sentence[0], *before])


@functools.cache
def _in_digits_re() -> re.Pattern[str]:
    """The words between a figure and itself in digits (check.toml in_digits).

    Perhaps after the verb that closes the first figure's clause ("gut drei Millionen Euro gewonnen – in Ziffern").
    """
    told = alternation(words().in_digits)
    return re.compile(rf"\s*(?:[^\W\d_]+\s*){{0,2}}(?:[–—(]|-\s)?\s*,?\s*(?:{told})\s*:?\s*\Z", re.IGNORECASE)


_DASHED = re.compile(r"\s*(?:[–—(]|-\s)\s*\Z")
_FROM_TO = re.compile(r"\s+auf\s+\Z", re.IGNORECASE)
_FROM = re.compile(r"(?<![^\W\d_])von\s+\Z", re.IGNORECASE)


def _restated(lead: str, gap: str, a: Fact, b: Fact) -> bool:
    """Whether the second of two figures of one sentence restates the first, or the first moved to it.

    "in Ziffern" between them ("gut drei Milliarden Euro – in Ziffern: 300.000.000"); or, with two or more
    significant digits the same, a dash or a parenthesis ("4,25 Mrd. Euro – 425 Mio. Euro"), or "von X auf
    Y" ("von 412 Millionen auf 412 Milliarden": a thousandfold change with the very digits is a slip).
    """
    if a.amount.period != b.amount.period:
        return False  # "62 Milliarden Euro (6,2 Milliarden Euro pro Jahr)": restated on another basis
    if _in_digits_re().match(gap):
        return True
    digits = min(significant_digits(a.amount.value), significant_digits(b.amount.value))
    if digits < _MOVED_DIGITS:
        return False  # "5 Mrd. Euro – 5 Mio. Euro davon": one digit alone may be chance
    return _DASHED.match(gap) is not None or (_FROM_TO.match(gap) is not None and _FROM.search(lead) is not None)


_MOVED_DIGITS = 2


def _weak(a: Fact, b: Fact, k: int) -> bool:
    """Whether the digits alone are too weak to link two figures of two sentences without a correcting word.

    A slip by 10 or 100 is, but between a title and its text's figure of one metric, two or more digits each
    ("Sanierung kostet 450 Millionen Euro" over "soll 45 Millionen Euro kosten": the title tells the text's
    figure); so is one digit ("2 Milliarden" and "2 Millionen") unless one metric names both. A step of
    10^4 or 10^5 is no one scale word's slip: it is weak as 10 or 100 are ("2.500 Euro" and "25 Millionen").
    """
    one_digit = min(significant_digits(a.amount.value), significant_digits(b.amount.value)) == 1
    if abs(k) < _BIG_STEP or abs(k) % _BIG_STEP:
        return a.headline == b.headline or one_digit or a.metric is None or a.metric != b.metric
    return one_digit and (a.metric is None or a.metric != b.metric)


def _scale_finding(a: Fact, b: Fact, k: int, cur: str) -> Finding:
    """The slip of the scale word between two figures of one text whose digits agree at 10^k."""
    return Finding(
        Kind.SCALE_ERROR,
        f"{a.amount.text!r} is {10 ** abs(k):,} times {'more' if k > 0 else 'less'} than {b.amount.text!r} "
        f"with the same leading digits: {interval_text(*a.rounding, cur)} against {interval_text(*b.rounding, cur)}, "
        "a slip of the scale word",
        (place(a), place(b)),
        (a.rounding, b.rounding),
        cur,
        why="the same digits with another scale word, a few sentences apart in one text",
    )
