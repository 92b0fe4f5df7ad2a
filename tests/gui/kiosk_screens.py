"""A kiosk screen in the kiosk's window, as the face shows it: the app's font at 18 pt, a size, pictures of it."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from kiosk.ui.kiosk.screen import KioskScreen
from kiosk.ui.kiosk.window import KioskWindow

#: Where a person looks at the kiosk's PIN and join screens (kept across runs).
SHOTS = Path("/work/wt/shots-kc")
SIZES = {"landscape": (1366, 768), "portrait": (1080, 1920)}


@contextlib.contextmanager
def kiosk_font() -> Iterator[None]:
    """The app's font at 18 pt while screens are built and shown, as the kiosk app sets it; restored after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    font = QFont(app.font())
    font.setPointSizeF(18)
    QApplication.setFont(font)
    try:
        yield
    finally:
        QApplication.setFont(before)


def in_window(qtbot: Any, name: str, screen: KioskScreen, size: tuple[int, int] = SIZES["landscape"]) -> KioskWindow:
    """`screen` alone in a KioskWindow of `size`, shown and holding the keyboard."""
    window = KioskWindow(language="en", dpi=96.0)
    window.add(name, screen)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_screen(name)
    return window


def shoot(window: KioskWindow, name: str) -> Path:
    """A picture of the window for a person to look at, in SHOTS."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    path = SHOTS / f"{name}.png"
    assert window.grab().save(str(path))
    return path


def cut_off(root: QWidget) -> list[str]:
    """Visible buttons and labels whose words do not fit them (a word cut, a line lost), and targets too small."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            wanted = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
            if wanted > widget.width():
                found.append(f"button {widget.objectName() or widget.text()!r}: {wanted} > {widget.width()} px")
        elif isinstance(widget, QLabel) and widget.text() and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 2:
                found.append(f"label {widget.objectName() or widget.text()[:30]!r}: {needed} > {widget.height()} px")
    return found


def typed_anywhere(root: QWidget, secrets: list[str]) -> list[str]:
    """Where any of `secrets` shows in a live widget's text or accessible name under `root`."""
    found = []
    for widget in (root, *root.findChildren(QWidget)):
        texts = [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            texts.append(widget.text())
        for secret in secrets:
            if any(secret and secret in text for text in texts):
                found.append(f"{secret!r} in {type(widget).__name__} {widget.objectName()!r}")
    return found
