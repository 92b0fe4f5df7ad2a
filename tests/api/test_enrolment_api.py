"""What the enrolment wizard needs from the API, end to end against the real sandbox: flows 2 and 3, data entry, the PIN."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from typing import Any

import pytest

from kiosk.cli_text import say
from kiosk.api import (
    ApiError,
    CustomerProfile,
    CustomerSession,
    DataField,
    DataFields,
    FieldType,
    LoyaltyClient,
    NextStep,
    Problem,
    SandboxControl,
)
from kiosk.api.marta import PIN_MAX_WRONG_TRIES, AnswerCode, BonusReason
from kiosk.domain.identifiers import with_check_digit
from kiosk.sandbox import SandboxConfig, seed_demo, start_in_thread
from kiosk.sandbox.events import DEMO_RULES

GIULIA = with_check_digit("200000000001")
GIULIA_USER, GIULIA_PASSWORD, GIULIA_PIN = "giulia.rossi@example.com", "demo-customer-pw", "1234"
UNREGISTERED, UNREGISTERED_PIN = with_check_digit("200000000002"), "2468"
NEW_EMAIL = "sara.verdi@example.com"
# What the customer typed into the wizard as their user name: it signs them in just as typed.
NEW_USERNAME = "Sara.Verdi@Example.com"
NEW_PASSWORD = "new-pw-123"

# A value the demo campaign accepts for each of its mandatory fields, by type.
_GOOD: dict[FieldType, str | bool] = {FieldType.TEXT: "Sara", FieldType.BOOL: False}



@pytest.fixture
def giulia(client: LoyaltyClient) -> CustomerSession:
    """A registered customer whose profile already has every mandatory field."""
    return client.customer_login(username=GIULIA_USER, password=GIULIA_PASSWORD)


def _refusal(error: pytest.ExceptionInfo[ApiError]) -> tuple[int, AnswerCode | int | None, str | None]:
    return error.value.status, error.value.answer_code, error.value.field


def _required(fields: DataFields) -> list[DataField]:
    return [field for field in (*fields.custom, *fields.privacy) if field.mandatory and field.visible]


def _new_user(client: LoyaltyClient, control: SandboxControl) -> tuple[str, CustomerSession]:
    """Flow 2 up to the first sign-in: answers the new card and the customer's session."""
    assert client.check_card(email=NEW_EMAIL).next_step is NextStep.NEW_USER
    assert client.send_registration_code(email=NEW_EMAIL).sent
    account = client.register_with_code(
        code=control.latest_code(NEW_EMAIL), username=NEW_USERNAME, password=NEW_PASSWORD, categoryid=1,
        email=NEW_EMAIL,
    )
    session = client.customer_login(username=NEW_USERNAME, password=NEW_PASSWORD)
    assert (session.customer.customerid, session.customer.card) == (account.customerid, account.card)
    return account.card, session


def _card_holder(client: LoyaltyClient, control: SandboxControl) -> CustomerSession:
    """Flow 3 up to the first sign-in, for the demo's unregistered card."""
    check = client.check_card(card=UNREGISTERED)
    assert (check.next_step, check.registered_customer) == (NextStep.USER_WITH_CARD, False)
    assert check.customerid is not None
    client.send_credentials_code(check.customerid, email=NEW_EMAIL, pincode=UNREGISTERED_PIN)
    account = client.change_credentials_with_code(
        check.customerid, username=NEW_USERNAME, password=NEW_PASSWORD, code=control.latest_code(NEW_EMAIL)
    )
    assert (account.customerid, account.card) == (check.customerid, UNREGISTERED)
    return client.customer_login(username=NEW_USERNAME, password=NEW_PASSWORD)


# -- flow 2: a new user, from the address to a PIN the counter accepts -----------------------------


