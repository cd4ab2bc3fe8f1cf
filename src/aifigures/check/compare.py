"""Linking and comparing figures: which facts report one figure, and whether their intervals agree.

Facts are grouped by metric and name (or by the user's key), so the work grows with the number of facts,
not with the number of pairs. Within a group, facts that agree form a cluster, and one verdict is given per
pair of clusters, between their first members. Two figures in one clause with nothing between them that
makes them two facts are one fact stated twice, and compared too. The verdicts (scale error, bounds that
exclude each other, revision, conflict) are read by the rules of those kinds.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from aifigures.check.added import adds_up
from aifigures.check.conversions import told_converted
from aifigures.check.days_apart import moved, seasons_apart, undated_events_apart
from aifigures.check.facts import currencies_meet, may_be_one, one_sided, words
from aifigures.check.findings import Finding, Kind, between, interval_text, place
from aifigures.check.key_groups import group_key, grouped_names, key_groups
from aifigures.check.magnitudes import converted_far_apart, far_apart
from aifigures.check.metrics import part_of
from aifigures.check.names import name_in, names_cover
from aifigures.check.people import people_apart
from aifigures.check.per_unit import is_share
from aifigures.check.places import things_of_one_place
from aifigures.check.rounded_revisions import marked_changed, revised_within_rounding
from aifigures.check.run import once_for, shared_by
from aifigures.check.slips import (
    converted_step,
    digits_converted,
    digits_of,
    overlap,
    same_digits,
    scale_step,
    slip_finding,
)
from aifigures.check.summed import part_of_total
from aifigures.check.title_subjects import two_titled_subjects
from aifigures.check.years_ago import ago_and_now

if TYPE_CHECKING:
    from collections import Counter
    from collections.abc import Callable, Iterator
    from decimal import Decimal

    from aifigures.check.facts import Fact
    from aifigures.check.run import Run
    from aifigures.normalise.rates import RateQuote

__all__ = [
    "agrees",
    "comparable_by_article",
    "comparable_facts",
    "digits_of",
    "linkable",
    "linked",
    "old_figures",
    "overlap",
    "same_digits",
    "scale_step",
    "telling",
    "told_value",
    "verdicts",
    "within_verdicts",
]

_BOUNDED = frozenset({"at_most", "at_least", "more_than", "less_than"})


@shared_by("comparable")
def comparable_facts(run: Run) -> list[Fact]:
    """The facts that may be weighed against others: not a stated conversion, a currency, not in parentheses."""
    from aifigures.check.conversions import restatements  # noqa: PLC0415 - conversions reads this module

    converted = {id(r.stated) for r in restatements(run)}
    return [f for f in run.facts if id(f) not in converted and f.currency is not None and not f.in_parens]


@shared_by("linked")
def linked(run: Run) -> list[Finding]:
    """Every verdict of disagreement between facts that report one figure, weighed on all of a run's facts.

    The facts of one key (clusters, which may also pair figures of one article) and the figures of two
    articles that the evidence links. The rules pick their kinds (`verdicts`).
    """
    from aifigures.check.one_per_figure import one_per_figure  # noqa: PLC0415 - it reads this module
    from aifigures.check.revisions import old_figures_apart  # noqa: PLC0415 - revisions reads this module

    # (a worked example's figures are weighed within their article, never as a report of a quantity)
    found = [*_across_clusters([f for f in comparable_facts(run) if not f.example], run), *_across_articles(run)]
    return [*one_per_figure(found, run), *old_figures_apart(run)]


@shared_by("linked_within")
def linked_within(run: Run) -> list[Finding]:
    """Every verdict between figures of one article that need no other article (`within_verdicts`)."""
    from aifigures.check.revisions import revised_in_text  # noqa: PLC0415 - revisions reads this module
    from aifigures.check.rivals import rival_figures  # noqa: PLC0415 - rivals reads this module
    from aifigures.check.title_figures import title_against_text  # noqa: PLC0415 - it reads this module
    from aifigures.check.told_twice import scale_nearby, within_clause  # noqa: PLC0415 - it reads this module

    facts = comparable_facts(run)
    return [
        *within_clause(facts, run),
        *title_against_text(facts, run),
        *scale_nearby(run),
        *_within_article(run),
        *revised_in_text(facts, run),
        *rival_figures(facts, run),
    ]


def _across_articles(run: Run) -> list[Finding]:
    """Figures of two articles that the evidence links (`aifigures.check.evidence`), where they disagree."""
    from aifigures.check.evidence import cross_links  # noqa: PLC0415 - evidence reads comparable_facts here

    out: list[Finding] = []
    # (a figure, what the other says): its finding, and the other figure as it was first told
    told: dict[tuple[int, tuple[object, ...]], tuple[int, Fact]] = {}
    copies: dict[int, list[str]] = defaultdict(list)
    agreeing: dict[int, list[str]] = defaultdict(list)
    told_again: dict[tuple[object, ...], int] = {}
    repeated: set[int] = set()
    old = old_figures(run)
    for link in cross_links(run):
        if not _weighed_by_link(link.a, link.b, run, old):
            continue
        finding = compare(link.a, link.b, run, why=link.reason())
        if finding is None:
            continue
        # the same two figures told again in the same two reports (in the title and in the text): one finding
        again = (finding.kind, link.a.article, telling(link.a), link.b.article, telling(link.b))
        if again in told_again:
            repeated.add(told_again[again])
            continue
        told_again[again] = len(out)
        if _told_twice(link.a, run) and _told_twice(link.b, run):
            repeated.add(len(out))  # (the figure's twin in each report answers no other: `evidence.mutual_best`)
        # one figure against the same figure in several reports (copies of one agency text, or reports that
        # agree on it): one finding, which says in how many more reports it stands
        keys = ((id(link.a), told_value(link.b)), (id(link.b), told_value(link.a)))
        copied = next(((k, c) for k, c in zip(keys, (link.b, link.a), strict=True) if k in told), None)
        if copied is not None and out[told[copied[0]][0]].kind is finding.kind:
            i, first = told[copied[0]]
            (copies if telling(copied[1]) == telling(first) else agreeing)[i].append(
                f"{copied[1].amount.text!r} in {copied[1].article}"
            )
            continue
        told[keys[0]], told[keys[1]] = (len(out), link.b), (len(out), link.a)
        out.append(finding)
    for i, more in copies.items():
        out[i] = replace(out[i], why=f"{out[i].why}; told alike in {len(more)} more report(s): {', '.join(more)}")
    for i, more in agreeing.items():
        out[i] = replace(out[i], why=f"{out[i].why}; {len(more)} more report(s) agree with it: {', '.join(more)}")
    for i in repeated:
        out[i] = replace(out[i], why=f"{out[i].why}; each report tells these figures more than once")
    return out


@shared_by("old_figures")
def old_figures(run: Run) -> set[int]:
    """The figures (by id) that their own text tells as old beside the new one: not weighed against other reports.

    "135 statt 9,6 Millionen Euro" says what the cost is no longer; another report's figure is weighed against
    the 135, and the old figures of two reports only where both revise to one figure (`old_figures_apart`).
    """
    from aifigures.check.revisions import revisions_by_article  # noqa: PLC0415 - revisions reads this module

    return {id(old) for found in revisions_by_article(run).values() for old, _, _ in found}


def _weighed_by_link(a: Fact, b: Fact, run: Run, old: set[int]) -> bool:
    """Whether two linked figures are weighed as linked, not by the clusters of their key, nor as old figures.

    Two figures of one key are weighed by the clusters of `_across_clusters` (one finding per pair of
    clusters); a figure its own text tells as old (`old_figures`) by no other report.
    """
    if run.key is None and _one_group(a, b, run):
        return False
    return id(a) not in old and id(b) not in old


def _told_twice(f: Fact, run: Run) -> bool:
    """Whether a figure's article tells its value in its currency once more (a title and its text)."""
    return any(
        g is not f and g.currency == f.currency and g.amount.value == f.amount.value
        for g in comparable_by_article(run).get(f.article, ())
    )


