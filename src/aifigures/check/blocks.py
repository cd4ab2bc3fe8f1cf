"""A corpus checked in blocks: what the rules across articles know of the whole, and which articles meet.

The rules across articles (`Rule.find`) weigh figures of two articles only where a key brings them together:
a word of their contexts rare enough to index (`aifigures.check.evidence`), a metric with a name that
identifies (`aifigures.check.compare`, the rule on periods), the same digits with a name (a swapped currency
label), one new figure that two revisions end at (`aifigures.check.revisions`). Articles that share no such
key, directly or through others, never meet: each such set of articles (a block) can be checked on its own.
What the rules know of the whole corpus (how many articles, how many figures and articles a word stands
with, how many articles a name stands in, the names written with capitals) is counted over every article
first (`Corpus`), so that a block's findings are the ones the whole corpus gives for its articles.

Each article tells the corpus what it brings (`Reach`), worked out where the article is read; the blocks
are then found from those alone (`blocks`), so the facts of one block only need to be at hand at a time.
"""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from aifigures.check.context import FIGURE
from aifigures.check.names import identifying
from aifigures.check.run import shared_by

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from aifigures.check.facts import Fact
    from aifigures.check.run import Run

__all__ = [
    "MAX_POSTINGS",
    "Corpus",
    "Counting",
    "Labels",
    "Numbered",
    "Reach",
    "blocks",
    "corpus_of",
    "digits_key",
    "lower_articles",
    "reaches",
    "written_lower",
]

MAX_POSTINGS = 200
"""A word standing with more figures than this in one corpus identifies nothing (a newsroom's boilerplate)."""
_BLOCK_ARTICLES = 256
"""Articles that meet no other are checked together, this many at most, so that a run is not set up for each."""

Key = tuple[object, ...]


@dataclass(frozen=True, slots=True)
class Reach:
    """What one article brings to the corpus: the words its figures are linked by, its names, its keys."""

    article: str
    words: tuple[tuple[str, int], ...]
    """Each word of its figures' contexts that links across articles, with how many of its figures have it."""
    names: frozenset[str]
    """The names of its figures."""
    lower: bool
    """Written all in lower case (machine-translated): its names are not known as names to other texts."""
    keys: frozenset[Key]
    """Its other keys: ("metric", metric, name), ("digits", value, low, high, qualifier, name, currency),
    ("revised", currency, value)."""


@dataclass(frozen=True, slots=True)
class Corpus:
    """The counts over every article of a corpus that the rules across articles read."""

    articles: int
    word_figures: dict[str, int]
    """How many figures of the corpus a linking word stands with."""
    word_articles: dict[str, int]
    """In how many articles a linking word stands."""
    name_articles: dict[str, int]
    """In how many articles a name of figures stands."""
    known: frozenset[str]
    """The names of the figures of the articles not written all in lower case."""

    @classmethod
    def of(cls, articles: int, reached: Iterable[Reach]) -> Corpus:
        """The counts over `articles` articles, of which those with figures each brought a `Reach`."""
        counts = Counting()
        for r in reached:
            counts.add(r)
        return counts.corpus(articles)


@dataclass
class Counting:
    """The corpus's counts, taken a reach at a time (as a corpus is read)."""

    figures: Counter[str] = field(default_factory=Counter)
    in_articles: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    known: set[str] = field(default_factory=set)

    def add(self, r: Reach) -> None:
        """Count what one article brings."""
        for word, n in r.words:
            self.figures[word] += n
            self.in_articles[word] += 1
        self.names.update(r.names)
        if not r.lower:
            self.known.update(r.names)

    def corpus(self, articles: int) -> Corpus:
        """The counts over `articles` articles (those without figures brought nothing)."""
        return Corpus(articles, self.figures, self.in_articles, self.names, frozenset(self.known))


@shared_by("corpus")
def corpus_of(run: Run) -> Corpus:
    """The corpus's counts: given with the run (a block of a corpus), else counted over the run's articles."""
    return run.corpus if run.corpus is not None else Corpus.of(len(run.articles), reaches(run))


def lower_articles(run: Run, facts: list[Fact]) -> set[str]:
    """The articles of `facts` written all in lower case (`written_lower`), or those `Run.lower` names."""
    if run.lower is not None:  # (found before their figures were named: `lower_case.named_lower`)
        return {f.article for f in facts} & run.lower
    return written_lower(facts, run.text)


def written_lower(facts: Iterable[Fact], text: Callable[[str], str]) -> set[str]:
    """The articles written all in lower case: no figure of `facts` has a name, and the text has no capitals."""
    from aifigures.check.context import capitalised  # noqa: PLC0415 - context is read by the rules first

    named: set[str] = set()
    unnamed: set[str] = set()
    for f in facts:
        (named if f.sentence_names else unnamed).add(f.article)
    return {a for a in unnamed - named if not capitalised(text(a))}