def test_a_new_user_enrols_and_the_counter_accepts_the_pin_they_chose(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    card, session = _new_user(client, control)
    assert session.customer.pinset is False
    with pytest.raises(ApiError) as no_pin_yet:
        client.verify_pin(card, "5831")
    assert no_pin_yet.value.problem is Problem.WRONG_PIN

    fields = session.data_fields()
    required = _required(fields)
    assert {field.name for field in required} == {"name", "surname", "usedforpromotions"}
    profile = session.profile()
    assert (profile.card, profile.mailcontactdata, profile.name) == (card, NEW_EMAIL, None)
    answers = {field.name: _GOOD[field.type] for field in required}
    updated = session.update_profile(**answers, birthdate=dt.date(1990, 5, 17), profiling=True)
    assert (updated.name, updated.surname, updated.usedforpromotions) == ("Sara", "Sara", False)
    assert (updated.birthdate, updated.privacy["profiling"]) == (dt.date(1990, 5, 17), True)

    done = session.set_pin("5831")
    assert (done.card, done.pinset) == (card, True)
    assert session.customer.pinset is True and session.profile().pinset is True
    assert client.verify_pin(card, "5831").valid
    at_the_kiosk = client.customer_login_with_pin(card=card, pincode="5831")
    assert (at_the_kiosk.customer.card, at_the_kiosk.customer.name) == (card, "Sara")


def test_after_registration_the_new_user_signs_in_with_the_username_they_chose(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    card, _ = _new_user(client, control)
    for typed in (NEW_USERNAME, NEW_USERNAME.lower()):
        assert client.customer_login(username=typed, password=NEW_PASSWORD).customer.card == card
    with pytest.raises(ApiError) as wrong:
        client.customer_login(username=NEW_USERNAME, password="not-the-password")
    assert wrong.value.problem is Problem.CUSTOMER_SIGN_IN


def test_a_second_set_pin_needs_the_first(client: LoyaltyClient, control: SandboxControl) -> None:
    card, session = _new_user(client, control)
    session.set_pin("5831")
    with pytest.raises(ApiError) as again:
        session.set_pin("7402")
    assert _refusal(again) == (400, AnswerCode.BAD_FIELD, "pincode")
    assert session.set_pin("7402", pincode="5831").pinset
    assert client.verify_pin(card, "7402").valid


# -- flow 3: a user with a card that already has a PIN -------------------------------------------


def test_a_card_holder_enrols_and_must_give_the_card_s_pin_to_change_it(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    session = _card_holder(client, control)
    # The card's 300 points, and the demo campaign's welcome bonus for registering (kiosk/sandbox/events.py).
    welcome = dict((rule, points) for rule, points, _, _ in DEMO_RULES)[BonusReason.WELCOME]
    assert (session.customer.card, session.customer.points, session.customer.pinset) == (
        UNREGISTERED, 300 + welcome, True
    )
    fields = session.data_fields()
    session.update_profile(**{field.name: _GOOD[field.type] for field in _required(fields)})

    with pytest.raises(ApiError) as without:
        session.set_pin("1397")
    assert without.value.problem is Problem.CURRENT_PIN_NEEDED
    assert _refusal(without) == (400, AnswerCode.BAD_FIELD, "pincode")
    assert "current PIN" in say(without.value) and "1397" not in say(without.value)
    # Refused before any check: the old PIN still works, and no wrong try was counted.
    assert client.verify_pin(UNREGISTERED, UNREGISTERED_PIN).valid

    assert session.set_pin("1397", pincode=UNREGISTERED_PIN).card == UNREGISTERED
    assert client.verify_pin(UNREGISTERED, "1397").valid
    with pytest.raises(ApiError) as old:
        client.verify_pin(UNREGISTERED, UNREGISTERED_PIN)
    assert _refusal(old)[:2] == (403, AnswerCode.WRONG_PIN)


# -- the PIN rules -------------------------------------------------------------------------------


def test_a_wrong_current_pin_counts_with_the_counter_s_tries_and_locks(
    client: LoyaltyClient, giulia: CustomerSession
) -> None:
    with pytest.raises(ApiError):
        client.verify_pin(GIULIA, "0000")
    for left in range(PIN_MAX_WRONG_TRIES - 2, 0, -1):
        with pytest.raises(ApiError) as wrong:
            giulia.set_pin("4321", pincode="0000")
        assert _refusal(wrong) == (403, AnswerCode.WRONG_PIN, "pincode")
        assert (wrong.value.problem, wrong.value.attempts_left) == (Problem.WRONG_PIN, left)
        assert "0000" not in say(wrong.value) and "4321" not in say(wrong.value)
    with pytest.raises(ApiError) as locked:
        giulia.set_pin("4321", pincode="0000")
    assert (_refusal(locked), locked.value.problem) == ((423, AnswerCode.PIN_LOCKED, "pincode"), Problem.PIN_LOCKED)
    for attempt in ({"pincode": GIULIA_PIN}, {}):
        with pytest.raises(ApiError) as still_locked:
            giulia.set_pin("4321", **attempt)
        assert still_locked.value.problem is Problem.PIN_LOCKED
    with pytest.raises(ApiError) as at_the_counter:
        client.verify_pin(GIULIA, GIULIA_PIN)
    assert at_the_counter.value.problem is Problem.PIN_LOCKED


def test_the_right_current_pin_clears_the_wrong_tries(client: LoyaltyClient, giulia: CustomerSession) -> None:
    for _ in range(PIN_MAX_WRONG_TRIES - 1):
        with pytest.raises(ApiError):
            client.verify_pin(GIULIA, "0000")
    giulia.set_pin("8642", pincode=GIULIA_PIN)
    with pytest.raises(ApiError) as wrong:
        client.verify_pin(GIULIA, "0000")
    assert wrong.value.attempts_left == PIN_MAX_WRONG_TRIES - 1


@pytest.mark.parametrize("newpincode", ["123", "12345", "12a4", "", " 123", "１２３４"])
def test_a_new_pin_must_be_the_campaign_s_number_of_digits(
    client: LoyaltyClient, giulia: CustomerSession, newpincode: str
) -> None:
    assert client.campaign().pincodelength == 4
    with pytest.raises(ApiError) as refused:
        giulia.set_pin(newpincode, pincode=GIULIA_PIN)
    assert _refusal(refused) == (400, AnswerCode.BAD_FIELD, "newpincode")
    assert refused.value.problem is Problem.BAD_FIELD
    if newpincode.strip():
        texts = (say(refused.value), repr(refused.value), refused.value.server_message or "")
        assert not any(newpincode in text for text in texts)
    assert client.verify_pin(GIULIA, GIULIA_PIN).valid


def test_a_malformed_current_pin_is_a_bad_field_not_a_wrong_try(client: LoyaltyClient, giulia: CustomerSession) -> None:
    with pytest.raises(ApiError) as refused:
        giulia.set_pin("4321", pincode="12ab")
    assert _refusal(refused) == (400, AnswerCode.BAD_FIELD, "pincode")
    with pytest.raises(ApiError) as wrong:
        client.verify_pin(GIULIA, "0000")
    assert wrong.value.attempts_left == PIN_MAX_WRONG_TRIES - 1


# -- data entry ----------------------------------------------------------------------------------


def test_the_demo_form_has_every_field_type_and_worded_consents(giulia: CustomerSession) -> None:
    fields = giulia.data_fields()
    assert {field.type for field in (*fields.custom, *fields.privacy)} == set(FieldType)
    assert any(field.mandatory for field in fields.custom)
    gender = next(field for field in fields.custom if field.type is FieldType.SELECT)
    assert gender.options == ("M", "F", "X")
    consents = {field.name: field for field in fields.privacy}
    assert {"usedforpromotions", "profiling"} <= set(consents)
    for consent in consents.values():
        assert consent.type is FieldType.BOOL and consent.visible
        assert consent.text is not None and len(consent.text) > len(consent.label)
    assert consents["usedforpromotions"].mandatory
    assert "promotions" in (consents["usedforpromotions"].text or "")


def test_a_mandatory_field_missing_from_a_new_profile_is_named(client: LoyaltyClient, control: SandboxControl) -> None:
    _, session = _new_user(client, control)
    with pytest.raises(ApiError) as no_name:
        session.update_profile(surname="Verdi", usedforpromotions=True, city="Milano")
    assert _refusal(no_name) == (400, AnswerCode.BAD_FIELD, "name")
    assert no_name.value.problem is Problem.BAD_FIELD and "name" in say(no_name.value)
    with pytest.raises(ApiError) as no_consent:
        session.update_profile(name="Sara", surname="Verdi")
    assert _refusal(no_consent) == (400, AnswerCode.BAD_FIELD, "usedforpromotions")
    assert session.profile().customdata.get("city") is None, "a refused change saves nothing"
    for empty in ("", "   "):
        with pytest.raises(ApiError) as blank:
            session.update_profile(name=empty, surname="Verdi", usedforpromotions=True)
        assert _refusal(blank) == (400, AnswerCode.BAD_FIELD, "name")


def test_a_complete_profile_takes_a_change_of_one_field_but_not_the_removal_of_a_mandatory_one(
    giulia: CustomerSession,
) -> None:
    assert giulia.update_profile(city="Roma").customdata["city"] == "Roma"
    for name in ("name", "surname", "usedforpromotions"):
        with pytest.raises(ApiError) as removed:
            giulia.update_profile(**{name: None})
        assert _refusal(removed) == (400, AnswerCode.BAD_FIELD, name)
    assert giulia.update_profile(city=None).customdata.get("city") is None, "an optional field can be cleared"
    assert (giulia.profile().name, giulia.profile().usedforpromotions) == ("Giulia", True)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("birthdate", "17/05/1990"),
        ("birthdate", "1990-02-30"),
        ("birthdate", "1990-5-17"),
        ("gender", "Q"),
        ("usedforpromotions", "yes"),
        ("profiling", "true"),
        ("profiling", 1),
        ("mailcontactdata", "not-an-address"),
        ("mobilecontactdata", "call me"),
        ("city", 42),
    ],
)
def test_a_malformed_value_is_refused_naming_its_field(giulia: CustomerSession, field: str, value: Any) -> None:
    before = giulia.customer
    with pytest.raises(ApiError) as refused:
        giulia.update_profile(**{field: value})
    assert _refusal(refused) == (400, AnswerCode.BAD_FIELD, field)
    assert giulia.profile() == before


# -- answers without our additions still read ---------------------------------------------------


def test_answers_without_the_added_keys_still_read() -> None:
    field = {"name": "name", "label": "Name", "type": "text", "visible": True, "mandatory": True, "options": None}
    fields = DataFields.from_json({"CustomDataFields": [field], "PrivacyCustomDataFields": []})
    assert fields.custom[0].text is None
    profile = {
        "customerid": 1, "card": GIULIA, "FidelyCode": GIULIA, "username": "u", "name": None, "surname": None,
        "gender": None, "birthdate": None, "mailcontactdata": None, "mobilecontactdata": None,
        "usedforpromotions": None, "registered_customer": True, "points": 0, "credit": 0,
    }
    assert CustomerProfile.from_json(profile).pinset is None


def test_a_demo_seeded_before_field_texts_gets_them(sandbox_data: tuple[Any, dict[str, Any]]) -> None:
    data, demo = sandbox_data
    config = SandboxConfig(data_dir=data)
    with contextlib.closing(sqlite3.connect(config.database_path)) as old:
        # The datafields table as a sandbox without field texts made it.
        old.execute("ALTER TABLE datafields DROP COLUMN text")
        old.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
        old.commit()
    seed_demo(data)
    with start_in_thread(config) as running, LoyaltyClient(
        running.url, api_key=demo["apikey"], campaign_id=demo["campaignid"]
    ) as client:
        session = client.customer_login(username=GIULIA_USER, password=GIULIA_PASSWORD)
        consents = session.data_fields().privacy
    assert consents and all(consent.text for consent in consents)
