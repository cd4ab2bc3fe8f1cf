"""The parts of a total in one article do not add up to it.

Nineteen shapes of parts and totals, in one article unless said otherwise:

* a total that names several subjects in its sentence ("Die Investitionen von Keltron und Aldona ...");
  its parts are earlier figures of the same metric, period and modality, each about some of those
  subjects ("jeweils" counts once per name it stands for). Their lowest sum must not exceed the total;
* a figure stated as the sum of the figures just before it ("50,4 Mrd. Euro ... Hinzu kommen 27 Mrd.
  Euro ... Macht zusammen 119,7 Milliarden Euro"): the sum must meet it;
* a list of parts after a total ("insgesamt 76,8 Millionen Euro ... • A 23,4 Millionen, • B 12,8 ..."):
  the items must add up to it;
* parts after "davon" or a colon in the total's sentence ("34 Mio. Euro, davon 24 Mio. Euro für A und 10
  Mio. Euro für B"), or in the next sentence when it opens with "Davon", when each of its figures is for a
  purpose ("für ...", before or after it), or when the total's sentence says it is shared out ("Die Verteilung
  der 500 Mrd. Euro steht"): they may be some of the total, so only a sum above it is flagged, unless one
  part is "der Rest" or "die übrigen": then they must add up to it;
* a figure for each of several and their total in one sentence ("jeweils 3 Mrd. Euro, zusammen 5 Mrd."):
  the figure times the number of names it stands for must not exceed the total;
* a figure split into a stated number of equal parts in its sentence ("Die Prämie von 1.800 Euro wird in
  zwei Raten zu je 900 Euro gezahlt"): the part times the count must meet the figure before it;
* a clause that opens with the whole ("Von den 500 Milliarden Euro sind 100 Milliarden Euro für die Länder"):
  the part after it must not exceed it, and with "die übrigen" in the next sentence the two must add up to it;
* figures of one measure for shorter periods that cover a period end to end ("im ersten Quartal 1,1 Mrd., im
  zweiten 1,5 Mrd." and "im ersten Halbjahr 2,4 Mrd."): they must add up to its figure
  (`aifigures.check.period_parts`), in one article or across the reports of one subject (an archive's quarters);
* across reports, a part measure of a metric ("versicherte Schäden") above the whole another report gives;
* across reports of one story, one figure of each of several subjects ("Der Bund stellt 2,2 Mrd. bereit. Die
  Länder beteiligen sich mit 800 Mio.") and the total another report gives of those subjects together ("Bund und
  Länder stellen zusammen 2,8 Mrd. bereit"): they must add up to it (`aifigures.check.subjects_across`);
* across reports of one story, shares one report tells side by side, each of its own subject ("Für den Ausbau
  übernimmt der Bund 1,5 Mrd., das Land 1,2 Mrd."), and the whole of their thing another report gives ("Der Ausbau
  kostet insgesamt 2,4 Mrd."): their sum must not exceed it (`aifigures.check.side_shares`);
* a figure for each of a group its sentence counts ("2.500 Beschäftigte erhalten je 60.000 Euro"): times the
  count, it must not exceed a total told beside it (`aifigures.check.per_head`);
* a share stated as a percentage ("60 000 Euro, das entspricht 0,02 % der Mittel von 360 000 Euro"):
  the part must be that share of the whole (`aifigures.check.shares`);
* a total restated per head of a group the text counts ("50.000 Einwohner ... Schulden von 400 Mio. Euro.
  Das sind 800 Euro je Einwohner"): the restatement must meet the quotient (`aifigures.check.per_head`);
* a price per unit restated for a count of units ("28 Cent je Kilowattstunde ... für 3.500 Kilowattstunden sind
  das rund 980 Euro"): the restatement must meet the product (`aifigures.check.per_head`);
* one figure of each of several subjects, then their total in the next sentence, which names none ("Der Bund gibt
  3 Mrd. Euro, die Länder 2,5 Mrd. Euro. Zusammen fließen damit 4,5 Mrd. Euro"): their sum must not exceed it
  (`aifigures.check.subjects_together`);
* a company's figure, then the figures of its divisions or regions right after it ("Umsatz von 21,4 Mrd. ... Die
  Sparte A steuerte 8,1 Mrd. bei, die B 7,6 Mrd. und die C 5,9 Mrd."): their sum must not exceed it
  (`aifigures.check.segment_sums`);
* a change between the figures it leads from and to in one sentence ("stieg um 400 Mio. auf 3,4 Mrd., nach 3,1
  Mrd. im Vorjahr"): the smaller figure and the change must add up to the larger, and a change told as a
  percentage ("um 12 Prozent auf 56 Euro, nach 50 Euro") must be their ratio (`aifigures.check.change_sums`).
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from aifigures.check.change_sums import change_sums
from aifigures.check.compare import comparable_by_article, comparable_facts, old_figures, verdicts
from aifigures.check.each import counted_exactly, stated_count
from aifigures.check.facts import has_word, may_be_one, whole_lead, words
from aifigures.check.findings import Finding, Kind, Severity
from aifigures.check.key_groups import grouped_names
from aifigures.check.listed_parts import listed_parts
from aifigures.check.metrics import alternation
from aifigures.check.part_sums import above, added_up, exceeds, in_common, weighed
from aifigures.check.per_head import per_head_above_total, per_head_restated, per_unit_restated
from aifigures.check.period_parts import covering_parts
from aifigures.check.revisions import revised_to
from aifigures.check.rule import Rule
from aifigures.check.segment_sums import segments_above_whole
from aifigures.check.shares import wrong_shares
from aifigures.check.side_shares import shares_across
from aifigures.check.subjects_across import subjects_across
from aifigures.check.subjects_together import subjects_then_together

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from aifigures.check.facts import Fact
    from aifigures.check.run import Run


def within(run: Run) -> Iterator[Finding]:
    """Each total whose parts do not add up to it (parts and totals are read inside one article)."""
    yield from _named_parts(run)
    yield from _sum_after(run)
    yield from listed_parts(run)
    yield from _parts_after(run)
    yield from _each_then_together(run)
    yield from _split_equally(run)
    yield from _part_of_whole_lead(run)
    yield from _parts_before(run)
    yield from wrong_shares(run, comparable_facts(run))
    for members in comparable_by_article(run).values():
        yield from per_head_above_total(run, members)
        yield from per_head_restated(run, members)
        yield from per_unit_restated(run, members)
        yield from _covering(run, members)
        yield from subjects_then_together(run, members)
        yield from segments_above_whole(run, members)
        yield from change_sums(run, members)


def _covering(run: Run, members: list[Fact], *, one_article: bool = True) -> Iterator[Finding]:
    """Figures of shorter periods that cover a period end to end, which must add up to its figure (`period_parts`)."""
    when = {id(f): w for f in members if (w := run.when(f)) is not None}
    for whole, parts in covering_parts(members, when, one_article=one_article):
        found = in_common(run, whole, parts, [(p.low, p.high) for p in parts])
        if found is None:
            continue
        ct, sums, cur = found
        periods = " + ".join(p.amount.period_text or "" for p in parts)
        why = f"their periods ({periods}) lie end to end over the whole's ({whole.amount.period_text})"
        finding = exceeds(whole, parts, ct, sums, cur, both_ways=True, why=why)
        if finding is not None:
            yield finding


def _covering_across(run: Run) -> Iterator[Finding]:
    """Figures of shorter periods that cover a period end to end, told in several reports of one subject.

    "Im ersten Quartal setzte Sorvex 1,12 Mrd. um" in May, the second and third quarters in August and November,
    "Im vierten Quartal ... 1,6 Mrd." beside "im vergangenen Jahr 5,5 Mrd." in February: an archive's quarters of
    one company (a name that identifies it) must add up to its year as one article's must (`_covering`).
    """
    by_name: dict[str, list[Fact]] = {}
    for f in comparable_facts(run):
        for name in grouped_names(f, run):
            by_name.setdefault(name, []).append(f)
    seen: set[frozenset[object]] = set()
    for name in sorted(by_name):
        members = by_name[name]
        if len({f.article for f in members}) < _TWO:
            continue
        for finding in _covering(run, members, one_article=False):
            told = frozenset(finding.amounts)
            if len({p.article for p in finding.amounts}) > 1 and told not in seen:
                seen.add(told)
                yield finding


def _parts_before(run: Run) -> Iterator[Finding]:
    """A total whose clause opens with "insgesamt" or "zusammen" after figures of its sentence, its parts.

    "Für Chipfabriken sind 2,8 Mrd. Euro vorgesehen, insgesamt umfasst das Förderprogramm 2,5 Mrd. Euro": the
    figures before it (of its metric and period, not compared with another) may be some of it, so only a sum above
    it is flagged. Not a sum so far ("insgesamt damit").
    """
    why = "figures told before the total their sentence then gives ('insgesamt ...')"
    for members in comparable_by_article(run).values():
        for i, total in enumerate(members):
            text = run.text(total.article)
            opener = _FIRST_WORD.match(text, total.clause[0], total.amount.span[0])
            if opener is None or opener[1].lower() not in words().total_openers or total.running:
                continue
            parts = [
                f
                for f in members[:i]
                if f.sentence == total.sentence
                and f.clause != total.clause
                and f.compared_with is None
                and may_be_one(replace(f, total=False, running=False), replace(total, total=False, running=False))
            ]
            finding = above(run, total, parts, why=why) if parts and not total.revised else None
            if finding is not None:
                yield finding


_FIRST_WORD = re.compile(r"\W*(\w+)")


def _part_of_whole_lead(run: Run) -> Iterator[Finding]:
    """A clause that opens with the whole a figure after it is taken from: the part must not exceed it.

    "Von den 500 Milliarden Euro sind für die Länder 100 Milliarden Euro vorgesehen", "Vom Umsatz von 12,4 Mrd.
    Dollar entfielen 5,6 Mrd. auf die Cloud, 4,1 Mrd. auf Lizenzen" (`facts.whole_lead`; not a bare "von":
    "von 5 auf 7 Mrd." is a change, not a whole). The parts are the figures after it in its sentence. Not a
    figure its text replaces ("Aus den geplanten 120 Mio. wurden am Ende mehr als 800 Mio."): what it became.
    """
    why = "a clause that opens with the whole the next figures of its sentence are taken from"
    old = old_figures(run)
    for members in comparable_by_article(run).values():
        for i, whole in enumerate(members):
            text = run.text(whole.article)
            lead = " ".join(text[whole.clause[0] : whole.amount.span[0]].lower().split())
            if " " not in lead or not whole_lead(lead) or id(whole) in old:
                continue
            later = members[i + 1 :]
            ends = [k for k, p in enumerate(later) if p.sentence != whole.sentence]
            mine = later[: ends[0]] if ends else later
            parts = [p for p in mine if p.currency == whole.currency and p.compared_with is None]
            rest = _rest_next(text, whole, later[len(mine) :])
            if parts and rest is not None:  # "Die übrigen 210 Mio. gehen an ...": the parts are all of it
                finding = added_up(run, whole, [*parts, rest], why=f"{why}; the next sentence tells the rest")
            else:
                finding = above(run, whole, parts, why=why) if parts else None
            if finding is not None:
                yield finding


def _rest_next(text: str, whole: Fact, after: list[Fact]) -> Fact | None:
    """The first figure of the sentence right after a whole's, where it is named the rest ("Die übrigen 210 Mio.")."""
    if not after or after[0].currency != whole.currency or text[whole.sentence[1] : after[0].sentence[0]].strip():
        return None
    return after[0] if _remainder(text, after[0], whole) else None


