"""Documents shaped like what newsrooms feed the check: paragraphs, lists, tables, headings, web remnants.

One generator serves two masters: a hypothesis strategy (`documents`, which shrinks a failure to a small
document) and the fuzz script (`benchmarks/fuzz_documents.py`, which draws a million documents from a
seeded `random.Random`). Both make their choices through a `Chooser`, so they build the same shapes.

The sentences are the project's own; the shapes are the ones real archives have: paragraphs of any
length joined by one or two line breaks (LF, CRLF or CR), tabs, lists, Markdown tables and headings, HTML
tags and entities left by a scraper, a URL with figures in it, very long lines and very long numbers.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Protocol, TypeVar

from hypothesis import strategies as st

T = TypeVar("T")

SUBJECTS = ("Der Konzern", "Das Unternehmen", "Keltron", "die stadt", "Die Regierung", "Norvia AG")
VERBS = ("meldete", "investiert", "erwartet", "zahlte", "steigerte den Umsatz auf", "verlor")
QUALIFIERS = ("", "rund ", "etwa ", "bis zu ", "mindestens ", "knapp ", "über ", "gut ", "~", "> ")
NUMBERS = ("3", "4,2", "12.500", "1.234.567,89", "0,5", "352'190", "1\u2019480\u2019250", "153.7", "10-12", "drei")
SCALES = ("", " Mio.", " Millionen", " Mrd.", " Milliarden", " Bio.", " Tsd.", "Mio", " Mrd")
CURRENCIES = (" Euro", " EUR", " €", " Dollar", " US-Dollar", " Franken", " Yuan", " Yen", "", " Kronen", " DM")
PERIODS = ("", " im Jahr 2023", " im dritten Quartal", " pro Monat", " jährlich", " im ersten Halbjahr 2024")
ENDINGS = (".", ",", ";", " –", "!", "?", "", ":")
SEPARATORS = ("\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n\n\n", "\t", "\n\t", " \n ", "\u2028", "\x0c")
HTML = ("<p>", "</p>", "<br>", "<br/>", "</div>", "&nbsp;", "&euro;", "&#8364;", "&amp;", "<b>", "</b>", "&lt;")
URLS = ("https://example.org/1-5-mrd-euro-fuer-werk", "www.example.de/2024/03/12,5-millionen", "<a href='/x?id=42'>")
NOISE = ("0,5.3", "();[]{}", "–-—/", "\\'’\"„“", "%€$£¥", " \t\n", "abc xyz", "ÄÖÜäöüß", "Mio.", "Mrd. Euro", "7 ")
DIGIT_RUNS = ("7", "12", "1.000", "000 ", "5,5", "1'", "9.", "3 ")


class Chooser(Protocol):
    """The two choices a document is made of (`random.Random` has both)."""

    def randint(self, a: int, b: int) -> int:
        """An integer from a to b, both included."""
        ...

    def choice(self, seq: Sequence[T]) -> T:
        """One element of a non-empty sequence."""
        ...


class Drawn:
    """A `Chooser` that draws from hypothesis, so that a failing document shrinks."""

    def __init__(self, draw: st.DrawFn) -> None:
        self._draw = draw

    def randint(self, a: int, b: int) -> int:
        """An integer drawn from a to b."""
        return self._draw(st.integers(a, b))

    def choice(self, seq: Sequence[T]) -> T:
        """An element drawn from `seq`."""
        return self._draw(st.sampled_from(seq))


def amount(c: Chooser) -> str:
    """A figure with or without qualifier, scale, currency and period."""
    return c.choice(QUALIFIERS) + c.choice(NUMBERS) + c.choice(SCALES) + c.choice(CURRENCIES) + c.choice(PERIODS)


def sentence(c: Chooser) -> str:
    """A sentence with a money figure, now and then with a web remnant inside."""
    words = [c.choice(SUBJECTS), c.choice(VERBS), amount(c)]
    if c.randint(0, 3) == 0:
        words.insert(c.randint(0, len(words)), c.choice(HTML + URLS))
    return " ".join(words) + c.choice(ENDINGS)


def block(c: Chooser) -> str:  # noqa: PLR0911 - one return per shape of block
    """A paragraph, list, table, heading, long line or long number."""
    shape = c.randint(0, 9)
    if shape <= 3:
        return " ".join(sentence(c) for _ in range(c.randint(1, 6)))
    if shape == 4:
        mark = c.choice(("- ", "• ", "* ", "1. ", "a) ", "· "))
        return "\n".join(mark + amount(c) for _ in range(c.randint(1, 5)))
    if shape == 5:
        rows = [f"| {2019 + k} | {amount(c)} | {amount(c)} |" for k in range(c.randint(1, 4))]
        return "\n".join(["| Jahr | Umsatz | Gewinn |", "|---|---:|---:|", *rows])
    if shape == 6:
        return c.choice(("# ", "## ", "### ", "")) + c.choice(SUBJECTS) + ": " + amount(c)
    if shape == 7:
        return "".join(c.choice(NOISE) * c.randint(1, 60) for _ in range(c.randint(0, 40)))
    if shape == 8:
        digits = "".join(c.choice(DIGIT_RUNS) * c.randint(1, 2000) for _ in range(c.randint(1, 3)))
        return c.choice(("", "Preis: ", "rund ")) + digits + c.choice(SCALES) + c.choice(CURRENCIES)
    return c.choice(HTML) + sentence(c) + c.choice(HTML)


def document(c: Chooser) -> str:
    """A document of up to twelve blocks, each followed by a separator."""
    parts: list[str] = []
    for _ in range(c.randint(0, 12)):
        parts.append(block(c))
        parts.append(c.choice(SEPARATORS))
    return "".join(parts)


@st.composite
def documents(draw: st.DrawFn) -> str:
    """The hypothesis strategy of documents."""
    return document(Drawn(draw))


def seeded(seed: int) -> str:
    """The document of a seed, for the fuzz script (`random.Random` is a `Chooser`)."""
    return document(random.Random(seed))  # noqa: S311 - reproducible test input, not cryptography
