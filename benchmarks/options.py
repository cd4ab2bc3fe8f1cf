"""The command line of a benchmark script: its docstring's first paragraph for ``--help``, and its options.

Every script in benchmarks/ reads its options here, so that ``--help`` prints them instead of starting a
run that takes minutes, and an option it does not know is an error that names it.
"""

from __future__ import annotations

import argparse

__all__ = ["parse"]


def parse(doc: str | None, *, compiled: bool = False, max_mb: bool = False) -> argparse.Namespace:
    """The options of a script: ``--compiled PYTHON`` (and the child's hidden ``--measure``), ``--max-mb``."""
    parser = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0])
    if compiled:
        parser.add_argument("--compiled", metavar="PYTHON", help="also measure the mypyc build of this interpreter")
        parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    if max_mb:
        parser.add_argument("--max-mb", type=int, default=16, help="the largest text, in MB (default 16)")
    return parser.parse_args()
