"""The HTML report: one self-contained page, the findings linked to the passages they involve.

Article text is untrusted: the page escapes every character of it (and of every message) and carries no
script; amounts are highlighted with ``<mark>`` elements whose ids the findings link to.
"""

from __future__ import annotations

import html
from collections import Counter
from typing import TYPE_CHECKING

from aifigures.io.report.summary import place, summarise

if TYPE_CHECKING:
    from aifigures.check import Report
    from aifigures.check.findings import Finding
    from aifigures.io.articles import Article

__all__ = ["render"]

_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#222}
h1{font-size:1.4em} h2{font-size:1.15em;margin-top:2em} h3{font-size:1em;margin-top:1.5em}
pre{white-space:pre-wrap;background:#fafafa;padding:1em}
mark{background:#fff3b0;padding:0 .1em} mark.flagged{background:#ffb3b3}
.finding{border-left:4px solid #c33;padding:.2em .8em;margin:.8em 0} .info{border-color:#39c} .notice{border-color:#3a3}
.warning{border-color:#e90} .error{border-color:#c33} code{font-size:.9em} a{color:#05a}
table{border-collapse:collapse;margin:1em 0} caption{text-align:left;font-weight:bold}
td,th{border-bottom:1px solid #ddd;padding:.2em .8em;text-align:left}
"""


def render(report: Report, articles: list[Article], *, notes: bool = True, colour: bool = False) -> str:  # noqa: ARG001 - the renderers' shared signature
    """One self-contained page: summary, flags, notes, then the articles they involve, amounts marked.

    The page is in English (``lang="en"``); each article's text keeps its own language (``lang="de"``).
    Articles without a finding or note are listed by id only, so that a corpus report stays readable.
    """
    texts = {a.id: a.text for a in articles}
    flagged = {(p.article, p.start) for f in report.findings for p in f.amounts}
    summary = summarise(report)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>aifigures report</title><style>{_STYLE}</style></head><body>",
        "<h1>aifigures: figures that do not add up</h1>",
        f'<p class="summary">{html.escape(summary.line())}.</p>',
    ]
    out.extend(f'<p class="finding error">Unusable input: {html.escape(str(p))}</p>' for p in summary.unusable)
    out.extend(f'<p class="finding warning">Read with a warning: {html.escape(str(p))}</p>' for p in summary.noted)
    listed = [*report.findings, *(report.notes if notes else ())]
    out.extend(_tables(listed))
    out.extend(_grouped(listed, texts))
    involved = {p.article for f in listed for p in f.amounts}
    from aifigures.extract.reader import extract  # noqa: PLC0415 - the same amounts the check saw

    shown_articles = sorted((a for a in articles if a.id in involved), key=lambda a: a.id)
    if shown_articles:
        out.append(f"<h2>Articles with a finding or note ({len(shown_articles)})</h2>")
    for art in shown_articles:
        when = html.escape(str(art.date or "undated"))
        out.append(f'<h3 id="{_article_anchor(art.id)}">{html.escape(art.id)} <small>{when}</small></h3>')
        pieces: list[str] = []
        pos = 0
        for a in extract(art.text):
            start, end = a.span
            pieces.append(html.escape(art.text[pos:start]))
            cls = ' class="flagged"' if (art.id, start) in flagged else ""
            pieces.append(f'<mark id="{_anchor(art.id, start)}"{cls}>{html.escape(art.text[start:end])}</mark>')
            pos = end
        pieces.append(html.escape(art.text[pos:]))
        out.append(f'<pre lang="de">{"".join(pieces)}</pre>')
    rest = sorted(a for a in report.articles if a not in involved)
    if rest:
        ids = ", ".join(html.escape(i) for i in rest)
        out.append(f"<details><summary>{len(rest)} articles without a finding</summary><p>{ids}</p></details>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _tables(listed: list[Finding]) -> list[str]:
    """The summary tables the page opens with: the findings and notes by rule, and by article."""
    if not listed:
        return []
    by_rule = Counter((f.code, f.kind.value, f.severity.value) for f in listed)
    rows = "".join(
        f'<tr><td><a href="#{code}">{code}</a></td><td>{kind}</td><td>{severity}</td><td>{n}</td></tr>'
        for (code, kind, severity), n in sorted(by_rule.items())
    )
    out = [f"<table><caption>By rule</caption><tr><th>rule</th><th>kind</th><th>severity</th><th>count</th></tr>{rows}"]
    out[-1] += "</table>"
    flags = Counter(a for f in listed if not f.is_note for a in {p.article for p in f.amounts})
    noted = Counter(a for f in listed if f.is_note for a in {p.article for p in f.amounts})
    rows = "".join(
        f'<tr><td><a href="#{_article_anchor(a)}">{html.escape(a)}</a></td><td>{flags[a]}</td><td>{noted[a]}</td></tr>'
        for a in sorted(set(flags) | set(noted))
    )
    out.append(
        f"<table><caption>By article</caption><tr><th>article</th><th>flags</th><th>notes</th></tr>{rows}</table>"
    )
    return out


def _grouped(listed: list[Finding], texts: dict[str, str]) -> list[str]:
    """The findings, then the notes, each grouped under its rule."""
    out: list[str] = []
    number = 0
    for title, shown in (
        ("Findings", [f for f in listed if not f.is_note]),
        ("Notes", [f for f in listed if f.is_note]),
    ):
        if not shown:
            continue
        out.append(f"<h2>{title} ({len(shown)})</h2>")
        for code in sorted({f.code for f in shown}):
            group = [f for f in shown if f.code == code]
            out.append(f'<h3 id="{code}">{code} {group[0].kind.value} ({len(group)})</h3>')
            for f in group:
                out.append(_finding(f, number, texts))
                number += 1
    return out


def _article_anchor(article: str) -> str:
    return f"article-{_safe(article)}"


def _finding(f: Finding, number: int, texts: dict[str, str]) -> str:
    links = ", ".join(
        f'<a href="#{_anchor(p.article, p.start)}" lang="de">{html.escape(p.text)}</a> '
        f"<small>({html.escape(place(p, texts))})</small>"
        for p in f.amounts
    )
    return (
        f'<div class="finding {f.severity.value}" id="finding-{number}"><b>{f.code} {f.kind.value}</b> '
        f"({f.severity.value})<br>{html.escape(f.message)}<br>Amounts: {links}"
        + (f"<br><small>linked: {html.escape(f.why)}</small>" if f.why else "")
        + "".join(f"<br><small>rate: {html.escape(str(r))}</small>" for r in f.rates)
        + "".join(f"<br><small>factor: {html.escape(str(x))}</small>" for x in f.factors)
        + "</div>"
    )


def _anchor(article: str, start: int) -> str:
    return f"a-{_safe(article)}-{start}"


def _safe(article: str) -> str:
    """An article id as the part of an HTML id: letters and digits kept, the rest a hyphen."""
    return "".join(c if c.isalnum() else "-" for c in article)
