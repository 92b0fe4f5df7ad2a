"""The kiosk's PIN screens against the sandbox: change the PIN, reset it with a code, set a first PIN, by touch."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.api import ApiError, SandboxControl
from kiosk.paths import Paths
from kiosk.services.kiosk import Found, MyCard, Visit
from kiosk.ui.common.pin_pad import PinPad
from kiosk.ui.kiosk.pin_screens import ChangePinScreen, ResetPinScreen, Step
from tests.gui.driver import WAIT
from tests.gui.kiosk_screens import SHAPES, cut_off, in_window, shoot, typed_anywhere
from tests.helpers import kiosk_log, secrets_in

GIULIA, GIULIA_PIN, GIULIA_EMAIL = "2000000000015", "1234", "giulia.rossi@example.com"
ANNA, ANNA_EMAIL = "2000000000046", "anna.verdi@example.com"  # her PIN is locked
WRONG, NEW, OTHER = "9071", "4826", "4827"


@pytest.fixture
def log_file(till: Paths) -> Iterator[Path]:
    with kiosk_log(till.logs) as path:
        yield path


@pytest.fixture
def big_font(kiosk_font: None) -> None:
    """The kiosk's 18 pt words (tests/gui/conftest.py)."""


def answer(qtbot: Any, op: Any) -> Any:
    """What the operation answers (it fails the test if it fails)."""
    got: list[Any] = []
    failed: list[Exception] = []
    op.success(got.append).failure(failed.append).run()
    qtbot.waitUntil(lambda: bool(got or failed), timeout=WAIT)
    assert not failed, failed
    return got[0]


def refusal(qtbot: Any, op: Any) -> Exception:
    failed: list[Exception] = []
    got: list[Any] = []
    op.success(got.append).failure(failed.append).run()
    qtbot.waitUntil(lambda: bool(got or failed), timeout=WAIT)
    assert failed and not got
    return failed[0]


def sign_in(qtbot: Any, parts: Any, card: str, pin: str) -> Visit:
    """Signed in with card and PIN (the customer scope of /auth), as KioskService.sign_in does before "My card"."""
    session = parts.ctx.client.customer_login_with_pin(card=card, pincode=pin)
    held = parts.ctx.client.card(card=card)
    return Visit(session, MyCard(card=held.card, fidelycode=held.fidelycode, name=held.name, points=held.points,
                                 credit=held.credit, movements=()))


def refused_sign_in(parts: Any, card: str, pin: str) -> Exception:
    with pytest.raises(ApiError) as refused:
        parts.ctx.client.customer_login_with_pin(card=card, pincode=pin)
    return refused.value


def touch(qtbot: Any, pad: PinPad, digits: str) -> None:
    """The digits pressed on the pad's keys, as a finger does."""
    assert pad.isVisible() and pad.isEnabled()
    for digit in digits:
        qtbot.mouseClick(pad.digit_keys[digit], Qt.MouseButton.LeftButton)


def says(qtbot: Any, screen: Any, words: str) -> None:
    qtbot.waitUntil(lambda: words in screen.problem.text(), timeout=WAIT)


def test_change_pin_wrong_current_then_different_twins_then_changed_and_signs_in(
    qtbot: Any, kiosk_parts: Any, big_font: None
) -> None:
    visit = sign_in(qtbot, kiosk_parts, GIULIA, GIULIA_PIN)
    screen = ChangePinScreen(kiosk_parts.service)
    window = in_window(qtbot, {"pin": screen})
    screen.ask(visit, kiosk_parts.campaign.pincodelength)
    assert screen.step is Step.CURRENT and "current PIN" in screen.prompt.text()
    assert screen.forgot.isVisible()

    touch(qtbot, screen.pin_pad, WRONG)
    assert screen.step is Step.NEW and "new PIN" in screen.prompt.text()
    touch(qtbot, screen.pin_pad, NEW)
    assert screen.step is Step.AGAIN and "again" in screen.prompt.text()
    touch(qtbot, screen.pin_pad, NEW)
    says(qtbot, screen, "tries left")
    assert screen.step is Step.CURRENT and screen.pin_pad.count == 0
    assert screen.problem.text().startswith("⚠") and "wrong" in screen.problem.text()
    shoot(window, "change-pin-wrong-landscape")

    touch(qtbot, screen.pin_pad, GIULIA_PIN)
    touch(qtbot, screen.pin_pad, NEW)
    touch(qtbot, screen.pin_pad, OTHER)
    assert screen.step is Step.NEW and "different" in screen.problem.text()
    touch(qtbot, screen.pin_pad, NEW)
    with qtbot.waitSignal(screen.changed, timeout=WAIT):
        touch(qtbot, screen.pin_pad, NEW)
    assert typed_anywhere(window, [GIULIA_PIN, NEW, OTHER, WRONG]) == []

    visit.end()
    again = sign_in(qtbot, kiosk_parts, GIULIA, NEW)
    assert again.card is not None and again.card.card == GIULIA
    refused_sign_in(kiosk_parts, GIULIA, GIULIA_PIN)


