"""The rules of the check: the registry, and one table of examples (sentences written for the project).

Each row is one general rule of the check, named by what it shows; every rule has a row that finds its
kind, and a section in docs/checks.md.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from aifigures import Article, FixedRates, Kind, RateKind, RateQuote, Reference, Settings, Severity, check
from aifigures.check.context import rare_words, word_counts, word_forms
from aifigures.check.facts import build_facts
from aifigures.check.metrics import metrics_meet
from aifigures.check.names import name_in, names_meet, names_of
from aifigures.check.rules import RULES, rule_for
from aifigures.check.slips import same_digits
from aifigures.check.sources import sources
from aifigures.extract.reader import extract

DOCS = (Path(__file__).parents[2] / "docs" / "checks.md").read_text(encoding="utf-8")


RATES = FixedRates({"USD": Decimal("1.10"), "CNY": Decimal("7.60"), "RUB": Decimal(100)})


def kinds_of(*texts: tuple[str, str | None], **kw: object) -> list[str]:
    arts = [Article.of(f"a{i}", t, d) for i, (t, d) in enumerate(texts)]
    report = check(arts, rates=RATES, **kw)  # type: ignore[arg-type]
    return [f.kind.value for f in report.findings] + [f"note:{f.kind.value}" for f in report.notes]


_FAR_BACK = (
    "Die Lotterie meldete einen Rekord: Der Jackpot von 400 Millionen Dollar ist in drei Staaten geknackt worden. "
    + "Die Gewinner haben sich bisher nicht gemeldet, sie haben nach den Regeln ein halbes Jahr Zeit dafür. " * 3
    + "Die Chancen auf den Gewinn von {} Millionen Euro standen bei eins zu 290 Millionen."
)
"""A conversion more than a few lines after the figure it restates."""


_HAIL = (
    "Land beschließt Hilfspaket für Winzer\n\nDas Land Norvien hat ein Hilfspaket für Winzer beschlossen. "
    "Es umfasst drei Millionen Euro und soll Betrieben nach dem Hagel helfen."
)
"""A package's size told beside what it shall do (a second verb after the figure)."""


_BUDGET_NEXT_YEARS = (
    "Im kommenden Jahr gibt Marlingen 1,42 Mrd. Euro aus, 2026 dann 1,47 Mrd. Euro. "
    "Größter Posten bleiben die Personalkosten mit 512 Mio. Euro im Jahr 2025."
)
"""Two years' spending in one sentence, the first placed by its words, the second by its year."""


_FEE_WITH_BONUS = (
    "Die Ablöse für Kerimov beträgt 85 Millionen Euro, durch Bonuszahlungen kann sie auf bis zu 100 Millionen Euro "
    "steigen."
)
"""A transfer fee and the bound bonuses may lift it to."""


_RENT_MONTH = (
    "Mieten in Leipzig steigen\n\nWer in Leipzig eine Neubauwohnung mit 70 Quadratmetern mietet, zahlt inzwischen im "
    "Schnitt 840 Euro kalt im Monat."
)
_RENT_YEAR = (
    "Leipzig: Neubaumieten ziehen an\n\nFür eine neue 70-Quadratmeter-Wohnung in Leipzig zahlen Mieter inzwischen "
    "durchschnittlich 840 Euro kalt im Jahr."
)
"""One rent in two reports, on two bases: "Neubauwohnung" and "Neubaumieten" open with one word."""


_DAMAGE = "Das Unwetter in Norvien hat Schäden von {} Mrd. Euro verursacht. Der Gesamtschaden liegt bei 4 Mrd. Euro."
"""A damage beside its total in one text."""


_RAIL = (
    "Bund steckt Milliarden in die Schiene\n\nDer Bund will bis 2027 rund 40 Milliarden Euro zusätzlich in das "
    "Schienennetz investieren. Allein im kommenden Jahr sind 12 Milliarden Euro für die Sanierung vorgesehen."
)
_RAIL_AGENCY = (
    "Schiene: Milliarden für 2025\n\nFür die Generalsanierung des Schienennetzes stehen im kommenden Jahr 21 "
    "Milliarden Euro bereit. Insgesamt sollen bis 2027 zusätzliche 40 Milliarden Euro fließen."
)
"""A programme's total and its next year's part in two reports, the part told with two values."""


_BEAT = (
    "Nexar setzte im abgelaufenen Quartal 46,7 Milliarden Dollar um und damit mehr als die von Analysten erwarteten "
    "46,2 Milliarden Dollar."
)
"""A revenue beside the analysts' expectation it beat, in one clause."""


_DIVISIONS = (
    "Arvola hat 2024 einen Umsatz von 21,4 Milliarden Euro erzielt. Die Sparte Automatisierung steuerte 8,1 "
    "Milliarden Euro bei, die Energietechnik {} Milliarden Euro und die Medizintechnik 5,9 Milliarden Euro. Der Rest "
    "entfiel auf Dienstleistungen."
)
"""A company's revenue, then its divisions' (the middle one's digits to fill in)."""