def _told_as_old(a: Fact, b: Fact, run: Run) -> bool:
    from aifigures.check.revisions import told_as_old  # noqa: PLC0415 - revisions reads this module

    return told_as_old(a, b, run) or told_as_old(b, a, run)


def _one_group(a: Fact, b: Fact, run: Run) -> bool:
    """Whether two figures fall in one group of `key_groups` (so the clusters weigh them, not their link).

    Not where their periods are placed on other days: "in den kommenden drei Jahren" in reports of two days;
    nor where the clusters would not weigh them against each other (`linkable`: their names mostly differ).
    """
    if a.metric is None or group_key(a, run) != group_key(b, run):
        return False
    return bool(grouped_names(a, run) & grouped_names(b, run)) and linkable(a, b) and not _apart_across(a, b, run)


def _apart_across(a: Fact, b: Fact, run: Run) -> bool:
    """Whether two figures of two articles are of two subjects, people, years or events (`undated_events_apart`)."""
    return (
        two_subjects(a, b, run)
        or two_titled_subjects(a, b, run)
        or people_apart(a, b, run)
        or seasons_apart(a, b, when := {id(a): run.when(a), id(b): run.when(b)}, run)
        or undated_events_apart(a, b, when, run)
        or part_of_total(a, b, run)
        or ago_and_now(a, b, run)
        or things_of_one_place(a, b, run)
    )


