"""The enrolment machine alone, event by event: every step, every answer case of CONTRACT §2, no I/O.

The flows end to end, through a client, are in tests/unit/test_enrolment_table.py
(a fake client) and tests/api/test_enrolment_table.py (the sandbox).
"""

from __future__ import annotations

import dataclasses
import json

import pytest

from kiosk.api.errors import Problem
from kiosk.cli_text import say
from kiosk.domain import onboarding as ob
from kiosk.domain.errors import Notice, Why
from kiosk.domain.identifiers import Lookup, LookupKind

EMAIL = Lookup(LookupKind.EMAIL, "nuovo@example.com")
CARD = Lookup(LookupKind.CARD, "2000000000022")
PASSWORD = "Secret-2026"
RULES = ob.Rules()
#: What the layer below said went wrong (the machine passes it on as it is).
SAID_NO = Notice(Problem.SERVER_REFUSED, {"code": 99})
FORM = (
    ob.FormField("name", "Name", ob.FieldType.TEXT, mandatory=True),
    ob.FormField("birthdate", "Birth date", ob.FieldType.DATE),
    ob.FormField("gender", "Gender", ob.FieldType.SELECT, options=("F", "M", "X")),
    ob.FormField("hidden", "Hidden", ob.FieldType.TEXT, visible=False, mandatory=True),
    ob.FormField("usedforpromotions", "Offers", ob.FieldType.BOOL, privacy=True, text="I agree to receive offers."),
    ob.FormField("terms", "Terms", ob.FieldType.BOOL, mandatory=True, privacy=True,
                 text="I accept the programme's rules."),
)


def run(state: ob.State, *events: ob.Event) -> ob.State:
    for event in events:
        state = ob.advance(state, event, RULES)
    return state


def at_credentials(flow: ob.Flow = ob.Flow.NEW_USER) -> ob.State:
    if flow is ob.Flow.NEW_USER:
        return run(ob.State(), ob.Identify(EMAIL), ob.Failed(ob.Problem.NEW_USER))
    return run(ob.State(), ob.Identify(CARD), ob.Checked(registered=False, customerid=7, card=CARD.value))


def at_code(flow: ob.Flow = ob.Flow.NEW_USER, now: float = 1000.0) -> ob.State:
    return run(
        at_credentials(flow),
        ob.ChooseCredentials("Nuovo@Example.com ", PASSWORD, PASSWORD),
        ob.CodeSent(expiresin=600, resendafter=30, now=now),
    )


def verifying(flow: ob.Flow = ob.Flow.NEW_USER) -> ob.State:
    return run(at_code(flow), ob.EnterCode("123 456", now=1010.0))


# -- checkcard: the four answer cases ----------------------------------------------------


def test_identify_asks_the_server_to_check():
    state = ob.advance(ob.State(), ob.Identify(EMAIL))
    assert state.busy == ob.CheckCard(EMAIL) and state.step is ob.Step.START


def test_402_53_is_a_new_user_with_the_address_already_known():
    state = at_credentials(ob.Flow.NEW_USER)
    assert (state.step, state.flow, state.busy) == (ob.Step.CREDENTIALS, ob.Flow.NEW_USER, None)
    assert state.address == ob.Address(LookupKind.EMAIL, "nuovo@example.com")


def test_a_card_not_registered_keeps_its_customerid():
    state = at_credentials(ob.Flow.USER_WITH_CARD)
    assert (state.step, state.flow, state.customerid, state.card) == (
        ob.Step.CREDENTIALS, ob.Flow.USER_WITH_CARD, 7, CARD.value)
    assert state.address is None  # a card says nothing of where the code should go


def test_a_registered_customer_goes_back_to_login():
    state = run(ob.State(), ob.Identify(EMAIL), ob.Checked(registered=True, customerid=3, card="2000000000015"))
    assert state.step is ob.Step.LOGIN and "sign in" in say(state.message) and state.problem is None


@pytest.mark.parametrize("problem", [ob.Problem.REFUSED, ob.Problem.BAD_FIELD, ob.Problem.TOO_MANY])
def test_any_other_check_answer_is_reported_and_back_to_the_start(problem):
    state = run(ob.State(), ob.Identify(EMAIL), ob.Failed(problem, SAID_NO))
    assert state.step is ob.Step.START and state.message == SAID_NO and state.busy is None
    assert state.problem is problem


