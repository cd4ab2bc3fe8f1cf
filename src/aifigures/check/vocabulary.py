"""The check's German words as one typed section (`CheckWords`), read from ``data/de/check.toml``.

Every field is a table or a list of the data file; a word list added to or missing from the file is an
error when the section is first read, naming the file and the entry, not a `KeyError` in some rule.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, fields
from decimal import Decimal

from aifigures.errors import AifiguresError
from aifigures.language import words

__all__ = ["CheckWords", "Tolerances", "VerbMetric", "check_words", "vocabulary_re"]


@dataclass(frozen=True)
class Tolerances:
    """What "knapp", "gut" and "etwa" stand for (check.toml [tolerances])."""

    just_under: Decimal
    just_over: Decimal
    approx: Decimal
    approx_precise: Decimal
    precise_digits: int
    bound: Decimal
    """How far (as a share) a bound's threshold may be rounded at most ("mehr als 2 Mrd.": more than 1,98 Mrd.)."""


@dataclass(frozen=True)
class VerbMetric:
    """A verb that names what the figure it governs measures (check.toml [[verb_metrics]]).

    With `closing`, its particle must close the figure's clause ("setzte ... 900 Mio. Pfund um"); with
    `before`, that word must stand between the verb and the figure ("zahlt für Ashford 2 Mrd. Pfund"), or before
    the figure where no verb is listed and the participle closes the clause ("wird für 18 Mrd. verkauft"); with
    `after`, that word must follow the figure, a verb before it ("zahlt 1,8 Mrd. Euro für die Brauerei").
    """

    verbs: frozenset[str]
    metric: str
    closing: frozenset[str] | None = None
    """The words one of which must close the clause (a particle, or participles), if any."""
    before: str | None = None
    after: str | None = None


