"""The check's words are one typed section of check.toml: every list of the file is a field, and no more."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from aifigures import AifiguresError
from aifigures.check.vocabulary import CheckWords, check_words
from aifigures.language import words


def test_every_word_list_of_check_toml_is_a_typed_field() -> None:
    section = check_words()
    assert isinstance(section, CheckWords)
    assert set(words("check")["check_words"]) <= set(vars(section))
    assert section.tolerances.just_under < 1 < section.tolerances.just_over


def test_a_list_the_section_does_not_know_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    module = importlib.import_module("aifigures.check.vocabulary")
    real = module.words

    def changed(stage: str) -> dict[str, Any]:
        tables = dict(real(stage))
        if stage == "check":
            tables["check_words"] = {**tables["check_words"], "new_list": ["x"]}
        return tables

    monkeypatch.setattr(module, "words", changed)
    check_words.cache_clear()
    try:
        with pytest.raises(AifiguresError, match=r"check.toml \[check_words\]: unknown \['new_list'\]"):
            check_words()
    finally:
        check_words.cache_clear()
