"""A change told with the figures before and after it, which must add up: "stieg um 400 Mio. auf 3,4 Mrd.".

"Der Umsatz stieg um 400 Mio. Euro auf 3,4 Mrd. Euro, nach 3,1 Mrd. Euro im Vorjahr": 3,1 and 0,4 are 3,5, not
3,4. In one sentence: a change ("um 400 Mio.": `aifigures.check.facts.is_change`), the figure it leads to right
after it ("auf 3,4 Mrd."), and the figure it starts from, before it ("von 3,1 Mrd. um ...") or compared with
the figure after ("nach 3,1 Mrd. im Vorjahr", "(Vorjahr: 3,1 Mrd.)"). The smaller of the two levels and the
change add up to the larger, within the rounding of their digits; figures told as approximate are not weighed.
Read by the parts-and-totals rule (`aifigures.check.rules.af103_parts_total`); the words are check.toml's.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from typing import TYPE_CHECKING

from aifigures.amount import Qualifier
from aifigures.check.facts import is_change
from aifigures.check.part_sums import added_up
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
