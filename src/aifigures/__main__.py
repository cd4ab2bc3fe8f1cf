"""``python -m aifigures``: the command line."""

from __future__ import annotations

import sys

from aifigures.cli import main

if __name__ == "__main__":
    sys.exit(main())
