"""Example tables for each point of German coverage (numbers, scales, currencies, qualifiers, periods).

A row is (text, expected amounts); an expected amount is (surface, value, currency, qualifier, period).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from aifigures import extract
from aifigures.normalise.calendar import resolve, tells_year_before

Row = tuple[str, list[tuple[str, str, str, str, str | None]]]


def one(text: str, value: str, currency: str, qualifier: str = "exact", period: str | None = None) -> Row:
    """A text that is exactly one amount."""
    return text, [(text, value, currency, qualifier, period)]


NUMBERS: list[Row] = [
    one("4,2 Mrd. Yuan", "4200000000", "CNY"),
    one("1.234,56 €", "1234.56", "EUR"),
    one("1 234 567 Euro", "1234567", "EUR"),
    one("1\u00a0234\u00a0567 Euro", "1234567", "EUR"),
    one("1\u202f234,50 Euro", "1234.5", "EUR"),
    one("CHF 1'049,95", "1049.95", "CHF"),
    one("Fr. 3’271’666.00", "3271666", "CHF"),
    one("9.999,- EUR", "9999", "EUR"),
    one("9.999,– €", "9999", "EUR"),
    one("3.5 Mrd. Franken", "3500000000", "CHF"),
    one("1.600 Euro", "1600", "EUR"),
    one("1.721.200.000.000 Euro", "1721200000000", "EUR"),
    one("-5 Mio. Euro", "-5000000", "EUR"),
    one("minus 5 Mio. Euro", "-5000000", "EUR"),
    one("EUR -3,5 Mio.", "-3500000", "EUR"),  # a minus between the sign and the number
    one("CHF −120", "-120", "CHF"),
    one("Fr. 50.–", "50", "CHF"),
    # web text: a thin space groups digits; soft hyphens and zero-width spaces hide in words (the span
    # still slices the text as given)
    one("1\u2009000 Euro", "1000", "EUR"),
    one("5\u2009Mio. Euro", "5000000", "EUR"),
    one("3,5 Mil\u00adli\u00adar\u00adden Eu\u00adro", "3500000000", "EUR"),
    one("5\u200bMio. Euro", "5000000", "EUR"),
    # two spaces (or a space and a no-break space) where one belongs, as web text has them
    one("50  Milliarden Euro", "50000000000", "EUR"),
    one("50 \u00a0Mio. Euro", "50000000", "EUR"),
    ("Das sind 5  %.", []),
]

GLUED: list[Row] = [
    ("ein 100-Euro-Schein", [("100-Euro", "100", "EUR", "exact", None)]),
    # a sign glued between hyphens into a compound
    ("das 58-€-Ticket", [("58-€", "58", "EUR", "exact", None)]),
    ("ein 1,2-Mrd.-€-Programm", [("1,2-Mrd.-€", "1200000000", "EUR", "exact", None)]),
    one("2,5Mio Euro", "2500000", "EUR"),
    one("60-Milliarden-Euro", "60000000000", "EUR"),
    one("5 Mrd.Dollar", "5000000000", "USD"),
    one("12,99€", "12.99", "EUR"),
    one("€12,99", "12.99", "EUR"),
    ("eine 31-Millionen-Dollar-Runde", [("31-Millionen-Dollar", "31000000", "USD", "exact", None)]),
]

WORDS: list[Row] = [
    one("drei Millionen Euro", "3000000", "EUR"),
    # a qualifier between the number word and its scale word
    one("eine knappe Milliarde Euro", "1000000000", "EUR", "approx"),
    one("einer guten Million Euro", "1000000", "EUR", "approx"),
    ("Es kostet die knappe Milliarde Euro.", []),  # no number word
    one("eine Milliarde Euro", "1000000000", "EUR"),
    ("mit einer Milliarde Euro", [("einer Milliarde Euro", "1000000000", "EUR", "exact", None)]),
    one("dreihundertachtzig Milliarden Renminbi", "380000000000", "CNY"),
    one("anderthalb Milliarden Euro", "1500000000", "EUR"),
    one("eineinhalb Millionen Franken", "1500000", "CHF"),
    one("zweieinhalb Milliarden Dollar", "2500000000", "USD"),
    one("eine Viertel-Billion Dollar", "250000000000", "USD"),
    one("eine halbe Milliarde Euro", "500000000", "EUR"),
    # a fraction glued to the scale word
    one("eine Viertelmilliarde Euro", "250000000", "EUR"),
    one("eine Dreiviertelmillion Dollar", "750000", "USD"),
    ("mit einer Viertelmilliarde Euro", [("einer Viertelmilliarde Euro", "250000000", "EUR", "exact", None)]),
    # number words before a currency word with no scale word: the currency word is an anchor too
    one("zwölf Euro", "12", "EUR"),
    one("zweihundert Dollar", "200", "USD"),
    ("Das Ticket kostet fünfzig Euro.", [("fünfzig Euro", "50", "EUR", "exact", None)]),
    (
        "Für einen US-Dollar gab es 7 Yuan.",
        [("einen US-Dollar", "1", "USD", "exact", None), ("7 Yuan", "7", "CNY", "exact", None)],
    ),
    ("Nur zwölf Cent.", [("zwölf Cent", "0.12", "EUR", "exact", None)]),
    one("rund zwei Euro", "2", "EUR", "approx"),
    # ranges of number words, with and without a scale word
    ("zehn bis zwölf Euro", [("zehn bis zwölf Euro", "11", "EUR", "range", None)]),
    ("zwischen zehn und zwölf Euro", [("zwischen zehn und zwölf Euro", "11", "EUR", "range", None)]),
    ("zwei bis drei Milliarden Euro", [("zwei bis drei Milliarden Euro", "2500000000", "EUR", "range", None)]),
    ("ein bis zwei Milliarden Dollar", [("ein bis zwei Milliarden Dollar", "1500000000", "USD", "range", None)]),
]

LOWER_CASE: list[Row] = [
    one("bis zu 1,91 milliarden dollar", "1910000000", "USD", "at_most"),
    one("78 millionen us-dollar", "78000000", "USD"),
    (
        "etwa 12 milliarden us-dollar pro quartal",
        [("etwa 12 milliarden us-dollar", "12000000000", "USD", "approx", "quarter")],
    ),
]

SCALES: list[Row] = [
    # a scale before a currency code that precedes the number, as Swiss reports write it
    one("Mio. CHF 1'234", "1234000000", "CHF"),
    one("Mrd. EUR 1,2", "1200000000", "EUR"),
    one("100 Tsd. Euro", "100000", "EUR"),
    one("5 Tausend Euro", "5000", "EUR"),
    one("250 TEUR", "250000", "EUR"),
    one("250 k€", "250000", "EUR"),
    one("250 kEUR", "250000", "EUR"),
    # a thousands code before the number, as in tables of accounts
    one("TEUR 250", "250000", "EUR"),
    one("T€ 1.250", "1250000", "EUR"),
    one("TUSD 80", "80000", "USD"),
    one("12,5 Mio. Euro", "12500000", "EUR"),
    one("1 Million Euro", "1000000", "EUR"),
    one("2 Millionen Euro", "2000000", "EUR"),
    one("4 Mrd. Euro", "4000000000", "EUR"),
    one("3,7 Bio. Euro", "3700000000000", "EUR"),
    one("1,6 Billionen Dollar", "1600000000000", "USD"),
    one("2 Billiarden Euro", "2000000000000000", "EUR"),
    one("1 Trillion Euro", "1000000000000000000", "EUR"),
    one("3 Mia. Franken", "3000000000", "CHF"),
    one("50 Cent", "0.5", "EUR"),
]

ELLIPTIC: list[Row] = [
    # a list of bare numbers before the figure that states scale and currency, by slashes or alternatives
    (
        "Die Kosten lagen bei 45 / 88 / 91 Mio. EUR.",
        [
            ("45", "45000000", "EUR", "exact", None),
            ("88", "88000000", "EUR", "exact", None),
            ("91 Mio. EUR", "91000000", "EUR", "exact", None),
        ],
    ),
    (
        "Das kostet 3, eher 3,5 Mrd. Euro.",
        [("3", "3000000000", "EUR", "exact", None), ("3,5 Mrd. Euro", "3500000000", "EUR", "exact", None)],
    ),
    (
        "Es kostet 4, wenn nicht gar 5 Mrd. Euro.",
        [("4", "4000000000", "EUR", "exact", None), ("5 Mrd. Euro", "5000000000", "EUR", "exact", None)],
    ),
    ("Die Quote stieg um 3, eher 4 Prozent.", []),
    ("Im Geschäftsjahr 2023/24 kostete es 5 Mio. Euro.", [("5 Mio. Euro", "5000000", "EUR", "exact", "year")]),
    # a comparison figure in parentheses before the units of both, as financial reports write the year before
    (
        "Der Umsatz stieg auf 5,3 (Vorjahr: 4,2) Milliarden Euro.",
        [("5,3", "5300000000", "EUR", "exact", None), ("4,2", "4200000000", "EUR", "exact", None)],
    ),
    (
        "Das EBIT lag bei 812 (Vj. 745) Mio. Euro.",
        [("812", "812000000", "EUR", "exact", None), ("745", "745000000", "EUR", "exact", None)],
    ),
    (
        "Das Ergebnis je Aktie lag bei 1,23 (1,05) Euro.",
        [("1,23", "1.23", "EUR", "exact", None), ("1,05", "1.05", "EUR", "exact", None)],
    ),
    (
        "Der Nettogewinn sank im ersten Quartal auf rund 120 (Vorjahreszeitraum: 150) Millionen Franken.",
        [("rund 120", "120000000", "CHF", "approx", "quarter"), ("150", "150000000", "CHF", "exact", "quarter")],
    ),
    ("Die Marge stieg auf 12,5 (11,0) Prozent.", []),
    # ... or after the units of the first: labelled, or with a decimal comma ("(1)" is a footnote)
    (
        "Umsatz: 5,2 Mrd. Euro (Vorjahr: 4,9)",
        [("5,2 Mrd. Euro", "5200000000", "EUR", "exact", None), ("4,9", "4900000000", "EUR", "exact", None)],
    ),
    (
        "Der Umsatz lag bei 812 Mio. Euro (Vj. 745).",
        [("812 Mio. Euro", "812000000", "EUR", "exact", None), ("745", "745000000", "EUR", "exact", None)],
    ),
    (
        "Der Umsatz lag bei 1,2 Mrd. Euro (1,1).",
        [("1,2 Mrd. Euro", "1200000000", "EUR", "exact", None), ("1,1", "1100000000", "EUR", "exact", None)],
    ),
    ("Der Umsatz lag bei 812 Mio. Euro (1).", [("812 Mio. Euro", "812000000", "EUR", "exact", None)]),
    ("Der Umsatz lag bei 812 Mio. Euro (2023).", [("812 Mio. Euro", "812000000", "EUR", "exact", None)]),
    ("Der Umsatz lag bei 812 Mio. Euro (4,9 %).", [("812 Mio. Euro", "812000000", "EUR", "exact", None)]),
    ("Der Umsatz lag bei 5 Mrd. Euro (Stand: 2023).", [("5 Mrd. Euro", "5000000000", "EUR", "exact", None)]),
    ("Der Umsatz lag bei 5 Mrd. Euro (Platz 3).", [("5 Mrd. Euro", "5000000000", "EUR", "exact", None)]),
    (
        "Der Umsatz: 812 Mio. Euro (2023: 745).",  # the year in the parentheses is the period of the figure in them
        [("812 Mio. Euro", "812000000", "EUR", "exact", None), ("745", "745000000", "EUR", "exact", "year")],
    ),
    ("AED 8000 (USD 2179)", [("AED 8000", "8000", "AED", "exact", None), ("USD 2179", "2179", "USD", "exact", None)]),
    # a comparison after a link word takes the units of the amount before it
    (
        "Der Umsatz stieg auf 5,3 Milliarden Euro nach 4,2 im Vorjahr.",
        [("5,3 Milliarden Euro", "5300000000", "EUR", "exact", None), ("4,2", "4200000000", "EUR", "exact", "year")],
    ),
    (
        "Der Gewinn lag bei 1,2 Mrd. Euro gegenüber 0,9 im Vorjahreszeitraum.",
        [("1,2 Mrd. Euro", "1200000000", "EUR", "exact", None), ("0,9", "900000000", "EUR", "exact", None)],
    ),
    (
        "Das sind 5 Mio. Euro statt 7.",
        [("5 Mio. Euro", "5000000", "EUR", "exact", None), ("7", "7000000", "EUR", "exact", None)],
    ),
    # "ab" right before a figure is the price it starts from; before a year it is none
    ("Der Kleinwagen kostet ab 18.490 Euro.", [("ab 18.490 Euro", "18490", "EUR", "at_least", None)]),
    ("Ab 2027 zahlt das Land 40 Mio. Euro.", [("40 Mio. Euro", "40000000", "EUR", "exact", None)]),
    # ... and so does one after a clause of the year before and a verb that restates ("waren es")
    (
        "Ein Container kostet nun 1.900 Dollar, vor einem Jahr waren es noch 4.100.",
        [("1.900 Dollar", "1900", "USD", "exact", None), ("4.100", "4100", "USD", "exact", None)],
    ),
    ("Er verkaufte 1.900 Autos, im Vorjahr waren es 1.400.", []),  # no amount before it: a count
    (
        "Die Gebühr beträgt 60 Euro, im Vorjahr waren es 2025 Anträge.",  # a year after it: no comparison
        [("60 Euro", "60", "EUR", "exact", None)],
    ),
    ("Die Kosten betrugen 5 Mio. Euro nach 2 Jahren.", [("5 Mio. Euro", "5000000", "EUR", "exact", None)]),
    ("Er zahlte 5 Mio. Euro nach 2019.", [("5 Mio. Euro", "5000000", "EUR", "exact", None)]),
    (
        "Der Umsatz wuchs auf 5,3 Mrd. Euro nach 4,2 Prozent Wachstum.",
        [("5,3 Mrd. Euro", "5300000000", "EUR", "exact", None)],
    ),
    ("Laut Artikel 5 (3) Euro-Verordnung gilt das nicht.", []),
    (
        "Alibaba (23 Mrd.) und Baidu (4,2 Mrd. Yuan) investierten.",
        [("23 Mrd.", "23000000000", "CNY", "exact", None), ("4,2 Mrd. Yuan", "4200000000", "CNY", "exact", None)],
    ),
    (
        "5 Mio. Euro für Anna, rund 3 für Ben.",
        [("5 Mio. Euro", "5000000", "EUR", "exact", None), ("rund 3", "3000000", "EUR", "approx", None)],
    ),
    ("5 Mio. Euro für Anna, 3 Tore für Ben.", [("5 Mio. Euro", "5000000", "EUR", "exact", None)]),
    (
        "Der Fonds ist mit 10 Mrd. Euro dotiert, davon kommen 6 Mrd. vom Bund.",
        [("10 Mrd. Euro", "10000000000", "EUR", "exact", None), ("6 Mrd.", "6000000000", "EUR", "exact", None)],
    ),
    (
        "Der Umsatz lag bei 1,2 Mrd. Euro, nachdem im Vorjahr 900 Mio. erzielt worden waren.",
        [
            ("1,2 Mrd. Euro", "1200000000", "EUR", "exact", None),
            ("900 Mio.", "900000000", "EUR", "exact", "year"),
        ],
    ),
    (
        "Gewinne von 3 bis 4 Mrd. jährlich erwartet er, der Umsatz soll 40 Mrd. Euro erreichen.",
        [
            ("3 bis 4 Mrd.", "3500000000", "EUR", "range", "year"),
            ("40 Mrd. Euro", "40000000000", "EUR", "exact", None),
        ],
    ),
    (
        "Die Investitionen beliefen sich 2015 auf 20,14 Mrd. Euro.",
        [("20,14 Mrd. Euro", "20140000000", "EUR", "exact", "year")],
    ),
    (
        "Das Budget von 2 Mrd. Euro erreicht 576 Millionen aktive Nutzer.",
        [("2 Mrd. Euro", "2000000000", "EUR", "exact", None)],
    ),
    (
        "stieg von 634 Millionen auf 1,14 Milliarden Dollar",
        [
            ("634 Millionen", "634000000", "USD", "exact", None),
            ("1,14 Milliarden Dollar", "1140000000", "USD", "exact", None),
        ],
    ),
    (
        "von 39,29 auf 44,58 Mrd. Euro",
        [
            ("39,29", "39290000000", "EUR", "exact", None),
            ("44,58 Mrd. Euro", "44580000000", "EUR", "exact", None),
        ],
    ),
    one("zwischen 1 und 2 Mrd. Euro", "1500000000", "EUR", "range"),
    one("120 bis 130 Millionen Euro", "125000000", "EUR", "range"),
    one("120-130 Millionen Euro", "125000000", "EUR", "range"),
    one("€ 1.000.000 - € 2.500.000", "1750000", "EUR", "range"),
    one("zwischen 9,99 € und 19,99 €", "14.99", "EUR", "range"),  # both numbers with their units
    one("Zwischen 1 Mrd. und 2 Mrd. Euro", "1500000000", "EUR", "range"),
    (  # two currencies make no range
        "2 Mio. Dollar bis 3 Mio. Euro",
        [("2 Mio. Dollar", "2000000", "USD", "exact", None), ("3 Mio. Euro", "3000000", "EUR", "exact", None)],
    ),
    (
        "zwischen 2 Mio. Dollar und 3 Mio. Euro",
        [("2 Mio. Dollar", "2000000", "USD", "exact", None), ("3 Mio. Euro", "3000000", "EUR", "exact", None)],
    ),
    ("Zwischen 5 Mio. Euro und dem Ziel liegen Welten.", [("5 Mio. Euro", "5000000", "EUR", "exact", None)]),
    (
        "1,75 Mrd. bzw. 962 Mio. Euro",
        [
            ("1,75 Mrd.", "1750000000", "EUR", "exact", None),
            ("962 Mio. Euro", "962000000", "EUR", "exact", None),
        ],
    ),
    # no currency in the sentence: a money noun before the figure in its clause (or its "Label:"), or right
    # after it (perhaps after an adjective), makes it money in the default currency
    ("Deutsche Bank: Gewinn steigt auf 1,7 Mrd.", [("1,7 Mrd.", "1700000000", "EUR", "exact", None)]),
    ("Umsatz: 5 Mrd., Nutzer: 3 Mio.", [("5 Mrd.", "5000000000", "EUR", "exact", None)]),
    (
        "Haushalt 2025: 480 Milliarden Euro, 50 Milliarden neue Schulden",
        [
            ("480 Milliarden Euro", "480000000000", "EUR", "exact", "year"),
            ("50 Milliarden", "50000000000", "EUR", "exact", "year"),  # new debt: a flow of 2025
        ],
    ),
    ("Der Umsatz wuchs auf 5 Mrd., die Zahl der Nutzer auf 3 Mio.", [("5 Mrd.", "5000000000", "EUR", "exact", None)]),
    ("Der Konzern hat 2 Millionen neue Kunden.", []),
    ("Die Gewinner: 3 Millionen Zuschauer sahen zu.", []),
]

CURRENCIES: list[Row] = [
    # a title that speaks of money in a currency gives it to a bare figure of another paragraph; a currency
    # as a topic ("Dollar-Schwäche") gives none
    (
        "Yuan-Milliarden für die Chipindustrie\n\nDie Investitionen sollen 2,4 Milliarden betragen.",
        [("2,4 Milliarden", "2400000000", "CNY", "exact", None)],
    ),
    (
        "Dollar-Schwäche belastet Exporteure\n\nDer Gewinn sank auf 2,4 Milliarden.",
        [("2,4 Milliarden", "2400000000", "EUR", "exact", None)],
    ),
    # a title's bare figure that its text tells with a currency is that money ("für 95 Millionen" is a price)
    (
        "Stürmer wechselt für 95 Millionen\n\nDie Ablöse beträgt 95 Millionen Franken.",
        [
            ("95 Millionen", "95000000", "CHF", "exact", None),
            ("95 Millionen Franken", "95000000", "CHF", "exact", None),
        ],
    ),
    # ... and one its text tells otherwise is money of the scale the text's is; not a count the text tells without a
    # currency, nor a mark ("die 400-Millionen-Marke")
    (
        "Stromnetz: 320 Milliarden bis 2045\n\nBis 2045 sind Investitionen von 230 Milliarden Franken nötig.",
        [
            ("320 Milliarden", "320000000000", "CHF", "exact", None),
            ("230 Milliarden Franken", "230000000000", "CHF", "exact", None),
        ],
    ),
    (
        "Dienst knackt 300 Millionen\n\nDer Dienst zählt 300 Millionen Abonnenten. Werbung brachte 500 Millionen Euro.",
        [("500 Millionen Euro", "500000000", "EUR", "exact", None)],
    ),
    (
        "Klub knackt die 400-Millionen-Marke\n\nDer Klub setzte 412 Millionen Euro um.",
        [("412 Millionen Euro", "412000000", "EUR", "exact", None)],
    ),
    # cents in parentheses right after an amount convert it: the home currency's cents; joined to a
    # dollar amount, the dollar's
    (
        "10 Yen (6 Cent) kostet der Sticker.",
        [("10 Yen", "10", "JPY", "exact", None), ("6 Cent", "0.06", "EUR", "exact", None)],
    ),
    (
        "Das Ticket kostet 2 Dollar und 50 Cent.",
        [("2 Dollar", "2", "USD", "exact", None), ("50 Cent", "0.50", "USD", "exact", None)],
    ),
    # a range or a change that names its subunit once, at its end, is in that subunit throughout
    ("Der Preis liegt zwischen 30 und 40 Cent.", [("zwischen 30 und 40 Cent", "0.35", "EUR", "range", None)]),
    (
        "Der Preis sinkt von 38,9 auf 34,2 Cent.",
        [("38,9", "0.389", "EUR", "exact", None), ("34,2 Cent", "0.342", "EUR", "exact", None)],
    ),
    ("Es bleiben mindestens noch 5 Mio. Euro.", [("mindestens noch 5 Mio. Euro", "5000000", "EUR", "at_least", None)]),
    # "einige" before digits means about; before a round hundred or a number word, several (no figure)
    ("Es fehlen einige 20 Milliarden Euro.", [("einige 20 Milliarden Euro", "20000000000", "EUR", "approx", None)]),
    ("Es kostet einige 100 Millionen Euro.", []),
    ("Es waren ziemlich genau 5 Mio. Euro.", [("ziemlich genau 5 Mio. Euro", "5000000", "EUR", "exact", None)]),
    ("Wie genau 5 Mio. Euro verteilt werden, ist offen.", [("5 Mio. Euro", "5000000", "EUR", "exact", None)]),
    # a cap written after the figure as a negated verb or a limit; "übersteigt" alone makes it a threshold
    (
        "Firmen, deren Umsatz 8 Mio. Euro nicht übersteigt.",
        [("8 Mio. Euro nicht übersteigt", "8000000", "EUR", "at_most", None)],
    ),
    ("Die Hilfe ist auf 2 Mio. Euro beschränkt.", [("2 Mio. Euro beschränkt", "2000000", "EUR", "at_most", None)]),
    # ... also with a per-unit phrase between them (the span stays the figure's)
    ("Die Hilfe ist auf 2 Mio. Euro je Projekt beschränkt.", [("2 Mio. Euro", "2000000", "EUR", "at_most", None)]),
    ("Sie darf 15.000 Euro pro Haushalt nicht übersteigen.", [("15.000 Euro", "15000", "EUR", "at_most", None)]),
    ("Wenn der Umsatz 8 Mio. Euro übersteigt, zahlt er.", [("8 Mio. Euro", "8000000", "EUR", "exact", None)]),
    one("5 Mrd. neuseeländische Dollar", "5000000000", "NZD"),
    one("5 Mrd. isländische Kronen", "5000000000", "ISK"),
    ("Island zahlt 5 Mrd. Kronen.", [("5 Mrd. Kronen", "5000000000", "ISK", "exact", None)]),
    # a figure's tolerance after it makes a range, not a negative amount
    (
        "Für 2026 peilt Keltron einen Gewinn von 16 Mrd. Euro an, plus oder minus eine Milliarde.",
        [("16 Mrd. Euro an, plus oder minus eine Milliarde", "16000000000", "EUR", "range", "year")],
    ),
    (
        "Für 2026 rechnet Ostrag mit 3,5 Mrd. Euro, plus minus 0,2 Mrd. Euro.",
        [("3,5 Mrd. Euro, plus minus 0,2 Mrd. Euro", "3500000000", "EUR", "range", "year")],
    ),
    (
        "Erwartet werden 5 Mrd. Euro ± 0,5 Mrd. Euro.",
        [("5 Mrd. Euro ± 0,5 Mrd. Euro", "5000000000", "EUR", "range", None)],
    ),
    # a title that speaks of a currency's billions makes the text's billions money in it
    (
        "Yuan-Milliarden für Chipfabriken\n\nInsgesamt stehen 344 Milliarden bereit.",
        [("344 Milliarden", "344000000000", "CNY", "exact", None)],
    ),
    # counted things right before "für" and the figure are what the money buys
    (
        "Die Aktie stieg auf 221 Dollar. Keltron hatte zuletzt Aktien für 110 Milliarden zurückgekauft.",
        [("221 Dollar", "221", "USD", "exact", None), ("110 Milliarden", "110000000000", "USD", "exact", None)],
    ),
    # in lower-case text, a separable verb's particle that ends the sentence makes the figure before it money
    (
        "der umsatz stieg auf 35 milliarden dollar. in asien setzte der konzern 9 milliarden um.",
        [
            ("35 milliarden dollar", "35000000000", "USD", "exact", None),
            ("9 milliarden", "9000000000", "USD", "exact", None),
        ],
    ),
    # a capital in the text is a country's cue as well
    ("Oslo – Der Fonds verlor 5 Mrd. Kronen.", [("5 Mrd. Kronen", "5000000000", "NOK", "exact", None)]),
    # a scaled figure before "sowie" ends its phrase: it borrows the currency of its sentence
    (
        "Der Kauf kostet 2 Mrd. Yen und wird mit Krediten über 800 Mio. sowie eigenen Mitteln bezahlt.",
        [("2 Mrd. Yen", "2000000000", "JPY", "exact", None), ("800 Mio.", "800000000", "JPY", "exact", None)],
    ),
    one("5 Mrd. Euros", "5000000000", "EUR"),
    one("250 T€", "250000", "EUR"),
    one("40 Mrd. Riyal", "40000000000", "SAR"),
    one("2 Mrd. Schekel", "2000000000", "ILS"),
    one("500.000 ₪", "500000", "ILS"),
    one("300 Mrd. Naira", "300000000000", "NGN"),
    one("5 Mrd. Baht", "5000000000", "THB"),
    one("10 Mrd. ägyptische Pfund", "10000000000", "EGP"),
    one("2 Mrd. Neue Taiwan-Dollar", "2000000000", "TWD"),
    ("Argentinien: 50 Mrd. Pesos.", [("50 Mrd. Pesos", "50000000000", "ARS", "exact", None)]),
    one("5 Euro", "5", "EUR"),
    one("5 Dollar", "5", "USD"),
    one("5 US-Dollar", "5", "USD"),
    one("5 Hongkong-Dollar", "5", "HKD"),
    one("5 Renminbi", "5", "CNY"),
    one("5 Yuan", "5", "CNY"),
    one("5 Yen", "5", "JPY"),
    one("5 Won", "5", "KRW"),
    one("5 Rubel", "5", "RUB"),
    one("5 Pfund", "5", "GBP"),
    one("5 Franken", "5", "CHF"),
    one("5 Rupien", "5", "INR"),
    one("5 EUR", "5", "EUR"),
    one("USD 5", "5", "USD"),
    one("5 €", "5", "EUR"),
    one("$5", "5", "USD"),
    one("US-$ 4,7 Mrd.", "4700000000", "USD"),
    one("HK$ 12", "12", "HKD"),
    one("£ 300", "300", "GBP"),
    one("Fr. 20", "20", "CHF"),
    one("¥ 23 Mrd.", "23000000000", "JPY"),
    one("5 US-Cent", "0.05", "USD"),
    one("5 Euro-Cent", "0.05", "EUR"),
    ("Das Porto steigt auf 95 ct.", [("95 ct", "0.95", "EUR", "exact", None)]),  # the dot ends the sentence
    ("Es kostet 12 ct/kWh.", [("12 ct", "0.12", "EUR", "exact", None)]),
    ("Ein Ct-Wert von 30 gilt als Grenze.", []),
    one("SFr 200", "200", "CHF"),
    one("2 Billionen japanische Yen", "2000000000000", "JPY"),
    one("5 Milliarden D-Mark", "5000000000", "DEM"),
    one("DM 5.000", "5000", "DEM"),
    one("3 Mio. Schilling", "3000000", "ATS"),
    # the other currencies the euro replaced, as German archives name them
    one("400 Franc", "400", "FRF"),
    one("7 Mio. belgische Franc", "7000000", "BEF"),
    one("250.000 Gulden", "250000", "NLG"),
    one("3 Mrd. Lire", "3000000000", "ITL"),
    one("60 Mio. Peseten", "60000000", "ESP"),
    one("900 Drachmen", "900", "GRD"),
    one("2 Mio. Finnmark", "2000000", "FIM"),
    one("4 Mio. irische Pfund", "4000000", "IEP"),
    # a code that is also a German word or unit is money only in capitals (extract.toml [capitals_only])
    one("500 DEM", "500", "DEM"),
    ("Der Umsatz lag um 4 % über dem 31. Dezember des Vorjahres.", []),
    ("Die Platte ist 5 dm breit.", []),
]

AMBIGUOUS: list[Row] = [
    # "¥" is the yen sign (CLDR); a text about China reads it as yuan
    ("Chinas Ausgaben: ¥ 23 Mrd.", [("¥ 23 Mrd.", "23000000000", "CNY", "exact", None)]),
    ("In Japan kostet es ¥ 500", [("¥ 500", "500", "JPY", "exact", None)]),
    # "Dollar" is USD unless qualified
    ("Hongkong: 5 Dollar", [("5 Dollar", "5", "USD", "exact", None)]),
]

QUALIFIERS: list[Row] = [
    one("rund 2 Mrd. Euro", "2000000000", "EUR", "approx"),
    one("etwa 2 Mrd. Euro", "2000000000", "EUR", "approx"),
    one("ca. 2 Mrd. Euro", "2000000000", "EUR", "approx"),
    one("circa 2 Mrd. Euro", "2000000000", "EUR", "approx"),
    one("ungefähr 2 Mrd. Euro", "2000000000", "EUR", "approx"),
    one("knapp 2 Mrd. Euro", "2000000000", "EUR", "approx"),
    one("gut 2 Mrd. Euro", "2000000000", "EUR", "approx"),
    one("fast 2 Mrd. Euro", "2000000000", "EUR", "approx"),
    one("in einer Größenordnung von 750 Mio. Euro", "750000000", "EUR", "approx"),
    one("im Bereich von 750 Mio. Euro", "750000000", "EUR", "approx"),
    one("grob 2 Mrd. Euro", "2000000000", "EUR", "approx"),
    one("grob geschätzt 2 Mrd. Euro", "2000000000", "EUR", "approx"),
    # a particle between the qualifier and its number
    one("mindestens aber 350 Euro", "350", "EUR", "at_least"),
    one("maximal jedoch 100.000 EUR", "100000", "EUR", "at_most"),
    one("höchstens allerdings 2 Mio. Euro", "2000000", "EUR", "at_most"),
    (
        "Die Gewerkschaft fordert 8 Prozent mehr Lohn, mindestens aber 350 Euro im Monat.",
        [("mindestens aber 350 Euro", "350", "EUR", "at_least", "month")],
    ),
    ("Das Angebot war gut, aber 5 Euro teurer.", [("5 Euro", "5", "EUR", "exact", None)]),
    one("mehr als 2 Mrd. Euro", "2000000000", "EUR", "more_than"),
    one("über 2 Mrd. Euro", "2000000000", "EUR", "more_than"),
    one("bis zu 2 Mrd. Euro", "2000000000", "EUR", "at_most"),
    one("höchstens 2 Mrd. Euro", "2000000000", "EUR", "at_most"),
    one("mindestens 2 Mrd. Euro", "2000000000", "EUR", "at_least"),
    one("2 Mrd. Euro oder mehr", "2000000000", "EUR", "at_least"),
    one("unter 2 Mrd. Euro", "2000000000", "EUR", "less_than"),
    one("nicht mehr als 2 Mrd. Euro", "2000000000", "EUR", "at_most"),
    one("nicht weniger als 2 Mrd. Euro", "2000000000", "EUR", "at_least"),
    one("unter € 50 Millionen", "50000000", "EUR", "less_than"),
    ("bis zu diesem Zeitpunkt 5 Mio. Euro", [("5 Mio. Euro", "5000000", "EUR", "exact", None)]),
    # "über" between a figure after "von" and one after "auf" is a step of a series: no lower bound
    (
        "Der Umsatz stieg von 2,1 Mrd. Euro über 2,4 Mrd. Euro auf 2,7 Mrd. Euro.",
        [
            ("2,1 Mrd. Euro", "2100000000", "EUR", "exact", None),
            ("2,4 Mrd. Euro", "2400000000", "EUR", "exact", None),
            ("2,7 Mrd. Euro", "2700000000", "EUR", "exact", None),
        ],
    ),
    # ... but stays one where no "von" figure leads the series ("auf über 4 Mrd.": more than 4 Mrd.)
    (
        "Die Kosten stiegen von 3 Mrd. Euro auf über 4 Mrd. Euro.",
        [
            ("3 Mrd. Euro", "3000000000", "EUR", "exact", None),
            ("über 4 Mrd. Euro", "4000000000", "EUR", "more_than", None),
        ],
    ),
    # a year right after each figure of a series is that figure's, though nearer to the next
    (
        "Der Umsatz stieg von 2,1 Mrd. Euro im Jahr 2022 über 2,4 Mrd. Euro im Jahr 2023 auf 2,7 Mrd. Euro 2024.",
        [
            ("2,1 Mrd. Euro", "2100000000", "EUR", "exact", "year"),
            ("2,4 Mrd. Euro", "2400000000", "EUR", "exact", "year"),
            ("2,7 Mrd. Euro", "2700000000", "EUR", "exact", "year"),
        ],
    ),
    # the English abbreviation of billions, glued or apart, in copied text
    ("Der Auftrag ist $1.5bn wert.", [("$1.5bn", "1500000000", "USD", "exact", None)]),
    ("Der Auftrag ist 1,5 bn Dollar wert.", [("1,5 bn Dollar", "1500000000", "USD", "exact", None)]),
    # ... nor after a verb that governs it ("verfügt über": what the fund has)
    (
        "Der Fonds verfügt über 344 Mrd. Yuan.",
        [("344 Mrd. Yuan", "344000000000", "CNY", "exact", None)],
    ),
    # "über" right after a noun for a document or deal names its amount: no lower bound
    ("Siemens erhielt einen Auftrag über 1,2 Mrd. Euro.", [("1,2 Mrd. Euro", "1200000000", "EUR", "exact", None)]),
    # ... and after a noun of what is given or paid, also ending a compound
    ("Die Klinik erhält eine Großspende über 2,5 Mio. Euro.", [("2,5 Mio. Euro", "2500000", "EUR", "exact", None)]),
    ("Das Land übergab einen Förderbescheid über 3 Mio. Euro.", [("3 Mio. Euro", "3000000", "EUR", "exact", None)]),
    ("Die zweite Tranche über 40 Mio. Euro folgt.", [("40 Mio. Euro", "40000000", "EUR", "exact", None)]),
    # ... in text written in lower case, after an article; "über" after a verb stays a bound
    ("die werft erhielt einen auftrag über 1,2 mrd. euro.", [("1,2 mrd. euro", "1200000000", "EUR", "exact", None)]),
    ("der umsatz stieg auf über 1,2 mrd. euro.", [("über 1,2 mrd. euro", "1200000000", "EUR", "more_than", None)]),
    (
        "Norvest führt eine Finanzierungsrunde über 240 Mio. Euro an.",
        [("240 Mio. Euro", "240000000", "EUR", "exact", None)],
    ),
    (
        "Apple kündigte ein Aktienrückkaufprogramm über 110 Milliarden Dollar an.",
        [("110 Milliarden Dollar", "110000000000", "USD", "exact", None)],
    ),
    (
        "Die Bank gewährte einen Kredit über 500 Mio. Euro, der Umsatz liegt über 2 Mrd. Euro.",
        [
            ("500 Mio. Euro", "500000000", "EUR", "exact", None),
            ("über 2 Mrd. Euro", "2000000000", "EUR", "more_than", None),
        ],
    ),
    ("Die Firma nahm über 100 Mio. Euro ein.", [("über 100 Mio. Euro", "100000000", "EUR", "more_than", None)]),
    ("Der Umsatz lag bei über 5 Mrd. Euro.", [("über 5 Mrd. Euro", "5000000000", "EUR", "more_than", None)]),
    # the span starts at the qualifier word, not at a preposition before it
    ("ein Umsatz von über 5 Mrd. Euro", [("über 5 Mrd. Euro", "5000000000", "EUR", "more_than", None)]),
    ("Das entspricht in etwa 50 Mrd. Euro.", [("etwa 50 Mrd. Euro", "50000000000", "EUR", "approx", None)]),
    ("Das kostet gut und gerne 5 Mio. Euro.", [("gut und gerne 5 Mio. Euro", "5000000", "EUR", "approx", None)]),
    (
        "Das Defizit liegt bei etwas mehr als 60 Mrd. Euro.",
        [("etwas mehr als 60 Mrd. Euro", "60000000000", "EUR", "more_than", None)],
    ),
    # a degree word before "mehr als", "weniger als" is part of the bound
    (
        "Die Firma ist knapp mehr als 4 Mrd. Euro wert, der Rivale deutlich weniger als 2 Mrd. Euro.",
        [
            ("knapp mehr als 4 Mrd. Euro", "4000000000", "EUR", "more_than", None),
            ("deutlich weniger als 2 Mrd. Euro", "2000000000", "EUR", "less_than", None),
        ],
    ),
    ("Kosten von bis zu 5 Mio. Euro", [("bis zu 5 Mio. Euro", "5000000", "EUR", "at_most", None)]),
    # a code in parentheses that repeats the currency belongs to the amount; another currency does not
    (
        "mindestens 380 Milliarden Renminbi (RMB)",
        [("mindestens 380 Milliarden Renminbi (RMB)", "380000000000", "CNY", "at_least", None)],
    ),
    ("3 Mrd. Yuan (USD)", [("3 Mrd. Yuan", "3000000000", "CNY", "exact", None)]),
]

PERIODS: list[Row] = [
    # a period named by the month it ended in is that period, not the month
    (
        "Tarvos meldete für das am 30. Juni beendete dritte Geschäftsquartal 8,6 Mrd. Dollar Umsatz.",
        [("8,6 Mrd. Dollar", "8600000000", "USD", "exact", "quarter")],
    ),
    (
        "Im Ende März abgelaufenen Geschäftsjahr verdiente Tarvos 4,9 Billionen Yen.",
        [("4,9 Billionen Yen", "4900000000000", "JPY", "exact", "year")],
    ),
    ("505 Mrd. Dollar pro Jahr", [("505 Mrd. Dollar", "505000000000", "USD", "exact", "year")]),
    # quarters by other words: Vierteljahr, Jahresviertel, a season's quarter after "in", the quarter of the
    # year before, and three months up to the end of a month
    (
        "Im dritten Jahresviertel verlor Keltron 40 Mio. Euro.",
        [("40 Mio. Euro", "40000000", "EUR", "exact", "quarter")],
    ),
    (
        "Im vergangenen Vierteljahr stieg der Umsatz auf 2 Mrd. Euro.",
        [("2 Mrd. Euro", "2000000000", "EUR", "exact", "quarter")],
    ),
    ("Keltron in Sommerquartal mit 12 Mio. Euro Verlust", [("12 Mio. Euro", "12000000", "EUR", "exact", "quarter")]),
    ("Im Winterhalbjahr nahm der Skilift 3 Mio. Euro ein.", [("3 Mio. Euro", "3000000", "EUR", "exact", "half_year")]),
    ("Im gleichen Vorjahresquartal waren es 9 Mio. Euro.", [("9 Mio. Euro", "9000000", "EUR", "exact", "quarter")]),
    (
        "In den drei Monaten bis Ende Juni setzte Keltron 4 Mrd. Euro um.",
        [("4 Mrd. Euro", "4000000000", "EUR", "exact", "quarter")],
    ),
    # a year after "für" is what a budget is for, no date, though a verb of an event follows it
    (
        "Der Bundestag hat den Haushalt für 2026 beschlossen. Die Ausgaben steigen auf 524,5 Mrd. Euro.",
        [("524,5 Mrd. Euro", "524500000000", "EUR", "exact", "year")],
    ),
    # a rate after the second figure of a change from one to the other is both figures'
    (
        "Das Kindergeld steigt von 255 Euro auf 260 Euro im Monat.",
        [("255 Euro", "255", "EUR", "exact", "month"), ("260 Euro", "260", "EUR", "exact", "month")],
    ),
    (
        "Das Kindergeld steigt um 5 Euro auf 260 Euro monatlich.",
        [("5 Euro", "5", "EUR", "exact", "month"), ("260 Euro", "260", "EUR", "exact", "month")],
    ),
    # weeks up to a day are so many times seven days (a retailer's trading season)
    (
        "In den sechs Wochen bis Anfang Januar setzte Keltron 4 Mrd. Euro um.",
        [("4 Mrd. Euro", "4000000000", "EUR", "exact", "42_days")],
    ),
    (
        "In den drei Monaten bis Mitte Juni setzte Keltron 4 Mrd. Euro um.",
        [("4 Mrd. Euro", "4000000000", "EUR", "exact", "quarter")],
    ),
    # month ranges by every name of a month, ranges of years without "von" or "zwischen"
    ("von Januar bis September 3 Mrd. Euro", [("3 Mrd. Euro", "3000000000", "EUR", "exact", "nine_months")]),
    ("Im Jänner flossen 1 Mrd. Euro.", [("1 Mrd. Euro", "1000000000", "EUR", "exact", "month")]),
    ("Im Dezember 2023 flossen 3 Mrd. Euro.", [("3 Mrd. Euro", "3000000000", "EUR", "exact", "month")]),
    ("Pro Kopf und Jahr sind das 300 Euro.", [("300 Euro", "300", "EUR", "exact", "year")]),
    ("Letztes Jahr waren es 2 Mrd. Euro.", [("2 Mrd. Euro", "2000000000", "EUR", "exact", "year")]),
    # "bis Ende 2024" states the year a figure is for, as the seed articles' gold has it
    (
        "Bis Ende 2024 wird der Verlust bei 5 Mrd. Dollar liegen.",
        [("5 Mrd. Dollar", "5000000000", "USD", "exact", "year")],
    ),
    ("Letzten Monat flossen 1 Mrd. Euro.", [("1 Mrd. Euro", "1000000000", "EUR", "exact", "month")]),
    (
        "Im Fiskaljahr 2024 setzte Apple 391 Mrd. Dollar um.",
        [("391 Mrd. Dollar", "391000000000", "USD", "exact", "year")],
    ),
    ("Halbjährlich fließen 2 Mrd. Euro.", [("2 Mrd. Euro", "2000000000", "EUR", "exact", "half_year")]),
    ("Das kostet 20 Euro pro Person und Monat.", [("20 Euro", "20", "EUR", "exact", "month")]),
    (
        "Für die Jahre 2024 bis 2027 sind 12 Mrd. Euro eingeplant.",
        [("12 Mrd. Euro", "12000000000", "EUR", "exact", "total_over_4_years")],
    ),
    ("2024–2027 fließen 8 Mrd. Euro.", [("8 Mrd. Euro", "8000000000", "EUR", "exact", "total_over_4_years")]),
    # the first N years of a programme, and "die kommenden N Jahre", are spans as "die nächsten N Jahre" are
    (
        "Das Land verzichtet in den ersten drei Jahren auf 2,7 Mrd. Euro.",
        [("2,7 Mrd. Euro", "2700000000", "EUR", "exact", "total_over_3_years")],
    ),
    (
        "Über die kommenden fünf Jahre stellt die Bahn 9 Mrd. Euro bereit.",
        [("9 Mrd. Euro", "9000000000", "EUR", "exact", "total_over_5_years")],
    ),
    # seasons or fiscal years written as split years: "2025/26 bis 2028/29" are four
    (
        "Für die Spielzeiten 2025/26 bis 2028/29 zahlen die Sender 4,5 Mrd. Euro.",
        [("4,5 Mrd. Euro", "4500000000", "EUR", "exact", "total_over_4_years")],
    ),
    # "die Jahre ... und ..." joins two years as "zwischen" does
    (
        "Für die Jahre 2027 und 2028 plant die Stadt insgesamt 940 Mio. Euro ein.",
        [("940 Mio. Euro", "940000000", "EUR", "exact", "total_over_2_years")],
    ),
    # a span of years with "jeweils" or "je" right before the figure gives each year's figure
    (
        "In den Jahren 2027 bis 2029 erhält die Hochschule jeweils 45 Mio. Euro.",
        [("45 Mio. Euro", "45000000", "EUR", "exact", "year")],
    ),
    (
        "In den nächsten vier Jahren zahlt der Bund je rund 200 Mio. Euro.",
        [("rund 200 Mio. Euro", "200000000", "EUR", "approx", "year")],
    ),
    # ... but not where a count or "und" before it tells of several others: then each one's over the span
    (
        "In den Jahren 2027 bis 2029 erhalten die drei Hochschulen jeweils 45 Mio. Euro.",
        [("45 Mio. Euro", "45000000", "EUR", "exact", "total_over_3_years")],
    ),
    # two years told together
    (
        "Für die Kitas sind in beiden Jahren zusammen 61 Mio. Euro eingeplant.",
        [("61 Mio. Euro", "61000000", "EUR", "exact", "total_over_2_years")],
    ),
    # ... but each of them
    (
        "Für den Hochwasserschutz stellt das Land in beiden Jahren jeweils 90 Mio. Euro bereit.",
        [("90 Mio. Euro", "90000000", "EUR", "exact", "year")],
    ),
    # ... a budget for both years, and the years of a plan after "für" joined by "und"
    (
        "Größter Posten sind die Schulen mit 38 Mio. Euro für beide Jahre.",
        [("38 Mio. Euro", "38000000", "EUR", "exact", "total_over_2_years")],
    ),
    (
        "Der Rat beschloss den Etat für 2027 und 2028 mit einem Volumen von zusammen 1,4 Mrd. Euro.",
        [("1,4 Mrd. Euro", "1400000000", "EUR", "exact", "total_over_2_years")],
    ),
    # a year two years on
    (
        "Im übernächsten Jahr sollen es 572 Mio. Euro sein.",
        [("572 Mio. Euro", "572000000", "EUR", "exact", "year")],
    ),
    # a clause that opens with "also" right after a figure restates it: it takes the figure's period
    (
        "Der Sender zahlt 300 Mio. Euro pro Saison, also rund 260 Mio. Pfund.",
        [
            ("300 Mio. Euro", "300000000", "EUR", "exact", "season"),
            ("rund 260 Mio. Pfund", "260000000", "GBP", "approx", "season"),
        ],
    ),
    # a sentence that draws a conclusion from the previous figures inherits their period
    (
        "Im ersten Halbjahr investierte A 2 Mrd. Euro.\n\nDas bedeutet, dass es über 5 Mrd. Euro waren.",
        [
            ("2 Mrd. Euro", "2000000000", "EUR", "exact", "half_year"),
            ("über 5 Mrd. Euro", "5000000000", "EUR", "more_than", "half_year"),
        ],
    ),
    # a clause with its own deadline takes no year from an earlier clause
    (
        "Der Umsatz 2023 betrug 5 Mrd. Euro, bis 2027 sollen es 8 Mrd. Euro sein.",
        [("5 Mrd. Euro", "5000000000", "EUR", "exact", "year"), ("8 Mrd. Euro", "8000000000", "EUR", "exact", None)],
    ),
    # a year after "seit" is where a span begins, not a period
    (
        "Seit seiner Gründung 2015 sammelte es 2,3 Mrd. Dollar ein.",
        [("2,3 Mrd. Dollar", "2300000000", "USD", "exact", None)],
    ),
    # a period in parentheses belongs to what stands in them
    (
        "Die Einnahmen: 3,2 Mio. Euro (2023: 2,9 Mio. Euro).",
        [("3,2 Mio. Euro", "3200000", "EUR", "exact", None), ("2,9 Mio. Euro", "2900000", "EUR", "exact", "year")],
    ),
    (
        "Im Juli flossen 78 Mrd. Yuan (ca. 10 Mrd. Euro).",
        [
            ("78 Mrd. Yuan", "78000000000", "CNY", "exact", "month"),
            ("ca. 10 Mrd. Euro", "10000000000", "EUR", "approx", "month"),
        ],
    ),
    ("jährlich 5 Mio. Euro", [("5 Mio. Euro", "5000000", "EUR", "exact", "year")]),
    ("5 Mio. Euro im Jahr", [("5 Mio. Euro", "5000000", "EUR", "exact", "year")]),
    ("im ersten Halbjahr 5 Mio. Euro", [("5 Mio. Euro", "5000000", "EUR", "exact", "half_year")]),
    ("im Quartal 5 Mio. Euro", [("5 Mio. Euro", "5000000", "EUR", "exact", "quarter")]),
    ("monatlich 5 Mio. Euro", [("5 Mio. Euro", "5000000", "EUR", "exact", "month")]),
    ("9,99 Euro/Monat", [("9,99 Euro", "9.99", "EUR", "exact", "month")]),
    ("3 Mrd. Euro/Quartal", [("3 Mrd. Euro", "3000000000", "EUR", "exact", "quarter")]),
    ("Aufs Jahr gerechnet sind das 12 Mrd. Euro.", [("12 Mrd. Euro", "12000000000", "EUR", "exact", "year")]),
    (
        "Im Weihnachtsquartal setzte Apple 124 Mrd. Dollar um.",
        [("124 Mrd. Dollar", "124000000000", "USD", "exact", "quarter")],
    ),
    ("drei Jahre lang 5 Mrd. Euro", [("5 Mrd. Euro", "5000000000", "EUR", "exact", "total_over_3_years")]),
    ("3 Jahre lang 5 Mrd. Euro", [("5 Mrd. Euro", "5000000000", "EUR", "exact", "total_over_3_years")]),
    # a sum spread over years ("verteilt auf", "auf ... angelegt")
    ("verteilt auf vier Jahre 8 Mrd. Euro", [("8 Mrd. Euro", "8000000000", "EUR", "exact", "total_over_4_years")]),
    (
        "Das auf fünf Jahre angelegte Programm umfasst 2 Mrd. Euro.",
        [("2 Mrd. Euro", "2000000000", "EUR", "exact", "total_over_5_years")],
    ),
    ("binnen eines Jahres 5 Mrd. Euro", [("5 Mrd. Euro", "5000000000", "EUR", "exact", "year")]),
    ("in den ersten neun Monaten 5 Mio. Euro", [("5 Mio. Euro", "5000000", "EUR", "exact", "nine_months")]),
    (
        "in den nächsten drei Jahren 5 Mio. Euro",
        [("5 Mio. Euro", "5000000", "EUR", "exact", "total_over_3_years")],
    ),
    (
        "in den nächsten Jahren 5 Mio. Euro",
        [("5 Mio. Euro", "5000000", "EUR", "exact", "total_over_multiple_years")],
    ),
    ("in den ersten 100 Tagen 5 Mio. Euro", [("5 Mio. Euro", "5000000", "EUR", "exact", "100_days")]),
    ("Schulden von 5 Mio. Euro Ende 2023", [("5 Mio. Euro", "5000000", "EUR", "exact", None)]),
    ("Umsatz 2018 von 5 Mio. Euro", [("5 Mio. Euro", "5000000", "EUR", "exact", "year")]),
    ("Die Aktie kostete 2021 noch 50 Euro.", [("50 Euro", "50", "EUR", "exact", None)]),
    (
        "Der Börsenwert stieg 2023 auf 3 Billionen Dollar.",
        [("3 Billionen Dollar", "3000000000000", "USD", "exact", None)],
    ),
    ("ein Plus von 200 Mio. Euro gegenüber 2022", [("200 Mio. Euro", "200000000", "EUR", "exact", None)]),
    (
        "eine Netto-Cash-Position von 4,6 Mrd. Yuan Ende 2023 und ein Cash-Burn von 4,7 Mrd. Yuan im gleichen Zeitraum",
        [
            ("4,6 Mrd. Yuan", "4600000000", "CNY", "exact", None),
            ("4,7 Mrd. Yuan", "4700000000", "CNY", "exact", "year"),
        ],
    ),
    (
        "Jedes Jahr gehen 120 Rechenzentren mit Kosten von 100 Mio. Dollar ans Netz.",
        [("100 Mio. Dollar", "100000000", "USD", "exact", None)],
    ),
    (
        "Jedes Jahr steigt der Umsatz um 5 Prozent auf 100 Mio. Dollar.",
        [("100 Mio. Dollar", "100000000", "USD", "exact", "year")],
    ),
    (
        "Im Jahr 2023 wurden 120 Projekte mit 5 Mio. Euro gefördert.",
        [("5 Mio. Euro", "5000000", "EUR", "exact", "year")],
    ),
    ("Umsatz im Q3 von 5 Mio. Euro", [("5 Mio. Euro", "5000000", "EUR", "exact", "quarter")]),
    ("Umsatz für das dritte Quartal: 5 Mio. Euro", [("5 Mio. Euro", "5000000", "EUR", "exact", "quarter")]),
    # a one-off payment is an event: a month or a year beside it is its date
    ("Im Dezember gibt es eine Einmalzahlung von 1.200 Euro.", [("1.200 Euro", "1200", "EUR", "exact", None)]),
    ("Die erste Tranche von 40 Mio. Euro fließt im April.", [("40 Mio. Euro", "40000000", "EUR", "exact", None)]),
    ("Der Manager erhielt 2024 eine Abfindung von 3 Mio. Euro.", [("3 Mio. Euro", "3000000", "EUR", "exact", None)]),
    # the year in the genitive, of what the figure is; not a day in it
    (
        "Im Haushalt des kommenden Jahres sind 6 Mrd. Euro eingeplant.",
        [("6 Mrd. Euro", "6000000000", "EUR", "exact", "year")],
    ),
    (
        "Bis Ende des kommenden Jahres sollen die Schulden auf 3 Mrd. Euro sinken.",
        [("3 Mrd. Euro", "3000000000", "EUR", "exact", None)],
    ),
    # a period the report looks back on
    (
        "Im zurückliegenden Quartal verdiente Keltron 4 Mio. Euro.",
        [("4 Mio. Euro", "4000000", "EUR", "exact", "quarter")],
    ),
    # a label's ordinal in digits, without a preposition
    ("Umsatz 1. Halbjahr: 5 Mio. Euro", [("5 Mio. Euro", "5000000", "EUR", "exact", "half_year")]),
    ("Das 3. Quartal brachte 7 Mio. Euro Umsatz.", [("7 Mio. Euro", "7000000", "EUR", "exact", "quarter")]),
    ("in den ersten drei Quartalen 5 Mio. Euro", [("5 Mio. Euro", "5000000", "EUR", "exact", "nine_months")]),
    ("von Januar bis Mai 5 Mio. Euro", [("5 Mio. Euro", "5000000", "EUR", "exact", "five_months")]),
    ("eine Monatsmiete von 1.200 Euro", [("1.200 Euro", "1200", "EUR", "exact", "month")]),
    ("bis zum Jahr 2030 sollen 5 Mrd. Euro fließen", [("5 Mrd. Euro", "5000000000", "EUR", "exact", None)]),
    ("Umsatz H1/2024: 5 Mio. Euro", [("5 Mio. Euro", "5000000", "EUR", "exact", "half_year")]),
    # a number right after "Jahr" is the amount's, unless it is a year ("im Jahr 2023" is a year number)
    ("Der Bund stellt jedes Jahr 2 Mrd. Euro bereit.", [("2 Mrd. Euro", "2000000000", "EUR", "exact", "year")]),
    ("Im Jahr 2023 betrugen die Schulden 2 Mrd. Euro.", [("2 Mrd. Euro", "2000000000", "EUR", "exact", None)]),
    # the line that introduces a list states the period of its items in words; a bare year there dates events
    (
        "Umsatz im ersten Quartal 2024:\n- Europa: 3,1 Mrd. Euro\n- Asien: 2,4 Mrd. Euro",
        [
            ("3,1 Mrd. Euro", "3100000000", "EUR", "exact", "quarter"),
            ("2,4 Mrd. Euro", "2400000000", "EUR", "exact", "quarter"),
        ],
    ),
    # a table's column header states the period of its cells (a year heading a column labels its figures)
    (
        "| Sparte | Umsatz Q1 2024 | Umsatz 2023 |\n|---|---|---|\n| Europa | 3,1 Mrd. Euro | 11,9 Mrd. Euro |",
        [
            ("3,1 Mrd. Euro", "3100000000", "EUR", "exact", "quarter"),
            ("11,9 Mrd. Euro", "11900000000", "EUR", "exact", "year"),
        ],
    ),
    ("| Sparte | Wert |\n| Europa | 3,1 Mrd. Euro |", [("3,1 Mrd. Euro", "3100000000", "EUR", "exact", None)]),
    (
        "Die größten Übernahmen 2023:\n- Keltron kaufte Aldona für 5 Mrd. Euro",
        [("5 Mrd. Euro", "5000000000", "EUR", "exact", None)],
    ),
    # a scaled figure followed by an article is no count of a noun: money where a money figure goes before it
    (
        "Der Umbau kostet 70 Millionen Euro. Zuvor war von 50 Millionen die Rede.",
        [
            ("70 Millionen Euro", "70000000", "EUR", "exact", None),
            ("50 Millionen", "50000000", "EUR", "exact", None),
        ],
    ),
    # ... but the partitive "der" leads the counted noun
    (
        "Der Umbau kostet 70 Millionen Euro. Er dient 2 Millionen der Pendler.",
        [("70 Millionen Euro", "70000000", "EUR", "exact", None)],
    ),
    # a scaled figure after "für" is what was paid, whatever word follows it (but a counted noun, also at the
    # sentence's end)
    (
        "Osei kam für 42 Millionen Euro. Brekke wechselte für 28 Millionen von Vellmar nach Kranstein.",
        [
            ("42 Millionen Euro", "42000000", "EUR", "exact", None),
            ("28 Millionen", "28000000", "EUR", "exact", None),
        ],
    ),
    (
        "Der Umbau kostet 70 Millionen Euro. Das Netz reicht für 2 Millionen Haushalte.",
        [("70 Millionen Euro", "70000000", "EUR", "exact", None)],
    ),
    # a table's cell that is a scaled figure alone is money, in the article's currency, where the table's header
    # and the row's label count nothing
    (
        "Die Stadt gibt 412 Mio. Euro aus.\n\n| Bereich | 2026 |\n|---|---|\n| Personal | 124 Mio. |",
        [
            ("412 Mio. Euro", "412000000", "EUR", "exact", None),
            ("124 Mio.", "124000000", "EUR", "exact", "year"),
        ],
    ),
    (
        "Die Stadt gibt 412 Mio. Euro aus.\n\n| Stadtteil | 2026 |\n|---|---|\n| Einwohner | 1,2 Mio. |",
        [("412 Mio. Euro", "412000000", "EUR", "exact", None)],
    ),
    # a sentence that names a year of its own before its figure tells another time than the figure before it
    (
        "Allein in diesem Jahr sind es 140 Mio. Euro. Bis 2030 sollen es insgesamt 800 Mio. Euro werden.",
        [
            ("140 Mio. Euro", "140000000", "EUR", "exact", "year"),
            ("800 Mio. Euro", "800000000", "EUR", "exact", None),
        ],
    ),
    # a report goes on with a yield or contributions ("Der Betriebsertrag", "Die gebuchten Bruttobeiträge")
    (
        "Im ersten Semester verdiente Helvetrail 153 Mio. Franken. Der Betriebsertrag stieg auf 5‘480 Mio. Franken.",
        [
            ("153 Mio. Franken", "153000000", "CHF", "exact", "half_year"),
            ("5‘480 Mio. Franken", "5480000000", "CHF", "exact", "half_year"),
        ],
    ),
    (
        "Im Quartal verdiente Aurelia 412 Mio. Euro. Die gebuchten Bruttobeiträge stiegen auf 9,2 Mrd. Euro.",
        [
            ("412 Mio. Euro", "412000000", "EUR", "exact", "quarter"),
            ("9,2 Mrd. Euro", "9200000000", "EUR", "exact", "quarter"),
        ],
    ),
    # the items of a list that breaks down a whole told before its colon take the whole's period
    (
        "Die Stadt gibt 2026 rund 90 Mio. Euro aus. Davon entfallen auf:\n- Schulen: 20 Mio. Euro",
        [
            ("rund 90 Mio. Euro", "90000000", "EUR", "approx", "year"),
            ("20 Mio. Euro", "20000000", "EUR", "exact", "year"),
        ],
    ),
    # a debt takes no period from another clause; parentheses of a stated period alone qualify the sentence,
    # a bare year in them is a date
    (
        "Im schwachen Geschäftsjahr werden Verbindlichkeiten von 4 Mio. Euro fällig.",
        [("4 Mio. Euro", "4000000", "EUR", "exact", "year")],
    ),
    (
        "Ein schwaches Geschäftsjahr, in dem Schulden von 4 Mio. Euro fällig werden.",
        [("4 Mio. Euro", "4000000", "EUR", "exact", None)],
    ),
    (
        "Den größten Umsatz (im Geschäftsjahr 2022/23) meldete Keltron mit 9 Mrd. Euro.",
        [("9 Mrd. Euro", "9000000000", "EUR", "exact", "year")],
    ),
    ("Keltron und Aldona (2001): 9 Mrd. Euro", [("9 Mrd. Euro", "9000000000", "EUR", "exact", None)]),
    (
        "Für das laufende Jahr rechnet das Management mit 3 Mrd. Euro.",
        [("3 Mrd. Euro", "3000000000", "EUR", "exact", "year")],
    ),
    ("Jahr für Jahr fließen 3 Mio. Euro.", [("3 Mio. Euro", "3000000", "EUR", "exact", "year")]),
    # "heuer" (Austria, Bavaria): this year; "ungeheuer" is no period
    ("Heuer soll der Umsatz auf 13 Mrd. Euro steigen.", [("13 Mrd. Euro", "13000000000", "EUR", "exact", "year")]),
    ("Das kostet ungeheuer viel: 5 Mrd. Euro.", [("5 Mrd. Euro", "5000000000", "EUR", "exact", None)]),
    ("Im Jahresschnitt lagen die Kosten bei 3 Mio. Euro.", [("3 Mio. Euro", "3000000", "EUR", "exact", "year")]),
    ("in den nächsten  drei Jahren 5 Mio. Euro", [("5 Mio. Euro", "5000000", "EUR", "exact", "total_over_3_years")]),
    ("Die Kosten betragen 5 Mio. Euro p. a. für die Stadt.", [("5 Mio. Euro", "5000000", "EUR", "exact", "year")]),
    ("Die Kosten betragen 5 Mio. Euro p.\u00a0a. für die Stadt.", [("5 Mio. Euro", "5000000", "EUR", "exact", "year")]),
    (
        "Insgesamt 3 Mrd. Euro sollen bis 2028 fließen, davon 1 Mrd. Euro im ersten Jahr.",
        [("3 Mrd. Euro", "3000000000", "EUR", "exact", None), ("1 Mrd. Euro", "1000000000", "EUR", "exact", "year")],
    ),
    ("Im ersten Jahrzehnt flossen 3 Mrd. Euro.", [("3 Mrd. Euro", "3000000000", "EUR", "exact", None)]),
    # a year of founding is a date; "wert" after an amount makes it a valuation (a stock, no period)
    (
        "Das Unternehmen wurde 2015 gegründet und ist heute 2 Mrd. Euro wert.",
        [("2 Mrd. Euro", "2000000000", "EUR", "exact", None)],
    ),
    (
        "Die 2019 gegründete Firma sammelte 100 Mio. Dollar ein.",
        [("100 Mio. Dollar", "100000000", "USD", "exact", None)],
    ),
    ("Die Firma war 2023 rund 2 Mrd. Euro wert.", [("rund 2 Mrd. Euro", "2000000000", "EUR", "approx", None)]),
    # a clause with its own deadline takes no period from the clause before ("heuer" is not the span up to 2029)
    (
        "Die Investitionen steigen heuer auf 1,1 Mrd. Euro, bis 2029 plant Arvo insgesamt 6 Mrd. Euro ein.",
        [("1,1 Mrd. Euro", "1100000000", "EUR", "exact", "year"), ("6 Mrd. Euro", "6000000000", "EUR", "exact", None)],
    ),
    # a term's length is the figure's period, a total over it
    (
        "Die Mehrkosten liegen bei 9,2 Mrd. Euro über die gesamte Laufzeit von 27 Monaten.",
        [("9,2 Mrd. Euro", "9200000000", "EUR", "exact", "27_months")],
    ),
    # "der Wert des ..." is a stock: no period from the clause before ("Aufträge im Wert von" stay a flow)
    (
        "Im ersten Halbjahr nahm Arvo 380 Mio. Euro ein, der Wert des Bestands liegt bei 9,1 Mrd. Euro.",
        [
            ("380 Mio. Euro", "380000000", "EUR", "exact", "half_year"),
            ("9,1 Mrd. Euro", "9100000000", "EUR", "exact", None),
        ],
    ),
    # ... and so does "bewertet" after it: the year is the valuation's date
    (
        "Bei der letzten Runde 2023 hatten Investoren die Firma mit 2,1 Mrd. Dollar bewertet.",
        [("2,1 Mrd. Dollar", "2100000000", "USD", "exact", None)],
    ),
    ("Waren im Wert von 2 Mrd. Euro wurden 2023 exportiert.", [("2 Mrd. Euro", "2000000000", "EUR", "exact", "year")]),
    # "seit" up to five words before a year, in its clause, makes it where a span begins
    (
        "Seit dem Start im Jahr 2018 wurden 3 Mrd. Euro investiert.",
        [("3 Mrd. Euro", "3000000000", "EUR", "exact", None)],
    ),
    (
        "Seit Jahren wächst der Umsatz, 2023 auf 5 Mrd. Euro.",
        [("5 Mrd. Euro", "5000000000", "EUR", "exact", "year")],
    ),
]

NEGATIVES: list[Row] = [
    ("Der Umsatz stieg um 1,91 Prozent.", []),
    ("Der Anteil lag bei 42,61 %.", []),
    ("Am 28.08.2024 im Jahr 2024 und am 27. Februar.", []),
    ("576 Millionen aktive Nutzer und 1,6 Millionen Server", []),
    ("46,6 Milliarden Kubikmeter Gas", []),
    ("Der DAX schloss bei 18.500 Punkten.", []),
    ("ein Plus von 0,5 Prozent", []),
    ("ein Euro-Rettungsschirm", []),
    ("die zwei Euro-Länder", []),
    ("Das ist 1/2 Milliarde Euro.", []),
    # equal bounds after a dash are no range: the figure is told twice
    (
        "Der Wert lag bei fast 300.000.000 Euro – 300 Millionen Euro.",
        [
            ("fast 300.000.000 Euro", "300000000", "EUR", "approx", None),
            ("300 Millionen Euro", "300000000", "EUR", "exact", None),
        ],
    ),  # a fraction is not read; its denominator is no figure of its own
    ("Ein Pfund Kaffee kostet 8 Euro.", [("8 Euro", "8", "EUR", "exact", None)]),  # "ein Pfund" weighs
    ("Die COP 28 in Dubai, Benzin mit 95 RON, PHP 8.", []),
    ("Der Euro stieg, ein starker Euro.", []),
    ("Die 19 Euro-Länder einigten sich.", []),
    (
        "Das Video für 5.000 Euro wurde 2 Millionen mal angesehen.",
        [("5.000 Euro", "5000", "EUR", "exact", None)],
    ),
    ("Milliarden Euro flossen", []),
    # inflected adjectives between a scaled number and its noun: a count
    (
        "Für 80 Mio. Euro gab die Bank 40 Millionen weitere neue Aktien aus.",
        [("80 Mio. Euro", "80000000", "EUR", "exact", None)],
    ),
    # odds or a ratio: the number after "1 zu" is no money, though its sentence has some
    (
        "Wer 2 Millionen Euro gewinnen will, hat eine Chance von 1 zu 140 Millionen.",
        [("2 Millionen Euro", "2000000", "EUR", "exact", None)],
    ),
    # an order of magnitude is no amount
    ("Der Schaden beträgt mehrere zehntausend Euro.", []),
    ("Das kostet einige hundert Millionen Euro, ein paar tausend Euro mehr.", []),
    (
        "Die Firma zahlte mehrere 100 Millionen Euro, davon 5 Mio. Euro bar.",
        [("5 Mio. Euro", "5000000", "EUR", "exact", None)],
    ),
]

# a period reaches an amount within its sentence only: a dot after an abbreviation of any length ends none
SENTENCES: list[Row] = [
    ("Der Umsatz lag im Jahr 2023 inkl. Zinsen bei 5 Mio. Euro.", [("5 Mio. Euro", "5000000", "EUR", "exact", "year")]),
    (
        "Der Umsatz lag im Jahr 2023 exkl. Sonderposten bei 5 Mio. Euro.",
        [("5 Mio. Euro", "5000000", "EUR", "exact", "year")],
    ),
    (
        "Der Umsatz lag im Jahr 2023 bzgl. des Kerngeschäfts bei 5 Mio. Euro.",
        [("5 Mio. Euro", "5000000", "EUR", "exact", "year")],
    ),
    ("Der Gewinn stieg im Jahr 2023 um ca. 5 Mio. Euro.", [("ca. 5 Mio. Euro", "5000000", "EUR", "approx", "year")]),
    (
        "Der Gewinn stieg im Jahr 2023 kaum. Die Firma zahlte 5 Mio. Euro.",
        [("5 Mio. Euro", "5000000", "EUR", "exact", None)],
    ),
    (
        "Der Gewinn stieg im Jahr 2023 deutlich. Die Firma zahlte 5 Mio. Euro.",
        [("5 Mio. Euro", "5000000", "EUR", "exact", None)],
    ),
]

# the article as context: a figure without a currency, called money by its sentence or by continuing the
# sentence before, takes the currency the article last named (marked inferred; see test_article_currency)
ARTICLE: list[Row] = [
    (
        "Die Norvia AG setzte 2,5 Mrd. Franken um.\n\nDer Gewinn lag bei 300 Millionen.",
        [
            ("2,5 Mrd. Franken", "2500000000", "CHF", "exact", None),
            ("300 Millionen", "300000000", "CHF", "exact", None),
        ],
    ),
    (
        "Der Umsatz stieg auf 4 Mrd. Dollar. Zuvor waren es 3,6 Milliarden.",
        [("4 Mrd. Dollar", "4000000000", "USD", "exact", None), ("3,6 Milliarden", "3600000000", "USD", "exact", None)],
    ),
    (
        "Die Kosten liegen bei 7 Mio. Euro. Anfangs waren 5 Millionen veranschlagt.",
        [("7 Mio. Euro", "7000000", "EUR", "exact", None), ("5 Millionen", "5000000", "EUR", "exact", None)],
    ),
    # ... unless its own sentence names a currency with "in" before it, no figure between
    (
        (
            "Die Stiftung Halmer verwaltet 1,2 Billionen Dollar. "
            "In norwegischen Kronen entspricht das rund 12.800 Milliarden."
        ),
        [
            ("1,2 Billionen Dollar", "1200000000000", "USD", "exact", None),
            ("rund 12.800 Milliarden", "12800000000000", "NOK", "approx", None),
        ],
    ),
    (
        "Der Auftrag ist 800 Mio. Dollar wert. Umgerechnet in Euro sind das etwa 740 Millionen.",
        [
            ("800 Mio. Dollar", "800000000", "USD", "exact", None),
            ("etwa 740 Millionen", "740000000", "EUR", "approx", None),
        ],
    ),
    (
        "Der Versender setzte 4 Mrd. Dollar um. In Euro-Ländern wurden davon 300 Millionen umgesetzt.",
        [("4 Mrd. Dollar", "4000000000", "USD", "exact", None), ("300 Millionen", "300000000", "USD", "exact", None)],
    ),
    (
        "Der Umsatz stieg auf 4 Mrd. Euro. Die Zahl der Kunden stieg auf 2 Millionen.",
        [("4 Mrd. Euro", "4000000000", "EUR", "exact", None)],
    ),
    # a counter after a number measures that number, not the figure that follows ...
    (
        "Die Exporte sanken auf 2,2 Mrd. Franken. In Asien gab es ein Minus von 25 Prozent auf 140 Millionen.",
        [
            ("2,2 Mrd. Franken", "2200000000", "CHF", "exact", None),
            ("140 Millionen", "140000000", "CHF", "exact", None),
        ],
    ),
    # ... and one after "für" tells what the money is for
    (
        "Im Etat stehen 3 Mrd. Euro bereit. Für Neubauten sind 1,2 Milliarden vorgesehen, für Geräte 0,8 Milliarden.",
        [
            ("3 Mrd. Euro", "3000000000", "EUR", "exact", None),
            ("1,2 Milliarden", "1200000000", "EUR", "exact", None),
            ("0,8 Milliarden", "800000000", "EUR", "exact", None),
        ],
    ),
    # ... while a compound that ends in "zahl" counts what the figure is
    (
        "Der Umsatz lag bei 2 Mrd. Euro. Die Kundenzahl stieg um sieben Prozent auf 140 Millionen.",
        [("2 Mrd. Euro", "2000000000", "EUR", "exact", None)],
    ),
    # a figure that goes on from the money ending the paragraph before is money too; not past a heading
    (
        "Der Umsatz stieg auf 4 Mrd. Dollar.\n\nZuvor waren es 3 Milliarden.",
        [
            ("4 Mrd. Dollar", "4000000000", "USD", "exact", None),
            ("3 Milliarden", "3000000000", "USD", "exact", None),
        ],
    ),
    (
        "Der Umsatz stieg auf 4 Mrd. Dollar.\n\nKunden\n\nZuvor waren es 3 Milliarden.",
        [("4 Mrd. Dollar", "4000000000", "USD", "exact", None)],
    ),
    # a money verb before a figure makes it money, whatever word follows it ("stecken ... 1,2 Milliarden in")
    (
        "Der Gewinn sank auf 300 Mio. Euro.\n\nFrage: Und die Werke?\n\nBis 2028 stecken wir 1,2 Milliarden in sie.",
        [
            ("300 Mio. Euro", "300000000", "EUR", "exact", None),
            ("1,2 Milliarden", "1200000000", "EUR", "exact", None),
        ],
    ),
    # a figure continues one whose currency was itself inferred; a lower-case word ending the sentence
    # after the figure is its verb
    (
        (
            "Keltron setzte 2 Mrd. Dollar um.\n\nDer Gewinn soll 400 Millionen erreichen. "
            "Zuvor war man von 350 Millionen ausgegangen."
        ),
        [
            ("2 Mrd. Dollar", "2000000000", "USD", "exact", None),
            ("400 Millionen", "400000000", "USD", "exact", None),
            ("350 Millionen", "350000000", "USD", "exact", None),
        ],
    ),
    # the point of "Mio." ends the sentence too, and the line break ends its clause
    (
        "Die Kosten lagen bei 7 Mio. Euro. Geplant waren 5 Mio.\n\nNeue Pläne gibt es nicht.",
        [("7 Mio. Euro", "7000000", "EUR", "exact", None), ("5 Mio.", "5000000", "EUR", "exact", None)],
    ),
    # "Zahl" before a figure makes it a count, whatever is counted
    (
        "Der Umsatz stieg auf 4 Mrd. Euro. Die Zahl der Follower wuchs auf 3 Millionen.",
        [("4 Mrd. Euro", "4000000000", "EUR", "exact", None)],
    ),
    # a money verb before the figure in its clause calls it money, as a money noun after it does
    (
        "Das Ministerium erhält 38 Milliarden – mehr als je zuvor.",
        [("38 Milliarden", "38000000000", "EUR", "exact", None)],
    ),
    ("Hinzu kommen 5 Millionen Bonus.", [("5 Millionen", "5000000", "EUR", "exact", None)]),
    # a figure continues a money figure of its own sentence, its subject before a finite verb
    (
        "Bisher flossen 7 Mrd. Euro in den Fonds; weitere 800 Mio. sollen bis Jahresende folgen.",
        [("7 Mrd. Euro", "7000000000", "EUR", "exact", None), ("800 Mio.", "800000000", "EUR", "exact", "year")],
    ),
    # in lower-case text a verb the lexicon knows is a verb
    (
        "der umsatz lag bei 98 milliarden yuan. für 2025 werden 110 milliarden erwartet.",
        [
            ("98 milliarden yuan", "98000000000", "CNY", "exact", None),
            ("110 milliarden", "110000000000", "CNY", "exact", "year"),
        ],
    ),
    # a money verb after the figure calls it money: saved, raised
    ("Bis 2027 sollen 150 Millionen eingespart werden.", [("150 Millionen", "150000000", "EUR", "exact", None)]),
    ("Der Verkauf der Sparte hatte 640 Millionen eingebracht.", [("640 Millionen", "640000000", "EUR", "exact", None)]),
    one("40 Milliarden koreanischen Won", "40000000000", "KRW"),
    one("12 Millionen norwegischer Kronen", "12000000", "NOK"),
    one("965 Millionen Mark", "965000000", "DEM"),
    one("26 Milliaden Euro", "26000000000", "EUR"),  # a misspelt scale word still scales
    one("3 Millarden Euro", "3000000000", "EUR"),  # ... a letter left out, after digits
    one("5 Milionen Euro", "5000000", "EUR"),
    # an event's amount (a price paid, a sum owned) takes a year or month beside it as its date, not its
    # period; a rate stays, and a flow keeps its year
    (
        "Die Skulptur wurde im Jahr 2019 für 8 Mio. Euro versteigert.",
        [("8 Mio. Euro", "8000000", "EUR", "exact", None)],
    ),
    ("Die Stadt hatte im Mai 2021 bereits 3 Mio. Euro gezahlt.", [("3 Mio. Euro", "3000000", "EUR", "exact", None)]),
    (
        "Sie hat 2022 pro Monat 4.000 Euro überwiesen.",
        [("4.000 Euro", "4000", "EUR", "exact", "month")],
    ),
    ("Der Umsatz lag im Jahr 2019 bei 8 Mio. Euro.", [("8 Mio. Euro", "8000000", "EUR", "exact", "year")]),
    # what an IPO raised is the amount of one event, whose year is its date
    ("Der Börsengang im Jahr 2021 brachte 900 Mio. Euro.", [("900 Mio. Euro", "900000000", "EUR", "exact", None)]),
]

# periods of pay, fees and contracts: per week, per day, per season; the Swiss semester; months counted
# "nach ..."; a quarter or months "des Geschäftsjahres" keep their own length
PAY_PERIODS: list[Row] = [
    ("Er verdient 80.000 Euro pro Woche.", [("80.000 Euro", "80000", "EUR", "exact", "week")]),
    ("Sein Wochengehalt liegt bei 90.000 Euro.", [("90.000 Euro", "90000", "EUR", "exact", "week")]),
    ("Die Strafe beträgt täglich 20.000 Franken.", [("20.000 Franken", "20000", "CHF", "exact", "day")]),
    # "am Tag" after a figure is per day; "am Tag der Abstimmung", "am Tag zuvor" name one day
    ("Die Sperrung kostet die Reederei 3 Mio. Euro am Tag.", [("3 Mio. Euro", "3000000", "EUR", "exact", "day")]),
    ("Am Tag der Abstimmung gingen 3 Mio. Euro ein.", [("3 Mio. Euro", "3000000", "EUR", "exact", None)]),
    ("Er hatte am Tag zuvor 3 Mio. Euro überwiesen.", [("3 Mio. Euro", "3000000", "EUR", "exact", None)]),
    ("Der Ausfall liegt bei 2 Mio. Euro je Betriebstag.", [("2 Mio. Euro", "2000000", "EUR", "exact", "day")]),
    ("Der Verein zahlt ihm 4 Mio. Euro pro Saison.", [("4 Mio. Euro", "4000000", "EUR", "exact", "season")]),
    # a dividend of a quarter or a year as a compound states its period; a fund's size has none, its year dates it
    ("Die Quartalsdividende von Caspro bleibt bei 8 Cent je Aktie.", [("8 Cent", "0.08", "EUR", "exact", "quarter")]),
    (
        "Die Regierung hatte 2024 einen Fonds von 120 Milliarden Yuan aufgelegt.",
        [("120 Milliarden Yuan", "120000000000", "CNY", "exact", None)],
    ),
    # a rate per head and period ("je Aktie und Quartal", "pro Kind und Woche")
    ("Vantor zahlt 0,42 Dollar je Aktie und Quartal.", [("0,42 Dollar", "0.42", "USD", "exact", "quarter")]),
    ("Das Land gibt 40 Euro pro Kind und Woche.", [("40 Euro", "40", "EUR", "exact", "week")]),
    (  # a rate in the clause tells the figure's basis, however near a time that places it stands
        "Pro Monat verdiente er im vergangenen Jahr rund 817.000 Euro.",
        [("rund 817.000 Euro", "817000", "EUR", "approx", "month")],
    ),
    (  # a figure spread over a unit of time is a rate of it
        "Umgerechnet auf den Monat bekam sie 2024 rund 40.000 Euro.",
        [("rund 40.000 Euro", "40000", "EUR", "approx", "month")],
    ),
    (  # what a club spent over a season it names
        "In der vergangenen Saison gab der Verein 240 Mio. Euro für Transfers aus.",
        [("240 Mio. Euro", "240000000", "EUR", "exact", "season")],
    ),
    (  # ... in the accusative too
        "Der Verein meldete für die abgelaufene Spielzeit einen Umsatz von 97 Mio. Euro.",
        [("97 Mio. Euro", "97000000", "EUR", "exact", "season")],
    ),
    (
        "Im ersten Semester stieg der Umsatz auf 2 Mrd. Franken.",
        [("2 Mrd. Franken", "2000000000", "CHF", "exact", "half_year")],
    ),
    ("Nach neun Monaten lag der Gewinn bei 7 Mio. Euro.", [("7 Mio. Euro", "7000000", "EUR", "exact", "nine_months")]),
    # a key figure's short caption of months and a year ("9M 2026", "6M/2026") is so many months
    ("Umsatz 9M 2026: 2,2 Mrd. Euro", [("2,2 Mrd. Euro", "2200000000", "EUR", "exact", "nine_months")]),
    ("Ebit 6M/2026: 310 Mio. Euro", [("310 Mio. Euro", "310000000", "EUR", "exact", "half_year")]),
    # ... but not a name that ends in one ("Der Konzern 3M hat 2026 ...": the year)
    (
        "Der Mischkonzern 3M hat 2026 rund 30 Mrd. Dollar umgesetzt.",
        [("rund 30 Mrd. Dollar", "30000000000", "USD", "approx", "year")],
    ),
    (
        "Im dritten Quartal des Geschäftsjahres 2021 stieg der Umsatz auf 6 Mrd. Euro.",
        [("6 Mrd. Euro", "6000000000", "EUR", "exact", "quarter")],
    ),
    (  # ... with a possessive for the article
        "Die Kette setzte im dritten Quartal ihres Geschäftsjahres 4 Mrd. Euro um.",
        [("4 Mrd. Euro", "4000000000", "EUR", "exact", "quarter")],
    ),
    (
        "In den ersten fünf Monaten des Geschäftsjahres lag der Umsatz bei 2 Mrd. Euro.",
        [("2 Mrd. Euro", "2000000000", "EUR", "exact", "five_months")],
    ),
    # the months counted in the accusative, after "für" or "über", as in the dative after "in den"
    (
        "Für die ersten neun Monate wies die Sparkasse einen Überschuss von 4 Mio. Euro aus.",
        [("4 Mio. Euro", "4000000", "EUR", "exact", "nine_months")],
    ),
    # a deal's day of closing is no period of its price
    (
        "Der Kauf des Rivalen für 900 Mio. Euro soll bis Jahresende vollzogen sein.",
        [("900 Mio. Euro", "900000000", "EUR", "exact", None)],
    ),
    (
        "Die Fusion im Wert von 3 Mrd. Franken soll bis zum Jahresende abgeschlossen werden.",
        [("3 Mrd. Franken", "3000000000", "CHF", "exact", None)],
    ),
    ("Jeder Streiktag kostet 90 Mio. Euro.", [("90 Mio. Euro", "90000000", "EUR", "exact", "day")]),
    ("Das Jahressalär beträgt 300.000 Euro.", [("300.000 Euro", "300000", "EUR", "exact", "year")]),
    ("Eine Woche vor dem Start hatte er 5 Mio. Euro ausgegeben.", [("5 Mio. Euro", "5000000", "EUR", "exact", None)]),
    # "im Jahr" with no year after it is per year, the rate of the figure right before it, not of the sentence
    (
        "Die Pacht von 2.400 Euro steigt um 90 Euro im Jahr.",
        [("2.400 Euro", "2400", "EUR", "exact", None), ("90 Euro", "90", "EUR", "exact", "year")],
    ),
    # a period after "als" is that of the figure compared with: "mehr als im Vorjahr" gives the difference none
    (
        "Die Hotels nahmen um 40 Mio. Euro mehr ein als im Vorjahr.",
        [("40 Mio. Euro", "40000000", "EUR", "exact", None)],
    ),
]

# a figure that names no currency in a text of two: a report's flow goes on in the report's currency past an
# aside in another, and a flow told in the other currency is the one it goes on with
ASIDES: list[Row] = [
    (
        (
            "Quellix setzte 18,3 Mrd. Dollar um. In Irland will Quellix für 2 Mrd. Euro ein Rechenzentrum bauen. Der "
            "Nettogewinn lag bei 4,1 Milliarden."
        ),
        [
            ("18,3 Mrd. Dollar", "18300000000", "USD", "exact", None),
            ("2 Mrd. Euro", "2000000000", "EUR", "exact", None),
            ("4,1 Milliarden", "4100000000", "USD", "exact", None),
        ],
    ),
    (
        (
            "Quellix setzte 18,3 Mrd. Dollar um. In Europa setzte Quellix 2 Mrd. Euro um. Der Gewinn lag bei 0,3 "
            "Milliarden."
        ),
        [
            ("18,3 Mrd. Dollar", "18300000000", "USD", "exact", None),
            ("2 Mrd. Euro", "2000000000", "EUR", "exact", None),
            ("0,3 Milliarden", "300000000", "EUR", "exact", None),
        ],
    ),
    # ... but a report further back than the paragraph before is another topic's: the nearest currency holds
    (
        (
            "Quellix setzte 18,3 Mrd. Dollar um.\n\nDie Firma sitzt in Boston.\n\nDie Gewerkschaft ist unzufrieden."
            "\n\nKellbach baut für 40 Mio. Euro eine Schule. Die Einnahmen der Stadtwerke lagen bei 900 Millionen."
        ),
        [
            ("18,3 Mrd. Dollar", "18300000000", "USD", "exact", None),
            ("40 Mio. Euro", "40000000", "EUR", "exact", None),
            ("900 Millionen", "900000000", "EUR", "exact", None),
        ],
    ),
]

# web and Swiss text: HTML entities read as their character (the span keeps the entity), no amounts in
# web addresses, any apostrophe as a Swiss thousands mark, and the signs of tables as qualifiers
WEB: list[Row] = [
    one("5&nbsp;Mio.&nbsp;Euro", "5000000", "EUR"),
    one("300 &euro;", "300", "EUR"),
    one("&#8364; 400", "400", "EUR"),
    ("Siehe www.example.de/3,5-milliarden-euro-fuer-werk.", []),
    ("Quelle: https://example.org/2024/5-mio-euro", []),
    # a list of labelled figures under a caption of their units: each bare figure in those units
    (
        "Bilanz (Angaben in Millionen Euro)\n\nBilanzsumme: 8.412\nJahresüberschuss: 21,4",
        [("8.412", "8412000000", "EUR", "exact", None), ("21,4", "21400000", "EUR", "exact", "year")],
    ),
    # ... with the year before's beside each, under its label ("(Vj. 1.102)"): that is one too
    (
        "Kennzahlen (in Mio. EUR)\n\nUmsatz: 1.184 (Vj. 1.102)\nKonzernergebnis: 96 (Vj. 81)",
        [
            ("1.184", "1184000000", "EUR", "exact", None),
            ("1.102", "1102000000", "EUR", "exact", None),
            ("96", "96000000", "EUR", "exact", None),
            ("81", "81000000", "EUR", "exact", None),
        ],
    ),
    # ... not without one, nor a single line, nor beside a label of no year before
    ("Ergebnisse\n\nBayern: 3\nDortmund: 1", []),
    ("Ergebnisse (in Mio. EUR)\n\nBayern: 3 (Tore 2)\nDortmund: 1 (Tore 4)", []),
    ("Angaben in Mio. Euro\n\nUmsatz: 842", []),
    # an HTML tag is no text: a link's address gives no amount, and a tag inside an amount is skipped
    ('Laut <a href="https://example.org/5-mio-euro">Bericht</a> ist nichts bekannt.', []),
    ("Der Gewinn lag bei <b>4,5</b> Mrd. Euro.", [("4,5</b> Mrd. Euro", "4500000000", "EUR", "exact", None)]),
    one("Fr. 1\u2018480\u2018250", "1480250", "CHF"),
    one("352\u2018190 Franken", "352190", "CHF"),
    one("> 10 Mrd. Euro", "10000000000", "EUR", "more_than"),
    one("~10 Mrd. Euro", "10000000000", "EUR", "approx"),
    one("< 3 Mio. Euro", "3000000", "EUR", "less_than"),
    # UTF-8 read in another code page: the letters it stood for (Windows-1252, Windows-1250, ISO 8859-16)
    one("Ã¼ber 40 Mio. â\u201a\u00ac", "40000000", "EUR", "more_than"),
    one("\u0102\u013dber 40 Mio. Euro", "40000000", "EUR", "more_than"),
    one("\u0102\u0152ber 40 Mio. Euro", "40000000", "EUR", "more_than"),
    ("Der Umsatz im GeschÃ¤ftsjahr 2023 lag bei 5 Mio. Euro.", [("5 Mio. Euro", "5000000", "EUR", "exact", "year")]),
]

# a sentence that opens with a flow noun continues the report before it in its paragraph and takes its
# quarter, half year or months; a year, another paragraph or another opener does not carry over
CONTINUED: list[Row] = [
    # a list of a budget's items under a lead line of their own ("Die größten Posten:") takes the budget's year
    (
        (
            "Die Gemeinde plant 2026 mit Ausgaben von 40 Mio. Euro.\n\nDie größten Posten:\n- Schulen: 4,8 Mio.\n"
            "- Straßen: 2,1 Mio."
        ),
        [
            ("40 Mio. Euro", "40000000", "EUR", "exact", "year"),
            ("4,8 Mio.", "4800000", "EUR", "exact", "year"),
            ("2,1 Mio.", "2100000", "EUR", "exact", "year"),
        ],
    ),
    # a budget's new debt goes on telling the budget's year
    (
        "Der Entwurf für 2027 sieht Ausgaben von 31 Mrd. Euro vor. Die Neuverschuldung soll bei 2,4 Mrd. Euro liegen.",
        [
            ("31 Mrd. Euro", "31000000000", "EUR", "exact", "year"),
            ("2,4 Mrd. Euro", "2400000000", "EUR", "exact", "year"),
        ],
    ),
    # "sind es" with two words after it goes on telling the figure before, and takes its period
    (
        "Für das Gesamtjahr hatte Keltron mit 1,7 Mrd. Euro gerechnet. Nun sind es nur noch 1,62 Mrd. Euro.",
        [
            ("1,7 Mrd. Euro", "1700000000", "EUR", "exact", "year"),
            ("1,62 Mrd. Euro", "1620000000", "EUR", "exact", "year"),
        ],
    ),
    # a price a year before has no period, though the figure before it has one; a compound of "Preis" is a price
    (
        "Der Grundpreis liegt bei 13,50 Euro monatlich. Vor einem Jahr lag der Arbeitspreis noch bei 40,1 Cent.",
        [
            ("13,50 Euro", "13.5", "EUR", "exact", "month"),
            ("40,1 Cent", "0.401", "EUR", "exact", None),
        ],
    ),
    # the sales as a flow noun: a sentence about them goes on with the report, after a colon too
    (
        (
            "Im Jahr 2024 sank der Umsatz auf 6,9 Mrd. Franken. In China brach der Absatz ein: Dort setzte Tempora "
            "nur noch 1,1 Mrd. um."
        ),
        [
            ("6,9 Mrd. Franken", "6900000000", "CHF", "exact", "year"),
            ("1,1 Mrd.", "1100000000", "CHF", "exact", "year"),
        ],
    ),
    # a flow's noun in the dative plural after the sentence that states the period goes on with it
    (
        "Der Rat hat den Haushalt für das kommende Jahr beschlossen. Die Gemeinde plant mit Erträgen von 38 Mio. Euro.",
        [("38 Mio. Euro", "38000000", "EUR", "exact", "year")],
    ),
    # a sentence that opens with a region and a verb of a flow goes on with the report's period
    (
        "Im Halbjahr verdiente Keltron 80 Mio. Franken. In Asien setzte Keltron nur 21 Mio. um.",
        [
            ("80 Mio. Franken", "80000000", "CHF", "exact", "half_year"),
            ("21 Mio.", "21000000", "CHF", "exact", "half_year"),
        ],
    ),
    # a report goes on past a figure of no period between ("Hinzu kommen Kredite von 3 Mrd."), to the next
    # paragraph; a scale word's dot before a capitalised article ends its sentence
    (
        (
            "Das Land will im kommenden Jahr 52 Mrd. Euro ausgeben. Die Einnahmen liegen bei 50,1 Mrd. Euro."
            "\n\nHinzu kommen Kredite des Sondervermögens von 3 Mrd. Das Defizit soll auf 1,9 Mrd. steigen."
        ),
        [
            ("52 Mrd. Euro", "52000000000", "EUR", "exact", "year"),
            ("50,1 Mrd. Euro", "50100000000", "EUR", "exact", "year"),
            ("3 Mrd.", "3000000000", "EUR", "exact", None),
            ("1,9 Mrd.", "1900000000", "EUR", "exact", "year"),
        ],
    ),
    # ... and past a figure of no period that ends the paragraph before, where it is no balance at a day (a buyback)
    (
        (
            "Im dritten Quartal stieg der Umsatz von Brannok auf 3,2 Mrd. Euro. Brannok kauft zudem eigene Aktien "
            "für bis zu 1,2 Mrd. Euro zurück.\n\nDer Nettogewinn stieg auf 410 Mio. Euro."
        ),
        [
            ("3,2 Mrd. Euro", "3200000000", "EUR", "exact", "quarter"),
            ("bis zu 1,2 Mrd. Euro", "1200000000", "EUR", "at_most", None),
            ("410 Mio. Euro", "410000000", "EUR", "exact", "quarter"),
        ],
    ),
    # ... but not past a figure of no period that ends the paragraph before (a debt at a date closes the report)
    (
        (
            "Im ersten Halbjahr stieg der Umsatz auf 2,4 Mrd. Euro. Die Schulden lagen Ende Juni bei 1,1 Mrd. Euro."
            "\n\nDie Hälfte der Investitionen zahlt ein Kredit über 300 Mio. Euro."
        ),
        [
            ("2,4 Mrd. Euro", "2400000000", "EUR", "exact", "half_year"),
            ("1,1 Mrd. Euro", "1100000000", "EUR", "exact", None),
            ("300 Mio. Euro", "300000000", "EUR", "exact", None),
        ],
    ),
    # ... nor for a sentence that opens with an earlier state ("Bislang"): it tells of the figure just before
    (
        (
            "Im laufenden Jahr fließen 400 Mio. Euro.\n\nJedes Vorhaben erhält höchstens 50 Mio. Euro."
            " Bislang wurden Anträge mit einem Volumen von 900 Mio. Euro gestellt."
        ),
        [
            ("400 Mio. Euro", "400000000", "EUR", "exact", "year"),
            ("höchstens 50 Mio. Euro", "50000000", "EUR", "at_most", None),
            ("900 Mio. Euro", "900000000", "EUR", "exact", None),
        ],
    ),
    # a total of the figures before goes on with their report; a sum so far ("damit", "seit") does not
    (
        "Keltron setzte 2024 in Europa 3 Mrd. Euro um, in Asien 2 Mrd. Euro. Zusammen sind das 5 Mrd. Euro.",
        [
            ("3 Mrd. Euro", "3000000000", "EUR", "exact", "year"),
            ("2 Mrd. Euro", "2000000000", "EUR", "exact", "year"),
            ("5 Mrd. Euro", "5000000000", "EUR", "exact", "year"),
        ],
    ),
    (
        "2024 sammelte Keltron 20 Mio. Euro ein. Insgesamt hat das Startup damit 105 Mio. Euro aufgenommen.",
        [
            ("20 Mio. Euro", "20000000", "EUR", "exact", "year"),
            ("105 Mio. Euro", "105000000", "EUR", "exact", None),
        ],
    ),
    # ... nor for a figure named by a stock's or an event's word, though a flow's verb opens its sentence
    (
        "Keltron setzte 2024 rund 480 Mio. Euro um. Vom Emissionserlös fließen 300 Mio. Euro in die Firma.",
        [
            ("rund 480 Mio. Euro", "480000000", "EUR", "approx", "year"),
            ("300 Mio. Euro", "300000000", "EUR", "exact", None),
        ],
    ),
    # ... or with a segment's business (a hyphenated compound), or a verb of a flow after a longer head
    (
        (
            "Im Quartal setzte Keltron 9 Mrd. Dollar um. Das Cloud-Geschäft trug 4 Mrd. bei. Mit Diensten wie der "
            "Wartung setzte Keltron 2 Mrd. um."
        ),
        [
            ("9 Mrd. Dollar", "9000000000", "USD", "exact", "quarter"),
            ("4 Mrd.", "4000000000", "USD", "exact", "quarter"),
            ("2 Mrd.", "2000000000", "USD", "exact", "quarter"),
        ],
    ),
    # ... or with a segment's name and a verb of a flow
    (
        "Im Halbjahr sank der Umsatz auf 9 Mrd. Franken. Die Sparte Generika setzte 4,1 Mrd. um.",
        [
            ("9 Mrd. Franken", "9000000000", "CHF", "exact", "half_year"),
            ("4,1 Mrd.", "4100000000", "CHF", "exact", "half_year"),
        ],
    ),
    # an earlier state of a rate in the next clause is told per the same ("bislang waren es")
    (
        "Er soll rund vier Millionen Euro pro Saison verdienen, bislang waren es 2,5 Millionen.",
        [
            ("rund vier Millionen Euro", "4000000", "EUR", "approx", "season"),
            ("2,5 Millionen", "2500000", "EUR", "exact", "season"),
        ],
    ),
    # a rate right before a figure after another is the later figure's own
    (
        "Die Beschäftigten erhalten eine Prämie von 3000 Euro sowie ab Juli monatlich 240 Euro mehr.",
        [("3000 Euro", "3000", "EUR", "exact", None), ("240 Euro", "240", "EUR", "exact", "month")],
    ),
    # what was expected of a quarter's figure, told in the paragraph after it, is of that quarter
    (
        "Der Gewinn von Caspro fiel im Quartal auf 1,9 Mrd. Dollar.\n\nAnalysten hatten mit 2,1 Mrd. gerechnet.",
        [
            ("1,9 Mrd. Dollar", "1900000000", "USD", "exact", "quarter"),
            ("2,1 Mrd.", "2100000000", "USD", "exact", "quarter"),
        ],
    ),
    # ... and so is the rate of another place told in the next clause ("sind es"), but a sum of it over other times
    (
        "Ein Kitaplatz kostet in Lerchfeld 420 Euro im Monat, in Kellbach sind es 380 Euro.",
        [("420 Euro", "420", "EUR", "exact", "month"), ("380 Euro", "380", "EUR", "exact", "month")],
    ),
    (
        "Die Stadt zahlt 3.000 Euro im Monat, insgesamt sind es 36.000 Euro.",
        [("3.000 Euro", "3000", "EUR", "exact", "month"), ("36.000 Euro", "36000", "EUR", "exact", None)],
    ),
    (
        "Der Bund zahlt 2 Mrd. Euro pro Jahr, über die gesamte Laufzeit sind es 12 Mrd. Euro.",
        [("2 Mrd. Euro", "2000000000", "EUR", "exact", "year"), ("12 Mrd. Euro", "12000000000", "EUR", "exact", None)],
    ),
    # a conversion of the figure before it in its sentence has that figure's period, a date beside it none
    (
        "1995 hatte ein Liter noch 1,50 Mark gekostet, umgerechnet rund 77 Cent.",
        [("1,50 Mark", "1.50", "DEM", "exact", None), ("rund 77 Cent", "0.77", "EUR", "approx", None)],
    ),
    # ... and so does one with sales for its flow noun
    (
        "Im Quartal setzte Keltron 3 Mrd. Euro um. In Europa blieben die Verkäufe mit 1,2 Mrd. stabil.",
        [
            ("3 Mrd. Euro", "3000000000", "EUR", "exact", "quarter"),
            ("1,2 Mrd.", "1200000000", "EUR", "exact", "quarter"),
        ],
    ),
    # "ein Jahr zuvor" after a compared figure: the same period a year before, whatever the sentence stated
    (
        "Im zweiten Quartal verdiente der Konzern 112 Mio. Euro, nach 420 Mio. Euro ein Jahr zuvor.",
        [
            ("112 Mio. Euro", "112000000", "EUR", "exact", "quarter"),
            ("420 Mio. Euro", "420000000", "EUR", "exact", "quarter"),
        ],
    ),
    # ... also where the compared figure gives no currency: it borrows its figure's
    (
        "Im dritten Quartal verdiente Tarvos 187 Millionen Euro nach 151 Millionen ein Jahr zuvor.",
        [
            ("187 Millionen Euro", "187000000", "EUR", "exact", "quarter"),
            ("151 Millionen", "151000000", "EUR", "exact", "quarter"),
        ],
    ),
    # a sentence that opens with the same period a year before goes on from the figure before, a year back; so does
    # one that says so before its figure
    (
        "Im dritten Quartal lag der Umsatz bei 34 Mrd. Euro. Im Vorjahreszeitraum hatte er bei 36 Mrd. Euro gelegen.",
        [
            ("34 Mrd. Euro", "34000000000", "EUR", "exact", "quarter"),
            ("36 Mrd. Euro", "36000000000", "EUR", "exact", "quarter"),
        ],
    ),
    # a report goes on from the figure a comparison is about, not from the year before it is compared with
    (
        "Der Gewinn stieg auf 297 Mio. Euro nach 254 Mio. Euro im Vorjahr. Das Ebit lag bei 431 Mio. Euro.",
        [
            ("297 Mio. Euro", "297000000", "EUR", "exact", None),
            ("254 Mio. Euro", "254000000", "EUR", "exact", "year"),
            ("431 Mio. Euro", "431000000", "EUR", "exact", None),
        ],
    ),
    (
        "Im dritten Quartal stieg der Umsatz auf 4 Mrd. Euro. Der Nettogewinn kletterte auf 300 Mio. Euro.",
        [
            ("4 Mrd. Euro", "4000000000", "EUR", "exact", "quarter"),
            ("300 Mio. Euro", "300000000", "EUR", "exact", "quarter"),
        ],
    ),
    (  # ... with an adjusted measure, or the cash a quarter brought
        (
            "Im dritten Quartal stieg der Umsatz auf 4 Mrd. Euro. Das bereinigte Ebita stieg dagegen auf 510 Mio. "
            "Euro. Der freie Mittelzufluss betrug 320 Mio. Euro."
        ),
        [
            ("4 Mrd. Euro", "4000000000", "EUR", "exact", "quarter"),
            ("510 Mio. Euro", "510000000", "EUR", "exact", "quarter"),
            ("320 Mio. Euro", "320000000", "EUR", "exact", "quarter"),
        ],
    ),
    # ... with the metric's noun in the accusative before the verb, and what an insurer booked for claims
    (
        (
            "Westfjord hat im zweiten Quartal 7,9 Mrd. Dollar verdient. Den Umsatz bezifferte der Konzern auf 26 Mrd. "
            "Dollar. Der Konzern verbuchte Großschäden von 680 Mio. Dollar."
        ),
        [
            ("7,9 Mrd. Dollar", "7900000000", "USD", "exact", "quarter"),
            ("26 Mrd. Dollar", "26000000000", "USD", "exact", "quarter"),
            ("680 Mio. Dollar", "680000000", "USD", "exact", "quarter"),
        ],
    ),
    # ... and with a division ("Die Division Netze steuerte ... bei")
    (
        "Im ersten Halbjahr setzte Alpwerk 3,4 Mrd. Franken um. Die Division Netze steuerte 1,1 Mrd. Franken bei.",
        [
            ("3,4 Mrd. Franken", "3400000000", "CHF", "exact", "half_year"),
            ("1,1 Mrd. Franken", "1100000000", "CHF", "exact", "half_year"),
        ],
    ),
    # ... into the next paragraph, past a figure per share that ends the one before
    (
        (
            "Im zweiten Quartal setzte Lumora 28 Mrd. Dollar um. Der Gewinn je Aktie lag bei 2,14 Dollar.\n\n"
            "Im Cloud-Geschäft stiegen die Erlöse auf 11 Mrd. Dollar."
        ),
        [
            ("28 Mrd. Dollar", "28000000000", "USD", "exact", "quarter"),
            ("2,14 Dollar", "2.14", "USD", "exact", None),
            ("11 Mrd. Dollar", "11000000000", "USD", "exact", "quarter"),
        ],
    ),
    # ... but not a stock at the quarter's end ("der Auftragsbestand"), though its clause follows one of the quarter
    (
        (
            "Der Auftragseingang lag im Quartal bei 2,1 Mrd. Euro, der Auftragsbestand erreichte mit 18 Mrd. Euro "
            "einen Rekord."
        ),
        [
            ("2,1 Mrd. Euro", "2100000000", "EUR", "exact", "quarter"),
            ("18 Mrd. Euro", "18000000000", "EUR", "exact", None),
        ],
    ),
    # a report goes on from one paragraph to the next ...
    (
        "Im dritten Quartal stieg der Umsatz auf 4 Mrd. Euro.\n\nDer Nettogewinn kletterte auf 300 Mio. Euro.",
        [
            ("4 Mrd. Euro", "4000000000", "EUR", "exact", "quarter"),
            ("300 Mio. Euro", "300000000", "EUR", "exact", "quarter"),
        ],
    ),
    # ... but not into a paragraph that opens with a sentence of its own (a new topic)
    (
        "Für das Gesamtjahr erwartet Keltron 4 Mrd. Euro.\n\nIn Asien lief es mau. Der Umsatz sank auf 3 Mrd. Euro.",
        [
            ("4 Mrd. Euro", "4000000000", "EUR", "exact", "year"),
            ("3 Mrd. Euro", "3000000000", "EUR", "exact", None),
        ],
    ),
    # ... but not past a heading, which opens another part
    (
        "Im dritten Quartal stieg der Umsatz auf 4 Mrd. Euro.\n\nAusblick\n\nDer Gewinn soll 1 Mrd. Euro erreichen.",
        [
            ("4 Mrd. Euro", "4000000000", "EUR", "exact", "quarter"),
            ("1 Mrd. Euro", "1000000000", "EUR", "exact", None),
        ],
    ),
    (
        "Im dritten Quartal stieg der Umsatz auf 4 Mrd. Euro. Die Firma kaufte ein Werk für 300 Mio. Euro.",
        [
            ("4 Mrd. Euro", "4000000000", "EUR", "exact", "quarter"),
            ("300 Mio. Euro", "300000000", "EUR", "exact", None),
        ],
    ),
    # two adjectives may stand before the flow noun that goes on with the report
    (
        "Im dritten Quartal stieg der Umsatz auf 4 Mrd. Euro. Das bereinigte operative Ergebnis lag bei 610 Mio. Euro.",
        [
            ("4 Mrd. Euro", "4000000000", "EUR", "exact", "quarter"),
            ("610 Mio. Euro", "610000000", "EUR", "exact", "quarter"),
        ],
    ),
    # a sentence that tells an earlier state of the figure before takes its period, a year too
    (
        "Für das Geschäftsjahr 2025 erwartet Keltron 1,2 Mrd. Euro. Bislang hatte Keltron mit 900 Mio. gerechnet.",
        [
            ("1,2 Mrd. Euro", "1200000000", "EUR", "exact", "year"),
            ("900 Mio.", "900000000", "EUR", "exact", "year"),
        ],
    ),
    # ... or has such a word before its figure and says the figure was expected
    (
        "Für 2025 erwartet Keltron 1,2 Mrd. Euro Umsatz. Analysten hatten zuvor mit 1,4 Mrd. Euro gerechnet.",
        [
            ("1,2 Mrd. Euro", "1200000000", "EUR", "exact", "year"),
            ("1,4 Mrd. Euro", "1400000000", "EUR", "exact", "year"),
        ],
    ),
    # ... or an auxiliary of the past and a word of expectation ("hatten ... gerechnet")
    (
        "Im dritten Quartal verdiente Keltron 1,4 Mrd. Euro. Analysten hatten mit 1,6 Mrd. Euro gerechnet.",
        [
            ("1,4 Mrd. Euro", "1400000000", "EUR", "exact", "quarter"),
            ("1,6 Mrd. Euro", "1600000000", "EUR", "exact", "quarter"),
        ],
    ),
    # a sentence whose figure follows "waren es" goes on telling the figure before, in its period
    (
        "Die Haushalte gaben 2.850 Euro im Monat aus. Für Wohnen waren es 1.030 Euro.",
        [("2.850 Euro", "2850", "EUR", "exact", "month"), ("1.030 Euro", "1030", "EUR", "exact", "month")],
    ),
    # the other figures of a sentence that took the period of the one before take it too, but not a stock
    (
        (
            "Im dritten Quartal lief es gut. Der Umsatz stieg auf 5 Mrd. Euro, der Gewinn auf 1 Mrd. Euro, "
            "die Schulden liegen bei 3 Mrd. Euro."
        ),
        [
            ("5 Mrd. Euro", "5000000000", "EUR", "exact", "quarter"),
            ("1 Mrd. Euro", "1000000000", "EUR", "exact", "quarter"),
            ("3 Mrd. Euro", "3000000000", "EUR", "exact", None),
        ],
    ),
    # but a word of an earlier state alone tells a sum so far, not the figure before
    (
        "Im dritten Quartal setzte Keltron 5 Mrd. Euro um. Der Staat hat bisher 2 Mrd. Euro investiert.",
        [
            ("5 Mrd. Euro", "5000000000", "EUR", "exact", "quarter"),
            ("2 Mrd. Euro", "2000000000", "EUR", "exact", None),
        ],
    ),
    # the point of a currency's abbreviation that ends an amount ends its sentence too; "Der Reingewinn"
    # goes on with the report before it
    (
        (
            "Im Halbjahr sank der Umsatz auf 4 Mrd. Fr. Der Reingewinn lag bei 312 Mio. Fr. "
            "Die Kosten stiegen 2025 auf 90 Mio. Fr."
        ),
        [
            ("4 Mrd. Fr.", "4000000000", "CHF", "exact", "half_year"),
            ("312 Mio. Fr.", "312000000", "CHF", "exact", "half_year"),
            ("90 Mio. Fr.", "90000000", "CHF", "exact", "year"),
        ],
    ),
    # the period right after a compared figure is that figure's own, not the one's it is compared to
    (
        "Aktionäre erhalten 2,10 Euro je Aktie nach 1,95 Euro im Vorjahr.",
        [("2,10 Euro", "2.10", "EUR", "exact", None), ("1,95 Euro", "1.95", "EUR", "exact", "year")],
    ),
    # a purchase, however told, is an event's amount: the year of it is its date
    (
        "Tarvos hatte das Werk 2019 für 140 Mio. Euro erworben.",
        [("140 Mio. Euro", "140000000", "EUR", "exact", None)],
    ),
    # a fine, like a price, is an event's amount: the year of its imposition is its date, not its period
    ("Die Behörde verhängte 2021 eine Geldbuße von 7 Mio. Euro.", [("7 Mio. Euro", "7000000", "EUR", "exact", None)]),
    (
        "Das Bußgeld von 9 Mio. Euro, das die Behörde 2021 verhängt hatte, sank auf 6 Millionen.",
        [("9 Mio. Euro", "9000000", "EUR", "exact", None), ("6 Millionen", "6000000", "EUR", "exact", None)],
    ),
    # the figure of the same period a year before takes the period of the figure it follows
    (
        "Im dritten Quartal sank der Umsatz auf 812 Mio. Euro, nach 845 Mio. Euro im Vorjahreszeitraum.",
        [
            ("812 Mio. Euro", "812000000", "EUR", "exact", "quarter"),
            ("845 Mio. Euro", "845000000", "EUR", "exact", "quarter"),
        ],
    ),
    # "in diesem Zeitraum", "im selben Zeitraum" name the period of the figure before, whatever the sentence's noun
    (
        "Von Januar bis September setzte Halvo 3,2 Mrd. Euro um. Im selben Zeitraum flossen 140 Mio. Euro ab.",
        [
            ("3,2 Mrd. Euro", "3200000000", "EUR", "exact", "nine_months"),
            ("140 Mio. Euro", "140000000", "EUR", "exact", "nine_months"),
        ],
    ),
    (
        "Im ersten Halbjahr setzte Halvo 2 Mrd. Euro um. Der Mittelabfluss lag in diesem Zeitraum bei 300 Mio. Euro.",
        [
            ("2 Mrd. Euro", "2000000000", "EUR", "exact", "half_year"),
            ("300 Mio. Euro", "300000000", "EUR", "exact", "half_year"),
        ],
    ),
    # a club's season is its year: its report goes on in it ("Personalkosten" are a flow)
    (
        "In der Saison 2024/25 setzte der Klub 312 Mio. Euro um. Die Personalkosten stiegen auf 138 Mio. Euro.",
        [
            ("312 Mio. Euro", "312000000", "EUR", "exact", "season"),
            ("138 Mio. Euro", "138000000", "EUR", "exact", "season"),
        ],
    ),
    # a year followed by a verb of beginning is a date ("der 2027 beginnen soll"), not the figure's year
    (
        "Der Umbau, der 2027 beginnen soll, kostet 240 Mio. Euro.",
        [("240 Mio. Euro", "240000000", "EUR", "exact", None)],
    ),
    # a levy, like a revenue, goes on with the year's report
    (
        "Die Stadt plant 2026 Ausgaben von 900 Mio. Euro. Die Kreisumlage steigt auf 131 Mio. Euro.",
        [
            ("900 Mio. Euro", "900000000", "EUR", "exact", "year"),
            ("131 Mio. Euro", "131000000", "EUR", "exact", "year"),
        ],
    ),
]

# a paragraph's period: a heading line that states one, or a lead sentence with no amount that a flow continues
PARAGRAPHS: list[Row] = [
    # a separable money verb before a figure whose particle closes the clause calls it money, in a paragraph
    # that has none of its own
    (
        "Die Tarvos AG zahlt 3 Mrd. Euro.\n\nIm vergangenen Jahr setzte Tarvos 14,2 Milliarden um.",
        [
            ("3 Mrd. Euro", "3000000000", "EUR", "exact", None),
            ("14,2 Milliarden", "14200000000", "EUR", "exact", "year"),
        ],
    ),
    # ... but not a verb whose particle is another one, before a counted noun
    (
        "Die Tarvos AG zahlt 3 Mrd. Euro.\n\nDie Partei setzte 2 Millionen Plakate ein.",
        [("3 Mrd. Euro", "3000000000", "EUR", "exact", None)],
    ),
    # a conversion in parentheses gives no other figure its currency
    (
        "Der Konzern verdiente 312 Millionen Franken (rund 330 Millionen Euro). Der Umsatz sank auf 4,12 Milliarden.",
        [
            ("312 Millionen Franken", "312000000", "CHF", "exact", None),
            ("rund 330 Millionen Euro", "330000000", "EUR", "approx", None),
            ("4,12 Milliarden", "4120000000", "CHF", "exact", None),
        ],
    ),
    # a paragraph without a currency of its own takes the article's first (its lead's), not that of the
    # last figure of the paragraph before
    (
        (
            "Die Norvia AG setzte 2,5 Mrd. Euro um, die Schweizer Tochter 300 Mio. Franken.\n\n"
            "Der Gewinn lag bei 400 Millionen."
        ),
        [
            ("2,5 Mrd. Euro", "2500000000", "EUR", "exact", None),
            ("300 Mio. Franken", "300000000", "CHF", "exact", None),
            ("400 Millionen", "400000000", "EUR", "exact", None),
        ],
    ),
    (
        "Erstes Halbjahr\nDer Umsatz stieg auf 5 Mrd. Euro.\n\nAusblick\nKeltron kauft für 2 Mrd. Euro zu.",
        [
            ("5 Mrd. Euro", "5000000000", "EUR", "exact", "half_year"),
            ("2 Mrd. Euro", "2000000000", "EUR", "exact", None),
        ],
    ),
    (
        "Im vergangenen Jahr setzte Keltron 310 Mio. Euro um. Der Verlust lag bei 45 Mio. Euro.",
        [
            ("310 Mio. Euro", "310000000", "EUR", "exact", "year"),
            ("45 Mio. Euro", "45000000", "EUR", "exact", "year"),
        ],
    ),
    (
        "Im dritten Quartal lief es gut für Keltron. Der Gewinn stieg auf 700 Mio. Euro.",
        [("700 Mio. Euro", "700000000", "EUR", "exact", "quarter")],
    ),
    (  # the year of the lead's half year is that half year's, not a second period beside it
        "Tarvos hat im ersten Halbjahr 2025 mehr umgesetzt. Der Umsatz stieg auf 1,9 Mrd. Franken.",
        [("1,9 Mrd. Franken", "1900000000", "CHF", "exact", "half_year")],
    ),
    (  # a compound of a result noun opens a sentence that goes on with the report before, a sentence between
        (
            "Helvetor hat im ersten Semester 1,8 Mrd. Franken verdient. Das sind 9 Prozent mehr. Die "
            "Prämieneinnahmen stiegen auf 24,3 Mrd. Fr."
        ),
        [
            ("1,8 Mrd. Franken", "1800000000", "CHF", "exact", "half_year"),
            ("24,3 Mrd. Fr.", "24300000000", "CHF", "exact", "half_year"),
        ],
    ),
    (  # a basis right after the figure wins over a time as near before it, which places it
        "Alleinstehende erhalten im kommenden Jahr 563 Euro monatlich.",
        [("563 Euro", "563", "EUR", "exact", "month")],
    ),
    (  # a quarter as the subject of its sentence is the period of its figures
        "Das zweite Quartal brachte einen Umsatz von 5,9 Mrd. Euro.",
        [("5,9 Mrd. Euro", "5900000000", "EUR", "exact", "quarter")],
    ),
    (  # "Unter dem Strich" goes on with the result of the report before
        "Im dritten Quartal sank der Umsatz auf 4 Mrd. Euro. Unter dem Strich stand ein Verlust von 85 Mio. Euro.",
        [
            ("4 Mrd. Euro", "4000000000", "EUR", "exact", "quarter"),
            ("85 Mio. Euro", "85000000", "EUR", "exact", "quarter"),
        ],
    ),
    (  # a provision: "stellt ... zurück" is money, as "setzte ... um" is
        "Der Umsatz lag bei 4 Mrd. Euro.\n\nFür Abfindungen stellt Keltron 250 Millionen zurück.",
        [("4 Mrd. Euro", "4000000000", "EUR", "exact", None), ("250 Millionen", "250000000", "EUR", "exact", None)],
    ),
    (  # a year alone in the sentence before tells the year too
        "Keltron hat 2024 mehr verdient. Das Ebit stieg auf 700 Mio. Euro, der Umsatz auf 4 Mrd. Euro.",
        [("700 Mio. Euro", "700000000", "EUR", "exact", "year"), ("4 Mrd. Euro", "4000000000", "EUR", "exact", "year")],
    ),
    (  # the sentence before, with no amount, tells the period the report goes on in, after a connective and a verb
        (
            "Im dritten Quartal setzte Tarvos 2 Mrd. Euro um. Für das Gesamtjahr bestätigte Tarvos die Prognose. "
            "Demnach soll der Umsatz 8,5 Mrd. Euro erreichen."
        ),
        [
            ("2 Mrd. Euro", "2000000000", "EUR", "exact", "quarter"),
            ("8,5 Mrd. Euro", "8500000000", "EUR", "exact", "year"),
        ],
    ),
    (  # the sentence that states the period may end the paragraph before; a title without an end mark does not count
        "Im dritten Quartal lief es gut für Keltron.\n\nDer Gewinn stieg auf 700 Mio. Euro.",
        [("700 Mio. Euro", "700000000", "EUR", "exact", "quarter")],
    ),
    (
        "Keltron: Rekord im dritten Quartal\n\nDer Gewinn stieg auf 700 Mio. Euro.",
        [("700 Mio. Euro", "700000000", "EUR", "exact", None)],
    ),
    (
        "Im dritten Quartal lief es gut für Keltron. Die Firma kaufte ein Werk für 700 Mio. Euro.",
        [("700 Mio. Euro", "700000000", "EUR", "exact", None)],
    ),
]

# a year after a season of it, or after a comparison, is no period; possession is a stock; a rate right after
# an amount is its own
DATES: list[Row] = [
    # a takeover's price, a funding round and the size of a fund are an event's or a stock's: a year dates them
    ("2021 übernahm Keltron den Rivalen für 3,4 Mrd. Euro.", [("3,4 Mrd. Euro", "3400000000", "EUR", "exact", None)]),
    (
        "Im Jahr 2024 sammelte das Start-up in einer Finanzierungsrunde 80 Mio. Euro ein.",
        [("80 Mio. Euro", "80000000", "EUR", "exact", None)],
    ),
    ("Der Fonds hatte 2023 ein Volumen von 5 Mrd. Euro.", [("5 Mrd. Euro", "5000000000", "EUR", "exact", None)]),
    # a month followed by what was done then dates the act ("die im Juli erhöhte Prognose"), no period
    (
        "Für das Gesamtjahr bestätigte Keltron die im Juli erhöhte Prognose von 410 Mio. Euro.",
        [("410 Mio. Euro", "410000000", "EUR", "exact", "year")],
    ),
    # a stock reached by a deadline: the day, not a period ("bis Jahresende" is the year of a flow)
    (
        "Die Verschuldung der Stadtwerke wächst bis Jahresende auf 96 Mio. Euro.",
        [("96 Mio. Euro", "96000000", "EUR", "exact", None)],
    ),
    # a year followed by the paying back of a loan dates it
    ("Ein Kredit über 15 Mio. Euro soll 2027 getilgt werden.", [("15 Mio. Euro", "15000000", "EUR", "exact", None)]),
    ("Im Winter 2019 flossen 30 Mio. Euro in neue Lifte.", [("30 Mio. Euro", "30000000", "EUR", "exact", None)]),
    ("Die Familie besaß 2015 rund 4 Mrd. Euro.", [("rund 4 Mrd. Euro", "4000000000", "EUR", "approx", None)]),
    ("Der Umsatz lag mit 7 Mrd. Euro höher als 2021.", [("7 Mrd. Euro", "7000000000", "EUR", "exact", None)]),
    # an N-year plan names the span of the amounts its sentence gives
    (
        "Der Zehnjahresplan der Stadt sieht 4 Mrd. Euro für Schulen vor.",
        [("4 Mrd. Euro", "4000000000", "EUR", "exact", "total_over_10_years")],
    ),
    # a last clause that is only a period phrase states the period of the sentence's amounts
    (
        "Die Stadt hat 12 Mio. Euro für Schulen ausgegeben – allein im vergangenen Jahr.",
        [("12 Mio. Euro", "12000000", "EUR", "exact", "year")],
    ),
    ("Die Stadt hat 12 Mio. Euro ausgegeben – ein Rekord.", [("12 Mio. Euro", "12000000", "EUR", "exact", None)]),
    (
        "Bis zum Jahresende sollen 90 Mio. Franken Gewinn anfallen.",
        [("90 Mio. Franken", "90000000", "CHF", "exact", "year")],
    ),
    (
        "Das Werk setzt im Laufe eines Jahres 8 Mio. Franken um.",
        [("8 Mio. Franken", "8000000", "CHF", "exact", "year")],
    ),
    (
        "Die Lizenz kostet insgesamt 900 Mio. Euro, das sind 300 Mio. Euro pro Jahr.",
        [
            ("900 Mio. Euro", "900000000", "EUR", "exact", None),
            ("300 Mio. Euro", "300000000", "EUR", "exact", "year"),
        ],
    ),
]

TABLES = {
    "numbers": NUMBERS,
    "glued": GLUED,
    "words": WORDS,
    "lower_case": LOWER_CASE,
    "scales": SCALES,
    "elliptic": ELLIPTIC,
    "currencies": CURRENCIES,
    "ambiguous": AMBIGUOUS,
    "qualifiers": QUALIFIERS,
    "periods": PERIODS,
    "negatives": NEGATIVES,
    "sentences": SENTENCES,
    "article": ARTICLE,
    "asides": ASIDES,
    "pay_periods": PAY_PERIODS,
    "web": WEB,
    "continued": CONTINUED,
    "dates": DATES,
    "paragraphs": PARAGRAPHS,
}
CASES = [pytest.param(text, expected, id=f"{name}:{text}") for name, rows in TABLES.items() for text, expected in rows]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_example(text: str, expected: list[tuple[str, str, str, str, str | None]]) -> None:
    got = [(a.text, a.value, a.currency, a.qualifier.value, str(a.period) if a.period else None) for a in extract(text)]
    want = [(s, Decimal(v), c, q, p) for s, v, c, q, p in expected]
    assert got == want


@pytest.mark.parametrize(("text", "expected"), [(t, e) for t, e in ARTICLE if len(e) > 1])
def test_article_currency_is_marked_inferred(text: str, expected: list[tuple[str, str, str, str, str | None]]) -> None:
    """The figure that names no currency is marked inferred; the one that names it is not."""
    assert [a.currency_inferred for a in extract(text)] == [False] + [True] * (len(expected) - 1)


def test_the_period_of_the_same_period_a_year_before_is_told_by_its_own_words() -> None:
    """The kind is the compared figure's; the words are the phrase after it, which the check places a year before."""
    rows = [
        (
            "Im zweiten Quartal verdiente der Konzern 112 Mio. Euro, nach 420 Mio. Euro ein Jahr zuvor.",
            "ein Jahr zuvor",
        ),
        (
            "Der Umsatz stieg im zweiten Quartal auf 5 Mrd. Euro, nach 4,1 Mrd. Euro im Vorjahreszeitraum.",
            "im Vorjahreszeitraum",
        ),
        (
            "Der Umsatz stieg im zweiten Quartal auf 5 Mrd. Euro, nach 4,1 Mrd. im gleichen Zeitraum des Vorjahres.",
            "im gleichen Zeitraum des Vorjahres",
        ),
        ("Der Gewinn stieg 2024 auf 310 Mio. Euro, nach 280 Mio. Euro im Jahr zuvor.", "im Jahr zuvor"),
        ("Im Halbjahr 2025 stieg der Gewinn auf 1,42 Mrd. Euro (Vorjahr: 1,18 Mrd. Euro).", "Vorjahr"),  # a label
        # opening the clause after the figure before
        ("Im dritten Quartal verdiente Ostrag 80 Mio. Euro, ein Jahr zuvor waren es 95 Mio. Euro.", "ein Jahr zuvor"),
        (
            "Im dritten Quartal lag der Umsatz bei 34 Mrd. Euro. Im Vorjahreszeitraum hatte er 36 Mrd. Euro erreicht.",
            "Im Vorjahreszeitraum",
        ),
        (
            "Im dritten Quartal lag der Umsatz bei 34 Mrd. Euro. Der Gewinn lag im Vorjahreszeitraum bei 3 Mrd. Euro.",
            "im Vorjahreszeitraum",
        ),
    ]
    for text, words in rows:
        compared = extract(text)[1]
        assert compared.period_text == words, text
        assert tells_year_before(compared), text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a segment or region opens the sentence before its verb and the flow noun
        (
            "Im Halbjahr verdiente Keltron 80 Mio. Franken. Im Firmenkundengeschäft sanken die Erlöse auf 1,2 Mrd.",
            "Im Halbjahr",
        ),
        # a volume of business, and premiums, are flows of the period
        ("Im Halbjahr verdiente Keltron 80 Mio. Franken. Das Geschäftsvolumen stieg auf 9 Mrd.", "Im Halbjahr"),
    ],
)
def test_a_report_goes_on_after_a_segment_and_with_more_flow_nouns(text: str, words: str) -> None:
    assert [a.period_text for a in extract(text)] == [words, words]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # "im Vorjahr" after a quarter's figure is that quarter a year before
        ("Im zweiten Quartal setzte Keltron 3,4 Mrd. Euro um, nach 2,9 Mrd. Euro im Vorjahr.", ["quarter", "quarter"]),
        # ... also where the next sentence opens with it; the sentence after goes on with the quarter
        (
            "Im Halbjahr verdiente Keltron 80 Mio. Euro. Im Vorjahr waren es 61 Mio. Euro. Der Umsatz stieg auf 2 Mrd.",
            ["half_year", "half_year", "half_year"],
        ),
        # a whole year's word keeps it the year
        (
            "Im dritten Quartal setzte Keltron 3,4 Mrd. Euro um. Im Vorjahr hatte es insgesamt 12 Mrd. Euro umgesetzt.",
            ["quarter", "year"],
        ),
        # after a rate, the rate a year before ("pro Monat", "pro Tag")
        ("Ein Heimplatz kostet 2.871 Euro pro Monat. Im Vorjahr waren es 2.548 Euro.", ["month", "month"]),
        # ... also in a clause after a few more words
        (
            "Ein Heimplatz kostet 2.871 Euro Eigenanteil pro Monat, vor einem Jahr waren es noch 2.548 Euro.",
            ["month", "month"],
        ),
        # alone, it is the year before
        ("Umsatz im Vorjahr: 12 Mrd. Euro.", ["year"]),
    ],
)
def test_im_vorjahr_after_a_reports_figure_is_its_period_a_year_before(text: str, kinds: list[str]) -> None:
    amounts = extract(text)
    assert [a.period.kind.value if a.period else None for a in amounts] == kinds
    assert all(tells_year_before(a) for a in amounts if a.period_text and "Vorjahr" in a.period_text)