def test_no_network_at_the_check_keeps_the_step_and_can_retry():
    state = run(ob.State(), ob.Identify(EMAIL), ob.Failed(ob.Problem.UNREACHABLE))
    assert state.step is ob.Step.START and "cannot be reached" in say(state.message) and state.busy is None
    assert state.problem is ob.Problem.UNREACHABLE
    assert ob.advance(state, ob.Retry()).busy == ob.CheckCard(EMAIL)


# -- address and password ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("password", "again", "words"),
    [
        ("short1", "short1", "at least 8 characters"),
        ("onlyletters", "onlyletters", "a digit"),
        ("12345678", "12345678", "a letter"),
        ("Secret-2026", "Secret-2025", "not the same"),
    ],
)
def test_the_password_rules_are_said_before_any_call(password, again, words):
    state = run(at_credentials(), ob.ChooseCredentials("nuovo@example.com", password, again))
    assert state.step is ob.Step.CREDENTIALS and state.busy is None
    assert words in say(state.message) and state.errors == {"password": state.message}
    assert state.message.what in (Why.PASSWORD_WEAK, Why.PASSWORDS_DIFFER)


@pytest.mark.parametrize("typed", ["not-an-address", "nuovo@", ""])
def test_a_bad_address_is_refused_before_any_call(typed):
    state = run(at_credentials(), ob.ChooseCredentials(typed, PASSWORD, PASSWORD))
    assert state.busy is None and "address" in state.errors


def test_a_mobile_is_normalised_for_the_code():
    state = run(at_credentials(ob.Flow.USER_WITH_CARD), ob.ChooseCredentials("333 123 9999", PASSWORD, PASSWORD))
    assert state.busy == ob.SendCode(ob.Flow.USER_WITH_CARD, ob.Address(LookupKind.MOBILE, "+393331239999"), 7)
    assert state.username == "+393331239999"


def test_the_new_user_code_goes_by_verifyemail_and_the_card_holders_by_generateverificationcode():
    new = run(at_credentials(ob.Flow.NEW_USER), ob.ChooseCredentials("nuovo@example.com", PASSWORD, PASSWORD))
    holder = run(at_credentials(ob.Flow.USER_WITH_CARD), ob.ChooseCredentials("x@example.com", PASSWORD, PASSWORD))
    assert new.busy == ob.SendCode(ob.Flow.NEW_USER, ob.Address(LookupKind.EMAIL, "nuovo@example.com"), None)
    assert holder.busy == ob.SendCode(ob.Flow.USER_WITH_CARD, ob.Address(LookupKind.EMAIL, "x@example.com"), 7)


@pytest.mark.parametrize(
    ("problem", "step", "words"),
    [
        (ob.Problem.ALREADY_REGISTERED, ob.Step.LOGIN, "sign in"),
        (ob.Problem.TOO_MANY, ob.Step.CREDENTIALS, "Too many codes"),
        (ob.Problem.BAD_FIELD, ob.Step.CREDENTIALS, "refused the value"),
        (ob.Problem.REFUSED, ob.Step.CREDENTIALS, "refused the value"),
    ],
)
def test_sending_the_code_can_fail(problem, step, words):
    state = run(
        at_credentials(),
        ob.ChooseCredentials("nuovo@example.com", PASSWORD, PASSWORD),
        ob.Failed(problem, Notice(Problem.BAD_FIELD, {"field": "email"}), "email"),
    )
    assert state.step is step and words in say(state.message) and state.busy is None


# -- the code -----------------------------------------------------------------------------


def test_the_code_step_knows_when_it_expires_and_when_to_resend():
    state = at_code(now=1000.0)
    assert state.step is ob.Step.CODE
    assert (state.code_expires_at, state.resend_at, state.tries_left) == (1600.0, 1030.0, 5)
    assert "nuovo@example.com" in say(state.message) and state.problem is None  # news, not a problem


def test_resend_too_early_says_how_long_to_wait_then_sends():
    state = at_code(now=1000.0)
    early = ob.advance(state, ob.Resend(now=1012.2))
    assert early.busy is None and early.message == Notice(Why.ENROL_RESEND_WAIT, {"seconds": 18}) and early.problem is None
    later = ob.advance(early, ob.Resend(now=1030.0))
    assert later.busy == ob.SendCode(ob.Flow.NEW_USER, state.address, None)


@pytest.mark.parametrize("typed", ["12345", "1234567", "12a456", "١٢٣٤٥٦"])
def test_a_code_that_is_not_six_digits_never_reaches_the_server(typed):
    state = ob.advance(at_code(), ob.EnterCode(typed, now=1001.0))
    assert state.busy is None and state.message == Notice(Why.ENROL_CODE_DIGITS, {"digits": 6}) and state.problem is ob.Problem.BAD_FIELD


