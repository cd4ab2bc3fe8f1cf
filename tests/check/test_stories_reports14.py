"""Stories the project wrote in the session of 2026-12-07 (the third), each told by two outlets.

"Er soll ... verdienen" after a player's role ("Der Torjäger ...") tells his pay, a salary.
"""

from __future__ import annotations

import pytest

from aifigures import Article, check


def _found(*articles: tuple[str, str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    report = check([Article.of(aid, text, day) for aid, text, day in articles])
    return [(f.kind.value, [(p.article, p.text) for p in f.amounts]) for f in (*report.findings, *report.notes)]


_TRANSFER_A = """Torjäger wechselt an den Golf

Der Torjäger Lian Oskarsson wechselt zum Klub Al-Dunes nach Katar. Er soll dort 14 Millionen Euro im Jahr verdienen."""


def _transfer(told: str) -> str:
    return f"Oskarsson geht nach Katar\n\nLian Oskarsson unterschreibt bei Al-Dunes und kassiert dort {told}."


@pytest.mark.parametrize(
    ("a", "b", "day", "kinds"),
    [
        # "Er soll ... verdienen" after a player's role is his pay: the same digits per month put one period wrong
        pytest.param(_TRANSFER_A, _transfer("14 Millionen Euro im Jahr"), "2026-07-01", [], id="pay_alike"),
        pytest.param(
            _TRANSFER_A, _transfer("14 Millionen Euro im Monat"), "2026-07-01", ["period_mismatch"], id="pay_per_month"
        ),
    ],
)
def test_two_reports_of_a_story(a: str, b: str, day: str, kinds: list[str]) -> None:
    assert [kind for kind, _ in _found(("a", a, day), ("b", b, day))] == kinds