def _named_parts(run: Run) -> Iterator[Finding]:
    """Totals of several named subjects whose parts add up to more than them."""
    for members in comparable_by_article(run).values():
        for total in members:
            if total.metric is None or len(total.sentence_names) < 2:
                continue
            parts = _parts(total, members)
            if len(parts) >= 2 and (finding := above(run, total, parts)) is not None:
                yield finding


def _parts(total: Fact, members: list[Fact]) -> list[Fact]:
    """The figures before the total that are about its subjects, each subject counted once."""
    covered: set[str] = set()
    chosen = []
    for p in members:
        if not (
            p.index < total.index
            and p.metric == total.metric
            and p.amount.period == total.amount.period
            and p.modality == total.modality
            and p.names
            and p.names <= total.sentence_names
            and p.sentence != total.sentence
        ):
            continue
        if p.names & covered:
            continue
        covered |= p.names
        chosen.append(p)
    return chosen


_SUM_REACH = 4
"""How many sentences before a stated sum its parts may stand in (one figure each)."""
_TWO = 2


def _sum_after(run: Run) -> Iterator[Finding]:
    """Figures stated as the sum of the figures in the sentences just before them ("Macht zusammen ...")."""
    cues = words().sum_after
    for members in comparable_by_article(run).values():
        for i, total in enumerate(members):
            text = run.text(total.article)
            if not has_word(text[total.sentence[0] : total.amount.span[0]], cues):
                continue
            parts = _one_per_sentence(members[:i], total, text)
            why = "a sum stated right after the figures it adds up"
            finding = added_up(run, total, parts, why=why)
            if finding is not None:
                yield finding


