"""Stories the project wrote in the eighth session of 2026-12-06, each told by one or two outlets.

A change told by the word after its figure ("13 Mio. Euro teurer"), a conversion of a figure further back than the
one before it, what workers get, an investment told as done and as planned.
"""

from __future__ import annotations

import pytest

from aifigures import Article, check


def _found(*articles: tuple[str, str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    report = check([Article.of(aid, text, day) for aid, text, day in articles])
    return [(f.kind.value, [(p.article, p.text) for p in f.amounts]) for f in (*report.findings, *report.notes)]


_POOL_A = """Schwimmbad Talheim wird teurer

Die Kosten für das neue Schwimmbad in Talheim sind auf 31 Millionen Euro gestiegen, teilte die Stadt mit."""
_POOL_B = "Talheim: Schwimmbad kostet mehr\n\nDas geplante Schwimmbad in Talheim wird "
_RAISE_A = """Einigung für die Fensterputzer

Die Beschäftigten im Glasreiniger-Handwerk bekommen mehr Geld. Ab April steigen die Löhne um 180 Euro im Monat."""
_RAISE_B = "Glasreiniger-Handwerk: Tarif steht\n\nDie Beschäftigten im Glasreiniger-Handwerk erhalten ab April "
_PLANT_A = """die koreanische firma hanseong cells investiert 5,3 milliarden euro in ein neues werk in rumänien. dort \
sollen 4.000 arbeitsplätze entstehen."""
_PLANT_B = "Hanseong Cells baut in Rumänien\n\nDer Zellhersteller Hanseong Cells will 5,3 "
_HALL = "Sporthalle Bernau wird teurer\n\nDie Kosten für den Neubau der Sporthalle in Bernau "
_SETTLE_A = """Reederei Kalmar zahlt Vergleich

Die Reederei Kalmar zahlt in den USA 320 Millionen Dollar, um Klagen wegen Preisabsprachen beizulegen."""
_SETTLE_B = """Kalmar legt Klagen bei

Die Reederei Kalmar zahlt 320 Millionen Euro, um Klagen wegen Preisabsprachen in den USA beizulegen."""


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        # a figure with "teurer" right after it is how much a cost changed, never weighed against the cost
        pytest.param(
            _POOL_A,
            _POOL_B + "13 Millionen Euro teurer als geplant und soll nun 36,5 Millionen Euro kosten.",
            [("conflict", ["31 Millionen Euro", "36,5 Millionen Euro"])],
            id="a_change_told_after_its_figure",
        ),
        pytest.param(
            _POOL_A,
            _POOL_B + "13 Millionen Euro teurer als geplant und soll nun 31 Millionen Euro kosten.",
            [],
            id="a_change_told_after_its_figure_agreeing",
        ),
        # what a group of workers gets is its pay, a raise where "mehr" follows: per year against per month
        pytest.param(
            _RAISE_A,
            _RAISE_B + "180 Euro mehr im Jahr.",
            [("period_mismatch", ["180 Euro", "180 Euro"])],
            id="what_workers_get_is_their_pay",
        ),
        pytest.param(_RAISE_A, _RAISE_B + "180 Euro mehr im Monat.", [], id="what_workers_get_is_their_pay_agreeing"),
        # an investment is told as done ("investiert") and as planned ("will ... stecken") of one plant: one figure
        pytest.param(
            _PLANT_A,
            _PLANT_B + "Millionen Euro in eine Fabrik in Rumänien stecken.",
            [("scale_error", ["5,3 milliarden euro", "5,3 Millionen Euro"])],
            id="an_investment_told_as_done_and_as_planned",
        ),
        pytest.param(
            _PLANT_A,
            _PLANT_B + "Milliarden Euro in eine Fabrik in Rumänien stecken.",
            [],
            id="an_investment_told_as_done_and_as_planned_agreeing",
        ),
        # a change of a cost is told as done and as planned, as the cost is: one figure
        pytest.param(
            _HALL + "steigen um 4,5 Millionen Euro, teilte die Stadt mit.",
            _HALL + "sollen um 5,4 Millionen Euro steigen, teilte die Stadt mit.",
            [("conflict", ["4,5 Millionen Euro", "5,4 Millionen Euro"])],
            id="a_change_of_a_cost_told_as_done_and_as_planned",
        ),
        # where a settlement was paid is no segment of a business: the same digits in two currencies
        pytest.param(
            _SETTLE_A,
            _SETTLE_B,
            [("fx_conversion", ["320 Millionen Dollar", "320 Millionen Euro"])],
            id="where_a_settlement_is_paid_is_no_segment",
        ),
    ],
)
def test_two_reports_of_one_story(first: str, second: str, kinds: list[tuple[str, list[str]]]) -> None:
    found = _found(("a", first, "2025-05-14"), ("b", second, "2025-05-14"))
    assert [(kind, [text for _, text in places]) for kind, places in found] == kinds


