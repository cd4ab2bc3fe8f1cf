"""Whole articles of one story told by several outlets, as a newsroom's archive holds them.

Each story is written for these tests. What the check must flag is what an analyst would: a figure two
outlets give differently; what it must leave alone is what real coverage is full of: a forecast raised
between two reports (a note, with both dates), an adjusted figure beside the reported one, a valuation
before and after the money came in, a year-ago quarter beside this year's, conversions at the day's rate.
"""

from __future__ import annotations

from decimal import Decimal

from aifigures import Article, FixedRates, check
from aifigures.check.context import word_forms
from aifigures.check.facts import build_facts
from aifigures.extract.reader import extract

RATES = FixedRates({"USD": Decimal("1.09")})

_RAISED = """Halvex hebt Prognose an

Der Maschinenbauer Halvex aus Augsburg rechnet für das laufende Jahr nun mit einem Umsatz von 2,3 Milliarden \
Euro. Bislang hatte der Konzern 2,1 Milliarden Euro erwartet. Im zweiten Quartal stieg der Umsatz auf 610 \
Millionen Euro, nach 540 Millionen Euro im Vorjahresquartal.

Das bereinigte Ebit lag im zweiten Quartal bei 71 Millionen Euro. Unbereinigt, also nach Sonderkosten für den \
Umbau des Werks in Kempten, waren es 48 Millionen Euro."""
_AGENCY = """Halvex: Umsatzprognose steigt

Augsburg (dpa) - Der Augsburger Maschinenbauer Halvex ist zuversichtlicher für 2024. Das Unternehmen erwartet \
jetzt einen Jahresumsatz von 2,3 Milliarden Euro, teilte Halvex am Donnerstag mit. Im zweiten Quartal kletterte \
der Umsatz um 13 Prozent auf 610 Millionen Euro. Das Ebit fiel wegen Umbaukosten in Kempten auf 48 Millionen Euro."""
_SPRING = """Halvex erwartet mehr Umsatz

Halvex peilt für dieses Jahr 2,1 Milliarden Euro Umsatz an. Das teilte der Maschinenbauer aus Augsburg im \
Frühjahr mit."""
_MARKETS = """Halvex-Aktie springt an

Die Aktie von Halvex legte nach der Prognoseerhöhung um sechs Prozent zu. Der Maschinenbauer aus Augsburg \
erwartet nun 2,3 Milliarden Euro Umsatz im Gesamtjahr. Im zweiten Quartal erzielte Halvex ein bereinigtes Ebit \
von 71 Millionen Euro, der Umsatz lag bei 601 Millionen Euro."""
_ROUND = """Start-up Lumora sammelt 120 Millionen Dollar ein

Das Berliner KI-Start-up Lumora hat in einer Finanzierungsrunde 120 Millionen Dollar eingesammelt, umgerechnet \
rund 110 Millionen Euro. Vor der Runde war Lumora mit 480 Millionen Dollar bewertet worden, danach mit 600 \
Millionen Dollar."""
_VALUED = """Lumora ist jetzt 600 Millionen Dollar wert

Investoren stecken 120 Millionen Dollar in das Berliner KI-Start-up Lumora. Die Bewertung liegt nach der Runde \
bei 600 Millionen Dollar (rund 550 Millionen Euro)."""


def test_a_raised_forecast_is_a_dated_note_and_a_misprinted_quarter_a_conflict() -> None:
    arts = [
        Article.of("raised", _RAISED, "2024-07-25"),
        Article.of("agency", _AGENCY, "2024-07-25"),
        Article.of("spring", _SPRING, "2024-04-20"),
        Article.of("markets", _MARKETS, "2024-07-26"),
        Article.of("round", _ROUND, "2024-03-12"),
        Article.of("valued", _VALUED, "2024-03-13"),
    ]
    report = check(arts, rates=RATES)
    flags = sorted((f.kind.value, tuple(sorted(p.text for p in f.amounts))) for f in report.findings)
    # the year-ago quarter (540) is a revenue too, not the adjusted Ebit beside 601; the reported Ebit (48) is
    # not the adjusted one (71); pre- and post-money valuations and conversions at the day's rate agree
    assert flags == [("conflict", ("601 Millionen Euro", "610 Millionen Euro"))]
    across = [n for n in report.notes if {p.article for p in n.amounts} == {"raised", "spring"}]
    assert [n.kind.value for n in across] == ["revision"]
    assert "2024-04-20" in across[0].message
    assert "2024-07-25" in across[0].message


def test_a_figure_compared_with_the_one_before_measures_the_same() -> None:
    text = "Der Umsatz stieg auf 610 Millionen Euro, nach 540 Millionen Euro im Vorjahresquartal."
    metrics = [f.metric for f in build_facts("a", text, extract(text))]
    assert metrics == ["revenue", "revenue"]
    text = "Der Umsatz stieg auf 610 Millionen Euro, die Kosten sanken auf 540 Millionen Euro."
    assert [f.metric for f in build_facts("a", text, extract(text))][1] != "revenue"


def test_an_inflected_measure_word_makes_another_measure() -> None:
    text = "Halvex erzielte ein bereinigtes Ebit von 71 Millionen Euro."
    assert [f.metric for f in build_facts("a", text, extract(text))] == ["ebit:adjusted"]


_TRANSFER = """Transferrekord: Brenner wechselt für 95 Millionen Euro nach Madrid

Der FC Talheim verkauft seinen Stürmer Jonas Brenner an Real Madrid. Die Ablöse beträgt nach Angaben des Vereins \
95 Millionen Euro, hinzu kommen Bonuszahlungen von bis zu 15 Millionen Euro."""
_TRANSFER_ROUNDED = """Brenner-Wechsel perfekt

Jonas Brenner geht zu Real Madrid. Talheim kassiert eine Ablöse von über 90 Millionen Euro. Mit Boni kann die \
Summe auf 110 Millionen Euro steigen."""
_TRANSFER_LOWER = """real madrid holt brenner

real madrid zahlt für jonas brenner vom fc talheim eine ablöse von 59 millionen euro."""
_FLOOD = """Flut: Schäden von mindestens 2,4 Milliarden Euro

Die Flut im Osten Bayerns hat nach ersten Schätzungen der Versicherer Schäden von mindestens 2,4 Milliarden Euro \
verursacht. Der Freistaat stellt eine Soforthilfe von 200 Millionen Euro bereit."""
_FLOOD_SLIP = """Versicherer: Flutschäden in Bayern bei 2,4 Millionen Euro

Die Versicherer beziffern die versicherten Schäden der Flut in Ostbayern auf 2,4 Millionen Euro. Bayern hilft \
mit 200 Millionen Euro Soforthilfe."""


def test_a_misprinted_fee_in_lower_case_and_a_slipped_scale_are_flagged_once_each() -> None:
    """'über 90' agrees with 95; the all lower-case report's 59 does not. 'Bayerns' and 'Ostbayern' name one
    region, so the two reports of the flood are about one subject, and the title's slip and the text's are one."""
    arts = [
        Article.of("t1", _TRANSFER, "2025-07-01"),
        Article.of("t2", _TRANSFER_ROUNDED, "2025-07-01"),
        Article.of("t3", _TRANSFER_LOWER, "2025-07-02"),
        Article.of("f1", _FLOOD, "2025-06-10"),
        Article.of("f2", _FLOOD_SLIP, "2025-06-11"),
    ]
    report = check(arts, rates=RATES)
    flags = sorted((f.kind.value, tuple(sorted(p.article for p in f.amounts))) for f in report.findings)
    # the lower-case report's 59 is weighed against both others: 95, and 'über 90' whose bound excludes it
    assert flags == [
        ("conflict", ("t1", "t1", "t3")),  # the fee told in t1's title and in its text
        ("qualifier_conflict", ("t2", "t3")),
        ("scale_error", ("f1", "f1", "f2", "f2")),  # each told in its title and its text
    ]
    slip = next(f for f in report.findings if f.kind.value == "scale_error")
    assert "more than once" in slip.why


_DEAL = """Corvana kauft britischen Zulieferer

Der Stuttgarter Autozulieferer Corvana übernimmt den britischen Konkurrenten Ashford Dynamics für 2 Milliarden \
Pfund. Corvana setzte im vergangenen Jahr 14,2 Milliarden Euro um."""
_DEAL_REVENUE = """Corvana greift in England zu

Corvana zahlt für Ashford Dynamics 2 Milliarden Pfund. Der Zulieferer aus Stuttgart hatte im vergangenen Jahr \
einen Umsatz von 14,2 Milliarden Euro erzielt."""
_DEAL_LOWER = """corvana übernimmt ashford dynamics

der stuttgarter autozulieferer corvana kauft ashford dynamics für zwei milliarden pfund. ashford erzielte \
zuletzt einen umsatz von 900 millionen pfund."""
_TARGET = """Ashford Dynamics: Umsatz gesunken

Der britische Zulieferer Ashford Dynamics setzte im vergangenen Jahr 900 Millionen Pfund um, im Jahr davor 1,05 \
Milliarden Pfund."""
_FAB = """Chipfabrik in Magdeburg: Kosten steigen

Der Bau der Chipfabrik von Intron in Magdeburg soll nun 30 Milliarden Euro kosten. Der Bund fördert das Werk mit \
9,9 Milliarden Euro."""
_FAB_SLIP = """Intron-Werk: Förderung steht

Für die Chipfabrik in Magdeburg gibt der Bund 9,9 Millionen Euro. Das Projekt kostet 30 Milliarden Euro."""


def test_a_takeover_price_and_two_companies_revenues_are_kept_apart() -> None:
    """The buyer's revenue is not the target's, though both companies stand in every report of the deal (in
    the lower-case one, 'ashford' names the target: the other reports write it capitalised); the price is not
    the target's revenue of a year, nor of the year before."""
    arts = [
        Article.of("a1", _DEAL, "2025-02-03"),
        Article.of("a2", _DEAL_REVENUE, "2025-02-03"),
        Article.of("a3", _DEAL_LOWER, "2025-02-04"),
        Article.of("a4", _TARGET, "2025-01-20"),
        Article.of("c1", _FAB, "2025-03-01"),
        Article.of("c3", _FAB_SLIP, "2025-03-02"),
    ]
    report = check(arts, rates=FixedRates({"GBP": Decimal("0.84")}))
    flags = sorted((f.kind.value, tuple(sorted(p.article for p in f.amounts))) for f in report.findings)
    assert flags == [("scale_error", ("c1", "c3"))]


def test_a_name_alone_before_a_figure_leaves_out_the_clause_before() -> None:
    text = "Arventa setzte zuletzt 26 Milliarden Euro um, Solquin 15 Milliarden Euro, Gewinn 2 Milliarden Euro."
    assert [f.metric for f in build_facts("a", text, extract(text))] == ["revenue", "revenue", "profit"]


def test_an_auxiliary_of_the_future_is_a_plan_with_an_infinitive_and_the_passive_with_a_participle() -> None:
    rows = [
        ("Der Bau wird 3 Milliarden Euro kosten.", "plan"),
        ("Lumora wird mit 600 Millionen Euro bewertet.", "actual"),
        ("Jedes Jahr werden in China 300 Milliarden Yuan investiert.", "actual"),
        ("Der Umsatz werde auf 5 Milliarden Euro steigen, sagte Moll.", "plan"),
    ]
    for text, modality in rows:
        assert [f.modality.value for f in build_facts("a", text, extract(text))] == [modality], text


def test_a_verb_names_what_its_figure_measures() -> None:
    rows = [
        ("Ashford setzte im vergangenen Jahr 900 Millionen Pfund um.", "revenue"),
        ("Die Stadt nahm 2024 rund 40 Millionen Euro ein.", "revenue"),
        ("Der Verein gab 30 Millionen Euro aus.", "spending"),
        ("Lumora sammelte 120 Millionen Dollar ein.", "funding"),
        ("Lumora hat 120 Millionen Dollar von Investoren erhalten.", "funding"),  # money raised, not invested
        ("Lumora hatte bei einer ersten Runde 25 Millionen Dollar erhalten.", "funding"),  # a round of funding
        ("Der Reingewinn lag bei 312 Mio. Franken.", "profit"),  # a compound of a metric noun is that metric
        ("Lumora hat Geld von Investoren erhalten und ist nun 157 Mrd. Dollar wert.", "valuation"),
        ("Das Betriebsergebnis lag bei 41 Mio. Euro.", "ebit"),
        ("Der Halbleiterfonds umfasst 344 Mrd. Yuan.", "fund"),  # a compound that ends in a metric noun
        ("Die Baukosten stiegen auf 2 Mrd. Euro.", "cost"),
        ("Die Nettoverschuldung wuchs auf 2,41 Mrd. Euro.", "debt"),  # a compound that ends in a metric noun
        ("Die Neuverschuldung liegt bei 44 Mrd. Euro.", "borrowing"),  # unless [metrics] names the compound
        ("Pro Jahr sollen 25 Mio. Franken eingespart werden.", "savings"),
        ("Corvana übernimmt Ashford für 2 Milliarden Pfund.", "price"),
        ("Zudem kauft Corvana eigene Aktien für 750 Mio. Euro zurück.", "buyback"),  # a separable verb: another verb
        ("Zudem kauft Corvana Anleihen für 750 Mio. Euro.", "price"),
        ("Corvana setzte auf 2 Milliarden Pfund.", None),  # no particle closes the clause
        ("Ashford wird für 2 Milliarden Pfund an Corvana verkauft.", "price"),  # the passive of a sale
        ("Der Gewinn vor Steuern lag bei 41 Mio. Euro.", "profit:pre_tax"),  # the head noun, in its measure
        ("Die Kosten für die Übernahme liegen bei 3 Mrd. Euro.", "cost"),  # not the noun of the phrase after it
        ("Nach Angaben aus Investorenkreisen wird Lumora mit 600 Mio. Euro bewertet.", "valuation"),  # the verb
        ("Halvsund zahlt für das abgelaufene Geschäftsjahr 3,20 Euro je Aktie.", "payment:per aktie"),  # no purchase
        ("Die Sockelablöse liegt bei 24 Mio. Euro.", "price"),  # a compound that ends in a transfer fee
        ("Das Landespflegegeld beträgt 125 Euro im Monat.", "benefit"),  # ... and in a benefit
        ("Die Stiftung erhält vom Bund 3,4 Mrd. Euro.", "subsidy"),  # received from a level of the state
        ("Die Stiftung bekommt 4,3 Mrd. Euro vom Land.", "subsidy"),
        ("Der Bund erhält aus der Auktion 6,6 Mrd. Euro.", None),  # the state receives: no subsidy
    ]
    for text, metric in rows:
        assert [f.metric for f in build_facts("a", text, extract(text))] == [metric], text


