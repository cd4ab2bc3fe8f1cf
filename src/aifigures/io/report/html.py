"""The HTML report: one self-contained page, the findings linked to the passages they involve.

Article text is untrusted: the page escapes every character of it (and of every message) and carries no
script; amounts are highlighted with ``<mark>`` elements whose ids the findings link to.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aifigures.check import Report
    from aifigures.io.articles import Article

__all__ = ["render"]

_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#222}
h1{font-size:1.4em} h2{font-size:1.1em;margin-top:2em} pre{white-space:pre-wrap;background:#fafafa;padding:1em}
mark{background:#fff3b0;padding:0 .1em} mark.flagged{background:#ffb3b3}
.finding{border-left:4px solid #c33;padding:.2em .8em;margin:.8em 0} .info{border-color:#39c}
.warning{border-color:#e90} code{font-size:.9em} a{color:#05a}
"""


def render(report: Report, articles: list[Article], *, notes: bool = True, colour: bool = False) -> str:  # noqa: ARG001 - the renderers' shared signature
    """One self-contained page: the findings, linked to the passages they involve, and every article."""
    flagged = {(p.article, p.start) for f in report.findings for p in f.amounts}
    out = [
        "<!DOCTYPE html>",
        '<html lang="de"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>aifigures report</title><style>{_STYLE}</style></head><body>",
        "<h1>aifigures: figures that do not add up</h1>",
        (
            f"<p>{len(report.articles)} articles, {report.amounts} amounts, {len(report.findings)} findings, "
            f"{len(report.notes)} notes.</p>"
        ),
    ]
    out.extend(f'<p class="finding warning">Unusable input: {html.escape(str(p))}</p>' for p in report.problems)
    for i, f in enumerate([*report.findings, *report.notes]):
        links = ", ".join(
            f'<a href="#{_anchor(p.article, p.start)}">{html.escape(p.text)}</a> '
            f"<small>({html.escape(p.article)})</small>"
            for p in f.amounts
        )
        out.append(
            f'<div class="finding {f.severity.value}" id="finding-{i}"><b>{f.code} {f.kind.value}</b> '
            f"({f.severity.value})<br>{html.escape(f.message)}<br>Amounts: {links}"
            + (f"<br><small>linked: {html.escape(f.why)}</small>" if f.why else "")
            + "".join(f"<br><small>rate: {html.escape(str(r))}</small>" for r in f.rates)
            + "</div>"
        )
    from aifigures.extract.reader import extract  # noqa: PLC0415 - the same amounts the check saw

    for art in sorted(articles, key=lambda a: a.id):
        out.append(f"<h2>{html.escape(art.id)} <small>{html.escape(str(art.date or 'undated'))}</small></h2>")
        pieces: list[str] = []
        pos = 0
        for a in extract(art.text):
            start, end = a.span
            pieces.append(html.escape(art.text[pos:start]))
            cls = ' class="flagged"' if (art.id, start) in flagged else ""
            pieces.append(f'<mark id="{_anchor(art.id, start)}"{cls}>{html.escape(art.text[start:end])}</mark>')
            pos = end
        pieces.append(html.escape(art.text[pos:]))
        out.append(f"<pre>{''.join(pieces)}</pre>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _anchor(article: str, start: int) -> str:
    safe = "".join(c if c.isalnum() else "-" for c in article)
    return f"a-{safe}-{start}"
