"""More stories the project wrote, each told by two outlets: a special fund's shares, a spectrum auction, an
airline's quarter, a streaming price, housing aid, a redundancy plan. Each finding a reader would make, and nothing
else."""

from __future__ import annotations

from aifigures import Article, check

_FUND = """Sondervermögen: So werden die 500 Milliarden verteilt

Das Sondervermögen für Infrastruktur umfasst 500 Milliarden Euro. Davon gehen 100 Milliarden Euro an die \
Länder und 100 Milliarden Euro in den Klima- und Transformationsfonds. Die übrigen 300 Milliarden Euro \
verwaltet der Bund selbst."""
_FUND_WIRE = """Verteilung des Sondervermögens steht

Der Bund hat sich mit den Ländern auf die Verteilung des Infrastruktur-Sondervermögens von 500 Milliarden \
Euro geeinigt. Die Länder erhalten 100 Milliarden Euro, in den Klimafonds fließen 100 Milliarden Euro, für \
Projekte des Bundes sind 350 Milliarden Euro vorgesehen."""
_AUCTION = """Mobilfunkauktion bringt Milliarden

Die Versteigerung neuer Mobilfunkfrequenzen hat dem Bund 6,6 Milliarden Euro eingebracht. Der größte Bieter, \
die Telvana, zahlt 2,2 Milliarden Euro, die beiden anderen Netzbetreiber zusammen 4,4 Milliarden Euro."""
_AUCTION_WIRE = """Frequenzauktion beendet

Nach 52 Tagen ist die Frequenzauktion beendet. Insgesamt bieten die drei Netzbetreiber 6,6 Milliarden Euro. \
Davon entfallen auf Telvana 2,2 Milliarden Euro, auf Orbicom 2,4 Milliarden Euro und auf Netzfunk 2,3 \
Milliarden Euro."""
_AIRLINE = """Fluggesellschaft Aerona meldet Rekordumsatz

Die Fluggesellschaft Aerona hat im Sommerquartal 5,8 Milliarden Euro umgesetzt. Der operative Gewinn stieg \
auf 1,1 Milliarden Euro. Die Zahl der Passagiere wuchs auf 19 Millionen."""
_AIRLINE_WIRE = """Aerona: Starker Sommer

Aerona hat zwischen Juli und September 5,8 Milliarden Euro erlöst und operativ 110 Millionen Euro verdient. \
19 Millionen Fluggäste waren an Bord."""
_STREAMING = """Streamingdienst Vidara erhöht Preise

Der Streamingdienst Vidara erhöht die Preise. Das Standard-Abo kostet künftig 13,99 Euro im Monat statt 12,99 \
Euro."""
_STREAMING_WIRE = """Vidara wird teurer

Kunden von Vidara zahlen für das Standard-Abo bald 13,99 Euro im Jahr."""
_HOUSING = """Sozialwohnungen: Land verdoppelt Förderung

Das Land verdoppelt die Förderung für den sozialen Wohnungsbau. Im kommenden Jahr stehen 1,6 Milliarden Euro \
bereit, nach 800 Millionen Euro in diesem Jahr."""
_HOUSING_WIRE = """Mehr Geld für Sozialwohnungen

Für den sozialen Wohnungsbau gibt das Land im kommenden Jahr 1,6 Milliarden Euro aus. In diesem Jahr sind es \
0,8 Milliarden Euro."""
_LAYOFFS = """Stellenabbau bei Kornwerk: Sozialplan steht

Der Landmaschinenhersteller Kornwerk hat sich mit dem Betriebsrat auf einen Sozialplan geeinigt. Für \
Abfindungen stellt das Unternehmen insgesamt 120 Millionen Euro bereit. Betroffen sind 2.500 Beschäftigte, \
die im Schnitt je 60.000 Euro erhalten sollen."""
_LAYOFFS_WIRE = """Kornwerk zahlt 120 Millionen für Abfindungen

Kornwerk baut 2.500 Stellen ab. Der Sozialplan umfasst Abfindungen von 120 Millionen Euro, teilte der Konzern \
mit."""


def _found(*articles: tuple[str, str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    report = check([Article.of(*a) for a in articles])
    return [(f.kind.value, [(p.article, p.text) for p in f.amounts]) for f in (*report.findings, *report.notes)]


def test_shares_of_a_fund_said_to_be_shared_out_must_not_exceed_it() -> None:
    """'Die Länder erhalten 100 Mrd., in den Klimafonds fließen 100 Mrd., für Projekte des Bundes 350 Mrd.'"""
    found = _found(("a", _FUND, "2025-03-20"), ("b", _FUND_WIRE, "2025-03-21"))
    assert found == [
        (
            "parts_total",
            [
                ("b", "100 Milliarden Euro"),
                ("b", "100 Milliarden Euro"),
                ("b", "350 Milliarden Euro"),
                ("b", "500 Milliarden Euro"),
            ],
        )
    ]


def test_the_bids_of_an_auction_exceed_its_total_and_a_sum_of_two_bidders_is_no_one_bidder_s() -> None:
    """'die beiden anderen Netzbetreiber zusammen 4,4 Mrd.' is not Orbicom's 2,4 Mrd. of the other report."""
    found = _found(("a", _AUCTION, "2025-06-12"), ("b", _AUCTION_WIRE, "2025-06-12"))
    assert found == [
        (
            "parts_total",
            [
                ("b", "2,2 Milliarden Euro"),
                ("b", "2,4 Milliarden Euro"),
                ("b", "2,3 Milliarden Euro"),
                ("b", "6,6 Milliarden Euro"),
            ],
        )
    ]


def test_what_an_airline_earned_operating_is_its_operating_profit_told_a_thousand_times_too_small() -> None:
    """'erlöst und operativ 110 Millionen Euro verdient' against 'Der operative Gewinn stieg auf 1,1 Milliarden'."""
    found = _found(("a", _AIRLINE, "2025-10-30"), ("b", _AIRLINE_WIRE, "2025-10-30"))
    assert found == [("scale_error", [("a", "1,1 Milliarden Euro"), ("b", "110 Millionen Euro")])]


def test_a_monthly_price_told_per_year_is_a_period_mix_up_and_the_old_price_a_change() -> None:
    """The price 'künftig' against the one before is a raise, as one 'ab Januar' is: no revision note."""
    found = _found(("a", _STREAMING, "2025-09-02"), ("b", _STREAMING_WIRE, "2025-09-03"))
    assert found == [("period_mismatch", [("a", "13,99 Euro"), ("b", "13,99 Euro")])]


def test_this_year_s_and_next_year_s_aid_told_in_two_scales_have_nothing_to_flag() -> None:
    """'nach 800 Millionen Euro in diesem Jahr' and 'In diesem Jahr sind es 0,8 Milliarden Euro' are one figure."""
    assert _found(("a", _HOUSING, "2025-09-02"), ("b", _HOUSING_WIRE, "2025-09-03")) == []


def test_a_payment_for_each_of_a_counted_group_must_not_exceed_the_plan_s_total() -> None:
    """'2.500 Beschäftigte, die im Schnitt je 60.000 Euro erhalten sollen' make 150 Mio., not 'insgesamt 120 Mio.'"""
    found = _found(("a", _LAYOFFS, "2025-09-02"), ("b", _LAYOFFS_WIRE, "2025-09-03"))
    assert found == [("parts_total", [("a", "60.000 Euro"), ("a", "120 Millionen Euro")])]