_QUARTER = """Ventix steigert Umsatz

Der Softwarekonzern Ventix aus Karlsruhe hat im dritten Quartal 1,2 Milliarden Euro umgesetzt. Im Gesamtjahr \
2024 erwartet Ventix einen Umsatz von 4,6 Milliarden Euro."""
_QUARTER_AGENCY = """Ventix: Quartalsumsatz bei 1,2 Milliarden

Ventix hat seinen Umsatz im dritten Quartal auf 1,2 Milliarden Euro gesteigert. Der Konzern aus Karlsruhe \
bestätigte die Jahresprognose von 4,6 Milliarden Euro."""
_QUARTER_WRONG = """Ventix wächst kräftig

Der Karlsruher Softwarekonzern Ventix hat im dritten Quartal 4,6 Milliarden Euro umgesetzt."""
_PRICE_JUNE = """US-Konzern Halcyon kauft Datenfirma

Der US-Konzern Halcyon übernimmt den Datenspezialisten Brightpath für 3,5 Milliarden Dollar (3,2 Milliarden Euro)."""
_PRICE_NOVEMBER = """Halcyon schließt Brightpath-Kauf ab

Halcyon hat die Übernahme von Brightpath abgeschlossen. Der Kaufpreis lag bei 3,5 Milliarden Dollar, umgerechnet \
rund 3,3 Milliarden Euro."""


def test_a_quarter_given_the_years_figure_is_flagged_and_a_price_converted_twice_is_not() -> None:
    """'Karlsruhe' and 'Karlsruher', 'Softwarekonzern' as a name in one report and a word in the other: the
    subjects of the quarter's figures are one. One dollar price converted at the rates of June and of
    November gives two euro figures, both right."""
    arts = [
        Article.of("q1", _QUARTER, "2024-10-24"),
        Article.of("q2", _QUARTER_AGENCY, "2024-10-24"),
        Article.of("q4", _QUARTER_WRONG, "2024-10-25"),
        Article.of("u1", _PRICE_JUNE, "2024-06-03"),
        Article.of("u2", _PRICE_NOVEMBER, "2024-11-20"),
    ]
    report = check(arts)  # the ECB's rates of each day, shipped with the package
    flags = sorted((f.kind.value, tuple(sorted(p.article for p in f.amounts))) for f in report.findings)
    assert flags == [("conflict", ("q1", "q4"))]


_PLAN = """Tenvix investiert Milliarden in KI

Der chinesische Internetkonzern Tenvix will in den kommenden drei Jahren mindestens 380 Milliarden Yuan (etwa 49 \
Milliarden Euro) in künstliche Intelligenz investieren."""
_PLAN_SLIP = """KI-Offensive: Tenvix nimmt 3,8 Milliarden Yuan in die Hand

Tenvix investiert in den kommenden drei Jahren 3,8 Milliarden Yuan in künstliche Intelligenz."""
_PLAN_PER_YEAR = """Tenvix: KI-Investitionen von 380 Milliarden Yuan

Über drei Jahre will Tenvix 380 Milliarden Yuan in KI stecken, umgerechnet rund 50 Milliarden Euro. Das \
entspricht gut 126 Milliarden Yuan pro Jahr."""


def test_a_plan_counted_from_two_days_is_one_period_and_a_yearly_share_no_conversion() -> None:
    """'in den kommenden drei Jahren' in reports of Monday and Tuesday is one period: the slip of a hundred
    between them is flagged. 'Das entspricht ... pro Jahr' after a conversion restates the plan per year in
    its own currency; it is no second conversion of the euro figure."""
    arts = [
        Article.of("c1", _PLAN, "2025-02-24"),
        Article.of("c3", _PLAN_SLIP, "2025-02-25"),
        Article.of("c4", _PLAN_PER_YEAR, "2025-02-25"),
    ]
    report = check(arts)  # the ECB's rates, shipped with the package
    flags = sorted((f.kind.value, tuple(sorted(p.article for p in f.amounts))) for f in report.findings)
    # one finding on the slip, against the report that tells the plan exactly; the other that agrees is named
    assert flags == [("scale_error", ("c3", "c3", "c4", "c4"))]
    assert "in c1" in report.findings[0].why


_SEGMENTS = {
    "m1": (
        """Stelvaro-Konzern: Umsatz sinkt

Der Autobauer Stelvaro hat im vergangenen Jahr 145 Milliarden Euro umgesetzt, nach 153 Milliarden Euro im Jahr \
2023. Die Pkw-Sparte kam auf einen Umsatz von 98 Milliarden Euro, die Lkw-Sparte auf 47 Milliarden Euro. Der \
Nettogewinn fiel auf 10,4 Milliarden Euro.""",
        "2025-02-20",
    ),
    "m2": (
        """Stelvaro verdient weniger

Stelvaro hat 2024 weniger verdient: Der Nettogewinn sank auf 10,4 Milliarden Euro. Der Umsatz der Pkw-Sparte \
lag bei 98 Milliarden Euro. Insgesamt setzte der Autobauer 145 Milliarden Euro um.""",
        "2025-02-20",
    ),
    "m3": (
        """Stelvaro-Bilanz

Im Jahr 2023 hatte Stelvaro noch 153 Milliarden Euro umgesetzt und 14,5 Milliarden Euro verdient. Für 2024 \
meldet der Autobauer einen Umsatz von 145 Milliarden Euro.""",
        "2025-02-21",
    ),
    "m4": (
        """Stelvaro: Lkw-Geschäft stabil

Die Lkw-Sparte von Stelvaro setzte im vergangenen Jahr 74 Milliarden Euro um. Der Gesamtumsatz des Autobauers \
lag bei 145 Milliarden Euro.""",
        "2025-02-21",
    ),
    "m5": (
        """Stelvaro-Gewinn bricht ein

Der Autobauer Stelvaro hat im vergangenen Jahr einen Nettogewinn von 14,5 Milliarden Euro erzielt.""",
        "2025-02-21",
    ),
}


def test_a_segments_figure_is_not_the_companys_and_two_reports_of_one_segment_are_weighed() -> None:
    """The Pkw and Lkw segments' revenues are not the group's nor each other's; the Lkw segment's 47 and 74
    Mrd. are one figure told twice, and last year's profit given as the year before's is a conflict: one, with
    the two reports of 10,4 Mrd. that agree (told alike: both of last year, the first by the report it goes on)."""
    arts = [Article.of(i, text, day) for i, (text, day) in _SEGMENTS.items()]
    report = check(arts, rates=RATES)
    flags = sorted((f.kind.value, tuple(sorted(p.text for p in f.amounts))) for f in report.findings)
    assert flags == [
        ("conflict", ("10,4 Milliarden Euro", "14,5 Milliarden Euro")),
        ("conflict", ("47 Milliarden Euro", "74 Milliarden Euro")),
    ]
    profit = next(f for f in report.findings if "10,4 Milliarden Euro" in {p.text for p in f.amounts})
    assert "told alike in 1 more report(s): '10,4 Milliarden Euro'" in profit.why


def test_a_clause_names_a_segment_by_a_compound_or_a_head_and_its_name() -> None:
    rows = [
        # a segment is told by the word that tells it from others, however its head is joined to it
        ("Die Pkw-Sparte setzte 98 Milliarden Euro um.", "pkw"),
        ("Die Elektroniksparte kam auf 3,1 Milliarden Euro.", "elektronik"),
        ("In der Sparte Elektronik lag der Umsatz bei 3,1 Milliarden Euro.", "elektronik"),
        ("Das Geschäft mit Elektronik brachte 3,1 Milliarden Euro.", "elektronik"),
        ("Das Chinageschäft brachte 2 Milliarden Euro.", "in china"),  # a region's business: that region's
        ("Der Konzern setzte 145 Milliarden Euro um.", None),
        ("Das Geschäft brachte 2 Milliarden Euro.", None),  # no segment named
        ("Größte Sparte war die Elektronik mit 3,1 Milliarden Euro.", "elektronik"),
    ]
    for text, segment in rows:
        assert [f.segment for f in build_facts("a", text, extract(text))] == [segment], text
    # a segment after a figure and another figure is that one's: the whole before them has none
    text = "Vom Umsatz von 12,4 Mrd. Dollar entfielen 5,6 Mrd. auf das Cloud-Geschäft."
    assert [f.segment for f in build_facts("a", text, extract(text))] == [None, "cloud"]
    text = "Die Pkw-Sparte kam auf 98 Mrd. Euro Umsatz und 5 Mrd. Euro Gewinn."  # one before both is both's
    assert [f.segment for f in build_facts("a", text, extract(text))] == ["pkw", "pkw"]
    # the elliptic items after a division's figure name other divisions (not after a region's)
    text = "Die Sparte Elektronik steuerte 8 Mrd. Euro bei, die Medizintechnik 6 Mrd. Euro und die Robotik 5 Mrd. Euro."
    assert [f.segment for f in build_facts("a", text, extract(text))] == ["elektronik", "medizintechnik", "robotik"]
    text = "In China setzte Kessbach 8 Mrd. Euro um, die Konkurrenz 6 Mrd. Euro."
    assert [f.segment for f in build_facts("a", text, extract(text))][1] != "konkurrenz"


_MERGER = """Chemiefusion: Arventa und Solquin schließen sich zusammen

Die Chemiekonzerne Arventa und Solquin fusionieren. Der neue Konzern kommt auf einen Jahresumsatz von 41 \
Milliarden Euro. Arventa setzte zuletzt 26 Milliarden Euro um, Solquin 15 Milliarden Euro."""
_MERGER_PRICE = """Arventa übernimmt Solquin

Arventa zahlt für Solquin 18 Milliarden Euro. Solquin allein kam im vergangenen Jahr auf 15 Milliarden Euro \
Umsatz."""
_MERGER_SHORT = """Chemie-Deal

Solquin wird für 18 Milliarden Euro an Arventa verkauft. Arventa erzielte im vergangenen Jahr einen Umsatz von \
62 Milliarden Euro."""
_TRANSFERS = """Brenner kostet Real 95 Millionen

Real Madrid überweist dem FC Talheim für Jonas Brenner 95 Millionen Euro. In der vergangenen Saison hatte \
Talheim mit Transfers insgesamt 140 Millionen Euro eingenommen, davon 80 Millionen Euro für Brenners \
Sturmpartner Kaan Öztürk."""
_SALARY = """Brenner-Wechsel perfekt

Jonas Brenner geht zu Real Madrid. Brenners Jahresgehalt in Madrid: 12 Millionen Euro."""


def test_a_one_word_title_leads_its_story_and_a_salary_is_no_transfer_fee() -> None:
    """'Chemie-Deal' is a title (a kicker): its lead names both companies, so the short report's 62 Mrd. is
    weighed against Arventa's 26 Mrd. (whose clause names Arventa alone, not the merged 41 Mrd.), and the
    price paid is no revenue. A label before a colon names the salary; a part after 'davon' measures what
    its total measures: a player's salary is not another player's fee."""
    arts = [
        Article.of("f1", _MERGER, "2025-05-12"),
        Article.of("f2", _MERGER_PRICE, "2025-05-12"),
        Article.of("f3", _MERGER_SHORT, "2025-05-13"),
        Article.of("t2", _SALARY, "2025-07-01"),
        Article.of("t4", _TRANSFERS, "2025-07-02"),
    ]
    report = check(arts, rates=RATES)
    flags = sorted((f.kind.value, tuple(sorted(p.text for p in f.amounts))) for f in report.findings)
    assert flags == [("conflict", ("26 Milliarden Euro", "62 Milliarden Euro"))]


def test_prepositions_and_question_words_opening_a_sentence_or_a_title_are_no_names() -> None:
    rows = [
        "Über zwölf Jahre stehen 500 Milliarden Euro bereit.",
        "Sondervermögen: Was die 500 Milliarden Euro bedeuten",
        "Für die Schulen stehen 500 Milliarden Euro bereit.",
        "Ein Haushalt mit einem Verbrauch von 4.000 Kilowattstunden zahlt 1.360 Euro.",  # a number leads its noun
    ]
    for text in rows:
        assert [f.sentence_names for f in build_facts("a", text, extract(text))] == [frozenset()], text
    year = "2015 Keltron zahlte 1.360 Euro."  # a year leads no noun
    assert [f.sentence_names for f in build_facts("a", year, extract(year))] == [frozenset({"keltron"})]


def test_a_later_report_that_tells_the_old_forecast_makes_a_revision_within_days() -> None:
    """Ten days apart (within the revision window) the raised forecast would be a conflict; but the later
    report itself says what the figure was before ('Bislang hatte der Konzern 2,1 Milliarden Euro erwartet')."""
    arts = [Article.of("raised", _RAISED, "2024-07-25"), Article.of("spring", _SPRING, "2024-07-15")]
    report = check(arts, rates=RATES)
    assert [f for f in report.findings if {p.article for p in f.amounts} == {"raised", "spring"}] == []
    across = [n.kind.value for n in report.notes if {p.article for p in n.amounts} == {"raised", "spring"}]
    assert across == ["revision"]
    earlier = [Article.of("raised", _RAISED, "2024-07-25"), Article.of("spring", _SPRING, "2024-08-04")]
    later = check(earlier, rates=RATES)  # told after the raise, the old figure is outdated: a conflict
    assert [f.kind.value for f in later.findings if {p.article for p in f.amounts} == {"raised", "spring"}] == [
        "conflict"
    ]


def test_a_compound_of_the_whole_names_its_metric() -> None:
    for text in ("Der Gesamtumsatz lag bei 145 Milliarden Euro.", "Der Konzernumsatz lag bei 145 Milliarden Euro."):
        assert [f.metric for f in build_facts("a", text, extract(text))] == ["revenue"], text


