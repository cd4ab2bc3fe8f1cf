"""The German vocabulary of extraction (``data/de/extract.toml``, ``periods.toml``) compiled into matchers.

The grammar (`aifigures.extract.grammar`) names categories (scale, currency, qualifier ...), never words;
this module turns each category of the vocabulary into one compiled regular expression and one lookup
table, with the matchers of `aifigures.extract.matchers`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from aifigures.amount import Qualifier
from aifigures.extract.matchers import (
    HYPHENS,
    SPACE,
    Phrases,
    alternation,
    dispatch,
    first_letters,
    first_words,
    flexible_spaces,
    inflected,
    normalise_phrase,
    number_pattern,
    separable_verbs,
    trie,
    word_alternation,
    word_starts,
)
from aifigures.language import words
from aifigures.years import YEAR_DIGITS

__all__ = ["Lexicon", "build", "german"]


@dataclass(frozen=True)
class Lexicon:
    """Matchers and tables for one language, built from its data file."""

    scales: dict[str, int]
    scale_currencies: dict[str, tuple[str, int]]
    currency_words: dict[str, str]
    currency_signs: dict[str, str]
    subunits: dict[str, int]
    subunit_currencies: dict[str, str]
    centless: frozenset[str]
    """The currencies "Cent" is never a hundredth of (DEM, CHF, ...): a cent figure beside one is the home one's."""
    ambiguous: dict[str, list[list[str]]]
    qualifiers_before: dict[str, Qualifier]
    face_value_qualifiers: frozenset[str]
    """Qualifiers that are no qualifier right after one of `face_value_nouns` ("ein Auftrag über ...")."""
    face_value_nouns: tuple[str, ...]
    face_value_verbs: frozenset[str]
    """Verbs that govern "über" ("verfügt über 344 Mrd. Yuan"): the amount after it is exact."""
    face_value_articles: frozenset[str]
    """Articles after which a lower-case noun of `face_value_nouns` counts ("einen auftrag über ...")."""
    waypoint_qualifiers: frozenset[str]
    """Qualifiers that are no qualifier between "von" and "auf" figures ("von 2,1 über 2,4 auf 2,7 Mrd.")."""
    waypoint_from_re: re.Pattern[str]
    """The word and figure a series starts from ("von 2,1"), searched before the waypoint."""
    waypoint_to_re: re.Pattern[str]
    """The word and figure a series ends at ("auf 2,7", "auf rund 2,7"), searched after the waypoint."""
    waypoint_reach: int
    qualifiers_after: dict[str, Qualifier]
    numerals: dict[str, Decimal]
    joiners: frozenset[str]
    """Words that join number words ("dreiundzwanzig") and add nothing."""
    fractions: dict[str, Decimal]
    ellipsis_followers: frozenset[str]
    comparison_links: frozenset[str]
    """Words after an amount that compare it with a bare number of its scale and currency ("nach")."""
    comparison_labels: frozenset[str]
    compared_clause_re: re.Pattern[str]
    """A clause after an amount that tells the same period a year before ("..., im Vorjahr waren es noch 940")."""
    period_label_re: re.Pattern[str]
    """A period label that compares ("2023", "Q3 2023", "H1/2023")."""
    """Labels of a bare figure in parentheses after an amount that compare it ("Vorjahr")."""
    counters: frozenset[str]
    counter_ends: tuple[str, ...]
    """Compound heads that make a word a counter ("Nutzerzahl", "Kundenzahl")."""
    counter_purposes: frozenset[str]
    """Words before a counter that make it what money is for ("für Geräte 1,8 Milliarden")."""
    price_leads: frozenset[str]
    """Words right before a scaled number that make it a price paid, after money ("für 28 Millionen von ...")."""
    currency_lead_re: re.Pattern[str]
    """A word that names the currency after it for a later bare figure of its sentence ("In Euro sind das 4 Mrd.")."""
    adjective_endings: tuple[str, ...]
    """The endings of an inflected adjective ("zusätzlichen", "neue"): such words may lead a counted noun."""
    ratio_lead_re: re.Pattern[str]
    """Odds or a ratio ending where a number starts ("1 zu 292 Millionen"): that number is no money."""
    money_verbs: frozenset[str]
    money_verbs_before: frozenset[str]
    money_separable: dict[str, frozenset[str]]
    """Finite separable money verbs before a figure, each with the particles that close its clause ("setzte ... um")."""
    finite_after: frozenset[str]
    """Finite verbs whose subject may be the scaled figure just before them ("800 Mio. sollen folgen")."""
    verb_particles: frozenset[str]
    """Particles of separable verbs that, ending the sentence after a scaled figure, make it money ("... um.")."""
    """Finite verbs before a scaled figure in its clause that call it money ("erhält 38 Milliarden")."""
    year_blockers: frozenset[str]
    dated_after: frozenset[str]
    """Verbs of an event's start or end: a month phrase right after one is its date ("startet im Mai")."""
    year_since: frozenset[str]
    """Words a year up to five words after is a start point, not a period ("seit seiner Gründung 2015")."""
    year_for: frozenset[str]
    """Words right before a year that make it what a plan or budget is for, no date ("Haushalt für 2026")."""
    year_dated_by: frozenset[str]
    """Words after a year that make it a date ("2015 gegründet"), but not a noun's year ("Etat 2027 beschlossen")."""
    year_nouns: tuple[str, ...]
    """The ends of the nouns a year right after is the year of ("den Landeshaushalt 2027 beschlossen")."""
    period_codes: tuple[str, ...]
    period_keywords: tuple[str, ...]
    period_keyword_re: re.Pattern[str]
    """The period keywords as one alternation, for lower-cased text (faster than a find for each on a
    sentence; as fast on a page)."""
    months: dict[str, int]
    """Every name of a month (lower case) and its number, 1 to 12."""
    frequency_starts: frozenset[str]
    frequency_phrases: frozenset[str]
    spread_over: tuple[str, ...]
    """A figure spread over a unit of time ("auf den Monat gerechnet"): a rate."""
    change_links: frozenset[str]
    change_leads: frozenset[str]
    """A change told from one figure to another ("von 255 Euro auf 260 Euro im Monat"): the rate is both's."""
    comparison_bases: frozenset[str]
    coordinators: frozenset[str]
    """Words that open the next part of a clause ("und 2024 bei 6 Mrd."): a period after them is that part's."""
    """Words before a period phrase after an amount that make it the compared figure's ("mehr als im Vorjahr")."""
    """Whole period phrases that state a frequency: "im Jahr" with no year after it is "pro Jahr"."""
    rate_words: frozenset[str]
    abbreviations: frozenset[str]
    longest_abbreviation: int
    """The length of the longest of `abbreviations` (with its dot)."""
    # matchers of the hot path (see `Phrases`)
    scale_phrases: Phrases
    unit_phrases: Phrases
    """After a number: a currency word, sign, subunit or scale-currency ("TEUR")."""
    sign_phrases: Phrases
    """Before a number: a currency sign or code."""
    qualifier_phrases: Phrases
    qualifier_particles: Phrases
    """Particles that may stand between a qualifier and its number ("mindestens aber 350 Euro")."""
    between_phrases: Phrases
    minus_phrases: Phrases
    tolerance_re: re.Pattern[str]
    """What makes the figure after a figure its tolerance (", plus oder minus"), searched after the first one."""
    tolerance_heads: tuple[str, ...]
    """The first word (or sign) of each of `tolerance_re`'s words, lower case: a quick test before the search."""
    vague_phrases: Phrases
    """Words that make the number after them an order of magnitude ("mehrere zehntausend Euro")."""
    sign_chars: frozenset[str]
    """The first characters of the signs that are not letters ("€", "$" ...)."""
    numeral_before_re: re.Pattern[str]
    """Matched on reversed text: the number word (and its article) that ends where a scale word starts."""
    stems: tuple[str, ...]
    currency_stems: tuple[str, ...]
    """Substrings of the currency words a number word may stand before without a scale ("zwölf Euro")."""
    number_followers: frozenset[str]
    """The first word (lower case) of every scale, unit, range and link phrase: a number followed by any
    other word is no amount unless a currency sign stands before it ("24 Jahre", "2018 gingen")."""
    range_connectors: frozenset[str]
    """The words between the two numbers of a range ("bis", "und", "-")."""
    scan_stems: re.Pattern[str]
    """Substrings every scale word contains (in three casings): where number words may stand."""
    # compiled matchers
    qualifier_after_re: re.Pattern[str]
    qualifier_after_starts: frozenset[str]
    qualifier_after_unit_re: re.Pattern[str]
    """A per-unit phrase and a qualifier after it ("15.000 Euro je Haushalt nicht überschreiten"): group `qualifier`."""
    qualifier_after_unit_starts: frozenset[str]
    """The characters (lower case) a qualifier after an amount starts with, after the white space."""
    range_to_re: re.Pattern[str]
    range_to_starts: frozenset[str]
    """The characters (lower case) a range word after an amount starts with ("bis", "-")."""
    range_and_re: re.Pattern[str]
    range_and_starts: frozenset[str]
    """The characters (lower case) the "und" of "zwischen X und Y" starts with."""
    link_re: re.Pattern[str]
    conversion_re: re.Pattern[str]
    restating_clause_re: re.Pattern[str]
    """The cue opening a clause right after a figure that restates it ("umgerechnet", "also rund ...")."""
    conversion_before_re: re.Pattern[str]
    """A word right before a figure that makes it the one before's conversion ("umgerechnet rund ...")."""
    allocation_re: re.Pattern[str]
    """A word that makes a figure a share of a year's budget ("vorgesehen", "Posten")."""
    continuation_re: re.Pattern[str]
    """A sentence opener that continues the report of the sentence before ("Der Nettogewinn ...")."""
    back_reference_re: re.Pattern[str]
    """Words that name the period of the figure before ("in diesem Zeitraum"): their sentence goes on with it."""
    other_time_re: re.Pattern[str]
    outlook_re: re.Pattern[str]
    """A word beside a period that makes it an outlook's ("erwartet"): a report after it takes no period from it."""
    outlook_after_re: re.Pattern[str]
    """Words after an outlook's period in its sentence that make it one ("stellte ... in Aussicht")."""
    looking_ahead_re: re.Pattern[str]
    """A word of a sentence that looks ahead ("erwartet", "soll"), which may take an outlook's period."""
    """Words that tell of another time than the figure before ("bis zum Ende des Jahrzehnts"): it does not."""
    opener_verbs: frozenset[str]
    """Verbs of a flow that, among a sentence's first words, make it go on with the report ("In China setzte")."""
    relative_possessives: frozenset[str]
    """Words that open a relative clause of whose flow a figure is (", dessen Umsatz ... auf 2,9 Mrd. stieg")."""
    part_openers: frozenset[str]
    """A sentence's first word that tells parts of the figure before ("Davon gehen 400 Mio. ...")."""
    part_verbs: frozenset[str]
    """Verbs of a part that, among a sentence's first words, make it tell a part of the figure before ("entfiel")."""
    restated_by: tuple[str, ...]
    """Words before a sentence's figure that restate the figure before on another basis ("Pro Jahr sind das")."""
    total_openers: frozenset[str]
    """A sentence's first word that tells the total of the figures before ("Zusammen kommen sie auf ...")."""
    running_words: frozenset[str]
    """Words that make a total's figure a sum so far ("damit", "seit"), which takes no period from the report."""
    flow_heads: tuple[str, ...]
    """The heads of flow nouns ("umsatz", "gewinn"), which a compound may end in ("Jahresumsatz")."""
    earlier_state_re: re.Pattern[str]
    per_share_re: re.Pattern[str]
    """Words that tell a figure per share ("je Aktie"): one that ends a paragraph does not end its report."""
    """A sentence's first word that tells an earlier state of the figure before ("Bislang", "Ursprünglich")."""
    difference_after_re: re.Pattern[str]
    """The word right after a figure that makes it a difference to the figure before ("152 Pfund mehr")."""
    expected_re: re.Pattern[str]
    """A word that says a figure was expected ("gerechnet", "erwartet"), searched in lower case."""
    same_period_before_re: re.Pattern[str]
    """The words after a figure that make it the same period a year before ("im Vorjahreszeitraum")."""
    whole_year_re: re.Pattern[str]
    """Words of a whole year ("insgesamt") in a sentence that opens with "Im Vorjahr": the year, not a quarter of it."""
    restating_re: re.Pattern[str]
    """The words that end a sentence's head and go on telling the figure before ("Für Wohnen waren es"), perhaps with
    one or two words after them ("Nun sind es nur noch")."""
    pluperfect_re: re.Pattern[str]
    """An auxiliary of the past ("hatten") that, with a word of expectation, tells a figure expected before."""
    afterthought_re: re.Pattern[str]
    """The particles that may lead a last clause that is only a period ("alleine in diesem Jahr")."""
    period_re: re.Pattern[str]
    stock_re: re.Pattern[str]
    """A stock word not inside another word, or a unit with its article (a price per it), in lower-cased text."""
    balance_words: tuple[str, ...]
    """Stock words of a balance at a day ("schulden"): a figure of one that ends a paragraph closes the report."""
    stock_after_re: re.Pattern[str]
    """A word right after an amount that makes it a stock ("2 Mrd. Euro wert")."""
    stock_deadline_re: re.Pattern[str]
    """A period phrase's first word that makes it a deadline ("bis Jahresende"): for a stock, a date."""
    openers_after_amount: frozenset[str]
    """Words that, capitalised after an amount's closing dot, open the next sentence ("3 Mrd. Die ...")."""
    event_after_re: re.Pattern[str]
    """A word after an amount, in its clause, that makes it an event's amount (a price paid, a sum owned)."""
    event_before_re: re.Pattern[str]
    """A deal's word before an amount in its clause ("übernahm ... für"): an event's amount, dated by its year."""
    event_before_words: tuple[str, ...]
    """`event_before_re`'s words, lower case: a quick test before the search."""
    period_starts: dict[str, re.Pattern[str]]
    """`period_re` split by the character a match starts with (see `period_at`)."""
    period_pairs_lower: dict[str, re.Pattern[str]]
    """`period_re` split by the first two characters of a match, case-sensitive, for lower-cased text
    (about three times faster than ignoring case, and most words start no phrase at all)."""
    year_range_re: re.Pattern[str]
    each_year_re: re.Pattern[str]
    """A word right before a figure that makes a span of years' figure each year's ("jeweils 500 Mio.")."""
    year_re: re.Pattern[str]
    part_of_year_re: re.Pattern[str]
    """The year a shorter period lies in, right after it ("des Vorjahres"): matched at the period's end."""
    money_word_re: re.Pattern[str]
    """A money noun right after a figure, perhaps after an adjective ("6 Milliarden (neue) Schulden")."""
    money_noun_re: re.Pattern[str]
    """A money noun anywhere ("Gewinn steigt auf 1,7 Mrd.")."""
    money_nouns: tuple[str, ...]
    """The money nouns in lower case, for a search by `str.find` in lower-cased text."""
    word_re: re.Pattern[str]

    def labels_year_before(self, label: str) -> bool:
        """Whether a label before a figure gives it as the year before's ("Vorjahr", "Vj.", "i. V.")."""
        return normalise_phrase(label) in self.comparison_labels

    def labels_comparison(self, label: str) -> bool:
        """Whether a label before a figure compares it: the year before's, or a period's ("2023", "Q3 2023")."""
        return self.labels_year_before(label) or self.period_label_re.fullmatch(label) is not None

    def period_at(self, text: str, pos: int, end: int, *, lower: bool = False) -> re.Match[str] | None:
        """`period_re.match(text, pos, end)`, trying only the patterns that can start with text[pos] (and the next).

        With `lower`, `text` is lower-cased text (see `lowered`): matched case-sensitively, which is faster
        and finds the same phrases; the match's groups are then in lower case.
        """
        if lower:
            pairs = self.period_pairs_lower
            pattern = pairs.get(text[pos : pos + 2])
            if pattern is None:
                pattern = pairs.get("")
        else:
            ch = text[pos : pos + 1]
            pattern = self.period_starts.get(ch)
            if pattern is None:
                pattern = self.period_re if not ch.isascii() else self.period_starts.get("")
        return None if pattern is None else pattern.match(text, pos, end)


