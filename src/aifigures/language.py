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
from importlib import resources
from typing import Any, Literal

__all__ = ["STAGES", "Stage", "words"]

Stage = Literal["extract", "periods", "dates", "check", "render"]
STAGES: tuple[Stage, ...] = ("extract", "periods", "dates", "check", "render")


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
