"""What two linked figures are for, by the words of their sentences: one thing, or two.

Read by the evidence (`aifigures.check.evidence`) once a pair weighs enough: "2 Mrd. Euro für Kitas" and "3 Mrd. Euro
für Straßenbrücken" are for two things; "die Sanierung" and "die Generalsanierung" share one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from aifigures.check.context import FIGURE, TOKEN, word_forms
from aifigures.check.metrics import metric_table
from aifigures.check.vocabulary import check_words

if TYPE_CHECKING:
    from aifigures.check.facts import Fact
    from aifigures.check.run import Run

__all__ = ["head_shared", "other_objects"]


_OBJECT_WORDS = 3
"""How many words right after a figure may name what it is for ("2 Mrd. Euro für Kitas")."""
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]")


def other_objects(run: Run, a: Fact, b: Fact) -> bool:
    """Whether the two figures are for two things: each is followed by a rare word the other's sentence lacks.

    "1,5 Mrd. Euro für Ganztagsschulen und 2 Mrd. Euro für Kitas" against "... und 3 Mrd. Euro für
    Straßenbrücken": the sentences share their words, but 2 and 3 are for Kitas and for Straßenbrücken.
    """
    oa, ob = _object(run, a), _object(run, b)
    return bool(oa and ob and not oa & b.words and not ob & a.words and not _compounds_meet(oa, ob))


def _compounds_meet(oa: frozenset[str], ob: frozenset[str]) -> bool:
    """Whether two objects open with one noun: compounds of one word ("Windkraft", "Windparks")."""
    return any(a[:_COMPOUND_HEAD] == b[:_COMPOUND_HEAD] for a in oa for b in ob)


_COMPOUND_HEAD = 4
"""How many letters two words share at their start that makes them compounds of one noun."""


def _object(run: Run, f: Fact) -> frozenset[str]:
    """The rare words among the few right after a figure, within its clause ("..., teilte das Ministerium mit")."""
    text = run.text(f.article)
    found: list[str] = []
    stop = _CLAUSE_BREAK.search(text, f.amount.span[1], f.sentence[1])
    actions, limit, origins = check_words().action_nouns, _OBJECT_WORDS, check_words().origin_prepositions
    for m in TOKEN.finditer(text, f.amount.span[1], stop.start() if stop else f.sentence[1]):
        word = m.group().lower()
        if word in origins:  # "für 12 Mio. Euro vom Klub Royal Ostende": where it comes from, not what it is for
            break
        if metric_table()[0].match(word):  # "21 Mio. Euro Ablöse": what it measures
            continue
        if word in actions:  # "in den Ausbau der Windkraft": what it is for is the noun after it
            limit += 1
            continue
        found.append(word_forms(word)[0])
        if len(found) == limit:
            break
    return frozenset(w for w in found if w in f.words)


def head_shared(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether a word of one sentence ends a compound of the other ("Sanierung" and "Generalsanierung")."""
    return any(
        len(x) >= _HEAD_LETTERS and y != x and y.endswith(x) and x[:1] != FIGURE
        for one, other in ((a, b), (b, a))
        for x in one
        for y in other
    )


_HEAD_LETTERS = 6
"""The fewest letters of a word found as the head of another's compound ("sanierung"; not "netz" of "kernnetz")."""
