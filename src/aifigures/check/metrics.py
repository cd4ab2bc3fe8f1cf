"""What a figure measures: its metric, read from the words of its clause, its verb, a label, or the figure before.

"Der Umsatz stieg auf 610 Mio. Euro" (a metric word, check.toml [metrics]), "setzte ... 900 Mio. Pfund um"
(a verb, [[verb_metrics]]), "Jahresgehalt: 12 Mio. Euro" (a label), ", nach 540 Mio. Euro im Vorjahr" (the
figure before); another measure ("bereinigt", [measures]) or a change ("um 2,1 Mrd.") is kept apart; and
the segment of a company a clause names ("Pkw-Sparte").
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from aifigures.check.antecedents import of_antecedent, of_person
from aifigures.check.changes import built_for, with_change
from aifigures.check.expected import expected_alike
from aifigures.check.per_unit import per_unit
from aifigures.check.verb_metrics import received_by_person, received_publicly, verb_metric
from aifigures.check.vocabulary import check_words as words
from aifigures.check.vocabulary import vocabulary_re
from aifigures.errors import AifiguresError

if TYPE_CHECKING:
    from collections.abc import Iterator

    from aifigures.check.facts import Fact

__all__ = [
    "alternation",
    "completes_noun",
    "holds",
    "metric_nouns",
    "metric_of",
    "metric_table",
    "metrics_meet",
    "part_of",
    "vocabulary_re",
]

_WORD = re.compile(r"[^\W\d_][\w\-]*\.?")


def metric_of(before: list[Fact], text: str, where: tuple[int, int, int], clause: tuple[int, int]) -> str | None:
    """The metric of the figure at text[start:end] of the sentence from `lo` (`where`), in its clause.

    `before`: the facts of the article before it (whose metric a comparison or a continuation takes).
    """
    lo, start, end = where
    c_lo, c_hi = clause
    compared = _compared_with(before, lo, text[c_lo:start])
    if compared is not None and ":" not in compared:  # "davon sind 1,3 Mrd. Euro versichert": the part's measure
        compared = _with_measure(compared, text, c_lo, c_hi)
    if compared:
        return compared
    own = _own_part(text, start, end, clause)
    coordinated = _coordinated(before, text, (start, end), clause)
    return (
        (None if coordinated is None else _with_measure(coordinated, text, *own))
        or _with_measure(with_change(_own_metric(text, where, clause), text, clause, (start, end)), text, *own)
        or _apposed(text, lo, c_lo, start)
        or expected_alike(before, text, where, clause)
        or _remeasured(_continued(before, text, lo, start), text, own)
    )


def _remeasured(metric: str | None, text: str, clause: tuple[int, int]) -> str | None:
    """A metric taken from the figure before in the measure the figure's own clause names, if it names one.

    "Vor Sondereffekten stieg der Umsatz auf 2,3 Mrd. Nach Sondereffekten waren es 2,1 Mrd.": the revenue as
    reported, not adjusted as the figure before.
    """
    if metric is None or _measures_re().search(text[clause[0] : clause[1]].lower()) is None:
        return metric
    return _with_measure(metric.partition(":")[0], text, *clause)


_ANY = "*"
"""The key of [usual_measures] whose measures are the usual ones of every metric."""


def _own_part(text: str, start: int, end: int, clause: tuple[int, int]) -> tuple[int, int]:
    """The part of a clause that is the figure's own where "und" joins it to another figure's part.

    "hat 5,8 Mrd. Euro erlöst und operativ 110 Mio. Euro verdient": "operativ" is the measure of the 110 only.
    """
    lo, hi = clause
    after = _AND.search(text, end, hi)
    if after is not None and _DIGIT.search(text, after.end(), hi) is not None:
        hi = after.start()
    joins = [m for m in _AND.finditer(text, lo, start) if _DIGIT.search(text, lo, m.start()) is not None]
    if joins:
        lo = joins[-1].end()
    return lo, hi


_DIGIT = re.compile(r"\d")


def _apposed(text: str, lo: int, c_lo: int, start: int) -> str | None:
    """The metric the clause before names, for a figure whose clause is only where it went (", auf 1,7 Mrd.").

    "Der Auftragseingang ging dagegen leicht zurück, auf 1,7 Milliarden im Quartal": the orders.
    """
    lead = text[c_lo:start].lower().split()
    if c_lo <= lo or not lead or any(w not in words().apposition_leads for w in lead):
        return None
    head, modifier = _metrics_before(text[lo:c_lo])
    return head or modifier


@functools.cache
def metric_table() -> tuple[re.Pattern[str], dict[str, str]]:
    """Compiled once: the metric stems (longest first) and the metric of each."""
    w = words()
    stems = "|".join(re.escape(s) for s, _ in w.metrics)
    table = dict(w.metrics)
    ends = "|".join(re.escape(e) for e in _ends_longest_first())
    # a stem at the start of a word (or of a part after a hyphen), or a compound that ends in a metric noun, in the
    # genitive too ("des Mindestlohns"; not a word that opens with a stem but names no metric: "die drei Gewinner")
    others = alternation(w.not_metrics)
    pattern = re.compile(
        rf"(?:(?<![^\W\d_])|(?<=-))(?!{others})(?:{stems})|(?<![^\W\d_])[^\W\d_]+?(?:{ends})(?:e?s)?(?![^\W\d_])"
    )
    stem_re = re.compile(rf"(?:{stems})")
    for end in w.metric_ends:  # a compound's last noun has the metric of its stem ("erlöse": "erlös")
        stem = stem_re.match(end)
        if stem is None:
            raise AifiguresError(
                f"data/de/check.toml [metric_compounds] ends: {end!r} starts with no stem of [metrics]"
            )
        table.setdefault(end, table[stem.group()])
    return pattern, table


def metric_named(found: str) -> str:
    """The metric of a word the metric pattern found: a stem's, or that of the noun a compound ends in."""
    table = metric_table()[1]
    if found in table:
        return table[found]
    for word in (found, found.removesuffix("s"), found.removesuffix("es")):  # "mindestlohns": a genitive
        end = next((e for e in _ends_longest_first() if word.endswith(e)), None)
        if end is not None:
            return table[end]
    raise AifiguresError(f"{found!r} ends in no metric noun of data/de/check.toml [metric_compounds]")