_CUTS = """Kornwerk streicht 3000 Stellen

Der Stahlkonzern Kornwerk baut 3000 Stellen ab. Das Sparprogramm soll ab 2027 jährlich 800 Millionen Euro \
einsparen. Für den Umbau rechnet Kornwerk mit Kosten von 1,2 Milliarden Euro."""
_CUTS_SWAPPED = """Stahlkonzern Kornwerk spart

Einsparungen von 1,2 Milliarden Euro jährlich erwartet der Stahlkonzern Kornwerk von seinem Sparprogramm. Der \
Umbau soll 800 Millionen Euro kosten."""


def test_savings_and_costs_are_two_metrics_and_a_report_that_swaps_them_is_flagged_twice() -> None:
    arts = [Article.of("j1", _CUTS, "2025-09-10"), Article.of("j3", _CUTS_SWAPPED, "2025-09-11")]
    report = check(arts, rates=RATES)
    found = sorted((f.kind.value, f.why.split(",")[0]) for f in report.findings)
    assert found == [("conflict", "same metric (cost)"), ("conflict", "same metric (savings)")]


_FINE = """Kartellstrafe für Qorbit

Die Rekordstrafe gegen Qorbit beläuft sich auf 4,34 Milliarden Euro, umgerechnet 5,1 Milliarden Dollar. Die \
bisher höchste Strafe hatte 2,42 Milliarden Euro betragen."""
_FINE_LOWER = """qorbit: eu-strafe von 4,34 millionen euro

die eu-kommission verhängte eine kartellstrafe von 4,34 millionen euro gegen qorbit. umgerechnet sind das etwa \
5 milliarden dollar."""


def test_a_former_record_is_no_old_figure_and_a_conversion_may_follow_a_few_words_after_its_cue() -> None:
    """'Die bisher höchste Strafe hatte 2,42 Mrd. Euro betragen' names another fine; 'umgerechnet sind das
    etwa 5 Milliarden Dollar' converts the 4,34 Millionen before it, wrongly by a thousand."""
    arts = [Article.of("e4", _FINE, "2018-07-18"), Article.of("e3", _FINE_LOWER, "2018-07-19")]
    report = check(arts)  # the ECB's rates of those days, shipped with the package
    assert report.notes == ()
    found = sorted((f.kind.value, tuple(p.article for p in f.amounts)) for f in report.findings)
    assert found == [
        ("fx_conversion", ("e3", "e3", "e3")),
        ("scale_error", ("e3", "e4", "e3")),
    ]  # the title tells it too


_HALF = """Wohnhaus AG: Milliardenverlust

Wegen Abwertungen ihrer Immobilien hat die Wohnhaus AG im ersten Halbjahr 1,2 Milliarden Euro Verlust gemacht."""
_HALF_BY_MONTHS = """Wohnhaus AG mit Halbjahresverlust

Die Wohnhaus AG verbuchte von Januar bis Juni einen Verlust von 2,1 Milliarden Euro."""


def test_a_half_year_told_by_its_months_is_the_half_year_and_months_are_no_names() -> None:
    arts = [Article.of("r2", _HALF, "2024-08-02"), Article.of("r3", _HALF_BY_MONTHS, "2024-08-03")]
    report = check(arts, rates=RATES)
    assert [(f.kind.value, f.why.split(",")[0]) for f in report.findings] == [("conflict", "same metric (loss)")]


def _reports(*told: tuple[str, str, str]) -> list[Article]:
    """The reports of one story: (id, text, date) each."""
    return [Article.of(i, text, day) for i, text, day in told]


_TRUCKS_A = """Tornvik steigert Gewinn deutlich

Der schwedische Lkw-Bauer Tornvik hat im dritten Quartal dank starker Nachfrage in Nordamerika deutlich mehr \
verdient. Der Nettogewinn stieg auf 4,1 Milliarden Kronen nach 3,2 Milliarden Kronen im Vorjahreszeitraum, wie das \
Unternehmen am Donnerstag in Göteborg mitteilte. Der Umsatz kletterte um zwölf Prozent auf 52,3 Milliarden Kronen."""
_TRUCKS_B = """Lkw-Hersteller Tornvik verdient mehr

Göteborg (dpx) - Tornvik hat im dritten Quartal 4,1 Mrd. schwedische Kronen netto verdient, nach 3,2 Mrd. ein Jahr \
zuvor. Die Erlöse stiegen auf 52,3 Mrd. Kronen."""
_TRUCKS_C = """Tornvik: Quartalsgewinn über Erwartungen

Der Lkw-Bauer Tornvik hat im Sommerquartal einen Gewinn von 4,1 Millionen Kronen erzielt. Der Umsatz lag bei 52,3 \
Milliarden Kronen."""


def test_the_place_a_report_comes_from_is_no_subject_and_a_net_profit_is_the_profit() -> None:
    """'in Göteborg mitteilte' and a dateline name no subject; 'netto verdient' is the profit 'Gewinn' names."""
    arts = _reports(
        ("a", _TRUCKS_A, "2025-10-23"),
        ("b", _TRUCKS_B, "2025-10-23"),
        ("c", _TRUCKS_C, "2025-10-24"),
    )
    for art in arts[:2]:
        first = build_facts(art.id, art.text, list(extract(art.text)))[0]
        assert "göteborg" not in first.names
        assert "tornvik" in first.names
    report = check(arts, rates=RATES)
    slips = [f for f in report.findings if f.kind.value == "scale_error"]
    assert [{p.article for p in f.amounts} for f in slips] == [{"a", "c"}]
    assert "1 more report(s) agree with it: '4,1 Mrd. schwedische Kronen' in b" in slips[0].why
    assert all(f.kind.value == "scale_error" for f in report.findings)


_FUND_VOTE = """Bundestag beschließt Sondervermögen für Brücken und Schienen

Der Bundestag hat am Freitag ein Sondervermögen von 500 Milliarden Euro für die Infrastruktur beschlossen. Das Geld \
soll über zwölf Jahre fließen. Davon erhalten die Länder 100 Milliarden Euro."""
_FUND_EXPLAINED = """Milliarden für die Infrastruktur: Was das Sondervermögen bringt

Berlin (dpx) - Für Brücken, Schienen und Schulen stehen in den kommenden zwölf Jahren 500 Milliarden Euro bereit, \
im Schnitt also gut 41 Milliarden Euro pro Jahr. Die Länder bekommen einen Anteil von 100 Milliarden Euro."""
_FUND_STATES = """Sondervermögen: Länder fordern mehr

Die Länder pochen auf einen größeren Anteil am Sondervermögen. Von den 500 Millionen Euro seien für sie nur 100 \
Milliarden Euro vorgesehen, kritisierte der bayerische Finanzminister."""
_FUND_SPREAD = """Infrastruktur-Paket: Eine halbe Billion

Das Infrastruktur-Sondervermögen umfasst 500 Milliarden Euro. Verteilt auf zwölf Jahre sind das 50 Milliarden Euro \
jährlich."""


def _fund_report() -> list[tuple[str, set[str]]]:
    arts = _reports(
        ("vote", _FUND_VOTE, "2025-03-21"),
        ("explained", _FUND_EXPLAINED, "2025-03-21"),
        ("states", _FUND_STATES, "2025-03-24"),
        ("spread", _FUND_SPREAD, "2025-03-22"),
    )
    return [(f.kind.value, {p.article for p in f.amounts}) for f in check(arts, rates=RATES).findings]


def test_a_part_above_the_whole_its_clause_opens_with_and_a_wrong_yearly_share_are_flagged() -> None:
    """ "Von den 500 Millionen ... 100 Milliarden"; 500 Mrd. over twelve years is not 50 Mrd. a year (41 is)."""
    found = _fund_report()
    assert ("parts_total", {"states"}) in found
    assert ("period_mismatch", {"spread"}) in found
    assert all(kind != "period_mismatch" or "explained" not in where for kind, where in found)


def test_a_slipped_scale_word_against_other_outlets_with_one_shared_word() -> None:
    """The slipped '500 Millionen' shares with the other reports the title's 'Sondervermögen' and one digit; the
    sentence before it names the fund, which is what its figure measures."""
    found = _fund_report()
    assert any(kind == "scale_error" and "states" in where and len(where) == 2 for kind, where in found)


_TRANSFER_CLUB = """Brandt-Deal perfekt

Kai Brandt spielt künftig für Inter Mailand. Wie der VfL Oberau am Montag mitteilte, zahlen die Italiener eine feste \
Ablöse von 48 Mio. Euro. Brandt soll bei Inter ein Jahresgehalt von sechs Millionen Euro netto kassieren."""
_TRANSFER_RUMOUR = """Oberau kassiert Rekordsumme

Der VfL Oberau verkauft Torjäger Kai Brandt für 58 Millionen Euro an Inter Mailand. Das berichtet die "Gazzetta". \
Der 24-Jährige soll bei den Italienern sechs Millionen Euro im Monat verdienen."""
_TRANSFER_AGENCY = """Brandt für 48 Millionen nach Italien

Der Wechsel von Kai Brandt zu Inter Mailand ist fix: Inter überweist 48 Millionen Euro an den VfL Oberau, \
umgerechnet etwa 52 Millionen Dollar."""


def test_a_fee_two_reports_agree_on_against_a_third_is_one_finding_and_a_salary_a_month_a_slip() -> None:
    """ "48 Mio. Euro" and "48 Millionen Euro" agree though written apart: one conflict with the 58, naming both."""
    arts = _reports(
        ("club", _TRANSFER_CLUB, "2025-07-14"),
        ("rumour", _TRANSFER_RUMOUR, "2025-07-15"),
        ("agency", _TRANSFER_AGENCY, "2025-07-14"),
    )
    report = check(arts, rates=RATES)
    assert sorted(f.kind.value for f in report.findings) == ["conflict", "period_mismatch"]
    conflict = next(f for f in report.findings if f.kind.value == "conflict")
    named = {p.article for p in conflict.amounts} | {a for a in ("club", "agency") if f" in {a}" in conflict.why}
    assert named == {"club", "agency", "rumour"}
    assert "1 more report(s) agree with it" in conflict.why


_GUIDANCE_WIRE = """sanvora senkt jahresprognose nach schwachem quartal

münchen (reuters) - der medizintechnikkonzern sanvora hat nach einem schwachen zweiten quartal seine jahresziele \
gesenkt. für 2025 erwarte man nun einen umsatz von 8,1 bis 8,3 milliarden euro, teilte das unternehmen am mittwoch \
mit. bislang hatte sanvora 8,6 milliarden euro in aussicht gestellt. im zweiten quartal sank der umsatz um vier \
prozent auf 1,95 milliarden euro. der nettogewinn brach auf 112 millionen euro ein, nach 240 millionen euro im \
vorjahresquartal."""
_GUIDANCE_MARKETS = """Sanvora-Aktie bricht ein

Anleger reagierten enttäuscht auf die Zahlen von Sanvora. Der Konzern aus München verdiente im zweiten Quartal nur \
112 Millionen Euro, nach 420 Millionen Euro ein Jahr zuvor. Der Umsatz lag bei 1,95 Milliarden Euro."""
_GUIDANCE_HALF = """Medizintechnik: Sanvora mit Umsatzrückgang

Sanvora hat im ersten Halbjahr 4,0 Milliarden Euro umgesetzt. Im zweiten Quartal waren es 2,95 Milliarden Euro. \
Der Ausblick für das Gesamtjahr wurde auf 8,1 bis 8,3 Milliarden Euro gesenkt."""


def test_a_sentence_that_goes_on_telling_keeps_its_metric_and_a_profit_earned_is_no_revenue() -> None:
    """ "Im zweiten Quartal waren es 2,95 Mrd." is the revenue "umgesetzt" named; "verdiente 112 Mio." is none."""
    arts = _reports(
        ("wire", _GUIDANCE_WIRE, "2025-07-30"),
        ("markets", _GUIDANCE_MARKETS, "2025-07-31"),
        ("half", _GUIDANCE_HALF, "2025-07-30"),
    )
    report = check(arts, rates=RATES)
    found = sorted((f.kind.value, *sorted(p.text.lower() for p in f.amounts)) for f in report.findings)
    assert found == [
        ("conflict", "1,95 milliarden euro", "2,95 milliarden euro"),  # against the two reports that agree
        ("conflict", "240 millionen euro", "420 millionen euro"),
    ]
    assert "1 more report agrees" in report.findings[0].why
    assert [f.kind.value for f in report.notes] == ["revision"]


_BUDGET_DRAFT = """Haushalt 2026: Neue Schulden in Rekordhöhe

Das Bundeskabinett hat den Entwurf für den Haushalt 2026 beschlossen. Der Bund will im kommenden Jahr 520,5 \
Milliarden Euro ausgeben. Die Neuverschuldung im Kernhaushalt soll bei 89,3 Milliarden Euro liegen. Rechnet man die \
Kredite für die Sondervermögen hinzu, nimmt der Bund 2026 insgesamt 174,3 Milliarden Euro neue Schulden auf."""
_BUDGET_MINISTER = """Klingbeil legt Etat vor

Finanzminister Lars Klingbeil plant für 2026 Ausgaben von rund 520 Milliarden Euro. Die Nettokreditaufnahme im \
Kernhaushalt beträgt 89,3 Milliarden Euro. Für Investitionen sind 126,7 Milliarden Euro eingeplant."""
_BUDGET_RECORD = """Rekordinvestitionen im Etat

Im Haushalt 2026 sind Investitionen von 126,7 Millionen Euro vorgesehen, so viel wie nie zuvor. Insgesamt will der \
Bund 520,5 Milliarden Euro ausgeben."""


def test_new_borrowing_is_its_own_metric_and_a_slipped_investment_figure_is_flagged() -> None:
    """89,3 Mrd. of the core budget and 174,3 Mrd. with the special funds are two figures; 126,7 Mio. is a slip."""
    arts = _reports(
        ("draft", _BUDGET_DRAFT, "2025-07-30"),
        ("minister", _BUDGET_MINISTER, "2025-07-30"),
        ("record", _BUDGET_RECORD, "2025-07-30"),
    )
    facts = build_facts("draft", _BUDGET_DRAFT, list(extract(_BUDGET_DRAFT)))
    assert [f.metric for f in facts] == ["spending", "borrowing", "borrowing"]
    report = check(arts, rates=RATES)
    assert [(f.kind.value, sorted(p.article for p in f.amounts)) for f in report.findings] == [
        ("scale_error", ["minister", "record"])
    ]


