"""What a figure's clause says of whom it measures, and what one that names no metric measures by what was told before.

A person's role before a verb of earning makes its figure a salary, a company's a profit ("Der neue Chef verdient
4 Mio.", "Der Stahlkonzern verdient 95 Mio.").

A pronoun that opens the clause stands for the metric noun before it ("Das Kabinett hat den Haushalt beschlossen.
Er umfasst 78,4 Mrd. Euro": the budget); a sentence without a figure that names a metric goes on in the next
("Die Kosten steigen weiter. Die Gesellschaft rechnet nun mit 13 Mrd. Euro": a cost). Read by
`aifigures.check.metrics` where nothing else names the figure's metric.
"""

from __future__ import annotations

import functools
import re

from aifigures.check.people import role_endings
from aifigures.check.vocabulary import check_words as words
from aifigures.extract.lexicon import german
from aifigures.extract.periods import sentence_bounds

__all__ = ["of_antecedent", "of_person"]

_WORD = re.compile(r"[^\W\d_][\w\-]*\.?")


def of_antecedent(lead: str, before: str) -> str | None:
    """The metric a pronoun that opens the clause stands for: that of the last metric noun of the text `before`.

    Else the metric of a sentence right before whose figure-less words name one (`_of_sentence_before`).

    "Das Kabinett hat den Haushalt für 2027 beschlossen. Er umfasst 78,4 Mrd. Euro": the budget.
    """
    first = _WORD.match(lead.lower().lstrip())
    if first is None or first.group() not in words().clause_pronouns:
        return _of_sentence_before(lead, before)
    return _last_metric(before)


def _of_sentence_before(lead: str, before: str) -> str | None:
    """The metric of a sentence with no figure right before the figure's, which opens its sentence and names none.

    "Die Kosten für den Tunnel steigen weiter. Die Projektgesellschaft rechnet inzwischen mit 13 Mrd. Euro": a cost.
    """
    told = before.rstrip()
    if lead[:1].islower() or not told.endswith((".", "!")):
        return None  # (the figure's clause opens no sentence)
    sentence = told[sentence_bounds(told, german())[-2] :]  # the last sentence ("Mrd." ends none)
    if any(c.isdigit() for c in sentence):
        return None
    return _last_metric(sentence)


def of_person(metric: str | None, lead: str, before: str) -> str | None:
    """A verb's metric, narrowed by the first noun of a person or a company before the figure.

    "Der neue Chef verdient 4 Mio. im Jahr": a salary; "Der Stahlkonzern verdient 95 Mio.": a profit; "Er soll
    dort 14 Mio. im Jahr verdienen" after "Der Torjäger ... wechselt ..." (`before`: the text before the clause):
    the person the pronoun stands for is paid.
    """
    if metric not in words().person_earnings:
        return metric
    tokens = _WORD.findall(lead.lower())
    for t in tokens:
        if t.endswith(role_endings()):
            return _SALARY
        if t.endswith(_companies()):
            return _PROFIT
    if tokens and tokens[0] in words().clause_pronouns:
        told = [t for t in _WORD.findall(before.lower()) if t.endswith((*role_endings(), *_companies()))]
        if told and told[-1].endswith(role_endings()):
            return _SALARY  # the last person or company told before is the one the pronoun stands for
    return metric


@functools.cache
def _companies() -> tuple[str, ...]:
    """The nouns, and ends of nouns, of a company ("Stahlkonzern", "Unternehmen")."""
    w = words()
    return (*w.descriptor_heads, *w.company_nouns)


_SALARY = "salary"
_PROFIT = "profit"


def _last_metric(text: str) -> str | None:
    """The metric of the last metric noun of `text`."""
    from aifigures.check.metrics import metric_named, metric_nouns  # noqa: PLC0415 - metrics reads this module

    found = list(metric_nouns(text.lower()))
    return metric_named(found[-1].group()) if found else None
