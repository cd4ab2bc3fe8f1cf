"""Every test runs offline: a socket that tries to connect fails at once."""

from __future__ import annotations

import os
import socket
from typing import Any

import pytest
from hypothesis import settings

# One profile for every property test: no deadline. A first lookup loads a currency's rate series or
# compiles the lexicon inside whichever example comes first, which says nothing about the code's speed
# (speed is measured in benchmarks/, never by tests).
settings.register_profile("aifigures", deadline=None)
# CI (.ci/run sets AIFIGURES_CI) draws the same examples on every run, so that what lands is what was tested;
# elsewhere each run draws new ones and may find what the last did not (pin what it finds as a row).
settings.register_profile("ci", deadline=None, derandomize=True)
settings.load_profile("ci" if os.environ.get("AIFIGURES_CI") else "aifigures")


_LOOPBACK = ("127.", "::1", "localhost")


def _loopback(address: object) -> bool:
    """Whether a socket address stays on this machine (a local Dask cluster talks over loopback TCP)."""
    if isinstance(address, (str, bytes)):
        return True  # a Unix socket path
    host = address[0] if isinstance(address, tuple) and address else ""
    return isinstance(host, str) and host.startswith(_LOOPBACK)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection off this machine fails at once; loopback (a local cluster) is allowed."""
    connect, connect_ex, create = socket.socket.connect, socket.socket.connect_ex, socket.create_connection

    def refuse(*args: Any, **_: Any) -> None:
        raise OSError(f"network access in a test: connect{args[1:]!r}")

    def guarded(real: Any) -> Any:
        def call(sock: socket.socket, address: object, *rest: Any) -> Any:
            if not _loopback(address):
                refuse(sock, address)
            return real(sock, address, *rest)

        return call

    def create_connection(address: object, *rest: Any, **kw: Any) -> Any:
        if not _loopback(address):
            refuse(None, address)
        return create(address, *rest, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded(connect))
    monkeypatch.setattr(socket.socket, "connect_ex", guarded(connect_ex))
    monkeypatch.setattr(socket, "create_connection", create_connection)
