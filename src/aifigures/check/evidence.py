"""Evidence that two figures in different articles report one quantity: the rare words their contexts share.

A figure's context is its sentence and its article's title and lead. Each word of it weighs by how rare it
is in German (`wordfreq`'s Zipf frequency: 7 for "der", about 3 for "Pfizer", 0 for a word it has never
seen): a shared "Elbphilharmonie" or "Warner-Lambert" says more than a shared "Konzern". Numbers other
than the figures themselves ("800.000 Flüchtlinge") count as rare words, and so do the figures of a
figure's sentence, by value and currency however written ("statt auf 89 Milliarden nur auf ..." in two
reports); a period that two figures of one metric place on the same days adds to their weight. Two
figures are linked when that weight reaches the run's strictness, nothing in their keys says they differ
(metric, period, modality), and they may be weighed against each other (currency). Candidates come from
an index of each rare word to the figures that have it (blocking), so the work grows with the corpus, not
with its pairs.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from aifigures.check.blocks import MAX_POSTINGS, corpus_of
from aifigures.check.compare import overlap, two_subjects
from aifigures.check.context import (
    FIGURE,
    RARE_FROM,
    compound_parts,
    figure_token,
    places_of,
    rarity,
)
from aifigures.check.days_apart import events_apart, periods_apart, rate_and_term, seasons_apart
from aifigures.check.digit_evidence import DIGIT_WEIGHT, digits, digits_evidence, told_alike_digits, transposed
from aifigures.check.examples import bases_meet, example_basis
from aifigures.check.facts import has_word
from aifigures.check.keys import keys_meet, keys_shared, other_period
from aifigures.check.lower_case import lower_case_names
from aifigures.check.magnitudes import far_apart
from aifigures.check.metrics import metrics_meet
from aifigures.check.names import identifies, name_in, names_meet
from aifigures.check.objects import head_shared, other_objects
from aifigures.check.one_per_figure import told_alike_in
from aifigures.check.one_to_one import mutual_best
from aifigures.check.own_clauses import own_clauses
from aifigures.check.pair_names import article_counts, names_of_pair, sentence_counts
from aifigures.check.people import people_apart
from aifigures.check.places import places_apart, things_of_one_place
from aifigures.check.purposes import AREA_WEIGHT
from aifigures.check.run import shared_by
from aifigures.check.side_shares import shares_apart
from aifigures.check.spread import generic, spread
from aifigures.check.title_subjects import two_titled_subjects
from aifigures.check.told_stories import titled_stories, told_stories
from aifigures.check.vocabulary import check_words
from aifigures.normalise.calendar import tells_year_before

if TYPE_CHECKING:
    from collections.abc import Iterable

    from aifigures.check.blocks import Corpus
    from aifigures.check.facts import Fact
    from aifigures.check.run import Run
    from aifigures.normalise.calendar import Interval

__all__ = [
    "ARTICLES_TO_LINK",
    "RARE_FROM",
    "Link",
    "context_words",
    "cross_links",
    "linking_bags",
    "mutual_best",
    "period_links",
    "rarity",
]

ARTICLES_TO_LINK = 2


@dataclass(frozen=True, slots=True)
class Link:
    """Two figures of two articles that the evidence says report one quantity."""

    a: Fact
    b: Fact
    score: float
    shared: tuple[str, ...]
    """The shared words (`reason` names the rarest)."""
    near: int = 0
    """How many words right around the two figures are the same: which of a sentence's figures answers which."""
    keys: tuple[str, ...] = ()
    """What else they share that counted: their period placed in the calendar, for one metric."""
    agree: bool = False
    """Whether their intervals meet (one currency): of equally strong matches, the one that agrees wins."""
    story: str = ""
    """Why their reports are of one story, where that made less evidence enough (`_within_stories`)."""

    def reason(self) -> str:
        """Why they were linked, for the finding's message."""
        rarest = sorted(self.shared, key=lambda w: (-rarity(w), w))[:5]
        shown = ", ".join(f"the figure {w[1:]}" if w[:1] == FIGURE else w for w in rarest)
        parts = [f"linked by the words they share: {shown}"] if shown else []  # a story's figures may share none
        parts += [*self.keys, *([self.story] if self.story else [])]
        if transposed(self.a, self.b, (digits(self.a.amount.value), digits(self.b.amount.value))):
            parts.append("the same digits, two of them swapped")
        return f"{'; '.join(parts)} (weight {self.score:.1f})"


