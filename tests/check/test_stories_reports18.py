"""Stories the project wrote in the session of 2026-12-07 (the seventh), each told by one or two outlets.

A fee the bonuses it may come with raise ("Durch Bonuszahlungen kann die Ablöse auf 75 Mio. steigen").
"""

from __future__ import annotations

import pytest

from aifigures import Article, check


def _kinds(*articles: tuple[str, str, str]) -> list[str]:
    report = check([Article.of(aid, text, day) for aid, text, day in articles])
    return [f.kind.value for f in (*report.findings, *report.notes)]


@pytest.mark.parametrize(
    "then",
    [
        "Durch Bonuszahlungen kann die Ablöse auf 47 Millionen Euro steigen.",
        "Die Ablöse kann durch Boni auf 47 Millionen Euro steigen.",
        "Dank Bonuszahlungen könnte die Summe auf 47 Millionen Euro klettern.",
    ],
)
def test_a_fee_the_bonuses_may_raise_is_another_measure_than_the_fee(then: str) -> None:
    text = f"Wechsel perfekt\n\nDer Verteidiger Emil Brandstätter wechselt für 39 Millionen Euro nach Lissabon. {then}"
    assert _kinds(("a", text, "2026-07-20")) == []

