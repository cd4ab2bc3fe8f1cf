"""One figure for each of several: "Keltron und Aldona investieren jeweils 3 Mrd.", "in drei Raten zu je 800 Euro".

How many a figure stands for, read with the article (`aifigures.check.facts.build_facts`); the rule on parts
and totals multiplies it out (`aifigures.check.rules.af103_parts_total`).
"""

from __future__ import annotations

import functools
import re

from aifigures.check.metrics import alternation
from aifigures.check.names import names_of
from aifigures.check.vocabulary import check_words as words

__all__ = ["counted_exactly", "multiplicity", "stated_count"]


def multiplicity(text: str, where: tuple[int, int], start: int) -> int:
    """One figure for each of the names joined before "jeweils", or of the parts a count names.

    "Alibaba und Tencent jeweils 23 Mrd." (two), "in drei Raten zu je 800 Euro" (three: `stated_count`).
    `where`: the starts of the figure's sentence and clause; names listed with commas before the clause count
    too ("Keltron, Aldona und Norvia investieren jeweils 600 Mio.": three).
    """
    return _count(text, where, start)[0]


def counted_exactly(text: str, where: tuple[int, int], start: int) -> bool:
    """Whether the text says how many a "jeweils" figure stands for: a count or two names or more (`multiplicity`).

    Not where no name is joined ("Die Konzerne investieren jeweils 3 Mrd."), where it stands for two or more.
    """
    return _count(text, where, start)[1]


def _count(text: str, where: tuple[int, int], start: int) -> tuple[int, bool]:
    """How many a figure stands for (`multiplicity`) and whether the text says so (`counted_exactly`)."""
    lo, c_lo = where
    c_lo = lo if c_lo > lo and _names_listed().fullmatch(text, lo, c_lo) else c_lo
    before = text[c_lo:start]
    m = re.search(r"(?<![^\W\d_])(" + "|".join(map(re.escape, words().distributive)) + r")\s*\Z", before)
    if m is None:
        return 1, True
    count = stated_count(text, c_lo, start)
    if count is None:
        count = _counted_subject(text, c_lo, c_lo + m.start())
    if count is not None:
        return count, True
    named = _named_conjuncts(text, c_lo, c_lo + m.start())
    return max(2, named), named >= _SEVERAL  # "jeweils" stands for two or more


_SEVERAL = 2


def _named_conjuncts(text: str, lo: int, hi: int) -> int:
    """How many of the stretch's parts joined by a comma, "und" or "sowie" name someone.

    A name of several words is one: "Eintracht Moorfeld und SV Lindental erhalten jeweils" (two).
    """
    if not names_of(text, lo, hi):
        return 0
    cuts = [lo, *(x for m in _conjunction_re().finditer(text, lo, hi) for x in m.span()), hi]
    return sum(1 for a, b in zip(cuts[::2], cuts[1::2], strict=True) if names_of(text, a, b))


@functools.cache
def _conjunction_re() -> re.Pattern[str]:
    return re.compile(rf"\s*,\s*|\s+(?:{alternation(words().name_joiners)})\s+")


def stated_count(text: str, c_lo: int, start: int) -> int | None:
    """The number of equal parts a count names right before a figure: "in zwei Raten zu je 800 Euro" (2).

    A word that leads a split ("in", "auf": `split_leads`), a numeral and a noun, a preposition that may join
    them to the figure (`count_joiners`), then "je" or "jeweils" (`distributive`); None where the words before
    the figure are not of that shape.
    """
    from aifigures.extract.numbers import numeral_value  # noqa: PLC0415 - shares the numeral cache

    m = _count_re().search(text, c_lo, start)
    if m is None:
        return None
    n = int(m["n"]) if m["n"].isdigit() else numeral_value(m["n"].lower())
    return int(n) if n is not None and int(n) == n and 1 < n < _MOST_PARTS else None


_MOST_PARTS = 100


def _counted_subject(text: str, lo: int, hi: int) -> int | None:
    """The number a clause's subject counts before "jeweils": "Die drei Gewinner erhalten jeweils 5.000 Euro" (3).

    A numeral or a small number, perhaps an adjective, and a capitalised noun; not a year or a figure.
    """
    from aifigures.extract.numbers import numeral_value  # noqa: PLC0415 - shares the numeral cache

    for m in _COUNTED.finditer(text, lo, hi):
        n = int(m["n"]) if m["n"].isdigit() else numeral_value(m["n"].lower())
        if n is not None and int(n) == n and 1 < n < _MOST_PARTS:
            return int(n)
    return None


_COUNTED = re.compile(
    r"(?<![\w.,])(?=(?P<n>\d{1,2}|[^\W\d_]+)\s+(?:[^\W\d_][\w-]*\s+){0,2}?(?:[a-zäöüß][\w-]*(?:e|en|er|es|em)\s+)?"
    r"[A-ZÄÖÜ][\w-]*(?![\w.,]))"
)
"""A count and what it counts ("drei Gewinner", "zwei große Kliniken"), perhaps with an adjective between, and
words before it ("die drei vom Hochwasser betroffenen Länder"); tried at each word (the match is empty)."""


@functools.cache
def _count_re() -> re.Pattern[str]:
    w = words()
    each, joiners, leads = alternation(w.distributive), alternation(w.count_joiners), alternation(w.split_leads)
    return re.compile(
        rf"(?<![^\W\d_])(?i:{leads})\s+(?P<n>\d{{1,2}}|[^\W\d_]+)\s+[A-ZÄÖÜ][\w-]*\s+"
        rf"(?:(?:{joiners})\s+)?(?:{each})\s*\Z"
    )


@functools.cache
def _names_listed() -> re.Pattern[str]:
    """Capitalised words each followed by a comma: names listed before the last two ("A, B und C").

    Perhaps after an article and the noun they are of ("Die Städte Arnfeld, Bollbach, Cranz und Deltow"), a count
    or an adjective between them ("Die drei Länder Saxonia, Thurland und Brandmark").
    """
    articles = alternation(words().articles)
    return re.compile(rf"(?:\s*(?i:{articles})\s+(?:[a-zäöüß][\w-]*\s+)?[A-ZÄÖÜ][\w-]*)?(?:\s*[A-ZÄÖÜ][\w-]*\s*,)+\s*")
