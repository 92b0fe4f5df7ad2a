"""The onboarding flows of CONTRACT.md §2 end to end against the real sandbox, and the one-time code rules."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.cli_text import say
from kiosk.api import (
    ApiError,
    CustomerSession,
    FieldType,
    LoyaltyClient,
    NextStep,
    Problem,
    SandboxControl,
)
from kiosk.api.marta import (
    CODE_DIGITS,
    CODE_MAX_SENDS_PER_HOUR,
    CODE_MAX_TRIES,
    CODE_RESEND_SECONDS,
    CODE_VALID_SECONDS,
    AnswerCode,
    BonusReason,
)
from kiosk.domain.identifiers import is_valid_ean13, with_check_digit
from kiosk.sandbox.events import DEMO_RULES

GIULIA = with_check_digit("200000000001")
GIULIA_USER, GIULIA_PASSWORD = "giulia.rossi@example.com", "demo-customer-pw"
UNREGISTERED, UNREGISTERED_PIN = with_check_digit("200000000002"), "2468"
LUCA_MOBILE = "+393471112233"
NEW_EMAIL = "nuovo.cliente@example.com"
NEW_MOBILE = "+393409876543"
WELCOME_BONUS = next(points for rule, points, _, _ in DEMO_RULES if rule is BonusReason.WELCOME)



def _code_error(error: pytest.ExceptionInfo[ApiError], code: AnswerCode, problem: Problem) -> ApiError:
    assert (error.value.answer_code, error.value.problem) == (code, problem), error.value.server_message
    return error.value


def _wrong(code: str) -> str:
    return str((int(code) + 1) % 10**CODE_DIGITS).zfill(CODE_DIGITS)


# -- flow 1: login ---------------------------------------------------------------------


def test_a_registered_customer_is_sent_to_login_and_signs_in(client: LoyaltyClient) -> None:
    for lookup in ({"card": GIULIA}, {"email": GIULIA_USER}, {"mobile": "+39 333 123 4567"}):
        check = client.check_card(**lookup)
        assert (check.next_step, check.card, check.registered_customer) == (NextStep.ALREADY_REGISTERED, GIULIA, True)
    session = client.customer_login(username=GIULIA_USER, password=GIULIA_PASSWORD)
    assert (session.customer.name, session.customer.card, session.customer.fidelycode) == ("Giulia", GIULIA, GIULIA)
    profile = session.profile()
    assert (profile.points, profile.credit, profile.mailcontactdata) == (1250, 1500, GIULIA_USER)


def test_a_wrong_customer_password_is_the_customer_s_to_fix(client: LoyaltyClient) -> None:
    with pytest.raises(ApiError) as error:
        client.customer_login(username=GIULIA_USER, password="not-my-password")
    assert (error.value.status, error.value.answer_code) == (401, AnswerCode.WRONG_CREDENTIALS)
    assert error.value.problem is Problem.CUSTOMER_SIGN_IN
    assert "not-my-password" not in say(error.value)


# -- flow 2: new user -------------------------------------------------------------------------


def _register_new_user(
    client: LoyaltyClient, control: SandboxControl, *, username: str, **address: str
) -> CustomerSession:
    (value,) = address.values()
    assert client.check_card(**address).next_step is NextStep.NEW_USER
    sent = client.send_registration_code(**address)
    assert (sent.sent, sent.expiresin, sent.resendafter) == (True, CODE_VALID_SECONDS, CODE_RESEND_SECONDS)
    message = control.messages(value)[0]
    assert (message.purpose, len(message.code or "")) == ("register", CODE_DIGITS)
    account = client.register_with_code(
        code=control.latest_code(value), username=username, password="new-pw-123", categoryid=1, **address
    )
    assert is_valid_ean13(account.card) and account.card.startswith("2")
    assert (account.fidelycode, account.username, account.registered_customer) == (account.card, username, True)
    assert client.check_card(**address).next_step is NextStep.ALREADY_REGISTERED
    session = client.customer_login(username=username, password="new-pw-123")
    assert (session.customer.customerid, session.customer.card) == (account.customerid, account.card)
    return session


def _fill_in_data(session: CustomerSession) -> None:
    fields = session.data_fields()
    custom = {f.name: f for f in fields.custom}
    privacy = {f.name: f for f in fields.privacy}
    assert {"name", "surname", "gender", "birthdate", "mobilecontactdata", "mailcontactdata", "city"} <= set(custom)
    assert custom["name"].mandatory and custom["surname"].mandatory and not custom["city"].mandatory
    assert (custom["gender"].type, custom["gender"].options) == (FieldType.SELECT, ("M", "F", "X"))
    assert custom["birthdate"].type is FieldType.DATE
    assert privacy["usedforpromotions"].mandatory and privacy["usedforpromotions"].type is FieldType.BOOL
    assert not privacy["profiling"].mandatory
    updated = session.update_profile(
        name="Sara", surname="Verdi", gender="F", birthdate=dt.date(1990, 5, 17), city="Milano",
        usedforpromotions=False, profiling=True,
    )
    assert (updated.name, updated.surname, updated.gender, updated.birthdate) == ("Sara", "Verdi", "F", dt.date(1990, 5, 17))
    assert updated.usedforpromotions is False
    assert updated.customdata["city"] == "Milano" and updated.privacy["profiling"] is True
    assert session.profile() == updated


def test_a_new_user_signs_up_by_email_and_fills_in_the_data(client: LoyaltyClient, control: SandboxControl) -> None:
    session = _register_new_user(client, control, username=NEW_EMAIL, email=NEW_EMAIL)
    assert session.profile().mailcontactdata == NEW_EMAIL
    _fill_in_data(session)


def test_a_new_user_signs_up_by_mobile(client: LoyaltyClient, control: SandboxControl) -> None:
    session = _register_new_user(client, control, username="sara.mobile", mobile=NEW_MOBILE)
    assert session.profile().mobilecontactdata == NEW_MOBILE
    _fill_in_data(session)


def test_a_bad_profile_value_names_the_field(client: LoyaltyClient, control: SandboxControl) -> None:
    session = _register_new_user(client, control, username=NEW_EMAIL, email=NEW_EMAIL)
    with pytest.raises(ApiError) as error:
        session.update_profile(gender="Q")
    assert (error.value.answer_code, error.value.field) == (AnswerCode.BAD_FIELD, "gender")
    with pytest.raises(ApiError) as unknown:
        session.update_profile(shoesize="42")
    assert (unknown.value.answer_code, unknown.value.field) == (AnswerCode.BAD_FIELD, "shoesize")


def test_a_registered_address_gets_no_registration_code(client: LoyaltyClient) -> None:
    with pytest.raises(ApiError) as error:
        client.send_registration_code(email=GIULIA_USER)
    _code_error(error, AnswerCode.ALREADY_REGISTERED, Problem.ALREADY_REGISTERED)


def test_a_taken_username_is_refused(client: LoyaltyClient, control: SandboxControl) -> None:
    client.send_registration_code(email=NEW_EMAIL)
    with pytest.raises(ApiError) as error:
        client.register_with_code(
            code=control.latest_code(NEW_EMAIL), username=GIULIA_USER, password="pw-123456", categoryid=1, email=NEW_EMAIL
        )
    _code_error(error, AnswerCode.ALREADY_REGISTERED, Problem.ALREADY_REGISTERED)


# -- flow 3: user with card -------------------------------------------------------------------


def _claim_card(client: LoyaltyClient, control: SandboxControl, *, username: str, **address: str) -> CustomerSession:
    (value,) = address.values()
    check = client.check_card(card=UNREGISTERED)
    assert (check.next_step, check.registered_customer) == (NextStep.USER_WITH_CARD, False)
    assert check.customerid is not None
    client.send_credentials_code(check.customerid, **address, pincode=UNREGISTERED_PIN)
    assert control.messages(value)[0].purpose == "credentials"
    account = client.change_credentials_with_code(
        check.customerid, username=username, password="card-pw-123", code=control.latest_code(value)
    )
    assert (account.customerid, account.card, account.username) == (check.customerid, UNREGISTERED, username)
    assert client.check_card(card=UNREGISTERED).next_step is NextStep.ALREADY_REGISTERED
    session = client.customer_login(username=username, password="card-pw-123")
    # The card's 300 points, and the demo campaign's welcome bonus for registering (kiosk/sandbox/events.py).
    assert (session.customer.card, session.customer.points) == (UNREGISTERED, 300 + WELCOME_BONUS)
    return session


def test_a_user_with_a_card_gets_credentials_by_email(client: LoyaltyClient, control: SandboxControl) -> None:
    session = _claim_card(client, control, username="card.owner", email=NEW_EMAIL)
    assert session.profile().mailcontactdata == NEW_EMAIL
    _fill_in_data(session)


def test_a_user_with_a_card_gets_credentials_by_mobile(client: LoyaltyClient, control: SandboxControl) -> None:
    session = _claim_card(client, control, username="card.owner", mobile=NEW_MOBILE)
    assert session.profile().mobilecontactdata == NEW_MOBILE


def test_credentials_codes_only_for_a_known_unregistered_customer(client: LoyaltyClient) -> None:
    registered = client.check_card(card=GIULIA).customerid
    assert registered is not None
    with pytest.raises(ApiError) as already:
        client.send_credentials_code(registered, email=NEW_EMAIL)
    _code_error(already, AnswerCode.ALREADY_REGISTERED, Problem.ALREADY_REGISTERED)
    with pytest.raises(ApiError) as unknown:
        client.send_credentials_code(999999, email=NEW_EMAIL)
    _code_error(unknown, AnswerCode.NEW_CUSTOMER, Problem.CUSTOMER_NOT_FOUND)


def test_a_mobile_only_customer_is_found_by_mobile(client: LoyaltyClient) -> None:
    check = client.check_card(mobile=LUCA_MOBILE)
    assert check.next_step is NextStep.ALREADY_REGISTERED and check.card == with_check_digit("200000000005")


# -- one-time code rules ---------------------------------------------------------------------------


def test_a_wrong_code_is_refused_and_the_right_one_still_works(client: LoyaltyClient, control: SandboxControl) -> None:
    client.send_registration_code(email=NEW_EMAIL)
    code = control.latest_code(NEW_EMAIL)
    with pytest.raises(ApiError) as wrong:
        client.register_with_code(code=_wrong(code), username="u1", password="pw-123456", categoryid=1, email=NEW_EMAIL)
    error = _code_error(wrong, AnswerCode.CODE_WRONG, Problem.CODE_WRONG)
    assert error.status == 400 and code not in say(error)
    account = client.register_with_code(code=code, username="u1", password="pw-123456", categoryid=1, email=NEW_EMAIL)
    assert account.username == "u1"


def test_a_used_code_cannot_make_a_second_account(client: LoyaltyClient, control: SandboxControl) -> None:
    client.send_registration_code(mobile=NEW_MOBILE)
    code = control.latest_code(NEW_MOBILE)
    client.register_with_code(code=code, username="once", password="pw-123456", categoryid=1, mobile=NEW_MOBILE)
    with pytest.raises(ApiError) as used:
        client.register_with_code(code=code, username="twice", password="pw-123456", categoryid=1, mobile=NEW_MOBILE)
    # The sandbox checks the address before the code, so the refusal may name either.
    assert used.value.answer_code in (AnswerCode.CODE_EXPIRED, AnswerCode.ALREADY_REGISTERED)


def test_an_expired_code_is_refused(client: LoyaltyClient, control: SandboxControl) -> None:
    client.send_registration_code(mobile=NEW_MOBILE)
    code = control.latest_code(NEW_MOBILE)
    control.advance_clock(CODE_VALID_SECONDS + 1)
    with pytest.raises(ApiError) as expired:
        client.register_with_code(code=code, username="late", password="pw-123456", categoryid=1, mobile=NEW_MOBILE)
    error = _code_error(expired, AnswerCode.CODE_EXPIRED, Problem.CODE_EXPIRED)
    assert "new code" in say(error)


def test_a_code_is_burned_after_too_many_wrong_tries(client: LoyaltyClient, control: SandboxControl) -> None:
    client.send_registration_code(email=NEW_EMAIL)
    code = control.latest_code(NEW_EMAIL)
    for _ in range(CODE_MAX_TRIES - 1):
        with pytest.raises(ApiError) as wrong:
            client.register_with_code(code=_wrong(code), username="u2", password="pw-123456", categoryid=1, email=NEW_EMAIL)
        _code_error(wrong, AnswerCode.CODE_WRONG, Problem.CODE_WRONG)
    with pytest.raises(ApiError) as burned:
        client.register_with_code(code=_wrong(code), username="u2", password="pw-123456", categoryid=1, email=NEW_EMAIL)
    assert _code_error(burned, AnswerCode.CODE_TOO_MANY, Problem.CODE_TOO_MANY).status == 429
    with pytest.raises(ApiError) as right_too_late:
        client.register_with_code(code=code, username="u2", password="pw-123456", categoryid=1, email=NEW_EMAIL)
    _code_error(right_too_late, AnswerCode.CODE_EXPIRED, Problem.CODE_EXPIRED)


def test_a_resend_too_soon_says_how_long_to_wait(client: LoyaltyClient, control: SandboxControl) -> None:
    client.send_registration_code(email=NEW_EMAIL)
    with pytest.raises(ApiError) as early:
        client.send_registration_code(email=NEW_EMAIL)
    error = _code_error(early, AnswerCode.CODE_TOO_MANY, Problem.CODE_TOO_MANY)
    assert error.retry_after is not None and 0 < error.retry_after <= CODE_RESEND_SECONDS
    assert f"{error.retry_after} seconds" in say(error)
    control.advance_clock(CODE_RESEND_SECONDS)
    client.send_registration_code(email=NEW_EMAIL)


def test_a_new_code_replaces_the_old_one(client: LoyaltyClient, control: SandboxControl) -> None:
    client.send_registration_code(email=NEW_EMAIL)
    old = control.latest_code(NEW_EMAIL)
    control.advance_clock(CODE_RESEND_SECONDS)
    client.send_registration_code(email=NEW_EMAIL)
    new = control.latest_code(NEW_EMAIL)
    if old != new:
        with pytest.raises(ApiError) as superseded:
            client.register_with_code(code=old, username="u3", password="pw-123456", categoryid=1, email=NEW_EMAIL)
        assert superseded.value.answer_code in (AnswerCode.CODE_WRONG, AnswerCode.CODE_EXPIRED)
    assert client.register_with_code(code=new, username="u3", password="pw-123456", categoryid=1, email=NEW_EMAIL)


def test_sends_to_one_address_are_limited_per_hour(client: LoyaltyClient, control: SandboxControl) -> None:
    for _ in range(CODE_MAX_SENDS_PER_HOUR):
        client.send_registration_code(mobile=NEW_MOBILE)
        control.advance_clock(CODE_RESEND_SECONDS + 1)
    with pytest.raises(ApiError) as too_many:
        client.send_registration_code(mobile=NEW_MOBILE)
    assert _code_error(too_many, AnswerCode.CODE_TOO_MANY, Problem.CODE_TOO_MANY).status == 429
    client.send_registration_code(email=NEW_EMAIL)
    control.advance_clock(3600)
    assert client.send_registration_code(mobile=NEW_MOBILE).sent