def test_a_sentence_that_compares_with_the_year_before_states_no_period_the_report_goes_on_in() -> None:
    """A comparison's base ("weniger als im Jahr zuvor") is no period: the figure after it keeps the report's year."""
    text = (
        "Keltron hat im vergangenen Jahr 1,2 Mrd. Euro verdient. Das ist weniger als im Jahr zuvor. Die Erlöse "
        "sanken auf 3,9 Mrd. Euro."
    )
    assert [a.period_text for a in extract(text)] == ["im vergangenen Jahr", "im vergangenen Jahr"]


def test_a_tolerance_after_a_figure_gives_the_bounds_of_its_range() -> None:
    """ "16 Mrd. Euro, plus oder minus eine Milliarde" runs from 15 to 17 Mrd.; "minus 1 Mrd." alone stays negative."""
    (a,) = extract("Keltron erwartet 16 Mrd. Euro, plus oder minus eine Milliarde.")
    assert (a.low, a.high) == (Decimal(15000000000), Decimal(17000000000))
    assert [str(a.value) for a in extract("Es bleiben 3 Mrd. Euro, minus 1 Mrd. Euro Kosten.")] == [
        "3000000000",
        "-1000000000",
    ]


def test_the_half_year_a_year_before_is_told_by_its_own_words() -> None:
    compared = extract("Im ersten Semester verdiente Keltron 412 Mio. Franken, nach 388 Mio. im Vorjahressemester.")[1]
    assert compared.period is not None
    assert compared.period.kind.value == "half_year"
    assert compared.period_text == "im Vorjahressemester"
    assert tells_year_before(compared)


