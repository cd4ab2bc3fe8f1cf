"""Stories the project wrote, each told by two outlets: a transfer fee, a hail storm's damage, a dividend, a care
allowance, a research centre's funding, a funding round, a budget's items, a rail plan's shares, a quarter told as
the year, a chip programme. Each finding a reader would make, and nothing else."""

from __future__ import annotations

from aifigures import Article, check

_TRANSFER = """Wendorf holt Osei für Rekordsumme

Der FC Wendorf hat den Transfer von Stürmer Malik Osei perfekt gemacht. Nach Angaben aus dem Umfeld des Vereins \
überweist Wendorf eine Ablöse von 42 Millionen Euro, hinzu kommen Boni von bis zu acht Millionen Euro."""
_TRANSFER_WIRE = """Osei wechselt nach Wendorf

Malik Osei spielt künftig für den FC Wendorf. Die Vereine einigten sich am Dienstag auf eine Sockelablöse von 24 \
Millionen Euro. Mit Bonuszahlungen kann die Summe noch um bis zu acht Millionen Euro steigen."""
_HAIL = """Hagelsturm richtet Millionenschäden an

Der Hagelsturm über Ravensdorf hat Schäden in Höhe von rund 380 Millionen Euro angerichtet. Diese Schätzung legte \
der Versicherungsverband am Montag vor. Vor allem Autos und Dächer wurden beschädigt."""
_HAIL_WIRE = """Hagel kostet Hunderte Millionen

Der Versicherungsverband schätzt den versicherten Schaden des Unwetters in Ravensdorf auf etwa 830 Millionen Euro. \
Betroffen seien mehr als 40.000 Fahrzeuge."""
_DIVIDEND = """Nordhavn zahlt Rekorddividende

Die Reederei Nordhavn lässt ihre Aktionäre am Rekordgewinn teilhaben. Die Hauptversammlung beschloss eine Dividende \
von 3,20 Euro je Aktie. Insgesamt schüttet Nordhavn damit 640 Millionen Euro aus. Im Vorjahr waren es 1,90 Euro je \
Aktie gewesen."""
_DIVIDEND_WIRE = """Geldregen für Nordhavn-Aktionäre

Nordhavn zahlt für das abgelaufene Geschäftsjahr 3,20 Euro je Aktie. Insgesamt fließen 6,4 Milliarden Euro an die \
Anteilseigner."""
_CARE = """Tarnland erhöht Pflegegeld

Das Landespflegegeld in Tarnland steigt zum 1. Januar. Pflegebedürftige erhalten dann 125 Euro im Monat, bisher \
waren es 110 Euro."""
_CARE_WIRE = """Mehr Geld für Pflegebedürftige

Pflegebedürftige in Tarnland bekommen vom kommenden Jahr an ein höheres Landespflegegeld: 125 Euro im Jahr statt \
bisher 110 Euro."""
_CENTRE = """Forschungszentrum für Kessling

In Kessling entsteht ein neues Forschungszentrum für Wasserstofftechnik. Bund und Land fördern den Bau mit 90 \
Millionen Euro. Der Bund trägt 60 Millionen Euro, das Land 30 Millionen Euro."""
_CENTRE_WIRE = """Wasserstoff-Forschung in Kessling

Das Land beteiligt sich mit 45 Millionen Euro am neuen Forschungszentrum für Wasserstofftechnik in Kessling. \
Insgesamt fließen 90 Millionen Euro öffentlicher Mittel in das Projekt."""
_ROUND = """Velantis sammelt 60 Millionen Euro ein

Das Start-up Velantis hat in einer neuen Finanzierungsrunde 60 Millionen Euro eingesammelt. Vor der Runde wurde \
Velantis mit 240 Millionen Euro bewertet."""
_ROUND_WIRE = """Velantis jetzt 300 Millionen wert

Velantis hat frisches Kapital: 60 Millionen Euro stecken Investoren in das Unternehmen. Nach der Runde ist \
Velantis 300 Millionen Euro wert."""

