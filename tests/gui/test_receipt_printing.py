"""The receipt printer as the cashier and the customer meet it, on a network printer stand-in on 127.0.0.1.

The counter's slip printed as it opens; a printer out of paper or silent said in words on the slip while the
operation stays saved and the screen keeps working; a voucher printed at the kiosk with no dialog; the new card's
receipt; and the settings screen's test slip on the printer typed in, before saving.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import zxingcpp
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QPushButton

from kiosk.app import Backend
from kiosk.domain import onboarding as ob
from kiosk.domain.errors import PrinterState
from kiosk.printing import PAPERS, PRINT_LIMIT, PrintOutcome, ReceiptPrinter, parse_printer
from kiosk.services.printing import ReceiptPrinting
from kiosk.settings import LANGUAGES
from kiosk.store import open_store
from kiosk.ui.common.enrol_pages import DonePage
from kiosk.ui.common.receipts import PrintReceipt, staff_words
from kiosk.ui import i18n
from kiosk.ui.earn_dialogs import PurchaseDialog
from kiosk.ui.kiosk.face import Screen
from kiosk.ui.settings_dialog import SettingsDialog
from tests.escpos_printer import NetworkPrinter, paper_picture, printed_lines
from tests.gui.driver import GIULIA, WAIT, CounterDriver, open_amount_dialog
from tests.gui.kiosking import KioskDriver, sign_in_giulia, visible_words_on
from tests.gui.words_whole import cut_off

COFFEE = "CAFFE150"
QR_COMMAND = b"\x1d(k"


@pytest.fixture
def stand_in(request: pytest.FixtureRequest) -> Iterator[NetworkPrinter]:
    printer = NetworkPrinter(getattr(request, "param", "ready"))
    yield printer
    printer.close()


@pytest.fixture
def backend(backend: Backend, stand_in: NetworkPrinter) -> Backend:
    """The sandbox's backend with the stand-in as the shop's receipt printer."""
    return Backend(backend.settings.replace(printer=stand_in.setting), demo=backend.demo)


def save_purchase(counter: CounterDriver, qtbot: Any, receipt: str) -> Any:
    counter.look_up(GIULIA)
    counter.wait_live(GIULIA)
    dialog = open_amount_dialog(counter, Qt.Key.Key_F3, PurchaseDialog)
    counter.type("12.50")
    counter.key(Qt.Key.Key_Tab)
    counter.type(receipt)
    with qtbot.waitSignal(counter.window.saved, timeout=WAIT) as saved:
        counter.key(Qt.Key.Key_Return, dialog)
    return saved.args[0]


def test_the_slip_is_printed_as_it_opens_with_its_words_and_ctrl_r_prints_another_copy(
    counter: CounterDriver, qtbot: Any, stand_in: NetworkPrinter
) -> None:
    saved = save_purchase(counter, qtbot, "R-PRINT-1")
    slip = counter.window.slip
    assert slip is not None and slip.receipt is not None
    qtbot.waitUntil(lambda: slip.receipt.status.text() == "Printed.", timeout=WAIT)
    assert stand_in.got_cut.wait(WAIT / 1000)
    lines = printed_lines(bytes(stand_in.received))
    assert any(line.startswith("Receipt") and line.endswith("R-PRINT-1") for line in lines)
    assert any(line.startswith("Amount") and line.endswith("€12.50") for line in lines)
    assert any(saved.operation.operationid[:8] in line for line in lines)
    assert all(len(line) <= PAPERS[80].columns for line in lines[1:])
    counter.shot("slip-printed", slip)
    paper_picture(bytes(stand_in.received)).save(counter.shots / "slip-paper.png")  # the paper, for a person

    first = bytes(stand_in.received)
    slip.activateWindow()
    qtbot.waitUntil(slip.isActiveWindow, timeout=WAIT)
    with qtbot.waitSignal(slip.receipt.answered, timeout=WAIT):
        qtbot.keyClick(slip.close_button, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bytes(stand_in.received).count(b"\x1dV") == 2, timeout=WAIT)
    assert bytes(stand_in.received).startswith(first)


@pytest.mark.parametrize("stand_in", ["paper_out"], indirect=True)
def test_a_printer_out_of_paper_is_said_on_the_slip_and_the_purchase_is_saved(
    counter: CounterDriver, qtbot: Any, stand_in: NetworkPrinter, till: Any
) -> None:
    saved = save_purchase(counter, qtbot, "R-PAPER-1")
    slip = counter.window.slip
    qtbot.waitUntil(lambda: "out of paper" in slip.receipt.status.text(), timeout=WAIT)
    assert slip.receipt.status.text() == "The printer is out of paper: load a new roll, then print again."
    with open_store(till.store) as store:
        assert store.operation(saved.operation.operationid) is not None
    assert bytes(stand_in.received) == b""
    counter.shot("slip-paper-out", slip)


@pytest.mark.slow
@pytest.mark.parametrize("stand_in", ["silent"], indirect=True)
def test_a_silent_printer_is_reported_within_the_limit_while_the_screen_keeps_working(
    counter: CounterDriver, qtbot: Any, stand_in: NetworkPrinter, till: Any
) -> None:
    ticks = []
    heartbeat = QTimer()
    heartbeat.setInterval(100)
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start()
    saved = save_purchase(counter, qtbot, "R-SILENT-1")
    slip = counter.window.slip
    assert slip.receipt.status.text() == "Printing…"
    # The purchase was in the store before anything was printed.
    with open_store(till.store) as store:
        assert store.operation(saved.operation.operationid) is not None
    with qtbot.waitSignal(slip.receipt.answered, timeout=int(PRINT_LIMIT * 1000) + 3000):
        pass
    heartbeat.stop()
    assert slip.receipt.status.text() == (
        "The printer did not answer within 5 seconds: check that it is on and connected."
    )
    # The event loop ran all along: about one tick every 100 ms of the five seconds.
    assert len(ticks) >= 30
    assert slip.isVisible() and slip.receipt.button.isEnabled()
    counter.shot("slip-silent", slip)
    counter.key(Qt.Key.Key_Escape, slip)
    qtbot.waitUntil(lambda: counter.window.slip is None, timeout=WAIT)


def open_vouchers(kiosk: KioskDriver) -> None:
    sign_in_giulia(kiosk)
    kiosk.tap(kiosk.face.my_card.vouchers_button)
    kiosk.wait_screen(Screen.VOUCHERS)
    kiosk.qtbot.waitUntil(lambda: f"Code: {COFFEE}" in visible_words_on(kiosk.face.vouchers), timeout=WAIT)


def test_the_customer_prints_a_voucher_at_the_kiosk_with_its_qr_code_and_no_dialog(
    kiosk: KioskDriver, stand_in: NetworkPrinter
) -> None:
    open_vouchers(kiosk)
    screen = kiosk.face.vouchers
    buttons = [b for b in screen.findChildren(QPushButton) if b.objectName() == "printVoucher"]
    assert len(buttons) == 1  # the active voucher only; a used one is not printed
    kiosk.tap(buttons[0])
    status = buttons[0].findChild(PrintReceipt).status
    kiosk.qtbot.waitUntil(lambda: status.text() == "Printed: please take it from the printer.", timeout=WAIT)
    assert not [w for w in kiosk.window.findChildren(QDialog) if w.isVisible()]
    assert stand_in.got_cut.wait(WAIT / 1000)
    data = bytes(stand_in.received)
    assert QR_COMMAND + b"\x0b\x001P0" + COFFEE.encode() in data
    assert f"Code: {COFFEE}" in printed_lines(data)
    picture = paper_picture(data)
    assert {(f.text, f.format.name) for f in zxingcpp.read_barcodes(picture)} == {(COFFEE, "QRCode")}
    kiosk.shot("voucher-printed")
    picture.save(kiosk.shots / "voucher-paper.png")


@pytest.mark.parametrize("stand_in", ["cover_open"], indirect=True)
def test_a_customer_is_told_to_ask_staff_when_the_printer_cannot_print(
    kiosk: KioskDriver, stand_in: NetworkPrinter
) -> None:
    open_vouchers(kiosk)
    screen = kiosk.face.vouchers
    button = next(b for b in screen.findChildren(QPushButton) if b.objectName() == "printVoucher")
    kiosk.tap(button)
    status = button.findChild(PrintReceipt).status
    kiosk.qtbot.waitUntil(lambda: status.text() == "The printer is open. Please ask a member of staff.", timeout=WAIT)
    kiosk.shot("voucher-cover-open")


def test_the_new_card_s_receipt_carries_its_barcode_and_qr_code(qtbot: Any, shots: Any) -> None:
    printer = ReceiptPrinter(parse_printer("dummy"), PAPERS[58])
    page = DonePage()
    qtbot.addWidget(page)
    page.set_printing(ReceiptPrinting(printer, parent=page), customer=False, shop=lambda: "Caffè Roma")
    state = ob.State(step=ob.Step.DONE, card=GIULIA, fidelycode=GIULIA, values={"name": "Ada"})
    page.show_card(state, "EAN13")
    with qtbot.waitSignal(page.printer.answered, timeout=WAIT):
        page.printer.button.click()
    assert page.printer.status.text() == "Printed."
    (data,) = printer.dummy_output
    lines = printed_lines(data)
    assert lines[0] == "Caffè Roma" and "Welcome, Ada!" in lines
    picture = paper_picture(data, PAPERS[58].dots)
    assert {(f.text, f.format.name) for f in zxingcpp.read_barcodes(picture)} == {(GIULIA, "EAN13"), (GIULIA, "QRCode")}
    picture.save(shots / "card-paper.png")
    page.clear_card()
    assert page.printer.status.isHidden()


def test_the_settings_screen_prints_a_test_slip_on_the_network_printer_typed_in(
    kiosk_parts: Any, qtbot: Any, stand_in: NetworkPrinter
) -> None:
    dialog = SettingsDialog(kiosk_parts.ctx)
    qtbot.addWidget(dialog)
    choice = dialog.printer
    assert not choice.isVisible()
    dialog.show()
    dialog.printing_button.click()
    assert choice.isVisible()
    qtbot.waitUntil(lambda: choice.searching.text().startswith("Printers found"), timeout=WAIT)
    assert not choice.network.isEnabled()  # until "network printer" is chosen
    choice.choice.setCurrentIndex(choice.choice.findData("network:"))
    assert choice.network.isEnabled()
    qtbot.keyClicks(choice.network, f"127.0.0.1:{stand_in.port}")
    dialog.paper_width.setCurrentIndex(dialog.paper_width.findData("58"))
    with qtbot.waitSignal(choice.tested, timeout=WAIT):
        choice.test_button.click()
    assert choice.outcome.text() == "Printed."
    assert stand_in.got_cut.wait(WAIT / 1000)
    lines = printed_lines(bytes(stand_in.received))
    assert lines[0] == "Test slip" and "58 mm, 32 characters a line".rjust(32) in lines  # too long beside "Paper"
    assert all(len(line) <= 32 for line in lines)
    assert dialog.typed()["printer"] == stand_in.setting and dialog.typed()["paper_width"] == "58"
    choice.network.setText("printer.shop:99999")
    dialog.save()
    assert "is not a printer address" in dialog.outcome.text()


@pytest.mark.parametrize(
    ("outcome", "said"),
    [
        (PrintOutcome(PrinterState.PRINTED, printed=True), "Printed."),
        (PrintOutcome(PrinterState.PAPER_NEAR_END, printed=True),
         "Printed. The paper roll is nearly finished: have a new one at hand."),
        (PrintOutcome(PrinterState.NOT_REACHABLE, params={"where": "usb:04b8:0202"}),
         "The printer at usb:04b8:0202 cannot be reached: check its cable or network address, and that it is on."),
    ],
)
def test_staff_read_what_a_print_came_to(outcome: PrintOutcome, said: str) -> None:
    assert staff_words(outcome) == said


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_printer_s_settings_show_their_words_whole_in_each_language(
    kiosk_parts: Any, qtbot: Any, qapp: Any, language: str, shots: Any
) -> None:
    assert i18n.install(qapp, language)
    try:
        dialog = SettingsDialog(kiosk_parts.ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.printing_button.click()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: not dialog.printer.searching.text().endswith("…"), timeout=WAIT)
        assert cut_off(dialog) == []
        dialog.grab().save(str(shots / f"settings-printer-{language}.png"))
    finally:
        i18n.install(qapp, "en")
