"""The customer's side of the kiosk tests: a driver that scans, taps and types as a customer at the kiosk does."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QWidget

from kiosk.ui.kiosk.face import Screen
from tests.gui.driver import GIULIA, WAIT

if TYPE_CHECKING:
    from kiosk.ui.kiosk.face import KioskFace
    from kiosk.ui.kiosk.session import KioskSession
    from kiosk.ui.kiosk.window import KioskWindow

__all__ = ["KioskDriver", "words_on", "visible_words_on", "ESCAPES", "GIULIA_TRACES", "sign_in_giulia", "traces_left"]

NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
META = Qt.KeyboardModifier.MetaModifier

#: (key, modifiers, text) a customer might press to get out, and what each would do elsewhere.
ESCAPES = [
    (Qt.Key.Key_F4, ALT, ""),  # close the window
    (Qt.Key.Key_Q, CTRL, "\x11"),  # quit
    (Qt.Key.Key_W, CTRL, "\x17"),  # close
    (Qt.Key.Key_Escape, NONE, "\x1b"),  # close a dialog, leave full screen
    (Qt.Key.Key_Tab, ALT, "\t"),  # switch programs
    (Qt.Key.Key_Super_L, NONE, ""),  # the desktop's menu
    (Qt.Key.Key_Meta, NONE, ""),
    (Qt.Key.Key_Menu, NONE, ""),  # a context menu
    (Qt.Key.Key_F11, NONE, ""),  # leave full screen
    (Qt.Key.Key_D, META, "d"),  # show the desktop
    *[(Qt.Key(int(Qt.Key.Key_F1) + n), NONE, "") for n in range(12)],
]



def _texts_of(widget: QWidget) -> Iterator[str]:
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    yield widget.toolTip()
    yield widget.windowTitle()
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield widget.text()
    if isinstance(widget, QLineEdit):
        yield widget.text()
        yield widget.placeholderText()
    if isinstance(widget, QComboBox):
        yield widget.currentText()
    for name in ("toPlainText",):
        method = getattr(widget, name, None)
        if callable(method):
            yield str(method())
    model = getattr(widget, "model", None)
    if callable(model):
        try:
            data = model()
        except TypeError:
            data = None
        if data is not None and hasattr(data, "rowCount"):
            for row in range(min(data.rowCount(), 200)):
                for column in range(max(1, data.columnCount())):
                    value = data.index(row, column).data()
                    if value is not None:
                        yield str(value)


def words_on(widgets: Iterable[QWidget]) -> str:
    """Every text a person or a screen reader can reach in `widgets`, hidden ones included, one per line."""
    return "\n".join(text for widget in widgets for text in _texts_of(widget) if text)


def visible_words_on(root: QWidget) -> str:
    return words_on(w for w in (root, *root.findChildren(QWidget)) if w.isVisibleTo(root))


class KioskDriver:
    """Presses what a customer presses; `shot(name)` keeps a picture of the kiosk for a person to look at."""

    def __init__(self, qtbot: Any, session: KioskSession, shots: Path) -> None:
        self.qtbot = qtbot
        self.session = session
        self.shots = shots

    @property
    def face(self) -> KioskFace:
        return self.session.face

    @property
    def window(self) -> KioskWindow:
        return self.session.window

    @property
    def screen(self) -> str:
        return self.window.current_name

    def wait_screen(self, name: str, timeout: int = WAIT) -> None:
        self.qtbot.waitUntil(lambda: self.screen == name, timeout=timeout)

    def tap(self, button: QAbstractButton) -> None:
        """A finger on `button`: it must be shown and on (a button just put in a shown layout appears on the
        event loop's next turn, so a moment is given for that; a button left off fails)."""
        if not (button.isVisible() and button.isEnabled()):
            self.qtbot.wait(50)
        assert button.isVisible() and button.isEnabled(), f"{button.objectName()} cannot be tapped"
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(button.width() // 2, button.height() // 2))

    def scan(self, text: str) -> None:
        """A keyboard-wedge scanner: the digits as a burst of key presses to whatever has the focus, then Enter."""
        target = QApplication.focusWidget() or self.window
        for char in text:
            self.qtbot.keyClick(target, char)
        self.qtbot.keyClick(QApplication.focusWidget() or self.window, Qt.Key.Key_Return)

    def press_digits(self, digits: str) -> None:
        """Number keys of a physical keyboard, into what has the focus (the PIN pad)."""
        for digit in digits:
            self.qtbot.keyClick(QApplication.focusWidget() or self.window, digit)

    def everything_said(self) -> str:
        """Every text of every live widget of the application, and the clipboard's."""
        widgets = [w for top in QApplication.topLevelWidgets() for w in (top, *top.findChildren(QWidget))]
        clipboard = QGuiApplication.clipboard()
        return words_on(widgets) + "\n" + (clipboard.text() if clipboard is not None else "")

    def shot(self, name: str) -> Path:
        path = self.shots / f"{name}.png"
        self.window.grab().save(str(path))
        return path


#: What of Giulia any screen may show once she is signed in: none of it may outlive her visit.
GIULIA_TRACES = ("Giulia", "Rossi", GIULIA, "0015", "1,250", "1.250", "1 250", "1250", "giulia.rossi")


def sign_in_giulia(kiosk: KioskDriver) -> None:
    """Scan the card on the attract screen, then the PIN on the keyboard's number keys."""
    kiosk.wait_screen(Screen.ATTRACT)
    kiosk.scan(GIULIA)
    kiosk.wait_screen(Screen.PIN)
    kiosk.qtbot.waitUntil(lambda: kiosk.face.pin.pad.hasFocus(), timeout=WAIT)
    kiosk.press_digits("1234")
    kiosk.wait_screen(Screen.MY_CARD)
    kiosk.qtbot.waitUntil(lambda: "Giulia" in visible_words_on(kiosk.face.my_card), timeout=WAIT)


def traces_left(kiosk: KioskDriver, more: tuple[str, ...] = ()) -> list[str]:
    said = kiosk.everything_said()
    return [trace for trace in (*GIULIA_TRACES, *more) if trace in said]
