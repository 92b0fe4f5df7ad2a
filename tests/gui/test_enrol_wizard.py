"""The enrolment wizard at the counter, against the sandbox: every flow to the end, through the keyboard.

The codes are read where the sandbox "sends" them (/sandbox/messages); the
sandbox's clock and the wizard's move together for expiry and "resend after";
a server error is one of the sandbox's faults.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from kiosk.api import SandboxControl
from kiosk.api.marta import Path as ApiPath
from kiosk.app import Backend
from kiosk.domain.errors import Notice, Why
from kiosk.domain import onboarding as ob
from kiosk.paths import Paths
from kiosk.ui.main import CounterSession
from kiosk.ui.pin_dialog import CustomerPinDialog
from kiosk.ui.palette import Tone, tone_of
from tests.gui.driver import WAIT, CounterDriver
from tests.gui.enrolling import (
    CARD_WITHOUT_ACCOUNT,
    GIULIA_CARD,
    GIULIA_EMAIL,
    OLD_PIN,
    PASSWORD,
    PIN,
    Clock,
    Enrol,
    fresh_email,
    saved_enrolment,
    scanned,
    wrong,
)
from tests.helpers import kiosk_log

@pytest.fixture
def clock(control: SandboxControl) -> Clock:
    return Clock(control)


@pytest.fixture
def enrol(qtbot: Any, counter: CounterDriver, control: SandboxControl, clock: Clock) -> Enrol:
    return Enrol(qtbot, counter, control, clock)


# -- the three flows --------------------------------------------------------------------


def test_a_new_customer_by_email_to_the_new_card_on_screen(
    enrol: Enrol, control: SandboxControl, till: Paths, qtbot: Any
) -> None:
    address = fresh_email()
    enrol.open_from_counter(address)
    enrol.shot("start")
    assert enrol.w.start_page.lookup.text() == address
    control.set_faults(delayms=1500, path=ApiPath.CHECKCARD)  # a slow server, so the wait can be seen
    enrol.enter()
    assert enrol.w.sending.isVisible() and enrol.w.sending.text() == "Sending…"
    assert not enrol.w.start_page.lookup.isEnabled() and not enrol.w.buttons["next"].isEnabled()
    enrol.shot("busy")
    enrol.rests_at(ob.Step.CREDENTIALS)
    control.clear_faults()
    assert not enrol.w.sending.isVisible()
    assert enrol.w.credentials.address.text() == address
    assert enrol.w.credentials.password.echoMode() == QLineEdit.EchoMode.Password
    assert "at least 8 characters" in enrol.w.credentials.password_hint.text()
    enrol.shot("credentials")
    enrol.credentials()
    enrol.rests_at(ob.Step.CODE)
    assert address in enrol.w.message.text()
    enrol.shot("code")
    enrol.type_code(enrol.latest_code())
    enrol.rests_at(ob.Step.DATA)
    enrol.shot("data")
    enrol.fill_form()
    enrol.enter()
    enrol.rests_at(ob.Step.PIN)
    enrol.shot("pin")
    enrol.choose_pin()
    state = enrol.rests_at(ob.Step.DONE)
    assert state.fidelycode and state.card
    assert enrol.w.done_page.heading.text() == "Welcome, Ada!"
    assert "Welcome" in enrol.w.message.text()
    enrol.shot("done")
    assert scanned(enrol.w.done_page.codes) == {(state.fidelycode, "EAN13"), (state.fidelycode, "QRCode")}
    assert enrol.counter.session.client.verify_pin(state.card, PIN).valid
    enrol.enter()  # done: the counter shows the new customer
    enrol.counter.wait_live(state.card)
    assert enrol.counter.window.panel.name.text() == "Ada Lovelace"
    qtbot.waitUntil(lambda: saved_enrolment(till) is None, timeout=WAIT)


def test_a_customer_with_a_card_but_no_account_keeps_the_pin_the_card_has(enrol: Enrol, qtbot: Any) -> None:
    enrol.open_from_counter(CARD_WITHOUT_ACCOUNT)
    assert enrol.w.start_page.lookup.text() == CARD_WITHOUT_ACCOUNT
    enrol.enter()
    state = enrol.rests_at(ob.Step.CREDENTIALS)
    assert state.flow is ob.Flow.USER_WITH_CARD
    assert enrol.w.credentials.address.text() == ""  # a card says nothing of where a code could go
    address = fresh_email()
    enrol.credentials(address)
    # The card came with a PIN: it is asked on the pad before any code goes anywhere.
    enrol.rests_at(ob.Step.CARD_PIN)
    assert enrol.w.card_pin.heading.text() == "The PIN that came with your card"
    assert enrol.w.buttons["next"].text() == "Send me the code (Enter)"
    assert not enrol.field("card_pin_error").isVisible()
    assert enrol.control.messages(address) == []
    enrol.shot("card-pin")
    enrol.card_pin(OLD_PIN)
    enrol.type_code(enrol.latest_code())
    enrol.fill_form()
    enrol.enter()  # the card has a PIN already: no first PIN to choose, the card is ready
    state = enrol.rests_at(ob.Step.DONE)
    assert state.card == CARD_WITHOUT_ACCOUNT
    assert "with the PIN it already had" in enrol.w.message.text()
    enrol.shot("done-pin-kept")
    client = enrol.counter.session.client
    assert client.verify_pin(CARD_WITHOUT_ACCOUNT, OLD_PIN).valid
    assert scanned(enrol.w.done_page.codes) == {(CARD_WITHOUT_ACCOUNT, "EAN13"), (CARD_WITHOUT_ACCOUNT, "QRCode")}
    enrol.enter()
    enrol.counter.wait_live(CARD_WITHOUT_ACCOUNT)
    assert enrol.counter.window.panel.name.text() == "Ada Lovelace"


def _to_the_card_pin(enrol: Enrol) -> str:
    """The demo's card without an account, from the counter to its PIN page; the address typed."""
    enrol.open_from_counter(CARD_WITHOUT_ACCOUNT)
    enrol.enter()
    address = fresh_email()
    enrol.credentials(address)
    enrol.rests_at(ob.Step.CARD_PIN)
    return address


