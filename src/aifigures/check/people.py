"""The people a figure is about: a role and the name after it ("Finanzchef Jonas Roth", "Stürmer Osei").

Two reports of one company may each tell one person's pay, fee or fine: "Vorstandschefin Anna Weber verdiente
2024 bei Kessmar 4,1 Mio. Euro" and "Finanzchef Jonas Roth verdiente 2024 bei Kessmar 2,3 Mio. Euro" share the
company, the year and the measure, yet are about two people, each a stranger to the other report.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from aifigures.check.run import once_for
from aifigures.check.vocabulary import check_words as words
from aifigures.extract.periods import clause_of

if TYPE_CHECKING:
    from collections import Counter

    from aifigures.check.facts import Fact
    from aifigures.check.run import Run

__all__ = ["named_after_roles", "people_apart", "people_of", "role_endings"]

_CAPITALISED = re.compile(r"[^\W\d_a-zäöüß][\w-]*")
_NAMES_AFTER = 2
"""How many capitalised words after a role are its person's name ("Vorstandschefin Anna Weber")."""


@functools.cache
def role_endings() -> tuple[str, ...]:
    """The endings of a person's role ("Finanzchef", "Oberbürgermeister"): check.toml person_roles."""
    return tuple(words().person_roles)


def people_of(f: Fact, run: Run) -> frozenset[str]:
    """The last names, in lower case, of the people a figure's clause names after a role.

    "Finanzchef Jonas Roth verdiente 2,3 Mio. Euro": roth. A role followed by no name ("Der Finanzchef des
    Konzerns") names no one.
    """
    text = run.text(f.article)
    return named_after_roles(text, *clause_of(text, *f.sentence, *f.amount.span))


def named_after_roles(text: str, lo: int, hi: int) -> frozenset[str]:
    """The last names, in lower case, after a role in text[lo:hi] ("Finanzchef Jonas Roth": roth)."""
    found = []
    words_in = list(_CAPITALISED.finditer(text, lo, hi))
    endings = role_endings()
    for i, m in enumerate(words_in):
        if not m.group().lower().endswith(endings):
            continue
        name = None
        for nxt in words_in[i + 1 : i + 1 + _NAMES_AFTER]:
            if text[m.end() if name is None else name.end() : nxt.start()].strip():
                break  # only white space between a role and its name, and between the parts of the name
            if nxt.group().lower().endswith(endings):
                break
            name = nxt
        if name is not None:
            found.append(name.group().lower())
    return frozenset(found)


def people_apart(a: Fact, b: Fact, run: Run) -> bool:
    """Whether two figures of a person's money each name a person the other's report never mentions.

    Only for the money a person is paid, earns or pays (check.toml `person_metrics`, or none named): one
    report may quote its finance chief and another its chief on the company's revenue.
    """
    metrics = words().person_metrics
    if (a.metric is not None and a.metric not in metrics) or (b.metric is not None and b.metric not in metrics):
        return False
    pa, pb = (once_for(run, "people", id(f), functools.partial(_people, f, run)) for f in (a, b))
    if not pa or not pb or pa & pb:
        return False
    from aifigures.check.pair_names import article_counts  # noqa: PLC0415 - pair_names reads the rules' modules

    ca, cb = article_counts(a.article, run), article_counts(b.article, run)
    if not any(cb[p] for p in _forms(pa)) and not any(ca[p] for p in _forms(pb)):
        return True
    # each report's own subject, told twice or more, whom the other mentions once at most ("Nach Silva verpflichtet
    # Isarstadt auch Kovacs"), or the person the figure's own clause names ("kommt Stürmer Kjeld für 14 Mio."), whom
    # the other never mentions: two people
    return _subject_of(pa, ca, cb, own=people_of(a, run)) and _subject_of(pb, cb, ca, own=people_of(b, run))


def _subject_of(people: frozenset[str], told: Counter[str], other: Counter[str], *, own: frozenset[str]) -> bool:
    """Whether people are their report's subject (told twice or more) and the other report's passing mention at most.

    Or the people the figure's own clause names after a role (`own`), whom the other report never mentions.
    """
    forms = _forms(people)
    if people == own and not any(other[p] for p in forms):
        return True
    return all(told[p] >= _TOLD and other[p] < _TOLD for p in forms)


def _forms(people: frozenset[str]) -> list[str]:
    """The last names in the form word counts have (`word_forms`: "kovacs" as "kovac", a genitive's "s" dropped)."""
    from aifigures.check.context import word_forms  # noqa: PLC0415 - context reads the facts that read this module

    return [word_forms(p)[0] for p in people]


_TOLD = 2


def _people(f: Fact, run: Run) -> frozenset[str]:
    """`people_of`, or else the people its article's title and lead name (those its sentence names, where it names any).

    "Isarstadt holt auch Kovacs. Nach Silva verpflichtet der FC Isarstadt auch den Verteidiger Dani Kovacs. Die
    Ablöse beträgt 28 Mio. Euro": Kovacs's fee.
    """
    own = people_of(f, run)
    if own:
        return own
    from aifigures.check.facts import headline  # noqa: PLC0415 - facts reads this module's words
    from aifigures.check.leads import lead_span  # noqa: PLC0415 - names, which leads reads, reads this module's roles

    text = run.text(f.article)
    title = headline(text)
    lead = lead_span(text, title)
    led = named_after_roles(text, *title) | named_after_roles(text, *lead)
    # a sentence that names someone: only the people the title and lead name among them ("Die Ablöse für Ekberg")
    return led & f.sentence_names if f.sentence_names else led
