"""Amounts to facts: each amount with the interval it stands for and the key that says what it is about.

* **Interval**: the rounding interval of the written digits ("50 Milliarden" is ±0,5 Mrd., "4,2 Mrd."
  ±0,05 Mrd.), widened or bounded by the qualifier: "bis zu" (−∞, x], "mindestens" [x, ∞), "etwa" ±5 %
  (±2 % for three significant digits or more), "fast"/"knapp" [0,9·x, x], "gut" [x, 1,1·x].
  A verb that bounds a figure ("50 Milliarden Yuan überstiegen") bounds it too.
* **Key**: the metric (Investition, Umsatz, Gewinn ... from the data file's [metrics]), the names in the
  amount's sentence (capitalised words not led by an article, and words with capitals inside: "OpenAI"),
  the stated period, and the modality (actual, plan, estimate). Facts are compared only on matching keys.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypedDict

from aifigures.check.changes import unnamed_change
from aifigures.check.context import aside, capitalised, figure_token, near_words, rare_words, refers_back, title_span
from aifigures.check.each import multiplicity
from aifigures.check.examples import works_example
from aifigures.check.intervals import interval_of, one_sided, rounding_half_unit, significant_digits
from aifigures.check.leads import lead_end, refers_to_subject
from aifigures.check.leads import subject as subject_of
from aifigures.check.metrics import metric_of, metrics_meet
from aifigures.check.modality import Modality, figure_modality, has_word
from aifigures.check.names import compared_from, given_publicly, names_of
from aifigures.check.people import named_after_roles
from aifigures.check.per_unit import as_share, one_measure, per_recipient
from aifigures.check.purposes import purpose_of
from aifigures.check.segments import gapped_segment, opening_segment, segment_of
from aifigures.check.sources import sources
from aifigures.check.titles import titles_told_in_body
from aifigures.check.vocabulary import CheckWords, Tolerances, check_words
from aifigures.check.years_ago import own_years, years_ago, years_before_of_a_period
from aifigures.extract.continuation import compares
from aifigures.extract.periods import clause_of, sentence_bounds
from aifigures.normalise.units import period_factor
from aifigures.years import years_in, years_outside

if TYPE_CHECKING:
    from decimal import Decimal

    from aifigures.amount import Amount, Period

__all__ = [
    "Fact",
    "Modality",
    "build_facts",
    "currencies_meet",
    "has_word",
    "headline",
    "interval_of",
    "is_change",
    "key_modality",
    "may_be_one",
    "modalities_meet",
    "one_sided",
    "rounding_half_unit",
    "significant_digits",
    "whole_lead",
]

_ATTRIBUTIVE = re.compile(r"[-‐‑][^\W\d_]")


def key_modality(f: Fact) -> Modality | None:
    """A fact's modality as a key of what it reports: none for metrics told alike as plan or fact (a dividend).

    A measure of such a metric too ("damage:insured", the insured damage, is told as an estimate or expected), and
    a change of one ("zahlt künftig 90 Euro mehr", "zahlt ab Januar 90 Euro mehr").
    """
    metric = None if f.metric is None else f.metric.split(":", 1)[0].removesuffix(_CHANGE)
    return None if metric in words().modality_free else f.modality


def is_change(f: Fact) -> bool:
    """Whether a figure is a change ("um 2,1 Mrd."), of a named metric or none: never weighed against a level."""
    return f.change or (f.metric or "").endswith(_CHANGE)


_CHANGE = "_change"
"""The ending of a changed metric's name ("revenue_change")."""


def modalities_meet(a: Fact, b: Fact) -> bool:
    """Whether two facts may report one figure by their modalities.

    One modality, or a metric of either told alike as plan or fact ("sollen eine Dividende von 12 Dollar
    erhalten", "zahlt 12 Dollar Dividende").
    """
    return key_modality(a) is None or key_modality(b) is None or a.modality == b.modality


