"""The values extraction produces: `Amount`, its `Qualifier` and its stated `Period`."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from aifigures.formatting import exact

__all__ = ["Amount", "Period", "PeriodKind", "Qualifier"]

_ISO = re.compile(r"[A-Z]{3}")
_ISO_SEEN: set[str] = set()
"""Codes already checked against `_ISO` (amounts are made by the thousand)."""


class Qualifier(enum.StrEnum):
    """How the written figure relates to the true one (codes of docs/conventions.md)."""

    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    RANGE = "range"


class Code(enum.StrEnum):
    """A code that hashes as its value: consistent with == on str, and cheap in the caches' keys."""

    __hash__ = str.__hash__


class PeriodKind(Code):
    """The kinds of stated period; `N_MONTHS`, `N_DAYS` and `TOTAL_YEARS` carry a count."""

    YEAR = "year"
    HALF_YEAR = "half_year"
    QUARTER = "quarter"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    SEASON = "season"
    N_MONTHS = "months"
    N_DAYS = "days"
    TOTAL_YEARS = "total_over_years"
    TOTAL_MULTIPLE_YEARS = "total_over_multiple_years"


_MONTH_WORDS = {
    2: "two",
    4: "four",
    5: "five",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    18: "eighteen",
    24: "twenty_four",
}
_WORD_MONTHS = {v: k for k, v in _MONTH_WORDS.items()}
_CODE = re.compile(r"(?P<words>[a-z_]+)_months|(?P<days>\d+)_days|total_over_(?P<years>\d+)_years|(?P<plain>[a-z_]+)")


@dataclass(frozen=True, slots=True)
class Period:
    """A period stated with an amount: per year, per quarter, a total over three years ...

    `str()` gives the code of docs/conventions.md:

    >>> str(Period(PeriodKind.N_MONTHS, 9)), str(Period(PeriodKind.TOTAL_YEARS, 3))
    ('nine_months', 'total_over_3_years')
    >>> Period.from_code("half_year")
    Period(kind=<PeriodKind.HALF_YEAR: 'half_year'>, count=None)
    """

    kind: PeriodKind
    count: int | None = None
    _hash: int = field(init=False, repr=False, compare=False, default=0)

    def __post_init__(self) -> None:
        """Check that a count is given exactly for the kinds that need one."""
        counted = self.kind in {PeriodKind.N_MONTHS, PeriodKind.N_DAYS, PeriodKind.TOTAL_YEARS}
        if counted and (self.count is None or self.count < 1):
            raise ValueError(f"period {self.kind.value!r} needs a positive count, got {self.count!r}")
        if not counted and self.count is not None:
            raise ValueError(f"period {self.kind.value!r} takes no count, got {self.count!r}")
        object.__setattr__(self, "_hash", hash((self.kind, self.count)))

    def __hash__(self) -> int:
        """The hash of (kind, count), worked out once: periods key the caches of normalisation."""
        return self._hash

    def __reduce__(self) -> tuple[type[Period], tuple[PeriodKind, int | None]]:
        """Pickled as its fields: the hash of a string differs between processes, so it is made anew."""
        return Period, (self.kind, self.count)

    @classmethod
    def of_months(cls, months: int) -> Period:
        """The period of a number of months, using the named kinds for 1, 3, 6 and 12."""
        named = {1: PeriodKind.MONTH, 3: PeriodKind.QUARTER, 6: PeriodKind.HALF_YEAR, 12: PeriodKind.YEAR}
        if months in named:
            return cls(named[months])
        return cls(PeriodKind.N_MONTHS, months)

    @classmethod
    def from_code(cls, code: str) -> Period:
        """Read a period code such as ``nine_months`` or ``total_over_3_years``."""
        m = _CODE.fullmatch(code)
        if m is None:
            raise ValueError(f"unknown period code {code!r}")
        if m["words"] is not None:
            if m["words"] not in _WORD_MONTHS:
                raise ValueError(f"unknown period code {code!r}")
            return cls(PeriodKind.N_MONTHS, _WORD_MONTHS[m["words"]])
        if m["days"] is not None:
            return cls(PeriodKind.N_DAYS, int(m["days"]))
        if m["years"] is not None:
            return cls(PeriodKind.TOTAL_YEARS, int(m["years"]))
        try:
            kind = PeriodKind(m["plain"])
        except ValueError:
            raise ValueError(f"unknown period code {code!r}") from None
        return cls(kind)

    def __str__(self) -> str:
        """The period code."""
        if self.kind is PeriodKind.N_MONTHS:
            assert self.count is not None  # noqa: S101 - checked in __post_init__
            return f"{_MONTH_WORDS.get(self.count, str(self.count))}_months"
        if self.kind is PeriodKind.N_DAYS:
            return f"{self.count}_days"
        if self.kind is PeriodKind.TOTAL_YEARS:
            return f"total_over_{self.count}_years"
        return self.kind.value

    @property
    def months(self) -> int | None:
        """The length of the period in months, where it has a fixed one."""
        fixed = {PeriodKind.YEAR: 12, PeriodKind.HALF_YEAR: 6, PeriodKind.QUARTER: 3, PeriodKind.MONTH: 1}
        if self.kind in fixed:
            return fixed[self.kind]
        if self.kind is PeriodKind.N_MONTHS:
            return self.count
        if self.kind is PeriodKind.TOTAL_YEARS and self.count is not None:
            return 12 * self.count
        return None