def test_the_right_code_registers_then_signs_in():
    state = verifying()
    assert state.busy == ob.Verify(
        ob.Flow.NEW_USER, ob.Address(LookupKind.EMAIL, "nuovo@example.com"), "nuovo@example.com", PASSWORD, "123456"
    )
    signed = ob.advance(state, ob.Verified(customerid=9, card="2990000000019", fidelycode="2990000000019",
                                           username="nuovo@example.com"))
    assert signed.step is ob.Step.SIGN_IN and signed.busy == ob.SignIn("nuovo@example.com", PASSWORD)
    assert (signed.customerid, signed.card) == (9, "2990000000019")


def test_a_card_holders_code_changes_their_credentials():
    state = verifying(ob.Flow.USER_WITH_CARD)
    assert isinstance(state.busy, ob.Verify) and state.busy.flow is ob.Flow.USER_WITH_CARD
    assert state.busy.customerid == 7


def test_wrong_codes_count_down_then_ask_for_a_new_one():
    state = verifying()
    for left in (4, 3, 2, 1):
        state = ob.advance(state, ob.Failed(ob.Problem.WRONG_CODE, Notice(Problem.CODE_WRONG)))
        assert state.tries_left == left and state.step is ob.Step.CODE
        assert state.message == Notice(Why.ENROL_CODE_WRONG, {"attempts": left})
        assert say(state.message) == ("That code is not right: 1 try left." if left == 1
                                      else f"That code is not right: {left} tries left.")
        assert state.problem is ob.Problem.WRONG_CODE
        state = ob.advance(state, ob.EnterCode("654321", now=1020.0))
        assert state.problem is None  # asking again: the last problem is not said any more
    state = ob.advance(state, ob.Failed(ob.Problem.WRONG_CODE))
    assert state.tries_left == 0 and "Too many wrong codes" in say(state.message)
    assert state.problem is ob.Problem.TOO_MANY
    refused = ob.advance(state, ob.EnterCode("123456", now=1021.0))
    assert refused.busy is None and "Too many wrong codes" in say(refused.message)
    assert refused.problem is ob.Problem.TOO_MANY


def test_the_server_saying_too_many_or_expired_is_said_in_the_customers_words():
    too_many = ob.advance(verifying(), ob.Failed(ob.Problem.TOO_MANY))
    assert too_many.tries_left == 0 and "send a new code" in say(too_many.message)
    expired = ob.advance(verifying(), ob.Failed(ob.Problem.CODE_EXPIRED))
    assert expired.step is ob.Step.CODE and "expired" in say(expired.message)


def test_a_code_typed_after_its_expiry_is_not_sent():
    state = ob.advance(at_code(now=1000.0), ob.EnterCode("123456", now=1600.0))
    assert state.busy is None and "expired" in say(state.message)


def test_a_new_code_gives_five_tries_again():
    state = ob.advance(verifying(), ob.Failed(ob.Problem.TOO_MANY))
    state = run(state, ob.Resend(now=1031.0), ob.CodeSent(expiresin=600, resendafter=30, now=1031.0))
    assert (state.tries_left, state.resend_at) == (5, 1061.0)


def test_back_from_the_code_corrects_the_address():
    state = ob.advance(at_code(), ob.Back())
    assert state.step is ob.Step.CREDENTIALS and state.address.value == "nuovo@example.com"
    state = ob.advance(state, ob.ChooseCredentials("giusto@example.com", PASSWORD, PASSWORD))
    assert state.busy == ob.SendCode(ob.Flow.NEW_USER, ob.Address(LookupKind.EMAIL, "giusto@example.com"), None)


def test_an_address_someone_registered_in_between_goes_to_login_and_a_taken_username_back_to_the_address():
    gone = ob.advance(verifying(), ob.Failed(ob.Problem.ALREADY_REGISTERED, None, "mailcontactdata"))
    assert gone.step is ob.Step.LOGIN
    taken = ob.advance(verifying(), ob.Failed(ob.Problem.ALREADY_REGISTERED, None, "username"))
    assert taken.step is ob.Step.CREDENTIALS and "address" in taken.errors


# -- signing in, the form, the PIN -----------------------------------------------------------