def _one_per_sentence(before: list[Fact], total: Fact, text: str) -> list[Fact]:
    """The figures of the sentences before `total`, while each sentence has exactly one (its paragraph's, if two)."""
    parts: list[Fact] = []
    for f in reversed(before):
        if len(parts) == _SUM_REACH or f.sentence == total.sentence:
            break
        if len(parts) >= _TWO and "\n\n" in text[f.amount.span[1] : total.amount.span[0]]:
            break  # a paragraph stops parts once two are found ("750 Mrd. ...\n\n... 1074 Mrd. Insgesamt also ...")
        if parts and f.sentence == parts[-1].sentence:
            return parts[:-1][::-1] if len(parts) > 1 else []
        parts.append(f)
    return parts[::-1]


_PARTS_CUE = 12
"""How far after a total its "davon" may stand (", davon", " – davon")."""


def _parts_after(run: Run) -> Iterator[Finding]:
    """A total whose parts follow it: after "davon" or a colon, or in a next sentence that opens with "Davon".

    They may be some of the total, so only a sum above it is flagged; where one part is "der Rest" or "die
    übrigen", the parts are all of it and must add up to it.
    """
    for members in comparable_by_article(run).values():
        revised: dict[int, Fact] | None = None
        for i, total in enumerate(members):
            text = run.text(total.article)
            beside = [f for f in members if f.sentence == total.sentence and f is not total]
            found = _parts_of(text, total, members[i + 1 :], beside, placed=run.when(total) is not None)
            if found is None:
                continue
            parts, why = found
            last = next(k for k, f in enumerate(members) if f is parts[-1])
            rest = _rest_next(text, parts[-1], members[last + 1 :])  # "Den Rest von 20 Mio. trägt die Stadt."
            if rest is not None:
                parts, why = [*parts, rest], f"{why}; the sentence after them tells the rest"
            revised = revised_to(members, run) if revised is None else revised
            if id(total) in revised:  # "Ursprünglich waren 350 Mio. veranschlagt. Die Stadt trägt davon ...":
                total = revised[id(total)]  # noqa: PLW2901 - the parts are of the figure it was revised to
                why += f"; the total before them is an old figure, so they are of the new one, {total.amount.text!r}"
            if any(_remainder(text, p, prev) for p, prev in zip(parts, [total, *parts], strict=False)):
                finding = added_up(run, total, parts, why=f"{why}; one part is the rest, so they add up to it")
            else:
                finding = above(run, total, parts, why=why)
            if finding is not None:
                yield finding


