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


_AID = "Hilfe für Hagelopfer\n\nThüringen stellt den Landwirten nach dem Hagel an der Unstrut {} Millionen Euro bereit."


@pytest.mark.parametrize(
    ("other", "kinds"),
    [
        # the state's government named by its seat: one subject, two figures
        (
            "Die Landesregierung in Erfurt hat den Landwirten nach dem Hagel an der Unstrut 45 Mio. Euro zugesagt.",
            ["conflict"],
        ),
        ("Das Kabinett in Erfurt gibt den Landwirten an der Unstrut 45 Millionen Euro.", ["conflict"]),
        # the city alone is a city: another subject
        ("Die Stadt Erfurt gibt den Landwirten an der Unstrut 45 Millionen Euro.", []),
    ],
)
def test_a_state_s_government_named_by_its_seat_is_the_state(other: str, kinds: list[str]) -> None:
    found = _kinds(("a", _AID.format(30), "2026-06-12"), ("b", f"Hagelhilfe\n\n{other}", "2026-06-12"))
    assert found == kinds
