"""A figure followed by a list of its parts, one item per mark: they must add up to a total, or not exceed some of it.

"Insgesamt 76,8 Mio. Euro: • A 23,4 Mio., • B 12,8 Mio., ..." tells all of a total; "Die Stadt plant Ausgaben von 412
Mio. Euro. Die größten Posten: - Personal: 148 Mio. ..." some of a figure (check.toml list_part_leads).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aifigures.check.compare import comparable_by_article
from aifigures.check.facts import has_word
from aifigures.check.part_sums import above, added_up
from aifigures.check.vocabulary import check_words as words

if TYPE_CHECKING:
    from collections.abc import Iterator

    from aifigures.check.facts import Fact
    from aifigures.check.findings import Finding
    from aifigures.check.run import Run

__all__ = ["listed_parts"]


def listed_parts(run: Run) -> Iterator[Finding]:
    """A total followed by a list of its parts, one item per mark ("• A 23,4 Mio. Euro, • B 12,8 Mio.")."""
    marks = words().list_marks
    for members in comparable_by_article(run).values():
        for i, total in enumerate(members):
            text = run.text(total.article)
            # "Die größten Projekte:" lists some of a figure, though the figure is told as a total ("Insgesamt ...")
            some = _some_listed(text, total, members[i + 1 : i + 2])
            if not (total.total or some):
                continue
            items: list[Fact] = []
            for f in members[i + 1 :]:
                lead = text[max(total.amount.span[1], f.amount.span[0] - 80) : f.amount.span[0]]
                if not any(m in lead for m in marks) or (items and not _one_item(text, items[-1], f, marks)):
                    break
                items.append(f)
            if len(items) >= _LIST_MIN and some:  # "Die größten Posten:": some of it, so only a sum above it
                finding = above(run, total, items, why="a list of some of its parts, one per mark, after the figure")
            elif len(items) >= _LIST_MIN:
                finding = added_up(run, total, items, why="a list of parts, one per mark, after the total")
            else:
                finding = None
            if finding is not None:
                yield finding


def _some_listed(text: str, total: Fact, first: list[Fact]) -> bool:
    """Whether the sentence after a figure opens a list of some of its parts with a colon ("Die größten Posten:").

    Even after a total: "Insgesamt sind 58 Mio. Euro vorgesehen. Die größten Projekte im Überblick:".
    """
    if not first:
        return False
    between = text[total.sentence[1] : first[0].amount.span[0]]
    head, colon, _ = between.partition(":")
    return bool(colon) and "\n" not in head.strip() and has_word(head, words().list_part_leads)


_LIST_MIN = 3


def _one_item(text: str, prev: Fact, f: Fact, marks: list[str]) -> bool:
    """Whether a list mark stands between two figures: each is an item of its own."""
    between = text[prev.amount.span[1] : f.amount.span[0]]
    return any(m in between for m in marks)
