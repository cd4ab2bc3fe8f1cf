"""The errors of aifigures: one base class, each error also a built-in exception."""

from __future__ import annotations

__all__ = ["AifiguresError", "ParseError"]


class AifiguresError(Exception):
    """Base class of every error aifigures raises on purpose."""


class ParseError(AifiguresError, ValueError):
    """A fragment is not exactly one money amount.

    The message names the input and puts a caret under the first word that is neither part of the
    amount, a qualifier nor a stated period.
    """

    def __init__(self, fragment: str, position: int, reason: str) -> None:
        """Keep the input, the offending position and the reason."""
        self.fragment = fragment
        self.position = position
        self.reason = reason
        line_start = fragment.rfind("\n", 0, position) + 1
        line_end = fragment.find("\n", position)
        line = fragment[line_start : line_end if line_end >= 0 else len(fragment)]
        caret = " " * (position - line_start) + "^"
        super().__init__(f"{reason} in {fragment!r}\n    {line}\n    {caret}")
