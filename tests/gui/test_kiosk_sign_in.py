"""Signing in at the kiosk against the sandbox over HTTP: find the card, then its PIN; nothing of the owner before."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from kiosk.api import SandboxControl
from kiosk.domain.identifiers import LookupKind
from kiosk.services.kiosk import Found, KeptCard, Visit
from kiosk.ui.kiosk.sign_in import SIGN_IN_PAUSE_MS, FindScreen, PinScreen
from kiosk.ui.kiosk.window import KioskWindow
from tests.gui.kiosk_screens import (
    BLOCKED, GIULIA, GIULIA_EMAIL, GIULIA_PHONE, LOCKED, LUCA, SIZES, WAIT, in_window, readable, shot,
)

NEW_EMAIL = "nuova.cliente@example.com"
GIULIA_SECRETS = ("Giulia", "Rossi", GIULIA, GIULIA_EMAIL, "1,250", "1250", "333 123")


@pytest.fixture(autouse=True)
def big_font(kiosk_font: None) -> None:
    """The kiosk's 18 pt words (tests/gui/conftest.py)."""


@pytest.fixture
def parts(kiosk_parts: Any) -> Any:
    return kiosk_parts


@pytest.fixture
def screens(qtbot: Any, parts: Any) -> tuple[KioskWindow, FindScreen, PinScreen]:
    find, pin = FindScreen(parts.service), PinScreen(parts.service)
    window = in_window(qtbot, {"find": find, "pin": pin})
    return window, find, pin


def found(qtbot: Any, find: FindScreen, text: str, *, scanned: bool = False) -> Any:
    with qtbot.waitSignal(find.found, timeout=WAIT) as answer:
        find.look_up(text, scanned=scanned)
    return answer.args[0]


def refused(qtbot: Any, find: FindScreen, text: str) -> str:
    def fail(_: object) -> None:
        raise AssertionError(f"{text!r} found a card")

    find.found.connect(fail)
    find.kept.connect(fail)
    try:
        find.look_up(text, scanned=False)
        qtbot.waitUntil(lambda: bool(not find.busy and find.problem.text()), timeout=WAIT)
    finally:
        find.found.disconnect(fail)
        find.kept.disconnect(fail)
    return find.problem.text()


def ask(window: KioskWindow, pin: PinScreen, card: Found, length: int = 4) -> None:
    pin.ask(card, length)
    window.show_screen("pin")
    window.resize(1366, 768)  # the keyboard of the find screen made the window taller; the PIN screen has none


def type_pin(qtbot: Any, pin: PinScreen, digits: str) -> None:
    for digit in digits:
        qtbot.keyClick(pin.pad, getattr(Qt.Key, f"Key_{digit}"))


def sign_in(qtbot: Any, pin: PinScreen, digits: str) -> Visit:
    with qtbot.waitSignal(pin.signed_in, timeout=WAIT) as signed:
        type_pin(qtbot, pin, digits)
        pin.sign_in()
    return signed.args[0]


def problem_after(qtbot: Any, pin: PinScreen, digits: str) -> str:
    type_pin(qtbot, pin, digits)
    pin.sign_in()
    qtbot.waitUntil(lambda: bool(not pin.busy and pin.problem.text()), timeout=WAIT)
    return pin.problem.text()


# -- finding the card -------------------------------------------------------------------------


def test_a_typed_card_number_and_enter_find_the_card_to_ask_its_pin(qtbot: Any, screens: Any) -> None:
    window, find, _ = screens
    assert window.current_name == "find" and find.field.hasFocus()
    assert find.field.property("keyboardKind") == "email" and find.field.accessibleName()
    assert window.keyboard.isVisible(), "the on-screen keyboard comes for the card field"
    qtbot.keyClicks(find.field, GIULIA)
    with qtbot.waitSignal(find.found, timeout=WAIT) as answer:
        qtbot.keyClick(find.field, Qt.Key.Key_Return)
    card = answer.args[0]
    assert (card.card, card.by, card.pinset, card.pinlocked) == (GIULIA, LookupKind.CARD, True, False)
    assert find.field.text() == "" and find.field.isEnabled() and not find.problem.text()


def test_while_looking_the_field_waits_and_says_so(qtbot: Any, screens: Any, control: SandboxControl) -> None:
    _, find, _ = screens
    control.set_faults(delayms=1200, path="/terminal/card")
    find.field.setText(GIULIA)
    with qtbot.waitSignal(find.found, timeout=WAIT):
        find.continue_button.click()
        assert find.busy and not find.field.isEnabled() and not find.continue_button.isEnabled()
        assert find.status.text() == "Looking for your card…"
    assert not find.status.text() and find.field.isEnabled()