def test_a_report_goes_on_from_the_figure_a_year_before_was_told_beside() -> None:
    """A sentence after the year before's figure continues the report of the period, not of the year before."""
    text = (
        "Im zweiten Quartal setzte Keltron 3,4 Mrd. Euro um. Ein Jahr zuvor waren es 2,7 Mrd. Euro gewesen. "
        "Der Nettogewinn stieg auf 610 Mio. Euro."
    )
    amounts = extract(text)
    assert [a.period_text for a in amounts] == ["Im zweiten Quartal", "Ein Jahr zuvor", "Im zweiten Quartal"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a year right after each figure is its own, not the next one's
        (
            "Der Umsatz stieg von 2,1 Mrd. Euro im Jahr 2022 über 2,4 Mrd. Euro im Jahr 2023 auf 2,7 Mrd. Euro 2024.",
            ["2022", "2023", "2024"],
        ),
        # a year after "und" leads the next figure's part of the clause
        ("Der Umsatz lag 2023 bei 5 Mrd. Euro und 2024 bei 6 Mrd. Euro.", ["2023", "2024"]),
        ("2023 lag der Umsatz bei 5 Mrd. Euro und 2024 schließlich bei 6 Mrd. Euro.", ["2023", "2024"]),
        (
            "Im ersten Quartal lag der Umsatz bei 5 Mrd. Euro und im zweiten Quartal bei 6 Mrd. Euro.",
            ["Im ersten Quartal", "im zweiten Quartal"],
        ),
    ],
)
def test_a_period_beside_one_figure_of_a_clause_is_that_figure_s(text: str, words: list[str]) -> None:
    assert [a.period_text for a in extract(text)] == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a sentence that opens with spending or investments goes on with the report of the sentence before
        (
            "Keltron hat im zweiten Quartal mehr investiert. Die Investitionsausgaben stiegen auf 12,4 Mrd. Yuan.",
            ["im zweiten Quartal"],
        ),
        # "im selben Zeitraum" after "Im Vorjahr" is the period of the figure before, a year before
        (
            (
                "Keltron verlor im ersten Halbjahr 4,3 Mio. Euro. Im Vorjahr hatte es im selben Zeitraum 1,2 Mio. Euro "
                "verdient. Der Umsatz stieg auf 212 Mio. Euro."
            ),
            ["im ersten Halbjahr", "Im Vorjahr", "im ersten Halbjahr"],
        ),
        # a share of a year's budget ("vorgesehen", "Posten") takes the budget's year, in the next paragraph too
        (
            (
                "Der Kreis beschloss den Haushalt für das kommende Jahr. Das Volumen steigt auf 512 Mio. Euro. Für "
                "Investitionen sind 68,4 Mio. vorgesehen.\n\nGrößter Posten bleibt die Sozialhilfe mit 187 Mio."
            ),
            ["für das kommende Jahr", "für das kommende Jahr", "für das kommende Jahr"],
        ),
        # the heading of a report's list gives its items their period ("Neun Monate:", "Gesamtjahr:")
        (
            (
                "Drittes Quartal:\n- Umsatz 1,24 Mrd. Euro\n\nNeun Monate:\n- Umsatz 3,61 Mrd. Euro\n\n"
                "Gesamtjahr:\n- Umsatz 4,9 Mrd. Euro"
            ),
            ["Drittes Quartal", "Neun Monate", "Gesamtjahr"],
        ),
        # ... not a duration in running text
        ("Die Bauzeit beträgt neun Monate, die Kosten 3 Mio. Euro.", [None]),
        # ... and so does one "budgetiert" (Austrian) or "reserviert"
        (
            (
                "Das Land Tirol legte das Budget für 2027 vor. Die Ausgaben steigen auf 4,1 Mrd. Euro. Für Pflege sind "
                "0,6 Mrd. Euro budgetiert, für Schulen sind 0,4 Mrd. Euro reserviert."
            ),
            ["2027", "2027", "2027"],
        ),
        # ... not a quarter's report ("Für den Bau sind 2 Mrd. vorgesehen" is no share of a quarter)
        (
            "Keltron setzte im dritten Quartal 4 Mrd. Euro um. Für den Bau des Werks sind 2 Mrd. Euro vorgesehen.",
            ["im dritten Quartal", None],
        ),
        # an outlook's period is not that of what a flow verb tells was done
        (
            (
                "Alpmilk setzte 2024 14,2 Mrd. Franken um. Für das laufende Jahr erwartet Alpmilk ein Wachstum von "
                "drei Prozent. Im Heimmarkt setzte Alpmilk 2,3 Mrd. Franken um."
            ),
            ["2024", "2024"],
        ),
        # a list's lead line that names its items as a budget's posts takes the year it names, not the one before
        (
            (
                "Der Rat plant Ausgaben von 3 Mio. Euro im kommenden Jahr und 3,2 Mio. Euro im Jahr 2027.\n\n"
                "Die größten Posten für 2026:\n- Schulen: 1,1 Mio. Euro\n- Straßen: 0,4 Mio. Euro"
            ),
            ["im kommenden Jahr", "2027", "2026", "2026"],
        ),
        # a word of the time a quarter or half-year stands in may precede its ordinal
        ("Im abgelaufenen dritten Quartal stieg der Umsatz auf 4 Mrd. Euro.", ["Im abgelaufenen dritten Quartal"]),
        ("Für das laufende zweite Halbjahr erwartet Orbis 9 Mrd. Dollar.", ["Für das laufende zweite Halbjahr"]),
        # a stock's word after "vor" or "nach" names what a flow is measured before, not the figure
        ("Die Bank hat 2024 ein Ergebnis vor Bewertung von 48 Mio. Euro erzielt.", ["2024"]),
        # a label of the year before after the verb that ends the figure's clause
        ("Die Bank hat 2024 ein Ergebnis von 48 Mio. Euro erzielt (Vorjahr: 51 Mio. Euro).", ["2024", "Vorjahr"]),
        # "Das Minus" goes on with the report of the sentence before
        (
            "Die Sparte hat im vergangenen Jahr Verlust gemacht. Das Minus betrug 357 Mio. Euro.",
            ["im vergangenen Jahr"],
        ),
        # a flow's noun after the subject goes on with the report the sentence before heads ("Jahresprognose")
        (
            "Elvatec hob seine Jahresprognose an. Der Konzern rechnet nun mit einem Umsatz von 21 Mrd. Euro.",
            ["Jahresprognose"],
        ),
        # "Davon" opens parts of the figure before: they take its period
        (
            "Im kommenden Jahr stehen 1,35 Mrd. Euro bereit. Davon gehen 400 Mio. Euro in neue Züge.",
            ["Im kommenden Jahr", "Im kommenden Jahr"],
        ),
        # a verb of a part tells a part of the figure before: it takes its period
        (
            "Die Länder nahmen 2025 mit der Steuer 9,4 Mrd. Euro ein. Der größte Teil entfiel auf Hessen mit 2,1 Mrd.",
            ["2025", "2025"],
        ),
        # a year a figure comes from is its date ("aus dem Jahr"), not its period
        ("Der alte Rekord von 90 Mio. Euro aus dem Jahr 2022 ist damit übertroffen.", [None]),
        # a win is an event: its year is its date
        ("Ein Spieler hatte im Jahr 2022 rund 120 Mio. Euro gewonnen.", [None]),
        # one order's volume is an event's: its month is its date (the orders of a period are a flow)
        ("Im Mai erhielt der Konzern einen Auftrag über 2 Mrd. Euro.", [None]),
        ("Im Mai stieg der Auftragseingang auf 2 Mrd. Euro.", ["Im Mai"]),
        # money raised is an event: its year is its date
        ("Die erste Phase hatte 2014 rund 139 Mrd. Yuan eingesammelt.", [None]),
        # a month beside a stock (a dividend, a debt) or an event is its date, not its period
        ("Die Aktionäre erhielten im April eine Dividende von 6,80 Franken je Aktie.", [None]),
        ("Die Schulden lagen im Mai bei 3 Mrd. Euro.", [None]),
        # a price per unit is a price: its month is its date, and a restatement per unit takes no period
        # a sentence that goes on with a flow takes the period told two sentences before, where the one between
        # tells none and no amount (a count is none)
        (
            (
                "Lumora gewann im zweiten Quartal 2,4 Millionen Abonnenten. Insgesamt zählt der Dienst 48 Millionen "
                "Kunden. Der Umsatz stieg auf 1,9 Milliarden Dollar."
            ),
            ["im zweiten Quartal"],
        ),
        # ... not across a paragraph's end
        (
            (
                "Lumora gewann im zweiten Quartal 2,4 Millionen Abonnenten.\n\nInsgesamt zählt der Dienst 48 "
                "Millionen Kunden. Der Umsatz stieg auf 1,9 Milliarden Dollar."
            ),
            [None],
        ),
        # a flow goes on with the report past an aside whose sentence tells no flow, though the aside has a year
        (
            (
                "Norvel setzte im dritten Quartal 6,8 Mrd. Dollar um. In Deutschland investiert Norvel in diesem Jahr "
                "450 Mio. Euro in Windparks. Der Nettogewinn lag bei 2,2 Mrd. Dollar."
            ),
            ["im dritten Quartal", "in diesem Jahr", "im dritten Quartal"],
        ),
        # a part after a figure that restates the one before on another basis is of the one restated, not per year
        (
            (
                "Der Bund gibt in den kommenden zehn Jahren 19,8 Mrd. Euro. Pro Jahr sind das knapp zwei Mrd. Euro. "
                "Davon tragen die Betreiber 15 Mrd. Euro."
            ),
            ["in den kommenden zehn Jahren", "Pro Jahr", None],
        ),
        # a club's wages and what it took in go on with its season's report
        (
            (
                "Der FC Wettau hat in der Saison 2025/26 einen Umsatz von 412 Mio. Euro erzielt. Die Gehälter der "
                "Spieler kosteten 198 Mio. Euro.\n\nMit Transfers nahm der Klub 88 Mio. Euro ein."
            ),
            ["in der Saison 2025/26", "in der Saison 2025/26", "in der Saison 2025/26"],
        ),
        # "davon" right before a figure makes it a part of the figure before, of its period
        (
            "Die Bank verdiente 2025 1,1 Mrd. Franken. Der Kanton erhält davon 520 Millionen Franken.",
            ["2025", "2025"],
        ),
        # a difference that opens its clause after a figure is of that figure's period
        ("Eine Familie zahlt künftig 1.834 Euro im Jahr, 152 Euro mehr als bisher.", ["im Jahr", "im Jahr"]),
        ("Im Jahr 2025 verdiente Keltron 3 Mrd. Euro, 200 Mio. Euro weniger als 2024.", ["2025", "2025"]),
        ("Die Molkerei zahlt im Oktober 48,5 Cent pro Kilogramm.", [None]),
        ("1998 kostete ein Liter Benzin rund 1,60 DM.", [None]),  # ... or with its article before the figure
        ("Ein Kilo Kaffee kostete im Jahr 2025 im Schnitt 12 Euro.", [None]),
        ("Die Molkerei setzte 2025 mit einer Milliarde Liter Milch 800 Mio. Euro um.", ["2025"]),  # a count of units
        # a paragraph's end in HTML ends a sentence: the period of the next does not reach back
        (
            "<p>Nordwatt investiert 4,5 Mrd. Euro in Netze.</p><p>Im Vorjahr lag der Gewinn bei 1,2 Mrd. Euro.</p>",
            [None, "Im Vorjahr"],
        ),
        ("Im Juli fließen 1,2 Mrd. Euro an die Anleger, das entspricht 9,80 Euro je Anteil.", ["Im Juli", None]),
        ("Im Juli fließen 1,2 Mrd. Euro an die Anleger. Das sind 9,80 Euro je Anteil.", ["Im Juli", None]),
        ("Braga hatte ihn 2021 für 7 Mio. Euro geholt.", [None]),
        ("Im April verdiente Keltron 3 Mio. Euro.", ["Im April"]),  # a flow's month is its period
        # a sentence that tells of another time before its figure, as a year of its own does, goes on with no period
        (
            (
                "Die Gemeinde gibt heuer 12 Mio. Euro für Straßen aus. Bis zum Ende des Jahrzehnts sollen es 70 Mio. "
                "Euro werden."
            ),
            ["heuer", None],
        ),
        ("Der Verein nimmt im Jahr 4 Mio. Euro ein. Langfristig sollen es 9 Mio. Euro sein.", ["im Jahr", None]),
        # a compound of the months is the period of its figure, not the quarter of the sentence before
        (
            (
                "Im dritten Quartal setzte Steinhart 2,4 Mrd. Euro um. Im Neunmonatszeitraum kam Steinhart auf Erlöse "
                "von 7,1 Mrd. Euro."
            ),
            ["Im dritten Quartal", "Neunmonatszeitraum"],
        ),
        ("Der Neun-Monats-Umsatz stieg auf 7,1 Mrd. Euro.", ["Neun-Monats-Umsatz"]),
        # a year that dates a building's cost ("fertiggestellt") is no period, of it nor of the clause after it
        ("Die Halle war 2019 für 410 Mio. Euro fertiggestellt worden, geplant waren 180 Mio. Euro.", [None, None]),
        # "Allein" tells a part of the figure before, and what was spent goes on with the report
        (
            (
                "Die Klubs setzten in der Saison 2024/25 zusammen 5,9 Mrd. Euro um. Allein die Erstligisten kamen auf "
                "4,8 Mrd. Euro. Für Gehälter gaben die Klubs 1,9 Mrd. Euro aus."
            ),
            ["in der Saison 2024/25"] * 3,
        ),
        # a relative clause of a flow's noun goes on with the report, in the next paragraph too
        (
            (
                "Gelvano setzte im ersten Halbjahr 8,1 Mrd. Euro um.\n\nGefragt war vor allem das Mittel Tarvix, "
                "dessen Umsatz auf 1,4 Mrd. Euro stieg."
            ),
            ["im ersten Halbjahr", "im ersten Halbjahr"],
        ),
        # a rate before a verb of raising is the figure's rate, not the month it was raised in
        ("Das Wohngeld von 370 Euro im Monat erhöht sich um 15 Euro.", ["im Monat", "im Monat"]),
        ("Das Pflegegeld wird auf 347 Euro im Monat angehoben.", ["im Monat"]),
        # a player's move for a fee is an event: its year is its date, no period
        ("Der Verteidiger war 2023 für 9 Mio. Euro aus Porto gekommen.", [None]),
        # a year or month right after a verb of an event's start or end is its date, no period
        ("Das Förderprogramm über 8 Mio. Euro startet im März.", [None]),
        ("Der Umbau beginnt 2027 und kostet 64 Mio. Euro.", [None]),
        ("Der Händler setzte im März 8 Mio. Euro um.", ["im März"]),
        # a report after an outlook takes no period from it; a sentence that looks ahead too does
        (
            (
                "Im Gesamtjahr erwartet Ostrag einen Umsatz von 9 Mrd. Euro. Die Investitionen beliefen sich auf "
                "1,2 Mrd. Euro."
            ),
            ["Im Gesamtjahr", None],
        ),
        (
            "Im Gesamtjahr erwartet Ostrag einen Umsatz von 9 Mrd. Euro. Der Gewinn soll auf 800 Mio. Euro steigen.",
            ["Im Gesamtjahr", "Im Gesamtjahr"],
        ),
        # ... and an outlook whose verb is split around its figure ("stellte ... in Aussicht") is one too
        (
            (
                "Für das laufende Quartal stellte Ostrag Erlöse von 2,6 Mrd. Euro in Aussicht. Die Sparte Antriebe "
                "steuerte 1,1 Mrd. Euro bei."
            ),
            ["Für das laufende Quartal", None],
        ),
        # a year right after a noun is the noun's, not the date of the verb after it ("2015 gegründet"); a time's
        # year is a date
        (
            (
                "Das Kabinett hat den Entwurf für den Landeshaushalt 2027 beschlossen. Er sieht Ausgaben von 16,8 Mrd. "
                "Euro vor."
            ),
            ["2027"],
        ),
        ("Die Firma wurde Ende 2019 gegründet und setzte 5 Mio. Euro um.", [None]),
        ("Die 2019 gegründete Firma setzte 5 Mio. Euro um.", [None]),
        # a period that closes its clause before a colon is the period of the figures after the colon, as a list's lead
        # line's is, though it follows another figure
        (
            (
                "Aerovia hat im zweiten Quartal 1,84 Mrd. Euro verdient und hebt die Jahresprognose an: Statt bisher "
                "2,6 Mrd. Euro soll der Gewinn nun über 3 Mrd. Euro liegen."
            ),
            ["im zweiten Quartal", "Jahresprognose", "Jahresprognose"],
        ),
        # "Unterm Strich" goes on with the report as "Unter dem Strich" does
        (
            "Die Prämien stiegen 2025 auf 4,82 Mrd. Euro. Unterm Strich blieben 318 Mio. Euro Gewinn.",
            ["2025", "2025"],
        ),
        # the largest source of a budget's income is an item of it, of its year
        (
            (
                "Der Rat hat den Haushalt für das kommende Jahr beschlossen. Er umfasst Ausgaben von 1,3 Mrd. Euro.\n\n"
                "Größte Einnahmequelle bleibt die Gewerbesteuer mit 213 Mio. Euro."
            ),
            ["für das kommende Jahr", "für das kommende Jahr"],
        ),
        # a two-year budget told in the sentence before, whose figure the next one gives with a pronoun; a change over
        # years told before is no plan's span ("Von 2019 bis 2023 ..."): its figure takes none
        (
            (
                "Der Kreistag hat den Doppelhaushalt für die Jahre 2027 und 2028 beschlossen. Er hat ein Volumen von "
                "1,42 Mrd. Euro."
            ),
            ["Doppelhaushalt"],
        ),
        (
            "Die Bahn will in den nächsten fünf Jahren ihr Netz erneuern. Das Volumen beträgt 40 Mrd. Euro.",
            ["in den nächsten fünf Jahren"],
        ),
        (
            "Von 2019 bis 2023 hat sich der Umsatz von Keltron verdoppelt. Der Gewinn stieg auf 80 Mio. Euro.",
            [None],
        ),
        # ... and a report compared with what was expected is no outlook
        (
            (
                "Ostrag hat im dritten Quartal mehr umgesetzt als erwartet, 2,4 Mrd. Euro. Der Gewinn stieg auf "
                "210 Mio. Euro."
            ),
            ["im dritten Quartal", "im dritten Quartal"],
        ),
    ],
)
def test_the_period_an_article_gives_a_figure_or_none(text: str, words: list[str | None]) -> None:
    assert [a.period_text for a in extract(text)] == words


