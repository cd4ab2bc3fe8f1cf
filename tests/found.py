"""What the check finds in articles the tests write: the kinds of its findings and notes, in their order."""

from __future__ import annotations

from aifigures import Article, check


def kinds(*articles: tuple[str, str, str]) -> list[str]:
    """The kinds of the findings, then of the notes, of one check of the articles (id, text, ISO date)."""
    report = check([Article.of(aid, text, day) for aid, text, day in articles])
    return [f.kind.value for f in (*report.findings, *report.notes)]
