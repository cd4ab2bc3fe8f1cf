"""What a figure's sentence tells: an estimate, a plan or forecast, else what happened (`Modality`)."""

from __future__ import annotations

import enum
import functools
import re
from typing import TYPE_CHECKING

from aifigures.check.vocabulary import check_words as words
from aifigures.check.vocabulary import vocabulary_re
from aifigures.normalise.calendar import resolve

if TYPE_CHECKING:
    from aifigures.amount import Amount

__all__ = ["Modality", "figure_modality", "has_word", "modality_of", "told_of_figure"]


class Modality(enum.StrEnum):
    """Whether a figure reports what happened, what is planned or forecast, or an estimate."""

    ACTUAL = "actual"
    PLAN = "plan"
    ESTIMATE = "estimate"


def has_word(text: str, vocabulary: list[str]) -> bool:
    """Whether one of the words or phrases of `vocabulary` stands in `text` as whole words (any case)."""
    return vocabulary_re(tuple(vocabulary)).search(text.lower()) is not None


def modality_of(sentence: str, years: frozenset[int] = frozenset(), year: int | None = None) -> Modality:
    """What a sentence tells: an estimate, a plan, else what happened.

    A sentence whose every year lies after the article's tells a plan or a forecast, whatever its tense
    ("Bis 2029 fallen die Einnahmen um 33 Mrd. Euro niedriger aus" in 2025), unless it tells a level that stays
    ("bleibt 2026 bei 563 Euro").
    """
    w = words()
    if has_word(sentence, w.estimate):
        return Modality.ESTIMATE
    sentence = _hearsay_re().sub(r"\g<rest>", sentence)  # "soll 80 Mio. gezahlt haben": what happened, as told
    ahead = year is not None and bool(years) and min(years) > year and not _stays(sentence)
    if has_word(sentence, w.plan) or _future(sentence) or ahead:
        return Modality.PLAN
    if has_word(sentence, w.budget_nouns) and has_word(sentence, w.presenting_verbs):
        return Modality.PLAN  # a budget presented, not yet passed: "hat einen Haushalt mit ... vorgelegt"
    return Modality.ACTUAL


@functools.cache
def _hearsay_re() -> re.Pattern[str]:
    """A hearsay modal and the rest of its clause up to a participle and "haben" or "sein" (check.toml hearsay_*).

    The modal is dropped and the rest kept (group ``rest``), so that the other words of the sentence still tell a
    plan ("Der Konzern soll 2 Mrd. gezahlt haben und will nun ... investieren").
    """
    w = words()
    modals, perfect = (f"(?:{'|'.join(re.escape(x) for x in v)})" for v in (w.hearsay_modals, w.hearsay_perfect))
    participle = r"[^\W\d_]+(?:t|en)"
    return re.compile(
        rf"(?i)(?<![^\W\d_]){modals}(?![^\W\d_])(?P<rest>[^.!?;,]*?\s{participle}\s+{perfect})(?![^\W\d_])"
    )


def _stays(sentence: str) -> bool:
    """Whether a sentence tells a level that stays ("weiterhin", "bleibt 2026 bei 563 Euro")."""
    return has_word(sentence, words().staying) or _staying_re().search(sentence) is not None


@functools.cache
def _staying_re() -> re.Pattern[str]:
    w = words()
    verbs, at = (f"(?:{'|'.join(re.escape(x) for x in v)})" for v in (w.staying_verbs, w.staying_at))
    return re.compile(rf"(?i)(?<![^\W\d_]){verbs}(?:\s+\S+){{0,3}}?\s+{at}(?![^\W\d_])")


def figure_modality(
    text: str, sentence: tuple[int, int], amount: Amount, told: tuple[frozenset[int], tuple[int, ...]], year: int | None
) -> Modality:
    """What a figure's sentence tells of it (`modality_of` on `told_of_figure`), its period's own year counted.

    `told`: the years of the sentence (or of the period's words) and the starts of the figures after it. A period
    whose words place it after the article's year ("Größte Einnahmequelle bleibt die Gewerbesteuer mit 213 Mio."
    after "den Haushalt für das kommende Jahr") is a year ahead, however the sentence reads.
    """
    said, years = told_of_figure(text, sentence, amount.span, *told)
    return modality_of(said, years | _year_ahead(amount, year), year)