@dataclass(frozen=True)
class CheckWords:
    """The words of the check; see check.toml for what each list does."""

    place_adjective_endings: list[str]
    """The ending of a place's adjective ("Beldorfer"): after an article it names the place, its noun is led."""
    articles: list[str]
    """The articles: a capitalised word after one, not before another capitalised word, is a noun."""
    determiners: list[str]
    not_names: list[str]
    not_metrics: list[str]
    """Words that open with a metric's stem but name no metric ("Gewinner"): a prefix of a word."""
    in_digits: list[str]
    """The words between a figure and the same figure written again in digits ("in Ziffern")."""
    origin_leads: list[str]
    """The word after a noun that makes a region after it that noun's origin ("ein Sammler aus der Schweiz")."""
    saved_metrics: list[str]
    """Metrics of a figure after "von" that a word of saving after it makes a saving ("Kosten von ... einsparen")."""
    difference_metrics: list[str]
    """Metrics that tell a difference, not a level ("spart damit 160 Euro"): no price times a count restates one."""
    container_metrics: list[str]
    """Metrics of what holds money for others ("im Haushalt"): a metric named after "für" is the figure's."""
    built_leads: list[str]
    built_verbs: list[str]
    """A clause "Für 1,6 Mrd. Euro entsteht ein Terminal": its lead before the figure and a verb of building."""
    lowering_verbs: list[str]
    """Verbs that lower a cost by a figure ("die Kosten um 180 Mio. Euro senken"): a saving, not a cost's change."""
    quantity_nouns: list[str]
    subject_nouns: list[str]
    """Nouns that, opening a sentence with its article, refer to the article's subject ("Das Unternehmen ...")."""
    person_roles: list[str]
    """The endings of a role before a person's name ("Finanzchef Jonas Roth"): `aifigures.check.people`."""
    place_prepositions: list[str]
    """Prepositions of place: a name every report writes after one is a town (`aifigures.check.places`)."""
    seated_bodies: list[str]
    """Bodies of a state's government named by their seat ("die Landesregierung in Dresden"): `places.seats_of`."""
    person_metrics: list[str]
    """The metrics of a person's money (a pay, a fee, a fine), which two people's figures may share."""
    person_earnings: list[str]
    """Verbs' metrics that are a salary where a person's role stands before the verb ("Der Chef verdient ...")."""
    company_nouns: list[str]
    """... and a profit where a company's noun stands there ("Das Unternehmen verdient ...")."""
    clause_pronouns: list[str]
    """Pronouns that open a clause and stand for what was told just before ("Er soll ... verdienen", "Er umfasst")."""
    sentence_openers: list[str]
    """Adverbs and conjunctions that open a sentence: capitalised there, but no name ("Konkret", "Hinzu")."""
    adverb_openers: list[str]
    """Adverbs that, opening a sentence, put its verb second: the word after them is no adjective ("Zudem setzte")."""
    separators: list[str]
    accumulating_metrics: list[str]
    """Metrics of a flow that only adds up: reached in part of a period, never above the whole's forecast."""
    place_name_heads: list[str]
    """Ends of places' names ("...heim", "...dorf"): a rare word with one is not split as a compound."""
    indefinite_articles: list[str]
    """After one of these a capitalised word is a common noun, never a name ("ein Hilfspaket")."""
    relative_pronouns: list[str]
    """Words after a comma that open a clause describing a thing, not the figure's ("ein Terminal, das ... soll")."""
    second_verb_modals: list[str]
    """Modal verbs of a second verb joined after a figure ("und soll helfen"): no plan of the figure."""
    second_verb_joiners: list[str]
    """The words that join that second verb ("und")."""
    change_before: list[str]
    change_fillers: list[str]
    """Words that may stand between "um" and the amount of a change ("um jährlich 1,2 Mrd.")."""
    change_to: list[str]
    """The word between a change and the level it leads to ("um 400 Mio. auf 3,4 Mrd."): `check.change_sums`."""
    change_from: list[str]
    """The word before the level a change leads from ("von 3,1 Mrd. um 300 Mio. auf 3,4 Mrd.")."""
    change_bases: list[str]
    """Words of a change's rate on another basis than its figures ("währungsbereinigt"): not weighed against them."""
    unit_restating: list[str]
    """Phrases before a figure that restate a price per unit for a count of units ("sind das", "damit")."""
    change_after: list[str]
    outlay_metrics: list[str]
    less_after: list[str]
    """Words right after a figure of what is paid that make it what is saved ("zahlt 120 Euro weniger")."""
    income_side: list[str]
    """The metrics of what a budget takes in (a revenue): no part of a figure of `outlay_side`, nor it of them."""
    outlay_side: list[str]
    """Metrics whose figure with "mehr" after it is what the thing that makes it costs, not a change."""
    change_nouns: list[str]
    result_nouns: list[str]
    result_metrics: list[str]
    """The metric of each of `result_nouns`: "ein Minus von ... gemacht" is a loss."""
    result_closings: list[str]
    """Participles that, closing the clause, make a change noun a result's balance ("ein Minus von ... gemacht")."""
    result_bottom_lines: list[str]
    """Words before a change noun in its clause that make it a result's balance ("Unter dem Strich stand ein Minus")."""
    expectation_leads: list[str]
    expectation_closings: list[str]
    """Verbs closing a clause of a figure expected after a lead ("Analysten hatten mit 6,4 Mrd. gerechnet")."""
    whole_adjective_endings: list[str]
    """How an adjective between a whole's article and its figure ends ("Von den geforderten 340 Mio. ...")."""
    plan: list[str]
    budget_nouns: list[str]
    """A budget's nouns: told with one of `presenting_verbs`, a budget not yet passed, its figures a plan."""
    presenting_verbs: list[str]
    """Verbs of presenting a budget to its council or parliament ("vorgelegt", "eingebracht")."""
    future_aux: list[str]
    """Auxiliaries of the future: a plan where their clause closes with an infinitive, not a participle."""
    staying: list[str]
    staying_verbs: list[str]
    """Verbs of a level that stays, with a word of `staying_at` a few words on ("bleibt 2026 bei 563 Euro")."""
    staying_at: list[str]
    """Words of a level that stays as it is ("bleibt 2026 bei 563 Euro"): told as a fact for years to come too."""
    hearsay_modals: list[str]
    """Modal verbs that report what others say happened, before a perfect infinitive ("soll ... gezahlt haben")."""
    hearsay_perfect: list[str]
    """The auxiliaries that close such a perfect infinitive ("haben", "sein", "worden sein")."""
    years_ago: list[str]
    """The word before a number of years back from the article's ("vor fünf Jahren")."""
    years_ago_after: list[str]
    """Words after so many years that count them back ("ein Jahr zuvor")."""
    shared_wholes: list[str]
    """The metrics of a whole that shares another report tells side by side are some of ("cost", "investment")."""
    share_metrics: list[str]
    """The metrics such shares may have (or none): what each subject pays or gives of the whole."""
    speech_verbs: list[str]
    """Verbs of a sentence's opening clause that give the rest as someone's words ("X kündigte an, ...")."""
    trailing_source_verbs: list[str]
    """Verbs that open a sentence's last clause, which says who told the rest ("..., berichten Insider")."""
    given_metrics: list[str]
    receive_verbs: list[str]
    giver_leads: list[str]
    """A clause with one of `receive_verbs` and a public body after one of `giver_leads` tells a subsidy."""
    give_verbs: list[str]
    """... as does one with a public body after an article before one of these verbs ("Das Land gibt der ...")."""
    recipient_leads: list[str]
    """The words after a verb of `give_verbs` that lead whom it is given to ("gibt der Stadt")."""
    """Metrics of what public bodies give (a subsidy): about the article's subject, who receives it."""
    estimate: list[str]
    revision: list[str]
    revision_now: list[str]
    """Words of a figure as it stands now ("inzwischen"): a change against an earlier figure only."""
    total: list[str]
    part_openers: list[str]
    """Words that open a figure's clause and tell it as a part of a whole ("Allein in das Klinikum ...")."""
    example_openers: list[str]
    """Words that open a sentence that works an example through ("Wer ...", "Bei einer Monatsrente von ...")."""
    example_leads: list[str]
    example_links: list[str]
    """With `indefinite_articles`: "Für einen Durchschnittsverdiener mit ..." opens a worked example too."""
    distributive: list[str]
    per_head: list[str]
    """Words right before a figure for each of a group its sentence counts ("je", "im Schnitt")."""
    count_hedges: list[str]
    """Words before a count that make it no count to multiply by ("rund 2.500 Beschäftigte")."""
    split_leads: list[str]
    count_joiners: list[str]
    """The words that lead a count of equal parts ("in"), and join its noun to "je" ("in zwei Raten zu je ...")."""
    sum_after: list[str]
    restating: list[str]
    percent_words: list[str]
    share_of: list[str]
    share_restating: list[str]
    """Words before a percentage that restate the figure before it as a share ("2 Mrd. Euro, also 25 Prozent")."""
    share_approx: list[str]
    """Words before such a percentage that make it approximate ("also rund 25 Prozent")."""
    share_changes: list[str]
    """Words after a percentage that make it a change, not a share ("oder 25 Prozent mehr")."""
    share_change_leads: list[str]
    """Words before a percentage that make it the rate of a change ("um 25 Prozent von 12 auf 15 Mio.")."""
    list_marks: list[str]
    list_part_leads: list[str]
    """Words before the colon that opens a list after a figure, making its items some of it ("Die größten Posten:")."""
    parts_after: list[str]
    purpose_leads: list[str]
    """Words that open the clause of each part by purpose after a total ("für den Härtefallfonds 250 Mio.")."""
    shared_out: list[str]
    """Words of a total's sentence that say it is shared out: the figures of the next sentence are its parts."""
    share_verbs: list[str]
    """Verbs that make each figure of a sentence after a total someone's share of it ("auf die Stadt entfallen")."""
    ranked_parts: list[str]
    """Superlatives that open a sentence after a total with some of its parts ("Die größten Geberländer waren ...")."""
    head_nouns: list[str]
    """The nouns of one head, one unit ("pro Kopf", "je Einwohner": "kopf")."""
    head_phrases: list[str]
    """Phrases that give a figure per head without "pro" ("ein jeder zahlt 284 Euro")."""
    total_openers: list[str]
    """Words that open the clause of a total told after its parts in one sentence ("..., insgesamt ...")."""
    refer_back: list[str]
    """Words that open a sentence about what the sentence before told ("Diese Schätzung ...")."""
    origin_prepositions: list[str]
    """Prepositions after a figure that tell where it comes from ("vom Klub Royal Ostende"), not what it is for."""
    remainder: list[str]
    others_leads: list[str]
    """Words of a group of others a total sums ("die beiden anderen Netzbetreiber zusammen")."""
    name_joiners: list[str]
    more_than_verbs: list[str]
    less_than_verbs: list[str]
    from_before: list[str]
    unit_articles: list[str]
    unit_nouns: list[str]
    """Units a price is told for with an article ("Ein Quadratmeter kostete 8.900 Euro"): per that unit."""
    term_words: list[str]
    """Words that tell a figure as the total of a term ("über die gesamte Laufzeit"), not a year's."""
    marks: list[str]
    """A mark a figure names ("40-Millionen-Marke"): crossed (`crossing_verbs`), the figure is a lower bound."""
    crossing_verbs: list[str]
    """Words right before an amount that make it where a range starts ("ab 39.900 Euro"): a lower bound."""
    just_under: list[str]
    just_over: list[str]
    conversion: list[str]
    conversion_far: list[str]
    conversion_after: list[str]
    """Verbs after an amount that restate the one before, with a relative pronoun before it ("was ... entspricht")."""
    conversion_relatives: list[str]
    rate_words: list[str]
    old_figure: list[str]
    old_figure_attributes: list[str]
    """Of those, the ones that mark only the figure they lead, alone or with its noun ("die geplanten 3 Mrd.")."""
    attribution: list[str]
    source_verbs: list[str]
    estimate_sources: list[str]
    """Nouns of a third party's estimate after "nach" or "laut": who estimated, not whom it is about."""
    estimate_leads: list[str]
    estimate_fillers: list[str]
    estimate_joiners: list[str]
    """The words around an estimate's noun: before it ("laut einer"), and joining who made it ("des ... für")."""
    descriptor_heads: list[str]
    """Ends of compounds that describe a subject ("Softwarekonzern"): no names."""
    relation_heads: list[str]
    """Last parts of a hyphenated name that make it another subject ("Quorra-Mutter"): its first part names none."""
    scale_starts: list[str]
    """The scale words a compound noun opens with ("Milliardenhöhe"): no name."""
    noun_endings: list[str]
    """Endings of abstract nouns ("Bonuszahlungen", "Finanzierung"): a capitalised word with one is no name."""
    public_bodies: dict[str, str]
    """The levels of the state by their forms ("des Bundes": bund): whose figure it is, though an article leads them."""
    place_adjectives: dict[str, str]
    """Adjectives of places by their stem ("sächsisch": sachsen): a lower-case one names its place."""
    capitals: dict[str, str]
    """Capitals by the country whose government they stand for ("peking": "china")."""
    seats: dict[str, str]
    """The seats of the federal states' governments, by their state ("dresden": "sachsen")."""
    same_areas: dict[str, str]
    """Areas of a budget that are one area by another name ("bundeswehr": "verteidigung")."""
    abbreviations: dict[str, list[str]]
    """Abbreviations by the phrases they stand for ("ki": "künstliche intelligenz"): one word of two reports."""
    synonyms: dict[str, list[str]]
    """Words by the words that name the same event ("hochwasser": "flut"): one word of two reports."""
    whole_leads: list[str]
    whole_openers: list[str]
    """Words that open a clause naming the whole its next figures are taken from, with a noun and "von"."""
    beside_leads: list[str]
    added_leads: list[str]
    """Words before a figure in its clause that tell it as added to another of its article ("zusätzlich")."""
    comparison_leads: list[str]
    continuing: list[str]
    """Words right before a sentence's first figure that go on telling the figure before ("waren es")."""
    event_metrics: list[str]
    lasting_metrics: list[str]
    """Metrics of a figure estimated again over years (a project's cost): reports seasons apart tell one, revised."""
    paid_a_year_after: list[str]
    """Event metrics paid the year after the one a report names for them (a dividend "für 2024")."""
    moving_metrics: list[str]
    """Metrics the market moves by the hour (a company's stock market value): differing figures are no conflict."""
    modality_free: list[str]
    """Metrics whose figure is one, told as planned or as done (a dividend, a price): modality is no key."""
    part_measures: list[str]
    """Measures that are a part of their metric's whole ("insured"): weighed against it, never above it."""
    legal_forms: list[str]
    superlative_endings: list[str]
    linking_s_after: list[str]
    """Endings after which a compound's first part takes a linking "s" ("Mobilitätssparte": mobilität)."""
    segment_heads: list[str]
    segment_links: list[str]
    """The words between a segment's head and the name it is told by ("das Geschäft mit Medizintechnik")."""
    regions: list[str]
    """The regions a company's figure may be told for ("in den USA"): a segment of its own."""
    apposition_leads: list[str]
    """Words that alone open a clause telling where the figure before went (", auf 1,7 Mrd.")."""
    counted_nouns: list[str]
    """Metric nouns that, counted, name who and not what ("ein Haushalt", "pro Haushalt": a household)."""
    count_leads: list[str]
    """The words that count them ("ein", "pro", "je")."""
    counted_plurals: list[str]
    public_leads: list[str]
    """Their plurals, which name who ("betroffene Haushalte"), unless led by these ("die öffentlichen Haushalte")."""
    owner_leads: list[str]
    """Words after such a plural that make it someone's budgets ("die Haushalte von Bund und Ländern")."""
    value_of: list[str]
    """Words between a noun and a figure that make the figure its value ("Fehlbetrag von", "in Höhe von")."""
    each_one_articles: list[str]
    """Articles of one thing each of a group gets, its own sum told "insgesamt" ("eine Prämie von insgesamt")."""
    payer_verbs: list[str]
    """Verbs of cost whose object names who pays ("kostet die Haushalte"), not the figure's metric."""
    region_leads: list[str]
    """The words that lead a region's name ("in den", "im", "auf", "aus dem")."""
    relative_regions: list[str]
    """Of those, the ones told from where someone stands ("im Inland", "im Ausland"): a segment, never a subject."""
    channels: list[str]
    """The channels a retailer sells through ("in den Filialen"): a segment, as a relative region is."""
    worth_after: list[str]
    """A word right after a figure that makes it a valuation ("157 Mrd. Dollar wert")."""
    action_nouns: list[str]
    """Nouns of doing whose object follows them ("in den Ausbau der Windkraft"): not what a figure is for."""
    ellipsis_leads: list[str]
    """A clause of nothing but these before a figure leaves out the clause before's words ("danach bei")."""
    gapped_joiners: list[str]
    """Words that join a name alone before a figure to the clause before ("und", "sowie")."""
    gapped_prepositions: list[str]
    """The prepositions a left-out verb takes, after a name alone before a figure ("Marenz auf 1,2 Mrd.")."""
    gapped_leads: list[str]
    """Prepositions before a division in a clause that leaves out its verb ("in der Mobilitätssparte bei 1,2 Mrd.")."""
    modifier_prepositions: list[str]
    """Prepositions that open a phrase modifying the noun before it ("die Bewertung vor der Finanzierung")."""
    segment_generic: list[str]
    purposes: list[str]
    area_leads: list[str]
    area_articles: list[str]
    area_after: list[str]
    area_heads: list[str]
    """The areas a public budget's items are for ("die Bildung mit 4,1 Mrd."): `aifigures.check.purposes`."""
    kind_heads: list[str]
    kind_neutral: list[str]
    """A compound that ends in a head names what kind of it a figure is ("Personalkosten"), but for these first
    parts, which name none ("Gesamtkosten"): `aifigures.check.purposes`."""
    per_unit: list[str]
    per_time: list[str]
    per_time_not: list[str]
    """Units that end in a unit of time but are none ("Kilowattstunde")."""
    recipient_groups: list[str]
    getting_verbs: list[str]
    """A group (`recipient_groups`) that gets (`getting_verbs`) a figure without a scale word gets it each."""
    each_leads: list[str]
    """Words before one of a group ("Jeder Mitarbeiter bekommt ..."): its figure is each one's, scale word or not."""
    each_getting_verbs: list[str]
    """Verbs of getting in the singular, which one of a group after `each_leads` gets its figure by."""
    each_not: list[str]
    """Nouns after `each_leads` that name a time, not one of a group ("Jedes Jahr erhält der Bund ...")."""
    worker_groups: list[str]
    """... and what a group of these gets is its pay: "Die Beschäftigten erhalten 250 Euro mehr"."""
    """Of what follows a per-unit word, the units of time: a period, not a thing ("pro Jahr")."""
    record_nouns: list[str]
    """Stems of nouns of a record: after an old-figure word they name the former record, another quantity."""
    running_total: list[str]
    """With a total word, words that make a figure the sum so far ("Insgesamt hat es damit 105 Mio. aufgenommen")."""
    share_back: list[str]
    """Words that open a sentence whose share is of the figure before it ("Das entspricht 0,02 % der ...")."""
    so_far: list[str]
    so_far_verbs: list[str]
    so_far_old: list[str]
    """Beside "bisher"/"bislang" in a sentence, words that make its figure an old one (pluperfect, expectation)."""
    moved_from: list[str]
    """The word before a figure moved "von X auf Y"."""
    moved_from_old: list[str]
    """Words between it and the figure that tell the figure as the one so far ("von bisher")."""
    moved_to: list[str]
    """The word between the figure moved and the one it moved to ("auf")."""
    moved_to_fillers: list[str]
    """Words that may stand after it ("auf nur noch", "auf rund")."""
    forecast_heads: list[str]
    report_heads: list[str]
    """Ends of nouns for a company's report ("Quartalszahlen"): no names."""
    compared_with: list[str]
    """Words after a figure that open what it is compared with ("als der Konkurrent Sentiq")."""
    """Ends of the nouns of a forecast, target or estimate: moved "von X auf Y", a revision ("Umsatzprognose")."""
    effective_leads: list[str]
    """Words that lead the day a level takes effect from ("ab", "zum"): a change of the level, not a revision."""
    effective_days: list[str]
    """Words of such a day besides a month's name, a year or a date ("sofort", "kommenden", "Jahresbeginn")."""
    effective_back: list[str]
    effective_alone: list[str]
    undated_past: list[str]
    """Words by which a sentence takes the day of the sentence before ("kostet dann 38,5 Cent")."""
    had_expected: list[str]
    """Pluperfect auxiliaries before a figure in its clause ("war ... ausgegangen", "hatte ... gerechnet")."""
    expected_participles: list[str]
    """Right after such a figure, what its subject had expected: an old figure ("von 4,2 Mrd. ausgegangen")."""
    now: list[str]
    """Words that tell a figure as the one now, after an old one ("nun", "mittlerweile")."""
    proceeds_metrics: list[str]
    """Metrics a noun before a verb of bringing in or paying names, not the verb ("Der Börsengang brachte ... ein")."""
    one_off_metrics: list[str]
    """Metrics of a one-off event ("offering"): a figure of a flow over a period is never one of them."""
    planned_old: list[str]
    """Words right before an old figure that tell it as planned ("statt wie bisher geplant 600 Mio."): a revision."""
    correction: list[str]
    told_back: list[str]
    """A word right before a figure that tells it as one told before ("Mit den 6 Milliarden ...")."""
    off_by_high: list[str]
    """Words right after a figure that say another figure was that much too high ("um 600 Mio. Euro zu viel")."""
    off_by_low: list[str]
    """... or that much too low ("um 2 Mio. Euro zu niedrig")."""
    metrics: list[tuple[str, str]]
    """Stems of what a figure measures and their metric, the longest first."""
    measures: list[tuple[str, str]]
    """Words that make another measure of a metric, the longest first."""
    usual_measures: dict[str, frozenset[str]]
    """The measure each metric is reported in unless a text says otherwise ("profit": net)."""
    broad_metrics: dict[str, frozenset[str]]
    """The metrics a broad one may be ("earnings": profit or salary)."""
    metric_ends: tuple[str, ...]
    """Metric nouns that make any compound ending in them that metric ("Halbleiterfonds")."""
    same_metrics: dict[str, str]
    """A metric in another measure that is a metric of its own ("profit:operating", the operating result: "ebit")."""
    tolerances: Tolerances
    conversion_cues: list[str]
    """The sentence openers that restate the amount before (extract.toml [conversion_cues])."""
    adjective_endings: tuple[str, ...]
    """The endings of an inflected adjective (extract.toml [inflection])."""
    verb_metrics: tuple[VerbMetric, ...] = ()
    """Verbs that name a figure's metric where no metric word stands in its clause."""


