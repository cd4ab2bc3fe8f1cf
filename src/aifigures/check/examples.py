"""Worked examples: a sentence that tells what follows for a kind of person or household, from a basis it picks.

"Bei einer Monatsrente von 1.200 Euro sind das 49,20 Euro mehr", "Für einen Durchschnittsverdiener mit 3.500 Euro
brutto steigt der Beitrag um 7 Euro": another outlet may pick another basis, so such figures are no report of a
quantity (`aifigures.check.facts.Fact.example`); the words are check.toml example_openers, example_leads and
example_links. Two reports that work one example from the same basis ("Ein Haushalt mit 15.000 Kilowattstunden
spart 120 Euro im Jahr", "... mit 15.000 Kilowattstunden Verbrauch zahlt 120 Euro weniger im Monat") tell one
quantity, and are weighed as such (`bases_meet`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from aifigures.check.run import once_for
from aifigures.check.vocabulary import check_words as words

if TYPE_CHECKING:
    from aifigures.check.facts import Fact
    from aifigures.check.run import Run

__all__ = ["bases_meet", "example_basis", "works_example"]


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


def example_basis(f: Fact, run: Run) -> frozenset[str]:
    """The numbers a figure's sentence tells besides its money, as written without separators ("15000").

    For a worked example, its basis ("mit 15.000 Kilowattstunden"); read once a run.
    """

    def make() -> frozenset[str]:
        text = run.text(f.article)
        lo, hi = f.sentence
        money = [g.amount.span for g in run.of_article(f.article) if g.sentence == f.sentence]
        return frozenset(
            m.group().replace(".", "").replace(",", "")
            for m in _NUMBER.finditer(text, lo, hi)
            if not any(a <= m.start() < b for a, b in money)
        )

    return once_for(run, "example_basis", id(f), make)


def bases_meet(a: Fact, b: Fact, run: Run) -> bool:
    """Whether two figures may tell one quantity as far as examples go: neither is one, or both tell one basis.

    A worked example's sentence and the other figure's must tell the same numbers besides their money (`example_basis`).
    """
    if not (a.example or b.example):
        return True
    basis = example_basis(a, run), example_basis(b, run)
    return bool(basis[0]) and basis[0] == basis[1]


_NUMBER: Final = re.compile(r"(?<![\w.,])\d[\d.,]*\d|(?<![\w.,])\d")
"""A number as written, its separators inside it ("15.000", "3,5")."""
