"""Facts to findings: which figures in a set of articles do not add up, each with the arithmetic.

Every amount becomes a fact (`_facts`): an interval from its written digits and qualifier, and a key
(metric, names, period, modality). Facts are grouped by metric and name first, so the work grows with
the number of facts, not with the number of pairs, and compared only when their keys match. All
decisions are made on `Decimal` intervals; every finding shows both intervals.

Rules (stable codes; docs/checks.md has an example of each):

====== ==================== ===========================================================================
code   kind                 flags when
====== ==================== ===========================================================================
AF101  scale_error          two figures of one fact (or a figure and a reference) differ by a power of
                            ten (10, 100, 1000 ...) while their leading digits agree; runs first
AF102  fx_conversion        a stated conversion ("380 Mrd. Yuan (etwa 50 Mrd. Euro)", "umgerechnet",
                            "entspricht") is outside the ECB rates of the article's date window ± drift
AF103  parts_total          the parts of a total in one article ("jeweils" expanded) exceed it
AF104  qualifier_conflict   bounds that exclude each other ("bis zu 50" vs "mindestens 60")
AF105  period_mismatch      a sub-period figure (a quarter, a half-year) exceeds its full-year figure
AF106  conflict             two figures of one fact whose intervals do not overlap
AF107  revision             (note) the same, where the text marks a change ("korrigiert", "angehoben",
                            "nach neuen Angaben") or the reports are more than a month apart
AF108  key_mismatch         one value given to two different subjects in one article, one in its title
AF109  reference_mismatch   a figure against a reference figure the user trusts
AF901  unverifiable         (note) a stated conversion with no rate for its date
====== ==================== ===========================================================================
"""

from __future__ import annotations

import contextlib
import enum
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from aifigures.check.facts import Fact, build_facts, words
from aifigures.errors import AifiguresError
from aifigures.extract.reader import as_read, extract
from aifigures.io.articles import squash
from aifigures.normalise.calendar import Interval, resolve
from aifigures.normalise.ecb import default_rates

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from aifigures.io.articles import Article, LoadProblem, Reference
    from aifigures.normalise.dates import DateWindow
    from aifigures.normalise.rates import RateProvider, RateQuote

__all__ = ["Finding", "Kind", "Report", "Severity", "check"]

_SCALE_STEPS = (1, 2, 3, 4, 6)
_DRIFT = Decimal("0.015")  # one day's CNY/USD move, 99th percentile (docs/checks.md)
_MONTH = 31


class Kind(enum.StrEnum):
    """The kinds of finding (stable names)."""

    SCALE_ERROR = "scale_error"
    FX_CONVERSION = "fx_conversion"
    PARTS_TOTAL = "parts_total"
    QUALIFIER_CONFLICT = "qualifier_conflict"
    PERIOD_MISMATCH = "period_mismatch"
    CONFLICT = "conflict"
    REVISION = "revision"
    KEY_MISMATCH = "key_mismatch"
    REFERENCE_MISMATCH = "reference_mismatch"
    UNVERIFIABLE = "unverifiable"


CODES = {
    Kind.SCALE_ERROR: "AF101",
    Kind.FX_CONVERSION: "AF102",
    Kind.PARTS_TOTAL: "AF103",
    Kind.QUALIFIER_CONFLICT: "AF104",
    Kind.PERIOD_MISMATCH: "AF105",
    Kind.CONFLICT: "AF106",
    Kind.REVISION: "AF107",
    Kind.KEY_MISMATCH: "AF108",
    Kind.REFERENCE_MISMATCH: "AF109",
    Kind.UNVERIFIABLE: "AF901",
}
NOTES = frozenset({Kind.REVISION, Kind.UNVERIFIABLE})


