"""Who a figure is about: the names of a stretch of text, an article's subject, and when names meet.

Names are capitalised words not led by an article or a preposition's adjective, and words with capitals
inside ("OpenAI"); a source clause or a dateline names where the news came from, not whom it is about.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from aifigures.check.context import RARE_FROM, places_of, rarity
from aifigures.check.metrics import alternation, metric_table
from aifigures.check.people import role_endings
from aifigures.check.places import place_of, seats_of
from aifigures.check.run import once_for
from aifigures.check.text_nouns import after_indefinite, lower_words, with_article
from aifigures.check.vocabulary import check_words as words
from aifigures.extract.lexicon import german
from aifigures.language import date_words

if TYPE_CHECKING:
    from aifigures.check.blocks import Corpus
    from aifigures.check.run import Run

__all__ = [
    "describes",
    "given_publicly",
    "identifies",
    "identifying",
    "name_in",
    "names_meet",
    "names_of",
    "place_of",
    "state_levels",
]

_WORD = re.compile(r"[^\W\d_][\w\-]*\.?")
_SENTENCE_GAP = re.compile(r"[!?\n]|\.\s")


def _ended(word: str) -> bool:
    """Whether a word as `_WORD` matches it closes a sentence: in lower case ("um.") or longer ("Euro.", not "Mrd.")."""
    return word[-1:] == "." and (word[0].islower() or len(word) > _LONGER_THAN_ABBREVIATIONS)


_LONGER_THAN_ABBREVIATIONS = 4
"""A word of four letters or more and a full stop right before the next word: the end of a sentence."""
_COUNT_BEFORE = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\s)\d[\d.,]*\s+\Z")
"""A number right before a word, not a year alone: what it counts is a noun led by it, no name."""


_STEM = 5
"""How long a name must be to be found inside another ("Bayern" in "Ostbayern"; not "Post" in "Postbank")."""


def _stem(name: str) -> str:
    return name[:-1] if name.endswith("s") and len(name) > _STEM else name


def name_in(name: str, words: frozenset[str]) -> bool:
    """Whether a name stands among words, also as a form of one ("Bayerns", "Ostbayern", "Karlsruher").

    A small town's adjective is a form of the town (`context.places_of`: "Wellinger" of "Wellingen").
    """
    if name in words or name + _OF_PLACE in words:  # "Kieler" of "Kiel": a name too short for its stem
        return True
    if any(other in words for other in _other_forms().get(name, ())):
        return True  # "Peking" for China's government, as news writes it
    x = _stem(name)
    if any((len(x) >= _STEM and x in w) or (len(ws) >= _STEM and ws in x) for w in words for ws in (_stem(w),)):
        return True
    return any(p in words for p in places_of(name)) or any(name in places_of(w) for w in words)


@functools.cache
def _other_forms() -> dict[str, tuple[str, ...]]:
    """Each capital's country and each country's capital ("peking": ("china",), "china": ("peking",)).

    And each abbreviation's noun and each such noun's abbreviation ("ezb": ("zentralbank",)): "die Europäische
    Zentralbank" names what "die EZB" does (check.toml [abbreviations]).
    """
    pairs = list(words().capitals.items())
    pairs += [(a, p.split()[-1]) for a, phrases in words().abbreviations.items() for p in phrases]
    forms: dict[str, tuple[str, ...]] = {}
    for one, other in dict.fromkeys(pairs):
        forms[one] = (*forms.get(one, ()), other)
        forms[other] = (*forms.get(other, ()), one)
    return forms


def names_cover(names: frozenset[str], joined: frozenset[str]) -> bool:
    """Whether names hold every one of several joined names, in any of their forms ("Bund und Ländern", "Länder")."""
    return all(name_in(n, names) for n in joined)


_OF_PLACE = "er"
"""The ending of a place's adjective ("Kiel": "Kieler", "Ulm": "Ulmer")."""