def context_words(run: Run, f: Fact, *, title: bool = True) -> frozenset[str]:  # noqa: ARG001 - kept for callers
    """The rare words of a figure's sentence and (with `title`) of its article's title, lower case.

    The figures themselves are left out; they were read with the article (`aifigures.check.context`).
    """
    return f.words | f.title_words if title else f.words


@shared_by("cross_links")
def cross_links(run: Run) -> list[Link]:
    """Every pair of figures in different articles whose shared rare words weigh at least the strictness."""
    return _linked_across(run, _pairs(run)[0])


def story_pairs(run: Run) -> set[tuple[str, str]]:
    """The pairs of articles (in order) of one story: a figure of each linked, or titles and leads that share a word."""
    idx = _index(run)
    pairs = {(k.a.article, k.b.article) for k in cross_links(run)} | set(titled_stories(run, idx.facts, idx.weight))
    return {(a, b) if a < b else (b, a) for a, b in pairs}


@shared_by("period_links")
def period_links(run: Run) -> list[Link]:
    """Pairs of figures in different articles, linked as `cross_links` are, that give one metric two periods.

    "Umsatz im dritten Quartal: 4,82 Mrd. Euro" and "Jahresumsatz: 4,82 Mrd. Euro": the rule on periods
    weighs whether the same figure was put on two periods. Their periods must meet in the calendar (the
    quarter within the year), a metric be named, and nothing else in their keys differ.
    """
    return _linked_across(run, _pairs(run)[1], own_figures=False)


@dataclass(frozen=True, slots=True)
class LinkIndex:
    """The figures that may be linked across articles, what each says, and which share a word (blocking)."""

    bags: dict[int, frozenset[str]]
    near: dict[int, tuple[str, ...]]
    when: dict[int, Interval | None]
    postings: dict[str, list[Fact]]
    weights: dict[str, float]
    """Each word's weight, worked out when a candidate first shares it."""
    names: dict[int, frozenset[str]]
    """The names of a figure's sentence in a text all in lower case: its words that other texts capitalise."""
    year_before: frozenset[int]
    """The figures whose period words make it the year before's ("im Vorjahresquartal"), read once."""
    own: dict[int, frozenset[str]]
    """The names of a figure's own clause, where its sentence tells figures of other names in other clauses."""
    lower_subjects: dict[int, frozenset[str]]
    """The subject of a figure's article written all in lower case: its title's and lead's words that other
    texts capitalise ("kelmar steigert umsatz" where others write "Kelmar")."""
    only: frozenset[int]
    """The figures that are the only one of their named metric in their article (`_only_of_metric`)."""
    corpus: Corpus
    """The counts over the whole corpus: in how many articles each word stands."""
    facts: list[Fact]
    """The figures indexed: the comparable ones that are no attribute of a noun."""

    def weight(self, word: str) -> float:
        """A word's rarity in German, less where it stands in many articles of the corpus (`spread`)."""
        if word not in self.weights:
            self.weights[word] = rarity(word) * spread(self.corpus.word_articles[word])
        return self.weights[word]


@shared_by("link_index")
def _index(run: Run) -> LinkIndex:
    from aifigures.check.compare import comparable_facts  # noqa: PLC0415 - compare reads these links

    # (a worked example only where its basis is told: `bases_meet` weighs it against the same example only)
    facts = [f for f in comparable_facts(run) if not (f.attributive or (f.example and not example_basis(f, run)))]
    when = {id(f): run.when(f) for f in facts if f.amount.period is not None}
    bags = linking_bags(run, facts)
    near = {id(f): f.near for f in facts}
    index: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        for w in bags[id(f)]:
            index[w].append(f)
    year_before = frozenset(id(f) for f in facts if tells_year_before(f.amount))
    names, subjects = lower_case_names(run, facts)
    only = _only_of_metric(facts)
    own = own_clauses(facts, run)
    return LinkIndex(bags, near, when, index, {}, names, year_before, own, subjects, only, corpus_of(run), facts)


