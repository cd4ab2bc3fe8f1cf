"""Stated conversions judged at the exchange rate the text itself states.

"So meinte die Zeitung, dass 470 000 EUR gleich 750 000 CHF seien ... den Umrechnungskurs, den beide
Zeitungen mit 1,50 CHF angeben": at the stated 1,50 CHF per euro, 470 000 EUR are 705 000 CHF, not 750 000.
A figure is a stated rate when a rate word ("Kurs", "Umrechnungskurs": `rate_words` in check.toml) stands
just before it in its sentence, it has no scale word, and it lies near the market's rate of the article's
days for one unit of the other currency (so that a share price "zum Kurs von 1,50 Euro" is not taken for
one). The conversion must meet the source put across at the stated rate, within the rounding of the rate's
digits.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from aifigures.check.conversions import Restatement, conversions
from aifigures.check.facts import words

if TYPE_CHECKING:
    from aifigures.check.facts import Fact
    from aifigures.check.run import Run

__all__ = ["AtStatedRate", "at_stated_rates", "is_rate_shaped"]

_RATE_LEAD = 80
"""How far before a figure its rate word may stand ("den Umrechnungskurs ... mit 1,50 CHF")."""
_NEAR_MARKET = Decimal("0.25")
"""How far (as a share) a stated rate may lie from the market's band and still be read as a rate."""
_MAX_RATE = 10_000


@dataclass(frozen=True, slots=True)
class AtStatedRate:
    """A stated conversion put against the rate the text states: `expected` is the source at that rate."""

    conversion: Restatement
    rate: Fact
    per: str
    """The currency one unit of which the rate gives ("1,50 CHF" per EUR: "EUR")."""
    expected: tuple[Decimal, Decimal]


def at_stated_rates(run: Run) -> list[AtStatedRate]:
    """Each stated conversion of an article that states the rate between its two currencies."""
    by_article: dict[str, list[Fact]] = {}
    for f in run.facts:
        if is_rate_shaped(f, run.text(f.article)):
            by_article.setdefault(f.article, []).append(f)
    out = []
    for r in conversions(run):
        src, stated = r.source, r.stated
        for rate in by_article.get(stated.article, []):
            if rate is src or rate is stated or rate.currency not in {src.currency, stated.currency}:
                continue
            per = stated.currency if rate.currency == src.currency else src.currency
            if per is None or rate.currency is None or not _near_market(run, rate, per):
                continue
            out.append(AtStatedRate(r, rate, per, _put_across(src, rate)))
            break
    return out


def is_rate_shaped(f: Fact, text: str) -> bool:
    """A small figure with no scale word, a rate word just before it in its sentence."""
    if f.amount.scale != 0 or not 0 < f.amount.value < _MAX_RATE or f.currency is None:
        return False
    lead = text[max(f.sentence[0], f.amount.span[0] - _RATE_LEAD) : f.amount.span[0]].lower()
    return _rate_word_re(tuple(words().rate_words)).search(lead) is not None


@functools.cache
def _rate_word_re(endings: tuple[str, ...]) -> re.Pattern[str]:
    """A word that ends in one of the rate words ("Umrechnungskurs", "Kurses"), compiled once."""
    return re.compile(rf"(?:{'|'.join(re.escape(w) for w in endings)})(?![^\W\d_])")


def _near_market(run: Run, rate: Fact, per: str) -> bool:
    """Whether the figure lies near the market's rate for one `per` in its currency, on the article's days."""
    band = run.band(per, rate.article, quote=rate.currency)
    if band is None:
        return False
    v = rate.amount.value
    return band.low * (1 - _NEAR_MARKET) <= v <= band.high * (1 + _NEAR_MARKET)


def _put_across(src: Fact, rate: Fact) -> tuple[Decimal, Decimal]:
    """The source's rounding interval at the stated rate (within the rounding of the rate's digits)."""
    lo_rate, hi_rate = rate.rounding
    lo, hi = src.rounding
    if src.currency == rate.currency:  # the rate gives the source's currency per unit of the stated one
        return lo / hi_rate, hi / lo_rate
    return lo * lo_rate, hi * hi_rate