def reaches(run: Run) -> list[Reach]:
    """What each article of a run with figures brings to the corpus, in the order of the run's facts."""
    from aifigures.check.compare import comparable_facts  # noqa: PLC0415 - compare reads the corpus
    from aifigures.check.conversions import swappable  # noqa: PLC0415 - conversions reads compare
    from aifigures.check.evidence import linking_bags  # noqa: PLC0415 - evidence reads the corpus
    from aifigures.check.own_clauses import own_names  # noqa: PLC0415 - own_clauses reads compare
    from aifigures.check.revisions import revisions_by_article  # noqa: PLC0415 - revisions reads compare

    comparable = comparable_facts(run)
    linking = [f for f in comparable if not f.attributive]
    bags = linking_bags(run, linking)
    lower = lower_articles(run, linking)
    own = own_names(run)
    words: dict[str, Counter[str]] = defaultdict(Counter)
    for f in linking:
        words[f.article].update(bags[id(f)])
    keys: dict[str, set[Key]] = defaultdict(set)
    for f in comparable:
        # in a text all in lower case, any rare word of a figure's sentence may be a name other texts capitalise
        # (`lower_case.named_lower`, where the corpus is known)
        named = f.names | _words(f) if f.article in lower else f.names
        if f.metric is not None:
            keys[f.article].update(("metric", f.metric, n) for n in named | own.get(id(f), frozenset()))
        if swappable(f):
            told = (f.amount.value, f.amount.low, f.amount.high, f.amount.qualifier)
            keys[f.article].update(("digits", *told, n, f.currency) for n in named)
    for article, found in revisions_by_article(run).items():
        keys[article].update(("revised", new.currency, new.amount.value) for _, new, _ in found)
    names: dict[str, set[str]] = defaultdict(set)
    for f in run.facts:
        names[f.article].update(f.names)
    return [
        Reach(a, tuple(sorted(words[a].items())), frozenset(names[a]), a in lower, frozenset(keys[a]))
        for a in dict.fromkeys(f.article for f in run.facts)
    ]


def _words(f: Fact) -> frozenset[str]:
    """The rare words of a figure's sentence, without the figures' tokens."""
    return frozenset(w for w in f.words if w[:1] != FIGURE)


def blocks(
    reached: Iterable[Reach], corpus: Corpus, labels: Labels, ids: Sequence[str], *, one: bool = False
) -> list[list[str]]:
    """The articles that reached the corpus, in blocks that share no key; each block's ids sorted.

    `ids`: every article of the corpus, by its number (the order it came in). `labels`: whether the figures
    of each digits key (`digits_key`) are written in two currencies: the same digits join two articles only
    where two currencies are told (a swapped label). Articles that meet no other are put
    together, `_BLOCK_ARTICLES` at most a block. `one`: all in one block (a key of the user's, which may join
    any figures). Blocks come in the order of their first article.
    """
    number = {a: i for i, a in enumerate(ids)} if not isinstance(ids, Numbered) else ids.number
    parent = array("l", [-1]) * len(ids)  # -1: no reach, so in no block

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[int, int] = {}  # a key's hash (two keys of one hash join their articles: more work, the same findings)
    for r in reached:
        i = number[r.article]
        parent[i] = i
        for key in () if one else _keys(r, corpus, labels):
            if key in first:
                parent[root(i)] = root(first[key])
            else:
                first[key] = i
    del first
    members: dict[int, list[str]] = defaultdict(list)
    for i in sorted(range(len(ids)), key=ids.__getitem__):
        if parent[i] >= 0:
            members[0 if one else root(i)].append(ids[i])
    return _packed(sorted(members.values(), key=lambda m: m[0]))


class Numbered(list[str]):
    """Article ids in the order they came, with each one's number (`blocks`), filled as they come."""

    def __init__(self) -> None:
        """No article yet."""
        super().__init__()
        self.number: dict[str, int] = {}

    def add(self, article: str) -> None:
        """Number the next article."""
        self.number[article] = len(self)
        self.append(article)


def digits_key(key: Key) -> int | None:
    """The digits key of an article's key (without its currency), by hash; None for other keys."""
    return hash(key[:-1]) if key[0] == "digits" else None


class Labels:
    """Whether the figures of a digits key are written in two currencies or more, counted as reaches come.

    A table of fixed size, by a slot of each key's hash, holding the key's one currency (its code) or "two
    or more": its memory does not grow with the corpus. Two keys of one slot in two currencies are taken as
    one told in two: more articles in one block, the same findings.
    """

    def __init__(self) -> None:
        """No key yet."""
        self._slots = bytearray(_SLOTS)
        self._codes: dict[str, int] = {}

    def add(self, r: Reach) -> None:
        """Count the currencies of an article's digits keys."""
        for key in r.keys:
            digits = digits_key(key)
            if digits is not None:
                code = self._codes.setdefault(str(key[-1]), min(len(self._codes) + 1, _MANY))
                slot = digits % _SLOTS
                was = self._slots[slot]
                self._slots[slot] = code if was in {0, code} and code != _MANY else _MANY

    def two(self, digits: int) -> bool:
        """Whether a digits key (`digits_key`) is written in two currencies or more."""
        return self._slots[digits % _SLOTS] == _MANY


_SLOTS = 1 << 23
_MANY = 255


def _keys(r: Reach, corpus: Corpus, labels: Labels) -> Iterable[int]:
    """The keys of an article by which it meets others (by hash): words few figures share, names that identify."""
    for word, _ in r.words:
        if word[:1] != FIGURE and corpus.word_figures.get(word, 0) <= MAX_POSTINGS:
            yield hash(("word", word))
    for key in r.keys:
        digits = digits_key(key)
        if digits is not None:
            if labels.two(digits):
                yield digits
        elif key[0] != "metric" or identifying(str(key[-1]), corpus):
            yield hash(key)


def _packed(components: list[list[str]]) -> list[list[str]]:
    """Components of articles joined into blocks of up to `_BLOCK_ARTICLES` (a larger one is a block alone)."""
    out: list[list[str]] = []
    for members in components:
        if out and len(out[-1]) + len(members) <= _BLOCK_ARTICLES:
            out[-1].extend(members)
        else:
            out.append(list(members))
    return [sorted(b) for b in out]