def names_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of names share one, also as a form of another (`name_in`), or one is the state as a whole.

    "Die Steuereinnahmen des Staates" and "Bund, Länder und Gemeinden haben ... eingenommen": the state is its levels.
    """
    return bool(a & b) or any(name_in(x, b) for x in a) or _whole_state(a, b) or _whole_state(b, a)


def _whole_state(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether `a` names the state as a whole and `b` only levels of it (check.toml [public_bodies])."""
    return _STATE in a and bool(b) and b <= state_levels()


@functools.cache
def state_levels() -> frozenset[str]:
    """The names of the state's levels (and of the state itself), read once."""
    return frozenset(_public_bodies().values())


_STATE = "staat"


@functools.cache
def _descriptors() -> tuple[frozenset[str], tuple[str, ...]]:
    """The nouns that describe a subject ("Konzern", "Stürmer") and the ends of compounds that do ("...konzern")."""
    w = words()
    return frozenset(w.subject_nouns), tuple(w.descriptor_heads)


def describes(name: str) -> bool:
    """Whether a capitalised word describes its subject rather than names it ("Autobauer", "Chemiekonzern").

    In any case ("bei Herstellern", "des Chemiekonzerns").
    """
    nouns, heads = _descriptors()
    return name in nouns or _ends_inflected(name, heads)


def _ends_inflected(word: str, ends: tuple[str, ...]) -> bool:
    """Whether a word ends with one of `ends`, perhaps with a case's ending after it ("Herstellern", "Konzerns")."""
    return word.endswith(ends) or any(
        word.endswith(c) and word.endswith(ends, 0, len(word) - len(c)) for c in _CASE_ENDINGS
    )


_CASE_ENDINGS = ("s", "n", "en", "es")


