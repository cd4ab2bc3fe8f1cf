"""The same period a year before: words that make a figure last year's ("nach 845 Mio. im Vorjahreszeitraum").

Read by `aifigures.extract.continuation`: after a figure ("812 Mio. Euro, nach 845 Mio. im Vorjahreszeitraum"), in
a label before it ("1,42 Mrd. Euro (Vorjahr: 1,18 Mrd. Euro)"), opening its clause ("ein Jahr zuvor waren es ..."),
or opening its sentence ("Im Vorjahr hatte Orvalon im dritten Quartal 2,1 Mrd. Euro umgesetzt").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from aifigures.extract.parts_of_year import SUB_YEAR
from aifigures.years import YEAR_ALONE

if TYPE_CHECKING:
    from aifigures.amount import Period
    from aifigures.extract.lexicon import Lexicon

Stated = tuple[int, int, "Period"]

__all__ = ["as_year_before", "opens_year_before", "part_a_year_before", "year_before", "year_before_label"]


def part_a_year_before(text: str, lo: int, own: Stated | None, lex: Lexicon) -> Stated | None:
    """A figure's own quarter, half-year or months in a sentence that opens with the year before: that one's.

    "Im Vorjahr hatte Orvalon im dritten Quartal 2,1 Mrd. Euro umgesetzt": the third quarter of the year
    before; the period's words then run from the opening ("Im Vorjahr ... im dritten Quartal"), which places it.
    """
    if own is None or own[2].kind not in SUB_YEAR or YEAR_ALONE.search(text, own[0], own[1]) is not None:
        return own
    opening = lex.same_period_before_re.match(text, lo)
    if opening is None or opening.end() > own[0]:
        return own
    return opening.end() - len(opening.group().lstrip()), own[1], own[2]


def opens_year_before(text: str, lo: int, start: int, lex: Lexicon) -> bool:
    """Whether a sentence opens with words of the same period a year before, up to its figure at `start`."""
    opening = lex.same_period_before_re.match(text, lo)
    return opening is not None and opening.end() <= start


def as_year_before(text: str, lo: int, start: int, before: Stated, lex: Lexicon) -> Stated:
    """The period a sentence from `lo` takes from the figure before, a year before where its words say so.

    "Im Vorjahreszeitraum hatte der Gewinn noch bei 2,5 Mrd. Euro gelegen", "Der Gewinn lag im
    Vorjahreszeitraum bei 2,5 Mrd. Euro": the words before the figure at `start`.
    """
    said = lex.same_period_before_re.search(text, lo, start)
    if said is None:
        return before
    return said.end() - len(said.group().lstrip()), said.end(), before[2]


def year_before(text: str, where: tuple[int, int, int], lex: Lexicon) -> tuple[int, int] | None:
    """The words that make a figure the same period's a year before the figure before it, where they stand.

    After it: "812 Mio. Euro, nach 845 Mio. im Vorjahreszeitraum"; a label before it: "1,42 Mrd. Euro
    (Vorjahr: 1,18 Mrd. Euro)"; opening its clause after the figure before: "1,1 Mrd. Euro, ein Jahr zuvor waren
    es 1,9 Mrd.". `where`: the end of the figure before, this one's start and end.
    """
    before_end, start, end = where
    same = lex.same_period_before_re.match(text, end)
    if same is not None:
        return same.end() - len(same.group().lstrip()), same.end()
    opened = _CLAUSE_OPENS.match(text, before_end, start)
    same = None if opened is None else lex.same_period_before_re.match(text, opened.end(), start)
    if same is not None:
        return same.end() - len(same.group().lstrip()), same.end()
    label = year_before_label(text, before_end, start, lex)
    return None if label is None else (label.start("label"), label.end("label"))


def year_before_label(text: str, end: int, start: int, lex: Lexicon) -> re.Match[str] | None:
    """The label of the year before that opens parentheses between two figures ("5,2 Mrd. Euro (Vorjahr: 4,9)")."""
    label = _LABEL.match(text, end, start)
    return label if label is not None and lex.labels_year_before(label["label"]) else None


_CLAUSE_OPENS: Final = re.compile(r"[^\w.!?]{0,3}(?:\s[^\W\d_]+){0,4}\s*[,;–—]\s*")
"""What may stand between a figure and a clause after it: a few words ("erzielt", "Eigenanteil pro Monat") and the
mark that opens it."""
_LABEL: Final = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s*\(\s*(?P<label>[^():]{1,30}?)\s*:?\s*\Z")
"""A label that opens parentheses right before a figure ("(Vorjahr: ", "(Vj. "), a verb or two after the figure
before allowed ("48,2 Mio. Euro erzielt (Vorjahr: 51,0 Mio. Euro)")."""