def test_an_email_or_a_phone_finds_the_card_and_still_asks_its_pin(qtbot: Any, screens: Any) -> None:
    window, find, pin = screens
    by_email = found(qtbot, find, GIULIA_EMAIL)
    assert (by_email.card, by_email.by) == (GIULIA, LookupKind.EMAIL)
    by_phone = found(qtbot, find, GIULIA_PHONE)
    assert (by_phone.card, by_phone.by) == (GIULIA, LookupKind.MOBILE)
    ask(window, pin, by_email)
    assert pin.pad.isVisible() and pin.pad.hasFocus() and pin.sign_in_button.isVisible()


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("!!!???", "is neither a card number, an e-mail nor a phone number"),
        ("2000000000016", "check digit"),
        ("nobody@example.com", "No card in the loyalty program has this e-mail address"),
        (BLOCKED, "is blocked"),
    ],
    ids=["garbage", "misread", "unknown-email", "blocked"],
)
def test_what_finds_no_usable_card_is_said_in_words_on_the_screen(
    qtbot: Any, screens: Any, typed: str, words: str
) -> None:
    window, find, _ = screens
    said = refused(qtbot, find, typed)
    assert words in said, said
    assert find.problem.isVisible() and find.problem.property("role") == "problem"
    assert find.field.isEnabled() and find.field.hasFocus()
    assert not any(name in text for text in readable(window) for name in ("Marco", "Bianchi"))


def test_an_empty_continue_says_what_to_do(qtbot: Any, screens: Any) -> None:
    _, find, _ = screens
    find.continue_button.click()
    assert "type its number" in find.problem.text()


def test_problem_words_can_be_put_by_the_face(qtbot: Any, screens: Any) -> None:
    _, find, _ = screens
    find.show_problem("That was not a card.")
    assert find.problem.text() == "That was not a card." and find.problem.accessibleName() == "That was not a card."


# -- the PIN ------------------------------------------------------------------------------------


def test_the_right_pin_signs_in_and_the_card_shows_only_as_its_last_digits_before(
    qtbot: Any, screens: Any
) -> None:
    window, find, pin = screens
    card = found(qtbot, find, GIULIA_EMAIL)
    ask(window, pin, card)
    assert pin.card_label.text() == "Card •••• 0015"
    on_screen = readable(window)
    assert not [text for text in on_screen for secret in GIULIA_SECRETS if secret in text], on_screen
    visit = sign_in(qtbot, pin, "1234")
    assert visit.active and visit.card is not None
    assert (visit.card.card, visit.card.name, visit.card.points, visit.card.credit) == (GIULIA, "Giulia", 1250, 1500)
    assert pin.pad.count == 0, "the PIN left the pad when it was sent"
    visit.end()


def test_a_full_pad_signs_in_by_itself_after_a_short_pause(qtbot: Any, screens: Any) -> None:
    window, find, pin = screens
    ask(window, pin, found(qtbot, find, GIULIA))
    with qtbot.waitSignal(pin.signed_in, timeout=WAIT) as signed:
        for digit in "1234":
            pin.pad.digit_keys[digit].click()
    signed.args[0].end()


def test_digits_beyond_the_pin_a_scan_sends_nothing(qtbot: Any, screens: Any) -> None:
    window, find, pin = screens
    ask(window, pin, found(qtbot, find, GIULIA))
    with qtbot.assertNotEmitted(pin.signed_in, wait=SIGN_IN_PAUSE_MS * 3):
        type_pin(qtbot, pin, "2000000")  # a card scanned while the PIN pad had the focus
    assert pin.pad.count < 4 and not pin.busy


def test_signing_in_with_a_short_pin_asks_for_every_digit(qtbot: Any, screens: Any) -> None:
    window, find, pin = screens
    ask(window, pin, found(qtbot, find, GIULIA))
    type_pin(qtbot, pin, "12")
    pin.sign_in_button.click()
    assert pin.problem.text() == "Type all 4 digits of your PIN."
    assert pin.pad.count == 2 and not pin.busy