_ROUND = """Solvana sammelt 180 Millionen Dollar ein

Vor der Runde lag die Bewertung des Batterie-Start-ups Solvana bei 1,62 Milliarden Dollar, heißt es aus \
Investorenkreisen. Das frische Geld, umgerechnet rund """


@pytest.mark.parametrize(
    ("stated", "kinds"),
    [
        # the conversion is of the title's figure, not of the valuation just before it
        ("165 Millionen Euro", []),
        # ... and where no figure before it converts to what it states, it is wrong
        ("120 Millionen Euro", ["fx_conversion"]),
    ],
)
def test_a_conversion_in_a_sentence_of_its_own_may_restate_a_figure_further_back(stated: str, kinds: list[str]) -> None:
    text = _ROUND + stated + ", soll in eine Fertigung fließen."
    assert [kind for kind, _ in _found(("a", text, "2025-04-09"))] == kinds


def test_a_figure_its_text_says_became_another_is_no_whole_of_it() -> None:
    # "Aus den geplanten Kosten von 60 Mio. wurden 240 Mio.": a revision, not parts above a whole
    text = """Museum eröffnet

Nach acht Jahren Bauzeit ist das Museum am Hafen in Lindau eröffnet worden. Aus den geplanten Kosten von 60 Millionen \
Euro wurden am Ende 240 Millionen Euro."""
    assert [kind for kind, _ in _found(("a", text, "2025-05-14"))] == ["revision"]


