"""Limits against guessing on the real sandbox: 429/13 with Retry-After for failed logins, wrong PINs and vain look-ups.

Calls come from several loopback addresses (127.0.0.x) so a limit per account
can be told apart from a limit per client; time moves on the sandbox's clock.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Iterator
from pathlib import Path as FilePath
from typing import Any

import httpx
import pytest

from kiosk.cli_text import say
from kiosk.api import ApiError, Login, LoyaltyClient, Problem, SandboxControl, TerminalLogin
from kiosk.store import NewOperation, OperationState, Store
from kiosk.sync import Backoff, ConnectivityState, SyncWorker
from kiosk.api.marta import (
    API_KEY_HEADER,
    LOGIN_FAILS_MAX,
    LOGIN_FIRST_WAIT_SECONDS,
    LOOKUP_MISSES_MAX,
    LOOKUP_MISSES_WINDOW_SECONDS,
    PIN_MAX_WRONG_TRIES,
    RETRY_AFTER_HEADER,
    TERMINAL_WRONG_PINS_MAX,
    TERMINAL_WRONG_PINS_WINDOW_SECONDS,
    AnswerCode,
    Path,
)

GIULIA = "2000000000015"  # PIN 1234, registered as giulia.rossi@example.com
LUCA = "2000000000053"  # PIN 4321


def _address(n: int) -> str:
    return f"127.0.0.{n}"


@contextlib.contextmanager
def _http(sandbox: Any, source: int = 1) -> Iterator[httpx.Client]:
    """A plain client calling from the loopback address 127.0.0.`source`."""
    transport = httpx.HTTPTransport(local_address=_address(source))
    headers = {API_KEY_HEADER: sandbox.demo["apikey"]}
    with httpx.Client(base_url=sandbox.url, transport=transport, headers=headers) as http:
        yield http


def _login(
    http: httpx.Client, demo: dict[str, Any], scope: str, token: str | None = None, **account: Any
) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    body = {"campaignid": demo["campaignid"], "devicetype": 1, "scope": scope, **account}
    return http.post(Path.AUTH, json=body, headers=headers)


def _terminal(http: httpx.Client, demo: dict[str, Any], **override: Any) -> httpx.Response:
    return _login(http, demo, "terminal", **{**demo["terminal"], **override})


def _about(wait: int, expected: float) -> bool:
    """A Retry-After counted down from `expected` by the seconds the calls in between took (the clock runs)."""
    return expected - 5 < wait <= expected


def _held(answer: httpx.Response) -> int:
    """The wait of a 429/13, after checking it is one."""
    assert (answer.status_code, answer.json()["AnswerCode"]) == (429, AnswerCode.TOO_MANY_TRIES), answer.text
    return int(answer.headers[RETRY_AFTER_HEADER])


def _bearer(http: httpx.Client, demo: dict[str, Any], account: str = "terminal") -> dict[str, str]:
    scope = "customersynchro" if account == "customersynchro" else "terminal"
    answer = _login(http, demo, scope, **demo[account])
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def _client(sandbox: Any, source: int, **terminal: Any) -> LoyaltyClient:
    demo = sandbox.demo
    login = TerminalLogin(**{**demo["terminal"], **terminal})
    return LoyaltyClient(
        sandbox.url, api_key=demo["apikey"], campaign_id=demo["campaignid"], terminal=login,
        synchro=Login(**demo["customersynchro"]), transport=httpx.HTTPTransport(local_address=_address(source)),
    )


# -- failed logins -------------------------------------------------------------------------------


def test_failed_logins_for_one_user_name_are_held_back_from_any_client(sandbox: Any) -> None:
    demo = sandbox.demo
    for source in range(2, 2 + LOGIN_FAILS_MAX):
        with _http(sandbox, source) as http:
            assert _terminal(http, demo, password="guess").status_code == 401
    with _http(sandbox, 20) as fresh_client:
        # Even the right password waits: the throttle answers before anything is checked.
        assert _about(_held(_terminal(fresh_client, demo)), LOGIN_FIRST_WAIT_SECONDS)
        # Another user from that client is not held back.
        assert _login(fresh_client, demo, "terminal", **demo["terminal2"]).status_code == 200


def test_failed_logins_from_one_client_are_held_back_whatever_the_user_name(sandbox: Any) -> None:
    demo = sandbox.demo
    with _http(sandbox, 2) as guesser:
        for n in range(LOGIN_FAILS_MAX):
            assert _terminal(guesser, demo, username=f"made-up-{n}").status_code == 401
        _held(_terminal(guesser, demo))
        _held(_login(guesser, demo, "customer", username="giulia.rossi@example.com", password="demo-customer-pw"))
    with _http(sandbox, 3) as elsewhere:
        assert _terminal(elsewhere, demo).status_code == 200


def test_the_waits_double_and_the_right_password_passes_after_them(sandbox: Any, control: SandboxControl) -> None:
    demo = sandbox.demo
    with _http(sandbox, 2) as http:
        for _ in range(LOGIN_FAILS_MAX):
            _terminal(http, demo, password="guess")
        waits = [_held(_terminal(http, demo))]
        for _ in range(3):
            control.advance_clock(waits[-1])
            assert _terminal(http, demo, password="guess").status_code == 401
            waits.append(_held(_terminal(http, demo)))
        assert all(_about(wait, LOGIN_FIRST_WAIT_SECONDS * 2**n) for n, wait in enumerate(waits)), waits
        control.advance_clock(waits[-1])
        assert _terminal(http, demo).status_code == 200


def test_card_logins_are_held_back_per_card_beyond_the_pin_lock(sandbox: Any) -> None:
    # Four wrong PINs, the customer's own right one (which clears the lock count), one more wrong:
    # the PIN is not locked, but five guesses on this card in the window are enough.
    demo = sandbox.demo
    with _http(sandbox, 1) as kiosk:
        token = _bearer(kiosk, demo)["Authorization"].removeprefix("Bearer ")
    tries = ["0000"] * (PIN_MAX_WRONG_TRIES - 1) + ["1234", "0000"]
    codes = []
    for source, pincode in enumerate(tries, start=2):
        with _http(sandbox, source) as http:
            codes.append(_login(http, demo, "customer", token, card=GIULIA, pincode=pincode).status_code)
    assert codes == [403] * (PIN_MAX_WRONG_TRIES - 1) + [200, 403]
    with _http(sandbox, 30) as http:
        _held(_login(http, demo, "customer", token, card=GIULIA, pincode="1234"))
        assert _login(http, demo, "customer", token, card=LUCA, pincode="4321").status_code == 200


def test_a_locked_pin_still_says_locked_on_the_counter(sandbox: Any) -> None:
    # The per-card lock-out is as it was: five wrong tries lock it, 423/41 at the counter.
    demo = sandbox.demo
    with _http(sandbox, 1) as http:
        headers = _bearer(http, demo)
        codes = [http.post(Path.PIN_VERIFY, json={"card": LUCA, "pincode": "0000"}, headers=headers).status_code
                 for _ in range(PIN_MAX_WRONG_TRIES + 1)]
    assert codes == [403] * (PIN_MAX_WRONG_TRIES - 1) + [423, 423]


# -- wrong PINs from one terminal -----------------------------------------------------------------


def test_wrong_pins_from_one_terminal_are_held_back_whatever_the_card(sandbox: Any, control: SandboxControl) -> None:
    demo = sandbox.demo
    with _http(sandbox, 1) as http:
        thief, other_till = _bearer(http, demo), _bearer(http, demo, "terminal2")
        wrong = 0
        while wrong < TERMINAL_WRONG_PINS_MAX:
            # Never five in a row on one card, so no card locks: only the terminal's count grows.
            for _ in range(PIN_MAX_WRONG_TRIES - 1):
                answer = http.post(Path.PIN_VERIFY, json={"card": GIULIA, "pincode": "0000"}, headers=thief)
                assert answer.status_code == 403
                wrong += 1
            http.post(Path.PIN_VERIFY, json={"card": GIULIA, "pincode": "1234"}, headers=other_till)
        wait = _held(http.post(Path.PIN_VERIFY, json={"card": LUCA, "pincode": "4321"}, headers=thief))
        assert 0 < wait <= TERMINAL_WRONG_PINS_WINDOW_SECONDS
        burn = {"operationid": "held-1", "card": GIULIA, "points": 100, "pincode": "1234"}
        _held(http.post(Path.BURNPOINTS, json=burn, headers={**thief, "Idempotency-Key": "held-1"}))
        # The other till, and the thief's calls without a PIN, go on; no customer's PIN was locked.
        assert http.post(Path.PIN_VERIFY, json={"card": LUCA, "pincode": "4321"}, headers=other_till).status_code == 200
        looked = http.get(Path.CARD, params={"card": GIULIA}, headers=thief)
        assert looked.json()["pinlocked"] is False, looked.text
        control.advance_clock(wait)
        assert http.post(Path.PIN_VERIFY, json={"card": LUCA, "pincode": "4321"}, headers=thief).status_code == 200
        # The burn held back was never applied, so its key is free.
        assert http.post(Path.BURNPOINTS, json=burn, headers={**thief, "Idempotency-Key": "held-1"}).status_code == 200


# -- look-ups that find nothing --------------------------------------------------------------------


def test_lookups_by_address_that_find_nothing_are_held_back_per_terminal(
    sandbox: Any, control: SandboxControl
) -> None:
    demo = sandbox.demo
    with _http(sandbox, 1) as http:
        till = _bearer(http, demo)
    for n in range(LOOKUP_MISSES_MAX):
        with _http(sandbox, 2 + n % 5) as http:
            missed = http.get(Path.CARD, params={"email": f"nobody{n}@example.com"}, headers=till)
            assert missed.status_code == 404
    with _http(sandbox, 10) as http:
        wait = _held(http.get(Path.CARD, params={"mobile": "+393330000000"}, headers=till))
        assert 0 < wait <= LOOKUP_MISSES_WINDOW_SECONDS
        # Found or not, a look-up by e-mail waits too; by card number it never does.
        _held(http.get(Path.CARD, params={"email": "giulia.rossi@example.com"}, headers=till))
        assert http.get(Path.CARD, params={"card": GIULIA}, headers=till).status_code == 200
        assert http.get(Path.CARD, params={"card": "2000000000992"}, headers=till).status_code == 404
        other_till = _bearer(http, demo, "terminal2")
        assert http.get(Path.CARD, params={"email": "giulia.rossi@example.com"}, headers=other_till).status_code == 200
        control.advance_clock(wait)
        assert http.get(Path.CARD, params={"email": "giulia.rossi@example.com"}, headers=till).status_code == 200


def test_checkcard_misses_are_held_back_per_client(sandbox: Any) -> None:
    demo = sandbox.demo
    with _http(sandbox, 2) as http:
        synchro = _bearer(http, demo, "customersynchro")
        for n in range(LOOKUP_MISSES_MAX):
            assert http.get(Path.CHECKCARD, params={"email": f"new{n}@example.com"}, headers=synchro).status_code == 402
        _held(http.get(Path.CHECKCARD, params={"card": GIULIA}, headers=synchro))
        # The same client's terminal is held back in its address look-ups too.
        _held(http.get(Path.CARD, params={"email": "giulia.rossi@example.com"}, headers=_bearer(http, demo)))


# -- the client's words ---------------------------------------------------------------------------------


def test_the_client_says_how_long_to_wait(sandbox: Any) -> None:
    with _client(sandbox, 2) as client:
        for n in range(LOOKUP_MISSES_MAX):
            with pytest.raises(ApiError):
                client.card(email=f"nobody{n}@example.com")
        with pytest.raises(ApiError) as held:
            client.card(email="giulia.rossi@example.com")
    error = held.value
    assert (error.status, error.answer_code, error.problem) == (429, AnswerCode.TOO_MANY_TRIES, Problem.TOO_MANY_TRIES)
    assert error.retry_after is not None and 0 < error.retry_after <= LOOKUP_MISSES_WINDOW_SECONDS
    assert say(error) == f"Too many tries; wait {error.retry_after} s."


def test_the_sync_worker_waits_as_told_like_any_429(store: Store, store_path: FilePath, sandbox: Any) -> None:
    # A till left with a wrong terminal password: its sign-in is refused, then held back.
    body = {"card": GIULIA, "amount": 1000, "receipt": "R-1", "datetime": "2026-11-22T10:42:00Z"}
    op = store.enqueue(NewOperation(type="purchase", card=GIULIA, body=body, points_delta=10))
    # No jitter or backoff of our own worth the name: whatever wait there is comes from the server.
    backoff = Backoff(base=0.000001, cap=LOGIN_FIRST_WAIT_SECONDS * 10)
    with _client(sandbox, 2, password="changed-on-the-server") as client:
        worker = SyncWorker(store_path, client, backoff=backoff)
        for _ in range(LOGIN_FAILS_MAX):
            assert worker.drain_once(include_waiting=True).left == 1
        before = time.time()
        assert worker.drain_once(include_waiting=True).left == 1
    waiting = store.operation(op.operationid)
    assert (waiting.state, waiting.attempts) == (OperationState.PENDING, LOGIN_FAILS_MAX + 1)
    told = re.fullmatch(r"Too many tries; wait (\d+) s\.", say(waiting.last_error))
    assert told is not None and _about(int(told.group(1)), LOGIN_FIRST_WAIT_SECONDS), waiting.last_error
    assert waiting.next_attempt_at >= before + int(told.group(1)) - 1
    assert worker.connectivity.state is ConnectivityState.DEGRADED
    # Not due yet: a pass now leaves it alone, and the server counts no more failed sign-ins.
    with _client(sandbox, 2, password="changed-on-the-server") as client:
        assert SyncWorker(store_path, client, backoff=backoff).drain_once().left == 1
    assert store.operation(op.operationid).attempts == LOGIN_FAILS_MAX + 1


def test_the_published_schema_documents_429_where_it_can_happen(sandbox: Any) -> None:
    schema = httpx.get(f"{sandbox.url}/openapi.json").json()
    for path, method in ((Path.AUTH, "post"), (Path.CARD, "get"), (Path.CHECKCARD, "get"), (Path.PIN_VERIFY, "post"),
                         (Path.BURNPOINTS, "post"), (Path.BURNCREDIT, "post")):
        assert "AnswerCode 13" in schema["paths"][path][method]["responses"]["429"]["description"], path
