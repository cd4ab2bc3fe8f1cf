"""Reference figures a user trusts, and how they are read from a CSV or JSON-lines file.

A reference row is ``subject, value, currency, period, source``. The value may be a machine number
("700000000", "191.4") or written as German news writes it ("191,4 Mio.", "700.000.000"); "1.500" could
be 1,5 or 1500 and is refused, naming both readings. `read_references` reports each unusable row (its
line, column and value) and keeps the rest; `load_references` raises on the first.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from aifigures.errors import AifiguresError, InvalidReferenceError
from aifigures.io.articles import LoadProblem

__all__ = ["Reference", "load_references", "read_references", "squash"]


@dataclass(frozen=True)
class Reference:
    """A figure the user trusts, e.g. a training-cost estimate from the AI Index 2024.

    The fields are checked: a subject of words, a `Decimal` value (money is never a float), an ISO 4217
    currency (any case); a wrong one raises `InvalidReferenceError` (an `AifiguresError`) naming the reference.
    """

    subject: str
    """The words that identify the figure ("Gemini Ultra Trainingskosten"); the first names it."""
    value: Decimal
    currency: str
    period: str | None = None
    source: str = ""
    terms: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        """Check the fields; split the subject into the terms that must occur near a matching amount."""
        from aifigures.normalise.rates import iso_currency  # noqa: PLC0415 - babel's list, loaded on first use

        if not isinstance(self.subject, str) or not self.subject.strip():
            raise InvalidReferenceError(f"reference {self.subject!r}: its subject must be words, got {self.subject!r}")
        if not isinstance(self.value, Decimal) or not self.value.is_finite():
            kind = type(self.value).__name__
            raise InvalidReferenceError(f"reference {self.subject!r}: its value must be a finite Decimal, got {kind}")
        object.__setattr__(self, "currency", iso_currency(str(self.currency)))
        if not self.terms:
            object.__setattr__(self, "terms", tuple(squash(t) for t in self.subject.split() if t))


def squash(s: str) -> str:
    """Lower case without spaces or hyphens: how reference subjects are matched ("Gemini Ultra" ~ "geminiultra")."""
    return re.sub(r"[\s\-‐‑]", "", s.lower())


def load_references(path: str) -> list[Reference]:
    """Reference figures from a CSV (``subject,value,currency,period,source``) or JSON-lines file.

    Raises `AifiguresError` naming the file, the line, the column and the value of the first unusable row.
    """
    references, problems = read_references(path)
    if problems:
        raise AifiguresError(str(problems[0]))
    return references


def read_references(path: str) -> tuple[list[Reference], list[LoadProblem]]:
    """Every usable reference of the file, and each unusable row (``file:line``, the column and its value).

    A file that cannot be read at all is one problem, and no reference.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        return [], [LoadProblem(path, f"cannot read the references ({e})")]
    out: list[Reference] = []
    problems: list[LoadProblem] = []
    for line, row in _rows(p, text, problems):
        try:
            out.append(_reference(row))
        except _BadFieldError as e:
            problems.append(LoadProblem(f"{path}:{line}", str(e)))
    return out, problems


class _BadFieldError(Exception):
    """A row's field that cannot be used: the message names the column and the value."""


def _rows(p: Path, text: str, problems: list[LoadProblem]) -> list[tuple[int, dict[str, str]]]:
    """The rows of the file with the line each starts on."""
    if p.suffix.lower() == ".jsonl":
        rows = []
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except ValueError as e:
                problems.append(LoadProblem(f"{p}:{n}", f"not a JSON object ({e})"))
                continue
            if not isinstance(rec, dict):
                problems.append(LoadProblem(f"{p}:{n}", "not a JSON object"))
                continue
            rows.append((n, {str(k): "" if v is None else str(v) for k, v in rec.items()}))
        return rows
    reader = csv.DictReader(text.splitlines(keepends=True))
    return [(reader.line_num, {k: v or "" for k, v in row.items() if k is not None}) for row in reader]


def _reference(row: dict[str, str]) -> Reference:
    """One row as a reference, or `_BadFieldError` naming the column and its value."""
    subject = (row.get("subject") or "").strip()
    if not subject:
        raise _BadFieldError(f"column 'subject': {row.get('subject', '')!r} is empty")
    currency = (row.get("currency") or "").strip()
    try:
        currency = _iso(currency)
        value = _reference_value(row.get("value") or "", currency)
    except AifiguresError as e:
        raise _BadFieldError(str(e).splitlines()[0]) from None
    period = (row.get("period") or "").strip() or None
    return Reference(
        subject=subject, value=value, currency=currency, period=period, source=(row.get("source") or "").strip()
    )


def _iso(written: str) -> str:
    from aifigures.normalise.rates import iso_currency  # noqa: PLC0415 - babel's list, loaded on first use

    try:
        return iso_currency(written)
    except AifiguresError:
        raise AifiguresError(f"column 'currency': {written!r} is no ISO 4217 code") from None


_MACHINE_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")
_ONE_GROUP = re.compile(r"[-+]?\d{1,3}\.\d{3}")


def _reference_value(written: str, currency: str) -> Decimal:
    """A reference value written as a machine number ("700000000", "191.4") or in German ("191,4 Mio.").

    "700.000.000" is German grouping; "1.500" could be 1.5 or 1500 and is refused, naming both readings.
    """
    from aifigures.extract.reader import parse  # noqa: PLC0415 - the reader, only for German-written values

    raw = written.strip()
    if _ONE_GROUP.fullmatch(raw):
        alone = raw.replace(".", "")
        raise AifiguresError(f"column 'value': {raw!r} may be {Decimal(raw)} or {alone}: write it without the dot")
    if _MACHINE_NUMBER.fullmatch(raw):
        return Decimal(raw)
    try:
        return parse(f"{raw} {currency}").value
    except AifiguresError:
        raise AifiguresError(f"column 'value': {raw!r} is no number") from None