def linking_bags(run: Run, facts: list[Fact]) -> dict[int, frozenset[str]]:
    """The words each figure may be linked by across articles: its context's, and its period's year once placed."""
    return {
        id(f): _with_year(context_words(run, f), run.when(f) if f.amount.period is not None else None) for f in facts
    }


def _with_year(bag: frozenset[str], placed: Interval | None) -> frozenset[str]:
    """A figure's words and the year its period falls in once placed ("im kommenden Jahr": 2026), as if written."""
    if placed is None or placed.start.year != placed.end.year or str(placed.start.year) in bag:
        return bag
    return bag | {str(placed.start.year)}


Pair = tuple["Fact", "Fact"]


@shared_by("link_pairs")
def _pairs(run: Run) -> tuple[list[Pair], list[Pair]]:
    """The candidate pairs (blocking: a rare word both contexts have), of one key, and of two periods.

    A figure weighs in, but alone never makes a candidate: a word must be shared too.
    """
    if len(run.articles) < ARTICLES_TO_LINK:
        return [], []  # one article: nothing to link across (and wordfreq's lists need not load)
    idx = _index(run)
    figures = idx.corpus.word_figures
    seen: set[tuple[int, int]] = set()
    same: list[Pair] = []
    other: list[Pair] = []
    least = run.strictness * _STORY_SHARE  # the least evidence any link needs (`_within_stories`)
    for word, postings in idx.postings.items():
        if word[:1] == FIGURE or figures[word] > MAX_POSTINGS:
            continue
        for i, a in enumerate(postings):
            for b in postings[i + 1 :]:
                first, second = (a, b) if (a.article, a.index) < (b.article, b.index) else (b, a)
                pair = (id(first), id(second))
                if a.article == b.article or pair in seen:
                    continue
                seen.add(pair)
                # the keys but for who: weighed first, as they cost less than the names (`pair_names`)
                one_key = keys_meet(a, b)
                if not (one_key or other_period(a, b)) or not _may_link(a, b, idx, least):
                    continue
                names = _unless_apart(a, b, idx, run)
                if names is None or (names[0] and names[1] and not names_meet(*names)):
                    continue  # "Keltron investierte ..." and "Brisano investierte ...": two subjects
                (same if one_key else other).append((first, second))
    return same, other


def _may_link(a: Fact, b: Fact, idx: LinkIndex, least: float) -> bool:
    """Whether the evidence for two figures may weigh `least` or more, as `_story_link` and `_link` weigh it at most.

    Every shared word, the figure tokens' strongest, the keys, the digits and what a story adds: most candidate
    pairs weigh too little even so, and need not be read for who and when they are about (`_unless_apart`).
    """
    shared = idx.bags[id(a)] & idx.bags[id(b)]
    words = math.fsum(idx.weight(w) for w in shared if w[:1] != FIGURE)
    figures = max((idx.weight(w) for w in shared if w[:1] == FIGURE), default=0.0)
    keys = keys_shared(a, b, idx.when)
    told = max(digits_evidence(a, b, keyed=bool(keys)), told_alike_digits(a, b))
    only = _ONLY_WEIGHT if id(a) in idx.only and id(b) in idx.only and a.metric == b.metric else 0.0
    area = AREA_WEIGHT if a.purpose is not None and a.purpose == b.purpose else 0.0
    return words + figures + _KEY_WEIGHT * len(keys) + told + only + area >= least - _ROUNDING


_ROUNDING = 1e-9
"""What the sums of weights may differ by, added in another order."""


def _unless_apart(a: Fact, b: Fact, idx: LinkIndex, run: Run) -> tuple[frozenset[str], frozenset[str]] | None:
    """The names two figures are told with (`names_of_pair`); None where they are apart, or one sums others.

    A figure of several subjects joined ("Bund und Länder ... zusammen 7,6 Mrd.") and one of some of them ("Der
    Bund fördert ... mit 4,6 Mrd.") are a total and its part, as the key's comparison has them (`linkable`).
    """
    if _apart(a, b, idx, run) or _part_of_group(a, b, idx) or _part_of_group(b, a, idx):
        return None
    names = names_of_pair(a, b, idx, run)
    return None if _sum_of_others(a, b, names, run) else names