def two_subjects(a: Fact, b: Fact, run: Run) -> bool:
    """Whether each figure's names hold one its article tells more than once and the other's never mentions.

    Two companies' reports whose titles share a noun ("Sanvora kappt Prognose", "Ravik hebt Prognose an")
    are about two subjects, though a figure of each takes both its title's names.
    """
    from aifigures.check.pair_names import article_counts  # noqa: PLC0415 - pair_names reads this module

    told_a, told_b = _told_names(a, run), _told_names(b, run)
    if told_a <= b.names and told_b <= a.names:
        return False  # the common case, cheaply: each figure's subject is among the other's names
    ca, cb = article_counts(a.article, run), article_counts(b.article, run)
    only_a = any(not cb[n] for n in told_a - b.names)
    only_b = any(not ca[n] for n in told_b - a.names)
    # one names only what the other does ("Lennbach", "FC Lennbach"): its article's subject may still be a stranger
    if only_b and not only_a:
        only_a = any(not cb[n] for n in _articletelling(a.article, run))
    elif only_a and not only_b:
        only_b = any(not ca[n] for n in _articletelling(b.article, run))
    return only_a and only_b


def _articletelling(article: str, run: Run) -> frozenset[str]:
    """The names of an article's figures that it tells more than once."""
    from aifigures.check.pair_names import article_counts  # noqa: PLC0415 - pair_names reads this module

    return told_twice(article_names(run).get(article, frozenset()), article_counts(article, run))


def _told_names(f: Fact, run: Run) -> frozenset[str]:
    """The figure's names its article tells more than once; where none, the names the article tells so.

    A title's figure may take only the title's names ("Rekordtransfer: Stürmer wechselt für 100 Millionen nach
    München"), while the text names the player twice: he is the subject the other report never mentions.
    Worked out once a run for each article and set of names.
    """
    from aifigures.check.pair_names import article_counts  # noqa: PLC0415 - pair_names reads this module

    def make() -> frozenset[str]:
        counts = article_counts(f.article, run)
        return told_twice(f.names, counts) or told_twice(article_names(run).get(f.article, frozenset()), counts)

    return once_for(run, "told_names", (f.article, f.names), make)


def told_twice(names: frozenset[str], counts: Counter[str]) -> frozenset[str]:
    """The names an article (its word `counts`) tells more than once."""
    return frozenset(n for n in names if counts[n] > 1)


@shared_by("article_names")
def article_names(run: Run) -> dict[str, frozenset[str]]:
    """The names of each article's figures (their sentences' or its subject's), once a run."""
    names: dict[str, set[str]] = defaultdict(set)
    for f in run.facts:
        names[f.article] |= f.names
    return {article: frozenset(n) for article, n in names.items()}


