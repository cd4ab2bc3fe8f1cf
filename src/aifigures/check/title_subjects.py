"""Two figures whose shared names are only their titles' nouns, each about a subject the other never mentions.

"Trebon: Stellenabbau" and "Yelva: Stellenabbau" over "Der Nettogewinn lag bei 664 Mio. Euro" in two reports:
each figure takes its title's names, and the two share "Stellenabbau"; but each names a company the other
report never mentions, so they are two companies' figures, not one figure told twice. Not where a report tells a
shared name more than once: that is its subject, and a title's other nouns ("Medizintechnik: Sanvora mit
Umsatzrückgang", "Sanvora-Aktie bricht ein") are topics.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aifigures.check.leads import lead_names
from aifigures.check.names import identifies
from aifigures.check.run import once_for

if TYPE_CHECKING:
    from aifigures.check.facts import Fact
    from aifigures.check.run import Run

__all__ = ["lead_names_of", "strangers_apart", "titled_apart", "two_titled_subjects"]


def two_titled_subjects(a: Fact, b: Fact, run: Run) -> bool:
    """Whether two figures sharing a name, one taking its names from its title, each name one the other never tells.

    Where both sentences name someone, their own names are weighed (`aifigures.check.compare.linkable`). Each
    figure's names are weighed with its article's lead's ("Quartalsbericht: Maschinenbauer legt zu" over "Keltrax
    hat im dritten Quartal ...").
    """
    if (a.sentence_names and b.sentence_names) or not _share_identifying(a.names, b.names, run):
        return False
    told = a.names | lead_names_of(a.article, run), b.names | lead_names_of(b.article, run)
    return strangers_apart(told, (a.article, b.article), run, rare=True)


def titled_apart(names: tuple[frozenset[str], frozenset[str]], articles: tuple[str, str], run: Run) -> bool:
    """Whether two sets of names that share one each hold one the other article never mentions (`strangers_apart`).

    Two subjects under one title's noun ("keltrax: stellenabbau" and "orvena: stellenabbau" in lower case).
    """
    return _share_identifying(*names, run) and strangers_apart(names, articles, run, rare=True)


def _share_identifying(a: frozenset[str], b: frozenset[str], run: Run) -> bool:
    """Whether two sets of names share one that identifies a subject.

    Two that share none are weighed by what their articles tell twice (`aifigures.check.compare.two_subjects`).
    """
    return any(identifies(n, run) for n in a & b)


def strangers_apart(
    told: tuple[frozenset[str], frozenset[str]], articles: tuple[str, str], run: Run, *, rare: bool
) -> bool:
    """Whether each of two sets of names holds one the other article never mentions, and no shared one is a subject.

    A shared name that identifies a subject and that an article tells more than once is their subject. With
    `rare`, only a name that identifies a subject counts as the stranger ("Keltrax", not a title's noun); without,
    any name does ("Hessen" beside "Niedersachsen").
    """
    from aifigures.check.pair_names import article_counts  # noqa: PLC0415 - pair_names reads this module

    counts = article_counts(articles[0], run), article_counts(articles[1], run)
    for mine, other, theirs in ((told[0], told[1], counts[1]), (told[1], told[0], counts[0])):
        if not any(not theirs[n] and (not rare or identifies(n, run)) for n in mine - other):
            return False
    return not any(counts[0][n] > 1 or counts[1][n] > 1 for n in told[0] & told[1] if identifies(n, run))


def lead_names_of(article: str, run: Run) -> frozenset[str]:
    """The names of an article's lead (`aifigures.check.leads.lead_names`), read once a run."""
    from aifigures.check.facts import headline  # noqa: PLC0415 - facts reads the modules that read this one

    def make() -> frozenset[str]:
        text = run.text(article)
        return lead_names(text, headline(text))

    return once_for(run, "lead_names", article, make)
