"""The names two figures of two articles are told with, as the evidence weighs them (`aifigures.check.evidence`).

Their clauses' or sentences' names; where neither sentence names anyone, their articles' subjects: a name told
more than once, a title's head ("Marenz: ..."), or the names of the two articles' leads where each names only
strangers to the other.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from aifigures.check.compare import told_twice
from aifigures.check.context import word_counts
from aifigures.check.names import describes, identifies, name_in, names_meet, state_levels
from aifigures.check.places import place_of, placed_by_one
from aifigures.check.run import once_for
from aifigures.check.title_subjects import lead_names_of, strangers_apart, titled_apart

if TYPE_CHECKING:
    from collections import Counter

    from aifigures.check.evidence import LinkIndex
    from aifigures.check.facts import Fact
    from aifigures.check.run import Run

__all__ = ["article_counts", "names_of_pair", "sentence_counts"]


def names_of_pair(a: Fact, b: Fact, idx: LinkIndex, run: Run) -> tuple[frozenset[str], frozenset[str]]:
    """The names two figures are told with: their clauses' or sentences', where neither names anyone their articles'.

    "Die Aktionäre sollen eine Dividende von 1,40 Euro erhalten" in reports about two companies is about two.
    An article's subject is a name it tells more than once (a title's noun, "Rekordinvestitionen", is none).
    A figure whose own clause names someone is about them, not about the names of the sentence's other
    clauses ("Kranstein erhielt für Osei 45 Mio. Euro, Vellmar für Larsson 40 Mio. Euro").
    """
    told = (
        idx.names.get(id(a), idx.own.get(id(a), a.sentence_names)),
        idx.names.get(id(b), idx.own.get(id(b), b.sentence_names)),
    )
    # both sentences name only the same level of the state ("Das Land will 67 Mrd. ausgeben" in two states'
    # papers): whose it is, their articles tell, as where neither sentence names anyone
    common = told[0] == told[1] and not any(identifies(n, run) for n in told[0])
    if told[0] and told[1] and not common:
        return _identifying(told, (a, b), run)
    if told[0] and not told[1]:  # one sentence names someone the other's article never mentions: another subject
        return told[0], _mentioned(told[0], b, idx, run)
    if told[1] and not told[0]:
        return _mentioned(told[1], a, idx, run), told[1]
    subjects = _subjects(a, idx, run), _subjects(b, idx, run)
    if subjects[0] and subjects[1]:
        # "keltrax: stellenabbau" and "orvena: stellenabbau" in lower case: the title's noun is no shared subject
        if titled_apart(subjects, (a.article, b.article), run):
            shared = subjects[0] & subjects[1]
            return subjects[0] - shared, subjects[1] - shared
        return subjects
    return (lead_names_of(a.article, run), lead_names_of(b.article, run)) if _strangers(a, b, run) else told


def _strangers(a: Fact, b: Fact, run: Run) -> bool:
    """Whether the leads of the articles of two figures whose sentences name no one each name a stranger to the other.

    "Der Stuttgarter Maschinenbauer Keltrax hat ... Der Umsatz stieg auf 7,7 Mrd." and "Der Mannheimer
    Chemiekonzern Orvena ... Der Umsatz stieg auf 7,9 Mrd.": two companies, though both titles say "mit
    Gewinnplus"; "Der Landtag von Niedersachsen ..." and "Der Landtag von Hessen ...": two states.
    """
    leads = lead_names_of(a.article, run), lead_names_of(b.article, run)
    return strangers_apart(leads, (a.article, b.article), run, rare=False)


def _each_in_other(told: tuple[frozenset[str], frozenset[str]], pair: tuple[Fact, Fact], run: Run) -> bool:
    """Whether each figure's sentence writes the names of the other's, in some form (as a common noun too).

    "Die Stiftung fördert das Tropeninstitut in Hamburg mit 12 Mio." names Hamburg, "Das Hamburger
    Tropeninstitut erhält 12 Mrd." the institute: each sentence tells both, as a name or not. A place a sentence
    names only by its adjective ("der chinesische technologiekonzern tencor": China) is where its subject is from,
    and need not stand in the other ("tencor plant ...").
    """
    said = [frozenset(sentence_counts(f, run)) for f in pair]
    for names, own, other in ((told[0], said[0], said[1]), (told[1], said[1], said[0])):
        places = {place_of(w) for w in own} - {None}
        if not all(name_in(n, other) for n in names if n not in places or name_in(n, own)):
            return False
    return True


def _identifying(
    told: tuple[frozenset[str], frozenset[str]], pair: tuple[Fact, Fact], run: Run
) -> tuple[frozenset[str], frozenset[str]]:
    """The names, or only those that identify a subject where both have some and only a common one is shared.

    Where none is shared but each sentence tells the other's names (`_each_in_other`), both are each's.

    "In Deutschland setzte Lindmark 9,9 Mrd. Euro um" and "In Deutschland setzte Rossweg 8,1 Mrd. Euro um" share
    a name as common as "Deutschland" (`identifies`): the names that tell a subject, Lindmark and Rossweg, are two.
    """
    if not names_meet(*told):
        return (told[0] | told[1],) * 2 if _each_in_other(told, pair, run) else told
    if any(identifies(n, run) for n in told[0] & told[1]):
        return told  # the common case, cheaply: they share a name that identifies
    rare = tuple(frozenset(n for n in names if identifies(n, run)) for names in told)
    if rare[0] and rare[1] and not names_meet(rare[0], rare[1]):
        return (told[0] | told[1],) * 2 if _one_body_s(told, rare, pair, run) else (rare[0], rare[1])
    return told


def _one_body_s(
    told: tuple[frozenset[str], frozenset[str]], rare: tuple[frozenset[str], ...], pair: tuple[Fact, Fact], run: Run
) -> bool:
    """Whether two figures that name one level of the state are its figure for one thing, told from two sides.

    "Das Land Niedersachsen fördert das Projekt mit 350 Mio." after a sentence on Hydronord's plant in Dellbrück, and
    "Für die Fabrik von Hydronord in Dellbrück gibt die Landesregierung 530 Mio.": each figure's own rare names
    stand in the other's article, or are states the other report leaves unsaid (`places.placed_by_one`).
    """
    if not told[0] & told[1] & state_levels():
        return False
    return all(
        all(article_counts(other.article, run)[n] for n in names) or placed_by_one(names, other.article, run)
        for names, other in ((rare[0], pair[1]), (rare[1], pair[0]))
    )


def _mentioned(names: frozenset[str], f: Fact, idx: LinkIndex, run: Run) -> frozenset[str]:
    """The figure's subjects (`_subjects`) or its lead's names, where its article mentions none of `names`; else none.

    "Einfamilienhäuser kosten im Schnitt 690.000 Euro" against "Eine Wohnung kostet damit rund 416.000 Euro"
    in a report that never mentions houses: two things.
    """
    counts = article_counts(f.article, run)
    telling = [n for n in names if identifies(n, run)] or names  # "Kunden", "Strom" are mentioned everywhere
    if any(counts[n] for n in telling):
        return frozenset()
    # else its lead's names: "Balmor ... stärker gewachsen als der Konkurrent Sentiq" against "Der Umsatz stieg auf
    # 3,3 Mrd." under "Der Kölner Softwarehersteller Sentiq hat ...", which never mentions Balmor
    subjects = _subjects(f, idx, run)
    if subjects or not any(identifies(n, run) for n in names):
        return subjects
    return lead_names_of(f.article, run)


def article_counts(article: str, run: Run) -> Counter[str]:
    """How often each word form stands in an article (`context.word_counts`), counted once a run."""
    return once_for(run, "word_counts", article, lambda: word_counts(run.text(article)))


def sentence_counts(f: Fact, run: Run) -> Counter[str]:
    """How often each word form stands in a figure's sentence (`context.word_counts`), counted once a run."""
    return once_for(
        run, "sentence_counts", (f.article, f.sentence), lambda: word_counts(run.text(f.article)[slice(*f.sentence)])
    )


