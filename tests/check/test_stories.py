"""Whole articles of one story told by several outlets, as a newsroom's archive holds them.

Each story is written for these tests. What the check must flag is what an analyst would: a figure two
outlets give differently; what it must leave alone is what real coverage is full of: a forecast raised
between two reports (a note, with both dates), an adjusted figure beside the reported one, a valuation
before and after the money came in, a year-ago quarter beside this year's, conversions at the day's rate.
"""

from __future__ import annotations

from decimal import Decimal

from aifigures import Article, FixedRates, check
from aifigures.check.facts import build_facts
from aifigures.extract.reader import extract

RATES = FixedRates({"USD": Decimal("1.09")})

_RAISED = """Halvex hebt Prognose an

Der Maschinenbauer Halvex aus Augsburg rechnet für das laufende Jahr nun mit einem Umsatz von 2,3 Milliarden \
Euro. Bislang hatte der Konzern 2,1 Milliarden Euro erwartet. Im zweiten Quartal stieg der Umsatz auf 610 \
Millionen Euro, nach 540 Millionen Euro im Vorjahresquartal.

Das bereinigte Ebit lag im zweiten Quartal bei 71 Millionen Euro. Unbereinigt, also nach Sonderkosten für den \
Umbau des Werks in Kempten, waren es 48 Millionen Euro."""
_AGENCY = """Halvex: Umsatzprognose steigt

Augsburg (dpa) - Der Augsburger Maschinenbauer Halvex ist zuversichtlicher für 2024. Das Unternehmen erwartet \
jetzt einen Jahresumsatz von 2,3 Milliarden Euro, teilte Halvex am Donnerstag mit. Im zweiten Quartal kletterte \
der Umsatz um 13 Prozent auf 610 Millionen Euro. Das Ebit fiel wegen Umbaukosten in Kempten auf 48 Millionen Euro."""
_SPRING = """Halvex erwartet mehr Umsatz

Halvex peilt für dieses Jahr 2,1 Milliarden Euro Umsatz an. Das teilte der Maschinenbauer aus Augsburg im \
Frühjahr mit."""
_MARKETS = """Halvex-Aktie springt an

Die Aktie von Halvex legte nach der Prognoseerhöhung um sechs Prozent zu. Der Maschinenbauer aus Augsburg \
erwartet nun 2,3 Milliarden Euro Umsatz im Gesamtjahr. Im zweiten Quartal erzielte Halvex ein bereinigtes Ebit \
von 71 Millionen Euro, der Umsatz lag bei 601 Millionen Euro."""
_ROUND = """Start-up Lumora sammelt 120 Millionen Dollar ein

Das Berliner KI-Start-up Lumora hat in einer Finanzierungsrunde 120 Millionen Dollar eingesammelt, umgerechnet \
rund 110 Millionen Euro. Vor der Runde war Lumora mit 480 Millionen Dollar bewertet worden, danach mit 600 \
Millionen Dollar."""
_VALUED = """Lumora ist jetzt 600 Millionen Dollar wert

Investoren stecken 120 Millionen Dollar in das Berliner KI-Start-up Lumora. Die Bewertung liegt nach der Runde \
bei 600 Millionen Dollar (rund 550 Millionen Euro)."""


def test_a_raised_forecast_is_a_dated_note_and_a_misprinted_quarter_a_conflict() -> None:
    arts = [
        Article.of("raised", _RAISED, "2024-07-25"),
        Article.of("agency", _AGENCY, "2024-07-25"),
        Article.of("spring", _SPRING, "2024-04-20"),
        Article.of("markets", _MARKETS, "2024-07-26"),
        Article.of("round", _ROUND, "2024-03-12"),
        Article.of("valued", _VALUED, "2024-03-13"),
    ]
    report = check(arts, rates=RATES)
    flags = sorted((f.kind.value, tuple(sorted(p.text for p in f.amounts))) for f in report.findings)
    # the year-ago quarter (540) is a revenue too, not the adjusted Ebit beside 601; the reported Ebit (48) is
    # not the adjusted one (71); pre- and post-money valuations and conversions at the day's rate agree
    assert flags == [("conflict", ("601 Millionen Euro", "610 Millionen Euro"))]
    across = [n for n in report.notes if {p.article for p in n.amounts} == {"raised", "spring"}]
    assert [n.kind.value for n in across] == ["revision"]
    assert "2024-04-20" in across[0].message
    assert "2024-07-25" in across[0].message


