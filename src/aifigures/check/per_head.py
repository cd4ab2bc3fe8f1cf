"""A figure for each of a counted group, and the group's total: "2.500 Beschäftigte erhalten je 60.000 Euro".

Where a sentence counts a group (a number before a noun, "2.500 Beschäftigte", "40.000 Haushalte") and gives
a figure for each of them ("je", "jeweils", "im Schnitt", `per_head` in check.toml) with nothing hedging it,
the figure times the count must not exceed a total of the same currency told in that sentence or the one
before or after it ("insgesamt 120 Millionen Euro"): the total may hold more than the group's share, so
only a product above it is flagged. A count with a hedge ("rund 2.500", "mehr als 40.000") is no count.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from aifigures.amount import Qualifier
from aifigures.check.facts import has_word, is_change, words
from aifigures.check.findings import Kind, between, interval_text
from aifigures.check.metrics import alternation

if TYPE_CHECKING:
    from collections.abc import Iterator
    from decimal import Decimal

    from aifigures.check.facts import Fact
    from aifigures.check.findings import Finding
    from aifigures.check.run import Run

__all__ = ["per_head_above_total", "per_head_restated", "per_unit_restated"]


def per_head_above_total(run: Run, members: list[Fact]) -> Iterator[Finding]:
    """Each figure for each of a counted group whose product with the count exceeds the group's total.

    `members`: the comparable facts of one article, in their order.
    """
    for each in members:
        if each.amount.qualifier is not Qualifier.EXACT or each.total:
            continue
        text = run.text(each.article)
        if not _for_each(text, each):
            continue
        count = _count(text, each.sentence[0], each.amount.span[0], members)
        total = _total_near(text, members, each)
        if count is None or total is None or total.currency != each.currency:
            continue
        lo, hi = each.rounding[0] * count, each.rounding[1] * count
        if lo <= total.high:
            continue
        cur = each.currency or run.currency
        message = (
            f"{each.amount.text!r} for each of {count:,} is {interval_text(lo, hi, cur)}, more than the total "
            f"{total.amount.text!r} {interval_text(total.low, total.high, cur)}"
        )
        why = f"a figure for each of a group its sentence counts ({count:,}), and a total told beside it"
        yield _counted(
            message, (each, total), (lo, hi), cur, why=why, factor=f"x{count:,} (the group its sentence counts)"
        )


def per_head_restated(run: Run, members: list[Fact]) -> Iterator[Finding]:
    """Each total restated per head of a group counted beside it, whose quotient the restatement misses.

    "Die Stadt mit ihren 50.000 Einwohnern hat Schulden von 400 Mio. Euro. Das sind 800 Euro je Einwohner.": the
    figure per head (its unit a noun the text counted in its sentence or the one before) restates the larger
    figure before it as a quotient, so it must meet the total divided by the count, both with their rounding.
    """
    for i, each in enumerate(members):
        text = run.text(each.article)
        unit = _per_noun_re().match(text, each.amount.span[1])
        if unit is None or i == 0:
            continue
        total = members[i - 1]
        if total.currency != each.currency or total.amount.value <= each.amount.value:
            continue
        if not _adjacent(text, total.sentence, each.sentence) or not _restates(text, total, each):
            continue
        count = _count(text, min(total.sentence[0], each.sentence[0]), each.amount.span[0], members, unit["noun"])
        if count is None:
            continue
        lo, hi = total.low / count, total.high / count
        if lo <= each.high and each.low <= hi:
            continue
        cur = each.currency or run.currency
        message = (
            f"{total.amount.text!r} for {count:,} is {interval_text(lo, hi, cur)} each, but the text states "
            f"{each.amount.text!r} {interval_text(each.low, each.high, cur)} {text[unit.start() : unit.end()].strip()}"
        )
        why = f"a total restated per head of a group the text counts ({count:,}) right after it"
        yield _counted(message, (total, each), (lo, hi), cur, why=why, factor=f"/{count:,} (the group the text counts)")


def per_unit_restated(run: Run, members: list[Fact]) -> Iterator[Finding]:
    """Each price per unit restated for a count of units right after it, whose product the restatement misses.

    "28 Cent je Kilowattstunde. Für einen Haushalt mit 3.500 Kilowattstunden sind das rund 980 Euro im Jahr", "12,40
    Euro je Quadratmeter ... Für eine 70-Quadratmeter-Wohnung sind das rund 870 Euro": the next figure, in its
    sentence or the next, restates the price ("sind das", "damit") for the units the text counts between them, so
    it must meet the price times the count, both with their rounding.
    """
    for i, rate in enumerate(members[:-1]):
        text = run.text(rate.article)
        unit = _per_noun_re().match(text, rate.amount.span[1])
        whole = _restatement(text, rate, members[i + 1 : i + 1 + _RESTATED_WITHIN])
        if unit is None or whole is None or whole.currency != rate.currency or whole.amount.value <= rate.amount.value:
            continue
        count = _count(text, unit.end(), whole.amount.span[0], members, unit["noun"])
        if count is None:
            continue
        lo, hi = rate.low * count, rate.high * count
        if lo <= whole.high and whole.low <= hi:
            continue
        cur = rate.currency or run.currency
        per = text[unit.start() : unit.end()].strip()
        message = (
            f"{rate.amount.text!r} {per} for {count:,} is {interval_text(lo, hi, cur)}, "
            f"but the text states {whole.amount.text!r} {interval_text(whole.low, whole.high, cur)}"
        )
        why = f"a price per unit restated for a count of units the text gives ({count:,}) right after it"
        yield _counted(message, (rate, whole), (lo, hi), cur, why=why, factor=f"x{count:,} (the units the text counts)")


_RESTATED_WITHIN = 2
"""How many figures after a price may hold its restatement: the next, or the one after a figure of its own clause (a
year before: "13,80 Euro je Quadratmeter, ein Jahr zuvor waren es 12,90 Euro. Für 70 Quadratmeter sind das ...")."""


def _restatement(text: str, rate: Fact, after: list[Fact]) -> Fact | None:
    """The first figure of `after`, in the price's sentence or the next, that restates it ("sind das"), if any.

    A figure between them stands in the price's sentence.
    """
    for f in after:
        if _adjacent(text, rate.sentence, f.sentence) and _restated_here(text, f):
            # a change or a saving the price's change makes ("sinken die Kosten damit um rund 111 Euro") is no product
            return None if is_change(f) or (f.metric or "") in words().difference_metrics else f
        if f.sentence != rate.sentence:
            return None
    return None


def _counted(  # noqa: PLR0913 - the message, the two figures, the first's worked-out interval, currency, why, factor
    message: str, pair: tuple[Fact, Fact], worked: tuple[Decimal, Decimal], cur: str, *, why: str, factor: str
) -> Finding:
    """A finding on a figure worked out by a count (`worked`: its interval times or divided by it) and the other."""
    other = pair[1]
    return between(Kind.PARTS_TOTAL, message, pair, (worked, (other.low, other.high)), cur, why=why, factors=(factor,))


def _restated_here(text: str, f: Fact) -> bool:
    """Whether a phrase that restates the figure before ("sind das", "damit") stands in a figure's clause before it."""
    return has_word(text[f.clause[0] : f.amount.span[0]], words().unit_restating)


