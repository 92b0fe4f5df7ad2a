"""Keeps the kiosk a kiosk: no way out without staff, a hidden gesture for staff, no cursor for touch.

`LockDown` swallows, for as long as it is on, every key, click and event that could leave the kiosk or
open what a customer must not reach: Alt+F4, Ctrl+Q/W, Esc, F1-F12, Alt+Tab, the menu and Super keys,
context menus (right-click, long-press), drag and drop, and closing the window. It passes typing,
including AltGr's characters (the Italian keyboard's @). `StaffGesture` counts taps in one corner.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

__all__ = ["LockDown", "StaffGesture", "CursorForMice", "CORNERS", "is_harmful_key"]

CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")

_ALWAYS_BLOCKED = frozenset(
    {
        Qt.Key.Key_Escape, Qt.Key.Key_Meta, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Menu,
        Qt.Key.Key_Hyper_L, Qt.Key.Key_Hyper_R, Qt.Key.Key_Help, Qt.Key.Key_Close, Qt.Key.Key_Print,
        Qt.Key.Key_SysReq, Qt.Key.Key_Launch0, Qt.Key.Key_LaunchMail, Qt.Key.Key_Explorer, Qt.Key.Key_HomePage,
        Qt.Key.Key_Search, Qt.Key.Key_PowerOff, Qt.Key.Key_Sleep, Qt.Key.Key_Suspend, Qt.Key.Key_Standby,
        Qt.Key.Key_Back, Qt.Key.Key_Forward,
    }
)
_F_KEYS = range(int(Qt.Key.Key_F1), int(Qt.Key.Key_F35) + 1)
_BLOCKED_EVENTS = frozenset(
    {
        QEvent.Type.ContextMenu, QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop,
        QEvent.Type.WhatsThis, QEvent.Type.QueryWhatsThis, QEvent.Type.EnterWhatsThisMode,
    }
)


def is_harmful_key(event: QKeyEvent) -> bool:
    """A key that could leave the kiosk or reach the desktop: not typing.

    Meta (Super) with anything is the desktop's; Ctrl alone is a command (quit, close, paste); Alt,
    or Ctrl with Alt, is a command unless it types a character: AltGr, which some systems report as
    Ctrl+Alt, must still bring the Italian keyboard's '@' to the field.
    """
    key = event.key()
    if key in _ALWAYS_BLOCKED or key in _F_KEYS:
        return True
    if key == Qt.Key.Key_Tab and event.modifiers() & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier):
        return True
    modifiers = event.modifiers()
    if modifiers & Qt.KeyboardModifier.MetaModifier:
        return True
    ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
    alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
    if ctrl and not alt:
        return True
    if alt:
        text = event.text()
        return not (text and text.isprintable())
    return False


class LockDown(QObject):
    """An application event filter, on while `on` is True: what could leave the kiosk does nothing.

    `window` is kept full screen: a request to leave that state (a window manager's shortcut, a
    double-click on a frame that should not exist) is undone at once.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.on = True
        app = QApplication.instance()
        assert app is not None, "a QApplication exists before any screen"
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.on:
            return False
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            if is_harmful_key(event):
                event.accept()
                return True
            return False
        if kind in _BLOCKED_EVENTS:
            event.ignore()
            return True
        if kind == QEvent.Type.MouseButtonPress or kind == QEvent.Type.MouseButtonDblClick:
            assert isinstance(event, QMouseEvent)
            if event.button() not in (Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton):
                return True  # right, middle and extra buttons: menus, pasting a selection, "back"
        if kind == QEvent.Type.Close and watched is self._window:
            event.ignore()
            return True
        if kind == QEvent.Type.WindowStateChange and watched is self._window:
            if not self._window.isFullScreen() and self._window.isVisible():
                QTimer.singleShot(0, self._window.showFullScreen)
        return False


class StaffGesture(QObject):
    """`taps` presses in one corner of `window` within `seconds` emit `requested`.

    The corner is a square of `side` pixels (at least the size of a finger). A press elsewhere
    starts the count again, so a customer touching the screen does not add to it.
    """

    requested = Signal()

    def __init__(
        self, window: QWidget, *, corner: str = "top-left", taps: int = 5, seconds: float = 3.0, side: int = 120,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        if corner not in CORNERS:
            raise ValueError(f"corner must be one of {CORNERS}, not {corner!r}")
        self._window = window
        self.corner = corner
        self.taps = max(2, taps)
        self.seconds = seconds
        self.side = side
        self._clock = clock
        self._times: list[float] = []
        app = QApplication.instance()
        assert app is not None, "a QApplication exists before any screen"
        app.installEventFilter(self)

    def in_corner(self, point: QPointF) -> bool:
        width, height, side = self._window.width(), self._window.height(), self.side
        left = point.x() <= side
        right = point.x() >= width - side
        top = point.y() <= side
        bottom = point.y() >= height - side
        return {
            "top-left": left and top, "top-right": right and top,
            "bottom-left": left and bottom, "bottom-right": right and bottom,
        }[self.corner]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.MouseButtonPress or watched is not self._window.windowHandle():
            return False
        assert isinstance(event, QMouseEvent)
        self.press(event.scenePosition())
        return False

    def press(self, point: QPointF) -> None:
        """One press at `point` in the window's coordinates."""
        now = self._clock()
        if not self.in_corner(point):
            self._times.clear()
            return
        self._times = [t for t in self._times if now - t <= self.seconds]
        self._times.append(now)
        if len(self._times) >= self.taps:
            self._times.clear()
            self.requested.emit()


class CursorForMice(QObject):
    """No pointer on a touch screen: it shows while a real mouse moves and hides again after `seconds`."""

    def __init__(self, parent: QObject, *, seconds: float = 4.0) -> None:
        super().__init__(parent)
        self._hidden = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(seconds * 1000))
        self._timer.timeout.connect(self.hide)
        app = QApplication.instance()
        assert app is not None, "a QApplication exists before any screen"
        app.installEventFilter(self)
        self.hide()

    @property
    def hidden(self) -> bool:
        return self._hidden

    def hide(self) -> None:
        if not self._hidden:
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            self._hidden = True

    def show(self) -> None:
        if self._hidden:
            QApplication.restoreOverrideCursor()
            self._hidden = False
        self._timer.start()

    def stop(self) -> None:
        """Give the pointer back for good (the kiosk is left for the desktop)."""
        self._timer.stop()
        if self._hidden:
            QApplication.restoreOverrideCursor()
            self._hidden = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            if event.source() == Qt.MouseEventSource.MouseEventNotSynthesized and event.buttons() == Qt.MouseButton.NoButton:
                self.show()
        return False