def test_a_wrong_pin_says_the_tries_left_and_locks_at_the_end_offering_the_reset(
    qtbot: Any, screens: Any
) -> None:
    window, find, pin = screens
    ask(window, pin, found(qtbot, find, LUCA))
    assert problem_after(qtbot, pin, "0000") == "Wrong PIN. 4 tries left before it locks."
    assert pin.pad.count == 0 and pin.pad.hasFocus()
    shot(window, "pin-wrong-1366x768")
    for left in (3, 2):
        assert problem_after(qtbot, pin, "0000") == f"Wrong PIN. {left} tries left before it locks."
    # "1 try" is English's singular from kiosk_en.qm (the source says "tries" for every count).
    assert problem_after(qtbot, pin, "0000") in ("Wrong PIN. 1 try left before it locks.",
                                                 "Wrong PIN. 1 tries left before it locks.")
    said = problem_after(qtbot, pin, "0000")
    assert "locked" in said, said
    assert pin.reset_button.isVisible() and pin.reset_button.text() == "Reset my PIN"
    assert not pin.pad.isVisible() and not pin.sign_in_button.isVisible()
    with qtbot.waitSignal(pin.reset_requested) as asked:
        pin.reset_button.click()
    assert asked.args == [LUCA]


def test_a_locked_card_is_offered_the_reset_at_once(qtbot: Any, screens: Any) -> None:
    window, find, pin = screens
    card = found(qtbot, find, LOCKED)
    assert card.pinlocked
    ask(window, pin, card)
    assert "locked" in pin.problem.text() and "code" in pin.problem.text()
    assert pin.reset_button.isVisible() and pin.reset_button.hasFocus() and not pin.pad.isVisible()
    assert not [text for text in readable(window) if "Anna" in text or "Verdi" in text]
    for name, size in SIZES.items():
        window.resize(*size)
        qtbot.wait(50)
        shot(window, f"pin-locked-{name}")
    with qtbot.waitSignal(pin.reset_requested) as asked:
        pin.reset_button.click()
    assert asked.args == [LOCKED]


def test_forgot_your_pin_asks_for_the_reset_of_this_card(qtbot: Any, screens: Any) -> None:
    window, find, pin = screens
    ask(window, pin, found(qtbot, find, GIULIA))
    type_pin(qtbot, pin, "12")
    with qtbot.waitSignal(pin.reset_requested) as asked:
        pin.forgot_button.click()
    assert asked.args == [GIULIA] and pin.pad.count == 0


def test_a_card_enrolled_online_is_told_to_set_its_pin_with_a_code(
    qtbot: Any, screens: Any, parts: Any, control: SandboxControl
) -> None:
    client = parts.ctx.client
    client.send_registration_code(email=NEW_EMAIL)
    account = client.register_with_code(
        code=control.latest_code(NEW_EMAIL), username=NEW_EMAIL, password="new-pw-123", categoryid=1, email=NEW_EMAIL
    )
    window, find, pin = screens
    card = found(qtbot, find, NEW_EMAIL)
    assert (card.card, card.pinset) == (account.card, False)
    ask(window, pin, card)
    assert "no PIN yet" in pin.status.text() and not pin.problem.text()
    assert pin.reset_button.text() == "Set my PIN" and not pin.pad.isVisible()
    shot(window, "pin-first-1366x768")
    with qtbot.waitSignal(pin.reset_requested) as asked:
        pin.reset_button.click()
    assert asked.args == [account.card]


def test_with_the_server_gone_the_pin_screen_says_so(qtbot: Any, screens: Any, control: SandboxControl) -> None:
    window, find, pin = screens
    ask(window, pin, found(qtbot, find, GIULIA))
    control.set_faults(status=503, count=1000)
    said = problem_after(qtbot, pin, "1234")
    assert "cannot be reached" in said and pin.pad.count == 0


# -- offline -------------------------------------------------------------------------------------


def test_offline_a_scanned_card_gives_its_kept_balance_a_typed_one_none_an_email_the_reason(
    qtbot: Any, screens: Any, control: SandboxControl
) -> None:
    window, find, pin = screens
    ask(window, pin, found(qtbot, find, GIULIA))
    sign_in(qtbot, pin, "1234").end()  # served here once: the kiosk keeps the balance it saw
    control.set_faults(status=503, count=1000)
    window.show_screen("find")

    with qtbot.waitSignal(find.kept, timeout=WAIT) as answer:
        find.look_up(GIULIA, scanned=True)
    kept = answer.args[0]
    assert isinstance(kept, KeptCard)
    assert (kept.card, kept.points, kept.credit) == (GIULIA, 1250, 1500) and kept.as_of is not None

    with qtbot.waitSignal(find.kept, timeout=WAIT) as answer:
        find.look_up(GIULIA, scanned=False)
    assert (answer.args[0].card, answer.args[0].points, answer.args[0].credit) == (GIULIA, None, None)

    said = refused(qtbot, find, GIULIA_EMAIL)
    assert "Signing in needs the loyalty server" in said
    shot(window, "find-offline-1366x768")


