"""Stories the project wrote, each told by two or three outlets: a budget's parts, a flood's estimates, a raised
guidance, an insurer's half year, a carmaker's quarter. Each finding a reader would make, and nothing else."""

from __future__ import annotations

from aifigures import Article, check

_RAIL = """Bahn-Sanierung: Bund gibt mehr Geld

Berlin. Der Bund will der Deutschen Bahn im kommenden Jahr 17,8 Milliarden Euro für die Sanierung des \
Schienennetzes zur Verfügung stellen. In diesem Jahr sind es 16,4 Milliarden. Bis 2029 sollen insgesamt 88 \
Milliarden Euro fließen, wie Verkehrsminister Paul Kerber am Mittwoch sagte.

Von den 17,8 Milliarden entfallen 6,2 Milliarden auf Brücken und 4,9 Milliarden auf Stellwerke. Die Bahn \
selbst hatte einen Bedarf von 21 Milliarden Euro angemeldet."""
_RAIL_WIRE = """Kerber: 17,8 Milliarden für die Schiene

Verkehrsminister Kerber hat die Pläne für die Bahnsanierung vorgestellt. Im Haushalt des kommenden Jahres \
stehen demnach 17,8 Milliarden Euro für das Netz bereit, nach 16,4 Milliarden im laufenden Jahr. Die Bahn \
hatte 21 Milliarden gefordert.

Für Brücken sind 6,2 Milliarden vorgesehen, für Stellwerke 14,9 Milliarden. Die Opposition kritisierte die \
Pläne als unzureichend: Der Sanierungsstau betrage mehr als 90 Milliarden Euro."""
_RAIL_SHORT = """Schiene: Milliarden für marode Brücken

Die Bundesregierung stockt die Mittel für das Schienennetz auf. Im nächsten Jahr fließen 17,8 Milliarden \
Euro, davon 6,2 Milliarden Euro in Brücken. Bis zum Jahr 2029 summieren sich die Investitionen auf 88 \
Milliarden Euro. Der Sanierungsstau wird von Fachleuten auf 92 Milliarden Euro geschätzt."""
_FLOOD = """Hochwasser in Südbayern: Schäden in Milliardenhöhe

München. Das Hochwasser in Südbayern hat nach ersten Schätzungen Schäden von rund 2,5 Milliarden Euro \
angerichtet. Versichert sind davon nach Angaben des Versichererverbandes GDV etwa 900 Millionen Euro.

Die Staatsregierung stellte eine Soforthilfe von 100 Millionen Euro bereit. Betroffene Haushalte erhalten \
bis zu 5.000 Euro, Unternehmen bis zu 200.000 Euro."""
_FLOOD_INSURERS = """Flut in Bayern: Versicherer rechnen mit hohen Kosten

Die Versicherungswirtschaft beziffert die versicherten Schäden des Hochwassers in Südbayern auf etwa 900 \
Millionen Euro. Der Gesamtschaden dürfte nach Einschätzung des GDV bei rund 2,5 Milliarden Euro liegen.

Die bayerische Staatsregierung hat 100 Millionen Euro Soforthilfe zugesagt. Privathaushalte können bis zu \
5.000 Euro beantragen, Firmen bis zu 20.000 Euro."""
_FLOOD_LATER = """Hochwasser: Bayern stockt Hilfen auf

Zwei Wochen nach dem Hochwasser in Südbayern hat die Staatsregierung die Soforthilfe auf 250 Millionen Euro \
aufgestockt. Zunächst waren 100 Millionen Euro bereitgestellt worden.

Die Schäden werden inzwischen auf 4,1 Milliarden Euro geschätzt, davon sind 1,3 Milliarden Euro versichert. \
Im Jahr 2013 hatte ein Hochwasser in Bayern Schäden von 1,3 Milliarden Euro verursacht."""
_GUIDANCE = """Torvald Logistik erhöht Prognose

Hamburg. Der Logistikkonzern Torvald hat nach einem starken dritten Quartal seine Jahresprognose angehoben. \
Das bereinigte Ebit soll 2025 nun zwischen 1,9 und 2,0 Milliarden Euro liegen, bisher hatte Torvald 1,7 bis \
1,8 Milliarden in Aussicht gestellt.

Im dritten Quartal stieg der Umsatz auf 6,2 Milliarden Euro. Das bereinigte Ebit kletterte auf 540 Millionen \
Euro, unbereinigt waren es 470 Millionen. Der Nettogewinn lag bei 310 Millionen Euro."""
_GUIDANCE_WIRE = """Torvald: Gewinnsprung dank Frachtraten

Der Hamburger Logistiker Torvald profitiert von höheren Frachtraten. Das operative Ergebnis (Ebit) erreichte \
im dritten Quartal 470 Millionen Euro, der Umsatz 6,2 Milliarden Euro. Unter dem Strich verdiente Torvald \
310 Millionen Euro.

Für das Gesamtjahr peilt das Management nun ein bereinigtes Ebit von 1,9 bis 2,0 Milliarden Euro an. In den \
ersten neun Monaten kam Torvald auf ein bereinigtes Ebit von 1,46 Milliarden Euro."""
_GUIDANCE_SHORT = """Torvald hebt Ausblick an

Torvald rechnet für 2025 mit einem bereinigten operativen Gewinn von 1,9 bis 2,0 Milliarden Dollar. Im \
Sommer hatte der Konzern noch 1,7 bis 1,8 Milliarden Euro angepeilt. Der Quartalsumsatz betrug 6,2 \
Milliarden Euro, das bereinigte Ebit 540 Millionen Euro."""
_INSURER = """Versicherer Aldura steigert Gewinn

München. Der Versicherer Aldura hat im ersten Halbjahr 2025 einen Überschuss von 1,42 Milliarden Euro \
(Vorjahr: 1,18 Milliarden Euro) erwirtschaftet. Die Beitragseinnahmen stiegen auf 21,7 Milliarden Euro \
(Vorjahr: 20,3 Milliarden Euro).

Die Belastungen aus Naturkatastrophen beliefen sich auf 480 Millionen Euro. Für das Gesamtjahr peilt Aldura \
weiterhin einen Gewinn von 2,6 bis 2,8 Milliarden Euro an."""
_INSURER_WIRE = """Aldura: Halbjahresgewinn klettert

Aldura verdiente in den ersten sechs Monaten unter dem Strich 1,42 Milliarden Euro nach 1,81 Milliarden Euro \
ein Jahr zuvor. Die Prämien legten auf 21,7 Milliarden Euro zu. Das Gewinnziel für 2025 von 2,6 bis 2,8 \
Milliarden Euro bestätigte der Vorstand."""