def test_what_a_thing_has_gekostet_is_its_cost_and_more_than_a_bound_excludes_it() -> None:
    # "gekostet" names the cost; "mehr als 240 Mio." is more than 237,6 Mio., not 236 Mio.
    first = """Museum eröffnet

Nach acht Jahren Bauzeit ist das Museum am Hafen in Lindau eröffnet worden. Aus den geplanten Kosten von 60 Millionen \
Euro wurden am Ende mehr als 240 Millionen Euro."""
    second = """Lindau feiert sein Museum

Das Museum am Hafen hat nach Angaben der Stadt Lindau 236 Millionen Euro gekostet."""
    found = _found(("a", first, "2025-05-14"), ("b", second, "2025-05-14"))
    assert [(kind, [t for _, t in places]) for kind, places in found if kind != "revision"] == [
        ("qualifier_conflict", ["mehr als 240 Millionen Euro", "236 Millionen Euro"])
    ]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # parts after a colon that follows the verb closing the total's clause
        (
            (
                "Förderung für Kommunen\n\nDer Bund stellt für die Sanierung kommunaler Gebäude insgesamt 12 "
                "Milliarden Euro bereit: 6 Milliarden Euro für Schulen, 4 Milliarden Euro für Kitas und 4,5 Milliarden "
                "Euro für Sporthallen."
            ),
            ["parts_total"],
        ),
        # a count with words before its noun: three times 400 is no 1,5 Mrd.
        (
            (
                "Hilfe nach dem Sturm\n\nDie drei vom Sturm getroffenen Länder erhalten jeweils 400 Millionen Euro aus "
                "dem Fonds, zusammen also 1,5 Milliarden Euro."
            ),
            ["parts_total"],
        ),
        (
            (
                "Hilfe nach dem Sturm\n\nDie drei vom Sturm getroffenen Länder erhalten jeweils 500 Millionen Euro aus "
                "dem Fonds, zusammen also 1,5 Milliarden Euro."
            ),
            [],
        ),
        # what is paid for a thing is what is invested in it: the title's figure slipped its scale word
        (
            (
                "Stadt zahlt 4 Millionen für neue Brücke\n\nDie Stadt Werlingen investiert 4 Milliarden Euro in eine "
                "neue Brücke über den Fluss."
            ),
            ["scale_error"],
        ),
    ],
)
def test_one_article(text: str, kinds: list[str]) -> None:
    assert [kind for kind, _ in _found(("a", text, "2025-06-30"))] == kinds


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        # a compound that ends in "miete" is a rent
        pytest.param(
            "Teure Altstadt\n\nFür die Wohnung in der Altstadt von Marlingen verlangt der Vermieter eine Monatsmiete "
            "von 1.400 Euro.",
            "Marlingen: Streit um Wohnung\n\nDer Vermieter der Wohnung in der Altstadt von Marlingen verlangt eine "
            "Jahresmiete von 1.400 Euro.",
            ["period_mismatch"],
            id="a_compound_of_miete_is_a_rent",
        ),
        # the noun right after a figure names it, though a verb of paying for a thing stands before it
        pytest.param(
            "Mieten in Torfeld\n\nEine Familie in Torfeld zahlt für eine Wohnung im Schnitt 980 Euro Kaltmiete im "
            "Monat.",
            "Wohnen in Torfeld\n\nFür eine Wohnung in Torfeld werden im Schnitt 980 Euro Kaltmiete im Jahr fällig, "
            "wie der Mieterverein berechnete.",
            ["period_mismatch"],
            id="the_noun_right_after_a_figure_names_it",
        ),
    ],
)
def test_two_reports_of_a_rent(first: str, second: str, kinds: list[str]) -> None:
    assert [kind for kind, _ in _found(("a", first, "2025-09-09"), ("b", second, "2025-09-09"))] == kinds


@pytest.mark.parametrize(
    ("told", "kinds"),
    [
        ("gut 500 Millionen Euro", ["qualifier_conflict"]),  # about 500 would meet 480: "gut" is what misses
        ("knapp 490 Millionen Euro", []),  # 480 is just under 490: they agree
        ("knapp 478 Millionen Euro", ["qualifier_conflict"]),  # one digit's rounding does not reach 480
        ("gut 800 Millionen Euro", ["conflict"]),  # another value, whatever its qualifier
        ("knapp 470 Millionen Euro", ["qualifier_conflict"]),  # 480 is above 470, which "knapp" stays below
        ("gut 0,5 Milliarden Euro", ["qualifier_conflict"]),  # 480 Mio. is below 500 Mio. by more than 1 %
    ],
)
def test_a_figure_told_just_above_or_below_its_value_misses_by_its_side_or_by_its_value(
    told: str, kinds: list[str]
) -> None:
    first = f"Feuerwehrschule in Marbach\n\nDer Neubau der Feuerwehrschule in Marbach kostet {told}."
    second = "Marbach: Feuerwehrschule\n\nDas Land beziffert die Kosten für die Feuerwehrschule in Marbach auf 480 "
    found = _found(("a", first, "2025-05-05"), ("b", second + "Millionen Euro.", "2025-05-05"))
    assert [kind for kind, _ in found] == kinds


