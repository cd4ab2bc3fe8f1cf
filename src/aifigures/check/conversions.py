"""Stated conversions: an amount that restates the amount before it in another currency.

"380 Mrd. Yuan (etwa 50 Mrd. Euro)", "..., das entspricht rund 12 Mrd. Euro": the restatement is judged
against the rate band of the days the article may date from (`aifigures.normalise.band`). The verdicts are
read by the rules `fx_conversion` (wrong for every rate of the band) and `unverifiable` (no rate at all).
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from aifigures.amount import Qualifier
from aifigures.check.facts import may_be_one, words
from aifigures.check.run import once_for, shared_by
from aifigures.check.slips import overlap

if TYPE_CHECKING:
    from collections.abc import Iterator

    from aifigures.check.facts import Fact
    from aifigures.check.run import Converted, Run

__all__ = ["Restatement", "restatements", "restates", "swappable", "swaps", "told_converted", "with_restatements"]


@dataclass(frozen=True, slots=True)
class Restatement:
    """A stated conversion: `stated` restates `source` in another currency.

    `converted` is the source put into the stated currency at the rate band of the article's days (None:
    not worked out yet, or no rate).
    """

    stated: Fact
    source: Fact
    converted: Converted | None = None


@shared_by("restatements")
def restatements(run: Run) -> list[Restatement]:
    """The amounts that restate the amount before them in another currency (marked where the facts were made).

    Not an exchange rate the text states between them: "10 Mrd. Dollar. Beim Wechselkurs von 1,08 Dollar je Euro
    entspricht das 10,8 Mrd. Euro" restates the 10 Mrd. Dollar.
    """
    from aifigures.check.stated_rates import is_rate_shaped  # noqa: PLC0415 - stated_rates reads this module

    out = []
    facts = run.facts
    for i, f in enumerate(facts):
        if not f.restates or i == 0:
            if (source := _source_after(facts, i, run)) is not None:
                out.append(Restatement(f, source))
            continue
        j = i - 1
        while j > 0 and facts[j - 1].article == f.article and is_rate_shaped(facts[j], run.text(f.article)):
            j -= 1
        if facts[j].article == f.article:
            out.append(Restatement(f, facts[j]))
    return out


def _source_after(facts: list[Fact], i: int, run: Run) -> Fact | None:
    """The figure a conversion told before its source restates: the next one, in another currency, close after it.

    "Für umgerechnet 35 Mio. Euro übernimmt Albion den Versicherer. Der Kaufpreis beträgt 300 Mio. Pfund."
    """
    f = facts[i]
    if i + 1 >= len(facts) or f.currency is None:
        return None
    g = facts[i + 1]
    if g.article != f.article or g.currency in (None, f.currency) or g.restates:
        return None
    if g.amount.span[0] - f.amount.span[1] >= _SOURCE_WITHIN or not told_converted(f, run.text(f.article)):
        return None
    return g


_BEFORE_CUE = 40
"""How far before a restatement its cue ("umgerechnet", "entspricht") may stand."""
_SOURCE_WITHIN = 300
"""How far a restatement may stand from the amount it restates."""


@shared_by("conversions")
def conversions(run: Run) -> list[Restatement]:
    """Each stated conversion with its source converted at the rate band of the article's days.

    A restatement in a sentence of its own ("Das frische Geld, umgerechnet rund 165 Mio. Euro, ...") may restate
    a figure further back than the one before it: where that one misses and an earlier figure of the article
    in another currency fits, it restates that one.
    """
    out = []
    for r in restatements(run):
        if r.source.currency is None or r.stated.currency is None:
            continue
        made = _converted(run, r)
        if r.source.sentence != r.stated.sentence and not _fits(made):
            earlier = (
                _converted(run, Restatement(r.stated, g)) for g in _further_back(r, run.of_article(r.stated.article))
            )
            made = next((m for m in earlier if _fits(m)), made)
        out.append(made)
    return out


def _converted(run: Run, r: Restatement) -> Restatement:
    """The restatement with its source converted at the rate band of the article's days."""
    return replace(r, converted=run.common(r.source, *_converted_from(r.source), quote=r.stated.currency))


def _fits(r: Restatement) -> bool:
    """Whether a restatement's source, converted, meets the stated figure, as AF102 weighs it (True: no rate)."""
    conv = r.converted
    return conv is None or overlap((conv.low, conv.high), (r.stated.low, r.stated.high))


def _further_back(r: Restatement, facts: list[Fact]) -> Iterator[Fact]:
    """The figures of a restatement's article before its source, nearest first, in another currency than it."""
    at = next((i for i, g in enumerate(facts) if g is r.source), 0)
    for g in reversed(facts[:at]):
        if g.currency is not None and g.currency != r.stated.currency:
            yield g