EXAMPLES = [
    pytest.param(
        [
            ("Alibaba investierte 2023 rund 5 Mrd. Euro.", "2024-01-10"),
            ("Alibaba investierte 2023 rund 50 Mrd. Euro.", "2024-01-10"),
        ],
        ["scale_error"],
        id="scale_error",
    ),
    pytest.param(
        [("Norvia will 760 Millionen Yuan (etwa 80 Millionen Euro) investieren.", "2024-05-02")],
        ["fx_conversion"],
        id="fx_conversion",
    ),
    pytest.param(
        [("Norvia will 760 Millionen Yuan (etwa 100 Millionen Euro) investieren.", "2024-05-02")],
        [],
        id="fx_conversion_consistent",
    ),
    pytest.param(
        [("Halvard zahlt für Zentis 4 Milliarden Dollar, umgerechnet rund 3,4 Milliarden Euro.", "2024-05-02")],
        ["fx_conversion"],
        id="an_exact_source_is_converted_as_written_not_as_far_as_its_digits_round",
    ),
    pytest.param(
        [("Halvard zahlt für Zentis rund 4 Milliarden Dollar, umgerechnet rund 3,4 Milliarden Euro.", "2024-05-02")],
        [],
        id="a_rough_source_may_be_any_value_its_digits_round_from",
    ),
    pytest.param(
        [("Norvia will 760 Millionen Yuan (etwa 100 Millionen Euro) investieren.", None)],
        [],
        id="an_undated_conversion_right_on_some_day_is_no_flag",
    ),
    pytest.param(
        [(_FAR_BACK.format("umgerechnet rund 200"), "2024-05-02")],
        ["fx_conversion"],
        id="umgerechnet_restates_the_figure_before_however_far_back",
    ),
    pytest.param(
        [(_FAR_BACK.format("umgerechnet rund 370"), "2024-05-02")],
        [],
        id="umgerechnet_far_back_right_at_the_date",
    ),
    pytest.param(
        [(_FAR_BACK.format("also 200"), "2024-05-02")],
        [],
        id="a_weaker_cue_far_back_restates_nothing",
    ),
    pytest.param(
        [("Keltron zahlte 100 000 Euro, also 110 000 Dollar, gerechnet zum Kurs von 1,20 Dollar.", "2024-01-10")],
        ["fx_conversion"],
        id="a_conversion_must_meet_the_rate_its_own_text_states",
    ),
    pytest.param(
        [("Keltron zahlte 100 000 Euro, also 112 000 Dollar, gerechnet zum Kurs von 1,12 Dollar.", "2024-01-10")],
        [],
        id="a_conversion_at_the_rate_its_text_states_is_judged_at_that_rate",
    ),
    pytest.param(
        [("Keltron zahlte 100 000 Euro, also 112 000 Dollar. Die Aktie kam auf Kurs 1,50 Dollar.", "2024-01-10")],
        ["fx_conversion"],
        id="a_price_far_from_the_market_rate_is_no_stated_rate",
    ),
    pytest.param(
        [
            (
                "Keltron zahlte 10 Mio. Dollar. Zum Kurs von 1,10 Dollar je Euro entspricht das 9,1 Mio. Euro.",
                "2024-01-10",
            )
        ],
        [],  # a rate told between a figure and its conversion restates nothing: the conversion is of the 10 Mio.
        id="a_rate_between_a_figure_and_its_conversion_is_no_source",
    ),
    pytest.param(
        [
            (
                "Keltron zahlte 10 Mio. Dollar. Zum Kurs von 1,10 Dollar je Euro entspricht das 11 Mio. Euro.",
                "2024-01-10",
            )
        ],
        ["fx_conversion"],  # multiplied by the rate instead of divided
        id="a_conversion_the_wrong_way_at_the_rate_told_before_it",
    ),
    pytest.param(
        [("Norvia will 760 Millionen Yuan (etwa 800 Millionen Euro) investieren.", None)],
        ["fx_conversion"],
        id="an_undated_conversion_wrong_on_every_day_is_a_flag",
    ),
    pytest.param(
        [
            (
                "Erst hieß es, Keltron plane 40 Millionen Euro Schulden. Tatsächlich sind es 40 Milliarden Euro.",
                None,
            )
        ],
        ["scale_error"],
        id="the_same_digits_with_another_scale_word_in_one_text_are_a_slip",
    ),
    pytest.param(
        [("Keltron zahlt gut drei Milliarden Euro – in Ziffern: 300.000.000 Euro.", None)],
        ["scale_error"],
        id="a_figure_written_again_in_digits_must_agree_with_its_words",
    ),
    pytest.param(
        [("Ein Spieler hat gut drei Millionen Euro gewonnen – in Ziffern: 300.124 Euro.", None)],
        ["scale_error"],
        id="a_figure_written_again_in_digits_after_the_verb_of_its_clause_must_agree",
    ),
    pytest.param(
        [("Ein Spieler hat gut drei Millionen Euro gewonnen – in Ziffern: 3.012.400 Euro.", None)],
        [],
        id="a_figure_written_again_in_digits_that_agree_is_no_flag",
    ),
    pytest.param(
        [("Keltron zahlt 4,25 Milliarden Euro – 425 Millionen Euro.", None)],
        ["scale_error"],
        id="a_figure_restated_after_a_dash_with_its_digits_at_another_scale_is_a_slip",
    ),
    pytest.param(
        [("Keltron zahlt 4.200.000.000 Euro – 4,2 Milliarden Euro.", None)],
        [],
        id="a_figure_restated_in_other_words_that_agrees_is_no_flag",
    ),
    pytest.param(
        [("Keltron investiert 5 Mrd. Euro – 5 Mio. Euro davon in Dresden.", None)],
        [],
        id="one_digit_repeated_after_a_dash_may_be_chance",
    ),
    pytest.param(
        [("Der Bund trägt 62 Milliarden Euro (6,2 Milliarden Euro pro Jahr).", None)],
        [],
        id="a_total_restated_per_year_in_parentheses_is_no_slip",
    ),
    pytest.param(
        [("Der Umsatz stieg von 412 Millionen auf 412 Milliarden Euro.", None)],
        ["scale_error"],
        id="a_thousandfold_move_with_the_very_digits_is_a_slip",
    ),
    pytest.param(
        [
            (
                (
                    "Der Umsatz von Keltron lag 2020 bei 4,1 Mrd. Euro, 2021 bei 4,3 Mrd. Euro, 2022 bei 45 Mrd. Euro "
                    "und 2023 bei 4,6 Mrd. Euro."
                ),
                None,
            )
        ],
        ["scale_error"],
        id="a_series_over_years_with_one_member_ten_times_the_rest_has_a_slip",
    ),
    pytest.param(
        [
            (
                (
                    "Moonfield hat in einer Finanzierungsrunde 600 Mio. Dollar eingesammelt. Mit den 6 Mrd. Dollar "
                    "will Moonfield neue Rechenzentren bauen."
                ),
                None,
            )
        ],
        ["scale_error"],  # "den" tells the figure as the one told before: its digits a tenth off are a slip
        id="a_figure_told_back_with_the_digits_of_an_earlier_one_ten_times_off_is_a_slip",
    ),
    pytest.param(
        [
            (
                (
                    "Moonfield hat in einer Finanzierungsrunde 600 Mio. Dollar eingesammelt. Im Jahr zuvor waren es 6 "
                    "Mrd. Dollar Umsatz."
                ),
                None,
            )
        ],
        [],  # no word tells it back, and another metric: no evidence of a slip
        id="a_figure_ten_times_an_earlier_one_not_told_back_is_no_slip",
    ),
    pytest.param(
        [
            ("Kessbach will seinen Aktionären für 2024 eine Dividende von 2,40 Euro je Aktie zahlen.", "2025-03-06"),
            ("Kessbach-Aktionäre sollen eine Dividende von 4,20 Euro je Aktie erhalten.", "2025-03-06"),
        ],
        ["conflict"],  # a dividend "für 2024" is paid in 2025: the same event as the other report's, not an old one
        id="a_dividend_for_last_year_is_this_year_s_event",
    ),
    pytest.param(
        [
            ("Die Stadt Brelten rechnet mit Kosten von 95 Mio. Euro für das neue Hallenbad.", "2025-01-22"),
            ("Die Kosten für das neue Breltener Hallenbad steigen auf 118 Mio. Euro.", "2025-06-17"),
        ],
        ["note:revision"],  # a cost expected and, months on, told as it now stands: one cost revised
        id="a_project_s_cost_planned_and_later_told_is_revised",
    ),
    pytest.param(
        [
            ("Die Stadt Wellingen mietet ein Bürogebäude. Die Miete beträgt 85.000 Euro im Monat.", "2025-10-14"),
            (
                "Im Wellinger Stadtrat gibt es Kritik: Die Stadt zahlt jährlich 85.000 Euro Miete für das Bürogebäude.",
                "2025-10-15",
            ),
        ],
        ["period_mismatch"],  # "Wellinger" is Wellingen's adjective: one subject, and a word both reports share
        id="a_town_s_adjective_names_the_town_in_another_report",
    ),
    pytest.param(
        [
            (
                "Rheinbrücke: Sanierung kostet 450 Mio. Euro\n\nDie Sanierung der Brücke soll 45 Mio. Euro kosten.",
                None,
            )
        ],
        ["scale_error"],
        id="a_title_s_figure_ten_times_its_text_s_of_one_metric_is_a_slip",
    ),
    pytest.param(
        [("Rheinbrücke: Sanierung kostet 450 Millionen Euro\n\nDer Bund zahlt davon 45 Millionen Euro.", None)],
        [],  # another metric (a share paid) with the digits of a tenth: no evidence of a slip
        id="a_title_s_figure_ten_times_a_text_figure_of_another_metric_is_no_slip",
    ),
    pytest.param(
        [
            (
                (
                    "Der Umsatz von Keltron stieg von 2,1 Mrd. Euro im Jahr 2022 über 2,4 Mrd. Euro im Jahr 2023 "
                    "auf 27 Mrd. Euro im Jahr 2024."
                ),
                None,
            )
        ],
        ["scale_error"],  # each member's year its own period, after it; no figure told twice in the clause
        id="a_series_told_by_its_way_with_each_year_after_its_figure_has_a_slip",
    ),
    pytest.param(
        [
            (
                "Keltron setzte 45 Mrd. Euro um, davon 4,1 Mrd. Euro in A, 4,3 Mrd. Euro in B und 4,6 Mrd. Euro in C.",
                None,
            )
        ],
        [],
        id="a_total_beside_its_parts_is_no_series",
    ),
    pytest.param(
        [("Das Theater erhält jährlich 700 000 Euro (nicht 7 Millionen).", None)],
        ["scale_error"],
        id="a_slip_by_ten_is_one_where_a_word_corrects_it",
    ),
    pytest.param(
        [("Das Theater erhält jährlich 700 000 Euro, das Museum 7 Millionen.", None)],
        [],
        id="a_factor_of_ten_without_a_correcting_word_is_no_slip",
    ),
    pytest.param(
        [("Keltron setzte 2023 rund 2,5 Milliarden Euro um und verdiente 2,5 Millionen Euro.", None)],
        [],
        id="the_same_digits_of_two_metrics_are_no_slip",
    ),
    pytest.param(
        [
            ("In Tarvien reichen die Banknoten von 1000 bis 100.000 Lira.", None),
            ("Tarviens Banknoten reichen nur von 1000 bis 100.000 Lira.", None),
        ],
        [],
        id="a_range_that_spans_a_power_of_ten_is_no_slip_of_itself",
    ),
    pytest.param(
        [("Die Bank überwies 300.000 Dollar, etwa 9000 Euro.", "2024-05-02")],
        ["fx_conversion"],
        id="an_apposition_in_another_currency_is_a_stated_conversion",
    ),
    pytest.param(
        [
            (
                "Norvia erhielt 40,2 Mrd. Euro. Hinzu kommen 17 Mrd. Euro an Kredit. Macht zusammen 90 Mrd. Euro!",
                None,
            )
        ],
        ["parts_total"],
        id="a_stated_sum_must_meet_the_figures_just_before_it",
    ),
    pytest.param(
        [
            (
                "Norvia erhielt 40,2 Mrd. Euro. Hinzu kommen 17 Mrd. Euro an Kredit. Macht zusammen 57,2 Mrd. Euro.",
                None,
            )
        ],
        [],
        id="a_stated_sum_that_adds_up_is_no_flag",
    ),
    pytest.param(
        [
            (
                (
                    "Vom Umsatz von 12,4 Mrd. Dollar entfielen 5,6 Mrd. auf die Cloud, 4,1 Mrd. auf Lizenzen und "
                    "3,2 Mrd. auf Dienste."
                ),
                "2025-10-23",
            )
        ],
        ["parts_total"],
        id="a_clause_that_opens_with_the_whole_takes_the_figures_after_it_as_parts_weighed_in_their_currency",
    ),
    pytest.param(
        [("Vom Umsatz von 12,4 Mrd. Dollar entfielen 5,6 Mrd. auf die Cloud und 4,1 Mrd. auf Lizenzen.", None)],
        [],
        id="parts_of_a_whole_that_stay_within_it_are_no_flag_nor_one_fact_told_twice",
    ),
    pytest.param(
        [
            (
                (
                    "Für Straßen sind 620 Mrd. Euro geplant.\n\nFür Schulen kommen 480 Mrd. Euro hinzu. Zusammen "
                    "also knapp 1000 Mrd."
                ),
                None,
            )
        ],
        ["parts_total"],
        id="a_stated_sum_after_one_figure_of_its_paragraph_takes_the_parts_of_the_paragraph_before",
    ),
    pytest.param(
        [
            (
                (
                    "Er sagte, es seien 250.000 Euro im Jahr.\n\nEr bekommt 26.000 Euro im Monat. Hinzu kommen "
                    "5.000 Euro im Monat. Das ergibt ein Jahressalär von 372.000 Euro."
                ),
                None,
            )
        ],
        [],
        id="a_stated_sum_after_two_figures_of_its_paragraph_adds_them_alone",
    ),
    pytest.param(
        [
            (
                (
                    "Die Ministerin bekommt 12.000 Euro im Monat. Dazu kommen 3000 Euro im Monat. "
                    "Das ergibt 180.000 Euro im Jahr."
                ),
                None,
            )
        ],
        [],
        id="a_months_rates_add_up_to_the_years_sum",
    ),
    pytest.param(
        [
            (
                (
                    "Die Ministerin bekommt 12.000 Euro im Monat. Dazu kommen 3000 Euro im Monat. "
                    "Das ergibt 250.000 Euro im Jahr."
                ),
                None,
            )
        ],
        ["parts_total"],
        id="a_months_rates_that_miss_the_years_sum_on_every_reading",
    ),
    pytest.param(
        [
            (
                "Der Vorstand erhält insgesamt 50 Mio. Euro: • A 20 Mio. Euro, • B 10 Mio., • C 5 Mio. Euro.",
                None,
            )
        ],
        ["parts_total"],
        id="a_list_after_its_total_must_add_up_to_it",
    ),
    pytest.param(
        [
            (
                (
                    "Keltron investiert 10,0 Mrd. Euro. Davon gehen 6,2"
                    " Mrd. Euro nach Dresden und 4,5 Mrd. Euro nach Linz."
                ),
                None,
            )
        ],
        ["parts_total"],
        id="parts_in_the_next_sentence_after_davon_must_not_exceed_their_total",
    ),
    pytest.param(
        [("Keltron investiert 10,0 Mrd. Euro. Dresden erhält davon 6,2 Mrd. Euro, Linz 4,5 Mrd. Euro.", None)],
        ["parts_total"],
        id="davon_before_the_first_figure_of_the_next_sentence_opens_its_parts",
    ),
    pytest.param(
        [
            (
                (
                    "Die Stadt investiert im kommenden Jahr 60 Mio. Euro. Davon gehen 35 Mio. Euro in Schulen"
                    " und 30 Mio. Euro in Straßen."
                ),
                "2025-12-01",
            )
        ],
        ["parts_total"],
        id="parts_after_davon_are_of_a_total_of_a_calendar_period_not_only_of_a_rate",
    ),
    pytest.param(
        [
            (
                (
                    "Die Aufteilung des Fonds von 80 Mio. Euro ist beschlossen. Die Kreise bekommen 50 Mio. Euro,"
                    " die Gemeinden 40 Mio. Euro."
                ),
                None,
            )
        ],
        ["parts_total"],
        id="a_total_said_to_be_shared_out_has_its_shares_in_the_next_sentence",
    ),
    pytest.param(
        [
            (
                (
                    "Die Baukette Orvena ist pleite. Sie hat Verbindlichkeiten von rund 600 Millionen Euro"
                    " angehäuft. Zuletzt setzte Orvena 820 Millionen Euro um."
                ),
                "2025-03-04",
            ),
            ("Orvena meldet Insolvenz an. Die Schulden der Baukette liegen bei etwa 60 Millionen Euro.", "2025-03-04"),
        ],
        ["scale_error"],
        id="what_a_company_owes_is_its_debt_in_either_word",
    ),
    pytest.param(
        [
            (
                (
                    "Mobilfunkauktion bringt Milliarden\n\nDie Versteigerung neuer Frequenzen hat dem Bund 6,6 Mrd."
                    " Euro eingebracht. Der größte Bieter, die Telvana, zahlt 2,2 Mrd. Euro, die beiden anderen"
                    " Netzbetreiber zusammen 4,4 Mrd. Euro."
                ),
                "2025-05-06",
            ),
            (
                (
                    "Frequenzauktion beendet\n\nInsgesamt bieten die drei Netzbetreiber 6,6 Mrd. Euro. Davon"
                    " entfallen auf Telvana 2,2 Mrd. Euro, auf Orbicom 2,3 Mrd. Euro und auf Netzfunk 2,1 Mrd. Euro."
                ),
                "2025-05-06",
            ),
        ],
        [],
        id="a_sum_of_unnamed_others_is_not_the_figure_of_a_subject_its_report_never_mentions",
    ),
    pytest.param(
        [
            ("Die Pflegekassen haben im ersten Halbjahr ein Defizit von 2,7 Mrd. Euro eingefahren.", "2025-08-06"),
            ("Von Januar bis Juni fehlten den Pflegekassen 27 Milliarden Euro.", "2025-08-06"),
        ],
        ["scale_error"],
        id="two_digits_at_ten_times_are_evidence_for_figures_of_one_metric_and_period",
    ),
    pytest.param(
        [
            (
                (
                    "Bund fördert Wasserstoff mit 4,6 Milliarden\n\nDer Bund fördert 24 Wasserstoffprojekte mit"
                    " insgesamt 4,6 Milliarden Euro. Hinzu kommen 2,1 Milliarden Euro von den Ländern."
                ),
                "2025-05-06",
            ),
            (
                (
                    "Milliarden für Wasserstoff\n\nBund und Länder unterstützen 24 Wasserstoffprojekte mit"
                    " zusammen 7,6 Milliarden Euro."
                ),
                "2025-05-06",
            ),
        ],
        [],
        id="a_figure_of_one_subject_is_a_part_of_the_figure_of_it_and_others_joined",
    ),
    pytest.param(
        [
            ("Die Stadt Kellbach will 2026 genau 412 Millionen Euro ausgeben.", "2025-11-06"),
            (
                "Kellbach legt den Haushalt für 2026 vor. Die Ausgaben der Stadt steigen auf 421 Mio. Euro.",
                "2025-11-06",
            ),
        ],
        ["conflict"],
        id="a_figure_of_a_year_after_the_article_s_is_planned_though_its_own_sentence_names_none",
    ),
    pytest.param(
        [
            (
                (
                    "Freibad in Marbach wird teurer\n\nDas neue Freibad in Marbach kostet 14 Millionen Euro. Die"
                    " Gemeinde hatte ursprünglich mit 9 Millionen Euro gerechnet."
                ),
                "2025-05-06",
            ),
            (
                (
                    "Marbach: Bad kostet mehr\n\nDie Kosten für das Marbacher Freibad steigen auf 14 Millionen"
                    " Euro. Ursprünglich waren 11 Millionen Euro geplant."
                ),
                "2025-05-06",
            ),
        ],
        ["conflict", "note:revision", "note:revision"],
        id="two_reports_of_one_linked_change_that_disagree_on_where_it_started",
    ),
    pytest.param(
        [
            ("Der Tarifverbund Saale-Elster erhöht die Preise. Das Jahresabo kostet dann 690 Euro.", "2025-05-06"),
            ("Im Tarifverbund Saale-Elster zahlen Pendler für das Jahresabo künftig 960 Euro.", "2025-05-06"),
        ],
        ["conflict"],
        id="what_a_thing_costs_is_the_price_paid_for_it",
    ),
    pytest.param(
        [
            ("Nach dem Hackerangriff hat Orvena ein Lösegeld von 3,5 Mio. Dollar gezahlt.", "2025-05-06"),
            ("Orvena hat den Angreifern 3,5 Mio. Euro überwiesen.", "2025-05-06"),
        ],
        ["fx_conversion"],
        id="a_ransom_paid_is_a_payment_however_it_is_told",
    ),
    pytest.param(
        [("Keltron erwartet 2025 nur noch 4,5 Mrd. Euro Umsatz. Zuvor hatte Keltron 5 Mrd. Euro angepeilt.", None)],
        ["note:revision"],
        id="a_figure_marked_old_is_revised_by_a_new_one_within_its_rounding",
    ),
    pytest.param(
        [("Keltron setzte 2024 rund 6,1 Mrd. Euro um. Für den Umbau veranschlagt Keltron 400 Mio. Euro.", None)],
        [],
        id="what_a_subject_now_reckons_a_figure_at_is_no_old_figure",
    ),
    pytest.param(
        [("Der Umbau kostet 410 Mio. Euro. Im Frühjahr waren 300 Mio. Euro veranschlagt worden.", None)],
        ["note:revision"],
        id="what_a_subject_had_reckoned_a_figure_at_is_an_old_figure",
    ),
    pytest.param(
        [("| Posten | 2024 | 2025 |\n|---|---|---|\n| Einnahmen | 12,1 Mio. Euro | 13,4 Mio. Euro |", None)],
        [],
        id="two_cells_of_a_table_s_row_are_two_figures",
    ),
    pytest.param(
        [("Der Fonds zahlt insgesamt 90 Mio. Euro aus. 4.000 Betriebe erhalten je 25.000 Euro.", None)],
        ["parts_total"],
        id="a_figure_for_each_of_a_counted_group_times_the_count_must_not_exceed_its_total",
    ),
    pytest.param(
        [("Der Fonds zahlt insgesamt 90 Mio. Euro aus. 3.000 Betriebe erhalten je 25.000 Euro.", None)],
        [],
        id="a_group_s_share_within_its_total_is_no_finding",
    ),
    pytest.param(
        [("Der Fonds zahlt insgesamt 90 Mio. Euro aus. Rund 4.000 Betriebe erhalten je 25.000 Euro.", None)],
        [],
        id="a_hedged_count_is_no_count_to_multiply_by",
    ),
    pytest.param(
        [
            (
                "Velmora-Cup erhöht das Preisgeld\n\nDer Velmora-Cup zahlt dem Sieger bis zu 40 Mio. Dollar.",
                "2025-06-02",
            ),
            (
                "Preisgeld beim Velmora-Cup\n\nVelmora lockt das beste Team mit bis zu 40 Mio. Euro.",
                "2025-06-02",
            ),
        ],
        ["fx_conversion"],
        id="the_same_bound_in_two_currencies_in_two_reports_of_one_story_is_a_swapped_label",
    ),
    pytest.param(
        [
            (
                (
                    "Die Aufteilung des Fonds von 80 Mio. Euro ist beschlossen. Die Kreise bekommen 50 Mio. Euro,"
                    " die Gemeinden 30 Mio. Euro."
                ),
                None,
            )
        ],
        [],
        id="shares_that_add_up_to_a_total_shared_out_are_no_finding",
    ),
    pytest.param(
        [
            (
                (
                    "Über zwölf Jahre stehen 500 Mrd. Euro bereit, rund 42 Mrd. Euro pro Jahr. Davon gehen 100 Mrd. "
                    "Euro an die Länder."
                ),
                None,
            )
        ],
        [],
        id="davon_in_the_next_sentence_may_mean_the_larger_figure_before",
    ),
    pytest.param(
        [
            (
                (
                    "Keltron investiert 10,0 Mrd. Euro. Davon gehen 6,2"
                    " Mrd. Euro nach Dresden und 2,1 Mrd. Euro nach Linz."
                ),
                None,
            )
        ],
        [],
        id="parts_after_davon_may_be_some_of_their_total",
    ),
    pytest.param(
        [
            (
                (
                    "Keltron investiert 10,0 Mrd. Euro. Davon gehen 6,2 Mrd."
                    " Euro nach Dresden, der Rest von 3,1 Mrd. Euro nach Linz."
                ),
                None,
            )
        ],
        ["parts_total"],
        id="parts_with_the_rest_must_add_up_to_their_total",
    ),
    pytest.param(
        [
            (
                (
                    "Keltron investiert insgesamt 10,0 Mrd. Euro: 6,2"
                    " Mrd. Euro in Dresden, die übrigen 4,5 Mrd. Euro in Linz."
                ),
                None,
            )
        ],
        ["parts_total"],
        id="parts_after_a_colon_belong_to_the_total_before_it",
    ),
    pytest.param(
        [
            (
                "Keltron und Aldona investieren jeweils 3,2 Mrd. Euro, zusammen 5,0 Mrd. Euro.",
                None,
            )
        ],
        ["parts_total"],
        id="a_figure_for_each_times_their_number_must_not_exceed_their_total",
    ),
    pytest.param(
        [
            (
                "Keltron und Aldona investieren jeweils 3,2 Mrd. Euro, zusammen 6,4 Mrd. Euro.",
                None,
            )
        ],
        [],
        id="a_figure_for_each_that_adds_up_to_their_total_is_no_flag",
    ),
    pytest.param(
        [("Keltron, Aldona und Norvia investieren jeweils 600 Mio. Euro, zusammen 1,5 Mrd. Euro.", None)],
        ["parts_total"],  # three names: the list runs back over the comma before the clause
        id="a_figure_for_each_of_names_listed_with_commas_counts_every_name",
    ),
    pytest.param(
        [
            (
                (
                    "Die Städte Arnfeld, Bollbach, Cranz und Deltow erhalten jeweils 4 Mio. Euro. "
                    "Insgesamt sind das 10 Mio. Euro."
                ),
                None,
            )
        ],
        ["parts_total"],  # four names after the noun they are of; the total in the next sentence
        id="a_figure_for_each_of_names_after_their_noun_and_a_total_in_the_next_sentence",
    ),
    pytest.param(
        [
            (
                (
                    "Die Städte Arnfeld, Bollbach, Cranz und Deltow erhalten jeweils 4 Mio. Euro. "
                    "Insgesamt sind das 16 Mio. Euro."
                ),
                None,
            )
        ],
        [],
        id="a_figure_for_each_of_four_names_and_their_total_next",
    ),
    pytest.param(
        [
            (
                (
                    "Der Bund gibt in den kommenden zehn Jahren 19,8 Mrd. Euro. Pro Jahr sind das knapp zwei Mrd. "
                    "Euro. Die Betreiber tragen davon 15 Mrd. Euro."
                ),
                None,
            )
        ],
        [],  # the part is of the ten years' figure, not of the year's that restates it
        id="a_part_after_a_restatement_per_year_is_of_the_figure_restated",
    ),
    pytest.param(
        [
            (
                (
                    "Die drei Länder Saxonia, Thurland und Brandmark erhalten jeweils 200 Mio. Euro, zusammen 600 "
                    "Mio. Euro."
                ),
                None,
            )
        ],
        [],  # a count between the article and the noun the names are of
        id="a_figure_for_each_of_names_after_a_counted_noun_and_their_total",
    ),
    pytest.param(
        [
            (
                (
                    "Die drei Länder Saxonia, Thurland und Brandmark erhalten jeweils 200 Mio. Euro, zusammen 400 "
                    "Mio. Euro."
                ),
                None,
            )
        ],
        ["parts_total"],
        id="a_figure_for_each_of_names_after_a_counted_noun_above_their_total",
    ),
    pytest.param(
        [("Die Klubs Eintracht Moorfeld und SV Lindental erhalten jeweils 2 Mio. Euro, zusammen 4 Mio. Euro.", None)],
        [],  # two names of two words each: two
        id="a_figure_for_each_counts_the_names_joined_not_their_words",
    ),
    pytest.param(
        [
            (
                (
                    "Das Land stellt insgesamt 250 Mio. Euro bereit. 120 Mio. Euro gehen an Privathaushalte, "
                    "95 Mio. Euro an Betriebe und 60 Mio. Euro an die Kommunen."
                ),
                None,
            )
        ],
        ["parts_total"],
        id="shares_where_the_money_goes_after_a_total_leave_out_their_verb_after_und",
    ),
    pytest.param(
        [
            (
                (
                    "In das Werk investierte Keltron 9 Mio. Euro. Insgesamt flossen 80 Mio. Euro, davon 42 Mio. Euro "
                    "in die Forschung und 38 Mio. Euro in den Vertrieb."
                ),
                None,
            )
        ],
        [],
        id="a_next_sentence_that_tells_a_total_of_its_own_gives_no_parts_of_the_figure_before",
    ),
    pytest.param(
        [("Die drei Gewinner erhalten jeweils 5.000 Euro, insgesamt also 20.000 Euro.", None)],
        ["parts_total"],  # a count before "jeweils": the total is of all of them, and they fall short of it
        id="a_figure_for_each_of_a_stated_count_must_add_up_to_their_total",
    ),
    pytest.param(
        [
            (
                "Arnfeld gibt 4 Mio. Euro, der Kreis Ormen 3 Mio. Euro. Zusammen fließen damit 5 Mio. Euro.",
                None,
            )
        ],
        ["parts_total"],
        id="one_figure_of_each_subject_then_a_total_naming_none_must_not_be_exceeded",
    ),
    pytest.param(
        [
            (
                "Arnfeld gibt 4 Mio. Euro, der Kreis Ormen 3 Mio. Euro. Zusammen fließen damit 9 Mio. Euro.",
                None,
            )
        ],
        [],  # others may give the rest
        id="one_figure_of_each_subject_may_fall_short_of_the_total_after_them",
    ),
    pytest.param(
        [
            (
                "Arnfeld gab 2023 4 Mio. Euro aus, 2024 waren es 5 Mio. Euro. Insgesamt kostet das Bad 6 Mio. Euro.",
                None,
            )
        ],
        [],  # no subject of its own for each figure: two years of one payer, no parts
        id="figures_of_one_subject_are_no_parts_of_the_total_after_them",
    ),
    pytest.param(
        [
            (_HAIL, "2025-06-02"),
            (
                "Hagelhilfe für Winzer\n\nFür die vom Hagel getroffenen Winzer stellt Norvien 3 Mrd. Euro bereit.",
                "2025-06-02",
            ),
        ],
        ["scale_error"],  # no name "Hilfspaket" or "Betrieben", and no plan: "und soll ... helfen" is another verb's
        id="a_package_s_size_told_beside_what_it_shall_do_against_another_report_s_scale",
    ),
    pytest.param(
        [
            (
                "Orvena setzte in den ersten neun Monaten 9,6 Mrd. Euro um. Für 2024 erwartet es 3,2 Mrd. Umsatz.",
                "2024-10-30",
            )
        ],
        ["period_mismatch"],  # a revenue only adds up: the year cannot end below what nine months reached
        id="a_revenue_reached_in_part_of_a_year_above_the_year_s_forecast",
    ),
    pytest.param(
        [
            (
                "Orvena setzte 2024 bislang 9,6 Mrd. Euro um. Für das Gesamtjahr erwartet es 3,2 Mrd. Umsatz.",
                "2024-10-30",
            )
        ],
        ["period_mismatch"],  # an actual of the year under way is what it reached so far
        id="a_revenue_of_the_year_so_far_above_the_year_s_forecast",
    ),
    pytest.param(
        [
            (
                "Orvena verdiente in den ersten neun Monaten 1,2 Mrd. Euro. Für 2024 erwartet es 0,9 Mrd. Gewinn.",
                "2024-10-30",
            )
        ],
        [],  # a profit can shrink: a loss in the last quarter
        id="a_profit_reached_in_part_of_a_year_may_exceed_the_year_s_forecast",
    ),
    pytest.param(
        [
            ("Die Europäische Zentralbank hat 2024 einen Verlust von 7,9 Milliarden Euro verbucht.", "2025-02-20"),
            ("Verlust bei der EZB\n\nDie EZB meldet für 2024 ein Minus von 7,9 Millionen Euro.", "2025-02-20"),
        ],
        ["scale_error"],  # an abbreviation and the phrase it stands for: one word, one subject
        id="an_abbreviation_and_its_phrase_link_two_reports",
    ),
    pytest.param(
        [
            (
                "Die Investitionen steigen im kommenden Jahr auf 210 Mio. Euro, nach 168 Mio. im laufenden Jahr.",
                "2024-12-12",
            ),
            ("Marlingen plant im kommenden Jahr 210 Mio. Euro Investitionen ein, 96 Mio. für Schulen.", "2024-12-13"),
        ],
        [],  # "im laufenden Jahr" is the article's year, also beside a figure of the next: not the next year's part
        id="a_figure_of_the_year_under_way_compared_with_the_next_year_s_is_placed_in_its_own",
    ),
    pytest.param(
        [
            (_BUDGET_NEXT_YEARS, "2024-12-12"),
            ("Marlingen: Ausgaben von 1,42 Milliarden Euro für 2025 geplant.", "2024-12-13"),
        ],
        [],  # 2026 is the second figure's year; the first's words place it in 2025, where two reports agree on it
        id="a_year_of_another_clause_is_not_the_year_of_a_figure_whose_words_place_it",
    ),
    pytest.param(
        [
            (_FEE_WITH_BONUS, "2025-07-02"),
            ("Hellfeld verkauft Kerimov für 58 Millionen Euro nach Manchester.", "2025-07-02"),
        ],
        ["conflict"],  # the bound beside the fee holds any fee below it: it answers none
        id="a_bound_beside_a_figure_does_not_answer_another_report_s_figure",
    ),
    pytest.param(
        [("Nach einem Verlust von 750 Millionen Euro hat die Bank nun 2 Milliarden Euro in der Kasse.", None)],
        [],  # the noun the first figure completes is its own: the second is another thing, not the first told twice
        id="a_noun_a_figure_completes_is_no_metric_of_the_next_figure_of_its_clause",
    ),
    pytest.param(
        [
            ("Hansabank kauft eigene Aktien für 750 Millionen Euro zurück.", "2025-02-06"),
            ("Die Hansabank plant einen Aktienrückkauf von 570 Millionen Euro.", "2025-02-06"),
        ],
        ["conflict"],  # a buyback told by its verb and by its noun
        id="a_buyback_told_by_its_verb_and_by_its_noun",
    ),
    pytest.param(
        [
            (_RENT_MONTH, "2025-05-12"),
            (_RENT_YEAR, "2025-05-12"),
        ],
        ["period_mismatch"],  # "Neubauwohnung" and "Neubaumieten" share "neubau": one rent, two periods
        id="two_compounds_that_open_with_one_word_share_it",
    ),
    pytest.param(
        [(_DAMAGE.format(2), None)],
        [],  # a figure beside its metric's total in one text is a part of it
        id="a_figure_beside_its_metric_s_total_in_one_text_is_a_part",
    ),
    pytest.param(
        [(_DAMAGE.format(6), None)],
        ["parts_total"],  # above it, it exceeds its total
        id="a_figure_above_its_metric_s_total_in_one_text",
    ),
    pytest.param(
        [
            (_RAIL, "2024-10-16"),
            (_RAIL_AGENCY.replace("21", "12").replace("40 Milliarden", "40 Millionen"), "2024-10-16"),
        ],
        ["scale_error"],  # a total naming no one is a group of others' only where its words say so ("die anderen")
        id="a_total_naming_no_one_is_not_a_sum_of_others_without_words_of_others",
    ),
    pytest.param(
        [
            (_BEAT, "2025-08-28"),
            (
                "Der Chipkonzern Nexar hat im abgelaufenen Quartal einen Umsatz von 64,7 Mrd. Dollar erzielt.",
                "2025-08-28",
            ),
        ],
        ["conflict"],  # the analysts' expectation is the later figure's: the first is an actual revenue
        id="words_that_lead_a_later_figure_do_not_make_an_earlier_one_an_estimate",
    ),
    pytest.param(
        [(_DIVISIONS.format("7,9"), "2025-03-06")],
        ["parts_total"],  # 8,1 + 7,9 + 5,9 Mrd. of divisions above the 21,4 Mrd. of the whole
        id="divisions_told_after_a_company_s_figure_above_it",
    ),
    pytest.param(
        [(_DIVISIONS.format("6,7"), "2025-03-06")],
        [],  # the rest is services: the divisions need not add up to the whole
        id="divisions_told_after_a_company_s_figure_may_fall_short_of_it",
    ),
    pytest.param(
        [(_RAIL, "2024-10-16"), (_RAIL_AGENCY, "2024-10-16")],
        ["conflict"],  # the year's 12 Mrd. against 21 Mrd.; the total of 2025 to 2027 is no year's figure
        id="a_year_s_figure_of_a_story_against_another_report_s_not_its_total",
    ),
    pytest.param(
        [("Die Konzerne investieren jeweils 3 Mrd. Euro, zusammen 9 Mrd. Euro.", None)],
        [],  # how many, the text does not say: two or more
        id="a_figure_for_each_of_an_untold_number_may_fall_short_of_their_total",
    ),
    pytest.param(
        [("Er verdient 24.000 Euro im Jahr, also 3000 Euro im Monat.", None)],
        ["period_mismatch"],
        id="a_flow_restated_on_another_basis_must_fit_it",
    ),
    pytest.param(
        [("Der Konzern setzte 2,4 Mrd. Euro im Jahr um, das sind 600 Mio. Euro im Quartal.", None)],
        [],
        id="a_flow_restated_on_another_basis_that_fits_is_no_flag",
    ),
    pytest.param(
        [
            (
                (
                    "Jeder Haushalt zahlt künftig 2,40 Euro im Monat, 60 Cent mehr als bisher. Die Sender haben damit "
                    "pro Jahr rund 280 Millionen Euro mehr."
                ),
                None,
            )
        ],
        [],
        id="a_rise_per_household_and_per_month_is_not_restated_by_the_broadcasters_yearly_sum",
    ),
    pytest.param(
        [("Die Stiftung erhält 30 Millionen Euro pro Jahr und damit fast 3 Millionen Euro pro Monat.", None)],
        ["period_mismatch"],
        id="just_under_a_one_digit_figure_leaves_no_room_above_it",
    ),
    pytest.param(
        [("Die Stiftung erhält 33 Millionen Euro pro Jahr und damit knapp 3 Millionen Euro pro Monat.", None)],
        [],
        id="just_under_a_figure_holds_what_lies_a_little_below_it",
    ),
    pytest.param(
        [
            (
                (
                    "Laut Tariftabelle der Feuerwehr erhält ein Brandmeister ohne Zulagen etwa 4 000 Euro. Das klingt "
                    "nach viel. Nach der Tariftabelle der Feuerwehr stehen einem Brandmeister ohne Zulagen aber nur "
                    "3120,50 Euro zu."
                ),
                None,
            )
        ],
        ["conflict"],
        id="one_article_telling_a_figure_twice_in_words_it_has_nowhere_else_must_agree",
    ),
    pytest.param(
        [
            (
                (
                    "Die Stiftung Lindenhof zahlt 3 Millionen Euro für das Museum. Die Stiftung Lindenhof "
                    "gibt 1 Million Euro für die Schule. Die Stiftung Lindenhof wurde 1990 gegründet."
                ),
                None,
            )
        ],
        [],
        id="the_subject_an_article_repeats_everywhere_links_none_of_its_figures",
    ),
    pytest.param(
        [
            (
                (
                    "Auf einen Haushalt mit einem Jahresverbrauch von 4000 Kilowattstunden kommen Mehrkosten "
                    "von gut 90 Euro im Monat zu. Das Vergleichsportal nennt für einen Jahresverbrauch von "
                    "4000 Kilowattstunden "
                    "Mehrkosten von 110 Euro im Jahr."
                ),
                None,
            )
        ],
        ["period_mismatch"],
        id="one_flow_told_twice_near_as_written_but_far_on_one_basis_has_a_wrong_period",
    ),
    pytest.param(
        [
            (
                (
                    "Auf einen Haushalt mit einem Jahresverbrauch von 4000 Kilowattstunden kommen Mehrkosten "
                    "von gut 90 Euro im Monat zu. Das Vergleichsportal nennt für einen Jahresverbrauch von "
                    "4000 Kilowattstunden "
                    "Mehrkosten von 1110 Euro im Jahr."
                ),
                None,
            )
        ],
        [],
        id="one_flow_told_per_month_and_per_year_that_fits_is_no_flag",
    ),
    pytest.param(
        [
            (
                "Keltron zahlt 550 Mio. Dollar\n\nDie Firma Keltron zahlt eine Strafe von 550 Millionen Euro.",
                "2024-05-02",
            )
        ],
        ["fx_conversion"],
        id="the_same_digits_of_one_figure_in_two_currencies_are_a_swapped_label",
    ),
    pytest.param(
        [
            (
                "Keltron gab 2023 rund 34 Mio. Euro aus, davon 42 Mio. Euro für Forschung und 41 Mio. für Werbung.",
                None,
            )
        ],
        ["parts_total"],
        id="parts_after_davon_above_their_total",
    ),
    pytest.param(
        [("Keltron gab 2023 rund 90 Mio. Euro aus, davon 42 Mio. Euro für Forschung.", None)],
        [],
        id="parts_after_davon_may_be_some_of_the_total",
    ),
    pytest.param(
        [
            ("Keltron zahlt 550 Mio. Dollar Strafe.", "2024-05-02"),
            ("Die Firma Keltron zahlt eine Strafe von 550 Millionen Euro.", "2024-05-03"),
        ],
        ["fx_conversion"],
        id="the_same_digits_in_two_currencies_in_two_reports_of_one_subject_are_a_swapped_label",
    ),
    pytest.param(
        [
            ("Keltron zahlt 550 Mio. Dollar Strafe.", "2021-05-02"),
            ("Die Firma Keltron zahlt eine Strafe von 550 Millionen Euro.", "2024-05-03"),
        ],
        [],
        id="the_same_digits_in_two_currencies_years_apart_are_two_events",
    ),
    pytest.param(
        [("Keltron erhält 550 Mio. Dollar aus Texas. Aldona bekommt 550 Mio. Euro aus Bayern.", "2024-05-02")],
        [],
        id="the_same_digits_of_two_subjects_in_two_currencies_are_no_flag",
    ),
    pytest.param(
        [
            ("Der Gewinn von Keltron lag 2023 bei 4 Mrd. Euro.", "2024-02-01"),
            ("Der bereinigte Gewinn von Keltron lag 2023 bei 5 Mrd. Euro.", "2024-02-02"),
        ],
        [],
        id="two_measures_of_one_metric_are_not_compared",
    ),
    pytest.param(
        [
            ("Die Bewertung von Keltron lag pre-money bei 2,0 Mrd. Euro.", "2024-02-01"),
            ("Die Bewertung von Keltron lag post-money bei 2,5 Mrd. Euro.", "2024-02-02"),
        ],
        [],
        id="pre_money_and_post_money_valuations_are_not_compared",
    ),
    pytest.param(
        [
            (
                (
                    "Keltron kauft den Rivalen Aldona für 8 Mrd. Dollar einschließlich Schulden. Der Kaufpreis für "
                    "die Aktien liegt bei 6,5 Mrd. Dollar."
                ),
                "2024-09-03",
            ),
        ],
        [],
        id="a_price_with_the_debt_taken_on_and_the_price_of_the_shares_are_not_compared",
    ),
    pytest.param(
        [
            (
                (
                    "Bundeshaushalt: Brandel plant neue Kredite\n\nFinanzminister Brandel will 2025 Kredite über "
                    "51 Mrd. Euro aufnehmen."
                ),
                "2024-07-18",
            ),
            (
                (
                    "Bundeshaushalt: Schulden steigen\n\nEinschließlich der Sondervermögen will Finanzminister "
                    "Brandel 2025 Kredite über 89 Mrd. Euro aufnehmen."
                ),
                "2024-07-18",
            ),
        ],
        [],
        id="a_budget_s_borrowing_with_its_special_funds_is_another_measure",
    ),
    pytest.param(
        [
            (
                "Keltron peilt nun rund 3,5 Mrd. Euro an. Bislang hatte Keltron mit bis zu 2,9 Mrd. Euro gerechnet.",
                None,
            )
        ],
        ["note:revision"],
        id="a_figure_marked_as_the_old_one_is_a_revision_note_never_a_conflict",
    ),
    pytest.param(
        [
            (
                (
                    "Kornmark rechnet mit einem Verlust von 5 Mrd. Dollar (rund 4,5 Mrd. Euro).\n\nKornmark hatte "
                    "schon im Herbst gewarnt, war aber nur von etwa 3 Mrd. Euro ausgegangen."
                ),
                "2025-03-01",
            )
        ],
        ["note:revision"],
        id="what_a_subject_had_expected_in_the_pluperfect_is_the_old_figure_of_the_one_before_as_restated",
    ),
    pytest.param(
        [("Kornmark erwartet nun 70 Mrd. Euro Umsatz. Der Konzern hatte mit 75 Mrd. Euro Umsatz gerechnet.", None)],
        ["note:revision"],
        id="what_a_subject_had_expected_in_the_pluperfect_is_the_old_figure_without_a_cue_word",
    ),
    pytest.param(
        [
            (
                (
                    "Baumkraft legt zu\n\nDie Baumarktkette Baumkraft hat 2024 ihren Umsatz auf 9,2 Mrd. Euro "
                    "gesteigert. In Deutschland setzte Baumkraft 6,1 Mrd. Euro um."
                ),
                "2025-03-04",
            ),
            (
                (
                    "Konkurrent Holzwerk wächst\n\nDie Baumarktkette Holzwerk hat 2024 ihren Umsatz auf 7,0 Mrd. "
                    "Euro gesteigert. In Deutschland setzte Holzwerk 4,4 Mrd. Euro um."
                ),
                "2025-03-05",
            ),
        ],
        [],
        id="two_subjects_that_share_only_a_name_as_common_as_a_country_are_two",
    ),
    pytest.param(
        [
            ("Baumkraft legt zu\n\nDie Baumarktkette Baumkraft setzte 2024 rund 9,2 Mrd. Euro um.", "2025-03-04"),
            (
                "baumkraft wächst\n\nim inland setzte die baumarktkette baumkraft 2024 rund 6,1 milliarden euro um.",
                "2025-03-05",
            ),
        ],
        [],
        id="a_figure_told_for_the_home_market_is_a_segment_also_in_lower_case",
    ),
    pytest.param(
        [
            (
                (
                    "Baumkraft legt zu\n\nIn Deutschland setzte die Baumarktkette Baumkraft 2024 rund 6,1 Mrd. "
                    "Euro um, im Ausland 3,1 Mrd. Euro."
                ),
                "2025-03-04",
            ),
            (
                (
                    "Baumkraft wächst\n\nDer Umsatz der Baumarktkette Baumkraft lag 2024 bei 9,2 Mrd. Euro. "
                    "Davon entfielen 6,1 Mrd. Euro auf Deutschland und 3,1 Mio. Euro auf das Ausland."
                ),
                "2025-03-05",
            ),
        ],
        ["scale_error"],
        id="of_several_regions_in_a_clause_each_is_the_nearest_figure_s",
    ),
    pytest.param(
        [("Das Monatsticket für Pendler kostet ab Januar 64 Euro statt bisher 52 Euro.", None)],
        [],
        id="a_level_that_takes_effect_from_a_day_instead_of_the_one_so_far_is_a_change_not_a_revision",
    ),
    pytest.param(
        [
            (
                (
                    "Die Stadtwerke erhöhen zum 1. Januar den Strompreis. Die Kilowattstunde kostet dann 41,2 Cent "
                    "statt bisher 36,8 Cent."
                ),
                None,
            )
        ],
        [],
        id="a_level_that_takes_the_day_of_the_sentence_before_is_a_change_not_a_revision",
    ),
    pytest.param(
        [
            (
                "Der Versorger senkt seine Prognose: Er erwartet nun 3,1 Mrd. Euro Gewinn statt bisher 3,6 Mrd. Euro.",
                None,
            )
        ],
        ["note:revision"],
        id="a_figure_instead_of_the_one_so_far_with_no_day_it_takes_effect_from_is_revised",
    ),
    pytest.param(
        [
            (
                (
                    "Im zweiten Quartal setzte Kessbach 1,79 Mrd. Euro um. Der Gewinn lag bei 101 Mio. Euro. Im ersten "
                    "Halbjahr kam Kessbach damit auf einen Umsatz von 3,46 Mrd. Euro."
                ),
                None,
            )
        ],
        [],
        id="a_half_year_sum_after_a_quarter_s_figure_of_another_metric_is_no_restated_basis",
    ),
    pytest.param(
        [("Ein Stürmer verdient 24 Millionen im Jahr und damit fast 3 Millionen Euro im Monat.", None)],
        ["period_mismatch"],
        id="a_yearly_pay_restated_per_month_must_agree",
    ),
    pytest.param(
        [
            (
                (
                    "Kessbach legt zu\n\nDer Maschinenbauer Kessbach setzte im dritten Quartal 1,84 Mrd. Euro um. "
                    "Der Gewinn lag im Quartal bei 112 Mio. Euro."
                ),
                "2025-10-23",
            ),
            (
                "Kessbach stabil\n\nDer Maschinenbauer Kessbach verdiente im zweiten Quartal 101 Mio. Euro.",
                "2025-07-24",
            ),
        ],
        [],
        id="a_quarter_told_without_its_number_is_the_one_its_article_names",
    ),
    pytest.param(
        [
            (
                (
                    "Lindau: Strompreis steigt\n\nKunden der Stadtwerke Lindau müssen ab Januar mehr zahlen. Der "
                    "Arbeitspreis steigt auf 38,9 Cent je Kilowattstunde."
                ),
                "2025-11-20",
            ),
            (
                (
                    "Strom in Falkenau wird teurer\n\nFalkenau (dpx) - Kunden der Stadtwerke Falkenau zahlen ab Januar "
                    "mehr für Strom: Der Arbeitspreis steigt von 34,9 auf 38,5 Cent je Kilowattstunde."
                ),
                "2025-11-20",
            ),
        ],
        [],
        id="a_report_that_mentions_only_common_words_of_another_s_names_is_not_about_its_subject",
    ),
    pytest.param(
        [("Die Gebühr für den Anwohnerausweis soll von 30,70 Euro auf 120 Euro im Jahr steigen.", None)],
        [],
        id="a_level_planned_to_move_from_one_figure_to_another_is_a_change_not_a_revision",
    ),
    pytest.param(
        [("Die Regierung will den Zuschuss je Kind von 250 Euro auf 255 Euro anheben.", None)],
        [],
        id="a_level_someone_wants_to_raise_is_a_change_not_a_revision",
    ),
    pytest.param(
        [("Kornmark hebt die Umsatzprognose von 5 Mrd. Euro auf 5,5 Mrd. Euro an.", None)],
        ["note:revision"],
        id="a_forecast_moved_is_revised_though_its_first_figure_as_rounded_reaches_the_second",
    ),
    pytest.param(
        [("Nach dem Entwurf soll der Anteil der Zuschüsse von bisher 40 Mrd. Euro auf 36 Mrd. Euro sinken.", None)],
        ["note:revision"],
        id="a_figure_moved_from_what_it_was_so_far_is_revised",
    ),
    pytest.param(
        [("Kornmark hat einen Gewinn von 5,4 Mrd. Euro erzielt. Analysten hatten mit 6 Mrd. Euro gerechnet.", None)],
        [],
        id="what_others_had_expected_is_no_old_figure",
    ),
    pytest.param(
        [("Das Ministerium hatte die Schäden auf 18 Mrd. Euro geschätzt, davon 13 Mrd. Euro im Inland.", None)],
        [],
        id="what_was_estimated_in_the_pluperfect_is_no_old_figure",
    ),
    pytest.param(
        [
            (
                "Die Stadt beziffert den Schaden auf 12 Mio. Euro, die Versicherer sprechen von 15 Mio. Euro.",
                None,
            )
        ],
        ["conflict"],
        id="two_sources_giving_one_quantity_two_figures_in_one_sentence_conflict",
    ),
    pytest.param(
        [("Der Konzern beziffert den Umsatz auf 5 Mrd. Euro, Analysten schätzen den Gewinn auf 1 Mrd. Euro.", None)],
        [],
        id="two_sources_giving_figures_of_two_metrics_do_not",
    ),
    pytest.param(
        [("Keltron erhält zu seinem Grundgehalt von 750 000 Euro diese Saison rund 1,4 Mio. Euro Gehalt.", None)],
        ["conflict"],
        id="two_figures_of_one_metric_in_one_clause_are_one_fact_twice",
    ),
    pytest.param(
        [("Keltron erhält zusätzlich zu seinem Grundgehalt von 750 000 Euro rund 1,4 Mio. Euro Gehalt.", None)],
        [],
        id="a_figure_set_beside_the_other_is_another_thing",
    ),
    pytest.param(
        [
            (
                (
                    "Bund, Länder und Gemeinden hatten Ende März 2,0 Billionen Euro Schulden. Die Länder wiesen "
                    "knapp 620 Milliarden Euro an Schulden aus. Die Schulden der Gemeinden stiegen auf 130 Mrd. Euro."
                ),
                None,
            )
        ],
        [],
        id="sentences_of_one_article_that_only_share_its_subject_tell_two_things",
    ),
    pytest.param(
        [
            ("Die Kosten lagen am Ende bei 812 Millionen Euro, geplant waren ursprünglich 150 Millionen.", None),
            ("Die Baukosten stiegen von anfangs erwarteten 60 Millionen auf 812 Millionen Euro.", "2021-03-01"),
        ],
        ["conflict", "note:revision", "note:revision"],
        id="two_reports_revising_to_one_rare_figure_disagree_on_the_old_one",
    ),
    pytest.param(
        [
            ("Die Kosten lagen am Ende bei 812 Millionen Euro, geplant waren ursprünglich 60 Millionen.", None),
            ("Die Baukosten stiegen von anfangs erwarteten 60 Millionen auf 812 Millionen Euro.", "2021-03-01"),
        ],
        ["note:revision", "note:revision"],
        id="two_reports_revising_to_one_figure_from_one_old_figure_agree",
    ),
    pytest.param(
        [
            ("Die Kosten lagen am Ende bei 80 Millionen Euro, geplant waren ursprünglich 15 Millionen.", None),
            ("Die Baukosten stiegen von anfangs erwarteten 6 Millionen auf 80 Millionen Euro.", "2021-03-01"),
        ],
        ["note:revision", "note:revision"],
        id="a_round_new_figure_is_no_sign_of_one_change",
    ),
    pytest.param(
        [
            (
                "Der Fonds umfasst 600 Milliarden Euro. Verteilt auf zwölf Jahre sind das 60 Milliarden Euro jährlich.",
                None,
            )
        ],
        ["period_mismatch"],
        id="a_sum_spread_over_years_restated_per_year_must_meet_it",
    ),
    pytest.param(
        [
            (
                "Der Fonds umfasst 600 Milliarden Euro. Verteilt auf zwölf Jahre sind das 50 Milliarden Euro jährlich.",
                None,
            )
        ],
        [],
        id="a_sum_spread_over_years_restated_rightly",
    ),
    pytest.param(
        [
            (
                (
                    "Statt 100 Millionen Euro stehen nun 200 Millionen Euro bereit. Die versicherten Schäden "
                    "liegen bei über zwei Milliarden Euro."
                ),
                None,
            )
        ],
        ["note:revision"],
        id="a_correcting_word_corrects_the_figure_after_it_not_a_later_one",
    ),
    pytest.param(
        [("Nach der Prüfung lag der Umsatz nicht bei 885 Millionen Euro, sondern nur bei 255 Millionen Euro.", None)],
        ["note:revision"],
        id="nicht_x_sondern_y_puts_one_figure_in_place_of_the_other",
    ),
    pytest.param(
        [("Aus den gut 100 Euro im Monat wurden nach der Korrektur mehr als 100 Euro im Jahr.", None)],
        ["note:revision"],
        id="aus_x_wurden_y_puts_one_figure_in_place_of_the_other_also_its_period",
    ),
    pytest.param(
        [("Keltron investierte nicht 5 Mrd. Euro in Europa, sondern 3 Mrd. Euro in Asien.", None)],
        [],
        id="nicht_x_here_sondern_y_there_is_a_contrast",
    ),
    pytest.param(
        [
            ("Keltron zahlte 2015 eine Strafe von 706 Millionen Dollar.", "2016-01-02"),
            ("Der Umsatz von Keltron lag 2015 bei 706 Mio. Euro.", "2016-01-03"),
        ],
        [],
        id="a_fine_and_a_revenue_with_the_same_digits_are_no_swapped_label",
    ),
    pytest.param(
        [
            (
                (
                    "Keltron investierte 2023 etwa 10,9 Milliarden Euro. Insgesamt flossen 2023 davon 11 Mio. "
                    "Euro in die Forschung."
                ),
                None,
            )
        ],
        [],
        id="figures_near_each_other_at_a_thousandfold_only_through_a_qualifier_are_no_slip",
    ),
    pytest.param(
        [
            ("Insgesamt flossen bei Keltron 2023 genau 102 Mio. Euro in den Vertrieb.", "2024-01-02"),
            ("Keltron zahlte 2023 eine Strafe von 102 Millionen Dollar.", "2024-01-03"),
        ],
        [],
        id="two_reports_of_one_company_with_one_value_in_two_currencies_for_two_things_are_no_swap",
    ),
    pytest.param(
        [("Von den 500 Millionen Euro sind für die Länder nur 100 Milliarden Euro vorgesehen.", None)],
        ["parts_total"],
        id="a_part_after_a_clause_that_opens_with_its_whole_must_not_exceed_it",
    ),
    pytest.param(
        [("Der Umsatz stieg von 5 Mrd. Euro auf 7 Mrd. Euro.", None)],
        [],
        id="von_x_auf_y_is_a_change_not_a_whole_and_its_part",
    ),
    pytest.param(
        [("Von den 2,4 Billionen Euro gehen 1.310 Mrd. Euro in den Haushalt, der Rest in den Fonds.", "2020-07-01")],
        [],
        id="a_clause_that_opens_with_the_whole_takes_a_part_from_it",
    ),
    pytest.param(
        [("Insgesamt sollen 1,2 Mrd. Euro fließen, davon 150 Mio. Euro vom Land und 1,3 Mrd. Euro von Banken.", None)],
        ["parts_total"],
        id="parts_after_the_verb_of_their_totals_clause",
    ),
    pytest.param(
        [
            (
                "Lumetra hat im dritten Quartal 8,1 Mrd. Dollar umgesetzt, nach 6,2 Mrd. Dollar im Vorjahresquartal.",
                None,
            ),
            ("Lumetra hat seine Umsatzprognose für das vierte Quartal auf 8,7 Mrd. Dollar gesenkt.", None),
        ],
        [],
        id="a_forecast_named_by_a_compound_is_not_weighed_against_an_actual_figure",
    ),
    pytest.param(
        [("Aus geplanten Kosten von 90 Millionen Euro wurden am Ende mehr als 700 Millionen.", None)],
        ["note:revision"],
        id="what_a_figure_became_is_a_change_not_the_figure_told_twice",
    ),
    pytest.param(
        [
            (
                "Die Bank gibt 2 Mrd. Euro an die Aktionäre. Für den geplanten Stellenabbau bildet sie 1,3 Mrd. Euro.",
                "2025-02-06",
            )
        ],
        [],  # "geplanten" leads the job cuts, not the figure: no old figure
        id="a_planned_thing_before_a_figure_does_not_make_it_an_old_one",
    ),
    pytest.param(
        [("Der Verlust lag bei 3,7 Mrd. Euro. Im Jahr davor hatte der Verlust noch 28,1 Yuan betragen.", None)],
        ["scale_error"],
        id="a_small_figure_that_a_scale_word_would_make_the_large_one_of_its_metric_lost_it",
    ),
    pytest.param(
        [("Der Verlust lag bei 3,7 Mrd. Euro. Je Aktie betrug der Verlust 28,1 Yuan.", None)],
        [],
        id="a_figure_per_unit_is_rightly_small",
    ),
    pytest.param(
        [("Die Gemeinden haben bislang 40 000 Euro abgerufen. Im Fonds liegen 300 000 Euro.", "2024-05-02")],
        [],
        id="a_running_total_so_far_is_no_old_figure",
    ),
    pytest.param(
        [
            (
                (
                    "Mietzuschuss für 4.000 Familien – 12 Millionen Euro (Morgenblatt 03.04.21)\n\n"
                    "Mietzuschuss für 4.000 Familien – höchstens 8 Millionen Euro (Radio Nord 11.05.21)"
                ),
                None,
            )
        ],
        ["qualifier_conflict"],
        id="two_lines_alike_but_for_the_figure_and_their_source_tell_one_quantity",
    ),
    pytest.param(
        [
            (
                (
                    "Mietzuschuss für Bremen – 12 Millionen Euro (Morgenblatt 03.04.21)\n\n"
                    "Mietzuschuss für Kiel – höchstens 8 Millionen Euro (Radio Nord 11.05.21)"
                ),
                None,
            )
        ],
        [],
        id="two_lines_alike_but_for_the_figure_and_a_name_tell_two_quantities",
    ),
    pytest.param(
        [
            (
                "Herrand verkauft 8.000 Wohnungen in Norddeutschland für 1,45 Milliarden Euro an den Fonds Skarvo.",
                "2025-06-16",
            ),
            (
                (
                    "Herrand hatte im vergangenen Jahr Wohnungen in Norddeutschland für 3,2 Milliarden Euro an den "
                    "Fonds Skarvo verkauft."
                ),
                "2025-06-17",
            ),
        ],
        [],
        id="a_price_placed_in_a_past_period_is_another_event_than_one_of_a_later_report_with_none",
    ),
    pytest.param(
        [
            (
                (
                    "Das Land will den Kliniken im kommenden Jahr 3,4 Milliarden Euro zahlen. Von den 3,4 Milliarden "
                    "entfallen 1,2 Milliarden auf Neubauten und 0,8 Milliarden auf Geräte."
                ),
                "2025-10-01",
            ),
            (
                (
                    "Im Haushalt des Landes stehen für die Kliniken 3,4 Milliarden Euro bereit. Für Neubauten sind "
                    "1,2 Milliarden vorgesehen, für Geräte 1,8 Milliarden."
                ),
                "2025-10-02",
            ),
        ],
        ["conflict"],
        id="the_parts_of_a_planned_whole_told_again_are_a_plan",
    ),
    pytest.param(
        [
            ("Brandorf kauft den Softwareanbieter Quenta für 1,6 Milliarden Euro.", "2025-05-06"),
            (
                (
                    "Brandorf übernimmt Quenta für 1,6 Mrd. Euro. Vor vier Jahren hatte Brandorf für 700 Mio. Euro "
                    "einen Rivalen gekauft."
                ),
                "2025-05-06",
            ),
        ],
        [],
        id="a_price_told_some_years_back_is_another_event",
    ),
    pytest.param(
        [
            ("Der FC Westbury verpflichtet den Stürmer Ivo Dalić für 68 Millionen Euro.", "2025-11-05"),
            (
                (
                    "Westbury holt Stürmer Ivo Dalić. Schon 2023 hatte Westbury für einen Stürmer 85 Millionen Euro "
                    "ausgegeben."
                ),
                "2025-11-06",
            ),
        ],
        [],
        id="a_figure_of_a_year_that_ended_more_than_a_year_before_another_report_is_another_figure",
    ),
    pytest.param(
        [
            ("Ende 2024 lagen die Schulden der Stadt Lennbach bei 310 Millionen Euro.", "2025-03-04"),
            ("Die Schulden der Stadt Lennbach liegen bei 340 Millionen Euro.", "2025-03-06"),
        ],
        ["conflict"],
        id="a_stock_at_the_end_of_last_year_and_one_told_without_a_year_in_spring_may_be_one",
    ),
    pytest.param(
        [
            ("Keltron baut in Dresden ein Werk. Der Bund unterstützt das Vorhaben mit rund 5 Mrd. Euro.", "2024-03-05"),
            ("Keltron legt den Grundstein in Dresden. Die staatliche Förderung beträgt 500 Mio. Euro.", "2024-03-20"),
        ],
        ["scale_error"],
        id="a_public_body_s_aid_is_about_whom_the_article_is_about",
    ),
    pytest.param(
        [
            (
                (
                    "Stadtwerke Brelten: Verlust\n\nDie Stadtwerke Brelten haben 2024 einen Verlust von 18,4 Mio. Euro "
                    "gemacht. Die Stadtwerke wollen bis 2026 jährlich 2 Mio. Euro sparen."
                ),
                "2025-03-10",
            ),
            (
                "FC Brelten im Minus\n\nDer FC Brelten hat 2024 einen Verlust von 12,3 Mio. Euro gemacht.",
                "2025-03-11",
            ),
        ],
        [],
        id="two_subjects_of_one_town_each_told_by_a_name_the_other_report_never_mentions",
    ),
    pytest.param(
        [
            ("Brandorf zahlt für 2024 eine Dividende von 2,10 Euro je Aktie.", "2025-03-06"),
            ("Für 2023 hatte Brandorf seinen Aktionären eine Dividende von 1,80 Euro je Aktie gezahlt.", "2025-03-07"),
        ],
        [],
        id="dividends_of_two_named_years_are_two_figures",
    ),
    pytest.param(
        [
            ("Brandorf zahlt seinen Aktionären eine Dividende von 2,10 Euro je Aktie.", "2025-03-06"),
            ("Die Aktionäre von Brandorf erhalten eine Dividende von 1,80 Euro je Aktie.", "2024-03-07"),
        ],
        [],
        id="dividends_of_reports_a_year_apart_are_two_figures",
    ),
    pytest.param(
        [
            ("Brandorf zahlt seinen Aktionären eine Dividende von 2,10 Euro je Aktie.", "2025-03-06"),
            ("Die Aktionäre von Brandorf erhalten eine Dividende von 2,40 Euro je Aktie.", "2025-03-08"),
        ],
        ["conflict"],
        id="dividends_of_reports_days_apart_are_one_figure",
    ),
    pytest.param(
        [
            (
                (
                    "Solvara hat von Januar bis Juni 23,4 Mrd. Euro umgesetzt und 4,12 Mrd. Euro verdient. Im "
                    "zweiten Quartal allein lag der Umsatz bei 11,9 Mrd. Euro."
                ),
                "2025-07-18",
            )
        ],
        [],
        id="each_part_of_a_coordination_is_what_the_participle_after_it_names",
    ),
    pytest.param(
        [
            (
                "Mit 35 Mio. Euro ist es der teuerste Verkauf des Vereins. Der bisherige Rekord lag bei 30 Mio. Euro.",
                None,
            )
        ],
        [],
        id="the_former_record_is_another_quantity_not_an_old_figure",
    ),
    pytest.param(
        [
            (
                (
                    "Der Bund verkaufte Aktien für 1,17 Mrd. Euro. Er hält danach noch 14 Prozent an dem "
                    "Unternehmen, dessen Wert 4,5 Mrd. Euro beträgt."
                ),
                None,
            )
        ],
        [],
        id="a_share_in_a_sentence_that_does_not_point_back_is_not_of_the_figure_before",
    ),
    pytest.param(
        [("Die Miete sei um 200 Euro zu hoch, sagt der Mieterbund.", None)],
        [],
        id="a_difference_with_no_figure_before_it_corrects_nothing",
    ),
    pytest.param(
        [("Die Mission kostete das Heer bislang 4,8 Mrd. Euro. Insgesamt gab der Bund 6,1 Mrd. Euro aus.", None)],
        [],
        id="so_far_with_a_past_verb_and_no_expectation_is_a_running_total",
    ),
    pytest.param(
        [("Die Hallenmiete lag bislang bei 3,2 Mio. Euro im Jahr. Nun zahlt der Verein 3,9 Mio. Euro.", None)],
        ["note:revision"],
        id="so_far_before_a_figure_told_as_the_one_now_marks_an_old_figure",
    ),
    pytest.param(
        [
            (
                (
                    "Die Pacht lag bisher bei 204 Mio. Euro, nun werden bei einem Volumen von 1,31 Mrd. Euro "
                    "im Schnitt 318 Mio. Euro pro Jahr fällig."
                ),
                None,
            )
        ],
        ["note:revision"],
        id="the_new_figure_of_an_old_one_is_the_one_within_a_factor_of_two_before_the_nearest",
    ),
    pytest.param(
        [
            (
                (
                    "Es wird mit 17 Milliarden Euro Zuschuss gerechnet. Ursprünglich wurde mit einem Zuschuss von "
                    "3,3 Milliarden Euro im Haushalt gerechnet."
                ),
                None,
            )
        ],
        ["note:revision"],
        id="a_sentence_that_opens_with_the_old_figures_word_marks_its_figure",
    ),
    pytest.param(
        [("Keltron senkte seine Prognose für den Betriebsgewinn von 714 Mrd. Yen auf 692 Mrd. Yen.", None)],
        ["note:revision"],
        id="a_forecast_moved_from_one_figure_to_another_is_a_revision",
    ),
    pytest.param(
        [("Der Umsatz von Keltron stieg von 5 Mrd. Euro auf 6 Mrd. Euro.", None)],
        [],
        id="a_level_that_moved_from_one_figure_to_another_is_a_change_not_a_revision",
    ),
    pytest.param(
        [("Die Meldungen belaufen sich statt auf 89 Milliarden nur auf gut 84 Milliarden Euro.", None)],
        ["note:revision"],
        id="an_old_and_a_new_figure_whose_qualifier_lets_them_overlap_are_still_two",
    ),
    pytest.param(
        [("Das Paket umfasst zunächst rund 1,14 Billionen Euro, rund 14 074 Euro je Bürger.", None)],
        [],
        id="a_figure_a_million_times_another_is_no_revision_of_it",
    ),
    pytest.param(
        [("Die Meldungen summieren sich statt auf 64 Milliarden nur auf 0,064 Milliarden Euro.", None)],
        ["scale_error"],
        id="a_correction_whose_new_figure_has_the_old_digits_at_another_scale_is_a_slip_not_a_revision",
    ),
    pytest.param(
        [
            ("Der Gewinn von Keltron lag 2023 bei 45 Mrd. Rand.", "2024-06-01"),
            ("Der Gewinn von Keltron lag 2023 bei 2,2 Mrd. Euro.", "2024-06-03"),
        ],
        ["note:unverifiable"],
        id="linked_figures_with_no_rate_between_them_are_a_note_not_silence",
    ),
    pytest.param(
        [("Keltron rief 60 000 Euro ab. Das entspricht 0,02 % der Mittel von 360 000 Euro.", None)],
        ["parts_total"],
        id="a_share_stated_as_a_percentage_must_be_the_ratio_of_its_figures",
    ),
    pytest.param(
        [("Keltron rief 60 000 Euro ab, das sind 16,7 Prozent der Mittel von 360 000 Euro.", None)],
        [],
        id="a_share_that_is_the_ratio_of_its_figures_is_no_flag",
    ),
    pytest.param(
        [("Von den 8 Mrd. Euro des Programms sind 2 Mrd. Euro abgeflossen, also rund 40 Prozent.", None)],
        ["parts_total"],
        id="a_share_that_restates_a_figure_after_also_must_be_its_ratio",
    ),
    pytest.param(
        [("Von den 8 Mrd. Euro des Programms sind 2 Mrd. Euro abgeflossen, also knapp 27 Prozent.", None)],
        [],  # "knapp" widens it: 25 % is about 27 %
        id="an_approximate_restated_share_near_the_ratio_is_no_flag",
    ),
    pytest.param(
        [("Der Umsatz stieg um 2 Mrd. Euro, also 25 Prozent mehr, auf 10 Mrd. Euro.", None)],
        [],  # a change, measured against the figure before (8), not a share of the 10
        id="a_restated_percentage_of_change_is_no_share",
    ),
    pytest.param(
        [("Brehm hinterlässt 30 Mio. Euro. 14 Mio. Euro erhält die Stiftung, 20 Mio. Euro das Tierheim.", None)],
        ["parts_total"],
        id="who_receives_each_figure_after_a_total_makes_them_its_parts",
    ),
    pytest.param(
        [
            ("Der Neubau der Stadthalle in Keltrup kostet 45 Millionen Euro.", "2025-06-02"),
            (
                (
                    "Keltrup baut Stadthalle\n\nDie Kosten beziffert die Stadt auf 45 Milliarden Euro, ein Teil "
                    "soll über Mittel des Landes gedeckt werden."
                ),
                "2025-06-03",
            ),
        ],
        ["scale_error"],
        id="a_level_of_the_state_in_another_clause_leaves_the_article_s_subject_the_figure_s",
    ),
    pytest.param(
        [
            (
                "Varnholt setzte 2024 18,2 Mrd. Euro um. Die Medizintechnik-Sparte steuerte 4,1 Mrd. Euro bei.",
                "2025-02-20",
            ),
            ("Das Geschäft mit Medizintechnik wuchs bei Varnholt 2024 auf 4,1 Mrd. Euro Umsatz.", "2025-02-20"),
        ],
        [],  # one segment by two names: the segment's figure, not the company's
        id="a_segment_named_by_a_compound_and_by_its_head_with_mit_is_one",
    ),
    pytest.param(
        [("Die Sanierung der Halle kostet statt der bislang veranschlagten 95 Mio. Euro nun 130 Mio. Euro.", None)],
        ["note:revision"],  # an old figure and its new one in one clause: a revision, no figure told twice
        id="an_old_figure_and_its_new_one_in_one_clause_are_a_revision_only",
    ),
    pytest.param(
        [
            (
                (
                    "Zollstreit kostet Milliarden\n\nDie Zölle belasten den Autobauer Velmont mit 2,8 Milliarden Euro. "
                    "In der Mitteilung nannte der Konzern eine Belastung von 2,8 Milliarden Dollar."
                ),
                "2025-05-07",
            )
        ],
        ["fx_conversion"],  # the title's noun is never told again: the lead's name is the subject too
        id="a_title_whose_names_the_text_never_repeats_leaves_the_subject_to_the_lead",
    ),
    pytest.param(
        [
            (
                "Die Stadt mit ihren 50.000 Einwohnern hat Schulden von 400 Mio. Euro. Das sind 800 Euro je Einwohner.",
                None,
            )
        ],
        ["parts_total"],  # 8.000 Euro a head: the restatement per head must meet the total over the count
        id="a_total_restated_per_head_of_a_counted_group_must_meet_the_quotient",
    ),
    pytest.param(
        [
            (
                "Der Konzern mit 12.000 Beschäftigten zahlt 24 Mio. Euro, im Schnitt 2.000 Euro pro Beschäftigtem.",
                None,
            )
        ],
        [],
        id="a_total_restated_per_head_that_meets_the_quotient_is_no_flag",
    ),
    pytest.param(
        [
            (
                "Die Stadt mit rund 50.000 Einwohnern hat Schulden von 400 Mio. Euro. Das sind 800 Euro je Einwohner.",
                None,
            )
        ],
        [],  # a hedged count is no count to divide by
        id="a_total_restated_per_head_of_a_hedged_count_is_not_weighed",
    ),
    pytest.param(
        [
            ("Das Land fördert die Marktplätze in Ahrweil und Birkfeld mit je 1,5 Millionen Euro.", "2025-06-17"),
            ("Geld für Birkfeld\n\nBirkfeld bekommt für den Marktplatz 2,5 Millionen Euro vom Land.", "2025-06-18"),
        ],
        ["conflict"],  # "je": each one's figure, not a total of both that Birkfeld's would be a part of
        id="a_figure_for_each_of_several_named_is_each_one_s_figure",
    ),
    pytest.param(
        [("Hafen investiert 300 Millionen\n\nSeeport will in fünf Jahren 200 Millionen Euro investieren.", None)],
        ["conflict"],  # the title tells the text's one investment in its own way: no period, no plan, but its value
        id="a_title_s_figure_must_meet_the_only_figure_of_its_metric_in_the_text",
    ),
    pytest.param(
        [
            (
                (
                    "Hafen investiert 300 Millionen\n\nSeeport investiert 200 Millionen Euro in Terminals und 100 "
                    "Millionen Euro in Kräne."
                ),
                None,
            )
        ],
        [],  # the text tells two investments: the title may sum them
        id="a_title_s_figure_against_several_of_its_metric_in_the_text_is_not_weighed",
    ),
    pytest.param(
        [("Halvor setzte im Quartal 4,2 Mrd. Dollar um. Experten hatten lediglich 3,9 Mrd. Dollar erwartet.", None)],
        [],  # what others forecast is no old figure of the company's: no revision note
        id="experts_expectation_beside_the_actual_figure_is_no_revision",
    ),
    pytest.param(
        [("Der Umsatz stieg um 5 Prozent auf 3 Mrd. Euro, nach 2,8 Mrd. Euro im Vorjahr.", None)],
        [],
        id="a_percentage_of_change_is_no_share",
    ),
    pytest.param(
        [
            ("Keltron legt Zahlen vor\n\nDer Umsatz des Konzerns lag 2023 bei rund 5 Mrd. Euro.", "2024-02-01"),
            ("Keltron mit Rekord\n\nDer Umsatz des Unternehmens lag 2023 bei rund 50 Mrd. Euro.", "2024-02-02"),
        ],
        ["scale_error"],
        id="der_konzern_is_the_subject_of_the_article_title",
    ),
    pytest.param(
        [
            ("In Deutschland kosteten die Bauten 2023 rund 35 Mrd. Euro.", "2024-02-01"),
            ("In Deutschland kosteten die Bauten 2023 rund 12 Mrd. Euro.", "2024-02-02"),
        ],
        [],
        id="a_name_as_common_as_deutschland_links_no_reports",
    ),
    pytest.param(
        [("Der Bund gibt 2 Milliarden Euro. Die Länder geben 2 Millionen Euro.", None)],
        [],
        id="one_digit_in_two_sentences_is_no_slip_without_a_correcting_word",
    ),
    pytest.param(
        [("Der Umsatz lag 2022 bei 7,5 Millionen Euro. Im Jahr 2023 lag der Umsatz bei 7,5 Milliarden Euro.", None)],
        [],
        id="the_same_digits_of_two_years_are_no_slip",
    ),
    pytest.param(
        [("Norvia zahlte 760 Millionen Rand (etwa 40 Millionen Euro).", "2024-05-02")],
        ["note:unverifiable"],
        id="unverifiable_without_a_rate",
    ),
    pytest.param(
        [
            (
                (
                    "Keltron investierte 2023 genau 30 Mrd. Euro. Aldona investierte 2023 genau 25 Mrd. Euro. "
                    "Die Investitionen von Keltron und Aldona lagen 2023 bei 40 Mrd. Euro."
                ),
                "2024-02-01",
            )
        ],
        ["parts_total"],
        id="parts_total",
    ),
    pytest.param(
        [
            ("Die Investitionen von Keltron sollen bis zu 50 Mrd. Euro betragen.", "2024-02-01"),
            ("Die Investitionen von Keltron sollen mindestens 60 Mrd. Euro betragen.", "2024-02-01"),
        ],
        ["qualifier_conflict"],
        id="qualifier_conflict",
    ),
    pytest.param(
        [
            ("Die Sanierung des Klinikums Keltheim kostet mehr als 2 Mrd. Euro.", "2024-02-01"),
            ("Die Sanierung des Klinikums Keltheim kostet 1,8 Mrd. Euro.", "2024-02-02"),
        ],
        ["qualifier_conflict"],  # a one-digit threshold is no rounded figure: more than 1,96 Mrd., not than 1,5
        id="a_bound_s_round_threshold_excludes_a_figure_a_tenth_below_it",
    ),
    pytest.param(
        [
            ("Die Sanierung des Klinikums Keltheim kostet mehr als 2 Mrd. Euro.", "2024-02-01"),
            ("Die Sanierung des Klinikums Keltheim kostet 1,99 Mrd. Euro.", "2024-02-02"),
        ],
        [],  # within the threshold's rounding
        id="a_bound_s_threshold_is_still_rounded_a_little",
    ),
    pytest.param(
        [
            ("Die Sanierung des Klinikums Keltheim kostet mehr als 800 Millionen Euro.", "2024-02-01"),
            ("Die Sanierung des Klinikums Keltheim kostet 789 Millionen Euro.", "2024-02-02"),
        ],
        ["qualifier_conflict"],  # more than 800 is no 789, though 789 is 1.4 % below it
        id="a_bound_s_threshold_is_rounded_by_at_most_a_hundredth",
    ),
    pytest.param(
        [
            (
                (
                    "Der Umsatz von Keltron lag im ersten Quartal 2023 bei 9 Mrd. Euro. "
                    "Der Umsatz von Keltron lag im Jahr 2023 bei 7 Mrd. Euro."
                ),
                "2024-02-01",
            )
        ],
        ["period_mismatch"],
        id="period_mismatch",
    ),
    pytest.param(
        [
            ("Der Chiphersteller Vantrix aus Eindhoven setzte im dritten Quartal 4,82 Mrd. Euro um.", "2024-10-20"),
            ("Vantrix aus Eindhoven, der Chiphersteller, kam auf einen Jahresumsatz von 4,82 Mrd. Euro.", "2024-10-21"),
        ],
        ["period_mismatch"],
        id="one_figure_that_two_reports_give_two_periods_is_a_period_mix_up",
    ),
    pytest.param(
        [
            ("Der Chiphersteller Vantrix aus Eindhoven setzte im dritten Quartal 4,82 Mrd. Euro um.", "2024-10-20"),
            ("Vantrix aus Eindhoven, der Chiphersteller, kam auf einen Jahresumsatz von 17,3 Mrd. Euro.", "2024-10-21"),
        ],
        [],
        id="a_quarter_and_its_year_told_by_two_reports_are_two_figures",
    ),
    pytest.param(
        [
            ("Der Umsatz von Keltron lag 2023 bei 7 Mrd. Euro.", "2024-02-01"),
            ("Der Umsatz von Keltron lag 2023 bei 9 Mrd. Euro.", "2024-02-01"),
        ],
        ["conflict"],
        id="conflict",
    ),
    pytest.param(
        [
            ("Der Umsatz von Keltron lag 2023 bei 7 Mrd. Euro.", "2024-02-01"),
            ("Der Umsatz von Keltron lag 2023 nach neuen Angaben bei 9 Mrd. Euro.", "2024-03-01"),
        ],
        ["note:revision"],
        id="revision",
    ),
    pytest.param(
        [
            ("Der Umsatz von Keltron lag 2023 bei 7 Mrd. Euro.", "2024-02-01"),
            ("Der Umsatz von Keltron lag 2023 bei rund 7,2 Mrd. Euro.", "2024-02-01"),
        ],
        [],
        id="rounding_compatible",
    ),
    pytest.param(
        [
            (
                (
                    "Keltron will 6 Mrd. Euro investieren\n\n"
                    "Der Staat hat in den letzten zehn Jahren 6 Mrd. Euro Schulden gemacht."
                ),
                "2024-02-01",
            )
        ],
        ["key_mismatch"],
        id="key_mismatch",
    ),
    pytest.param(
        [
            (
                (
                    "Bund macht 89 Mrd. Euro neue Schulden\n\n"
                    "Einschließlich der Sondervermögen nimmt der Bund 2025 Kredite über 89 Mrd. Euro auf."
                ),
                "2024-07-19",
            )
        ],
        [],
        id="a_title_that_leaves_out_the_measure_its_text_adds_gives_no_other_subject_s_figure",
    ),
    pytest.param(
        [
            ("Der Umsatz von Keltron lag 2023 bei 7 Mrd. Euro.", "2024-02-01"),
            ("Der Gewinn von Aldona lag 2023 bei 9 Mrd. Euro.", "2024-02-01"),
        ],
        [],
        id="different_subjects_are_not_compared",
    ),
    pytest.param(
        [
            ("Der Umsatz von Keltron lag 2023 bei 77,8 Mrd. Euro.", "2024-02-01"),
            ("Keltron steigerte 2023 den Umsatz um 2,1 Mrd. Euro auf 77,8 Mrd. Euro.", "2024-02-01"),
        ],
        [],
        id="a_change_is_not_a_level",
    ),
    pytest.param(
        [
            ("Alibaba investiert 53 Mrd. Dollar in KI-Rechenzentren.", "2024-02-01"),
            ("Alibaba investiert 1 Mrd. Dollar in Startup Moonshot.", "2024-02-01"),
        ],
        [],
        id="names_that_mostly_differ_are_not_compared",
    ),
    pytest.param(
        [
            ("Der Umsatz von Keltron lag 2023 bei 7 Mrd. Euro.", "2024-02-01"),
            ("Der Umsatz von Keltron lag 2023 bei 9 Mrd. Euro.", "2024-06-01"),
        ],
        ["note:revision"],
        id="reports_months_apart_are_a_revision",
    ),
    pytest.param(
        [
            ("Keltron: Umsatz 2023 stieg auf 50 Mrd.", "2024-02-01"),  # euro assumed: no currency written
            ("Der Umsatz von Keltron lag 2023 bei 50 Mrd. Dollar.", "2024-02-02"),
        ],
        [],
        id="an_assumed_currency_meets_no_other_currency",
    ),
    pytest.param(
        [
            ("Keltron: Umsatz 2023 stieg auf 5 Mrd.", "2024-02-01"),
            ("Der Umsatz von Keltron lag 2023 bei 50 Mrd. Euro.", "2024-02-02"),
            ("Der Umsatz von Keltron lag 2023 bei 50 Mrd. Dollar.", "2024-02-02"),
        ],
        ["scale_error", "fx_conversion"],  # the same digits in two currencies: a swapped label, not a conflict
        id="an_assumed_currency_meets_its_own_and_leaves_the_others_compared",
    ),
    pytest.param(
        [
            (
                "Nach der Schätzung gehen die Steuereinnahmen des Landes Norvien bis 2029 um 14,2 Mrd. Euro zurück.",
                "2025-10-20",
            ),
            (
                "Norvien muss bis 2029 mit 14,2 Millionen Euro weniger Steuereinnahmen rechnen, so die Prognose.",
                "2025-10-21",
            ),
        ],
        ["scale_error"],  # a present tense about years to come tells a forecast, as "Prognose" does
        id="a_sentence_about_years_after_the_article_tells_a_forecast",
    ),
    pytest.param(
        [
            ("Die Kommunen erhalten im kommenden Jahr Zuschüsse von 4,7 Milliarden Euro.", "2025-11-04"),
            ("Für 2026 sind Zuschüsse von 4,7 Millionen Euro eingeplant.", "2025-11-05"),
        ],
        ["scale_error"],  # "im kommenden Jahr" placed in the calendar shares the year 2026 as if written
        id="a_year_placed_in_the_calendar_is_a_word_both_reports_share",
    ),
    pytest.param(
        [
            (
                "Die Kommunen in Norvien erhalten 2026 Schlüsselzuweisungen von 5,4 Mrd. Euro aus dem Finanzausgleich.",
                None,
            ),
            ("Norvien zahlt 2026 Schlüsselzuweisungen von 5,4 Millionen Euro, teilte das Finanzministerium mit.", None),
        ],
        ["scale_error"],  # what follows a comma is another clause, not what the figure is for
        id="the_words_after_a_figure_that_name_what_it_is_for_end_with_its_clause",
    ),
    pytest.param(
        [
            ("Die Tarifgemeinschaft beziffert die Mehrkosten der Einigung auf 12,4 Milliarden Euro.", "2025-12-10"),
            ("Die Einigung kostet die Haushalte laut Tarifgemeinschaft 1,24 Milliarden Euro.", "2025-12-11"),
        ],
        ["scale_error"],  # three digits shared at ten times are evidence; "die Haushalte" is who pays the cost
        id="three_digits_shared_at_ten_times_link_and_the_object_of_kosten_pays",
    ),
    pytest.param(
        [
            (
                (
                    "Lindra hat 2015 rund 8,9 Mrd. Euro in sein Werk in Kiel investiert. Insgesamt flossen 2015 "
                    "119 Mio. Euro, davon 59 Mio. Euro in die Forschung und 60 Mio. Euro in den Vertrieb."
                ),
                "2016-01-10",
            ),
            ("Das Unternehmen Lindra investierte 2015 in Kiel etwa 11,9 Milliarden Euro.", "2016-01-11"),
        ],
        ["conflict"],  # not also a slip against "119 Mio.": a figure answers one figure of each other report
        id="a_figure_is_flagged_against_one_figure_of_another_report",
    ),
    pytest.param(
        [("Die Sonderzahlung von 1.500 Euro wird in drei Raten zu je 400 Euro überwiesen.", "2025-03-01")],
        ["parts_total"],  # 3 x 400 = 1.200, not 1.500
        id="a_figure_split_in_a_stated_number_of_equal_parts_must_meet_them",
    ),
    pytest.param(
        [
            ("Die Sonderzahlung von 1.500 Euro wird in drei Raten zu je 500 Euro überwiesen.", "2025-03-01"),
            ("Das Programm umfasst 2 Mio. Euro, 20 Vereine erhalten je 50.000 Euro.", "2025-03-01"),
        ],
        [],  # the count must lead a split ("in drei Raten"): twenty clubs may be some of the programme's
        id="a_split_that_adds_up_and_a_count_of_some_recipients_are_no_finding",
    ),
    pytest.param(
        [
            (
                (
                    "Brüssel verhängt gegen Quorra eine Strafe von 2,95 Milliarden Euro. Im vergangenen Jahr setzte "
                    "Quorra 307 Milliarden Dollar um."
                ),
                "2025-09-05",
            ),
            (
                (
                    "Brüssel: Quorra soll eine Strafe von 2,95 Milliarden Euro zahlen. Quorra-Mutter Vessanto setzte "
                    "zuletzt 350 Milliarden Dollar im Jahr um."
                ),
                "2025-09-06",
            ),
        ],
        [],  # "Quorra-Mutter Vessanto" is the parent, another subject than Quorra
        id="a_hyphenated_relation_names_another_subject",
    ),
    pytest.param(
        [
            ("Im Geschäftsjahr 2023/24 wies die Modekette Vestra einen Verlust von 38 Mio. Euro aus.", "2025-02-03"),
            ("Der Verlust der Modekette Vestra lag im vergangenen Geschäftsjahr bei 83 Mio. Euro.", "2025-02-03"),
        ],
        ["conflict"],  # the last fiscal year before February 2025 may be 2023/24, not only the calendar 2024
        id="a_fiscal_year_need_not_be_the_calendar_year",
    ),
    pytest.param(
        [
            (
                (
                    "Sturm über Nordland: Das Land stellt eine Soforthilfe von 120 Millionen Euro bereit. Die Schäden "
                    "werden nach ersten Schätzungen auf rund 2,3 Milliarden Euro beziffert."
                ),
                "2024-06-12",
            ),
            (
                (
                    "sturm über nordland: das land gibt 120 millionen euro soforthilfe. der gesamtschaden wird auf 23 "
                    "milliarden euro geschätzt."
                ),
                "2024-06-12",
            ),
        ],
        ["scale_error"],  # reports of one story, each with one figure of the damage
        id="the_only_figure_of_a_metric_in_each_report_of_a_story_is_one_quantity",
    ),
    pytest.param(
        [
            ("Der Sturm Ulvo hat in Nordland Schäden von rund 2,3 Milliarden Euro verursacht.", "2024-06-12"),
            ("Die versicherten Schäden des Sturms Ulvo in Nordland liegen bei 900 Mio. Euro.", "2024-06-12"),
            ("Die versicherten Schäden des Sturms Ulvo in Nordland liegen bei 2,9 Mrd. Euro.", "2024-06-13"),
        ],
        ["parts_total", "conflict"],  # the insured part may be below the damage, never above it; two insured differ
        id="an_insured_part_of_a_damage_must_not_exceed_it",
    ),
    pytest.param(
        [("Kelmo erwartet nun 49 bis 50 Mrd. Franken Umsatz, bisher waren 48 bis 49 Mrd. angepeilt.", "2025-10-23")],
        ["note:revision"],  # two ranges that share an end are two forecasts
        id="a_range_revised_to_one_that_shares_an_end_is_a_revision",
    ),
    pytest.param(
        [
            ("Das Ergebnis vor Steuern von Dorvalt stieg 2024 auf 96,4 Mio. Euro.", "2025-04-08"),
            ("Vor Steuern verdiente Dorvalt 964 Mio. Euro.", "2025-04-08"),
        ],
        ["scale_error"],  # "verdiente" (earnings) and "Ergebnis" (profit) of one measure meet; "Steuern" names no one
        id="one_measure_of_metrics_that_meet_and_a_measure_s_noun_is_no_name",
    ),
    pytest.param(
        [
            ("Im Haushalt 2026 von Kellbach klafft eine Lücke von 4,8 Millionen Euro.", "2025-11-18"),
            ("Kellbach rechnet im Haushalt 2026 mit einem Fehlbetrag von 48 Millionen Euro.", "2025-11-19"),
        ],
        ["scale_error"],  # the noun the figure completes ("Fehlbetrag von", "Lücke von") names it, not the budget
        id="the_noun_a_figure_completes_with_von_names_its_metric",
    ),
    pytest.param(
        [
            ("Im Haushalt 2026 von Kellbach klafft eine Lücke von 4,8 Millionen Euro.", "2025-11-18"),
            ("Der Haushalt 2026 von Kellbach umfasst 48 Millionen Euro.", "2025-11-19"),
        ],
        [],  # the gap in a budget is not the budget
        id="a_gap_in_a_budget_is_not_the_budget",
    ),
    pytest.param(
        [
            (
                "Nach dem Hochwasser stehen für die Soforthilfe des Landes 300.000 Euro bereit.",
                "2024-06-14",
            ),
            (
                "Für die Soforthilfe nach dem Hochwasser stehen 300 Millionen Euro bereit.",
                "2025-06-11",
            ),
        ],
        [],  # figures with no period or year, told in reports a year apart by common words: two floods
        id="figures_without_period_in_reports_half_a_year_apart_are_not_linked_by_words",
    ),
    pytest.param(
        [
            (
                "Nach dem Hochwasser stehen für die Soforthilfe des Landes 300.000 Euro bereit.",
                "2025-06-10",
            ),
            (
                "Für die Soforthilfe nach dem Hochwasser stehen 300 Millionen Euro bereit.",
                "2025-06-11",
            ),
        ],
        ["scale_error"],  # the same, a day apart: one story
        id="figures_without_period_in_reports_a_day_apart_are_linked_by_words",
    ),
    pytest.param(
        [
            (
                "Verteidiger Lasse Arvik wechselt zum SC Wendorf, soll dort pro Saison rund vier Mio. Euro verdienen.",
                "2025-07-01",
            ),
            ("Lasse Arvik soll beim SC Wendorf ein Jahresgehalt von rund vier Millionen Euro erhalten.", "2025-07-01"),
        ],
        [],  # a season of a sports contract is a year: one basis, not two periods
        id="a_season_and_a_year_are_one_basis",
    ),
    pytest.param(
        [
            (
                (
                    "Wechsel perfekt: Jonte Varga geht nach Kelsburg\n\n"
                    "Der Mittelfeldspieler Jonte Varga wechselt von Rostal zum FC Kelsburg. Die Ablöse beträgt 32 "
                    "Millionen Euro, hinzu kommen bis zu fünf Millionen Euro an Sonderzahlungen."
                ),
                "2025-08-01",
            ),
            (
                (
                    "Varga-Wechsel bestätigt\n\n"
                    "Der FC Kelsburg hat Jonte Varga verpflichtet. Die festgeschriebene Ablöse für Varga soll 320 "
                    "Millionen Euro betragen."
                ),
                "2025-08-02",
            ),
        ],
        ["scale_error"],  # "an Sonderzahlungen" is a noun, no name: the figure before it is the subject's fee
        id="a_capitalised_word_with_an_abstract_noun_ending_is_no_name",
    ),
    pytest.param(
        [
            (
                (
                    "Rekordtransfer: Varga wechselt nach Kelsburg\n\n"
                    "Der Mittelfeldspieler Jonte Varga verlässt Rostal und wechselt zum FC Kelsburg. Die Ablöse "
                    "beträgt 32 Millionen Euro. Varga unterschreibt bis 2029."
                ),
                "2025-08-01",
            ),
            (
                (
                    "Rekordtransfer: Verteidiger wechselt für 70 Millionen nach Hamburg\n\n"
                    "Der HSV hat den Verteidiger Amon Feltz verpflichtet. Die Ablöse beträgt nach Medienberichten 70 "
                    "Millionen Euro. Feltz unterschreibt einen Vertrag bis 2030 und soll rund vier Millionen Euro im "
                    "Jahr verdienen."
                ),
                "2025-08-20",
            ),
        ],
        [],  # each report tells its player twice and the other never names him: two subjects, one title word
        id="reports_that_each_tell_a_subject_the_other_never_names_are_about_two",
    ),
    pytest.param(
        [
            (
                (
                    "Rekordtransfer: Varga geht nach Kelsburg\n\n"
                    "Der Stürmer Jonte Varga verlässt Rostal und wechselt zum FC Kelsburg. Die Ablöse beträgt 32 "
                    "Millionen Euro, hinzu kommen Sonderzahlungen. Varga unterschreibt bis 2029."
                ),
                "2025-08-01",
            ),
            (
                (
                    "Rekordtransfer: Feltz geht nach Hamburg\n\n"
                    "Der Stürmer Amon Feltz verlässt Brenau und wechselt zum HSV. Die Ablöse beträgt 38 Millionen "
                    "Euro, hinzu kommen Sonderzahlungen. Feltz unterschreibt bis 2030."
                ),
                "2025-08-03",
            ),
        ],
        [],  # a title's head ("Rekordtransfer:") over a text that names its player twice is a topic, no name
        id="a_title_head_over_a_text_that_names_its_subject_is_a_topic",
    ),
    pytest.param(
        [
            (
                (
                    "Haushalt in Brandorf beschlossen\n\n"
                    "Der Stadtrat von Brandorf hat den Haushalt für 2026 beschlossen. Brandorf gibt 240 Millionen "
                    "Euro aus. Das Defizit von 14 Millionen Euro soll aus Rücklagen gedeckt werden."
                ),
                "2025-12-10",
            ),
            (
                (
                    "Haushalt in Wessing beschlossen\n\n"
                    "Der Stadtrat von Wessing hat den Haushalt für 2026 beschlossen. Wessing gibt 310 Millionen Euro "
                    "aus. Das Defizit von 19 Millionen Euro soll aus Rücklagen gedeckt werden."
                ),
                "2025-12-11",
            ),
        ],
        [],  # two towns' budgets told alike: each report names its town twice, the other never
        id="reports_of_two_subjects_told_alike_are_not_linked",
    ),
    pytest.param(
        [
            (
                (
                    "Stadtrat beschließt Haushalt: Loch von 17 Millionen\n\n"
                    "Der Stadtrat von Brandorf hat den Haushalt für 2026 beschlossen. Den Ausgaben von 240 Millionen "
                    "Euro stehen Einnahmen von 223 Millionen Euro gegenüber. Das Defizit von 17 Millionen Euro soll "
                    "aus Rücklagen gedeckt werden."
                ),
                "2025-12-10",
            ),
            (
                (
                    "Brandorf: Haushalt mit Defizit\n\n"
                    "Brandorf plant im kommenden Jahr mit einem Defizit von 17 Millionen Euro. Insgesamt will die "
                    "Stadt 240 Millionen Euro ausgeben."
                ),
                "2025-12-10",
            ),
        ],
        [],  # "Loch von 17 Millionen" in a title is the body's deficit, no other thing
        id="a_hole_in_a_budget_is_its_deficit",
    ),
    pytest.param(
        [
            (
                (
                    "Bahnbetrieb Nordal bestellt Triebzüge bei Vossberg\n\n"
                    "Der Bahnbetrieb Nordal hat beim Hersteller Vossberg 20 Triebzüge bestellt. Der Auftrag hat ein "
                    "Volumen von 380 Millionen Euro."
                ),
                "2025-06-02",
            ),
            (
                (
                    "Vossberg liefert Triebzüge an Nordal\n\n"
                    "Für 20 neue Triebzüge zahlt Nordal dem Hersteller Vossberg 3,8 Milliarden Euro."
                ),
                "2025-06-03",
            ),
        ],
        ["scale_error"],  # each report tells one figure: no other to take for it
        id="two_reports_of_one_figure_each_link_it_by_their_titles",
    ),
    pytest.param(
        [
            (
                (
                    "Schulden der öffentlichen Hand wachsen\n\n"
                    "Bund, Länder und Gemeinden standen Ende 2024 mit zusammen 2.480 Milliarden Euro in der Kreide. "
                    "Der Bund allein hatte Schulden von 1.700 Milliarden Euro."
                ),
                "2025-04-08",
            ),
            (
                (
                    "Länder tiefer in den Miesen\n\n"
                    "Die Schulden der Länder beliefen sich Ende 2024 auf 600 Milliarden Euro. Insgesamt lag die "
                    "Verschuldung der öffentlichen Haushalte bei 2.480 Milliarden Euro."
                ),
                "2025-04-09",
            ),
        ],
        [],  # "Der Bund allein" and "die Schulden der Länder": whose the debt is, though an article leads them
        id="the_levels_of_the_state_name_whose_figure_it_is",
    ),
    pytest.param(
        [
            (
                "Der Gasversorger Ostwerk erhöht die Preise. Ein Haushalt zahlt künftig rund 90 Euro mehr im Jahr.",
                "2025-11-20",
            ),
            ("Beim Gasversorger Ostwerk zahlt ein Haushalt ab Januar dann rund 90 Euro mehr im Monat.", "2025-11-21"),
        ],
        ["period_mismatch"],  # what is paid is one figure, told as a plan or as done
        id="a_payment_told_as_a_plan_and_as_done_is_one_figure",
    ),
    pytest.param(
        [
            (
                (
                    "Ostwerk mit Gewinnplus\n\n"
                    "Der Versorger Ostwerk steigerte das bereinigte Ergebnis 2024 auf 900 Millionen Euro. Unter dem "
                    "Strich blieben 500 Millionen Euro."
                ),
                "2025-03-05",
            ),
            (
                (
                    "Ostwerk legt Zahlen vor\n\n"
                    "Der Versorger Ostwerk hat im vergangenen Jahr ein Nettoergebnis von 900 Millionen Euro erzielt."
                ),
                "2025-03-06",
            ),
        ],
        ["conflict"],  # what is left "unter dem Strich" is the net profit, which the other gives the adjusted value
        id="the_bottom_line_is_the_net_profit",
    ),
    pytest.param(
        [
            (
                (
                    "Das Hilfspaket der Stadt umfasst 80 Millionen Euro. Für Vereine sind 30 Millionen Euro "
                    "vorgesehen, für den Sozialfonds 35 Millionen Euro und für Schulen 25 Millionen Euro."
                ),
                "2025-10-02",
            )
        ],
        ["parts_total"],  # parts by purpose in the sentence after a total: 90 of 80
        id="parts_by_purpose_after_a_total_exceed_it",
    ),
    pytest.param(
        [
            (
                (
                    "Die Gemeinde investiert bis 2028 insgesamt 40 Millionen Euro. 25 Millionen Euro sind für die "
                    "Schule vorgesehen, 12 Millionen Euro für das Bad und 6 Millionen für die Straßen."
                ),
                "2025-10-02",
            )
        ],
        ["parts_total"],  # ... also with what each is for told after its figure: 43 of 40
        id="parts_by_purpose_told_after_their_figures_exceed_a_total",
    ),
    pytest.param(
        [
            (
                (
                    "Der Konzern setzte 2024 rund 5 Milliarden Euro um. Für 2025 erwartet er 6 Milliarden Euro, für "
                    "2026 sogar 7 Milliarden Euro."
                ),
                "2025-03-02",
            )
        ],
        [],  # "für" and a year names the figure's period, no purpose: no parts of the total before
        id="figures_for_years_after_a_total_are_no_parts_of_it",
    ),
    pytest.param(
        [
            ("Der Uhrenhersteller Tavell setzte im ersten Halbjahr 2.361,4 Mio. Franken um.", "2025-07-24"),
            ("Der Uhrenhersteller Tavell setzte im ersten Halbjahr 23,6 Milliarden Franken um.", "2025-07-25"),
        ],
        ["scale_error"],  # the precise figure's digits open with the other's: a slip, not another figure
        id="a_precise_figure_and_a_rounded_one_at_ten_times_are_a_slip",
    ),
    pytest.param(
        [
            (
                "Der Bund will das neue Batteriewerk von Tessara in Brühlfeld mit 800 Millionen Euro fördern.",
                "2025-03-10",
            ),
            ("Der Bund fördert das Batteriewerk von Tessara in Brühlfeld mit 900 Millionen Euro.", "2025-03-11"),
        ],
        ["conflict"],  # a subsidy granted is the one planned: one figure, told as a plan or as done
        id="a_subsidy_told_as_a_plan_and_as_done_is_one_figure",
    ),
    pytest.param(
        [
            (
                (
                    "Förderprogramm Ostufer verteilt\n\n"
                    "Das Land verteilt die Mittel des Förderprogramms Ostufer. Davon entfallen 40 Millionen Euro auf "
                    "Brandorf und 25 Millionen Euro auf Wessing."
                ),
                "2025-05-05",
            ),
            (
                "Wessing erhält Ostufer-Millionen\n\nAus dem Förderprogramm Ostufer erhält Wessing 40 Millionen Euro.",
                "2025-05-06",
            ),
        ],
        ["conflict"],  # "X auf A und Y auf B": each figure is of the names after it; Wessing's 25 against 40
        id="figures_allotted_by_auf_are_of_the_names_after_them",
    ),
    pytest.param(
        [
            ("Mit der Erhöhung steigt die Standardrente von 1.650 Euro um 58 Euro im Monat.", "2025-03-20"),
            ("Die Standardrente von 1.650 Euro steigt durch die Erhöhung um 58 Euro im Jahr.", "2025-03-21"),
        ],
        ["period_mismatch"],  # a pension is a benefit: one metric named, one figure given two periods
        id="a_pension_is_a_benefit_whose_increase_per_month_is_not_per_year",
    ),
    pytest.param(
        [
            ("Vorstandschef Lutz Hegemann verdiente 2024 bei der Dorvat AG 3,8 Millionen Euro.", "2025-04-02"),
            ("Personalvorständin Ines Kramp verdiente 2024 bei der Dorvat AG 1,9 Millionen Euro.", "2025-04-03"),
        ],
        [],  # one company's pay to two people, each named after a role and never mentioned by the other report
        id="the_pay_of_two_people_named_after_their_roles_is_two_figures",
    ),
    pytest.param(
        [
            ("Vorstandschef Lutz Hegemann verdiente 2024 bei der Dorvat AG 3,8 Millionen Euro.", "2025-04-02"),
            ("Dorvat-Chef Hegemann verdiente 2024 bei der Dorvat AG 38 Millionen Euro.", "2025-04-03"),
        ],
        ["scale_error"],  # one person, named by both reports: one figure
        id="the_pay_of_one_person_named_after_two_roles_is_one_figure",
    ),
    pytest.param(
        [
            ("An der Börse ist die Dorvat AG derzeit gut 12 Milliarden Euro wert.", "2025-04-02"),
            ("Der Börsenwert der Dorvat AG sank auf 10,6 Milliarden Euro.", "2025-04-04"),
        ],
        [],  # what the market values a company at moves by the hour: two values are no conflict
        id="a_stock_market_value_moves_and_two_values_are_no_conflict",
    ),
    pytest.param(
        [
            ("An der Börse ist die Dorvat AG derzeit gut 12 Milliarden Euro wert.", "2025-04-02"),
            ("Der Börsenwert der Dorvat AG liegt bei gut 1,2 Milliarden Euro.", "2025-04-04"),
        ],
        ["scale_error"],  # ... but a slip of its scale word is still one
        id="a_stock_market_value_told_a_scale_word_off_is_a_slip",
    ),
    pytest.param(
        [
            ("Den neuen Kombi der Dorvat AG gibt es ab 41.900 Euro.", "2025-04-02"),
            ("Der neue Kombi der Dorvat AG kostet in der Topausstattung 47.300 Euro.", "2025-04-03"),
        ],
        [],  # "ab" before a price: where the prices start, a lower bound
        id="a_price_after_ab_is_where_prices_start",
    ),
    pytest.param(
        [
            ("Das Grundgehalt von Dorvat-Chef Lutz Hegemann betrug 2024 rund 1,1 Millionen Euro.", "2025-04-02"),
            ("Die Gesamtvergütung von Dorvat-Chef Lutz Hegemann lag 2024 bei 4,7 Millionen Euro.", "2025-04-03"),
        ],
        [],  # the fixed pay is a part of the whole pay, which bonuses add to
        id="a_base_pay_is_a_part_of_the_whole_pay",
    ),
    pytest.param(
        [
            ("Das Grundgehalt von Dorvat-Chef Lutz Hegemann betrug 2024 rund 5,1 Millionen Euro.", "2025-04-02"),
            ("Die Gesamtvergütung von Dorvat-Chef Lutz Hegemann lag 2024 bei 4,7 Millionen Euro.", "2025-04-03"),
        ],
        ["parts_total"],  # ... and cannot exceed it
        id="a_base_pay_above_the_whole_pay_is_a_part_that_exceeds_its_total",
    ),
    pytest.param(
        [
            ("Der Gewinn nach Steuern der Dorvat AG lag im zweiten Quartal bei 318 Millionen Euro.", "2025-08-06"),
            ("Der Nettogewinn der Dorvat AG betrug im zweiten Quartal 381 Millionen Euro.", "2025-08-06"),
        ],
        ["conflict"],  # the profit after tax is the net profit
        id="the_profit_after_tax_is_the_net_profit",
    ),
    pytest.param(
        [
            ("Der Haushalt des Landes Welsand für 2026 soll ein Volumen von 38,4 Milliarden Euro haben.", "2025-07-01"),
            ("Der Haushalt des Landes Welsand umfasst insgesamt 34,8 Milliarden Euro.", "2025-07-02"),
        ],
        ["conflict"],  # a budget is a plan whether a report tells it as one or not
        id="a_budget_told_as_planned_and_as_set_is_one_figure",
    ),
    pytest.param(
        [
            (
                (
                    "Ausstand bei Norkai kostet Millionen\n\nDer eintägige Ausstand der Kranführer hat die "
                    "Hafengesellschaft Norkai nach eigenen Angaben rund 12 Millionen Euro gekostet. Ein Sprecher "
                    "sagte, jede Schicht koste das Unternehmen bis zu 4 Millionen Euro."
                ),
                "2025-09-03",
            ),
            (
                (
                    "norkai: ausstand kostet 21 millionen euro\n\nder eintägige ausstand der kranführer hat die "
                    "hafengesellschaft norkai rund 21 millionen euro gekostet."
                ),
                "2025-09-03",
            ),
        ],
        ["conflict"],  # of equally weighed matches, the words right around the figures tell which answers which
        id="the_words_around_two_figures_pair_them_before_the_names_of_their_sentences",
    ),
    pytest.param(
        [
            ("Investoren bewerten das Start-up Luvana nach der Runde mit 450 Millionen Euro.", "2025-09-03"),
            (
                (
                    "Luvana holt Geld\n\nDie Bewertung liegt bei 4,5 Milliarden Euro, berichten mit den Plänen "
                    "vertraute Personen."
                ),
                "2025-09-04",
            ),
        ],
        ["scale_error"],  # who told it ("..., berichten ... Kreise") is not whom the figure is about
        id="a_last_clause_that_says_who_told_the_figure_names_no_subject_of_it",
    ),
    pytest.param(
        [
            (
                (
                    "Von den Kosten für den Umbau des Hauptbahnhofs von Norden-Mitte in Höhe von 860 Millionen Euro "
                    "trägt das Land 510 Millionen Euro."
                ),
                "2025-09-03",
            ),
        ],
        [],  # a long noun phrase after "Von den Kosten" still names the whole the figure after it is taken from
        id="a_whole_named_by_a_long_noun_phrase_is_no_figure_told_twice",
    ),
    pytest.param(
        [
            (
                "Ornau baut aus\n\nDer Handballklub TSV Ornau wächst. Der Umsatz wuchs auf 23 Millionen Euro.",
                "2025-09-03",
            ),
            (
                "TSV Ornau: Umsatz knackt 20-Millionen-Marke\n\nDer Handballklub TSV Ornau meldet Rekordzahlen.",
                "2025-09-04",
            ),
        ],
        [],  # a mark the revenue crossed is a lower bound
        id="a_mark_a_figure_crossed_is_a_lower_bound",
    ),
    pytest.param(
        [
            (
                (
                    "Tarifabschluss bei den Stadtwerken Ornau\n\nDer Abschluss kostet die Stadtwerke Ornau über die "
                    "gesamte Laufzeit 9,6 Millionen Euro."
                ),
                "2025-09-03",
            ),
            (
                (
                    "Stadtwerke Ornau einigen sich mit Verdi\n\nDie Stadtwerke Ornau rechnen mit Mehrkosten von 4,8 "
                    "Millionen Euro pro Jahr."
                ),
                "2025-09-04",
            ),
        ],
        [],  # a year's cost and the cost of the whole term are two figures
        id="a_figure_per_year_and_the_total_of_a_term_are_two_figures",
    ),
    pytest.param(
        [
            (
                (
                    "Felmar wächst\n\nDie Drogeriekette Felmar setzte 2024 insgesamt 6,1 Milliarden Euro um. In "
                    "Deutschland setzte Felmar 4,3 Milliarden Euro um, im Ausland 1,8 Milliarden Euro."
                ),
                "2025-04-02",
            ),
            (
                (
                    "Felmar legt zu\n\nFelmar steigerte den Umsatz 2024 auf 6,1 Milliarden Euro, im Ausland auf 1,8 "
                    "Milliarden Euro, in Deutschland wurden 3,4 Milliarden Euro umgesetzt."
                ),
                "2025-04-03",
            ),
        ],
        ["conflict"],  # a region a company's report names alone in a clause is the company's segment there
        id="a_region_alone_in_a_clause_of_a_company_s_report_is_its_segment",
    ),
    pytest.param(
        [
            (
                (
                    "Hochwasser in Velden: Nach dem Deichbruch im Landkreis Velden stellt das Land 50 Millionen Euro "
                    "Soforthilfe bereit."
                ),
                "2025-06-02",
            ),
            (
                (
                    "Flut in Velden: Nach dem Deichbruch im Landkreis Velden können Privathaushalte bis zu 5000 Euro "
                    "beantragen."
                ),
                "2025-06-02",
            ),
        ],
        [],  # what each of a group gets is no slip of what all of them get, whatever its digits
        id="what_each_of_a_group_gets_is_another_measure_than_the_aid_of_all",
    ),
    pytest.param(
        [
            (
                (
                    "Haushaltsentwurf 2027: Kabinett in Velden legt Etat vor\n\nDas Land Velden will 2027 insgesamt "
                    "16,8 Milliarden Euro ausgeben. Größter Posten ist die Bildung mit 4,1 Milliarden Euro. Die "
                    "Neuverschuldung soll 380 Millionen Euro betragen."
                ),
                "2026-09-08",
            ),
            (
                (
                    "Velden plant Ausgaben von 16,8 Milliarden Euro\n\nNach dem Entwurf der Landesregierung fließen in "
                    "die Bildung 1,4 Milliarden Euro. Neue Kredite sind in Höhe von 380 Millionen Euro geplant."
                ),
                "2026-09-08",
            ),
        ],
        ["conflict"],  # two reports that tell the same precise figures are of one story: one area is one item
        id="reports_telling_the_same_figures_are_one_story_and_one_budget_area_one_item",
    ),
    pytest.param(
        [
            (
                (
                    "Landeshaushalt 2027: Rekordetat für Bildung\n\nKiel. Das Kabinett hat den Entwurf für den "
                    "Landeshaushalt 2027 beschlossen. Er sieht Ausgaben von 16,8 Milliarden Euro vor. Größter "
                    "Posten ist die Bildung mit 4,1 Milliarden Euro. Für Investitionen sind 1,6 Milliarden Euro "
                    "eingeplant."
                ),
                "2026-09-08",
            ),
            (
                (
                    "Kabinett beschließt Haushaltsentwurf\n\nDie Landesregierung will im kommenden Jahr 16,8 "
                    "Milliarden Euro ausgeben. Allein in die Bildung fließen 1,4 Milliarden Euro, für Investitionen "
                    "stehen 1,6 Milliarden Euro bereit."
                ),
                "2026-09-08",
            ),
        ],
        ["conflict"],  # ... where no word the two figures' sentences share would have made them a candidate
        id="reports_telling_the_same_figures_are_one_story_though_their_items_share_no_word",
    ),
    pytest.param(
        [
            (
                (
                    "Haushaltsentwurf 2027: Kabinett in Velden legt Etat vor\n\nDas Land Velden will 2027 insgesamt "
                    "20 Milliarden Euro ausgeben. Größter Posten ist die Bildung mit 4,1 Milliarden Euro. Die "
                    "Neuverschuldung soll 400 Millionen Euro betragen."
                ),
                "2026-09-08",
            ),
            (
                (
                    "Land plant Ausgaben von 20 Milliarden Euro\n\nNach dem Entwurf der Landesregierung fließen in "
                    "die Bildung 1,4 Milliarden Euro. Neue Kredite sind in Höhe von 400 Millionen Euro geplant."
                ),
                "2026-09-08",
            ),
        ],
        [],  # round figures ("20 Milliarden") are told in any report: they make no story
        id="round_figures_told_alike_make_no_story",
    ),
    pytest.param(
        [
            (
                (
                    "Haushaltsentwurf 2027: Kabinett in Velden legt Etat vor\n\nDas Land Velden will 2027 insgesamt "
                    "20 Milliarden Euro ausgeben. Größter Posten ist die Bildung mit 4,1 Milliarden Euro."
                ),
                "2026-09-08",
            ),
            (
                (
                    "Velden plant Ausgaben von 20 Milliarden Euro\n\nNach dem Entwurf der Landesregierung fließen in "
                    "die Bildung 1,4 Milliarden Euro."
                ),
                "2026-09-08",
            ),
        ],
        ["conflict"],  # ... but titles and leads that both name Velden, on one day, make one
        id="titles_and_leads_that_name_one_rare_word_days_apart_make_a_story",
    ),
    pytest.param(
        [
            ("Im Haushaltsentwurf des Landes Velden für 2027 sind für die Kultur 410 Millionen Euro vorgesehen.", None),
            (
                "Im Haushaltsentwurf des Landes Velden für 2027 sind für die Bildung 4,1 Milliarden Euro vorgesehen.",
                None,
            ),
        ],
        [],  # what a budget gives two areas are two items, whatever their digits
        id="two_areas_of_a_budget_are_two_items",
    ),
    pytest.param(
        [
            ("Im Jahr 2015 hat Aldona nach eigenen Angaben 3,00 Mrd. Euro in Forschung investiert.", "2016-03-01"),
            ("Im Jahr 2015 hat Aldona nach eigenen Angaben 3,00 Mrd. Euro in Forschung investiert.", "2016-03-02"),
            ("Aldona investierte im Jahr 2015 30,00 Mrd. Euro in neue Werke.", "2016-03-20"),
        ],
        ["scale_error"],  # a figure that names no area may be any area's: weighed against one for an area
        id="a_figure_of_no_area_is_weighed_against_one_for_an_area",
    ),
    pytest.param(
        [
            ("Die Stadt Velden erhebt 2026 eine Abfallgebühr von 84 Euro je Einwohner.", "2025-11-03"),
            ("Velden: Die Abfallgebühr liegt 2026 bei 48 Euro pro Kopf.", "2025-11-04"),
        ],
        ["conflict"],  # per inhabitant and per head are one measure
        id="per_inhabitant_and_per_head_are_one_measure",
    ),
    pytest.param(
        [("Die Stadt erhält vom Investor 45 Millionen Dollar, was rund 60 Millionen Euro entspricht.", "2025-03-03")],
        ["fx_conversion"],  # a relative clause restates the figure before: wrong at every rate there has been
        id="a_conversion_told_by_a_relative_clause_is_weighed",
    ),
    pytest.param(
        [("Die Werft Tarnholm baut für 800 Mio. Dollar. In Euro sind das etwa 74 Millionen.", "2025-03-03")],
        ["fx_conversion"],  # a sentence that names its currency before its figure restates the figure before
        id="a_conversion_whose_currency_is_named_before_its_figure_is_weighed",
    ),
    pytest.param(
        [("Die Werft Tarnholm baut für 800 Mio. Dollar. In Euro sind das etwa 740 Millionen.", "2025-03-03")],
        [],  # ... and is right at the article's rate
        id="a_right_conversion_whose_currency_is_named_before_its_figure_is_no_finding",
    ),
    pytest.param(
        [
            (
                (
                    "Die Versicherer Halden und Morvik fusionieren. Der neue Konzern kommt auf einen Jahresumsatz "
                    "von 30 Milliarden Euro. Halden setzte zuletzt 18 Milliarden Euro um, Morvik 12 Milliarden Euro."
                ),
                "2026-05-04",
            ),
        ],
        [],  # the figures one sentence lists that add up to another are its parts, not tellings of it
        id="parts_a_sentence_lists_are_no_telling_of_their_total",
    ),
    pytest.param(
        [
            ("Halden setzte 2025 rund 18 Milliarden Euro um, Morvik 12 Milliarden Euro.", "2026-05-04"),
            ("Halden kam 2025 auf einen Umsatz von 23 Milliarden Euro.", "2026-05-05"),
        ],
        ["conflict"],  # ... but where they do not, each is weighed as before
        id="parts_that_do_not_add_up_to_a_figure_are_weighed_against_it",
    ),
    pytest.param(
        [
            (
                (
                    "Der Neubau der Brücke kostet insgesamt 31,2 Millionen Euro. Der Bund übernimmt 14 Millionen, "
                    "das Land 9 Millionen, auf den Kreis entfallen 12,4 Millionen Euro."
                ),
                "2026-02-10",
            ),
        ],
        ["parts_total"],  # the next sentence's figures are each someone's share by their verbs: above the total
        id="shares_told_by_their_verbs_after_a_total_exceed_it",
    ),
    pytest.param(
        [
            (
                (
                    "Der Neubau der Brücke kostet insgesamt 31,2 Millionen Euro. Der Bund übernimmt 14 Millionen, "
                    "das Land 9 Millionen, auf den Kreis entfallen 8,2 Millionen Euro."
                ),
                "2026-02-10",
            ),
        ],
        [],  # ... and where they add up to it, nothing
        id="shares_told_by_their_verbs_after_a_total_add_up_to_it",
    ),
]