def whole_lead(lead: str) -> bool:
    """Whether a clause's words before its first figure name it as the whole the next figures are taken from.

    "Von den 500 Mrd. Euro ...", "Vom Umsatz von 12,4 Mrd. Dollar entfielen ..." (`lead` in lower case, its
    white space single).
    """
    w = words()
    head, _, last = lead.rpartition(" ")
    if lead in w.whole_leads or (head in w.whole_leads and last.endswith(tuple(w.whole_adjective_endings))):
        return True  # "Von den geforderten 340 Mio. erhält sie nur 212 Mio.": an adjective before the whole
    opened = any(lead.startswith(o + " ") for o in w.whole_openers)
    return opened and lead.endswith(" von") and len(lead.split()) <= _WHOLE_WORDS


_WHOLE_WORDS = 16
"""The most words of a lead that opens with a whole ("von den kosten für den umbau des bahnhofs ... in höhe von")."""


def words() -> CheckWords:
    """The check's vocabulary (a typed section of check.toml, `aifigures.check.vocabulary`)."""
    return check_words()


@dataclass(frozen=True, slots=True)
class Fact:
    """An amount in its article, with its interval (in its own currency) and its key."""

    article: str
    index: int
    """The amount's position among the article's amounts."""
    amount: Amount
    low: Decimal
    high: Decimal
    rounding: tuple[Decimal, Decimal]
    """The rounding interval of the written digits alone (no qualifier)."""
    metric: str | None
    names: frozenset[str]
    """Names in the amount's clause (or, where it has none, its sentence)."""
    sentence_names: frozenset[str]
    modality: Modality
    sentence: tuple[int, int]
    clause: tuple[int, int]
    group: bool = False
    """Its clause names several subjects joined by "und", "sowie" or a comma (a total, or "jeweils")."""
    multiplicity: int = 1
    """How many facts one "jeweils" figure stands for."""
    total: bool = False
    """Marked as a total ("insgesamt")."""
    part: bool = False
    """Told as a part of a whole ("Allein in das Klinikum Neustadt steckt Rhenus 720 Mio."): check.toml part_openers."""
    added: bool = False
    """Told as added to another of its article ("Zusätzlich zahlt Keltron 1,4 Mrd."): check.toml added_leads."""
    running: bool = False
    """Marked as the sum so far ("Insgesamt hat das Startup damit 105 Mio. aufgenommen"), not the amount added."""
    revised: bool = False
    """Its sentence marks a changed figure ("korrigiert", "angehoben")."""
    in_parens: bool = False
    example: bool = False
    """Its sentence works an example through ("Wer bisher 1000 Euro Rente erhält, ..."): check.toml example_openers."""
    headline: bool = False
    years: frozenset[int] = frozenset()
    """The years its sentence names ("2023", "im Geschäftsjahr 2019/20": 2019)."""
    attributive: bool = False
    """Joined by a hyphen to the noun it describes ("das 315-Milliarden-Euro-Programm"): a name, not a figure."""
    words: frozenset[str] = frozenset()
    """The rare words of its sentence outside the figures, and a word for each figure of the sentence
    (`aifigures.check.context.figure_token`)."""
    title_words: frozenset[str] = frozenset()
    """The rare words of its article's title and lead (the first sentence after the title)."""
    near: tuple[str, ...] = ()
    """The words right around it, sorted: what tells it from the other figures of its sentence."""
    segment: str | None = None
    """The segment of a company its clause names ("Pkw-Sparte", "die Sparte Elektronik"), lower case."""
    purpose: str | None = None
    """The area of a budget its clause names ("die Bildung mit 4,1 Mrd."): `aifigures.check.purposes`."""
    restates: bool = False
    """It restates the figure before it in another currency: a stated conversion (`aifigures.check.conversions`)."""
    change: bool = False
    """A change of no named metric ("Der Grundpreis steigt um 1,50 Euro auf 14,90 Euro"), never a level."""
    compared_with: int | None = None
    """The index of the figure of its sentence it is compared with ("388 Mio. Euro nach 341 Mio. im Vorjahr": the
    341's is the 388's): the year before is that figure's, not the article's."""

    @property
    def currency(self) -> str | None:
        """The amount's currency."""
        return self.amount.currency


