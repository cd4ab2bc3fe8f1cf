"""A figure two reports give two values that only their rounding lets meet, one of them marking it as changed.

"Karvex rechnet für 2024 mit einem Umsatz von 5 Milliarden Euro" and, months later, "Karvex senkt die
Umsatzprognose für 2024 auf 4,5 Milliarden Euro": "5 Milliarden" may be anything from 4,5 to 5,5, so the two
meet, but the second report says the figure was changed. That is a revision, told as a note with both figures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aifigures.check.findings import Finding, Kind, interval_text, place
from aifigures.check.modality import has_word
from aifigures.check.vocabulary import check_words

if TYPE_CHECKING:
    from decimal import Decimal

    from aifigures.check.facts import Fact
    from aifigures.check.run import Run
    from aifigures.normalise.rates import RateQuote

__all__ = ["marked_changed", "revised_within_rounding"]


def revised_within_rounding(  # noqa: PLR0913, PLR0917 - the two figures, as compared, and why they were linked
    a: Fact,
    b: Fact,
    run: Run,
    compared: tuple[tuple[Decimal, Decimal], tuple[Decimal, Decimal]],
    currency: str,
    rates: tuple[RateQuote, ...],
    why: str,
) -> Finding | None:
    """The revision note of two linked figures of two reports whose intervals meet; None unless it is one.

    One: their intervals meet (`compared`; not a part measure below its whole), written in one currency with two
    values, and one of their sentences marks a change against the other (`marked_changed`: "gesenkt", "korrigiert",
    data/de/check.toml's ``revision``; "inzwischen" in the later report).
    """
    (la, ha), (lb, hb) = compared
    if a.article == b.article or not (a.revised or b.revised) or la > hb or lb > ha:
        return None
    if a.currency != b.currency or a.amount.value == b.amount.value or not marked_changed(a, b, run):
        return None
    ia, ib = compared
    message = (
        f"{a.amount.text!r} {interval_text(*ia, currency)} and {b.amount.text!r} {interval_text(*ib, currency)} "
        "report one figure: the text marks it as changed (their rounding alone would let them meet)"
    )
    return Finding(Kind.REVISION, message, (place(a), place(b)), compared, currency, rates, why=why)


def marked_changed(a: Fact, b: Fact, run: Run) -> bool:
    """Whether the sentence of one of two figures marks it as changed, against the other.

    A correction ("korrigiert", "angehoben") always; a figure as it stands now ("kostet inzwischen 145 Mio.") only
    in the text that told the earlier figure, or in a report dated after the other's: another report of the same day
    tells the present too ("Mieter zahlen inzwischen 14,20 Euro" and another's "12,40 Euro": a conflict), as does an
    earlier one that tells its own figure as it stands now ("rechnet nun mit 180 Mio." against "inzwischen 280 Mio.").
    """
    w = check_words()
    for marked, other in ((a, b), (b, a)):
        if not marked.revised:
            continue
        sentence = run.text(marked.article)[marked.sentence[0] : marked.sentence[1]]
        if marked.article == other.article or has_word(sentence, w.revision):
            return True
        dm, do = run.articles[marked.article].date, run.articles[other.article].date
        if dm is None or do is None or (dm.start > do.end and not _told_now(other, run)):
            return True  # (both told as they stand now, "nun 180 Mio." and a day later "inzwischen 280 Mio.": two)
    return False


def _told_now(f: Fact, run: Run) -> bool:
    """Whether a figure is told as it stands now: marked so, or the new figure of a change its text tells."""
    from aifigures.check.revisions import revisions_by_article  # noqa: PLC0415 - revisions is read after this module

    return f.revised or any(new is f for _, new, _ in revisions_by_article(run).get(f.article, ()))