def test_a_figure_compared_with_the_one_before_measures_the_same() -> None:
    text = "Der Umsatz stieg auf 610 Millionen Euro, nach 540 Millionen Euro im Vorjahresquartal."
    metrics = [f.metric for f in build_facts("a", text, extract(text))]
    assert metrics == ["revenue", "revenue"]
    text = "Der Umsatz stieg auf 610 Millionen Euro, die Kosten sanken auf 540 Millionen Euro."
    assert [f.metric for f in build_facts("a", text, extract(text))][1] != "revenue"


def test_an_inflected_measure_word_makes_another_measure() -> None:
    text = "Halvex erzielte ein bereinigtes Ebit von 71 Millionen Euro."
    assert [f.metric for f in build_facts("a", text, extract(text))] == ["ebit:adjusted"]


_TRANSFER = """Transferrekord: Brenner wechselt für 95 Millionen Euro nach Madrid

Der FC Talheim verkauft seinen Stürmer Jonas Brenner an Real Madrid. Die Ablöse beträgt nach Angaben des Vereins \
95 Millionen Euro, hinzu kommen Bonuszahlungen von bis zu 15 Millionen Euro."""
_TRANSFER_ROUNDED = """Brenner-Wechsel perfekt

Jonas Brenner geht zu Real Madrid. Talheim kassiert eine Ablöse von über 90 Millionen Euro. Mit Boni kann die \
Summe auf 110 Millionen Euro steigen."""
_TRANSFER_LOWER = """real madrid holt brenner

real madrid zahlt für jonas brenner vom fc talheim eine ablöse von 59 millionen euro."""
_FLOOD = """Flut: Schäden von mindestens 2,4 Milliarden Euro

Die Flut im Osten Bayerns hat nach ersten Schätzungen der Versicherer Schäden von mindestens 2,4 Milliarden Euro \
verursacht. Der Freistaat stellt eine Soforthilfe von 200 Millionen Euro bereit."""
_FLOOD_SLIP = """Versicherer: Flutschäden in Bayern bei 2,4 Millionen Euro

Die Versicherer beziffern die versicherten Schäden der Flut in Ostbayern auf 2,4 Millionen Euro. Bayern hilft \
mit 200 Millionen Euro Soforthilfe."""


def test_a_misprinted_fee_in_lower_case_and_a_slipped_scale_are_flagged_once_each() -> None:
    """'über 90' agrees with 95; the all lower-case report's 59 does not. 'Bayerns' and 'Ostbayern' name one
    region, so the two reports of the flood are about one subject, and the title's slip and the text's are one."""
    arts = [
        Article.of("t1", _TRANSFER, "2025-07-01"),
        Article.of("t2", _TRANSFER_ROUNDED, "2025-07-01"),
        Article.of("t3", _TRANSFER_LOWER, "2025-07-02"),
        Article.of("f1", _FLOOD, "2025-06-10"),
        Article.of("f2", _FLOOD_SLIP, "2025-06-11"),
    ]
    report = check(arts, rates=RATES)
    flags = sorted((f.kind.value, tuple(sorted(p.article for p in f.amounts))) for f in report.findings)
    assert flags == [("conflict", ("t1", "t3")), ("scale_error", ("f1", "f2"))]
    slip = next(f for f in report.findings if f.kind.value == "scale_error")
    assert "more than once" in slip.why
