"""Where a corpus's facts wait for their block (`aifigures.check.blocks`): on disk, or in memory.

The per-article stage writes each batch's articles (as read) and facts to a file of a folder the check
owns, and gives back only where each article stands in it (`Stored`), what the rules found inside it,
and what it brings to the corpus (`Reach`). The calling process counts the corpus from the reaches as
they come, keeps them in a file of the folder for the second pass that finds the blocks, and reads each
block's articles back when the block is checked, so that it never holds the texts or the facts of more
than a block. A stage that runs elsewhere (a Dask cluster, `aifigures.dask`) keeps its articles and facts
there, pickled, a blob an article (`Packed`), and gives the store only what is counted.
"""

from __future__ import annotations

import os
import pickle
from array import array
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from aifigures.check.blocks import Counting, Labels, Numbered, Reach

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence

    from aifigures.check.blocks import Corpus
    from aifigures.check.facts import Fact
    from aifigures.check.findings import Finding
    from aifigures.check.stage import StageOutput
    from aifigures.io.articles import Article, LoadProblem

__all__ = ["Packed", "Store", "Stored", "in_order", "pickled", "read_stored", "write_batch"]

_PROTOCOL = pickle.HIGHEST_PROTOCOL


def pickled(obj: object) -> bytes | None:
    """`obj` pickled, to send to another process; None where it cannot be (a rate provider of the user's)."""
    try:
        return pickle.dumps(obj, protocol=_PROTOCOL)
    except Exception:  # noqa: BLE001 - whatever pickling raises, what needs it then runs in this process
        return None


@dataclass(frozen=True, slots=True)
class Packed:
    """One article and its facts, pickled where they were read (`blob`)."""

    article: str
    blob: bytes


@dataclass(frozen=True, slots=True)
class Stored:
    """Where one article and its facts stand in a batch's file."""

    article: str
    path: str
    offset: int
    length: int


def write_batch(path: str, entries: Sequence[tuple[Article, list[Fact]]]) -> list[Stored]:
    """Write each article with its facts to a new file at `path`; where each stands."""
    out: list[Stored] = []
    offset = 0
    with Path(path).open("wb") as fh:
        for article, facts in entries:
            blob = pickle.dumps((article, facts), protocol=_PROTOCOL)
            fh.write(blob)
            out.append(Stored(article.id, path, offset, len(blob)))
            offset += len(blob)
    return out


def read_stored(stored: Iterable[Stored]) -> dict[str, tuple[Article, list[Fact]]]:
    """The article and facts written at each of `stored`, by article id."""
    by_path: dict[str, list[Stored]] = defaultdict(list)
    for s in stored:
        by_path[s.path].append(s)
    loaded: dict[str, tuple[Article, list[Fact]]] = {}
    for path, here in by_path.items():
        with Path(path).open("rb") as fh:
            for s in sorted(here, key=lambda s: s.offset):
                fh.seek(s.offset)
                loaded[s.article] = pickle.loads(fh.read(s.length))  # noqa: S301 - a file this check wrote
    return loaded


def in_order(
    ids: Sequence[str], loaded: Mapping[str, tuple[Article, list[Fact]]]
) -> tuple[dict[str, Article], list[Fact]]:
    """The articles of `ids` by id, and their facts in the order of `ids`."""
    articles: dict[str, Article] = {}
    facts: list[Fact] = []
    for a in ids:
        article, mine = loaded[a]
        articles[a] = article
        facts.extend(mine)
    return articles, facts


@dataclass
class Store:
    """A check's facts and articles until their block is checked, the corpus's counts, what was found inside."""

    folder: str
    amounts: int = 0
    problems: list[LoadProblem] = field(default_factory=list)
    ids: Numbered = field(default_factory=Numbered)
    """Every article taken, numbered in the order it came (`add`)."""
    found: dict[str, list[tuple[int, Finding]]] = field(default_factory=lambda: defaultdict(list))
    labels: Labels = field(default_factory=Labels)
    """The currencies of each digits key of the reaches (`aifigures.check.blocks.blocks`)."""
    counting: Counting = field(default_factory=Counting)
    _reaches: str = ""
    _paths: list[str] = field(default_factory=list)
    _path_no: dict[str, int] = field(default_factory=dict)
    _where: array[int] = field(default_factory=lambda: array("q"))
    """Per article number: its batch file's number and its offset there (-1: not written), then its length."""

    def __post_init__(self) -> None:
        """The file of the reaches, in the store's folder."""
        self._reaches = os.path.join(self.folder, "reaches.pkl")  # noqa: PTH118 - a path as text, for the workers

    def add(self, article: str) -> None:
        """Number an article as it comes (its id is unique)."""
        self.ids.add(article)
        self._where.extend((-1, -1, -1))

    def stored(self, article: str) -> Stored | None:
        """Where an article and its facts were written; None if not written (no facts)."""
        i = 3 * self.ids.number[article]
        path_no, offset, length = self._where[i : i + 3]
        return None if path_no < 0 else Stored(article, self._paths[path_no], offset, length)

    def take_reaches(self, reaches: Sequence[Reach]) -> None:
        """Count what a batch's articles bring to the corpus, and keep it for the blocks."""
        for r in reaches:
            self.counting.add(r)
            self.labels.add(r)
        with Path(self._reaches).open("ab") as fh:
            pickle.dump(list(reaches), fh, protocol=_PROTOCOL)

    def corpus(self) -> Corpus:
        """The counts over every article taken."""
        return self.counting.corpus(len(self.ids))

    def reaches(self) -> Iterator[Reach]:
        """Every reach taken, again, in the order they came."""
        if not Path(self._reaches).exists():
            return
        with Path(self._reaches).open("rb") as fh:
            while True:
                try:
                    batch: list[Reach] = pickle.load(fh)  # noqa: S301 - a file this check wrote
                except EOFError:
                    return
                yield from batch

    def take(self, out: StageOutput) -> None:
        """Keep a batch's output: where its facts were written, its problems and findings, its reaches."""
        self.amounts += out.amounts
        self.problems.extend(out.problems)
        for i, finding in out.found:
            self.found[finding.amounts[0].article].append((i, finding))
        for s in out.stored:
            path_no = self._path_no.setdefault(s.path, len(self._path_no))
            if path_no == len(self._paths):
                self._paths.append(s.path)
            i = 3 * self.ids.number[s.article]
            self._where[i : i + 3] = array("q", (path_no, s.offset, s.length))
        self.take_reaches(out.reaches)

    def block(self, ids: Sequence[str]) -> tuple[dict[str, Article], list[Fact]]:
        """The articles of a block and their facts, in the order of `ids`, read back where they were written."""
        return in_order(ids, read_stored(s for a in ids if (s := self.stored(a)) is not None))
