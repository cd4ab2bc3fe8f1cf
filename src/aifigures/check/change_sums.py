"""A change told with the figures before and after it, which must add up: "stieg um 400 Mio. auf 3,4 Mrd.".

"Der Umsatz stieg um 400 Mio. Euro auf 3,4 Mrd. Euro, nach 3,1 Mrd. Euro im Vorjahr": 3,1 and 0,4 are 3,5, not
3,4. In one sentence: a change ("um 400 Mio.": `aifigures.check.facts.is_change`), the figure it leads to right
after it ("auf 3,4 Mrd."), and the figure it starts from, before it ("von 3,1 Mrd. um ...") or compared with
the figure after ("nach 3,1 Mrd. im Vorjahr", "(Vorjahr: 3,1 Mrd.)"). The smaller of the two levels and the
change add up to the larger, within the rounding of their digits; figures told as approximate are not weighed.
A change told as a percentage ("stieg um 12 Prozent auf 56 Euro, nach 50 Euro") must be the ratio of the two
figures, within the rounding of the three; not where a word of the sentence holds one of another basis
("währungsbereinigt", "organisch": check.toml change_bases). Read by the parts-and-totals rule
(`aifigures.check.rules.af103_parts_total`); the words are check.toml's.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING

from aifigures.amount import Qualifier
from aifigures.check.facts import is_change
from aifigures.check.findings import Kind, between, interval_text
from aifigures.check.part_sums import added_up
from aifigures.check.shares import stated_percent
from aifigures.check.vocabulary import check_words as words

if TYPE_CHECKING:
    from collections.abc import Iterator

    from aifigures.check.facts import Fact
    from aifigures.check.findings import Finding
    from aifigures.check.run import Run

__all__ = ["change_sums"]


def change_sums(run: Run, members: list[Fact]) -> Iterator[Finding]:
    """Each change of an article (its comparable `members`) that its levels before and after do not add up to."""
    by_sentence: dict[tuple[int, int], list[Fact]] = defaultdict(list)
    for f in members:
        by_sentence[f.sentence].append(f)
    for told in by_sentence.values():
        yield from _percent_changes(run, told)
        for change in told:
            levels = _levels(run.text(change.article), change, told) if is_change(change) else None
            if levels is None:
                continue
            before, after = levels
            low, high = sorted((before, after), key=lambda f: f.amount.value)
            why = (
                f"a change and the figures it leads from and to in one sentence: {before.amount.text!r} and "
                f"{change.amount.text!r} make {after.amount.text!r}"
            )
            finding = added_up(run, high, [low, change], why=why)
            if finding is not None:
                yield finding


def _levels(text: str, change: Fact, told: list[Fact]) -> tuple[Fact, Fact] | None:
    """The figures a change leads from and to ("von 3,1 Mrd. um 0,3 Mrd. auf 3,4 Mrd."), or None."""
    exact = [f for f in told if f.amount.qualifier is Qualifier.EXACT and f.currency == change.currency]
    if change not in exact:
        return None
    to_re, from_re = _joins()
    after = next((f for f in exact if f.amount.span[0] >= change.amount.span[1] and not is_change(f)), None)
    if after is None or to_re.fullmatch(text, change.amount.span[1], after.amount.span[0]) is None:
        return None
    before = next((f for f in exact if f.compared_with == after.index and f is not change), None)
    if before is None:  # "von 3,1 Mrd. um 0,3 Mrd. auf ...": the level right before the change, led by "von"
        prior = [f for f in exact if f.amount.span[1] <= change.amount.span[0]]
        if (
            prior
            and from_re.fullmatch(text, prior[-1].amount.span[1], change.amount.span[0]) is not None
            and text[: prior[-1].amount.span[0]].rstrip().lower().endswith(tuple(words().change_from))
        ):
            before = prior[-1]
    return None if before is None else (before, after)


@functools.cache
def _joins() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words between a change and the figure it leads to ("auf"), and between the figure before and it ("um")."""
    w = words()
    to, by = "|".join(map(re.escape, w.change_to)), "|".join(map(re.escape, w.change_before))
    return re.compile(rf"\s*(?:{to})\s*", re.IGNORECASE), re.compile(rf"\s*(?:{by})\s*", re.IGNORECASE)