_CARMAKER = """Autobauer Mervana mit Gewinneinbruch

Stuttgart. Der Autobauer Mervana hat im dritten Quartal deutlich weniger verdient. Das operative Ergebnis \
brach um 48 Prozent auf 1,3 Milliarden Euro ein, der Umsatz sank um sechs Prozent auf 34,5 Milliarden Euro. \
Mervana lieferte 486.000 Fahrzeuge aus.

Für das Gesamtjahr rechnet Mervana nur noch mit einer Umsatzrendite von vier bis fünf Prozent. Das \
Sparprogramm soll bis 2027 jährlich 2,5 Milliarden Euro einbringen. In China sank der Absatz um 13 Prozent."""
_CARMAKER_WIRE = """Mervana: Ebit halbiert

Mervanas operativer Gewinn hat sich im Sommerquartal fast halbiert: Er sank auf 1,3 Milliarden Euro, nach \
2,5 Milliarden Euro im Vorjahresquartal. Die Erlöse gingen auf 34,5 Milliarden Euro zurück. Das Sparprogramm \
soll ab 2027 Einsparungen von 2,5 Milliarden Euro pro Jahr bringen."""
_CARMAKER_LOWER = """mervana leidet unter china-schwäche

der stuttgarter autobauer mervana hat im dritten quartal einen umsatz von 34,5 milliarden euro erzielt. das \
operative ergebnis lag bei 1,3 milliarden euro. bis 2027 will mervana jährlich 2,5 milliarden euro \
einsparen. im vorjahreszeitraum hatte der gewinn noch bei 2,5 milliarden euro gelegen."""


