"""aifigures: read the money figures in German news exactly.

The pipeline, one module each: text → amounts (`_extract`, with `_numbers`, `_lexicon` and
`_stated_periods`) → normalised amounts → findings.

>>> from aifigures import extract
>>> for a in extract("Alibaba will mindestens 380 Milliarden Renminbi investieren."):
...     print(a.text, a.value, a.currency, a.qualifier)
mindestens 380 Milliarden Renminbi 380000000000 CNY at_least
"""

from __future__ import annotations

from aifigures._amounts import Amount, Period, PeriodKind, Qualifier
from aifigures._errors import AifiguresError, ParseError
from aifigures._extract import extract, parse

__all__ = [
    "AifiguresError",
    "Amount",
    "ParseError",
    "Period",
    "PeriodKind",
    "Qualifier",
    "extract",
    "parse",
]
__version__ = "0.1.0"
