"""The errors of aifigures: one base class, each error also a built-in exception."""

from __future__ import annotations

__all__ = ["AifiguresError", "CurrencyError", "ParseError", "PeriodError", "RateNotAvailableError"]


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


class CurrencyError(AifiguresError, ValueError):
    """A currency code that is not an ISO 4217 code aifigures knows."""

    def __init__(self, code: str, why: str = "is not an ISO 4217 currency code") -> None:
        """Name the code and what is wrong with it."""
        self.code = code
        super().__init__(f"{code!r} {why}")


class RateNotAvailableError(AifiguresError, LookupError):
    """No exchange rate for a currency pair on a date (or over a period).

    The message names the pair, the date asked for and the range the source covers.
    """

    def __init__(self, base: str, quote: str, asked: str, detail: str) -> None:
        """Keep what was asked and why it cannot be answered."""
        self.base = base
        self.quote = quote
        self.asked = asked
        self.detail = detail
        super().__init__(f"no {base}/{quote} rate for {asked}: {detail}")


class PeriodError(AifiguresError, ValueError):
    """A period or date that cannot be read or resolved."""


class InvalidReferenceError(AifiguresError, ValueError):
    """A reference figure that cannot be used: a field missing or of the wrong kind."""


class InvalidArticleError(AifiguresError, TypeError):
    """An article given with a field of the wrong kind (its id or text not a string)."""
