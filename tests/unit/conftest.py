"""Fixtures for the unit tests: a settable clock, a real SQLite file in a temporary folder, a campaign's rules."""

from __future__ import annotations

import pytest

from kiosk.api import Campaign, OfflinePolicy
from kiosk.api.contacthash import ContactHash
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


@pytest.fixture
def campaign() -> Campaign:
    """The demo campaign's rules: a point is worth 2 cents, 100 points at least, nothing redeemed offline."""
    return Campaign(
        campaignid=1001, name="Demo", currency="EUR", pointsperunit=1.0, pointvalue=2, minredeempoints=100,
        pincodelength=4, cardformat="EAN13",  # type: ignore[arg-type]
        categories=(), offlinepolicy=OfflinePolicy(earn=True, redeem=False, redeemmaxpoints=0, redeemwindowhours=24),
        contacthash=ContactHash(salt="salt", n=32768, r=8, p=1),
    )
