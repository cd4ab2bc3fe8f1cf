"""The one reader of the German vocabulary: ``data/de/<stage>.toml``, one file per stage of the pipeline.

===========  =================================================================================
stage        what its file holds
===========  =================================================================================
extract      numbers, scales, currencies, qualifiers, ranges, money nouns, sentence ends
periods      stated periods: the patterns extraction reads, the words that place them in time
dates        month names and the words of a dateline
check        metrics, and the words that make a name, a plan, a revision, a total, a correction
render       German renderings of normalised amounts
===========  =================================================================================

Changing a German word is an edit of one of these files; no German word is written in the code.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, fields
from importlib import resources
from typing import Any, Literal, TypeVar

from aifigures.errors import AifiguresError

__all__ = ["STAGES", "DateWords", "RenderWords", "Stage", "date_words", "render_words", "words"]

Stage = Literal["extract", "periods", "dates", "check", "render"]
STAGES: tuple[Stage, ...] = ("extract", "periods", "dates", "check", "render")
_S = TypeVar("_S", "DateWords", "RenderWords")


@functools.cache
def words(stage: Stage) -> dict[str, Any]:
    """The tables of one stage's file, read once.

    >>> sorted(words("dates"))
    ['dates']
    """
    if stage not in STAGES:
        raise ValueError(f"{stage!r} is not a stage of the vocabulary; one of {list(STAGES)}")
    text = resources.files("aifigures").joinpath(f"data/de/{stage}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@dataclass(frozen=True)
class DateWords:
    """The dates stage (``dates.toml [dates]``): month and weekday names, dateline words."""

    months: list[list[str]]
    """The names of each month, January first."""
    weekdays: list[list[str]]
    jump: list[str]
    """Words dateutil skips between the parts of a date."""
    pertain: list[str]


@dataclass(frozen=True)
class RenderWords:
    """The render stage (``render.toml [render]``): how a normalised amount is written in German."""

    per: dict[str, str]
    sources: dict[str, str]
    rate: str
    mean: str


def _typed(cls: type[_S], table: dict[str, Any], where: str) -> _S:
    names = {f.name for f in fields(cls)}
    if set(table) != names:
        unknown, missing = sorted(set(table) - names), sorted(names - set(table))
        raise AifiguresError(f"{where}: unknown {unknown}, missing {missing}")
    return cls(**table)


@functools.cache
def date_words() -> DateWords:
    """The dates stage as a typed section."""
    return _typed(DateWords, words("dates")["dates"], "data/de/dates.toml [dates]")


@functools.cache
def render_words() -> RenderWords:
    """The render stage as a typed section."""
    return _typed(RenderWords, words("render")["render"], "data/de/render.toml [render]")
