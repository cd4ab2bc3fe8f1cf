"""The source tree holds sources only, and the optional mypyc build (pyproject.toml) names real modules."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).parent.parent


def _mypyc_hook() -> dict[str, object]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    hook: dict[str, object] = project["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]
    return hook


def test_no_compiled_module_stands_beside_the_sources() -> None:
    """A compiled module beside its .py file is imported instead of it: edits to the .py would not count."""
    compiled = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "src").rglob("*") if p.suffix in {".so", ".pyd"})
    assert compiled == []


def test_the_mypyc_build_is_off_by_default_and_names_existing_modules() -> None:
    hook = _mypyc_hook()
    assert hook["enable-by-default"] is False  # an install needs no C compiler
    include = hook["include"]
    assert isinstance(include, list)
    assert include
    for path in include:
        assert (ROOT / path).is_file(), path
    # the public entry points stay plain Python: their checks and messages are the same in both builds
    assert "src/aifigures/_extract.py" not in include
    assert "src/aifigures/__init__.py" not in include