def may_be_one(a: Fact, b: Fact) -> bool:
    """Nothing in two facts says they are about different things: their metrics, periods or years differ."""
    ma, mb = a.metric, b.metric
    if ma is not None and mb is not None and not metrics_meet(*one_measure(a.amount, ma, b.amount, mb)):
        return False
    if a.years and b.years and not a.years & b.years:
        return False
    one_off = words().one_off_metrics  # a one-off event's metric is no flow's over a period: a listing's proceeds
    if (ma in one_off and b.amount.period is not None) or (mb in one_off and a.amount.period is not None):
        return False  # and a revenue of a half year
    if a.segment != b.segment or (a.purpose and b.purpose and a.purpose != b.purpose):
        return False  # "die Pkw-Sparte ... 98 Mrd.", "der Konzern ... 145 Mrd.": a part and the whole
    if a.running != b.running and not (a.total and b.total):
        return False  # "hat 80 Mio. eingesammelt", "Insgesamt hat es damit 105 Mio. aufgenommen": added and sum
    return a.amount.period is None or b.amount.period is None or one_basis(a.amount.period, b.amount.period)


@functools.lru_cache(maxsize=256)
def one_basis(pa: Period, pb: Period) -> bool:
    """Whether two periods are one basis: the same, or spans pint makes equal (a sports season is a year).

    >>> from aifigures.amount import Period, PeriodKind
    >>> year = Period(PeriodKind.YEAR)
    >>> one_basis(Period(PeriodKind.SEASON), year), one_basis(Period(PeriodKind.MONTH), year)
    (True, False)
    """
    return pa == pb or period_factor(pa, pb) == 1


def currencies_meet(a: Fact, b: Fact) -> bool:
    """Whether two facts can be weighed against each other by currency.

    An assumed currency ("Umsatz: 50 Mrd.", `currency_inferred`) is a guess: such a fact meets only facts in
    that same currency.
    """
    return a.currency == b.currency or not (a.amount.currency_inferred or b.amount.currency_inferred)


def _opens_with(text: str, lo: int, hi: int, vocabulary: list[str]) -> bool:
    """Whether text[lo:hi] opens with one of the words of `vocabulary` (any case)."""
    first = text[lo:hi].split(None, 1)
    return bool(first) and first[0].strip(",.:;").lower() in vocabulary


def _ends_with(text: str, lo: int, hi: int, vocabulary: list[str]) -> bool:
    """Whether text[lo:hi] ends with one of the words of `vocabulary` ("Die Betreiber tragen davon")."""
    last = text[max(lo, hi - _LAST_WORD) : hi].rsplit(None, 1)[-1:]
    return bool(last) and last[0].strip(",.:;").lower() in vocabulary


_LAST_WORD = 16
"""How far back from a figure the last word of its clause before it is read."""


def _group(text: str, where: tuple[int, int], names: frozenset[str]) -> bool:
    """Whether the names are joined in their stretch of text: "Alibaba und Tencent" (not "bei Alibaba und kassiert")."""
    a, b = where
    if len(names) < 2:
        return False
    low = text[a:b].lower()
    ends = tuple(names)
    return any(
        low.endswith(ends, 0, m.start()) and not text[a + m.end() - 1].islower()
        for m in _joiner_re(tuple(words().name_joiners)).finditer(low)
    )


@functools.cache
def _joiner_re(joiners: tuple[str, ...]) -> re.Pattern[str]:
    """What joins two names ("und", "sowie", a comma) with a word after it; the name is what stands before."""
    alternation = "|".join(re.escape(j) for j in joiners)
    return re.compile(rf"(?<=\w)\W+(?:{alternation}|,)\W*\w")


def headline(text: str) -> tuple[int, int]:
    """The span of the title: the first non-empty line of a few words that is not a sentence.

    A line of one or two words before it is a kicker ("Chemie-Deal"); where a sentence follows such a line
    instead of a title, that line is the title.
    """
    pos = 0
    short = (0, 0)
    for line in text[:2000].split("\n"):
        stripped = line.strip()
        if len(stripped.split()) >= _TITLE_WORDS:
            if len(stripped) <= _TITLE_LONGEST and not stripped.endswith("."):
                return pos, pos + len(line)
            break
        if stripped and short == (0, 0) and not stripped.endswith(".") and pos + len(line) < len(text):
            short = (pos, pos + len(line))
        pos += len(line) + 1
    return short


_TITLE_WORDS = 3
_TITLE_LONGEST = 200