def _restates(text: str, total: Fact, each: Fact) -> bool:
    """Whether a figure's sentence restates the one before ("Das sind ..."), or both stand in one sentence."""
    if total.sentence == each.sentence:
        return True
    first = text[each.sentence[0] : each.amount.span[0]].split(None, 1)[:1]
    return bool(first) and first[0].lower() in words().share_back


_STEM = 5


@functools.cache
def _per_noun_re() -> re.Pattern[str]:
    """A unit of a head right after a figure ("800 Euro je Einwohner": check.toml per_unit)."""
    per = alternation(words().per_unit)
    return re.compile(rf"\s+(?i:{per})\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß\-]{{2,}})(?![^\W\d_])")


def _for_each(text: str, f: Fact) -> bool:
    """Whether a word for each of a group stands right before the figure ("je 60.000 Euro", "im Schnitt 60.000")."""
    return _per_head_re().search(text, max(f.clause[0], f.amount.span[0] - _CUE_REACH), f.amount.span[0]) is not None


_CUE_REACH = 24
"""How far before the figure its word for each of the group may stand."""


def _total_near(text: str, members: list[Fact], each: Fact) -> Fact | None:
    """The nearest larger figure marked as a total in the figure's sentence or the one right before or after it."""
    near = [
        f
        for f in members
        if f is not each
        and f.total
        and f.currency == each.currency
        and f.amount.value > each.amount.value
        and _adjacent(text, f.sentence, each.sentence)
    ]
    return min(near, key=lambda f: abs(f.index - each.index), default=None)


def _adjacent(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two sentences are one, or follow one another with nothing but white space between them."""
    first, second = sorted((a, b))
    return first == second or not text[first[1] : second[0]].strip()


def _count(text: str, lo: int, hi: int, members: list[Fact], noun: str | None = None) -> int | None:
    """The number of a group counted in text[lo:hi] ("2.500 Beschäftigte"): not a figure of money, nor hedged.

    With `noun`, only a count of that noun (any case: "Einwohnern" counts "Einwohner"). None where two counts
    stand there (which group is meant is not known) or the one is hedged ("rund 2.500": no count to multiply by).
    """
    stem = None if noun is None else noun.lower()[: max(_STEM, len(noun) - 2)]
    found = [
        m
        for m in _COUNT.finditer(text, lo, hi)
        if (stem is None or m["noun"].lower().startswith(stem))
        and not any(f.amount.span[0] <= m.start("n") < f.amount.span[1] for f in members)
    ]
    if len(found) != 1:
        return None
    m = found[0]
    before = text[max(lo, m.start() - _HEDGE_REACH) : m.start()].lower().split()
    if any(" ".join(before[-k:]) in words().count_hedges for k in (1, 2)):
        return None
    n = int(m["n"].replace(".", "").replace("\u00a0", "").replace(" ", ""))
    return n if n >= _FEWEST else None


_FEWEST = 2
_HEDGE_REACH = 20


_COUNT = re.compile(
    r"(?<![\d.,])(?P<n>\d{1,3}(?:[.\u00a0 ]\d{3})+|\d{2,3})(?![\d.,]\d)(?:\s+|-)"
    r"(?P<noun>[A-ZÄÖÜ][a-zäöüß\-]{2,})(?![^\W\d_])"
)
"""A number (not a year: thousands are written with a separator) and the capitalised noun it counts (after a space,
or a hyphen in a compound: "eine 70-Quadratmeter-Wohnung")."""


@functools.cache
def _per_head_re() -> re.Pattern[str]:
    cues = alternation(words().per_head)
    return re.compile(rf"(?<![^\W\d_])(?i:{cues})\s+\Z")
