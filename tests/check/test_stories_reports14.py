"""Stories the project wrote in the session of 2026-12-07 (the third), each told by two outlets.

"Er soll ... verdienen" after a player's role ("Der Torjäger ...") tells his pay, a salary; a dividend "für das
vergangene Jahr" is paid in the year after; a place the total's sentence names beside the subjects it adds up has no
part of its own.
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


_DIVIDEND_A = """Aktionäre von Lohmar bekommen mehr

Der Chemiekonzern Lohmar will eine Dividende von {told} je Aktie zahlen. Im Vorjahr waren es 1,90 Euro."""
_DIVIDEND_B = """Lohmar erhöht Dividende

Lohmar-Aktionäre sollen für das vergangene Jahr eine Dividende von 2,10 Euro je Aktie erhalten."""
_TRAM_A = """Milliarden für neue Stadtbahn

Für die neue Stadtbahn in Kelsbrück gibt der Bund 1,5 Milliarden Euro. Das Land steuert 900 Millionen Euro bei."""


def _tram(total: str) -> str:
    return f"Stadtbahn Kelsbrück finanziert\n\nBund und Land geben für die Kelsbrücker Stadtbahn zusammen {total}."


@pytest.mark.parametrize(
    ("a", "b", "day", "kinds"),
    [
        # a dividend "für das vergangene Jahr" is paid in the year after it: a report of March tells the same one
        pytest.param(_DIVIDEND_A.format(told="2,10 Euro"), _DIVIDEND_B, "2026-03-12", [], id="dividend_alike"),
        pytest.param(
            _DIVIDEND_A.format(told="1,20 Euro"), _DIVIDEND_B, "2026-03-12", ["conflict"], id="dividend_otherwise"
        ),
        # where the total's sentence names the place of the story beside the subjects it adds up, the place has no part
        pytest.param(_TRAM_A, _tram("2,4 Milliarden Euro"), "2026-05-05", [], id="parts_of_a_named_place_add_up"),
        pytest.param(
            _TRAM_A, _tram("2,1 Milliarden Euro"), "2026-05-05", ["parts_total"], id="parts_of_a_named_place_exceed"
        ),
    ],
)
def test_two_reports_of_a_payment_or_its_parts(a: str, b: str, day: str, kinds: list[str]) -> None:
    assert [kind for kind, _ in _found(("a", a, day), ("b", b, day))] == kinds


_BUDGET_A = """Landeshaushalt Nordmark steht

Das Kabinett von Nordmark hat den Haushalt für 2027 beschlossen. Er umfasst {told}. Neue Schulden sind nicht geplant."""
_BUDGET_B = """Nordmark plant Rekordhaushalt

Der Entwurf des Landeshaushalts 2027 in Nordmark sieht Ausgaben von 87,4 Milliarden Euro vor."""


@pytest.mark.parametrize(
    ("told", "kinds"),
    [
        # "Er umfasst ..." after the budget's noun is the budget: told alike as plan or fact
        pytest.param("87,4 Milliarden Euro", [], id="budget_alike"),
        pytest.param("78,4 Milliarden Euro", ["conflict"], id="budget_digits_swapped"),
    ],
)
def test_a_pronoun_stands_for_the_metric_told_before_it(told: str, kinds: list[str]) -> None:
    found = _found(("a", _BUDGET_A.format(told=told), "2026-06-30"), ("b", _BUDGET_B, "2026-06-30"))
    assert [kind for kind, _ in found] == kinds


_PAYOUT_A = """Versicherer Haldor zahlt Sonderdividende

Der Versicherer Haldor will eine reguläre Dividende von 3,60 Euro je Aktie zahlen. Hinzu kommt eine Sonderdividende \
von 1,50 Euro."""
_FEE_B = """Obiora-Wechsel perfekt

Der FC Marenburg zahlt für Kelechi Obiora eine feste Ablöse von 68 Millionen Euro. Hinzu kommen Bonuszahlungen von bis \
zu 12 Millionen Euro."""


def _payout(total: str) -> str:
    return f"Haldor schüttet mehr aus\n\nHaldor-Aktionäre sollen insgesamt {total} je Aktie erhalten."


def _fee(told: str) -> str:
    return f"Rekordtransfer für Obiora\n\nDer Stürmer Kelechi Obiora wechselt für {told} zum FC Marenburg."


@pytest.mark.parametrize(
    ("a", "b", "day", "kinds"),
    [
        # a figure and the ones told as added to it ("Hinzu kommt ...") make what the other report tells as one
        pytest.param(_PAYOUT_A, _payout("5,10 Euro"), "2026-03-03", [], id="dividend_and_special"),
        pytest.param(_PAYOUT_A, _payout("6,10 Euro"), "2026-03-03", ["conflict"], id="dividend_and_special_above"),
        pytest.param(_fee("80 Millionen Euro"), _FEE_B, "2026-08-14", [], id="fee_and_bonuses"),
        pytest.param(_fee("90 Millionen Euro"), _FEE_B, "2026-08-14", ["conflict"], id="fee_and_bonuses_below"),
    ],
)
def test_a_figure_and_what_is_added_to_it_make_the_other_s_sum(a: str, b: str, day: str, kinds: list[str]) -> None:
    assert [kind for kind, _ in _found(("a", a, day), ("b", b, day))] == kinds


_TUNNEL_A = """Tunnelprojekt: Kosten bei elf Milliarden