def _lead_words(text: str, headline: tuple[int, int], reading: _Reading) -> frozenset[str]:
    """The rare words of the lead, the first sentence after the title: who and what the article is about.

    "Der Solarmodulhersteller Helionix aus Dresden hat ... eingesammelt." Only where there is a title.
    """
    if headline[1] <= headline[0]:
        return frozenset()
    start = headline[1]
    while start < len(text) and text[start].isspace():
        start += 1
    return reading.rare((start, lead_end(text, start)))


def _whose(
    reading: _Reading,
    sentence: tuple[int, int],
    clause: tuple[int, int],
    end: int,
    subject: frozenset[str],
) -> tuple[frozenset[str], frozenset[str], tuple[int, int]]:
    """The names of a figure's sentence, its own names and where they were read (`_fact_names`).

    A name after the figure (ending at `end`) behind "als" is what it is compared with ("... umgesetzt und ist damit
    stärker gewachsen als der Konkurrent Sentiq"), not whose it is. A sentence opened by a pronoun ("Er kommt für 12
    Mio. ...") is about the person the sentence before names after a role ("den Verteidiger Tomás Reinholt").
    """
    in_sentence, _ = reading.sentence(*sentence)
    cut = compared_from(reading.text, end, clause[1])
    if cut < clause[1]:
        in_sentence -= reading.names(cut, clause[1]) - reading.names(sentence[0], cut)
    names, where = _fact_names(reading, sentence, (clause[0], cut), in_sentence, subject)
    s = bisect.bisect_right(reading.bounds, sentence[0]) - 1
    if s > 0 and _opens_with(reading.text, *sentence, words().clause_pronouns):
        person = named_after_roles(reading.text, reading.bounds[s - 1], sentence[0])
        in_sentence, names = (reading.canon.setdefault(n | person, n | person) for n in (in_sentence, names))
    return in_sentence, names, where


def _fact_names(
    reading: _Reading,
    sentence: tuple[int, int],
    clause: tuple[int, int],
    in_sentence: frozenset[str],
    subject: frozenset[str],
) -> tuple[frozenset[str], tuple[int, int]]:
    """Who a figure is about, and where that was read: its clause, else its sentence, else the article's subject.

    A level of the state that only another clause names ("Die Stadt beziffert die Kosten auf 45 Mio. Euro, ein
    Teil soll über Mittel des Landes gedeckt werden") may be who pays: the article's subject stays one of them.
    """
    in_clause = reading.names(*clause)
    if in_clause:
        return in_clause, clause
    if in_sentence and subject and all(n in words().public_bodies for n in in_sentence):
        return in_sentence | subject, sentence
    if in_sentence:
        return in_sentence, sentence
    return subject, sentence


@dataclass
class _Reading:
    """What one article's sentences say, read once per sentence: their names and their rare words."""

    text: str
    spans: list[tuple[int, int]]
    ordered: list[tuple[int, int]]
    nouns_only: bool
    sentences: dict[int, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)
    words: dict[int, tuple[frozenset[str], frozenset[int]]] = field(default_factory=dict)
    named: dict[tuple[int, int], frozenset[str]] = field(default_factory=dict)
    canon: dict[frozenset[Any], frozenset[Any]] = field(default_factory=dict)
    """One set object for each content: the facts of an article share their names and years."""
    year: int | None = None
    """The first year the article may date from: "vor fünf Jahren" is five years before it."""
    bounds: list[int] = field(default_factory=list)
    """Where the article's sentences start (`sentence_bounds`)."""

    def rare(self, where: tuple[int, int]) -> frozenset[str]:
        return rare_words(self.text, where, self.ordered, nouns_only=self.nouns_only)

    def sentence(self, lo: int, hi: int) -> tuple[frozenset[str], frozenset[str]]:
        if lo not in self.sentences:
            self.sentences[lo] = (self.names(lo, hi), self.rare((lo, hi)))
        return self.sentences[lo]

    def names(self, lo: int, hi: int) -> frozenset[str]:
        """The names of text[lo:hi], read once per stretch (a clause is often its whole sentence).

        Not those of a source clause or a dateline: "..., wie das Unternehmen in Göteborg mitteilte" and
        "Göteborg (dpa) - " say where the news came from, not whom it is about.
        """
        if (lo, hi) not in self.named:
            found = names_of(self.text, lo, hi, self.spans, sources(self.text, lo, hi))
            self.named[lo, hi] = self.canon.setdefault(found, found)
        return self.named[lo, hi]

    def said(self, lo: int, hi: int, amounts: list[Amount], after: list[int]) -> tuple[frozenset[str], frozenset[int]]:
        """A sentence's rare words with its figures, and the years it names: one set of each per sentence.

        With the words of the sentence `after` it (its bounds) where that one tells no figure and refers back to it.
        """
        if lo not in self.words:
            rare = self.sentence(lo, hi)[1] | _sentence_figures(amounts, bisect.bisect_left(self.spans, (lo, lo)), hi)
            i = bisect.bisect_left(self.ordered, (hi, hi))
            if (
                len(after) == 2
                and (i == len(self.ordered) or self.ordered[i][0] >= after[1])
                and refers_back(self.text, *after)
            ):
                rare |= self.rare((after[0], after[1]))
            said = self.text[lo:hi]
            years = frozenset(years_outside(self.text, self.ordered, lo, hi)) | years_ago(said, self.year)
            self.words[lo] = (rare, self.canon.setdefault(years, years))
        return self.words[lo]


