"""The words around a figure that link it to figures of other texts: read once, where its article is read.

Each fact carries the rare words of its sentence, of its article's title, and the words right around it
(`aifigures.check.facts.build_facts`), so that the per-article stage, which runs in parallel (and on a
Dask cluster), does this reading, and the cross-article step only compares sets.

A word weighs by how rare it is in German (`wordfreq`'s Zipf frequency: 7 for "der", about 3 for
"Pfizer", 0 for a word it has never seen). In text written with capitals only nouns, names and numbers
count ("kletterte" says nothing of what); in text all in lower case (machine translation), every word does.
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
from collections import Counter
from typing import TYPE_CHECKING

from aifigures.check.vocabulary import check_words

if TYPE_CHECKING:
    from decimal import Decimal

__all__ = [
    "FIGURE",
    "RARE_FROM",
    "aside",
    "capitalised",
    "compound_parts",
    "figure_token",
    "near_words",
    "places_of",
    "rare_words",
    "rarity",
    "refers_back",
    "title_span",
    "word_counts",
    "word_forms",
]

TOKEN = re.compile(r"[^\W\d_][\w\-]*[^\W_]|\d[\d.,]*\d")
_COMMONEST = 7.0
"""The Zipf frequency of the commonest words ("der", "und"): a word's weight is how far below it lies."""
RARE_FROM = 2.5
"""Words weighing less than this ("Konzern", "Milliarden") are too common to index or to count."""
_NUMBER_WEIGHT = 2.5
"""What a shared number other than the figures weighs ("800.000 Flüchtlinge")."""
_SHORTEST = 3
FIGURE = "="
"""The first character of a figure's token ("=89000000000 EUR"): the figures of a sentence are words of it."""
_FIGURE_DIGITS = 3
"""A figure's token weighs as a number for each of its significant digits, up to this many."""
_SAMPLE = 2000
_TITLE = 300
CACHED = 8192
"""Entries of each cache of words (a word's rarity, its forms, a value's digits). The words of a corpus are
Zipfian: its common ones hit a cache this size; the rare ones (names, numbers) are seldom asked twice. A
larger cache fills as the corpus grows, so that the check's memory grew with the corpus's vocabulary."""
_NEAR = 60
"""How far (in characters) around a figure its own words are read."""


@functools.lru_cache(maxsize=CACHED)
def rarity(word: str) -> float:
    """How much a shared word says: 0 for the commonest German words, up to 7 for words wordfreq never saw.

    >>> rarity("der") < 1 < rarity("elbphilharmonie")
    True
    """
    if word[:1].isdigit():
        return _NUMBER_WEIGHT
    if word[:1] == FIGURE:  # another figure of the sentence: the more digits it has, the more it tells
        digits = word[1:].split(" ", 1)[0].replace(".", "").strip("0")
        return _NUMBER_WEIGHT * min(_FIGURE_DIGITS, max(1, len(digits)))
    from wordfreq import zipf_frequency  # noqa: PLC0415 - its word lists load on first use (about a second)

    return max(0.0, _COMMONEST - float(zipf_frequency(word, "de")))


def capitalised(text: str) -> bool:
    """Whether a text writes nouns with capitals, as German does (a tenth of its words or more)."""
    tokens: list[str] = TOKEN.findall(text[:_SAMPLE])
    return sum(t[:1].isupper() for t in tokens) * 10 >= len(tokens) > 0


def title_span(text: str) -> tuple[int, int]:
    """The article's first line (its title or lead), as a span."""
    end = text.find("\n")
    return 0, min(len(text), end if end > 0 else _TITLE, _TITLE)


def rare_words(text: str, where: tuple[int, int], spans: list[tuple[int, int]], *, nouns_only: bool) -> frozenset[str]:
    """The rare words of text[where], lower case, outside the figures (`spans`: sorted and apart)."""
    starts = [a for a, _ in spans]
    determiners = check_words().determiners
    out: set[str] = set()
    for m in TOKEN.finditer(text, *where):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < spans[i][1]:
            continue  # inside a figure
        if nouns_only and m.group()[:1].islower():
            continue
        for w in word_forms(m.group().lower()):
            if (len(w) >= _SHORTEST or w in _abbreviated()) and w not in determiners and rarity(w) >= RARE_FROM:
                out.add(w)
    out.update(_abbreviations_in(text, where))
    return frozenset(out)


def _abbreviations_in(text: str, where: tuple[int, int]) -> set[str]:
    """The abbreviations whose phrases text[where] writes out ("künstliche Intelligenz": "ki"), rare enough to count."""
    found = {_abbreviated()[" ".join(m.group().lower().split())] for m in _phrases_re().finditer(text, *where)}
    return {w for w in found if rarity(w) >= RARE_FROM}


@functools.cache
def _abbreviated() -> dict[str, str]:
    """Each abbreviation (as itself) and each phrase it stands for, by the abbreviation (check.toml [abbreviations])."""
    table = check_words().abbreviations
    return {a: a for a in table} | {" ".join(p.split()): a for a, phrases in table.items() for p in phrases}


