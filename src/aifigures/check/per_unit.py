"""The thing a figure is told per: "8.450 Euro pro Quadratmeter", "1,20 Euro je Aktie", "Ein Quadratmeter kostete ...".

Such a figure is another measure than a total (`aifigures.check.metrics`: "cost:per quadratmeter"); a unit of
time ("pro Jahr") gives a period instead. The words are in check.toml [check_words] per_unit, per_time,
unit_articles and unit_nouns.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from aifigures.check.changes import unnamed_change
from aifigures.check.vocabulary import check_words as words

if TYPE_CHECKING:
    from aifigures.amount import Amount

__all__ = ["as_share", "is_share", "one_measure", "per_recipient", "per_unit"]


def per_unit(low: str) -> str | None:
    """The thing a lower-case clause gives its figure per ("pro quadratmeter"), not a unit of time ("pro jahr")."""
    w = words()
    for m in _per_unit_re().finditer(low):
        noun = m.group("noun") or m.group("head")
        timed = noun.endswith(_times()) and not noun.endswith(tuple(w.per_time_not))  # not "je Kilowattstunde"
        if noun not in w.determiners and noun not in w.modifier_prepositions and not timed:
            return _HEAD if noun in w.head_nouns else noun
    one = _one_unit_re().search(low)  # "Ein Quadratmeter kostete 8.900 Euro", "kostet der Liter 1,79 Euro"
    if one is not None:
        return one.group("noun")
    return _HEAD if any(p in low for p in w.head_phrases) else None  # "ein jeder trägt 284 Euro bei"


_HEAD = "kopf"
"""The one unit of the nouns of a head ("pro Kopf", "je Einwohner", "pro Bürger")."""


def per_recipient(metric: str | None, text: str, clause: tuple[int, int], amount: Amount) -> str | None:
    """`metric`, or its measure per recipient where a group gets the figure (`amount`, of `clause`) each.

    "Betroffene Haushalte sollen bis zu 5.000 Euro erhalten": a group (`recipient_groups`, or a compound that ends
    in one: "Landesbeschäftigte"), a verb of getting (`getting_verbs`) and no word of a total (`total`) in the
    clause. Not for a figure with a scale word: "Landwirte erhalten 1,5 Mrd. Euro" is what all of them get; but
    one of them told so ("Jeder Mitarbeiter bekommt 1,8 Mio. Euro": `each_leads`, `each_getting_verbs`) gets it
    each, a scale word or not. What workers get (`worker_groups`) where no metric is named is their pay: "Die
    Beschäftigten erhalten 250 Euro mehr im Monat" is a raise.
    """
    if metric is not None and ":" in metric:
        return metric  # a measure told already ("pro Quadratmeter")
    from aifigures.check.metrics import vocabulary_re  # noqa: PLC0415 - metrics reads this module

    low, w = text[clause[0] : clause[1]].lower(), words()
    each = f"{metric or 'figure'}:per recipient"  # "Haushalte" in one report, "Privathaushalte" in another
    if _each_one(low[: amount.span[0] - clause[0]]) and vocabulary_re(tuple(w.each_getting_verbs)).search(low):
        return each  # "Jeder Mitarbeiter bekommt ...": a scale word too
    group = _group_re((*w.recipient_groups, *w.worker_groups)).search(low)
    if (
        amount.scale  # "Landwirte erhalten 1,5 Mrd. Euro": what all of them get
        or group is None
        or vocabulary_re(tuple(w.getting_verbs)).search(low) is None
        or vocabulary_re(tuple(w.total)).search(_without_own_sum(low, amount.span[0] - clause[0])) is not None
    ):
        return metric
    if metric is None and _group_re(tuple(w.worker_groups)).search(low) is not None:
        return _PAY_CHANGE if unnamed_change(text, clause, amount.span) else _PAY
    return each


def _each_one(head: str) -> bool:
    """Whether a clause's words before its figure lead one of a group ("jeder kronhaus-mitarbeiter"), not a time."""
    w = words()
    return any(m.group(2) not in w.each_not for m in _each_re().finditer(head))


@functools.cache
def _each_re() -> re.Pattern[str]:
    """A word of `each_leads` and the word after it, in lower case."""
    leads = "|".join(map(re.escape, words().each_leads))
    return re.compile(rf"(?<![^\W\d_])({leads})\s+([^\W\d_][\w-]*)")