def _parts_of(
    text: str, total: Fact, after: list[Fact], beside: list[Fact], *, placed: bool
) -> tuple[list[Fact], str] | None:
    """The parts that follow a total, and where they were found; None: no parts follow it.

    `beside`: the other figures of the total's sentence; `placed`: whether the total's period lies on days of
    the calendar ("im kommenden Jahr"), not a rate ("pro Jahr").
    """
    w = words()
    lead = text[total.amount.span[1] : min(total.amount.span[1] + _PARTS_CUE, total.sentence[1])].lower()
    cue = next((c for c in w.parts_after if c in lead.split(",")[-1].split()), None) or _cue_after_verb(
        text, total, after
    )
    if cue is not None or _COLON.match(lead) is not None:
        parts = [f for f in after if f.sentence == total.sentence and f.currency == total.currency]
        where = f"after {cue!r}" if cue is not None else "after a colon"
        return (parts, f"the parts follow the total {where} in its sentence") if parts else None
    end = total.sentence[1]
    if any(f.currency == total.currency and f.amount.value > total.amount.value for f in beside):
        return None  # "davon" in the next sentence may mean a larger figure of this one: it is read against that
    nxt = [f for f in after if f.sentence[0] >= end and not text[end : f.sentence[0]].strip()]
    if not nxt or "\n\n" in text[end : nxt[0].sentence[0]]:
        return None
    # the words of the next sentence before its first figure: "Davon gehen ...", "Deutschland erhält davon ..."
    opener = [t.strip(",:") for t in text[nxt[0].sentence[0] : nxt[0].amount.span[0]].lower().split()]
    parts = [f for f in nxt if f.sentence == nxt[0].sentence and f.currency == total.currency]
    cue, why = _next_sentence_cue(text, total, parts, opener)
    # "Von den 3,4 Mrd. entfallen ...": the parts of the whole it opens with (`_part_of_whole_lead`); "Insgesamt
    # flossen 83 Mio. Euro, davon ...": a total of its own, with its own parts (not the total of some of the
    # whole's subjects: "Bund und Länder ... 600 Mio. Der Bund trägt 350 Mio., die Länder zusammen 300 Mio.")
    told_whole = whole_lead(" ".join(opener)) or any(p.total and not _some_of(p, total) for p in parts)
    if cue is None or told_whole or _other_metric(total, parts) or _restated(total, parts):
        return None
    if total.amount.period is not None and not placed and all(p.amount.period is None for p in parts):
        return None  # "Pro Jahr sind das knapp 2 Mrd. Euro. Davon tragen ... 15 Mrd.": of the figure before, not of it
    return (parts, why) if parts else None


