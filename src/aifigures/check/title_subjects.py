"""Two figures whose shared names are only their titles' nouns, each about a subject the other never mentions.

"Trebon: Stellenabbau" and "Yelva: Stellenabbau" over "Der Nettogewinn lag bei 664 Mio. Euro" in two reports:
each figure takes its title's names, and the two share "Stellenabbau"; but each names a company the other
report never mentions, so they are two companies' figures, not one figure told twice. Not where a report tells a
shared name more than once: that is its subject, and a title's other nouns ("Medizintechnik: Sanvora mit
Umsatzrückgang", "Sanvora-Aktie bricht ein") are topics.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aifigures.check.names import identifies, lead_names
from aifigures.check.run import once_for

if TYPE_CHECKING:
    from aifigures.check.facts import Fact
    from aifigures.check.run import Run

__all__ = ["lead_names_of", "titled_apart", "two_titled_subjects"]


def two_titled_subjects(a: Fact, b: Fact, run: Run) -> bool:
    """Whether two figures sharing a name, one taking its names from its title, each name one the other never tells.

    Where both sentences name someone, their own names are weighed (`aifigures.check.compare.linkable`).
    """
    if a.sentence_names and b.sentence_names:
        return False
    # each figure's names, and the names of its article's lead ("Quartalsbericht: Maschinenbauer legt zu" over
    # "Keltrax hat im dritten Quartal ...")
    told_a, told_b = a.names | lead_names_of(a.article, run), b.names | lead_names_of(b.article, run)
    return titled_apart((a.names, b.names), (told_a, told_b), (a.article, b.article), run)


def titled_apart(
    names: tuple[frozenset[str], frozenset[str]],
    told: tuple[frozenset[str], frozenset[str]],
    articles: tuple[str, str],
    run: Run,
) -> bool:
    """Whether two sets of names share only names their articles tell once, each telling one the other never does.

    `names`: the two figures' names; `told`: the names each article tells of them (with its lead's): two subjects
    under one title's noun.
    """
    shared = [n for n in names[0] & names[1] if identifies(n, run)]
    if not shared:
        return False  # two figures that share no name are weighed by what their articles tell twice (`two_subjects`)
    from aifigures.check.pair_names import article_counts  # noqa: PLC0415 - pair_names reads this module

    ca, cb = article_counts(articles[0], run), article_counts(articles[1], run)
    if any(ca[n] > 1 or cb[n] > 1 for n in shared):
        return False  # a name an article tells more than once is its subject ("Sanvora-Aktie bricht ein")
    only_a = any(not cb[n] and identifies(n, run) for n in told[0] - told[1])
    return only_a and any(not ca[n] and identifies(n, run) for n in told[1] - told[0])


def lead_names_of(article: str, run: Run) -> frozenset[str]:
    """The names of an article's lead (`aifigures.check.names.lead_names`), read once a run."""
    from aifigures.check.facts import headline  # noqa: PLC0415 - facts reads the modules that read this one

    def make() -> frozenset[str]:
        text = run.text(article)
        return lead_names(text, headline(text))

    return once_for(run, "lead_names", article, make)