Der Bau des Brennertals-Tunnels kostet nach aktuellen Schätzungen elf Milliarden Euro. Fertig werden soll er 2034."""


def _tunnel(lead: str, told: str) -> str:
    return f"Tunnel wird noch teurer\n\nDie Kosten für den Brennertals-Tunnel {lead}. Die Projektgesellschaft {told}."


@pytest.mark.parametrize(
    ("lead", "told", "day", "kinds"),
    [
        # a sentence without a figure that names the cost goes on in the next, whose figure names no metric: a
        # project's cost told again months on is a revision; told otherwise the same week, a conflict
        pytest.param(
            "steigen weiter", "rechnet inzwischen mit 13 Milliarden Euro", "2026-09-22", ["revision"], id="months_on"
        ),
        pytest.param("sind hoch", "rechnet mit 13 Milliarden Euro", "2026-01-14", ["conflict"], id="the_same_week"),
        pytest.param("sind hoch", "rechnet mit elf Milliarden Euro", "2026-01-14", [], id="the_same_week_alike"),
    ],
)
def test_a_sentence_before_names_what_the_next_figure_measures(
    lead: str, told: str, day: str, kinds: list[str]
) -> None:
    found = _found(("a", _TUNNEL_A, "2026-01-12"), ("b", _tunnel(lead, told), day))
    assert [kind for kind, _ in found] == kinds


_RAISE_A = """Lokführer bekommen mehr Geld

Die Lokführergewerkschaft hat sich mit der Bahn geeinigt. Die Beschäftigten erhalten ab Juli 420 Euro mehr im Monat."""


def _raise(told: str) -> str:
    return f"""Tarifeinigung bei der Bahn

Bahn und Lokführergewerkschaft haben einen neuen Tarifvertrag. Die Lokführer bekommen ab Juli 420 Euro mehr {told}."""


@pytest.mark.parametrize(
    ("told", "kinds"),
    [
        # what a group of workers gets ("Die Lokführer bekommen ... mehr") is their raise in pay, as the employees'
        pytest.param("im Monat", [], id="raise_per_month_alike"),
        pytest.param("pro Jahr", ["period_mismatch"], id="raise_per_year"),
    ],
)
def test_what_workers_get_is_their_pay(told: str, kinds: list[str]) -> None:
    found = _found(("a", _RAISE_A, "2026-03-05"), ("b", _raise(told), "2026-03-05"))
    assert [kind for kind, _ in found] == kinds


_TAXES_A = """Steuereinnahmen auf Rekordhoch

Bund, Länder und Gemeinden haben 2025 Steuern in Höhe von 947 Milliarden Euro eingenommen."""
_ESTIMATE_A = """Steuerschätzung: Weniger Geld für den Staat

Bund, Länder und Gemeinden müssen mit weniger Steuern rechnen. Bis 2029 fehlen insgesamt 81,2 Milliarden Euro. \
Allein im kommenden Jahr liegen die Einnahmen um 13,9 Milliarden Euro unter der letzten Prognose."""
_ESTIMATE_B = """Steuerschätzer senken Prognose

Die Steuerschätzer rechnen bis 2029 mit Mindereinnahmen von 81,2 Milliarden Euro für den Gesamtstaat. 2026 fallen die \
Einnahmen um knapp 14 Milliarden Euro niedriger aus."""


def _taxes(told: str) -> str:
    return f"Staat nimmt so viel ein wie nie\n\nDie Steuereinnahmen des Staates stiegen 2025 auf {told}."


@pytest.mark.parametrize(
    ("a", "b", "kinds"),
    [
        # the state is its levels together: its tax revenue is what the Bund, the Länder and the Gemeinden took in
        pytest.param(_TAXES_A, _taxes("947 Milliarden Euro"), [], id="the_state_s_taxes_alike"),
        pytest.param(_TAXES_A, _taxes("974 Milliarden Euro"), ["conflict"], id="the_state_s_taxes_swapped"),
        # "Mindereinnahmen" are what is missing, as "fehlen" tells: no figure of the year's shortfall
        pytest.param(_ESTIMATE_A, _ESTIMATE_B, [], id="a_shortfall_to_2029_and_one_year_s"),
    ],
)
def test_the_state_and_its_levels(a: str, b: str, kinds: list[str]) -> None:
    assert [kind for kind, _ in _found(("a", a, "2026-01-28"), ("b", b, "2026-01-28"))] == kinds
