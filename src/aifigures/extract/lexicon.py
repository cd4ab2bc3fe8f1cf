"""The German vocabulary of extraction (``data/de/extract.toml``, ``periods.toml``) compiled into matchers.

The grammar in `_extract` names categories (scale, currency, qualifier ...), never words; this module
turns each category of the data file into one compiled regular expression and one lookup table.
"""

from __future__ import annotations

import functools
import importlib
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from aifigures.amount import Qualifier
from aifigures.language import words

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["Lexicon", "find_all", "forget_lowered", "german", "lowered", "normalise_phrase"]

_SPACE: Final = "[\\s\u00a0\u202f]"
_LINE_SPACE: Final = "[ \t\u00a0\u202f]"  # white space within a line
_HYPHENS: Final = "-\u2010\u2011"


def normalise_phrase(text: str) -> str:
    """The lookup key of a matched phrase: lower case, one space, plain hyphens."""
    out = text.lower()
    if out.isalpha() or (out[:-1].isalpha() and out[-1] == "."):
        return out  # the common case: one word or an abbreviation
    for h in _HYPHENS[1:]:
        out = out.replace(h, "-")
    out = re.sub(r"\s*-\s*", "-", out)
    return re.sub(r"\s+", " ", out)


def find_all(text: str, needles: Iterable[str], lo: int = 0, hi: int | None = None) -> list[int]:
    """Sorted start offsets of every occurrence of every needle in text[lo:hi] (str.find beats a regex)."""
    out: list[int] = []
    end = len(text) if hi is None else hi
    for needle in needles:
        i = text.find(needle, lo, end)
        while i >= 0:
            out.append(i)
            i = text.find(needle, i + 1, end)
    out.sort()
    return out


_LOWERED: Final[list[tuple[str | None, str | None]]] = [(None, None)]
"""The last text `lowered` was asked for and its lower-cased copy, as one tuple (read and set at once)."""


def lowered(text: str) -> str | None:
    """`text` in lower case, made once for every stage of one call that searches it.

    None where lower-casing changes the length (rare letters such as "İ"): offsets would not carry over.
    The copy is kept for the last text only, until `forget_lowered`. Two threads that take turns
    make it anew, never get each other's.
    """
    last, low = _LOWERED[0]
    if last is text:
        return low
    low = text.lower()
    if len(low) != len(text):
        low = None
    _LOWERED[0] = (text, low)
    return low


def forget_lowered() -> None:
    """Let go of the last text and its copy (a long text is not kept alive after the call)."""
    _LOWERED[0] = (None, None)


def _char_pattern(ch: str) -> str:
    """One character of a phrase: a space is any white space, a hyphen any hyphen with space around."""
    if ch == " ":
        return _SPACE + "+"
    if ch == "-":
        return f"{_SPACE}*[{_HYPHENS}]{_SPACE}*"
    return re.escape(ch)


def phrase_pattern(phrase: str) -> str:
    """A regex for a literal phrase: flexible white space and hyphens, whole words only."""
    body = "".join(_char_pattern(ch) for ch in phrase)
    if phrase[:1].isalnum():
        body = r"(?<![^\W\d_])" + body  # not inside a word; a digit may touch it ("2,5Mio")
    if phrase[-1:].isalnum():
        body += r"(?![^\W_])"
    return body