def told_value(f: Fact) -> tuple[object, ...]:
    """What a figure says, however it is written: value, currency, qualifier and period."""
    return (f.amount.value, f.currency, f.amount.qualifier, f.amount.period)


def telling(f: Fact) -> tuple[object, ...]:
    """How a figure is told: its words, value, currency, qualifier and period (alike in copies of one text)."""
    return (f.amount.text, f.amount.value, f.currency, f.amount.qualifier, f.amount.period)


def _within_article(run: Run) -> list[Finding]:
    """Figures of two sentences of one article that the rare words they alone share link, where they disagree.

    Figures of two periods are left to the rule on periods (a flow told per month and per year).
    """
    from aifigures.check.inner import inner_links  # noqa: PLC0415 - it reads comparable_facts here

    out = []
    for link in inner_links(run):
        pa, pb = link.a.amount.period, link.b.amount.period
        if pa is not None and pb is not None and pa != pb:
            continue
        why = f"one article tells it twice: {link.reason().removeprefix('linked by ')}"
        finding = compare(link.a, link.b, run, why=why)
        if finding is not None:
            out.append(finding)
    return out


def _across_clusters(facts: list[Fact], run: Run) -> list[Finding]:
    from aifigures.check.one_per_figure import agreed_in, told_alike_in, with_copies  # noqa: PLC0415 - it reads this module

    out: list[Finding] = []
    by_sentence: dict[tuple[str, tuple[int, int]], list[Fact]] = defaultdict(list)
    for f in facts:
        by_sentence[(f.article, f.sentence)].append(f)
    old = old_figures(run)
    by_article = comparable_by_article(run)
    for members in key_groups(facts, run).values():
        # facts that agree form a cluster; one finding per pair of clusters, between their first members
        clusters: list[list[Fact]] = []
        # (facts with an assumed currency last, so that a cluster is led by one whose currency is written)
        for f in sorted(members, key=lambda g: (g.amount.currency_inferred, g.article, g.index)):
            if id(f) in old:
                continue
            for cluster in clusters:
                rep = cluster[0]
                # (a report's title and its text telling one figure alike are one telling of it)
                twice = rep.article == f.article and telling(rep) == telling(f)
                if (twice or linkable(rep, f)) and compare(rep, f, run) is None:
                    cluster.append(f)
                    break
            else:
                clusters.append([f])
        for i, a in enumerate(clusters):
            verdicts = (
                (compare(a[0], b[0], run), b)
                for b in clusters[i + 1 :]
                if linkable(a[0], b[0])
                and may_be_one(a[0], b[0])  # (a debt "Ende 2023" and one "Ende 2024": of two years)
                and not _answered(a[0], b[0], by_sentence)
                and not _apart_across(a[0], b[0], run)
                and not agreed_in(a, b)
            )
            # (a figure its report tells alike elsewhere is answered there: a conflict, not a revision, is dropped)
            out.extend(
                with_copies(v, a, b)
                for v, b in verdicts
                if v is not None and (v.kind is Kind.REVISION or not told_alike_in(a[0], b[0], by_article, old))
            )
    return out


@shared_by("comparable_by_article")
def comparable_by_article(run: Run) -> dict[str, list[Fact]]:
    """The comparable facts of each article, in their order (grouped once a run)."""
    by_article: dict[str, list[Fact]] = defaultdict(list)
    for f in comparable_facts(run):
        by_article[f.article].append(f)
    return by_article


def _answered(a: Fact, b: Fact, by_sentence: dict[tuple[str, tuple[int, int]], list[Fact]]) -> bool:
    """Whether one of two figures of two articles has a counterpart in the other's sentence that agrees with it.

    "Die Betreiber investieren weitere 15 Mrd." against "... insgesamt 19,8 Mrd. ...; die Betreiber tragen
    15 Mrd.": the 15 answers the 15 beside the total, and the total is another quantity.
    """
    if a.article == b.article:
        return False
    return any(_answers(f, a) for f in by_sentence[(b.article, b.sentence)] if f is not b) or any(
        _answers(f, b) for f in by_sentence[(a.article, a.sentence)] if f is not a
    )