def _found(*articles: tuple[str, str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    report = check([Article.of(*a) for a in articles])
    return [(f.kind.value, [(p.article, p.text) for p in f.amounts]) for f in (*report.findings, *report.notes)]


def test_the_parts_of_a_planned_budget_are_a_plan_and_a_slipped_part_conflicts() -> None:
    """'Von den 17,8 Milliarden entfallen ... 4,9 Milliarden auf Stellwerke' against 'für Stellwerke 14,9 Mrd.'"""
    found = _found(("a", _RAIL, "2025-09-10"), ("b", _RAIL_WIRE, "2025-09-10"), ("c", _RAIL_SHORT, "2025-09-11"))
    assert found == [("conflict", [("a", "4,9 Milliarden"), ("b", "14,9 Milliarden")])]


def test_a_damage_estimated_anew_weeks_later_is_a_revision_and_a_slipped_aid_ceiling_a_scale_error() -> None:
    """'inzwischen auf 4,1 Milliarden Euro geschätzt' revises 'rund 2,5 Milliarden Euro'; the aid is raised.

    'Unternehmen bis zu 200.000 Euro' and 'Firmen bis zu 20.000 Euro' are one ceiling: who receives it, named
    by two words, is no name.
    """
    found = _found(("a", _FLOOD, "2024-06-05"), ("b", _FLOOD_INSURERS, "2024-06-06"), ("c", _FLOOD_LATER, "2024-06-19"))
    assert found == [
        ("scale_error", [("a", "bis zu 200.000 Euro"), ("b", "bis zu 20.000 Euro")]),
        ("revision", [("a", "rund 2,5 Milliarden Euro"), ("c", "4,1 Milliarden Euro")]),
        ("revision", [("a", "100 Millionen Euro"), ("c", "250 Millionen Euro")]),  # "Soforthilfe": an aid
        ("revision", [("c", "100 Millionen Euro"), ("c", "250 Millionen Euro")]),
    ]


def test_a_raised_guidance_is_a_revision_and_its_range_in_another_currency_a_swapped_label() -> None:
    """'ein bereinigter operativer Gewinn von 1,9 bis 2,0 Milliarden Dollar' is the adjusted Ebit the others give
    in euros; the Ebit before and after special items are two measures, not a conflict."""
    found = _found(
        ("a", _GUIDANCE, "2025-11-05"), ("b", _GUIDANCE_WIRE, "2025-11-05"), ("c", _GUIDANCE_SHORT, "2025-11-06")
    )
    assert found == [
        ("fx_conversion", [("a", "zwischen 1,9 und 2,0 Milliarden Euro"), ("c", "1,9 bis 2,0 Milliarden Dollar")]),
        ("revision", [("a", "1,7 bis 1,8 Milliarden"), ("a", "zwischen 1,9 und 2,0 Milliarden Euro")]),
    ]


def test_the_year_before_s_figure_in_parentheses_is_weighed_against_another_report_s() -> None:
    """'(Vorjahr: 1,18 Milliarden Euro)' against 'nach 1,81 Milliarden Euro ein Jahr zuvor': two digits swapped."""
    found = _found(("a", _INSURER, "2025-08-07"), ("b", _INSURER_WIRE, "2025-08-07"))
    assert found == [("conflict", [("a", "1,18 Milliarden Euro"), ("b", "1,81 Milliarden Euro")])]


def test_a_quarter_told_three_ways_with_its_year_ago_figure_and_yearly_savings_has_nothing_to_flag() -> None:
    """'Im Vorjahreszeitraum hatte der Gewinn noch bei 2,5 Milliarden Euro gelegen' is the year-ago quarter's, and
    'jährlich 2,5 Milliarden Euro einsparen' a plan: neither is this quarter's 1,3 Milliarden Euro."""
    found = _found(
        ("a", _CARMAKER, "2025-10-29"), ("b", _CARMAKER_WIRE, "2025-10-29"), ("c", _CARMAKER_LOWER, "2025-10-30")
    )
    assert found == []
