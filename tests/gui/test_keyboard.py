"""The kiosk's on-screen keyboard in real offscreen Qt: its layouts, typing by touch into real fields, and its secrecy."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QIntValidator
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.common.keyboard import MIN_KEY_MM, MIN_POINT_SIZE, FieldKind, OnScreenKeyboard
from tests.gui.driver import show_active

CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_WINDOWS: list[QWidget] = []  # the test's windows, alive until it ends


@pytest.fixture(autouse=True)
def _windows_live_through_the_test() -> Any:
    yield
    _WINDOWS.clear()


def kiosk_with(qtbot: Any, language: str = "en", dpi: float = 96.0, **edit_setup: Any) -> tuple[OnScreenKeyboard, QLineEdit]:
    """A window with one field and the keyboard under it, the field focused and the keyboard attached to it."""
    window = QWidget()
    edit = QLineEdit(window)
    keyboard = OnScreenKeyboard(language, dpi=dpi, parent=window)
    column = QVBoxLayout(window)
    column.addWidget(edit)
    column.addWidget(keyboard)
    for name, value in edit_setup.items():
        if name == "kind":
            edit.setProperty("keyboardKind", value)
        else:
            getattr(edit, name)(value)
    _WINDOWS.append(window)
    show_active(qtbot, window)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    keyboard.attach(edit)
    return keyboard, edit


def keys(keyboard: OnScreenKeyboard) -> dict[str, QPushButton]:
    """The keys on show now, by the name a screen reader says."""
    return {key.accessibleName(): key for key in keyboard.findChildren(QPushButton)}


def touch(qtbot: Any, keyboard: OnScreenKeyboard, name: str) -> None:
    key = keys(keyboard)[name]
    qtbot.mouseClick(key, Qt.MouseButton.LeftButton)


def type_by_touch(qtbot: Any, keyboard: OnScreenKeyboard, text: str) -> None:
    """Touches the keys a customer would: Shift before a capital, Space for a blank."""
    for char in text:
        if char == " ":
            touch(qtbot, keyboard, "Space")
        elif char != char.lower():
            touch(qtbot, keyboard, "Shift")
            touch(qtbot, keyboard, char)
        else:
            touch(qtbot, keyboard, char)


def everything_shown(keyboard: OnScreenKeyboard) -> str:
    """Every text the keyboard and its children show or say, and every plain value it holds."""
    parts: list[str] = [keyboard.accessibleName(), keyboard.toolTip(), keyboard.windowTitle()]
    for child in keyboard.findChildren(QWidget):
        parts += [child.accessibleName(), child.accessibleDescription(), child.toolTip(), child.windowTitle()]
        text = getattr(child, "text", None)
        if callable(text):
            parts.append(str(text()))
    for value in vars(keyboard).values():
        if isinstance(value, (str, bytes, bytearray, list, tuple, dict)):
            parts.append(repr(value))
    return "\n".join(parts)


@pytest.mark.parametrize(
    ("language", "letters"),
    [
        ("en", "abcdefghijklmnopqrstuvwxyz"),
        ("it", "abcdefghijklmnopqrstuvwxyzàèéìòù"),
        ("pt", "abcdefghijklmnopqrstuvwxyzãâáàçéêíóôõú"),
        ("ru", CYRILLIC),
    ],
)
def test_each_language_has_its_letters(qtbot: Any, language: str, letters: str) -> None:
    keyboard, _ = kiosk_with(qtbot, language)
    shown = keys(keyboard)
    assert [c for c in letters if c not in shown] == []


@pytest.mark.parametrize(
    ("language", "name"),
    [("en", "Zoë Adams"), ("it", "Niccolò Città"), ("pt", "Conceição Araújo"), ("ru", "Ёлкина Йоланта")],
)
def test_a_name_typed_by_touch_arrives_in_the_field(qtbot: Any, language: str, name: str) -> None:
    keyboard, edit = kiosk_with(qtbot, language)
    type_by_touch(qtbot, keyboard, name)
    assert edit.text() == name
    assert edit.hasFocus()  # the keys never took it


def test_shift_is_one_shot(qtbot: Any) -> None:
    keyboard, edit = kiosk_with(qtbot, "it")
    touch(qtbot, keyboard, "Shift")
    assert keys(keyboard)["Shift"].isChecked()
    touch(qtbot, keyboard, "A")
    touch(qtbot, keyboard, "a")
    assert edit.text() == "Aa"
    assert not keys(keyboard)["Shift"].isChecked()


def test_backspace_removes_the_last_character(qtbot: Any) -> None:
    keyboard, edit = kiosk_with(qtbot, "ru")
    type_by_touch(qtbot, keyboard, "дом")
    touch(qtbot, keyboard, "Backspace")
    assert edit.text() == "до"


def test_an_email_field_gets_the_email_row(qtbot: Any) -> None:
    keyboard, edit = kiosk_with(qtbot, "it", setInputMethodHints=Qt.InputMethodHint.ImhEmailCharactersOnly)
    assert keyboard.kind() is FieldKind.EMAIL
    type_by_touch(qtbot, keyboard, "ada")
    for name in ("@", "b", ".it"):
        touch(qtbot, keyboard, name)
    assert edit.text() == "ada@b.it"
    assert {"@", ".", ".com", ".it"} <= set(keys(keyboard))


def test_a_plain_field_has_no_email_row(qtbot: Any) -> None:
    keyboard, _ = kiosk_with(qtbot, "en")
    assert "@" not in keys(keyboard) and ".com" not in keys(keyboard)


def test_a_phone_field_gets_digits_and_plus(qtbot: Any) -> None:
    keyboard, edit = kiosk_with(qtbot, "pt", setInputMethodHints=Qt.InputMethodHint.ImhDialableCharactersOnly)
    shown = keys(keyboard)
    assert set("0123456789+") <= set(shown)
    assert "a" not in shown
    for char in "+351912345678":
        touch(qtbot, keyboard, char)
    assert edit.text() == "+351912345678"


def test_a_field_can_say_its_kind(qtbot: Any) -> None:
    keyboard, _ = kiosk_with(qtbot, "en", kind="digits")
    assert keyboard.kind() is FieldKind.DIGITS
    assert set("0123456789") <= set(keys(keyboard)) and "+" not in keys(keyboard)


def test_the_letters_page_switches_to_digits_and_symbols_and_back(qtbot: Any) -> None:
    keyboard, edit = kiosk_with(qtbot, "en")
    touch(qtbot, keyboard, "Digits and symbols")
    for name in ("4", "&", "2"):
        touch(qtbot, keyboard, name)
    touch(qtbot, keyboard, "Letters")
    touch(qtbot, keyboard, "x")
    assert edit.text() == "4&2x"


def test_the_ampersand_key_shows_an_ampersand(qtbot: Any) -> None:
    keyboard, _ = kiosk_with(qtbot, "en")
    touch(qtbot, keyboard, "Digits and symbols")
    key = keys(keyboard)["&"]
    assert key.text().replace("&&", "&") == "&"


def test_the_field_validator_and_max_length_are_honoured(qtbot: Any) -> None:
    keyboard, edit = kiosk_with(qtbot, "en", setValidator=QIntValidator(0, 999))
    assert keyboard.kind() is FieldKind.DIGITS
    for digit in "1234":
        touch(qtbot, keyboard, digit)
    assert edit.text() == "123"
    short, field = kiosk_with(qtbot, "it", setMaxLength=3)
    type_by_touch(qtbot, short, "ciao")
    assert field.text() == "cia"


def test_enter_presses_return_on_the_field(qtbot: Any) -> None:
    keyboard, edit = kiosk_with(qtbot, "en")
    type_by_touch(qtbot, keyboard, "ok")
    with qtbot.waitSignals([edit.returnPressed, keyboard.done]):
        touch(qtbot, keyboard, "Enter")
    with qtbot.waitSignal(keyboard.dismissed):
        touch(qtbot, keyboard, "Hide keyboard")


def test_a_password_is_never_shown_by_the_keyboard(qtbot: Any) -> None:
    keyboard, edit = kiosk_with(qtbot, "en", setEchoMode=QLineEdit.EchoMode.Password)
    secret = "qzjxvk"
    type_by_touch(qtbot, keyboard, secret)
    assert edit.text() == secret
    shown = everything_shown(keyboard)
    assert [secret[i : i + 2] for i in range(len(secret) - 1) if secret[i : i + 2] in shown] == []


def test_after_detach_nothing_typed_remains_in_the_keyboard(qtbot: Any) -> None:
    keyboard, edit = kiosk_with(qtbot, "pt")
    typed = "Vjqxzk"
    type_by_touch(qtbot, keyboard, typed)
    keyboard.detach()
    assert keyboard.target() is None
    assert not any(isinstance(value, QLineEdit) for value in vars(keyboard).values())
    shown = everything_shown(keyboard)
    assert [typed[i : i + 2] for i in range(len(typed) - 1) if typed[i : i + 2] in shown] == []
    touch(qtbot, keyboard, "a")  # a key with no field types nowhere
    assert edit.text() == typed


@pytest.mark.parametrize("dpi", [96.0, 160.0, 300.0])
def test_keys_are_at_least_9_mm_with_18_pt_text(qtbot: Any, dpi: float) -> None:
    keyboard, _ = kiosk_with(qtbot, "ru", dpi=dpi)
    for key in keyboard.findChildren(QPushButton):
        width_mm = key.width() / dpi * 25.4
        height_mm = key.height() / dpi * 25.4
        assert min(width_mm, height_mm) >= MIN_KEY_MM, key.accessibleName()
        assert key.font().pointSizeF() >= MIN_POINT_SIZE, key.accessibleName()


@pytest.mark.parametrize("kind", ["text", "email", "digits", "phone"])
def test_every_key_has_a_name_a_role_and_no_focus(qtbot: Any, kind: str) -> None:
    keyboard, _ = kiosk_with(qtbot, "pt", kind=kind)
    check_names_roles_focus(keyboard)
    if kind in ("text", "email"):
        touch(qtbot, keyboard, "Digits and symbols")
        check_names_roles_focus(keyboard)


def check_names_roles_focus(keyboard: OnScreenKeyboard) -> None:
    for name, key in keys(keyboard).items():
        assert name.strip(), key.text()
        assert key.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert not key.autoRepeat()
        face = QAccessible.queryAccessibleInterface(key)
        role = QAccessible.Role.CheckBox if key.isCheckable() else QAccessible.Role.Button  # Shift is a toggle
        assert face is not None and face.role() == role
        assert face.text(QAccessible.Text.Name) == name


def test_the_layout_follows_the_language(qtbot: Any) -> None:
    keyboard, edit = kiosk_with(qtbot, "it")
    keyboard.set_language("ru")
    shown = keys(keyboard)
    assert "ж" in shown and "q" not in shown
    type_by_touch(qtbot, keyboard, "Жук")
    assert edit.text() == "Жук"