@functools.cache
def _tables() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Compiled once: the word sets that decide what is a name."""
    w = words()
    function_words = (
        frozenset(w.separators)
        | frozenset(w.plan)
        | frozenset(w.future_aux)
        | frozenset(w.estimate)
        | frozenset(w.sentence_openers)
    )
    months = frozenset(name.lower().rstrip(".") for names in date_words().months for name in names)
    # the words of a measure's phrase ("vor Steuern", "ohne Sondereffekte") are a measure's, not a subject's
    measure_nouns = frozenset(word for phrase, _ in w.measures for word in phrase.split()[1:])
    # number words open sentences too ("Sechs Monate nach dem Urteil ..."): extraction's, no names
    numerals = frozenset(german().numerals)
    # the areas a budget funds are what its money is for, not whose it is ("Für Schulen sind 210 Mio. vorgesehen")
    areas = frozenset(w.purposes)
    # a currency's code ("12,5 Mio EUR") names no one
    codes = frozenset(k for k, code in german().currency_words.items() if k.upper() == code)
    stop = frozenset(w.not_names) | frozenset(w.quantity_nouns) | months | measure_nouns | numerals | areas | codes
    return frozenset(w.determiners), function_words, stop


def names_of(
    text: str, lo: int, hi: int, skip: list[tuple[int, int]] | None = None, sources: tuple[tuple[int, int], ...] = ()
) -> frozenset[str]:
    """Name-like words of a stretch: capitalised and not led by an article, or with inner capitals.

    Words inside the spans in `skip` (the amounts) are not names; nor are those in `sources` (a source
    clause, a dateline), after which the next word is read as a sentence's first.
    """
    det, function_words, stop = _tables()
    in_lower_case = lower_words(text)  # once per text (cached): a sentence's first word written so elsewhere
    metrics = metric_table()[1]
    out: set[str] = set()
    prev = before = ""
    first = True
    after_amount = False  # the word after an amount is its noun ("... Yuan Ende 2023"), led by it
    opened = before_opened = False  # whether `prev`, `before` opened the sentence
    starts = [a for a, _ in skip] if skip else []
    last, word = lo, ""
    for m in _WORD.finditer(text, lo, hi):
        gap = text[last : m.start()]
        # "Sondervermögen: Was die 500 Milliarden bedeuten"; a stretch of several sentences: "... worden. Das sind"
        first = first or ":" in gap or _SENTENCE_GAP.search(gap) is not None or _ended(word)
        last, word = m.end(), m.group()
        if sources and any(a <= m.start() < b for a, b in sources):
            first, prev = True, ""
            continue
        i = bisect.bisect_right(starts, m.start()) - 1
        if skip and i >= 0 and m.start() < skip[i][1]:
            first, after_amount = False, True
            continue
        w = m.group().rstrip(".")
        if not w.islower():  # a word with a capital (most words have none, and cannot be names)
            adjective = _adjective_leads(prev, before, before_opened=before_opened)
            # "4.000 Kilowattstunden", "Tausende Hausbesitzer": what a number counts
            counted = _COUNT_BEFORE.search(gap) is not None or prev.lower() in _quantity_nouns()
            place = _of_place(text, prev, before, det, w)  # "das Beldorfer Hallenbad": the place names it, not its noun
            if place and not describes(w.lower()):  # "der Hamburger Konzern": where it is, not whom
                out.add(prev.lower())
            led = after_amount or prev.lower() in det or adjective or place or _is_numeral(prev) or counted
            low = w.lower()
            # "die Wohnhaus AG", "Die Rheinbank" under "Rheinbank verdient mehr": names
            led = led and _legal_after().match(text, m.end()) is None and low != _title_subject(text)
            if low in _public_bodies():  # "der Bund", "die Schulden der Länder": whose, though an article leads
                out.add(_public_bodies()[low])
                led = True
            opener = first and _plain_opener(text, (w, m.end()), out, (det, function_words, in_lower_case))
            for part in _name_parts(w):
                inner_caps = part[1:] != part[1:].lower()
                if part and ((part[:1].isupper() and not opener and not led) or inner_caps):
                    out.add(part.lower())
        elif (of_place := place_of(w)) is not None:  # "die sächsische Landesregierung": Sachsen's
            out.add(of_place)
        after_amount = False
        # a sentence's first word that the text writes in lower case elsewhere is read as that word: an
        # adjective leads the noun after it ("Neue Schulden für den Bund")
        lowered = first and not w.islower() and w.lower() in in_lower_case
        before, prev, before_opened, opened, first = prev, w.lower() if lowered else w, opened, first, False
    common = after_indefinite(text)  # "ein Hilfspaket": a noun wherever the text writes it
    out.update(seats_of(text, lo, hi))  # "die Landesregierung in Dresden": Sachsen's
    return frozenset(n for n in out if n not in common and _may_name(n, stop, tuple(metrics)))


@functools.lru_cache(maxsize=16)
def _title_subject(text: str) -> str | None:
    """The word a title opens with (before its verb or a colon), where a sentence of the text opens with it after "die".

    "Rheinbank verdient mehr" over "Die Rheinbank hat im dritten Quartal ...": a name, though an article leads it
    (German writes companies so: "die Helaba"). Only a word rare in German (`_TITLE_RARITY`), not one the text writes
    after an indefinite article ("Hilfspaket beschlossen" over "ein Hilfspaket") or in lower case, a noun by its
    ending, or one that describes ("Konzern").
    """
    m = _TITLE_WORD.match(text)
    if m is None:
        return None
    low = m.group(1).lower()
    told = {n.lower() for a, n in _OPENS_WITH.findall(text, m.end()) if a.lower() in _definite()}
    rare = rarity(low)
    if low not in told or rare < _DESCRIBED_RARITY or low in after_indefinite(text) or low in lower_words(text):
        return None  # (a German word, "Die Stadt hat ..." under "Stadt beschließt ...", is a noun)
    if rare < _TITLE_RARITY and not any(describes(w.lower()) for w in _CAPITALISED.findall(text, m.end())):
        return None  # ("Die Commerzbank" where the text calls it "das Geldhaus" too: a name)
    return low if _may_name(low, _tables()[2], tuple(metric_table()[1])) and not describes(low) else None


_TITLE_RARITY = 4.5
"""How rare in German a title's word led by an article must be to be a name: rarer than "Schuldenbremse"; or, in a
text that describes its subject ("das Geldhaus", "der Konzern"), `_DESCRIBED_RARITY`: rarer than "Stadt"."""
_DESCRIBED_RARITY = 3.0
_CAPITALISED = re.compile(r"(?<![^\W\d_])[A-ZÄÖÜ][a-zäöüß]+(?![^\W\d_])")


_TITLE_WORD = re.compile(r"\s*([A-ZÄÖÜ][a-zäöüß][\w\-]*)(?::|[ \t]+[a-zäöüß])[^\n]*(?=\n)")
"""A title's first word, capitalised, before a word in lower case (its verb: "Rheinbank verdient mehr") or a colon."""
_OPENS_WITH = re.compile(r"(?:[.!?:]\s+|\n\s*)([A-ZÄÖÜ][a-zäöüß]*)[ \t]+([A-ZÄÖÜ][a-zäöüß][\w\-]*)(?![^\W\d_])")
"""A sentence that opens with an article and a capitalised word (groups 1 and 2): "Die Rheinbank hat ..."."""