def test_a_conversion_gives_no_later_figure_its_currency() -> None:
    """ "umgerechnet rund 6 Mrd. Euro" restates the yuan before it; the figure after it is in yuan, as the article."""
    text = (
        "Keltron plant Investitionen von 50 Mrd. Yuan, umgerechnet rund 6 Mrd. Euro. Das Cloud-Geschäft wuchs auf "
        "19,7 Milliarden."
    )
    assert [(a.currency, a.currency_inferred) for a in extract(text)] == [("CNY", False), ("EUR", False), ("CNY", True)]


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        # the year a quarter lies in, after it, places it: the year before, the current, a fiscal year
        ("Im dritten Quartal des Vorjahres setzte Keltron 2,1 Mrd. Euro um.", ("2024-07-01", "2024-09-30")),
        (
            "In den ersten fünf Monaten des laufenden Jahres setzte Keltron 3 Mrd. Euro um.",
            ("2025-01-01", "2025-05-31"),
        ),
        ("Im zweiten Quartal des Geschäftsjahres 2019 setzte Keltron 3 Mrd. Euro um.", ("2019-04-01", "2019-06-30")),
        ("Im ersten Halbjahr dieses Jahres setzte Keltron 3 Mrd. Euro um.", ("2025-01-01", "2025-06-30")),
        # a sentence that opens with the year before puts its own quarter in that year
        ("Im Vorjahr hatte Keltron im dritten Quartal 2,1 Mrd. Euro umgesetzt.", ("2024-07-01", "2024-09-30")),
        ("Vor einem Jahr hatte Keltron im ersten Halbjahr 2,1 Mrd. Euro umgesetzt.", ("2024-01-01", "2024-06-30")),
        # ... unless the quarter names its own year
        ("Im Vorjahr hatte Keltron im dritten Quartal 2023 2,1 Mrd. Euro umgesetzt.", ("2023-07-01", "2023-09-30")),
    ],
)
def test_a_shorter_period_is_placed_by_the_year_its_words_give(text: str, placed: tuple[str, str]) -> None:
    """Placed against an article of 6 November 2025."""
    (a,) = extract(text)
    interval = resolve(a, dt.date(2025, 11, 6))
    assert interval is not None, text
    assert (interval.start.isoformat(), interval.end.isoformat()) == placed, text


def test_a_rate_after_und_leads_the_next_figure_though_the_figure_before_has_words_of_its_own_between() -> None:
    # "monatlich" opens the 90's part of the clause, not the 1.500's, whose own words ("im März") stand before "und"
    text = "Die Prämie von 2.400 Euro wird in Raten gezahlt: 1.500 Euro im März und danach monatlich 90 Euro."
    assert [(a.text, a.period_text) for a in extract(text)] == [
        ("2.400 Euro", None),
        ("1.500 Euro", "im März"),
        ("90 Euro", "monatlich"),
    ]
