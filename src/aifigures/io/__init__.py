"""Input and output: articles and references in (`articles`), reports out (`report`)."""

from __future__ import annotations

from aifigures.io.articles import Article, LoadProblem, load_articles
from aifigures.io.references import Reference, load_references

__all__ = ["Article", "LoadProblem", "Reference", "load_articles", "load_references"]
