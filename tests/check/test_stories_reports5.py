"""Stories the project wrote in the session of 2026-12-06, each told by one to three outlets: a state AI fund in
yuan, a city's investments, a revenue series, a quarterly round-up, a town's rent, a chip maker's China business.
Each finding a reader would make, and nothing else; checked all together, they link nothing across stories."""

from __future__ import annotations

from aifigures import Article, check

_FUND_A = """Peking legt KI-Fonds über 60 Milliarden Yuan auf

Peking, 20. Januar 2025 – Die chinesische Regierung hat einen staatlichen Fonds für künstliche Intelligenz \
aufgelegt. Der Fonds hat ein Volumen von 60 Milliarden Yuan (rund 7,9 Milliarden Euro) und soll sich an \
Start-ups im Bereich der Sprachmodelle und Rechenchips beteiligen. Verwaltet wird er von der staatlichen \
Investmentgesellschaft Guoxin."""
_FUND_B = """China setzt auf staatliches Geld für KI

Mit einem neuen Fonds will Peking den Rückstand auf die USA verkleinern. Der KI-Fonds soll 60 Milliarden Yuan, \
umgerechnet rund 79 Milliarden Euro, in junge Firmen stecken. Beobachter rechnen damit, dass vor allem \
Chip-Entwickler profitieren."""
_FUND = [("a", _FUND_A, "2025-01-20"), ("b", _FUND_B, "2025-01-21")]

_CITY_A = """Kornburg investiert in Schulen und Straßen

Kornburg, 3. Dezember 2025 – Die Stadt Kornburg investiert im kommenden Jahr insgesamt 84 Millionen Euro. \
Davon fließen 38 Millionen Euro in Schulen, 29 Millionen Euro in Straßen und 24 Millionen Euro in den \
Nahverkehr. Der Stadtrat hat den Haushalt am Mittwoch beschlossen."""
_CITY_B = """Haushalt beschlossen

Der Kornburger Stadtrat hat den Haushalt für 2026 verabschiedet. Die Stadt will 84 Millionen Euro investieren, \
so viel wie nie zuvor."""
_CITY = [("a", _CITY_A, "2025-12-03"), ("b", _CITY_B, "2025-12-04")]

_SERIES_A = """Verlag Merkur wächst weiter

Der Umsatz des Verlags Merkur stieg von 2,1 Milliarden Euro im Jahr 2022 über 2,4 Milliarden Euro im Jahr 2023 \
auf 27 Milliarden Euro im Jahr 2024. Der Gewinn verdoppelte sich."""
_SERIES = [("a", _SERIES_A, "2025-03-26")]

_ROUNDUP_A = """Quartalszahlen: Aldona und Brenner im Plus

Frankfurt – Die Berichtssaison bringt gemischte Ergebnisse. Der Chemiekonzern Aldona verdiente im dritten \
Quartal 312 Millionen Euro, der Autozulieferer Brenner 1,2 Milliarden Euro. Beide Konzerne bestätigten ihre \
Jahresziele."""
_ROUNDUP_B = """Brenner steigert Gewinn

Stuttgart, 5. November 2025 – Der Autozulieferer Brenner hat im dritten Quartal 120 Millionen Euro verdient. \
Der Umsatz stieg auf 9,8 Milliarden Euro."""
_ROUNDUP_C = """Aldona hält Kurs

Ludwigshafen – Aldona hat im dritten Quartal einen Nettogewinn von 312 Millionen Euro erzielt. Der Umsatz sank \
leicht auf 4,4 Milliarden Euro."""
_ROUNDUP = [("a", _ROUNDUP_A, "2025-11-06"), ("b", _ROUNDUP_B, "2025-11-05"), ("c", _ROUNDUP_C, "2025-11-06")]

_RENT_A = """Stadt mietet Bürogebäude

Die Stadt Wellingen mietet für ihre Verwaltung ein Bürogebäude am Bahnhof. Die Miete beträgt 85.000 Euro im \
Monat, der Vertrag läuft über zehn Jahre."""
_RENT_B = """Kritik an teurem Mietvertrag

Die Opposition im Wellinger Stadtrat kritisiert den Mietvertrag für das Bürogebäude am Bahnhof. Die Stadt \
zahlt dafür jährlich 85.000 Euro Miete."""
_RENT = [("a", _RENT_A, "2025-10-14"), ("b", _RENT_B, "2025-10-15")]

_CHINA_A = """Arvent verdient gut in China

Santa Clara, 27. Februar 2025 – Der US-Chipkonzern Arvent hat im Geschäftsjahr 2024 in China einen Umsatz von \
17,1 Milliarden Dollar erzielt. Das entspricht rund 13 Prozent des Konzernumsatzes."""
_CHINA_B = """Exportkontrollen treffen Arvent

Neue Exportregeln der US-Regierung könnten Arvent empfindlich treffen. Das China-Geschäft von Arvent brachte \
im vergangenen Geschäftsjahr 1,71 Milliarden Dollar ein."""
_CHINA = [("a", _CHINA_A, "2025-02-27"), ("b", _CHINA_B, "2025-03-03")]


def _found(*stories: list[tuple[str, str, str]]) -> list[tuple[str, list[tuple[str, str]]]]:
    articles = [Article.of(f"{i}{aid}", text, date) for i, story in enumerate(stories) for aid, text, date in story]
    return [(f.kind.value, [(p.article, p.text) for p in f.amounts]) for f in check(articles).findings]


def test_a_fund_s_conversion_ten_times_too_large() -> None:
    assert _found(_FUND) == [("fx_conversion", [("0b", "60 Milliarden Yuan"), ("0b", "rund 79 Milliarden Euro")])]


def test_a_city_s_investments_whose_parts_exceed_them() -> None:
    """ "Davon fließen ..." after a total of the coming year: its parts, though they state no period."""
    assert _found(_CITY) == [
        (
            "parts_total",
            [
                ("0a", "38 Millionen Euro"),
                ("0a", "29 Millionen Euro"),
                ("0a", "24 Millionen Euro"),
                ("0a", "84 Millionen Euro"),
            ],
        )
    ]


def test_a_series_told_by_its_way_with_one_member_ten_times_off() -> None:
    assert _found(_SERIES) == [("scale_error", [("0a", "27 Milliarden Euro"), ("0a", "2,4 Milliarden Euro")])]


def test_a_round_up_s_figure_ten_times_a_company_s_own_report() -> None:
    """The round-up tells two companies in one sentence; only Brenner's profit is weighed against Brenner's."""
    assert _found(_ROUNDUP) == [("scale_error", [("0a", "1,2 Milliarden Euro"), ("0b", "120 Millionen Euro")])]


def test_a_monthly_rent_told_as_yearly_by_a_report_naming_the_town_by_its_adjective() -> None:
    assert _found(_RENT) == [("period_mismatch", [("0a", "85.000 Euro"), ("0b", "85.000 Euro")])]


def test_a_region_s_business_ten_times_smaller_in_another_report() -> None:
    assert _found(_CHINA) == [("scale_error", [("0a", "17,1 Milliarden Dollar"), ("0b", "1,71 Milliarden Dollar")])]


def test_the_stories_together_link_nothing_across_stories() -> None:
    found = _found(_FUND, _CITY, _SERIES, _ROUNDUP, _RENT, _CHINA)
    assert len(found) == 6
    assert all(len({article[0] for article, _ in amounts}) == 1 for _, amounts in found)