def signed_in(flow: ob.Flow = ob.Flow.NEW_USER, profile: dict | None = None) -> ob.State:
    state = ob.advance(verifying(flow), ob.Verified(9, "2990000000019", "2990000000019", "nuovo@example.com"))
    return ob.advance(state, ob.SignedIn(fields=FORM, profile=profile or {"mailcontactdata": "nuovo@example.com"}))


def test_a_new_user_always_sees_the_form_pre_filled():
    state = signed_in()
    assert state.step is ob.Step.DATA and state.fields == FORM
    assert state.values["mailcontactdata"] == "nuovo@example.com"


def test_a_card_holder_with_nothing_missing_skips_the_form():
    complete = {"name": "Ada", "terms": True}
    assert signed_in(ob.Flow.USER_WITH_CARD, complete).step is ob.Step.PIN
    assert signed_in(ob.Flow.USER_WITH_CARD, {"name": "Ada"}).step is ob.Step.DATA


def test_the_form_is_checked_before_it_is_sent():
    state = ob.advance(signed_in(), ob.Submit({"name": " ", "birthdate": "17/05/1990", "gender": "Q", "terms": None}))
    assert state.busy is None and state.step is ob.Step.DATA
    assert set(state.errors) == {"name", "birthdate", "gender", "terms"}
    assert state.errors["name"] == Notice(Why.FIELD_REQUIRED, {"label": "Name"})
    assert state.values["birthdate"] == "17/05/1990"  # what was typed stays, to be corrected


def test_a_mandatory_consent_must_be_answered_and_may_be_refused():
    unanswered = ob.advance(signed_in(), ob.Submit({"name": "Ada", "usedforpromotions": True}))
    assert unanswered.errors == {"terms": Notice(Why.CHOOSE_YES_OR_NO)}
    state = ob.advance(signed_in(), ob.Submit({"name": "Ada", "terms": False, "usedforpromotions": False,
                                               "birthdate": "1990-05-17", "hidden": "not sent"}))
    assert state.busy == ob.SaveProfile(
        {"name": "Ada", "birthdate": "1990-05-17", "usedforpromotions": False, "terms": False})


def test_a_field_the_server_refuses_is_marked_and_then_the_pin():
    state = ob.advance(signed_in(), ob.Submit({"name": "Ada", "terms": True}))
    marked = ob.advance(state, ob.Failed(ob.Problem.BAD_FIELD, Notice(Problem.BAD_FIELD, {"field": "name"}), "name"))
    assert marked.step is ob.Step.DATA and "name" in marked.errors
    saved = ob.advance(state, ob.ProfileSaved({"name": "Ada", "terms": True}))
    assert saved.step is ob.Step.PIN


@pytest.mark.parametrize(("pin", "again", "words"), [("123", "123", "4 digits"), ("1234", "1243", "not the same"),
                                                     ("12a4", "12a4", "4 digits")])
def test_the_first_pin_is_checked_before_it_is_sent(pin, again, words):
    state = ob.advance(ob.advance(signed_in(ob.Flow.USER_WITH_CARD, {"name": "A", "terms": True}),
                                  ob.ChoosePin(pin, again)), ob.Retry())
    assert state.busy is None and words in say(state.message) and state.problem is ob.Problem.BAD_FIELD


def test_the_pin_set_ends_with_the_card_and_forgets_the_password():
    state = signed_in(ob.Flow.USER_WITH_CARD, {"name": "A", "terms": True})
    state = ob.advance(state, ob.ChoosePin("4821", "4821"))
    assert state.busy == ob.SetPin("4821")
    done = ob.advance(state, ob.PinSet())
    assert done.step is ob.Step.DONE and done.card == "2990000000019" and done.password == ""
    kept = ob.advance(state, ob.Failed(ob.Problem.PIN_EXISTS))
    assert kept.step is ob.Step.DONE and "PIN it already had" in say(kept.message) and kept.problem is None


def test_a_card_that_has_a_pin_is_not_asked_for_a_first_one():
    state = ob.advance(verifying(ob.Flow.USER_WITH_CARD), ob.Verified(7, CARD.value, CARD.value, "x@example.com"))
    complete = ob.advance(state, ob.SignedIn(fields=FORM, profile={"name": "A", "terms": True}, pin_set=True))
    assert complete.step is ob.Step.DONE and "PIN it already had" in say(complete.message) and complete.password == ""
    form = ob.advance(state, ob.SignedIn(fields=FORM, profile={}, pin_set=True))
    assert form.step is ob.Step.DATA
    saving = ob.advance(form, ob.Submit({"name": "A", "terms": True}))
    assert ob.advance(saving, ob.ProfileSaved({"name": "A"})).step is ob.Step.DONE