@functools.cache
def _ends_longest_first() -> tuple[str, ...]:
    return tuple(sorted(words().metric_ends, key=len, reverse=True))


def metrics_meet(a: str, b: str) -> bool:
    """Whether two metrics may be one.

    Equal, one a figure of the other's usual measure ("figure:net", "profit"), or one a broad metric that holds
    the other ("earnings": a company's profit or a person's salary), told in the other's usual measure or none.
    """
    if a == b or _UNNAMED in (a, b) or part_of(a, b) or part_of(b, a):
        return True  # (no metric named: "figure", left where a measure per recipient is set aside, `one_measure`)
    base_a, _, measure_a = a.partition(":")
    base_b, _, measure_b = b.partition(":")
    if measure_a and measure_a == measure_b and base_a != base_b:
        # "earnings:pre_tax" and "profit:pre_tax": one measure of metrics that meet, or of a metric not named
        return _UNNAMED in {base_a, base_b} or metrics_meet(base_a, base_b)
    w = words()
    usual, broad = w.usual_measures, w.broad_metrics
    return any(
        (x.startswith("figure:") and x[7:] in usual.get(y, ())) or _broad_holds(x, y, broad, usual)
        for x, y in ((a, b), (b, a))
    )


def holds(broad: str, metric: str) -> bool:
    """Whether a broad metric holds another ("payment" holds "investment": what is paid for a thing is invested)."""
    w = words()
    return _broad_holds(broad, metric, w.broad_metrics, w.usual_measures)


