"""The PIN pad in real offscreen Qt: typed by touch and by keyboard, shown as dots, handed out once and wiped."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout

from kiosk.settings import Settings
from kiosk.ui.common.pin_pad import BANK_WARNING, EMPTY, FILLED, KEY_SIZE, PHONE_ORDER, PinPad
from tests.gui.driver import show_active

KEYPAD = Qt.KeyboardModifier.KeypadModifier


def shown_pad(qtbot: Any, length: int = 4, **options: Any) -> PinPad:
    """A pad on screen as its own window, holding the keyboard, as a customer finds it."""
    pad = PinPad(length, **options)
    show_active(qtbot, pad)
    pad.setFocus()
    qtbot.waitUntil(pad.hasFocus)
    return pad


def touch(qtbot: Any, pad: PinPad, digits: str) -> None:
    for digit in digits:
        qtbot.mouseClick(pad.digit_keys[digit], Qt.MouseButton.LeftButton)


def keypad(qtbot: Any, pad: PinPad, digits: str) -> None:
    """The numeric keypad: the same key codes as the main row, with KeypadModifier."""
    for digit in digits:
        qtbot.keyClick(pad, getattr(Qt.Key, f"Key_{digit}"), KEYPAD)


def digit_keys_in_reading_order(pad: PinPad) -> str:
    """The digits as a person reads the keys on screen: top to bottom, left to right."""
    keys = sorted(pad.digit_keys.items(), key=lambda item: (item[1].y(), item[1].x()))
    return "".join(digit for digit, _ in keys)


def assert_empty(pad: PinPad) -> None:
    assert pad.count == 0 and not pad.is_complete
    assert pad.display.text().split() == [EMPTY] * pad.length
    assert not any(pad._digits), "the storage itself is overwritten, not just counted as empty"


def test_touch_typing_gives_the_pin_once_and_leaves_the_pad_empty(qtbot):
    pad = shown_pad(qtbot)
    counts: list[int] = []
    pad.changed.connect(counts.append)
    touch(qtbot, pad, "190")
    assert not pad.is_complete
    with qtbot.waitSignal(pad.complete, timeout=1000):
        touch(qtbot, pad, "5")
    assert pad.is_complete and counts == [1, 2, 3, 4]
    assert pad.take_pin() == "1905"
    assert counts[-1] == 0
    assert_empty(pad)
    assert pad.take_pin() == ""


def test_the_keys_leave_the_keyboard_with_the_pad(qtbot):
    pad = shown_pad(qtbot)
    keys = [*pad.digit_keys.values(), pad.clear_key, pad.backspace_key]
    assert all(key.focusPolicy() == Qt.FocusPolicy.NoFocus for key in keys)
    assert pad.focusPolicy() == Qt.FocusPolicy.StrongFocus
    touch(qtbot, pad, "3")
    assert QApplication.focusWidget() is pad
    # A physical keypad goes on where the finger stopped.
    qtbot.keyClicks(QApplication.focusWidget(), "14")
    assert pad.take_pin() == "314"


def test_the_main_keys_and_the_numeric_keypad_type_the_pin(qtbot):
    pad = shown_pad(qtbot, 6)
    qtbot.keyClicks(pad, "246")
    with qtbot.waitSignal(pad.complete, timeout=1000):
        keypad(qtbot, pad, "809")
    assert pad.take_pin() == "246809"
    assert_empty(pad)


def test_backspace_delete_and_clear(qtbot):
    pad = shown_pad(qtbot)
    qtbot.keyClicks(pad, "123")
    qtbot.keyClick(pad, Qt.Key.Key_Backspace)
    assert pad.count == 2
    touch(qtbot, pad, "9")
    qtbot.mouseClick(pad.backspace_key, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.backspace_key, Qt.MouseButton.LeftButton)
    keypad(qtbot, pad, "7")
    assert pad.take_pin() == "17"

    qtbot.keyClicks(pad, "456")
    with qtbot.waitSignal(pad.changed, timeout=1000, check_params_cb=lambda count: count == 0):
        qtbot.mouseClick(pad.clear_key, Qt.MouseButton.LeftButton)
    assert_empty(pad)

    qtbot.keyClicks(pad, "456")
    qtbot.keyClick(pad, Qt.Key.Key_Delete)
    assert_empty(pad)
    qtbot.keyClick(pad, Qt.Key.Key_Backspace)  # on an empty pad: nothing, and no error
    assert pad.take_pin() == ""


def test_digits_beyond_the_length_are_ignored_and_complete_comes_once(qtbot):
    pad = shown_pad(qtbot)
    completes: list[bool] = []
    pad.complete.connect(lambda: completes.append(True))
    qtbot.keyClicks(pad, "123456")
    touch(qtbot, pad, "78")
    assert completes == [True]
    assert pad.display.text().split() == [FILLED] * 4
    assert pad.take_pin() == "1234"


def test_letters_and_shortcuts_type_nothing_and_escape_is_left_to_the_dialog(qtbot):
    dialog = QDialog()
    pad = PinPad(4, parent=dialog)
    QVBoxLayout(dialog).addWidget(pad)
    show_active(qtbot, dialog)
    pad.setFocus()
    qtbot.waitUntil(pad.hasFocus)

    qtbot.keyClicks(pad, "a1b-2c ")
    qtbot.keyClick(pad, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert pad.count == 2
    for key in (Qt.Key.Key_A, Qt.Key.Key_Return, Qt.Key.Key_Escape):
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
        pad.keyPressEvent(event)
        assert not event.isAccepted(), key
    # Escape reaches the dialog, which closes; the pad hidden with it forgets the digits.
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.keyClick(pad, Qt.Key.Key_Escape)
    assert_empty(pad)


def test_the_screen_shows_dots_and_never_a_digit(qtbot):
    pad = shown_pad(qtbot, 6)
    qtbot.keyClicks(pad, "739")
    keypad(qtbot, pad, "15")
    for text in (pad.display.text(), pad.display.accessibleName(), pad.accessibleName()):
        assert not any(ch.isdigit() for ch in text), text
    assert pad.display.text().split() == [FILLED] * 5 + [EMPTY]
    assert "five of six" in pad.display.accessibleName()
    # No text anywhere in the pad holds the PIN: only the keys' own labels are digits.
    labels = [label.text() + label.accessibleName() for label in pad.findChildren(QLabel)]
    assert not any(ch.isdigit() for ch in "".join(labels))
    picture = pad.grab()
    assert not picture.isNull() and picture.width() >= 3 * KEY_SIZE
    assert pad.take_pin() == "73915"


def test_the_bank_card_warning_is_on_screen(qtbot):
    pad = shown_pad(qtbot)
    warning = pad.findChild(QLabel, "bankWarning")
    assert warning is not None and warning.isVisible()
    assert warning.text() == BANK_WARNING == "Never use your bank card's PIN here."


def test_the_default_layout_is_the_phone_layout(qtbot):
    pad = shown_pad(qtbot)
    assert pad.digit_order == PHONE_ORDER == digit_keys_in_reading_order(pad)
    # Clear bottom left, ⌫ bottom right, 0 between them.
    zero = pad.digit_keys["0"]
    assert pad.clear_key.y() == zero.y() == pad.backspace_key.y()
    assert pad.clear_key.x() < zero.x() < pad.backspace_key.x()
    pad.wipe()
    assert pad.digit_order == PHONE_ORDER


def test_scrambled_keys_are_shuffled_at_each_wipe_and_still_type_right(qtbot):
    pad = shown_pad(qtbot, scrambled=True, rng=random.Random(20240611))
    first = pad.digit_order
    assert first != PHONE_ORDER
    assert sorted(first) == sorted(PHONE_ORDER)
    assert digit_keys_in_reading_order(pad) == first
    assert {key.text() for key in pad.digit_keys.values()} == set(PHONE_ORDER)

    with qtbot.waitSignal(pad.complete, timeout=1000):
        touch(qtbot, pad, "2580")
    assert pad.take_pin() == "2580"
    second = pad.digit_order
    assert second != first and sorted(second) == sorted(PHONE_ORDER)
    qtbot.waitUntil(lambda: digit_keys_in_reading_order(pad) == second)
    touch(qtbot, pad, "0001")
    assert pad.take_pin() == "0001"


def test_hiding_the_pad_wipes_it(qtbot):
    pad = shown_pad(qtbot)
    qtbot.keyClicks(pad, "4321")
    assert pad.is_complete
    with qtbot.waitSignal(pad.changed, timeout=1000, check_params_cb=lambda count: count == 0):
        pad.hide()
    assert_empty(pad)
    pad.show()
    assert pad.take_pin() == ""


def test_destroying_the_pad_overwrites_its_digits(qtbot):
    # Never shown, so no hide wipes it first: only its destruction, with the dialog it sits in.
    dialog = QDialog()
    pad = PinPad(4, parent=dialog)
    qtbot.keyClicks(pad, "8642")
    storage = pad._digits
    assert bytes(storage) == b"8642"
    dialog.deleteLater()
    qtbot.waitUntil(lambda: bytes(storage) == bytes(4), timeout=1000)


def test_the_length_comes_from_the_campaign(qtbot):
    pad = shown_pad(qtbot, 6)
    assert pad.length == 6
    assert pad.display.text().split() == [EMPTY] * 6
    for length in (3, 12):
        assert PinPad(length).display.text().count(EMPTY) == length
    for length in (0, 2, 13):
        with pytest.raises(ValueError, match="3 to 12 digits"):
            PinPad(length)


def test_the_keys_are_big_enough_for_a_finger(qtbot):
    pad = shown_pad(qtbot)
    keys = pad.findChildren(QPushButton)
    assert len(keys) == 12
    assert {key.objectName() for key in keys} == {f"key{d}" for d in PHONE_ORDER} | {"keyClear", "keyBackspace"}
    for key in keys:
        assert key.width() >= KEY_SIZE and key.height() >= KEY_SIZE, key.objectName()
        assert key.font().pointSizeF() > pad.font().pointSizeF()


def test_scrambling_is_a_setting_off_by_default(tmp_path: Path):
    assert Settings.load(tmp_path, env={}).pin_pad_scrambled is False
    assert Settings.load(tmp_path, env={"KIOSK_PIN_PAD_SCRAMBLED": "yes"}).pin_pad_scrambled is True
