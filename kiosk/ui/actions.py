"""Function keys as actions: each a QAction with its shortcut, and a button that shows the key and never takes the focus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

__all__ = ["key_action", "key_button"]


def key_action(owner: QWidget, name: str, text: str, keys: tuple[str, ...], slot: Callable[[], object]) -> QAction:
    """An action of `owner`'s window, fired by any of `keys` wherever the focus is in that window."""
    action = QAction(text, owner)
    action.setObjectName(name)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(slot)
    owner.addAction(action)
    return action


def key_button(action: QAction, *, height: int = 46) -> QPushButton:
    """A button for `action`, with its text (and key) and enabled as it is."""
    button = QPushButton(action.text())
    button.setObjectName(action.objectName())
    button.setMinimumHeight(height)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the search and the lists
    button.setEnabled(action.isEnabled())
    button.clicked.connect(action.trigger)
    action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
    return button
