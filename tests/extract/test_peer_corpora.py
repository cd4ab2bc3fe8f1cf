"""Example tables from the peers' corpora: the probe set, Duckling's German numerals, price-parser."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest

from aifigures import extract, parse
from aifigures.extract.lexicon import german

from gold import lines, needs_gold

pytestmark = needs_gold

PROBE = lines("de_money_probe30.jsonl")


def _probe_id(rec: dict[str, Any]) -> str:
    return str(rec["text"])


@pytest.mark.parametrize("rec", PROBE, ids=_probe_id)
def test_probe30(rec: dict[str, Any]) -> None:
    found = extract(rec["text"])
    v = rec["value"]
    if v is None:
        assert found == []
        return
    first = found[0]
    assert first.span[0] == 0
    ok = rec.get("currency_alternatives") or [rec["currency"]]
    assert first.currency in ok
    if isinstance(v, dict):
        if "from" in v:
            assert (first.low, first.high) == (Decimal(str(v["from"])), Decimal(str(v["to"])))
            assert first.qualifier.value == "range"
        elif "max" in v:
            assert first.value == Decimal(str(v["max"]))
            assert first.qualifier.value == "at_most"
        else:
            assert first.value == Decimal(str(v["min"]))
            assert first.qualifier.value == "more_than"
    else:
        assert first.value == Decimal(str(v))


# Duckling's German numeral corpus, read as the number of a money amount: "<numeral> Millionen Euro"
# (number words are read before a scale word; see docs/conventions.md).
NUMERALS = [r for r in lines("duckling_de_numeral.jsonl") if r["value"] is not None]
NUMERAL_GAPS = {
    "keiner": "a negation, not a number in money text",
    "keinen": "a negation, not a number in money text",
    "100K": "K/M/G suffixes are English shorthand, not German news usage",
    "100k": "K/M/G suffixes are English shorthand, not German news usage",
    "3M": "K/M/G suffixes are English shorthand, not German news usage",
    "3000K": "K/M/G suffixes are English shorthand, not German news usage",
    "1,2M": "K/M/G suffixes are English shorthand, not German news usage",
    "1200K": "K/M/G suffixes are English shorthand, not German news usage",
    ",0012G": "K/M/G suffixes are English shorthand, not German news usage",
    "-1,2M": "K/M/G suffixes are English shorthand, not German news usage",
    "-1200K": "K/M/G suffixes are English shorthand, not German news usage",
    "-,0012G": "K/M/G suffixes are English shorthand, not German news usage",
    ",77": "a number without its leading zero",
    "1 komma 1": "spoken decimals ('komma') do not occur in written news",
    "tausendvierhundertsechzehn Komma fünfzehn": "spoken decimals ('komma') do not occur in written news",
    "- 1.200.000": "a minus sign set apart by a space reads as a dash in news text",
    "einunddreissig millionen zweihundertsechsundfünfzigtausendsiebenhunderteinundzwanzig": (
        "numbers of several scale words in words do not occur in news amounts"
    ),
    "einunddreißig Millionen zweihundertsechsundfünfzigtausendundsiebenhunderteinundzwanzig": (
        "numbers of several scale words in words do not occur in news amounts"
    ),
    "zwei billiarden siebenhunderteinundsiebzig billionen neunzig milliarden zweiundneunzig millionen": (
        "numbers of several scale words in words do not occur in news amounts"
    ),
}


def _numeral_cases() -> list[object]:
    out: list[object] = []
    for r in NUMERALS:
        reason = NUMERAL_GAPS.get(r["text"])
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        out.append(pytest.param(r["text"], Decimal(str(r["value"])), id=r["text"], marks=marks))
    return out


@pytest.mark.parametrize(("numeral", "value"), _numeral_cases())
def test_duckling_numeral_as_money(numeral: str, value: Decimal) -> None:
    has_scale = any(w in german().scales for w in numeral.lower().split())
    a = parse(f"{numeral} Euro" if has_scale else f"{numeral} Millionen Euro")
    assert (a.value, a.currency) == (value if has_scale else value.scaleb(6), "EUR")


# price-parser's cases with a decimal comma and a currency written in the text itself
_CURRENCY_IN_TEXT = re.compile(r"€|EUR|CHF|\$|£|zł|Kč|руб|DKK|PLN")
PRICE_GAPS = {
    "1.837, 32 €": "a space after the decimal comma is a typo we do not repair",
    "130, 38 zł": "a space after the decimal comma is a typo we do not repair",
    "$..75,333": "garbled separators",
}


def _price_cases() -> list[object]:
    out: list[object] = []
    for r in lines("price_parser_cases.jsonl"):
        if r["separator_style"] != "comma_decimal" or not _CURRENCY_IN_TEXT.search(r["text"]):
            continue
        reason = PRICE_GAPS.get(r["text"])
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        out.append(pytest.param(r["text"], Decimal(r["amount"]), id=f"line{r['line']}:{r['text']}", marks=marks))
    return out


PRICE_CASES = _price_cases()


@pytest.mark.parametrize(("text", "amount"), PRICE_CASES)
def test_price_parser_comma_decimal(text: str, amount: Decimal) -> None:
    found = extract(text)
    assert found, "no amount found"
    # a price range ("841,00 zł – 995,00 zł") is one amount whose low end is price-parser's answer
    assert amount in {found[0].value, found[0].low}
    assert found[0].currency is not None


def test_price_parser_table_is_not_empty() -> None:
    assert len(PRICE_CASES) > 50
