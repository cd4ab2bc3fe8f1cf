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


_RENT_NOW_AND_BEFORE = """Wohnen in Tellbach

Wer in Tellbach eine Altbauwohnung mietet, zahlt im Schnitt 9,80 Euro pro Quadratmeter. Vor zwei Jahren waren es \
noch 8,90 Euro."""


def test_a_price_told_years_back_is_not_the_price_of_now() -> None:
    # "Vor zwei Jahren waren es noch ...": the price of two years before the article's, the first one its own
    assert _found(("a", _RENT_NOW_AND_BEFORE, "2025-02-11")) == []


_GRANT_PLACE = """Stiftung fördert Diabetes-Forschung

Die Ostrander-Stiftung unterstützt die Diabetes-Forschung am Universitätsklinikum in Kiel mit 8 Millionen Dollar."""
_GRANT_INSTITUTE = """Millionen für Kieler Klinikum

Das Kieler Universitätsklinikum erhält von der Ostrander-Stiftung 8 Milliarden Dollar für die Diabetes-Forschung."""


def test_a_place_named_in_one_report_and_an_institution_in_the_other_are_one_subject() -> None:
    # one sentence names Kiel and writes the clinic as a noun, the other names the clinic and writes "Kieler":
    # each tells the other's name, so they are not two subjects, and the slip of the scale word is found
    found = _found(("a", _GRANT_PLACE, "2025-04-25"), ("b", _GRANT_INSTITUTE, "2025-04-25"))
    assert found == [("scale_error", [("a", "8 Millionen Dollar"), ("b", "8 Milliarden Dollar")])]


_AID_SHARES = """Hilfe nach dem Sturm

Bund und Länder stellen nach dem Sturm insgesamt 400 Millionen Euro bereit. Der Bund trägt 250 Millionen Euro, die \
Länder Thüringen und Hessen zusammen 200 Millionen Euro."""


def test_a_total_of_some_of_the_subjects_is_a_part_of_the_whole() -> None:
    # "die Länder ... zusammen 200 Mio." totals two of the subjects the whole names together: a part of it
    found = _found(("a", _AID_SHARES, "2025-09-25"))
    assert found == [
        ("parts_total", [("a", "250 Millionen Euro"), ("a", "200 Millionen Euro"), ("a", "400 Millionen Euro")])
    ]