def test_offline_a_card_never_seen_here_needs_the_server(qtbot: Any, screens: Any, control: SandboxControl) -> None:
    _, find, _ = screens
    control.set_faults(status=503, count=1000)
    assert "Signing in needs the loyalty server" in refused(qtbot, find, LUCA)


# -- nothing left behind ---------------------------------------------------------------------------


def test_after_wipe_nothing_of_the_customer_is_left(qtbot: Any, screens: Any, control: SandboxControl) -> None:
    window, find, pin = screens
    card = found(qtbot, find, GIULIA_EMAIL)
    ask(window, pin, card)
    type_pin(qtbot, pin, "12")
    find.show_problem(f"Card {GIULIA} is blocked")
    find.field.setText(GIULIA_EMAIL)
    window.wipe()
    left = [text for text in readable(window) for secret in GIULIA_SECRETS if secret in text]
    assert not left, left
    assert pin.pad.count == 0 and find.field.text() == "" and not pin.card_label.text()


def test_an_answer_arriving_after_the_wipe_is_never_shown(
    qtbot: Any, screens: Any, control: SandboxControl
) -> None:
    window, find, pin = screens
    control.set_faults(delayms=1000, path="/terminal/card")
    with qtbot.assertNotEmitted(find.found, wait=2500):
        find.look_up(GIULIA, scanned=False)
        window.wipe()
    assert not find.busy and find.field.isEnabled()


def fits(qtbot: Any, window: KioskWindow, size: tuple[int, int], widgets: list[Any]) -> None:
    window.resize(*size)
    qtbot.wait(50)
    assert (window.width(), window.height()) == size, "the screen's least size is more than the kiosk's screen"
    for widget in widgets:
        assert widget.isVisible(), widget.objectName()
        if isinstance(widget, (QPushButton, QLineEdit)):  # what is touched is at least 9 mm high
            assert widget.height() >= window.look.target, widget.objectName()
        corner = widget.mapTo(window, widget.rect().bottomRight())
        assert corner.x() <= window.width() and corner.y() <= window.height(), widget.objectName()


def test_the_find_screen_fits_with_its_keyboard_portrait_and_landscape(qtbot: Any, parts: Any) -> None:
    find = FindScreen(parts.service)
    window = in_window(qtbot, {"find": find})  # alone: a stack is as tall as its tallest screen
    assert window.keyboard.isVisible()
    find.show_problem("No card in the loyalty program has this e-mail address: check the spelling.")
    for name, size in SIZES.items():
        fits(qtbot, window, size, [find.field, find.continue_button, find.back_button, find.done_button,
                                   find.problem, *window.keyboard.findChildren(QPushButton)])
        shot(window, f"find-{name}")


def test_the_pin_screen_fits_portrait_and_landscape(qtbot: Any, parts: Any) -> None:
    pin = PinScreen(parts.service)
    window = in_window(qtbot, {"pin": pin})
    ask(window, pin, Found(card=GIULIA, by=LookupKind.CARD, pinset=True, pinlocked=False))
    pin.problem.setText("Wrong PIN. 4 tries left before it locks.")
    assert not window.keyboard.isVisible()
    for name, size in SIZES.items():
        fits(qtbot, window, size, [pin.pad, pin.sign_in_button, pin.forgot_button, pin.back_button,
                                   pin.done_button, *pin.pad.findChildren(QPushButton)])
        shot(window, f"pin-{name}")


def test_large_text_and_a_problem_in_two_lines_still_fit_over_the_keyboard(qtbot: Any, parts: Any) -> None:
    find = FindScreen(parts.service)
    window = in_window(qtbot, {"find": find})
    window.large_text.click()
    find.field.setFocus()
    qtbot.waitUntil(window.keyboard.isVisible)
    said = refused(qtbot, find, BLOCKED)  # the longest of the words a customer may get here
    assert not find.hint.isVisible(), "the problem takes the hint's place"
    fits(qtbot, window, SIZES["1366x768"], [find.field, find.continue_button, find.problem, find.back_button,
                                            find.done_button, *window.keyboard.findChildren(QPushButton)])
    assert find.problem.height() >= find.problem.heightForWidth(find.problem.width()), said
    shot(window, "find-large-1366x768")
