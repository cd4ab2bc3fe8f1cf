"""Stand-ins the tests share."""

from __future__ import annotations

import threading
from decimal import Decimal

from aifigures import FixedRates


class LocalRates:
    """A rate provider of the user's that cannot be sent to another process or a worker (it holds a lock)."""

    def __init__(self) -> None:
        """Fixed rates (1 EUR = 1.10 USD) behind a lock, which cannot be pickled."""
        self.lock = threading.Lock()
        self.inner = FixedRates({"USD": Decimal("1.10")})

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)