def _broad_holds(x: str, y: str, broad: dict[str, frozenset[str]], usual: dict[str, frozenset[str]]) -> bool:
    """Whether a broad metric holds another, in that one's usual measure ("zahlt 3,20 Euro je Aktie": a dividend)."""
    base, _, measure = x.partition(":")
    return y in broad.get(base, ()) and (not measure or measure in usual.get(y, ()))


_UNNAMED = "figure"
"""The metric part of a measure whose metric is not named ("figure:per einwohner")."""


def part_of(part: str | None, whole: str | None) -> bool:
    """Whether a metric is a part measure of another ("damage:insured" of "damage": `part_measures`)."""
    if part is None or whole is None or not part.startswith(whole + ":"):
        return False
    return part[len(whole) + 1 :] in words().part_measures


@functools.cache
def _measures_re() -> re.Pattern[str]:
    return vocabulary_re(tuple(w for w, _ in words().measures))


def _without_measures(lead: str) -> str:
    """`lead` with the phrases of a measure blanked ("inklusive Schulden": the price's measure, not a debt).

    Phrases of two or more words only: one word may be a metric and its measure at once ("Vorsteuergewinn").
    """
    found = [m for m in _measures_re().finditer(lead.lower()) if " " in m.group()]
    for m in reversed(found):
        lead = lead[: m.start()] + " " * (m.end() - m.start()) + lead[m.end() :]
    return lead


@functools.cache
def _adjective_after_article() -> re.Pattern[str]:
    """An adjective between an article and the next word, for lower-cased text (the article is group 1)."""
    return re.compile(rf"(?<![^\W\d_])({alternation(words().articles)})\s+{_ADJECTIVE.pattern}\s+(?=[^\W\d_])")


