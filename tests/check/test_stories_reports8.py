"""Stories the project wrote in the session of 2026-12-06 (its fifth), each told by two outlets.

A takeover's price told as a price and as a payment: each finding a reader would make, and nothing else.
"""

from __future__ import annotations

from aifigures import Article, check


def _found(*articles: tuple[str, str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    report = check([Article.of(aid, text, day) for aid, text, day in articles])
    return [(f.kind.value, [(p.article, p.text) for p in f.amounts]) for f in (*report.findings, *report.notes)]


_PRICE = """Finanzinvestor kauft Pumpenbauer Solvig

Der Finanzinvestor Harrowgate übernimmt den Pumpenbauer Solvig aus Kassel. Der Kaufpreis beträgt nach \
Informationen aus Verhandlungskreisen 1,4 Milliarden Euro. Solvig setzte zuletzt 800 Millionen Euro um."""
_PAYMENT = """Harrowgate schlägt bei Solvig zu

Für den Kasseler Pumpenbauer Solvig zahlt Harrowgate 4,1 Milliarden Euro, wie beide Seiten mitteilten."""
_PAYMENT_TWICE = """Harrowgate schlägt bei Solvig zu

Für den Kasseler Pumpenbauer Solvig zahlt Harrowgate 4,1 Milliarden Euro. Dem Gründer zahlt Harrowgate \
zusätzlich 1,4 Milliarden Euro für seine Patente."""


def test_a_price_and_a_payment_each_alone_in_its_report_are_one_figure() -> None:
    # "Der Kaufpreis ... 1,4 Mrd." and "zahlt ... 4,1 Mrd.": metrics that meet, neither report tells another
    # figure the other could be; the circles a source comes from ("aus Verhandlungskreisen") name no subject
    found = _found(("a", _PRICE, "2025-09-15"), ("b", _PAYMENT, "2025-09-15"))
    assert found == [("conflict", [("a", "1,4 Milliarden Euro"), ("b", "4,1 Milliarden Euro")])]


def test_a_price_is_not_weighed_against_one_of_two_payments() -> None:
    # the second report pays twice: which payment is the price, the words do not say (the one of the same
    # value agrees with it)
    assert _found(("a", _PRICE, "2025-09-15"), ("b", _PAYMENT_TWICE, "2025-09-15")) == []
