"""The sandbox server over raw HTTP: what the API client's own tests cannot easily reach."""

from __future__ import annotations

import sqlite3
import threading
import time
import uuid
from typing import Any

import httpx
import pytest

from kiosk.api.marta import (
    API_KEY_HEADER,
    IDEMPOTENCY_HEADER,
    PIN_MAX_WRONG_TRIES,
    REPLAY_HEADER,
    RETRY_AFTER_HEADER,
    SANDBOX_KEY_HEADER,
    AnswerCode,
    Path,
)
from kiosk.sandbox import SandboxConfig, start_in_thread
from kiosk.sandbox.config import DATABASE_NAME


def _auth(client: httpx.Client, demo: dict[str, Any], scope: str, **extra: Any) -> dict[str, str]:
    """Headers of a signed-in session of `scope` with the demo's accounts."""
    account = {"terminal": demo["terminal"], "customersynchro": demo["customersynchro"]}.get(scope, {})
    body = {"campaignid": demo["campaignid"], "devicetype": 1, "scope": scope, **account, **extra}
    answer = client.post(Path.AUTH, json=body, headers={API_KEY_HEADER: demo["apikey"]})
    assert answer.status_code == 200, answer.text
    return {API_KEY_HEADER: demo["apikey"], "Authorization": f"Bearer {answer.json()['token']}"}


def _purchase(
    client: httpx.Client, headers: dict[str, str], card: str, amount: int, key: str | None = None
) -> httpx.Response:
    key = key or str(uuid.uuid4())
    body = {"operationid": key, "card": card, "amount": amount, "receipt": "R-1", "datetime": "2026-11-22T10:42:00Z"}
    return client.post(Path.PURCHASE, json=body, headers={**headers, IDEMPOTENCY_HEADER: key})


def _error(answer: httpx.Response) -> tuple[int, int, str | None]:
    body = answer.json()
    return answer.status_code, body["AnswerCode"], body["Field"]


@pytest.fixture
def client(sandbox):
    # The control key rides along for the /sandbox/ calls; the API itself never reads it.
    with httpx.Client(base_url=sandbox.url, timeout=10, headers={SANDBOX_KEY_HEADER: sandbox.controlkey}) as session:
        yield session


@pytest.fixture
def terminal(client, sandbox):
    return _auth(client, sandbox.demo, "terminal")


@pytest.fixture
def giulia(sandbox):
    return sandbox.demo["cards"][0]


def test_malformed_json_is_a_bad_field(client, terminal):
    answer = client.post(Path.EVALUATE, content=b'{"card": ', headers={**terminal, "content-type": "application/json"})
    assert _error(answer) == (400, AnswerCode.BAD_FIELD, "body")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"card": "2000000000015", "amount": 10**30}, "amount"),
        ({"card": "2000000000015", "amount": "12"}, "amount"),
        ({"card": "20000\u00000000015", "amount": 12}, "card"),
        ({"amount": 12}, "card"),
        ([1, 2], "body"),
    ],
)
def test_bad_values_are_bad_fields(client, terminal, body, field):
    assert _error(client.post(Path.EVALUATE, json=body, headers=terminal)) == (400, AnswerCode.BAD_FIELD, field)


def test_lone_surrogate_and_wrong_content_type_are_bad_fields(client, sandbox, terminal):
    raw = b'{"code": "\\ud800"}'
    answer = client.post(Path.VOUCHER_VALIDATE, content=raw, headers={**terminal, "content-type": "application/json"})
    assert _error(answer) == (400, AnswerCode.BAD_FIELD, "code")
    plain = {**terminal, "content-type": "text/plain"}
    answer = client.post(Path.VOUCHER_VALIDATE, content=b'{"code": "FIVEOFF"}', headers=plain)
    assert _error(answer) == (400, AnswerCode.BAD_FIELD, "body")


