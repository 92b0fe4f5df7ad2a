"""Every enrolment flow of the table, through the real driver, on an in-memory fake of the server."""

from __future__ import annotations

import pytest

from tests.unit.enrolment_table import SCENARIOS, Move, play
from tests.unit.fake_onboarding import FakeLoyalty


class FakeBackend:
    def __init__(self) -> None:
        self.client = FakeLoyalty()

    def now(self) -> float:
        return self.client.now

    def advance(self, seconds: float) -> None:
        self.client.now += seconds

    def code(self, address: str) -> str:
        return self.client.latest_code(address)

    def fail_next(self, call: str) -> None:
        self.client.down.add(call)

    def pin_works(self, card: str, pin: str) -> bool:
        return self.client.pin_of(card) == pin

    def sent_to(self, address: str) -> int:
        return self.client.sent_to(address)


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_flow(name: str) -> None:
    moves: list[Move] = SCENARIOS[name]
    play(FakeBackend(), moves)