@pytest.mark.parametrize(("texts", "expected"), EXAMPLES)
def test_rule(texts: list[tuple[str, str | None]], expected: list[str]) -> None:
    assert kinds_of(*texts) == expected


def test_a_revision_note_runs_from_the_figure_its_cue_marks_to_the_nearest_other() -> None:
    text = "Die Baukosten stiegen von anfangs erwarteten 80 Millionen auf 790 Millionen Euro."
    report = check([Article.of("a", text)], rates=RATES)
    assert [n.message.split(" [")[0] for n in report.notes] == ["'80 Millionen'"]
    assert "is revised to '790 Millionen Euro'" in report.notes[0].message


def test_a_figure_labelled_as_the_year_before_s_is_placed_a_year_before_its_figure() -> None:
    a = "Aldura hat im ersten Halbjahr 2025 einen Gewinn von 1,42 Mrd. Euro (Vorjahr: 1,18 Mrd. Euro) erzielt."
    b = "Aldura verdiente im ersten Halbjahr 1,42 Mrd. Euro nach 1,81 Mrd. Euro ein Jahr zuvor."
    report = check([Article.of("a", a, "2025-08-07"), Article.of("b", b, "2025-08-07")])
    assert [sorted(p.text for p in f.amounts) for f in report.findings] == [["1,18 Mrd. Euro", "1,81 Mrd. Euro"]]


