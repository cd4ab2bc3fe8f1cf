"""Stories the project wrote in the fourth session of 2026-12-07, each told by two outlets.

A two-year budget's total ("den Doppelhaushalt für die Jahre 2027 und 2028 ... Er hat ein Volumen von ...") told by
another report as one year's.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from aifigures import Article, check, extract, parse_date
from aifigures.check.facts import build_facts, is_change
from aifigures.check.modality import Modality, modality_of
from aifigures.check.names import names_of
from aifigures.normalise.band import possible_days


def _found(*articles: tuple[str, str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    report = check([Article.of(aid, text, day) for aid, text, day in articles])
    return [(f.kind.value, [(p.article, p.text) for p in f.amounts]) for f in (*report.findings, *report.notes)]


_TWO_YEARS_A = """Landtag beschließt Doppelhaushalt

Der Landtag von Nordmark hat den Doppelhaushalt für die Jahre 2027 und 2028 beschlossen. Er hat ein Volumen
von 96 Milliarden Euro. Neue Schulden will die Regierung nicht aufnehmen."""


def _one_year(told: str) -> str:
    lead = "Der Landtag von Nordmark hat den Haushalt beschlossen."
    return f"Haushalt verabschiedet\n\n{lead} Das Land gibt künftig {told} aus."


@pytest.mark.parametrize(
    ("told", "kinds"),
    [
        # the two years' total told as one year's: one of the two periods is wrong
        ("96 Milliarden Euro im Jahr", ["period_mismatch"]),
        ("48 Milliarden Euro im Jahr", []),
    ],
)
def test_a_two_year_budget_against_one_year(told: str, kinds: list[str]) -> None:
    found = _found(("a", _TWO_YEARS_A, "2026-06-30"), ("b", _one_year(told), "2026-07-01"))
    assert [kind for kind, _ in found] == kinds


_RENT_A = """Mieten in Kellbach steigen weiter

Die Angebotsmieten in Kellbach sind im ersten Quartal erneut gestiegen. Im Schnitt verlangten Vermieter
12,40 Euro pro Quadratmeter."""
_RENT_B = """Wohnen in Kellbach wird teurer

In Kellbach zahlen Mieter bei Neuvermietung inzwischen durchschnittlich 14,20 Euro pro Quadratmeter."""


@pytest.mark.parametrize(
    ("day_b", "kinds"),
    [
        # "inzwischen" tells the present: against another report of the same day, which tells it too, a conflict
        ("2026-04-15", ["conflict"]),
        # ... against an earlier report, the figure as it stands now: a revision
        ("2026-04-29", ["revision"]),
    ],
)
def test_a_figure_as_it_stands_now_revises_only_an_earlier_one(day_b: str, kinds: list[str]) -> None:
    found = _found(("a", _RENT_A, "2026-04-15"), ("b", _RENT_B, day_b))
    assert [kind for kind, _ in found] == kinds


@pytest.mark.parametrize(
    ("day_b", "kinds"),
    [
        # ... and so where only the rounding of one lets the two meet: same day, one figure; later, a revision
        ("2026-04-15", []),
        ("2026-04-29", ["revision"]),
    ],
)
def test_a_figure_as_it_stands_now_within_the_rounding_of_another(day_b: str, kinds: list[str]) -> None:
    rounded = _RENT_A.replace("12,40 Euro", "rund 14 Euro")
    found = _found(("a", rounded, "2026-04-15"), ("b", _RENT_B, day_b))
    assert [kind for kind, _ in found] == kinds


_FEE_A = """Rundfunkbeitrag steigt

Der Rundfunkbeitrag steigt zum 1. Januar von 18,36 Euro auf 18,94 Euro im Monat. Das haben die Länder beschlossen."""


@pytest.mark.parametrize(
    ("told", "kinds"),
    [
        # a fee ("Beitrag", "Gebühr") is a metric: the same digits per year put one of the two periods wrong
        ("Der Rundfunkbeitrag steigt im neuen Jahr auf 18,94 Euro im Jahr.", ["period_mismatch"]),
        ("Der Rundfunkbeitrag steigt im neuen Jahr auf 18,94 Euro im Monat.", []),
    ],
)
def test_a_fee_told_per_year_for_per_month(told: str, kinds: list[str]) -> None:
    found = _found(("a", _FEE_A, "2026-12-01"), ("b", f"Rundfunk kostet mehr\n\n{told}", "2026-12-02"))
    assert [kind for kind, _ in found] == kinds


_ROUND_A = """KI-Start-up Nuvra sammelt 600 Millionen Dollar ein

