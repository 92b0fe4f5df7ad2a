"""A forgotten or locked PIN reset at the counter with a code to the customer's address on file, against the real sandbox."""

from __future__ import annotations

import logging
import re
import sqlite3
import uuid
from typing import Any

import httpx
import pytest

from kiosk.cli_text import say
from kiosk.api import ApiError, LoyaltyClient, PinResetCodeSent, PinSet, Problem, SandboxControl
from kiosk.api.marta import (
    ANSWER_STATUS,
    API_KEY_HEADER,
    CODE_MAX_TRIES,
    CODE_RESEND_SECONDS,
    CODE_VALID_SECONDS,
    AnswerCode,
    Path,
)
from kiosk.domain.identifiers import with_check_digit
from kiosk.sandbox.config import DATABASE_NAME

GIULIA, GIULIA_EMAIL = with_check_digit("200000000001"), "giulia.rossi@example.com"
UNREGISTERED, UNREGISTERED_PIN = with_check_digit("200000000002"), "2468"  # no e-mail or phone on file
MARCO = with_check_digit("200000000003")  # blocked
ANNA, ANNA_EMAIL, ANNA_OLD_PIN = with_check_digit("200000000004"), "anna.verdi@example.com", "9999"  # PIN locked
LUCA, LUCA_MOBILE = with_check_digit("200000000005"), "+393471112233"  # a phone on file, no e-mail
UNKNOWN = with_check_digit("299999999999")
NEW_PIN = "8642"


def _refused(error: pytest.ExceptionInfo[ApiError], code: AnswerCode) -> ApiError:
    assert error.value.answer_code == code, error.value.server_message
    assert error.value.status == ANSWER_STATUS[code]
    return error.value


def _wrong(code: str) -> str:
    return f"{(int(code) + 1) % 10 ** len(code):0{len(code)}d}"