def test_events_for_another_step_change_nothing():
    state = at_code()
    for event in (ob.Identify(EMAIL), ob.Submit({}), ob.ChoosePin("1234", "1234"), ob.Password("x")):
        assert ob.advance(state, event) == state


def test_restart_forgets_everything():
    assert ob.advance(at_code(), ob.Restart()) == ob.State()


# -- a break: saved without secrets, resumed where it was -----------------------------------


def test_what_is_saved_holds_no_password_code_or_pin():
    for state in (at_code(), verifying(), signed_in(), ob.advance(signed_in(), ob.Submit({"name": "Ada", "terms": True}))):
        text = json.dumps(state.to_json())
        assert PASSWORD not in text and "123456" not in text
    assert PASSWORD not in repr(verifying()) and "123456" not in repr(verifying())


def test_a_break_at_the_code_asks_the_password_again_and_keeps_the_address():
    state = ob.State.from_json(json.loads(json.dumps(at_code().to_json())))
    assert state.step is ob.Step.CREDENTIALS and state.address.value == "nuovo@example.com"
    assert state.flow is ob.Flow.NEW_USER and "password again" in say(state.message)


def test_a_break_in_the_form_signs_in_again_and_keeps_what_was_typed():
    typed = ob.advance(signed_in(), ob.Submit({"name": "Ada", "birthdate": "bad"}))
    state = ob.State.from_json(json.loads(json.dumps(typed.to_json())))
    assert state.step is ob.Step.SIGN_IN and state.resume_to is ob.Step.DATA and state.fields == FORM
    asked = ob.advance(state, ob.Password(PASSWORD))
    assert asked.busy == ob.SignIn("nuovo@example.com", PASSWORD)
    back = ob.advance(asked, ob.SignedIn(fields=FORM, profile={"mailcontactdata": "nuovo@example.com"}))
    assert back.step is ob.Step.DATA and back.values["name"] == "Ada" and back.values["birthdate"] == "bad"
    wrong = ob.advance(asked, ob.Failed(ob.Problem.REFUSED, Notice(Problem.CUSTOMER_SIGN_IN)))
    assert wrong.step is ob.Step.SIGN_IN and wrong.password == ""


def test_a_lost_sign_in_after_the_account_exists_never_asks_for_the_code_again():
    state = ob.advance(verifying(), ob.Verified(9, "2990000000019", "2990000000019", "nuovo@example.com"))
    lost = ob.advance(state, ob.Failed(ob.Problem.UNREACHABLE))
    assert lost.step is ob.Step.SIGN_IN and lost.busy is None
    assert ob.advance(lost, ob.Retry()).busy == ob.SignIn("nuovo@example.com", PASSWORD)
    assert dataclasses.replace(lost).retry is not None and "retry" not in lost.to_json()


# -- a card handed out with a PIN: that PIN proves it before a code is sent -------------------

CARD_PIN = "2468"
HOLDER_EMAIL = ob.Address(LookupKind.EMAIL, "x@example.com")


def at_card_pin() -> ob.State:
    checked = run(ob.State(), ob.Identify(CARD), ob.Checked(registered=False, customerid=7, card=CARD.value,
                                                           pin_set=True))
    assert checked.card_has_pin and checked.step is ob.Step.CREDENTIALS
    return run(checked, ob.ChooseCredentials("x@example.com", PASSWORD, PASSWORD))


def test_a_card_with_a_pin_asks_for_it_before_any_code_is_sent():
    state = at_card_pin()
    assert (state.step, state.busy, state.card_pin_problem) == (ob.Step.CARD_PIN, None, None)
    assert state.address == HOLDER_EMAIL and state.password == PASSWORD
    sending = ob.advance(state, ob.CardPin(CARD_PIN))
    assert sending.busy == ob.SendCode(ob.Flow.USER_WITH_CARD, HOLDER_EMAIL, 7, CARD_PIN)
    sent = ob.advance(sending, ob.CodeSent(expiresin=600, resendafter=30, now=1000.0))
    assert sent.step is ob.Step.CODE and sent.card_pin == CARD_PIN  # kept in memory for a resend
    assert ob.advance(sent, ob.Resend(now=1031.0)).busy == ob.SendCode(
        ob.Flow.USER_WITH_CARD, HOLDER_EMAIL, 7, CARD_PIN)
    verified = ob.advance(ob.advance(sent, ob.EnterCode("123456", now=1010.0)),
                          ob.Verified(7, CARD.value, CARD.value, "x@example.com"))
    assert verified.card_pin == ""  # the card is proven: its PIN is forgotten


