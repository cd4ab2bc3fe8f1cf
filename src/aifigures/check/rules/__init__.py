"""The rules of the check, one module each, in the order they run.

Adding a rule: one module here (its docstring says what it flags; a `RULE`), one line in `RULES`, one row
in the rule table of ``tests/check/test_rules.py`` and one section in docs/checks.md. The registry test
fails when any of them is missing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aifigures.check.rules import (
    af101_scale_error,
    af102_fx_conversion,
    af103_parts_total,
    af104_qualifier_conflict,
    af105_period_mismatch,
    af106_conflict,
    af107_revision,
    af108_key_mismatch,
    af109_reference_mismatch,
    af901_unverifiable,
)

if TYPE_CHECKING:
    from aifigures.check.findings import Kind
    from aifigures.check.rule import Rule

__all__ = ["RULES", "rule_for"]

RULES: tuple[Rule, ...] = (
    af101_scale_error.RULE,
    af102_fx_conversion.RULE,
    af103_parts_total.RULE,
    af104_qualifier_conflict.RULE,
    af105_period_mismatch.RULE,
    af106_conflict.RULE,
    af107_revision.RULE,
    af108_key_mismatch.RULE,
    af109_reference_mismatch.RULE,
    af901_unverifiable.RULE,
)

_BY_KIND = {r.kind: r for r in RULES}


def rule_for(kind: Kind) -> Rule:
    """The rule that finds `kind`."""
    return _BY_KIND[kind]
