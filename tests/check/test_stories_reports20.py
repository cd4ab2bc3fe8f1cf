"""Stories the project wrote in the session of 2026-12-07 (the ninth): reports of one beat told on one day.

Quarterly reports of several companies, city budgets of several towns, each told by two outlets, some with a slip.
"""

from __future__ import annotations

from found import kinds as _kinds

_HEAD_A = """Talwerda baut Schulden ab

Die Stadt Talwerda tilgt weiter. Ende 2027 soll die Pro-Kopf-Verschuldung bei 1.260 Euro liegen. Der Haushalt \
umfasst 71 Millionen Euro."""
_HEAD_B = """Talwerda mit Überschuss

Der Haushalt 2027 der Stadt Talwerda umfasst 71 Millionen Euro. Die Verschuldung je Einwohner sinkt bis Ende 2027 \
auf 1,26 Millionen Euro."""


def test_a_compound_of_per_head_gives_its_figure_per_head_so_its_scale_slip_is_found() -> None:
    assert _kinds(("a", _HEAD_A, "2026-11-20"), ("b", _HEAD_B, "2026-11-21")) == ["scale_error"]