def _percent_changes(run: Run, told: list[Fact]) -> Iterator[Finding]:
    """Each figure a sentence says a percentage changed another into ("um 12 Prozent auf 56 Euro"), where it did not."""
    text = run.text(told[0].article)
    exact = [f for f in told if f.amount.qualifier is Qualifier.EXACT]
    if _has_base(text[told[0].sentence[0] : told[0].sentence[1]]):
        return
    for i, after in enumerate(exact):
        found = _percent_change(text, after, exact[:i], exact)
        if found is None:
            continue
        m, before = found
        rate = stated_percent(m.group(1), m.start(1), m.end(1))
        (b_lo, b_hi), (a_lo, a_hi) = before.rounding, after.rounding
        if after.amount.value >= before.amount.value:
            lo, hi = (a_lo / b_hi - 1) * _HUNDRED, (a_hi / b_lo - 1) * _HUNDRED
        else:
            lo, hi = (1 - a_hi / b_lo) * _HUNDRED, (1 - a_lo / b_hi) * _HUNDRED
        if hi >= rate.low and lo <= rate.high:
            continue
        cur = after.currency or run.currency
        message = (
            f"{before.amount.text!r} {interval_text(b_lo, b_hi, cur)} to {after.amount.text!r} "
            f"{interval_text(a_lo, a_hi, cur)} is a change of {lo:.1f} to {hi:.1f} %, but the text states "
            f"{m.group(0).strip()!r}"
        )
        why = "a change told as a percentage between the figures it leads from and to, in one sentence"
        yield between(Kind.PARTS_TOTAL, message, (before, after), (before.rounding, after.rounding), cur, why=why)


def _percent_change(text: str, after: Fact, prior: list[Fact], exact: list[Fact]) -> tuple[re.Match[str], Fact] | None:
    """The percentage that changed a figure into `after`, and the figure it changed, or None.

    "um 12 Prozent auf 56 Euro, nach 50 Euro" (the figure compared with `after`), or "um 12 Prozent von 50 auf 56
    Euro" (the figure of `prior` right before it). Both positive, in one currency.
    """
    at, lo = after.amount.span[0], after.sentence[0]
    to_percent, from_percent = _percent_res()
    m = to_percent.search(text, max(lo, at - _PERCENT_REACH), at)
    before = next((f for f in exact if f.compared_with == after.index), None) if m is not None else None
    if m is None and prior and _joins()[0].fullmatch(text, prior[-1].amount.span[1], at) is not None:
        before = prior[-1]  # "von 50 auf 56 Euro"
        m = from_percent.search(text, max(lo, before.amount.span[0] - _PERCENT_REACH), before.amount.span[0])
    if m is None or before is None or before.currency != after.currency:
        return None
    return (m, before) if before.amount.value > 0 and after.amount.value > 0 else None


_HUNDRED = Decimal(100)
_PERCENT_REACH = 40
"""How far before the figure a change leads to its percentage may stand ("um 12 Prozent auf")."""


def _has_base(sentence: str) -> bool:
    """Whether a sentence tells a change's rate on another basis than its figures ("währungsbereinigt")."""
    low = sentence.lower()
    return any(b in low for b in words().change_bases)


@functools.cache
def _percent_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A change's percentage before the figure it leads to, and before the figure it leads from.

    "um 12 Prozent auf", "um 8,5 % auf"; "um 12 Prozent von".
    """
    w = words()
    by, to, start = ("|".join(map(re.escape, x)) for x in (w.change_before, w.change_to, w.change_from))
    percent = "|".join(map(re.escape, w.percent_words))
    rate = rf"(?<![^\W\d_])(?:{by})\s+(\d{{1,3}}(?:,\d+)?)\s?(?:{percent})\s+"
    return re.compile(rf"{rate}(?:{to})\s*\Z", re.IGNORECASE), re.compile(rf"{rate}(?:{start})\s*\Z", re.IGNORECASE)
