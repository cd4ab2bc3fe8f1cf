"""Stories the project wrote in the fourth session of 2026-12-05, each told by two or three outlets: a takeover
of a Danish rival, a utility's year, a raised forecast. Each finding a reader would make, and nothing else."""

from __future__ import annotations

from aifigures import Article, check

_TAKEOVER = """Logistiker Ferrant kauft dänischen Rivalen

Hamburg, 14. Oktober 2025 – Der Hamburger Logistikkonzern Ferrant übernimmt den dänischen Wettbewerber Nordlink \
für 3,4 Milliarden Euro. Das teilte Ferrant am Dienstag mit. Nordlink erzielte im vergangenen Jahr einen Umsatz \
von 2,1 Milliarden Euro und beschäftigt 9.000 Mitarbeiter.

Ferrant selbst setzte 2024 rund 11,5 Milliarden Euro um. Der Konzern erwartet durch den Zusammenschluss jährliche \
Einsparungen von 150 Millionen Euro ab 2028."""
_TAKEOVER_WIRE = """Ferrant schluckt Nordlink

Kopenhagen/Hamburg, 14. Oktober 2025 (dpa) – Für rund 25 Milliarden Kronen geht der Logistiker Nordlink an den \
deutschen Konkurrenten Ferrant. Die Dänen kamen 2024 auf Erlöse von 15,7 Milliarden Kronen (2,1 Milliarden Euro). \
Ferrant rechnet mit Synergien von 150 Millionen Euro pro Jahr.

Der Hamburger Konzern hatte im vergangenen Jahr 1,15 Milliarden Euro umgesetzt."""
_UTILITY = """Energieversorger Nordwatt verdient weniger

Essen, 12. März 2026 – Der Energieversorger Nordwatt hat 2025 einen Überschuss von 1,24 Milliarden Euro erzielt, \
nach 1,61 Milliarden im Jahr davor. Der Umsatz ging auf 38,7 Milliarden Euro zurück."""
_UTILITY_WIRE = """Nordwatt: Gewinn sinkt um fast ein Viertel

Essen, 12. März 2026 – Nordwatt hat im vergangenen Jahr unter dem Strich 1.240 Millionen Euro verdient. Das ist \
knapp ein Viertel weniger als im Jahr zuvor. Die Erlöse sanken auf 3,87 Milliarden Euro."""
_RAISED = """Baukonzern Treuwerk hebt Prognose an

Wiesbaden, 24. Juli 2025 – Der Baukonzern Treuwerk wird zuversichtlicher. Für das laufende Jahr rechnet Treuwerk \
nun mit einem operativen Ergebnis von 410 bis 430 Millionen Euro. Bisher hatte der Vorstand 380 bis 400 Millionen \
in Aussicht gestellt."""
_CONFIRMED = """Treuwerk mit solidem Halbjahr

Wiesbaden, 7. August 2025 – Treuwerk hat im ersten Halbjahr ein operatives Ergebnis von 198 Millionen Euro \
erzielt. Für das Gesamtjahr bestätigte der Konzern die im Juli erhöhte Prognose von 410 bis 430 Millionen Euro."""


def _found(*articles: tuple[str, str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    report = check([Article.of(*a) for a in articles])
    return [(f.kind.value, [(p.article, p.text) for p in f.amounts]) for f in report.findings]


def test_the_buyer_s_revenue_told_a_tenth_as_large_beside_the_target_s() -> None:
    """'Der Hamburger Konzern' is Ferrant, not a subject named Hamburger; 'Die Dänen', in a report about both
    companies, is weighed by the evidence, not set by its key against Ferrant's revenue."""
    found = _found(("a", _TAKEOVER, "2025-10-14"), ("b", _TAKEOVER_WIRE, "2025-10-14"))
    assert found == [("scale_error", [("a", "rund 11,5 Milliarden Euro"), ("b", "1,15 Milliarden Euro")])]


def test_a_sentence_that_compares_with_the_year_before_leaves_the_revenue_in_its_year() -> None:
    """'Das ist knapp ein Viertel weniger als im Jahr zuvor.' states no period: the revenue after it is 2025's."""
    found = _found(("a", _UTILITY, "2026-03-12"), ("b", _UTILITY_WIRE, "2026-03-12"))
    assert found == [("scale_error", [("a", "38,7 Milliarden Euro"), ("b", "3,87 Milliarden Euro")])]


def test_a_forecast_confirmed_after_its_raise_is_no_period_mix_up() -> None:
    """'die im Juli erhöhte Prognose' was raised in July: the forecast is the year's, as in the report of the raise."""
    assert _found(("a", _RAISED, "2025-07-24"), ("b", _CONFIRMED, "2025-08-07")) == []
