"""Property-based run of the sandbox's own OpenAPI schema against it: no 5xx, answers as documented.

The schema is read once, at collection, from a short-lived sandbox (as served,
over HTTP); every operation then runs against a live sandbox on 127.0.0.1 with
the demo seeded. schemathesis' fixture-based loader (`schemathesis.pytest.
from_fixture`) does not run under pytest 9 (it sets `Function._nodeid`), hence
the schema taken at collection.
"""

from __future__ import annotations

import tempfile
from pathlib import Path as FilePath
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from kiosk.api.marta import API_KEY_HEADER, IDEMPOTENCY_HEADER, OPERATIONID_MAX_LENGTH, SANDBOX_KEY_HEADER, Path
from kiosk.sandbox import SandboxConfig, seed_demo, start_in_thread

# /sandbox/faults and /sandbox/clock would sabotage the rest of the run (errors, expired tokens).
_SABOTAGE = rf"^({Path.SANDBOX_FAULTS}|{Path.SANDBOX_CLOCK})$"
_CUSTOMERSYNCHRO_PATHS = (
    Path.CHECKCARD,
    Path.VERIFYEMAIL,
    Path.REGISTER_WITH_CODE,
    Path.GENERATE_CODE,
    Path.CHANGE_CREDENTIALS_WITH_CODE,
    Path.PIN_RESET,
    Path.PASSWORD_RESET,
)
_CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]


def _token(client: httpx.Client, demo: dict[str, Any], scope: str, account: dict[str, Any]) -> str:
    body = {"campaignid": demo["campaignid"], "devicetype": 1, "scope": scope, **account}
    answer = client.post(Path.AUTH, json=body, headers={API_KEY_HEADER: demo["apikey"]})
    answer.raise_for_status()
    return str(answer.json()["token"])


def _served_schema() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder, start_in_thread(
        SandboxConfig(data_dir=FilePath(folder), dev=True)
    ) as sandbox:
        answer = httpx.get(f"{sandbox.url}/openapi.json")
        answer.raise_for_status()
        served: dict[str, Any] = answer.json()
    return served


schema = schemathesis.openapi.from_dict(_served_schema()).exclude(path_regex=_SABOTAGE)


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    """One seeded sandbox for the whole run, and a bearer token per scope."""
    data = tmp_path_factory.mktemp("schemathesis")
    demo = seed_demo(data)
    giulia, luca = demo["cards"][0], demo["cards"][4]
    with start_in_thread(SandboxConfig(data_dir=data, dev=True)) as sandbox, httpx.Client(base_url=sandbox.url) as client:
        sandbox.demo = demo
        sandbox.sessions = {
            "terminal": _token(client, demo, "terminal", demo["terminal"]),
            "customersynchro": _token(client, demo, "customersynchro", demo["customersynchro"]),
            "customer": _token(
                client, demo, "customer", {"username": giulia["username"], "password": giulia["password"]}
            ),
            # DELETE /customer may erase whoever calls it: a customer of its own, so the others keep Giulia.
            "erasable": _token(
                client, demo, "customer", {"username": luca["username"], "password": luca["password"]}
            ),
        }
        yield sandbox


def _scope_for(method: str, path: str) -> str:
    if method.upper() == "DELETE" and path == Path.CUSTOMER:
        return "erasable"
    if path.startswith("/terminal/") or path == Path.AUTH:
        # POST /auth takes a terminal token for a customer's card + PIN login.
        return "terminal"
    if path in _CUSTOMERSYNCHRO_PATHS:
        return "customersynchro"
    return "customer"


def _valid_header(value: object) -> bool:
    if not isinstance(value, str):
        return False
    # What HTTP allows in a header value: no blank at either end (requests refuses it before sending).
    return 0 < len(value) <= OPERATIONID_MAX_LENGTH and value.isascii() and value.isprintable() and value == value.strip()


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_sandbox_keeps_its_own_schema(case, live):
    token = live.sessions[_scope_for(case.method, case.path)]
    headers = {
        API_KEY_HEADER: live.demo["apikey"], "Authorization": f"Bearer {token}", SANDBOX_KEY_HEADER: live.controlkey
    }
    operationid = case.body.get("operationid") if isinstance(case.body, dict) else None
    if _valid_header(operationid):
        # Matching key and operationid reach past the 400/20 check into the write itself.
        headers[IDEMPOTENCY_HEADER] = operationid
    case.call_and_validate(base_url=live.url, headers=headers, checks=_CHECKS)
