"""What a figure measures where its clause tells a change of a metric, a result's balance or a building.

"stieg um 2,1 Mrd." and "ein Plus von 200 Mio." are changes, kept apart from the levels of their metric; "hat ein
Minus von 53 Mio. Euro gemacht" is a loss; "die Kosten um 180 Mio. Euro senken" a saving; "Für 1,6 Mrd. Euro
entsteht ein Terminal" an investment. Read by `aifigures.check.metrics`; the words are check.toml's.
"""

from __future__ import annotations

import re

from aifigures.check.vocabulary import check_words as words
from aifigures.check.vocabulary import vocabulary_re

__all__ = ["built_for", "has_lowering", "unnamed_change", "with_change"]

_WORD = re.compile(r"[^\W\d_][\w\-]*\.?")
_SAVINGS = "savings"
_INVESTMENT = "investment"


def with_change(metric: str | None, text: str, clause: tuple[int, int], span: tuple[int, int]) -> str | None:
    """A change's metric ("um 2,1 Mrd.", "ein Plus von 200 Mio.", "13 Mio. Euro teurer"), apart from its level's.

    A result's balance is none: "hat ein Minus von 53 Mio. Euro gemacht" is a loss, where the clause names no
    other metric.
    """
    w = words()
    (c_lo, c_hi), start = clause, span[0]
    before = _words_before(text, c_lo, start)
    tail = " ".join(before[-3:])
    result = _result(metric, text, clause, start, tail)
    if result is not None or metric is None:
        return result
    if _after_change_word(before):
        if metric in w.saved_metrics and has_lowering(text[c_lo:c_hi]):
            return _SAVINGS  # "die Kosten um 180 Mio. Euro pro Jahr senken": what is saved
        return f"{metric}_change"
    if any(tail.endswith(n) for n in w.change_nouns):
        return f"{metric}_change"
    after = _word_after(text, clause, span)
    if metric in w.outlay_metrics:
        # "Ein Haushalt zahlt künftig 120 Euro weniger im Monat": what it saves ("mehr": what the thing costs)
        return _SAVINGS if after in w.less_after else metric
    return f"{metric}_change" if after in w.change_after else metric


def _result(metric: str | None, text: str, clause: tuple[int, int], start: int, tail: str) -> str | None:
    """The result a balance's noun before a figure tells ("ein Minus von"), where its clause makes it one.

    After a bottom line ("Unter dem Strich stand ein Minus von 8,7 Mio. Euro": a loss), or where a verb of making a
    result closes the clause and it names no other metric ("hat ein Minus von 53 Mio. Euro gemacht").
    """
    w = words()
    result = next((m for n, m in zip(w.result_nouns, w.result_metrics, strict=True) if tail.endswith(n)), None)
    if result is None:
        return None
    if any(b in text[clause[0] : start].lower() for b in w.result_bottom_lines):
        return result
    closing = _WORD.findall(text[start : clause[1]].lower())[-1:]
    if metric in (None, result) and closing and closing[0].rstrip(".") in w.result_closings:
        return result
    return None


def unnamed_change(text: str, clause: tuple[int, int], span: tuple[int, int]) -> bool:
    """Whether a figure whose clause names no metric is a change ("Der Grundpreis steigt um 1,50 Euro").

    Or a change's noun leads it ("Das bedeutet einen Anstieg von 69 Euro im Monat"; not a result's balance, "meldet
    ein Minus von 7,9 Mio.", a loss), or it says so after it ("mit 14,2 Mio. Euro weniger Einnahmen rechnen").
    """
    w = words()
    before = _words_before(text, clause[0], span[0])
    tail = " ".join(before[-3:])
    led = any(tail.endswith(n) for n in w.change_nouns if n not in w.result_nouns)
    return _after_change_word(before) or led or _changed_after(text, clause, span)


def _after_change_word(before: list[str]) -> bool:
    """Whether the last words before an amount make it a change: "um", perhaps with a filler ("um jährlich")."""
    w = words()
    if len(before) > 1 and before[-1] in w.change_fillers:
        before = before[:-1]
    return bool(before) and before[-1] in w.change_before


def _changed_after(text: str, clause: tuple[int, int], span: tuple[int, int]) -> bool:
    """Whether the word right after a figure makes it a change ("13 Mio. Euro teurer", "14,2 Mio. weniger").

    Or right after its period ("432 Euro im Jahr mehr").
    """
    return _word_after(text, clause, span) in words().change_after


def _word_after(text: str, clause: tuple[int, int], span: tuple[int, int]) -> str:
    """The word right after a figure, or after its period, in its clause, lower case ("" where none)."""
    from aifigures.extract.lexicon import german  # noqa: PLC0415 - extraction's periods, loaded by then

    hi = min(clause[1], span[1] + _AFTER_REACH)
    pos = span[1] + len(text[span[1] : hi]) - len(text[span[1] : hi].lstrip())
    period = german().period_at(text, pos, hi)
    after = text[pos if period is None else period.end() : hi].lower().split()[:1]
    return after[0].rstrip(".,;:") if after else ""


_AFTER_REACH = 40
"""How far after a figure the word that makes it a change may stand (after its period)."""


def _words_before(text: str, c_lo: int, start: int) -> list[str]:
    """The last words of a figure's clause before it, in lower case (where "um" or "ein Plus von" stands)."""
    return text[max(c_lo, start - 30) : start].lower().split()


def has_lowering(clause: str) -> bool:
    """Whether a clause holds a verb that lowers a metric (check.toml lowering_verbs)."""
    return vocabulary_re(tuple(words().lowering_verbs)).search(clause.lower()) is not None


def built_for(lead: str, rest: str) -> str | None:
    """An investment where the clause opens with "Für" and the figure and tells of a building after it.

    "Für 1,6 Mrd. Euro entsteht am Flughafen ein neues Terminal", "Für 68 Mio. Euro wird das Museum saniert".
    """
    w = words()
    lead_words = lead.lower().split()
    if len(lead_words) != 1 or lead_words[0] not in w.built_leads:
        return None
    return _INVESTMENT if vocabulary_re(tuple(w.built_verbs)).search(rest.lower()) else None
