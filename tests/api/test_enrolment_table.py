"""Every enrolment flow of the table, through the real driver, against the sandbox over HTTP.

The codes are read where the sandbox "sends" them (/sandbox/messages); time is
moved with its clock; a dropped network is one of its faults.
"""

from __future__ import annotations

import time

import pytest

from kiosk.api import LoyaltyClient, SandboxControl
from kiosk.api.marta import Path
from tests.unit.enrolment_table import SCENARIOS, play

# Where each call the table may cut off goes (the sandbox's faults match a path prefix).
_PATHS = {
    "check": Path.CHECKCARD,
    "send": Path.VERIFYEMAIL,
    "verify": Path.REGISTER_WITH_CODE,
    "login": Path.AUTH,
    "save": Path.CUSTOMER,
}


class SandboxBackend:
    def __init__(self, client: LoyaltyClient, control: SandboxControl) -> None:
        self.client = client
        self.control = control
        self._offset = 0.0

    def now(self) -> float:
        return time.time() + self._offset

    def advance(self, seconds: float) -> None:
        self.control.advance_clock(seconds)
        self._offset += seconds

    def code(self, address: str) -> str:
        return self.control.latest_code(address.replace(" ", ""))

    def fail_next(self, call: str) -> None:
        # A 503 for the next such call: the server is in trouble, the call was not applied.
        self.control.set_faults(status=503, count=1, path=_PATHS[call])

    def pin_works(self, card: str, pin: str) -> bool:
        return self.client.verify_pin(card, pin).valid


@pytest.fixture
def backend(client: LoyaltyClient, control: SandboxControl) -> SandboxBackend:
    return SandboxBackend(client, control)


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_flow(name: str, backend: SandboxBackend) -> None:
    play(backend, SCENARIOS[name])
