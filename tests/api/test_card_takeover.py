"""Knowing a card's number is not owning it: every way a till's login could try to take over a card, refused.

A till holds the enrolment login (scope customersynchro). The demo's card
2000000000022 belongs to a customer who never registered and has no address
on file, with the PIN 2468 that came with the card: the very card a thief who
read its number at the counter would try to claim with an address of their own.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from kiosk.api import ApiError, LoyaltyClient, NextStep, Problem, SandboxControl
from kiosk.api.models import CheckCard
from kiosk.api.marta import (
    API_KEY_HEADER,
    PIN_MAX_WRONG_TRIES,
    TERMINAL_WRONG_PINS_MAX,
    TERMINAL_WRONG_PINS_WINDOW_SECONDS,
    AnswerCode,
    Path,
)
from kiosk.domain.identifiers import with_check_digit

CARD, CARD_PIN = with_check_digit("200000000002"), "2468"
GIULIA, GIULIA_EMAIL = with_check_digit("200000000001"), "giulia.rossi@example.com"
THIEF = "thief@example.com"
THIEF_MOBILE = "+393330000666"


def _customerid(client: LoyaltyClient) -> int:
    check = client.check_card(card=CARD)
    assert (check.next_step, check.pinset) == (NextStep.USER_WITH_CARD, True)
    assert check.customerid is not None
    return check.customerid


def _refusal(error: pytest.ExceptionInfo[ApiError]) -> tuple[int, Any, str | None, Problem]:
    return error.value.status, error.value.answer_code, error.value.field, error.value.problem


def _nothing_sent(control: SandboxControl) -> None:
    assert control.messages(THIEF) == [] and control.messages(THIEF_MOBILE) == []


def _still_unclaimed(client: LoyaltyClient) -> None:
    assert client.check_card(card=CARD).next_step is NextStep.USER_WITH_CARD


@contextlib.contextmanager
def _synchro(sandbox: Any) -> Iterator[httpx.Client]:
    """A raw HTTP client signed in with the till's enrolment login, to send what the kiosk's client never would."""
    demo = sandbox.demo
    with httpx.Client(base_url=sandbox.url) as http:
        login = {"campaignid": demo["campaignid"], "devicetype": 1, "scope": "customersynchro",
                 **demo["customersynchro"]}
        token = http.post(Path.AUTH, json=login, headers={API_KEY_HEADER: demo["apikey"]}).json()["token"]
        http.headers.update({API_KEY_HEADER: demo["apikey"], "Authorization": f"Bearer {token}"})
        yield http


def test_checkcard_says_whether_the_card_has_a_pin(client: LoyaltyClient) -> None:
    assert client.check_card(card=CARD).pinset is True
    new_card = client.issue_card(categoryid=1).card
    assert client.check_card(card=new_card).pinset is False
    # A server without our `pinset` reads as "no PIN known": the send then says if one is needed.
    older = {"card": CARD, "customerid": 2, "registered_customer": False, "FidelyCode": CARD}
    assert CheckCard.from_json(older).pinset is False


@pytest.mark.parametrize("address", [{"email": THIEF}, {"mobile": THIEF_MOBILE}])
def test_a_code_to_the_thief_s_address_without_the_pin_is_refused_and_not_sent(
    client: LoyaltyClient, control: SandboxControl, address: dict[str, str]
) -> None:
    with pytest.raises(ApiError) as refused:
        client.send_credentials_code(_customerid(client), **address)
    assert _refusal(refused) == (403, AnswerCode.WRONG_PIN, "pincode", Problem.WRONG_PIN)
    assert refused.value.attempts_left is None  # a missing PIN is no try
    _nothing_sent(control)
    _still_unclaimed(client)
    with pytest.raises(ApiError) as wrong:
        client.verify_pin(CARD, "0000")
    assert wrong.value.attempts_left == PIN_MAX_WRONG_TRIES - 1


def test_wrong_pins_count_with_the_counter_s_tries_lock_the_card_and_send_nothing(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    customerid = _customerid(client)
    with pytest.raises(ApiError) as first:
        client.send_credentials_code(customerid, email=THIEF, pincode="0000")
    assert _refusal(first) == (403, AnswerCode.WRONG_PIN, "pincode", Problem.WRONG_PIN)
    assert first.value.attempts_left == PIN_MAX_WRONG_TRIES - 1
    assert "0000" not in str(first.value) and "0000" not in repr(first.value)
    # One count per card, whoever asks: the counter's PIN check goes on from there.
    with pytest.raises(ApiError) as at_the_counter:
        client.verify_pin(CARD, "1111")
    assert at_the_counter.value.attempts_left == PIN_MAX_WRONG_TRIES - 2
    for left in range(PIN_MAX_WRONG_TRIES - 3, 0, -1):
        with pytest.raises(ApiError) as wrong:
            client.send_credentials_code(customerid, email=THIEF, pincode=f"{left}{left}{left}{left}")
        assert wrong.value.attempts_left == left
    with pytest.raises(ApiError) as locked:
        client.send_credentials_code(customerid, email=THIEF, pincode="9999")
    assert _refusal(locked) == (423, AnswerCode.PIN_LOCKED, "pincode", Problem.PIN_LOCKED)
    # Locked: not even the right PIN sends a code now, nor spends the points.
    for pincode in (CARD_PIN, None):
        with pytest.raises(ApiError) as still:
            client.send_credentials_code(customerid, email=THIEF, pincode=pincode)
        assert _refusal(still)[:2] == (423, AnswerCode.PIN_LOCKED)
    with pytest.raises(ApiError) as burn:
        client.burn_points(CARD, points=100, pincode=CARD_PIN, operationid="after-the-lock")
    assert burn.value.problem is Problem.PIN_LOCKED
    _nothing_sent(control)
    _still_unclaimed(client)


def test_the_right_pin_sends_the_code_clears_the_count_and_the_card_is_claimed(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    customerid = _customerid(client)
    with pytest.raises(ApiError):
        client.send_credentials_code(customerid, email="owner@example.com", pincode="0000")
    assert control.messages("owner@example.com") == []
    assert client.send_credentials_code(customerid, email="owner@example.com", pincode=CARD_PIN).sent
    [message] = control.messages("owner@example.com")
    assert message.purpose == "credentials"
    with pytest.raises(ApiError) as wrong:
        client.verify_pin(CARD, "0000")
    assert wrong.value.attempts_left == PIN_MAX_WRONG_TRIES - 1
    account = client.change_credentials_with_code(
        customerid, username="owner@example.com", password="owner-pw-123", code=message.code or ""
    )
    assert account.card == CARD
    assert client.check_card(card=CARD).next_step is NextStep.ALREADY_REGISTERED


def test_the_pin_is_asked_before_the_address_is_looked_at(client: LoyaltyClient, control: SandboxControl) -> None:
    """Without the PIN a thief does not even learn that an address belongs to another customer."""
    with pytest.raises(ApiError) as refused:
        client.send_credentials_code(_customerid(client), email=GIULIA_EMAIL)
    assert _refusal(refused)[:2] == (403, AnswerCode.WRONG_PIN)
    assert control.messages(GIULIA_EMAIL) == []


def test_a_pin_reset_code_cannot_go_to_the_thief_nor_attach_an_address(
    sandbox: Any, client: LoyaltyClient, control: SandboxControl
) -> None:
    # The card's customer has no address on file: there is nowhere a reset code could go ...
    with pytest.raises(ApiError) as no_contact:
        client.send_pin_reset_code(CARD)
    assert no_contact.value.problem is Problem.PIN_RESET_NO_CONTACT
    # ... and an address in the request is refused, never used, with or without a customerid or a PIN.
    with _synchro(sandbox) as http:
        customerid = _customerid(client)
        for extra in ({"email": THIEF}, {"mobile": THIEF_MOBILE}, {"emails": THIEF},
                      {"email": THIEF, "customerid": customerid}, {"email": THIEF, "pincode": "0000"}):
            body = {"card": CARD, "purpose": "pincode", "devicetype": 1, **extra}
            answer = http.post(Path.GENERATE_CODE, json=body)
            assert (answer.status_code, answer.json()["AnswerCode"]) == (400, AnswerCode.BAD_FIELD), body
        # The reset itself takes no code the thief could have: none was sent.
        reset = http.patch(Path.PIN_RESET, json={"card": CARD, "verificationcode": "123456", "newpincode": "1357"})
        assert (reset.status_code, reset.json()["AnswerCode"]) == (400, AnswerCode.CODE_EXPIRED)
    _nothing_sent(control)
    assert client.verify_pin(CARD, CARD_PIN).valid
    with pytest.raises(ApiError):
        client.send_pin_reset_code(CARD)


def test_a_code_the_thief_received_for_a_new_account_does_not_claim_the_card(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    customerid = _customerid(client)
    assert client.send_registration_code(email=THIEF).sent
    with pytest.raises(ApiError) as refused:
        client.change_credentials_with_code(
            customerid, username=THIEF, password="thief-pw-123", code=control.latest_code(THIEF)
        )
    assert refused.value.problem in (Problem.CODE_EXPIRED, Problem.CODE_WRONG)
    _still_unclaimed(client)
    with pytest.raises(ApiError) as no_sign_in:
        client.customer_login(username=THIEF, password="thief-pw-123")
    assert no_sign_in.value.problem is Problem.CUSTOMER_SIGN_IN


def test_a_guessed_pin_at_the_kiosk_sign_in_counts_like_any_other(client: LoyaltyClient) -> None:
    with pytest.raises(ApiError) as wrong:
        client.customer_login_with_pin(card=CARD, pincode="0000")
    assert wrong.value.problem in (Problem.WRONG_PIN, Problem.CUSTOMER_SIGN_IN)
    with pytest.raises(ApiError) as refused:
        client.send_credentials_code(_customerid(client), email=THIEF, pincode="1111")
    assert refused.value.attempts_left == PIN_MAX_WRONG_TRIES - 2


def test_a_card_moved_to_a_new_number_at_the_till_still_needs_the_pin(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    """The till may replace a card with one of its own numbers: the PIN, and its count, go with the customer."""
    customerid = _customerid(client)
    with pytest.raises(ApiError):
        client.send_credentials_code(customerid, email=THIEF, pincode="0000")
    new_card = with_check_digit("299999999990")
    client.replace_card(CARD, newcard=new_card)
    check = client.check_card(card=new_card)
    assert (check.customerid, check.pinset) == (customerid, True)
    with pytest.raises(ApiError) as refused:
        client.send_credentials_code(customerid, email=THIEF)
    assert _refusal(refused)[:2] == (403, AnswerCode.WRONG_PIN)
    with pytest.raises(ApiError) as wrong:
        client.send_credentials_code(customerid, email=THIEF, pincode="1111")
    assert wrong.value.attempts_left == PIN_MAX_WRONG_TRIES - 2
    _nothing_sent(control)


def test_wrong_pins_from_the_enrolment_login_are_held_back_whatever_the_card(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    """A till's enrolment login guessing card PINs meets the same per-login limit as its terminal login."""
    customerid = _customerid(client)
    wrong = 0
    while wrong < TERMINAL_WRONG_PINS_MAX:
        # Never five in a row, so the card does not lock: only the login's count grows.
        for _ in range(PIN_MAX_WRONG_TRIES - 1):
            with pytest.raises(ApiError) as guessed:
                client.send_credentials_code(customerid, email=THIEF, pincode="0000")
            assert guessed.value.problem is Problem.WRONG_PIN
            wrong += 1
        client.verify_pin(CARD, CARD_PIN)  # the counter's right PIN clears the card's count
    with pytest.raises(ApiError) as held:
        client.send_credentials_code(customerid, email=THIEF, pincode=CARD_PIN)
    assert (held.value.status, held.value.problem) == (429, Problem.TOO_MANY_TRIES)
    assert held.value.retry_after is not None and 0 < held.value.retry_after <= TERMINAL_WRONG_PINS_WINDOW_SECONDS
    _nothing_sent(control)
    _still_unclaimed(client)