def _with_compounds(metrics: dict[str, str], compounds: dict[str, list[str]]) -> dict[str, str]:
    """The metric stems, and each head noun opened by a prefix of a compound ("Reingewinn", "Konzernverlust").

    A stem matches only at the start of a word, so the compounds are listed; a stem listed on its own wins.
    """
    out = dict(metrics)
    for head in compounds["heads"]:
        for prefix in compounds["prefixes"]:
            out.setdefault(prefix + head, metrics[head])
    return out


@functools.cache
def check_words() -> CheckWords:
    """The check's words, read once."""
    raw = words("check")
    lists = dict(raw["check_words"])
    expected = {f.name for f in fields(CheckWords)} - {
        "metrics",
        "measures",
        "usual_measures",
        "broad_metrics",
        "same_metrics",
        "public_bodies",
        "same_areas",
        "abbreviations",
        "synonyms",
        "place_adjectives",
        "capitals",
        "seats",
        "metric_ends",
        "tolerances",
        "conversion_cues",
        "adjective_endings",
        "verb_metrics",
        "continuing",
    }
    if set(lists) != expected:
        unknown, missing = sorted(set(lists) - expected), sorted(expected - set(lists))
        raise AifiguresError(f"data/de/check.toml [check_words]: unknown {unknown}, missing {missing}")
    t = raw["tolerances"]
    return CheckWords(
        **lists,
        metrics=sorted(_with_compounds(raw["metrics"], raw["metric_compounds"]).items(), key=lambda kv: -len(kv[0])),
        measures=sorted(raw["measures"].items(), key=lambda kv: -len(kv[0])),
        usual_measures={k: frozenset(v) for k, v in raw["usual_measures"].items()},
        broad_metrics={k: frozenset(v) for k, v in raw["broad_metrics"].items()},
        same_metrics=dict(raw["same_metrics"]),
        public_bodies=dict(raw["public_bodies"]),
        same_areas=dict(raw["same_areas"]),
        abbreviations={k: list(v) for k, v in raw["abbreviations"].items()},
        synonyms={k: list(v) for k, v in raw["synonyms"].items()},
        place_adjectives=dict(raw["place_adjectives"]),
        capitals=dict(raw["capitals"]),
        seats=dict(raw["seats"]),
        metric_ends=tuple(raw["metric_compounds"]["ends"]),
        tolerances=Tolerances(
            Decimal(t["just_under"]),
            Decimal(t["just_over"]),
            Decimal(t["approx"]),
            Decimal(t["approx_precise"]),
            int(t["precise_digits"]),
            Decimal(t["bound"]),
        ),
        conversion_cues=list(words("extract")["conversion_cues"]["starts"]),
        continuing=list(words("periods")["continuation"]["restating"]),
        adjective_endings=tuple(words("extract")["inflection"]["adjective_endings"]),
        verb_metrics=tuple(
            VerbMetric(frozenset(v["verbs"]), v["metric"], _words_of(v.get("closing")), v.get("before"), v.get("after"))
            for v in raw.get("verb_metrics", ())
        ),
    )


def _words_of(entry: str | list[str] | None) -> frozenset[str] | None:
    """A data file's word or list of words as a set ("um"; ["verkauft", "gekauft"])."""
    if entry is None:
        return None
    return frozenset([entry] if isinstance(entry, str) else entry)


@functools.cache
def vocabulary_re(vocabulary: tuple[str, ...]) -> re.Pattern[str]:
    """The words or phrases of a vocabulary as whole words, for lower-cased text (compiled once each)."""
    alternation = "|".join(re.escape(v) for v in sorted(vocabulary, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternation})(?![^\W\d_])")