def test_a_wrong_card_pin_says_the_tries_left_sends_no_code_and_counts_at_the_till(enrol: Enrol) -> None:
    address = _to_the_card_pin(enrol)
    enrol.card_pin("1357")
    enrol.qtbot.waitUntil(lambda: enrol.field("card_pin_error").isVisible(), timeout=WAIT)
    enrol.rests_at(ob.Step.CARD_PIN)
    assert enrol.field("card_pin_error").text() == "That PIN is not right: 4 tries left before the PIN locks."
    assert enrol.w.card_pin.pad.count == 0 and enrol.focused() is enrol.w.card_pin.pad
    assert enrol.control.messages(address) == []
    enrol.shot("card-pin-wrong")
    enrol.card_pin("1358")
    enrol.qtbot.waitUntil(lambda: "3 tries left" in enrol.field("card_pin_error").text(), timeout=WAIT)
    assert enrol.control.messages(address) == []
    enrol.card_pin(OLD_PIN)
    enrol.rests_at(ob.Step.CODE)
    assert len(enrol.control.messages(address)) == 1
    assert not enrol.field("card_pin_error").isVisible()


def test_a_locked_card_pin_says_so_and_offers_the_reset_at_the_counter(enrol: Enrol, qtbot: Any) -> None:
    address = _to_the_card_pin(enrol)
    for wrong_pin in ("1111", "2222", "3333", "4444"):
        enrol.card_pin(wrong_pin)
        qtbot.waitUntil(lambda: enrol.w.state.card_pin_problem is ob.Problem.WRONG_PIN
                        and enrol.w.state.busy is None, timeout=WAIT)
    enrol.card_pin("5555")
    qtbot.waitUntil(lambda: enrol.w.state.card_pin_problem is ob.Problem.PIN_LOCKED, timeout=WAIT)
    enrol.rests_at(ob.Step.CARD_PIN)
    assert "locked" in enrol.field("card_pin_error").text()
    reset = enrol.field("card_pin_reset")
    assert reset.isVisible()
    enrol.shot("card-pin-locked")
    enrol.card_pin(OLD_PIN)  # not even the right PIN sends a code now
    qtbot.waitUntil(lambda: enrol.w.state.busy is None and enrol.w.card_pin.pad.count == 0, timeout=WAIT)
    assert enrol.w.state.card_pin_problem is ob.Problem.PIN_LOCKED
    assert enrol.control.messages(address) == []
    enrol.alt(Qt.Key.Key_P)
    window = enrol.counter.window
    qtbot.waitUntil(lambda: isinstance(window.dialog, CustomerPinDialog) and window.dialog.isVisible(), timeout=WAIT)
    dialog = window.dialog
    assert isinstance(dialog, CustomerPinDialog)
    assert (dialog.card, dialog.reset_mode) == (CARD_WITHOUT_ACCOUNT, True)


