"""Fixtures for the store's tests: a settable clock and a real SQLite file in a temporary folder."""

from __future__ import annotations

import pytest

from kiosk.store import open_store
from tests.helpers import T0


class Clock:
    """The store's idea of now, moved by hand so backoff and ages are exact."""

    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def path(tmp_path):
    return tmp_path / "terminal" / "kiosk.db"


@pytest.fixture
def store(path, clock):
    with open_store(path, clock=clock) as opened:
        yield opened
