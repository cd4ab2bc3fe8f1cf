"""The German vocabulary against babel's CLDR data, and the data file's own consistency."""

from __future__ import annotations

import re

import pytest
from babel import Locale
from babel.numbers import get_currency_symbol
from hypothesis import given
from hypothesis import strategies as st

from aifigures import parse
from aifigures.extract.lexicon import german
from aifigures.extract.matchers import alternation, forget_lowered, normalise_phrase, word_alternation, word_starts
from aifigures.extract.matchers import starts_of as _starts
from aifigures.extract.matchers import trie as _trie
from aifigures.extract.piece import next_char as _next_char
from aifigures.language import STAGES, words

from gold import SEEDS, lines

LEX = german()
CLDR_DE = Locale("de").currencies
CODES = sorted(set(LEX.currency_words.values()) | set(LEX.currency_signs.values()))


@pytest.mark.parametrize("code", CODES)
def test_every_code_is_a_cldr_currency(code: str) -> None:
    assert code in CLDR_DE


@pytest.mark.parametrize("code", CODES)
def test_cldr_german_name_or_its_head_noun_is_known(code: str) -> None:
    """CLDR has only the full names ("Renminbi Yuan"); news uses the head noun ("Yuan"). One must be known."""
    name = CLDR_DE[code].lower()
    head = re.split(r"[\s]", name)[-1]
    known = set(LEX.currency_words)
    assert name in known or head in known or head.rstrip("e") + "en" in known, (name, head)


@pytest.mark.parametrize("code", CODES)
def test_cldr_german_symbol_is_read(code: str) -> None:
    symbol = get_currency_symbol(code, locale="de")
    a = parse(f"{symbol} 5")
    if code == "JPY":
        assert a.ambiguous  # "¥" is also used for the yuan
    assert a.currency == code


@pytest.mark.parametrize("table", ["scales", "currency_words", "currency_signs", "qualifiers_before"])
def test_keys_are_normalised(table: str) -> None:
    for key in getattr(LEX, table):
        assert key == key.lower().strip()


def test_every_period_pattern_needs_a_keyword() -> None:
    """Sentences without a period keyword are not searched, so no pattern may match without one."""
    for pattern in words("periods")["period_patterns"]:
        literal = pattern.replace("\\", "").replace(" ?", " ")
        assert any(k in literal for k in LEX.period_keywords), pattern


def test_every_scale_word_contains_a_scan_stem() -> None:
    """But those read only after digits ("$1.5bn"), which the scan finds by the digits."""
    stems = [m.lower() for m in LEX.scan_stems.pattern.split("|")]
    digits_only = words("extract")["scan"]["digits_only"]
    for word in LEX.scales:
        assert word in digits_only or any(re.sub(r"\\(.)", r"\1", s) in word for s in stems), word


# ------------------------------------------------------------------ period patterns split by first character

_PERIOD_TEXTS = [
    *(rec["text"] for rec in lines("realnews_dev.jsonl")),
    *(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))),
]


def _same_match(text: str, pos: int) -> None:
    """The split patterns match as the whole alternation, and so do the case-sensitive ones on lower case."""
    whole = LEX.period_re.match(text, pos)
    split = LEX.period_at(text, pos, len(text))
    assert (whole and (whole.span(), whole.lastgroup)) == (split and (split.span(), split.lastgroup)), (text, pos)
    low = text.lower()
    if len(low) == len(text):
        lower = LEX.period_at(low, pos, len(low), lower=True)
        assert (whole and (whole.span(), whole.lastgroup)) == (lower and (lower.span(), lower.lastgroup)), (text, pos)


_STARTS = [
    # (pattern, the two-character starts of its matches; None: not known, always tried)
    ("(?:in den|nach) jahren", {"in", "na"}),
    ("(?<![^\\W_])im (?:ersten|zweiten) quartal", {"im"}),
    ("(?:laufende)? ?jahr", {"la", " j", "ja"}),
    ("\\d+ jahre lang", {f"{d}{e}" for d in "0123456789" for e in "0123456789 "}),
    ("q[1-4]", None),  # a range of characters is not read: the pattern is always tried
    ("a(?:b|c)*", None),  # a match of one character ("a") cannot be dispatched by two
    ("[ab][cd]", {"ac", "ad", "bc", "bd"}),
]


@pytest.mark.parametrize(("pattern", "starts"), _STARTS, ids=[p for p, _ in _STARTS])
def test_the_starts_of_a_pattern_are_read_from_it(pattern: str, starts: set[str] | None) -> None:
    assert _starts(pattern, 2) == (None if starts is None else frozenset(starts))
    for text in ("im ersten quartal", "in den jahren", "nach jahren", "laufende jahr", " jahr", "12 jahre lang", "ad"):
        m = re.match(pattern, text)
        if m is not None and starts is not None:
            assert text[:2] in starts, (pattern, text)


def test_split_period_patterns_match_as_the_whole_alternation_on_real_text() -> None:
    checked = 0
    for text in _PERIOD_TEXTS:
        for pos in range(len(text)):
            _same_match(text, pos)
            checked += 1
    assert checked > 30_000  # the seed articles alone give about 35,000 positions


_PERIOD_PIECES = st.sampled_from(
    ["im", "Im", "ersten", "Halbjahr", "Quartal", "pro", "Jahr", "jährlich", "drei", "3", "Jahren", "in den",
     "nächsten", "Januar", "bis", "März", "Q2", "H1/2024", "p. a.", "/", "Monat", "über", " ", "  ", "\u00a0",
     "-", "İ", "ß", "Ü", "١", "2024", "für das", "Geschäftsjahr", "laufenden", "zwanzig"]
)  # fmt: skip


