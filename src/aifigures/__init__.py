"""aifigures: read the money figures in German news exactly.

The pipeline, one module each: text → amounts (`_extract`, with `_grammar`, `_numbers`, `_lexicon` and
`_stated_periods`) → normalised amounts (`_normalise`, with `_plans`, `_rates`, `_quotes`, `_dates`, `_periods`
and `_units`) → findings (`_facts`, `_check`, with `_articles` for input and `_report` for output).

>>> from aifigures import extract
>>> for a in extract("Alibaba will mindestens 380 Milliarden Renminbi investieren."):
...     print(a.text, a.value, a.currency, a.qualifier)
mindestens 380 Milliarden Renminbi 380000000000 CNY at_least
"""

from __future__ import annotations

from aifigures._amounts import Amount, Period, PeriodKind, Qualifier
from aifigures._articles import Article, LoadProblem, Reference, load_articles, load_references
from aifigures._check import Finding, Kind, Place, Report, Severity, check
from aifigures._dates import DateWindow, parse_date
from aifigures._errors import AifiguresError, CurrencyError, ParseError, PeriodError, RateNotAvailableError
from aifigures._extract import extract, parse
from aifigures._facts import Fact, Modality
from aifigures._normalise import convert, normalise, normalise_text
from aifigures._periods import Interval, Relation, period_factor, resolve
from aifigures._plans import Normalised, Provenance, RatePolicy
from aifigures._quotes import FixedRates, RateKind, RateProvider, RateQuote
from aifigures._rates import EcbRates, default_rates
from aifigures._render import describe_german, format_german

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
