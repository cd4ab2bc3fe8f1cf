"""Who tells a figure, not whom it is about: source clauses, datelines, speakers, a third party's estimate.

"..., wie der Konzern am Donnerstag mitteilte", "Göteborg (dpa) - ", "Zürich (sda) Die ...", "nach Berechnungen des
Instituts für Wirtschaftsforschung": the names in them tell where the news came from (`aifigures.check.names`).
"""

from __future__ import annotations

import functools
import re

from aifigures.check.metrics import alternation
from aifigures.check.vocabulary import check_words as words

__all__ = ["sources"]


def sources(text: str, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    """The source clauses and the dateline of text[lo:hi]."""
    return tuple(m.span() for m in _source_re().finditer(text, lo, hi))


@functools.cache
def _source_re() -> re.Pattern[str]:
    verbs = alternation(words().source_verbs)
    # "..., wie der Konzern am Donnerstag in Göteborg mitteilte" (up to the clause's end), "Göteborg (dpa) - "
    clause = rf"(?<=[,;(–—])\s*wie\s[^,;.!?()]{{0,120}}?(?<![^\W\d_])(?:{verbs})(?![^\W\d_])"
    # ... and "Zürich (sda) Die Alpenbank ...": an agency's short code with no dash after it
    dateline = (
        r"(?:(?<=\n)|^)[^\W\d_][^\n(]{0,40}\((?:[^()\n]{1,20}\)\s*[-–—]\s"
        r"|[^\W\d_]{2,8}(?:[/-][^\W\d_]{2,8})?\)\s+(?=[A-ZÄÖÜ]))"
    )
    # "Berlin – ", "Lissabon/London – ", "Stuttgart, 5. November 2025 – ": a place (no article) and a dash
    articles = alternation(words().articles)
    place = (
        rf"(?:(?<=\n)|^)(?!(?i:{articles})\s)[A-ZÄÖÜ][\w.-]+(?:[/ ][A-ZÄÖÜ][\w.-]+)?"
        r"(?:,\s[^\n–—]{1,30}?\d{4})?\s[–—-]\s"
    )
    # "... 10 Milliarden Euro (Spiegel 05.09.15)": a parenthesis that closes on a date names where it was told
    dated = r"\([^()\n]{1,60}?\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?\)"
    # "Oberbürgermeisterin Carla Veit kündigte an, die Stadt werde ...": a sentence's speaker before its comma
    speech = alternation(words().speech_verbs)
    spoken = rf"(?:^|(?<=[.!?]\s)|(?<=\n))[^,;.!?()\n]{{0,100}}?(?<![^\W\d_])(?:{speech})(?=\s*,)"
    # "..., berichten mit der Sache vertraute Personen.": a sentence's last clause that opens with such a verb
    told = alternation(words().trailing_source_verbs)
    trailing = rf"(?<=[,;])\s*(?:{told})(?![^\W\d_])[^,;.!?()\n]{{0,120}}(?=[.!?]|\Z)"
    # "Die Deutsche Bahn beziffert die Kosten jetzt auf 3,1 Mrd.": who states a figure of a thing named before
    stating = alternation([w for w in words().attribution if " " not in w])
    stated = (
        rf"(?:^|(?<=[.!?]\s)|(?<=\n))[^,;.!?()\n]{{0,80}}?(?<![^\W\d_])(?:{stating})"
        rf"(?=\s+(?:{articles})\s+[A-ZÄÖÜ])"
    )
    return re.compile(
        f"{clause}|{dateline}|{place}|{dated}|{spoken}|{trailing}|{stated}|{_estimate_source()}", re.MULTILINE
    )


def _estimate_source() -> str:
    """A third party's estimate and who made it: "nach Berechnungen des Instituts für Wirtschaftsforschung".

    The phrase runs over the words of its noun phrase: capitalised words, articles and prepositions that
    join them, an adjective between an article and a noun ("der deutschen Wirtschaft") and an abbreviation in
    parentheses; it ends at the first other word ("... bis zu 100 Millionen Euro").
    """
    w = words()
    nouns, leads, fillers, joiners = (
        alternation(x) for x in (w.estimate_sources, w.estimate_leads, w.estimate_fillers, w.estimate_joiners)
    )
    lead = rf"(?<![^\W\d_])(?i:{leads})\s+(?:(?i:{fillers})\s+)*"
    # an adjective after an article: "der deutschen Wirtschaft"
    adjective = rf"[a-zäöüß]+(?:{alternation(w.adjective_endings)})(?=\s+[A-ZÄÖÜ])"
    word = rf"(?:(?:{joiners})(?:\s+{adjective})?|[A-ZÄÖÜ][\w.-]*|\([^()\n]{{1,12}}\))"
    return rf"{lead}(?i:{nouns})(?![^\W\d_])(?:\s+{word}(?![^\W\d_]))*"