class Phrases:
    """A set of literal phrases, matched forward at a position or backward ending at one.

    Both directions avoid scanning: forward, the first character picks a small alternation; backward,
    the few characters before the position are reversed and matched against the reversed phrases.
    """

    def __init__(self, phrases: Iterable[str], *, window: int = 48) -> None:
        """Compile the phrases (already normalised with `normalise_phrase`)."""
        ordered = sorted(set(phrases), key=len, reverse=True)
        groups: dict[str, list[str]] = {}
        for p in ordered:
            groups.setdefault(p[0].lower(), []).append(p)
        self._forward: dict[str, re.Pattern[str]] = {}
        self._forward_lower: dict[str, re.Pattern[str]] = {}
        for first, members in groups.items():
            body = "|".join(phrase_pattern(p) for p in members)
            pattern = re.compile(body, re.IGNORECASE)
            self._forward[first] = pattern
            self._forward[first.upper()] = pattern
            self._forward_lower[first] = re.compile(body)
        backward = "|".join(_reversed_pattern(p) for p in ordered)
        self._backward = re.compile(backward, re.IGNORECASE)
        by_last: dict[str, list[str]] = {}
        for p in ordered:  # longest first, as in `backward`
            for last in _HYPHENS if p[-1] == "-" else p[-1].lower():
                by_last.setdefault(last, []).append(_reversed_pattern(p))
        self._backward_lower = {last: re.compile("|".join(members)) for last, members in by_last.items()}
        self._window = window

    # Both directions match the lower-cased text of the call (`lowered`) case-sensitively where it keeps
    # the offsets: about three times faster than ignoring case, and the same phrases.
    def match(self, text: str, pos: int) -> tuple[int, str] | None:
        """(end, key) of the longest phrase starting at `pos`."""
        low = lowered(text)
        if low is None:
            pattern = self._forward.get(text[pos : pos + 1])
        else:
            text, pattern = low, self._forward_lower.get(low[pos : pos + 1])
        if pattern is None:
            return None
        m = pattern.match(text, pos)
        return None if m is None else (m.end(), normalise_phrase(m.group()))

    def ending_at(self, text: str, pos: int) -> tuple[int, str] | None:
        """(start, key) of the longest phrase that ends, followed only by white space, at `pos`.

        On lower-cased text only the phrases that end with the last character before that white space
        are tried.
        """
        low = lowered(text)
        head = (text if low is None else low)[max(0, pos - self._window) : pos]
        if low is None:
            m = self._backward.match(head[::-1])
        else:
            text = low
            pattern = self._backward_lower.get(head.rstrip()[-1:])
            if pattern is None:
                return None
            m = pattern.match(head[::-1])
        if m is None:
            return None
        start = pos - m.end()
        return start, normalise_phrase(text[start:pos].strip())


def _first_words(phrases: Iterable[str]) -> frozenset[str]:
    """The lower-case first word of each phrase that starts with a letter ("us" for "US-Dollar")."""
    words = (re.match(r"[^\W\d_]+", normalise_phrase(p)) for p in phrases)
    return frozenset(m.group() for m in words if m is not None)


def _first_letters(phrases: Iterable[str]) -> frozenset[str]:
    """The lower-case characters the phrases start with, every hyphen for one that starts with "-"."""
    firsts = {normalise_phrase(p)[:1] for p in phrases}
    return frozenset(firsts - {"-"}) | (frozenset(_HYPHENS) if "-" in firsts else frozenset())


def _reversed_pattern(phrase: str) -> str:
    """The regex that matches `phrase` and the white space after it, in reversed text."""
    gap = f"{_SPACE}+" if phrase[-1:].isalnum() else f"{_SPACE}*"
    parts = [gap, *(_char_pattern(ch) for ch in reversed(phrase))]
    if phrase[:1].isalnum():
        parts.append(r"(?![^\W\d_])")
    return "".join(parts)


def _members(items: list[tuple[Any, Any]], c: Any, *, lower: bool) -> frozenset[str] | None:  # noqa: ANN401
    """The characters of a parsed character set of literals and digits (None: any other set)."""
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av).lower() if lower else chr(av))
        elif op is c.CATEGORY and av is c.CATEGORY_DIGIT:
            out |= set("0123456789")
        else:
            return None
    return frozenset(out)