@functools.cache
def german() -> Lexicon:
    """The German lexicon, compiled once from the words of extraction, periods and dates (``data/de/``)."""
    return build({**words("extract"), **words("periods"), **words("dates")})


def build(raw: dict[str, Any]) -> Lexicon:
    """Compile the tables of a parsed vocabulary (the extraction's, the periods' and the dates' files)."""
    amounts = _amount_tables(raw)
    return Lexicon(**amounts, **_period_tables(raw, amounts), **_context_tables(raw), **_waypoint_tables(raw))


def _waypoint_tables(raw: dict[str, Any]) -> dict[str, Any]:
    """The words of a series told by its way ("von 2,1 über 2,4 auf 2,7 Mrd."), where "über" is no qualifier."""
    way = raw["waypoint"]

    def before_figure(words: list[str]) -> re.Pattern[str]:  # the word, perhaps a hedge ("auf rund"), a digit
        return re.compile(f"(?:{word_alternation(words)})\\s+(?:[^\\W\\d_]+\\s+)?\\d", re.IGNORECASE)

    return {
        "waypoint_qualifiers": frozenset(normalise_phrase(q) for q in way["qualifiers"]),
        "waypoint_from_re": before_figure(way["from"]),
        "waypoint_to_re": before_figure(way["to"]),
        "waypoint_reach": int(way["reach"]),
    }