def test_a_period_after_fuer_is_no_purpose_and_a_figure_expected_after_mit_is_of_the_metric_before() -> None:
    # "Für das laufende Jahr peilt ... an und will 4,5 Mrd. investieren" after a dividend: no parts of it; the
    # analysts' 6,4 Mrd. is an Ebitda expected, not the other report's investment of the year
    first = """Varmund: Gewinn bricht ein

An der Dividende von 3,40 Euro hält der Chemiekonzern Varmund fest. Für das laufende Jahr peilt Varmund ein \
bereinigtes Ebitda von 6,2 bis 6,8 Milliarden Euro an und will 4,5 Milliarden Euro investieren."""
    second = """Varmund-Aktie legt zu

Varmund erwartet für 2025 ein bereinigtes Ebitda von 6,2 bis 6,8 Milliarden Euro; Analysten hatten im Schnitt mit \
6,4 Milliarden gerechnet."""
    assert _found(("a", first, "2025-02-28"), ("b", second, "2025-02-28")) == []


@pytest.mark.parametrize(
    ("second", "kinds"),
    [
        # what is left after a share is taken is no figure of the fee
        ("Dem FC Elbhafen bleiben damit gut 72 Millionen Euro.", []),
        ("Der FC Elbhafen kassiert 58 Millionen Euro.", ["conflict"]),
        # a share of the fee restated as a figure is no figure of the fee
        ("Der frühere Klub von Lukas Tjaden erhält 15 Prozent der Ablöse, also rund 12,75 Millionen Euro.", []),
    ],
)
def test_what_is_left_after_a_share_is_no_figure_of_the_whole(second: str, kinds: list[str]) -> None:
    first = """Tjaden geht nach Madrid

Nationalspieler Lukas Tjaden wechselt vom FC Elbhafen zu Real Madrid. Elbhafen kassiert eine Ablöse von 85 \
Millionen Euro."""
    found = _found(("a", first, "2025-07-01"), ("b", "Elbhafen: Was der Tjaden-Deal bringt\n\n" + second, "2025-07-01"))
    assert [kind for kind, _ in found] == kinds


def test_a_figure_with_mehr_after_its_period_is_a_change() -> None:
    # "432 Euro im Jahr mehr" is what a family gains, not the benefit a year
    first = "Kindergeld steigt\n\nDas Kindergeld in Velland wird auf 268 Euro im Monat angehoben."
    second = "Velland: Kindergeld\n\nEine Familie in Velland hat durch das höhere Kindergeld 432 Euro im Jahr mehr."
    assert _found(("a", first, "2025-09-03"), ("b", second, "2025-09-03")) == []


def test_extra_costs_are_a_change_and_a_whole_may_have_an_adjective() -> None:
    # "Mehrkosten von 180 Euro" is how much more a family pays, not what it pays ("2.240 Euro im Jahr"); "Von den
    # geforderten 340 Mio. erhält sie nur 212 Mio." takes a part from a whole
    first = """Stadtwerke Kellheim erhöhen Preise

Eine Familie mit 20.000 Kilowattstunden zahlt bei den Stadtwerken Kellheim künftig 2.240 Euro im Jahr."""
    second = """Kellheim: Gas wird teurer

Eine Familie mit 20.000 Kilowattstunden muss bei den Stadtwerken Kellheim mit Mehrkosten von 180 Euro jährlich \
rechnen."""
    third = """Hellweiler: Halle bleibt teuer

Trotz des Urteils bleibt die Stadt Hellweiler auf Kosten sitzen: Von den geforderten 340 Millionen Euro erhält sie \
nur 212 Millionen."""
    found = _found(("a", first, "2025-11-14"), ("b", second, "2025-11-14"), ("c", third, "2025-11-14"))
    assert found == []


def test_an_old_figure_is_revised_to_the_figure_of_its_own_sentence_first() -> None:
    # 410 took the place of the 180 planned (more than twice it), not the 95 of the next sentence's repair
    text = """Halle in Hellweiler

Die Halle war 2019 für 410 Millionen Euro fertiggestellt worden, geplant waren 180 Millionen. Die Sanierung der \
Mängel kostet nach Schätzung der Stadt weitere 95 Millionen Euro."""
    assert _found(("a", text, "2025-06-12")) == [("revision", [("a", "180 Millionen"), ("a", "410 Millionen Euro")])]
