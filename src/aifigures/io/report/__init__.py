"""Reports by name, as flake8 registers its formatters: ``FORMATS["text"]``, ``"json"``, ``"jsonl"``, ``"html"``.

Each format is one module with a ``render(report, articles, *, notes, colour) -> str``; adding one is a
module and a line here (the command line offers every name in `FORMATS`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from aifigures.io.report import html, json, jsonl, text

if TYPE_CHECKING:
    from aifigures.check import Report
    from aifigures.io.articles import Article

__all__ = ["FORMATS", "Renderer"]


class Renderer(Protocol):
    """What a report format is: a function of the report and the articles it checked."""

    def __call__(self, report: Report, articles: list[Article], *, notes: bool = ..., colour: bool = ...) -> str:
        """The report, as text."""
        ...


FORMATS: dict[str, Renderer] = {"text": text.render, "json": json.render, "jsonl": jsonl.render, "html": html.render}