def _amount_tables(raw: dict[str, Any]) -> dict[str, Any]:
    """The matchers of one amount: scales, units, signs, qualifiers, number words, ranges."""
    flags = re.IGNORECASE
    scales = {normalise_phrase(k): int(v) for k, v in raw["scales"].items()}
    scale_currencies = {normalise_phrase(k): (str(v[0]), int(v[1])) for k, v in raw["scale_currencies"].items()}
    currency_words = inflected(
        {normalise_phrase(k): str(v) for k, v in raw["currency_words"].items()}, raw["inflection"]["adjective_endings"]
    )
    currency_signs = {normalise_phrase(k): str(v) for k, v in raw["currency_signs"].items()}
    subunits = {normalise_phrase(k): int(v) for k, v in raw["subunits"].items()}
    numerals = {k: Decimal(v) for k, v in raw["numerals"].items()}
    fractions = {k: Decimal(v) for k, v in raw["numeral_fractions"].items()}
    units = set(currency_words) | set(currency_signs) | set(subunits) | set(scale_currencies)
    ranges = raw["range_words"]
    ellipsis = raw["ellipsis_words"]
    capitals = [normalise_phrase(w) for w in raw["capitals_only"]["words"]]
    return dict(  # noqa: C408 - keyword arguments of Lexicon, as it names them
        scale_phrases=Phrases(scales),
        unit_phrases=Phrases(units, capitals=capitals),
        sign_phrases=Phrases(
            _prefix_signs(currency_signs, currency_words) | set(scale_currencies), window=12, capitals=capitals
        ),
        qualifier_phrases=Phrases(normalise_phrase(q) for q in raw["qualifiers_before"]),
        qualifier_particles=Phrases(raw["qualifier_particles"]["words"], window=16),
        between_phrases=Phrases((normalise_phrase(q) for q in ranges["between"]), window=20),
        minus_phrases=Phrases(raw["minus_words"]["words"], window=12),
        tolerance_heads=tuple(sorted({w.split()[0] for w in raw["minus_words"]["tolerance_leads"]})),
        tolerance_re=re.compile(
            rf"{SPACE}*,?{SPACE}*(?:{alternation(raw['minus_words']['tolerance_leads'])}){SPACE}*", re.IGNORECASE
        ),
        vague_phrases=Phrases((normalise_phrase(w) for w in raw["vague_words"]["words"]), window=12),
        sign_chars=frozenset(s[0] for s in currency_signs if not s[0].isalpha()),
        numeral_before_re=re.compile(
            f"{SPACE}*[{HYPHENS}]?{SPACE}*(?P<word>[^\\W\\d_]+)"
            f"(?:{SPACE}+(?P<article>{'|'.join(re.escape(w[::-1]) for w, v in numerals.items() if v == 1)})"
            "(?![^\\W\\d_]))?",
            flags,
        ),
        stems=tuple(s.lower() for s in raw["scan"]["stems"]),
        currency_stems=tuple(s.lower() for s in raw["scan"]["currency_stems"]),
        number_followers=first_words([*scales, *units, *ranges["to"], *ranges["between_and"], *ellipsis["links"]]),
        range_connectors=frozenset(w.lower() for w in [*ranges["to"], *ranges["between_and"]]),
        scan_stems=re.compile(
            "|".join(re.escape(v) for s in raw["scan"]["stems"] for v in sorted({s, s.capitalize(), s.upper()}))
        ),
        scales=scales,
        scale_currencies=scale_currencies,
        currency_words=currency_words,
        currency_signs=currency_signs,
        subunits=subunits,
        subunit_currencies={normalise_phrase(k): v for k, v in raw["subunit_currencies"].items()},
        centless=frozenset(raw["centless"]["currencies"]),
        ambiguous={normalise_phrase(k): v for k, v in raw["ambiguous"].items()},
        qualifiers_before={normalise_phrase(k): Qualifier(v) for k, v in raw["qualifiers_before"].items()},
        face_value_qualifiers=frozenset(normalise_phrase(q) for q in raw["face_value"]["qualifiers"]),
        face_value_nouns=tuple(raw["face_value"]["nouns"]),
        face_value_verbs=frozenset(raw["face_value"]["verbs"]),
        face_value_articles=frozenset(raw["face_value"]["articles"]),
        qualifiers_after={normalise_phrase(k): Qualifier(v) for k, v in raw["qualifiers_after"].items()},
        numerals=numerals,
        joiners=frozenset(raw["numeral_joiners"]["words"]),
        fractions=fractions,
        qualifier_after_re=re.compile(f"{SPACE}+(?:{alternation(raw['qualifiers_after'])})", flags),
        qualifier_after_unit_re=re.compile(
            f"{SPACE}+(?:{alternation(raw['qualifier_after_units']['leads'])}){SPACE}+[^\\W\\d_]+"
            f"(?P<qualifier>{SPACE}+(?:{alternation(raw['qualifiers_after'])}))",
            flags,
        ),
        qualifier_after_unit_starts=first_letters(raw["qualifier_after_units"]["leads"]),
        qualifier_after_starts=first_letters(raw["qualifiers_after"]),
        range_to_re=re.compile(f"{SPACE}*(?:{alternation(ranges['to'])}){SPACE}*", flags),
        range_to_starts=first_letters(ranges["to"]),
        range_and_re=re.compile(f"{SPACE}+(?:{alternation(ranges['between_and'])}){SPACE}+", flags),
        range_and_starts=first_letters(ranges["between_and"]),
        link_re=_link_re(ellipsis),
    )