def _answers(f: Fact, other: Fact) -> bool:
    """Whether `f` agrees with a figure of another report, as a bound only with a bound.

    "Die Ablöse beträgt 85 Mio. Euro, mit Boni bis zu 100 Mio.": the bound holds any fee below it, and answers none.
    """
    bound = f.amount.qualifier.value in _BOUNDED
    return agrees(other, f) and (not bound or other.amount.qualifier.value in _BOUNDED)


def agrees(a: Fact, b: Fact) -> bool:
    """Whether two figures of one currency may be one and their intervals meet."""
    return a.currency == b.currency and may_be_one(a, b) and overlap((a.low, a.high), (b.low, b.high))


def linkable(a: Fact, b: Fact) -> bool:
    """Whether two facts of one key may be one fact, and can be weighed against each other.

    They are not one fact when they stand in one sentence, when they are for two areas of a budget, when one is
    about more subjects than the other (a total and its part), or when their names mostly differ ("Alibaba ...
    in KI" and "Alibaba ... in ein Startup"); and their currencies must meet (`currencies_meet`).
    """
    if a.article == b.article and (
        a.sentence == b.sentence or a.added or b.added or _told_apart(a, b) or _told_apart(b, a)
    ):
        return False  # (a figure told as added to another is another: "Zusätzlich zahlt Keltron 1,4 Mrd.")
    if far_apart(a, b) or (a.purpose is not None and b.purpose is not None and a.purpose != b.purpose):
        return False  # (two areas of a budget: two items)
    if (b.group and not names_cover(a.names, b.names)) or (a.group and not names_cover(b.names, a.names)):
        return False  # ("Bund und Land steuern zusammen 350 Mio. bei" and "das Land ... mit 50 Mio.")
    union = a.names | b.names
    # names a figure takes from its article's title ("Varnik: Insolvenz in Eigenverwaltung") describe the
    # article, not the figure's sentence: one of them shared is enough
    inherited = not a.sentence_names or not b.sentence_names
    if union and 2 * len(a.names & b.names) < len(union) and not (inherited and a.names & b.names):
        # a name the other figure's sentence writes in another form ("Karlsruhe", "Karlsruher") is shared too
        seen_a, seen_b = a.names | a.words, b.names | b.words
        shared = [n for n in union if name_in(n, seen_a) and name_in(n, seen_b)]
        if 2 * len(shared) < len(union):
            return False
    return currencies_meet(a, b)


def _told_apart(a: Fact, b: Fact) -> bool:
    """Whether two figures of one article may be about two things, though they share its subject.

    `a` names nothing in its sentence and borrows the article's subject: it may be about another thing of
    that subject than `b` when `b` too borrows it, or when `b` is about several subjects together ("Bund,
    Länder und Gemeinden ... 2 Billionen Euro. Die Länder wiesen ... 620 Milliarden Euro aus").
    """
    return not a.sentence_names and (not b.sentence_names or b.group)