def alternation(items: list[str] | tuple[str, ...]) -> str:
    """Literal words or phrases as one alternation, the longest first; a space matches any run of white space."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(items, key=len, reverse=True))


def _metric(text: str, start: int, end: int, c_lo: int, c_hi: int) -> str | None:
    """The metric named nearest the amount in its clause (before it first, then after it).

    A noun in a phrase that modifies another ("vor der Finanzierung", "aus Investorenkreisen") names it only
    where nothing else does: not the head noun before it, a metric after the figure, or the clause's verb.
    """
    before = _without_measures(text[c_lo:start])  # "zahlt inklusive Schulden 4,2 Mrd.": a measure, no metric
    before = _of_other_figures().sub(" ", before)  # "Mit einem Aktienrückkauf von 750 Mio. gibt sie 2 Mrd. zurück"
    named = _named_by(before)
    if named is not None:  # "rechnet mit einem Fehlbetrag von 48 Mio.": the noun the figure completes names it,
        return _saved(named, text[end:c_hi])  # unless what follows saves it ("Kosten von 12 Mrd. einsparen")
    head, modifier = _metrics_before(before)
    lead = _without_periods_paid_for(before)
    rest = _without_periods_paid_for(text[end:c_hi])  # "zahlt 3,20 Euro für das Geschäftsjahr": no thing bought
    paid = _paid_after(lead, rest)
    after = next(metric_nouns(text[end:c_hi].lower()), None)
    if paid is not None and head is None and after is not None and not text[end : end + after.start()].strip():
        return metric_named(after.group())  # "zahlt für die Wohnung 1.150 Euro Kaltmiete": the figure's own noun
    if head in words().container_metrics and (held := _held_for(text[c_lo:c_hi].lower())) is not None:
        return held  # "Im Haushalt sind 58 Mio. Euro für Investitionen vorgesehen": what the budget holds them for
    if paid is not None or head is not None:
        return _proceeds(head, modifier, paid) or paid or head
    if after is not None:  # "800 Mio. Euro an Kosten einsparen": a saving, as where the noun leads the figure
        named = metric_named(after.group())
        return _proceeds(None, modifier, named) or _saved(named, text[end + after.end() : c_hi])
    found = verb_metric(lead, rest)
    if found is None:  # "setzte 12,4 Mrd. um und verdiente 3,1 Mrd.": the figure's own part of a coordination
        own_part = _AND.split(rest, 1)[0]
        found = verb_metric(lead, own_part) if own_part != rest else None
    told = text[max(0, c_lo - _ANTECEDENT_REACH) : c_lo]
    return (
        _proceeds(None, modifier, found)
        or of_person(found, lead, told)
        or modifier
        or built_for(lead, rest)
        or of_antecedent(lead, told)
    )


def _held_for(low: str) -> str | None:
    """The metric a lower-case clause names after "für" ("für Investitionen", "für das Personal"), if any."""
    for m in _held_for_re().finditer(low):
        named = next(metric_nouns(m.group("noun")), None)
        if named is not None and named.start() == 0:
            return metric_named(named.group())
    return None


@functools.cache
def _held_for_re() -> re.Pattern[str]:
    w = words()
    return re.compile(
        rf"(?<![^\W\d_])(?:{alternation(w.purpose_leads)})\s+(?:(?:{alternation(w.articles)})\s+)?(?P<noun>[^\W\d_]+)"
    )


def _proceeds(head: str | None, modifier: str | None, verb: str | None) -> str | None:
    """The metric of a thing whose figure a verb of bringing in tells (check.toml proceeds_metrics), if it is one.

    "Der Börsengang brachte 1,4 Mrd. Euro ein" (the noun heads the clause) and "hat bei seinem Börsengang 3,1 Mrd.
    Euro eingenommen" (it modifies the verb, or the word of a revenue after the figure): what the listing brought.
    """
    proceeds = words().proceeds_metrics
    if head is not None:
        return head if head in proceeds else None
    return modifier if verb == _REVENUE and modifier in proceeds else None


_REVENUE = "revenue"
_ANTECEDENT_REACH = 200
"""How far before a clause that opens with a pronoun the noun it stands for is looked for."""


def _saved(metric: str, after: str) -> str:
    """A cost that the rest of its clause says is saved ("Kosten von 12 Mrd. Euro einsparen") is a saving."""
    if metric not in words().saved_metrics:
        return metric
    return _SAVINGS if any(metric_named(m.group()) == _SAVINGS for m in metric_nouns(after.lower())) else metric


_SAVINGS = "savings"


def completes_noun(before: str) -> bool:
    """Whether the figure after `before` is the value of a metric noun right before it ("Aktienrückkauf von")."""
    return _named_by(before) is not None


def _named_by(before: str) -> str | None:
    """The metric of the noun right before "von" (or "in Höhe von") and the figure: "Fehlbetrag von 48 Mio."."""
    m = _noun_of().search(before)
    if m is None:
        return None
    noun = next(metric_nouns(m.group(1).lower()), None)
    if noun is None or noun.start() != 0:
        return None
    # a stem of two words that ends in the noun names it ("neue Schulden von": borrowing, not debt)
    phrase = before[max(0, m.end(1) - 40) : m.end(1)].lower()
    longer = (w for w in metric_nouns(phrase) if w.end() == len(phrase) and " " in w.group())
    return metric_named(next(longer, noun).group())


@functools.cache
def _of_other_figures() -> re.Pattern[str]:
    """A noun of a phrase led by a preposition whose value is a figure in digits after it: that figure's alone.

    "Mit einem Aktienrückkauf von 750 Mio. gibt die Bank 2 Mrd. zurück", "Nach einem Verlust von 750 Mio. hat
    die Bank 2 Mrd. in der Kasse"; a clause's subject still names what changes ("Die Standardrente von 1.650 Euro
    steigt um 58 Euro").
    """
    w = words()
    leads, articles, links = alternation(w.modifier_prepositions), alternation(w.determiners), alternation(w.value_of)
    return re.compile(rf"(?<![^\W\d_])(?i:{leads})\s+(?:(?i:{articles})\s+)?[^\W\d_][\w-]*\s+(?i:{links})\s+(?=\d)")


@functools.cache
def _noun_of() -> re.Pattern[str]:
    """A noun and the words that make the figure after them its value ("Fehlbetrag von", "in Höhe von")."""
    return re.compile(rf"(?<![^\W\d_])([^\W\d_][\w-]*)\s+(?i:{alternation(words().value_of)})\s+\Z")


def _paid_after(before: str, after: str) -> str | None:
    """The metric of a verb of buying with "für" after the last metric noun before the figure, if any.

    The noun is who pays or what is bought, and a noun after the figure is whom it is sold to: "Ein
    Pensionsfonds zahlt für 8.000 Wohnungen 1,45 Mrd. Euro", "hatte Wohnungen für 3,2 Mrd. Euro an den Fonds
    Skarvo verkauft": prices, not funds.
    """
    metric_re = metric_table()[0]
    last = None
    for last in metric_re.finditer(before.lower()):  # noqa: B007 - the last match is wanted
        pass
    rest = before if last is None else before[last.end() :]
    return verb_metric(rest, after, paid=True)


def _without_periods_paid_for(before: str) -> str:
    """`before` without the words "für" that lead a period ("zahlt für das abgelaufene Geschäftsjahr 3,20 Euro").

    What is paid for a year is no price of a thing bought.
    """
    from aifigures.extract.lexicon import german  # noqa: PLC0415 - extraction's periods, loaded by then

    lex = german()
    return _FOR.sub(lambda m: m.group() if lex.period_at(before, m.end(), len(before)) is None else " ", before)


_FOR = re.compile(r"(?<![^\W\d_])für\s+(?:(?:das|den|die|dem)\s+)?", re.IGNORECASE)


def _metrics_before(stretch: str) -> tuple[str | None, str | None]:
    """The metric named last before a figure that heads its phrase, and the one named last in a modifying phrase.

    "Die Bewertung vor der Finanzierung lag bei": valuation heads, funding modifies it.
    """
    low = stretch.lower()
    head = modifier = None
    for m in metric_nouns(low):
        if _modifying(low[: m.start()]):
            modifier = metric_named(m.group())
        else:
            head, modifier = metric_named(m.group()), None
    return head, modifier


def metric_nouns(low: str) -> Iterator[re.Match[str]]:
    """The metric nouns of a lower-case stretch, but those that name who and not what.

    Those counted ("ein Haushalt", "pro Haushalt") and the object of a verb of cost ("kostet die Haushalte").
    """
    w = words()
    for m in metric_table()[0].finditer(low):
        before = low[: m.start()].split()[-2:]
        if m.group() in w.counted_nouns and before and before[-1] in w.count_leads:
            continue
        if _households(low, m, before):
            continue
        if before and before[-1] in w.determiners:
            before = before[:-1]
        if before and before[-1] in w.payer_verbs:
            continue
        yield m


def _households(low: str, m: re.Match[str], before: list[str]) -> bool:
    """Whether a counted noun's plural names who ("betroffene Haushalte"), not budgets ("öffentliche Haushalte")."""
    w = words()
    word = _WORD.match(low, m.start())
    if word is None or word.group() not in w.counted_plurals or (before and before[-1] in w.public_leads):
        return False
    after = low[word.end() :].split()[:1]
    return not (after and after[0] in w.owner_leads)