def test_a_card_without_a_pin_sends_the_code_at_once():
    state = run(at_credentials(ob.Flow.USER_WITH_CARD), ob.ChooseCredentials("x@example.com", PASSWORD, PASSWORD))
    assert state.busy == ob.SendCode(ob.Flow.USER_WITH_CARD, HOLDER_EMAIL, 7, "")


@pytest.mark.parametrize("typed", ["", "24", "24680", "24a8", "２４６８"])
def test_a_card_pin_that_is_not_the_campaign_s_digits_never_reaches_the_server(typed):
    state = ob.advance(at_card_pin(), ob.CardPin(typed))
    assert (state.step, state.busy, state.card_pin_problem) == (ob.Step.CARD_PIN, None, ob.Problem.BAD_FIELD)
    assert state.card_pin == ""


def test_a_wrong_card_pin_says_the_tries_left_and_asks_again():
    sending = ob.advance(at_card_pin(), ob.CardPin("1357"))
    state = ob.advance(sending, ob.Failed(ob.Problem.WRONG_PIN, Notice(Problem.WRONG_PIN, {"attempts": 4}), "pincode", 4))
    assert (state.step, state.busy, state.card_pin) == (ob.Step.CARD_PIN, None, "")
    assert (state.card_pin_problem, state.card_pin_tries_left) == (ob.Problem.WRONG_PIN, 4)
    assert state.message is None  # the words are the screen's, from the typed problem
    again = ob.advance(ob.advance(state, ob.CardPin(CARD_PIN)), ob.CodeSent(600, 30, 1000.0))
    assert (again.step, again.card_pin_problem, again.card_pin_tries_left) == (ob.Step.CODE, None, None)


def test_a_locked_card_pin_is_said_and_no_code_is_sent():
    state = ob.advance(ob.advance(at_card_pin(), ob.CardPin("1357")), ob.Failed(ob.Problem.PIN_LOCKED, None, "pincode"))
    assert (state.step, state.card_pin_problem, state.card_pin) == (ob.Step.CARD_PIN, ob.Problem.PIN_LOCKED, "")
    assert ob.advance(state, ob.Restart()) == ob.State()
    assert ob.advance(state, ob.Back()).step is ob.Step.CREDENTIALS


def test_a_card_that_got_its_pin_after_the_check_is_asked_for_it():
    sending = run(at_credentials(ob.Flow.USER_WITH_CARD), ob.ChooseCredentials("x@example.com", PASSWORD, PASSWORD))
    state = ob.advance(sending, ob.Failed(ob.Problem.WRONG_PIN, Notice(Problem.WRONG_PIN), "pincode"))
    assert (state.step, state.card_has_pin, state.card_pin_problem) == (ob.Step.CARD_PIN, True, None)


def test_the_card_pin_is_never_saved_nor_shown():
    sent = ob.advance(ob.advance(at_card_pin(), ob.CardPin(CARD_PIN)), ob.CodeSent(600, 30, 1000.0))
    for state in (at_card_pin(), ob.advance(at_card_pin(), ob.CardPin(CARD_PIN)), sent):
        assert CARD_PIN not in json.dumps(state.to_json()) and CARD_PIN not in repr(state)
        assert CARD_PIN not in repr(state.busy) and CARD_PIN not in repr(state.retry)
    resumed = ob.State.from_json(json.loads(json.dumps(sent.to_json())))
    assert (resumed.step, resumed.card_has_pin, resumed.card_pin) == (ob.Step.CREDENTIALS, True, "")
    asked = ob.advance(resumed, ob.ChooseCredentials("x@example.com", PASSWORD, PASSWORD))
    assert asked.step is ob.Step.CARD_PIN and asked.busy is None
    at_pin = ob.State.from_json(json.loads(json.dumps(at_card_pin().to_json())))
    assert at_pin.step is ob.Step.CREDENTIALS and "password again" in say(at_pin.message)


def test_a_lost_answer_to_the_code_request_is_retried_with_the_pin():
    lost = ob.advance(ob.advance(at_card_pin(), ob.CardPin(CARD_PIN)), ob.Failed(ob.Problem.UNREACHABLE))
    assert lost.step is ob.Step.CARD_PIN and lost.busy is None
    assert ob.advance(lost, ob.Retry()).busy == ob.SendCode(ob.Flow.USER_WITH_CARD, HOLDER_EMAIL, 7, CARD_PIN)
