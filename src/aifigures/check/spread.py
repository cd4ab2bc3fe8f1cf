"""How widely a word stands in the corpus being checked: a story's word, or a whole beat's.

A word of a few reports of one story ("Nordbank") tells which reports are of one story; one that many articles share
("Erträge", "Nettogewinn", "Quartal" on a day of banks' reports) tells nothing of which, however rare it is in
German at large.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["STORY_ARTICLES", "generic", "spread"]

STORY_ARTICLES = 6
"""Up to how many articles a word may stand in and keep its whole weight: the outlets of one story."""


def spread(articles: int) -> float:
    """How much of its weight a word keeps that stands in this many articles of the corpus.

    A word of a few reports of one story keeps it all; one that many articles share ("Umsatz", "Quartal" in
    a business archive) is common here, however rare it is in German at large.
    """
    return float(min(1.0, (STORY_ARTICLES / articles) ** 0.5))


def generic(shared: frozenset[str], articles: Mapping[str, int]) -> bool:
    """Whether the words two figures' contexts share (years aside) all stand in more articles than one story has.

    Six banks' reports of one day share "Erträge", "Nettogewinn" and "Quartal" with each other as with their own
    outlets' reports: such words alone link no two of them. (No word shared at all is no evidence of this kind.)
    """
    told = [w for w in shared if not w.isdigit()]
    return bool(told) and all(articles[w] > STORY_ARTICLES for w in told)