def _next_sentence_cue(text: str, total: Fact, parts: list[Fact], opener: list[str]) -> tuple[str | None, str]:
    """What makes the figures of the sentence after a total its parts (None: nothing), and why.

    `parts`: that sentence's figures in the total's currency; `opener`: its words before its first figure.
    """
    w = words()
    cue = next((t for t in opener if t in w.parts_after), None)
    if cue is not None:
        return cue, f"the parts follow the total in the next sentence, which has {cue!r} before its first figure"
    if len(parts) < _TWO:
        return None, ""
    rank = next((t for t in opener if t in w.ranked_parts), None)
    ways: tuple[tuple[str | None, str, Callable[[], bool]], ...] = (
        # "Für Energiehilfen sind 250 Mio. vorgesehen, für den Härtefallfonds 250 Mio. ...": its uses
        ("für", "which tells what each of its figures is for", lambda: all(_for_purpose(text, p) for p in parts)),
        # "Der Bund übernimmt 6 Mio., der Kreis 2 Mio., auf die Stadt entfallen 16,5 Mio."
        (
            "share",
            "whose verbs make each figure someone's share of it",
            lambda: all(_share(text, p, elliptic=i > 0) for i, p in enumerate(parts)),
        ),
        # "Die größten Geberländer waren Bayern mit 9,8 Mrd., Hessen mit 4,2 Mrd."
        (
            rank,
            f"which ranks some of its parts ({rank!r}), its clauses sharing one verb",
            lambda: rank is not None and all(_share(text, p, elliptic=True) for p in parts[1:]),
        ),
        # "Insgesamt fehlen 81 Mrd. Der Bund verliert 33 Mrd., die Länder 30 Mrd. und ..."
        ("gapped", "its clauses sharing one verb, after a total told as a whole", lambda: _gapped(text, total, parts)),
    )
    found = next(((cue, way) for cue, way, holds in ways if holds()), None)
    if found is not None:
        return found[0], f"the parts follow the total in the next sentence, {found[1]}"
    # "Die Verteilung der 500 Mrd. steht. Die Länder erhalten 100 Mrd., ..."
    cue = next((t for t in w.shared_out if has_word(text[total.sentence[0] : total.sentence[1]], [t])), None)
    return cue, f"the total's sentence says it is shared out ({cue!r}) and the next sentence gives the shares"


_COLON = re.compile(r"\s*(?:[^\W\d_]+\s*){0,2}:")
"""A colon right after a total, or after the verb closing its clause ("stellt insgesamt 12 Mrd. Euro bereit: ...")."""


def _restated(total: Fact, parts: list[Fact]) -> bool:
    """Whether the next sentence tells the total's own figure among the others: it restates it, no breakdown.

    "Länder-Tarif: 200 Euro mehr und Prämie" over "Beschäftigte erhalten eine Einmalzahlung von 1.800 Euro sowie
    200 Euro mehr pro Monat": the title's figure is the raise, not the sum of the two.
    """
    return any(p.amount.value == total.amount.value and p.currency == total.currency for p in parts)