def _converted_from(source: Fact) -> tuple[Decimal, Decimal]:
    """What a stated conversion converted: the source's value as written, where it is told exactly.

    "4 Milliarden Dollar, umgerechnet rund 3,4 Milliarden Euro": the writer converted 4 billion (as the design
    of the check has it, docs/checks.md: the stated figure's rounding and the rate's drift are the slack, not
    the source's). A source told roughly ("rund 1,2 Mio. NOK (119.000 EUR)", from 1,198 Mio.) or as a range
    ("von 1000 bis 100.000 Rupiah - das sind 6,35 Euro") stands for any value its written digits round from.
    """
    if source.amount.qualifier is Qualifier.EXACT:
        return source.amount.value, source.amount.value
    return source.rounding


def with_restatements(facts: list[Fact], text: str) -> list[Fact]:
    """The facts, each marked where it restates the one before in another currency (read once, with its text)."""
    out = facts[:1]
    for prev, f in itertools.pairwise(facts):
        out.append(replace(f, restates=True) if restates(f, prev, text) else f)
    return out


def restates(f: Fact, prev: Fact, text: str) -> bool:
    """Whether `f` restates `prev` in another currency: "(etwa 50 Mrd. Euro)" or "Das entspricht ..."."""
    if prev.currency is None or f.currency is None or prev.currency == f.currency:
        return False
    pf, pp = f.amount.period, prev.amount.period
    if pf is not None and pp is not None and pf.kind != pp.kind:
        return False  # "umgerechnet 50 Mrd. Euro. Das entspricht 126 Mrd. Yuan pro Jahr": another basis, not a rate
    between = text[prev.amount.span[1] : f.amount.span[0]]
    if f.in_parens and re.fullmatch(r"\s*(?:\([^()]*\)\s*)?\(\s*", between):
        return True  # "380 Mrd. Renminbi (RMB) (etwa ...)" and "78 Mrd. Yuan (ca. 10 Mrd. Euro)"
    if f.amount.qualifier is Qualifier.APPROX and (
        _APPOSITION.fullmatch(between)
        or (_CLAUSE_APPOSITION.fullmatch(between) and _SENTENCE_END.match(text, f.amount.span[1]))
    ):
        return True  # an apposition: "100.000 Dollar, etwa 4400 Euro", "9,2 Bio. Won verdient, rund 5,7 Mrd. Euro"
    if len(between) >= _SOURCE_WITHIN:  # far back: only a word that says "converted" reaches it
        return told_converted(f, text)
    lead = _lead(f, text)
    return (
        any(_cued(c, lead) for c in words().conversion + words().conversion_cues)
        or _relative(f, lead, text)
        or _led(f, text)
    )


def _led(f: Fact, text: str) -> bool:
    """Whether a figure's sentence names its currency before it: "(800 Mio. Dollar.) In Euro sind das 740 Mio.".

    The figure takes that currency (`aifigures.extract.context.currency_led`) and restates the figure before.
    """
    from aifigures.extract.context import currency_led  # noqa: PLC0415 - extraction's, loaded by then
    from aifigures.extract.lexicon import german  # noqa: PLC0415 - extraction's words, loaded by then

    return f.amount.currency_inferred and currency_led(text, f.sentence[0], f.amount.span[0], german()) == f.currency


def told_converted(f: Fact, text: str) -> bool:
    """Whether a figure's words say it was converted ("für umgerechnet 1,6 Mrd. Euro verkauft")."""
    lead = _lead(f, text)
    return any(_cued(c, lead) for c in words().conversion_far)


def _lead(f: Fact, text: str) -> str:
    """The words of its sentence just before a figure, in lower case, where a cue of a restatement stands."""
    return text[max(f.sentence[0], f.amount.span[0] - _BEFORE_CUE) : f.amount.span[0]].lower()


def _relative(f: Fact, lead: str, text: str) -> bool:
    """Whether a relative clause restates the figure before: "45 Mio. Franken, was rund 48 Mio. Euro entspricht"."""
    w = words()
    after = text[f.amount.span[1] : f.amount.span[1] + _BEFORE_CUE].lower().split()[:1]
    return (
        bool(after)
        and after[0].strip(".,;") in w.conversion_after
        and any(_cued(r, lead) for r in w.conversion_relatives)
    )


_APPOSITION = re.compile(r"\s*(?:[a-zäöüß]+\s*)?[,–—]\s*")
"""Between a figure and an approximate one that restates it: a comma or dash, after the verb closing its clause."""


_CLAUSE_APPOSITION = re.compile(r"[^\d,.;:!?()]{0,80},\s*")
"""... or after the rest of its clause, the approximate figure closing the sentence: "23 Mrd. Dollar in den USA
investieren, rund 21 Mrd. Franken."."""
_SENTENCE_END = re.compile(r"\s*(?:[.!?]|\Z)")


def _cued(cue: str, lead: str) -> bool:
    """Whether `lead` ends with the cue and up to two words ("umgerechnet rund", "umgerechnet sind das etwa")."""
    return re.search(rf"(?<![^\W\d_]){re.escape(cue)}\W*(?:\w+\W+){{0,2}}$", lead) is not None


Swap = tuple["Fact", "Fact", "Converted"]


@shared_by("restated")
def restated_by_source(run: Run) -> dict[int, Fact]:
    """Each stated conversion's figure, by the id of the fact it restates (`conversions`)."""
    return {id(r.source): r.stated for r in conversions(run)}