def test_the_figure_of_the_year_before_is_no_old_figure_of_this_year_s() -> None:
    text = (
        "Olmer verdiente 2024 insgesamt 9,8 Mio. Euro, davon Boni von 8,2 Mio. Euro. "
        "Im Jahr zuvor hatte Olmer 7,1 Mio. Euro erhalten."
    )
    report = check([Article.of("a", text, "2025-03-20")])
    assert (report.findings, report.notes) == ((), ())


def test_of_two_new_figures_the_one_within_a_factor_of_two_took_the_old_ones_place() -> None:
    text = (
        "Die Pacht lag bisher bei 204 Mio. Euro, nun werden bei einem Volumen von 1,31 Mrd. Euro "
        "im Schnitt 318 Mio. Euro pro Jahr fällig."
    )
    report = check([Article.of("a", text)], rates=RATES)
    assert [[p.text for p in n.amounts] for n in report.notes] == [["204 Mio. Euro", "318 Mio. Euro"]]


def test_a_figure_the_text_says_another_was_off_by_corrects_it_in_a_revision_note() -> None:
    text = (
        "Das Land hatte für die Schulen 2,4 Milliarden Euro genannt. Am Freitag hieß es, das seien "
        "300 Millionen Euro zu viel."
    )
    report = check([Article.of("a", text)], rates=RATES)
    assert report.findings == ()
    assert [n.kind.value for n in report.notes] == ["revision"]
    assert "told to be '300 Millionen Euro' too high: corrected, [2.05 bn, 2.15 bn] EUR" in report.notes[0].message