def _part_of_group(part: Fact, group: Fact, idx: LinkIndex) -> bool:
    """Whether a figure's own sentence, or its own clause, names some of the subjects another figure names together.

    "Marvo setzte 6,2 Mrd. Euro um, Tellis 3,9 Mrd." and "Aus Marvo und Tellis entsteht ein Händler mit 10,1 Mrd.
    Euro Umsatz": the 3,9 is Tellis's, a part of the two's 10,1; so is one whose clause names one of them beside
    others ("das Land Mecklenburg-Vorpommern mit 50 Mio."). A figure whose own clause names one of its
    sentence's subjects ("6,2 Mrd. auf Brücken und 4,9 Mrd. auf Stellwerke") sums none.
    """
    told = idx.own.get(id(part), part.sentence_names)
    if group.multiplicity > 1:
        return False  # "Ahrweil und Birkfeld erhalten je 2 Mio. Euro": each one's figure, no total of them
    if not group.group:
        return False
    told_of = [name_in(n, told) for n in idx.own.get(id(group), group.names)]  # each joined name, in any form
    return any(told_of) and not all(told_of)


def _sum_of_others(a: Fact, b: Fact, names: tuple[frozenset[str], frozenset[str]], run: Run) -> bool:
    """Whether one figure sums several its clause does not name and the other is one named subject's.

    "die beiden anderen Netzbetreiber zahlen zusammen 4,4 Mrd. Euro" against "auf Orbicom entfallen 2,4 Mrd.
    Euro", where the first report never mentions Orbicom: a sum of others (check.toml others_leads), not that
    subject's figure.
    """
    for total, of_total, of_one in ((a, names[0], names[1]), (b, names[1], names[0])):
        if not (total.total and not of_total and of_one):
            continue  # (the common case, before the clause is read: `_pairs` asks this of every candidate)
        if has_word(run.text(total.article)[total.clause[0] : total.clause[1]], check_words().others_leads):
            counts = article_counts(total.article, run)
            if not any(counts[n] for n in of_one):
                return True
    return False


def _apart(a: Fact, b: Fact, idx: LinkIndex, run: Run) -> bool:
    """Whether two figures are of two periods, events or seasons, or of two subjects.

    Two subjects: each report tells one twice that the other never mentions (`aifigures.check.compare.two_subjects`).
    """
    return (
        periods_apart(a, b, idx.when, idx.year_before)
        or events_apart(a, b, idx.when, run)
        or seasons_apart(a, b, idx.when, run)
        or two_subjects(a, b, run)
        or two_titled_subjects(a, b, run)
        or people_apart(a, b, run)
        or rate_and_term(a, b, run)
        or things_of_one_place(a, b, run)
        or places_apart(a, b, run)
        or shares_apart(a, b, run)
        or not bases_meet(a, b, run)
    )


def _linked_across(run: Run, pairs: list[Pair], *, own_figures: bool = True) -> list[Link]:
    """Of the candidate pairs, those the evidence links, one to one (with those of reports of one story)."""
    if len(run.articles) < ARTICLES_TO_LINK or not (pairs or own_figures):
        return []  # no candidate may still leave reports of one story (`_within_stories`), with their pairs
    idx = _index(run)
    # a pair below the strictness is never linked, and never takes a stronger pair's place (strongest first)
    candidates = [k for a, b in pairs if (k := _link(a, b, idx, run.strictness, own_figures=own_figures))]
    if own_figures:
        candidates = [k for k in candidates if not _answered(k, run)]
    links = _told_alike(run, mutual_best(candidates), run.strictness)
    more = _within_stories(run, pairs, links, own_figures=own_figures)
    if more:
        links = _told_alike(run, mutual_best(candidates + more), run.strictness * _STORY_SHARE)
    return sorted(links, key=lambda k: (k.a.article, k.a.index, k.b.article, k.b.index))