def test_an_already_registered_customer_is_sent_to_sign_in_instead(enrol: Enrol) -> None:
    enrol.open_from_counter(GIULIA_EMAIL)
    enrol.enter()
    enrol.rests_at(ob.Step.LOGIN)
    assert "already registered" in enrol.w.message.text()
    assert enrol.w.buttons["next"].text() == "Close (Enter)"
    enrol.shot("login")
    enrol.enter()
    enrol.counter.wait_live(GIULIA_CARD)


# -- the code ------------------------------------------------------------------------------


def test_a_wrong_code_says_how_many_tries_are_left_and_the_right_one_goes_on(enrol: Enrol) -> None:
    enrol.to_the_code()
    code = enrol.latest_code()
    enrol.type_code(wrong(code))
    enrol.says("That code is not right: 4 tries left.")
    enrol.rests_at(ob.Step.CODE)
    assert enrol.w.code.boxes.code() == ""  # typed afresh, from the first box
    enrol.shot("code-wrong")
    enrol.type_code(code)
    enrol.rests_at(ob.Step.DATA)


def test_an_expired_code_asks_for_a_new_one(enrol: Enrol) -> None:
    enrol.to_the_code()
    code = enrol.latest_code()
    enrol.clock.advance(601)
    enrol.type_code(code)
    enrol.says("The code has expired")
    enrol.rests_at(ob.Step.CODE)
    assert tone_of(enrol.w.message) is Tone.PROBLEM  # said in the problem's colour
    assert enrol.w.code.resend.isEnabled()
    enrol.alt(Qt.Key.Key_R)
    enrol.says("code was sent")
    assert tone_of(enrol.w.message) is Tone.PLAIN  # news, in the plain colour
    enrol.type_code(enrol.latest_code())
    enrol.rests_at(ob.Step.DATA)


def test_too_many_wrong_codes_then_a_new_code_once_the_wait_is_over(enrol: Enrol, qtbot: Any) -> None:
    enrol.to_the_code()
    code = enrol.latest_code()
    # "1 try" is the English catalogue's singular (kiosk_en.qm); the source words are plural.
    for left in ("4 tries left", "3 tries left", "2 tries left", "1 tr"):
        enrol.type_code(wrong(code))
        enrol.says(left)
    enrol.type_code(wrong(code))
    enrol.says("Too many wrong codes")
    enrol.rests_at(ob.Step.CODE)
    # Too early for a new code: the button says how long to wait, and its key does nothing yet.
    resend = enrol.w.code.resend
    assert not resend.isEnabled()
    assert resend.text().startswith("Send a new code (in ") and resend.text().endswith(" s)")
    enrol.shot("code-too-many")
    enrol.alt(Qt.Key.Key_R)
    assert enrol.w.state.busy is None and "Too many wrong codes" in enrol.w.message.text()
    enrol.clock.advance(31)
    qtbot.waitUntil(resend.isEnabled, timeout=WAIT)
    assert resend.text() == "Send a new code (Alt+R)"
    enrol.alt(Qt.Key.Key_R)
    enrol.says("code was sent")
    enrol.rests_at(ob.Step.CODE)
    assert enrol.w.state.tries_left == 5
    enrol.type_code(enrol.latest_code())
    enrol.rests_at(ob.Step.DATA)