def test_forgot_your_pin_asks_for_the_reset(qtbot: Any, kiosk_parts: Any, big_font: None) -> None:
    visit = sign_in(qtbot, kiosk_parts, GIULIA, GIULIA_PIN)
    screen = ChangePinScreen(kiosk_parts.service)
    window = in_window(qtbot, {"pin": screen})
    screen.ask(visit, 4)
    assert window.current is screen
    with qtbot.waitSignal(screen.reset_requested, timeout=WAIT):
        qtbot.mouseClick(screen.forgot, Qt.MouseButton.LeftButton)


def test_a_pin_locked_by_wrong_tries_offers_the_reset_and_an_unreachable_server_is_said(
    qtbot: Any, kiosk_parts: Any, control: SandboxControl, big_font: None
) -> None:
    visit = sign_in(qtbot, kiosk_parts, GIULIA, GIULIA_PIN)
    screen = ChangePinScreen(kiosk_parts.service)
    window = in_window(qtbot, {"pin": screen})
    screen.ask(visit, 4)

    control.set_faults(status=503, count=1000)  # the loyalty server is gone
    touch(qtbot, screen.pin_pad, GIULIA_PIN + NEW + NEW)
    says(qtbot, screen, "cannot be reached")
    assert screen.step is Step.CURRENT and screen.pin_pad.isVisible()
    control.clear_faults()

    for _ in range(5):
        if screen.reset_button.isVisible():
            break
        before = screen.problem.text()
        touch(qtbot, screen.pin_pad, WRONG + NEW + NEW)
        qtbot.waitUntil(lambda: not screen._busy and screen.problem.text() != before, timeout=WAIT)
    assert "locked" in screen.problem.text() and screen.reset_button.isVisible()
    assert not screen.pin_pad.isVisible() and not screen.forgot.isVisible() and not screen.progress.isVisible()
    shoot(window, "change-pin-locked-landscape")
    assert cut_off(window) == []
    with qtbot.waitSignal(screen.reset_requested, timeout=WAIT):
        qtbot.mouseClick(screen.reset_button, Qt.MouseButton.LeftButton)


def test_reset_shows_the_address_masked_refuses_a_wrong_code_and_unlocks_with_the_right_one(
    qtbot: Any, kiosk_parts: Any, control: SandboxControl, big_font: None
) -> None:
    assert refused_sign_in(kiosk_parts, ANNA, "9999") is not None  # locked
    screen = ResetPinScreen(kiosk_parts.service)
    window = in_window(qtbot, {"reset": screen})
    screen.ask(ANNA, 4)
    assert screen.title.text() == "Reset your PIN" and screen.send_button.isVisible()
    shoot(window, "reset-pin-send-landscape")
    qtbot.mouseClick(screen.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.step is Step.CODE and screen.code_pad.isVisible(), timeout=WAIT)
    note = screen.note.text()
    assert "We sent a code to" in note and ANNA_EMAIL not in note and "@" in note, note
    assert not screen.resend.isEnabled() or "again" in screen.resend.text()
    code = control.latest_code(ANNA_EMAIL)
    shoot(window, "reset-pin-code-landscape")

    bad = code[:-1] + str((int(code[-1]) + 1) % 10)
    touch(qtbot, screen.code_pad, bad)
    assert screen.step is Step.NEW
    touch(qtbot, screen.pin_pad, NEW)
    touch(qtbot, screen.pin_pad, NEW)
    says(qtbot, screen, "code")
    assert screen.step is Step.CODE and "not right" in screen.problem.text()
    shoot(window, "reset-pin-wrong-code-landscape")

    touch(qtbot, screen.code_pad, code)
    touch(qtbot, screen.pin_pad, NEW)
    with qtbot.waitSignal(screen.reset, timeout=WAIT) as heard:
        touch(qtbot, screen.pin_pad, NEW)
    assert heard.args == [ANNA]
    assert typed_anywhere(window, [code, bad, NEW]) == []
    visit = sign_in(qtbot, kiosk_parts, ANNA, NEW)  # the lock is lifted
    assert visit.card is not None and visit.card.name == "Anna"
    screen.wipe()
    assert screen.note.text() == "" and screen.card == ""


