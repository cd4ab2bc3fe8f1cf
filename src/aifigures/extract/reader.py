"""Text to amounts: find every money amount in German text (`extract`) or read one (`parse`).

The steps are in `aifigures.extract.amounts` (scan, grammar, sentence-level repair, stated periods);
they are compiled with mypyc where the installing machine has a C compiler (hatch_build.py,
docs/benchmarks.md); this module, the public entry, stays plain Python so that its checks and messages
are the same in either build.
"""

from __future__ import annotations

import bisect
import html
import itertools
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from aifigures.errors import ParseError
from aifigures.extract.amounts import read_amounts
from aifigures.extract.lexicon import german
from aifigures.extract.matchers import forget_lowered

if TYPE_CHECKING:
    from aifigures.amount import Amount

__all__ = ["as_read", "extract", "parse"]

# Web text carries characters inside words and numbers that change nothing in what they say: soft hyphens
# and zero-width characters ("Mil\u00adliar\u00adden") are read as absent, and the rarer spaces (thin,
# figure, en and em spaces: "1\u2009000 Euro") as a space. Spans still slice the text as given.
_INVISIBLE: Final = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_RARE_SPACES: Final = "\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u205f"
# Swiss text groups thousands with any apostrophe-like mark ("Fr. 1‘480‘250", "352ʼ190 Franken"): read
# as the plain one
_RARE_APOSTROPHES: Final = "\u2018\u02bc\u2032\u00b4"
_AS_SPACE: Final = dict.fromkeys(map(ord, _RARE_SPACES), " ") | dict.fromkeys(map(ord, _RARE_APOSTROPHES), "'")
_INVISIBLE_RE: Final = re.compile(f"[{_INVISIBLE}]")
_WRAP_MIN: Final = 40  # hard-wrapped text is wrapped at this many characters or more ...
_WRAP_MAX: Final = 120  # ... and at most this many
_BROKEN_WORD: Final = re.compile(r"([^\W\d_]+)-\Z")  # a word broken at the end of a line
# a line that starts a list item, a Markdown heading or a table row continues no wrapped line
_ITEM: Final = re.compile(r"\s*(?:[-–•*·|]|\d{1,2}[.)]|#+)\s")
_CELL_MARKS: Final = "|\t"
"""A line with a bar or a tab is a table's row (cells between bars or tabs only: "Personal | 412,5"), not wrapped."""


def _row(line: str, nxt: str) -> bool:
    """Whether either of two lines is a table's row (`_CELL_MARKS`, or cells aligned by runs of spaces)."""
    return any(c in line or c in nxt for c in _CELL_MARKS) or any(_SPACED_ROW.search(x) for x in (line, nxt))


_SPACED_ROW: Final = re.compile(r"\S {3,}[-−]?\d[\d.,]*(?= {2,}|\s*$)")
"""Cells aligned by spaces: a number alone in a cell after three or more ("Umsatz      812      774")."""