def test_back_from_the_code_to_correct_the_address(enrol: Enrol) -> None:
    first = enrol.to_the_code()
    enrol.alt(Qt.Key.Key_B)
    enrol.rests_at(ob.Step.CREDENTIALS)
    assert enrol.w.credentials.address.text() == first
    assert "Correct the address" in enrol.w.message.text()
    corrected = fresh_email()
    enrol.w.credentials.address.setFocus()
    enrol.w.credentials.address.selectAll()
    enrol.type(corrected)
    enrol.enter()  # the password is still typed in its two fields
    enrol.says(f"code was sent to {corrected}")
    enrol.type_code(enrol.latest_code())
    enrol.rests_at(ob.Step.DATA)


def test_an_enter_out_of_habit_after_the_sixth_digit_does_not_save_the_empty_form(enrol: Enrol) -> None:
    enrol.to_the_form()  # the sixth digit sent the code by itself
    enrol.enter()  # the customer presses Enter anyway, as on every other page
    state = enrol.rests_at(ob.Step.DATA)
    assert not state.errors and "need a look" not in enrol.w.message.text()
    enrol.fill_form()  # typing ends the grace: the next Enter saves
    enrol.enter()
    enrol.rests_at(ob.Step.PIN)


def test_a_paste_of_the_whole_code_into_any_box_fills_all_six(enrol: Enrol, qtbot: Any) -> None:
    enrol.to_the_code()
    code = enrol.latest_code()
    boxes = enrol.w.code.boxes.boxes
    boxes[3].setFocus()
    QApplication.clipboard().setText(f" {code[:3]} {code[3:]} ")
    enrol.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    enrol.rests_at(ob.Step.DATA)


def test_backspace_in_an_empty_box_goes_back_one(enrol: Enrol) -> None:
    enrol.to_the_code()
    boxes = enrol.w.code.boxes.boxes
    enrol.type("1")
    enrol.type("2")
    assert enrol.focused() is boxes[2]
    enrol.key(Qt.Key.Key_Backspace)
    assert enrol.focused() is boxes[1] and boxes[1].text() == ""
    assert boxes[0].text() == "1"


# -- the form ------------------------------------------------------------------------------


def test_a_mandatory_field_left_empty_is_marked_next_to_it(enrol: Enrol) -> None:
    enrol.to_the_form()
    enrol.fill_form(leave_out="surname")
    enrol.enter()
    enrol.says("need a look")
    enrol.rests_at(ob.Step.DATA)
    assert enrol.w.isVisible() and enrol.w.state.errors == {"surname": Notice(Why.FIELD_REQUIRED, {"label": "Surname"})}
    error = enrol.field("surname_error")
    assert isinstance(error, QLabel) and error.text() == "Surname is required."
    assert error.isVisible()
    assert enrol.focused() is enrol.field("surname")
    assert enrol.field("name").text() == "Ada"  # nothing typed is lost
    enrol.shot("data-errors")
    enrol.type("Lovelace")
    enrol.enter()
    enrol.rests_at(ob.Step.PIN)