class Severity(enum.StrEnum):
    """How bad a finding is."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


_SEVERITY = {
    Kind.SCALE_ERROR: Severity.ERROR,
    Kind.FX_CONVERSION: Severity.ERROR,
    Kind.PARTS_TOTAL: Severity.ERROR,
    Kind.QUALIFIER_CONFLICT: Severity.ERROR,
    Kind.PERIOD_MISMATCH: Severity.WARNING,
    Kind.CONFLICT: Severity.ERROR,
    Kind.REVISION: Severity.INFO,
    Kind.KEY_MISMATCH: Severity.WARNING,
    Kind.REFERENCE_MISMATCH: Severity.ERROR,
    Kind.UNVERIFIABLE: Severity.INFO,
}


@dataclass(frozen=True, slots=True)
class Place:
    """Where an amount stands: article, start, end and its surface text."""

    article: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Finding:
    """One result of the check: a flag (an inconsistency) or a note."""

    kind: Kind
    message: str
    amounts: tuple[Place, ...]
    intervals: tuple[tuple[Decimal, Decimal], ...]
    """The intervals compared, in `currency`, in the order of `amounts` (a reference's comes last)."""
    currency: str
    rates: tuple[RateQuote, ...] = field(default=())
    factors: tuple[str, ...] = field(default=())

    @property
    def code(self) -> str:
        """The stable code, e.g. ``AF101``."""
        return CODES[self.kind]

    @property
    def severity(self) -> Severity:
        """error, warning or info."""
        return _SEVERITY[self.kind]

    @property
    def is_note(self) -> bool:
        """Notes are informational and never count for the exit code."""
        return self.kind in NOTES

    def sort_key(self) -> tuple[object, ...]:
        """Deterministic order: by article and position, then code."""
        first = self.amounts[0] if self.amounts else Place("", 0, 0, "")
        return (first.article, first.start, self.code, tuple((p.article, p.start) for p in self.amounts))

    def to_dict(self) -> dict[str, object]:
        """The JSON form of one finding."""
        return {
            "code": self.code,
            "kind": self.kind.value,
            "severity": self.severity.value,
            "message": self.message,
            "amounts": [{"article": p.article, "start": p.start, "end": p.end, "text": p.text} for p in self.amounts],
            "intervals": [[_num(lo), _num(hi)] for lo, hi in self.intervals],
            "currency": self.currency,
            "rates": [str(r) for r in self.rates],
            "factors": list(self.factors),
        }


def _num(d: Decimal) -> str:
    if d.is_infinite():
        return "-inf" if d < 0 else "inf"
    return format(d.quantize(Decimal(1)) if abs(d) >= 1000 else d, "f")


@dataclass(frozen=True)
class Report:
    """The result of `check`: flags, notes, what was checked and what could not be read."""

    findings: tuple[Finding, ...]
    notes: tuple[Finding, ...]
    articles: tuple[str, ...]
    amounts: int
    problems: tuple[LoadProblem, ...] = field(default=())

    @property
    def exit_code(self) -> int:
        """2 when some input was unusable, else 1 when there are flags, else 0."""
        if self.problems:
            return 2
        return 1 if self.findings else 0


# ---------------------------------------------------------------------------------------------- helpers


def _fmt(d: Decimal) -> str:
    if d.is_infinite():
        return "∞" if d > 0 else "-∞"
    a = abs(d)
    for exp, word in ((12, "tn"), (9, "bn"), (6, "mn")):
        if a >= Decimal(10) ** exp:
            return f"{(d / Decimal(10) ** exp).quantize(Decimal('0.001')).normalize():f} {word}"
    return f"{d.quantize(Decimal('0.01')):f}"


def _iv(lo: Decimal, hi: Decimal, cur: str) -> str:
    return f"[{_fmt(lo)}, {_fmt(hi)}] {cur}"


def _overlap(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> bool:
    """Whether two intervals share more than a boundary ("5 Mrd." and "4 Mrd." only touch at 4,5 Mrd.).

    A point (a reference figure, a degenerate interval) overlaps an interval that contains it.
    """
    if a[0] > b[1] or b[0] > a[1]:
        return False
    touching = a[1] == b[0] or b[1] == a[0]
    return not touching or a[0] == a[1] or b[0] == b[1]


def _place(f: Fact) -> Place:
    return Place(f.article, f.amount.span[0], f.amount.span[1], f.amount.text)


class _Context:
    """Dates and rates of one check run, with conversions cached."""

    def __init__(self, articles: dict[str, Article], currency: str, rates: RateProvider) -> None:
        self.articles = articles
        self.currency = currency
        self.rates = rates
        self._cache: dict[tuple[str, str], tuple[Decimal, Decimal, tuple[RateQuote, ...]] | None] = {}

    def band(self, cur: str, article: str) -> tuple[Decimal, Decimal, tuple[RateQuote, ...]] | None:
        """The lowest and highest rate cur→target over the article's date window, with drift, or None."""
        if cur == self.currency:
            return Decimal(1), Decimal(1), ()
        key = (cur, article)
        if key not in self._cache:
            self._cache[key] = self._band(cur, self.articles[article].date)
        return self._cache[key]

    def _band(self, cur: str, when: DateWindow | None) -> tuple[Decimal, Decimal, tuple[RateQuote, ...]] | None:
        if when is None:
            return None
        # the lowest and highest rate over every day the article may be from, each widened by a day's drift
        days = (when.end - when.start).days + 1
        drift = _DRIFT
        quotes: list[RateQuote] = []
        step = 1 if days <= 62 else 7
        day = when.start
        while day <= when.end:
            with contextlib.suppress(AifiguresError, LookupError):
                quotes.append(self.rates.spot(cur, self.currency, day))
            day += timedelta(days=step)
        if not quotes:
            return None
        lo = min(q.rate for q in quotes)
        hi = max(q.rate for q in quotes)
        shown = (min(quotes, key=lambda q: q.rate), max(quotes, key=lambda q: q.rate))
        return lo * (1 - drift), hi * (1 + drift), tuple(dict.fromkeys(shown))

    def common(self, f: Fact, lo: Decimal, hi: Decimal) -> tuple[Decimal, Decimal, tuple[RateQuote, ...]] | None:
        """An interval of `f`'s currency in the target currency (widened by the rate band), or None."""
        if f.currency is None:
            return None
        band = self.band(f.currency, f.article)
        if band is None:
            return None
        r_lo, r_hi, quotes = band
        ends = [lo * r_lo, lo * r_hi, hi * r_lo, hi * r_hi]
        finite = [e for e in ends if not e.is_nan()]
        return min(finite), max(finite), quotes


def _scale_k(
    b: tuple[Decimal, Decimal], a_val: Decimal, b_val: Decimal, a_round: tuple[Decimal, Decimal]
) -> int | None:
    """The power of ten k when a / 10^k lies in b's rounding interval for a k of the usual slips, else None."""
    if a_val <= 0 or b_val <= 0:
        return None
    k = int((a_val / b_val).log10().to_integral_value())
    if abs(k) not in _SCALE_STEPS:
        return None
    f = Decimal(10) ** k
    if _overlap((a_round[0] / f, a_round[1] / f), b):
        return k
    return None


# ---------------------------------------------------------------------------------------------- the check


def check(  # noqa: PLR0913 - the articles and the knobs of the check
    articles: Iterable[Article],
    *,
    references: Iterable[Reference] | None = None,
    currency: str = "EUR",
    rates: RateProvider | None = None,
    key: Callable[[Fact], object] | None = None,
    problems: Iterable[LoadProblem] = (),
) -> Report:
    """Check a set of articles; return every flag and note, in a deterministic order.

    `key` replaces the default subject key (metric, names, period, modality): facts whose keys are
    equal are compared.

    >>> from aifigures.io.articles import Article
    >>> a = Article.of("a", "Alibaba investierte 2023 rund 5 Mrd. Euro.", "2024-01-10")
    >>> b = Article.of("b", "Alibaba investierte 2023 rund 50 Mrd. Euro.", "2024-01-12")
    >>> [f.kind.value for f in check([a, b]).findings]
    ['scale_error']
    """
    by_id: dict[str, Article] = {}
    written: dict[str, str] = {}
    for art in articles:
        # the words around amounts are read from the text as `extract` reads it (wrapped lines joined)
        by_id[art.id] = replace(art, text=as_read(art.text))
        written[art.id] = art.text
    ctx = _Context(by_id, currency, rates or default_rates())
    facts: list[Fact] = []
    for art_id in sorted(by_id):
        facts.extend(build_facts(art_id, by_id[art_id].text, extract(written[art_id])))
    out: list[Finding] = []
    restated = _restatements(facts, by_id)
    _conversions(restated, by_id, ctx, out)
    converted = {id(f) for f, _ in restated}
    comparable = [f for f in facts if id(f) not in converted and f.currency is not None and not f.in_parens]
    _pairs(comparable, ctx, out, key)
    _within_clause(comparable, by_id, ctx, out)
    _headline_values(comparable, out)
    _parts(comparable, ctx, out)
    if references:
        _references(facts, list(references), by_id, ctx, out)
    seen: set[tuple[object, ...]] = set()
    unique = []
    for f in sorted(out, key=Finding.sort_key):
        k = (f.kind, f.amounts)
        if k not in seen:
            seen.add(k)
            unique.append(f)
    return Report(
        findings=tuple(f for f in unique if not f.is_note),
        notes=tuple(f for f in unique if f.is_note),
        articles=tuple(sorted(by_id)),
        amounts=len(facts),
        problems=tuple(problems),
    )


# ---------------------------------------------------------------------------------------------- rules


def _restatements(facts: list[Fact], articles: dict[str, Article]) -> list[tuple[Fact, Fact]]:
    """(restatement, source) pairs: amounts that restate the amount before them in another currency."""
    out = []
    for prev, f in itertools.pairwise(facts):
        if prev.article == f.article and (src := _restated_source(f, prev, articles)) is not None:
            out.append((f, src))
    return out


def _restated_source(f: Fact, prev: Fact, articles: dict[str, Article]) -> Fact | None:
    """`prev` when `f` restates it in another currency: "(etwa 50 Mrd. Euro)" or "Das entspricht ..."."""
    if prev.currency is None or f.currency is None or prev.currency == f.currency:
        return None
    text = articles[f.article].text
    between = text[prev.amount.span[1] : f.amount.span[0]]
    if f.in_parens and re.fullmatch(r"\s*(?:\([^()]*\)\s*)?\(\s*", between):
        return prev  # "380 Mrd. Renminbi (RMB) (etwa ...)" and "78 Mrd. Yuan (ca. 10 Mrd. Euro)"
    lead = text[max(f.sentence[0], f.amount.span[0] - 40) : f.amount.span[0]].lower()
    cues = words()["conversion"] + words()["conversion_cues"]
    if any(re.search(rf"(?<![^\W\d_]){re.escape(c)}\W*(?:\w+\W+)?$", lead) for c in cues) and len(between) < 300:
        return prev
    return None


def _conversions(
    restated: list[tuple[Fact, Fact]], articles: dict[str, Article], ctx: _Context, out: list[Finding]
) -> None:
    by_currency: dict[str, _Context] = {}  # one context (and rate cache) per stated currency
    for f, src in restated:
        if src.currency is None or f.currency is None:
            continue
        local = by_currency.setdefault(f.currency, _Context(articles, f.currency, ctx.rates))
        conv = local.common(src, *src.rounding)
        where = (_place(src), _place(f))
        if conv is None:
            when = articles[f.article].date
            out.append(
                Finding(
                    Kind.UNVERIFIABLE,
                    f"the stated conversion cannot be checked: no {src.currency}/{f.currency} rate "
                    f"for the article date ({when or 'unknown'})",
                    where,
                    (src.rounding, (f.low, f.high)),
                    f.currency,
                )
            )
            continue
        lo, hi, quotes = conv
        if not _overlap((lo, hi), (f.low, f.high)):
            out.append(
                Finding(
                    Kind.FX_CONVERSION,
                    f"{src.amount.text!r} converts to {_iv(lo, hi, f.currency)} at the ECB rates of the article "
                    f"date (with drift), but the text states {f.amount.text!r} = {_iv(f.low, f.high, f.currency)}",
                    where,
                    ((lo, hi), (f.low, f.high)),
                    f.currency,
                    quotes,
                )
            )


def _period_sig(f: Fact, articles: dict[str, Article]) -> tuple[object, ...]:
    p = f.amount.period
    if p is None:
        return (None,)
    interval = resolve(f.amount, articles[f.article].date)
    if interval is not None:
        return (str(p), interval.start, interval.end)
    return (str(p),)


def _default_key(f: Fact, articles: dict[str, Article]) -> tuple[object, ...]:
    return (f.metric, _period_sig(f, articles), f.modality)


def _pairs(  # noqa: C901, PLR0912 - grouping, clustering and comparing in one pass
    facts: list[Fact], ctx: _Context, out: list[Finding], key: Callable[[Fact], object] | None
) -> None:
    """Same-key facts across sentences and articles: group by metric and name, compare within groups."""
    groups: dict[object, list[Fact]] = defaultdict(list)
    for f in facts:
        if key is not None:
            groups[key(f)].append(f)
            continue
        if f.metric is None or not f.names:
            continue
        base = _default_key(f, ctx.articles)
        for name in f.names:
            groups[(base, name)].append(f)
    for members in groups.values():
        # facts that agree form a cluster; one finding per pair of clusters, between their first members
        clusters: list[list[Fact]] = []
        # (facts with an assumed currency last, so that a cluster is led by one whose currency is written)
        for f in sorted(members, key=lambda g: (g.amount.currency_inferred, g.article, g.index)):
            for cluster in clusters:
                rep = cluster[0]
                if not _not_one_fact(rep, f) and _comparable(rep, f) and _compare(rep, f, ctx) is None:
                    cluster.append(f)
                    break
            else:
                clusters.append([f])
        for i, a in enumerate(clusters):
            for b in clusters[i + 1 :]:
                if _not_one_fact(a[0], b[0]) or not _comparable(a[0], b[0]):
                    continue
                finding = _compare(a[0], b[0], ctx)
                if finding is not None:
                    out.append(finding)
    _period_bounds(facts, ctx, out)


def _comparable(a: Fact, b: Fact) -> bool:
    """Whether two facts can be weighed against each other.

    An assumed currency ("Umsatz: 50 Mrd.", `currency_inferred`) is a guess: such a fact meets only facts
    in that same currency.
    """
    return a.currency == b.currency or not (a.amount.currency_inferred or b.amount.currency_inferred)


def _not_one_fact(a: Fact, b: Fact) -> bool:
    """Whether two facts of one key are still not one fact.

    They are not when they stand in one sentence, when one is about more subjects than the other (a
    total and its part), or when their names mostly differ ("Alibaba ... in KI" and "Alibaba ... in ein
    Startup").
    """
    if a.article == b.article and a.sentence == b.sentence:
        return True
    if (a.names < b.names and b.group) or (b.names < a.names and a.group):
        return True
    union = a.names | b.names
    return bool(union) and 2 * len(a.names & b.names) < len(union)


def _compare(a: Fact, b: Fact, ctx: _Context) -> Finding | None:
    """None when a and b agree (their intervals overlap), else the finding that says why not."""
    where = (_place(a), _place(b))
    if a.currency == b.currency and a.currency is not None:  # compared as written, no exchange rate
        rates: tuple[RateQuote, ...] = ()
        ia, ib, cur = (a.low, a.high), (b.low, b.high), a.currency
        k = _scale_k(b.rounding, a.amount.value, b.amount.value, a.rounding)
    else:
        ca, cb = ctx.common(a, a.low, a.high), ctx.common(b, b.low, b.high)
        if ca is None or cb is None:
            return None
        ia, ib, cur = (ca[0], ca[1]), (cb[0], cb[1]), ctx.currency
        rates = tuple(dict.fromkeys(ca[2] + cb[2]))
        k = None
    if k is not None:
        ia, ib = a.rounding, b.rounding  # the digits alone: a bound must not hide the slip
        return Finding(
            Kind.SCALE_ERROR,
            f"{a.amount.text!r} is {10 ** abs(k):,} times {'more' if k > 0 else 'less'} than {b.amount.text!r} "
            "with the "
            f"same leading digits: {_iv(*ia, cur)} against {_iv(*ib, cur)}, a slip of the scale word",
            where,
            (ia, ib),
            cur,
            rates,
        )
    if _overlap(ia, ib):
        return None
    bounded = {a.amount.qualifier.value, b.amount.qualifier.value} & {
        "at_most",
        "at_least",
        "more_than",
        "less_than",
    }
    if bounded:
        kind, why = Kind.QUALIFIER_CONFLICT, "their bounds exclude each other"
    elif a.revised or b.revised:  # a marked change ("korrigiert", "nach neuen Angaben"), not a contradiction
        kind, why = Kind.REVISION, "the text marks the figure as changed"
    elif _months_apart(ctx.articles[a.article].date, ctx.articles[b.article].date):
        kind, why = Kind.REVISION, "the reports are more than a month apart: a later figure, or another period"
    else:
        kind, why = Kind.CONFLICT, "the intervals do not overlap"
    return Finding(
        kind,
        f"{a.amount.text!r} {_iv(*ia, cur)} and {b.amount.text!r} {_iv(*ib, cur)} report one figure "
        f"({a.metric}, {', '.join(sorted(a.names & b.names)) or 'same clause'}): {why}",
        where,
        (ia, ib),
        cur,
        rates,
    )


def _months_apart(a: DateWindow | None, b: DateWindow | None) -> bool:
    if a is None or b is None:
        return False
    return (b.start - a.end).days > _MONTH or (a.start - b.end).days > _MONTH


def _separated(text: str) -> bool:
    seps = words()["separators"]
    low = f" {text.lower()} "
    if re.search(r"[,;:()\[\]]|\s[–—-]\s", text):
        return True
    return any(re.search(rf"(?<![^\W\d_]){re.escape(s)}(?![^\W\d_])", low) for s in seps)


def _within_clause(facts: list[Fact], articles: dict[str, Article], ctx: _Context, out: list[Finding]) -> None:
    """Two figures in one clause with nothing between them that makes them two facts: one fact twice."""
    by_clause: dict[tuple[str, tuple[int, int]], list[Fact]] = defaultdict(list)
    for f in facts:
        by_clause[(f.article, f.clause)].append(f)
    for members in by_clause.values():
        for a, b in itertools.pairwise(members):
            if a.currency != b.currency or a.metric is None:
                continue
            between = articles[a.article].text[a.amount.span[1] : b.amount.span[0]]
            if _separated(between):
                continue
            finding = _compare(a, b, ctx)
            if finding is not None:
                out.append(finding)


def _headline_values(facts: list[Fact], out: list[Finding]) -> None:
    """The title gives a value that the body gives to another subject (another metric or period)."""
    heads = [f for f in facts if f.headline and f.metric is not None]
    for h in heads:
        for f in facts:
            if f.article != h.article or f is h or f.headline or f.metric is None:
                continue
            same_value = f.currency == h.currency and f.amount.value == h.amount.value and f.amount.scale >= 6
            if not same_value:
                continue
            differs = []
            if f.metric != h.metric:
                differs.append(f"what: {h.metric} vs {f.metric}")
            if str(f.amount.period) != str(h.amount.period):
                differs.append(f"period: {h.amount.period or 'none'} vs {f.amount.period or 'none'}")
            if h.names and f.names and not (h.names & f.names):
                differs.append(f"who: {', '.join(sorted(h.names))} vs {', '.join(sorted(f.names))}")
            if len(differs) >= 2:
                cur = h.currency or "?"
                out.append(
                    Finding(
                        Kind.KEY_MISMATCH,
                        f"the title's {h.amount.text!r} is the body's {f.amount.text!r}, which is about something "
                        f"else ({'; '.join(differs)})",
                        (_place(h), _place(f)),
                        ((h.low, h.high), (f.low, f.high)),
                        cur,
                    )
                )


def _parts(facts: list[Fact], ctx: _Context, out: list[Finding]) -> None:
    """Parts and their total in one article: the parts must not exceed the total."""
    by_article: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        by_article[f.article].append(f)
    for members in by_article.values():
        for t in members:
            if t.metric is None or len(t.sentence_names) < 2:
                continue
            parts = [
                p
                for p in members
                if p.index < t.index
                and p.metric == t.metric
                and p.amount.period == t.amount.period
                and p.modality == t.modality
                and p.names
                and p.names <= t.sentence_names
                and p.sentence != t.sentence
            ]
            covered: set[str] = set()
            chosen = []
            for p in parts:
                if p.names & covered:
                    continue
                covered |= p.names
                chosen.append(p)
            if len(chosen) < 2:
                continue
            ct = ctx.common(t, t.low, t.high)
            sums = [ctx.common(p, p.low * p.multiplicity, p.high * p.multiplicity) for p in chosen]
            if ct is None or any(s is None for s in sums):
                continue
            lo = sum((s[0] for s in sums if s is not None), Decimal(0))
            hi = sum((s[1] for s in sums if s is not None), Decimal(0))
            if lo > ct[1]:
                cur = ctx.currency
                out.append(
                    Finding(
                        Kind.PARTS_TOTAL,
                        f"the parts {' + '.join(_times(p) for p in chosen)}"
                        f" = {_iv(lo, hi, cur)} exceed the total {t.amount.text!r} {_iv(ct[0], ct[1], cur)}",
                        tuple(_place(p) for p in [*chosen, t]),
                        (*((s[0], s[1]) for s in sums if s is not None), (ct[0], ct[1])),
                        cur,
                        factors=tuple(
                            f"x{p.multiplicity} (one figure for each of several)" for p in chosen if p.multiplicity > 1
                        ),
                    )
                )


def _times(p: Fact) -> str:
    return p.amount.text + (f" x{p.multiplicity}" if p.multiplicity > 1 else "")


def _period_bounds(facts: list[Fact], ctx: _Context, out: list[Finding]) -> None:  # noqa: C901 - one rule's loops
    """A quarter or half-year figure above the full-year figure of the same subject and year."""
    groups: dict[tuple[object, ...], list[tuple[Fact, Interval]]] = defaultdict(list)
    for f in facts:
        if f.metric is None or not f.names or f.amount.period is None or f.amount.value < 0:
            continue
        interval = resolve(f.amount, ctx.articles[f.article].date)
        if interval is None:
            continue
        for name in f.names:
            groups[(f.metric, name, f.modality)].append((f, interval))
    for members in groups.values():
        for sub, si in members:
            for sup, pi in members:
                if sub is sup or sub.amount.period == sup.amount.period:
                    continue
                if not (pi.start <= si.start and si.end <= pi.end):
                    continue
                cs = ctx.common(sub, sub.low, sub.high)
                cp = ctx.common(sup, sup.low, sup.high)
                if cs is None or cp is None or cs[0] <= cp[1]:
                    continue
                cur = ctx.currency
                out.append(
                    Finding(
                        Kind.PERIOD_MISMATCH,
                        f"{sub.amount.text!r} for {sub.amount.period} {_iv(cs[0], cs[1], cur)} exceeds "
                        f"{sup.amount.text!r} for the whole {sup.amount.period} {_iv(cp[0], cp[1], cur)}",
                        (_place(sub), _place(sup)),
                        ((cs[0], cs[1]), (cp[0], cp[1])),
                        cur,
                        tuple(dict.fromkeys(cs[2] + cp[2])),
                    )
                )


def _references(
    facts: list[Fact],
    references: list[Reference],
    articles: dict[str, Article],
    ctx: _Context,
    out: list[Finding],
) -> None:
    """Each reference against the amount its subject names (all its words in the sentence; nearest)."""
    for ref in references:
        for art_id, art in articles.items():
            text = art.text
            squashed_sentences: dict[tuple[int, int], str] = {}
            best: tuple[int, Fact] | None = None
            for f in facts:
                if f.article != art_id or f.currency is None:
                    continue
                s = squashed_sentences.setdefault(f.sentence, squash(text[f.sentence[0] : f.sentence[1]]))
                if not all(t in s for t in ref.terms):
                    continue
                pos = _find_squashed(text, f.sentence, ref.terms[0])
                if pos < 0:
                    continue
                d = min(abs(pos - f.amount.span[0]), abs(pos - f.amount.span[1]))
                if best is None or d < best[0]:
                    best = (d, f)
            if best is not None:
                _against_reference(best[1], ref, ctx, out)


def _find_squashed(text: str, span: tuple[int, int], term: str) -> int:
    """Where `term` (lower case, no spaces or hyphens) starts in text[span]."""
    chars = [(i, c.lower()) for i in range(span[0], span[1]) if (c := text[i]) not in " \t\n-‐‑"]
    joined = "".join(c for _, c in chars)
    k = joined.find(term)
    return -1 if k < 0 else chars[k][0]


def _against_reference(f: Fact, ref: Reference, ctx: _Context, out: list[Finding]) -> None:
    if f.currency == ref.currency:  # compared as written, no exchange rate
        cur = ref.currency
        mine: tuple[Decimal, Decimal] = (f.low, f.high)
        ti = (ref.value, ref.value)
        rates: tuple[RateQuote, ...] = ()
        k = _scale_k(ti, f.amount.value, ref.value, f.rounding)
        if k is not None:
            mine = f.rounding  # the digits alone: a bound must not hide the slip
    else:
        cur = ctx.currency
        c = ctx.common(f, f.low, f.high)
        band = ctx.band(ref.currency, f.article)
        if c is None or band is None:
            return
        mine, ti = (c[0], c[1]), (ref.value * band[0], ref.value * band[1])
        rates = tuple(dict.fromkeys(c[2] + band[2]))
        k = None
    where = (_place(f),)
    source = f" ({ref.source})" if ref.source else ""
    if k is not None:
        out.append(
            Finding(
                Kind.SCALE_ERROR,
                f"{f.amount.text!r} is {10 ** abs(k):,} times {'larger' if k > 0 else 'smaller'} than "
                "the reference figure for "
                f"{ref.subject!r}{source}, {ref.value:,f} {ref.currency}, with the same leading digits: "
                f"{_iv(*mine, cur)} against {_iv(*ti, cur)}",
                where,
                (mine, ti),
                cur,
                rates,
            )
        )
        return
    if not _overlap(mine, ti):
        out.append(
            Finding(
                Kind.REFERENCE_MISMATCH,
                f"{f.amount.text!r} {_iv(*mine, cur)} does not agree with the reference figure for "
                f"{ref.subject!r}{source}: {ref.value:,f} {ref.currency} {_iv(*ti, cur)}",
                where,
                (mine, ti),
                cur,
                rates,
            )
        )
