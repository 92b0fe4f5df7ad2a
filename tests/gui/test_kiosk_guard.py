"""The kiosk's locks: what a customer alone can press does nothing harmful; staff get in by a gesture and a PIN."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

from kiosk.core.staff import hash_manager_pin
from kiosk.settings import save_settings
from kiosk.ui.kiosk.guard import LockDown, StaffGesture, is_harmful_key
from kiosk.ui.kiosk.screen import KioskScreen
from kiosk.ui.kiosk.still_there import COUNTDOWN_SECONDS, StillThereScreen
from kiosk.ui.kiosk.window import NO_KEYBOARD, KioskWindow
from tests.gui.driver import MANAGER_PIN, WAIT
from tests.gui.kiosking import ESCAPES

NONE, CTRL, ALT = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def test_each_escape_key_is_harmful_and_typing_is_not() -> None:
    for key, modifiers, text in ESCAPES:
        assert is_harmful_key(QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text)), (key, modifiers)
    # Typing, with Shift, and AltGr's '@' on an Italian keyboard (reported by some systems as Ctrl+Alt).
    assert not is_harmful_key(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, NONE, "a"))
    assert not is_harmful_key(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier, "A"))
    assert not is_harmful_key(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_At, CTRL | ALT, "@"))
    assert not is_harmful_key(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, NONE, "\r"))
    assert not is_harmful_key(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Backspace, NONE, "\x08"))


class _Shortcuts(KioskScreen):
    """A screen with the shortcuts a careless change might add: each counts when it fires."""

    def __init__(self) -> None:
        super().__init__()
        from PySide6.QtGui import QAction, QKeySequence

        from PySide6.QtWidgets import QLineEdit

        self.field = QLineEdit("text to copy")  # a line edit has a context menu of its own (cut, copy, paste)
        self.field.setProperty(NO_KEYBOARD, True)
        self.body.addWidget(self.field)
        self.fired: list[str] = []
        for keys in ("Alt+F4", "Ctrl+Q", "Ctrl+W", "Esc", "F1", "F12", "Alt+Tab"):
            action = QAction(keys, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, k=keys: self.fired.append(k))
            self.addAction(action)


@pytest.fixture
def locked(qtbot: Any) -> Iterator[tuple[KioskWindow, _Shortcuts, LockDown]]:
    window = KioskWindow(dpi=96)
    screen = _Shortcuts()
    window.add("s", screen)
    window.show_screen("s")
    qtbot.addWidget(window)
    window.showFullScreen()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    lock = LockDown(window)
    yield window, screen, lock
    lock.on = False


def test_the_lock_down_swallows_every_escape_and_keeps_the_window(qtbot: Any, locked: Any) -> None:
    window, screen, _lock = locked
    for key, modifiers, _text in ESCAPES:
        qtbot.keyClick(window, key, modifiers)
        QApplication.processEvents()
    assert screen.fired == []
    assert window.isVisible() and window.isFullScreen()
    assert not window.close(), "closing the window is refused while locked"
    assert window.isVisible()
    # A right-click and a long-press's context menu open nothing, even on a field that has one.
    for reason in (QContextMenuEvent.Reason.Mouse, QContextMenuEvent.Reason.Other):
        menu = QContextMenuEvent(reason, QPoint(5, 5), screen.field.mapToGlobal(QPoint(5, 5)))
        QApplication.sendEvent(screen.field, menu)
        QApplication.processEvents()
        assert QApplication.activePopupWidget() is None
    qtbot.mouseClick(screen.field, Qt.MouseButton.RightButton, pos=QPoint(5, 5))
    QApplication.processEvents()
    assert QApplication.activePopupWidget() is None
    assert window.isVisible() and window.isFullScreen()


def test_leaving_full_screen_is_undone(qtbot: Any, locked: Any) -> None:
    window, _screen, _lock = locked
    window.showNormal()
    qtbot.waitUntil(window.isFullScreen, timeout=WAIT)


def test_once_staff_turn_the_lock_off_the_keys_work_again(qtbot: Any, locked: Any) -> None:
    window, screen, lock = locked
    lock.on = False
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)
    assert screen.fired == ["Ctrl+Q"]


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_five_taps_in_the_corner_within_three_seconds_ask_for_staff(qtbot: Any) -> None:
    window = KioskWindow(dpi=96)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    clock = _Clock()
    gesture = StaffGesture(window, corner="top-left", taps=5, seconds=3.0, side=60, clock=clock)
    asked: list[bool] = []
    gesture.requested.connect(lambda: asked.append(True))
    corner = QPointF(10, 10)
    for _ in range(4):
        gesture.press(corner)
        clock.now += 0.5
    assert asked == []
    gesture.press(corner)
    assert asked == [True]
    # Slow taps do not add up; a touch elsewhere starts the count again.
    for _ in range(5):
        gesture.press(corner)
        clock.now += 1.0
    assert asked == [True]
    for n in range(5):
        gesture.press(QPointF(700, 400) if n == 2 else corner)
        clock.now += 0.1
    assert asked == [True]
    # The other corners are not this one.
    gesture.corner = "bottom-right"
    for _ in range(5):
        gesture.press(corner)
    assert asked == [True]
    for _ in range(5):
        gesture.press(QPointF(1360, 760))
    assert asked == [True, True]


def test_real_clicks_in_the_corner_reach_the_gesture(qtbot: Any) -> None:
    window = KioskWindow(dpi=96)
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    gesture = StaffGesture(window, corner="top-left", taps=5, side=60)
    with qtbot.waitSignal(gesture.requested, timeout=WAIT):
        for _ in range(5):
            qtbot.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def test_still_there_counts_down_and_yes_keeps_the_customer(qtbot: Any) -> None:
    screen = StillThereScreen()
    qtbot.addWidget(screen)
    screen.start()
    assert screen.counting and f"{COUNTDOWN_SECONDS}" in screen.question.text()
    with qtbot.waitSignal(screen.keep, timeout=WAIT):
        qtbot.mouseClick(screen.yes, Qt.MouseButton.LeftButton)
    assert not screen.counting
    screen.start()
    with qtbot.waitSignal(screen.expired, timeout=WAIT):
        for _ in range(COUNTDOWN_SECONDS):
            screen._tick()
    assert "0" in screen.question.text()


# -- the manager PIN at the kiosk ---------------------------------------------------------------------


def _staff_pin(qtbot: Any, kiosk_parts: Any) -> Any:
    from kiosk.ui.kiosk.staff import StaffPinScreen

    screen = StaffPinScreen(kiosk_parts.ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.ask()
    return screen


def test_with_no_manager_pin_set_the_staff_menu_stays_shut(qtbot: Any, kiosk_parts: Any) -> None:
    screen = _staff_pin(qtbot, kiosk_parts)
    qtbot.waitUntil(lambda: screen.problem.isVisibleTo(screen), timeout=WAIT)
    assert "kiosk settings manager-pin" in screen.problem.text()
    assert not screen.ok.isEnabled() and not screen.field.isEnabled()
    with qtbot.assertNotEmitted(screen.accepted, wait=200):
        screen.field.setText("12345678")
        screen._check()


def test_the_right_manager_pin_opens_and_five_wrong_ones_lock(qtbot: Any, kiosk_parts: Any) -> None:
    save_settings(kiosk_parts.ctx.paths.config, {"manager_pin_hash": hash_manager_pin(MANAGER_PIN)})
    screen = _staff_pin(qtbot, kiosk_parts)
    qtbot.waitUntil(screen.ok.isEnabled, timeout=WAIT)
    for n in range(5):
        qtbot.keyClicks(screen.field, "11112222")
        qtbot.keyClick(screen.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not screen._busy, timeout=WAIT)
        if n < 4:
            assert "Wrong manager PIN" in screen.problem.text()
    assert "try again in" in screen.problem.text()
    assert not screen.ok.isEnabled()
    # Even the right PIN is refused while locked.
    with qtbot.assertNotEmitted(screen.accepted, wait=300):
        qtbot.keyClicks(screen.field, MANAGER_PIN)
        qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    assert screen.field.text() == "" or not screen.ok.isEnabled()


def test_the_right_manager_pin_opens_the_staff_menu(qtbot: Any, kiosk_parts: Any) -> None:
    save_settings(kiosk_parts.ctx.paths.config, {"manager_pin_hash": hash_manager_pin(MANAGER_PIN)})
    screen = _staff_pin(qtbot, kiosk_parts)
    qtbot.waitUntil(screen.ok.isEnabled, timeout=WAIT)
    with qtbot.waitSignal(screen.accepted, timeout=WAIT):
        qtbot.keyClicks(screen.field, MANAGER_PIN)
        qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    assert screen.field.text() == ""


def test_the_pointer_shows_only_while_a_mouse_moves(qtbot: Any) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent

    from kiosk.ui.kiosk.guard import CursorForMice

    window = KioskWindow(dpi=96)
    qtbot.addWidget(window)
    window.show()
    cursor = CursorForMice(window, seconds=0.2)
    try:
        assert cursor.hidden and QApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor
        # A finger's touch arrives as a synthesized mouse move: the pointer stays hidden.
        touch = QMouseEvent(
            QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier, Qt.MouseEventSource.MouseEventSynthesizedBySystem,
        )
        QApplication.sendEvent(window, touch)
        assert cursor.hidden
        mouse = QMouseEvent(
            QEvent.Type.MouseMove, QPointF(30, 30), QPointF(30, 30), QPointF(30, 30), Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.MouseEventSource.MouseEventNotSynthesized,
        )
        QApplication.sendEvent(window, mouse)
        assert not cursor.hidden
        assert QApplication.overrideCursor() is None
        qtbot.waitUntil(lambda: cursor.hidden, timeout=WAIT)  # still again: hidden again
    finally:
        cursor.stop()
    assert QApplication.overrideCursor() is None


def test_no_kiosk_screen_can_open_a_file_chooser_or_a_print_dialog() -> None:
    """What a customer could use to browse the machine's files or its printers is not in the kiosk's screens."""
    from pathlib import Path

    import kiosk.ui.kiosk

    folder = Path(kiosk.ui.kiosk.__file__).parent
    found = [
        f"{path.name}: {word}"
        for path in sorted(folder.glob("*.py"))
        for word in ("QFileDialog", "QPrintDialog", "QPrintPreviewDialog", "QColorDialog", "QFontDialog", "common.slip")
        if word in path.read_text(encoding="utf-8")
    ]
    assert found == []
