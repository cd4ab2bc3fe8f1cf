"""The optional extras: a module of one is imported where it is used, or a clear error says what to install."""

from __future__ import annotations

import importlib
from typing import Any

from aifigures.errors import AifiguresError

__all__ = ["optional"]


def optional(extra: str, *modules: str) -> Any:  # noqa: ANN401 - the first module, untyped libraries
    """Import `modules` (the first is returned), or raise `AifiguresError` naming the extra that has them.

    >>> optional("parquet", "no_such_module_here")
    Traceback (most recent call last):
    ...
    aifigures.errors.AifiguresError: needs no_such_module_here: pip install 'aifigures[parquet]'
    """
    try:
        loaded = [importlib.import_module(m) for m in modules]
    except ImportError:
        raise AifiguresError(f"needs {modules[0]}: pip install 'aifigures[{extra}]'") from None
    return loaded[0]
