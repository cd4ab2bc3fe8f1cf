"""aifigures: read the money figures in German news exactly.

The pipeline reads from the package names: text → amounts (`aifigures.extract`) → normalised amounts
(`aifigures.normalise`: article dates, periods placed in time, exchange rates and their providers) →
findings (`aifigures.check`: facts, how they are linked, and `check.rules`, one module per rule), with
`aifigures.io` for articles in and reports out, and `aifigures.cli` for the command line.

>>> from aifigures import extract
>>> for a in extract("Alibaba will mindestens 380 Milliarden Renminbi investieren."):
...     print(a.text, a.value, a.currency, a.qualifier)
mindestens 380 Milliarden Renminbi 380000000000 CNY at_least
"""

from __future__ import annotations

from aifigures.amount import Amount, Period, PeriodKind, Qualifier
from aifigures.check import Finding, Kind, Place, Report, Settings, Severity, check
from aifigures.check.facts import Fact, Modality
from aifigures.errors import (
    AifiguresError,
    CurrencyError,
    InvalidArticleError,
    InvalidReferenceError,
    ParseError,
    PeriodError,
    RateNotAvailableError,
)
from aifigures.extract.reader import extract, parse
from aifigures.io.articles import Article, LoadProblem, load_articles
from aifigures.io.references import Reference, load_references
from aifigures.normalise import convert, normalise, normalise_text
from aifigures.normalise.calendar import Interval, Relation, resolve
from aifigures.normalise.dates import DateWindow, parse_date
from aifigures.normalise.ecb import EcbRates, default_rates
from aifigures.normalise.german import describe_german, format_german
from aifigures.normalise.plan import Normalised, Provenance, RatePolicy
from aifigures.normalise.rates import FixedRates, RateKind, RateProvider, RateQuote
from aifigures.normalise.units import period_factor

__all__ = [
    "AifiguresError",
    "Amount",
    "Article",
    "CurrencyError",
    "DateWindow",
    "EcbRates",
    "Fact",
    "Finding",
    "FixedRates",
    "Interval",
    "InvalidArticleError",
    "InvalidReferenceError",
    "Kind",
    "LoadProblem",
    "Modality",
    "Normalised",
    "ParseError",
    "Period",
    "PeriodError",
    "PeriodKind",
    "Place",
    "Provenance",
    "Qualifier",
    "RateKind",
    "RateNotAvailableError",
    "RatePolicy",
    "RateProvider",
    "RateQuote",
    "Reference",
    "Relation",
    "Report",
    "Settings",
    "Severity",
    "check",
    "convert",
    "default_rates",
    "describe_german",
    "extract",
    "format_german",
    "load_articles",
    "load_references",
    "normalise",
    "normalise_text",
    "parse",
    "parse_date",
    "period_factor",
    "resolve",
]
__version__ = "0.1.0"