def test_missing_or_wrong_api_key_is_401_10(client, terminal):
    no_key = {"Authorization": terminal["Authorization"]}
    assert _error(client.get(Path.CARDS, headers=no_key)) == (401, AnswerCode.WRONG_CREDENTIALS, API_KEY_HEADER)
    wrong = {**no_key, API_KEY_HEADER: "not-the-key"}
    assert _error(client.get(Path.CARDS, headers=wrong)) == (401, AnswerCode.WRONG_CREDENTIALS, API_KEY_HEADER)


def test_token_of_another_scope_is_403_12(client, sandbox, giulia):
    synchro = _auth(client, sandbox.demo, "customersynchro")
    answer = client.get(Path.CARD, params={"card": giulia["card"]}, headers=synchro)
    assert _error(answer)[:2] == (403, AnswerCode.SCOPE_FORBIDDEN)


def test_expired_token_refreshes_once(client, sandbox):
    demo = sandbox.demo
    answer = client.post(
        Path.AUTH,
        json={"campaignid": demo["campaignid"], "devicetype": 1, "scope": "terminal", **demo["terminal"]},
        headers={API_KEY_HEADER: demo["apikey"]},
    )
    tokens = answer.json()
    client.post(Path.SANDBOX_CLOCK, json={"advance": tokens["expiresin"] + 1})
    session = {API_KEY_HEADER: demo["apikey"], "Authorization": f"Bearer {tokens['token']}"}
    assert _error(client.get(Path.CARDS, headers=session))[:2] == (401, AnswerCode.TOKEN_EXPIRED)
    key = {API_KEY_HEADER: demo["apikey"]}
    renewed = client.post(Path.REFRESH, json={"refreshtoken": tokens["refreshtoken"]}, headers=key)
    assert renewed.status_code == 200
    session["Authorization"] = f"Bearer {renewed.json()['token']}"
    assert client.get(Path.CARDS, headers=session).status_code == 200
    spent = client.post(Path.REFRESH, json={"refreshtoken": tokens["refreshtoken"]}, headers=key)
    assert _error(spent)[:2] == (401, AnswerCode.WRONG_CREDENTIALS)


def test_pin_locks_across_terminals_after_max_wrong_tries(client, sandbox):
    card = sandbox.demo["cards"][1]
    first = _auth(client, sandbox.demo, "terminal")
    second = _auth(client, sandbox.demo, "terminal", **sandbox.demo["terminal2"])
    codes = []
    for attempt in range(PIN_MAX_WRONG_TRIES + 1):
        headers = first if attempt % 2 else second
        answer = client.post(Path.PIN_VERIFY, json={"card": card["card"], "pincode": "0000"}, headers=headers)
        codes.append(answer.json()["AnswerCode"])
    assert codes == [AnswerCode.WRONG_PIN] * (PIN_MAX_WRONG_TRIES - 1) + [AnswerCode.PIN_LOCKED] * 2
    right = client.post(Path.PIN_VERIFY, json={"card": card["card"], "pincode": card["pincode"]}, headers=first)
    assert _error(right)[:2] == (423, AnswerCode.PIN_LOCKED)


def test_dropped_answer_is_applied_and_replayed(client, terminal, giulia):
    client.post(Path.SANDBOX_FAULTS, json={"dropcount": 1, "path": Path.PURCHASE})
    key = str(uuid.uuid4())
    with pytest.raises(httpx.TransportError):
        _purchase(client, terminal, giulia["card"], 5000, key)
    movements = client.get(Path.MOVEMENTS, params={"card": giulia["card"]}, headers=terminal).json()["movements"]
    assert movements[0]["operationid"] == key and movements[0]["points"] == 50
    outcome = client.get(Path.OPERATION.format(operationid=key), headers=terminal).json()
    assert outcome["status"] == "applied" and outcome["result"]["balance"]["points"] == giulia["points"] + 50
    repeat = _purchase(client, terminal, giulia["card"], 5000, key)
    assert repeat.headers[REPLAY_HEADER] == "true" and repeat.json() == outcome["result"]