def _flexible_spaces(pattern: str) -> str:
    """`pattern` with each space matching a run of spaces in a line ("in den nächsten  drei Jahren").

    An optional space (" ?") matches any number of them. Spaces inside a character class, and in a
    lookbehind (which must have a fixed width), stay as they are.
    """
    out: list[str] = []
    i, in_class, behind = 0, False, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif pattern.startswith(("(?<=", "(?<!"), i):
            behind += 1
        elif c == ")" and behind:
            behind -= 1
        elif c == " " and not behind:
            optional = pattern[i + 1 : i + 2] == "?"
            out.append(_LINE_SPACE + ("*" if optional else "+"))
            i += 2 if optional else 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _dispatch(alternatives: list[str], k: int, flags: int = 0) -> dict[str, re.Pattern[str]]:
    """For each start of `k` characters a match can have, the alternation of just the alternatives that can.

    Alternatives keep their order, so earlier ones still win. Those whose start could not be read (see
    `_starts`) are in every key's alternation, and alone under "" for any other start. Ignoring case, the
    keys are in lower and upper case.
    """
    ignore_case = bool(flags & re.IGNORECASE)
    starts = [_starts(a, k, lower=ignore_case) for a in alternatives]
    keys = set().union(*(f for f in starts if f is not None))
    out: dict[str, re.Pattern[str]] = {}
    for key in sorted(keys):
        members = [a for a, f in zip(alternatives, starts, strict=True) if f is None or key in f]
        pattern = re.compile("|".join(members), flags)
        for variant in {key, key.upper()} if ignore_case and len(key.upper()) == len(key) else {key}:
            out[variant] = pattern
    anywhere = [a for a, f in zip(alternatives, starts, strict=True) if f is None]
    if anywhere:
        out[""] = re.compile("|".join(anywhere), flags)
    return out


def _starts(pattern: str, k: int, *, lower: bool = False) -> frozenset[str] | None:
    """The first `k` characters a match of `pattern` can have (in lower case with `lower`), or None.

    Read from the parsed pattern (the standard library's private ``re._parser``). None means not known:
    a pattern with anything `_prefixes` cannot follow, or one that can match fewer than `k` characters,
    is tried whatever the text starts with.
    """
    try:
        parser = importlib.import_module("re._parser")
        flags = re.IGNORECASE if lower else 0
        found = _prefixes(parser.parse(pattern, flags).data, importlib.import_module("re._constants"), k, lower)
    except (ImportError, AttributeError):  # pragma: no cover - another Python's internals: no dispatch
        return None
    if found is None or any(len(s) < k for s in found):
        return None
    return found


def _prefixes(items: list[tuple[Any, Any]], c: Any, n: int, lower: bool) -> frozenset[str] | None:  # noqa: ANN401, FBT001
    """The starts of up to `n` characters of the parsed sequence `items` (shorter where a match ends).

    Zero-width items add nothing; literals, sets of literals and digits, groups, alternatives and repeats
    are followed; anything else gives None (not known).
    """
    partial: set[str] = {""}
    for op, av in items:
        if all(len(p) >= n for p in partial):
            break
        if op in {c.AT, c.ASSERT, c.ASSERT_NOT}:
            continue  # zero width
        if op is c.LITERAL:
            steps: frozenset[str] | None = frozenset({chr(av).lower() if lower else chr(av)})
        elif op is c.IN:
            steps = _members(av, c, lower=lower)
        elif op is c.SUBPATTERN:
            steps = _prefixes(av[-1].data, c, n, lower)
        elif op is c.BRANCH:
            branches = [_prefixes(branch.data, c, n, lower) for branch in av[1]]
            steps = None if any(b is None for b in branches) else frozenset().union(*(b or () for b in branches))
        elif op in {c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT}:
            steps = _repeated(av, c, n, lower)
        else:
            return None
        if steps is None:
            return None
        partial = {(p + s)[:n] if len(p) < n else p for p in partial for s in steps}
    return frozenset(partial)


def _repeated(av: tuple[int, int, Any], c: Any, n: int, lower: bool) -> frozenset[str] | None:  # noqa: ANN401, FBT001
    """The starts of up to `n` characters of a repeat (min, max, item)."""
    low, high, item = av
    once = _prefixes(item.data, c, n, lower)
    if once is None:
        return None
    out: set[str] = {""} if low == 0 else set()
    partial: set[str] = {""}
    for count in range(1, min(high, n + 1) + 1):
        partial = {(p + s)[:n] for p in partial for s in once}
        if count >= low:
            out |= partial
    return frozenset(out)