_ADJECTIVE = re.compile(r"[^\W\d_]+(?:e|en|er|es|em)")


def _modifying(lead: str) -> bool:
    """Whether a noun after `lead` stands in a phrase modifying another: a preposition (and an article) before it.

    Up to two adjectives may stand between them ("nach der jüngsten Finanzierungsrunde", "vor der neuen ...":
    an adjective the determiners list too, as it may stand before a noun without an article).
    """
    before = lead.split()[-4:]
    w = words()
    for _ in range(2):
        word = before[-1] if len(before) > 1 else ""
        if _ADJECTIVE.fullmatch(word) and word not in w.articles and word not in w.modifier_prepositions:
            before.pop()
    before = before[-2:]
    if not before:
        return False
    if before[-1] in w.determiners and len(before) > 1:
        return before[-2] in w.modifier_prepositions
    return before[-1] in w.modifier_prepositions


def _own_metric(text: str, where: tuple[int, int, int], clause: tuple[int, int]) -> str | None:
    """The metric its clause names, or the label before a colon that opens the clause names.

    A figure followed by "wert" is a valuation, whatever its clause named before it ("hat 6,6 Mio. Dollar von
    Investoren erhalten und ist nun 157 Mrd. Dollar wert").
    """
    lo, start, end = where
    after = _WORD_AFTER.match(text, end)
    if after is not None and after.group(1).lower() in words().worth_after:
        return _VALUATION
    return (
        _metric(text, start, end, *clause)
        or _labelled(text, lo, clause[0])
        or received_publicly(text, *clause)
        or received_by_person(text[clause[0] : start])
    )