def test_a_locked_card_gets_a_code_at_its_e_mail_and_the_new_pin_redeems(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    with pytest.raises(ApiError) as locked:
        client.verify_pin(ANNA, ANNA_OLD_PIN)
    _refused(locked, AnswerCode.PIN_LOCKED)

    sent = client.send_pin_reset_code(ANNA)
    assert sent == PinResetCodeSent(
        sent=True, expiresin=CODE_VALID_SECONDS, resendafter=CODE_RESEND_SECONDS, sentto="a••••@example.com"
    )
    [message] = control.messages(ANNA_EMAIL)
    assert message.purpose == "pincode" and message.code and message.code in message.text

    assert client.reset_pin(ANNA, code=control.latest_code(ANNA_EMAIL), newpincode=NEW_PIN) == PinSet(ANNA, True)
    assert not client.card(card=ANNA).pinlocked
    assert client.verify_pin(ANNA, NEW_PIN).valid
    burnt = client.burn_points(ANNA, points=100, pincode=NEW_PIN, operationid=str(uuid.uuid4()))
    assert (burnt.points, burnt.balance.points) == (-100, 400)
    with pytest.raises(ApiError) as old:
        client.verify_pin(ANNA, ANNA_OLD_PIN)
    assert _refused(old, AnswerCode.WRONG_PIN).attempts_left == 4


def test_a_code_resets_only_once(client: LoyaltyClient, control: SandboxControl) -> None:
    client.send_pin_reset_code(ANNA)
    code = control.latest_code(ANNA_EMAIL)
    client.reset_pin(ANNA, code=code, newpincode=NEW_PIN)
    with pytest.raises(ApiError) as again:
        client.reset_pin(ANNA, code=code, newpincode="1111")
    assert _refused(again, AnswerCode.CODE_EXPIRED).problem is Problem.CODE_EXPIRED
    assert client.verify_pin(ANNA, NEW_PIN).valid


def test_a_customer_with_only_a_phone_gets_the_code_there_masked(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    assert client.send_pin_reset_code(LUCA).sentto == "+39 ••• ••• 2233"
    client.reset_pin(LUCA, code=control.latest_code(LUCA_MOBILE), newpincode=NEW_PIN)
    assert client.verify_pin(LUCA, NEW_PIN).valid


def test_a_wrong_code_counts_its_tries_and_the_pin_stays_locked(client: LoyaltyClient, control: SandboxControl) -> None:
    client.send_pin_reset_code(ANNA)
    code = control.latest_code(ANNA_EMAIL)
    answers = []
    for _ in range(CODE_MAX_TRIES):
        with pytest.raises(ApiError) as wrong:
            client.reset_pin(ANNA, code=_wrong(code), newpincode=NEW_PIN)
        answers.append(wrong.value.answer_code)
        if wrong.value.answer_code == AnswerCode.CODE_WRONG:
            assert f"{CODE_MAX_TRIES - len(answers)} attempt" in (wrong.value.server_message or "")
    assert answers == [AnswerCode.CODE_WRONG] * (CODE_MAX_TRIES - 1) + [AnswerCode.CODE_TOO_MANY]
    with pytest.raises(ApiError) as spent:
        client.reset_pin(ANNA, code=code, newpincode=NEW_PIN)
    _refused(spent, AnswerCode.CODE_EXPIRED)
    assert client.card(card=ANNA).pinlocked


def test_a_new_pin_of_the_wrong_length_is_refused_without_spending_a_try(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    client.send_pin_reset_code(ANNA)
    code = control.latest_code(ANNA_EMAIL)
    for _ in range(CODE_MAX_TRIES):
        with pytest.raises(ApiError) as short:
            client.reset_pin(ANNA, code=code, newpincode="12")
        assert _refused(short, AnswerCode.BAD_FIELD).field == "newpincode"
    assert client.reset_pin(ANNA, code=code, newpincode=NEW_PIN).pinset


def test_a_card_with_no_address_on_file_is_refused_in_words(client: LoyaltyClient) -> None:
    with pytest.raises(ApiError) as error:
        client.send_pin_reset_code(UNREGISTERED)
    refusal = _refused(error, AnswerCode.BAD_FIELD)
    assert (refusal.problem, refusal.field) == (Problem.PIN_RESET_NO_CONTACT, "card")
    assert "no e-mail or phone on file" in say(refusal) and "cannot be reset here" in say(refusal)
    assert "no e-mail or phone on file" in (refusal.server_message or "")


def test_unknown_and_blocked_cards_are_refused(client: LoyaltyClient) -> None:
    with pytest.raises(ApiError) as unknown:
        client.send_pin_reset_code(UNKNOWN)
    assert _refused(unknown, AnswerCode.CARD_UNKNOWN).problem is Problem.CARD_UNKNOWN
    with pytest.raises(ApiError) as blocked:
        client.send_pin_reset_code(MARCO)
    assert _refused(blocked, AnswerCode.CARD_BLOCKED).problem is Problem.CARD_BLOCKED
    with pytest.raises(ApiError) as reset_unknown:
        client.reset_pin(UNKNOWN, code="123456", newpincode=NEW_PIN)
    _refused(reset_unknown, AnswerCode.CARD_UNKNOWN)


def test_an_enrolment_code_does_not_reset_the_pin(client: LoyaltyClient, control: SandboxControl) -> None:
    address = "walk.in@example.com"
    at_the_kiosk = client.customer_login_with_pin(card=UNREGISTERED, pincode=UNREGISTERED_PIN)
    at_the_kiosk.update_profile(name="Walk", surname="In", usedforpromotions=False, mailcontactdata=address)
    check = client.check_card(card=UNREGISTERED)
    assert check.customerid is not None
    client.send_credentials_code(check.customerid, email=address, pincode=UNREGISTERED_PIN)
    [message] = control.messages(address)
    assert message.purpose == "credentials"
    with pytest.raises(ApiError) as error:
        client.reset_pin(UNREGISTERED, code=control.latest_code(address), newpincode=NEW_PIN)
    _refused(error, AnswerCode.CODE_EXPIRED)
    assert client.verify_pin(UNREGISTERED, UNREGISTERED_PIN).valid


def test_a_code_sent_to_an_address_the_customer_since_changed_no_longer_works(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    client.send_pin_reset_code(GIULIA)
    code = control.latest_code(GIULIA_EMAIL)
    giulia = client.customer_login(username=GIULIA_EMAIL, password="demo-customer-pw")
    giulia.send_contact_code(email="giulia.new@example.com")
    giulia.update_contact(email="giulia.new@example.com", code=control.latest_code("giulia.new@example.com"))
    with pytest.raises(ApiError) as error:
        client.reset_pin(GIULIA, code=code, newpincode=NEW_PIN)
    _refused(error, AnswerCode.CODE_EXPIRED)


def _synchro_post(sandbox: Any, body: dict[str, Any]) -> httpx.Response:
    demo = sandbox.demo
    with httpx.Client(base_url=sandbox.url) as http:
        login = {"campaignid": demo["campaignid"], "devicetype": 1, "scope": "customersynchro",
                 **demo["customersynchro"]}
        token = http.post(Path.AUTH, json=login, headers={API_KEY_HEADER: demo["apikey"]}).json()["token"]
        headers = {API_KEY_HEADER: demo["apikey"], "Authorization": f"Bearer {token}"}
        return http.post(Path.GENERATE_CODE, json=body, headers=headers)


def test_the_code_goes_only_to_the_address_on_file(sandbox: Any, control: SandboxControl) -> None:
    body = {"card": ANNA, "purpose": "pincode", "devicetype": 1, "email": "someone.else@example.com"}
    answer = _synchro_post(sandbox, body)
    assert answer.status_code == 400 and answer.json()["AnswerCode"] == AnswerCode.BAD_FIELD
    assert answer.json()["Field"] == "email"
    assert control.messages("someone.else@example.com") == [] and control.messages(ANNA_EMAIL) == []


def test_the_seed_s_code_for_a_card_holder_answers_as_before(sandbox: Any, client: LoyaltyClient) -> None:
    customerid = client.check_card(card=UNREGISTERED).customerid
    body = {"customerid": customerid, "email": "walk.in@example.com", "devicetype": 1, "pincode": UNREGISTERED_PIN}
    answer = _synchro_post(sandbox, body)
    assert answer.status_code == 200 and set(answer.json()) == {"sent", "expiresin", "resendafter"}
    without = _synchro_post(sandbox, {"email": "walk.in@example.com", "devicetype": 1})
    assert (without.status_code, without.json()["Field"]) == (400, "customerid")


def test_the_published_schema_documents_the_reset(sandbox: Any) -> None:
    schema = httpx.get(f"{sandbox.url}/openapi.json").json()
    paths = schema["paths"]
    reset = paths[Path.PIN_RESET]["patch"]["responses"]
    assert {"200", "400", "404", "409", "429"} <= set(reset)
    assert "AnswerCode 51" in reset["400"]["description"] and "AnswerCode 52" in reset["429"]["description"]
    send = paths[Path.GENERATE_CODE]["post"]
    assert {"404", "409", "429"} <= set(send["responses"])
    assert "PinResetCodeSent" in str(send["responses"]["200"])
    assert "sentto" in schema["components"]["schemas"]["PinResetCodeSent"]["required"]


def test_no_pin_or_code_is_logged_or_stored_in_clear(
    sandbox: Any, client: LoyaltyClient, control: SandboxControl, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client.send_pin_reset_code(ANNA)
    code = control.latest_code(ANNA_EMAIL)
    with pytest.raises(ApiError):
        client.reset_pin(ANNA, code=_wrong(code), newpincode=NEW_PIN)
    client.reset_pin(ANNA, code=code, newpincode=NEW_PIN)
    client.verify_pin(ANNA, NEW_PIN)
    logged = [record.getMessage() for record in caplog.records]
    assert any(Path.PIN_RESET in line for line in logged), "the client logs each call, by its path"
    for secret in (code, _wrong(code), NEW_PIN):
        assert not any(re.search(rf"\b{secret}\b", line) for line in logged)
    sandbox.stop()
    files = sorted(sandbox.config.data_dir.glob(DATABASE_NAME + "*"))
    assert code.encode() not in b"".join(path.read_bytes() for path in files)
    with sqlite3.connect(sandbox.config.data_dir / DATABASE_NAME) as conn:
        tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in conn.execute(f"SELECT * FROM {table}"):
                assert not {code, NEW_PIN} & {str(value) for value in row}
    conn.close()


def test_a_code_asked_again_too_soon_is_a_wait_not_a_server_out_of_reach(client: LoyaltyClient) -> None:
    """429/52 is the server's answer ("wait, then ask again"): the screens must not say it cannot be reached."""
    from kiosk.core.terminal import falls_back
    from kiosk.services.redeem import pin_trouble

    client.send_pin_reset_code(ANNA)
    with pytest.raises(ApiError) as refused:
        client.send_pin_reset_code(ANNA)
    assert refused.value.problem is Problem.CODE_TOO_MANY
    assert not falls_back(refused.value)
    assert not pin_trouble(refused.value).unreachable