def _trie(words: Iterable[str]) -> str:
    """An alternation of literal words as a trie ("j(?:ahr|uni)"): found faster than the flat one.

    Where one word is the start of another, the longer is tried first, as in the flat alternation
    ordered longest first, so both match the same text.
    """
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        groups.setdefault(w[:1], []).append(w[1:])
    alternatives = []
    for first, rests in groups.items():
        longer = [r for r in rests if r]
        if not longer:
            alternatives.append(re.escape(first))
        elif len(rests) == 1:
            alternatives.append(re.escape(first + rests[0]))
        else:
            optional = "?" if "" in rests else ""
            alternatives.append(f"{re.escape(first)}(?:{_trie(longer)}){optional}")
    return "|".join(alternatives)


def _alternation(phrases: Iterable[str]) -> str:
    return "|".join(phrase_pattern(p) for p in sorted(phrases, key=len, reverse=True))


@dataclass(frozen=True)
class Lexicon:
    """Matchers and tables for one language, built from its data file."""

    scales: dict[str, int]
    scale_currencies: dict[str, tuple[str, int]]
    currency_words: dict[str, str]
    currency_signs: dict[str, str]
    subunits: dict[str, int]
    subunit_currencies: dict[str, str]
    ambiguous: dict[str, list[list[str]]]
    qualifiers_before: dict[str, Qualifier]
    face_value_qualifiers: frozenset[str]
    """Qualifiers that are no qualifier right after one of `face_value_nouns` ("ein Auftrag über ...")."""
    face_value_nouns: tuple[str, ...]
    qualifiers_after: dict[str, Qualifier]
    numerals: dict[str, Decimal]
    joiners: frozenset[str]
    """Words that join number words ("dreiundzwanzig") and add nothing."""
    fractions: dict[str, Decimal]
    ellipsis_followers: frozenset[str]
    comparison_links: frozenset[str]
    """Words after an amount that compare it with a bare number of its scale and currency ("nach")."""
    comparison_labels: frozenset[str]
    period_label_re: re.Pattern[str]
    """A period label that compares ("2023", "Q3 2023", "H1/2023")."""
    """Labels of a bare figure in parentheses after an amount that compare it ("Vorjahr")."""
    counters: frozenset[str]
    money_verbs: frozenset[str]
    year_blockers: frozenset[str]
    year_since: frozenset[str]
    """Words a year up to five words after is a start point, not a period ("seit seiner Gründung 2015")."""
    year_dated_by: frozenset[str]
    """Words after a year that make it a date ("2015 gegründet")."""
    period_codes: tuple[str, ...]
    period_keywords: tuple[str, ...]
    period_keyword_re: re.Pattern[str]
    """The period keywords as one alternation, for lower-cased text (faster than a find for each on a
    sentence; as fast on a page)."""
    months: dict[str, int]
    """Every name of a month (lower case) and its number, 1 to 12."""
    frequency_starts: frozenset[str]
    rate_words: frozenset[str]
    abbreviations: frozenset[str]
    longest_abbreviation: int
    """The length of the longest of `abbreviations` (with its dot)."""
    # matchers of the hot path (see `Phrases`)
    scale_phrases: Phrases
    unit_phrases: Phrases
    """After a number: a currency word, sign, subunit or scale-currency ("TEUR")."""
    sign_phrases: Phrases
    """Before a number: a currency sign or code."""
    qualifier_phrases: Phrases
    qualifier_particles: Phrases
    """Particles that may stand between a qualifier and its number ("mindestens aber 350 Euro")."""
    between_phrases: Phrases
    minus_phrases: Phrases
    vague_phrases: Phrases
    """Words that make the number after them an order of magnitude ("mehrere zehntausend Euro")."""
    sign_chars: frozenset[str]
    """The first characters of the signs that are not letters ("€", "$" ...)."""
    numeral_before_re: re.Pattern[str]
    """Matched on reversed text: the number word (and its article) that ends where a scale word starts."""
    stems: tuple[str, ...]
    currency_stems: tuple[str, ...]
    """Substrings of the currency words a number word may stand before without a scale ("zwölf Euro")."""
    number_followers: frozenset[str]
    """The first word (lower case) of every scale, unit, range and link phrase: a number followed by any
    other word is no amount unless a currency sign stands before it ("24 Jahre", "2018 gingen")."""
    range_connectors: frozenset[str]
    """The words between the two numbers of a range ("bis", "und", "-")."""
    scan_stems: re.Pattern[str]
    """Substrings every scale word contains (in three casings): where number words may stand."""
    # compiled matchers
    qualifier_after_re: re.Pattern[str]
    qualifier_after_starts: frozenset[str]
    """The characters (lower case) a qualifier after an amount starts with, after the white space."""
    range_to_re: re.Pattern[str]
    range_to_starts: frozenset[str]
    """The characters (lower case) a range word after an amount starts with ("bis", "-")."""
    range_and_re: re.Pattern[str]
    range_and_starts: frozenset[str]
    """The characters (lower case) the "und" of "zwischen X und Y" starts with."""
    link_re: re.Pattern[str]
    conversion_re: re.Pattern[str]
    period_re: re.Pattern[str]
    stock_re: re.Pattern[str]
    """A stock word not inside another word, in lower-cased text."""
    stock_after_re: re.Pattern[str]
    """A word right after an amount that makes it a stock ("2 Mrd. Euro wert")."""
    period_starts: dict[str, re.Pattern[str]]
    """`period_re` split by the character a match starts with (see `period_at`)."""
    period_pairs_lower: dict[str, re.Pattern[str]]
    """`period_re` split by the first two characters of a match, case-sensitive, for lower-cased text
    (about three times faster than ignoring case, and most words start no phrase at all)."""
    year_range_re: re.Pattern[str]
    year_re: re.Pattern[str]
    money_word_re: re.Pattern[str]
    """A money noun right after a figure, perhaps after an adjective ("6 Milliarden (neue) Schulden")."""
    money_noun_re: re.Pattern[str]
    """A money noun anywhere ("Gewinn steigt auf 1,7 Mrd.")."""
    money_nouns: tuple[str, ...]
    """The money nouns in lower case, for a search by `str.find` in lower-cased text."""
    word_re: re.Pattern[str]

    def period_at(self, text: str, pos: int, end: int, *, lower: bool = False) -> re.Match[str] | None:
        """`period_re.match(text, pos, end)`, trying only the patterns that can start with text[pos] (and the next).

        With `lower`, `text` is lower-cased text (see `lowered`): matched case-sensitively, which is faster
        and finds the same phrases; the match's groups are then in lower case.
        """
        if lower:
            pairs = self.period_pairs_lower
            pattern = pairs.get(text[pos : pos + 2])
            if pattern is None:
                pattern = pairs.get("")
        else:
            ch = text[pos : pos + 1]
            pattern = self.period_starts.get(ch)
            if pattern is None:
                pattern = self.period_re if not ch.isascii() else self.period_starts.get("")
        return None if pattern is None else pattern.match(text, pos, end)