def test_a_difference_checks_the_corrected_figure_the_text_gives_too() -> None:
    told = "Der Umsatz lag nicht bei 640 Millionen Euro, sondern nur bei 410 Millionen Euro."
    right = check([Article.of("a", told + " Er war um 230 Millionen Euro zu hoch ausgewiesen.")], rates=RATES)
    wrong = check([Article.of("a", told + " Er war um 130 Millionen Euro zu hoch ausgewiesen.")], rates=RATES)
    assert [n.message.endswith("'410 Millionen Euro' [409.5 mn, 410.5 mn] EUR agrees") for n in right.notes][-1:] == [
        True
    ]
    assert [n.message.endswith("EUR does not agree") for n in wrong.notes][-1:] == [True]


def test_money_a_subject_puts_into_something_is_an_investment() -> None:
    text = "Der Bund steckt 5 Mrd. Euro in die Schiene."
    assert [f.metric for f in build_facts("a", text, list(extract(text)))] == ["investment"]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Ein Haushalt mit vier Personen zahlt rund 9 Euro mehr im Monat.", "payment"),  # counted: a household
        ("Pro Haushalt steigen die Kosten um 9 Euro im Monat.", "cost_change:per haushalt"),
        ("Der Haushalt der Stadt umfasst 900 Mio. Euro.", "budget"),
        ("Die Stadt zahlt 2 Mio. Euro an den Verein.", "payment"),  # what is paid, no 'für': a payment
        ("Das Land gibt der Stadt 4 Mio. Euro für ihre Brücken.", "subsidy"),  # what a public body gives
        ("Die Gewinnerin bekommt 5.000 Euro.", None),  # a winner is no profit, though the word opens with its stem
        ("Brandorf will Kosten von 2 Mrd. Euro einsparen.", "savings"),  # a cost saved is a saving
        ("Der Streik kostet die Haushalte der Stadt 2 Mio. Euro.", "cost"),  # the object of "kostet" pays
        ("Betroffene Haushalte erhalten bis zu 5.000 Euro.", "figure:per recipient"),  # a plural names who
        ("Die Haushalte von Bund und Ländern umfassen 900 Mrd. Euro.", "budget"),  # ... unless of someone
        ("Die öffentlichen Haushalte umfassen 900 Mrd. Euro.", "budget"),  # ... or public
        # a payment a court orders is a payment; a sum set aside for it is a provision, no payment
        ("Das Gericht verurteilte Brandorf zu einer Zahlung von 2,1 Mrd. Dollar.", "payment"),
        ("Brandorf hat Rückstellungen von 1,5 Mrd. Dollar gebildet.", "provisions"),
        ("Brandorf meldete Zahlungsausfälle von 20 Mio. Euro.", None),
        # the infinitive "zahlen" closing the clause pays the figure; a compound of "Preis" may name no price (what
        # the verb "verlor" tells: a loss)
        ("Wegen des Lecks muss Brandorf 3,4 Mio. Euro zahlen.", "payment"),
        ("Wegen verbotener Preisabsprachen verlor Brandorf 3,4 Mio. Euro.", "loss"),
        # a cost lowered "um jährlich" a figure is a saving, as "um" alone makes it one
        ("Brandorf will die Kosten ab 2027 um jährlich 800 Mio. Euro senken.", "savings"),
        # a measure's phrase before the figure measures it and names no metric of its own
        ("Brandorf zahlt für Velta inklusive Schulden 2,2 Mrd. Euro.", "price:enterprise"),
    ],
)
def test_a_metric_noun_counted_names_who_and_what_is_paid_is_a_payment(text: str, metric: str | None) -> None:
    assert [f.metric for f in build_facts("a", text, list(extract(text)))] == [metric]


