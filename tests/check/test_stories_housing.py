"""A housing story told by several outlets: rents and prices per square metre, a flat's rent, cities."""

from __future__ import annotations

from aifigures import Article, check

_SURVEY = """Mieten in Großstädten steigen weiter

Die Angebotsmieten in den deutschen Großstädten sind im ersten Halbjahr erneut gestiegen. In München \
verlangen Vermieter im Schnitt 22,40 Euro je Quadratmeter, in Berlin 15,80 Euro, wie aus einer Auswertung \
des Immobilienportals Wohnfinder hervorgeht. In Leipzig liegt die Durchschnittsmiete bei 8,90 Euro. \
Eigentumswohnungen kosten in München im Mittel 8.450 Euro pro Quadratmeter."""
_MUNICH = """München bleibt teuerste Stadt für Mieter

München (dpx) - Wer in München eine Wohnung mietet, zahlt laut dem Portal Wohnfinder inzwischen \
durchschnittlich 22,40 Euro pro Quadratmeter. Eine 70-Quadratmeter-Wohnung kostet damit rund 1.570 Euro im \
Monat kalt."""
_BERLIN = """Berlin: Mieten klettern

In Berlin müssen Mieter laut Wohnfinder 18,50 Euro je Quadratmeter zahlen. Vor einem Jahr waren es noch \
14,90 Euro."""
_MUNICH_LOWER = """mieten in münchen auf rekordhoch

in münchen kostet der quadratmeter bei neuvermietung im schnitt 22,40 euro. eine 70-quadratmeter-wohnung \
kostet damit rund 1.570 euro im jahr."""
_LEIPZIG = """Leipzig: Mieten noch moderat

Die Durchschnittsmiete in Leipzig liegt bei 8,90 Euro pro Quadratmeter. Eine Eigentumswohnung kostet dort im \
Schnitt 3.400 Euro je Quadratmeter."""


def test_a_price_per_square_metre_is_no_flat_s_rent_and_a_lower_case_report_is_about_its_title_s_city() -> None:
    """'8.450 Euro pro Quadratmeter' is another measure than a flat's '1.570 euro'.

    The lower-case report's title names München as the others write it, so its '1.570 euro im jahr' is the
    '1.570 Euro im Monat' of another report given the wrong period. Berlin's rent with two digits swapped is a
    conflict.
    """
    arts = [
        Article.of("m1", _SURVEY, "2025-07-15"),
        Article.of("m2", _MUNICH, "2025-07-15"),
        Article.of("m3", _BERLIN, "2025-07-16"),
        Article.of("m4", _MUNICH_LOWER, "2025-07-16"),
        Article.of("m5", _LEIPZIG, "2025-07-16"),
    ]
    found = check(arts).findings
    assert [(f.kind.value, [(p.article, p.text) for p in f.amounts]) for f in found] == [
        ("conflict", [("m1", "15,80 Euro"), ("m3", "18,50 Euro")]),
        ("period_mismatch", [("m2", "rund 1.570 Euro"), ("m4", "rund 1.570 euro")]),
    ]