def _other_metric(total: Fact, parts: list[Fact]) -> bool:
    """Whether a part is of the other side of a budget than the total.

    "Größte Einnahmequelle bleibt die Gewerbesteuer mit 213 Mio. Für Personal gibt die Stadt 410 Mio. aus": what
    is spent is no part of a revenue.
    """
    w = words()
    sides = (frozenset(w.income_side), frozenset(w.outlay_side))
    return any(total.metric in one and p.metric in other for one, other in (sides, sides[::-1]) for p in parts)


def _some_of(part: Fact, total: Fact) -> bool:
    """Whether a figure is told for some, not all, of the subjects a total's sentence names together."""
    return total.group and bool(part.names & total.names) and not part.names >= total.names


def _for_purpose(text: str, part: Fact) -> bool:
    """Whether a word of purpose and a word open a figure's clause ("für den Härtefallfonds 250 Mio.") or follow it.

    After the figure a verb may stand between ("210 Mio. Euro sind für das Stromnetz vorgesehen"). Not a year
    ("für 2025"), nor a period ("Für das laufende Jahr peilt ... an").
    """
    from aifigures.extract.lexicon import german  # noqa: PLC0415 - extraction's periods, loaded by then

    (lo, hi), (start, end) = part.clause, part.amount.span
    before, after = _purpose_res()
    m, stop = before.match(text, lo, start), start
    if m is None:
        m, stop = after.match(text, end, hi), hi
    return m is not None and not m["word"][:1].isdigit() and german().period_at(text, m.start("word"), stop) is None


@functools.cache
def _purpose_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A word of purpose and the word after it: opening a clause, and after a figure (a verb between allowed)."""
    leads = alternation(words().purpose_leads)
    return (
        re.compile(rf"\s*(?:{leads})\s+(?P<word>\S+)", re.IGNORECASE),
        re.compile(rf"\s+(?:[^\W\d_]+\s+)?(?:{leads})\s+(?P<word>\S+)", re.IGNORECASE),
    )


def _share(text: str, part: Fact, *, elliptic: bool) -> bool:
    """Whether a figure's clause says it is someone's share ("auf die Stadt entfallen").

    Or, `elliptic`, whether it leaves out the verb of the clause before ("der Kreis 2 Mio.").
    """
    clause = text[part.clause[0] : part.clause[1]]
    if has_word(clause, words().share_verbs):
        return True
    lead = text[part.clause[0] : part.amount.span[0]]
    joined = [*_joined_re().finditer(lead)]  # "95 Mio. an Unternehmen und 60 Mio. an die Kommunen": after "und"
    if joined:
        lead = lead[joined[-1].end() :]
    return elliptic and len(lead.split()) <= _ELLIPTIC_WORDS


def _gapped(text: str, total: Fact, parts: list[Fact]) -> bool:
    """Whether a total told as a whole ("insgesamt") is followed by its breakdown in gapped clauses.

    "Der Bund verliert 33,3 Mrd., die Länder 30,2 Mrd. und die Gemeinden 17,7 Mrd.": every clause after the
    first leaves out the verb of the first, so that each names only whose figure it is. Parts of another
    measure or period ("Der Umsatz stieg auf 30 Mrd.", "2024 waren es 480 Mrd., 2023 470 Mrd.") are no
    breakdown of it.
    """
    if not total.total or len(parts) < _TWO:
        return False
    same = all(p.metric in {None, total.metric} and p.amount.period in {None, total.amount.period} for p in parts)
    same = same and all(p.years <= total.years for p in parts)  # "2024 waren es 480 Mrd.": the years before
    return same and all(_share(text, p, elliptic=True) for p in parts[1:])


@functools.cache
def _joined_re() -> re.Pattern[str]:
    """A word that joins two clauses' parts ("und", "sowie": check.toml name_joiners)."""
    return re.compile(rf"(?<![^\W\d_])(?:{alternation(words().name_joiners)})(?![^\W\d_])", re.IGNORECASE)


_ELLIPTIC_WORDS = 3
"""How many words at most lead a figure in a clause that leaves out its verb ("der Kreis 2 Mio.")."""


