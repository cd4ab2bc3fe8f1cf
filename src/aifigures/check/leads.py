"""An article's subject: the names of its title and lead, what "der Konzern" later refers to.

A title whose names the text never tells again is a topic ("Zollstreit kostet Milliarden"), and the lead's names
are the subject too. Read by `aifigures.check.facts` as it builds the facts, with `aifigures.check.names`'s names.
"""

from __future__ import annotations

import functools
import re

from aifigures.check.metrics import alternation
from aifigures.check.names import names_of
from aifigures.check.sources import sources
from aifigures.check.vocabulary import check_words as words

__all__ = ["lead_end", "lead_names", "lead_span", "refers_to_subject", "subject"]


def subject(text: str, headline: tuple[int, int], bounds: list[int], spans: list[tuple[int, int]]) -> frozenset[str]:
    """The names of the article's title, else of its first sentence: what "der Konzern" later refers to.

    A title whose names the text never tells again ("Zollstreit kostet Milliarden" over "Die neuen US-Zölle
    belasten den Autobauer Velmont ..."): its nouns are a topic, and the lead's names are the subject too.
    """
    lo, hi = headline if headline[1] > headline[0] else (bounds[0], bounds[1] if len(bounds) > 1 else len(text))
    titled = names_of(text, lo, hi, spans, sources(text, lo, hi))
    if hi > lo and headline[1] > headline[0] and not any(_told_again(text, hi, n) for n in titled):
        return titled | lead_names(text, headline)
    return titled


def _told_again(text: str, after: int, name: str) -> bool:
    """Whether a name stands again after `after`, in any case (the lead in lower case too)."""
    return re.search(rf"(?<![^\W\d_]){re.escape(name)}", text[after:], re.IGNORECASE) is not None


def lead_names(text: str, headline: tuple[int, int]) -> frozenset[str]:
    """The names of the lead, the first sentence after the title (a dateline before it skipped), if there is one.

    "Maschinenbauer mit Gewinnplus" over "Stuttgart. Der Stuttgarter Maschinenbauer Keltrax hat ...": Keltrax.
    """
    if headline[1] <= headline[0]:
        return frozenset()
    lo, hi = _lead(text, headline[1])
    return names_of(text, lo, hi, [], sources(text, lo, hi)) if hi > lo else frozenset()


def lead_span(text: str, headline: tuple[int, int]) -> tuple[int, int]:
    """The span of the lead, the first sentence after the title (`_lead`); empty where there is no title."""
    return _lead(text, headline[1]) if headline[1] > headline[0] else (headline[1], headline[1])


def _lead(text: str, start: int) -> tuple[int, int]:
    """The first sentence from `start` (after the title), a dateline before it ("Stuttgart. Der ...") skipped."""
    while start < len(text) and text[start].isspace():
        start += 1
    for _ in range(2):
        end = lead_end(text, start)
        if len(text[start:end].split()) > 1:
            return start, end
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    return start, start


def lead_end(text: str, start: int) -> int:
    """Where the lead that opens at `start` ends: its sentence's stop or a blank line, at most 400 characters on."""
    stop = _LEAD_END.search(text, start, start + _LEAD)
    return stop.end() if stop is not None else min(len(text), start + _LEAD)


# (not the dot of a day's number: "Berlin, 14. Februar 2025 – Das Sturmtief ...")
_LEAD_END = re.compile(r"(?<!\b\d)(?<!\b\d\d)[.!?](?=\s|\Z)|\n\s*\n")
_LEAD = 400
"""The longest lead read (in characters)."""


def refers_to_subject(text: str, lo: int) -> bool:
    """Whether a sentence opens with "der", "die" or "das" and a noun that refers to the article's subject."""
    return _subject_noun_re().match(text, lo) is not None


@functools.cache
def _subject_noun_re() -> re.Pattern[str]:
    nouns = alternation(words().subject_nouns)
    return re.compile(rf"\s*(?:Der|Die|Das)\s+(?:[a-zäöüß]+\s+)?(?=[A-ZÄÖÜ])[\w-]*?(?i:{nouns})(?![^\W\d_])")
