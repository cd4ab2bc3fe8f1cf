"""One finding per figure: a slip found by several links is told once, with the reports that agree.

The clusters of a key and the evidence across articles may both set a figure against others; a figure
told again in its article (in the title and in the text) is one telling of it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from aifigures.check.compare import agrees, telling, told_value
from aifigures.check.digit_evidence import digits_evidence
from aifigures.check.facts import may_be_one
from aifigures.check.findings import place

if TYPE_CHECKING:
    from collections.abc import Collection

    from aifigures.check.facts import Fact
    from aifigures.check.findings import Finding, Kind, Place
    from aifigures.check.run import Run

__all__ = ["agreed_in", "one_per_figure", "told_alike_in", "with_copies"]


def one_per_figure(found: list[Finding], run: Run) -> list[Finding]:
    """The findings, each figure set against one figure that others agree with once, not once per way it was linked.

    A slip linked by its key to one report and by the evidence to another that agrees with the first (a
    report in lower case) is one finding, whose reason names the other.
    """
    at = {(f.article, f.amount.span[0]): f for f in run.facts}
    first: dict[tuple[Kind, Place], int] = {}
    out: list[Finding] = []
    more: dict[int, list[str]] = defaultdict(list)
    canon = _first_tellings(run)
    against: dict[tuple[Place, str], Place] = {}
    for finding in found:
        if _answers_another(finding, against, canon):
            continue
        j = _agreeing_with(finding, first, out, at, canon) if len(finding.amounts) == _PAIR else None
        if j is None:
            for p in finding.amounts:
                first.setdefault((finding.kind, canon.get(p, p)), len(out))
            out.append(finding)
            continue
        taken = {canon.get(q, q) for q in out[j].amounts}
        other = next((q for q in finding.amounts if canon.get(q, q) not in taken), None)
        if other is None:
            continue  # the same two figures, one of them told again (in the title and in the text)
        told = f"{other.text!r} in {other.article}"
        if told not in out[j].why and told not in more[j]:
            more[j].append(told)
    for j, reports in more.items():
        if reports:
            agree = "1 more report agrees" if len(reports) == 1 else f"{len(reports)} more reports agree"
            out[j] = replace(out[j], why=f"{out[j].why}; {agree} with it: {', '.join(reports)}")
    return out


def _answers_another(finding: Finding, against: dict[tuple[Place, str], Place], canon: dict[Place, Place]) -> bool:
    """Whether a flag sets a figure against a figure of another article where a flag before set it against another.

    Links are one to one: a figure answers one figure of each other report. "etwa 11,9 Mrd. Euro" set by its
    key against "rund 8,9 Mrd. Euro" is not also set, by digits alone, against that report's "119 Mio. Euro".
    The first flag is remembered here; notes are never dropped.
    """
    if finding.is_note or len(finding.amounts) != _PAIR or finding.amounts[0].article == finding.amounts[1].article:
        return False
    a, b = (canon.get(p, p) for p in finding.amounts)
    known = against.get((a, b.article)), against.get((b, a.article))
    if (known[0] is not None and known[0] != b) or (known[1] is not None and known[1] != a):
        return True
    against.setdefault((a, b.article), b)
    against.setdefault((b, a.article), a)
    return False


def _agreeing_with(
    finding: Finding,
    first: dict[tuple[Kind, Place], int],
    out: list[Finding],
    at: dict[tuple[str, int], Fact],
    canon: dict[Place, Place],
) -> int | None:
    """The finding before that sets one of this finding's figures against a figure its other one agrees with."""
    for i, p in enumerate(finding.amounts):
        j = first.get((finding.kind, canon.get(p, p)))
        if j is None:
            continue
        other = finding.amounts[1 - i]
        before = next((q for q in out[j].amounts if canon.get(q, q) != canon.get(p, p)), None)
        if before is None:
            continue
        a, b = at.get((before.article, before.start)), at.get((other.article, other.start))
        if a is not None and b is not None and a.article != b.article and agrees(a, b):
            return j
    return None


def _first_tellings(run: Run) -> dict[Place, Place]:
    """Each figure told again in its article ("59 Millionen" in a title over "59 Millionen Euro"): its first telling."""
    first: dict[tuple[str, tuple[object, ...]], Place] = {}
    out: dict[Place, Place] = {}
    for f in run.facts:
        here = place(f)
        out[here] = first.setdefault((f.article, told_value(f)), here)
    return out


_PAIR = 2


def agreed_in(a: list[Fact], b: list[Fact]) -> bool:
    """Whether the report of one cluster's first figure tells the other cluster's figure too, in agreement.

    "Ausgaben von 612 Mio." in two reports of a budget, and in one of them "Allein für Soziales ... 198 Mio.": that
    report agrees on the 612 Mio., so its 198 Mio. is another quantity of the key, not a conflicting telling.
    """
    return any(f.article == b[0].article for f in a[1:]) or any(f.article == a[0].article for f in b[1:])


def told_alike_in(a: Fact, b: Fact, by_article: dict[str, list[Fact]], old: Collection[int] = ()) -> bool:
    """Whether the report of one of two figures that disagree tells the other one alike (`by_article`: its facts).

    "Lyrana hat 80 Millionen Dollar eingesammelt" against a report of "80 Mio. Dollar" and, beside it,
    "Insgesamt ... 105 Mio. Dollar": the report agrees on the 80, and its 105 is another quantity. Not for
    figures with the same digits at another power of ten (a slip is a slip, whatever else the report says), nor
    by a figure its text tells as old (`old`, by id: "Bislang hatte der Konzern 2,1 Mrd. erwartet").
    """
    if a.article == b.article or digits_evidence(a, b) > 0:
        return False
    return any(
        g is not other and id(g) not in old and _agree(f, g)
        for f, other in ((a, b), (b, a))
        for g in by_article.get(other.article, ())
    )


def _agree(a: Fact, b: Fact) -> bool:
    """Two figures told alike: one currency, value and group, nothing saying they are two things.

    Whether one is called a total ("Insgesamt kam er auf 8,4 Mio. Euro") and the other not ("verdiente 8,4
    Mio. Euro") does not matter: the same value of one story is one figure. A part is not its total
    ("Insgesamt flossen 57 Mio., davon ... 57 Mio. in den Vertrieb").
    """
    same = a.currency == b.currency and a.amount.value == b.amount.value
    whole_and_part = (a.total and b.part) or (a.part and b.total)
    return same and a.group == b.group and not whole_and_part and may_be_one(a, b)


def with_copies(finding: Finding, a: list[Fact], b: list[Fact]) -> Finding:
    """A finding between the first figures of two clusters, whose reason names the other reports of each.

    Those that tell the figure as its cluster's first does (copies of one agency text), then those that
    only agree with it.
    """
    leads = {a[0].article, b[0].article}
    alike: list[str] = []
    agree: list[str] = []
    for cluster in (a, b):
        for f in cluster[1:]:
            if f.article not in leads:
                (alike if telling(f) == telling(cluster[0]) else agree).append(f"{f.amount.text!r} in {f.article}")
    why = finding.why
    if alike:
        why += f"; told alike in {len(alike)} more report(s): {', '.join(alike)}"
    if agree:
        why += f"; {len(agree)} more report(s) agree with one of them: {', '.join(agree)}"
    return finding if why == finding.why else replace(finding, why=why)
