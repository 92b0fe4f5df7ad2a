"""Gives the keyboard back to the window under a dialog when the dialog closes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

__all__ = ["KeyboardKeeper"]


class KeyboardKeeper(QObject):
    """An application event filter: when one of `screen`'s dialogs hides and nothing has the keyboard, re-activate.

    A window manager hands the keyboard back to the window under a closed
    dialog; a till running without one (a bare X session) does not, and then
    no shortcut of the counter fires although typing still reaches a field.
    Only a dialog closing triggers this, so switching to another program on a
    desktop is left alone.
    """

    def __init__(self, screen: QWidget) -> None:
        super().__init__(screen)
        self._screen = screen
        app = QApplication.instance()
        assert app is not None, "a QApplication exists before any screen"
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Hide and isinstance(watched, QDialog) and watched.isWindow():
            if watched.window() is not self._screen and self._belongs(watched):
                parent = watched.parentWidget()
                under = parent.window() if parent is not None else self._screen
                # After the hide is done and the platform has said where the keyboard went.
                QTimer.singleShot(0, lambda: self._give_back(under))
        return False

    def _belongs(self, dialog: QWidget) -> bool:
        parent = dialog.parentWidget()
        while parent is not None:
            if parent is self._screen:
                return True
            parent = parent.parentWidget()
        return False

    def _give_back(self, under: QWidget) -> None:
        if QGuiApplication.focusWindow() is not None or not self._screen.isVisible():
            return
        target = QApplication.activeModalWidget() or (under if under.isVisible() else self._screen)
        target.activateWindow()
