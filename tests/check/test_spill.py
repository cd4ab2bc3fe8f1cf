"""The blocks' findings on disk, merged from there, give what merging them in memory gives (`aifigures.check.spill`)."""

from __future__ import annotations

import heapq
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from aifigures import Article, check
from aifigures.check.alike_notes import merged_revisions
from aifigures.check.cross import BlockFindings
from aifigures.check.findings import Finding, Kind, Place
from aifigures.check.spill import Spill
from aifigures.check.tellings import every_telling

from corpus import generated

if TYPE_CHECKING:
    from pathlib import Path

_REVISED = (Decimal(5300000000), Decimal(5300000000)), (Decimal(4700000000), Decimal(4700000000))


def _in_memory(done: list[BlockFindings]) -> list[Finding]:
    """What the check gave before its findings were spilled: the blocks merged, then revisions and tellings."""
    found = list(heapq.merge(*(d.found for d in done), key=Finding.sort_key))
    names = {at: n for d in done for at, n in d.names.items()}
    tellings = {p: t for d in done for p, t in d.tellings.items()}
    return every_telling(merged_revisions(found, names), tellings)


def _revision(article: str) -> Finding:
    old, new = Place(article, 10, 30, "5,3 Milliarden Euro"), Place(article, 60, 80, "4,7 Milliarden Euro")
    return Finding(Kind.REVISION, "revised", (old, new), _REVISED, "EUR")


def _conflict(a: str, b: str, start: int = 10) -> Finding:
    pa, pb = Place(a, start, start + 8, "2 Mrd. €"), Place(b, start, start + 8, "3 Mrd. €")
    return Finding(Kind.CONFLICT, "apart", (pa, pb), ((Decimal(2), Decimal(2)), (Decimal(3), Decimal(3))), "EUR")


def _spilled(tmp_path: Path, done: list[BlockFindings]) -> list[Finding]:
    with Spill(str(tmp_path)) as spill:
        for block in done:
            spill.add(block)
        return list(spill.findings())


def test_a_revision_told_alike_in_two_blocks_is_one_note_naming_both(tmp_path: Path) -> None:
    names = {("a", 10): frozenset({"lorbach"}), ("a", 60): frozenset({"lorbach"})}
    other = {("b", 10): frozenset({"lorbach"}), ("b", 60): frozenset({"lorbach"})}
    told: dict[Place, tuple[Place, ...]] = {Place("c", 10, 18, "2 Mrd. €"): (Place("c", 90, 98, "2 Mrd. €"),)}
    done = [
        BlockFindings([_revision("a"), _conflict("c", "d")], names, told),
        BlockFindings([_revision("b"), _conflict("c", "d", 40)], other),
    ]
    found = _spilled(tmp_path, done)
    assert found == _in_memory(done)
    assert [f.kind for f in found] == [Kind.REVISION, Kind.CONFLICT, Kind.CONFLICT]
    assert {p.article for p in found[0].amounts} == {"a", "b"}  # merged: the second revision is not given again
    assert Place("c", 90, 98, "2 Mrd. €") in found[1].amounts  # told again in its article


def test_a_finding_two_tellings_make_one_is_given_once(tmp_path: Path) -> None:
    first, again = Place("c", 10, 18, "2 Mrd. €"), Place("c", 90, 98, "2 Mrd. €")
    other = Place("d", 10, 18, "3 Mrd. €")
    pair = ((Decimal(2), Decimal(2)), (Decimal(3), Decimal(3)))
    by_first = Finding(Kind.CONFLICT, "apart", (first, other), pair, "EUR")
    by_again = Finding(Kind.CONFLICT, "apart", (again, other), pair, "EUR")
    done = [BlockFindings(sorted([by_first, by_again], key=Finding.sort_key), {}, {first: (again,), again: (first,)})]
    assert _spilled(tmp_path, done) == _in_memory(done)
    assert len(_spilled(tmp_path, done)) == 1


def test_a_closed_spill_takes_no_block(tmp_path: Path) -> None:
    spill = Spill(str(tmp_path))
    spill.close()
    with pytest.raises(ValueError, match="closed"):
        spill.add(BlockFindings([]))


def test_the_check_gives_what_merging_its_blocks_in_memory_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    blocks: list[BlockFindings] = []
    add = Spill.add

    def recorded(self: Spill, block: BlockFindings) -> None:
        blocks.append(block)
        add(self, block)

    monkeypatch.setattr(Spill, "add", recorded)
    told = "Die Stadt Lorbach zahlte 5,3 Milliarden Euro, laut {} um 600 Millionen Euro zu viel."
    arts = [
        *generated(100),
        Article.of("x1", told.format("dem Sender"), "2014-07-22"),
        Article.of("x2", told.format("der Zeitung"), "2014-07-23"),
    ]
    report = check(arts)
    expected = _in_memory(blocks)
    assert len(blocks) > 1
    assert report.findings == tuple(f for f in expected if not f.is_note)
    assert report.notes == tuple(f for f in expected if f.is_note)
    assert report.findings  # the corpus has errors injected: the comparison is not of two empty lists