def compare(a: Fact, b: Fact, run: Run, why: str = "") -> Finding | None:
    """None when a and b agree (their intervals overlap), else the finding that says why not.

    `why` says why they were linked; by default, their shared key (metric, names, period, modality).
    """
    why = why or _key_reason(a, b)
    where = (place(a), place(b))
    if a.currency == b.currency and a.currency is not None:  # compared as written, no exchange rate
        rates: tuple[RateQuote, ...] = ()
        ia, ib, cur = (a.low, a.high), (b.low, b.high), a.currency
        k = same_digits(a, b)
    else:
        ca, cb = run.common(a, a.low, a.high), run.common(b, b.low, b.high)
        if ca is None or cb is None:
            return _not_comparable(a, b, run, why)
        ia, ib, cur = (ca.low, ca.high), (cb.low, cb.high), run.currency
        rates = tuple(dict.fromkeys(ca.band.quotes + cb.band.quotes))
        k = None
    if k is not None:  # the digits alone: a bound must not hide the slip
        return slip_finding(a, b, (a.rounding, b.rounding), cur, rates, k=k, why=why)
    if overlap(ia, ib) or _part_below((a, ia), (b, ib)):
        return revised_within_rounding(a, b, run, (ia, ib), cur, rates, why)  # (None unless marked as changed)
    step = converted_step(*digits_converted(a, b, run)) if rates else None
    if step is not None:  # "1,5 Mrd. Dollar" and "rund 1,4 Millionen Euro": a thousandfold apart once converted
        return slip_finding(a, b, (ia, ib), cur, rates, k=step, why=why, converted=True)
    # (none for the same digits in two currencies, one of them flagged as a swapped label already: AF102; none for
    # figures of two currencies too far apart once converted to be one quantity, as `far_apart`: a buyout's
    # 2,1 Mrd. Dollar and a chief's pay of 18,9 Mio. Euro; none where one and the figures added to it make the other)
    skip = _told_swapped(a, b, run) or (bool(rates) and converted_far_apart(ia, ib)) or adds_up(a, b, run)
    verdict = None if skip else _part_above(a, b) or (None if moved(a.metric, b.metric) else _verdict(a, b, run))
    if verdict is None:
        return None
    kind, told = verdict
    one = "are a part and its whole" if kind is Kind.PARTS_TOTAL else "report one figure"
    return Finding(
        kind,
        f"{a.amount.text!r} {interval_text(*ia, cur)} and {b.amount.text!r} {interval_text(*ib, cur)} {one}: {told}",
        where,
        (ia, ib),
        cur,
        rates,
        why=why,
    )


def _told_swapped(a: Fact, b: Fact, run: Run) -> bool:
    """Whether two figures give the same digits in two currencies and one is in a swap of its label already."""
    from aifigures.check.conversions import in_swaps  # noqa: PLC0415 - conversions reads this module

    same = (a.amount.value, a.amount.low, a.amount.high) == (b.amount.value, b.amount.low, b.amount.high)
    return same and a.currency != b.currency and (in_swaps(a, run) or in_swaps(b, run))


def _part_below(a: tuple[Fact, tuple[Decimal, Decimal]], b: tuple[Fact, tuple[Decimal, Decimal]]) -> bool:
    """Whether one figure is a part of the other and not above it.

    A part measure of the other's metric ("versicherte Schäden"), or a figure of another report told as a part
    of the total it tells ("Allein in das Klinikum ... 200 Mio." beside "insgesamt 600 Mio."): a part below its
    whole agrees.
    """
    return any(_part(p, w) and ip[0] <= iw[1] for (p, ip), (w, iw) in ((a, b), (b, a)))


def _part(p: Fact, w: Fact) -> bool:
    """Whether `p` is a part of `w`: a part measure of its metric, or told as a part of a total another tells.

    The other report tells `w` as a total ("insgesamt 600 Mio."): a figure told without one may be the same part.
    """
    if is_share(p.metric) and not is_share(w.metric):
        return True  # "15 Prozent der Ablöse, also rund 12,75 Mio.": a share of the figure another tells
    if p.article == w.article:  # a figure beside its metric's total in one text ("Der Gesamtschaden ... 4 Mrd.")
        return part_of(p.metric, w.metric) or (w.total and not p.total and not w.part)
    return part_of(p.metric, w.metric) or (p.part and w.total and not w.part)


def _part_above(a: Fact, b: Fact) -> tuple[Kind, str] | None:
    """A part of the other whose intervals do not meet: above it (`compare` let one below pass)."""
    for part, whole in ((a, b), (b, a)):
        if part_of(part.metric, whole.metric):
            return Kind.PARTS_TOTAL, f"the part ({part.metric}) exceeds the whole ({whole.metric})"
        if _part(part, whole):
            return Kind.PARTS_TOTAL, f"{part.amount.text!r} is told as a part, but exceeds the whole"
    return None


