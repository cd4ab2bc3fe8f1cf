"""Matching phrases of the vocabulary in text: phrase patterns, tries, first-character dispatch, `Phrases`.

The lexicon (`aifigures.extract.lexicon`) builds its matchers with these; they know no German word.
"""

from __future__ import annotations

import importlib
import re
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "HYPHENS",
    "SPACE",
    "Phrases",
    "alternation",
    "dispatch",
    "find_all",
    "first_letters",
    "first_words",
    "flexible_spaces",
    "forget_lowered",
    "inflected",
    "lowered",
    "normalise_phrase",
    "number_pattern",
    "phrase_pattern",
    "separable_verbs",
    "starts_of",
    "trie",
    "word_alternation",
    "word_starts",
]

SPACE: Final = "[\\s\u00a0\u202f]"
_LINE_SPACE: Final = "[ \t\u00a0\u202f]"  # white space within a line
HYPHENS: Final = "-\u2010\u2011"


def normalise_phrase(text: str) -> str:
    """The lookup key of a matched phrase: lower case, one space, plain hyphens."""
    out = text.lower()
    if out.isalpha() or (out[:-1].isalpha() and out[-1] == "."):
        return out  # the common case: one word or an abbreviation
    for h in HYPHENS[1:]:
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
        return SPACE + "+"
    if ch == "-":
        return f"{SPACE}*[{HYPHENS}]{SPACE}*"
    return re.escape(ch)


def phrase_pattern(phrase: str) -> str:
    """A regex for a literal phrase: flexible white space and hyphens, whole words only."""
    body = "".join(_char_pattern(ch) for ch in phrase)
    if phrase[:1].isalnum():
        # not inside a word; a digit may touch it ("2,5Mio"). Looked back at after the first character, so that
        # each alternative of an alternation starts with a literal, which the regex engine tries at once
        body = re.escape(phrase[0]) + r"(?<![^\W\d_].)" + "".join(_char_pattern(ch) for ch in phrase[1:])
    if phrase[-1:].isalnum():
        body += r"(?![^\W_])"
    return body


class Phrases:
    """A set of literal phrases, matched forward at a position or backward ending at one.

    Both directions avoid scanning: forward, the first character picks a small alternation; backward,
    the few characters before the position are reversed and matched against the reversed phrases.
    """

    def __init__(self, phrases: Iterable[str], *, window: int = 48, capitals: Iterable[str] = ()) -> None:
        """Compile the phrases (already normalised with `normalise_phrase`).

        `capitals`: the phrases that count only where written in capitals ("DEM", not the article "dem").
        """
        self._capitals = frozenset(capitals)
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
            for last in HYPHENS if p[-1] == "-" else p[-1].lower():
                by_last.setdefault(last, []).append(_reversed_pattern(p))
        self._backward_lower = {last: re.compile("|".join(members)) for last, members in by_last.items()}
        self._window = window

    # Both directions match the lower-cased text of the call (`lowered`) case-sensitively where it keeps
    # the offsets: about three times faster than ignoring case, and the same phrases.
    def match(self, text: str, pos: int) -> tuple[int, str] | None:
        """(end, key) of the longest phrase starting at `pos`."""
        original, low = text, lowered(text)
        if low is None:
            pattern = self._forward.get(text[pos : pos + 1])
        else:
            text, pattern = low, self._forward_lower.get(low[pos : pos + 1])
        if pattern is None:
            return None
        m = pattern.match(text, pos)
        if m is None:
            return None
        key = normalise_phrase(m.group())
        if key in self._capitals and not original[pos : m.end()].isupper():
            return None
        return m.end(), key

    def ending_at(self, text: str, pos: int) -> tuple[int, str] | None:
        """(start, key) of the longest phrase that ends, followed only by white space, at `pos`.

        On lower-cased text only the phrases that end with the last character before that white space
        are tried.
        """
        original, low = text, lowered(text)
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
        key = normalise_phrase(text[start:pos].strip())
        if key in self._capitals and not original[start:pos].strip().isupper():
            return None
        return start, key


def first_words(phrases: Iterable[str]) -> frozenset[str]:
    """The lower-case first word of each phrase that starts with a letter ("us" for "US-Dollar")."""
    words = (re.match(r"[^\W\d_]+", normalise_phrase(p)) for p in phrases)
    return frozenset(m.group() for m in words if m is not None)


def first_letters(phrases: Iterable[str]) -> frozenset[str]:
    """The lower-case characters the phrases start with, every hyphen for one that starts with "-"."""
    firsts = {normalise_phrase(p)[:1] for p in phrases}
    return frozenset(firsts - {"-"}) | (frozenset(HYPHENS) if "-" in firsts else frozenset())


