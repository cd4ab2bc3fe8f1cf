"""The names of texts all in lower case (machine-translated news): their words that other texts capitalise."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from aifigures.check.blocks import corpus_of, lower_articles, written_lower
from aifigures.check.context import TOKEN, rarity, title_span, word_forms
from aifigures.check.revisions import SENTENCE_END

if TYPE_CHECKING:
    from collections.abc import Mapping

    from aifigures.check.facts import Fact
    from aifigures.check.run import Run
    from aifigures.io.articles import Article

__all__ = ["lower_case_names", "named_lower"]


def named_lower(
    articles: Mapping[str, Article], facts: list[Fact], known: frozenset[str]
) -> tuple[list[Fact], frozenset[str]]:
    """The facts, those of texts all in lower case named by the words of their sentences that others capitalise.

    "die stadt brenning erhält 45 millionen euro" beside a report of "Die Stadt Brenning": the figure's names
    hold "brenning", as the capitalised report's do, so that the figures of one key meet (a metric, a name).
    Also the articles so named, which the evidence still reads as written in lower case (`Run.lower`).
    """
    lower = frozenset(written_lower(facts, lambda a: articles[a].text))
    if not lower:
        return facts, lower
    headed = {a: _headed(articles[a].text) for a in lower}
    out = []
    for f in facts:
        named = _named(f, known, headed[f.article]) if f.article in lower else frozenset()
        out.append(replace(f, names=f.names | named, sentence_names=f.sentence_names | named) if named else f)
    return out, lower


def _named(f: Fact, known: frozenset[str], headed: frozenset[str]) -> frozenset[str]:
    """The names of a figure's sentence in a text all in lower case.

    The words other texts capitalise, the words of its title's head German hardly knows (`headed`: `_headed`), and
    the words German does not know at all ("belvar", where no other text names the company): a name, or a word no
    other report's figure would share.
    """
    return frozenset(w for w in f.words if w in known or w in headed or _unheard(w))


def _unheard(word: str) -> bool:
    """Whether a word is unknown to German word frequencies (`rarity` at its most): a made-up or foreign name."""
    return len(word) >= _NAME_SHORTEST and word.isalpha() and rarity(word) >= _UNHEARD


_NAME_SHORTEST = 4
_UNHEARD = 7.0


def lower_case_names(run: Run, facts: list[Fact]) -> tuple[dict[int, frozenset[str]], dict[int, frozenset[str]]]:
    """The names of figures' sentences, and of their articles' titles and leads, in texts all in lower case.

    Such a text (machine-translated news) shows no capitals, so its sentences have no names; a word of one
    that other texts of the run write capitalised ("ashford erzielte ..." where others write "Ashford
    Dynamics") is one.
    """
    lower = lower_articles(run, facts)
    if not lower:
        return {}, {}
    known = corpus_of(run).known
    mine = [f for f in facts if f.article in lower]
    # the title's and lead's every word, not only the rare ones: "münchen" is too common a word to tell, but
    # others write it "München"
    headed = {a: _headed(run.text(a)) for a in lower}
    heads = {a: _forms(run.text(a), *_title_and_lead(run.text(a))) & known | headed[a] for a in lower}
    named = {id(f): _named(f, known, headed[f.article]) for f in mine}
    return named, {id(f): f.title_words & known | heads[f.article] for f in mine}


def _headed(text: str) -> frozenset[str]:
    """The words of a title's head, before its colon, that German hardly knows: "jinhua solar: umsatz steigt".

    Whom the text is about, though no other text writes the name capitalised and German has seen it now and then.
    """
    m = _HEAD.match(text)
    if m is None:
        return frozenset()
    return frozenset(
        w for w in m.group(1).split() if len(w) >= _NAME_SHORTEST and w.isalpha() and rarity(w) >= _RARE_HEAD
    )


_HEAD = re.compile(r"\s*([^\W\d_][^\n:]{0,40}?):\s")
_RARE_HEAD = 5.0
"""How rare in German a word of a title's head must be to name its subject (rarer than "Stellenabbau")."""


def _forms(text: str, lo: int, hi: int) -> frozenset[str]:
    """The word forms of text[lo:hi], lower case."""
    return frozenset(form for m in TOKEN.finditer(text, lo, hi) for form in word_forms(m.group().lower()))


def _title_and_lead(text: str) -> tuple[int, int]:
    """The span of a text's first line and its first sentence after it."""
    _, end = title_span(text)
    stop = SENTENCE_END.search(text, end + 1, end + 1 + _LEAD)
    return 0, stop.end() if stop is not None else min(len(text), end + 1 + _LEAD)


_LEAD = 400