def _told_kind(a: Fact, b: Fact, run: Run) -> tuple[Kind, str] | None:
    """What the words of two figures whose intervals do not meet make them: bounds, or a conversion told."""
    if {a.amount.qualifier.value, b.amount.qualifier.value} & _BOUNDED or _near_one_side(a, b, run):
        return Kind.QUALIFIER_CONFLICT, "their bounds exclude each other"
    converted = next((f for f in (a, b) if a.currency != b.currency and told_converted(f, run.text(f.article))), None)
    if converted is not None:  # "900 Mio. Pfund" and another report's "für umgerechnet 1,6 Mrd. Euro"
        return Kind.FX_CONVERSION, f"{converted.amount.text!r} is told as converted, but not at the day's rates"
    return None


def _near_one_side(a: Fact, b: Fact, run: Run) -> bool:
    """Whether a figure told as just below or above its value ("knapp", "gut") misses the other by that side only.

    "gut 500 Mio." against 480 Mio.: about 500 would meet it; "knapp 112 Mrd." against 89,2 Mrd. is another value.
    """
    for x, y in ((a, b), (b, a)):
        if one_sided(x.amount) and x.currency == y.currency:
            v, tol = x.amount.value, run.settings.approx
            if v * (1 - tol) <= y.high and y.low <= v * (1 + tol):
                return True
    return False


def _verdict(a: Fact, b: Fact, run: Run) -> tuple[Kind, str] | None:
    """What two linked figures whose intervals do not meet are.

    Bounds that exclude each other, a revision (marked, months apart, or told as the old figure), or a
    conflict; None for two events months apart.
    """
    told = _told_kind(a, b, run)
    if told is not None:
        return told
    if marked_changed(a, b, run):  # a marked change ("korrigiert", "nach neuen Angaben"), not a contradiction
        return Kind.REVISION, "the text marks the figure as changed"
    if run.within_revision(a.article, b.article) is False:
        if a.metric is not None and a.metric in words().event_metrics:
            return None  # two fines, prices or rounds reported months apart are two events, not a revision
        da, db = run.articles[a.article].date, run.articles[b.article].date
        return Kind.REVISION, (
            f"the reports are of {da} and {db}, more than {run.settings.revision_days} days apart: the later "
            "figure replaces the earlier, or is for another period"
        )
    if _told_as_old(a, b, run):
        days = ", ".join(str(run.articles[f.article].date or "no date") for f in (a, b))
        return (
            Kind.REVISION,
            f"the later report tells the other figure, beside its own, as the one before (reports of {days})",
        )
    return Kind.CONFLICT, "the intervals do not overlap"


def _not_comparable(a: Fact, b: Fact, run: Run, why: str) -> Finding:
    """The note that two linked figures could not be weighed: no rate between their currencies for their days."""
    missing = a if run.common(a, a.low, a.high) is None else b
    days = run.days(missing.article).basis
    message = (
        f"{a.amount.text!r} and {b.amount.text!r} report one figure, but cannot be weighed against each other: "
        f"no {missing.currency}/{run.currency} rate for {days}"
    )
    intervals = ((a.low, a.high), (b.low, b.high))
    return between(Kind.UNVERIFIABLE, message, (a, b), intervals, a.currency or run.currency, why=why)


def _key_reason(a: Fact, b: Fact) -> str:
    names = ", ".join(sorted(a.names & b.names))
    period = f"period {a.amount.period}" if a.amount.period is not None else "no period"
    who = f"names {names}" if names else "one clause with nothing between them that makes them two facts"
    return f"same metric ({a.metric}), {who}, {period}, {a.modality.value}"


def verdicts(kind: Kind) -> Callable[[Run], Iterator[Finding]]:
    """The find function of a rule that reports the linked verdicts of one kind."""

    def find(run: Run) -> Iterator[Finding]:
        return (f for f in linked(run) if f.kind is kind)

    return find


def within_verdicts(kind: Kind) -> Callable[[Run], Iterator[Finding]]:
    """The `within` function of a rule that reports the verdicts of one kind inside one article."""

    def within(run: Run) -> Iterator[Finding]:
        return (f for f in linked_within(run) if f.kind is kind)

    return within