_VALUATION = "valuation"
_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)")


def _labelled(text: str, lo: int, c_lo: int) -> str | None:
    """The metric a label before a colon names, for the figure after it ("Brenners Jahresgehalt: 12 Mio. Euro")."""
    if c_lo <= lo or not text[lo:c_lo].rstrip().endswith(":"):
        return None
    head, modifier = _metrics_before(text[lo:c_lo])
    return head or modifier


def _with_measure(metric: str | None, text: str, c_lo: int, c_hi: int) -> str | None:
    """Another measure of a metric ("bereinigt", "vor Sondereffekten", "pre-money") is kept apart from it.

    So is a figure per unit of a thing ("8.450 Euro pro Quadratmeter", "je Aktie"): not the price of a flat.
    """
    measures = words().measures
    low = text[c_lo:c_hi].lower()
    found = {m.group() for m in _measures_re().finditer(low)}
    bare = _adjective_after_article().sub(r"\1 ", low)  # "vor der neuen Finanzierungsrunde": a phrase of them
    if bare != low:
        found |= {m.group() for m in _measures_re().finditer(bare)}
    if not found:
        unit = per_unit(low)  # the common case: no measure, no unit
        if unit is None or (metric is not None and f"per {unit}" in words().usual_measures.get(metric, ())):
            return metric  # "eine Dividende von 12 Dollar je Aktie": a dividend is told per share
        return f"{metric or 'figure'}:per {unit}"
    told = list(dict.fromkeys(measure for word, measure in measures if word in found))
    same = words().same_metrics
    for measure in list(told):  # "das operative Ergebnis" is the Ebit, "der bereinigte operative Gewinn" its
        renamed = same.get(f"{metric or 'figure'}:{measure}")  # adjusted measure
        if renamed is not None and ":" not in renamed:
            metric = renamed
            told.remove(measure)
    usual = words().usual_measures.get(metric or "", frozenset()) | words().usual_measures.get(_ANY, frozenset())
    told = [m for m in told if m not in usual]  # "Gewinn netto": the profit as it is usually told
    if not told:
        return metric
    composed = f"{metric or 'figure'}:{told[0]}"
    return same.get(composed, composed)


def _coordinated(before: list[Fact], text: str, span: tuple[int, int], clause: tuple[int, int]) -> str | None:
    """The metric a figure's own part of a coordination names after it, where "und" joins it to the figure before.

    "hat 23,4 Mrd. Franken umgesetzt und 4,12 Mrd. Franken verdient": "umgesetzt" closes the first part, and
    4,12 Mrd. is what "verdient" names.
    """
    start, end = span
    c_lo, c_hi = clause
    if not before or not c_lo <= before[-1].amount.span[1] <= start:
        return None
    if _AND.search(text, before[-1].amount.span[1], start) is None:
        return None
    tail = _AND.split(text[end:c_hi], 1)[0]
    named = metric_table()[0].search(tail.lower())
    return metric_named(named.group()) if named is not None else verb_metric("", tail)


