"""The names each figure of a sentence of several figures is told with: its own clause's, not the sentence's."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from aifigures.check.names import names_of
from aifigures.check.run import shared_by

if TYPE_CHECKING:
    from aifigures.check.facts import Fact
    from aifigures.check.run import Run

__all__ = ["own_clauses", "own_names"]


@shared_by("own_names")
def own_names(run: Run) -> dict[int, frozenset[str]]:
    """`own_clauses` of the run's comparable facts, worked out once a run."""
    from aifigures.check.compare import comparable_facts  # noqa: PLC0415 - compare reads this module

    return own_clauses(comparable_facts(run), run)


def own_clauses(facts: list[Fact], run: Run) -> dict[int, frozenset[str]]:
    """The names each figure is told with, where its sentence tells figures of other names.

    "Allein Kranstein erhielt für Osei 45 Mio. Euro, Vellmar für Larsson 40 Mio. Euro": the 40 is Larsson's, not
    Osei's, by its clause's names. "Fendrik kam auf 2,1 Mrd., Marenz auf 1,2 Mrd. und der Zulieferer Kessbach
    auf 210 Mio. Euro": in a list, by the names between the figure before and it. A sentence of one figure is
    about all its names ("Helionix erhält frisches Kapital: Der Staatsfonds Norvest führt eine
    Finanzierungsrunde über 240 Mio. Euro an" is Helionix's round).
    """
    by_sentence: dict[tuple[str, tuple[int, int]], list[Fact]] = defaultdict(list)
    for f in facts:
        by_sentence[(f.article, f.sentence)].append(f)
    own: dict[int, frozenset[str]] = {}
    for members in by_sentence.values():
        if len(members) < 2 or not members[0].sentence_names:
            continue
        led = _led_by(members, run.text(members[0].article))
        # a figure whose own words name no one is not about the names the words of a figure after it lead: "Allein
        # für die Pensionen sind 38 Mrd. vorgesehen, für Bildung 12 Mrd.": the 38 is not Bildung's
        told = [led.get(id(f)) or f.names - _led_after(i, members, led) for i, f in enumerate(members)]
        for f, names in zip(members, told, strict=True):
            if (names and any(other and not other & names for other in told)) or (not names and f.names):
                own[id(f)] = names
    return own


def _led_after(i: int, members: list[Fact], led: dict[int, frozenset[str]]) -> frozenset[str]:
    """The names the figures of a sentence after its i-th are led by (`_led_by`)."""
    return frozenset().union(*(led.get(id(g), frozenset()) for g in members[i + 1 :]))


def _led_by(members: list[Fact], text: str) -> dict[int, frozenset[str]]:
    """The names between each figure of a sentence and the figure before it (or its clause's start), where any.

    Where every figure is followed by "auf" ("Davon entfielen 1.720 Mrd. auf den Bund, 610 Mrd. auf die Länder
    und 180 Mrd. auf die Gemeinden"), each figure's names are those after it, up to the next figure; so where
    every figure from the first so followed on is, two or more.
    """
    out: dict[int, frozenset[str]] = {}
    spans = [f.amount.span for f in members]
    allotted = [_ALLOTTED.match(text, f.amount.span[1]) is not None for f in members]
    # the figures from the first one followed by "auf" on, where all are ("Von den 17,8 Mrd. entfallen 6,2 Mrd.
    # auf Brücken und 4,9 Mrd. auf Stellwerke": the whole before them is told by the names before it)
    first = allotted.index(True) if True in allotted else len(members)
    after = len(members) - first >= _TWO and all(allotted[first:])
    for i, f in enumerate(members):
        if after and i >= first:
            hi = members[i + 1].amount.span[0] if i + 1 < len(members) else f.sentence[1]
            names = names_of(text, f.amount.span[1], hi, spans)
        else:
            lo = max(f.clause[0], members[i - 1].amount.span[1] if i else f.clause[0])
            names = names_of(text, lo, f.amount.span[0], spans)
        if names:
            out[id(f)] = names
    return out


_TWO = 2
_ALLOTTED = re.compile(r"\s+auf\s", re.IGNORECASE)
"""A figure's words that give it to whom the names after it name ("180 Mrd. auf die Gemeinden")."""
