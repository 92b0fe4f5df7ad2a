"""A refresh token spent twice means a copy is loose: every token of that login goes, thief's and owner's.

And the client, on the owner's side, signs in again with its credentials once, without looping.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from kiosk.api import Login, LoyaltyClient, TerminalLogin
from kiosk.api.marta import ACCESS_TOKEN_SECONDS, API_KEY_HEADER, AnswerCode, Path
from kiosk.domain.identifiers import with_check_digit

GIULIA = with_check_digit("200000000001")


@dataclasses.dataclass
class Pair:
    token: str
    refreshtoken: str


class Http:
    """Raw calls as the owner's or a thief's program would make them."""

    def __init__(self, url: str, demo: dict[str, Any]) -> None:
        self.demo = demo
        self.http = httpx.Client(base_url=url, headers={API_KEY_HEADER: demo["apikey"]}, timeout=10)

    def login(self) -> Pair:
        body = {"campaignid": self.demo["campaignid"], "devicetype": 1, "scope": "terminal", **self.demo["terminal"]}
        answer = self.http.post(Path.AUTH, json=body)
        assert answer.status_code == 200, answer.text
        return Pair(answer.json()["token"], answer.json()["refreshtoken"])

    def refresh(self, refreshtoken: str) -> httpx.Response:
        return self.http.post(Path.REFRESH, json={"refreshtoken": refreshtoken})

    def card(self, token: str) -> httpx.Response:
        return self.http.get(Path.CARD, params={"card": GIULIA}, headers={"Authorization": f"Bearer {token}"})


def _answer(response: httpx.Response) -> tuple[int, int]:
    return response.status_code, response.json()["AnswerCode"]


REVOKED = (401, AnswerCode.WRONG_CREDENTIALS)


@pytest.fixture
def raw(sandbox: Any) -> Iterator[Http]:
    made = Http(sandbox.url, sandbox.demo)
    yield made
    made.http.close()


def test_a_refresh_token_replayed_after_the_owner_spent_it_revokes_the_whole_login(raw: Http) -> None:
    first = raw.login()
    renewed = raw.refresh(first.refreshtoken)
    assert renewed.status_code == 200
    owner = Pair(renewed.json()["token"], renewed.json()["refreshtoken"])
    assert raw.card(owner.token).status_code == 200
    # The thief replays the copy it took of the first refresh token.
    assert _answer(raw.refresh(first.refreshtoken)) == REVOKED
    assert _answer(raw.card(owner.token)) == REVOKED
    assert _answer(raw.card(first.token)) == REVOKED
    assert _answer(raw.refresh(owner.refreshtoken)) == REVOKED
    # Signing in again works, and starts a login of its own.
    assert raw.card(raw.login().token).status_code == 200


def test_a_thief_who_refreshes_first_loses_it_when_the_owner_comes_back(raw: Http) -> None:
    stolen = raw.login()
    taken = raw.refresh(stolen.refreshtoken)
    assert taken.status_code == 200
    thief = Pair(taken.json()["token"], taken.json()["refreshtoken"])
    assert raw.card(thief.token).status_code == 200
    assert _answer(raw.refresh(stolen.refreshtoken)) == REVOKED  # the owner's own turn
    assert _answer(raw.card(thief.token)) == REVOKED
    assert _answer(raw.refresh(thief.refreshtoken)) == REVOKED


def test_another_login_of_the_same_account_is_left_alone(raw: Http) -> None:
    other = raw.login()
    first = raw.login()
    assert raw.refresh(first.refreshtoken).status_code == 200
    assert _answer(raw.refresh(first.refreshtoken)) == REVOKED
    assert raw.card(other.token).status_code == 200
    assert raw.refresh(other.refreshtoken).status_code == 200


def test_a_spent_refresh_token_is_kept_only_as_its_digest(sandbox: Any, raw: Http) -> None:
    first = raw.login()
    assert raw.refresh(first.refreshtoken).status_code == 200
    sandbox.stop()
    stored = b"".join(path.read_bytes() for path in sandbox.config.data_dir.glob("sandbox.sqlite3*"))
    assert first.refreshtoken.encode() not in stored and first.token.encode() not in stored


# -- the client on the owner's side -------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Tap:
    """The calls the client made, and the tokens the server gave it."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int]] = []
        self.refreshtokens: list[str] = []

    def record(self, response: httpx.Response) -> None:
        path = response.request.url.path
        self.calls.append((path, response.status_code))
        if path in (Path.AUTH, Path.REFRESH) and response.status_code == 200:
            response.read()
            self.refreshtokens.append(json.loads(response.content)["refreshtoken"])


@pytest.fixture
def tapped(sandbox: Any) -> Iterator[tuple[LoyaltyClient, Tap, FakeClock]]:
    demo, tap, clock = sandbox.demo, Tap(), FakeClock()
    with LoyaltyClient(
        sandbox.url, api_key=demo["apikey"], campaign_id=demo["campaignid"], terminal=TerminalLogin(**demo["terminal"]),
        synchro=Login(**demo["customersynchro"]), clock=clock, event_hooks={"response": [tap.record]},
    ) as client:
        yield client, tap, clock


def test_the_client_signs_in_again_once_when_a_thief_spent_its_refresh_token(
    tapped: tuple[LoyaltyClient, Tap, FakeClock], raw: Http
) -> None:
    client, tap, clock = tapped
    client.campaign()
    assert raw.refresh(tap.refreshtokens[-1]).status_code == 200  # the thief is first
    clock.now += ACCESS_TOKEN_SECONDS  # the client's token is due for renewal
    tap.calls.clear()
    assert client.card(card=GIULIA).points == 1250
    assert tap.calls == [(Path.REFRESH, 401), (Path.AUTH, 200), (Path.CARD, 200)]


def test_the_client_signs_in_again_once_when_its_login_was_revoked_under_it(
    tapped: tuple[LoyaltyClient, Tap, FakeClock], raw: Http
) -> None:
    client, tap, clock = tapped
    client.campaign()
    stolen = tap.refreshtokens[-1]
    clock.now += ACCESS_TOKEN_SECONDS
    client.campaign()  # the client renews: the stolen copy is spent now
    assert [path for path, _ in tap.calls].count(Path.REFRESH) == 1
    assert _answer(raw.refresh(stolen)) == REVOKED  # the thief's replay revokes the client's login too
    tap.calls.clear()
    assert client.card(card=GIULIA).points == 1250
    assert tap.calls == [(Path.CARD, 401), (Path.AUTH, 200), (Path.CARD, 200)]
    tap.calls.clear()
    assert client.card(card=GIULIA).points == 1250
    assert tap.calls == [(Path.CARD, 200)]