def test_a_card_enrolled_online_sets_its_first_pin_with_a_code(
    qtbot: Any, kiosk_parts: Any, control: SandboxControl, big_font: None
) -> None:
    client = kiosk_parts.ctx.client
    email = f"senza.pin{int(time.time() * 1000) % 100000}@example.com"
    client.send_registration_code(email=email)
    account = client.register_with_code(
        code=control.latest_code(email), username=email, password="Tessera-Nuova-73", categoryid=1, email=email
    )
    control.advance_clock(600)  # past the wait before another code to the same address
    found = answer(qtbot, kiosk_parts.service.find(parent=kiosk_parts.service, text=account.card, scanned=True))
    assert isinstance(found, Found) and found.pinset is False

    screen = ResetPinScreen(kiosk_parts.service)
    window = in_window(qtbot, {"reset": screen}, SHAPES["portrait"])
    screen.ask(found.card, 4, first=True)
    assert screen.title.text() == "Set your PIN" and "no PIN yet" in screen.explain.text()
    shoot(window, "first-pin-send-portrait")
    qtbot.mouseClick(screen.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.step is Step.CODE or bool(screen.problem.text()), timeout=WAIT)
    assert screen.step is Step.CODE, screen.problem.text()
    touch(qtbot, screen.code_pad, control.latest_code(email))
    touch(qtbot, screen.pin_pad, NEW)
    with qtbot.waitSignal(screen.reset, timeout=WAIT):
        touch(qtbot, screen.pin_pad, NEW)
    visit = sign_in(qtbot, kiosk_parts, found.card, NEW)
    assert visit.active


def test_no_pin_or_code_reaches_the_log_or_the_store(
    qtbot: Any, kiosk_parts: Any, control: SandboxControl, till: Paths, log_file: Path, big_font: None
) -> None:
    visit = sign_in(qtbot, kiosk_parts, GIULIA, GIULIA_PIN)
    change = ChangePinScreen(kiosk_parts.service)
    windows = [in_window(qtbot, {"pin": change})]
    change.ask(visit, 4)
    touch(qtbot, change.pin_pad, WRONG)
    touch(qtbot, change.pin_pad, OTHER)
    touch(qtbot, change.pin_pad, OTHER)
    says(qtbot, change, "wrong")
    touch(qtbot, change.pin_pad, GIULIA_PIN)
    touch(qtbot, change.pin_pad, NEW)
    with qtbot.waitSignal(change.changed, timeout=WAIT):
        touch(qtbot, change.pin_pad, NEW)

    reset = ResetPinScreen(kiosk_parts.service)
    windows.append(in_window(qtbot, {"reset": reset}))
    reset.ask(GIULIA, 4)
    qtbot.mouseClick(reset.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reset.step is Step.CODE, timeout=WAIT)
    code = control.latest_code(GIULIA_EMAIL)
    touch(qtbot, reset.code_pad, code)
    touch(qtbot, reset.pin_pad, OTHER)
    with qtbot.waitSignal(reset.reset, timeout=WAIT):
        touch(qtbot, reset.pin_pad, OTHER)

    import logging

    for handler in logging.getLogger().handlers:
        handler.flush()
    kiosk_parts.ctx.store_runner.wait()
    files = [log_file, *till.data.glob("terminal.sqlite3*")]
    assert log_file.exists() and log_file.read_text()
    assert secrets_in(files, [WRONG, GIULIA_PIN, NEW, OTHER, code]) == []


@pytest.mark.parametrize("shape", ["landscape", "portrait"])
def test_the_pin_screens_fit_and_their_targets_are_big_enough(
    qtbot: Any, kiosk_parts: Any, control: SandboxControl, shape: str, big_font: None
) -> None:
    visit = sign_in(qtbot, kiosk_parts, GIULIA, GIULIA_PIN)
    change = ChangePinScreen(kiosk_parts.service)
    window = in_window(qtbot, {"pin": change}, SHAPES[shape])
    change.ask(visit, 4)
    touch(qtbot, change.pin_pad, WRONG + NEW + NEW)
    says(qtbot, change, "wrong")
    shoot(window, f"change-pin-{shape}")
    assert (window.width(), window.height()) == SHAPES[shape]  # all of it on the screen, none pushed off
    assert cut_off(window) == []
    target = window.look.target
    keys = change.pin_pad.findChildren(type(change.forgot))
    small = [k.objectName() for k in keys if min(k.width(), k.height()) < target]
    assert small == []
    assert min(change.forgot.height(), change.done_button.height(), change.back_button.height()) >= target
    window.set_look(large=True, contrast=True)
    QApplication.processEvents()
    shoot(window, f"change-pin-large-contrast-{shape}")
    assert (window.width(), window.height()) == SHAPES[shape]
    assert cut_off(window) == []
    window.set_look(large=False, contrast=False)

    reset = ResetPinScreen(kiosk_parts.service)
    first, window = window, in_window(qtbot, {"reset": reset}, SHAPES[shape])
    first.close()
    reset.ask(GIULIA, 4)
    shoot(window, f"reset-pin-send-{shape}")
    assert cut_off(window) == []
    qtbot.mouseClick(reset.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reset.step is Step.CODE, timeout=WAIT)
    shoot(window, f"reset-pin-code-{shape}")
    assert (window.width(), window.height()) == SHAPES[shape]
    assert cut_off(window) == []
    assert reset.resend.height() >= target