def test_a_clause_that_only_tells_where_the_figure_went_measures_what_the_clause_before_names() -> None:
    text = "Der Auftragseingang ging dagegen leicht zurück, auf 1,7 Milliarden Euro im Quartal."
    assert [f.metric for f in build_facts("a", text, list(extract(text)))] == ["orders"]


@pytest.mark.parametrize(
    ("text", "segment"),
    [
        ("Die Galerie Kessbach verkaufte das Bild für 2 Mio. Euro an einen Sammler aus der Schweiz.", None),
        ("Kessbach erzielte 2 Mrd. Euro an Erlösen aus dem Ausland.", "in ausland"),
        # after a verb of receiving, where what is received comes from
        ("Kessbach erhält aus Japan einen Auftrag über 900 Mio. Euro.", None),
    ],
)
def test_a_region_after_a_noun_it_tells_the_origin_of_is_no_segment(text: str, segment: str | None) -> None:
    assert [f.segment for f in build_facts("a", text, list(extract(text)))] == [segment]


def test_a_place_and_a_dash_that_open_a_paragraph_are_a_dateline() -> None:
    """ "Berlin – Das Deutschlandticket ...": "Das" opens the sentence, and the place is where it was written."""
    text = "Titel\n\nBerlin – Das Deutschlandticket kostet ab Januar 63 Euro im Monat."
    lead = text.index("Berlin")
    assert names_of(text, lead, len(text), sources=sources(text, lead, len(text))) == frozenset()
    text = "Titel\n\nDer Konzern – ein Riese – zahlt 5 Mio. Euro."
    assert sources(text, 0, len(text)) == ()  # an article opens no dateline


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a place and an agency's code in parentheses open a dateline, with a dash after it or none
        ("Zürich (sda) - Die Alpenbank steigerte den Gewinn auf 1,5 Mrd. Franken.", frozenset()),
        ("Zürich (sda) Die Alpenbank steigerte den Gewinn auf 1,5 Mrd. Franken.", frozenset()),
        ("Wien (APA/dpa) Der Versorger Donauwerk zahlt 2 Euro Dividende.", frozenset({"donauwerk"})),
        # ... not a name with words in parentheses
        ("Keltron (früher Keltrax) zahlt 5 Mio. Euro.", frozenset({"keltron", "keltrax"})),
    ],
)
def test_a_dateline_names_where_the_news_came_from(text: str, names: frozenset[str]) -> None:
    assert names_of(text, 0, len(text), sources=sources(text, 0, len(text))) == names


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param("Die sächsische Landesregierung gibt 350 Mio. Euro.", "sachsen", id="a_state_s_adjective"),
        pytest.param("Der bayerischen Staatsregierung fehlen 2 Mrd. Euro.", "bayern", id="in_another_case"),
        pytest.param("Ein französischer Konzern zahlt 4 Mrd. Euro.", "frankreich", id="a_country_s_adjective"),
    ],
)
def test_a_lower_case_adjective_of_a_place_names_the_place(text: str, place: str) -> None:
    assert place in names_of(text, 0, len(text))


def test_a_state_s_adjective_links_its_report_to_one_naming_the_state() -> None:
    first = """Hochwasser: Land gibt Soforthilfe

Nach dem Hochwasser an der Elster stellt die sächsische Landesregierung Soforthilfen von 240 Millionen Euro bereit."""
    second = """Sachsen hilft nach der Flut

Sachsen stellt nach der Flut an der Elster 240 Milliarden Euro Soforthilfe bereit."""
    assert kinds_of((first, "2025-08-03"), (second, "2025-08-03")) == ["scale_error"]
    assert kinds_of((first, "2025-08-03"), (second.replace("Milliarden", "Millionen"), "2025-08-03")) == []


def test_an_area_a_budget_funds_is_no_name_and_an_elliptic_item_has_its_own() -> None:
    first = """Stadtrat beschließt Haushalt

Der Stadtrat von Orlingen hat den Haushalt für 2026 beschlossen. Er umfasst Ausgaben von 1,4 Milliarden Euro. Für \
Schulen sind 210 Millionen Euro vorgesehen, für den Nahverkehr 85 Millionen Euro."""
    second = """Orlingen: Haushalt steht

Orlingen gibt im kommenden Jahr 1,4 Milliarden Euro aus. Für den Nahverkehr sind 58 Millionen Euro eingeplant."""
    assert kinds_of((first, "2025-11-20"), (second, "2025-11-20")) == ["conflict"]
    assert kinds_of((first, "2025-11-20"), (second.replace("58", "85"), "2025-11-20")) == []
    assert "schulen" not in names_of(first, 0, len(first))


def test_two_rare_words_both_titles_and_leads_share_make_one_story() -> None:
    """Neither "Unwetter" nor "Baden-Württemberg" alone is rare enough to make two reports one story; together they
    do, and the insured damage one report gives is then weighed against the whole damage the other gives."""
    first = """Unwetter richtet Millionenschaden an

Die Unwetter in Baden-Württemberg haben nach Schätzung der Versicherer versicherte Schäden von 450 Millionen Euro \
verursacht."""
    second = """Unwetterschäden in Baden-Württemberg

Das Land beziffert den Gesamtschaden der Unwetter in Baden-Württemberg auf rund 300 Millionen Euro."""
    assert kinds_of((first, "2025-06-02"), (second, "2025-06-03")) == ["parts_total"]
    assert kinds_of((first.replace("450", "150"), "2025-06-02"), (second, "2025-06-03")) == []


def test_one_precise_figure_of_one_key_in_two_reports_makes_them_one_story() -> None:
    """Both reports give the federal budget's spending for 2027 (one figure, of one metric and year): their figures of
    new debt, by two words for it, are then weighed against each other; "Kabinett" in a title names no one."""
    first = """Kabinett billigt Etat

Das Bundeskabinett hat den Haushaltsentwurf für 2027 gebilligt. Er sieht Ausgaben von 534 Milliarden Euro vor. Die \
Neuverschuldung soll bei 62 Milliarden Euro liegen."""
    second = """Bundeshaushalt 2027: Die Eckdaten

Der Bund will 2027 rund 534 Milliarden Euro ausgeben. Die Nettokreditaufnahme beträgt 26 Milliarden Euro."""
    assert kinds_of((first, "2026-07-01"), (second, "2026-07-01")) == ["conflict"]
    assert kinds_of((first, "2026-07-01"), (second.replace("26 Milliarden", "62 Milliarden"), "2026-07-01")) == []
    assert "kabinett" not in names_of(first, 0, len(first))


def test_a_figure_put_on_another_period_is_one_finding_not_also_a_conflict_with_that_period_s() -> None:
    first = """Brevik steigert Umsatz

Der Stahlhändler Brevik hat in den ersten neun Monaten des Jahres 4,6 Milliarden Euro umgesetzt. Im dritten \
Quartal allein lag der Umsatz bei 1,7 Milliarden Euro."""
    second = """Brevik wächst weiter

Brevik hat im dritten Quartal einen Umsatz von 4,6 Milliarden Euro erzielt."""
    assert kinds_of((first, "2025-10-30"), (second, "2025-10-30")) == ["period_mismatch"]
    assert kinds_of((first, "2025-10-30"), (second.replace("4,6", "1,7"), "2025-10-30")) == []


def test_a_bonus_compound_is_a_payment_and_a_compound_group_gets_it_each() -> None:
    """A bonus ("Inflationsausgleichsprämie") is a payment in both reports; "Die Beschäftigten" and "Die
    Kommunalbeschäftigten" each get it (a group's noun ending a compound), which names no one."""
    first = """Einigung im Tarifstreit der Kommunen

Die Beschäftigten der Kommunen erhalten eine steuerfreie Inflationsausgleichsprämie von 2.500 Euro."""
    second = """Tarifeinigung: Was Kommunalbeschäftigte bekommen

Die Kommunalbeschäftigten bekommen eine Inflationsausgleichsprämie von 250 Euro."""
    assert kinds_of((first, "2025-04-02"), (second, "2025-04-02")) == ["scale_error"]
    assert kinds_of((first, "2025-04-02"), (second.replace("250 Euro", "2.500 Euro"), "2025-04-02")) == []
    assert names_of(second, 0, len(second)) == frozenset()


def test_a_report_that_agrees_on_a_total_tells_another_quantity_of_its_key_beside_it() -> None:
    """Both reports give the town's spending (612 Mio.); the second's "Allein für Soziales ... 198 Mio." is then
    another quantity of that key, not a telling of the 612 Mio. The first's "Größter Posten sind die
    Sozialausgaben mit 198 Mio." is spending on one area, and names no one."""
    first = """Ratsbeschluss: Haushalt steht

Der Rat der Stadt Wendlingen hat den Haushalt für das kommende Jahr verabschiedet. Er sieht Ausgaben von 612 \
Millionen Euro vor. Größter Posten sind die Sozialausgaben mit 198 Millionen Euro."""
    second = """Wendlingen: Defizit droht

Wendlingen will im kommenden Jahr 612 Millionen Euro ausgeben. Allein für Soziales gibt die Stadt 198 Millionen \
Euro aus."""
    assert kinds_of((first, "2025-12-11"), (second, "2025-12-11")) == []
    assert kinds_of((first, "2025-12-11"), (second.replace("198", "189"), "2025-12-11")) == ["conflict"]
    lead = first.index("Größter")
    assert names_of(first, lead, len(first)) == frozenset()
    facts = build_facts("a", first, extract(first))
    assert [(f.metric, f.purpose) for f in facts] == [("spending", None), ("spending", "soziales")]


@pytest.mark.parametrize(
    ("first_stage", "kinds"),
    [
        pytest.param("Zunächst fließen vier Milliarden Euro.", [], id="a_first_stage_told_now_is_none"),
        pytest.param(
            "Zunächst hatte der Bund vier Milliarden Euro geplant.", ["note:revision"], id="an_old_plan_is_one"
        ),
    ],
)
def test_a_first_stage_is_no_old_figure_of_a_revision(first_stage: str, kinds: list[str]) -> None:
    text = "Mit dem Zukunftsfonds will der Bund bis 2030 zehn Milliarden Euro in junge Firmen stecken. " + first_stage
    assert kinds_of((text, "2025-10-14")) == kinds


def test_two_undated_rounds_of_one_company_months_apart_are_two_events() -> None:
    january = """Selvio bekommt frisches Geld

Das Kölner Start-up Selvio erhält von Investoren 500 Millionen Dollar."""
    april = """Selvio sammelt Rekordsumme ein

Das Kölner Start-up Selvio hat in einer Finanzierungsrunde mehr als 3 Milliarden Euro eingesammelt."""
    assert kinds_of((january, "2025-01-10"), (april, "2025-04-22")) == []
    assert kinds_of((january, "2025-04-20"), (april, "2025-04-22")) == ["qualifier_conflict"]  # days apart: one round


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param(
            "Neukunden zahlen 30 Cent je Kilowattstunde. Bei 4.000 Kilowattstunden im Jahr sind das rund 1.200 Euro.",
            [],
            id="a_price_per_unit_times_the_units_counted",
        ),
        pytest.param(
            "Neukunden zahlen 30 Cent je Kilowattstunde. Bei 4.000 Kilowattstunden im Jahr sind das rund 2.100 Euro.",
            ["parts_total"],
            id="a_restatement_that_misses_the_product",
        ),
        pytest.param(
            "Die Miete liegt bei 11,50 Euro je Quadratmeter. Eine 80-Quadratmeter-Wohnung kostet damit 1.320 Euro.",
            ["parts_total"],
            id="units_counted_in_a_compound",
        ),
        pytest.param(
            "Die Miete liegt bei 11,50 Euro je Quadratmeter. Die 80 Wohnungen bringen dem Eigentümer 1,2 Mio. Euro.",
            [],
            id="no_phrase_that_restates_and_no_count_of_the_unit",
        ),
    ],
)
def test_a_price_per_unit_restated_for_a_count_of_units_is_their_product(text: str, kinds: list[str]) -> None:
    assert kinds_of((text, "2025-01-20")) == kinds


def test_two_players_a_club_buys_are_two_people_though_one_report_mentions_the_other() -> None:
    """Each report's player is named after his role in its lead and told twice; the second report mentions the
    first player once, in passing: two fees, not one told two ways."""
    first = """Moreau wechselt nach Lindau

Der französische Mittelfeldspieler Luc Moreau wechselt für 45 Millionen Euro vom OSC Lille zum FC Lindau."""
    second = """Lindau holt auch Kovacs

Nach Moreau verpflichtet der FC Lindau auch den ungarischen Verteidiger Dani Kovacs. Die Ablöse beträgt 28 Millionen \
Euro."""
    assert kinds_of((first, "2025-07-15"), (second, "2025-07-15")) == []
    told_of_moreau = second.replace("Die Ablöse beträgt", "Für Moreau zahlte Lindau")
    assert kinds_of((first, "2025-07-15"), (told_of_moreau, "2025-07-15")) == ["conflict"]