@dataclass(frozen=True, slots=True)
class Amount:
    """One money amount found in a text.

    `value` is the literal magnitude (Milliarde = 10^9, Billion = 10^12); for a range it is the midpoint
    of `low` and `high`. `text` is always ``source[span[0]:span[1]]``.
    """

    text: str
    span: tuple[int, int]
    value: Decimal
    currency: str | None
    qualifier: Qualifier = Qualifier.EXACT
    period: Period | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    scale: int = 0
    """The power of ten of the scale word (9 for "Milliarden"), 0 where there is none."""
    currency_inferred: bool = False
    """True where the currency is not written with the amount but borrowed or assumed."""
    ambiguous: bool = False
    """True where the currency sign or word has more than one reading ("¥", "Dollar")."""
    period_text: str | None = None
    """The words that state the period ("im ersten Halbjahr 2024"), which may lie outside `span`."""
    period_span: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        """Check the invariants every amount keeps."""
        start, end = self.span
        if not 0 <= start <= end or end - start != len(self.text):
            raise ValueError(f"span {self.span} does not fit text {self.text!r}")
        value, low, high = self.value, self.low, self.high
        if not (
            isinstance(value, Decimal)
            and (low is None or isinstance(low, Decimal))
            and (high is None or isinstance(high, Decimal))
        ):  # the common case passes with three checks; else find the field to name
            for name, v in (("value", value), ("low", low), ("high", high)):
                if v is not None and not isinstance(v, Decimal):
                    raise TypeError(f"{name} must be a Decimal, got {type(v).__name__}: {v!r}")
        currency = self.currency
        if currency is not None and currency not in _ISO_SEEN:
            if not _ISO.fullmatch(currency):
                raise ValueError(f"currency must be an ISO 4217 code, got {currency!r}")
            _ISO_SEEN.add(currency)
        if low is not None and low > value:
            raise ValueError(f"low {low} is above value {value}")
        if high is not None and high < value:
            raise ValueError(f"high {high} is below value {value}")

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: Decimals as strings, qualifier and period as their codes.

        >>> from aifigures import parse
        >>> parse("bis zu 1,91 Mrd. Dollar").to_dict()["high"]
        '1910000000'
        """
        return {
            "text": self.text,
            "start": self.span[0],
            "end": self.span[1],
            "value": exact(self.value),
            "low": None if self.low is None else exact(self.low),
            "high": None if self.high is None else exact(self.high),
            "currency": self.currency,
            "qualifier": self.qualifier.value,
            "period": None if self.period is None else str(self.period),
        }