def test_a_field_the_server_refuses_is_marked_next_to_it(enrol: Enrol) -> None:
    enrol.to_the_form()
    enrol.fill_form()
    city = enrol.field("city")
    city.setFocus()
    QApplication.clipboard().setText("Torino " * 40)  # longer than the server keeps
    enrol.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    enrol.enter()
    enrol.says("need a look")
    enrol.rests_at(ob.Step.DATA)
    error = enrol.field("city_error")
    assert isinstance(error, QLabel) and error.isVisible() and "refused" in error.text()
    assert enrol.focused() is city
    enrol.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    enrol.type("Torino")
    enrol.enter()
    enrol.rests_at(ob.Step.PIN)


def test_a_server_error_in_the_middle_is_tried_again(enrol: Enrol, control: SandboxControl) -> None:
    enrol.to_the_form()
    enrol.fill_form()
    control.set_faults(status=503, count=1, path=ApiPath.CUSTOMER)
    enrol.enter()
    enrol.says("cannot be reached")
    enrol.rests_at(ob.Step.DATA)
    assert enrol.w.buttons["retry"].isVisible()
    assert enrol.field("name").text() == "Ada"
    enrol.shot("data-server-error")
    enrol.alt(Qt.Key.Key_T)
    enrol.rests_at(ob.Step.PIN)
    assert not enrol.w.buttons["retry"].isVisible()


def test_a_network_drop_and_a_closed_window_lose_nothing_typed(
    enrol: Enrol, control: SandboxControl, till: Paths, qtbot: Any
) -> None:
    enrol.to_the_form()
    enrol.fill_form(name="Adelina")
    birthdate = enrol.field("birthdate")
    birthdate.setFocus()
    enrol.type("1990-05-17")
    control.set_faults(status=503, count=1000)  # the network is gone
    enrol.enter()
    enrol.says("cannot be reached")
    enrol.rests_at(ob.Step.DATA)
    enrol.field("city").setFocus()
    enrol.type("Torino")  # typed after the drop, never sent
    enrol.key(Qt.Key.Key_Escape)  # the window closes
    qtbot.waitUntil(lambda: not enrol.w.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: (saved_enrolment(till) or {}).get("values", {}).get("city") == "Torino", timeout=WAIT)
    control.clear_faults()

    wizard = enrol.open_from_counter(enrol.w.state.lookup.value if enrol.w.state.lookup else "")
    assert wizard.stack.currentWidget() is wizard.resume_page
    assert "was not finished" in wizard.resume_page.about.text()
    enrol.shot("resume")
    enrol.enter()
    enrol.rests_at(ob.Step.SIGN_IN)
    assert "type your password" in wizard.message.text()
    enrol.shot("sign-in")
    assert enrol.focused() is wizard.sign_in.password
    enrol.type(PASSWORD)
    enrol.enter()
    enrol.rests_at(ob.Step.DATA)
    assert enrol.field("name").text() == "Adelina"
    assert enrol.field("birthdate").text() == "1990-05-17"
    assert enrol.field("city").text() == "Torino"
    assert enrol.field("usedforpromotions_yes").isChecked()
    enrol.enter()
    enrol.choose_pin()
    enrol.rests_at(ob.Step.DONE)
    qtbot.waitUntil(lambda: saved_enrolment(till) is None, timeout=WAIT)


def test_an_address_typed_but_not_sent_is_there_when_the_window_opens_again(
    enrol: Enrol, till: Paths, qtbot: Any
) -> None:
    enrol.open_from_counter(CARD_WITHOUT_ACCOUNT)  # a card: the address is the customer's to type
    enrol.enter()
    enrol.rests_at(ob.Step.CREDENTIALS)
    assert enrol.w.credentials.address.text() == ""
    enrol.w.credentials.address.setFocus()
    enrol.type("Marta.Gialli@example.com")
    enrol.w.credentials.password.setFocus()
    enrol.type(PASSWORD)  # a password is never kept
    enrol.key(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not enrol.w.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: (saved_enrolment(till) or {}).get("draft_address") == "Marta.Gialli@example.com",
                    timeout=WAIT)
    assert PASSWORD not in json.dumps(saved_enrolment(till))

    wizard = enrol.open_from_counter(CARD_WITHOUT_ACCOUNT)
    enrol.enter()  # go on where it stopped
    enrol.rests_at(ob.Step.CREDENTIALS)
    assert wizard.credentials.address.text() == "Marta.Gialli@example.com"
    assert wizard.credentials.password.text() == ""