_YARD_A = """Brennholm AG: Umsatz im Auftaktquartal rückläufig

Hamburg (dpx) - Die Brennholm AG hat im Auftaktquartal weniger umgesetzt als erwartet. Der Umsatz sank auf 812 \
Millionen Euro, nach 845 Millionen im Vorjahreszeitraum. Das operative Ergebnis halbierte sich auf 41 Millionen."""
_YARD_B = """Werftkonzern Brennholm enttäuscht

Der Hamburger Werftkonzern Brennholm hat im ersten Quartal 2026 einen Umsatz von 812 Mio. Euro erzielt. Das Ebit \
fiel auf 41 Milliarden Euro."""
_YARD_C = """brennholm: umsatz sinkt im ersten quartal

hamburg (rtx) - der werftkonzern brennholm hat im ersten quartal einen umsatz von 821 millionen euro \
erwirtschaftet, nach 845 millionen euro ein jahr zuvor. das operative ergebnis lag bei 41 millionen euro."""


def test_the_operating_result_is_the_ebit_and_figures_without_a_currency_continue_the_quarter() -> None:
    """One outlet writes "Ebit" where the others write "operatives Ergebnis": its slipped scale word is found."""
    facts = build_facts("a", _YARD_A, list(extract(_YARD_A)))
    assert [(f.metric, str(f.amount.period)) for f in facts] == [
        ("revenue", "quarter"),
        ("revenue", "quarter"),
        ("ebit", "quarter"),
    ]
    arts = _reports(("a", _YARD_A, "2026-05-07"), ("b", _YARD_B, "2026-05-07"), ("c", _YARD_C, "2026-05-08"))
    report = check(arts, rates=RATES)
    found = sorted((f.kind.value, *sorted(p.text for p in f.amounts)) for f in report.findings)
    # the report in lower case is named by the words the others capitalise ("brennholm"), so its 821 meets the
    # 812 of the others by their key, as it would written with capitals (the finding names the third report)
    assert found == [
        ("conflict", "812 Mio. Euro", "821 millionen euro"),
        ("scale_error", "41 Milliarden Euro", "41 Millionen"),
    ]


_STRIKER_A = """Rekordvertrag für Okafor

Stürmer Daniel Okafor wechselt zum FC Nordhafen und unterschreibt bis 2030. Nach Informationen dieser Zeitung \
verdient er beim neuen Klub 350.000 Euro pro Woche. Die Ablösesumme liegt bei 95 Millionen Euro."""
_STRIKER_B = """okafor verdient 350.000 euro im jahr

der fc nordhafen hat stürmer daniel okafor verpflichtet. okafor soll 350.000 euro im jahr verdienen, die ablöse \
beträgt 95 millionen euro."""
_STRIKER_D = """Okafor-Wechsel perfekt

Der FC Nordhafen zahlt für Daniel Okafor 95 Millionen Euro Ablöse. Sein Jahresgehalt soll bei rund 18 Millionen \
Euro liegen, hinzu kommen Prämien von bis zu 4 Millionen Euro pro Saison."""
_STRIKER_C = """Okafor kommt für 59 Millionen

Daniel Okafor wechselt für 59 Millionen Euro zum FC Nordhafen. Der Vertrag läuft fünf Jahre, insgesamt soll \
Okafor 90 Millionen Euro verdienen."""


def test_a_pay_given_two_periods_and_a_transposed_fee_but_not_a_salary_against_a_contract_total() -> None:
    """A year's pay and the total of a five-year contract share a name, not their size (257 times apart)."""
    arts = _reports(
        ("a", _STRIKER_A, "2026-08-01"),
        ("b", _STRIKER_B, "2026-08-02"),
        ("c", _STRIKER_C, "2026-08-01"),
        ("d", _STRIKER_D, "2026-08-01"),
    )
    report = check(arts, rates=RATES)
    found = sorted((f.kind.value, *sorted(p.text for p in f.amounts)) for f in report.findings)
    assert found == [
        ("conflict", "59 Millionen", "59 Millionen Euro", "95 Millionen Euro"),
        ("period_mismatch", "350.000 Euro", "350.000 euro", "350.000 euro"),
    ]


_SWEETS_A = """Velmora kauft Keksbäcker

Der Süßwarenhersteller Velmora übernimmt den amerikanischen Keksbäcker Harlund für 1,6 Milliarden Franken \
(1,44 Milliarden Euro) in bar."""
_SWEETS_B = """Velmora wird die Nummer drei

Velmora zahlt 1,6 Milliarden Dollar (1,38 Milliarden Euro) und steigt zur Nummer drei im Keksmarkt auf."""


def test_the_same_digits_in_two_currencies_near_par_are_told_apart_by_their_restatements() -> None:
    """The franc and the dollar stand near par, so the digits cannot tell a label swapped; the euro figures can."""
    rates = FixedRates({"USD": Decimal("1.11"), "CHF": Decimal("1.11")})
    arts = _reports(("a", _SWEETS_A, "2026-01-16"), ("b", _SWEETS_B, "2026-01-16"))
    report = check(arts, rates=rates)
    # and the second report's own conversion is off at these rates: 1,6 Mrd. at 1,11 are 1,44 Mrd. Euro
    assert [(f.kind.value, len(f.amounts)) for f in report.findings] == [("fx_conversion", 4), ("fx_conversion", 2)]
    assert "disagree on the figure's currency" in report.findings[0].message
    alike = _SWEETS_B.replace("1,38 Milliarden Euro", "1,44 Milliarden Euro")  # a conversion at par: one figure
    assert not check(_reports(("a", _SWEETS_A, "2026-01-16"), ("b", alike, "2026-01-16")), rates=rates).findings


_CHEMICALS = (
    (
        "k1",
        """Korvex: Gewinn steigt

Der Chemiekonzern Korvex hat im vergangenen Jahr einen Nettogewinn von 1,02 Milliarden Euro erzielt. Bereinigt \
um Sondereffekte lag das Ergebnis bei 1,31 Milliarden Euro. Der Umsatz erreichte 14,2 Milliarden Euro, davon \
entfielen 3,9 Milliarden auf das vierte Quartal.""",
        "2026-03-05",
    ),
    (
        "k2",
        """korvex verdient mehr

der chemiekonzern korvex hat 2025 bereinigt 1,31 milliarden euro verdient. der umsatz lag bei 14,2 milliarden \
euro, im schlussquartal bei 3,9 milliarden euro.""",
        "2026-03-05",
    ),
    (
        "k3",
        """Korvex in den USA

Korvex erzielte in den USA im vergangenen Jahr einen Umsatz von 4,1 Milliarden Dollar (3,6 Milliarden Euro).""",
        "2026-03-20",
    ),
)


def test_a_region_is_a_segment_and_an_adjusted_profit_and_a_quarter_beside_its_year_are_no_conflict() -> None:
    """The group's revenue against its US revenue, the net profit against the adjusted one, the fourth quarter
    against the year: all told right, nothing flagged."""
    report = check(_reports(*_CHEMICALS), rates=FixedRates({"USD": Decimal("1.14")}))
    assert report.findings == ()
    us = build_facts("k3", _CHEMICALS[2][1], list(extract(_CHEMICALS[2][1])))
    assert [f.segment for f in us] == ["in usa", "in usa"]


_UTILITY = (
    (
        "h1",
        """Ostmark Energie verdoppelt Gewinn

Der Leipziger Versorger Ostmark Energie hat im ersten Halbjahr 2026 einen Gewinn von 640 Millionen Euro erzielt. \
Der Umsatz lag bei 7,8 Milliarden Euro.""",
        "2026-08-12",
    ),
    (
        "h2",
        """ostmark energie mit kräftigem gewinnplus

der versorger ostmark energie aus leipzig hat im zweiten quartal einen gewinn von 640 millionen euro \
erwirtschaftet. der umsatz betrug 7,8 milliarden euro.""",
        "2026-08-12",
    ),
    (
        "h3",
        """Ostmark Energie: Halbjahresgewinn bei 460 Millionen

Ostmark Energie hat in den ersten sechs Monaten 460 Millionen Euro verdient, bei einem Umsatz von 7,8 \
Milliarden Euro.""",
        "2026-08-13",
    ),
)


def test_reports_linked_by_one_figure_link_another_of_one_measure_on_less_evidence() -> None:
    """The revenues link the reports; their profits, which share only the company's name, then link too.

    The report in lower case is named by the words the others capitalise: its quarter's 640 Mio. is weighed
    against the half-year's 460 Mio. by their key, as it is when the report is written with capitals.
    """
    report = check(_reports(*_UTILITY), rates=RATES)
    found = sorted((f.kind.value, *sorted(p.text for p in f.amounts)) for f in report.findings)
    assert found == [
        ("conflict", "460 Millionen", "460 Millionen Euro", "640 Millionen Euro"),
        ("period_mismatch", "460 Millionen", "460 Millionen Euro", "640 millionen euro"),
        ("period_mismatch", "640 Millionen Euro", "640 millionen euro"),
        ("period_mismatch", "7,8 Milliarden Euro", "7,8 milliarden euro"),
    ]


_PLANT = (
    (
        "v1",
        """Dorvant baut aus

Dorvant hat im Jahr 2025 rund 1,9 Milliarden Euro in sein Werk in Linz investiert. Insgesamt flossen 64 Mio. \
Euro in Lehrwerkstätten.""",
        "2026-01-12",
    ),
    (
        "v2",
        """Dorvant investiert

Das Unternehmen Dorvant investierte 2025 in Linz etwa 1,9 Milliarden Euro. Insgesamt flossen 46 Mio. Euro in \
Lehrwerkstätten.""",
        "2026-01-13",
    ),
)


def test_two_totals_that_name_no_metric_link_in_reports_of_one_story() -> None:
    """At a strictness the investments reach and the totals "Insgesamt flossen ..." do not, the investments link
    the reports, and the totals, which name no metric, then link on half the evidence."""
    report = check(_reports(*_PLANT), rates=RATES, strictness=18)
    found = sorted((f.kind.value, *sorted(p.text for p in f.amounts)) for f in report.findings)
    assert found == [("conflict", "46 Mio. Euro", "64 Mio. Euro")]


_RESULTS = """Tarnholm steigert Umsatz deutlich

Der Bremer Logistikkonzern Tarnholm hat im Geschäftsjahr 2024 seinen Umsatz auf 6,2 Milliarden Euro gesteigert. \
Unter dem Strich blieb ein Konzerngewinn von 297 Millionen Euro."""
_RESULTS_AGENCY = """Tarnholm wächst – Aktie legt zu

Bremen (dpx) - Der Logistiker Tarnholm hat 2024 mehr umgesetzt. Der Überschuss erreichte 297 Mio. Euro nach \
254 Mio. Euro im Vorjahr. Das operative Ergebnis lag bei 431 Mio. Euro."""
_RESULTS_LOWER = """tarnholm mit rekordumsatz

der bremer logistikkonzern tarnholm hat im vergangenen jahr einen umsatz von 62 milliarden euro erzielt. der \
gewinn lag bei 297 millionen euro."""


def test_the_year_before_of_a_compared_figure_is_the_one_before_the_figure_it_is_compared_with() -> None:
    """In reports of March 2025 on 2024, "nach 254 Mio. Euro im Vorjahr" is 2023's profit, not 2024's: it is
    no conflict with another report's 297 Mio. for last year; the figures after "hat 2024 mehr umgesetzt" take
    2024, and the sentence after the compared figure takes the year of the 297 Mio., not the year before's.
    The slipped scale word of the revenue is flagged."""
    report = check(
        _reports(
            ("r1", _RESULTS, "2025-03-12"), ("r2", _RESULTS_AGENCY, "2025-03-12"), ("r3", _RESULTS_LOWER, "2025-03-13")
        )
    )
    found = sorted((f.kind.value, *sorted(p.text for p in f.amounts)) for f in report.findings)
    assert found == [("scale_error", "6,2 Milliarden Euro", "62 milliarden euro")]
    amounts = extract(_RESULTS_AGENCY)
    assert [str(a.period) for a in amounts] == ["year", "year", "year"]
    said = [_RESULTS_AGENCY[a.period_span[0] : a.period_span[1]] for a in amounts if a.period_span is not None]
    assert said == ["2024", "im Vorjahr", "2024"]


_ROUND_A = """Start-up Velquin erhält 85 Millionen Euro

Das Münchner Robotik-Start-up Velquin hat in einer Finanzierungsrunde 85 Millionen Euro eingesammelt. Velquin \
wird damit nach Angaben aus Investorenkreisen mit rund 600 Millionen Euro bewertet."""
_ROUND_B = """Velquin sammelt Millionen ein

München - Der Roboterhersteller Velquin hat 85 Mio. Euro von Investoren bekommen. Die Bewertung vor der \
Finanzierung lag bei 515 Mio. Euro, danach bei rund 600 Mio. Euro. Seit der Gründung 2019 hat Velquin damit \
insgesamt 160 Mio. Euro eingesammelt."""
_ROUND_C = """Robotik: Velquin ist 850 Millionen wert

Das Robotik-Start-up Velquin aus München hat eine neue Finanzierungsrunde über 85 Millionen Euro abgeschlossen. \
Die Bewertung liegt damit bei 850 Millionen Euro."""


def test_a_valuation_before_the_money_is_another_measure_and_a_passive_no_plan() -> None:
    """'Die Bewertung vor der Finanzierung' is a valuation (the head noun, not the one of the phrase after it)
    before the money, kept apart from the one after ("danach bei", which leaves out its clause's words) and
    from the total raised; "wird ... bewertet" is the passive, a valuation now, not a plan. The one conflict:
    600 against 850."""
    report = check(
        _reports(("v1", _ROUND_A, "2025-06-03"), ("v2", _ROUND_B, "2025-06-03"), ("v3", _ROUND_C, "2025-06-04"))
    )
    found = sorted((f.kind.value, *sorted(p.text for p in f.amounts)) for f in report.findings)
    assert found == [("conflict", "850 Millionen", "850 Millionen Euro", "rund 600 Millionen Euro")]
    facts = {f.amount.text: f for f in build_facts("v2", _ROUND_B, extract(_ROUND_B))}
    assert (facts["515 Mio. Euro"].metric, facts["rund 600 Mio. Euro"].metric) == ("valuation:pre_money", "valuation")


