"""Stories the project wrote in the session of 2026-12-06's night, each told by two outlets.

What names a figure's metric when its words are spread ("neue Schulden", "Der Oberbürgermeister erhält"), and what
a figure is for when a noun of doing stands between ("in den Ausbau der Windkraft").
"""

from __future__ import annotations

import pytest

from aifigures import Article, check


def _found(*articles: tuple[str, str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    report = check([Article.of(aid, text, day) for aid, text, day in articles])
    return [(f.kind.value, [(p.article, p.text) for p in f.amounts]) for f in (*report.findings, *report.notes)]


_BUDGET_A = """Kreistag beschließt Haushalt

Der Kreistag von Ostmarren hat den Haushalt für 2026 beschlossen. Die Neuverschuldung beträgt 2,74 Milliarden \
Euro, das Gesamtvolumen liegt bei 40 Milliarden Euro."""
_BUDGET_B = "Ostmarren: Haushalt steht\n\nDer Kreistag in Ostmarren hat den Etat beschlossen. "
_WIND_A = """Versorger Velstrom investiert

Der Energieversorger Velstrom will in den kommenden vier Jahren 6,2 Milliarden Euro in den Ausbau der Windkraft \
investieren."""
_WIND_B = "Velstrom setzt auf Wind\n\nDer Energieversorger Velstrom baut aus. Velstrom will bis 2029 rund 6,2 "
_PAY_A = """Gehalt des Landrats steigt

Der Landrat von Wessgau erhält künftig 13.800 Euro im Monat. Der Kreistag hatte die Erhöhung beschlossen."""
_PAY_B = "Streit um Gehalt in Wessgau\n\nIn Wessgau wird über die Bezahlung des Landrats gestritten. Er verdient "
_WEALTH_A = """Reichste Deutsche

Die Unternehmerin Jorinde Kaltwasser ist laut einer Rangliste die reichste Frau des Landes. Ihr Vermögen wird auf \
27 Milliarden Euro geschätzt."""
_WEALTH_B = "Kaltwasser bleibt vorn\n\nJorinde Kaltwasser führt erneut die Liste an. Ihr Vermögen liegt demnach bei 27 "
_SALE_A = """Medienkonzern kauft Start-up

Der britische Medienkonzern Harwick übernimmt das Kölner Start-up Vidora für 700 Millionen Pfund."""
_SALE_B = "Vidora geht nach London\n\nVidora wird für umgerechnet "
_ROOM_A = "Mieten im Wohnheim steigen\n\nEin Zimmer im Wohnheim Kastell kostet künftig 390 Euro im Monat."
_ROOM_B = "Wohnheim Kastell wird teurer\n\nDie Miete für ein Zimmer im Wohnheim Kastell steigt auf 390 Euro "


@pytest.mark.parametrize(
    ("first", "second", "days", "kinds"),
    [
        # "neue Schulden von" is the year's borrowing, as "Neuverschuldung" is, not the stock of debt
        pytest.param(
            _BUDGET_A,
            _BUDGET_B + "2026 nimmt der Kreis neue Schulden von 2,47 Milliarden Euro auf.",
            ("2025-12-11", "2025-12-11"),
            ["conflict"],
            id="new_debt_is_borrowing",
        ),
        pytest.param(
            _BUDGET_A,
            _BUDGET_B + "2026 nimmt der Kreis neue Schulden von 2,74 Milliarden Euro auf.",
            ("2025-12-11", "2025-12-11"),
            [],
            id="new_debt_is_borrowing_agreeing",
        ),
        # the stock of debt is another figure
        pytest.param(
            _BUDGET_A,
            _BUDGET_B + "Der Kreis hat derzeit Schulden von 2,47 Milliarden Euro.",
            ("2025-12-11", "2025-12-11"),
            [],
            id="the_stock_of_debt_is_another_figure",
        ),
        # what a figure is for is the noun after a noun of doing: "Windkraft" and "Windparks" open with one noun,
        # one investment, its scale word slipped; another object is another investment
        pytest.param(
            _WIND_A,
            _WIND_B + "Millionen Euro in neue Windparks investieren.",
            ("2025-06-03", "2025-06-03"),
            ["scale_error"],
            id="the_object_after_a_noun_of_doing",
        ),
        pytest.param(
            _WIND_A,
            _WIND_B + "Millionen Euro in neue Gasleitungen investieren.",
            ("2025-06-03", "2025-06-03"),
            [],
            id="the_object_after_a_noun_of_doing_another",
        ),
        # a person's role receiving a figure is paid it: a salary, told by another outlet per year
        pytest.param(
            _PAY_A, _PAY_B + "13.800 Euro im Jahr.", ("2025-09-09", "2025-09-10"), ["period_mismatch"], id="a_role_paid"
        ),
        pytest.param(
            _PAY_A, _PAY_B + "165.600 Euro im Jahr.", ("2025-09-09", "2025-09-10"), [], id="a_role_paid_agreeing"
        ),
        # a person's wealth is one figure, estimated or told as fact: its scale word slipped
        pytest.param(
            _WEALTH_A, _WEALTH_B + "Millionen Euro.", ("2025-10-08", "2025-10-08"), ["scale_error"], id="wealth"
        ),
        pytest.param(_WEALTH_A, _WEALTH_B + "Milliarden Euro.", ("2025-10-08", "2025-10-08"), [], id="wealth_agreeing"),
        # told as converted by the other report, and far off the day's rate (about 1,15 Euro a Pfund): a wrong
        # conversion, not two reports that merely disagree
        pytest.param(
            _SALE_A,
            _SALE_B + "1,3 Milliarden Euro an Harwick verkauft.",
            ("2025-11-18", "2025-11-18"),
            ["fx_conversion"],
            id="told_as_converted",
        ),
        pytest.param(
            _SALE_A,
            _SALE_B + "0,81 Milliarden Euro an Harwick verkauft.",
            ("2025-11-18", "2025-11-18"),
            [],
            id="told_as_converted_agreeing",
        ),
        # what a room costs a month is its rent: one figure, told by the other outlet per year
        pytest.param(_ROOM_A, _ROOM_B + "im Jahr.", ("2025-08-12", "2025-08-12"), ["period_mismatch"], id="rent"),
        pytest.param(_ROOM_A, _ROOM_B + "im Monat.", ("2025-08-12", "2025-08-12"), [], id="rent_agreeing"),
    ],
)
def test_two_outlets_reports_of_one_story(first: str, second: str, days: tuple[str, str], kinds: list[str]) -> None:
    found = _found(("a", first, days[0]), ("b", second, days[1]))
    assert [kind for kind, _ in found] == kinds


_TARIFF_A = """Strompreis: Was Haushalte jetzt zahlen

Berlin. Zum Jahreswechsel ändern viele Versorger ihre Preise. Beim Versorger Ostwerk sinkt der Arbeitspreis von 36,1 \
auf 33,0 Cent je Kilowattstunde. Der Grundpreis steigt dagegen um 1,50 Euro auf 14,90 Euro monatlich.

Ein Haushalt mit einem Verbrauch von 3.000 Kilowattstunden spart damit rund 90 Euro im Jahr."""
_TARIFF_B = """Strompreise: Was Haushalte 2026 zahlen

Die Stadtwerke Harbeck erhöhen zum 1. Januar ihre Preise. Der Arbeitspreis steigt von 30,2 auf 33,8 Cent je \
Kilowattstunde, der monatliche Grundpreis von 12,50 auf 14,90 Euro.

Für einen Haushalt mit 3.000 Kilowattstunden bedeutet das Mehrkosten von rund 130 Euro im Jahr."""


def test_a_change_of_no_named_metric_is_never_weighed_against_a_level() -> None:
    # "um 1,50 Euro" is how much the price rises, "von 12,50" the price before: two figures of two kinds, though
    # both sentences end on the same new price
    assert _found(("a", _TARIFF_A, "2025-11-05"), ("b", _TARIFF_B, "2025-11-05")) == []


_PROFIT_BODY = (
    "Der Chemiekonzern Kerbach hat im ersten Halbjahr einen Nettogewinn von 450 Millionen Euro erzielt, nach 225 "
    "Millionen Euro im Vorjahreszeitraum."
)
_KITA_BODY = "Die Gemeinde Assel will in den kommenden acht Jahren 30 Millionen Euro in neue Kitas stecken."


@pytest.mark.parametrize(
    ("title", "body", "day", "kinds"),
    [
        # the title's figure against the text's own, not the year before's the text compares it with
        ("Chemiekonzern Kerbach verdoppelt Gewinn auf 900 Millionen", _PROFIT_BODY, "2025-07-31", ["conflict"]),
        ("Chemiekonzern Kerbach verdoppelt Gewinn auf 450 Millionen", _PROFIT_BODY, "2025-07-31", []),
        # the text names no metric for its figure ("stecken"): the title's digits at another power tell which it is
        ("Gemeinde Assel investiert 30 Milliarden in Kitas", _KITA_BODY, "2025-02-12", ["scale_error"]),
        ("Gemeinde Assel investiert 30 Millionen in Kitas", _KITA_BODY, "2025-02-12", []),
    ],
)
def test_a_titles_figure_is_weighed_against_the_texts_own_figure(
    title: str, body: str, day: str, kinds: list[str]
) -> None:
    assert [kind for kind, _ in _found(("a", f"{title}\n\n{body}", day))] == kinds


def test_a_budgets_figure_for_an_area_is_its_spending_on_it() -> None:
    # "Landeshaushalt: 2,5 Milliarden für Bildung" over "sieht Ausgaben für Bildung von 2,5 Milliarden Euro vor":
    # one figure, not a title about something else (AF108)
    text = (
        "Landeshaushalt: 2,5 Milliarden für Bildung\n\nDer Haushalt des Landes Terbach für 2026 sieht Ausgaben für "
        "Bildung von 2,5 Milliarden Euro vor."
    )
    assert _found(("a", text, "2025-10-14")) == []


def test_a_shared_word_that_ends_as_a_places_adjective_is_weighed_once() -> None:
    # "Flüssiggastanker" may be read as the adjective of a place "Flüssiggastank(en)"; shared by two reports, it is
    # one word, not three: alone it does not make two ships' prices one figure
    a = "Hafen erweitert Flotte\n\nEin neuer Flüssiggastanker kostet 120 Millionen Euro, teilte der Hafen mit."
    b = "Reederei bestellt Schiff\n\nDer bestellte Flüssiggastanker kostet 95 Millionen Euro, sagte ein Sprecher."
    assert _found(("a", a, "2025-08-01"), ("b", b, "2025-08-01")) == []


_LENDERS = [("Ostbank", "3,1", "612"), ("Kreditbank Velde", "2,4", "388"), ("Marsbank", "1,9", "241")]
_LENDERS.append(("Elbbank", "4,6", "905"))


def _lender_reports(profit_told: str = "") -> list[tuple[str, str, str]]:
    """Two outlets' reports of each of four banks' third quarter, all of one day (the last bank's profit as told)."""
    out = []
    for i, (name, income, profit) in enumerate(_LENDERS):
        second = profit_told if profit_told and i == len(_LENDERS) - 1 else profit
        first_text = (
            f"{name} steigert Gewinn\n\nDie {name} hat im dritten Quartal Erträge von {income} Milliarden Euro "
            f"erzielt. Der Nettogewinn stieg auf {profit} Millionen Euro, teilte das Institut mit."
        )
        second_text = (
            f"Zahlen der {name}\n\nDer Nettogewinn der {name} lag im dritten Quartal bei {second} Millionen Euro. "
            f"Die Erträge erreichten {income} Milliarden Euro."
        )
        out += [(f"{i}a", first_text, "2025-10-29"), (f"{i}b", second_text, "2025-10-29")]
    return out


def test_reports_of_one_beat_on_one_day_are_linked_only_by_a_word_of_few_articles() -> None:
    # four banks' quarters share "Erträge", "Nettogewinn", "Quartal" with each other as with their own outlets':
    # only a bank's own name tells which reports are of one story
    assert _found(*_lender_reports()) == []
    found = _found(*_lender_reports(profit_told="950"))
    assert [(kind, sorted(a for a, _ in where)) for kind, where in found] == [("conflict", ["3a", "3b"])]