@given(st.lists(_PERIOD_PIECES, max_size=12).map("".join))
def test_split_period_patterns_match_as_the_whole_alternation(text: str) -> None:
    for pos in range(len(text)):
        _same_match(text, pos)


# ------------------------------------------------------------------ phrases matched on lower-cased text

_PHRASE_PIECES = st.sampled_from(
    ["Euro", "EURO", "euro", "US-Dollar", "us-dollar", "US - DOLLAR", "Mrd.", "MRD.", "Milliarden", "MILLIARDEN",
     "Schweizer Franken", "SCHWEIZER FRANKEN", "Fr.", "TEUR", "teur", "€", "US$", "rund", "RUND", "bis zu",
     "Bis Zu", " ", "\u00a0", "-", "5", "ß", "Ü", "ü"]
)  # fmt: skip


@given(st.lists(_PHRASE_PIECES, max_size=10).map("".join))
def test_phrases_match_lower_cased_text_as_they_match_ignoring_case(text: str) -> None:
    """`Phrases` match the call's lower-cased text case-sensitively: the same phrases as ignoring case."""
    for phrases in (LEX.unit_phrases, LEX.scale_phrases, LEX.qualifier_phrases, LEX.sign_phrases):
        for pos in range(len(text)):
            pattern = phrases._forward.get(text[pos : pos + 1])  # noqa: SLF001 - the case-ignoring reference
            m = None if pattern is None else pattern.match(text, pos)
            expected = None if m is None else (m.end(), normalise_phrase(m.group()))
            forget_lowered()
            assert phrases.match(text, pos) == expected, (text, pos)
            rev = text[max(0, pos - phrases._window) : pos][::-1]  # noqa: SLF001
            b = phrases._backward.match(rev)  # noqa: SLF001
            back = None if b is None else (pos - b.end(), normalise_phrase(text[pos - b.end() : pos].strip()))
            assert phrases.ending_at(text, pos) == back, (text, pos)
    forget_lowered()


# ------------------------------------------------------------------ word lists searched as a trie

_WORDS = st.lists(st.text("abjhr.", min_size=1, max_size=5), min_size=1, max_size=8)


@given(_WORDS, st.text("abjhr. ", max_size=40))
def test_a_trie_finds_what_the_flat_alternation_finds(words: list[str], text: str) -> None:
    flat = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
    trie = re.compile(_trie(words))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


_PHRASES = st.lists(st.text("ab -€1", min_size=1, max_size=5).map(str.strip).filter(bool), min_size=1, max_size=6)


@given(_PHRASES, st.text("abAB -€1x\n", max_size=40), st.sampled_from([0, re.IGNORECASE]))
def test_word_alternation_finds_what_a_word_start_before_the_alternation_finds(
    phrases: list[str], text: str, flags: int
) -> None:
    before = re.compile(f"(?<![^\\W\\d_])(?:{alternation(phrases)})", flags)
    inside = re.compile(word_alternation(phrases), flags)
    assert [m.span() for m in inside.finditer(text)] == [m.span() for m in before.finditer(text)]


@given(_WORDS.map(lambda ws: [w for w in ws if w[:1].isalpha()]).filter(bool), st.text("abjhr. x", max_size=40))
def test_word_starts_finds_what_a_word_start_and_its_lookbehinds_find(words: list[str], text: str) -> None:
    not_after = ["ab", "rh"]
    flat = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    before = re.compile("(?<![^\\W\\d_])" + "".join(f"(?<!{w} )" for w in not_after) + f"(?:{flat})")
    inside = re.compile(word_starts(words, not_after))
    assert [m.span() for m in inside.finditer(text)] == [m.span() for m in before.finditer(text)]


def test_the_period_keywords_are_searched_as_a_trie() -> None:
    assert LEX.period_keyword_re.pattern == _trie(LEX.period_keywords)
    flat = re.compile("|".join(re.escape(w) for w in sorted(LEX.period_keywords, key=len, reverse=True)))
    for path in sorted(SEEDS.glob("*.txt")):
        low = path.read_text(encoding="utf-8").lower()
        assert [m.span() for m in LEX.period_keyword_re.finditer(low)] == [m.span() for m in flat.finditer(low)]


# ------------------------------------------------------------------ connectors looked for after their first letters

_CONNECTOR_PIECES = st.sampled_from(
    [" ", "\u00a0", "\u202f", "\n", "bis", "Bis", "BIS", "-", "\u2010", "\u2011", "–", "—", "oder mehr", "Und Mehr",
     "oder weniger", "(", "Euro", "5", "b", "o"]
)  # fmt: skip


@given(st.lists(_CONNECTOR_PIECES, max_size=8).map("".join))
def test_connectors_start_with_the_letters_the_gates_let_through(text: str) -> None:
    """Where a range word or a qualifier after an amount matches, its first letter is one the gate lets by."""
    for pos in range(len(text) + 1):
        after = _next_char(text, pos)
        rng = LEX.range_to_re.match(text, pos)
        if rng is not None and rng.end() > pos:
            assert after in LEX.range_to_starts, (text, pos)
        if LEX.qualifier_after_re.match(text, pos) is not None:
            assert after in LEX.qualifier_after_starts, (text, pos)


def test_each_table_of_the_vocabulary_lives_in_one_stage_file() -> None:
    seen: dict[str, str] = {}
    for stage in STAGES:
        for table in words(stage):
            assert table not in seen, f"[{table}] is in both {seen[table]}.toml and {stage}.toml"
            seen[table] = stage
    assert len(seen) > 20


def test_the_dates_and_render_words_are_typed_sections() -> None:
    from aifigures.language import date_words, render_words  # noqa: PLC0415 - only here

    assert len(date_words().months) == 12
    assert render_words().per["year"]
