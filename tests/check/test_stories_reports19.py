"""Stories the project wrote in the session of 2026-12-07 (the eighth), each told by one or two outlets.

A nine months' figure one outlet gives as the third quarter's, told beside an idiom ("zu Buche stehen").
"""

from __future__ import annotations

import pytest

from aifigures import Article, check
from aifigures.check.names import names_of


def _kinds(*articles: tuple[str, str, str]) -> list[str]:
    report = check([Article.of(aid, text, day) for aid, text, day in articles])
    return [f.kind.value for f in (*report.findings, *report.notes)]


@pytest.mark.parametrize(
    "text",
    [
        # the nouns of fixed phrases, led by a preposition alone, are no one's names
        "Nach neun Monaten stehen Erlöse von 2 Mrd. Euro zu Buche.",
        "Das Gesetz tritt mit Kosten von 2 Mrd. Euro in Kraft.",
        "Zu Lasten der Kassen gehen 2 Mrd. Euro.",
        "Auf Sicht von fünf Jahren sollen 2 Mrd. Euro fließen.",
        "In Summe fließen 2 Mrd. Euro.",
        "Unterm Strich bleiben 2 Mrd. Euro.",
        "Alles in allem kostet der Umbau 2 Mrd. Euro.",
    ],
)
def test_the_nouns_of_fixed_phrases_are_no_names(text: str) -> None:
    assert names_of(text, 0, len(text)) == frozenset()


_NINE_MONTHS = """Windkraftzulieferer Turbovent legt zu

Turbovent hat im dritten Quartal 410 Millionen Euro umgesetzt. Nach neun Monaten stehen Erlöse von 1,18 Milliarden \
Euro zu Buche."""
_AS_QUARTER = """Turbovent mit starkem Sommer

Der Windkraftzulieferer Turbovent meldet für das dritte Quartal Erlöse von 1,18 Milliarden Euro."""


def test_a_nine_months_figure_told_as_the_quarter_s_is_a_period_mix_up() -> None:
    found = _kinds(("a", _NINE_MONTHS, "2026-10-29"), ("b", _AS_QUARTER, "2026-10-30"))
    assert found == ["period_mismatch"]
