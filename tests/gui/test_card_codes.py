"""The card codes on screen scan with a real decoder, at every size the screen uses, in any theme."""

from __future__ import annotations

import pytest
import zxingcpp
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.api.models import CardFormat
from kiosk.ui.common.codes import CardBarcode, CardCodes, CardCodesDialog, CardQrCode

CARD = "2000000000015"
# The campaign's card format and the name the decoder gives that symbology.
FORMATS = [(CardFormat.EAN13, "EAN13"), (CardFormat.CODE128, "Code128")]
SIZES = {"smallest": None, "large": QSize(1200, 420)}


def screenshot(widget: QWidget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)


def scanned(widget: QWidget) -> set[tuple[str, str]]:
    """What a scanner reads off the widget; light-on-dark symbols are not accepted."""
    return {(found.text, found.format.name) for found in zxingcpp.read_barcodes(screenshot(widget), try_invert=False)}


def grays(image: QImage, *, row: int) -> set[int]:
    return {image.pixelColor(x, row).value() for x in range(image.width())}


def shown(qtbot, widget: QWidget, size: QSize | None) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(size or widget.minimumSizeHint())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def dark_theme(qapp):
    """The whole application in a dark palette for one test, as a dark desktop theme would set it."""
    before = QApplication.palette()
    dark = QPalette()
    for role, color in [
        (QPalette.ColorRole.Window, "#1e1e1e"),
        (QPalette.ColorRole.Base, "#121212"),
        (QPalette.ColorRole.Button, "#2d2d2d"),
        (QPalette.ColorRole.WindowText, "#f0f0f0"),
        (QPalette.ColorRole.Text, "#f0f0f0"),
        (QPalette.ColorRole.ButtonText, "#f0f0f0"),
    ]:
        dark.setColor(role, QColor(color))
    QApplication.setPalette(dark)
    yield dark
    QApplication.setPalette(before)


@pytest.mark.parametrize(("fmt", "symbology"), FORMATS)
def test_the_dialog_at_its_own_size_scans_as_the_card_both_ways(qtbot, fmt, symbology):
    dialog = CardCodesDialog(CARD, fmt)
    shown(qtbot, dialog, dialog.size())
    assert dialog.windowTitle() == "Card codes"
    assert scanned(dialog) == {(CARD, symbology), (CARD, "QRCode")}
    assert CARD in dialog.codes.number.text()


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
@pytest.mark.parametrize(("fmt", "symbology"), FORMATS)
def test_the_barcode_scans_from_its_smallest_size_to_a_large_one(qtbot, fmt, symbology, size):
    barcode = CardBarcode()
    barcode.set_code(CARD, fmt)
    shown(qtbot, barcode, size)
    assert scanned(barcode) == {(CARD, symbology)}
    # Whole pixels per module, no blending: across the bars only black and white.
    image = screenshot(barcode)
    assert grays(image, row=image.height() // 3) == {0, 255}


@pytest.mark.parametrize("size", [None, QSize(1200, 1200)], ids=["smallest", "large"])
def test_the_qr_code_scans_from_its_smallest_size_to_a_large_one(qtbot, size):
    qr = CardQrCode()
    qr.set_code(CARD)
    shown(qtbot, qr, size)
    assert scanned(qr) == {(CARD, "QRCode")}
    image = screenshot(qr)
    assert all(grays(image, row=y) <= {0, 255} for y in range(0, image.height(), 7))


def test_the_smallest_sizes_give_scanners_enough_pixels_per_module():
    barcode = CardBarcode()
    barcode.set_code(CARD, CardFormat.EAN13)
    qr = CardQrCode()
    qr.set_code(CARD)
    assert barcode.minimumSizeHint().width() >= 2 * (95 + 2 * 11)
    assert qr.minimumSizeHint().width() >= 4 * (21 + 2 * 4)


def test_quiet_zones_stay_light_at_the_smallest_size(qtbot):
    barcode = shown(qtbot, CardBarcode(), None)
    barcode.set_code(CARD, CardFormat.EAN13)
    barcode.resize(barcode.minimumSizeHint())
    image = screenshot(barcode)
    middle = image.height() // 3
    first_bar = next(x for x in range(image.width()) if image.pixelColor(x, middle).value() == 0)
    last_bar = max(x for x in range(image.width()) if image.pixelColor(x, middle).value() == 0)
    assert first_bar >= 11 * 2
    assert image.width() - 1 - last_bar >= 11 * 2


@pytest.mark.parametrize(("fmt", "symbology"), FORMATS)
def test_a_dark_theme_still_shows_dark_codes_on_light(qtbot, dark_theme, fmt, symbology):
    dialog = CardCodesDialog(CARD, fmt)
    shown(qtbot, dialog, dialog.size())
    assert scanned(dialog) == {(CARD, symbology), (CARD, "QRCode")}
    for symbol in (dialog.codes.barcode, dialog.codes.qr):
        image = screenshot(symbol)
        corners = [(1, 1), (image.width() - 2, 1), (1, image.height() - 2), (image.width() - 2, image.height() - 2)]
        assert all(image.pixelColor(x, y).value() == 255 for x, y in corners)


def test_a_wrong_check_digit_shows_a_message_and_no_barcode(qtbot):
    barcode = CardBarcode()
    barcode.set_code("2000000000016", CardFormat.EAN13)
    shown(qtbot, barcode, QSize(500, 200))
    assert barcode.symbol is None
    assert "check digit" in barcode.problem
    assert scanned(barcode) == set()
    image = barcode.grab().toImage()
    message_pixels = [
        (x, y)
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).red() > image.pixelColor(x, y).green() + 40
    ]
    assert message_pixels, "the message is painted in the widget"


def test_the_card_codes_show_neither_symbol_for_a_wrong_number_and_recover_for_a_right_one(qtbot):
    codes = shown(qtbot, CardCodes(), QSize(900, 420))
    codes.set_card("2000000000016", CardFormat.EAN13)
    assert codes.problem.isVisible()
    assert "check digit" in codes.problem.text()
    assert not codes.barcode.isVisible() and not codes.qr.isVisible()
    assert scanned(codes) == set()

    codes.set_card(CARD, CardFormat.EAN13)
    assert not codes.problem.isVisible()
    assert scanned(codes) == {(CARD, "EAN13"), (CARD, "QRCode")}


def test_escape_closes_the_dialog(qtbot):
    dialog = CardCodesDialog(CARD, CardFormat.EAN13)
    shown(qtbot, dialog, dialog.size())
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