def _link_re(ellipsis: dict[str, Any]) -> re.Pattern[str]:
    """What links a bare number to the amount after it: a link word ("auf", "/") or an alternative ("3, eher")."""
    links, alternatives = alternation(ellipsis["links"]), alternation(ellipsis["alternatives"])
    return re.compile(f"(?:{SPACE}+(?:{links})|,?{SPACE}*(?:{alternatives})){SPACE}+", re.IGNORECASE)


def _period_tables(raw: dict[str, Any], amounts: dict[str, Any]) -> dict[str, Any]:
    """The matchers of stated periods and of sentence ends (`amounts`: the tables of one amount)."""
    flags = re.IGNORECASE
    number = number_pattern(set(amounts["numerals"]) | set(amounts["fractions"]), set(raw["numeral_joiners"]["words"]))
    periods = raw["period_patterns"]
    period_alts = []
    for i, pattern in enumerate(periods):
        body = flexible_spaces(pattern).replace("{N}", f"(?P<n{i}>{number})")
        period_alts.append(f"(?<![^\\W_])(?P<p{i}>{body})(?![^\\W_])")
    years = raw["period_year_patterns"]
    dotted = (
        raw["sentences"]["abbreviations"],
        amounts["scales"],
        amounts["currency_words"],
        amounts["currency_signs"],
        raw["qualifiers_before"],
    )
    abbreviations = frozenset(normalise_phrase(a) for table in dotted for a in table if a.endswith("."))
    return dict(  # noqa: C408 - keyword arguments of Lexicon, as it names them
        year_blockers=frozenset(years["blockers"] + years["dated_after"]),
        dated_after=frozenset(years["dated_after"]),
        year_since=frozenset(years["since"]),
        year_for=frozenset(years["year_for"]),
        year_dated_by=frozenset(years["dated_by"]),
        year_nouns=tuple(years["noun_years"]),
        period_codes=tuple(periods.values()),
        period_keywords=tuple(raw["period_keywords"]["words"]),
        period_keyword_re=re.compile(trie(raw["period_keywords"]["words"])),
        frequency_starts=frozenset(raw["period_frequency"]["starts"]),
        frequency_phrases=frozenset(raw["period_frequency"]["phrases"]),
        spread_over=tuple(raw["period_frequency"]["spread_over"]),
        change_links=frozenset(raw["period_frequency"]["change_links"]),
        change_leads=frozenset(raw["period_frequency"]["change_leads"]),
        comparison_bases=frozenset(raw["period_frequency"]["comparison_bases"]),
        coordinators=frozenset(raw["period_frequency"]["coordinators"]),
        rate_words=frozenset(raw["period_frequency"]["rates"]),
        months={name.lower(): n for n, names in enumerate(raw["dates"]["months"], start=1) for name in names},
        abbreviations=abbreviations,
        openers_after_amount=frozenset(raw["sentences"]["openers_after_amount"]),
        longest_abbreviation=max(map(len, abbreviations)),
        conversion_re=re.compile(f"(?:{alternation(raw['conversion_cues']['starts'])})", flags),
        restating_clause_re=re.compile(
            f"(?:{alternation(raw['conversion_cues']['starts'] + raw['conversion_cues']['clause'])})(?![^\\W\\d_])",
            flags,
        ),
        allocation_re=re.compile(f"(?:{word_alternation(raw['continuation']['allocations'])})(?![^\\W\\d_])", flags),
        conversion_before_re=re.compile(f"(?:{word_alternation(raw['conversion_cues']['before'])})[\\s,:]*\\Z", flags),
        opener_verbs=frozenset(raw["continuation"]["opener_verbs"]),
        relative_possessives=frozenset(raw["continuation"]["relative_possessives"]),
        part_openers=frozenset(raw["continuation"]["part_openers"]),
        part_verbs=frozenset(raw["continuation"]["part_verbs"]),
        restated_by=tuple(raw["continuation"]["restated_by"]),
        total_openers=frozenset(raw["continuation"]["total_openers"]),
        running_words=frozenset(raw["continuation"]["running_words"]),
        flow_heads=tuple(raw["continuation"]["opener_heads"]),
        continuation_re=re.compile(
            f"(?:(?:{alternation(raw['continuation']['connectives'])})\\s+[^\\W\\d_]+\\s+"
            f"|(?:{alternation(raw['continuation']['segment_leads'])})\\s+[^\\W\\d_]+\\s+[^\\W\\d_]+\\s+)?"
            f"(?:{alternation(raw['continuation']['openers'])}|(?:{alternation(raw['continuation']['opener_articles'])})"
            f"\\s+(?:[^\\W\\d_]+\\s+){{0,2}}(?:[^\\W\\d_]+-)*[^\\W\\d_]*"
            f"(?:{'|'.join(map(re.escape, raw['continuation']['opener_heads']))}))(?![^\\W\\d_])",
            flags,
        ),
        back_reference_re=re.compile(
            f"(?:{word_alternation(raw['continuation']['back_references'])})(?![^\\W\\d_])(?!\\s+des\\s+vorjahr)",
            flags,
        ),
        outlook_re=re.compile(
            "".join(f"(?<!{re.escape(w)} )" for w in raw["continuation"]["compared_with_outlook"])
            + f"(?:{word_alternation(raw['continuation']['outlook'])})(?![^\\W\\d_])",
            flags,
        ),
        outlook_after_re=re.compile(
            f"(?:{word_alternation(raw['continuation']['outlook_after'])})(?![^\\W\\d_])", flags
        ),
        looking_ahead_re=re.compile(
            f"(?:{word_alternation(raw['continuation']['outlook'] + raw['continuation']['looking_ahead'])})"
            "(?![^\\W\\d_])",
            flags,
        ),
        other_time_re=re.compile(f"(?:{word_alternation(raw['continuation']['other_times'])})(?![^\\W\\d_])", flags),
        earlier_state_re=re.compile(
            f"(?:{word_alternation(raw['continuation']['earlier_state'])})(?![^\\W\\d_])", flags
        ),
        per_share_re=re.compile(f"(?:{word_alternation(raw['continuation']['per_share'])})(?![^\\W\\d_])", flags),
        difference_after_re=re.compile(
            f"{SPACE}+(?:{alternation(raw['continuation']['difference_after'])})(?![^\\W\\d_])", flags
        ),
        expected_re=re.compile(f"(?:{word_alternation(raw['continuation']['expected'])})(?![^\\W\\d_])", flags),
        pluperfect_re=re.compile(f"(?:{word_alternation(raw['continuation']['pluperfect'])})(?![^\\W\\d_])", flags),
        restating_re=re.compile(
            f"(?:{word_alternation(raw['continuation']['restating'])})(?:{SPACE}+[^\\W\\d_]+){{0,2}}{SPACE}*\\Z",
            flags,
        ),
        same_period_before_re=re.compile(
            f"{SPACE}*(?:{alternation(raw['continuation']['same_period_before'])})(?![^\\W\\d_])", flags
        ),
        whole_year_re=re.compile(f"(?:{word_alternation(raw['continuation']['whole_year'])})(?![^\\W\\d_])", flags),
        afterthought_re=re.compile(
            f"(?:(?:{alternation(raw['continuation']['afterthought_particles'])}){SPACE}+)*", flags
        ),
        period_re=re.compile("|".join(period_alts), flags),
        period_starts=dispatch(period_alts, 1, flags),
        period_pairs_lower=dispatch(period_alts, 2),
        balance_words=tuple(years["balance_words"]),
        stock_re=re.compile(
            # a stock word, or the end of a compound ("Aktienkurs"), looked back at after its first letter
            f"(?:{word_starts(years['stock_words'], years['stock_measured'])})|(?:"
            + "|".join(f"{re.escape(w[0])}(?<=[^\\W\\d_].){re.escape(w[1:])}" for w in years["stock_heads"])
            + ")(?![^\\W\\d_])"
            # a price per a unit told with its article ("ein Liter Benzin kostete"): its year dates it
            + f"|(?:{word_alternation(years['unit_price_leads'])}){SPACE}+"
            + f"(?:{alternation(years['unit_price_units'])})(?![^\\W\\d_])"
        ),
        stock_after_re=re.compile(
            f"{SPACE}+(?:{alternation(years['stock_after'])}"
            f"|(?:{alternation(years['price_per'])}){SPACE}+(?:{alternation(years['price_units'])}))(?![^\\W\\d_])",
            flags,
        ),
        stock_deadline_re=re.compile(f"(?:{alternation(years['stock_deadlines'])})(?![^\\W\\d_])", flags),
        event_after_re=re.compile(
            f"(?:{word_alternation(years['event_after'])})(?![^\\W\\d_])".replace(" ", SPACE + "+"), flags
        ),
        event_before_words=tuple(years["event_before"]),
        event_before_re=re.compile(
            f"(?:{word_alternation(years['event_before'])})(?![^\\W\\d_])".replace(" ", SPACE + "+"), flags
        ),
        year_range_re=re.compile(years["range"].replace(" ", SPACE + "+"), flags),
        each_year_re=re.compile(f"(?:{word_alternation(years['each_year'])}){SPACE}+\\Z", flags),
        year_re=re.compile(years["single"], flags),
        part_of_year_re=re.compile(years["part_of_year"].replace(" ", SPACE + "+") + "(?![^\\W\\d_])", flags),
    )


