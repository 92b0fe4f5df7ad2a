"""A voucher at the till (Ctrl+U): checked, then taken once against the receipt; refused in words; only online."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from kiosk.api import SandboxControl
from kiosk.ui.voucher_dialog import VoucherDialog
from tests.gui.driver import WAIT, CounterDriver


def _open(counter: CounterDriver) -> VoucherDialog:
    assert counter.window.buttons["voucher"].text() == "Voucher (Ctrl+U)"
    counter.qtbot.keyClick(counter.focused(), Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    dialog = counter.window.dialog
    assert isinstance(dialog, VoucherDialog)
    counter.qtbot.waitExposed(dialog)
    counter.qtbot.waitUntil(dialog.code.hasFocus)
    return dialog


def test_a_voucher_scanned_shows_its_worth_and_is_taken_once(counter: CounterDriver, qtbot: Any) -> None:
    dialog = _open(counter)
    counter.scan("CAFFE150", dialog.code)  # Giulia's wallet voucher, as its QR code reads
    qtbot.waitUntil(lambda: dialog.receipt.hasFocus(), timeout=WAIT)
    assert "€1.50 off" in dialog.worth.text()
    counter.shot("voucher-checked", dialog)
    counter.type("R-VOUCHER-1", dialog.receipt)
    with qtbot.waitSignal(dialog.used, timeout=WAIT) as taken:
        counter.key(Qt.Key.Key_Return, dialog.receipt)
    assert taken.args[0].code == "CAFFE150" and taken.args[0].receipt == "R-VOUCHER-1"
    qtbot.waitUntil(lambda: "Voucher CAFFE150 used against receipt R-VOUCHER-1." in counter.window.message.text(),
                    timeout=WAIT)

    again = _open(counter)
    counter.scan("CAFFE150", again.code)
    qtbot.waitUntil(lambda: "already used" in again.message.text(), timeout=WAIT)
    assert not again.receipt.isEnabled() and not again.use_button.isEnabled()


def test_an_unknown_code_and_an_empty_receipt_are_refused_in_words(counter: CounterDriver, qtbot: Any) -> None:
    dialog = _open(counter)
    counter.type("NOSUCHCODE", dialog.code)
    counter.key(Qt.Key.Key_Return, dialog.code)
    qtbot.waitUntil(lambda: "not known" in dialog.message.text(), timeout=WAIT)
    dialog.code.clear()
    counter.type("WELCOME10", dialog.code)
    counter.key(Qt.Key.Key_Return, dialog.code)
    qtbot.waitUntil(lambda: dialog.receipt.hasFocus(), timeout=WAIT)
    assert "10% off" in dialog.worth.text()
    counter.key(Qt.Key.Key_Return, dialog.receipt)
    qtbot.waitUntil(lambda: "receipt" in dialog.message.text().lower(), timeout=WAIT)
    assert dialog.isVisible()


def test_offline_a_voucher_is_not_taken(counter: CounterDriver, control: SandboxControl, qtbot: Any) -> None:
    control.set_faults(status=503, count=100_000)
    dialog = _open(counter)
    counter.type("WELCOME10", dialog.code)
    counter.key(Qt.Key.Key_Return, dialog.code)
    qtbot.waitUntil(lambda: "only with the loyalty server" in dialog.message.text(), timeout=WAIT)
    assert not dialog.receipt.isEnabled()


def test_a_look_up_shows_the_customer_s_vouchers_and_offers(counter: CounterDriver, qtbot: Any) -> None:
    """Counts and the next to expire, never a voucher's code (a till that saw codes could spend them)."""
    counter.look_up("2000000000015")
    counter.wait_live("2000000000015")
    offers = counter.window.panel.offers
    qtbot.waitUntil(offers.isVisible, timeout=WAIT)
    text = offers.text()
    assert "1 active voucher" in text and "2 offers running" in text and "€1.50 off" in text
    assert "CAFFE150" not in text
    counter.look_up("2000000000053")  # Luca: nothing of Giulia's stays
    counter.wait_live("2000000000053")
    qtbot.waitUntil(lambda: "0 active vouchers" in offers.text(), timeout=WAIT)
