"""Extraction and the check never fail on document-shaped input (see tests/documents.py for the shapes)."""

from __future__ import annotations

from hypothesis import given, settings

from aifigures import Article, check, extract

from documents import documents, seeded


@settings(max_examples=300)
@given(documents())
def test_extract_never_raises_on_a_document_and_every_span_slices_it(doc: str) -> None:
    for a in extract(doc):
        assert doc[a.span[0] : a.span[1]] == a.text
        assert a.text.strip()


@settings(max_examples=60)
@given(documents(), documents())
def test_check_never_raises_on_documents_and_accounts_for_each(first: str, second: str) -> None:
    report = check([Article("a", first, "2024-03-01"), Article("b", second)])
    assert report.articles == ("a", "b")
    assert not report.problems
    assert report.amounts == len(extract(first)) + len(extract(second))


def test_the_fuzz_script_sees_the_shapes_the_strategy_makes() -> None:
    """The seeded documents of the fuzz script include line-break-joined paragraphs, tables and lists."""
    docs = [seeded(s) for s in range(300)]
    assert any("\r\n" in d for d in docs)
    assert any("|---|" in d for d in docs)
    assert any("\n- " in d or d.startswith("- ") for d in docs)
    assert any(len(d) > 2000 for d in docs)
