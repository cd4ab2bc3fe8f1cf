"""Two things of one place: figures whose only shared name is a town they are both in.

"Das Konzerthaus in Kellbach hat mehr als 800 Mio. Euro gekostet" and "Der Umbau des Hauptbahnhofs in Kellbach soll
520 Mio. Euro kosten" share the town, the measure and no other word: a town has many buildings, budgets and firms,
and each report names a thing the other never mentions. A name every report writes after a preposition of place
("in Kellbach": check.toml place_prepositions) is where a thing is, not whose figure it is.

And the other way round: figures that name no one but states or countries, in reports that each name a state the
other never mentions, are of two places (`places_apart`); a state's government named by its seat ("die
Landesregierung in Dresden") names the state (`seats_of`); a place's adjective names the place (`place_of`).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from aifigures.check.context import FIGURE
from aifigures.check.run import once_for
from aifigures.check.vocabulary import check_words as words

if TYPE_CHECKING:
    from aifigures.check.facts import Fact
    from aifigures.check.run import Run

__all__ = ["place_of", "placed_by_one", "places_apart", "seats_of", "things_of_one_place"]


def things_of_one_place(a: Fact, b: Fact, run: Run) -> bool:
    """Whether two figures of two articles share only names of places, and each is of a thing the other never names.

    A figure's thing: the rare words of its sentence that are no name, or, where it has none ("Nun soll er 520
    Mio. Euro kosten"), those of its article's title and lead. Figures that share any other rare word are not set
    apart here.
    """
    shared = a.names & b.names
    if a.article == b.article or not shared:
        return False
    if not all(_only_a_place(run, a.article, n) and _only_a_place(run, b.article, n) for n in shared):
        return False
    names = a.names | b.names
    said_a, said_b = _said(a, names), _said(b, names)
    if said_a & said_b:
        return False
    low_a, low_b = _lowered(run, a.article), _lowered(run, b.article)
    return any(w not in low_b for w in _thing(a, names)) and any(w not in low_a for w in _thing(b, names))


def _said(f: Fact, names: frozenset[str]) -> frozenset[str]:
    """The rare words a figure is told with (its sentence's, its article's title's and lead's), names left out."""
    return frozenset(w for w in f.words | f.title_words if w not in names and not w.startswith(FIGURE))


def _thing(f: Fact, names: frozenset[str]) -> frozenset[str]:
    """The rare words of a figure's sentence that are no name, else those of its article's title and lead."""
    own = frozenset(w for w in f.words if w not in names and not w.startswith(FIGURE))
    return own or frozenset(w for w in f.title_words if w not in names)


def _lowered(run: Run, article: str) -> str:
    """An article's text in lower case, once a run."""
    return once_for(run, "lowered_text", article, lambda: run.text(article).lower())


def _only_a_place(run: Run, article: str, name: str) -> bool:
    """Whether an article writes a name at least once, and each time after a preposition of place ("in Kellbach")."""

    def make() -> bool:
        text = run.text(article)
        told = [m.start() for m in re.finditer(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])", text, re.IGNORECASE)]
        lead = _preposition()
        return bool(told) and all(lead.search(text, max(0, at - _REACH), at) is not None for at in told)

    return once_for(run, "only_a_place", (article, name), make)


_REACH = 8
"""How far before a name its preposition of place may stand ("in ", "aus ")."""


@functools.cache
def _preposition() -> re.Pattern[str]:
    """A preposition of place right before a name (check.toml place_prepositions)."""
    leads = "|".join(map(re.escape, words().place_prepositions))
    return re.compile(rf"(?<![^\W\d_])(?:{leads})\s+\Z", re.IGNORECASE)


def seats_of(text: str, lo: int, hi: int) -> frozenset[str]:
    """The states whose government text[lo:hi] names by its seat ("die Landesregierung in Dresden": sachsen).

    News names a state's government by the city it sits in as it names China's by Peking; the city alone
    ("Die Stadt Dresden investiert ...") is a city, and stays its own name.
    """
    if hi - lo < _SHORTEST_SEAT:
        return frozenset()
    seats = words().seats
    return frozenset(seats[m.group(1).lower()] for m in _seated().finditer(text, lo, hi))


_SHORTEST_SEAT = 12
"""The shortest stretch that may name a government by its seat ("Kabinett in Kiel" has 16 characters)."""


@functools.cache
def _seated() -> re.Pattern[str]:
    """A body of government before "in" and a seat (check.toml seated_bodies, [seats]), the seat as group 1."""
    bodies = "|".join(map(re.escape, words().seated_bodies))
    seats = "|".join(map(re.escape, sorted(words().seats, key=len, reverse=True)))
    return re.compile(rf"(?<![^\W\d_])(?i:{bodies})\s+in\s+((?i:{seats}))(?![^\W\d_])")


def place_of(word: str) -> str | None:
    """The place a lower-case adjective names ("sächsischen": sachsen), if it is one (check.toml place_adjectives)."""
    return _place_adjective_forms().get(word)


@functools.cache
def _place_adjective_forms() -> dict[str, str]:
    """Each inflected form of a place's adjective and its place ("sächsische", "sächsischen", ...: sachsen)."""
    return {stem + end: place for stem, place in words().place_adjectives.items() for end in _ADJECTIVE_ENDS}


_ADJECTIVE_ENDS = ("e", "en", "er", "es", "em")


def places_apart(a: Fact, b: Fact, run: Run) -> bool:
    """Whether two figures that name no one but states or countries are of two places: their articles name two.

    "Das Hochwasser an der Mulde hat Schäden von rund 2,3 Mrd. Euro verursacht" in a report that names Sachsen,
    and "Die Gesamtschäden dürften bei über fünf Mrd. Euro liegen" in one on a flood in Bayern: each article
    names a state (check.toml [place_adjectives], [capitals], [seats]) and none the other names, so they are
    of two floods, however alike their words. A figure of a company or person is left to the names.
    """
    if a.article == b.article or not (_places_only(a.names) and _places_only(b.names)):
        return False
    told_a, told_b = _places_told(run, a.article), _places_told(run, b.article)
    return bool(told_a) and bool(told_b) and not told_a & told_b


def placed_by_one(names: frozenset[str], other: str, run: Run) -> bool:
    """Whether names are states or countries only and the `other` article names none: it leaves where unsaid.

    "Das Land Niedersachsen fördert das Werk mit 350 Mio. Euro" and "die Landesregierung gibt 530 Mio. Euro" in a
    report that names no state: the state's name says where, not another subject.
    """
    return bool(names) and _places_only(names) and not _places_told(run, other)


def _places_only(names: frozenset[str]) -> bool:
    """Whether names are none, or each a state or country (or a capital that stands for one)."""
    return all(n in _places() for n in names)


def _places_told(run: Run, article: str) -> frozenset[str]:
    """The states and countries an article names, by name, by a capital or by an adjective ("sächsisch")."""
    from aifigures.check.pair_names import article_counts  # noqa: PLC0415 - pair_names reads this module

    def make() -> frozenset[str]:
        told = article_counts(article, run)
        return frozenset(p for w in told if (p := _places().get(w) or place_of(w)) is not None)

    return once_for(run, "places_told", article, make)


@functools.cache
def _places() -> dict[str, str]:
    """Each state or country by its name and by its capital's ("peking": "china"), as check.toml lists them."""
    w = words()
    named = {p: p for p in (*w.place_adjectives.values(), *w.capitals.values(), *w.seats.values())}
    return named | dict(w.capitals)
