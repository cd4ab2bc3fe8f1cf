"""Reports by name, as flake8 registers its formatters: ``FORMATS["text"]``, ``"json"``, ``"html"``.

Each format is one module with a ``render(report, articles, *, notes, colour) -> str``; adding one is a
module and a line here (the command line offers every name in `FORMATS`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from aifigures.io.report import html, json, text

if TYPE_CHECKING:
    from aifigures.check import Report
    from aifigures.io.articles import Article

__all__ = ["FORMATS", "Renderer", "render_html", "render_json", "render_text"]


class Renderer(Protocol):
    """What a report format is: a function of the report and the articles it checked."""

    def __call__(self, report: Report, articles: list[Article], *, notes: bool = ..., colour: bool = ...) -> str:
        """The report, as text."""
        ...


FORMATS: dict[str, Renderer] = {"text": text.render, "json": json.render, "html": html.render}


def render_text(report: Report, *, notes: bool = True, colour: bool = False) -> str:
    """The text report (see `aifigures.io.report.text`)."""
    return text.render(report, [], notes=notes, colour=colour)


def render_json(report: Report, *, notes: bool = False) -> str:
    """The JSON report (see `aifigures.io.report.json`)."""
    return json.render(report, [], notes=notes)


def render_html(report: Report, articles: list[Article]) -> str:
    """The HTML report (see `aifigures.io.report.html`)."""
    return html.render(report, articles)