def _context_tables(raw: dict[str, Any]) -> dict[str, Any]:
    """The matchers of the words around an amount: money nouns and verbs, counters, comparison labels."""
    flags = re.IGNORECASE
    ellipsis = raw["ellipsis_words"]
    money = raw["money_words"]
    endings = "|".join(re.escape(e) for e in sorted(raw["inflection"]["adjective_endings"], key=len, reverse=True))
    adjective = f"(?-i:[a-zäöüß]+(?:{endings}))"
    linkers = raw["inflection"]["noun_linkers"]
    labels = "".join(sorted({c for w in ellipsis["period_label_letters"] for c in (w.lower(), w.upper())}))
    return dict(  # noqa: C408 - keyword arguments of Lexicon, as it names them
        ellipsis_followers=frozenset(normalise_phrase(w) for w in ellipsis["followers"]),
        comparison_links=frozenset(normalise_phrase(w) for w in ellipsis["comparisons"]),
        comparison_labels=frozenset(normalise_phrase(w) for w in ellipsis["comparison_labels"]),
        compared_clause_re=re.compile(
            f"{SPACE}*[,;]{SPACE}*(?:{alternation(raw['continuation']['same_period_before'])}){SPACE}+"
            f"(?:{alternation(raw['continuation']['restating'])})"
            f"(?:{SPACE}+(?:{alternation(ellipsis['restated_particles'])}))?{SPACE}+",
            flags,
        ),
        period_label_re=re.compile(f"(?:[{re.escape(labels)}][1-4][ /]?)?{YEAR_DIGITS}(?:/\\d\\d)?"),
        counters=frozenset(ellipsis["counters"]),
        counter_ends=tuple(ellipsis["counter_ends"]),
        counter_purposes=frozenset(ellipsis["counter_purposes"]),
        price_leads=frozenset(ellipsis["price_leads"]),
        currency_lead_re=re.compile(f"(?:{word_alternation(ellipsis['currency_leads'])}){SPACE}+", flags),
        adjective_endings=tuple(raw["inflection"]["adjective_endings"]),
        ratio_lead_re=re.compile(f"(?<![\\w,.])(?:{alternation(ellipsis['ratio_leads'])}){SPACE}*\\Z", flags),
        money_verbs=frozenset(money["verbs"]),
        money_verbs_before=frozenset(money["verbs_before"]),
        money_separable=separable_verbs(money["separable_before"]),
        finite_after=frozenset(money["finite_after"]),
        verb_particles=frozenset(money["verb_particles"]),
        money_word_re=re.compile(
            f"{SPACE}*[{HYPHENS}]?(?:(?:{alternation(linkers)}){SPACE}+|{adjective}{SPACE}+)?"
            f"(?:{alternation(money['nouns'])})",
            flags,
        ),
        money_noun_re=re.compile(f"(?:{alternation(money['nouns'])})", flags),
        money_nouns=tuple(normalise_phrase(n) for n in money["nouns"]),
        word_re=re.compile(r"[^\W\d_]+\.?|[(),;:]"),
    )


def _prefix_signs(signs: dict[str, str], words: dict[str, str]) -> set[str]:
    """Signs, and the ISO codes among the currency words, may stand before the number ("DKK 449,00").

    So may the thousands codes ("TEUR 500"), added where the lexicon is built.
    """
    return set(signs) | {w for w, iso in words.items() if w.upper() == iso}
