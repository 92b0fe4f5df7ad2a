"""F6 shows the customer's card as a barcode and a QR code that a real decoder reads back; the slip prints."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from kiosk.domain.identifiers import with_check_digit
from kiosk.ui.common.codes import CardCodesDialog
from kiosk.ui.common.slip import SlipDialog
from tests.gui.driver import WAIT, CounterDriver

GIULIA = with_check_digit("200000000001")


def test_f6_shows_codes_that_scan_back_to_the_card(counter: CounterDriver, qtbot: Any) -> None:
    counter.look_up(GIULIA)
    counter.wait_live(GIULIA)
    assert counter.window.buttons["codes"].text() == "Card codes (F6)"
    counter.key(Qt.Key.Key_F6)
    dialog = counter.window.dialog
    assert isinstance(dialog, CardCodesDialog)
    qtbot.waitExposed(dialog)
    image = dialog.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    read = {(found.text, found.format.name) for found in zxingcpp.read_barcodes(image, try_invert=False)}
    assert read == {(GIULIA, "EAN13"), (GIULIA, "QRCode")}
    counter.shot("codes", dialog)
    counter.key(Qt.Key.Key_Escape, dialog)
    qtbot.waitUntil(lambda: counter.window.dialog is None)


def test_the_slip_prints_what_the_customer_was_shown(counter: CounterDriver, qtbot: Any, tmp_path: Path) -> None:
    counter.look_up(GIULIA)
    counter.wait_live(GIULIA)
    counter.key(Qt.Key.Key_F5)
    dialog = counter.window.dialog
    qtbot.waitUntil(dialog.amount.hasFocus)
    counter.type("7.50")
    with qtbot.waitSignal(counter.window.saved, timeout=WAIT):
        counter.key(Qt.Key.Key_Return)
    slip = counter.window.slip
    assert isinstance(slip, SlipDialog)
    assert slip.print_button.text() == "Print (Ctrl+P)" and slip.close_button.text() == "Close (Esc)"
    text = slip.text()
    for words in ("Demo Shop Rewards", GIULIA, "Giulia Rossi", "Credit top-up", "€7.50", "Credit now"):
        assert words in text
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "slip.pdf"))
    slip.print_to(printer)
    pdf = (tmp_path / "slip.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 1000
