"""Every test runs offline: a socket that tries to connect fails at once."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from hypothesis import settings

# One profile for every property test: no deadline. A first lookup loads a currency's rate series or
# compiles the lexicon inside whichever example comes first, which says nothing about the code's speed
# (speed is measured in benchmarks/, never by tests).
settings.register_profile("aifigures", deadline=None)
settings.load_profile("aifigures")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **_: Any) -> None:
        raise OSError(f"network access in a test: connect{args[1:]!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