def _within_stories(run: Run, pairs: list[Pair], links: list[Link], *, own_figures: bool) -> list[Link]:
    """The links of figures of one measure in two reports of one story, on less evidence than across stories.

    Two reports are of one story where a figure of each is linked already, or they tell two of the same figures
    (`told_stories`); a figure of one measure in both (one metric, metrics that meet, or none named in either)
    needs a share of the strictness (`_STORY_SHARE`). A figure linked already answers no other figure of that
    article (`mutual_best`): only the others are weighed.
    """
    idx = _index(run)
    told = told_stories(idx.facts, idx.bags, idx.corpus, idx.when) if own_figures else {}
    said = {pair: f"their reports tell the same {figures}" for pair, figures in told.items()}
    titled = titled_stories(run, idx.facts, idx.weight)
    said = {**titled, **said}
    stories = {(k.a.article, k.b.article) for k in links} | said.keys()
    linked = stories - titled.keys()
    taken = {(id(k.a), k.b.article) for k in links} | {(id(k.b), k.a.article) for k in links}
    least = run.strictness * _STORY_SHARE
    more = [
        k
        for a, b in [*pairs, *(_story_pairs(run, idx, stories, pairs) if own_figures else ())]
        if (a.article, b.article) in stories
        # (a value of one digit told for two periods of a story its titles name, "rund 2 Mrd.", may be two figures)
        and (own_figures or (a.article, b.article) in linked or len(digits(a.amount.value)) >= _TOLD_DIGITS)
        and (id(a), b.article) not in taken
        and (id(b), a.article) not in taken
        and (a.metric == b.metric or _other_metric_meets(a, b))
        and not (a.part and b.total)
        and not (b.part and a.total)  # ("Allein ... 12 Mrd.", "Insgesamt ... 40 Mrd.")
        and (k := _story_link(a, b, idx, least, own_figures=own_figures))
        # (a figure the other report tells alike is answered there, in a story as across stories)
        and not (own_figures and _answered(k, run))
    ]
    return [replace(k, story=said[p]) if (p := (k.a.article, k.b.article)) in said else k for k in more]


def _other_metric_meets(a: Fact, b: Fact) -> bool:
    """Whether two figures of two metrics may be one in a story: the metrics meet, and both or neither have a period.

    "Brenners Jahresgehalt: 12 Mio." and "Real überweist für Brenner 95 Mio." (a salary a year, and a payment
    of none): the payment holds a salary, but a figure a year is not one paid once.
    """
    if a.metric is None or b.metric is None or not metrics_meet(a.metric, b.metric):
        return False
    return (a.amount.period is None) == (b.amount.period is None)


def _story_pairs(run: Run, idx: LinkIndex, stories: Iterable[tuple[str, str]], pairs: list[Pair]) -> list[Pair]:
    """The pairs of figures of two reports of one story (`stories`) that no shared word made a candidate.

    As `_pairs` weighs a candidate: one key, nothing that keeps them apart.
    """
    seen = {(id(a), id(b)) for a, b in pairs}
    by_article: dict[str, list[Fact]] = defaultdict(list)
    for f in idx.facts:
        by_article[f.article].append(f)
    out: list[Pair] = []
    least = run.strictness * _STORY_SHARE
    for x, y in sorted(stories):
        for a in by_article[x]:
            for b in by_article[y]:
                if (id(a), id(b)) in seen or not keys_meet(a, b) or not _may_link(a, b, idx, least):
                    continue
                names = _unless_apart(a, b, idx, run)
                if names is not None and not (names[0] and names[1] and not names_meet(*names)):
                    out.append((a, b))
    return out


def _answered(k: Link, run: Run) -> bool:
    """Whether each report tells one of the two figures the way the other tells it, and they disagree otherwise.

    "Lyrana hat 80 Millionen Dollar eingesammelt" against a report of "80 Mio. Dollar" and, beside it,
    "Insgesamt ... 105 Mio. Dollar": the report agrees on the 80, and its 105 is another quantity.
    """
    from aifigures.check.compare import comparable_by_article, old_figures  # noqa: PLC0415 - compare reads these links

    return not k.agree and told_alike_in(k.a, k.b, comparable_by_article(run), old_figures(run))


_TOLD_DIGITS = 2
"""How many significant digits a value told for two periods needs to link them in a story its titles name."""
_STORY_SHARE = 0.5
"""The share of the strictness that links a figure of one measure in two reports already linked by another."""