def _subjects(f: Fact, idx: LinkIndex, run: Run) -> frozenset[str]:
    """The names of a figure's subject that its article tells more than once, or that head its title ("Marenz: ...").

    In a text all in lower case, its title's and lead's words that other texts capitalise (`LinkIndex.lower_subjects`).
    """
    if id(f) in idx.lower_subjects:
        return idx.lower_subjects[id(f)]

    def make() -> frozenset[str]:
        # a title's head names the subject only where the text names it by no name of its own: "Rekordtransfer:"
        # over a text that names the player twice is a topic
        told = told_twice(f.names, article_counts(f.article, run))
        return told or frozenset(n for n in f.names if n in _title_head(run.text(f.article)))

    return once_for(run, "told_subjects", (f.article, f.names), make)


_TITLE_HEAD = re.compile(r"[ \t]*([^\W\d_][\w.&' -]{0,40}?)[ \t]*:[ \t]")
"""A title that opens with whom it is about and a colon ("Marenz: Weniger Gewinn")."""


def _title_head(text: str) -> frozenset[str]:
    """The lower-case words before a colon that opens the article's first line, where they name a subject.

    "Marenz: Weniger Gewinn" over "Der Gewinn des Autobauers sank ...": the text tells of a company, a club or
    a person by a noun that describes it, so the title's head names it. A head over a text that describes
    no one is its topic ("Hafenstreik: Terminals stehen still").
    """
    m = _TITLE_HEAD.match(text)
    if m is None:
        return frozenset()
    body = re.findall(r"[^\W\d_]+", text[m.end() :].lower())
    if not any(describes(w) or describes(w.removesuffix("s")) or describes(w.removesuffix("es")) for w in body):
        return frozenset()
    return frozenset(re.findall(r"[^\W\d_]+", m.group(1).lower()))