_QUARTERS = (
    (
        "Tavrik startet ins Jahr\n\nDer Chipausrüster Tavrik hat im ersten Quartal 1,12 Milliarden Euro umgesetzt.",
        "2024-05-08",
    ),
    ("Tavrik legt zu\n\nTavrik hat im zweiten Quartal einen Umsatz von 1,31 Milliarden Euro erzielt.", "2024-08-07"),
    ("Tavrik mit Rekordquartal\n\nIm dritten Quartal setzte Tavrik 1,47 Milliarden Euro um.", "2024-11-06"),
)


@pytest.mark.parametrize(
    ("fourth", "kinds"),
    [
        pytest.param("1,6", [], id="four_quarters_of_four_reports_that_add_up_to_the_year"),
        pytest.param("2,6", ["parts_total"], id="four_quarters_of_four_reports_above_the_year"),
    ],
)
def test_an_archive_s_quarters_of_one_company_add_up_to_its_year(fourth: str, kinds: list[str]) -> None:
    """A fourth quarter told in February as done is the one that ended in December ("Im vierten Quartal lag der
    Umsatz bei ..." in a report of 2025 on 2024), and the four quarters of four reports must add up to the year."""
    year = f"""Tavrik mit Rekordjahr

Tavrik hat im vergangenen Jahr 5,5 Milliarden Euro umgesetzt. Im vierten Quartal lag der Umsatz bei {fourth} \
Milliarden Euro."""
    assert kinds_of(*_QUARTERS, (year, "2025-02-12")) == kinds


def test_a_capital_told_for_its_country_s_government_names_the_country() -> None:
    first = """KI-Offensive in Fernost

Die chinesische Regierung will in den kommenden fünf Jahren 480 Milliarden Yuan in künstliche Intelligenz und \
Quantencomputer investieren."""
    second = """Quantencomputer und KI

Peking will in den kommenden fünf Jahren 480 Millionen Yuan in künstliche Intelligenz und Quantencomputer stecken."""
    assert kinds_of((first, "2025-02-20"), (second, "2025-02-20")) == ["scale_error"]
    assert names_meet(frozenset({"china"}), frozenset({"peking"}))
    assert not names_meet(frozenset({"china"}), frozenset({"moskau"}))


def test_a_town_s_adjective_is_a_name_and_a_form_of_the_town() -> None:
    text = "Im Wellinger Stadtrat gibt es Kritik."
    assert "wellinger" in names_of(text, 0, len(text))
    assert name_in("wellinger", frozenset({"wellingen"}))
    assert "wellingen" in word_forms("wellinger")
    assert "maschinenbau" not in word_forms("maschinenbauer")  # a noun for a subject, no place's adjective
    assert word_forms("hamburger") == ("hamburger",)  # a word German knows well: no unknown town's adjective


def test_an_abbreviation_is_a_word_of_the_phrase_it_stands_for() -> None:
    text = "Peking steckt Milliarden in künstliche Intelligenz und in die KI-Branche."
    assert {"ki", "ki-branche"} <= rare_words(text, (0, len(text)), [], nouns_only=True)
    assert word_counts("Die EZB hebt an.")["zentralbank"] == 1  # its phrase's noun, as a name is counted
    assert word_counts("Die Europäische Zentralbank hebt an.")["ezb"] == 1


@pytest.mark.parametrize(
    ("word", "form"),
    [
        ("quadratmetern", "quadratmeter"),  # "mit 70 Quadratmetern" and "pro Quadratmeter" share a word
        ("anlegern", "anleger"),
        ("artikeln", "artikel"),
        ("bayern", "bayern"),  # a name German writes more often than "bayer"
        ("konzern", "konzern"),  # no dative ending: "konzer" is no word
        ("gestern", "gestern"),
    ],
)
def test_a_noun_is_matched_without_the_n_of_its_dative_plural(word: str, form: str) -> None:
    assert word_forms(word) == (form,)


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("dürrehilfe", ("dürrehilfe", "dürre")),  # "die Dürre" shares a word with it
        ("neubaumieten", ("neubaumieten", "neubau")),  # the word that opens it, not its head ("mieten")
        ("verteidigungsetat", ("verteidigungsetat", "verteidigung")),  # a joining "s" dropped
        ("landesregierung", ("landesregierung",)),  # a compound German writes often is a word of its own
        ("marlingen", ("marlingen",)),  # a place's name: no "marl"
    ],
)
def test_a_rare_compound_is_matched_by_the_word_that_opens_it(word: str, forms: tuple[str, ...]) -> None:
    assert word_forms(word) == forms


@pytest.mark.parametrize(
    ("text", "segment"),
    [
        ("Das China-Geschäft von Kessbach brachte 1,7 Mrd. Euro ein.", "in china"),
        ("Kessbach erzielte in China einen Umsatz von 1,7 Mrd. Euro.", "in china"),
        ("Die Pkw-Sparte von Kessbach setzte 9 Mrd. Euro um.", "pkw"),  # no region: the segment by its own word
        ("Kessbach erzielte in Vietnam einen Umsatz von 1,7 Mrd. Euro.", "in vietnam"),  # more countries
        ("Ein Gericht in Frankreich verhängte gegen Kessbach eine Strafe von 2 Mio. Euro.", None),  # where, not whose
        ("kessbach will 2 mrd. euro in indien investieren.", "in indien"),  # lower case: a region after the figure
        ("in indien wurden 2 mrd. euro investiert.", None),  # ... not one before it (perhaps the subject)
    ],
)
def test_a_region_s_business_is_that_region_s_segment(text: str, segment: str) -> None:
    assert [f.segment for f in build_facts("a", text, list(extract(text)))] == [segment]


def test_a_region_that_opens_the_sentence_is_the_segment_of_a_figure_after_a_relative_clause() -> None:
    text = "In China, wo Kessbach ein Fünftel seines Geschäfts macht, sanken die Erlöse auf 350 Millionen Euro."
    assert [f.segment for f in build_facts("a", text, list(extract(text)))] == ["in china"]


def test_the_noun_of_a_fixed_phrase_names_no_subject() -> None:
    text = "Für 2025 stellt Halvard einen Umsatz von 8,8 bis 9,1 Mrd. Euro in Aussicht."
    assert [f.names for f in build_facts("a", text, list(extract(text)))] == [frozenset({"halvard"})]


def test_who_speaks_in_a_sentence_s_opening_clause_is_not_whom_its_figure_is_about() -> None:
    text = "Ministerin Ada Rusk kündigte an, die Stadt werde 15 Mio. Euro zahlen."
    assert [f.names for f in build_facts("a", text, list(extract(text)))] == [frozenset()]


@pytest.mark.parametrize(
    "text",
    [
        "Nach dem Sturm melden sich Tausende Kleingärtner bei Brandorf.",
        "Jedes Jahr bewerben sich Hunderte Studenten bei Brandorf.",
    ],
)
def test_a_noun_that_counts_and_what_it_counts_are_no_names(text: str) -> None:
    assert names_of(text, 0, len(text)) == frozenset({"brandorf"})


@pytest.mark.parametrize(
    "text",
    [
        "Der Fonds soll in Start-ups von Brandorf investieren.",  # a compound whose head is in lower case
        "Ökonomen schätzen die Kosten des Streiks bei Brandorf hoch ein.",  # a group of people
        "Die Stadt kauft bei Herstellern aus Brandorf.",  # a noun that describes a subject, in any case
    ],
)
def test_a_common_noun_that_opens_with_a_capital_is_no_name(text: str) -> None:
    assert names_of(text, 0, len(text)) == frozenset({"brandorf"})


def test_a_person_s_role_is_no_name_in_any_case() -> None:
    text = "Das Gehalt des Brandorfer Oberbürgermeisters steigt."  # after a town's adjective, not led by "des"
    assert "oberbürgermeisters" not in names_of(text, 0, len(text))


@pytest.mark.parametrize("text", ["Hinzu kommen Boni von Brandorf.", "Obendrein zahlt Brandorf einen Bonus."])
def test_an_adverb_that_opens_a_sentence_is_no_name(text: str) -> None:
    assert names_of(text, 0, len(text)) == frozenset({"brandorf"})


@pytest.mark.parametrize(
    ("first", "second", "step"),
    [
        ("Prämien von bis zu zwei Millionen Pfund", "rund 175.000 Pfund", None),  # a bound's digits are its own
        ("rund zwei Millionen Pfund", "rund 175.000 Pfund", 1),  # an approximate figure's rounding holds it tenfold
        ("bis zu zwei Millionen Pfund", "200.000 Pfund", 1),
    ],
)
def test_the_same_digits_of_a_bound_are_its_own(first: str, second: str, step: int | None) -> None:
    a, b = (build_facts(i, t, list(extract(t)))[0] for i, t in (("a", first), ("b", second)))
    assert same_digits(a, b) == step


def test_a_first_word_before_the_polite_sie_is_a_verb_and_sie_no_name() -> None:
    text = "Lassen Sie sich nicht täuschen, Brandorf zahlt 5 Mio. Euro."
    assert names_of(text, 0, len(text)) == frozenset({"brandorf"})


@pytest.mark.parametrize(
    "text",
    [
        "Sechs Monate nach dem Urteil fordert Brandorf 5 Mio. Euro.",
        "Schon im Mai hatte Brandorf 5 Mio. Euro gezahlt.",
        "Zusätzlich erhält Brandorf 5 Mio. Euro.",
    ],
)
def test_a_number_word_or_an_adverb_that_opens_a_sentence_is_no_name(text: str) -> None:
    assert names_of(text, 0, len(text)) == frozenset({"brandorf"})


@pytest.mark.parametrize(
    "text",
    [
        "Brandorf zahlt 5 Mio. Euro an Ausgleichszahlungen.",
        "Brandorf zahlt als Eigentümerin 5 Mio. Euro.",  # a woman's role
    ],
)
def test_an_abstract_noun_or_a_role_after_a_preposition_is_no_name(text: str) -> None:
    assert [f.names for f in build_facts("a", text, list(extract(text)))] == [frozenset({"brandorf"})]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Eigentumswohnungen kosten im Mittel 8.450 Euro pro Quadratmeter.", "cost:per quadratmeter"),
        ("Der Konzern verdiente 1,20 Euro je Aktie.", "profit:per aktie"),  # what a company earns is its profit
        ("Die Firma verdiente 1,20 Euro je Aktie.", "profit:per aktie"),
        ("Keltron verdiente 1,20 Euro je Aktie.", "earnings:per aktie"),  # no noun says whose: a broad metric
        ("Die Sanierung kostet 5 Mio. Euro pro Jahr.", "cost"),  # a unit of time gives a period, not a thing
        ("Die Sender zahlen 1,1 Mrd. Euro je Spielzeit.", None),  # a season, as "pro Saison"
        ("Die Sanierung kostet je nach Variante 5 Mio. Euro.", "cost"),
        ("In Ornau kostete ein Quadratmeter Bauland zuletzt 410 Euro.", "cost:per quadratmeter"),  # a unit, told
        ("An der Tankstelle kostet der Liter Diesel 1,69 Euro.", "cost:per liter"),  # with an article
        ("Eine Doppelhaushälfte in Ornau kostet 520.000 Euro.", "cost"),  # a thing, no unit
        ("Strom kostet Neukunden in Ornau 29 Cent je Kilowattstunde.", "cost:per kilowattstunde"),  # energy, no time
    ],
)
def test_a_figure_per_unit_of_a_thing_is_another_measure(text: str, metric: str) -> None:
    assert [f.metric for f in build_facts("a", text, list(extract(text)))] == [metric]


def test_the_words_around_a_figure_are_whole_words() -> None:
    """The stretch read around a figure may start or end inside a word: that word's piece is no word of it."""
    text = "Allein in die Bildung fließen 1,4 Milliarden Euro, für Investitionen stehen 1,6 Milliarden Euro bereit."
    whole = {w.lower() for w in re.findall(r"[^\W\d_][\w\-]*[^\W_]|\d[\d.,]*\d", text)}
    near = [set(f.near) for f in build_facts("a", text, list(extract(text)))]
    assert len(near) == 2
    assert all(n <= whole for n in near), [n - whole for n in near]  # the 1,6's reach starts inside "Bildung"


@pytest.mark.parametrize(
    ("text", "purposes"),
    [
        ("Größter Posten ist die Bildung mit 4,1 Milliarden Euro.", ["bildung"]),  # an area before "mit"
        ("Für Bildung sind 4,1 Mrd. Euro vorgesehen, für Kultur 0,4 Mrd. Euro.", ["bildung", "kultur"]),
        ("Davon fließen 14 Mio. Euro in die Forschung und 43 Mio. Euro in den Vertrieb.", ["forschung", None]),
        ("Der Verteidigungsetat steigt auf 52 Mrd. Euro.", ["verteidigung"]),  # a compound a budget's word closes
        ("Den Schaden schätzt die Polizei auf 4,5 Mio. Euro.", [None]),  # alone: who acts
    ],
)
def test_the_area_of_a_budget_a_figure_is_for(text: str, purposes: list[str | None]) -> None:
    assert [f.purpose for f in build_facts("a", text, list(extract(text)))] == purposes


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Betroffene Familien können bis zu 3.000 Euro beantragen.", "figure:per recipient"),
        ("Die Rentner erhalten im Juli eine Einmalzahlung von 300 Euro.", "payment:per recipient"),
        ("Die Landwirte erhalten 1,5 Mrd. Euro.", None),  # a scale word: what all of them get
        ("Die Familien erhalten zusammen 40.000 Euro.", None),  # a total
        # a total word that sums one thing's own parts: each still gets it
        ("Die Beschäftigten erhalten eine Prämie von insgesamt 1.800 Euro.", "payment:per recipient"),
        ("Die Beschäftigten erhalten Prämien von insgesamt 180.000 Euro.", "payment"),  # no one thing: what all get
        ("Das Land stellt 30 Millionen Euro Soforthilfe bereit.", "subsidy"),  # a compound of "Hilfe"
    ],
)
def test_a_figure_a_group_gets_without_a_scale_word_is_what_each_gets(text: str, metric: str | None) -> None:
    assert [f.metric for f in build_facts("a", text, list(extract(text)))] == [metric]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a noun the text writes after an indefinite article is no name, in its title too
        ("Stadt beschließt Hilfspaket für Arnfeld\n\nDie Stadt hat ein Hilfspaket beschlossen.", {"arnfeld"}),
        ("Arnfeld hilft Betrieben\n\nArnfeld zahlt.", {"arnfeld"}),  # a group's dative plural
        ("Mehr Geld für Lufthansa\n\nDie Lufthansa hat ein Problem.", {"lufthansa"}),  # a name: "die Lufthansa"
        ("Kessbach: Schulden seit Jahresbeginn gestiegen\n\nMehr.", {"kessbach"}),  # a time of the year
    ],
)
def test_a_noun_after_an_indefinite_article_or_a_group_in_the_dative_is_no_name(text: str, names: set[str]) -> None:
    end = text.find("\n")
    assert names_of(text, 0, end if end > 0 else len(text)) == frozenset(names)


@pytest.mark.parametrize(
    ("text", "first", "names"),
    [
        ("Weniger Geld für Norvien\n\nDas Land nimmt 2 Mrd. Euro weniger ein.", "Weniger", {"norvien"}),
        ("Teure Pläne für Norvien\n\nDas Land hat teure Pläne.", "Teure", {"norvien"}),  # an adjective leads
        ("Kessbach wächst\n\nDer Umsatz von Kessbach stieg.", "Kessbach", {"kessbach"}),  # never in lower case
        ("Heuer investiert Kessbach\n\nMehr Geld.", "Heuer", {"kessbach"}),  # a word of the period, no name
    ],
)
def test_a_sentence_s_first_word_the_text_writes_in_lower_case_elsewhere_is_no_name(
    text: str, first: str, names: set[str]
) -> None:
    end = text.index("\n")
    assert text.startswith(first)
    assert names_of(text, 0, end) == frozenset(names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Lösegeld gezahlt: Trevant zahlt\n\nTrevant hat ein Lösegeld gezahlt.", {"trevant"}),  # a noun
        ("Stadtwerke Brelten sparen\n\nDie Stadtwerke Brelten sparen.", {"stadtwerke", "brelten"}),  # one name
    ],
)
def test_a_title_s_first_word_the_text_writes_after_an_article_is_a_noun(text: str, names: set[str]) -> None:
    assert names_of(text, 0, text.index("\n")) == frozenset(names)


@pytest.mark.parametrize(
    "text",
    ["Insider sprechen von 530 Mio. Euro.", "Nach Informationen aus Finanzkreisen zahlt Kornhaus 350 Mio. Euro."],
)
def test_an_unnamed_source_is_no_name(text: str) -> None:
    assert names_of(text, 0, len(text)) <= frozenset({"kornhaus"})


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Marbach baut\n\nDas Marbacher Freibad kostet mehr.", {"marbacher"}),  # the place names it
        ("Der Finanzminister Kessbach zahlt.", {"kessbach"}),  # a role that ends alike names no place
    ],
)
def test_a_place_s_adjective_after_an_article_names_it_and_leads_its_noun(text: str, names: set[str]) -> None:
    body = text.rfind("\n") + 1  # the sentence after the title, read in the whole text
    assert names_of(text, body, len(text)) == frozenset(names)


def test_a_compound_that_ends_in_a_metric_noun_is_no_name() -> None:
    text = "Rekordstrafe für Keltron\n\nKeltron muss zahlen."
    assert names_of(text, 0, text.index("\n")) == frozenset({"keltron"})


def test_a_valuation_after_the_round_is_the_valuation_as_usually_told_and_before_the_money_another() -> None:
    texts = [
        ("Nach der Finanzierungsrunde wird Kelmo mit 1,4 Milliarden Euro bewertet.", "2025-06-17"),
        ("Investoren bewerten Kelmo nach der Runde mit 4,1 Milliarden Euro.", "2025-06-18"),
        ("Vor dem Geld lag die Bewertung von Kelmo bei 1,25 Milliarden Euro.", "2025-06-18"),
    ]
    report = check([Article.of(f"a{i}", t, d) for i, (t, d) in enumerate(texts)], rates=RATES)
    assert [(f.kind.value, sorted(p.text for p in f.amounts)) for f in report.findings] == [
        ("conflict", ["1,4 Milliarden Euro", "4,1 Milliarden Euro"])
    ]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # an adjective the determiners list too; the phrase is the measure before the money
        ("Kelmo wurde vor der neuen Finanzierungsrunde mit 400 Mio. Euro bewertet.", "valuation:pre_money"),
        ("Kelmo wurde nach der jüngsten Finanzierungsrunde mit 400 Mio. Euro bewertet.", "valuation"),
    ],
)
def test_a_metric_noun_in_a_phrase_with_an_adjective_modifies_and_the_verb_names_the_figure(
    text: str, metric: str
) -> None:
    assert [f.metric for f in build_facts("a", text, list(extract(text)))] == [metric]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Der Flughafen hat 2024 ein Minus von 53 Mio. Euro gemacht, wie der Betreiber mitteilte.", "loss"),
        ("Der Verein hat ein Plus von 4 Mio. Euro erwirtschaftet.", "profit"),  # a result's balance
        ("Der Umsatz verzeichnete ein Minus von 5 Mio. Euro.", "revenue_change"),  # a change of a named metric
        ("Der Umsatz hat ein Plus von 4 Mio. Euro verbucht.", "revenue_change"),
    ],
)
def test_a_minus_made_is_a_loss_and_a_named_metric_s_minus_its_change(text: str, metric: str) -> None:
    assert [f.metric for f in build_facts("a", text, list(extract(text)))] == [metric]


@pytest.mark.parametrize(
    ("text", "metric", "modality"),
    [
        ("Das Programm soll die Kosten um 180 Mio. Euro pro Jahr senken.", "savings", "plan"),  # costs lowered by
        ("Die Kosten stiegen 2024 um 180 Mio. Euro.", "cost_change", "actual"),
        ("Einsparungen von 280 Mio. Euro erhofft sich der Konzern davon.", "savings", "plan"),  # hoped for
    ],
)
def test_a_cost_lowered_by_a_figure_is_a_saving_and_a_hoped_for_one_a_plan(
    text: str, metric: str, modality: str
) -> None:
    facts = build_facts("a", text, list(extract(text)), year=2025)
    assert [(f.metric, f.modality.value) for f in facts] == [(metric, modality)]


@pytest.mark.parametrize(
    ("text", "metric", "modality"),
    [
        # what a relative clause after the figure says of a thing does not make the figure a plan
        ("Für 1,6 Mrd. Euro entsteht am Flughafen ein Terminal, das 2031 eröffnen soll.", "investment", "actual"),
        ("Keltron investiert 2 Mrd. Euro in ein Werk, das 2031 in Betrieb gehen soll.", "investment", "actual"),
        ("Keltron will 2 Mrd. Euro in ein Werk investieren, das 2031 öffnet.", "investment", "plan"),
        # nor does a second verb joined after it with a modal verb: what is to be done with the figure
        ("Das Paket umfasst 2 Mrd. Euro und soll Betrieben helfen.", None, "actual"),
        ("Das Paket soll 2 Mrd. Euro umfassen und Betrieben helfen.", None, "plan"),
    ],
)
def test_a_building_for_a_figure_is_an_investment_and_a_relative_clause_makes_no_plan(
    text: str, metric: str, modality: str
) -> None:
    facts = build_facts("a", text, list(extract(text)), year=2025)
    assert [(f.metric, f.modality.value) for f in facts] == [(metric, modality)]


def test_a_currency_the_euro_replaced_converts_at_its_irrevocable_rate_without_drift() -> None:
    text = "Die Werft erhielt 1995 Hilfen von 240 Millionen Mark, umgerechnet 125 Millionen Euro."
    findings = check([Article.of("a", text, "2025-05-08")]).findings  # the shipped rates: DEM's is fixed
    assert [f.kind.value for f in findings] == ["fx_conversion"]  # 122,71 Mio. Euro on every day, not 125
    assert "at the irrevocable rate" in findings[0].message


def test_a_measure_s_phrase_holds_with_an_adjective_after_its_article() -> None:
    # a guard: before, the first figure was read as the round's funding and was never weighed against the second
    texts = [
        ("Kelmo wurde vor der neuen Finanzierungsrunde mit 400 Millionen Euro bewertet.", "2025-06-17"),
        ("Nach der Finanzierungsrunde liegt die Bewertung von Kelmo bei 500 Millionen Euro.", "2025-06-18"),
    ]
    assert check([Article.of(f"a{i}", t, d) for i, (t, d) in enumerate(texts)], rates=RATES).findings == ()


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Die Sparte steuerte 4,1 Mrd. Euro bei.", None),  # a division, no saving ("spart")
        ("Siltron baut für 8 Mrd. Dollar eine Fabrik.", "investment"),  # what a building costs its builder
        ("Das Werk wird für 2 Mrd. Euro errichtet.", "investment"),
    ],
)
def test_a_division_saves_nothing_and_what_a_builder_builds_for_is_invested(text: str, metric: str | None) -> None:
    assert [f.metric for f in build_facts("a", text, list(extract(text)))] == [metric]


@pytest.mark.parametrize(
    "text",
    [
        "Konzernweit setzte Varnholt 18,2 Mrd. Euro um.",  # an adverb of extent
        "Zudem setzte Varnholt 18,2 Mrd. Euro um.",  # after an adverb the verb comes second: no adjective
    ],
)
def test_an_adverb_that_opens_a_sentence_is_no_name_and_the_word_after_it_its_verb(text: str) -> None:
    assert [f.names for f in build_facts("a", text, list(extract(text)))] == [frozenset({"varnholt"})]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Kessbach kündigte an, jährlich 2 Mrd. Euro in Rechenzentren zu investieren.", "plan"),  # an announcement
        ("Die angekündigten Investitionen von 2 Mrd. Euro sind beschlossen.", "plan"),
        ("Kessbach investierte 2 Mrd. Euro in Rechenzentren.", "actual"),
        ("Nach dem Entwurf der Regierung fließen 2 Mrd. Euro in die Bildung.", "plan"),  # a draft
    ],
)
def test_an_announced_figure_is_a_plan(text: str, modality: str) -> None:
    assert [f.modality.value for f in build_facts("a", text, list(extract(text)))] == [modality]


@pytest.mark.parametrize(
    ("text", "metric", "modality"),
    [
        ("Die Schäden werden auf 2 Mrd. Euro geschätzt.", "damage", "estimate"),
        ("Der Gesamtschaden liegt bei 2 Mrd. Euro.", "damage", "actual"),  # a compound ending in "schaden"
        ("Die versicherten Schäden liegen bei 900 Mio. Euro.", "damage:insured", "actual"),  # a part of the damage
        ("Das Gericht sprach ihr Schadenersatz von 2 Mio. Euro zu.", "damages", "actual"),  # an award
    ],
)
def test_what_a_disaster_destroyed_is_a_damage_its_insured_part_a_measure_and_an_award_damages(
    text: str, metric: str, modality: str
) -> None:
    facts = build_facts("a", text, list(extract(text)))
    assert [(f.metric, f.modality.value) for f in facts] == [(metric, modality)]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Der operative Gewinn lag bei 2 Mrd. Euro.", "ebit"),
        ("Brandorf rechnet mit einem bereinigten operativen Gewinn von 1,9 Mrd. Euro.", "ebit:adjusted"),
        ("Brandorf hat im Quartal operativ 240 Mio. Euro verdient.", "ebit"),  # what it earned operating
    ],
)
def test_a_measure_that_names_another_metric_renames_it_before_the_other_measures(text: str, metric: str) -> None:
    assert [f.metric for f in build_facts("a", text, list(extract(text)))] == [metric]