def test_status_fault_answers_without_applying(client, terminal, giulia):
    client.post(Path.SANDBOX_FAULTS, json={"status": 503, "count": 1, "retryafter": 7})
    failed = _purchase(client, terminal, giulia["card"], 1000)
    assert _error(failed)[:2] == (503, AnswerCode.SERVER_FAULT)
    assert failed.headers[RETRY_AFTER_HEADER] == "7"
    card = client.get(Path.CARD, params={"card": giulia["card"]}, headers=terminal).json()
    assert card["points"] == giulia["points"]


def test_repeat_while_running_is_409_62(client, sandbox, terminal, giulia):
    client.post(Path.SANDBOX_FAULTS, json={"delayms": 800, "path": Path.PURCHASE})
    key = str(uuid.uuid4())
    first: list[httpx.Response] = []

    def send_first() -> None:
        with httpx.Client(base_url=sandbox.url) as own:
            first.append(_purchase(own, terminal, giulia["card"], 700, key))

    worker = threading.Thread(target=send_first)
    worker.start()
    deadline = time.monotonic() + 5
    while client.get(Path.OPERATION.format(operationid=key), headers=terminal).status_code != 409:
        assert time.monotonic() < deadline, "the first purchase never showed as running"
    repeat = _purchase(client, terminal, giulia["card"], 700, key)
    worker.join()
    assert _error(repeat)[:2] == (409, AnswerCode.OPERATION_RUNNING)
    assert first[0].status_code == 200
    client.delete(Path.SANDBOX_FAULTS)
    again = _purchase(client, terminal, giulia["card"], 700, key)
    assert again.json() == first[0].json()


def test_same_key_other_body_is_422_61_and_refusal_frees_the_key(client, terminal, giulia):
    key = str(uuid.uuid4())
    assert _purchase(client, terminal, giulia["card"], 100, key).status_code == 200
    assert _error(_purchase(client, terminal, giulia["card"], 200, key))[:2] == (422, AnswerCode.KEY_REUSED)
    refused_key = str(uuid.uuid4())
    burn = {"operationid": refused_key, "card": giulia["card"], "points": 10**6, "pincode": giulia["pincode"]}
    refused = client.post(Path.BURNPOINTS, json=burn, headers={**terminal, IDEMPOTENCY_HEADER: refused_key})
    assert _error(refused)[:2] == (409, AnswerCode.NOT_ENOUGH_POINTS)
    unknown = client.get(Path.OPERATION.format(operationid=refused_key), headers=terminal)
    assert _error(unknown)[:2] == (404, AnswerCode.OPERATION_UNKNOWN)


def test_data_survives_a_restart(sandbox, giulia):
    with httpx.Client(base_url=sandbox.url) as client:
        terminal = _auth(client, sandbox.demo, "terminal")
        assert _purchase(client, terminal, giulia["card"], 2500).status_code == 200
    sandbox.stop()
    with start_in_thread(SandboxConfig(data_dir=sandbox.config.data_dir)) as again:
        with httpx.Client(base_url=again.url) as client:
            terminal = _auth(client, sandbox.demo, "terminal")
            card = client.get(Path.CARD, params={"card": giulia["card"]}, headers=terminal).json()
    assert card["points"] == giulia["points"] + 25


def test_database_holds_no_plaintext_secret(sandbox, giulia):
    demo = sandbox.demo
    with httpx.Client(base_url=sandbox.url) as client:
        terminal = _auth(client, demo, "terminal")
        customer = _auth(client, demo, "customer", username=giulia["username"], password=giulia["password"])
        synchro = _auth(client, demo, "customersynchro")
        sent = client.post(
            Path.VERIFYEMAIL, json={"campaignid": demo["campaignid"], "email": "new.one@example.com", "devicetype": 1},
            headers=synchro,
        )
        assert sent.status_code == 200
        messages = client.get(
            Path.SANDBOX_MESSAGES, params={"to": "new.one@example.com"}, headers={SANDBOX_KEY_HEADER: sandbox.controlkey}
        )
        code = messages.json()["messages"][0]["code"]
    sandbox.stop()
    secrets = [demo["apikey"], giulia["password"], demo["terminal"]["password"], demo["customersynchro"]["password"],
               terminal["Authorization"][7:], customer["Authorization"][7:], code]
    files = sorted(sandbox.config.data_dir.glob(DATABASE_NAME + "*"))
    stored = b"".join(path.read_bytes() for path in files)
    for secret in secrets:
        assert secret.encode() not in stored
    pins = {card["pincode"] for card in demo["cards"]}
    with sqlite3.connect(sandbox.config.data_dir / DATABASE_NAME) as conn:
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            for row in conn.execute(f"SELECT * FROM {table}"):
                assert not pins & {str(value) for value in row}
    conn.close()


