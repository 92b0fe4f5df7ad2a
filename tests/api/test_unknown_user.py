"""An unknown user name costs the server the same password hash as a wrong password, so timing names no accounts.

The hash routine is watched (the real one still runs); each test compares the
hash checks and the answers of the two refusals. The time figures themselves are
in tests/bench/bench_login_timing.py, never asserted here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from kiosk.api.marta import API_KEY_HEADER, AnswerCode, Path
from kiosk.domain import scrypthash


@pytest.fixture
def hashes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int, int]]:
    """The cost parameters (n, r, p) of every password-hash check the sandbox runs, in order."""
    seen: list[tuple[int, int, int]] = []
    real: Callable[..., bytes] = scrypthash.scrypt

    def watched(secret: str, salt: bytes, *, n: int, r: int, p: int, size: int) -> bytes:
        seen.append((n, r, p))
        return real(secret, salt, n=n, r=r, p=p, size=size)

    monkeypatch.setattr(scrypthash, "scrypt", watched)
    return seen


Refusal = tuple[list[tuple[int, int, int]], dict[str, Any]]


def _refused_login(sandbox: Any, hashes: list[tuple[int, int, int]], scope: str, **account: Any) -> Refusal:
    """The hash checks one refused login ran, and its answer."""
    demo = sandbox.demo
    hashes.clear()
    body = {"campaignid": demo["campaignid"], "devicetype": 1, "scope": scope, **account}
    with httpx.Client(base_url=sandbox.url, headers={API_KEY_HEADER: demo["apikey"]}) as http:
        answer = http.post(Path.AUTH, json=body)
    assert (answer.status_code, answer.json()["AnswerCode"]) == (401, AnswerCode.WRONG_CREDENTIALS)
    return list(hashes), answer.json()


def test_an_unknown_terminal_user_runs_the_same_hash_as_a_wrong_password(sandbox: Any, hashes: list) -> None:
    terminal = sandbox.demo["terminal"]
    wrong_password = _refused_login(sandbox, hashes, "terminal", **{**terminal, "password": "guess"})
    unknown_user = _refused_login(sandbox, hashes, "terminal", **{**terminal, "username": "nobody-here"})
    assert len(wrong_password[0]) == 1
    assert unknown_user == wrong_password


def test_an_unknown_customer_runs_the_same_hash_as_a_wrong_password(sandbox: Any, hashes: list) -> None:
    giulia = sandbox.demo["cards"][0]
    wrong_password = _refused_login(sandbox, hashes, "customer", username=giulia["username"], password="guess")
    unknown_user = _refused_login(sandbox, hashes, "customer", username="nobody@example.com", password="guess")
    assert len(wrong_password[0]) == 1
    assert unknown_user == wrong_password
