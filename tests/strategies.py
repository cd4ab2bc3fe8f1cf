"""Shared hypothesis strategies: random money amounts rendered in every German style, and prose around them.

The renderers here are written independently of the parser (they produce text, the parser reads it), so
a property that holds for them says something about the parser.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from hypothesis import strategies as st

# number styles: how the digits are written
NUMBER_STYLES = (
    "plain",
    "dot_grouping",
    "space_grouping",
    "nbsp_grouping",
    "narrow_nbsp_grouping",
    "apostrophe_grouping",
    "typographic_apostrophe_grouping",
    "swiss_decimal_point",
    "dash_cents",
    "words",
)
# how scale and currency stand around the number
LAYOUTS = ("spaced", "glued_scale", "hyphenated", "abbreviation_glued", "currency_first", "lower_case")

SCALES = {
    0: ("",),
    3: ("Tsd.", "Tausend"),
    6: ("Mio.", "Millionen"),
    9: ("Mrd.", "Milliarden"),
    12: ("Bio.", "Billionen"),
}
CURRENCY_WORDS = {
    "EUR": ("Euro", "EUR"),
    "USD": ("US-Dollar", "Dollar", "USD"),
    "CNY": ("Yuan", "Renminbi", "CNY"),
    "CHF": ("Franken", "CHF"),
    "GBP": ("Pfund", "GBP"),
    "JPY": ("Yen",),
    "KRW": ("Won",),
    "HKD": ("Hongkong-Dollar", "HK$"),
    "INR": ("Rupien",),
    "RUB": ("Rubel",),
}
CURRENCY_SIGNS = {"EUR": ("€", "EUR"), "USD": ("$", "US-$", "USD"), "GBP": ("£",), "CHF": ("CHF", "Fr.")}
QUALIFIERS = {
    "exact": ("",),
    "approx": ("rund", "etwa", "ca.", "circa", "ungefähr", "knapp", "gut", "fast"),
    "more_than": ("mehr als", "über"),
    "at_most": ("bis zu", "höchstens"),
    "at_least": ("mindestens",),
    "less_than": ("unter",),
}
FILLER = (
    "Der",
    "Konzern",
    "meldete",
    "heute",
    "einen",
    "Bericht",
    "zur",
    "Lage",
    "Firma",
    "Wachstum",
    "Markt",
    "stark",
    "Angaben",
    "zufolge",
    "Analysten",
    "erwarten",
    "Chips",
    "Nachfrage",
)

_UNITS = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
_TEENS = {10: "zehn", 11: "elf", 12: "zwölf", 16: "sechzehn", 17: "siebzehn"}
_TENS = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"]


def german_words(n: int) -> str:
    """1 <= n <= 999 in German words ("dreihundertachtzig")."""
    hundreds, rest = divmod(n, 100)
    out = f"{_UNITS[hundreds]}hundert" if hundreds else ""
    if rest in _TEENS:
        return out + _TEENS[rest]
    if 13 <= rest <= 19:
        return out + _UNITS[rest - 10] + "zehn"
    tens, ones = divmod(rest, 10)
    if tens >= 2:
        return out + (f"{_UNITS[ones]}und" if ones else "") + _TENS[tens]
    if ones == 1:
        return out + ("eins" if hundreds else "ein")
    return out + _UNITS[ones]


def _group(integer: int, sep: str) -> str:
    s = str(integer)
    parts: list[str] = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return sep.join(parts)


def render_number(value: Decimal, style: str) -> str:
    """`value` (non-negative, at most two decimals) written in `style`."""
    integer = int(value)
    cents = value - integer
    frac = format(cents, "f")[2:] if cents else ""
    seps = {
        "dot_grouping": ".",
        "space_grouping": " ",
        "nbsp_grouping": "\u00a0",
        "narrow_nbsp_grouping": "\u202f",
        "apostrophe_grouping": "'",
        "typographic_apostrophe_grouping": "’",
    }
    if style == "words":
        return german_words(integer)
    if style == "plain":
        return str(integer) + (f",{frac}" if frac else "")
    if style == "dash_cents":
        return _group(integer, ".") + ",-"
    if style == "swiss_decimal_point":
        return _group(integer, "'") + (f".{frac}" if frac else "")
    return _group(integer, seps[style]) + (f",{frac}" if frac else "")


@dataclass(frozen=True)
class Rendered:
    """One amount written out, with what extraction must return for it."""

    text: str
    value: Decimal
    currency: str
    qualifier: str
    style: str


@st.composite
def _number(draw: st.DrawFn, style: str) -> Decimal:
    """A value that `style` can write: integers for words, four digits or more where grouping shows."""
    if style == "words":
        return Decimal(draw(st.integers(2, 999)))
    if style == "dash_cents":
        return Decimal(draw(st.integers(1000, 10**7)))
    cents = draw(st.integers(0, 99)) if style != "plain" or draw(st.booleans()) else 0
    low = 1000 if style in {"apostrophe_grouping", "typographic_apostrophe_grouping", "swiss_decimal_point"} else 1
    return Decimal(draw(st.integers(low, 10**7))) + Decimal(cents) / 100


def _layout(num: str, scale: str, cur: str, layout: str, *, words: bool) -> str:
    if layout == "currency_first":
        return f"{cur} {num}" + (f" {scale}" if scale else "")
    if layout == "glued_scale" and scale and not words:
        return f"{num}{scale} {cur}"
    if layout == "hyphenated" and scale and cur[:1].isalpha() and not words:
        return f"{num}-{scale.rstrip('.')}-{cur}"
    if layout == "abbreviation_glued" and scale.endswith(".") and cur[:1].isalpha():
        return f"{num} {scale}{cur}"
    return f"{num} {scale} {cur}" if scale else f"{num} {cur}"


@st.composite
def rendered_amounts(draw: st.DrawFn, style: str | None = None, layout: str | None = None) -> Rendered:
    """A random money amount written in a random (or the given) number style and layout."""
    style = style or draw(st.sampled_from(NUMBER_STYLES))
    layout = layout or draw(st.sampled_from(LAYOUTS))
    number = draw(_number(style))
    exp = 0 if style == "dash_cents" else draw(st.sampled_from(sorted(SCALES)))
    if style == "words" and exp == 0:
        exp = 6
    scale = draw(st.sampled_from(SCALES[exp]))
    table = CURRENCY_SIGNS if layout == "currency_first" else CURRENCY_WORDS
    iso = draw(st.sampled_from(sorted(table)))
    cur = draw(st.sampled_from(table[iso]))
    core = _layout(render_number(number, style), scale, cur, layout, words=style == "words")
    qualifier = draw(st.sampled_from(sorted(QUALIFIERS)))
    word = draw(st.sampled_from(QUALIFIERS[qualifier]))
    text = f"{word} {core}" if word else core
    if layout == "lower_case":
        text = text.lower()
    return Rendered(text, number.scaleb(exp), iso, qualifier, f"{style}/{layout}")


@st.composite
def prose_with_amounts(draw: st.DrawFn) -> tuple[str, list[tuple[int, Rendered]]]:
    """Random prose with 0-4 amounts in it; returns the text and each amount with its offset."""
    pieces: list[str] = []
    placed: list[tuple[int, Rendered]] = []
    offset = 0
    for _ in range(draw(st.integers(0, 4))):
        filler = " ".join(draw(st.lists(st.sampled_from(FILLER), min_size=1, max_size=5)))
        pieces.append(filler + " ")
        offset += len(filler) + 1
        amount = draw(rendered_amounts())
        placed.append((offset, amount))
        pieces.append(amount.text)
        offset += len(amount.text)
        end = draw(st.sampled_from([" ", ". ", ", ", " und "]))
        pieces.append(end)
        offset += len(end)
    pieces.append(" ".join(draw(st.lists(st.sampled_from(FILLER), max_size=4))))
    return "".join(pieces), placed
