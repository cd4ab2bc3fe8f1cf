"""German renderings with babel: amounts as news writes them, and the provenance of a normalised value."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from aifigures.language import render_words

if TYPE_CHECKING:
    from decimal import Decimal

    from aifigures.normalise.plan import Normalised

__all__ = ["describe_german", "format_german"]


@functools.cache
def _locale() -> Any:  # noqa: ANN401 - babel.Locale
    from babel import Locale  # noqa: PLC0415 - babel is imported only to render

    return Locale.parse("de_DE")


def format_german(value: Decimal, currency: str) -> str:
    """A value as German news writes it: "1,91 Mrd. US-Dollar", "380 Mrd. Renminbi Yuan", "12,50 Euro".

    >>> from decimal import Decimal
    >>> format_german(Decimal("1910000000"), "USD")
    '1,91 Mrd. US-Dollar'
    >>> format_german(Decimal("12.5"), "EUR")
    '12,50 Euro'
    """
    from babel.numbers import format_compact_decimal, format_decimal, get_currency_name  # noqa: PLC0415

    locale = _locale()
    name = get_currency_name(currency, count=2, locale=locale)
    if abs(value) >= 10**6:
        number = format_compact_decimal(value, format_type="short", locale=locale, fraction_digits=2)
    else:
        number = format_decimal(value, format="#,##0.00", locale=locale)
    return f"{number} {name}".replace("\u00a0", " ")


def describe_german(n: Normalised) -> str:
    """The provenance of a normalised value in German.

    >>> from aifigures import normalise, parse
    >>> n = normalise(parse("23 Milliarden Yuan im ersten Halbjahr 2024"), on="2024-08-28")
    >>> print(describe_german(n))  # doctest: +NORMALIZE_WHITESPACE
    23 Milliarden Yuan ≈ 5,9 Mrd. Euro pro Jahr
    (×2; Ø EZB-Kurs 02.01.2024–28.06.2024: 1 Renminbi Yuan = 0,1282 Euro)
    """
    from babel.numbers import format_decimal, get_currency_name  # noqa: PLC0415

    locale = _locale()
    parts = []
    if n.factor != 1:
        f = n.factor
        parts.append(f"×{f.numerator}" if f.denominator == 1 else f"×{f.numerator}/{f.denominator}")
    r = n.rate
    if r is not None:
        w = render_words()
        source = "+".join(w.sources.get(part, part) for part in r.source.split("+"))
        span = r.used[0].strftime("%d.%m.%Y")
        if r.used[0] != r.used[1]:
            span += "–" + r.used[1].strftime("%d.%m.%Y")
        kind = f"{w.mean} " if r.kind.value == "mean" else ""
        rate = format_decimal(r.rate, format="#,##0.0000", locale=locale)
        base = get_currency_name(r.base, locale=locale)
        quote = get_currency_name(r.quote, count=2, locale=locale)
        parts.append(f"{kind}{source}-{w.rate} {span}: 1 {base} = {rate} {quote}")
    per_words = render_words().per
    per = (
        f" {per_words[str(n.per)]}"
        if n.per is not None and n.amount.period is not None and str(n.per) in per_words
        else ""
    )
    value = format_german(n.value, n.currency)
    tail = f" ({'; '.join(parts)})" if parts else ""
    return f"{n.amount.text} ≈ {value}{per}{tail}"