@functools.cache
def _definite() -> frozenset[str]:
    """The definite articles, lower case: the articles that no indefinite one is (check.toml)."""
    w = words()
    return frozenset(w.articles) - frozenset(w.indefinite_articles)


def _plain_opener(
    text: str, word: tuple[str, int], out: set[str], tables: tuple[frozenset[str], frozenset[str], frozenset[str]]
) -> bool:
    """Whether a capitalised word that opens a sentence is no name, only capitalised there.

    A function word, one the text writes in lower case or after an article ("Lösegeld gezahlt" and "ein Lösegeld"),
    a verb before "Sie" ("Lassen Sie ..."), or a place's adjective, whose place is added to `out` ("Sächsische Betriebe
    erhielten ...": Sachsen); not the subject a title opens with (`_title_subject`). `word`: the word and its end;
    `tables`: articles, function words, the text's lower-case words.
    """
    w, end = word
    det, function_words, in_lower_case = tables
    low = w.lower()
    return low != _title_subject(text) and (
        low in det
        or low in function_words
        or len(w) <= _SHORT
        or low in in_lower_case
        or low in with_article(text)
        or _POLITE.match(text, end) is not None
        or _adds_place(low, out)
        or _names_after(text, low)
    )


def _names_after(text: str, low: str) -> bool:
    """Whether a common word is one the text writes after an article and before a name ("Die Stadt Querfurt").

    A title that opens with it ("Stadt mietet Bürogebäude") is about that name, which the word describes.
    """
    return rarity(low) < _DESCRIBED_RARITY and low in _before_names(text)


@functools.lru_cache(maxsize=16)
def _before_names(text: str) -> frozenset[str]:
    """The capitalised words a text writes after a definite article and before a name, lower case (one pass a text).

    Not one before a German word ("Die Deutsche Bank" under "Deutsche Bank verdient mehr": "Bank" is no name).
    """
    return frozenset(
        m.group(1).lower() for m in _article_pair_re().finditer(text) if rarity(m.group(2).lower()) >= _DESCRIBED_RARITY
    )


@functools.cache
def _article_pair_re() -> re.Pattern[str]:
    articles = "|".join(sorted(_definite()))
    # (the second word is matched by a look ahead, so that "Die Stadt Querfurt Nord" reads "Querfurt Nord" too)
    return re.compile(rf"(?i:(?<![^\W\d_])(?:{articles}))\s+([A-ZÄÖÜ][\w\-]*)\s+(?=([A-ZÄÖÜ][\w\-]+))")


_SHORT = 2
"""The longest word that opening a sentence is read as no name ("Es", "In")."""


def _adds_place(word: str, out: set[str]) -> bool:
    """Whether a word is a place's adjective ("sächsische"); its place is added to the names `out` if it is."""
    place = place_of(word)
    if place is not None:
        out.add(place)
    return place is not None