def test_after_a_crash_a_new_counter_goes_on_with_what_was_typed(
    enrol: Enrol, backend: Backend, till: Paths, qtbot: Any
) -> None:
    enrol.to_the_form()
    enrol.field("name").setFocus()
    enrol.type("Grazia")
    # Kept while it is typed: nothing closes the window before the till dies.
    qtbot.waitUntil(lambda: (saved_enrolment(till) or {}).get("values", {}).get("name") == "Grazia", timeout=WAIT)
    address = enrol.w.state.address.value if enrol.w.state.address else ""
    enrol.w.hide()  # the till dies: no closing, no last save (a modal window would hold the keyboard here)

    restarted = CounterSession.open(backend, till)
    try:
        qtbot.addWidget(restarted.window)
        restarted.window.show()
        qtbot.waitExposed(restarted.window)
        again = Enrol(qtbot, CounterDriver(qtbot, restarted, enrol.counter.shots), enrol.control, enrol.clock)
        wizard = again.open_from_counter(address)
        assert wizard.stack.currentWidget() is wizard.resume_page
        assert address in wizard.resume_page.about.text()
        again.enter()
        again.rests_at(ob.Step.SIGN_IN)
        again.type(PASSWORD)
        again.enter()
        again.rests_at(ob.Step.DATA)
        assert again.field("name").text() == "Grazia"
        wizard.reject()
    finally:
        restarted.close()


def test_starting_again_forgets_the_unfinished_enrolment(enrol: Enrol, till: Paths, qtbot: Any) -> None:
    address = enrol.to_the_code()
    qtbot.waitUntil(lambda: saved_enrolment(till) is not None, timeout=WAIT)
    enrol.key(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not enrol.w.isVisible(), timeout=WAIT)
    wizard = enrol.open_from_counter(address)
    assert wizard.stack.currentWidget() is wizard.resume_page
    enrol.alt(Qt.Key.Key_N)
    enrol.rests_at(ob.Step.START)
    assert wizard.start_page.lookup.text() == address
    qtbot.waitUntil(lambda: saved_enrolment(till) is None, timeout=WAIT)


def _settled(enrol: Enrol) -> None:
    """Every call and write started has ended, and every answer queued has been handed out."""
    ctx = enrol.counter.session.ctx
    for _ in range(5):
        assert ctx.network.wait(WAIT) and ctx.store_runner.wait(WAIT)
        QApplication.processEvents()


def _sending_the_code(enrol: Enrol, control: SandboxControl, path: str | None = None) -> str:
    """A new customer's enrolment, its code on its way to a slow server (`path` alone, or every call); the address."""
    address = fresh_email()
    enrol.open_from_counter(address)
    enrol.enter()
    control.set_faults(delayms=1000, path=path)
    enrol.credentials()
    assert enrol.w.sending.isVisible()
    return address


def test_a_window_closed_while_the_code_is_sent_still_sends_it_and_offers_it_next_time(
    enrol: Enrol, control: SandboxControl, till: Paths, qtbot: Any
) -> None:
    address = _sending_the_code(enrol, control, ApiPath.VERIFYEMAIL)
    enrol.key(Qt.Key.Key_Escape)  # the customer walks away while it is sent
    qtbot.waitUntil(lambda: not enrol.w.isVisible(), timeout=WAIT)
    # The step ends all the same, and where it rests is kept; the closed window is told nothing.
    qtbot.waitUntil(lambda: (saved_enrolment(till) or {}).get("step") == ob.Step.CODE.value, timeout=WAIT)
    _settled(enrol)
    assert len(control.messages(address)) == 1
    assert enrol.w.state.step is ob.Step.CREDENTIALS and enrol.w.state.busy is not None  # its last word: sending
    control.clear_faults()

    wizard = enrol.open_from_counter(address)
    assert wizard.stack.currentWidget() is wizard.resume_page
    assert address in wizard.resume_page.about.text()