def _cue_after_verb(text: str, total: Fact, after: list[Fact]) -> str | None:
    """The parts cue that opens the next clause of the total's sentence, with no figure between them.

    "Insgesamt sollen 1,2 Mrd. Euro investiert werden, davon 150 Mio. Euro aus Fördermitteln ...": the
    verb of the total's clause stands between it and "davon".
    """
    nxt = next((f.amount.span[0] for f in after if f.sentence == total.sentence), total.sentence[1])
    m = _CLAUSE_CUE.search(text, total.amount.span[1], nxt)
    return m["cue"].lower() if m is not None and m["cue"].lower() in words().parts_after else None


_CLAUSE_CUE = re.compile(r"[,;–—]\s*(?P<cue>[^\W\d_]+)(?![^\W\d_])")


def _remainder(text: str, part: Fact, before: Fact) -> bool:
    """Whether a part is named the rest of its total ("der Rest von 5 Mrd.", "die übrigen 5 Mrd.")."""
    lead = text[max(before.amount.span[1], part.amount.span[0] - _REST_REACH) : part.amount.span[0]]
    return has_word(lead, words().remainder)


_REST_REACH = 30
"""How far before a part the word that makes it the rest may stand."""


def _each_then_together(run: Run) -> Iterator[Finding]:
    """A figure for each of several ("jeweils 3 Mrd.") and their total in the same sentence ("zusammen 5 Mrd.").

    Or in the next sentence, its first figure, told as a total ("Insgesamt schüttet das Land damit 10 Mio. aus"):
    it may hold more than the figures before, so only their sum above it is flagged.
    """
    for members in comparable_by_article(run).values():
        for i, each in enumerate(members):
            if each.multiplicity < _SEVERAL:
                continue
            text = run.text(each.article)
            total = next((f for f in members[i + 1 :] if f.sentence == each.sentence and f.total), None)
            after = total is None and (total := _total_next(text, each, members[i + 1 :])) is not None
            if total is None or total.currency != each.currency:
                continue
            where = "the next sentence" if after else "one sentence"
            why = f"a figure for each of {each.multiplicity} and their total in {where}"
            if after:
                finding = above(run, total, [each], why=why)
            elif counted_exactly(text, (each.sentence[0], each.clause[0]), each.amount.span[0]):
                # "Die drei Gewinner erhalten jeweils 5.000 Euro, insgesamt also 20.000 Euro": all of it
                piece = (each.rounding[0] * each.multiplicity, each.rounding[1] * each.multiplicity)
                finding = weighed(run, total, [each], [piece], both_ways=True, why=f"{why}, which is all of it")
            else:
                finding = above(run, total, [each], why=why)
            if finding is not None:
                yield finding


_SEVERAL = 2


def _total_next(text: str, each: Fact, later: list[Fact]) -> Fact | None:
    """The first figure of the sentence right after a figure's, where it is told as a total (or a sum so far)."""
    nxt = next((f for f in later if f.sentence != each.sentence), None)
    if nxt is None or text[each.sentence[1] : nxt.sentence[0]].strip() or not (nxt.total or nxt.running):
        return None
    return nxt if all(f.sentence != nxt.sentence for f in later if f.index < nxt.index) else None


def _split_equally(run: Run) -> Iterator[Finding]:
    """A figure, then a count of equal parts of it in the same sentence ("in zwei Raten zu je 900 Euro").

    The part times the count must meet the figure right before it (no figure between them), in both ways.
    """
    why = "a figure and the stated number of equal parts it is paid or split in, in one sentence"
    for members in comparable_by_article(run).values():
        for before, each in itertools.pairwise(members):
            if before.sentence != each.sentence or before.currency != each.currency:
                continue
            count = stated_count(run.text(each.article), before.amount.span[1], each.amount.span[0])
            if count is None:
                continue
            piece = (each.rounding[0] * count, each.rounding[1] * count)
            if (finding := weighed(run, before, [each], [piece], both_ways=True, why=why)) is not None:
                yield finding


RULE = Rule(
    "AF103",
    Kind.PARTS_TOTAL,
    Severity.ERROR,
    note=False,
    find=lambda run: itertools.chain(
        verdicts(Kind.PARTS_TOTAL)(run), _covering_across(run), subjects_across(run), shares_across(run)
    ),
    doc=__doc__ or "",
    within=within,
)