def _told_alike(run: Run, best: list[Link], least: float) -> list[Link]:
    """The matches that weigh `least` or more, for one thing, and whose own sentences share a word or digits.

    The title tells what the articles are about, not which of their figures is which: two figures are linked
    only where their own sentences share a word too (not a year: every figure of a story has it), or their
    digits agree at another power of ten (two digits will do for two totals, "Insgesamt ... 640 Mio." and
    "Insgesamt ... 6,4 Mrd.", or figures of one key), or they are of one metric, or of metrics that meet in one placed
    period ("verdiente im dritten Quartal 174 Mio." and "Der Nettogewinn lag bei 274 Mio." in a report on July to
    September). Where each article tells one figure only, there is no other to
    take for it ("Der Auftrag hat ein Volumen von 550 Mio. Euro" and "Für 34 Züge zahlen die Wiener Linien
    5,5 Mrd. Euro").
    """
    strong = [k for k in best if k.score >= least and not other_objects(run, k.a, k.b)]
    own = {id(f): context_words(run, f, title=False) for f in {id(f): f for k in strong for f in (k.a, k.b)}.values()}
    return [
        k
        for k in strong
        if any(not w.isdigit() for w in own[id(k.a)] & own[id(k.b)])
        or head_shared(own[id(k.a)], own[id(k.b)])
        or digits_evidence(k.a, k.b, keyed=bool(k.keys) or (k.a.total and k.b.total)) > 0
        or (k.a.metric is not None and k.a.metric == k.b.metric)
        or (k.a.purpose is not None and k.a.purpose == k.b.purpose)
        or (bool(k.keys) and k.a.metric is not None and metrics_meet(k.a.metric, k.b.metric or ""))
        or _only_of_meeting_metrics(k, _index(run))
        or (_one_figure(k.a.article, run) and _one_figure(k.b.article, run))
        or (k.a.total and k.b.total and _one_total(k.a, run) and _one_total(k.b, run))
        or _own_names_meet(k, _index(run))
        or _named_alone(k, run)
    ]


def _only_of_meeting_metrics(k: Link, idx: LinkIndex) -> bool:
    """Whether the two figures are of metrics that meet, each the only one of such a metric in its article.

    "Der Kaufpreis liegt bei 2,3 Mrd. Euro" and "Für Tervano zahlt Crestline 3,2 Mrd. Euro" (a price and a
    payment): neither report tells another figure the other could be. Not a figure of a year ("Sein Jahresgehalt
    ... 18 Mio.") against one of no period or marked as a total ("insgesamt soll er 90 Mio. verdienen").
    (One metric for both links already: `_told_alike`.)
    """
    a, b = k.a, k.b
    if id(a) not in idx.only or id(b) not in idx.only or a.amount.period != b.amount.period or a.total != b.total:
        return False
    return a.metric is not None and b.metric is not None and metrics_meet(a.metric, b.metric)


def _named_alone(k: Link, run: Run) -> bool:
    """Whether a sentence of one figure names someone the other figure's sentence is about too.

    "Borussia Haltern verpflichtete Luca Ferri für 19 Millionen Euro" in a round-up and "Der Stürmer kostet 91
    Millionen Euro Ablöse" in a report on Ferri (its sentence refers to him, `facts.refers_to_subject`).
    """
    shared = [n for n in k.a.sentence_names & k.b.sentence_names if identifies(n, run)]
    if not shared:
        return False
    from aifigures.check.compare import comparable_by_article  # noqa: PLC0415 - compare reads these links

    for f in (k.a, k.b):
        alone = sum(g.sentence == f.sentence for g in comparable_by_article(run).get(f.article, ())) == 1
        said = sentence_counts(f, run)
        if alone and any(said[n] for n in shared):
            return True
    return False


def _own_names_meet(k: Link, idx: LinkIndex) -> bool:
    """Whether one figure's own clause names someone its sentence's other figures are not, and the other is theirs.

    "Der Bund trägt 60 Mio. Euro, das Land 30 Mio. Euro" and "Das Land beteiligt sich mit 45 Mio. Euro": the
    30 and the 45 are the Land's.
    """
    for x, y in ((k.a, k.b), (k.b, k.a)):
        own = idx.own.get(id(x))
        if own and own & idx.own.get(id(y), y.sentence_names):
            return True
    return False


def _one_figure(article: str, run: Run) -> bool:
    """Whether an article tells one figure only (its title may tell it too)."""
    from aifigures.check.compare import comparable_by_article  # noqa: PLC0415 - compare reads these links

    return len({(f.amount.value, f.currency) for f in comparable_by_article(run).get(article, ())}) == 1