def _sentence_figures(amounts: list[Amount], first: int, hi: int) -> frozenset[str]:
    """The tokens of the figures of a sentence (its amounts from `first` on, up to its end `hi`)."""
    out = set()
    for a in amounts[first:]:
        if a.span[0] >= hi:
            break
        out.add(figure_token(a.value, a.currency))
    return frozenset(out)


def _rounding(a: Amount) -> tuple[Decimal, Decimal]:
    """The rounding interval of an amount's written digits (of its bounds, for a range)."""
    h = rounding_half_unit(a)
    return (a.low if a.low is not None else a.value) - h, (a.high if a.high is not None else a.value) + h


def _segment(  # noqa: PLR0913, PLR0917 - the clause and sentence, whose, the figures, the metric, the text read
    text: str,
    where: tuple[int, int, int],
    names: frozenset[str],
    figures: tuple[int, list[tuple[int, int]]],
    metric: str | None,
    before: list[Fact],
    reading: _Reading,
) -> str | None:
    """The segment of a figure: `segment_of` its clause, `gapped_segment` after `before`, or `opening_segment`.

    `where` is its clause and its sentence's start. Where a fine was imposed is no segment of the business; in
    lower-case text a region after the figure is.
    """
    c_lo, c_hi, lo = where
    regions = metric not in words().event_metrics
    own = segment_of(
        text, c_lo, c_hi, names, figures=figures, sentence=lo, regions=regions, lower_case=not reading.nouns_only
    )
    start = figures[1][figures[0]][0]
    if own or not before:
        return own
    gapped = gapped_segment(text, c_lo, start, before[-1]) if before[-1].sentence[0] == lo else None
    # a sentence that opens with a division after one about another ("Die Medizintechnik setzte 2,2 Mrd. um, ...")
    prior = next((f for f in reversed(before) if f.sentence[0] < lo), None)
    return gapped or opening_segment(text, lo, start, prior)


