"""Worked examples: a sentence that tells what follows for a kind of person or household, from a basis it picks.

"Bei einer Monatsrente von 1.200 Euro sind das 49,20 Euro mehr", "Für einen Durchschnittsverdiener mit 3.500 Euro
brutto steigt der Beitrag um 7 Euro": another outlet may pick another basis, so such figures are no report of a
quantity (`aifigures.check.facts.Fact.example`); the words are check.toml example_openers, example_leads and
example_links.
"""

from __future__ import annotations

import re
from typing import Final

from aifigures.check.vocabulary import check_words as words

__all__ = ["works_example"]


def works_example(text: str, lo: int, first_figure: int) -> bool:
    """Whether a sentence opens as a worked example, its first clause holding its first figure, the example's basis.

    It opens with a phrase of example_openers ("Wer bisher eine Rente von 1000 Euro erhält, bekommt ..."; not "Wer
    eine Wohnung mietet, zahlt im Schnitt 840 Euro", the average all pay), or with a lead of example_leads, an
    indefinite article, a noun and a link of example_links ("Für einen Durchschnittsverdiener mit 3.500 Euro ...").
    """
    w = words()
    opening = " ".join(text[lo:first_figure].lower().split())
    if _CLAUSE_MARK.search(opening) is not None:
        return False
    told = opening.split()  # "Für einen Durchschnittsverdiener mit 3.500 Euro brutto ...": a lead, an article, a noun
    kind = len(told) > _LINK and told[0] in w.example_leads and told[1] in w.indefinite_articles
    return (kind and told[_LINK] in w.example_links) or any(opening.startswith(p + " ") for p in w.example_openers)


_LINK: Final = 3
"""Where the link stands in "für einen Durchschnittsverdiener mit": after a lead, an article and a noun."""


_CLAUSE_MARK: Final = re.compile(r"[,;:–—]")
