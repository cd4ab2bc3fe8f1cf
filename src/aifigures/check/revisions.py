"""Revisions inside one text: an old figure and the new one beside it, a note and never a conflict.

Three shapes: a figure the text puts in place of the one before it ("lag nicht bei 885 Millionen Euro,
sondern nur bei 255 Millionen Euro", "Aus den gut 100 Euro im Monat wurden mehr als 100 Euro im Jahr");
a figure the text marks as the old one ("Ursprünglich wurde mit 3,3 Milliarden gerechnet",
"statt auf 89 Milliarden nur auf gut 84 Milliarden"; `old_figure` in check.toml), whose new figure is the
nearest figure of the same kind in its sentence or the next; and a forecast, plan or estimate moved
"von X auf Y" ("senkte seine Prognose von 714 Mrd. Yen auf 692 Mrd. Yen"). The figures differ in their
written digits; a qualifier may let them overlap ("gut 84" reaches 89), the text says they are two.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from aifigures.check.compare import comparable_by_article, overlap
from aifigures.check.facts import has_word, may_be_one, significant_digits, words
from aifigures.check.findings import Finding, Kind, interval_text, place
from aifigures.check.metrics import alternation
from aifigures.check.run import once_for, shared_by
from aifigures.language import date_words

if TYPE_CHECKING:
    from collections.abc import Iterator
    from decimal import Decimal

    from aifigures.check.facts import Fact
    from aifigures.check.run import Run

__all__ = ["SENTENCE_END", "old_figures_apart", "revised_in_text", "revised_to", "revisions_by_article", "told_as_old"]

_OLD_CUE_REACH = 60
"""How far before a figure a word that makes it the old one may stand, within its clause."""


@functools.cache
def _from_re() -> re.Pattern[str]:
    """The word before a figure moved, and one that tells it as the one before ("von bisher 500 Mrd.")."""
    w = words()
    return re.compile(
        rf"(?<![^\W\d_])(?:{alternation(w.moved_from)})\s+(?:(?:{alternation(w.moved_from_old)})\s+)?\Z", re.IGNORECASE
    )


@functools.cache
def _from_to_re() -> re.Pattern[str]:
    """The word between a figure moved and the one it moved to, with a filler ("auf nur noch", "auf rund")."""
    w = words()
    return re.compile(
        rf"\s+(?:{alternation(w.moved_to)})\s+(?:(?:{alternation(w.moved_to_fillers)})\s+)?\Z", re.IGNORECASE
    )


def revised_in_text(facts: list[Fact], run: Run) -> list[Finding]:
    """Each old figure with its new one, as a revision note; and each figure a text says was off by another."""
    found = list(_revisions(facts, run))
    new_of = {id(old): new for old, new, _ in found}
    old_of = {id(new): old for old, new, _ in found}
    return [*(_note(old, new, run, why) for old, new, why in found), *_off_by(facts, run, new_of, old_of)]


def _off_by(facts: list[Fact], run: Run, new_of: dict[int, Fact], old_of: dict[int, Fact]) -> Iterator[Finding]:
    """A figure the text says another was off by, with the other corrected by it, as a revision note.

    "..., dass die Bahn heuer 5,3 Milliarden Euro bekommt – nun räumt das Ministerium ein, dass dies um 600
    Millionen Euro zu viel sind": 5,3 Mrd. corrected is 4,7 Mrd. Where the text gives the corrected figure
    too ("lag nicht bei 885 Mio., sondern bei 255 Mio. ... um etwa 630 Mio. zu hoch ausgewiesen"), the note
    says whether the difference agrees with it. The other is the nearest figure before, in one currency, in
    the sentence or the one before (a text's new figure stands for its old one: the difference is the old one's).
    """
    w = words()
    for i, diff in enumerate(facts):
        text = run.text(diff.article)
        after = text[diff.amount.span[1] : diff.amount.span[1] + _OFF_BY_REACH].lower()
        high = _leads(after, w.off_by_high)
        if not (high or _leads(after, w.off_by_low)):
            continue
        before = [f for f in facts[:i] if f.article == diff.article and f.currency == diff.currency]
        other = next((f for f in reversed(before) if _near(f, diff, text)), None)
        if other is None:
            continue
        other = old_of.get(id(other), other)
        if high and abs(other.amount.value) <= abs(diff.amount.value):
            continue  # a figure cannot be too high by more than itself
        yield _off_by_note(other, diff, new_of.get(id(other)), run, high=high)


_OFF_BY_REACH = 30
"""How far after a figure the words that make it a difference may end ("um 600 Mio. Euro zu viel")."""


def _leads(after: str, cues: list[str]) -> bool:
    """Whether one of the cues stands right after a figure, up to a few words on ("zu hoch", "sind zu viel")."""
    return any(re.match(rf"\W*(?:[^\W\d_]+\W+){{0,2}}?{re.escape(c)}(?![^\W\d_])", after) for c in cues)


def _off_by_note(other: Fact, diff: Fact, new: Fact | None, run: Run, *, high: bool) -> Finding:
    cur = other.currency or run.currency
    lo, hi = (other.low - diff.high, other.high - diff.low) if high else (other.low + diff.low, other.high + diff.high)
    said = "too high" if high else "too low"
    message = (
        f"{other.amount.text!r} {interval_text(other.low, other.high, cur)} is told to be {diff.amount.text!r} "
        f"{said}: corrected, {interval_text(lo, hi, cur)}"
    )
    amounts = [place(other), place(diff)]
    intervals = [(other.low, other.high), (lo, hi)]
    if new is not None:
        agrees = "agrees" if overlap((lo, hi), (new.low, new.high)) else "does not agree"
        message += f"; the text's corrected figure {new.amount.text!r} {interval_text(new.low, new.high, cur)} {agrees}"
        amounts.append(place(new))
        intervals.append((new.low, new.high))
    why = "a difference the text says a figure was off by ('um ... zu viel', 'zu hoch ausgewiesen')"
    return Finding(Kind.REVISION, message, tuple(amounts), tuple(intervals), cur, why=why)


def revised_to(facts: list[Fact], run: Run) -> dict[int, Fact]:
    """The new figure of each old figure of a text (by the old one's id)."""
    return {id(old): new for old, new, _ in _revisions(facts, run)}


@shared_by("revisions")
def revisions_by_article(run: Run) -> dict[str, list[tuple[Fact, Fact, str]]]:
    """Each article's old figures with their new ones (`_revisions`), worked out once a run."""
    return {article: list(_revisions(facts, run)) for article, facts in comparable_by_article(run).items()}


def _revisions(facts: list[Fact], run: Run) -> Iterator[tuple[Fact, Fact, str]]:
    """Each old figure of a text with its new one, and how they were told."""
    for i, old in enumerate(facts):
        text = run.text(old.article)
        after = facts[i + 1] if i + 1 < len(facts) else None
        new, why = _moved(old, after, text), _MOVED
        if new is None:
            new, why = _corrected(old, after, text), _CORRECTED
        if new is None and _marked_old(facts, i, text):
            around = [_in_currency(g, old.currency, run) for g in facts[max(0, i - 2) : i] + facts[i + 1 : i + 3]]
            new, why = _nearest_new(old, around, text), _MARKED
            if new is not None and _takes_effect(text, new) and not _planned(old, text):
                new = None  # "kostet ab Januar 58 Euro im Monat statt bisher 49 Euro": the level changes
        if new is not None:
            yield old, new, why


def old_figures_apart(run: Run) -> list[Finding]:
    """The old figures of two reports that revise to one new figure, where they disagree.

    "Die Kosten lagen am Ende bei 789 Millionen Euro, geplant waren ursprünglich 240 Millionen." against
    "Die Baukosten waren von anfangs erwarteten 77 Millionen auf 789 Millionen Euro gestiegen.": both
    reports tell one change, to the same figure written with `_RARE_DIGITS` significant digits or more (or
    fewer, where the evidence links the two new figures), and disagree on where it started. The old figures
    are weighed as two reports of one figure.
    """
    from aifigures.check.compare import compare  # noqa: PLC0415 - compare reads this module

    by_new: dict[tuple[str | None, Decimal], list[tuple[Fact, Fact]]] = defaultdict(list)
    for found in revisions_by_article(run).values():
        for old, new in _to_last(found):
            if _exact(new):
                by_new[(new.currency, new.amount.value)].append((old, new))
    out: list[Finding] = []
    for pairs in by_new.values():
        told = _groups_of_old(pairs, run) if len(pairs) > 1 else []
        for i, a in enumerate(told):
            for b in told[i + 1 :]:
                (old_a, new_a), (old_b, new_b) = a[0], b[0]
                if not _one_old(a[0], b[0]) or {o.article for o, _ in a} & {o.article for o, _ in b}:
                    continue  # (a report that tells both old figures tells a chain of changes: 10, 100, 135)
                if significant_digits(new_a.amount.value) < _RARE_DIGITS and not _linked(new_a, new_b, run):
                    continue  # a round new figure ("23 Mio.") tells one change only where the evidence links the two
                also = [f"{o.amount.text!r} in {o.article}" for o, _ in (*a[1:], *b[1:])]
                why = f"both reports revise it to {new_a.amount.text!r} ({new_b.amount.text!r}) from another figure"
                why += f"; so do {len(also)} more report(s): {', '.join(also)}" if also else ""
                if (finding := compare(old_a, old_b, run, why=why)) is not None:
                    out.append(finding)
    return out


def _linked(a: Fact, b: Fact, run: Run) -> bool:
    """Whether the evidence links two figures of two reports (`evidence.cross_links`)."""
    from aifigures.check.evidence import cross_links  # noqa: PLC0415 - evidence reads this module

    pairs = once_for(run, "linked_pairs", None, lambda: {frozenset((id(k.a), id(k.b))) for k in cross_links(run)})
    return frozenset((id(a), id(b))) in pairs


def _to_last(found: list[tuple[Fact, Fact, str]]) -> list[tuple[Fact, Fact]]:
    """Each old figure of a text with the last figure of its chain of changes ("10, dann 100, nun 135 Mio.")."""
    to = {id(old): new for old, new, _ in found}
    out = []
    for old, new, _ in found:
        last, seen = new, {id(old)}
        while id(last) in to and id(last) not in seen:
            seen.add(id(last))
            last = to[id(last)]
        out.append((old, last))
    return out


def _groups_of_old(pairs: list[tuple[Fact, Fact]], run: Run) -> list[list[tuple[Fact, Fact]]]:
    """The revisions to one new figure, grouped where their old figures agree (each group led by its first)."""
    from aifigures.check.compare import compare  # noqa: PLC0415 - compare reads this module

    told: list[list[tuple[Fact, Fact]]] = []
    for pair in pairs:
        group = next((g for g in told if _one_old(g[0], pair) and compare(g[0][0], pair[0], run) is None), None)
        if group is None:
            told.append([pair])
        else:
            group.append(pair)
    return told


def _one_old(a: tuple[Fact, Fact], b: tuple[Fact, Fact]) -> bool:
    """Whether the old figures of two revisions of two reports may be one figure (their new ones are one)."""
    return a[0].article != b[0].article and may_be_one(a[1], b[1]) and may_be_one(a[0], b[0])


def _exact(f: Fact) -> bool:
    """Whether a figure is a value, not a bound ("mehr als 800 Millionen" tells no one figure)."""
    return f.amount.low is None and f.amount.high is None


_RARE_DIGITS = 3
"""How many significant digits make one new figure of two reports a sign that they tell one change ("789")."""


def _corrected(old: Fact, new: Fact | None, text: str) -> Fact | None:
    """The figure a text puts in place of the one before it in the sentence.

    "lag der Umsatz nicht bei 885 Millionen Euro, sondern nur bei 255 Millionen Euro", "Aus den gut 100 Euro
    im Monat wurden mehr als 100 Euro im Jahr".
    """
    if new is None or new.article != old.article or new.sentence != old.sentence:
        return None
    lead = text[max(old.sentence[0], old.amount.span[0] - _OLD_CUE_REACH) : old.amount.span[0]]
    gap = text[old.amount.span[1] : new.amount.span[0]]
    instead = _NOT.search(lead) is not None and _BUT.match(gap) is not None
    became = _FROM_WHAT.match(text, old.clause[0], old.amount.span[0]) is not None and _BECAME.match(gap) is not None
    if not (instead or became) or new.currency != old.currency:
        return None
    # the text says they differ: in their digits ("nicht bei 5 Mrd., sondern bei 5,5 Mrd.") or their period
    return new if (old.amount.value, old.amount.period) != (new.amount.value, new.amount.period) else None


_NOT = re.compile(r"(?<![^\W\d_])nicht\s+(?:(?:bei|auf|mit|um|über|von)\s+)?[\"„“»«]?\Z", re.IGNORECASE)
_BUT = re.compile(r"[\"“”»«]?\s*,\s*sondern\s", re.IGNORECASE)
_FROM_WHAT = re.compile(r"[\s\"„“»«]*aus\s", re.IGNORECASE)
_BECAME = re.compile(r"[^.!?]{0,40}?(?<![^\W\d_])wurden?(?![^\W\d_])", re.IGNORECASE)
_CORRECTED = "a figure the text puts in place of the one before it ('nicht ..., sondern ...', 'aus ... wurden ...')"


def _marked_old(facts: list[Fact], i: int, text: str) -> bool:
    """Whether a word right before the figure (and after the figure before it) marks it as the old one."""
    old = facts[i]
    lo = max(old.clause[0], old.amount.span[0] - _OLD_CUE_REACH)
    if i > 0 and facts[i - 1].article == old.article:
        lo = max(lo, facts[i - 1].amount.span[1])  # the cue of the figure before is not this one's
    w = words()
    before = text[lo : old.amount.span[0]]
    told = old.amount.period_span
    if told is not None and lo <= told[0] < old.amount.span[0]:  # "Im Jahr zuvor hatte Olmer 7,1 Mio. erhalten":
        before = text[lo : told[0]] + " " + text[told[1] : old.amount.span[0]]  # the year before's, no old figure
    before = _year_before_re().sub(" ", before)  # "14,20 Euro je Quadratmeter, ein Jahr zuvor waren es 13,10"
    before = _far_attribute_re().sub(" ", before)  # "Für den geplanten Stellenabbau ... Rückstellungen von 1,3 Mrd."
    if _had_expected(old, text):
        return True
    if old.attributive or not has_word(before, w.old_figure) or _former_record(before):
        return False
    if has_word(before, [c for c in w.old_figure if c not in w.so_far]):
        return True
    # "bisher"/"bislang" alone: "haben bisher 60 000 Euro abgerufen", "kostete bislang 11,9 Mrd." are running
    # totals; "Bislang hatte der Konzern mit 2,9 Mrd. gerechnet", "lag bisher bei 412 Mio., nun ..." old figures
    sentence = text[old.sentence[0] : old.sentence[1]]
    if has_word(text[old.clause[0] : old.amount.span[0]], w.so_far_verbs):
        # ... but a plan's state passive is the plan so far ("ist bisher mit 4,5 Mrd. Euro veranschlagt")
        return has_word(text[old.amount.span[1] : old.clause[1]], w.expected_participles)
    return has_word(sentence, w.so_far_old) or has_word(_after(old, text), w.now)


@functools.cache
def _far_attribute_re() -> re.Pattern[str]:
    """An old-figure word that leads another noun than the figure's (`old_figure_attributes`), to be dropped.

    It stays where the figure follows it, alone or after one noun and "von" ("Aus geplanten Kosten von 90 Mio.").
    """
    w = words()
    attributes, links = alternation(w.old_figure_attributes), alternation(w.value_of)
    leads = rf"\s+(?:[^\W\d_][\w-]*\s+(?:{links})\s*)?\Z"
    return re.compile(rf"(?<![^\W\d_])(?i:{attributes})(?![^\W\d_])(?!{leads})")


_EXPECTED_REACH = 40
"""How far after a figure the participle of what was expected may stand ("mit 2,9 Mrd. Euro Umsatz gerechnet")."""


@functools.cache
def _year_before_re() -> re.Pattern[str]:
    """Words of the same period a year before (periods.toml same_period_before): a comparison, no old figure."""
    from aifigures.extract.lexicon import german  # noqa: PLC0415 - extraction's periods, loaded by then

    return german().same_period_before_re


def _had_expected(old: Fact, text: str) -> bool:
    """Whether its clause tells the figure as what its subject had expected: "war von 4,2 Mrd. ausgegangen"."""
    w = words()
    before = text[old.clause[0] : old.amount.span[0]]
    after = text[old.amount.span[1] : min(old.clause[1], old.amount.span[1] + _EXPECTED_REACH)]
    if old.attributive or not has_word(before, w.had_expected) or not has_word(after, w.expected_participles):
        return False
    return not has_word(text[old.clause[0] : old.clause[1]], w.estimate)


def _after(f: Fact, text: str) -> str:
    """The rest of a figure's sentence and the sentence after it."""
    end = SENTENCE_END.search(text, f.sentence[1] + 1)
    return text[f.amount.span[1] : end.end() if end is not None else len(text)]


# the end of a sentence: a full stop, question or exclamation mark before white space or the end
SENTENCE_END = re.compile(r"[.!?](?=\s|\Z)")


def _moved(old: Fact, new: Fact | None, text: str) -> Fact | None:
    """The figure a forecast, plan or estimate is moved to: "von 714 Mrd. Yen auf 692 Mrd. Yen"."""
    if new is None or new.article != old.article or new.sentence != old.sentence:
        return None
    # "stieg von 5 auf 6 Mrd.", "soll von 18,36 auf 18,94 Euro steigen", "will den Mindestlohn von ... auf ...
    # anheben": a level's change, done or planned, not a revised figure
    lead = _from_re().search(text, old.clause[0], old.amount.span[0])
    if lead is None:
        return None
    told_old = len(lead.group().split()) > 1  # "von bisher 500 Mrd. auf 450 Mrd.": the text says which was before
    if not (told_old or old.revised or new.revised or _forecast_moved(old, text)):
        return None
    if not _from_to_re().search(text, old.amount.span[1], new.amount.span[0]):
        return None
    # the text says they are two: "von 5 Mrd. auf 5,5 Mrd." though "5 Mrd." as written may mean 5,5
    return new if _two(old, new, rounded=False) else None


def _forecast_moved(old: Fact, text: str) -> bool:
    """Whether what is moved "von" the figure is a forecast, target or estimate ("hebt die Umsatzprognose von")."""
    heads = tuple(words().forecast_heads)
    return any(t.lower().endswith(heads) for t in _TOKEN.findall(text, old.clause[0], old.amount.span[0]))


_TOKEN = re.compile(r"[^\W\d_]+")


def _nearest_new(old: Fact, around: list[Fact], text: str) -> Fact | None:
    """The nearest figure of the same kind in the old one's sentence or the next, one within a factor of two first.

    "lag bisher bei 412 Mio., nun werden bei einem Gesamtvolumen von 2,511 Mrd. durchschnittlich 628 Mio. pro
    Jahr generiert": the figure that took the old one's place is 628 Mio., the volume beside it another quantity.
    One of its own sentence before one of another: "Die Halle war für 410 Mio. fertiggestellt worden, geplant waren
    180 Mio. Die Sanierung kostet weitere 95 Mio.": 410 took the place of 180.
    """
    # the years of the old figure's sentence tell when it was expected ("Vor zwei Jahren waren sie noch von 250 Mrd.
    # ausgegangen" after "Investitionen bis 2045 ... 320 Mrd."), not another period than the new one's
    undated = replace(old, years=frozenset())
    for new in sorted(around, key=lambda g: (g.sentence != old.sentence, not _within_twice(old, g), _distance(old, g))):
        # (a figure added or a change is no level that took the old one's place: "bisher mit 4,5 Mrd. veranschlagt.
        # Nun wird über zusätzliche Ausgaben von bis zu 2 Mrd. spekuliert")
        by = new.added or new.change
        if new.article == old.article and not by and _near(old, new, text) and _two(undated, new, rounded=False):
            return new
    return None


def _planned(old: Fact, text: str) -> bool:
    """Whether an old figure is told as what was planned, right before it (check.toml planned_old).

    "Statt wie bisher geplant 600 Mio. Euro will Kerrand nun ab Ende 2027 jährlich 800 Mio. Euro einsparen": a plan
    replaced by another, whatever day the new one takes effect from.
    """
    lo = max(old.clause[0], old.amount.span[0] - _OLD_CUE_REACH)
    return has_word(text[lo : old.amount.span[0]], words().planned_old)


def _takes_effect(text: str, new: Fact) -> bool:
    """Whether the new figure's sentence tells the day it takes effect from ("ab Januar", "zum 1. Juli", "ab 2026").

    Or that it takes effect from now on ("künftig"); or the sentence before does, where this one takes its day by
    a word ("kostet dann 38,5 Cent").
    """
    lo, hi = new.sentence
    if has_word(text[lo:hi], words().effective_alone):
        return True  # "soll künftig 7,5 Mio. Euro pro Saison verdienen, bisher waren es 4 Mio.": a raise, no revision
    if has_word(text[lo:hi], words().effective_back):
        window = max(0, lo - _BACK_REACH)
        ends = [m.end() for m in _SENTENCE_BREAK.finditer(text, window, max(window, lo - 1))]
        lo = ends[-1] if ends else window
    return _effective_re().search(text, lo, hi) is not None


_BACK_REACH = 400
"""How far back the sentence before is looked for."""
_SENTENCE_BREAK = re.compile(r"(?<!\d)[.!?](?=\s)|\n")
"""A sentence's end: not the point of an ordinal ("zum 1. Januar")."""


@functools.cache
def _effective_re() -> re.Pattern[str]:
    w = words()
    leads = alternation(w.effective_leads)
    # a month's names but its abbreviations ("jan" of "januar"), which running text does not write after "ab"
    months = [n for names in date_words().months for n in names if not any(o != n and o.startswith(n) for o in names)]
    days = alternation([*w.effective_days, *months])
    day = rf"(?:{days})(?![^\W\d_])|(?:19|20)\d\d(?!\d)|\d{{1,2}}\.\s*(?:{days})"
    return re.compile(rf"(?i)(?<![^\W\d_])(?:{leads})\s+(?:{day})")


def _in_currency(f: Fact, currency: str | None, run: Run) -> Fact:
    """The figure as its text restates it in `currency` ("780 Mrd. Yen (rund 7,8 Mrd. Euro)"), else itself."""
    if f.currency == currency:
        return f
    return next((g for g in _restated(run).get(id(f), ()) if g.currency == currency), f)


@shared_by("restated_by_source_all")
def _restated(run: Run) -> dict[int, list[Fact]]:
    """The stated conversions of each figure (`conversions.restatements`), by the id of the figure restated."""
    from aifigures.check.conversions import restatements  # noqa: PLC0415 - conversions reads compare, as this does

    found: dict[int, list[Fact]] = defaultdict(list)
    for r in restatements(run):
        found[id(r.source)].append(r.stated)
    return found


def _two(old: Fact, new: Fact, *, rounded: bool = True) -> bool:
    """Two figures of one kind whose written digits differ, within a factor of 20 of each other.

    Their intervals as rounded must not overlap either, unless `rounded` is False (the text says they are two).
    """
    if new.attributive or new.currency != old.currency or not may_be_one(old, new):
        return False
    x, y = abs(old.amount.value), abs(new.amount.value)
    if min(x, y) * _REVISED_WITHIN < max(x, y):
        return False  # "zunächst rund 1,14 Billionen Euro ... rund 14 074 Euro je Bürger": two quantities
    if not rounded:
        return old.amount.value != new.amount.value
    if _range(old) and _range(new):  # "von 49 bis 50 Mrd., bisher 48 bis 49 Mrd.": ranges that share an end differ
        return (old.amount.low, old.amount.high) != (new.amount.low, new.amount.high)
    return not overlap(old.rounding, new.rounding)


def _range(f: Fact) -> bool:
    return f.amount.low is not None and f.amount.high is not None


def _within_twice(a: Fact, b: Fact) -> bool:
    x, y = abs(a.amount.value), abs(b.amount.value)
    return min(x, y) * 2 >= max(x, y)


_REVISED_WITHIN = 20
"""How far a revised figure may lie from the old one: ten times the first estimate is told, a million times is not."""


_MARKED = "a figure the text marks as the old one, beside another of the same kind"
_MOVED = "a forecast, plan or estimate moved 'von' one figure 'auf' the next"


def _note(old: Fact, new: Fact, run: Run, why: str) -> Finding:
    cur = old.currency or run.currency
    po, pn = old.amount.period, new.amount.period
    # a period put right: "im Monat" to "im Jahr"
    per = tuple(f" per {p}" if p is not None and po != pn else "" for p in (po, pn))
    return Finding(
        Kind.REVISION,
        f"{old.amount.text!r} {interval_text(old.low, old.high, cur)}{per[0]} is revised to "
        f"{new.amount.text!r} {interval_text(new.low, new.high, cur)}{per[1]}",
        (place(old), place(new)),
        ((old.low, old.high), (new.low, new.high)),
        cur,
        why=why,
    )


def _distance(a: Fact, b: Fact) -> int:
    """How many characters lie between two figures of one text."""
    return max(a.amount.span[0] - b.amount.span[1], b.amount.span[0] - a.amount.span[1])


def _near(a: Fact, b: Fact, text: str) -> bool:
    """In one sentence, or in two that follow each other."""
    lo, hi = min(a.sentence, b.sentence), max(a.sentence, b.sentence)
    return lo == hi or not text[lo[1] : hi[0]].strip()


def told_as_old(old: Fact, new: Fact, run: Run) -> bool:
    """Whether the report of `new` tells a figure like `old`, beside it, as the one before.

    "Halvex rechnet nun mit 2,3 Mrd. Euro. Bislang hatte der Konzern 2,1 Mrd. Euro erwartet." against an
    earlier report's 2,1 Mrd.: the later report says the figure changed. Not where the report of `old` is
    dated after it (an outdated figure told again).
    """
    if old.article == new.article or old.currency is None:
        return False
    da, db = run.articles[old.article].date, run.articles[new.article].date
    if da is not None and db is not None and da.start > db.end:
        return False
    text = run.text(new.article)
    facts = comparable_by_article(run).get(new.article, [])
    for i, f in enumerate(facts):
        if f is new or f.currency != old.currency or not overlap((f.low, f.high), (old.low, old.high)):
            continue
        if _near(f, new, text) and _marked_old(facts, i, text):
            return True
    return False


def _former_record(before: str) -> bool:
    """Whether an old-figure word is followed by a superlative: "die bisher höchste Strafe" is the former record."""
    return _record_re().search(before) is not None


@functools.cache
def _record_re() -> re.Pattern[str]:
    w = words()
    cue = "|".join(re.escape(c) for c in w.old_figure)
    ending = "|".join(re.escape(e) for e in w.superlative_endings)
    nouns = "|".join(re.escape(n) for n in w.record_nouns)
    # an adjective, written in lower case: "die bisher höchste Strafe", not "der geplanten Kosten"; or the noun
    # of a record: "der bisherige Rekord", "die bisherige Rekordablöse"
    adjective = rf"[a-zäöüß][^\W\d_]*(?:{ending})(?![^\W\d_])"
    return re.compile(rf"(?<![^\W\d_])(?i:{cue})\s+(?:{adjective}|(?i:{nouns})[^\W\d_]*)")