def _adjective_leads(prev: str, before: str, *, before_opened: bool) -> bool:
    """Whether the word before a capitalised word is an inflected adjective that leads it as a noun.

    Where an article or a preposition leads the adjective ("die technologische Souveränität"); after anything
    else the word is a verb ("2015 investierte Keltron"), and so is the second word after an adverb that opens
    the sentence ("Zudem setzte Keltron ...").
    """
    if not _inflected(prev):
        return False
    det, function_words, _ = _tables()
    low = before.lower()
    verb_second = before_opened and low in _adverb_openers()
    return not before or low in det or (low in function_words and not verb_second)


@functools.cache
def _adverb_openers() -> frozenset[str]:
    return frozenset(words().adverb_openers)


@functools.cache
def _quantity_nouns() -> frozenset[str]:
    return frozenset(words().quantity_nouns)


def _name_parts(word: str) -> list[str]:
    """The parts of a hyphenated word that may be names ("Quorra-Chef": Quorra); none of a relation or a noun.

    "Quorra-Mutter Vessanto": Vessanto, the parent, not Quorra; "Start-ups": a noun whose head is in lower case.
    """
    parts = word.split("-")
    if len(parts) > 1 and (parts[-1].lower() in _relation_heads() or parts[-1][:1].islower()):
        return []
    return parts


def _may_name(word: str, stop: frozenset[str], stems: tuple[str, ...]) -> bool:
    """Whether a capitalised word (lower-cased) may be a name: no stop word, metric word or noun."""
    return (
        len(word) > 1
        and word not in stop
        and not word.startswith(stems)
        and not word.endswith(_metric_heads())
        and not _noun(word)
    )


@functools.cache
def _metric_heads() -> tuple[str, ...]:
    """The metric nouns that end a compound noun, no name ("Rekordstrafe", "Milliardenverlust", "Quartalsumsatz")."""
    return tuple(w for w in metric_table()[1] if len(w) >= _HEAD and " " not in w and "-" not in w)


_HEAD = 5
"""The fewest letters of a metric noun that ends a compound ("strafe", "gewinn"; not "loch" in a name)."""


def _noun(word: str) -> bool:
    """Whether a capitalised word (lower-cased) is a noun, not a name.

    One that describes its subject, a forecast or a report ("Ravik hebt Prognose an", "Keltrax: Quartalszahlen":
    what is told, not whom it is about),
    an abstract noun by its ending ("an Bonuszahlungen"), a compound of a scale word ("Schäden in Milliardenhöhe").
    """
    if word.startswith(_scale_starts()):
        return True
    if word.endswith(_forecast_heads()) or describes(word) or _ends_inflected(word, role_endings()):
        return True  # (a person's role names no one: "des Lindauer Oberbürgermeisters")
    if word.endswith(_groups()) or (word.endswith("n") and word[:-1].endswith(_groups())):
        return True  # a group that gets or earns ("Was Landesbeschäftigte bekommen", "Betrieben helfen"), no one
    return any(word.endswith(e) and len(word) - len(e) >= _NOUN_STEM for e in _noun_endings())


@functools.cache
def _scale_starts() -> tuple[str, ...]:
    """The scale words a compound noun may open with ("milliarden" of "Milliardenhöhe"): check.toml scale_starts."""
    return tuple(words().scale_starts)


_NOUN_STEM = 5
"""The fewest letters before an abstract noun's ending ("Hartung", a surname, has four)."""


def given_publicly(metric: str | None, names: frozenset[str]) -> bool:
    """Whether a figure is what public bodies give (a subsidy), its names being theirs only."""
    bodies = _public_bodies().values()
    return metric in words().given_metrics and bool(names) and all(n in bodies for n in names)


@functools.cache
def _groups() -> tuple[str, ...]:
    """The nouns of groups that get money or work for it ("beschäftigte", "empfänger"), which end compounds too."""
    return tuple(words().recipient_groups) + tuple(words().worker_groups)


@functools.cache
def _public_bodies() -> dict[str, str]:
    return dict(words().public_bodies)


@functools.cache
def _noun_endings() -> tuple[str, ...]:
    return tuple(words().noun_endings)


_POLITE = re.compile(r"\s+Sie(?![^\W\d_])")
"""The polite "Sie" after a sentence's first word, which makes that word a verb ("Lassen Sie sich nicht ...")."""