def one_measure(a: Amount, ma: str, b: Amount, mb: str) -> tuple[str, str]:
    """The metrics `ma`, `mb` of two amounts, a measure per recipient left out where one has it and neither a scale.

    "Die 12.000 Beschäftigten erhalten eine Prämie von 3000 Euro" and "Es gibt eine Prämie von 2000 Euro": what
    each gets, though the second names no group.
    """
    if a.scale or b.scale or ma.endswith(_EACH) == mb.endswith(_EACH):
        return ma, mb
    return ma.removesuffix(_EACH), mb.removesuffix(_EACH)


_EACH = ":per recipient"


@functools.cache
def _group_re(groups: tuple[str, ...]) -> re.Pattern[str]:
    """A group's noun, alone or ending a compound ("Landesbeschäftigte", "Leistungsempfänger"), in lower case."""
    alternation = "|".join(re.escape(g) for g in sorted(groups, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])[^\W\d_]*?(?:{alternation})(?![^\W\d_])")


def _without_own_sum(low: str, at: int) -> str:
    """The clause `low` without a total word that sums one thing's own parts right before the figure at `at`.

    "erhalten eine Prämie von insgesamt 3000 Euro": each gets one bonus, whose parts make 3000 Euro.
    """
    own = _own_sum_re().search(low, 0, at)
    return low if own is None else low[: own.start("total")] + low[own.end("total") :]


@functools.cache
def _own_sum_re() -> re.Pattern[str]:
    from aifigures.check.metrics import alternation  # noqa: PLC0415 - metrics reads this module

    w = words()
    articles, links, totals = alternation(w.each_one_articles), alternation(w.value_of), alternation(w.total)
    return re.compile(rf"(?<![^\W\d_])(?:{articles})\s+[^\W\d_][\w-]*\s+(?:{links})\s+(?P<total>{totals})\s*\Z")


_PAY = "salary"
_PAY_CHANGE = f"{_PAY}_change"


@functools.cache
def _per_unit_re() -> re.Pattern[str]:
    from aifigures.check.metrics import alternation  # noqa: PLC0415 - metrics reads this module

    # also the head of a compound ("die Pro-Kopf-Verschuldung": "kopf")
    return re.compile(
        rf"(?<![^\W\d_])(?:{alternation(words().per_unit)})(?:\s+(?P<noun>[^\W\d_][\w\-]*)|-(?P<head>[^\W\d_]+)-)"
    )


@functools.cache
def _one_unit_re() -> re.Pattern[str]:
    from aifigures.check.metrics import alternation  # noqa: PLC0415 - metrics reads this module

    units, articles = alternation(words().unit_nouns), alternation(words().unit_articles)
    return re.compile(rf"(?<![^\W\d_])(?:{articles})\s+(?P<noun>{units})(?![^\W\d_])")


@functools.cache
def _times() -> tuple[str, ...]:
    return tuple(words().per_time)


def as_share(metric: str | None, text: str, lo: int, start: int) -> str | None:
    """`metric`, or its measure as a share where a percentage of a whole restates the figure.

    "Rotterdam erhält 15 Prozent der Ablöse, also rund 12,75 Millionen Euro": a share of the fee, not the fee
    (`aifigures.check.shares.share_re`; the last percentage before the figure in its sentence, from `lo`, with
    no other figure between them).
    """
    from aifigures.check.shares import change_rate, share_re  # noqa: PLC0415 - shares reads the facts that read this module

    if metric is not None and ":" in metric:
        return metric
    head = max(lo, start - _SHARE_REACH)
    last = None
    for last in share_re().finditer(text, head, start):  # noqa: B007 - the last match is wanted
        pass
    if last is None or any(ch.isdigit() for ch in text[last.end() : start]):
        return metric
    if change_rate(text, lo, last.start()):
        return metric  # "stieg um 12 Prozent von 50 auf 66 Mio.": a change's rate, not a share of the 50
    return f"{metric or 'figure'}{_SHARE}"


def is_share(metric: str | None) -> bool:
    """Whether a metric is a share of a whole (`as_share`)."""
    return (metric or "").endswith(_SHARE)


_SHARE = ":share"
_SHARE_REACH = 60
"""How far before a figure the percentage it restates may stand ("15 Prozent der Ablöse, also rund ...")."""
