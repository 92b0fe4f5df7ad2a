"""Both faces' windows carry kiosk's icon and say which desktop entry they belong to."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.main import show_as_installed
from tests.helpers import ICON_SIZES


@pytest.fixture
def dressed(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    qapp.setWindowIcon(QIcon())
    qapp.setDesktopFileName("")


@pytest.mark.parametrize(("face", "entry"), [("counter", "kiosk"), ("kiosk", "kiosk-self-service")])
def test_a_window_shows_the_card_icon_in_every_size(dressed: QApplication, qtbot, face: str, entry: str) -> None:
    show_as_installed(dressed, face)
    window = QWidget()
    qtbot.addWidget(window)
    icon = window.windowIcon()
    assert sorted(size.width() for size in icon.availableSizes()) == list(ICON_SIZES)
    assert dressed.desktopFileName() == entry
    small = icon.pixmap(QSize(16, 16)).toImage()
    assert small.size() == QSize(16, 16)
    # Even the smallest size is the drawing: the card's blue above its barcode, its yellow star, a clear corner.
    card, star, corner = small.pixelColor(12, 4), small.pixelColor(6, 8), small.pixelColor(0, 0)
    assert card.alpha() == 255 and card.blue() > 2 * card.red()
    assert star.alpha() == 255 and star.red() > 2 * star.blue()
    assert corner.alpha() == 0
