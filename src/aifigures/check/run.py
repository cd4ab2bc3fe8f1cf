"""One run of the check: the articles as read, their facts, the rate provider, and what the rules share.

Rules read the run and yield findings. Work that several rules need (the linked pairs, the stated
conversions, the references) is done once per run and kept here.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, TypeVar, cast

from aifigures.amount import PeriodKind
from aifigures.check.settings import Settings
from aifigures.normalise.band import PossibleDays, possible_days, rate_band
from aifigures.normalise.calendar import a_year_before, latest_ended, resolve, shape_of, tells_year_before
from aifigures.normalise.dates import DateWindow
from aifigures.years import years_outside

if TYPE_CHECKING:
    from collections.abc import Callable
    from decimal import Decimal

    from aifigures.check.blocks import Corpus
    from aifigures.check.facts import Fact
    from aifigures.io.articles import Article
    from aifigures.io.references import Reference
    from aifigures.normalise.band import RateBand
    from aifigures.normalise.calendar import Interval
    from aifigures.normalise.rates import RateProvider

__all__ = ["Converted", "Run", "once_for", "shared_by"]

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Converted:
    """An interval put into the run's currency by a rate band, with the band's quotes."""

    low: Decimal
    high: Decimal
    band: RateBand


_PARTS_ENDED = frozenset({PeriodKind.QUARTER, PeriodKind.HALF_YEAR})
"""The parts of a year that a figure told as done puts in the latest that has ended (`latest_ended`)."""


@dataclass(eq=False)
class Run:
    """Everything one call of `check` works on."""

    articles: dict[str, Article]
    """By id, each with its text as extraction reads it (wrapped lines joined)."""
    facts: list[Fact]
    currency: str
    rates: RateProvider
    key: Callable[[Fact], object] | None = None
    references: list[Reference] = field(default_factory=list)
    strictness: float = 10.0
    """How much evidence links figures of two articles (see `aifigures.check.evidence`)."""
    settings: Settings = field(default_factory=Settings)
    """The tolerances: qualifiers, rate drift, the revision window."""
    corpus: Corpus | None = None
    """The counts over the whole corpus where the run is a block of it (`aifigures.check.blocks`); None: this run."""
    lower: frozenset[str] | None = None
    """The articles written all in lower case, their figures named by the corpus (`lower_case.named_lower`);
    None: found from the facts (`blocks.lower_articles`)."""
    shared: dict[str, object] = field(default_factory=dict)
    """What the rules share, made once per run (see `shared_by`)."""
    _bands: dict[tuple[str, str, str], RateBand | None] = field(default_factory=dict)
    _days: dict[str, PossibleDays] = field(default_factory=dict)
    _when: dict[int, Interval | None] = field(default_factory=dict)
    _index: dict[tuple[str, int], Fact] = field(default_factory=dict)
    _by_article: dict[str, list[Fact]] = field(default_factory=dict)

    def text(self, article: str) -> str:
        """An article's text, as read."""
        return self.articles[article].text

    def days(self, article: str) -> PossibleDays:
        """The days an article may date from (its date; else the years it names; else the rates' history)."""
        if article not in self._days:
            art = self.articles[article]
            last = getattr(self.rates, "data_end", None)  # the ECB provider's property; others may have none
            end = last if isinstance(last, date) else date.today()  # noqa: DTZ011 - a calendar day, no time zone
            self._days[article] = possible_days(art.date, art.text, end, self._figures(article))
        return self._days[article]

    def when(self, f: Fact) -> Interval | None:
        """The days of a fact's stated period against its article's date (`resolve`), worked out once a run."""
        key = id(f)
        if key not in self._when:
            self._when[key] = self._placed(f)
        return self._when[key]

    def _placed(self, f: Fact) -> Interval | None:
        """`when` worked out: a figure compared with another of its sentence is placed from that one's period.

        "388 Mio. Euro nach 341 Mio. im Vorjahr" in a report of March 2025 on 2024: the year before is the one
        before the 388's, not before the article's; where the 388 has no placed period, neither has the 341
        (unless its words name a year). Words of the period under way ("nach 168 Mio. im laufenden Jahr") place
        it from the article's date, whatever the other's period.
        """
        on = self.articles[f.article].date
        if f.amount.period is not None and f.compared_with is None and on is not None and tells_year_before(f.amount):
            return self._year_before_of(f, on)
        if f.compared_with is None or f.amount.period is None:
            placed = resolve(f.amount, on) or self._as_the_article_s(f, on)
            period = f.amount.period
            if placed is not None and period is not None and period.kind in _PARTS_ENDED and f.modality == "actual":
                return latest_ended(placed, on)  # told as done: the latest such part that has ended
            return placed
        if on is not None and shape_of(f.amount.period, (f.amount.period_text or "").lower()).current:
            return resolve(f.amount, on)  # "nach 168 Mio. im laufenden Jahr": the article's year, whatever the other's
        main = self._at(f.article, f.compared_with)
        placed = None if main is None else self.when(main)
        if placed is None:
            return resolve(f.amount, None)  # only a year its words name places it
        return a_year_before(placed, f.amount, on) or resolve(f.amount, DateWindow(placed.end, placed.end))

    def _as_the_article_s(self, f: Fact, on: DateWindow | None) -> Interval | None:
        """An unnumbered quarter or half year ("im Quartal") as the one its article names, where it names one.

        "Kessbach hat im dritten Quartal mehr verdient ... Der Auftragseingang ging zurück, auf 1,7 Mrd. im
        Quartal": the third. Not where the article names two of that kind, nor for figures of other periods.
        """
        period = f.amount.period
        if period is None or period.kind not in _UNNUMBERED or on is None:
            return None
        shape = shape_of(period, (f.amount.period_text or "").lower())
        if shape.years or shape.previous or shape.next or shape.current or shape.part is not None:
            return None  # "im laufenden Quartal", "im Vorjahresquartal": the words place it, or tell it apart
        named = {
            placed
            for g in self.of_article(f.article)
            if g is not f and g.amount.period == period
            for placed in (resolve(g.amount, on),)
            if placed is not None
        }
        return named.pop() if len(named) == 1 else None

    def _year_before_of(self, f: Fact, on: DateWindow) -> Interval | None:
        """The year before of "im Vorjahr" compared with no figure: before the latest year the article names.

        A report of February 2025 on 2024 ("Der Gewinn von 1,52 Mrd. im Vorjahr wurde übertroffen") means 2023.
        Where the article names no such year and is dated in the first months of a year, when reports on the
        year before are written, the year is not known: not placed.
        """
        named = [y for y in years_outside(self.articles[f.article].text, self._figures(f.article)) if y <= on.end.year]
        if named:
            return resolve(f.amount, DateWindow(date(max(named), 12, 31), date(max(named), 12, 31)))
        return None if on.end.month <= _REPORTING_MONTHS else resolve(f.amount, on)

    def _at(self, article: str, index: int) -> Fact | None:
        """The fact of an article at an index."""
        if not self._index:
            self._index.update({(g.article, g.index): g for g in self.facts})
        return self._index.get((article, index))

    def _figures(self, article: str) -> list[tuple[int, int]]:
        """The spans of an article's figures, sorted: their digits are no years the article names."""
        return sorted(g.amount.span for g in self.of_article(article))

    def of_article(self, article: str) -> list[Fact]:
        """The facts of one article, in order (grouped once a run)."""
        if not self._by_article:
            for g in self.facts:
                self._by_article.setdefault(g.article, []).append(g)
        return self._by_article.get(article, [])

    def within_revision(self, a: str, b: str) -> bool | None:
        """Whether two articles are dated within the revision window of each other; None if one is undated."""
        da, db = self.articles[a].date, self.articles[b].date
        if da is None or db is None:
            return None
        days = self.settings.revision_days
        return (db.start - da.end).days <= days and (da.start - db.end).days <= days

    def band(self, base: str, article: str, quote: str | None = None) -> RateBand | None:
        """The rate band base→quote (the run's currency by default) over the days the article may be from."""
        to = quote or self.currency
        key = (base, to, article)
        if key not in self._bands:
            days = self.days(article)
            self._bands[key] = rate_band(base, to, days.window, self.rates, drift=self.settings.fx_drift + days.drift)
        return self._bands[key]

    def common(self, f: Fact, low: Decimal, high: Decimal, quote: str | None = None) -> Converted | None:
        """[low, high] of `f`'s currency in the run's currency (or `quote`), widened by the band; or None."""
        if f.currency is None:
            return None
        band = self.band(f.currency, f.article, quote)
        if band is None:
            return None
        lo, hi = band.apply(low, high)
        return Converted(lo, hi, band)


_REPORTING_MONTHS = 4
_UNNUMBERED = frozenset({PeriodKind.QUARTER, PeriodKind.HALF_YEAR})
"""The periods an article names once and then tells without their number ("im Quartal", "im Halbjahr")."""
"""Up to which month of a year reports on the year before are written (annual results, budgets' outturns)."""


def shared_by(name: str) -> Callable[[Callable[[Run], _T]], Callable[[Run], _T]]:
    """Make a function of a run compute once per run, its result kept in `Run.shared` under `name`."""

    def wrap(fn: Callable[[Run], _T]) -> Callable[[Run], _T]:
        @functools.wraps(fn)
        def once(run: Run) -> _T:
            if name not in run.shared:
                run.shared[name] = fn(run)
            return cast("_T", run.shared[name])

        return once

    return wrap


def once_for(run: Run, table: str, key: object, make: Callable[[], _T]) -> _T:
    """`make()` for `key`, worked out once a run and kept in the table `Run.shared[table]`."""
    known = cast("dict[object, _T]", run.shared.setdefault(table, {}))
    if key not in known:
        known[key] = make()
    return known[key]