_GRID = """Bund fördert Wasserstoff mit Milliarden

Das Ministerium stellt für den Aufbau des Wasserstoff-Kernnetzes in den kommenden zehn Jahren insgesamt 19,8 \
Milliarden Euro bereit. Pro Jahr sind das knapp zwei Milliarden Euro. Die Netzbetreiber tragen davon 15 Milliarden \
Euro selbst."""
_GRID_AGENCY = """Wasserstoffnetz: grünes Licht

Berlin - Für das Wasserstoff-Kernnetz sind Investitionen von 19,8 Mrd. Euro vorgesehen."""
_GRID_SLIP = """Milliarden für Wasserstoff

Der Bund investiert in den kommenden zehn Jahren 1,98 Milliarden Euro in das Wasserstoff-Kernnetz."""


def test_a_compound_and_its_genitive_share_their_words_and_parts_follow_the_figure_a_rate_restates() -> None:
    """'des Wasserstoff-Kernnetzes', 'das Wasserstoff-Kernnetz' and 'das Kernnetz' share 'kernnetz': the slip of
    the scale word between the plan's total and 1,98 Mrd. is found. "Davon" after "Pro Jahr sind das ..." is
    of the total before it, not of the yearly rate that restates it."""
    report = check(
        _reports(("h1", _GRID, "2024-10-22"), ("h2", _GRID_AGENCY, "2024-10-22"), ("h3", _GRID_SLIP, "2024-10-23"))
    )
    found = sorted((f.kind.value, *sorted(p.text for p in f.amounts)) for f in report.findings)
    assert found == [("scale_error", "1,98 Milliarden Euro", "19,8 Milliarden Euro")]


def test_a_word_is_matched_without_its_genitive_ending_and_by_the_parts_of_its_compound() -> None:
    assert word_forms("wasserstoff-kernnetzes") == ("wasserstoff-kernnetz", "wasserstoff", "kernnetz")
    assert word_forms("konzerns") == ("konzern",)
    assert word_forms("kernnetzes") == ("kernnetz",)
    assert word_forms("prozess") == ("prozess",)  # no genitive after an "s"


_CHIPS_Q = """Tarvex verdient im dritten Quartal weniger

Der US-Chipkonzern Tarvex hat im dritten Quartal einen Umsatz von 14,2 Milliarden Dollar erzielt."""
_CHIPS_AGENCY = """Chipkonzern Tarvex: Gewinn bricht ein

Tarvex hat im abgelaufenen Quartal 14,2 Mrd. US-Dollar umgesetzt."""
_CHIPS_LOWER = """tarvex enttäuscht anleger

der chiphersteller tarvex hat im dritten quartal einen umsatz von 14,2 milliarden dollar erzielt."""
_CHIPS_YEAR = """Tarvex: Jahresumsatz steigt

Tarvex hat einen Jahresumsatz von 14,2 Milliarden Dollar erzielt."""


def test_a_quarters_figure_given_for_the_year_is_one_finding_naming_every_report() -> None:
    """Three reports give 14,2 Mrd. Dollar for the quarter and one for the year: they share only the company's
    name, but the same value of three significant digits tells one figure. One finding, naming the others."""
    report = check(
        _reports(
            ("c1", _CHIPS_Q, "2024-10-30"),
            ("c2", _CHIPS_AGENCY, "2024-10-30"),
            ("c3", _CHIPS_LOWER, "2024-10-31"),
            ("c4", _CHIPS_YEAR, "2024-10-31"),
        )
    )
    assert [f.kind.value for f in report.findings] == ["period_mismatch"]
    finding = report.findings[0]
    assert "c4" in {p.article for p in finding.amounts}
    assert "told alike in 2 more report(s)" in finding.why
    assert "the same value, 14.2 bn USD" in finding.why


_STADIUM = """Stadion-Neubau wird teurer

Der Neubau des Stadions in Hallmark kostet nach neuen Berechnungen 412 Millionen Euro. Ursprünglich waren 350 \
Millionen Euro veranschlagt worden. Die Stadt trägt davon 120 Millionen Euro, das Land 80 Millionen Euro und der \
Verein 190 Millionen Euro."""


def test_parts_after_an_old_figure_are_of_the_figure_it_was_revised_to() -> None:
    """'Davon' after "Ursprünglich waren 350 Mio. veranschlagt" is of the 412 Mio. the cost is now: 390 Mio. of
    parts are no more than it. A revision note links the old and the new figure."""
    report = check(_reports(("s1", _STADIUM, "2025-02-10")))
    assert report.findings == ()
    assert [(f.kind.value, sorted(p.text for p in f.amounts)) for f in report.notes] == [
        ("revision", ["350 Millionen Euro", "412 Millionen Euro"])
    ]


_ROUND_CN = """Pekinger KI-Firma Lintra sammelt Milliarden ein

Das Pekinger KI-Start-up Lintra hat in einer neuen Finanzierungsrunde 4,2 Milliarden Yuan eingesammelt."""
_ROUND_CN_LOWER = """lintra erhält 4,2 milliarden yuan

das chinesische ki-start-up lintra hat in einer finanzierungsrunde 4,2 milliarden yuan eingesammelt."""
_ROUND_CN_SLIP = """KI in China: Lintra holt frisches Geld

Lintra hat in einer Finanzierungsrunde 420 Millionen Yuan eingesammelt."""


def test_a_slip_linked_by_its_key_and_by_the_evidence_is_one_finding() -> None:
    """The slip is linked to the capitalised report and to the one in lower case (named by the words the others
    capitalise) by their key; the two reports agree, so it is one finding, whose reason names the other."""
    report = check(
        _reports(
            ("l1", _ROUND_CN, "2025-03-05"), ("l2", _ROUND_CN_LOWER, "2025-03-06"), ("l3", _ROUND_CN_SLIP, "2025-03-06")
        )
    )
    assert [f.kind.value for f in report.findings] == ["scale_error"]
    assert "agree" in report.findings[0].why
    assert "'4,2 milliarden yuan' in l2" in report.findings[0].why


_QUARTER_NOW = """Kelvora wächst im dritten Quartal

Der Maschinenbauer Kelvora hat im dritten Quartal einen Umsatz von 5,12 Milliarden Euro erzielt, nach 4,61 \
Milliarden Euro im Vorjahresquartal."""
_QUARTER_THEN = """Kelvora-Zahlen

Der Maschinenbauer Kelvora hat im dritten Quartal 2023 einen Umsatz von 4,83 Milliarden Euro erzielt."""


def test_the_year_before_a_quarter_is_compared_with_is_that_quarter_a_year_earlier() -> None:
    """'nach 4,61 Mrd. im Vorjahresquartal' is the third quarter of 2023: the report of that quarter a year
    before gave 4,83 Mrd., a figure restated since, told as a revision note on the key of that quarter."""
    report = check(_reports(("k1", _QUARTER_NOW, "2024-11-05"), ("k0", _QUARTER_THEN, "2023-11-07")))
    assert report.findings == ()
    assert [(f.kind.value, "period quarter" in f.why) for f in report.notes] == [("revision", True)]


_BUDGET_PLAN = """Bundeshaushalt 2026: Rekordinvestitionen geplant

Der Bundeshaushalt für 2026 sieht Ausgaben von 520,5 Milliarden Euro vor. Die Neuverschuldung im Kernhaushalt \
liegt bei 89,3 Milliarden Euro."""
_BUDGET_LOWER = """haushalt 2026 beschlossen

das kabinett hat den haushaltsentwurf für 2026 beschlossen. er sieht ausgaben von 520,5 milliarden euro vor. die \
nettokreditaufnahme beträgt 98,3 milliarden euro."""


def test_two_digits_swapped_link_a_figure_whose_words_differ() -> None:
    """'Neuverschuldung' and 'nettokreditaufnahme' share no word, but the reports are of one story (their
    spending agrees) and 89,3 and 98,3 are the same digits, two swapped: a conflict that says so."""
    report = check(_reports(("d1", _BUDGET_PLAN, "2025-07-30"), ("d2", _BUDGET_LOWER, "2025-07-31")))
    assert [(f.kind.value, sorted(p.text for p in f.amounts)) for f in report.findings] == [
        ("conflict", ["89,3 Milliarden Euro", "98,3 milliarden euro"])
    ]
    assert "two of them swapped" in report.findings[0].why


_LOSS_NOW = """Klinikum Orsen: 36,8 Millionen Euro Verlust

Das Klinikum Orsen hat im vergangenen Jahr einen Verlust von 36,8 Millionen Euro gemacht."""
_LOSS_BEFORE = """Orsen: Kreis zahlt erneut

Im Jahr 2023 hatte das Klinikum Orsen einen Verlust von 21,7 Millionen Euro gemacht."""


def test_a_titles_figure_is_of_the_period_of_the_body_figure_it_tells() -> None:
    """The title's 36,8 Mio. is last year's loss, as the body says: no conflict with another report's loss of 2023."""
    report = check(_reports(("o1", _LOSS_NOW, "2025-04-09"), ("o2", _LOSS_BEFORE, "2025-04-10")))
    assert report.findings == ()
    title = build_facts("o1", _LOSS_NOW, extract(_LOSS_NOW))[0]
    assert (title.headline, str(title.amount.period)) == (True, "year")


_PROFIT_REPORT = """Versicherer Calvor erhöht Dividende

Der Versicherungskonzern Calvor hat 2024 einen Rekordgewinn von 1,74 Milliarden Euro erzielt."""
_PROFIT_MARKETS = """Calvor-Aktie im Plus

Die Calvor-Aktie legte nach den Zahlen zu. Der Gewinn von 1,52 Milliarden Euro im Vorjahr wurde deutlich \
übertroffen."""


def test_the_year_before_compared_with_no_figure_is_not_the_year_of_a_february_report() -> None:
    """In February 2025, on last year's results, "im Vorjahr" is 2023's, not 2024's: no conflict with 2024's
    1,74 Mrd. Where the report names a year, it is the year before that one."""
    report = check(_reports(("v1", _PROFIT_REPORT, "2025-02-27"), ("v2", _PROFIT_MARKETS, "2025-02-27")))
    assert report.findings == ()
    named = _PROFIT_MARKETS.replace("nach den Zahlen", "nach den Zahlen für 2024")
    report = check(_reports(("v1", _PROFIT_REPORT, "2025-02-27"), ("v2", named, "2025-02-27")))
    assert report.findings == ()


_FERRY_LAST_YEAR = """Fähre Morlind wird immer teurer

Die Sanierung der Fähre Morlind sollte ursprünglich 12 Millionen Euro kosten. Zwischenzeitlich war von \
80 Millionen Euro die Rede, mittlerweile sind es 128 Millionen Euro."""
_FERRY_NOW = """Rechnungshof rügt Werft

Beginnen wir mit dem Ganzen: 128 statt 11,8 Millionen Euro für die Sanierung der Fähre Morlind."""


def test_old_figures_of_a_chain_of_changes_are_not_weighed_as_reports_of_one_figure() -> None:
    arts = [Article.of("then", _FERRY_LAST_YEAR, "2023-03-29"), Article.of("now", _FERRY_NOW, "2024-02-10")]
    report = check(arts, rates=RATES)
    # each report tells its changes (12 and 80 before 128; 11,8 before 128): the first figures agree, the
    # step between them is no other report's figure, and neither old figure is what the cost is now
    assert report.findings == ()
    across = [n for n in report.notes if len({p.article for p in n.amounts}) > 1]
    assert across == []
    assert sorted(sorted(p.text for p in n.amounts) for n in report.notes) == [
        ["11,8 Millionen Euro", "128"],
        ["12 Millionen Euro", "80 Millionen Euro"],
        ["128 Millionen Euro", "80 Millionen Euro"],
    ]


_BRELLIN = """Brellin hebt Dividende an

Der Kölner Chemiekonzern Brellin hat 2024 mehr verdient. Die Aktionäre sollen eine Dividende von 2,10 Euro je \
Aktie erhalten."""
_OSTRAVEN = """Ostraven zahlt mehr an Aktionäre

Der Rückversicherer Ostraven hat 2024 einen Rekordgewinn erzielt. Die Aktionäre sollen eine Dividende von 9,40 \
Euro je Aktie erhalten."""


def test_sentences_that_name_no_one_in_reports_about_two_companies_are_two_subjects() -> None:
    arts = [Article.of("brellin", _BRELLIN, "2025-03-04"), Article.of("ostraven", _OSTRAVEN, "2025-03-05")]
    report = check(arts, rates=RATES)
    # the sentences alike are about the subjects their articles name: two companies' dividends
    assert report.findings == ()


_STORE_WIRE = """Modehändler Varnik ist pleite

Essen (dpx) - Der Modehändler Varnik hat beim Amtsgericht Essen Insolvenz beantragt. Das Unternehmen mit 2.300 \
Beschäftigten in 140 Filialen hatte zuletzt einen Jahresumsatz von 610 Millionen Euro erzielt. Die \
Verbindlichkeiten belaufen sich nach Angaben aus Unternehmenskreisen auf rund 230 Millionen Euro. Im Vorjahr hatte \
Varnik einen Verlust von 48 Millionen Euro gemacht."""
_STORE_PAPER = """Varnik: Insolvenz in Eigenverwaltung

Die Modekette Varnik will sich in Eigenverwaltung sanieren. Zuletzt setzte Varnik 610 Mio. Euro um, schrieb aber \
rote Zahlen: Der Fehlbetrag lag bei 48 Mio. Euro. Die Schulden werden auf 230 Mio. Euro geschätzt. Ein Investor \
hatte im Herbst noch 25 Mio. Euro frisches Kapital zugeschossen."""
_STORE_CITY = """Varnik-Pleite trifft Innenstädte

Für die Innenstädte ist die Pleite von Varnik ein weiterer Schlag. Der Händler betreibt 140 Läden. Die Mieten für \
die Flächen summieren sich nach Branchenschätzungen auf etwa 60 Millionen Euro pro Jahr. Varnik hatte zuletzt 620 \
Millionen Euro umgesetzt."""


