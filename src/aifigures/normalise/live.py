"""An optional live rate provider (extra ``aifigures[live]``): forex-python, for dates after the data end.

forex-python asks theratesapi.com (which republishes the ECB reference rates) and has no timeout of its
own: a server that accepts the connection and never answers blocks a call indefinitely. Here every call
runs in a worker thread with a hard deadline; every failure (timeout, connection error, missing rate)
becomes `RateNotAvailableError`; answers are cached. It is never used unless passed as ``rates=``.
"""

from __future__ import annotations

import concurrent.futures
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from aifigures.errors import RateNotAvailableError
from aifigures.normalise.rates import RateKind, RateQuote

if TYPE_CHECKING:
    from datetime import date

__all__ = ["ForexPythonRates"]


class ForexPythonRates:
    """Live spot rates from forex-python with a deadline; no period means (it has none)."""

    name = "theratesapi.com (ECB)"

    def __init__(self, timeout: float = 3.0, client: Any = None) -> None:  # noqa: ANN401 - duck-typed client
        """`client` is anything with forex-python's ``get_rate(base, dest, date_obj)`` (a fake in tests)."""
        if client is None:
            try:
                from forex_python.converter import CurrencyRates  # noqa: PLC0415 - optional extra
            except ImportError as e:
                raise ImportError("the live provider needs forex-python: pip install 'aifigures[live]'") from e
            client = CurrencyRates(force_decimal=True)
        self._client = client
        self._timeout = timeout
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="aifigures-live")
        self._cache: dict[tuple[str, str, date], Decimal] = {}

    def spot(self, base: str, quote: str, on: date) -> RateQuote:
        """The rate of `on` from the live service, or `RateNotAvailableError` within the deadline."""
        key = (base, quote, on)
        if key not in self._cache:
            future = self._pool.submit(self._client.get_rate, base, quote, on)
            try:
                raw = future.result(timeout=self._timeout)
            except concurrent.futures.TimeoutError:
                future.cancel()
                raise RateNotAvailableError(
                    base, quote, on.isoformat(), f"{self.name} did not answer within {self._timeout} s"
                ) from None
            except Exception as e:
                raise RateNotAvailableError(
                    base, quote, on.isoformat(), f"{self.name} failed: {type(e).__name__}: {e}"
                ) from e
            try:
                rate = Decimal(str(raw))
            except (InvalidOperation, ValueError):
                raise RateNotAvailableError(base, quote, on.isoformat(), f"{self.name} answered {raw!r}") from None
            if not rate.is_finite() or rate <= 0:
                raise RateNotAvailableError(base, quote, on.isoformat(), f"{self.name} answered {raw!r}")
            self._cache[key] = rate
        return RateQuote(base, quote, self._cache[key], RateKind.SPOT, (on, on), (on, on), 1, self.name)

    def mean(self, base: str, quote: str, start: date, end: date) -> RateQuote:
        """Not offered by the live service."""
        raise RateNotAvailableError(base, quote, f"{start}..{end}", f"{self.name} has no period means")
