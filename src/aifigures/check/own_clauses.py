"""The names each figure of a sentence of several figures is told with: its own clause's, not the sentence's."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from aifigures.check.names import names_of

if TYPE_CHECKING:
    from aifigures.check.facts import Fact
    from aifigures.check.run import Run

__all__ = ["own_clauses"]


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
        told = [led.get(id(f)) or f.names for f in members]
        for f, names in zip(members, told, strict=True):
            if names and any(other and not other & names for other in told):
                own[id(f)] = names
    return own


def _led_by(members: list[Fact], text: str) -> dict[int, frozenset[str]]:
    """The names between each figure of a sentence and the figure before it (or its clause's start), where any.

    Where every figure is followed by "auf" ("Davon entfielen 1.720 Mrd. auf den Bund, 610 Mrd. auf die Länder
    und 180 Mrd. auf die Gemeinden"), each figure's names are those after it, up to the next figure.
    """
    out: dict[int, frozenset[str]] = {}
    spans = [f.amount.span for f in members]
    after = all(_ALLOTTED.match(text, f.amount.span[1]) for f in members)
    for i, f in enumerate(members):
        if after:
            hi = members[i + 1].amount.span[0] if i + 1 < len(members) else f.sentence[1]
            names = names_of(text, f.amount.span[1], hi, spans)
        else:
            lo = max(f.clause[0], members[i - 1].amount.span[1] if i else f.clause[0])
            names = names_of(text, lo, f.amount.span[0], spans)
        if names:
            out[id(f)] = names
    return out


_ALLOTTED = re.compile(r"\s+auf\s", re.IGNORECASE)
"""A figure's words that give it to whom the names after it name ("180 Mrd. auf die Gemeinden")."""
