"""Every call of the client tells how it went (`heard`), and what that says of the link, against the real sandbox.

The bar and the kiosk's staff menu show the link as the calls meet it: a look-up, a customer's history, a
sign-in, the outbox's. Told here: an answer (None), a server in trouble, a server off; not told: a token the
client renews on its own, which would make the bar flicker at every renewal.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from kiosk.api import (
    ApiError,
    LoyaltyClient,
    LoyaltyError,
    NetworkError,
    Problem,
    SandboxControl,
    TerminalLogin,
)
from kiosk.api.marta import ACCESS_TOKEN_SECONDS, REFRESH_TOKEN_SECONDS, Path
from kiosk.domain.identifiers import with_check_digit
from kiosk.sync.connectivity import ConnectivityState
from kiosk.sync.triage import link_of

GIULIA = with_check_digit("200000000001")
GIULIA_USER = "giulia.rossi@example.com"


class Heard:
    """What the client told, in order; and the paths and statuses httpx saw, to compare."""

    def __init__(self) -> None:
        self.told: list[LoyaltyError | None] = []
        self.calls: list[tuple[str, int]] = []

    def __call__(self, error: LoyaltyError | None) -> None:
        self.told.append(error)

    def record(self, response: httpx.Response) -> None:
        self.calls.append((response.request.url.path, response.status_code))

    def links(self) -> list[ConnectivityState]:
        return [ConnectivityState.ONLINE if e is None else link_of(e) for e in self.told]

    def clear(self) -> None:
        self.told.clear()
        self.calls.clear()


def made(url: str, demo: dict[str, Any], heard: Heard, **terminal: str) -> LoyaltyClient:
    login = TerminalLogin(**{**demo["terminal"], **terminal})
    return LoyaltyClient(
        url, api_key=demo["apikey"], campaign_id=demo["campaignid"], terminal=login, connect_timeout=2.0,
        clock=lambda: 1000.0,  # the till's clock stands still: only the server sees a token grow old
        event_hooks={"response": [heard.record]}, heard=heard,
    )


@pytest.fixture
def heard() -> Heard:
    return Heard()


@pytest.fixture
def client(sandbox: Any, heard: Heard) -> Iterator[LoyaltyClient]:
    with made(sandbox.url, sandbox.demo, heard) as client:
        yield client


def test_each_answered_call_is_told_as_an_answer(client: LoyaltyClient, heard: Heard) -> None:
    client.campaign()
    assert heard.calls == [(Path.AUTH, 200), ("/terminal/campaign/1001", 200)]
    assert heard.told == [None, None]


def test_a_refusal_the_server_meant_is_told_and_says_the_link_is_fine(client: LoyaltyClient, heard: Heard) -> None:
    client.campaign()
    heard.clear()
    with pytest.raises(ApiError) as refused:
        client.card(card=with_check_digit("299999999999"))
    assert heard.told == [refused.value] and refused.value.problem is Problem.CARD_UNKNOWN
    assert heard.links() == [ConnectivityState.ONLINE]


def test_a_server_in_trouble_is_told_as_trouble(
    client: LoyaltyClient, heard: Heard, control: SandboxControl
) -> None:
    client.campaign()
    heard.clear()
    control.set_faults(status=503, count=1)
    with pytest.raises(ApiError) as refused:
        client.card(card=GIULIA)
    assert heard.told == [refused.value]
    assert heard.links() == [ConnectivityState.DEGRADED]


def test_a_server_that_is_off_is_told_as_offline(sandbox: Any, dead_url: str, heard: Heard) -> None:
    with made(dead_url, sandbox.demo, heard) as client, pytest.raises(NetworkError):
        client.campaign()
    # The sign-in met the closed port; the call itself never left (the client says so), nothing more is told.
    assert len(heard.told) == 1 and isinstance(heard.told[0], NetworkError)
    assert heard.links() == [ConnectivityState.OFFLINE]


def test_a_customer_s_wrong_password_is_an_answer_not_a_link_in_trouble(client: LoyaltyClient, heard: Heard) -> None:
    with pytest.raises(ApiError) as refused:
        client.customer_login(username=GIULIA_USER, password="not-her-password")
    assert refused.value.problem is Problem.CUSTOMER_SIGN_IN
    assert heard.told == [refused.value] and heard.links() == [ConnectivityState.ONLINE]


def test_the_terminal_s_sign_in_refused_is_the_link_in_trouble(sandbox: Any, heard: Heard) -> None:
    with made(sandbox.url, sandbox.demo, heard, password="not-the-terminal-s") as client, \
            pytest.raises(ApiError) as refused:
        client.campaign()
    assert refused.value.problem is Problem.TERMINAL_SIGN_IN
    assert heard.calls == [(Path.AUTH, 401)] and heard.links() == [ConnectivityState.DEGRADED]


def test_a_token_renewed_on_the_way_tells_no_trouble(
    client: LoyaltyClient, heard: Heard, control: SandboxControl
) -> None:
    client.campaign()
    control.advance_clock(ACCESS_TOKEN_SECONDS + 1)
    heard.clear()
    assert client.card(card=GIULIA).card == GIULIA
    assert heard.calls == [(Path.CARD, 401), (Path.REFRESH, 200), (Path.CARD, 200)]
    assert heard.told == [None, None]  # the renewal and the repeated call: the refused one is not a word

    control.advance_clock(REFRESH_TOKEN_SECONDS + 1)
    heard.clear()
    client.card(card=GIULIA)
    assert heard.calls == [(Path.CARD, 401), (Path.REFRESH, 401), (Path.AUTH, 200), (Path.CARD, 200)]
    assert heard.told == [None, None]


def test_a_listener_that_fails_never_fails_the_call(sandbox: Any, caplog: pytest.LogCaptureFixture) -> None:
    def broken(_error: LoyaltyError | None) -> None:
        raise RuntimeError("a bug in whoever listens")

    demo = sandbox.demo
    with LoyaltyClient(sandbox.url, api_key=demo["apikey"], campaign_id=demo["campaignid"],
                       terminal=TerminalLogin(**demo["terminal"]), heard=broken) as client:
        assert client.card(card=GIULIA).card == GIULIA
    assert "a listener of the calls failed" in caplog.text
