"""What a figure of a budget is for: "Größter Posten ist die Bildung mit 4,1 Mrd. Euro", "für Verteidigung".

Reports of one budget tell its items by the area each funds (check.toml [check_words] purposes): two figures
for one area in two reports of one story are one item (the shared area weighs as evidence there,
`AREA_WEIGHT`: it says which item of one budget, not which budget), and a figure for one area is not one for
another. An area is named as what the money is for after "für" or "in"
(`area_leads`), before "mit" (`area_after`), or opening a compound a budget's word closes
(`area_heads`: "Verteidigungsausgaben", "Bildungsetat"); alone it may be who acts ("schätzt die Polizei").
Where no area is named, a compound before the figure may name the kind of cost it is (`kind_heads`: "Die
Personalkosten stiegen auf ..." is for "personal", "die Energiekosten" for "energie").
"""

from __future__ import annotations

import functools
import re

from aifigures.check.context import RARE_FROM
from aifigures.check.vocabulary import check_words as words

__all__ = ["AREA_WEIGHT", "purpose_of"]

AREA_WEIGHT = 2 * RARE_FROM
"""What two figures of reports of one story both for one area weigh: two rare words."""


def purpose_of(text: str, clause: tuple[int, int], figures: tuple[int, list[tuple[int, int]]]) -> str | None:
    """The area a figure's clause names as what its money is for, lower case, or None.

    `figures`: the figure's index among the spans of the text's figures. The words after it up to the next
    figure are its own first ("14 Mio. Euro in die Forschung und 43 Mio. Euro in den Vertrieb"); those before it
    only where no figure of the clause stands before them ("Für Bildung sind 4,1 Mrd. vorgesehen"): after
    another figure they are that one's.
    """
    i, spans = figures
    (start, end), (c_lo, c_hi) = spans[i], clause
    after = _area(text, end, min(c_hi, spans[i + 1][0]) if i + 1 < len(spans) else c_hi)
    if after is not None and after != _leading(text, spans, i + 1):
        return after
    if i > 0 and spans[i - 1][1] > c_lo:  # the words before it lead it only where they lead into it
        return _leading(text, spans, i) or _kind(text, c_lo, start)  # ("Die Energiekosten ... um 9 auf 24 Mio.")
    return _area(text, c_lo, start) or _kind(text, c_lo, start)


def _kind(text: str, lo: int, hi: int) -> str | None:
    """The kind a compound before the figure names ("Die Personalkosten kletterten auf ...": "personal"), or None."""
    m = _kind_re().search(text, lo, hi) if lo < hi else None
    if m is None or m["kind"].lower() in words().kind_neutral:
        return None
    return m["kind"].lower()


@functools.cache
def _kind_re() -> re.Pattern[str]:
    from aifigures.check.metrics import alternation  # noqa: PLC0415 - metrics reads the facts that read this

    heads = alternation(words().kind_heads)
    return re.compile(rf"(?<![^\W\d_])(?P<kind>[^\W\d_]{{3,}}?)-?(?:{heads})(?![^\W\d_])", re.IGNORECASE)


def _leading(text: str, spans: list[tuple[int, int]], i: int) -> str | None:
    """The area named right before figure `i`, after the figure before it: that figure's lead, or None.

    "für die Polizei 720 Mio. und für die Hochschulen 610 Mio.": the Hochschulen are the 610's.
    """
    if not 0 < i < len(spans):
        return None
    m = _lead_re().search(text, spans[i - 1][1], spans[i][0])
    return None if m is None else _one_area(m["area"])


@functools.cache
def _lead_re() -> re.Pattern[str]:
    """An area after "für" or "in" right before a figure ("in die Forschung und 43 Mio.": the 14's before it)."""
    from aifigures.check.metrics import alternation  # noqa: PLC0415 - metrics reads the facts that read this

    w = words()
    areas, leads, articles = alternation(w.purposes), alternation(w.area_leads), alternation(w.area_articles)
    return re.compile(
        rf"(?<![^\W\d_])(?:{leads})\s+(?:(?:{articles})\s+)?(?P<area>{areas})\s*\Z",
        re.IGNORECASE,
    )


def _area(text: str, lo: int, hi: int) -> str | None:
    m = _purpose_re().search(text, lo, hi) if lo < hi else None
    if m is None:
        return None
    return _one_area(next(g for g in m.groups() if g is not None))


def _one_area(name: str) -> str:
    """An area by one name of it: "Bundeswehr" and "Verteidigung" are one area."""
    area = name.lower()
    return words().same_areas.get(area, area)


@functools.cache
def _purpose_re() -> re.Pattern[str]:
    from aifigures.check.metrics import alternation  # noqa: PLC0415 - metrics reads the facts that read this

    w = words()
    areas, heads = alternation(w.purposes), alternation(w.area_heads)
    leads, articles, after = alternation(w.area_leads), alternation(w.area_articles), alternation(w.area_after)
    return re.compile(
        rf"(?<![^\W\d_])(?:(?:{leads})\s+(?:(?:{articles})\s+)?({areas})(?![^\W\d_])"
        rf"|({areas})\s+(?:{after})(?![^\W\d_])"
        rf"|({areas})[^\W\d_]*?(?:{heads})(?![^\W\d_]))",
        re.IGNORECASE,
    )