def test_code_rules_resend_wait_tries_and_expiry(client, sandbox):
    demo = sandbox.demo
    synchro = _auth(client, demo, "customersynchro")
    address = "rules@example.com"
    send = {"campaignid": demo["campaignid"], "email": address, "devicetype": 1}
    assert client.post(Path.VERIFYEMAIL, json=send, headers=synchro).status_code == 200
    too_soon = client.post(Path.VERIFYEMAIL, json=send, headers=synchro)
    assert _error(too_soon)[:2] == (429, AnswerCode.CODE_TOO_MANY) and int(too_soon.headers[RETRY_AFTER_HEADER]) > 0
    code = client.get(Path.SANDBOX_MESSAGES, params={"to": address.upper()}).json()["messages"][0]["code"]
    wrong = str((int(code) + 1) % 10**len(code)).zfill(len(code))
    register = {"verificationcode": wrong, "password": "pw-rules", "devicetype": 1, "campaignid": demo["campaignid"],
                "username": address, "mailcontactdata": address}
    answers = [client.put(Path.REGISTER_WITH_CODE, json=register, headers=synchro) for _ in range(5)]
    assert [_error(a)[1] for a in answers] == [AnswerCode.CODE_WRONG] * 4 + [AnswerCode.CODE_TOO_MANY]
    burned = client.put(Path.REGISTER_WITH_CODE, json={**register, "verificationcode": code}, headers=synchro)
    assert _error(burned)[:2] == (400, AnswerCode.CODE_EXPIRED)
    client.post(Path.SANDBOX_CLOCK, json={"advance": 31})
    assert client.post(Path.VERIFYEMAIL, json=send, headers=synchro).status_code == 200
    fresh = client.get(Path.SANDBOX_MESSAGES, params={"to": address}).json()["messages"][0]["code"]
    client.post(Path.SANDBOX_CLOCK, json={"advance": 601})
    expired = client.put(Path.REGISTER_WITH_CODE, json={**register, "verificationcode": fresh}, headers=synchro)
    assert _error(expired)[:2] == (400, AnswerCode.CODE_EXPIRED)


def test_card_directory_pages_by_cursor_and_sees_changes(client, terminal, sandbox, giulia):
    first = client.get(Path.CARDS, params={"limit": 3}, headers=terminal).json()
    assert len(first["cards"]) == 3 and first["more"]
    rest = client.get(Path.CARDS, params={"since": first["next"]}, headers=terminal).json()
    assert len(rest["cards"]) == len(sandbox.demo["cards"]) - 3 and not rest["more"]
    assert _purchase(client, terminal, giulia["card"], 1000).status_code == 200
    changed = client.get(Path.CARDS, params={"since": rest["next"]}, headers=terminal).json()
    assert [entry["card"] for entry in changed["cards"]] == [giulia["card"]]
    assert changed["cards"][0]["points"] == giulia["points"] + 10 and changed["cards"][0]["emailhash"]


def test_a_terminal_may_sign_in_with_an_empty_foreignid(sandbox):
    demo = sandbox.demo
    answer = httpx.post(sandbox.url + "/auth", headers={"x-api-key": demo["apikey"]}, json={
        "username": demo["terminal"]["username"], "password": demo["terminal"]["password"],
        "campaignid": demo["campaignid"], "devicetype": 1, "scope": "terminal",
        "serialnumber": demo["terminal"]["serialnumber"], "foreignid": ""})
    assert answer.status_code == 200, answer.text
