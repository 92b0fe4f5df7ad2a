"""Tokens against the real sandbox: lazy sign-in, renewal before expiry, one repeat after 401/11, re-login; headers."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import pathlib
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from kiosk.cli_text import say
from kiosk.api import ApiError, Login, LoyaltyClient, Problem, SandboxControl, SessionExpired, TerminalLogin
from kiosk.api.marta import (
    ACCESS_TOKEN_SECONDS,
    API_KEY_HEADER,
    IDEMPOTENCY_HEADER,
    REFRESH_TOKEN_SECONDS,
    AnswerCode,
    Path,
)
from kiosk.domain.identifiers import with_check_digit
from kiosk.sandbox import SandboxConfig, seed_demo, start_in_thread

GIULIA = with_check_digit("200000000001")
GIULIA_USER, GIULIA_PASSWORD = "giulia.rossi@example.com", "demo-customer-pw"
NOW = dt.datetime(2026, 11, 22, 10, 42, tzinfo=dt.timezone.utc)


class FakeClock:
    """The client's clock, moved by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclasses.dataclass(frozen=True)
class Sent:
    method: str
    path: str
    status: int
    headers: httpx.Headers
    body: Any


class Wiretap:
    """Every request the client made and the status it got, seen by httpx event hooks."""

    def __init__(self) -> None:
        self.sent: list[Sent] = []

    def hooks(self) -> dict[str, list[Any]]:
        return {"response": [self._record]}

    def _record(self, response: httpx.Response) -> None:
        request = response.request
        body = json.loads(request.content) if request.content else None
        self.sent.append(Sent(request.method, request.url.path, response.status_code, request.headers, body))

    def calls(self) -> list[tuple[str, int]]:
        return [(s.path, s.status) for s in self.sent]

    def clear(self) -> None:
        self.sent.clear()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def tap() -> Wiretap:
    return Wiretap()



def _client(url: str, demo: dict[str, Any], clock: FakeClock, tap: Wiretap) -> LoyaltyClient:
    return LoyaltyClient(
        url,
        api_key=demo["apikey"],
        campaign_id=demo["campaignid"],
        terminal=TerminalLogin(**demo["terminal"]),
        synchro=Login(**demo["customersynchro"]),
        clock=clock,
        event_hooks=tap.hooks(),
    )


@pytest.fixture
def client(sandbox: Any, clock: FakeClock, tap: Wiretap) -> Iterator[LoyaltyClient]:
    with _client(sandbox.url, sandbox.demo, clock, tap) as client:
        yield client


def _op() -> str:
    return str(uuid.uuid4())


def test_signing_in_waits_for_the_first_call_and_happens_once(
    sandbox: Any, client: LoyaltyClient, tap: Wiretap
) -> None:
    assert tap.sent == []
    client.campaign()
    client.card(card=GIULIA)
    assert tap.calls() == [(Path.AUTH, 200), ("/terminal/campaign/1001", 200), (Path.CARD, 200)]
    auth = tap.sent[0].body
    terminal = sandbox.demo["terminal"]
    assert (auth["scope"], auth["serialnumber"], auth["username"]) == ("terminal", terminal["serialnumber"], terminal["username"])


def test_each_scope_keeps_its_own_token(client: LoyaltyClient, tap: Wiretap) -> None:
    client.campaign()
    client.check_card(card=GIULIA)
    client.card(card=GIULIA)
    assert [s.body["scope"] for s in tap.sent if s.path == Path.AUTH] == ["terminal", "customersynchro"]
    terminal, synchro = (s.headers["authorization"] for s in tap.sent if s.path in ("/terminal/campaign/1001", Path.CHECKCARD))
    assert terminal != synchro
    assert tap.sent[-1].headers["authorization"] == terminal


def test_the_token_is_renewed_before_it_expires(client: LoyaltyClient, clock: FakeClock, tap: Wiretap) -> None:
    client.campaign()
    clock.now += ACCESS_TOKEN_SECONDS - 61
    client.card(card=GIULIA)
    assert Path.REFRESH not in [path for path, _ in tap.calls()]
    clock.now += 2
    tap.clear()
    client.card(card=GIULIA)
    assert tap.calls() == [(Path.REFRESH, 200), (Path.CARD, 200)]