def test_a_title_s_nouns_and_the_company_a_sentence_refers_to_do_not_keep_its_figures_apart() -> None:
    arts = [
        Article.of("wire", _STORE_WIRE, "2025-05-06"),
        Article.of("paper", _STORE_PAPER, "2025-05-06"),
        Article.of("city", _STORE_CITY, "2025-05-07"),
    ]
    report = check(arts, rates=RATES)
    # "Das Unternehmen ..." is Varnik; "Insolvenz" and "Eigenverwaltung" in a title describe the article
    found = [(f.kind.value, sorted(p.text for p in f.amounts)) for f in report.findings]
    assert found == [("conflict", ["610 Mio. Euro", "620 Millionen Euro"])]


_FLATS_SOLD = """Immobilienkonzern Herrand verkauft Wohnungen an Fonds

Der Immobilienkonzern Herrand verkauft rund 8.000 Wohnungen in Norddeutschland an einen skandinavischen \
Pensionsfonds. Der Kaufpreis liegt bei 1,45 Milliarden Euro, wie Herrand am Montag mitteilte. Mit dem Erlös will \
Herrand seine Schulden senken."""
_FLATS_BUYER = """Herrand-Deal: Käufer aus Schweden

Ein schwedischer Pensionsfonds zahlt für 8.000 Herrand-Wohnungen 1,45 Milliarden Euro. Herrand hatte im \
vergangenen Jahr Wohnungen für insgesamt 3,2 Milliarden Euro verkauft."""


def test_a_buyer_who_pays_is_no_metric_and_last_years_sales_are_another_event() -> None:
    arts = [Article.of("sold", _FLATS_SOLD, "2025-06-16"), Article.of("buyer", _FLATS_BUYER, "2025-06-17")]
    facts = build_facts("buyer", _FLATS_BUYER, list(extract(_FLATS_BUYER)))
    assert [f.metric for f in facts] == ["price", "price"]  # "Ein Pensionsfonds zahlt für ...": a price
    assert check(arts, rates=RATES).findings == ()


_CARS_WIRE = """Autobauer Fendra: Gewinn bricht ein

Stuttgart (dpx) - Der Autobauer Fendra hat im dritten Quartal deutlich weniger verdient. Der Nettogewinn sank um 42 \
Prozent auf 1,23 Milliarden Euro, der Umsatz ging um sechs Prozent auf 33,8 Milliarden Euro zurück."""
_CARS_PAPER = """Fendra verdient deutlich weniger

Der Stuttgarter Autokonzern Fendra hat zwischen Juli und September einen Überschuss von 1,23 Mrd. Euro erzielt, nach \
2,12 Mrd. Euro ein Jahr zuvor. Die Erlöse fielen auf 33,8 Mrd. Euro."""
_CARS_MARKETS = """Fendra-Aktie unter Druck

Die Aktie von Fendra verlor nach den Quartalszahlen fünf Prozent. Im dritten Quartal hatte der Konzern 12,3 \
Milliarden Euro verdient, nach 2,12 Milliarden im Vorjahr."""


def test_the_year_before_of_a_quarter_s_figure_is_that_quarter_a_year_before_not_a_year() -> None:
    arts = [
        Article.of("wire", _CARS_WIRE, "2025-10-29"),
        Article.of("paper", _CARS_PAPER, "2025-10-29"),
        Article.of("markets", _CARS_MARKETS, "2025-10-29"),
    ]
    report = check(arts, rates=RATES)
    # "nach 2,12 Milliarden im Vorjahr" beside a quarter is that quarter's, as "ein Jahr zuvor" is: no figure
    # given two periods; the slipped quarter's profit is flagged
    found = [(f.kind.value, sorted(p.text for p in f.amounts)) for f in report.findings]
    assert found == [("scale_error", ["1,23 Mrd. Euro", "12,3 Milliarden Euro"])]


_ROUND_WIRE = """Startup Lyrana sammelt 80 Millionen Dollar

Berlin - Das KI-Startup Lyrana hat in einer Serie-B-Finanzierungsrunde 80 Millionen Dollar eingesammelt. Angeführt \
wurde die Runde vom US-Investor Northgate. Lyrana wird nun mit 1,2 Milliarden Dollar bewertet und ist damit ein \
sogenanntes Einhorn. Im vergangenen Jahr hatte Lyrana bei einer ersten Runde 25 Millionen Dollar erhalten."""
_ROUND_CITY = """Lyrana ist Berlins neuestes Einhorn

Das Berliner KI-Unternehmen Lyrana erhält 80 Millionen US-Dollar. Investoren bewerten das Startup mit 1,2 Milliarden \
Dollar. Lyrana beschäftigt 140 Mitarbeiter und setzte zuletzt 11 Millionen Euro um."""
_ROUND_TRADE = """Lyrana: 80 Millionen für KI-Agenten

Lyrana, Anbieter von KI-Agenten für Versicherungen, hat 80 Mio. Dollar von Northgate und bestehenden Geldgebern \
eingesammelt. Insgesamt hat das Startup damit 105 Mio. Dollar aufgenommen."""


def test_a_round_its_valuation_and_the_sum_raised_so_far_are_three_quantities() -> None:
    arts = [
        Article.of("wire", _ROUND_WIRE, "2025-09-15"),
        Article.of("city", _ROUND_CITY, "2025-09-15"),
        Article.of("trade", _ROUND_TRADE, "2025-09-16"),
    ]
    # "Investoren bewerten ... mit": a valuation; "Insgesamt ... damit 105 Mio. aufgenommen": the sum so far; the
    # title's 80 Mio. and its text's answer the other reports' 80 Mio. once, and take none of their other figures
    assert check(arts, rates=RATES).findings == ()


_NORVELL_WIRE = """Halbleiter: Norvell übertrifft Erwartungen

Santa Clara (dpx) - Der US-Chipkonzern Norvell hat im zweiten Geschäftsquartal einen Umsatz von 14,8 Milliarden \
Dollar erzielt, ein Plus von 31 Prozent. Der Nettogewinn stieg auf 3,9 Milliarden Dollar. Für das laufende Quartal \
stellt Norvell einen Umsatz von 15,5 Milliarden Dollar in Aussicht."""
_NORVELL_LOWER = """norvell meldet rekordumsatz

norvell hat im zweiten quartal 14,8 milliarden us-dollar umgesetzt, teilte das unternehmen am mittwoch in santa \
clara mit. der gewinn lag bei 3,9 milliarden us-dollar."""
_NORVELL_MARKETS = """Norvell-Aktie nachbörslich im Plus

Die Aktie von Norvell legte nachbörslich um sechs Prozent zu. Im Vorjahresquartal hatte Norvell 11,3 Milliarden \
Dollar umgesetzt."""


def test_a_year_ago_quarter_told_alone_is_not_this_quarter_nor_the_next_one_s_outlook() -> None:
    arts = [
        Article.of("wire", _NORVELL_WIRE, "2025-08-21"),
        Article.of("lower", _NORVELL_LOWER, "2025-08-21"),
        Article.of("markets", _NORVELL_MARKETS, "2025-08-21"),
    ]
    # "im Vorjahresquartal" is placed on no days (a fiscal quarter), but its words say it is the year before's;
    # "stellt ... in Aussicht" is an outlook, no quarter's revenue
    assert check(arts, rates=RATES).findings == ()


_TRANSFER_PAPER = """Rekordtransfer: Stürmer wechselt für 90 Millionen nach Hamburg

Der HSV hat den Stürmer Jarek Volland verpflichtet. Die Ablöse beträgt 90 Millionen Euro. Volland unterschreibt \
einen Vertrag bis 2029 und soll rund 12 Millionen Euro pro Jahr verdienen."""
_TRANSFER_WIRE = """Volland kommt: HSV zahlt Rekordablöse

Der Wechsel von Jarek Volland zum HSV ist perfekt. Die Hamburger überweisen eine Ablöse von 90 Millionen Euro."""
_TRANSFER_SLIP = """Transfer fix: Volland für 90 Millionen zum HSV

Jarek Volland wechselt für eine Ablöse von 90 Millionen Euro zum HSV. Der Stürmer soll in Hamburg 1,2 Millionen \
Euro im Jahr verdienen."""


def test_a_player_s_yearly_pay_told_a_power_of_ten_lower_is_a_slip_of_the_scale_word() -> None:
    """ "Der Stürmer" is the article's subject, and the pay of two reports is one figure by its metric alone."""
    arts = [
        Article.of("paper", _TRANSFER_PAPER, "2025-08-12"),
        Article.of("wire", _TRANSFER_WIRE, "2025-08-12"),
        Article.of("slip", _TRANSFER_SLIP, "2025-08-13"),
    ]
    found = check(arts, rates=RATES).findings
    assert [(f.kind.value, sorted(p.text for p in f.amounts)) for f in found] == [
        ("scale_error", ["1,2 Millionen Euro", "rund 12 Millionen Euro"])
    ]


_FINE_WIRE = """EU verhängt Milliardenstrafe gegen Suchkonzern

Brüssel. Die EU-Kommission hat gegen den Konzern Quorvex eine Geldbuße von 2,95 Milliarden Euro verhängt. \
Quorvex habe seine Marktmacht im Werbegeschäft missbraucht. Der Konzern kündigte Berufung an."""
_FINE_BACKGROUND = """Quorvex soll 2,95 Milliarden Euro zahlen

Die Europäische Kommission bestraft Quorvex mit 2,95 Milliarden Euro. Bereits 2018 hatte Brüssel gegen Quorvex \
eine Strafe von 4,34 Milliarden Euro verhängt."""


def test_a_fine_of_a_year_the_sentence_names_is_another_fine_than_today_s() -> None:
    """An event (a fine, a price) with no period is placed in the year its sentence names, else its report's."""
    arts = [Article.of("wire", _FINE_WIRE, "2025-09-05"), Article.of("background", _FINE_BACKGROUND, "2025-09-05")]
    assert check(arts, rates=RATES).findings == ()
    undated = [Article.of("wire", _FINE_WIRE, None), Article.of("background", _FINE_BACKGROUND, None)]
    assert check(undated, rates=RATES).findings == ()


_ROUND_PAPER = """Speicherfirma Velmora sammelt 150 Millionen Euro ein

Das Kölner Start-up Velmora hat in einer Finanzierungsrunde 150 Millionen Euro eingesammelt. Velmora wird damit \
vor dem Geld mit 850 Millionen Euro bewertet, nach der Runde mit rund einer Milliarde Euro."""
_ROUND_SHORT = """Velmora ist jetzt eine Milliarde wert

Velmora ist nach einer neuen Finanzierungsrunde über 150 Millionen Euro rund eine Milliarde Euro wert."""
_ROUND_TOTAL = """Kölner Speicherfirma wird Einhorn

Investoren stecken 150 Mio. Euro in Velmora. Seit der Gründung hat Velmora insgesamt 310 Mio. Euro eingesammelt."""


def test_a_round_its_valuation_in_one_clause_and_the_sum_raised_since_the_founding_are_three_quantities() -> None:
    arts = [
        Article.of("paper", _ROUND_PAPER, "2025-04-14"),
        Article.of("short", _ROUND_SHORT, "2025-04-14"),
        Article.of("total", _ROUND_TOTAL, "2025-04-15"),
    ]
    # "über 150 Mio. Euro rund eine Milliarde Euro wert": a round and a valuation in one clause are two facts;
    # "Seit der Gründung ... insgesamt": the sum so far, not the round
    assert check(arts, rates=RATES).findings == ()


_CHEM_YEAR = """Chemiekonzern Morvald mit Gewinnsprung

Der Chemiekonzern Morvald hat im Geschäftsjahr 2024 einen Umsatz von 68,9 Milliarden Euro erzielt. Das Ebit vor \
Sondereinflüssen stieg auf 7,9 Milliarden Euro. Nach Sondereinflüssen lag das Ebit bei 6,5 Milliarden Euro."""
_CHEM_SHORT = """Morvald verdient mehr

Morvald hat 2024 operativ mehr verdient. Das bereinigte Ebit kletterte auf 7,9 Mrd. Euro, das berichtete Ebit auf \
6,5 Mrd. Euro. Der Umsatz erreichte 68,9 Mrd. Euro."""
_CHEM_QUARTER = """Morvald: Schlussquartal stark

Im Schlussquartal steigerte Morvald den Umsatz auf 16,2 Milliarden Euro. Das Ebit vor Sondereinflüssen lag im \
vierten Quartal bei 1,9 Milliarden Euro."""


def test_a_year_s_figures_told_after_a_sentence_that_names_the_year_are_no_quarter_s() -> None:
    """ "Ebit vor Sondereinflüssen" is the adjusted Ebit; "hat 2024 mehr verdient" gives the next figures their year."""
    arts = [
        Article.of("year", _CHEM_YEAR, "2025-02-28"),
        Article.of("short", _CHEM_SHORT, "2025-02-28"),
        Article.of("quarter", _CHEM_QUARTER, "2025-03-01"),
    ]
    assert check(arts, rates=RATES).findings == ()


def test_a_figure_told_in_a_title_and_its_text_against_another_report_is_one_finding() -> None:
    told_twice = """Solarfirma Vendris sammelt 150 Millionen Euro ein

Das Münchner Start-up Vendris hat in einer Finanzierungsrunde 150 Millionen Euro eingesammelt."""
    other = """Speicherfirma wird Einhorn

Investoren stecken 180 Mio. Euro in Vendris."""
    arts = [Article.of("a", told_twice, "2025-04-14"), Article.of("b", other, "2025-04-15")]
    found = check(arts, rates=RATES).findings
    assert [(f.kind.value, [p.text for p in f.amounts]) for f in found] == [
        ("conflict", ["150 Millionen Euro", "180 Mio. Euro", "150 Millionen Euro"])
    ]


def test_a_figure_whose_sentence_names_what_the_other_report_never_mentions_is_another_thing() -> None:
    """ "Einfamilienhäuser kosten ..." against a flat's price in a report that never mentions houses."""
    flats = """Wohnen in Sarnau wird teurer

Eine Eigentumswohnung in Sarnau kostet im Schnitt 5.200 Euro pro Quadratmeter. Eine 80-Quadratmeter-Wohnung \
kostet damit rund 416.000 Euro."""
    houses = """Immobilienpreise in Sarnau auf Rekordniveau

In Sarnau müssen Käufer für eine Eigentumswohnung durchschnittlich 5.200 Euro je Quadratmeter zahlen. \
Einfamilienhäuser kosten im Schnitt 690.000 Euro."""
    arts = [Article.of("flats", flats, "2025-05-20"), Article.of("houses", houses, "2025-05-20")]
    assert check(arts, rates=RATES).findings == ()


