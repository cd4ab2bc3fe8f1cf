"""Build hook: compile the hot paths (extraction, normalisation) with mypyc where this machine can, else plain.

The wheel of ``pip install aifigures`` (or ``pip install .``) holds the modules named in pyproject.toml
(``[tool.hatch.build.targets.wheel.hooks.custom] include``) compiled with mypyc: the same typed Python,
about 1.1 to 2 times faster (docs/benchmarks.md). The build falls back to a pure-Python wheel, saying why
in the build's output, when:

* the build is editable (``pip install -e .``): a compiled module beside its ``.py`` file would be imported
  instead of the source being edited;
* ``AIFIGURES_PURE_PYTHON`` is set to anything but ``""`` or ``"0"``;
* no C compiler or no Python headers are found;
* compiling fails (the compiler's output is shown).

Compiling is done by hatch-mypyc, which leaves its modules beside the sources; they are removed once the
wheel is written, so the source tree never holds a stale compiled module.
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

if TYPE_CHECKING:
    from collections.abc import Mapping

OPT_OUT = "AIFIGURES_PURE_PYTHON"
COMPILING = ["hatch-mypyc>=0.16", "mypy>=1.10", "types-python-dateutil"]
"""What compiling needs in the build environment, beside the package's own dependencies (mypy reads them)."""


def why_plain(version: str, env: Mapping[str, str], *, compiler: bool, headers: bool) -> str | None:
    """Why this build ships plain Python, or None when it compiles."""
    if version == "editable":
        return "an editable install runs its sources"
    if env.get(OPT_OUT, "") not in {"", "0"}:
        return f"{OPT_OUT} is set"
    if not compiler:
        return "no C compiler was found"
    if not headers:
        return "Python's C headers were not found"
    return None


def compiler_found(env: Mapping[str, str]) -> bool:
    """Whether the C compiler that setuptools would call (``CC``, else Python's own) is on the path.

    Where Python names none (Windows builds, which use MSVC), setuptools looks for one itself: the build
    tries, and falls back to plain Python if compiling fails.
    """
    cc = env.get("CC") or sysconfig.get_config_var("CC")
    if cc is None:
        return sys.platform == "win32"
    words = cc.split()
    return bool(words) and shutil.which(words[0]) is not None


def headers_found() -> bool:
    """Whether ``Python.h`` is where extensions of this interpreter are compiled against."""
    return (Path(sysconfig.get_paths()["include"]) / "Python.h").exists()


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]  # hatchling's generic config class
    """Compile with mypyc (through hatch-mypyc) when `why_plain` finds no reason not to."""

    PLUGIN_NAME = "custom"

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # noqa: ANN401 - hatchling's own signature
        """Set up, holding no compiler until one is used."""
        super().__init__(*args, **kwargs)
        self._mypyc: Any = None

    def dependencies(self) -> list[str]:
        """The build's extra requirements: mypy and what it reads, asked for only where the build compiles."""
        if why_plain("standard", os.environ, compiler=compiler_found(os.environ), headers=headers_found()):
            return []  # a build that cannot compile never downloads them
        return [*COMPILING, *self.metadata.core.dependencies]

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile, or say why the wheel is plain Python."""
        if self.target_name != "wheel":
            return
        reason = why_plain(version, os.environ, compiler=compiler_found(os.environ), headers=headers_found())
        if reason is not None:
            if version != "editable":
                self.app.display_info(f"aifigures: building plain Python ({reason})")
            return
        from hatch_mypyc.plugin import MypycBuildHook  # noqa: PLC0415 - a build dependency of this hook only

        mypyc = MypycBuildHook(
            self.root, self.config, self.build_config, self.metadata, self.directory, self.target_name, self.app
        )
        try:
            mypyc.initialize(version, build_data)
        except Exception as e:  # noqa: BLE001 - any failure of the compiler falls back to plain Python
            mypyc.clean([version])
            self.app.display_warning(f"aifigures: compiling with mypyc failed, building plain Python:\n{e}")
            return
        self._mypyc = mypyc
        self.app.display_info("aifigures: compiled with mypyc")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:  # noqa: ARG002
        """Remove the compiled modules from beside the sources, now that the wheel holds them."""
        if self._mypyc is not None:
            self._mypyc.clean([version])
