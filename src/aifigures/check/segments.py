"""The segment of a company a figure's clause names: a division ("Pkw-Sparte") or a region ("in den USA").

Read with the figure's metric (`aifigures.check.metrics`); a segment's figure is kept apart from the company's
whole figure (`aifigures.check.facts.Fact.segment`).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from aifigures.check.metrics import alternation, metric_nouns
from aifigures.check.vocabulary import check_words as words

if TYPE_CHECKING:
    from aifigures.check.facts import Fact

__all__ = ["gapped_segment", "opening_segment", "segment_of"]


@functools.cache
def _segment_re() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in _heads_longest_first())
    links = alternation(words().segment_links)
    # a compound that ends in a head ("Pkw-Sparte", "Elektroniksparte"), or a head and a name ("Sparte Elektronik",
    # "das Geschäft mit Medizintechnik")
    return re.compile(
        rf"(?<![^\W\d_])(?:[^\W\d_][\w\-]*?(?i:{heads})|(?i:{heads})\s+(?:(?:{links})\s+)?[A-ZÄÖÜ][\w\-]*)"
        r"(?![^\W\d_])"
    )


def segment_of(  # noqa: PLR0913 - the clause, its names; the figures and the sentence by keyword
    text: str,
    c_lo: int,
    c_hi: int,
    names: frozenset[str] = frozenset(),
    *,
    figures: tuple[int, list[Span]] | None = None,
    sentence: int | None = None,
    regions: bool = True,
    lower_case: bool = False,
) -> str | None:
    """The segment of a company a clause names ("Die Pkw-Sparte kam auf ...", "der Sparte Elektronik"), or None.

    Or the region it tells a named company's figure for ("Korvex erzielte in den USA einen Umsatz von ...").
    `figures` (the figure's index among the spans of the text's figures) picks, of several regions in the
    clause, the figure's own: each region is the nearest figure's ("In Deutschland setzte Lindmark 9,9 Mrd.
    um, im Ausland 4,9 Mrd.", "Davon entfielen 9,9 Mrd. auf Deutschland und 4,9 Mio. auf das Ausland").
    A region that opens the `sentence` (its start) is the figure's where its clause names none. A segment after
    the figure with another figure between them is that one's. Without `regions`, a region is none: where a
    fine was imposed ("in Frankreich verurteilt") is no segment of the company's business. In text written
    in `lower_case`, which names no one, a region after the figure is its segment ("will 5 milliarden dollar
    in indien investieren").
    """
    generic = words().segment_generic
    for m in _segment_re().finditer(text, c_lo, c_hi):
        found = " ".join(m.group().lower().split())
        if found not in generic and (figures is None or not _after_another(m.start(), *figures)):
            return _segment_name(found)
    if not regions:
        return None
    places = [m for m in _region_re().finditer(text, c_lo, c_hi) if not _origin_of(text, m.start())]
    if not places and sentence is not None:  # "In China, wo Kessbach ein Fünftel umsetzt, sanken die Erlöse auf ..."
        opening = _region_re().match(text, sentence, c_lo)
        places = [opening] if opening is not None else []
    if not places:
        return None
    region = places[0] if figures is None or len(places) == 1 else _own_region(places, *figures, (c_lo, c_hi))
    place = " ".join(region.group("region").lower().split())
    others = {n for n in names if n not in place}
    after = lower_case and figures is not None and region.start() >= figures[1][figures[0]][1]
    # a region that is the clause's only name is its subject, but no one is "das Inland"
    always = place in words().relative_regions or place in words().channels
    return f"in {place}" if others or after or always else None


Span = tuple[int, int]


def gapped_segment(text: str, c_lo: int, start: int, before: Fact | None) -> str | None:
    """The segment an elliptic item names after an item of its sentence that names a division (`before`).

    "Die Sparte Automatisierung steuerte 8,1 Mrd. bei, die Energietechnik 6,7 Mrd. und die Medizintechnik 5,9
    Mrd.": an article and a capitalised noun alone before the figure (and the preposition of the verb left out: "die
    Klebstoffe auf 2,8 Mrd.") name another division. Not after a region; a metric's noun there ("das Ergebnis auf
    520 Mio.") tells another metric of the same division.
    """
    if before is None or before.segment is None or before.segment.startswith(_REGION_MARK):
        return None
    m = _gapped_re().fullmatch(text, max(c_lo, before.amount.span[1]), start)
    if m is None:
        return None
    if next(metric_nouns(m.group("name").lower()), None) is not None:
        return before.segment  # "steigerte den Umsatz auf 3,1 Mrd., das Ergebnis auf 520 Mio.": its other metric
    return m.group("name").lower()


def opening_segment(text: str, lo: int, start: int, before: Fact | None) -> str | None:
    """The division a sentence opens with, after a sentence of its paragraph about another division (`before`).

    "Die Sparte Automatisierung steigerte den Umsatz auf 3,1 Mrd. Die Medizintechnik setzte 2,2 Mrd. um": an article
    and a capitalised noun right before the verb name the next division, where the noun describes no subject ("Der
    Konzern"), names no metric ("Der Umsatz") and no person's role ("Der Vorstand").
    """
    if before is None or before.segment is None or before.segment.startswith(_REGION_MARK):
        return None
    if "\n\n" in text[before.amount.span[1] : lo]:
        return None  # another paragraph
    m = _opening_re().match(text, lo, start)
    if m is None:
        return None
    name = m.group("name").lower()
    w = words()
    if name in w.subject_nouns or name.endswith((*w.descriptor_heads, *w.person_roles)):
        return None
    return None if next(metric_nouns(name), None) is not None else name


@functools.cache
def _opening_re() -> re.Pattern[str]:
    return re.compile(rf"\s*(?i:{alternation(words().articles)})\s+(?P<name>[A-ZÄÖÜ][\w\-]*)\s+(?=[a-zäöüß])")


_REGION_MARK = "in "
"""How a region's segment begins ("in china"), as `segment_of` makes it."""


@functools.cache
def _gapped_re() -> re.Pattern[str]:
    w = words()
    joiners, articles, preps = (
        alternation(w.gapped_joiners),
        alternation(w.articles),
        alternation(w.gapped_prepositions),
    )
    return re.compile(
        rf"[\s,;]*(?:(?i:{joiners})\s+)?(?i:{articles})\s+(?P<name>[A-ZÄÖÜ][\w\-]*)\s*(?:(?i:{preps})\s+)?"
    )


def _segment_name(segment: str) -> str:
    """A segment by the word that tells it from others, a region's business as that region's.

    "medizintechnik" of "Medizintechnik-Sparte", "Sparte Medizintechnik" and "das Geschäft mit Medizintechnik";
    "in china" of "china-geschäft" and "usa-sparte", as "erzielte in China einen Umsatz von ..." tells it.
    """
    head = next((h for h in _heads_longest_first() if segment.endswith(h) and len(segment) > len(h)), None)
    core = segment[: -len(head)].rstrip("-") if head else segment.rsplit(maxsplit=1)[-1]
    if head and core.endswith("s") and core[:-1].endswith(tuple(words().linking_s_after)):
        core = core[:-1]  # "mobilitätssparte": mobilität, as "die Sparte Mobilität" tells it
    return f"in {core}" if core in words().regions else core


@functools.cache
def _heads_longest_first() -> tuple[str, ...]:
    return tuple(sorted(words().segment_heads, key=len, reverse=True))


def _origin_of(text: str, start: int) -> bool:
    """Whether a region at `start` tells where the noun right before it is from ("ein Sammler aus der Schweiz").

    A capitalised word that names no metric: the region is that one's origin, not a segment of the figure;
    "Erlöse aus dem Ausland" is one. After a verb of receiving, it is where what is received comes from ("erhält
    aus Japan einen Auftrag").
    """
    before = _LAST_WORD.search(text, max(0, start - _WORD_REACH), start)
    if before is None:
        return False
    led = text[before.end() :].split(maxsplit=1)[:1]
    if not led or led[0].lower() not in words().origin_leads:
        return False
    if before.group(1).lower() in words().receive_verbs:
        return True  # "Grevant erhält aus Japan einen Auftrag": where the order comes from
    return before.group(1)[:1].isupper() and next(metric_nouns(before.group(1).lower()), None) is None


_LAST_WORD = re.compile(r"([^\W\d_][\w-]*)\s+\Z")
_WORD_REACH = 60


def _after_another(start: int, i: int, spans: list[Span]) -> bool:
    """Whether a segment at `start` stands after the i-th figure with another figure between them.

    "Vom Umsatz von 12,4 Mrd. entfielen 5,6 Mrd. auf das Cloud-Geschäft": the segment is the 5,6's, not the
    whole's; one before the figures ("Die Pkw-Sparte kam auf 98 Mrd. Umsatz und 5 Mrd. Gewinn") is all of theirs.
    """
    end = spans[i][1]
    return start > end and any(end <= s[0] < start for s in spans)


def _own_region(regions: list[re.Match[str]], i: int, spans: list[Span], clause: Span) -> re.Match[str]:
    """Of several regions in a clause, the one nearest to the i-th figure of those nearest to it, else the nearest."""
    here = spans[i]
    inside = [s for s in spans if clause[0] <= s[0] < clause[1]]

    def gap(m: re.Match[str], span: Span) -> int:
        return max(span[0] - m.end(), m.start() - span[1])

    own = [m for m in regions if min(inside, key=lambda s: gap(m, s), default=here) == here]
    return min(own or regions, key=lambda m: gap(m, here))


@functools.cache
def _region_re() -> re.Pattern[str]:
    w = words()
    regions, leads = alternation([*w.regions, *w.channels]), alternation(w.region_leads)
    return re.compile(rf"(?i)(?<![^\W\d_])(?:{leads})\s+(?P<region>{regions})(?![^\W\d_])")
