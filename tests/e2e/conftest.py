"""Fixtures for the tests of real `kiosk` processes, built on tills.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.tills import ServedSandbox


@pytest.fixture
def serve() -> Iterator[Callable[..., ServedSandbox]]:
    """Starts `kiosk sandbox serve --data DATA FLAGS` and waits until it answers; each is stopped after the test."""
    started: list[ServedSandbox] = []

    def start(data: Path, *flags: str) -> ServedSandbox:
        started.append(ServedSandbox(data, *flags))
        return started[-1]

    yield start
    for server in started:
        server.stop()