def build_facts(
    article: str, text: str, amounts: list[Amount], tolerances: Tolerances | None = None, year: int | None = None
) -> list[Fact]:
    """The facts of one article's amounts (`tolerances`: see `interval_of`; `year`: the first it may date from)."""
    from aifigures.extract.lexicon import german  # noqa: PLC0415 - shared lexicon, already loaded by extract

    spans = [a.span for a in amounts]
    bounds = sentence_bounds(text, german(), spans)
    facts: list[Fact] = []
    reading = _Reading(text, spans, sorted(spans), capitalised(text), year=year, bounds=bounds)
    subject = subject_of(text, heading := headline(text), bounds, spans)
    title = reading.rare(title_span(text)) | _lead_words(text, heading, reading) if amounts else frozenset()
    for i, a in enumerate(amounts):
        start, end = a.span
        s = bisect.bisect_right(bounds, start) - 1
        lo, hi = bounds[s], bounds[s + 1]
        c_lo, c_hi = clause_of(text, lo, hi, start, end)
        rare, years = reading.said(lo, hi, amounts, bounds[s + 1 : s + 3])
        years = own_years(text, a, (c_lo, c_hi), years)
        in_sentence, names, where = _whose(reading, (lo, hi), (c_lo, c_hi), end, subject)
        metric = per_recipient(metric_of(facts, text, (lo, start, end), (c_lo, c_hi)), text, (c_lo, c_hi), a)
        metric = as_share(metric, text, lo, start)
        # also the subject's where the sentence refers to it ("Das Unternehmen ...") or a public body aids it
        if subject and (refers_to_subject(text, lo) or given_publicly(metric, names)):
            in_sentence, names = (reading.canon.setdefault(n | subject, n | subject) for n in (in_sentence, names))
        low, high = interval_of(a, text, tolerances)
        later = tuple(b for b, _ in spans[i + 1 : bisect.bisect_left(spans, (hi, hi), i + 1)])  # those after it
        facts.append(
            Fact(
                article=article,
                index=i,
                amount=a,
                low=low,
                high=high,
                rounding=_rounding(a),
                metric=metric,
                names=names,
                sentence_names=in_sentence,
                modality=figure_modality(text, (lo, hi), a, (years or years_in(a.period_text), later), year),
                sentence=(lo, hi),
                clause=(c_lo, c_hi),
                multiplicity=multiplicity(text, (lo, c_lo), start),
                group=_group(text, where, names),
                **_marks(text, (lo, hi), (c_lo, c_hi), a.span, metric),
                in_parens=aside(text, start, lo),
                example=works_example(text, lo, spans[bisect.bisect_left(spans, (lo, lo))][0]),
                headline=heading[0] <= start and end <= heading[1],
                attributive=_ATTRIBUTIVE.match(text, end) is not None,
                years=years,
                words=rare,
                title_words=title,
                near=tuple(sorted(near_words(text, (lo, hi), a.span))),
                segment=_segment(text, (c_lo, c_hi, lo), names | subject, (i, spans), metric, facts, reading),
                purpose=purpose_of(text, (c_lo, c_hi), (i, spans)),
                compared_with=_compared_with(text, facts, lo, a.span[0]),
            )
        )
    return _read_together(facts, text)


class _Marks(TypedDict):
    """What the words of a figure's clause mark it as (the fields of `Fact` of the same names)."""

    total: bool
    part: bool
    added: bool
    running: bool
    revised: bool
    change: bool


def _marks(
    text: str, sentence: tuple[int, int], clause: tuple[int, int], span: tuple[int, int], metric: str | None
) -> _Marks:
    """A total, a part, added, a running total, revised, a change of no named metric: as its words say."""
    w = words()
    (lo, hi), (c_lo, c_hi), (start, end) = sentence, clause, span
    return _Marks(
        total=has_word(text[c_lo:end], w.total),
        part=_opens_with(text, c_lo, start, w.part_openers) or _ends_with(text, c_lo, start, w.part_openers),
        added=has_word(text[c_lo:start], w.added_leads),
        running=has_word(text[c_lo:c_hi], w.total) and has_word(text[c_lo:c_hi], w.running_total),
        revised=has_word(text[lo:hi], w.revision) or has_word(text[lo:hi], w.revision_now),
        change=metric is None and unnamed_change(text, clause, span),
    )


def _read_together(facts: list[Fact], text: str) -> list[Fact]:
    """The facts of one article, each as what the others tell of it (periods, modalities, restatements, titles)."""
    from aifigures.check.conversions import with_restatements  # noqa: PLC0415 - these read this module
    from aifigures.check.whole_modality import parts_of_told_wholes  # noqa: PLC0415

    return titles_told_in_body(with_restatements(parts_of_told_wholes(years_before_of_a_period(facts), text), text))


def _compared_with(text: str, before: list[Fact], lo: int, start: int) -> int | None:
    """The figure of its sentence an amount starting at `start` is compared with (`compares`), or the one that is."""
    from aifigures.extract.lexicon import german  # noqa: PLC0415 - shared lexicon, already loaded by extract

    if not before or before[-1].amount.span[0] < lo or not compares(text, before[-1].amount.span[1], start, german()):
        return None
    main = before[-1]
    return main.index if main.compared_with is None else main.compared_with
