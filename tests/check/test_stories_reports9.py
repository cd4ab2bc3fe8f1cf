"""Stories the project wrote in the first session of 2026-12-06's evening, each told by two outlets.

What a reader would link and what not: a company's deal and its chief's pay, told in two currencies.
"""

from __future__ import annotations

import pytest

from aifigures import Article, check


def _found(*articles: tuple[str, str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    report = check([Article.of(aid, text, day) for aid, text, day in articles])
    return [(f.kind.value, [(p.article, p.text) for p in f.amounts]) for f in (*report.findings, *report.notes)]


_DEAL = """Softwarehaus Quillon kauft Rivalen für 2,4 Milliarden Dollar

Das Softwarehaus Quillon übernimmt den amerikanischen Rivalen Tessary für 2,4 Milliarden Dollar."""
_PAY = """Was die Chefs verdienen

Am besten bezahlt wurde der Chef des Softwarehauses Quillon mit 17,2 Millionen Euro."""
_DEAL_IN_EUROS = """Quillon kauft Tessary

Das Softwarehaus Quillon übernimmt den amerikanischen Rivalen Tessary für 2,9 Milliarden Euro."""


def test_figures_of_two_currencies_far_apart_once_converted_are_not_one_quantity() -> None:
    # a buyout's price and a chief's pay share the company's names; converted, one is a hundred times the other,
    # as no two reports of one figure are (unless their digits are one figure's, a slip of the scale word)
    assert _found(("a", _DEAL, "2025-03-04"), ("b", _PAY, "2025-03-04")) == []


def test_figures_of_two_currencies_near_once_converted_are_still_weighed() -> None:
    # the same price told in euros by another outlet: 2,4 Mrd. Dollar were about 2,2-2,3 Mrd. Euro that day
    found = _found(("a", _DEAL, "2025-03-04"), ("b", _DEAL_IN_EUROS, "2025-03-04"))
    assert [kind for kind, _ in found] == ["conflict"]


_ARENA_PLANNED = """Hallenbad in Morrach beschlossen

Der Gemeinderat von Morrach hat den Neubau des Hallenbads beschlossen. Die Kosten werden auf 38 Millionen Euro \
geschätzt. Baubeginn soll im Frühjahr sein."""
_ARENA_NOW = """Hallenbad wird teurer

Der Neubau des Hallenbads in Morrach kostet deutlich mehr als geplant. Nach Angaben der Gemeinde belaufen sich die \
Kosten nun auf 52 Millionen Euro."""


def test_a_buildings_cost_told_seasons_apart_is_one_figure_revised() -> None:
    # what a building costs is estimated again and again: reports fifteen months apart tell one figure, revised
    found = _found(("a", _ARENA_PLANNED, "2024-05-14"), ("b", _ARENA_NOW, "2025-08-19"))
    assert found == [("revision", [("a", "38 Millionen Euro"), ("b", "52 Millionen Euro")])]


def test_an_approximate_figure_closing_the_sentence_after_a_comma_restates_the_figure_of_its_clause() -> None:
    # ", rund 21 Mrd. Franken." after the clause of "23 Mrd. Dollar": a conversion, wrong for the day (about 19)
    text = "Tiberon will in den nächsten Jahren 23 Mrd. Dollar in Amerika investieren, rund 21 Milliarden Franken."
    assert [kind for kind, _ in _found(("a", text, "2025-04-22"))] == ["fx_conversion"]
    # a figure the sentence goes on about is another figure, not a conversion
    other = "Tiberon setzte 23 Milliarden Dollar in Amerika um, rund 21 Milliarden Franken in Europa."
    assert _found(("a", other, "2025-04-22")) == []


_TRADER_WHOLE = """Versandhaus Brunhold wächst

Das Handelshaus Brunhold hat im Geschäftsjahr 9,6 Milliarden Euro umgesetzt. Allein im Onlinegeschäft kamen \
6,3 Milliarden Euro zusammen."""
_TRADER_ONLINE = """Brunhold: Online treibt den Umsatz

Im Onlinehandel setzte Brunhold im vergangenen Geschäftsjahr 6,3 Milliarden Euro um, ein Plus von sechs Prozent."""


def test_a_trade_named_by_its_channel_is_a_segment_of_the_company() -> None:
    # "Im Onlinehandel" is the segment "Onlinegeschäft" names: its figure is not the company's whole revenue
    assert _found(("a", _TRADER_WHOLE, "2025-05-14"), ("b", _TRADER_ONLINE, "2025-05-14")) == []


@pytest.mark.parametrize(
    ("rest", "kinds"),
    [("170", []), ("210", ["parts_total"]), ("150", ["parts_total"])],  # adds up; exceeds; falls short
)
def test_the_rest_told_after_a_part_of_a_whole_makes_the_parts_add_up_to_it(rest: str, kinds: list[str]) -> None:
    # "Von den 450 Mio. ... sind 280 Mio. ... Die übrigen ... Mio.": the part and the rest are all of the whole
    text = (
        "Von den 450 Millionen Euro Fluthilfe des Landes sind bisher 280 Millionen Euro an Privatleute geflossen. "
        f"Die übrigen {rest} Millionen Euro gehen an Unternehmen und Kommunen."
    )
    assert [kind for kind, _ in _found(("a", text, "2025-10-01"))] == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # two quarters that add up to their half-year
        (
            (
                "Marlo setzte im ersten Halbjahr 2,6 Mrd. Euro um. Im ersten Quartal waren es 1,1 Mrd. Euro, "
                "im zweiten Quartal 1,5 Mrd. Euro."
            ),
            [],
        ),
        # ... or more, or less
        (
            (
                "Marlo setzte im ersten Halbjahr 2,4 Mrd. Euro um. Im ersten Quartal waren es 1,1 Mrd. Euro, "
                "im zweiten Quartal 1,5 Mrd. Euro."
            ),
            ["parts_total"],
        ),
        (
            (
                "Marlo setzte im ersten Halbjahr 2,9 Mrd. Euro um. Im ersten Quartal waren es 1,1 Mrd. Euro, "
                "im zweiten Quartal 1,5 Mrd. Euro."
            ),
            ["parts_total"],
        ),
        # a quarter of the year before is no part of this half-year
        (
            (
                "Marlo setzte im ersten Halbjahr 2,9 Mrd. Euro um. Im ersten Quartal waren es 1,1 Mrd. Euro, nach "
                "1,5 Mrd. Euro im Vorjahresquartal."
            ),
            [],
        ),
        # quarters whose words name no year lie in the year the half-year's words name
        (
            (
                "Marlo setzte im ersten Halbjahr 2023 rund 9 Mrd. Euro um. Im ersten Quartal waren es 4,1 Mrd. Euro, "
                "im zweiten Quartal 5,6 Mrd. Euro."
            ),
            ["parts_total"],
        ),
        # two halves of the year, within the rounding of an approximate whole
        (
            (
                "Marlo setzte 2024 rund 5 Mrd. Euro um, im ersten Halbjahr 2,3 Mrd. Euro und "
                "im zweiten Halbjahr 2,6 Mrd. Euro."
            ),
            [],
        ),
    ],
)
def test_the_figures_of_periods_that_cover_a_period_add_up_to_its_figure(text: str, kinds: list[str]) -> None:
    assert [kind for kind, _ in _found(("a", text, "2024-08-07"))] == kinds