_TOLD_ALIKE = frozenset(
    {Qualifier.EXACT, Qualifier.RANGE, Qualifier.AT_MOST, Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.LESS_THAN}
)
"""Figures whose digits are all they tell: one value, both bounds of a range ("1,9 bis 2,0 Mrd."), or a bound
("bis zu 125 Mio."), which is weighed against the same bound only."""


def swaps(run: Run, *, across: bool) -> list[Swap]:
    """The same digits for one figure in two currencies (`_all_swaps`), of two articles or of one."""
    return _all_swaps(run)[across]


@shared_by("swaps")
def _all_swaps(run: Run) -> dict[bool, list[Swap]]:
    """The same digits for one figure in two currencies: an implied conversion at 1:1, with the first converted.

    "Deutsche Bank zahlt 550 Mio. Dollar" over "Die Deutsche Bank zahlt ... 550 Millionen Euro". In one
    article: about one subject (names shared, or one of them in the title). Across articles (`across`):
    about one named subject and within the revision window of each other, so that two reports of one
    event are compared, not two events that happen to have one amount. Figures of a million or more,
    written with their currency, exact or one bound ("bis zu 125 Mio. Dollar", "bis zu 125 Mio. Euro"). The
    first is put in the second's currency at the rate band of its article's days (no rate: no pair). Worked
    out once a run, for the flags and the notes.
    """
    from aifigures.check.compare import comparable_facts  # noqa: PLC0415 - compare reads this module

    by_value: dict[tuple[Decimal, Decimal | None, Decimal | None, Qualifier], list[Fact]] = defaultdict(list)
    for f in comparable_facts(run):
        if swappable(f):
            by_value[f.amount.value, f.amount.low, f.amount.high, f.amount.qualifier].append(f)  # a range: both bounds
    found: dict[bool, list[Swap]] = {True: [], False: []}  # by whether the two stand in two articles
    for facts in by_value.values():
        if len({f.currency for f in facts}) < _TWO:
            continue
        restated = restated_by_source(run)
        for i, a in enumerate(facts):
            for b in facts[i + 1 :]:
                if a.currency == b.currency or not _one_subject(run, a, b, restated):
                    continue
                conv = run.common(a, *a.rounding, quote=b.currency)
                if conv is not None:
                    found[a.article != b.article].append((a, b, conv))
    return found


def in_swaps(f: Fact, run: Run) -> bool:
    """Whether a figure is one of a pair of the same digits in two currencies (`swaps`, of two articles or one)."""

    def make() -> frozenset[int]:
        return frozenset(id(g) for pairs in _all_swaps(run).values() for a, b, _ in pairs for g in (a, b))

    return id(f) in once_for(run, "swapped_ids", None, make)


def swappable(f: Fact) -> bool:
    """Whether a figure's currency label could be swapped: a million or more, its currency written, its digits all.

    An assumed currency is no label; a range's scale word is read into its bounds.
    """
    ranged = f.amount.qualifier is Qualifier.RANGE
    scaled = f.amount.value.adjusted() >= _SWAP_SCALE if ranged else f.amount.scale >= _SWAP_SCALE
    return scaled and not f.amount.currency_inferred and not f.attributive and f.amount.qualifier in _TOLD_ALIKE


def _one_subject(run: Run, a: Fact, b: Fact, restated: dict[int, Fact]) -> bool:
    if not may_be_one(a, b):
        return False
    if a.article == b.article:
        return a.sentence != b.sentence and bool(a.names & b.names or a.headline or b.headline)
    if not a.names & b.names or run.within_revision(a.article, b.article) is False:
        return False
    # across reports, the subject alone is not enough: one metric named by both, or a word their sentences (or
    # their titles and leads) share besides names and years ("Strafe"), says the figures are one ("Insgesamt
    # flossen 102 Mio. Euro" against "zahlte eine Strafe von 102 Millionen Dollar" is two things of one company);
    # or both reports restate the figure in one third currency alike ("2,8 Mrd. Franken (2,37 Mrd. Euro)" against
    # "2,8 Mrd. Dollar (2,3 Mrd. Euro)"): one figure, one of its labels wrong
    names = a.names | b.names
    shared = {w for w in (a.words & b.words) | (a.title_words & b.title_words) if not w.isdigit() and w not in names}
    if (a.metric is not None and a.metric == b.metric) or shared:
        return True
    ra, rb = restated.get(id(a)), restated.get(id(b))
    return ra is not None and rb is not None and _alike(ra, rb)


def _alike(a: Fact, b: Fact) -> bool:
    """Whether two stated conversions give one figure in one currency, within a few per cent."""
    if a.currency is None or a.currency != b.currency:
        return False
    va, vb = a.amount.value, b.amount.value
    return abs(va - vb) <= _ALIKE * max(abs(va), abs(vb))


_ALIKE = Decimal("0.05")


_TWO = 2
_SWAP_SCALE = 6
"""Figures of a million or more: smaller ones repeat by chance ("5 Euro", "5 Dollar")."""