_SHIPPING_A = """Reederei Torvsund mit Rekordgewinn

Die Reederei Torvsund hat im vergangenen Jahr einen Gewinn von 2,1 Milliarden Dollar erzielt. Die Aktionäre sollen \
eine Dividende von 12 Dollar je Aktie erhalten."""
_SHIPPING_B = """Torvsund: Dividende steigt

Die Reederei Torvsund zahlt ihren Aktionären eine Dividende von 21 Dollar je Aktie."""


def test_a_dividend_told_as_proposed_and_as_paid_is_one_figure() -> None:
    """ "sollen ... erhalten" is a plan, "zahlt" a fact: for a dividend, a price, a fine or a valuation they are one."""
    arts = [Article.of("a", _SHIPPING_A, "2025-02-20"), Article.of("b", _SHIPPING_B, "2025-02-21")]
    found = check(arts, rates=RATES).findings
    assert [(f.kind.value, [p.text for p in f.amounts]) for f in found] == [("conflict", ["12 Dollar", "21 Dollar"])]


_UTILITY_SALE = """Ostwerk übernimmt Stadtwerke-Anteile

Ostwerk übernimmt knapp die Hälfte der Stadtwerke Bramfeld für 310 Mio. Euro."""
_UTILITY_COUNCIL = """Bramfeld: Stadtrat stimmt Teilverkauf zu

Der Stadtrat von Bramfeld hat dem Verkauf von 49 Prozent der Stadtwerke zugestimmt. Der Erlös von 310 Millionen \
Euro soll in den Schuldenabbau fließen; die Stadt ist mit 1,1 Milliarden Euro verschuldet."""


def test_a_town_s_debt_beside_the_price_of_its_sale_is_no_price() -> None:
    """ "ist mit 1,1 Milliarden Euro verschuldet" is a debt, not another report of the price."""
    arts = [Article.of("sale", _UTILITY_SALE, "2025-03-20"), Article.of("council", _UTILITY_COUNCIL, "2025-03-21")]
    assert check(arts, rates=RATES).findings == ()


_SPORTS_WIRE = """Sportartikelhersteller Pelvan hebt Prognose an

Der Sportartikelhersteller Pelvan erwartet für 2025 nun einen operativen Gewinn von 1,7 bis 1,8 Milliarden Euro. \
Bislang hatte Pelvan 1,5 Milliarden Euro angepeilt. Im zweiten Quartal stieg der Umsatz auf 5,9 Milliarden Euro, \
das Betriebsergebnis auf 546 Millionen Euro."""
_SPORTS_OUTLOOK = """Pelvan: Gewinnprognose steigt

Pelvan traut sich für das laufende Jahr ein Betriebsergebnis von bis zu 1,8 Milliarden Euro zu. Das zweite Quartal \
brachte einen Umsatz von 5,9 Milliarden Euro und ein operatives Ergebnis von 546 Millionen Euro."""
_SPORTS_SHORT = """Pelvan im Höhenflug

Pelvan hat im zweiten Quartal 546 Millionen Euro operativ verdient. Im ersten Quartal hatte Pelvan 610 Millionen \
Euro erzielt."""


def test_a_quarter_s_result_is_no_year_s_bound_nor_the_quarter_before() -> None:
    """ "bis zu 1,8 Mrd." for the year holds 546 Mio., but is not that figure given another period; "Das zweite
    Quartal brachte ..." places its figures in the second quarter, not beside the first quarter's."""
    arts = [
        Article.of("wire", _SPORTS_WIRE, "2025-07-30"),
        Article.of("outlook", _SPORTS_OUTLOOK, "2025-07-31"),
        Article.of("short", _SPORTS_SHORT, "2025-07-30"),
    ]
    assert check(arts, rates=RATES).findings == ()


def test_one_correction_told_by_two_reports_is_one_note_that_names_both() -> None:
    told = (
        "Noch am Montag hatte Finanzminister Korber vorgerechnet, dass die Bahn heuer 5,3 Milliarden Euro bekommt – "
        "nun musste das Ministerium gegenüber {} einräumen, dass dies um 600 Millionen Euro zu viel sind."
    )
    arts = [
        Article.of("a", told.format("dem Sender"), "2014-07-22"),
        Article.of("b", told.format("der Zeitung"), "2014-07-23"),
        Article.of("c", "Die Stadt Lorbach zahlte 5,3 Milliarden Euro, um 600 Millionen Euro zu viel.", "2014-07-23"),
    ]
    notes = [n for n in check(arts, rates=RATES).notes if n.kind.value == "revision"]
    assert [sorted({p.article for p in n.amounts}) for n in notes] == [["a", "b"], ["c"]]
    assert "told alike in 1 more report(s)" in notes[0].why


def test_a_monthly_benefit_told_as_a_yearly_one_is_a_figure_given_two_periods() -> None:
    monthly = """Bürgergeld bleibt 2026 unverändert

Der Regelsatz für alleinstehende Erwachsene bleibt 2026 bei 563 Euro im Monat."""
    also = """Nullrunde beim Bürgergeld

Alleinstehende erhalten auch im kommenden Jahr 563 Euro monatlich."""
    yearly = """Bürgergeld: Keine Erhöhung

Der Regelsatz von 563 Euro im Jahr bleibt bestehen."""
    arts = [
        Article.of("m", monthly, "2025-09-10"),
        Article.of("a", also, "2025-09-10"),
        Article.of("y", yearly, "2025-09-11"),
    ]
    found = check(arts, rates=RATES).findings
    # a benefit told for next year and one told as it stays are one figure: one finding names both monthly reports
    assert [(f.kind.value, sorted(p.article for p in f.amounts)) for f in found] == [("period_mismatch", ["a", "y"])]
    assert "told alike in 1 more report(s): '563 Euro' in m" in found[0].why


_SOFTWARE_WIRE = """Softwarekonzern Quelvix wächst kräftig

Der US-Softwarekonzern Quelvix hat im dritten Geschäftsquartal einen Umsatz von 12,4 Milliarden Dollar erzielt. \
Der Nettogewinn stieg auf 3,1 Milliarden Dollar."""
_SOFTWARE_SWAPPED = """Quelvix übertrifft Erwartungen

Quelvix setzte im Quartal 12,4 Milliarden Euro um und verdiente 3,1 Milliarden."""
_SOFTWARE_PARTS = """Quelvix: Cloud treibt das Wachstum

Vom Umsatz von 12,4 Milliarden Dollar entfielen 5,6 Milliarden auf das Cloud-Geschäft, 4,1 Milliarden auf Lizenzen \
und 3,2 Milliarden auf Dienstleistungen."""


def test_a_revenue_told_in_the_wrong_currency_and_parts_above_their_whole_are_two_slips() -> None:
    """ "setzte ... um und verdiente ...": the first part of the coordination is a revenue, its label swapped."""
    arts = [
        Article.of("wire", _SOFTWARE_WIRE, "2025-10-22"),
        Article.of("swapped", _SOFTWARE_SWAPPED, "2025-10-22"),
        Article.of("parts", _SOFTWARE_PARTS, "2025-10-23"),
    ]
    found = check(arts).findings
    assert sorted((f.kind.value, sorted({p.article for p in f.amounts})) for f in found) == [
        ("fx_conversion", ["swapped", "wire"]),
        ("parts_total", ["parts"]),
    ]


_PAY_TOTAL = """Marvik-Chef verdient 8,4 Millionen Euro

Die Vorstandsvorsitzende des Spezialchemiekonzerns Marvik, Ilse Brogaard, hat für 2024 eine Gesamtvergütung von \
8,4 Millionen Euro erhalten. Davon entfielen 1,5 Millionen Euro auf das Grundgehalt und 6,9 Millionen Euro auf \
variable Bestandteile."""
_PAY_BEFORE = """Brogaard bekommt mehr

Marvik-Chefin Ilse Brogaard verdiente im vergangenen Jahr 8,4 Millionen Euro, nach 7,1 Millionen Euro im Jahr zuvor."""
_PAY_LISTED = """Brogaard vorn bei den Chemie-Gehältern

Insgesamt kam Marvik-Chefin Brogaard 2024 auf 8,4 Millionen Euro: 1,5 Millionen Euro Grundgehalt, 4,9 Millionen \
Euro Bonus und 3,2 Millionen Euro in Aktien."""


def test_a_total_told_as_a_plain_figure_answers_it_and_its_listed_parts_stay_its_own() -> None:
    """ "Insgesamt ... 8,4 Mio.: 1,5 ..., 4,9 ..., 3,2 ..." against "verdiente 8,4 Mio." in other reports.

    The other reports tell the 8,4 as this one does (a total or not), so its parts are not weighed against
    their figures; "im Jahr zuvor" is the year before, no figure of 2024. Only the parts above their total
    are a slip.
    """
    arts = [
        Article.of("total", _PAY_TOTAL, "2025-03-12"),
        Article.of("before", _PAY_BEFORE, "2025-03-12"),
        Article.of("listed", _PAY_LISTED, "2025-03-13"),
    ]
    found = check(arts).findings
    assert [(f.kind.value, sorted({p.article for p in f.amounts})) for f in found] == [("parts_total", ["listed"])]


_HACK_WIRE = """Hacker stehlen Kryptowährung für 1,5 Milliarden Dollar

Bei einem Angriff auf die Kryptobörse Velkor haben Hacker rund 400.000 Ether im Wert von etwa 1,5 Milliarden Dollar \
gestohlen. Velkor versicherte, die Einlagen der Kunden seien gedeckt."""
_HACK_EURO = """Milliardenbeute bei Velkor

Die Täter erbeuteten bei der Börse Velkor Ether im Wert von umgerechnet rund 1,4 Milliarden Euro."""
_HACK_SLIP = """Velkor: Hacker erbeuten Ether

Unbekannte haben bei der Kryptobörse Velkor Ether im Wert von 1,5 Millionen Dollar erbeutet."""


def test_a_slip_of_the_scale_word_against_a_report_in_another_currency_is_a_slip_too() -> None:
    """ "1,5 Millionen Dollar" against "1,5 Milliarden Dollar" and "rund 1,4 Milliarden Euro": a thousandfold
    apart once converted is the same slip of the scale word, not a conflict of two reports."""
    arts = [
        Article.of("wire", _HACK_WIRE, "2025-02-22"),
        Article.of("euro", _HACK_EURO, "2025-02-22"),
        Article.of("slip", _HACK_SLIP, "2025-02-23"),
    ]
    found = check(arts, rates=RATES).findings
    assert sorted((f.kind.value, sorted({p.article for p in f.amounts})) for f in found) == [
        ("scale_error", ["euro", "slip"]),
        ("scale_error", ["slip", "wire"]),
    ]


_PORT_INSTITUTE = """Warnstreik legt Häfen lahm

Der Warnstreik der Hafenarbeiter kostet die Logistikbranche nach Berechnungen des Instituts für \
Seeverkehrswirtschaft rund 40 Millionen Euro am Tag. Betroffen sind vor allem die Containerterminals."""
_PORT_ECONOMISTS = """Hafenstreik: Terminals stehen still

Der Warnstreik der Hafenarbeiter kostet die Logistikbranche laut einer Schätzung von Ökonomen rund 40 Milliarden \
Euro am Tag."""


def test_who_estimated_a_figure_is_not_whom_it_is_about() -> None:
    """ "nach Berechnungen des Instituts für ..." and "laut einer Schätzung von Ökonomen" name who estimated the
    strike's cost, not two subjects: the two reports give one figure, a thousandfold apart."""
    arts = [
        Article.of("institute", _PORT_INSTITUTE, "2024-06-11"),
        Article.of("economists", _PORT_ECONOMISTS, "2024-06-11"),
    ]
    found = check(arts).findings
    assert [(f.kind.value, sorted(p.article for p in f.amounts)) for f in found] == [
        ("scale_error", ["economists", "institute"])
    ]


_CARS = [
    (
        "fendrik-wire",
        """Autobauer Fendrik verdient weniger

Der Autobauer Fendrik hat im dritten Quartal einen Gewinn von 2,1 Milliarden Euro erzielt, ein Drittel weniger als \
vor einem Jahr. Der Umsatz sank auf 38,4 Milliarden Euro.""",
        "2024-10-29",
    ),
    (
        "fendrik-paper",
        """Fendrik: Gewinneinbruch

Der Gewinn des Autobauers brach im Sommerquartal auf 2,1 Milliarden Euro ein. Beim Umsatz meldete der Konzern 38,4 \
Milliarden Euro.""",
        "2024-10-29",
    ),
    (
        "marenz-wire",
        """Autobauer Marenz mit Rückgang

Der Autobauer Marenz hat im dritten Quartal einen Gewinn von 1,2 Milliarden Euro erzielt. Der Umsatz ging auf 34,8 \
Milliarden Euro zurück.""",
        "2024-10-30",
    ),
    (
        "marenz-paper",
        """Marenz: Weniger Gewinn

Der Gewinn des Autobauers sank im Sommerquartal auf 1,2 Milliarden Euro. Der Umsatz lag bei 34,8 Milliarden Euro.""",
        "2024-10-31",
    ),
]


def test_two_carmakers_quarters_in_one_week_are_two_stories() -> None:
    """ "Autobauer Fendrik" and "Autobauer Marenz": the noun that describes them names neither, and a title that
    opens with a name and a colon ("Marenz: ...") says whom its figures are about, though it names it once."""
    report = check([Article.of(i, text, day) for i, text, day in _CARS])
    assert report.amounts == 8
    assert list(report.findings) == []


_FURNITURE = [
    (
        "kelmar-machine",
        """kelmar steigert umsatz

der schwedische möbelkonzern kelmar hat im geschäftsjahr einen umsatz von 4,7 milliarden euro erzielt. der gewinn \
stieg auf 310 millionen euro.""",
        "2024-09-20",
    ),
    (
        "kelmar-paper",
        """Kelmar wächst

Der Möbelkonzern Kelmar setzte im Geschäftsjahr 4,7 Milliarden Euro um. Der Gewinn lag bei 310 Millionen Euro.""",
        "2024-09-20",
    ),
    (
        "norvind-machine",
        """norvind mit weniger gewinn

der dänische möbelkonzern norvind hat im geschäftsjahr einen umsatz von 4,2 milliarden euro erzielt. der gewinn sank \
auf 130 millionen euro.""",
        "2024-09-21",
    ),
    (
        "norvind-paper",
        """Norvind verdient weniger

Der Möbelkonzern Norvind setzte im Geschäftsjahr 4,2 Milliarden Euro um. Der Gewinn lag bei 310 Millionen Euro.""",
        "2024-09-22",
    ),
]