_AND = re.compile(r"(?<![^\W\d_])(?:und|sowie)(?![^\W\d_])")


def _compared_with(before: list[Fact], sentence_start: int, lead: str) -> str | None:
    """The metric of the figure before, for a figure whose clause opens with only a comparison word, or a part.

    "Der Umsatz stieg auf 610 Mio. Euro, nach 540 Mio. Euro im Vorjahresquartal": 540 is a revenue too; so
    are the parts in "... 140 Mio. Euro eingenommen, davon 80 Mio. Euro für A und 75 Mio. Euro für B". None
    where the clause opens otherwise, or no figure of the sentence stands before it.
    """
    if not before or before[-1].sentence[0] != sentence_start:
        return None
    metric = before[-1].metric
    if _gapped(lead):
        return metric  # "Arventa setzte 26 Mrd. Euro um, Solquin 15 Mrd. Euro": Solquin's revenue
    lead = " ".join(lead.lower().split())
    if lead in words().ellipsis_leads:
        return None if metric is None else metric.split(":", 1)[0]  # "..., danach bei 600 Mio.": not "vor ..."
    if lead not in words().comparison_leads and lead.split(" ", 1)[0] not in words().parts_after:
        return None  # a part ("davon 80 Mio. Euro für ...") measures what its total measures
    return metric


def _gapped(lead: str) -> bool:
    """Whether a clause's words before its figure are a name alone, which leaves out the verb of the clause before.

    "..., Solquin 15 Milliarden Euro": one to three capitalised words, none a metric ("Gewinn 300 Mio."), after
    "und" or "sowie" and an article, and before the preposition the left-out verb takes ("Fendrik kam auf 2,1
    Mrd., Marenz auf 1,2 Mrd. und der Zulieferer Kessbach auf 210 Mio.").
    """
    w = words()
    names = lead.split()
    if names[:1] and names[0] in w.gapped_joiners:
        names = names[1:]
    if names[:1] and names[0] in w.gapped_leads:  # "..., in der Mobilitätssparte bei 1,2 Mrd.": a division's
        names = names[1:]
    if names[:1] and names[0] in w.determiners:
        names = names[1:]
    if names[-1:] and names[-1] in w.gapped_prepositions:
        names = names[:-1]
    return (
        0 < len(names) <= _GAPPED_NAMES
        and all(n[:1].isupper() and n.isalpha() for n in names)
        and metric_table()[0].search(lead.lower()) is None
    )


_GAPPED_NAMES = 3


def _continued(before: list[Fact], text: str, sentence_start: int, start: int) -> str | None:
    """The metric of the figure before, for the first figure of a sentence that goes on telling it.

    "Sanvora hat im ersten Halbjahr 4,0 Mrd. Euro umgesetzt. Im zweiten Quartal waren es 1,95 Mrd. Euro.":
    "waren es" (`restating` in periods.toml) stands for what the sentence before measured.
    """
    if not before or before[-1].sentence[0] >= sentence_start or text[before[-1].sentence[1] : sentence_start].strip():
        return None  # none before, or in this sentence, or a sentence with no figure between them
    lead = " ".join(text[sentence_start:start].lower().split())
    return before[-1].metric if any(_ends_with_words(lead, c) for c in words().continuing) else None


def _ends_with_words(lead: str, phrase: str) -> bool:
    """Whether `lead` ends with the whole words of `phrase`, or with them and one or two words more.

    "waren es nur", "sind es nur noch".
    """
    tail = f" {phrase}"
    words = f" {lead}".split(" ")
    return any(" ".join(words[: len(words) - k]).endswith(tail) for k in range(3) if len(words) > k)