def test_a_short_lived_token_is_renewed_at_a_tenth_of_its_life(tmp_path: pathlib.Path, clock: FakeClock, tap: Wiretap) -> None:
    demo = seed_demo(tmp_path)
    config = SandboxConfig(data_dir=tmp_path, access_ttl=100)
    with start_in_thread(config) as server, _client(server.url, demo, clock, tap) as client:
        client.campaign()
        clock.now += 89
        client.campaign()
        assert Path.REFRESH not in [path for path, _ in tap.calls()]
        clock.now += 2
        client.campaign()
        assert [path for path, _ in tap.calls()][-2:] == [Path.REFRESH, "/terminal/campaign/1001"]


def test_an_expired_token_is_renewed_and_the_call_repeated_once(
    client: LoyaltyClient, control: SandboxControl, tap: Wiretap
) -> None:
    client.campaign()
    control.advance_clock(ACCESS_TOKEN_SECONDS + 1)
    tap.clear()
    assert client.card(card=GIULIA).points == 1250
    assert tap.calls() == [(Path.CARD, 401), (Path.REFRESH, 200), (Path.CARD, 200)]


def test_a_write_refused_for_an_expired_token_is_repeated_once_and_applied_once(
    client: LoyaltyClient, control: SandboxControl, tap: Wiretap
) -> None:
    client.campaign()
    control.advance_clock(ACCESS_TOKEN_SECONDS + 1)
    tap.clear()
    op = _op()
    result = client.purchase(GIULIA, amount=1000, receipt="R-1", operationid=op, when=NOW)
    assert tap.calls() == [(Path.PURCHASE, 401), (Path.REFRESH, 200), (Path.PURCHASE, 200)]
    assert not result.replayed and result.balance.points == 1260
    assert {s.headers[IDEMPOTENCY_HEADER] for s in tap.sent if s.path == Path.PURCHASE} == {op}


def test_an_expired_refresh_token_means_a_new_sign_in(client: LoyaltyClient, control: SandboxControl, tap: Wiretap) -> None:
    client.campaign()
    control.advance_clock(REFRESH_TOKEN_SECONDS + 1)
    tap.clear()
    client.card(card=GIULIA)
    assert tap.calls() == [(Path.CARD, 401), (Path.REFRESH, 401), (Path.AUTH, 200), (Path.CARD, 200)]


def test_a_refresh_token_old_by_the_terminal_clock_is_not_even_tried(
    client: LoyaltyClient, clock: FakeClock, tap: Wiretap
) -> None:
    client.campaign()
    clock.now += REFRESH_TOKEN_SECONDS + 1
    tap.clear()
    client.card(card=GIULIA)
    assert tap.calls() == [(Path.AUTH, 200), (Path.CARD, 200)]


def test_a_short_lived_refresh_token_is_replaced_by_a_new_sign_in(tmp_path: pathlib.Path, clock: FakeClock, tap: Wiretap) -> None:
    demo = seed_demo(tmp_path)
    config = SandboxConfig(data_dir=tmp_path, access_ttl=60, refresh_ttl=120, dev=True)
    with start_in_thread(config) as server, _client(server.url, demo, clock, tap) as client, SandboxControl(
        server.url, server.controlkey
    ) as control:
        client.campaign()
        control.advance_clock(121)
        tap.clear()
        client.campaign()
        assert [path for path, _ in tap.calls()] == ["/terminal/campaign/1001", Path.REFRESH, Path.AUTH, "/terminal/campaign/1001"]


