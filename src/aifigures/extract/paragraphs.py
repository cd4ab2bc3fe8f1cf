"""Where a text's paragraphs break: blank lines, and a heading between two paragraphs."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["BLANK", "ENDS", "last_break", "paragraph_breaks"]

BLANK: Final = re.compile(r"\n[ \t\r]*\n")
"""A blank line."""
ENDS: Final = frozenset(".!?:;\"“”»«')")
"""The marks a sentence or a paragraph's last line ends with (a line without one is a heading)."""


def paragraph_breaks(between: str) -> int:
    """How many paragraph breaks (blank lines) a stretch holds; a line without an end mark (a heading) as two."""
    breaks = len(BLANK.findall(between))
    if breaks and any(line.strip() and line.rstrip()[-1] not in ENDS for line in between.splitlines()[1:-1]):
        return breaks + 1  # "Ausblick" on a line of its own between two paragraphs: a heading opens another part
    return breaks


def last_break(between: str) -> int:
    """Where the text after the last blank line of a stretch starts (0 where there is none)."""
    found = [m.end() for m in BLANK.finditer(between)]
    return found[-1] if found else 0