@functools.cache
def _relation_heads() -> frozenset[str]:
    return frozenset(words().relation_heads)


@functools.cache
def _forecast_heads() -> tuple[str, ...]:
    return tuple(words().forecast_heads) + tuple(words().report_heads)


@functools.cache
def _legal_after() -> re.Pattern[str]:
    """A legal form right after a word: "Wohnhaus AG", "Kornwerk GmbH"."""
    forms = alternation(words().legal_forms)
    return re.compile(rf"\s+(?i:{forms})(?![^\W\d_])")


def _of_place(text: str, word: str, before: str, det: frozenset[str], after: str) -> bool:
    """Whether a capitalised word after an article is the adjective of a place the text names ("das Beldorfer ...").

    "Beldorf: ... das Beldorfer Hallenbad": the place names the figure, not the noun after it. The place itself
    must stand in the text: "der Finanzminister Kessbach" and "der Maschinenbauer Trevant" end alike, but no
    "Finanzminist" or "Maschinenbau" names a place there.
    """
    if not word[:1].isupper() or before.lower() not in det or len(word) <= _SHORT:
        return False
    ending = next((e for e in _place_endings() if word.lower().endswith(e)), None)
    if ending is None:
        return False
    if re.search(rf"(?<![^\W\d_]){re.escape(word[: -len(ending)])}(?![^\W\d_])", text) is not None:
        return True
    # a place the text does not name ("im Wellinger Stadtrat", "die Münchner Polizei"): a word German does not
    # know before one it knows well, which the adjective's place then names
    low = word.lower()
    return rarity(low) >= _UNKNOWN and not describes(low) and rarity(after.lower()) <= _KNOWN


@functools.cache
def _place_endings() -> tuple[str, ...]:
    return tuple(words().place_adjective_endings)


_SHORT = 4
_UNKNOWN = 4.0
"""The rarity (`context.rarity`) of a word German hardly knows, as a small town's adjective ("Wellinger")."""
_KNOWN = 3.7
"""The rarity of a noun German knows well ("Stadtrat", "Polizei"), not a name ("Kessbach")."""


def _inflected(word: str) -> bool:
    """A lower-case word with an adjective ending ("technologische", "erheblichen") leads a noun."""
    return word[:1].islower() and word.endswith(words().adjective_endings) and len(word) > 3


def _is_numeral(word: str) -> bool:
    from aifigures.extract.numbers import numeral_value  # noqa: PLC0415 - shares the numeral cache

    return bool(word) and (word[:1].isdigit() or numeral_value(word) is not None)


def compared_from(text: str, start: int, end: int) -> int:
    """Where the words that compare a figure with someone else's open in text[start:end] ("als", "wie"); else `end`."""
    m = _compared_re().search(text, start, end)
    return m.start() if m is not None else end


@functools.cache
def _compared_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_])(?:{alternation(words().compared_with)})(?![^\W\d_])")


def identifies(name: str, run: Run) -> bool:
    """Whether a name tells one subject from another across articles: not a word as common as "Deutschland".

    Within one article every name counts (it is read in one story); across articles, a name must be rare
    in German (`aifigures.check.context.rarity`) to say two reports are about one subject (`identifying`).
    """
    from aifigures.check.blocks import corpus_of  # noqa: PLC0415 - blocks reads this module

    corpus = corpus_of(run)
    if corpus.articles < 2:
        return True
    return once_for(run, "identifies", name, lambda: identifying(name, corpus))


def identifying(name: str, corpus: Corpus) -> bool:
    """Whether a name is rare in German and does not stand in so many of the corpus's articles that it is a place.

    A twentieth of the articles, and 20 or more: "Linz" in a local paper names where, not the subject
    that tells one report's figure from another's.
    """
    if rarity(name) < RARE_FROM:
        return False
    articles = corpus.name_articles.get(name, 0)
    return not (articles >= _EVERYWHERE_MIN and articles >= _EVERYWHERE_SHARE * corpus.articles)


_EVERYWHERE_SHARE = 0.05
_EVERYWHERE_MIN = 20
