"""A generated news corpus with injected errors of every kind, for the scale tests and benchmarks/corpus_speed.py.

Story i is about a made-up company and year; it is reported by three outlets. Each outlet writes the
story's figures in its own words, and one story in five carries an injected error: a slip of the scale
word, a wrong stated conversion, parts that exceed their total, a conflicting figure, or a quarter
larger than its year. Every sentence is the project's own.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

from aifigures import Article, default_rates

if TYPE_CHECKING:
    from collections.abc import Iterator

_SYLLABLES = (
    ("Kel", "Nor", "Bri", "Tev", "Qua", "Zep", "Omn", "Ald", "Vex", "Lum", "Cor", "Mar", "Pel", "Sor", "Dun", "Fal"),
    ("a", "e", "i", "o", "u", "ar", "en", "il", "or", "us", "ath", "em", "iv", "ol", "un", "yr"),
    ("t", "v", "br", "st", "n", "r", "l", "m", "d", "g", "k", "x", "s", "p", "z", "ph"),
    ("ron", "ia", "ano", "olt", "ik", "yra", "ira", "ona", "aro", "ent", "ix", "ador", "ux", "elle", "ow", "um"),
)
_CITIES = ("Dresden", "Leipzig", "Graz", "Basel", "Bremen", "Linz", "Kassel", "Ulm")
_OUTLETS = (
    "{c} hat im Jahr {y} rund {v} Mrd. Euro in sein Werk in {city} investiert.",
    "Das Unternehmen {c} investierte {y} in {city} etwa {v} Milliarden Euro.",
    "In das Werk in {city} investierte {c} im Jahr {y} nach eigenen Angaben {v} Mrd. Euro.",
)
_EXTRA = (
    " Der Umsatz von {c} lag {y} bei {r} Mio. Euro.",
    " {c} zahlte {y} eine Strafe von {d} Millionen Dollar (umgerechnet rund {e} Millionen Euro).",
    " Insgesamt flossen {y} {t} Mio. Euro, davon {p1} Mio. Euro in die Forschung und {p2} Mio. Euro in den Vertrieb.",
)
KINDS = ("scale_error", "fx_conversion", "parts_total", "conflict", "period_mismatch")


def company(i: int) -> str:
    """The made-up name of story i's company: four syllables, unique for the first 65,536 stories."""
    parts = []
    for syllables in _SYLLABLES:
        parts.append(syllables[i % 16])
        i //= 16
    return "".join(parts)


def generated(stories: int, seed: int = 0) -> list[Article]:
    """Three reports of each of `stories` stories; every fifth story has an injected error (`KINDS` in turn)."""
    return list(stream(stories, seed))


def stream(stories: int, seed: int = 0) -> Iterator[Article]:
    """The articles of `generated`, one at a time (a corpus read as it comes, never held whole)."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test input
    for i in range(stories):
        c, y, city = company(i), 2015 + i % 10, _CITIES[i % len(_CITIES)]
        whole, tenth = rng.randint(2, 9), rng.randint(1, 9)
        v = f"{whole},{tenth}"
        r, d = rng.randint(100, 900), rng.randint(100, 900)
        usd_eur = default_rates().spot("USD", "EUR", dt.date(y + 1, 1, 1)).rate  # right at the article's year
        e = round(d * usd_eur)
        p1, p2 = rng.randint(10, 60), rng.randint(10, 60)
        t = p1 + p2
        error = KINDS[(i // 5) % len(KINDS)] if i % 5 == 0 else None
        for k, template in enumerate(_OUTLETS):
            text = template.format(c=c, y=y, v=v, city=city)
            extra = _EXTRA[(i + k) % len(_EXTRA)]
            if error == "scale_error" and k == 2:
                text = text.replace("Mrd.", "Mio.").replace("Milliarden", "Millionen")
            if error == "fx_conversion" and k == 0:
                extra, e = _EXTRA[1], e * 10
            if error == "parts_total" and k == 1:
                extra, t = _EXTRA[2], max(p1, p2)
            if error == "conflict" and k == 1:
                text = text.replace(v, f"{whole + 3},{tenth}")
            if error == "period_mismatch" and k == 0:
                extra = f" Allein im dritten Quartal {y} investierte {c} in {city} {whole + 5} Mrd. Euro."
            text += extra.format(c=c, y=y, r=r, d=d, e=e, t=t, p1=p1, p2=p2)
            yield Article(f"s{i:06d}-{k}", text, f"{y + 1}-01-{2 + k:02d}", f"outlet {k}")