def test_a_figure_that_goes_on_telling_the_one_before_takes_the_measure_its_own_clause_names() -> None:
    text = "Vor Sondereffekten stieg der Umsatz 2024 auf 2,3 Mrd. Euro. Nach Sondereffekten waren es 2,1 Mrd. Euro."
    assert [f.metric for f in build_facts("a", text, list(extract(text)))] == ["revenue:adjusted", "revenue"]
    assert check([Article.of("a", text, "2025-03-10")]).findings == ()


def test_a_measure_is_of_the_figure_whose_part_of_a_coordination_names_it() -> None:
    text = "Brandorf hat im Quartal 3,2 Mrd. Euro erlöst und operativ 240 Mio. Euro verdient."
    assert [f.metric for f in build_facts("a", text, list(extract(text)))] == ["revenue", "ebit"]


def test_an_approximate_figure_after_the_verb_that_closes_a_figure_s_clause_restates_it() -> None:
    text = "Hanwa hat im Quartal operativ 9,2 Billionen Won verdient, rund 9 Milliarden Euro."
    report = check([Article.of("a", text, "2025-10-30")])
    assert [f.kind.value for f in report.findings] == ["fx_conversion"]


def test_a_range_with_the_same_bounds_in_two_currencies_is_a_swapped_label() -> None:
    report = check(
        [
            Article.of("a", "Brandorf erwartet für 2025 ein Ebit von 1,9 bis 2,0 Mrd. Euro.", "2025-11-05"),
            Article.of("b", "Brandorf rechnet 2025 mit einem Ebit von 1,9 bis 2,0 Mrd. Dollar.", "2025-11-06"),
        ]
    )
    assert [f.kind.value for f in report.findings] == ["fx_conversion"]


def test_a_part_taken_from_the_figure_before_keeps_the_measure_its_clause_names() -> None:
    text = "Die Schäden liegen bei 4,1 Mrd. Euro, davon sind 1,3 Mrd. Euro versichert."
    assert [f.metric for f in build_facts("a", text, list(extract(text)))] == ["damage", "damage:insured"]


def test_a_figure_told_as_it_stands_by_now_is_a_revision_of_an_earlier_report_s() -> None:
    report = check(
        [
            Article.of("a", "Das Hochwasser in Lennbach hat Schäden von rund 2,5 Mrd. Euro angerichtet.", "2024-06-05"),
            Article.of(
                "b", "Die Schäden des Hochwassers in Lennbach liegen inzwischen bei 4,1 Mrd. Euro.", "2024-06-19"
            ),
        ]
    )
    assert report.findings == ()
    assert [f.kind.value for f in report.notes] == ["revision"]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("earnings:pre_tax", "profit:pre_tax", "meet"),  # one measure of metrics that meet
        ("figure:per einwohner", "debt:per einwohner", "meet"),  # one measure, one metric not named
        ("revenue:per aktie", "debt:per aktie", "apart"),  # one measure of two metrics
        ("damage:insured", "damage", "meet"),  # a part measure and its whole
        ("deficit", "loss", "meet"),  # a hospital's deficit is its loss
        ("cost", "price", "meet"),  # what a ticket costs is the price paid for it
        ("payment:per aktie", "dividend", "meet"),  # paid per share: a dividend, in its usual measure
        ("payment:per einwohner", "dividend", "apart"),  # in a measure no dividend is told in
    ],
)
def test_measures_of_metrics_meet_where_their_metrics_do(a: str, b: str, expected: str) -> None:
    assert metrics_meet(a, b) is (expected == "meet")
    assert metrics_meet(b, a) is (expected == "meet")


@pytest.mark.parametrize(
    "text", ["Das Vorsteuerergebnis betrug 96,4 Mio. Euro.", "Der Vorsteuergewinn stieg auf 820 Mio. Euro."]
)
def test_the_result_before_tax_in_one_word_is_the_profit_before_tax(text: str) -> None:
    assert [f.metric for f in build_facts("a", text, list(extract(text)))] == ["profit:pre_tax"]


@pytest.mark.parametrize(
    "other",
    [
        "Der Vorsteuergewinn von Kessmar stieg 2024 auf 820 Millionen Euro.",
        "Der Bruttogewinn von Kessmar lag 2024 bei 3,1 Milliarden Euro.",  # revenue less the cost of sales
    ],
)
def test_a_profit_before_tax_or_gross_and_the_bottom_line_are_two_measures(other: str) -> None:
    net = ("Kessmar verdiente 2024 unter dem Strich 560 Millionen Euro.", "2025-03-11")
    assert kinds_of((other, "2025-03-10"), net) == []


def test_a_forecast_is_what_is_told_not_whom_it_is_about() -> None:
    text = "Ravik hebt Prognose an"
    assert names_of(text, 0, len(text)) == frozenset({"ravik"})


def test_a_sentence_whose_years_all_lie_ahead_tells_a_plan_and_one_with_a_past_year_does_not() -> None:
    ahead = "Bis 2029 sinken die Einnahmen um 3 Mrd. Euro."
    mixed = "Von 2020 bis 2029 sinken die Einnahmen um 3 Mrd. Euro."
    modality = [build_facts("a", t, list(extract(t)), year=2025)[0].modality.value for t in (ahead, mixed)]
    assert modality == ["plan", "actual"]
    assert build_facts("a", ahead, list(extract(ahead)))[0].modality.value == "actual"  # no date: no year to be after


def test_a_gap_the_text_says_is_missing_is_a_deficit_and_allein_opens_a_sentence() -> None:
    text = "Allein im Etat fehlen 464 Millionen Euro."
    assert [(f.metric, f.names) for f in build_facts("a", text, list(extract(text)))] == [("deficit", frozenset())]


@pytest.mark.parametrize(
    "text",
    [
        "Kovač erhält ein Wochengehalt von 90.000 Pfund.",
        "Der Mindestlohn steigt auf 2.200 Euro im Monat.",  # a wage is a pay as a salary is
        "Das ergibt ein Jahressalär von 389.050 Euro.",  # "Salär", the Swiss word for a salary
    ],
)
def test_a_compound_that_ends_in_a_metric_noun_is_that_metric(text: str) -> None:
    assert [f.metric for f in build_facts("a", text, list(extract(text)))] == ["salary"]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Der Verteidigungsetat steigt auf 62 Mrd. Euro.", "budget"),  # any compound of "Etat"
        ("Der Verteidigungshaushalt steigt auf 62 Mrd. Euro.", "budget"),  # a public body's budget, listed
        ("Ein Privathaushalt zahlt im Schnitt 1.300 Euro.", "payment"),  # a household pays: no budget
    ],
)
def test_a_budget_named_by_a_compound(text: str, metric: str | None) -> None:
    assert [f.metric for f in build_facts("a", text, list(extract(text)))] == [metric]


def test_reference_mismatch() -> None:
    art = Article.of("a", "Die Trainingskosten von Modell Zeta lagen bei 40 Mio. US-Dollar.", "2024-02-01")
    ref = Reference("Zeta Trainingskosten", Decimal(25000000), "USD", source="test")
    report = check([art], references=[ref], rates=RATES)
    assert [f.kind.value for f in report.findings] == ["reference_mismatch"]
    assert report.findings[0].intervals == (
        (Decimal(39500000), Decimal(40500000)),
        (Decimal(25000000), Decimal(25000000)),
    )


def _sections() -> dict[str, str]:
    """docs/checks.md's sections by heading ("AF101 scale_error"), each with its text."""
    parts = re.split(r"^## (AF\d{3} \w+)\n", DOCS, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_every_kind_has_exactly_one_rule() -> None:
    assert sorted(r.kind for r in RULES) == sorted(Kind)
    for kind in Kind:
        assert rule_for(kind).kind is kind


def test_codes_are_unique_and_stable_in_form() -> None:
    codes = [r.code for r in RULES]
    assert len(set(codes)) == len(codes)
    assert all(re.fullmatch(r"AF[19]\d\d", c) for c in codes)
    assert codes == sorted(codes)  # the registry runs in the order of the codes


def test_notes_are_informational_and_flags_are_not() -> None:
    for r in RULES:
        assert isinstance(r.severity, Severity)
        assert r.note == (r.severity in {Severity.NOTICE, Severity.INFO}), r.code
    assert rule_for(Kind.REVISION).severity is Severity.NOTICE  # a reader should see that a figure changed


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_every_rule_has_its_docs_section(rule: object) -> None:
    from aifigures.check.rule import Rule  # noqa: PLC0415 - for the type only

    assert isinstance(rule, Rule)
    sections = _sections()
    heading = f"{rule.code} {rule.kind.value}"
    assert heading in sections, f"docs/checks.md has no section '## {heading}'"
    assert " ".join(rule.summary.split()) in " ".join(sections[heading].split()), "the section quotes the rule"


def test_docs_have_no_section_without_a_rule() -> None:
    assert sorted(_sections()) == sorted(f"{r.code} {r.kind.value}" for r in RULES)


def test_every_rule_has_an_example_that_finds_it() -> None:
    found = {k.removeprefix("note:") for p in EXAMPLES for k in p.values[1]}  # type: ignore[union-attr]
    found.add(Kind.REFERENCE_MISMATCH.value)  # test_reference_mismatch: it needs a reference
    assert found >= {k.value for k in Kind}


def test_reports_are_linked_by_the_rare_words_they_share_and_say_so() -> None:
    # no metric is named (a verb of buying would name a price, and a key would link them): the words do
    a = Article.of("a", "Der Hersteller Ferrovia bietet Nestara für die Süßwarensparte 2,8 Milliarden Franken.", None)
    b = Article.of("b", "Ferrovia legt demnach für die Süßwarensparte von Nestara 4,1 Milliarden Franken hin.", None)
    report = check([a, b], rates=RATES)
    assert [f.kind.value for f in report.findings] == ["conflict"]
    assert "linked by the words they share: " in report.findings[0].why
    assert "nestara" in report.findings[0].why
    assert check([a, b], rates=RATES, strictness=100).findings == ()


def test_reports_that_share_only_common_words_are_not_linked() -> None:
    a = Article.of("a", "Der Konzern zahlt demnach 2,8 Milliarden Euro.", None)
    b = Article.of("b", "Das Unternehmen zahlt demnach 4,1 Milliarden Euro.", None)
    assert check([a, b], rates=RATES).findings == ()


def test_identical_sentences_link_each_figure_to_its_own_counterpart() -> None:
    text = "Der Gewinner bekommt nicht die Gesamtsumme von 2,04 Milliarden Dollar, sondern rund 998 Millionen Dollar."
    assert check([Article.of("a", text, None), Article.of("b", text, None)], rates=RATES).findings == ()


class _TwoEras:
    """A provider whose dollar is worth 0.9 euro until 2009 and 0.7 after: a conversion fits one era."""

    name = "two eras"

    def spot(self, base: str, quote: str, on: date) -> RateQuote:
        per_dollar = Decimal("0.9") if on.year < 2010 else Decimal("0.7")
        rate = per_dollar if (base, quote) == ("USD", "EUR") else 1 / per_dollar
        return RateQuote(base, quote, rate, RateKind.SPOT, (on, on), (on, on), 1, "test", date(2020, 12, 31))

    def mean(self, base: str, quote: str, start: date, end: date) -> RateQuote:  # noqa: ARG002 - the protocol
        return self.spot(base, quote, end)


def test_an_undated_conversion_right_on_some_days_only_says_which() -> None:
    art = Article.of("a", "Keltron zahlte 2005 und 2015 je 100 Millionen Dollar, also rund 90 Millionen Euro.", None)
    report = check([art], rates=_TwoEras())
    assert report.findings == ()
    assert [f.kind.value for f in report.notes] == ["unverifiable"]
    assert "right at the ECB rates of 2005-01-01..2009-12" in report.notes[0].message


class _ParityEra(_TwoEras):
    """A provider whose dollar is worth a euro until 2009 and 0.7 after."""

    def spot(self, base: str, quote: str, on: date) -> RateQuote:
        per_dollar = Decimal(1) if on.year < 2010 else Decimal("0.7")
        rate = per_dollar if (base, quote) == ("USD", "EUR") else 1 / per_dollar
        return RateQuote(base, quote, rate, RateKind.SPOT, (on, on), (on, on), 1, "test", date(2020, 12, 31))


def test_the_same_digits_in_two_currencies_in_undated_text_say_on_which_days_they_agree() -> None:
    text = "Keltron zahlt 550 Mio. Dollar\n\nDer Konzern Keltron zahlt eine Strafe von 550 Millionen Euro."
    report = check([Article.of("a", text, None)], rates=_ParityEra())
    assert report.findings == ()
    assert [f.kind.value for f in report.notes] == ["unverifiable"]
    assert "agree at the ECB rates of 1999-01-04..2009-12-21 only" in report.notes[0].message
    dated = check([Article.of("a", text, "2015-06-01")], rates=_ParityEra())
    assert [f.kind.value for f in dated.findings] == ["fx_conversion"]


class _ParityYear(_TwoEras):
    """A provider whose dollar is worth a euro in 2010 only, and 0.7 of one in every other year."""

    def spot(self, base: str, quote: str, on: date) -> RateQuote:
        per_dollar = Decimal(1) if on.year == 2010 else Decimal("0.7")
        rate = per_dollar if (base, quote) == ("USD", "EUR") else 1 / per_dollar
        return RateQuote(base, quote, rate, RateKind.SPOT, (on, on), (on, on), 1, "test", date(2020, 12, 31))


def test_the_same_digits_in_two_currencies_that_few_of_the_possible_days_make_agree_are_a_swapped_label() -> None:
    """Undated, the text may be from any day of the rates' history; one year in twenty-two is too few."""
    text = "Keltron zahlt 550 Mio. Dollar\n\nDer Konzern Keltron zahlt eine Strafe von 550 Millionen Euro."
    report = check([Article.of("a", text, None)], rates=_ParityYear())
    assert [f.kind.value for f in report.findings] == ["fx_conversion"]
    assert "2010-01-" in report.findings[0].message
    assert "most likely wrong" in report.findings[0].message
    assert [f.kind.value for f in report.notes] == []
    lenient = check([Article.of("a", text, None)], rates=_ParityYear(), settings=Settings(swap_days=Decimal("0.01")))
    assert lenient.findings == ()
    assert [f.kind.value for f in lenient.notes] == ["unverifiable"]


def test_the_same_digits_at_another_power_of_ten_are_evidence_across_reports() -> None:
    a = Article.of("a", "Der Klub zahlte 213 Euro an Ablösesummen.", None)
    b = Article.of("b", "Der Klub gab 213 Millionen Euro an Ablösesummen aus.", None)
    report = check([a, b], rates=RATES)
    assert [f.kind.value for f in report.findings] == ["scale_error"]
    c = Article.of("c", "Der Klub gab 470 Millionen Euro an Ablösesummen aus.", None)
    assert check([a, c], rates=RATES).findings == ()  # one shared word alone links nothing


def test_approximate_digits_at_another_power_of_ten_across_reports_are_a_slip() -> None:
    a = Article.of("a", "Der Klub zahlte knapp 0,09 Milliarden Euro an Ablösesummen für Stürmer.", None)
    b = Article.of("b", "Der Klub gab gut 84 Milliarden Euro an Ablösesummen für Stürmer aus.", None)
    assert [f.kind.value for f in check([a, b], rates=RATES).findings] == ["scale_error"]  # 'knapp 90' meets 'gut 84'


def test_another_figure_both_reports_state_beside_theirs_is_evidence() -> None:
    a = Article.of(
        "a",
        "Die Förderanträge der Länder belaufen sich nicht auf 57,5 Milliarden, nur auf knapp 0,05 Milliarden Euro.",
        None,
    )
    b = Article.of(
        "b",
        "Die Förderanträge der Länder belaufen sich nicht auf 57,5 Milliarden, nur auf gut 48 Milliarden Euro.",
        None,
    )
    report = check([a, b], rates=RATES)
    assert [f.kind.value for f in report.findings] == ["scale_error"]  # 'knapp 50' meets 'gut 48' a thousandfold
    assert "the figure 57500000000 EUR" in report.findings[0].why
    c = Article.of("c", "Der Etat summiert sich auf 57,5 Milliarden, die Kosten auf 0,05 Milliarden Euro.", None)
    assert check([b, c], rates=RATES).findings == ()  # the shared figure alone links nothing


def test_periods_placed_in_the_calendar_keep_two_years_apart() -> None:
    a = Article.of("a", "Ferrovia setzte im vergangenen Jahr 4,1 Mrd. Euro mit Süßwaren in Nestara um.", "2025-03-01")
    b = Article.of("b", "Ferrovia setzte im Jahr 2024 mit Süßwaren in Nestara 4,1 Mrd. Euro um.", "2025-03-02")
    c = Article.of("c", "Ferrovia setzte im vergangenen Jahr 5,3 Mrd. Euro mit Süßwaren in Nestara um.", "2026-03-01")
    assert check([a, b], rates=RATES).findings == ()  # one year, one figure
    assert check([a, c], rates=RATES).findings == ()  # 2024 and 2025: two figures


def test_sentence_openers_and_verbs_link_no_reports() -> None:
    a = Article.of("a", "Konkret kletterte der Umsatz im Quartal auf 80,9 Milliarden Euro.", None)
    b = Article.of("b", "Konkret kletterte der Umsatz im Quartal auf 68,1 Milliarden Euro.", None)
    assert check([a, b], rates=RATES).findings == ()  # no subject: two reports of two companies, perhaps


_DPA = """Solarfirma Helionix sammelt 420 Millionen Euro ein

Der Dresdner Solarmodulhersteller Helionix hat in einer Finanzierungsrunde 420 Millionen Euro eingesammelt. \
Helionix will mit dem Geld eine zweite Fabrik in Sachsen bauen, die rund 1,2 Milliarden Euro kosten soll.

Im vergangenen Jahr setzte Helionix 310 Millionen Euro um. Der Verlust lag bei 45 Millionen Euro."""
_HB = """Helionix: Norvest steigt bei Dresdner Solarhersteller ein

Helionix erhält frisches Kapital: Der Staatsfonds Norvest führt eine Finanzierungsrunde über 240 Millionen Euro \
an. Der Modulhersteller plant eine zweite Fabrik, deren Kosten das Management auf 1,2 Milliarden Euro beziffert."""
_FR = """Sachsen: Neue Milliardenfabrik für Solarmodule

Die Landesregierung begrüßt die Pläne von Helionix. Insgesamt sollen 1,2 Milliarden Euro investiert werden, \
davon 150 Millionen Euro aus Fördermitteln und 1,3 Milliarden Euro von Investoren."""
_SZ = """Helionix: Umsatz steigt

Der Solarmodulhersteller Helionix aus Dresden kam im vergangenen Jahr auf einen Umsatz von 301 Millionen Euro."""
_OTHER = """Windparkbetreiber Ventora sammelt 380 Millionen Euro ein

Der Hamburger Windparkbetreiber Ventora hat in einer Finanzierungsrunde 380 Millionen Euro eingesammelt. \
Im vergangenen Jahr setzte Ventora 510 Millionen Euro um."""


def test_a_story_told_by_several_outlets_is_checked_as_an_analyst_would() -> None:
    """Whole articles with titles and leads: the figures the outlets disagree on are linked by the subject and
    words they share, the period placed in the calendar and the metric; another company's story, told in the
    same words, is linked to none of them."""
    arts = [
        Article.of("dpa", _DPA, "2024-03-12"),
        Article.of("hb", _HB, "2024-03-12"),
        Article.of("fr", _FR, "2024-03-13"),
        Article.of("sz", _SZ, "2024-03-13"),
        Article.of("other", _OTHER, "2024-03-12"),
    ]
    report = check(arts, rates=RATES)
    found = sorted((f.kind.value, tuple(sorted(p.text for p in f.amounts))) for f in report.findings)
    assert found == [
        ("conflict", ("240 Millionen Euro", "420 Millionen Euro", "420 Millionen Euro")),  # 420: title and text
        ("conflict", ("301 Millionen Euro", "310 Millionen Euro")),
        ("parts_total", ("1,2 Milliarden Euro", "1,3 Milliarden Euro", "150 Millionen Euro")),
    ]
    assert all("other" not in {p.article for p in f.amounts} for f in report.findings)
    assert "helionix" in next(f.why for f in report.findings if f.kind.value == "conflict")


def test_of_a_sentences_figures_the_one_that_agrees_answers_first() -> None:
    """The figures of one sentence share its words; the words around them are alike too. Of equally strong
    matches, the agreeing one is taken: the operators' 15 Mrd. answer the operators' 15 Mrd., not the total."""
    a = Article.of(
        "a",
        "Die Betreiber des Wasserstoff-Kernnetzes investieren weitere 15 Mrd. Euro bis 2032.",
        "2024-07-10",
    )
    b = Article.of(
        "b",
        "Die Betreiber investieren bis 2032 insgesamt 19,8 Mrd. Euro in das Wasserstoff-Kernnetz; "
        "der Bund steuert 4,8 Mrd. Euro bei, die Betreiber tragen 15 Mrd. Euro.",
        "2024-07-11",
    )
    assert check([a, b], rates=RATES).findings == ()
    # the same under one title: figures of one metric and one named subject are weighed in clusters too
    titled = [Article.of(x.id, "Kernnetz\n\n" + x.text, x.date) for x in (a, b)]
    assert check(titled, rates=RATES).findings == ()


def test_one_figure_against_copies_of_one_agency_text_is_one_finding() -> None:
    """Four outlets print one agency text, a fifth gives another figure: one finding, which names the copies."""
    told = "Der Chiphersteller Vantrix aus Eindhoven setzte im dritten Quartal {} Mrd. Euro um, teilte er mit."
    arts = [Article.of(f"copy{i}", told.format("4,82"), "2024-10-20") for i in range(4)]
    arts.append(Article.of("other", told.format("5,82"), "2024-10-20"))
    report = check(arts, rates=RATES)
    assert [(f.kind.value, [p.article for p in f.amounts]) for f in report.findings] == [
        ("conflict", ["copy0", "other"])
    ]
    assert "told alike in 3 more report(s)" in report.findings[0].why
    assert "copy3" in report.findings[0].why


def test_figures_for_two_things_in_sentences_alike_are_not_linked() -> None:
    """The sentences share their words and one figure, but the other figures are for two things."""
    a = Article.of(
        "a",
        "Die Landesregierung im Saarland stellt 1,5 Mrd. Euro für Ganztagsschulen und 2 Mrd. Euro für Kitas bereit.",
        "2024-05-02",
    )
    b = Article.of(
        "b",
        "Die Landesregierung im Saarland gibt 1,5 Mrd. Euro für Ganztagsschulen und 3 Mrd. Euro für Radwege aus.",
        "2024-05-03",
    )
    assert check([a, b], rates=RATES).findings == ()
    c = Article.of(
        "c", "Die Landesregierung im Saarland stellt 1,5 Mrd. Euro für Ganztagsschulen bereit.", "2024-05-02"
    )
    d = Article.of("d", "Die Landesregierung im Saarland gibt 2,5 Mrd. Euro für Ganztagsschulen.", "2024-05-03")
    assert [f.kind.value for f in check([c, d], rates=RATES).findings] == ["conflict"]  # one thing, two figures


@pytest.mark.parametrize(
    "text",
    [
        "An der Börse ist die Dorvat AG gut 12 Milliarden Euro wert.",
        "Der Börsenwert der Dorvat AG liegt bei 12 Milliarden Euro.",
        "Die Marktkapitalisierung der Dorvat AG beträgt 12 Milliarden Euro.",
    ],
)
def test_what_the_stock_market_values_a_company_at_is_the_market_measure_of_its_valuation(text: str) -> None:
    assert [f.metric for f in build_facts("a", text, list(extract(text)))] == ["valuation:market"]


def test_a_currency_s_code_is_no_name() -> None:
    """A lead's names are read with its figures in it: "EUR" after "12,5 Mio" names no one."""
    text = "Das Klinikum Sellheim erhält vom Land 12,5 Mio EUR."
    assert "eur" not in names_of(text, 0, len(text))
