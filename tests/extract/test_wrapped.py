"""Hard-wrapped text (mail, exports of web pages) reads as the same text on one line per paragraph."""

from __future__ import annotations

import textwrap
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from aifigures import Report, check, extract, load_articles, load_references

from strategies import Rendered, prose_with_amounts

SEEDS = sorted((Path(__file__).parents[2] / "seeds").glob("*.txt"))


def _reading(text: str) -> list[tuple[object, ...]]:
    found = extract(text)
    for a in found:
        assert text[a.span[0] : a.span[1]] == a.text
    return [(a.value, a.low, a.high, a.currency, a.qualifier, a.period) for a in found]


def _wrapped(text: str, width: int, newline: str = "\n") -> str:
    paragraphs = (textwrap.fill(p, width) for p in text.split("\n") if p.strip())
    return (newline * 2).join(p.replace("\n", newline) for p in paragraphs)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("width", [50, 60, 72, 80, 100])
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_a_wrapped_seed_article_reads_as_the_article(seed: Path, width: int, newline: str) -> None:
    text = seed.read_text(encoding="utf-8")
    assert _reading(_wrapped(text, width, newline)) == _reading(text)


@settings(max_examples=150)
@given(st.lists(prose_with_amounts(), min_size=3, max_size=8), st.integers(50, 100))
def test_wrapped_prose_reads_as_the_prose(cases: list[tuple[str, list[tuple[int, Rendered]]]], width: int) -> None:
    paragraph = " ".join(text for text, _ in cases)
    assume(len(paragraph) >= 4 * width)
    assert _reading(_wrapped(paragraph, width)) == _reading(paragraph)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an amount broken across two lines of a wrapped paragraph
        (
            (
                "Der Konzern meldete am Montag für das erste Halbjahr einen Umsatz von 5\n"
                "Milliarden Euro, wie das Unternehmen in Frankfurt am Main mitteilte. Im\n"
                "Vorjahr waren es noch rund 4,2 Milliarden Euro gewesen, sagte ein Sprecher."
            ),
            [("5\nMilliarden Euro", "half_year"), ("rund 4,2 Milliarden Euro", "half_year")],
        ),
        # a noun broken at its hyphen keeps it; a word broken into syllables loses it
        (
            (
                "Die Firma des Gründers, die lange Zeit mit einer beachtlichen Netto-Cash-\n"
                "Position von 4,6 Mrd. Yuan geglänzt hatte, verbrannte zuletzt jedes Jahr 4,7 Mil-\n"
                "liarden Yuan an Barmitteln, so die Analysten der Bank in ihrer Studie heute."
            ),
            [("4,6 Mrd. Yuan", None), ("4,7 Mil-\nliarden Yuan", "year")],
        ),
        # list items stay lines of their own
        (
            (
                "- Umsatz steigt im ersten Halbjahr auf 5,2 Mrd. Euro, so der Konzern heute\n"
                "- EBIT bei 400 Mio. Euro und damit deutlich über den Erwartungen der Analysten\n"
                "- Die Prognose ist bestätigt, die Dividende steigt auf 1,20 Euro je Aktie"
            ),
            # (the EBIT item goes on with the half year's report; the dividend is a stock)
            [("5,2 Mrd. Euro", "half_year"), ("400 Mio. Euro", "half_year"), ("1,20 Euro", None)],
        ),
        # Markdown table rows and headings stay lines of their own
        (
            (
                "## Kennzahlen des Konzerns für das Geschäftsjahr 2023 im Überblick\n"
                "| Umsatz im Geschäftsjahr 2023 | 5,2 Milliarden Euro (Vorjahr: 4,9) |\n"
                "| Gewinn vor Zinsen und Steuern | 1,1 Milliarden Euro, ein Rekord |"
            ),
            # (the profit's row goes on with the year of the heading and the row before)
            [("5,2 Milliarden Euro", "year"), ("4,9", "year"), ("1,1 Milliarden Euro", "year")],
        ),
        # short lines are no wrapped paragraph
        ("Umsatz: 5 Mio.\nEuro-Anteil: 3", [("5 Mio.", None)]),
    ],
)
def test_wrapped_lines_join_where_a_paragraph_was_wrapped(text: str, want: list[tuple[str, str | None]]) -> None:
    assert [(a.text, None if a.period is None else str(a.period)) for a in extract(text)] == want


def test_the_check_finds_in_wrapped_seed_articles_what_it_finds_in_the_articles() -> None:
    """The words around amounts (who, what, which clause) are read across wrapped lines as well."""
    seeds = SEEDS[0].parent
    articles, problems = load_articles([str(seeds)])
    assert problems == []
    wrapped = [replace(a, text=_wrapped(a.text, 72)) for a in articles]
    references = load_references(str(seeds / "references.csv"))

    def found(report: Report) -> list[tuple[str, str, list[str]]]:
        return [(f.code, f.kind.value, [p.text.replace("\n", " ") for p in f.amounts]) for f in report.findings]

    plain = found(check(articles, references=references))
    assert plain  # the seeds have findings to lose
    assert found(check(wrapped, references=references)) == plain