_BUDGET = """Budget 2026: Wo das Geld hingeht

Der Bundeshaushalt für 2026 sieht Ausgaben von 125 Milliarden Euro vor. Die größten Posten:

- Pensionen: 33 Milliarden Euro
- Bildung: 12 Milliarden Euro
"""
_BUDGET_WIRE = """Wallner legt Budget vor

Finanzminister Wallner hat den Haushalt für 2026 präsentiert. Insgesamt sind Ausgaben von 125 Milliarden Euro \
geplant. Allein für die Pensionen sind 38 Milliarden Euro vorgesehen, für Bildung 12 Milliarden Euro."""
_RAIL = """Schiene: Geld für Brücken und Stellwerke

Der Bund stellt im kommenden Jahr 17,8 Milliarden Euro für das Schienennetz bereit. Von den 17,8 Milliarden \
entfallen 6,2 Milliarden auf Brücken und 4,9 Milliarden auf Stellwerke."""
_RAIL_WIRE = """Bund: 17,8 Milliarden für die Schiene

Im kommenden Jahr stehen 17,8 Milliarden Euro für das Schienennetz bereit. Für Brücken sind 6,2 Milliarden \
vorgesehen, für Stellwerke 14,9 Milliarden."""
_QUARTER = """Pelamo wächst im dritten Quartal

Der Sportartikelhersteller Pelamo hat im dritten Quartal 3,1 Milliarden Euro umgesetzt."""
_QUARTER_WIRE = """Pelamo legt zu

Im gesamten Geschäftsjahr setzte Pelamo 3,1 Milliarden Euro um, wie der Konzern mitteilte."""
_CHIPS = """Förderprogramm für Halbleiter

Für Chipfabriken sind 2,8 Milliarden Euro vorgesehen, insgesamt umfasst das Förderprogramm 2,5 Milliarden Euro."""

_GRANT = """Mehr Geld für die Forschung

Die Forschungsstiftung Helmholtzwerk erhält vom Bund im kommenden Jahr 3,4 Milliarden Euro."""
_GRANT_WIRE = """Forschungsförderung steigt

Das Helmholtzwerk bekommt im nächsten Jahr 4,3 Milliarden Euro vom Bund, teilte das Forschungsministerium mit."""

_MERGER = """Fusion im Handel

Die Handelsketten Marvo und Tellis schließen sich zusammen. Marvo setzte zuletzt 6,2 Milliarden Euro um, Tellis 3,9 \
Milliarden Euro. Gemeinsam kommen sie auf einen Umsatz von 10,1 Milliarden Euro."""
_MERGER_WIRE = """Marvo und Tellis fusionieren

Aus Marvo und Tellis entsteht ein Händler mit 10,1 Milliarden Euro Umsatz."""
_NETWORKS = """Stadtwerke investieren in Netze

Die Stadtwerke Halmbruck investieren in den kommenden fünf Jahren 800 Millionen Euro in ihre Netze. Allein in \
diesem Jahr sind es 140 Millionen Euro."""
_NETWORKS_WIRE = """Halmbruck: Netze werden erneuert

Die Stadtwerke Halmbruck stecken in diesem Jahr 140 Millionen Euro in ihre Netze. Bis 2030 sollen es insgesamt \
800 Millionen Euro werden."""


def _found(*articles: tuple[str, str, str]) -> list[tuple[str, list[tuple[str, str]]]]:
    report = check([Article.of(*a) for a in articles])
    return [(f.kind.value, [(p.article, p.text) for p in f.amounts]) for f in (*report.findings, *report.notes)]


def test_a_base_fee_is_the_transfer_fee_another_report_gives() -> None:
    """'eine Sockelablöse von 24 Millionen Euro' against 'eine Ablöse von 42 Millionen Euro'."""
    found = _found(("a", _TRANSFER, "2025-07-01"), ("b", _TRANSFER_WIRE, "2025-07-01"))
    assert found == [("conflict", [("a", "42 Millionen Euro"), ("b", "24 Millionen Euro")])]


def test_a_sentence_that_refers_back_to_a_figure_adds_its_words() -> None:
    """'Diese Schätzung legte der Versicherungsverband vor': the figure before is the association's estimate, and
    the insured part of the damage the other report gives cannot exceed it."""
    found = _found(("a", _HAIL, "2025-06-02"), ("b", _HAIL_WIRE, "2025-06-02"))
    assert found == [("parts_total", [("a", "rund 380 Millionen Euro"), ("b", "etwa 830 Millionen Euro")])]


def test_a_dividend_paid_for_a_year_is_no_price_and_two_totals_paid_out_a_slip() -> None:
    """'zahlt für das abgelaufene Geschäftsjahr 3,20 Euro je Aktie' is the dividend, not last year's 1,90 Euro;
    'Insgesamt ... 640 Millionen' and 'Insgesamt ... 6,4 Milliarden' are one total told at ten times."""
    found = _found(("a", _DIVIDEND, "2025-05-20"), ("b", _DIVIDEND_WIRE, "2025-05-20"))
    assert found == [("scale_error", [("a", "640 Millionen Euro"), ("b", "6,4 Milliarden Euro")])]


