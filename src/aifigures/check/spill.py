"""The findings of a corpus's blocks, written to a file as each block is checked, and merged from there.

Each block's findings come sorted (`aifigures.check.cross.check_block`). They are appended to one file of
the check's folder, each with what the merge needs of the block's facts (the names and the other tellings
of its figures), and the calling process keeps only where each block's findings start. The merge reads
them back in the findings' order (`heapq.merge`, one finding a block at a time) twice: first to find the
revisions that several reports tell alike (`alike_notes.revision_plan`), then to give each finding with
every telling of its figures (`tellings.with_tellings`), once. It holds the revisions inside one article
and a digest of each finding given (to give none twice), not the findings: a report can be written as the
merge goes (`aifigures check --format jsonl`).
"""

from __future__ import annotations

import hashlib
import heapq
import os
import pickle
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Self

from aifigures.check.alike_notes import inside_one, merged_with, revision_plan
from aifigures.check.tellings import with_tellings

if TYPE_CHECKING:
    from collections.abc import Iterator
    from types import TracebackType

    from aifigures.check.cross import BlockFindings
    from aifigures.check.findings import Finding, Place

__all__ = ["Spill"]

_PROTOCOL = pickle.HIGHEST_PROTOCOL


@dataclass(frozen=True, slots=True)
class _Record:
    """A finding as its block gave it, with the names and other tellings of its figures there."""

    finding: Finding
    names: dict[tuple[str, int], frozenset[str]]
    tellings: dict[Place, tuple[Place, ...]]


@dataclass(frozen=True, slots=True)
class _Revisions:
    """What the first pass found: the revisions told alike, merged into their first telling, by index."""

    merged: dict[int, Finding]
    tellings: dict[int, dict[Place, tuple[Place, ...]]]
    """The other tellings of a merged revision's figures: those of every report it names."""
    dropped: frozenset[int]


class Spill:
    """The blocks' findings on disk, in a file of `folder`, merged in the findings' order when read."""

    def __init__(self, folder: str) -> None:
        """An empty file of findings in `folder` (which the check owns and removes)."""
        self._path = Path(os.path.join(folder, "findings.pkl"))  # noqa: PTH118 - the folder as the check names it
        self._file: IO[bytes] | None = self._path.open("wb")
        self._starts = array("q")
        self._counts = array("q")
        self._revisions: _Revisions | None = None
        self.count = 0
        """How many findings the blocks gave (before the merge)."""
        self._inside_one = 0  # revisions inside one article: without any, the first pass has nothing to find

    def __enter__(self) -> Self:
        """The spill, to add blocks to."""
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        """Close the file (it is removed with the check's folder)."""
        self.close()

    def close(self) -> None:
        """No more blocks: close the file for writing."""
        if self._file is not None:
            self._file.close()
            self._file = None

    def add(self, block: BlockFindings) -> None:
        """Append a block's findings (sorted), each with the names and tellings of its figures."""
        if self._file is None:
            msg = "the spill is closed: no block can be added"
            raise ValueError(msg)
        self._starts.append(self._file.tell())
        self._counts.append(len(block.found))
        self.count += len(block.found)
        for f in block.found:
            self._inside_one += inside_one(f)
            names = {at: n for p in f.amounts if (n := block.names.get(at := (p.article, p.start))) is not None}
            tellings = {p: t for p in f.amounts if (t := block.tellings.get(p)) is not None}
            pickle.dump(_Record(f, names, tellings), self._file, protocol=_PROTOCOL)

    def findings(self) -> Iterator[Finding]:
        """Every finding in order: revisions told alike merged, each with its figures' tellings, once."""
        self.close()
        revisions = self._revisions = self._revisions or self._plan()
        given: set[bytes] = set()
        for i, rec in enumerate(self._records()):
            if i in revisions.dropped:
                continue
            told = with_tellings(revisions.merged.get(i, rec.finding), revisions.tellings.get(i, rec.tellings))
            digest = _digest(told)
            if digest not in given:  # one pair found by its key and by the evidence, each from another telling
                given.add(digest)
                yield told

    def _plan(self) -> _Revisions:
        """The first pass: the revisions inside one article, and which of them several reports tell alike."""
        if not self._inside_one:
            return _Revisions({}, {}, frozenset())
        at: dict[tuple[str, int], frozenset[str]] = {}
        candidates: list[tuple[int, _Record]] = []
        for i, rec in enumerate(self._records()):
            if inside_one(rec.finding):
                candidates.append((i, rec))
                at.update(rec.names)
        plan = revision_plan([rec.finding for _, rec in candidates], at)
        merged: dict[int, Finding] = {}
        tellings: dict[int, dict[Place, tuple[Place, ...]]] = {}
        dropped: set[int] = set()
        for n, alike in plan.items():
            i, first = candidates[n]
            others = [candidates[j][1] for j in alike]
            merged[i] = merged_with(first.finding, [o.finding for o in others])
            tellings[i] = {k: v for rec in (*others, first) for k, v in rec.tellings.items()}
            dropped.update(candidates[j][0] for j in alike)
        return _Revisions(merged, tellings, frozenset(dropped))

    def _records(self) -> Iterator[_Record]:
        """The blocks' records, merged in the findings' order (a tie keeps the blocks' order)."""
        with self._path.open("rb") as fh:
            runs = [_run(fh, start, count) for start, count in zip(self._starts, self._counts, strict=True) if count]
            yield from heapq.merge(*runs, key=lambda rec: rec.finding.sort_key())


def _run(fh: IO[bytes], start: int, count: int) -> Iterator[_Record]:
    """The records of one block, read from `start` of the shared file."""
    at = start
    for _ in range(count):
        fh.seek(at)
        rec: _Record = pickle.load(fh)  # noqa: S301 - written by this check
        at = fh.tell()
        yield rec


def _digest(f: Finding) -> bytes:
    """A digest of what makes two findings one: their kind and the places of their figures, in any order."""
    places = sorted((p.article, p.start, p.end, p.text) for p in f.amounts)
    return hashlib.blake2b(repr((f.kind.value, places)).encode(), digest_size=16).digest()