Das Berliner KI-Start-up Nuvra hat in einer neuen Finanzierungsrunde 600 Millionen Dollar eingesammelt."""


@pytest.mark.parametrize(
    ("told", "kinds"),
    [
        # "frisches Kapital" is capital raised, as "eingesammelt" is: the same digits in euros are a swapped label
        ("Nuvra erhält von Investoren 600 Millionen Euro frisches Kapital.", ["fx_conversion"]),
        ("Nuvra erhält von Investoren 600 Millionen Dollar frisches Kapital.", []),
    ],
)
def test_capital_raised_in_another_currency(told: str, kinds: list[str]) -> None:
    found = _found(("a", _ROUND_A, "2026-09-30"), ("b", f"Nuvra wird sechs Milliarden wert\n\n{told}", "2026-09-30"))
    assert [kind for kind, _ in found] == kinds


def test_a_retailer_s_sales_in_its_stores_are_a_segment_of_its_revenue() -> None:
    text = (
        "Händler Merkado wächst\n\nDie Handelskette Merkado hat 2025 ihren Umsatz auf 18,6 Milliarden Euro gesteigert. "
        "Das Onlinegeschäft legte auf 3,1 Milliarden Euro zu. In den Filialen setzte Merkado 15,5 Milliarden Euro um."
    )
    assert _found(("a", text, "2026-03-05")) == []


_CITY_A = (
    "Stadtrat verabschiedet Haushalt\n\nDer Rat der Stadt Dornfeld hat den Haushalt für das kommende Jahr "
    "beschlossen. Er umfasst Ausgaben von 1,32 Milliarden Euro.\n\nGrößte Einnahmequelle bleibt die Gewerbesteuer "
    "mit 213 Millionen Euro. Für Personal gibt die Stadt 410 Millionen Euro aus, für Sozialleistungen 385 Millionen "
    "Euro."
)


@pytest.mark.parametrize(
    ("told", "kinds"),
    [
        # an item of next year's budget is planned, as another report's "soll ... einbringen" is, though its
        # sentence says "bleibt"; what the city spends is no part of its revenue
        ("Die Gewerbesteuer soll 312 Millionen Euro einbringen.", ["conflict"]),
        ("Die Gewerbesteuer soll 213 Millionen Euro einbringen.", []),
    ],
)
def test_an_item_of_next_year_s_budget(told: str, kinds: list[str]) -> None:
    b = f"Dornfeld: Haushalt mit Loch\n\nDornfeld plant 2027 mit Ausgaben von 1,32 Milliarden Euro. {told}"
    assert [kind for kind, _ in _found(("a", _CITY_A, "2026-12-10"), ("b", b, "2026-12-10"))] == kinds


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        # a level that stays ("bleibt ... bei") is told as a fact about a year ahead; a sentence that says "bleibt"
        # of something else tells a plan there
        ("Der Regelsatz bleibt 2027 bei 563 Euro im Monat.", Modality.ACTUAL),
        ("Der Regelsatz liegt 2027 bei 563 Euro im Monat.", Modality.PLAN),
        ("Größte Einnahmequelle bleibt 2027 die Gewerbesteuer mit 213 Millionen Euro.", Modality.PLAN),
    ],
)
def test_a_level_that_stays_in_a_year_ahead(sentence: str, modality: Modality) -> None:
    assert modality_of(sentence, frozenset({2027}), 2026) is modality


def test_an_old_estimate_dated_by_when_it_was_made_is_revised_to_the_figure_before_it() -> None:
    """ "Vor zwei Jahren" tells when 250 Mrd. was expected, not another period than the plan's until 2045."""
    text = (
        "Netzausbau wird teurer\n\nDie Netzbetreiber beziffern die Investitionen bis 2045 auf rund 320 Milliarden "
        "Euro. Vor zwei Jahren waren sie noch von 250 Milliarden Euro ausgegangen. Allein für die Trassen sind 110 "
        "Milliarden Euro veranschlagt."
    )
    found = _found(("a", text, "2026-05-06"))
    assert found == [("revision", [("a", "250 Milliarden Euro"), ("a", "rund 320 Milliarden Euro")])]


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        # a change's noun before a figure of no metric makes it a change, not a level; not "Plus" or "Minus", which
        # may tell a result's balance ("Die EZB meldet ein Minus von 7,9 Mrd. Euro": a loss)
        ("Für Rentner bedeutet das einen Anstieg von knapp 69 Euro im Monat.", [True]),
        ("Für Rentner bedeutet das einen Rückgang von 12 Euro im Monat.", [True]),
        ("Für Rentner bedeutet das knapp 69 Euro im Monat.", [False]),
        ("Die Bank meldet für 2024 ein Minus von 7,9 Millionen Euro.", [False]),
    ],
)
def test_a_change_s_noun_makes_a_figure_a_change(text: str, changes: list[bool]) -> None:
    assert [is_change(f) for f in build_facts("a", text, extract(text))] == changes