def test_a_benefit_told_per_month_and_per_year_is_a_period_mix_up_whether_planned_or_told_as_fact() -> None:
    found = _found(("a", _CARE, "2025-11-06"), ("b", _CARE_WIRE, "2025-11-06"))
    assert found[0] == ("period_mismatch", [("a", "125 Euro"), ("b", "125 Euro")])
    # the old benefit is mixed up alike ("bisher waren es 110 Euro" per month, as the new one); 110 Euro before,
    # 125 Euro from January
    assert found[1:] == [
        ("period_mismatch", [("a", "110 Euro"), ("b", "110 Euro")]),
        ("revision", [("b", "110 Euro"), ("b", "125 Euro")]),
    ]


def test_the_state_s_share_named_in_its_own_clause_is_weighed_against_the_state_s_share() -> None:
    """'Der Bund trägt 60 Millionen Euro, das Land 30 Millionen Euro' against 'Das Land beteiligt sich mit 45'."""
    found = _found(("a", _CENTRE, "2025-04-10"), ("b", _CENTRE_WIRE, "2025-04-10"))
    assert found == [("conflict", [("a", "30 Millionen Euro"), ("b", "45 Millionen Euro")])]


def test_a_round_with_the_value_before_and_after_it_has_nothing_to_flag() -> None:
    assert _found(("a", _ROUND, "2025-03-03"), ("b", _ROUND_WIRE, "2025-03-03")) == []


def test_a_figure_whose_clause_names_no_one_is_not_about_the_name_of_the_next_figure_s_clause() -> None:
    """'Allein für die Pensionen sind 38 Milliarden Euro vorgesehen, für Bildung 12 Milliarden Euro': not Bildung's."""
    found = _found(("a", _BUDGET, "2025-10-15"), ("b", _BUDGET_WIRE, "2025-10-15"))
    assert found == [("conflict", [("a", "33 Milliarden Euro"), ("b", "38 Milliarden Euro")])]


def test_figures_each_followed_by_whom_they_go_to_after_their_whole() -> None:
    """'Von den 17,8 Milliarden entfallen 6,2 Milliarden auf Brücken und 4,9 Milliarden auf Stellwerke'. The
    wire's own uses of its 17,8 Mrd. of the coming year ("Für Brücken sind 6,2 Milliarden vorgesehen, für
    Stellwerke 14,9 Milliarden") exceed it: its misprint shows inside it too."""
    found = _found(("a", _RAIL, "2025-09-03"), ("b", _RAIL_WIRE, "2025-09-03"))
    assert found == [
        ("conflict", [("a", "4,9 Milliarden"), ("b", "14,9 Milliarden")]),
        (
            "parts_total",
            [
                ("b", "6,2 Milliarden"),
                ("b", "14,9 Milliarden"),
                ("b", "17,8 Milliarden Euro"),
                ("b", "17,8 Milliarden"),
            ],
        ),
    ]


def test_one_metric_of_one_company_told_for_a_quarter_and_for_the_year_with_two_digits() -> None:
    found = _found(("a", _QUARTER, "2025-11-06"), ("b", _QUARTER_WIRE, "2025-11-06"))
    assert found == [("period_mismatch", [("a", "3,1 Milliarden Euro"), ("b", "3,1 Milliarden Euro")])]


def test_a_part_told_before_the_total_its_sentence_closes_with_must_not_exceed_it() -> None:
    assert _found(("a", _CHIPS, "2025-11-06")) == [
        ("parts_total", [("a", "2,8 Milliarden Euro"), ("a", "2,5 Milliarden Euro")])
    ]


def test_what_one_receives_from_the_state_for_one_year_is_weighed_in_two_reports() -> None:
    """'erhält vom Bund im kommenden Jahr 3,4 Mrd.' and 'bekommt im nächsten Jahr 4,3 Mrd. vom Bund'."""
    found = _found(("a", _GRANT, "2025-11-06"), ("b", _GRANT_WIRE, "2025-11-06"))
    assert found == [("conflict", [("a", "3,4 Milliarden Euro"), ("b", "4,3 Milliarden Euro")])]


