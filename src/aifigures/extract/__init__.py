"""Text to amounts: `extract` every money amount of a German text, or `parse` one.

The stage's modules, in the order the text meets them: `reader` (the entry points and the text as read),
`amounts` (the steps in order), `scan` (anchors: digits, scale and currency words), `grammar` (the grammar
of one amount around an anchor), `piece` (an amount being built), `context` (sentence-level repair:
borrowed currencies, list items), `periods` (which period an amount states), with `numbers` (digits and
number words) and `lexicon` (the extraction's words, compiled into matchers).
"""

from __future__ import annotations

from aifigures.extract.reader import extract, parse

__all__ = ["extract", "parse"]