def test_every_request_carries_the_api_key_and_every_money_write_its_idempotency_key(
    sandbox: Any, client: LoyaltyClient, control: SandboxControl, tap: Wiretap
) -> None:
    client.campaign()
    client.evaluate(GIULIA, 1000)
    purchase = client.purchase(GIULIA, amount=1000, receipt="R-2", operationid=_op(), when=NOW)
    client.burn_points(GIULIA, points=100, pincode="1234", operationid=_op())
    client.burn_credit(GIULIA, credit=100, pincode="1234", operationid=_op())
    client.load_credit(GIULIA, credit=100, operationid=_op())
    reverse_op = _op()
    client.reverse(purchase.movementid, operationid=reverse_op)
    client.verify_pin(GIULIA, "1234")
    control.advance_clock(ACCESS_TOKEN_SECONDS + 1)
    client.check_card(card=GIULIA)
    client.card(card=GIULIA)
    assert {path for path, _ in tap.calls()} >= {Path.AUTH, Path.REFRESH}
    assert all(s.headers[API_KEY_HEADER] == sandbox.demo["apikey"] for s in tap.sent)
    writes = [s for s in tap.sent if s.method in ("POST", "DELETE") and s.path.startswith("/terminal/movement/")]
    with_key = {s.path: s.headers.get(IDEMPOTENCY_HEADER) for s in writes}
    for path in (Path.PURCHASE, Path.BURNPOINTS, Path.BURNCREDIT, Path.LOADCREDIT):
        sent = next(s for s in writes if s.path == path)
        assert sent.headers[IDEMPOTENCY_HEADER] == sent.body["operationid"]
    assert with_key[f"/terminal/movement/{purchase.movementid}"] == reverse_op
    assert IDEMPOTENCY_HEADER not in next(s for s in writes if s.path == Path.EVALUATE).headers
    assert all(IDEMPOTENCY_HEADER not in s.headers for s in tap.sent if not s.path.startswith("/terminal/movement/"))
    assert "authorization" not in next(s for s in tap.sent if s.path == Path.AUTH).headers


def test_the_log_has_one_line_per_call_and_no_secret(
    sandbox: Any, client: LoyaltyClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="kiosk.net")
    client.burn_points(GIULIA, points=100, pincode="1234", operationid=_op())
    lines = [r.getMessage() for r in caplog.records if r.name == "kiosk.net"]
    assert len(lines) == 2
    assert lines[0].startswith("POST /auth -> 200 in ") and lines[1].startswith("POST /terminal/movement/burnpoints -> 200 in ")
    assert all(line.endswith(" ms") for line in lines)
    for secret in ("1234", sandbox.demo["terminal"]["password"], sandbox.demo["apikey"], GIULIA):
        assert secret not in "\n".join(lines)


def test_a_customer_session_signs_in_again_with_its_password(
    client: LoyaltyClient, control: SandboxControl, tap: Wiretap
) -> None:
    session = client.customer_login(username=GIULIA_USER, password=GIULIA_PASSWORD)
    assert session.customer.card == GIULIA
    control.advance_clock(ACCESS_TOKEN_SECONDS + 1)
    tap.clear()
    assert session.profile().name == "Giulia"
    assert tap.calls() == [(Path.CUSTOMER, 401), (Path.REFRESH, 200), (Path.CUSTOMER, 200)]
    control.advance_clock(REFRESH_TOKEN_SECONDS + 1)
    tap.clear()
    assert session.profile().surname == "Rossi"
    assert [path for path, _ in tap.calls()] == [Path.CUSTOMER, Path.REFRESH, Path.AUTH, Path.CUSTOMER]


def test_a_card_and_pin_session_renews_but_never_signs_in_again(
    client: LoyaltyClient, control: SandboxControl, tap: Wiretap
) -> None:
    session = client.customer_login_with_pin(card=GIULIA, pincode="1234")
    pin_sign_in = next(s for s in tap.sent if s.path == Path.AUTH and s.body["scope"] == "customer")
    assert pin_sign_in.headers["authorization"].startswith("Bearer ")
    control.advance_clock(ACCESS_TOKEN_SECONDS + 1)
    assert session.profile().card == GIULIA
    control.advance_clock(REFRESH_TOKEN_SECONDS + 1)
    tap.clear()
    with pytest.raises(SessionExpired) as expired:
        session.profile()
    assert expired.value.problem is Problem.CUSTOMER_SESSION_EXPIRED
    assert "ask the customer to sign in again" in say(expired.value)
    assert Path.AUTH not in [path for path, _ in tap.calls()]
    assert all(s.body is None or "pincode" not in s.body for s in tap.sent)


def test_a_card_and_pin_sign_in_follows_the_pin_rules(client: LoyaltyClient) -> None:
    with pytest.raises(ApiError) as wrong:
        client.customer_login_with_pin(card=GIULIA, pincode="0000")
    assert (wrong.value.answer_code, wrong.value.attempts_left) == (AnswerCode.WRONG_PIN, 4)
    assert "0000" not in say(wrong.value)
