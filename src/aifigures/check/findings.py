"""What the check returns: a `Finding` (a flag or a note) with its places and arithmetic, and the `Report`."""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypedDict, Unpack

from aifigures.formatting import rounded, short

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from decimal import Decimal

    from aifigures.check.facts import Fact
    from aifigures.check.settings import Settings
    from aifigures.io.articles import Article, InputCounts, LoadProblem
    from aifigures.normalise.rates import RateQuote

__all__ = ["Extras", "Finding", "Kind", "Place", "Report", "Severity", "between", "interval_text", "place"]


class Kind(enum.StrEnum):
    """The kinds of finding (stable names); each is found by one rule of `aifigures.check.rules`."""

    SCALE_ERROR = "scale_error"
    FX_CONVERSION = "fx_conversion"
    PARTS_TOTAL = "parts_total"
    QUALIFIER_CONFLICT = "qualifier_conflict"
    PERIOD_MISMATCH = "period_mismatch"
    CONFLICT = "conflict"
    REVISION = "revision"
    KEY_MISMATCH = "key_mismatch"
    REFERENCE_MISMATCH = "reference_mismatch"
    UNVERIFIABLE = "unverifiable"


class Severity(enum.StrEnum):
    """How bad a finding is."""

    ERROR = "error"
    WARNING = "warning"
    NOTICE = "notice"
    """A note a reader should see: the figure changed (a revision), so another report may tell the old one."""
    INFO = "info"
    """A note for the record: a comparison that could not be made."""


@dataclass(frozen=True, slots=True)
class Place:
    """Where an amount stands: article, start, end and its surface text."""

    article: str
    start: int
    end: int
    text: str


def place(f: Fact) -> Place:
    """Where a fact's amount stands."""
    return Place(f.article, f.amount.span[0], f.amount.span[1], f.amount.text)


class Extras(TypedDict, total=False):
    """What a finding may carry beside its figures: the rates used, the factors applied, why it was linked."""

    rates: tuple[RateQuote, ...]
    factors: tuple[str, ...]
    why: str


def between(
    kind: Kind,
    message: str,
    facts: Sequence[Fact],
    intervals: tuple[tuple[Decimal, Decimal], ...],
    currency: str,
    **extras: Unpack[Extras],
) -> Finding:
    """A finding about the figures of `facts` (their places are taken from them)."""
    return Finding(kind, message, tuple(place(f) for f in facts), intervals, currency, **extras)


def interval_text(lo: Decimal, hi: Decimal, currency: str) -> str:
    """An interval as a message shows it: ``[4.5 bn, 5.5 bn] EUR``."""
    return f"[{short(lo)}, {short(hi)}] {currency}"


@dataclass(frozen=True, slots=True)
class Finding:
    """One result of the check: a flag (an inconsistency) or a note."""

    kind: Kind
    message: str
    amounts: tuple[Place, ...]
    intervals: tuple[tuple[Decimal, Decimal], ...]
    """The intervals compared, in `currency`, in the order of `amounts` (a reference's comes last)."""
    currency: str
    rates: tuple[RateQuote, ...] = field(default=())
    factors: tuple[str, ...] = field(default=())
    why: str = ""
    """Why its figures were linked: the evidence that they report one quantity, or one total and its parts."""

    code: str = field(init=False)
    """The stable code, e.g. ``AF101``, of the rule that finds this kind."""
    severity: Severity = field(init=False)
    """error, warning (flags), notice or info (notes)."""
    is_note: bool = field(init=False)
    """Notes are informational and never count for the exit code."""

    def __post_init__(self) -> None:
        """Take the code, severity and note-ness from the rule of the kind."""
        from aifigures.check.rules import rule_for  # noqa: PLC0415 - the rules import this module

        rule = rule_for(self.kind)
        object.__setattr__(self, "code", rule.code)
        object.__setattr__(self, "severity", rule.severity)
        object.__setattr__(self, "is_note", rule.note)

    def sort_key(self) -> tuple[object, ...]:
        """Deterministic order: by article and position, then code."""
        first = self.amounts[0] if self.amounts else Place("", 0, 0, "")
        return (first.article, first.start, self.code, tuple((p.article, p.start) for p in self.amounts))

    def to_dict(self) -> dict[str, object]:
        """The JSON form of one finding."""
        return {
            "code": self.code,
            "kind": self.kind.value,
            "severity": self.severity.value,
            "message": self.message,
            "amounts": [{"article": p.article, "start": p.start, "end": p.end, "text": p.text} for p in self.amounts],
            "intervals": [[rounded(lo), rounded(hi)] for lo, hi in self.intervals],
            "currency": self.currency,
            "rates": [str(r) for r in self.rates],
            "factors": list(self.factors),
            "why": self.why,
        }


@dataclass(frozen=True)
class Report:
    """The result of `check`: flags, notes, what was checked and what could not be read."""

    findings: tuple[Finding, ...]
    notes: tuple[Finding, ...]
    articles: tuple[str, ...]
    amounts: int
    problems: tuple[LoadProblem, ...] = field(default=())
    settings: Settings | None = None
    """The tolerances the check used (None: the defaults)."""
    inputs: InputCounts | None = None
    """How many files and records the articles were read from (None: given as `Article` objects)."""

    def __str__(self) -> str:
        """One line: the counts, and the codes of the flags (``print(check(...))``)."""
        codes = Counter(f"{f.code} {f.kind.value}" for f in self.findings)
        flags = ", ".join(f"{n} {code}" for code, n in sorted(codes.items()))
        found, noted = len(self.findings), len(self.notes)
        return (
            f"Report: {found} finding{'s' * (found != 1)}{f' ({flags})' if flags else ''}, "
            f"{noted} note{'s' * (noted != 1)}, {len(self.articles)} articles, {self.amounts} amounts"
        )

    def to_text(self, articles: Iterable[Article] = (), *, notes: bool = True) -> str:
        """The text report (`aifigures check`'s); `articles` place the amounts by line and column."""
        return self._render("text", articles, notes=notes)

    def to_json(self, articles: Iterable[Article] = (), *, notes: bool = True) -> str:
        """The JSON report: one document (docs/report.schema.json)."""
        return self._render("json", articles, notes=notes)

    def to_html(self, articles: Iterable[Article] = (), *, notes: bool = True) -> str:
        """The HTML report: one self-contained page; `articles` show the texts with their amounts marked."""
        return self._render("html", articles, notes=notes)

    def _render(self, name: str, articles: Iterable[Article], *, notes: bool) -> str:
        from aifigures.io.report import FORMATS  # noqa: PLC0415 - the reports read this module

        return FORMATS[name](self, list(articles), notes=notes, colour=False)

    @property
    def exit_code(self) -> int:
        """2 when some input was unusable, else 1 when there are flags, else 0.

        A problem with an input that was still used (`LoadProblem.used`: a fallback encoding, an unreadable
        date) is reported but does not make the exit 2.
        """
        if any(not p.used for p in self.problems):
            return 2
        return 1 if self.findings else 0