def test_one_partner_s_revenue_is_a_part_of_the_merged_revenue_not_a_report_of_it() -> None:
    """'Gemeinsam kommen sie auf 10,1 Mrd.' opens with no name; Tellis's 3,9 is a part of the two's 10,1."""
    assert _found(("a", _MERGER, "2025-11-06"), ("b", _MERGER_WIRE, "2025-11-06")) == []
    first = _MERGER.split(" Gemeinsam", maxsplit=1)[0]
    assert _found(("a", first, "2025-11-06"), ("b", _MERGER_WIRE, "2025-11-06")) == []


def test_a_total_until_a_year_is_not_this_year_s_figure_told_before_it() -> None:
    """'Bis 2030 sollen es insgesamt 800 Millionen Euro werden' after this year's 140 Millionen."""
    assert _found(("a", _NETWORKS, "2025-11-06"), ("b", _NETWORKS_WIRE, "2025-11-06")) == []


def _season(title: str, wrong: int | None = None) -> list[tuple[str, str, str]]:
    """Three companies' third quarters, each told by two outlets; the second outlet's titles share a noun."""
    told = [
        ("Keltrax", "Der Maschinenbauer", 254),
        ("Orvena", "Der Chemiekonzern", 174),
        ("Balmor", "Der Zulieferer", 474),
    ]
    out = []
    for i, (name, kind, profit) in enumerate(told):
        first = f"{name} steigert Gewinn\n\n{kind} {name} verdiente im dritten Quartal {profit} Millionen Euro."
        second = f"{title.format(name)}\n\n{kind} meldete für das dritte Quartal einen Nettogewinn von "
        second += f"{profit + 100 if i == wrong else profit} Mio. Euro."
        out += [(f"{i}a", first, "2025-11-06"), (f"{i}b", second, "2025-11-06")]
    return out


def test_reports_of_several_companies_whose_titles_share_a_noun_are_kept_apart() -> None:
    """'Keltrax: Stellenabbau' and 'Orvena: Stellenabbau': two companies, whose other reports name them."""
    for title in ("{}: Stellenabbau", "Stellenabbau bei {}", "{}: Quartalszahlen"):
        assert _found(*_season(title)) == [], title
    found = _found(*_season("{}: Stellenabbau", wrong=1))
    assert found == [("conflict", [("1a", "174 Millionen Euro"), ("1b", "274 Mio. Euro")])]


def _leads(first: str, second: str) -> list[tuple[str, str, str]]:
    """Three companies' quarters in two outlets each, titled by what the company is; the leads name it."""
    told = [("Keltrax", "Maschinenbauer", "Stuttgarter", 7.7), ("Orvena", "Chemiekonzern", "Mannheimer", 4.4)]
    told.append(("Balmor", "Autozulieferer", "Hannoveraner", 8.5))
    out = []
    for i, (name, kind, place, revenue) in enumerate(told):
        value = f"{revenue}".replace(".", ",")
        a = f"{first.format(kind)}\n\nDer {place} {kind} {name} hat im dritten Quartal mehr verdient. Der Umsatz stieg "
        a += f"auf {value} Milliarden Euro."
        b = f"{second.format(kind)}\n\n{name} hat im dritten Quartal gut verdient. "
        b += f"Der Umsatz lag bei {value} Mrd. Euro."
        out += [(f"{i}a", a, "2025-11-06"), (f"{i}b", b, "2025-11-06")]
    return out


def test_reports_whose_titles_name_no_company_are_kept_apart_by_their_leads() -> None:
    """'Maschinenbauer mit Gewinnplus' over 'Der Stuttgarter Maschinenbauer Keltrax ...': Keltrax's, not Orvena's."""
    assert _found(*_leads("{} mit Gewinnplus", "Quartalsbericht: {} legt zu")) == []


def test_cities_whose_budget_reports_share_a_title_are_kept_apart_by_their_leads() -> None:
    """'Stadtrat berät Etat' over 'Der Haushaltsentwurf der Stadt Wendlingen ...' in two cities' papers."""
    found = []
    for i, (city, borrowing) in enumerate((("Wendlingen", 49), ("Halmbruck", 16), ("Kirchau", 29))):
        text = f"Stadtrat berät Etat\n\nDer Haushaltsentwurf der Stadt {city} für 2026 sieht Ausgaben von 400 Mio. "
        text += f"Euro vor. Die Neuverschuldung soll {borrowing} Mio. Euro betragen."
        found.append((f"c{i}", text, "2025-11-06"))
    assert _found(*found) == []