@functools.cache
def _phrases_re() -> re.Pattern[str]:
    phrases = sorted((p for p, a in _abbreviated().items() if p != a), key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"(?<![^\W\d_])(?i:{alternation})(?![^\W\d_])")


def refers_back(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi], a sentence, opens by referring to what the one before told ("Diese Schätzung legte ...")."""
    first = TOKEN.search(text, lo, hi)
    return first is not None and first.group().lower() in check_words().refer_back


def word_counts(text: str) -> Counter[str]:
    """How often each word form (`word_forms`) stands in a text, an abbreviation also as its phrase's noun and back.

    "die EZB" counts "zentralbank", "die Europäische Zentralbank" counts "ezb" (check.toml [abbreviations]).
    """
    counts = Counter(form for w in TOKEN.findall(text) for form in word_forms(w.lower()))
    counts.update(_abbreviated()[" ".join(m.group().lower().split())] for m in _phrases_re().finditer(text))
    counts.update(head for a in _abbreviation_heads() if counts[a] for head in _abbreviation_heads()[a])
    return counts


@functools.cache
def _abbreviation_heads() -> dict[str, tuple[str, ...]]:
    """The nouns that close the phrases of each abbreviation ("ezb": ("zentralbank",))."""
    return {a: tuple(dict.fromkeys(p.split()[-1] for p in ps)) for a, ps in check_words().abbreviations.items()}


@functools.lru_cache(maxsize=CACHED)
def word_forms(token: str) -> tuple[str, ...]:
    """The forms a lower-case word is matched by: itself without a genitive ending, and so each part of a compound.

    "wasserstoff-kernnetzes" is matched by "wasserstoff-kernnetz", "wasserstoff" and "kernnetz", so that
    "des Wasserstoff-Kernnetzes" and "das Kernnetz" share a word; "flut" by "hochwasser" too (check.toml
    [synonyms]). Interned: one string per form for a run.
    A word German hardly knows that ends as a place's adjective ("wellinger", "kessbacher") is matched by the
    place too ("wellingen", "kessbach"): "im Wellinger Stadtrat" and "die Stadt Wellingen" share a word.
    """
    token = _with_umlauts(token)
    forms = [_without_case_ending(token)]
    if "-" in token:  # ("ki-branche": "ki", an abbreviation, is a word)
        forms.extend(_without_case_ending(p) for p in token.split("-") if len(p) >= _SHORTEST or p in _abbreviated())
    else:
        forms.extend(compound_parts(token))
    forms.extend(places_of(token))
    forms.extend(_synonyms()[f] for f in list(forms) if f in _synonyms())
    return tuple(sys.intern(f) for f in dict.fromkeys(forms))


@functools.cache
def _synonyms() -> dict[str, str]:
    """Each word of check.toml [synonyms] by the word that stands for its event ("flut": "hochwasser")."""
    return {w: head for head, others in check_words().synonyms.items() for w in others}


def _with_umlauts(token: str) -> str:
    """A word written without umlauts ("muenchner", "rueckversicherer") as German writes it more often.

    So "Muenchner" and "Münchner" are one word, and weigh as rare as German's word is, not as a rarer spelling.
    """
    if not any(pair in token for pair in _UMLAUTS):
        return token
    written = token
    for pair, umlaut in _UMLAUTS.items():
        written = written.replace(pair, umlaut)
    from wordfreq import zipf_frequency  # noqa: PLC0415 - its word lists load on first use (about a second)

    return written if float(zipf_frequency(written, "de")) > float(zipf_frequency(token, "de")) else token


_UMLAUTS = {"ae": "ä", "oe": "ö", "ue": "ü"}


@functools.lru_cache(maxsize=CACHED)
def compound_parts(token: str) -> tuple[str, ...]:
    """The word that opens a rare compound, where German knows it and the rest ("hochwasseropfer": "hochwasser").

    So "Hochwasseropfer" and "das Hochwasser", "Neubaumieten" and "eine Neubauwohnung" share a word. Only for a
    compound German seldom writes (a common one is a word of its own), split where both parts are commonest, a
    joining "s" dropped ("verteidigungsetat": "verteidigung"). The head is left: it names a kind of thing that
    reports of other things share ("Mobilfunkauktion" and "Frequenzauktion", "Dürrehilfe" and "Soforthilfe").
    """
    if len(token) < _COMPOUND or not token.isalpha() or _zipf(token) >= _COMMON_COMPOUND:
        return ()
    best: tuple[float, tuple[str, ...]] = (0.0, ())
    places = frozenset(check_words().place_name_heads)
    for i in range(_MODIFIER, len(token) - _PART + 1):
        head = token[i:]
        if head in places:
            continue  # "rüsselsheim", "marlingen": a place's name, no "heim" or "ingen" of another
        for modifier in (token[:i], token[: i - 1] if token[i - 1] == "s" else ""):
            if len(modifier) < _MODIFIER:
                continue
            known = min(_zipf(modifier), _zipf(head))
            if known > max(best[0], _KNOWN_PART):
                best = (known, (modifier,))
    return best[1]


_COMPOUND = 9
"""The fewest letters of a compound split into its parts."""
_PART = 4
"""The fewest letters of its head ("etat")."""
_MODIFIER = 5
"""The fewest letters of the part before its head ("hochwasser", not "marl" of "marlingen")."""
_COMMON_COMPOUND = 3.0
"""A compound this common in German (Zipf) is a word of its own, not split ("landesregierung")."""
_KNOWN_PART = 2.0
"""How common (Zipf) each part must be to be a word of its own."""


@functools.lru_cache(maxsize=CACHED)
def places_of(token: str) -> tuple[str, ...]:
    """The places a rare word ending as a place's adjective may be the adjective of: "wellinger", "wellingen".

    None for a word German knows well ("hamburger") or a noun for a subject ("maschinenbauer").
    """
    w = check_words()
    ending = next((e for e in w.place_adjective_endings if token.endswith(e)), None)
    if ending is None or len(token) - len(ending) < _STEM_SHORTEST or not token.isalpha():
        return ()
    if token in w.subject_nouns or token.endswith(tuple(w.descriptor_heads)):
        return ()  # a noun for a subject ("maschinenbauer"), not a place's adjective
    if rarity(token) < _PLACE_RARITY:
        return ()
    stem = token[: -len(ending)]
    return stem, stem + "en"


_PLACE_RARITY = 4.0
"""How rare (`rarity`) a word must be to be read as a place's adjective: "wellinger", not "hamburger" (a noun)."""


