"""Laws of the check: order and files do not matter, one truth yields nothing, one slip yields exactly its finding,
a conversion right at its date is never flagged."""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from aifigures import Article, FixedRates, Kind, Report, check, default_rates, load_articles

RATES = FixedRates({"USD": Decimal("1.10"), "CNY": Decimal("7.60")})
COMPANIES = ["Keltron", "Aldona", "Norvia", "Brisano", "Tevolt", "Quarvik"]
TEMPLATES = [
    "{c} investierte im Jahr {y} {a} in neue Werke.",
    "Im Jahr {y} hat {c} nach eigenen Angaben {a} in Forschung investiert.",
    "Die Investitionen von {c} beliefen sich {y} auf {a}.",
]


@dataclass(frozen=True)
class Truth:
    company: str
    year: int
    billions: Decimal  # in EUR


def render(value: Decimal, style: int) -> str:
    """An honest rendering of `value` billion euros."""

    def comma(d: Decimal) -> str:
        return format(d, "f").replace(".", ",")

    if style == 0:
        return f"{comma(value.quantize(Decimal('0.01')))} Mrd. Euro"
    if style == 1:
        return f"rund {comma(value.quantize(Decimal('0.1')))} Milliarden Euro"
    if style == 2:
        return f"mehr als {comma(value.quantize(Decimal('0.1'), rounding=ROUND_FLOOR))} Mrd. Euro"
    return f"bis zu {comma(value.quantize(Decimal('0.1'), rounding=ROUND_CEILING))} Mrd. Euro"


truths = st.builds(
    Truth,
    st.sampled_from(COMPANIES),
    st.integers(2015, 2024),
    st.decimals(min_value=Decimal("1.5"), max_value=Decimal(90), places=2),
)


@st.composite
def corpus(draw: st.DrawFn) -> tuple[Truth, list[Article]]:
    truth = draw(truths)
    n = draw(st.integers(2, 5))
    arts = []
    for i in range(n):
        text = draw(st.sampled_from(TEMPLATES)).format(
            c=truth.company, y=truth.year, a=render(truth.billions, draw(st.integers(0, 3)))
        )
        arts.append(Article.of(f"art{i}", text, f"{truth.year + 1}-02-{i + 1:02d}"))
    return truth, arts


def kinds(articles: list[Article]) -> list[tuple[str, tuple[str, ...]]]:
    report = check(articles, rates=RATES)
    return [(f.kind.value, tuple(p.article for p in f.amounts)) for f in report.findings]


@settings(max_examples=60)
@given(corpus())
def test_one_truth_yields_no_finding(case: tuple[Truth, list[Article]]) -> None:
    assert kinds(case[1]) == []


@settings(max_examples=60)
@given(corpus(), st.randoms(use_true_random=False))
def test_findings_do_not_depend_on_article_order(case: tuple[Truth, list[Article]], rnd: object) -> None:
    arts = list(case[1])
    shuffled = arts[:]
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    scaled = [*arts, Article.of("slip", arts[0].text.replace(",", "0,", 1), "2030-01-01")]
    scaled_shuffled = [*shuffled, scaled[-1]]
    assert kinds(arts) == kinds(shuffled)
    assert kinds(scaled) == kinds(scaled_shuffled)


@settings(max_examples=60)
@given(truths, st.integers(2, 4), st.sampled_from([10, 1000]), st.data())
def test_one_figure_scaled_yields_exactly_the_scale_finding(
    truth: Truth, n: int, factor: int, data: st.DataObject
) -> None:
    arts = [
        Article.of(
            f"art{i}",
            data.draw(st.sampled_from(TEMPLATES)).format(c=truth.company, y=truth.year, a=render(truth.billions, 0)),
            f"{truth.year + 1}-03-{i + 1:02d}",
        )
        for i in range(n)
    ]
    slipped = (truth.billions * factor).quantize(Decimal("0.01"))
    arts.append(
        Article.of(
            "slip", TEMPLATES[0].format(c=truth.company, y=truth.year, a=render(slipped, 0)), f"{truth.year + 1}-03-20"
        )
    )
    found = kinds(arts)
    assert len(found) == 1
    assert found[0][0] == Kind.SCALE_ERROR.value
    assert "slip" in found[0][1]


