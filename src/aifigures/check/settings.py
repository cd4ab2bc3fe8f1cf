"""The tolerances of the check in one object.

What qualifiers stand for, how far rates may drift, and when two differing figures are a revision
rather than a conflict.

`Settings()` gives the defaults (the qualifier tolerances come from data/de/check.toml [tolerances]);
``check(..., settings=Settings(approx=Decimal("0.03")))`` and ``aifigures check --tolerance approx=0.03``
change them; every report's JSON summary lists the values used.

>>> Settings().fx_drift, Settings().revision_days
(Decimal('0.015'), 31)
>>> Settings().updated(["approx=0.03", "revision_days=60"]).approx
Decimal('0.03')
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from decimal import Decimal, InvalidOperation

from aifigures.check.vocabulary import Tolerances, check_words
from aifigures.errors import AifiguresError
from aifigures.normalise.band import DRIFT

__all__ = ["Settings", "SettingsError"]


class SettingsError(AifiguresError, ValueError):
    """A tolerance that does not exist or whose value cannot be read."""


def _qualifiers() -> Tolerances:
    return check_words().tolerances


@dataclass(frozen=True)
class Settings:
    """The tolerances of one check; each field says what it changes."""

    approx: Decimal = field(default_factory=lambda: _qualifiers().approx)
    """"etwa", "rund": plus or minus this share of the figure (0.05: ±5 %)."""
    approx_precise: Decimal = field(default_factory=lambda: _qualifiers().approx_precise)
    """The same for a figure written with `precise_digits` significant digits or more ("rund 4,25 Mrd.")."""
    precise_digits: int = field(default_factory=lambda: _qualifiers().precise_digits)
    """How many significant digits make an approximate figure precise."""
    just_under: Decimal = field(default_factory=lambda: _qualifiers().just_under)
    """"knapp X" stands for [just_under · X, X]."""
    just_over: Decimal = field(default_factory=lambda: _qualifiers().just_over)
    """"gut X" stands for [X, just_over · X]."""
    bound: Decimal = field(default_factory=lambda: _qualifiers().bound)
    """A bound's threshold is rounded by its last digit, but by at most this share ("mehr als 2 Mrd.": > 1,98 Mrd.)."""
    fx_drift: Decimal = DRIFT
    """How far beyond the day's ECB rates a stated conversion may lie (a newsroom's rate, rounding): 0.015."""
    swap_days: Decimal = Decimal("0.1")
    """The same digits in two currencies in undated text are a swapped label where the rates of at most this
    share of the days it may date from make them agree (more: a note saying which days)."""
    revision_days: int = 31
    """Reports further apart than this many days whose figures differ are a revision note, not a conflict."""

    @property
    def tolerances(self) -> Tolerances:
        """The qualifier tolerances, as the facts read them."""
        return Tolerances(
            self.just_under, self.just_over, self.approx, self.approx_precise, self.precise_digits, self.bound
        )

    def updated(self, assignments: list[str]) -> Settings:
        """These settings with ``name=value`` assignments applied (the command line's ``--tolerance``)."""
        known = {f.name: f for f in fields(self)}
        changes: dict[str, Decimal | int] = {}
        for assignment in assignments:
            name, sep, value = assignment.partition("=")
            name = name.strip().replace("-", "_")
            if not sep or name not in known:
                raise SettingsError(f"{assignment!r}: expected NAME=VALUE with NAME one of {', '.join(known)}")
            try:
                number: Decimal | int = int(value) if known[name].type == "int" else Decimal(value.strip())
            except (ValueError, InvalidOperation):
                raise SettingsError(f"{assignment!r}: {value.strip()!r} is not a number") from None
            if (isinstance(number, Decimal) and not number.is_finite()) or number < 0:
                raise SettingsError(f"{assignment!r}: a tolerance is a finite number of zero or more")
            changes[name] = number
        return replace(self, **changes)  # type: ignore[arg-type] # the names and types are checked above

    def to_dict(self) -> dict[str, str]:
        """Every setting as text (JSON-ready, Decimal kept exact)."""
        return {f.name: str(getattr(self, f.name)) for f in fields(self)}