def test_starting_again_while_the_code_is_sent_drops_its_answer(
    enrol: Enrol, control: SandboxControl, till: Paths, qtbot: Any
) -> None:
    address = _sending_the_code(enrol, control)  # every call is slow
    enrol.alt(Qt.Key.Key_N)  # start again, without waiting for the code
    enrol.rests_at(ob.Step.START)
    control.set_faults(delayms=2500)  # slower still: the code's answer comes back while the next call is on its way
    enrol.enter()  # and check the address again
    assert enrol.w.state.busy is not None
    qtbot.waitUntil(lambda: len(control.messages(address)) == 1, timeout=WAIT)  # the code did go out
    # Its answer belongs to the enrolment given up: the new one is moved on by its own answer alone.
    state = enrol.rests_at(ob.Step.CREDENTIALS)
    _settled(enrol)
    assert enrol.w.state == state and state.problem is None and state.code_expires_at is None
    assert (saved_enrolment(till) or {}).get("step") == ob.Step.CREDENTIALS.value
    control.clear_faults()
    enrol.clock.advance(61)  # the sandbox allows one code a minute to an address
    enrol.credentials()  # the new enrolment goes on as any other
    enrol.rests_at(ob.Step.CODE)
    assert len(control.messages(address)) == 2


def test_a_wrong_pin_repeat_is_refused_and_both_fields_are_typed_again(enrol: Enrol) -> None:
    enrol.to_the_form()
    enrol.fill_form()
    enrol.enter()
    enrol.rests_at(ob.Step.PIN)
    enrol.type(PIN)
    enrol.tab()
    enrol.type("1111")
    enrol.enter()
    enrol.says("not the same")
    assert enrol.w.pin.pin.text() == "" and enrol.w.pin.again.text() == ""
    assert enrol.focused() is enrol.w.pin.pin
    enrol.choose_pin()
    enrol.rests_at(ob.Step.DONE)


def test_a_password_too_short_is_explained_before_any_call(enrol: Enrol, qtbot: Any) -> None:
    enrol.open_from_counter(fresh_email())
    enrol.enter()
    enrol.rests_at(ob.Step.CREDENTIALS)
    enrol.credentials(password="short1")
    enrol.says("at least 8 characters")
    error = enrol.field("password_error")
    assert error.isVisible()
    # Both are typed again, from the first; the address stays.
    assert enrol.w.credentials.password.text() == "" and enrol.w.credentials.again.text() == ""
    assert enrol.focused() is enrol.w.credentials.password and enrol.w.credentials.address.text()
    assert enrol.w.state.step is ob.Step.CREDENTIALS and enrol.w.state.busy is None
    enrol.shot("credentials-error")


def test_a_misspelt_address_is_refused_before_any_call(enrol: Enrol) -> None:
    enrol.open_from_counter(fresh_email())
    assert enrol.focused() is enrol.w.start_page.lookup
    enrol.type("nobody@")  # the looked-up text is selected: typing replaces it
    enrol.enter()
    enrol.rests_at(ob.Step.START)
    assert enrol.field("lookup_error").isVisible()


# -- secrets ---------------------------------------------------------------------------------


@pytest.fixture
def log_file(till: Paths) -> Iterator[Path]:
    """The till's log file at DEBUG, as the app writes it (with its redaction filter)."""
    with kiosk_log(till.logs) as path:
        yield path


