"""A figure that others expected of the metric the clause before it names.

"Varnholt erwartet ein Ebitda von 6,2 bis 6,8 Mrd. Euro; Analysten hatten im Schnitt mit 6,4 Mrd. gerechnet": the
6,4 is an Ebitda too, though its clause names none. Read by `aifigures.check.metrics`; the words are check.toml's
(`expectation_leads`, `expectation_closings`).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from aifigures.check.vocabulary import check_words as words
from aifigures.check.vocabulary import vocabulary_re

if TYPE_CHECKING:
    from aifigures.check.facts import Fact

__all__ = ["expected_alike"]

_LAST_WORD = re.compile(r"([^\W\d_]+)\W*\Z")


def expected_alike(before: list[Fact], text: str, where: tuple[int, int, int], clause: tuple[int, int]) -> str | None:
    """The metric of the figure before in the sentence, for a figure expected with it ("mit 6,4 Mrd. gerechnet").

    `where`: the sentence's start and the figure's span; `clause`: the figure's clause. None where no figure of
    the sentence stands before it, or where the clause does not close with a verb of expecting after its lead.
    """
    lo, start, end = where
    if not before or before[-1].sentence[0] != lo or _lead_re().search(text, clause[0], start) is None:
        return None
    last = _LAST_WORD.search(text, end, clause[1])
    if last is None or last.group(1).lower() not in words().expectation_closings:
        return None
    return before[-1].metric


@functools.cache
def _lead_re() -> re.Pattern[str]:
    """The word right before an expected figure ("mit"), at the end of the text searched."""
    return re.compile(rf"(?:{vocabulary_re(tuple(words().expectation_leads)).pattern})\s*\Z", re.IGNORECASE)
