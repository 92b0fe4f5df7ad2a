"""Every enrolment flow of the table, through the real driver, against the sandbox over HTTP.

The codes are read where the sandbox "sends" them (/sandbox/messages); time is
moved with its clock; a dropped network is one of its faults.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from kiosk.api import ApiError, LoyaltyClient, Problem, SandboxControl
from kiosk.cli_text import say
from kiosk.api.marta import Path
from kiosk.core.onboarding import Enrolment
from kiosk.domain import onboarding as ob
from kiosk.domain.identifiers import Lookup, LookupKind
from kiosk.sandbox import SandboxConfig, start_in_thread
from tests.helpers import SandboxClock, terminal_client
from tests.unit.enrolment_table import PASSWORD, SCENARIOS, fresh_email, play

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
        self._clock = SandboxClock(control)

    def now(self) -> float:
        return self._clock()

    def advance(self, seconds: float) -> None:
        self._clock.advance(seconds)

    def code(self, address: str) -> str:
        return self.control.latest_code(address.replace(" ", ""))

    def fail_next(self, call: str) -> None:
        # A 503 for the next such call: the server is in trouble, the call was not applied.
        self.control.set_faults(status=503, count=1, path=_PATHS[call])

    def pin_works(self, card: str, pin: str) -> bool:
        try:
            return self.client.verify_pin(card, pin).valid
        except ApiError:  # a wrong or locked PIN
            return False

    def sent_to(self, address: str) -> int:
        return len(self.control.messages(address.replace(" ", "")))


@pytest.fixture
def backend(client: LoyaltyClient, control: SandboxControl) -> SandboxBackend:
    return SandboxBackend(client, control)


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_flow(name: str, backend: SandboxBackend) -> None:
    play(backend, SCENARIOS[name])


@pytest.fixture
def quick_codes(sandbox_data: Any) -> Iterator[tuple[LoyaltyClient, SandboxControl]]:
    """A sandbox whose codes live two seconds and may be sent again after one."""
    data, demo = sandbox_data
    with start_in_thread(SandboxConfig(data_dir=data, code_ttl=2, code_resend=1, dev=True)) as running:
        with terminal_client(running.url, demo) as client, SandboxControl(running.url, running.controlkey) as control:
            yield client, control


def test_a_code_past_the_servers_short_expiry_is_refused_and_a_new_one_works(quick_codes: Any) -> None:
    client, control = quick_codes
    address = fresh_email()
    enrolment = Enrolment(client)
    enrolment.handle(ob.Identify(Lookup(LookupKind.EMAIL, address)))
    at_code = enrolment.handle(ob.ChooseCredentials(address, PASSWORD, PASSWORD))
    assert at_code.step is ob.Step.CODE and at_code.code_expires_at is not None
    assert at_code.code_expires_at - time.time() <= 2  # the server's expiresin, not a constant
    code = control.latest_code(address)
    control.advance_clock(3)  # past the code's two seconds, and past the one before another may be sent
    later = at_code.code_expires_at + 1  # the terminal's clock, as far on

    # The server itself refuses it, whatever the terminal's clock says ...
    assert at_code.address is not None
    refused = enrolment.perform(ob.Verify(ob.Flow.NEW_USER, at_code.address, address, PASSWORD, code))
    assert refused == ob.Failed(ob.Problem.CODE_EXPIRED, refused.notice, "verificationcode")
    assert refused.notice is not None and refused.notice.what is Problem.CODE_EXPIRED
    # ... and the wizard's machine says so before asking, then a new code goes through.
    expired = enrolment.handle(ob.EnterCode(code, now=later))
    assert expired.step is ob.Step.CODE and "expired" in say(expired.message)
    again = enrolment.handle(ob.Resend(now=later))
    assert again.step is ob.Step.CODE and "code was sent" in say(again.message)
    done = enrolment.handle(ob.EnterCode(control.latest_code(address), now=time.time()))  # fresh on both clocks
    assert done.step is ob.Step.DATA