def _reversed_pattern(phrase: str) -> str:
    """The regex that matches `phrase` and the white space after it, in reversed text."""
    gap = f"{SPACE}+" if phrase[-1:].isalnum() else f"{SPACE}*"
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


def flexible_spaces(pattern: str) -> str:
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


def dispatch(alternatives: list[str], k: int, flags: int = 0) -> dict[str, re.Pattern[str]]:
    """For each start of `k` characters a match can have, the alternation of just the alternatives that can.

    Alternatives keep their order, so earlier ones still win. Those whose start could not be read (see
    `starts_of`) are in every key's alternation, and alone under "" for any other start. Ignoring case, the
    keys are in lower and upper case.
    """
    ignore_case = bool(flags & re.IGNORECASE)
    starts = [starts_of(a, k, lower=ignore_case) for a in alternatives]
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


def starts_of(pattern: str, k: int, *, lower: bool = False) -> frozenset[str] | None:
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


def trie(words: Iterable[str]) -> str:
    """An alternation of literal words as a trie ("j(?:ahr|uni)"): found faster than the flat one.

    Where one word is the start of another, the longer is tried first, as in the flat alternation
    ordered longest first, so both match the same text.
    """
    alternatives = []
    for first, rests in _by_first_letter(words).items():
        longer = [r for r in rests if r]
        if not longer:
            alternatives.append(re.escape(first))
        elif len(rests) == 1:
            alternatives.append(re.escape(first + rests[0]))
        else:
            optional = "?" if "" in rests else ""
            alternatives.append(f"{re.escape(first)}(?:{trie(longer)}){optional}")
    return "|".join(alternatives)


def _by_first_letter(words: Iterable[str]) -> dict[str, list[str]]:
    """The words (each once, sorted) by their first letter, each as the rest after it."""
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        groups.setdefault(w[:1], []).append(w[1:])
    return groups


def alternation(phrases: Iterable[str]) -> str:
    """One alternation of phrase patterns, the longest first (so that a longer phrase wins)."""
    return "|".join(phrase_pattern(p) for p in sorted(phrases, key=len, reverse=True))


def word_alternation(phrases: Iterable[str]) -> str:
    """`alternation`, each phrase at the start of a word: also one that starts with a sign ("-" or "€").

    The same as a look back for no letter before the whole alternation, but a phrase that starts with a
    letter or digit looks back after its first character (see `phrase_pattern`), so that the alternation
    stays one of literals, which the regex engine tries at once.
    """
    return "|".join(
        phrase_pattern(p) if p[:1].isalnum() else r"(?<![^\W\d_])" + phrase_pattern(p)
        for p in sorted(phrases, key=len, reverse=True)
    )


def word_starts(words: Iterable[str], not_after: Iterable[str] = ()) -> str:
    """Any of `words` (literal, lower case) at the start of a word, also as the start of a longer one, as a trie.

    Not where one of `not_after` and a space stand right before it ("vor Steuern", not "Steuern"). Each
    alternative starts with its literal first letter and looks back after it, which the engine tries fast.
    """
    behind = r"(?<![^\W\d_].)" + "".join(f"(?<!{re.escape(w)} .)" for w in not_after)
    alternatives = []
    for first, rests in _by_first_letter(words).items():
        longer = [r for r in rests if r]
        optional = "?" if "" in rests else ""
        rest = f"(?:{trie(longer)}){optional}" if longer else ""
        alternatives.append(f"{re.escape(first)}{behind}{rest}")
    return "|".join(alternatives)


def inflected(names: dict[str, str], endings: list[str]) -> dict[str, str]:
    """`names` with the adjective that leads a currency name in every case.

    The data file gives one case ("dänische kronen"); text has any ("Milliarden dänischen Kronen").
    """
    out = dict(names)
    longest_first = sorted(endings, key=len, reverse=True)
    for name, code in names.items():
        adjective, _, noun = name.partition(" ")
        ending = next((e for e in longest_first if noun and adjective.isalpha() and adjective.endswith(e)), None)
        if ending is None or not adjective.islower():
            continue
        stem = adjective[: -len(ending)]
        for e in endings:
            out.setdefault(f"{stem}{e} {noun}", code)
    return out


def number_pattern(words: set[str], joiners: set[str]) -> str:
    """A number in digits or in (compound) number words (`words`, joined by `joiners`), for {N} in period patterns."""
    morphemes = "|".join(re.escape(w) for w in sorted(words | joiners, key=len, reverse=True))
    return f"\\d+|(?:{morphemes})+"


def separable_verbs(phrases: list[str]) -> dict[str, frozenset[str]]:
    """The particles of each separable verb: "setzte um" gives {"setzte": {"um"}}."""
    out: dict[str, set[str]] = {}
    for phrase in phrases:
        verb, particle = phrase.split()
        out.setdefault(verb, set()).add(particle)
    return {verb: frozenset(particles) for verb, particles in out.items()}