def _year_ahead(amount: Amount, year: int | None) -> frozenset[int]:
    """The year a figure's period words place after the article's year ("für das kommende Jahr"), else none."""
    if year is None or amount.period is None:
        return frozenset()
    placed = resolve(amount, str(year))
    return frozenset({placed.start.year}) if placed is not None and placed.start.year > year else frozenset()


def told_of_figure(
    text: str, sentence: tuple[int, int], span: tuple[int, int], years: frozenset[int], later: tuple[int, ...] = ()
) -> tuple[str, frozenset[int]]:
    """A figure's sentence without the relative clauses after it, and the years that are left (or its period's).

    "Für 1,6 Mrd. Euro entsteht ein Terminal, das 2031 in Betrieb gehen soll": the terminal's opening is planned,
    the figure is told as a fact. Nor the words that lead a later figure of the sentence (`later`: their starts):
    "setzte 46,7 Mrd. Dollar um und damit mehr als die von Analysten erwarteten 46,2 Mrd." tells an actual revenue.
    """
    lo, hi = sentence
    leads = [(_lead_start(text, span[1], s), s) for s in later if s > span[1]]
    cut = sorted([*((m.start(), m.end()) for m in _relative_re().finditer(text, span[1], hi)), *leads])
    if not cut:
        return text[lo:hi], years
    kept, at = [], lo
    for start, end in cut:
        kept.append(text[at:start])
        at = max(at, end)
    told = "".join([*kept, text[at:hi]])
    return told, frozenset(y for y in years if str(y) in told)


def _lead_start(text: str, end: int, start: int) -> int:
    """Where the words that lead a figure at `start` begin: after the last clause mark since `end`, within `_LEAD`.

    "Allein für die Pensionen sind 38 Mrd. vorgesehen, für Bildung 12 Mrd.": the plan is the first figure's too.
    """
    lo = max(end, start - _LEAD)
    mark = max(text.rfind(c, lo, start) for c in _CLAUSE_MARKS)
    return lo if mark < 0 else mark + 1


_LEAD = 40
"""How far before a later figure of a sentence the words that lead it reach ("die von Analysten erwarteten")."""
_CLAUSE_MARKS = ",;:–—("


@functools.cache
def _relative_re() -> re.Pattern[str]:
    """A clause that opens with a comma and a relative pronoun, or a second verb joined after the figure.

    "..., das 2031 eröffnen soll", "und soll Betrieben helfen", "1,84 Mrd. Euro verdient und hebt die Jahresprognose
    an": up to the next clause mark or the sentence's end. A second verb is a word in lower case after "und" (a
    noun would be capitalised), or a modal verb in a text all in lower case.
    """
    w = words()
    pronouns = "|".join(re.escape(p) for p in w.relative_pronouns)
    joiners = "|".join(re.escape(p) for p in w.second_verb_joiners)
    modals = "|".join(re.escape(p) for p in w.second_verb_modals)
    second = rf"\s(?i:{joiners})\s+(?:(?i:{modals})(?![^\W\d_])|(?=[a-zäöüß]))"
    return re.compile(rf"(?:,\s*(?:{pronouns})(?![^\W\d_])|{second})[^,;:.!?]*")


def _future(sentence: str) -> bool:
    """Whether an auxiliary of the future stands in the sentence with an infinitive closing its clause.

    "Der Bau wird 3 Mrd. Euro kosten" is a plan; "Quillon wird mit 600 Mio. Euro bewertet" is the passive.
    """
    low = sentence.lower()
    for m in vocabulary_re(tuple(words().future_aux)).finditer(low):
        clause = _CLAUSE_END.search(low, m.end())
        tail = low[m.end() : clause.start() if clause is not None else len(low)].split()
        if tail and tail[-1].endswith("n"):
            return True
    return False


_CLAUSE_END = re.compile(r"[,;:.!?–—()]")
