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
SHOTS = Path(os.environ.get("KIOSK_SHOTS") or Path(tempfile.gettempdir()) / "kiosk-shots")
#: The kiosk's screens: landscape at a common kiosk size, and portrait as many kiosks stand.
SIZES = {"1366x768": (1366, 768), "1080x1920": (1080, 1920)}


def in_window(qtbot: Any, screens: dict[str, KioskScreen], size: tuple[int, int] = (1366, 768)) -> KioskWindow:
    """The screens in a kiosk window (its stylesheet, its keyboard) at `size`, the first one shown."""
    window = KioskWindow()
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