def test_no_password_code_or_pin_reaches_the_log_or_the_store(
    log_file: Path, enrol: Enrol, control: SandboxControl, till: Paths, qtbot: Any
) -> None:
    password, pin = "Segreto-Banco-9182", "7395"
    enrol.open_from_counter(fresh_email())
    enrol.enter()
    enrol.credentials(password="short1")  # refused, but typed all the same
    enrol.says("at least 8 characters")
    assert enrol.focused() is enrol.w.credentials.password and enrol.w.credentials.password.text() == ""
    enrol.type(password)
    enrol.tab()
    enrol.type(password)
    enrol.enter()
    code = enrol.latest_code()
    enrol.type_code(wrong(code))
    enrol.says("4 tries left")
    enrol.type_code(code)
    enrol.fill_form()
    control.set_faults(status=503, count=1000)
    enrol.enter()
    enrol.says("cannot be reached")
    enrol.rests_at(ob.Step.DATA)
    enrol.key(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not enrol.w.isVisible(), timeout=WAIT)
    control.clear_faults()
    enrol.open_from_counter(enrol.w.state.lookup.value if enrol.w.state.lookup else "")
    enrol.enter()
    enrol.rests_at(ob.Step.SIGN_IN)
    enrol.type("wrong-password-1")
    enrol.enter()
    enrol.says("not right")
    enrol.rests_at(ob.Step.SIGN_IN)
    enrol.type(password)
    enrol.enter()
    enrol.rests_at(ob.Step.DATA)
    enrol.enter()
    enrol.choose_pin(pin)
    enrol.rests_at(ob.Step.DONE)
    # The widgets that held them are emptied when the window closes.
    enrol.enter()
    qtbot.waitUntil(lambda: not enrol.w.isVisible(), timeout=WAIT)
    assert enrol.w.credentials.password.text() == "" and enrol.w.pin.pin.text() == ""
    assert enrol.w.code.boxes.code() == ""

    for handler in logging.getLogger().handlers:
        handler.flush()
    enrol.counter.session.ctx.store_runner.wait()
    files = [log_file, *till.data.glob("terminal.sqlite3*")]
    assert log_file.exists() and till.store.exists() and any(p.name.endswith("-wal") for p in files)
    secrets = [password, "short1", "wrong-password-1", *enrol.codes]
    for path in files:
        data = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in data, f"{secret} found in {path.name}"
        for quoted in (f'"{pin}"', f"'{pin}'", f"={pin}", f": {pin}"):
            assert quoted.encode() not in data, f"the PIN found in {path.name}"


def test_the_card_s_pin_reaches_neither_the_log_nor_the_store(
    log_file: Path, enrol: Enrol, till: Paths, qtbot: Any
) -> None:
    wrong_pin = "1357"
    _to_the_card_pin(enrol)
    enrol.card_pin(wrong_pin)
    qtbot.waitUntil(lambda: enrol.field("card_pin_error").isVisible(), timeout=WAIT)
    enrol.card_pin(OLD_PIN)
    enrol.rests_at(ob.Step.CODE)
    enrol.key(Qt.Key.Key_Escape)  # closed at the code: the enrolment is kept for later, the PIN is not
    qtbot.waitUntil(lambda: not enrol.w.isVisible(), timeout=WAIT)
    assert enrol.w.card_pin.pad.count == 0
    enrol.counter.session.ctx.store_runner.wait()
    saved = saved_enrolment(till)
    assert saved is not None and saved["card_has_pin"] is True
    assert OLD_PIN not in json.dumps(saved) and wrong_pin not in json.dumps(saved)

    for handler in logging.getLogger().handlers:
        handler.flush()
    files = [log_file, *till.data.glob("terminal.sqlite3*")]
    assert log_file.exists() and till.store.exists()
    for path in files:
        data = path.read_bytes()
        for pin in (OLD_PIN, wrong_pin):
            for quoted in (f'"{pin}"', f"'{pin}'", f"={pin}", f": {pin}"):
                assert quoted.encode() not in data, f"the card's PIN found in {path.name}"