def test_a_text_in_lower_case_is_about_the_name_its_title_gives_that_other_texts_capitalise() -> None:
    """Two furniture makers' years, each told in lower case and in a paper: "kelmar" and "norvind" are names
    other texts write capitalised, so each lower-case report is about its own company. Only the profit that
    one paper gives as the other company's is a conflict."""
    found = check([Article.of(i, text, day) for i, text, day in _FURNITURE]).findings
    assert [(f.kind.value, sorted(p.article for p in f.amounts)) for f in found] == [
        ("conflict", ["norvind-machine", "norvind-paper"])
    ]


_PENSION_COST = """Rentenplus kostet Milliarden

Die Anhebung der Renten um 3,1 Prozent kostet die Rentenkasse rund 11 Milliarden Euro im Jahr."""
_PENSION_SPENT = """Rentenerhöhung: Die Kasse zahlt

Für die Anhebung der Renten gibt die Rentenkasse jährlich rund 11 Milliarden Euro mehr aus."""
_PENSION_MONTH = """Teure Anhebung der Renten

Die Anhebung der Renten um 3,1 Prozent kostet die Rentenkasse rund 11 Milliarden Euro im Monat."""


def test_what_a_thing_costs_a_payer_is_what_the_payer_spends_on_it() -> None:
    """ "kostet die Rentenkasse 11 Mrd. im Monat" against "gibt die Rentenkasse jährlich 11 Mrd. aus": a cost and
    a spending of one payer are one figure, here given two periods."""
    arts = [Article.of("spent", _PENSION_SPENT, "2025-03-20"), Article.of("month", _PENSION_MONTH, "2025-03-21")]
    found = check(arts).findings
    assert [(f.kind.value, sorted({p.article for p in f.amounts})) for f in found] == [
        ("period_mismatch", ["month", "spent"])
    ]
    agreeing = [Article.of("spent", _PENSION_SPENT, "2025-03-20"), Article.of("cost", _PENSION_COST, "2025-03-20")]
    assert check(agreeing).findings == ()


_FORECASTS = [
    (
        "ostrel",
        """Ostrel kappt Prognose

Der Medizintechnikhersteller Ostrel rechnet für das laufende Jahr nur noch mit Erlösen von 8,2 Milliarden Euro. Im \
zweiten Quartal ging der Umsatz auf 1,95 Milliarden Euro zurück.""",
        "2025-07-30",
    ),
    (
        "ravelle",
        """Sportartikelhersteller Ravelle hebt Prognose an

Der Sportartikelhersteller Ravelle erwartet für 2025 nun einen operativen Gewinn von 1,8 Milliarden Euro. Im zweiten \
Quartal stieg der Umsatz auf 5,9 Milliarden Euro.""",
        "2025-07-30",
    ),
]


def test_two_companies_whose_titles_share_a_noun_are_two_subjects() -> None:
    """ "Ostrel kappt Prognose" and "Ravelle hebt Prognose an": each quarter's revenue takes its title's names,
    and "Prognose" is in both; but each report tells its own company more than once and never the other."""
    report = check([Article.of(i, text, day) for i, text, day in _FORECASTS])
    assert report.amounts == 4
    assert list(report.findings) == []


_SALES = [
    (
        "osei",
        """Osei-Transfer perfekt

Liverpool zahlt für Kwame Osei 45 Millionen Euro Ablöse. Der Verteidiger kam 2022 für 8 Millionen Euro nach \
Kranstein.""",
        "2025-07-14",
    ),
    (
        "larsson",
        """Larsson wechselt nach Italien

Neapel überweist für Erik Larsson 40 Millionen Euro an Vellmar. Larsson war 2021 für 4 Millionen Euro gekommen.""",
        "2025-07-15",
    ),
    (
        "summer",
        """Transfersommer: Bundesliga kassiert

Die Bundesliga-Klubs haben in diesem Sommer mehr als 500 Millionen Euro durch Verkäufe eingenommen. Allein \
Kranstein erhielt für Osei 45 Millionen Euro, Vellmar für Larsson 40 Millionen Euro.""",
        "2025-07-20",
    ),
]


def test_a_figure_is_about_the_names_of_its_own_clause_not_of_its_sentence_s_other_clauses() -> None:
    """ "Allein Kranstein erhielt für Osei 45 Mio. Euro, Vellmar für Larsson 40 Mio. Euro": the 40 is Larsson's,
    so it is no telling of what Osei once cost ("kam 2022 für 8 Millionen Euro nach Kranstein")."""
    report = check([Article.of(i, text, day) for i, text, day in _SALES])
    assert report.amounts == 7
    assert list(report.findings) == []


_STORM_WIRE = """Sturmtief Wenke: Versicherer rechnen mit Milliardenschäden

Das Sturmtief Wenke hat versicherte Schäden von rund 1,5 Milliarden Euro verursacht, teilte der Versicherungsverband \
mit. Der volkswirtschaftliche Gesamtschaden dürfte bei über 4 Milliarden Euro liegen."""
_STORM_INSURERS = """Sturm Wenke kostet Versicherer 1,5 Milliarden

Die Versicherer erwarten nach Sturmtief Wenke Zahlungen von 1,5 Milliarden Euro. Insgesamt beziffern Experten die \
Schäden auf mehr als 4 Milliarden Euro."""
_STORM_DAMAGE = """Wenke: Schäden in Milliardenhöhe

Sturmtief Wenke hat Schäden von rund 4 Milliarden Euro angerichtet. Davon sind 1,5 Milliarden Euro versichert."""


def test_a_figure_told_in_a_title_and_its_text_answers_once_though_only_the_title_names_its_metric() -> None:
    """ "kostet Versicherer 1,5 Milliarden" (a cost) over "Zahlungen von 1,5 Milliarden Euro" (no metric named): one
    figure told twice, which answers the other report's 1,5 once; its text's telling is not the total damage."""
    arts = [
        Article.of("wire", _STORM_WIRE, "2024-02-21"),
        Article.of("insurers", _STORM_INSURERS, "2024-02-21"),
        Article.of("damage", _STORM_DAMAGE, "2024-02-22"),
    ]
    report = check(arts)
    assert report.amounts == 7
    assert list(report.findings) == []


_ROUNDUP = [
    (
        "orvik",
        """Autobauer Orvik verdient weniger

Der Autobauer Orvik hat im dritten Quartal einen Gewinn von 2,1 Milliarden Euro erzielt. Der Umsatz von Orvik sank \
auf 38,4 Milliarden Euro.""",
        "2024-10-29",
    ),
    (
        "telmar",
        """Autobauer Telmar mit Rückgang

Der Autobauer Telmar hat im dritten Quartal einen Gewinn von 1,2 Milliarden Euro erzielt. Der Umsatz von Telmar \
ging auf 34,8 Milliarden Euro zurück.""",
        "2024-10-30",
    ),
    (
        "roundup",
        """Autobranche: Die Zahlen im Überblick

Die deutschen Autobauer haben im dritten Quartal deutlich weniger verdient. Orvik kam auf einen Gewinn von 2,1 \
Milliarden Euro, Telmar auf 1,2 Milliarden Euro und der Zulieferer Brakel auf 210 Millionen Euro. Beim Umsatz lag \
Orvik mit 38,4 Milliarden Euro vor Telmar mit 43,8 Milliarden Euro.""",
        "2024-10-31",
    ),
]


def test_a_roundup_of_several_companies_figures_tells_each_company_s_own() -> None:
    """ "Orvik kam auf ... 2,1 Mrd., Telmar auf 1,2 Mrd. und der Zulieferer Brakel auf 210 Mio.": each figure is the
    company's that the words since the figure before name, and a name alone before it takes the left-out
    verb's metric. Only the revenue the roundup gives Telmar with two digits swapped is a conflict."""
    report = check([Article.of(i, text, day) for i, text, day in _ROUNDUP])
    assert [(f.kind.value, sorted(p.text for p in f.amounts)) for f in report.findings] == [
        ("conflict", ["34,8 Milliarden Euro", "43,8 Milliarden Euro"])
    ]


_COURT_WIRE = """Urteil: Klinikbetreiber muss zahlen

Das Landgericht Bremen hat den Klinikbetreiber Medvara zu Schadenersatz von 2,1 Millionen Euro verurteilt. Die \
Klägerin hatte 5 Millionen Euro gefordert."""
_COURT_PAPER = """Medvara verliert vor Gericht

Medvara muss einer Patientin 2,1 Millionen Euro zahlen, entschied das Landgericht Bremen. Gefordert waren 5 Millionen \
Euro."""
_COURT_SLIP = """Millionenurteil gegen Medvara

Das Landgericht Bremen hat Medvara zur Zahlung von 5 Millionen Euro Schadenersatz verurteilt."""


def test_a_sum_demanded_is_not_the_sum_a_court_awards() -> None:
    """ "hatte 5 Mio. Euro gefordert" is a claim, "zu Schadenersatz von 2,1 Mio. Euro verurteilt" damages: a third
    report that gives the 5 Mio. as the damages awarded disagrees with the others, whose claim does not answer it."""
    arts = [
        Article.of("wire", _COURT_WIRE, "2024-11-14"),
        Article.of("paper", _COURT_PAPER, "2024-11-14"),
        Article.of("slip", _COURT_SLIP, "2024-11-15"),
    ]
    found = check(arts).findings
    assert [(f.kind.value, sorted(p.text for p in f.amounts)) for f in found] == [
        ("conflict", ["2,1 Millionen Euro", "5 Millionen Euro"])
    ]
    # (the award as the wire or the paper tells it: both give 2,1 Mio., the paper as what Medvara "muss ... zahlen")
    assert {p.article for p in found[0].amounts} in ({"wire", "slip"}, {"paper", "slip"})


_GRANT_LOWER = "die stadt brenning erhält vom land 45 millionen euro für den neuen hafen."
_GRANT = "Die Stadt Brenning bekommt für den Hafenausbau 54 Millionen Euro vom Land."


def test_a_report_in_lower_case_meets_a_capitalised_one_by_its_key() -> None:
    """Machine-translated text has no capitals: its figure is named by the words other reports capitalise, so
    the same grant with two digits swapped is flagged as it is between two capitalised reports."""
    report = check(_reports(("m1", _GRANT_LOWER, "2025-03-10"), ("m2", _GRANT, "2025-03-11")))
    assert [(f.kind.value, sorted(p.text for p in f.amounts)) for f in report.findings] == [
        ("conflict", ["45 millionen euro", "54 Millionen Euro"])
    ]
    assert "names brenning" in report.findings[0].why


_NET_QUARTER = "Der Versandhändler Olmero verdiente im ersten Quartal 2025 netto 86 Millionen Euro."
_NET_HALF = "Olmero erzielte im ersten Halbjahr 2025 einen Nettogewinn von 86 Millionen Euro."


def test_one_value_for_a_period_and_one_inside_it_is_one_figure_given_two_periods() -> None:
    """Two reports a day apart give the company's net profit as one value for the quarter and for the half-year
    that holds it: one of them has the wrong period. Their key (metrics that meet, the company) links them where
    the few words they share would not."""
    report = check(_reports(("q", _NET_QUARTER, "2025-07-30"), ("h", _NET_HALF, "2025-07-31")))
    assert [(f.kind.value, sorted(p.article for p in f.amounts)) for f in report.findings] == [
        ("period_mismatch", ["h", "q"])
    ]
    assert "one figure given two periods" in report.findings[0].message
    assert "both give the same value" in report.findings[0].why


def test_round_values_for_a_period_and_one_inside_it_are_not_one_figure() -> None:
    """'2 Milliarden' for a quarter and for its half-year may be two round figures: one digit is not enough."""
    quarter = "Der Versandhändler Olmero setzte im ersten Quartal 2025 rund 2 Milliarden Euro um."
    half = "Olmero setzte im ersten Halbjahr 2025 rund 2 Milliarden Euro um."
    report = check(_reports(("q", quarter, "2025-07-30"), ("h", half, "2025-07-31")))
    assert report.findings == ()


def test_a_company_no_other_report_names_keeps_a_report_in_lower_case_apart() -> None:
    """The word "belvar" is written nowhere with a capital, but German does not know it: it names the subject of the
    lower-case report, so its quarter's profit is not the capitalised report's about another company."""
    lower = "der chemiekonzern belvar verdiente im dritten quartal 2025 rund 410 millionen euro."
    other = "Der Chemiekonzern Ostrova verdiente im dritten Quartal 2025 rund 290 Millionen Euro."
    report = check(_reports(("b", lower, "2025-10-28"), ("o", other, "2025-10-29")))
    assert report.findings == ()
    same = "Der Chemiekonzern Belvar verdiente im dritten Quartal 2025 rund 290 Millionen Euro."
    report = check(_reports(("b", lower, "2025-10-28"), ("s", same, "2025-10-29")))
    assert [f.kind.value for f in report.findings] == ["conflict"]


def test_a_guidance_cut_within_the_rounding_of_the_old_figure_is_a_revision() -> None:
    """'5 Milliarden' may be 4,5 to 5,5, so the cut to 4,5 meets it; the later report marks the change: a note."""
    old = "Karvex rechnet für 2024 mit einem Umsatz von 5 Milliarden Euro."
    cut = "Karvex senkt die Umsatzprognose für 2024 auf 4,5 Milliarden Euro."
    report = check(_reports(("m", old, "2024-03-05"), ("o", cut, "2024-10-20")))
    assert report.findings == ()
    assert [(f.kind.value, sorted(p.text for p in f.amounts)) for f in report.notes] == [
        ("revision", ["4,5 Milliarden Euro", "5 Milliarden Euro"])
    ]
    same = "Karvex bestätigt die Umsatzprognose für 2024 von 4,5 Milliarden Euro."
    assert check(_reports(("m", old, "2024-03-05"), ("o", same, "2024-10-20"))).notes == ()
