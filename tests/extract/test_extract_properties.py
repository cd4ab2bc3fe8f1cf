"""Property tests for extraction: laws that hold for every amount in every style."""

from __future__ import annotations

import concurrent.futures
import itertools
import sys
from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import example, given, settings
from hypothesis import strategies as st

from aifigures import ParseError, Period, extract, parse
from aifigures.amount import PeriodKind
from aifigures.extract.matchers import forget_lowered, lowered
from aifigures.extract.numbers import digits_value

from strategies import LAYOUTS, NUMBER_STYLES, Rendered, prose_with_amounts, rendered_amounts


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("style", NUMBER_STYLES)
@settings(max_examples=25)
@given(data=st.data())
def test_every_style_is_read_exactly(style: str, layout: str, data: st.DataObject) -> None:
    r: Rendered = data.draw(rendered_amounts(style=style, layout=layout))
    found = extract(r.text)
    assert [(a.text, a.value, a.currency, a.qualifier.value) for a in found] == [
        (r.text, r.value, r.currency, r.qualifier)
    ]


@settings(max_examples=300)
@given(prose_with_amounts())
def test_amounts_in_prose_are_found_with_exact_spans(case: tuple[str, list[tuple[int, Rendered]]]) -> None:
    text, placed = case
    found = extract(text)
    want = [((o, o + len(r.text)), r.value, r.currency, r.qualifier) for o, r in placed]
    assert [(a.span, a.value, a.currency, a.qualifier.value) for a in found] == want


_INVISIBLE = "\u00ad\u200b\ufeff"  # soft hyphen, zero-width space, byte-order mark


@settings(max_examples=200)
@given(prose_with_amounts(), st.data())
def test_invisible_characters_and_thin_spaces_change_nothing_but_the_spans(
    case: tuple[str, list[tuple[int, Rendered]]], data: st.DataObject
) -> None:
    """Web text hides soft hyphens and zero-width characters in words and writes thin spaces: same amounts."""
    text, _ = case
    chars = list(text)
    for i in sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6)), reverse=True):
        chars.insert(i, data.draw(st.sampled_from(_INVISIBLE)))
    dressed = "".join(chars).replace(" ", "\u2009", data.draw(st.integers(0, 3)))
    plain = [(a.text, a.value, a.currency, a.qualifier, a.period) for a in extract(text)]
    found = extract(dressed)
    for a in found:
        assert dressed[a.span[0] : a.span[1]] == a.text
    unseen = str.maketrans({"\u2009": " "} | dict.fromkeys(map(ord, _INVISIBLE)))
    assert [(a.text.translate(unseen), a.value, a.currency, a.qualifier, a.period) for a in found] == plain


@settings(max_examples=500)
@given(st.text())
@example("Mrd. " * 50)
@example("1.2.3.4,5,6 Mio. € - € - bis zu zwischen und")
@example("(((((( 5 Mio. Euro")
def test_extract_never_raises_and_spans_slice(text: str) -> None:
    for a in extract(text):
        assert text[a.span[0] : a.span[1]] == a.text


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,'’ -€$MioMrdEurobisund\u00a0(")), max_size=60))
def test_extract_never_raises_on_number_soup(text: str) -> None:
    for a in extract(text):
        assert text[a.span[0] : a.span[1]] == a.text


_WORD_SOUP = st.sampled_from(
    ["zwölf", "zehn", "bis", "und", "zwischen", "Euro", "Dollar", "US-Dollar", "Cent", "Franken", "(", ")",
     "Mrd.", "Milliarden", "eine", "einen", "ein", "1/2", "2023/24", "5", "3,5", "im", "Dezember", "2023",
     "seit", "Das", "bedeutet", ",", ".", "\n", "Euros", "T€", "-", "–", "Yuan", "Pesos", "über", "rund"]
)  # fmt: skip


@settings(max_examples=300)
@given(st.lists(_WORD_SOUP, max_size=25).map(" ".join))
def test_extract_on_word_soup_gives_ordered_apart_amounts(text: str) -> None:
    """Number words, currency words, ranges, parentheses and fractions mixed at random."""
    amounts = extract(text)
    for a in amounts:
        assert text[a.span[0] : a.span[1]] == a.text
    assert all(x.span[1] <= y.span[0] for x, y in itertools.pairwise(amounts))


