"""Links are one to one: each figure answers one figure of each other article (`mutual_best`)."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aifigures.check.evidence import Link
    from aifigures.check.facts import Fact

__all__ = ["mutual_best"]


def mutual_best(candidates: list[Link]) -> list[Link]:
    """One match per figure in the other article, strongest first: each figure answers one figure there.

    Two reports of one story share most words of a sentence; the words right around each figure tell which
    of its figures answers which ("die Gesamtsumme von 2,04 Mrd." and "... sondern rund 998 Mio."). A figure
    whose best match is taken by a stronger pair takes its next one ("statt auf 89 Milliarden nur auf 0,09
    Milliarden" against "statt auf 89 Milliarden nur auf gut 84 Milliarden": 89 answers 89, 0,09 answers 84).
    Of equally strong matches, one whose figures agree comes first: a sentence's figures share their words,
    and "die Betreiber investieren 15 Mrd." answers "die Betreiber tragen 15 Mrd.", not the total beside it;
    then one whose clause names the same subjects ("Arventa setzte 26 Mrd. um" answers "Arventa erzielte ...
    62 Mrd.", not "der neue Konzern ... 41 Mrd." beside it), where each sentence names them; then the words
    right around the figures.
    """
    taken: set[tuple[int, str]] = set()
    out: list[Link] = []
    order = sorted(
        candidates,
        key=lambda k: (
            -k.score,
            -k.agree,
            -_told_by_both(k),
            -k.near,
            k.a.article,
            k.a.index,
            k.b.article,
            k.b.index,
        ),
    )
    twins = _twins(candidates)
    for k in order:
        slots = ((id(k.a), k.b.article), (id(k.b), k.a.article))
        if not taken.isdisjoint(slots):
            continue
        taken.update(slots)
        # a figure its article tells again (a title's and its text's) answers the same report once: its twin
        # takes no other figure of that report
        taken.update((t, k.b.article) for t in twins.get(id(k.a), ()))
        taken.update((t, k.a.article) for t in twins.get(id(k.b), ()))
        out.append(k)
    return out


def _told_by_both(k: Link) -> bool:
    """Whether both figures' sentences name their subjects, and the same ones.

    A sentence that names no one borrows its article's subjects ("Ein Sprecher sagte, jeder Streiktag koste
    bis zu 25 Mio."), which tell no figure of the article from another.
    """
    return bool(k.a.sentence_names) and bool(k.b.sentence_names) and k.a.names == k.b.names


def _twins(candidates: list[Link]) -> dict[int, list[int]]:
    """For each figure of the candidates, the others of its article with its value, currency and role (by id).

    Their metrics must not differ; one may name none ("Sturm kostet Versicherer 1,5 Milliarden" over
    "Zahlungen von 1,5 Milliarden Euro").
    """
    told: dict[tuple[object, ...], list[Fact]] = defaultdict(list)
    seen: set[int] = set()
    for k in candidates:
        for f in (k.a, k.b):
            if id(f) not in seen:
                seen.add(id(f))
                told[(f.article, f.currency, f.amount.value, f.total, f.group)].append(f)
    return {
        id(f): [id(t) for t in facts if t is not f and (f.metric is None or t.metric is None or f.metric == t.metric)]
        for facts in told.values()
        if len(facts) > 1
        for f in facts
    }
