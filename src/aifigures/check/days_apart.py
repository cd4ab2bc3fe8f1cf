"""When two figures are too far apart in time to be linked: periods that do not meet, events and reports apart.

Read by the evidence (`aifigures.check.evidence`) before it weighs a candidate pair.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from aifigures.check.facts import has_word, words
from aifigures.extract.periods import states_rate

if TYPE_CHECKING:
    from aifigures.check.facts import Fact
    from aifigures.check.run import Run
    from aifigures.normalise.calendar import Interval

__all__ = [
    "event_end",
    "events_apart",
    "moved",
    "periods_apart",
    "rate_and_term",
    "seasons_apart",
    "undated_events_apart",
]


def periods_apart(a: Fact, b: Fact, when: dict[int, Interval | None], year_before: frozenset[int]) -> bool:
    """Whether their periods, placed in the calendar against each article's date, do not meet.

    "im vergangenen Jahr" in an article of 2024 and "2024" in another are two years. Where one is not
    placed, a period the words make the year before's ("im Vorjahresquartal") is not one they do not.
    """
    ia, ib = when.get(id(a)), when.get(id(b))
    if ia is not None and ib is not None:
        return ia.end < ib.start or ib.end < ia.start
    return (id(a) in year_before) != (id(b) in year_before)


_SEASONS_APART = 180
"""Days between two reports beyond which figures with no period and no year in their sentences are not linked
by shared words alone: two floods' aid programmes a year apart are two."""


def seasons_apart(a: Fact, b: Fact, when: dict[int, Interval | None], run: Run) -> bool:
    """Whether two figures told without period or year stand in reports more than half a year apart.

    Not figures of one lasting metric (what a building costs, estimated again and again).
    """
    if a.years or b.years or when.get(id(a)) is not None or when.get(id(b)) is not None:
        return False
    if a.metric == b.metric and a.metric in words().lasting_metrics:
        return False
    da, db = run.articles[a.article].date, run.articles[b.article].date
    if da is None or db is None:
        return False
    return abs((da.start - db.start).days) > _SEASONS_APART


def events_apart(a: Fact, b: Fact, when: dict[int, Interval | None], run: Run) -> bool:
    """Whether two figures are of two events by their days.

    One placed in a period that ended more than the revision window before the other's report, which states
    none: "verkauft 8.000 Wohnungen für 1,45 Mrd. Euro" today and "hatte im vergangenen Jahr Wohnungen für
    insgesamt 3,2 Mrd. Euro verkauft" are two sales (figures of event metrics: a price, a fine, a round).
    Figures of any metric are two where one's period, or else the last year its sentence names, ended more than
    a year before the other's report, whose sentence states neither: "Schon 2023 hatte Westbury für einen
    Spieler 85 Mio. Pfund ausgegeben" and, in a report of late 2025, "wechselt für 68 Mio. Euro" (a debt "Ende
    2024" or a year's revenue, and one a report of March 2025 tells without a year, may be one: the last
    reported). A bare figure told of a past without a day ("einst", "damals") is dated by nothing. Two figures of
    event metrics, neither dated, in reports more than the revision window apart are two events.
    """
    events = words().event_metrics
    both_events = a.metric in events and b.metric in events
    if both_events and undated_events_apart(a, b, when, run):
        return True
    for placed, bare in ((a, b), (b, a)):
        if not both_events and bare.years:
            continue
        end = event_end(placed, when)
        day = run.articles[bare.article].date
        if end is None or bare.amount.period is not None or day is None or placed.years & bare.years:
            continue
        if has_word(run.text(bare.article)[bare.clause[0] : bare.clause[1]], words().undated_past):
            continue  # "hatte ihn einst für 21 Mio. Euro geholt": a past its report's day does not date
        if (day.start - end).days > (run.settings.revision_days if both_events else _YEAR_DAYS):
            return True
    return False


def undated_events_apart(a: Fact, b: Fact, when: dict[int, Interval | None], run: Run) -> bool:
    """Whether two figures of event metrics, neither dated, stand in reports more than the revision window apart.

    "Olvano erhält 500 Mio. Dollar" in January and "Olvano hat mehr als 3 Mrd. Euro eingesammelt" in April: two
    rounds. Neither has a period placed in the calendar or a year in its sentence.
    """
    events = words().event_metrics
    if a.metric not in events or b.metric not in events or a.years or b.years:
        return False
    if when.get(id(a)) is not None or when.get(id(b)) is not None:
        return False
    return _reports_apart(a, b, run) > run.settings.revision_days


def _reports_apart(a: Fact, b: Fact, run: Run) -> int:
    """How many days apart the two figures' reports are (0 where either has no date)."""
    da, db = run.articles[a.article].date, run.articles[b.article].date
    return 0 if da is None or db is None else abs((da.start - db.start).days)


_YEAR_DAYS = 366
"""Days after the end of its period or year beyond which a figure of any metric is another than an undated one."""


def event_end(f: Fact, when: dict[int, Interval | None]) -> date | None:
    """The last day an event may have been on: its period's end, else the end of the last year its sentence names.

    "Bereits 2018 hatte Brüssel eine Strafe von 4,34 Mrd. Euro verhängt" states no period, but its year.
    """
    interval = when.get(id(f))
    # a dividend "für 2024" (or "für das vergangene Jahr") is decided and paid in 2025: the last day of its event is
    # in the year after
    after = f.metric in words().paid_a_year_after
    if interval is not None:
        return date(interval.end.year + 1, 12, 31) if after else interval.end
    if not f.years:
        return None
    return date(max(f.years) + after, 12, 31)


def moved(a: str | None, b: str | None) -> bool:
    """Whether two figures' metrics are both what the market moves by the hour (`moving_metrics`).

    "An der Börse ist Dorvat 12 Mrd. Euro wert" and "Der Börsenwert sank auf 10,6 Mrd.": no conflict (a slip of the
    scale word is weighed before).
    """
    moving = words().moving_metrics
    return a in moving and b in moving


def rate_and_term(a: Fact, b: Fact, run: Run) -> bool:
    """Whether one figure is told per unit of time and the other as the total of a term: two figures.

    "Die Länder rechnen mit Mehrkosten von 6,2 Mrd. Euro pro Jahr" and "Der Abschluss kostet die Länder über
    die gesamte Laufzeit 12,4 Mrd. Euro": a year's cost and the cost of the whole term (check.toml
    [check_words] term_words), which the term's length joins.
    """
    for rate, whole in ((a, b), (b, a)):
        if whole.amount.period is None and _per_unit_of_time(rate) and _over_a_term(whole, run):
            return True
    return False


def _per_unit_of_time(f: Fact) -> bool:
    """Whether a figure's stated period is a rate ("pro Jahr", "jährlich", "im Monat"), as extraction reads one."""
    if f.amount.period is None or not f.amount.period_text:
        return False
    from aifigures.extract.lexicon import german  # noqa: PLC0415 - the extraction's words of frequency

    return states_rate(f.amount.period_text, german())


def _over_a_term(f: Fact, run: Run) -> bool:
    """Whether a figure's clause tells it as the total of a term ("über die gesamte Laufzeit", "insgesamt")."""
    clause = run.text(f.article)[f.clause[0] : f.clause[1]].lower()
    return f.total or any(w in clause for w in words().term_words)
