"""Text to amounts: `extract` every money amount of a German text, or `parse` one.

The stage's modules: `reader` (the entry points and the text as read), `grammar` (the grammar of one
amount around anchors in the text), `numbers` (digits and number words), `periods` (which period an amount
states) and `lexicon` (the extraction's words, compiled into matchers).
"""

from __future__ import annotations

from aifigures.extract.reader import extract, parse

__all__ = ["extract", "parse"]
