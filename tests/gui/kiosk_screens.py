"""Helpers for the kiosk's sign-in and card screens' tests: a window at a kiosk's size, what is readable on it."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import uuid
from pathlib import Path
from typing import Any

import zxingcpp
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from kiosk.ui.kiosk.screen import KioskScreen
from kiosk.ui.kiosk.window import KioskWindow

GIULIA = "2000000000015"  # 1,250 points, €15.00 credit, PIN 1234
GIULIA_EMAIL = "giulia.rossi@example.com"
GIULIA_PHONE = "+39 333 123 4567"
BLOCKED = "2000000000039"  # Marco's
LOCKED = "2000000000046"  # Anna's, PIN locked
LUCA = "2000000000053"  # PIN 4321
WAIT = 15_000
#: Where the screens' pictures go for a person to look at: KIOSK_SHOTS, or a folder in the temporary folder.
#: Under pytest without KIOSK_SHOTS, tests/gui/conftest.py points it at each test's own tmp_path instead: tests
#: running side by side (pytest-xdist), or another run of the suite, never write into one fixed folder.
SHOTS = Path(os.environ.get("KIOSK_SHOTS") or Path(tempfile.gettempdir()) / "kiosk-shots")
#: The kiosk's screens: landscape at a common kiosk size, and portrait as many kiosks stand.
SIZES = {"1366x768": (1366, 768), "1080x1920": (1080, 1920)}
#: The same two, by the way the screen stands.
SHAPES = {"landscape": SIZES["1366x768"], "portrait": SIZES["1080x1920"]}


def in_window(qtbot: Any, screens: dict[str, KioskScreen], size: tuple[int, int] = (1366, 768)) -> KioskWindow:
    """The screens in a kiosk window (its stylesheet, its keyboard) at `size`, the first one shown."""
    window = KioskWindow(language="en", dpi=96.0)
    qtbot.addWidget(window)
    for name, screen in screens.items():
        window.add(name, screen)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_screen(next(iter(screens)))
    return window


def readable(root: QWidget) -> list[str]:
    """Every word a person or a screen reader can get from `root`: texts, fields, names, descriptions, tips."""
    found: list[str] = []
    for widget in (root, *root.findChildren(QWidget)):
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            found.append(widget.text())
        if isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        found += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip(), widget.windowTitle()]
    return [text for text in found if text]


def scanned(widget: QWidget) -> set[tuple[str, str]]:
    """What a scanner reads off a screenshot of `widget` (dark on light only)."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    return {(found.text, found.format.name) for found in zxingcpp.read_barcodes(image, try_invert=False)}


def shot(widget: QWidget, name: str) -> Path:
    """Save a picture of `widget` for a person to look at."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path)), path
    return path


def buy(client: Any, card: str, amount: int, receipt: str) -> None:
    """A purchase at the till, so the card has a movement to show."""
    client.purchase(card, amount=amount, receipt=receipt, operationid=str(uuid.uuid4()),
                    when=dt.datetime.now(dt.timezone.utc))


def shoot(window: QWidget, name: str) -> Path:
    """A picture of the window for a person to look at, once what is pending is painted."""
    QApplication.processEvents()
    return shot(window, name)


def cut_off(root: QWidget) -> list[str]:
    """Visible buttons and labels whose words do not fit them (a word cut, a line lost)."""
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