def extract(text: str, *, default_currency: str | None = "EUR") -> list[Amount]:
    """Every money amount in `text`, in order of position; ``[]`` when there is none.

    `default_currency` is assumed for a scaled figure that names no currency in a sentence that names
    none either but calls it money ("über 6 Milliarden Umsatz"); such amounts have
    ``currency_inferred=True``. Pass None to leave their currency unset.

    >>> [str(a.value) for a in extract("Baidu investierte 4,2 Milliarden Yuan, Alibaba rund 23 Mrd. Yuan.")]
    ['4200000000', '23000000000']
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str, got {type(text).__name__}: {text!r:.80}")
    try:
        read = as_read(text)
        for c in _INVISIBLE:  # `in` per character: far faster than a regex class on long text
            if c in read:
                return _read_through_invisible(text, read, default_currency)
        if read is text:
            return read_amounts(text, default_currency)
        return [replace(a, text=text[a.span[0] : a.span[1]]) for a in read_amounts(read, default_currency)]
    finally:
        forget_lowered()  # the lower-cased copy serves this call only: a long text is not kept alive


def as_read(text: str) -> str:
    """`text` as `extract` reads its context, as long as `text`.

    Hard-wrapped lines joined, HTML entities and letters of a wrongly decoded text read as the characters
    they stand for, rare spaces plain.

    For the words around an amount (its sentence, its clause), which a wrapped line would cut short.
    """
    read = _unwrapped(text) if "\n" in text else text
    if "&" in read:
        read = _entities(read)
    if "<" in read:
        read = _TAG.sub(_no_tag, read)
    for c in _MOJIBAKE_LEADS:
        if c in read:
            read = _MOJIBAKE.sub(_one_letter, read)
            break
    for c in _RARE_SPACES + _RARE_APOSTROPHES:
        if c in read:
            return read.translate(_AS_SPACE)
    return read


_ENTITY_FILL: Final = "\u2060"  # a word joiner fills the rest of an entity (a zero-width space joins words)
_ENTITY: Final = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _entities(text: str) -> str:
    """HTML entities left by a scraper read as their character ("5&nbsp;Mio.&nbsp;Euro", "300 &euro;").

    The character stands where the entity began and invisible characters fill the rest of it, so that the
    text keeps its length and every span still slices the text as given.
    """

    def one(m: re.Match[str]) -> str:
        char = html.unescape(m.group())
        if len(char) != 1 or char == m.group():
            return m.group()  # not an entity of one character: left as written
        char = " " if char == "\u00a0" else char
        return char + _ENTITY_FILL * (len(m.group()) - 1)

    return _ENTITY.sub(one, text)


_TAG: Final = re.compile(r"</?([A-Za-z][A-Za-z0-9]{0,9})(?:\s[^<>]{0,300})?/?>")
"""An HTML tag left by a scraper ("<p>", "</b>", '<a href="...">'); a "<" before a space or digit is none."""
_BLOCK_TAGS: Final = frozenset(
    {"p", "br", "div", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section"}
    | {"article", "header", "footer", "blockquote"}
)


def _no_tag(m: re.Match[str]) -> str:
    """An HTML tag read as blanks of its length; one that ends a block ("</p><p>") as a line break first.

    The words of a tag (a link's address) are no text of the article, and a paragraph's end ends a sentence.
    """
    return ("\n" if m.group(1).lower() in _BLOCK_TAGS else " ") + " " * (len(m.group()) - 1)


def _mojibake_table() -> dict[str, str]:
    """The letters of German text as they read when its UTF-8 was decoded in another code page.

    A scraper that takes UTF-8 for Windows-1252 writes "Ã¼ber" for "über" and "â‚¬" for "€"; for
    Windows-1250 "ĂĽber", for ISO 8859-16 "ĂŒber", for Mac Roman "√ºber". Where two code pages give one
    sequence for two letters, the letter earlier in `_LETTERS` (German first) wins.
    """
    table: dict[str, str] = {}
    for letter in _LETTERS:
        for page in _CODE_PAGES:
            try:
                wrong = letter.encode("utf-8").decode(page)
            except UnicodeDecodeError:
                continue
            if len(wrong) > 1 and not any(c.isspace() for c in wrong):
                table.setdefault(wrong, letter)
    return table


_LETTERS: Final = "äöüÄÖÜßẞ€„“”‚‘’–—…éèêëáàâçñíìîóòôúùûÉÈÁÀÇÑ°§²³µ½¼¾«»·×÷"
_CODE_PAGES: Final = ("cp1252", "latin-1", "cp1250", "iso8859_16", "mac_roman")
_MOJIBAKE_TABLE: Final = _mojibake_table()
_MOJIBAKE: Final = re.compile("|".join(map(re.escape, sorted(_MOJIBAKE_TABLE, key=len, reverse=True))))
_MOJIBAKE_LEADS: Final = "".join(sorted({wrong[0] for wrong in _MOJIBAKE_TABLE}))


def _one_letter(m: re.Match[str]) -> str:
    """A letter read from its mis-decoded bytes, where they began; invisible characters fill the rest."""
    return _MOJIBAKE_TABLE[m.group()] + _ENTITY_FILL * (len(m.group()) - 1)


def _unwrapped(text: str) -> str:
    r"""`text` with the line breaks inside hard-wrapped paragraphs read as spaces, else `text` itself.

    Text wrapped at a fixed width (mail, exports of web pages) breaks sentences and amounts across lines
    ("5\nMilliarden Euro"), and a line break ends a sentence. Such text has no line over `_WRAP_MAX`
    characters (bar one, a title) and most lines near its width; there a break after a line near full is
    a space, and a blank line, a list item ("- ", "• ", "2. "), a heading ("## ") or a table row ("| ",
    or a line with bars or tabs between its cells) still starts a new line. A word broken at a hyphen is
    joined: a noun part keeps its hyphen ("Netto-Cash-" "Position"), a lower-case rest drops it ("Inves-"
    "tition"; "us-" "dollar" in lower case keeps it); the characters dropped become invisible ones, which
    `extract` reads as absent. The length is kept.
    """
    lengths: list[int] = []
    start, long_lines = 0, 0
    pos = text.find("\n")
    while pos >= 0:  # early out: text with a paragraph per line has long lines from the first
        if pos - start > _WRAP_MAX:
            long_lines += 1
            if long_lines > 1:
                return text
        lengths.append(pos - start)
        start = pos + 1
        pos = text.find("\n", start)
    lengths.append(len(text) - start)
    width = max((n for n in lengths if n <= _WRAP_MAX), default=0)  # no short line: not wrapped
    full = 0.6 * width
    written = [n for n in lengths if n > 0]
    if len(written) < 3 or width < _WRAP_MIN or 2 * sum(n >= full for n in written) < len(written):
        return text
    lines = text.split("\n")
    out: list[str] = []
    joined = False
    for line, nxt in itertools.pairwise(lines):
        if not (full <= len(line) <= _WRAP_MAX and nxt.strip()) or _ITEM.match(nxt) or _row(line, nxt):
            out.append(line + "\n")
            continue
        joined = True
        body = line.removesuffix("\r")
        gap = len(line) - len(body) + 1  # the line break, with the carriage return before it
        broken = _BROKEN_WORD.search(body)
        if broken is not None and nxt[:1].isalpha():
            # a syllable break splits a noun ("Mil-" "liarden"); "us-" "dollar" (lower case) is a compound
            syllable = broken.group(1)[0].isupper() and nxt[0].islower()
            out.append((body[:-1] + "\u00ad" if syllable else body) + "\u200b" * gap)
        else:
            out.append(body + " " * gap)
    out.append(lines[-1])
    return "".join(out) if joined else text


def _read_through_invisible(text: str, read: str, default_currency: str | None) -> list[Amount]:
    """Read `read` (`text` as read, as long) without its invisible characters; give the spans in `text`.

    `period_text` keeps the words as read (without soft hyphens), so that normalisation reads them.
    """
    gone = [m.start() for m in _INVISIBLE_RE.finditer(read)]
    clean = _INVISIBLE_RE.sub("", read)
    marks = [g - k for k, g in enumerate(gone)]  # where in `clean` each removed character stood

    def span(start: int, end: int) -> tuple[int, int]:
        first = start + bisect.bisect_right(marks, start)
        last = end - 1 + bisect.bisect_right(marks, end - 1) + 1 if end > start else first
        while read[last : last + 1] == _ENTITY_FILL:  # the rest of an entity the amount ends with ("&euro;")
            last += 1
        return first, last

    out: list[Amount] = []
    for a in read_amounts(clean, default_currency):
        start, end = span(*a.span)
        stated = None if a.period_span is None else span(*a.period_span)
        out.append(replace(a, text=text[start:end], span=(start, end), period_span=stated))
    return out


def parse(fragment: str) -> Amount:
    """Exactly one amount covering `fragment` (qualifier words and a stated period allowed).

    >>> a = parse("23 Milliarden Yuan im ersten Halbjahr 2024")
    >>> a.value, a.currency, str(a.period)
    (Decimal('23000000000'), 'CNY', 'half_year')
    >>> parse("23 Milliarden Yuan für Chips")
    Traceback (most recent call last):
    ...
    aifigures.errors.ParseError: 'für' is not part of the amount in '23 Milliarden Yuan für Chips'
        23 Milliarden Yuan für Chips
                           ^
    """
    if not isinstance(fragment, str):
        raise TypeError(f"parse() takes a str, got {type(fragment).__name__}: {fragment!r}")
    amounts = extract(fragment)
    if not amounts:
        m = re.search(r"\S+", fragment)
        pos = m.start() if m else 0
        raise ParseError(fragment, pos, "no money amount found")
    if len(amounts) > 1:
        second = amounts[1]
        raise ParseError(fragment, second.span[0], f"{len(amounts)} amounts found, expected one")
    amount = amounts[0]
    if amount.currency is None:
        raise ParseError(fragment, amount.span[0], "the amount names no currency")
    covered = [amount.span] if amount.period_span is None else [amount.span, amount.period_span]
    lex = german()
    covered.extend((m.start(), m.end()) for m in lex.period_re.finditer(fragment))
    covered.extend((m.start(), m.end()) for m in lex.year_re.finditer(fragment))
    for m in re.finditer(r"[^\s()\[\],;:.!?]+", fragment):
        if not any(s <= m.start() and m.end() <= e for s, e in covered):
            raise ParseError(fragment, m.start(), f"{m.group()!r} is not part of the amount")
    return amount