def _one_total(f: Fact, run: Run) -> bool:
    """Whether `f` is the one total its article tells ("Insgesamt stehen damit 3 Mrd. Euro zur Verfügung").

    Two reports of one story that each sum their figures up once ("Bund und Länder stellen zusammen 2,8 Mrd.
    bereit") sum up one thing, though their sentences share no word.
    """
    from aifigures.check.compare import comparable_by_article  # noqa: PLC0415 - compare reads these links

    totals = {g.amount.value for g in comparable_by_article(run).get(f.article, ()) if g.total}
    return totals == {f.amount.value}


def _link(a: Fact, b: Fact, idx: LinkIndex, least: float, *, own_figures: bool = True) -> Link | None:
    """The evidence for a pair where it weighs `least` or more (else None): shared rare words, digits, periods.

    The figures both sentences state count as one word (without the pair's own values, if `own_figures` is
    false), the strongest of them (a list of parts shares
    several by chance as readily as one), and alike for every pair of their figures: which of a sentence's
    figures answers which is left to the words right around them.
    """
    bags, near, when, weight = idx.bags, idx.near, idx.when, idx.weight
    shared = bags[id(a)] & bags[id(b)]
    if not own_figures:  # the figures' own value is what is weighed, not evidence that they are one
        shared -= {figure_token(a.amount.value, a.currency), figure_token(b.amount.value, b.currency)}
    # a word shared is weighed once, not again as the place its ending may make it ("rekordtransfer" is not also
    # "rekordtransf" and "rekordtransfen"); math.fsum: exact, so the same in any order of the set
    derived = {p for w in shared for p in (*places_of(w), *compound_parts(w))}  # ("strafzahlung": not "zahlung" too)
    words = math.fsum(weight(w) for w in shared if w[:1] != FIGURE and w not in derived)
    figures = max((weight(w) for w in shared if w[:1] == FIGURE), default=0.0)
    keys = keys_shared(a, b, when)
    if words + figures + _KEY_WEIGHT * len(keys) + DIGIT_WEIGHT * len(digits(a.amount.value)) < least:
        return None  # not even the digits could make it
    told = digits_evidence(a, b, keyed=bool(keys)) if own_figures else told_alike_digits(a, b)
    score = words + figures + told + _KEY_WEIGHT * len(keys)
    if score < least or (not told and (far_apart(a, b) or generic(shared, idx.corpus.word_articles))):
        return None
    agree = a.currency == b.currency and overlap((a.low, a.high), (b.low, b.high))
    return Link(a, b, score, tuple(shared), len(set(near[id(a)]).intersection(near[id(b)])), keys, agree)


_KEY_WEIGHT = 1.5
_ONLY_WEIGHT = 2.5
"""What two reports of one story each telling one figure of a metric add (weighed only within a story)."""


def _story_link(a: Fact, b: Fact, idx: LinkIndex, least: float, *, own_figures: bool) -> Link | None:
    """`_link` for two figures of reports of one story, with what the story tells of them.

    Where each is its report's only figure of a metric (`LinkIndex.only`: the flood's damage, once in each
    report), or both are for one area of a budget (`aifigures.check.purposes`: which item of one budget, not
    which budget), that adds to the evidence.
    """
    told: list[tuple[float, str]] = []
    if id(a) in idx.only and id(b) in idx.only and a.metric == b.metric:
        told.append((_ONLY_WEIGHT, f"the only {a.metric} figure of each report"))
    if a.purpose is not None and a.purpose == b.purpose:
        told.append((AREA_WEIGHT, f"both for {a.purpose}"))
    if not told:
        return _link(a, b, idx, least, own_figures=own_figures)
    more = math.fsum(w for w, _ in told)
    k = _link(a, b, idx, least - more, own_figures=own_figures)
    return None if k is None else replace(k, score=k.score + more, keys=(*k.keys, *(key for _, key in told)))


def _only_of_metric(facts: list[Fact]) -> frozenset[int]:
    """The figures that are the only one of their named metric in their article (its title's telling aside).

    Metrics that meet count as one: a transfer's fee (a price) and its bonus payments are two payments.
    """
    told: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        if f.metric is not None:
            told[f.article].append(f)
    return frozenset(
        id(f)
        for f in facts
        if f.metric is not None
        and not f.headline
        and all(g.amount.value == f.amount.value or not metrics_meet(f.metric, g.metric or "") for g in told[f.article])
    )