_GENITIVE = ("es", "s")
_STEM_SHORTEST = 5
"""The shortest stem a genitive ending is taken from ("konzerns", not "landes")."""


def _without_case_ending(word: str) -> str:
    """A noun without its genitive ending ("kernnetzes", "konzerns") or the "n" of its dative plural ("quadratmetern").

    Not where that makes a word wordfreq knows one it does not know (a name that ends in "s"), nor after a
    vowel or an "s" ("prozess", "kanus"); the "n" only after "er" or "el" and where German writes the word without
    it more often ("mietern", "anlegern"; not "bayern", "gestern", "konzern").
    """
    if word.endswith(_DATIVE_PLURAL) and len(word) > _STEM_SHORTEST:
        return word[:-1] if _zipf(word[:-1]) > _zipf(word) else word
    for end in _GENITIVE:
        stem = word[: -len(end)]
        if word.endswith(end) and len(stem) >= _STEM_SHORTEST and stem[-1] not in _NOT_BEFORE:
            return stem if _known(stem) or not _known(word) else word
    return word


_NOT_BEFORE = frozenset("aeiouäöüsy")
_DATIVE_PLURAL = ("ern", "eln")


def _known(word: str) -> bool:
    return _zipf(word) > 0


def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # noqa: PLC0415 - its word lists load on first use (about a second)

    return float(zipf_frequency(word, "de"))


def figure_token(value: Decimal, currency: str | None) -> str:
    """The word a figure adds to the figures of its sentence: its value and currency, however written.

    "89 Milliarden" and "89 Mrd. Euro" in two reports are one word: two sentences that both state it tell
    of one thing ("statt auf 89 Milliarden nur auf ...").
    """
    return sys.intern(f"{FIGURE}{value.normalize():f} {currency or ''}".rstrip())


def near_words(text: str, sentence: tuple[int, int], span: tuple[int, int]) -> frozenset[str]:
    """The words right around a figure (not only the rare ones): what tells two figures of a sentence apart."""
    lo, hi = max(sentence[0], span[0] - _NEAR), min(sentence[1], span[1] + _NEAR)
    return frozenset(
        sys.intern(w)
        for m in TOKEN.finditer(text, lo, hi)
        if len(w := m.group().lower()) >= _SHORTEST
        and not span[0] <= m.start() < span[1]
        and not _cut(text, m.start(), m.end(), (lo, hi))  # "ldung" of a "Bildung" the reach cuts is no word
    )


def _cut(text: str, start: int, end: int, reach: tuple[int, int]) -> bool:
    """Whether the word text[start:end] is cut off by the bounds of the stretch it was read in."""
    return (start == reach[0] and text[start - 1 : start].isalnum()) or (
        end == reach[1] and text[end : end + 1].isalnum()
    )


def aside(text: str, start: int, lo: int) -> bool:
    """Whether a figure at `start` stands in parentheses opened after `lo` as an aside, not a labelled comparison.

    "(rund 50 Mrd. Euro)" is an aside; "(Vorjahr: 1,18 Mrd. Euro)", "(2023: 4,9 Mio.)" tell the figure of another
    period, to be weighed as any figure is.
    """
    from aifigures.extract.lexicon import german  # noqa: PLC0415 - extraction's labels, loaded by then

    opened = text.rfind("(", lo, start)
    if opened < 0 or text.find(")", opened, start) >= 0:
        return False
    label = text[opened + 1 : start].strip().rstrip(":").strip()
    return not label or not german().labels_comparison(label)
