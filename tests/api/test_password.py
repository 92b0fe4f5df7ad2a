"""The customer's password against the real sandbox: changed with the current one, reset with a code when forgotten.

What a customer checks: the new password signs in and the old one no longer
does; a forgotten one comes back with a code to their address; the answer to
"send me a code" never tells whether an address belongs to anybody.
"""

from __future__ import annotations

import re

import pytest

from kiosk.api import LoyaltyClient, Problem, SandboxControl
from kiosk.api.customer import CustomerSession
from kiosk.api.marta import LOGIN_FAILS_MAX
from kiosk.domain.identifiers import with_check_digit
from tests.helpers import refusal, wrong_code

GIULIA_EMAIL, GIULIA_MOBILE, PASSWORD = "giulia.rossi@example.com", "+393331234567", "demo-customer-pw"
UNREGISTERED, UNREGISTERED_PIN = with_check_digit("200000000002"), "2468"  # a card only: no login, no password
NOBODY = "nobody.here@example.com"
NEW_PASSWORD = "a-brand-new-secret"


def _giulia(client: LoyaltyClient, password: str = PASSWORD) -> CustomerSession:
    return client.customer_login(username=GIULIA_EMAIL, password=password)


def test_a_changed_password_signs_in_and_the_old_one_no_longer_does(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    giulia = _giulia(client)

    wrong = refusal(lambda: giulia.change_password(password="not-it", newpassword=NEW_PASSWORD))
    assert wrong.problem is Problem.WRONG_PASSWORD
    assert giulia.profile().name == "Giulia", "a wrong current password does not end the session"

    giulia.change_password(password=PASSWORD, newpassword=NEW_PASSWORD)

    assert _giulia(client, NEW_PASSWORD).profile().name == "Giulia"
    assert refusal(lambda: _giulia(client).profile()).problem is Problem.CUSTOMER_SIGN_IN
    [notice] = control.messages(GIULIA_EMAIL)
    assert (notice.kind, notice.purpose, notice.code) == ("notice", "password", "")


def test_wrong_current_passwords_are_counted_like_failed_sign_ins(client: LoyaltyClient) -> None:
    giulia = _giulia(client)
    problems = [
        refusal(lambda: giulia.change_password(password="not-it", newpassword=NEW_PASSWORD)).problem
        for _ in range(LOGIN_FAILS_MAX + 1)
    ]
    assert problems == [Problem.WRONG_PASSWORD] * LOGIN_FAILS_MAX + [Problem.TOO_MANY_TRIES]
    # Held back, even with the right one, until the wait is over.
    assert refusal(lambda: giulia.change_password(password=PASSWORD, newpassword=NEW_PASSWORD)).problem is (
        Problem.TOO_MANY_TRIES
    )


def test_a_card_only_customer_has_no_password_to_change(client: LoyaltyClient) -> None:
    session = client.customer_login_with_pin(card=UNREGISTERED, pincode=UNREGISTERED_PIN)
    refused = refusal(lambda: session.change_password(password="anything", newpassword=NEW_PASSWORD))
    assert refused.problem is Problem.NO_PASSWORD


def test_a_forgotten_password_is_reset_with_the_code_and_every_session_ends(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    signed_in = _giulia(client)
    sent = client.send_password_reset_code(email=GIULIA_EMAIL)
    assert sent.sent
    [message] = control.messages(GIULIA_EMAIL)
    assert message.purpose == "password" and message.code in message.text

    wrong = refusal(lambda: client.reset_password(email=GIULIA_EMAIL, code=wrong_code(message.code),
                                                   newpassword=NEW_PASSWORD))
    assert wrong.problem is Problem.CODE_WRONG
    client.reset_password(email=GIULIA_EMAIL, code=message.code, newpassword=NEW_PASSWORD)

    assert _giulia(client, NEW_PASSWORD).profile().name == "Giulia"
    assert refusal(lambda: _giulia(client).profile()).problem is Problem.CUSTOMER_SIGN_IN
    # The session is revoked; signing in again by itself with the old password fails too.
    assert refusal(signed_in.profile).problem is Problem.CUSTOMER_SIGN_IN
    assert control.messages(GIULIA_EMAIL)[0].kind == "notice"
    # Spent: the same code again is refused.
    again = refusal(lambda: client.reset_password(email=GIULIA_EMAIL, code=message.code, newpassword="other-one"))
    assert again.problem is Problem.CODE_EXPIRED


def test_a_reset_by_mobile_works_the_same_way(client: LoyaltyClient, control: SandboxControl) -> None:
    client.send_password_reset_code(mobile=GIULIA_MOBILE)
    client.reset_password(mobile=GIULIA_MOBILE, code=control.latest_code(GIULIA_MOBILE), newpassword=NEW_PASSWORD)
    assert _giulia(client, NEW_PASSWORD).profile().name == "Giulia"


def test_an_unknown_address_is_answered_exactly_as_a_known_one(client: LoyaltyClient, control: SandboxControl) -> None:
    known, unknown = client.send_password_reset_code(email=GIULIA_EMAIL), client.send_password_reset_code(email=NOBODY)
    assert known == unknown
    assert control.messages(NOBODY) == [], "a code goes only to a customer's address"

    code = control.latest_code(GIULIA_EMAIL)
    refusals = [
        refusal(lambda: client.reset_password(email=address, code=wrong_code(code), newpassword=NEW_PASSWORD))
        for address in (GIULIA_EMAIL, NOBODY)
    ]
    assert [(r.status, r.answer_code, r.field) for r in refusals] == [(refusals[0].status, refusals[0].answer_code,
                                                                     "verificationcode")] * 2
    assert refusals[0].server_message == refusals[1].server_message
    # The sending limits hold for both alike: asking again at once is a wait either way.
    again = [refusal(lambda: client.send_password_reset_code(email=a)) for a in (GIULIA_EMAIL, NOBODY)]
    assert [r.problem for r in again] == [Problem.CODE_TOO_MANY] * 2
    assert again[0].retry_after == again[1].retry_after


def test_wrong_reset_codes_are_counted_and_no_code_or_password_reaches_the_log(
    client: LoyaltyClient, control: SandboxControl, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    client.send_password_reset_code(email=GIULIA_EMAIL)
    code = control.latest_code(GIULIA_EMAIL)
    problems = [
        refusal(lambda: client.reset_password(email=GIULIA_EMAIL, code=wrong_code(code), newpassword=NEW_PASSWORD)).problem
        for _ in range(5)
    ]
    assert problems == [Problem.CODE_WRONG] * 4 + [Problem.CODE_TOO_MANY]
    refused = refusal(lambda: client.reset_password(email=GIULIA_EMAIL, code=code, newpassword=NEW_PASSWORD))
    assert refused.problem is Problem.CODE_EXPIRED
    assert _giulia(client).profile().name == "Giulia", "the old password still holds"
    logged = "\n".join(record.getMessage() for record in caplog.records)
    for secret in (code, wrong_code(code), NEW_PASSWORD, PASSWORD):
        assert not re.search(rf"\b{re.escape(secret)}\b", logged)