@pytest.mark.parametrize(
    ("text", "modalities"),
    [
        # a second verb joined after the figure tells what else is done: its forecast is not the figure's
        (
            "Aerovia hat im zweiten Quartal 1,48 Mrd. Euro verdient und hebt die Jahresprognose an.",
            [Modality.ACTUAL],
        ),
        ("Aerovia hat 1,48 Mrd. Euro verdient und soll nun mehr investieren.", [Modality.ACTUAL]),
        ("Aerovia soll im zweiten Quartal 1,48 Mrd. Euro verdienen und hebt die Prognose an.", [Modality.PLAN]),
    ],
)
def test_a_second_verb_after_a_figure_tells_no_modality_of_it(text: str, modalities: list[Modality]) -> None:
    assert [f.modality for f in build_facts("a", text, extract(text), year=2026)] == modalities


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # "gewinnt" is a verb of winning, not a profit; bonuses paid are a payment
        ("Hesse gewinnt 120 Millionen Euro im Lotto.", [None]),
        ("Die Rheinbank schüttet Boni von insgesamt 1,2 Milliarden Euro aus.", ["payment"]),
        ("Die Bonität der Rheinbank leidet unter Verlusten von 1,2 Milliarden Euro.", ["loss"]),
        # a balance of transfers or of trade is no one's profit, though "Unter dem Strich" leads it
        ("Unter dem Strich erzielte die Liga einen Transferüberschuss von 89 Millionen Euro.", ["transfer_balance"]),
        ("Der Handelsbilanzüberschuss lag bei 17,7 Milliarden Euro.", ["trade_balance"]),
    ],
)
def test_words_that_open_with_a_metric_s_stem(text: str, metrics: list[str | None]) -> None:
    assert [f.metric for f in build_facts("a", text, extract(text))] == metrics


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a title's figure of no metric against the text's one figure of its years, or near it in size
        (
            (
                "Stromnetz: 320 Milliarden bis 2045\n\nBis 2045 sind Investitionen von 230 Milliarden Euro nötig. Für "
                "die Trassen allein sind 110 Milliarden Euro eingeplant."
            ),
            ["conflict"],
        ),
        (
            (
                "Kerimov geht für 85 Millionen\n\nDer Klub verkauft Ilja Kerimov für 58 Millionen Euro. Mit Boni "
                "sind bis zu 100 Millionen möglich. Kerimov kassiert ein Jahresgehalt von 15 Millionen Euro."
            ),
            ["conflict"],
        ),
        # ... not where the text tells the title's figure among others (a sum so far, told as such below), nor a mark
        # the title names
        (
            (
                "Quellix hat jetzt 310 Millionen eingesammelt\n\nDas Start-up Quellix hat in einer neuen Runde 120 "
                "Millionen Euro eingesammelt. Insgesamt flossen damit seit der Gründung 310 Millionen Euro."
            ),
            [],
        ),
        (
            (
                "Bund gibt 10 Milliarden für Schiene und Straße\n\nDer Bund stellt 6 Milliarden Euro für Schienen "
                "und 4 Milliarden Euro für Autobahnbrücken bereit."
            ),
            [],
        ),
        (
            (
                "Kerimov geht für 85 Millionen\n\nDer Klub verkauft Ilja Kerimov für 85 Millionen Euro. Er kassiert "
                "ein Jahresgehalt von 15 Millionen Euro, sein Berater 5 Millionen Euro."
            ),
            [],
        ),
        (
            (
                "Klub knackt die 400-Millionen-Marke\n\nErstmals setzte der Klub mehr als 400 Millionen Euro um: 412 "
                "Millionen waren es, nach 371 Millionen in der Saison davor."
            ),
            [],
        ),
    ],
)
def test_a_title_s_figure_of_no_metric_against_its_text(text: str, kinds: list[str]) -> None:
    assert [kind for kind, _ in _found(("a", text, "2026-06-18"))] == kinds


@pytest.mark.parametrize(
    ("stated", "kinds"),
    [
        # an article dated after the rates' end is weighed against their last year, widened by what may have moved
        # since: a conversion a tenth of any rate is wrong, one near the rates is no flag
        ("etwa 28 Milliarden Euro", ["fx_conversion"]),
        ("etwa 260 Milliarden Euro", []),
    ],
)
def test_a_conversion_dated_after_the_rates_end(stated: str, kinds: list[str]) -> None:
    text = f"Klimagipfel einigt sich\n\nDie Staaten wollen 300 Milliarden Dollar bereitstellen, umgerechnet {stated}."
    assert [kind for kind, _ in _found(("a", text, "2099-06-01"))] == kinds


def test_the_days_of_an_article_dated_after_the_rates_end() -> None:
    days = possible_days(parse_date("2027-03-15"), "", date(2026, 10, 30))
    assert (days.window.start, days.window.end) == (date(2025, 10, 30), date(2026, 10, 30))
    assert days.drift == Decimal("0.25")  # in the fifth month after it, five per cent a month begun
    assert possible_days(parse_date("2026-10-15"), "", date(2026, 10, 30)).drift == 0


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a place's adjective that opens its sentence names the place, as it does in lower case inside one
        ("Sächsische Betriebe erhielten Hilfen von 2 Mio. Euro.", {"sachsen"}),
        ("Die Hilfen für sächsische Betriebe betragen 2 Mio. Euro.", {"sachsen"}),
        # ... inside a sentence, capitalised, it is part of a name
        ("Die Sächsische Aufbaubank zahlt 2 Mio. Euro.", {"aufbaubank"}),
    ],
)
def test_a_place_s_adjective_opening_a_sentence(text: str, names: set[str]) -> None:
    assert names_of(text, 0, len(text)) == names