@settings(max_examples=300)
@given(prose_with_amounts())
def test_parse_agrees_with_extract_inside_the_span(case: tuple[str, list[tuple[int, Rendered]]]) -> None:
    text, _ = case
    for a in extract(text):
        if a.currency_inferred:
            continue  # the currency came from outside the span
        b = parse(a.text)
        assert (b.value, b.low, b.high, b.currency, b.qualifier) == (
            a.value,
            a.low,
            a.high,
            a.currency,
            a.qualifier,
        )


@settings(max_examples=300)
@given(st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False))
def test_babel_german_formatting_reads_back(value: Decimal) -> None:
    written = format_decimal(value, format="#,##0.00", locale="de_DE")
    assert digits_value(written)[0] == value


@settings(max_examples=300)
@given(st.decimals(min_value=1000, max_value=10**12, places=2, allow_nan=False, allow_infinity=False))
def test_babel_swiss_formatting_reads_back(value: Decimal) -> None:
    written = format_decimal(value, format="#,##0.00", locale="de_CH")
    assert digits_value(written)[0] == value


@given(
    st.one_of(
        st.sampled_from([PeriodKind.YEAR, PeriodKind.HALF_YEAR, PeriodKind.QUARTER, PeriodKind.MONTH]).map(Period),
        st.integers(1, 40).map(lambda n: Period(PeriodKind.TOTAL_YEARS, n)),
        st.integers(1, 400).map(lambda n: Period(PeriodKind.N_DAYS, n)),
        st.sampled_from([2, 4, 5, 7, 8, 9, 10, 11, 18, 24]).map(lambda n: Period(PeriodKind.N_MONTHS, n)),
    )
)
def test_period_codes_round_trip(period: Period) -> None:
    assert Period.from_code(str(period)) == period


@settings(max_examples=200)
@given(rendered_amounts(), st.sampled_from(["für Chips", "Haus", "xyz"]))
def test_parse_rejects_trailing_words(r: Rendered, tail: str) -> None:
    fragment = f"{r.text} {tail}"
    with pytest.raises(ParseError) as info:
        parse(fragment)
    assert info.value.position == len(r.text) + 1


def test_the_lower_cased_copy_is_the_one_of_the_text_asked_for() -> None:
    """`lowered` keeps one text and its copy as one value: asked for another text, it makes that one's."""
    first, second = "Baidu: 4,2 MRD. YUAN", "Über 5 Mio. Euro"
    assert lowered(first) == first.lower()
    assert lowered(second) == second.lower()
    assert lowered(first) == first.lower()
    forget_lowered()
    assert lowered(second) == second.lower()
    forget_lowered()


def test_threads_extracting_at_once_read_what_one_thread_reads() -> None:
    """A smoke test: threads that share the one slot of `lowered` get what a single thread gets."""
    texts = [
        "Baidu investierte im ersten Halbjahr 2024 rund 4,2 Milliarden Yuan.",
        "Der UMSATZ STIEG AUF 5,3 (VORJAHR: 4,2) MRD. EURO.",
        "bis zu 1,91 milliarden dollar pro jahr",
        "Mindestens aber 350 Euro im Monat, TEUR 250 im Quartal.",
    ] * 50
    expected = [extract(t) for t in texts]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter can
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
            for _ in range(5):
                assert list(pool.map(extract, texts)) == expected
    finally:
        sys.setswitchinterval(interval)


_PARAGRAPH = st.text(alphabet=st.sampled_from("abc xyz,.0123456789€"), max_size=400)


@given(st.lists(_PARAGRAPH, min_size=1, max_size=6), st.lists(st.sampled_from(["\n", "\n\n", "\r\n", "\n\t"])))
def test_documents_of_paragraphs_of_any_length_never_raise(paragraphs: list[str], breaks: list[str]) -> None:
    """Paragraphs of any length joined by single or double breaks (two long ones once broke the unwrapping)."""
    text = paragraphs[0]
    for i, p in enumerate(paragraphs[1:]):
        text += (breaks[i] if i < len(breaks) else "\n") + p
    for a in extract(text):
        assert text[a.span[0] : a.span[1]] == a.text


def test_two_long_paragraphs_joined_by_one_line_break_are_read() -> None:
    text = "Keltron " + "x" * 200 + " investierte 5 Mrd. Euro.\n" + "y" * 200
    assert [a.text for a in extract(text)] == ["5 Mrd. Euro"]
