"""The check in blocks: articles that share no key are checked apart, and the findings are those of one run."""

from __future__ import annotations

import pathlib
import sys
import tempfile
from decimal import Decimal
from typing import TYPE_CHECKING

from aifigures import Article, Qualifier, Report, check
from aifigures.check.blocks import MAX_POSTINGS, Corpus, Labels, Reach, blocks
from aifigures.check.store import read_stored, write_batch

from corpus import generated

if TYPE_CHECKING:
    import pytest

_CROSS = sys.modules["aifigures.check.cross"]


def _reach(article: str, *words: str, keys: frozenset[tuple[object, ...]] = frozenset()) -> Reach:
    return Reach(article, tuple((w, 1) for w in words), frozenset(), lower=False, keys=keys)


def _ids(reached: list[Reach]) -> list[str]:
    return [r.article for r in reached]


def test_articles_sharing_a_rare_word_are_one_block_and_others_apart() -> None:
    # five hundred articles that meet no other fill two blocks; the two that share "keltron" are together
    reached = [_reach(f"x{i:03}", f"only{i}") for i in range(500)]
    reached += [_reach("a", "keltron", "umsatz"), _reach("z", "keltron")]
    corpus = Corpus.of(len(reached), reached)
    found = blocks(reached, corpus, Labels(), _ids(reached))
    assert sum(len(b) for b in found) == len(reached)
    together = [b for b in found if "a" in b]
    assert "z" in together[0]
    assert len(found) > 1


def test_a_word_of_too_many_figures_joins_nothing() -> None:
    many = [_reach(f"b{i:03}", "quartal") for i in range(MAX_POSTINGS + 100)]
    corpus = Corpus.of(len(many), many)
    assert corpus.word_figures["quartal"] > MAX_POSTINGS
    assert [len(b) for b in blocks(many, corpus, Labels(), _ids(many))] == [
        256,
        MAX_POSTINGS + 100 - 256,
    ]  # packed, never joined


def test_a_name_that_identifies_joins_its_metric_s_figures_and_a_common_one_does_not() -> None:
    key = ("metric", "investment", "Keltrovia")
    common = ("metric", "investment", "Deutschland")
    reached = [_reach(f"x{i:03}", keys=frozenset({common})) for i in range(300)]
    reached += [_reach("k1", keys=frozenset({key})), _reach("k2", keys=frozenset({key}))]
    found = blocks(reached, Corpus.of(len(reached), reached), Labels(), _ids(reached))
    assert any({"k1", "k2"} <= set(b) for b in found)
    assert len(found) > 1  # "Deutschland" does not put all 300 in one block


def test_the_same_digits_join_articles_only_in_two_currencies() -> None:
    told = (Decimal(550_000_000), None, None, Qualifier.EXACT, "keltrovia")
    euro, dollar = frozenset({("digits", *told, "EUR")}), frozenset({("digits", *told, "USD")})
    filler = [_reach(f"x{i:03}", f"only{i}") for i in range(300)]  # so that blocks are not packed into one
    for second, joined in ((euro, False), (dollar, True)):
        reached = [_reach("a", keys=euro), *filler, _reach("z", keys=second)]
        labels = Labels()
        for r in reached:
            labels.add(r)
        found = blocks(reached, Corpus.of(len(reached), reached), labels, _ids(reached))
        assert any({"a", "z"} <= set(b) for b in found) is joined


def test_one_block_for_a_key_of_the_user_s() -> None:
    reached = [_reach(f"x{i:03}", f"only{i}") for i in range(300)]
    assert len(blocks(reached, Corpus.of(300, reached), Labels(), _ids(reached), one=True)) == 1


def _in_blocks_and_whole(monkeypatch: pytest.MonkeyPatch, articles: list[Article]) -> tuple[Report, Report, int]:
    """The check of `articles` in blocks, in one run, and how many blocks the first made."""
    # a corpus this small has its cities' names in few enough figures to join its stories: index fewer
    for module in ("aifigures.check.blocks", "aifigures.check.evidence", "aifigures.check.told_stories"):
        monkeypatch.setattr(sys.modules[module], "MAX_POSTINGS", 12)
    seen: list[int] = []
    split = _CROSS.blocks

    def counted(
        reached: list[Reach], corpus: Corpus, labels: Labels, ids: list[str], *, one: bool = False
    ) -> list[list[str]]:
        out: list[list[str]] = split(reached, corpus, labels, ids, one=one)
        seen.append(len(out))
        return out

    monkeypatch.setattr(_CROSS, "blocks", counted)
    in_blocks = check(articles)
    monkeypatch.setattr(
        _CROSS, "blocks", lambda reached, corpus, labels, ids, **_: split(reached, corpus, labels, ids, one=True)
    )
    return in_blocks, check(articles), seen[0]


def test_the_findings_of_blocks_are_those_of_one_run(monkeypatch: pytest.MonkeyPatch) -> None:
    articles: list[Article] = generated(120)
    in_blocks, whole, made = _in_blocks_and_whole(monkeypatch, articles)
    assert made > 1
    assert any(len({p.article for p in f.amounts}) > 1 for f in whole.findings)  # findings across articles
    assert in_blocks.to_json(articles) == whole.to_json(articles)


def test_a_stream_is_checked_as_its_list_is_and_leaves_no_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where the check keeps its facts until their block
    articles = generated(60)
    given = check(iter(articles), jobs=2)
    assert given.to_json(articles) == check(articles).to_json(articles)
    assert given.findings
    assert list(tmp_path.iterdir()) == []


def test_articles_written_by_the_stage_are_read_back_alike(tmp_path: pathlib.Path) -> None:
    a = Article("a", "Keltrovia investierte 2024 rund 5 Mrd. Euro in Graz.", None)
    b = Article("b", "Zweiter Text ohne Zahl.", None)
    where = write_batch(str(tmp_path / "batch0.pkl"), [(a, []), (b, [])])
    assert read_stored(reversed(where)) == {"a": (a, []), "b": (b, [])}


_BUDGET = (
    "Haushaltsentwurf 2027: Kabinett in Velden legt Etat vor\n\nDas Land Velden will 2027 insgesamt 16,8 Milliarden "
    "Euro ausgeben. Größter Posten ist die Bildung mit 4,1 Milliarden Euro. Die Neuverschuldung soll 380 Millionen "
    "Euro betragen."
)
_BUDGET_WIRE = (
    "Velden plant Ausgaben von 16,8 Milliarden Euro\n\nNach dem Entwurf der Landesregierung fließen in die Bildung "
    "1,4 Milliarden Euro. Neue Kredite sind in Höhe von 380 Millionen Euro geplant."
)


def test_reports_that_tell_the_same_figures_are_one_story_in_blocks_as_in_one_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Reports of one story found by the figures both tell (`told_stories`) meet in one block."""
    articles = [
        *generated(120),
        Article.of("budget-a", _BUDGET, "2026-09-08"),
        Article.of("budget-b", _BUDGET_WIRE, "2026-09-08"),
    ]
    in_blocks, whole, made = _in_blocks_and_whole(monkeypatch, articles)
    assert made > 1
    told = [f for f in whole.findings if {p.article for p in f.amounts} == {"budget-a", "budget-b"}]
    assert [f.kind.value for f in told] == ["conflict"]
    assert "their reports tell the same" in told[0].why
    assert in_blocks.to_json(articles) == whole.to_json(articles)