@settings(max_examples=60)
@given(corpus(), st.sampled_from(COMPANIES), st.decimals(min_value=1, max_value=500, places=1))
def test_an_unrelated_article_adds_no_finding(case: tuple[Truth, list[Article]], other: str, value: Decimal) -> None:
    truth, arts = case
    if other == truth.company:
        other = "Zephyra"
    unrelated = Article.of(
        "other", f"Der Umsatz von {other} lag {truth.year} bei {format(value, 'f').replace('.', ',')} Mrd. Euro.", None
    )
    assert kinds([*arts, unrelated]) == kinds(arts)


@settings(max_examples=60)
@given(corpus(), st.integers(2, 9))
def test_every_finding_shows_intervals_that_do_not_intersect(case: tuple[Truth, list[Article]], k: int) -> None:
    truth, arts = case
    other = (truth.billions * k).quantize(Decimal("0.01"))
    arts = [*arts, Article.of("off", TEMPLATES[0].format(c=truth.company, y=truth.year, a=render(other, 0)), None)]
    for f in check(arts, rates=RATES).findings:
        if f.kind is Kind.KEY_MISMATCH:
            continue  # the same value about two subjects: its intervals are equal by definition
        (a_lo, a_hi), (b_lo, b_hi) = f.intervals[0], f.intervals[-1]
        assert a_hi <= b_lo or b_hi <= a_lo, f.message  # at most a shared boundary (see _check._overlap)


_CURRENCY_WORDS = {"USD": "US-Dollar", "CNY": "Yuan", "JPY": "Yen", "GBP": "Pfund Sterling", "CHF": "Franken"}


@settings(max_examples=80)
@given(
    st.sampled_from(sorted(_CURRENCY_WORDS)),
    st.dates(min_value=date(2006, 1, 1), max_value=date(2024, 12, 31)),
    st.integers(100, 9999),
)
def test_a_conversion_right_at_the_article_date_is_never_flagged(code: str, day: date, millions: int) -> None:
    rate = default_rates().spot(code, "EUR", day).rate
    euros = (Decimal(millions) * rate).quantize(Decimal("0.1"))
    text = (
        f"Keltron zahlte {millions} Millionen {_CURRENCY_WORDS[code]} "
        f"(umgerechnet rund {format(euros, 'f').replace('.', ',')} Millionen Euro)."
    )
    report = check([Article("a", text, day)])
    assert [f.kind for f in report.findings] == [], text


@settings(max_examples=30)
@given(corpus(), st.integers(1, 4))
def test_findings_do_not_depend_on_how_the_corpus_is_split_into_files(
    case: tuple[Truth, list[Article]], files: int
) -> None:
    _, arts = case
    slipped = Article.of("slip", arts[0].text.replace("Mrd.", "Mio."), str(arts[0].date))
    corpus_ = [*arts, slipped]
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.jsonl"
        one.write_text("".join(_record(a) for a in corpus_), encoding="utf-8")
        split = Path(tmp) / "split"
        split.mkdir()
        for i, a in enumerate(corpus_):
            with (split / f"part{i % files}.jsonl").open("a", encoding="utf-8") as f:
                f.write(_record(a))
        together, _ = load_articles([str(one)])
        apart, _ = load_articles([str(split)])
    assert _places(check(together, rates=RATES)) == _places(check(apart, rates=RATES))


def _record(a: Article) -> str:
    return json.dumps({"id": a.id, "text": a.text, "date": str(a.date) if a.date else None}) + "\n"


def _places(report: Report) -> list[tuple[str, tuple[tuple[str, int], ...]]]:
    return [(f.code, tuple((p.article, p.start) for p in f.amounts)) for f in report.findings]
