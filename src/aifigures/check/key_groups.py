"""The groups of figures one key makes: metric, segment, period, modality, level or sum, and a name that identifies.

Figures of one group are weighed against each other by clusters (`aifigures.check.compare`), whatever words
their contexts share; the evidence across articles weighs the rest.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from aifigures.check.facts import key_modality, words
from aifigures.check.names import identifies
from aifigures.check.own_clauses import own_names
from aifigures.normalise.calendar import tells_year_before

if TYPE_CHECKING:
    from aifigures.check.facts import Fact
    from aifigures.check.run import Run

__all__ = ["group_key", "grouped_names", "key_groups"]


def key_groups(facts: list[Fact], run: Run) -> dict[object, list[Fact]]:
    """The figures of each key (the run's own `key`, else `group_key` and each name of `grouped_names`)."""
    groups: dict[object, list[Fact]] = defaultdict(list)
    for f in facts:
        if run.key is not None:
            groups[run.key(f)].append(f)
            continue
        if f.metric is None or not f.names:
            continue
        base = group_key(f, run)
        for name in grouped_names(f, run):
            groups[(base, name)].append(f)
    return groups


def grouped_names(f: Fact, run: Run) -> frozenset[str]:
    """The names that identify whose a figure is, under which it is grouped.

    Its own clause's names, where its sentence tells others'; for a sentence that names no one, its article's
    subject, unless the article tells two names more than once: "Ferrant kauft Nordlink ... Die Dänen kamen auf
    2,1 Mrd.": whose? (A title's noun, "Varnik: Insolvenz in Eigenverwaltung", told once, is no second subject.)
    """
    from aifigures.check.pair_names import article_counts  # noqa: PLC0415 - pair_names reads compare, which reads this

    named = frozenset(n for n in own_names(run).get(id(f), f.names) if identifies(n, run))
    if f.sentence_names or len(named) < _WHOSE:
        return named
    counts = article_counts(f.article, run)
    return frozenset() if sum(counts[n] > 1 for n in named) >= _WHOSE else named


_WHOSE = 2
"""How many subjects told more than once make whose a figure is that its sentence does not say uncertain."""


def group_key(f: Fact, run: Run) -> tuple[object, ...]:
    """A figure's group of `key_groups` but for the name: metric, segment, period, modality, running.

    Not the area of a budget it is for (`Fact.purpose`): a figure that names none may be any area's, and two
    figures for two areas are kept apart where they are weighed (`aifigures.check.compare.linkable`).
    """
    return (f.metric, f.segment, _period_sig(f, run), key_modality(f), f.running)


def _period_sig(f: Fact, run: Run) -> tuple[object, ...]:
    p = f.amount.period
    if p is None:
        return (None, _event_year(f, run))
    interval = run.when(f)
    if interval is not None:
        return (str(p), interval.start, interval.end)
    return (str(p), tells_year_before(f.amount))  # "im Vorjahresquartal", unplaced, is not this quarter


def _event_year(f: Fact, run: Run) -> int | None:
    """The year an event (a price, a fine) with no period was on: the last its sentence names, else its report's.

    "Bereits 2018 hatte Brüssel eine Strafe von 4,34 Mrd. Euro verhängt" is another fine than today's.
    """
    if f.metric not in words().event_metrics:
        return None
    if f.years:
        return max(f.years)
    day = run.articles[f.article].date
    return day.start.year if day is not None else None