@functools.cache
def german() -> Lexicon:
    """The German lexicon, compiled once from the words of extraction, periods and dates (``data/de/``)."""
    return build({**words("extract"), **words("periods"), **words("dates")})


def build(raw: dict[str, Any]) -> Lexicon:
    """Compile the tables of a parsed data file."""
    flags = re.IGNORECASE
    scales = {normalise_phrase(k): int(v) for k, v in raw["scales"].items()}
    scale_currencies = {normalise_phrase(k): (str(v[0]), int(v[1])) for k, v in raw["scale_currencies"].items()}
    currency_words = {normalise_phrase(k): str(v) for k, v in raw["currency_words"].items()}
    currency_signs = {normalise_phrase(k): str(v) for k, v in raw["currency_signs"].items()}
    subunits = {normalise_phrase(k): int(v) for k, v in raw["subunits"].items()}
    numerals = {k: Decimal(v) for k, v in raw["numerals"].items()}
    fractions = {k: Decimal(v) for k, v in raw["numeral_fractions"].items()}
    units = set(currency_words) | set(currency_signs) | set(subunits) | set(scale_currencies)
    ranges = raw["range_words"]
    ellipsis = raw["ellipsis_words"]
    number = _number_pattern(set(numerals) | set(fractions), set(raw["numeral_joiners"]["words"]))
    periods = raw["period_patterns"]
    period_alts = []
    for i, pattern in enumerate(periods):
        body = _flexible_spaces(pattern).replace("{N}", f"(?P<n{i}>{number})")
        period_alts.append(f"(?<![^\\W_])(?P<p{i}>{body})(?![^\\W_])")
    years = raw["period_year_patterns"]
    money = raw["money_words"]
    endings = "|".join(re.escape(e) for e in sorted(raw["inflection"]["adjective_endings"], key=len, reverse=True))
    adjective = f"(?-i:[a-zäöüß]+(?:{endings}))"
    linkers = raw["inflection"]["noun_linkers"]
    labels = "".join(sorted({c for w in ellipsis["period_label_letters"] for c in (w.lower(), w.upper())}))
    dotted = (raw["sentences"]["abbreviations"], scales, currency_words, currency_signs, raw["qualifiers_before"])
    abbreviations = frozenset(normalise_phrase(a) for table in dotted for a in table if a.endswith("."))
    return Lexicon(
        scale_phrases=Phrases(scales),
        unit_phrases=Phrases(units),
        sign_phrases=Phrases(_prefix_signs(currency_signs, currency_words) | set(scale_currencies), window=12),
        qualifier_phrases=Phrases(normalise_phrase(q) for q in raw["qualifiers_before"]),
        qualifier_particles=Phrases(raw["qualifier_particles"]["words"], window=16),
        between_phrases=Phrases((normalise_phrase(q) for q in ranges["between"]), window=20),
        minus_phrases=Phrases(raw["minus_words"]["words"], window=12),
        vague_phrases=Phrases((normalise_phrase(w) for w in raw["vague_words"]["words"]), window=12),
        sign_chars=frozenset(s[0] for s in currency_signs if not s[0].isalpha()),
        numeral_before_re=re.compile(
            f"{_SPACE}*[{_HYPHENS}]?{_SPACE}*(?P<word>[^\\W\\d_]+)"
            f"(?:{_SPACE}+(?P<article>{'|'.join(re.escape(w[::-1]) for w, v in numerals.items() if v == 1)})"
            "(?![^\\W\\d_]))?",
            flags,
        ),
        stems=tuple(s.lower() for s in raw["scan"]["stems"]),
        currency_stems=tuple(s.lower() for s in raw["scan"]["currency_stems"]),
        number_followers=_first_words([*scales, *units, *ranges["to"], *ranges["between_and"], *ellipsis["links"]]),
        range_connectors=frozenset(w.lower() for w in [*ranges["to"], *ranges["between_and"]]),
        scan_stems=re.compile(
            "|".join(re.escape(v) for s in raw["scan"]["stems"] for v in sorted({s, s.capitalize(), s.upper()}))
        ),
        scales=scales,
        scale_currencies=scale_currencies,
        currency_words=currency_words,
        currency_signs=currency_signs,
        subunits=subunits,
        subunit_currencies={normalise_phrase(k): v for k, v in raw["subunit_currencies"].items()},
        ambiguous={normalise_phrase(k): v for k, v in raw["ambiguous"].items()},
        qualifiers_before={normalise_phrase(k): Qualifier(v) for k, v in raw["qualifiers_before"].items()},
        face_value_qualifiers=frozenset(normalise_phrase(q) for q in raw["face_value"]["qualifiers"]),
        face_value_nouns=tuple(raw["face_value"]["nouns"]),
        qualifiers_after={normalise_phrase(k): Qualifier(v) for k, v in raw["qualifiers_after"].items()},
        numerals=numerals,
        joiners=frozenset(raw["numeral_joiners"]["words"]),
        fractions=fractions,
        ellipsis_followers=frozenset(normalise_phrase(w) for w in ellipsis["followers"]),
        comparison_links=frozenset(normalise_phrase(w) for w in ellipsis["comparisons"]),
        comparison_labels=frozenset(normalise_phrase(w) for w in ellipsis["comparison_labels"]),
        period_label_re=re.compile(f"(?:[{re.escape(labels)}][1-4][ /]?)?(?:19|20)\\d\\d(?:/\\d\\d)?"),
        counters=frozenset(ellipsis["counters"]),
        money_verbs=frozenset(money["verbs"]),
        year_blockers=frozenset(years["blockers"]),
        year_since=frozenset(years["since"]),
        year_dated_by=frozenset(years["dated_by"]),
        period_codes=tuple(periods.values()),
        period_keywords=tuple(raw["period_keywords"]["words"]),
        period_keyword_re=re.compile(_trie(raw["period_keywords"]["words"])),
        frequency_starts=frozenset(raw["period_frequency"]["starts"]),
        rate_words=frozenset(raw["period_frequency"]["rates"]),
        months={name.lower(): n for n, names in enumerate(raw["dates"]["months"], start=1) for name in names},
        abbreviations=abbreviations,
        longest_abbreviation=max(map(len, abbreviations)),
        qualifier_after_re=re.compile(f"{_SPACE}+(?:{_alternation(raw['qualifiers_after'])})", flags),
        qualifier_after_starts=_first_letters(raw["qualifiers_after"]),
        range_to_re=re.compile(f"{_SPACE}*(?:{_alternation(ranges['to'])}){_SPACE}*", flags),
        range_to_starts=_first_letters(ranges["to"]),
        range_and_re=re.compile(f"{_SPACE}+(?:{_alternation(ranges['between_and'])}){_SPACE}+", flags),
        range_and_starts=_first_letters(ranges["between_and"]),
        link_re=re.compile(f"{_SPACE}+(?:{_alternation(ellipsis['links'])}){_SPACE}+", flags),
        conversion_re=re.compile(f"(?:{_alternation(raw['conversion_cues']['starts'])})", flags),
        period_re=re.compile("|".join(period_alts), flags),
        period_starts=_dispatch(period_alts, 1, flags),
        period_pairs_lower=_dispatch(period_alts, 2),
        stock_re=re.compile(
            "(?<![^\\W\\d_])(?:"
            + "|".join(re.escape(w) for w in sorted(years["stock_words"], key=len, reverse=True))
            + ")"
        ),
        stock_after_re=re.compile(f"{_SPACE}+(?:{_alternation(years['stock_after'])})(?![^\\W\\d_])", flags),
        year_range_re=re.compile(years["range"].replace(" ", _SPACE + "+"), flags),
        year_re=re.compile(years["single"], flags),
        money_word_re=re.compile(
            f"{_SPACE}*[{_HYPHENS}]?(?:(?:{_alternation(linkers)}){_SPACE}+|{adjective}{_SPACE}+)?"
            f"(?:{_alternation(money['nouns'])})",
            flags,
        ),
        money_noun_re=re.compile(f"(?:{_alternation(money['nouns'])})", flags),
        money_nouns=tuple(normalise_phrase(n) for n in money["nouns"]),
        word_re=re.compile(r"[^\W\d_]+\.?|[(),;:]"),
    )


def _prefix_signs(signs: dict[str, str], words: dict[str, str]) -> set[str]:
    """Signs, and the ISO codes among the currency words, may stand before the number ("DKK 449,00").

    So may the thousands codes ("TEUR 500"), added where the lexicon is built.
    """
    return set(signs) | {w for w, iso in words.items() if w.upper() == iso}


def _number_pattern(words: set[str], joiners: set[str]) -> str:
    """A number in digits or in (compound) German number words, for {N} in period patterns."""
    morphemes = "|".join(re.escape(w) for w in sorted(words | joiners, key=len, reverse=True))
    return f"\\d+|(?:{morphemes})+"