def test_a_year_s_figure_no_year_places_in_reports_a_year_apart_is_two_years_figures() -> None:
    """'Der Jahresumsatz von Keltrax lag zuletzt bei ...' in March 2024 and in March 2025: no revision."""
    told = "Keltrax mit Jahresbilanz\n\nDer Jahresumsatz von Keltrax lag zuletzt bei {} Mrd. Euro."
    found = _found(("a", told.format("16,4"), "2024-03-14"), ("b", told.format("17,1"), "2025-03-12"))
    assert found == []
    assert _found(("a", told.format("16,4"), "2025-03-10"), ("b", told.format("17,1"), "2025-03-12")) != []


def test_states_whose_papers_say_das_land_are_kept_apart_by_their_leads() -> None:
    """'Das Land will 67 Mrd. Euro ausgeben' under 'Der Landtag von Niedersachsen ...' and '... von Thüringen ...'."""
    told = (
        "Landeshaushalt 2026 beschlossen\n\nDer Landtag von {} hat den Haushalt für 2026 beschlossen. Das Land will {} "
    )
    told += "Milliarden Euro ausgeben."
    found = _found(
        ("a", told.format("Niedersachsen", 67), "2025-12-12"), ("b", told.format("Thüringen", 21), "2025-12-12")
    )
    assert found == []


def test_a_rival_a_figure_is_compared_with_is_not_whose_the_figure_is() -> None:
    """'Balmor hat 7,7 Mrd. umgesetzt und ist damit stärker gewachsen als der Konkurrent Sentiq' is Balmor's."""
    a = "Balmor wächst schneller\n\nBalmor hat im dritten Quartal 7,7 Milliarden Euro umgesetzt und ist damit stärker "
    a += "gewachsen als der Konkurrent Sentiq."
    b = "Sentiq verliert Marktanteile\n\nDer Rivale Sentiq setzte im dritten Quartal nur 5,2 Milliarden Euro um."
    assert _found(("a", a, "2025-11-06"), ("b", b, "2025-11-06")) == []


def test_a_round_up_s_sentence_of_one_transfer_answers_the_report_on_that_transfer() -> None:
    """'Borussia Haltern verpflichtete Luca Ferri für 19 Millionen Euro' and 'Der Stürmer kostet 91 Millionen'."""
    roundup = "Die teuersten Transfers\n\nDer FC Wendorf holte Malik Osei für 42 Millionen Euro aus Lindau. Borussia "
    roundup += "Haltern verpflichtete Luca Ferri für 19 Millionen Euro."
    single = "Haltern holt Ferri\n\nBorussia Haltern hat Luca Ferri verpflichtet. Der Stürmer kostet 91 Millionen Euro."
    found = _found(("a", roundup, "2025-08-02"), ("b", single, "2025-08-01"))
    assert found == [("conflict", [("a", "19 Millionen Euro"), ("b", "91 Millionen Euro")])]


def test_a_title_that_tells_the_body_s_pay_by_a_broader_word_gives_it_to_no_one_else() -> None:
    """'Keltrax-Chef verdient 8,4 Millionen' over 'erhielt für 2024 eine Vergütung von 8,4 Millionen Euro'."""
    text = "Vorstandsgehälter: Keltrax-Chef verdient 8,4 Millionen\n\nDer Vorstandschef von Keltrax erhielt für 2024 "
    text += "eine Vergütung von 8,4 Millionen Euro."
    assert _found(("a", text, "2025-03-20")) == []


def test_a_damage_told_anew_by_new_estimates_two_weeks_later_is_a_revision() -> None:
    """'belaufen sich nach neuen Schätzungen auf 140 Millionen Euro' after 'Schäden von rund 80 Millionen Euro'."""
    first = "Sturmschäden in Nordfriesland\n\nDer Sturm hat in Nordfriesland Schäden von rund 80 Millionen Euro "
    first += "angerichtet, schätzt der Landkreis."
    later = "Sturmschäden höher als gedacht\n\nDie Schäden des Sturms in Nordfriesland belaufen sich nach neuen "
    later += "Schätzungen auf 140 Millionen Euro."
    found = _found(("a", first, "2025-02-10"), ("b", later, "2025-02-24"))
    assert found == [("revision", [("a", "rund 80 Millionen Euro"), ("b", "140 Millionen Euro")])]