_CITY_BUDGET = """Oldauer Haushalt 2026: Minus von 1,4 Milliarden

Oldau wird 2026 um 1,4 Mrd. Euro mehr ausgeben, als es einnimmt. Der Haushalt umfasst Ausgaben von 12,8 Mrd. Euro."""


def test_a_titles_place_adjective_is_the_place_its_body_names() -> None:
    # "Oldauer" in the title is "Oldau" of the body: one subject, so the title's figure is not another's (AF108)
    assert _found(("a", _CITY_BUDGET, "2025-11-04")) == []


_BANK_A = """Regionalbank mit Rekordgewinn

Die Basler Regionalbank Rheinbank hat im ersten Semester einen Reingewinn von 418 Mio. Fr. erzielt. Der Ertrag stieg \
auf 1,1 Mia. Franken."""
_BANK_B = """Rheinbank verdient mehr

Die Rheinbank hat im ersten Halbjahr 2025 einen Gewinn von 481 Millionen Franken geschrieben."""


def test_a_currency_word_in_a_lead_names_no_subject() -> None:
    # "481 Millionen Franken" in the lead names no Franconia: the reports are both about the Rheinbank
    found = _found(("a", _BANK_A, "2025-08-21"), ("b", _BANK_B, "2025-08-21"))
    assert found == [("conflict", [("a", "418 Mio. Fr."), ("b", "481 Millionen Franken")])]
