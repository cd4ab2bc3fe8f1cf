"""What a whole text tells of its capitalised words: the nouns it writes after articles, the words in lower case.

Read by `aifigures.check.names` to tell a name from a noun that opens a sentence or a title.
"""

from __future__ import annotations

import functools
import re

from aifigures.check.vocabulary import check_words as words

__all__ = ["after_indefinite", "lower_words", "with_article"]

_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-zäöüß][a-zäöüß\-]*(?![^\W\d_])")


@functools.lru_cache(maxsize=16)
def with_article(text: str) -> frozenset[str]:
    """The capitalised words a text writes after an article ("ein Lösegeld") and never before another one.

    Nouns, no names, where one opens a sentence or a title ("Lösegeld gezahlt: ..."); "Die Stadtwerke wollen"
    does not make a noun of the name "die Stadtwerke Brelten" the text writes too.
    """
    in_names = {m.lower() for m in _BEFORE_CAPITAL.findall(text)}
    return frozenset(m.lower() for m in _article_noun().findall(text)) - in_names


_BEFORE_CAPITAL = re.compile(r"(?<![^\W\d_])([A-ZÄÖÜ][\w\-]*)(?=[ \t\u00a0]+[A-ZÄÖÜ])")


@functools.lru_cache(maxsize=16)
def after_indefinite(text: str) -> frozenset[str]:
    """The capitalised words a text writes after an indefinite article, lower case: common nouns ("ein Hilfspaket").

    Not one before another capitalised word ("eine Deutsche Bank-Filiale" is no noun "deutsche").
    """
    in_names = {m.lower() for m in _BEFORE_CAPITAL.findall(text)}
    return frozenset(m.lower() for m in _indefinite_noun().findall(text)) - in_names


def _indefinite_noun() -> re.Pattern[str]:
    return _noun_after(tuple(words().indefinite_articles))


def _article_noun() -> re.Pattern[str]:
    return _noun_after(tuple(words().articles))


@functools.cache
def _noun_after(articles: tuple[str, ...]) -> re.Pattern[str]:
    """A capitalised word (its group 1) after one of `articles`, in any case."""
    alternation = "|".join(sorted(map(re.escape, articles), key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?i:{alternation})[ \t\u00a0]+([A-ZÄÖÜ][a-zäöüß][a-zäöüß\-]*)(?![^\W\d_])")


@functools.lru_cache(maxsize=16)
def lower_words(text: str) -> frozenset[str]:
    """The words a text writes in lower case: one that opens a sentence capitalised is no name ("Weniger Geld ...")."""
    return frozenset(_LOWER_WORD.findall(text))
