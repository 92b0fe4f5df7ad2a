"""The settings screen's receipt printer: the printers found here, a network address to type, and a test slip."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.domain.errors import KioskError
from kiosk.printing import Link, PrinterAddress, PrintOutcome, ReceiptPrinter, parse_printer
from kiosk.printing.discover import Found
from kiosk.services.context import ServiceContext
from kiosk.services.printing import ReceiptPrinting, look_for_printers
from kiosk.ui import words
from kiosk.ui.common.receipts import ReceiptWords, staff_words
from kiosk.ui.palette import Tone, set_tone

__all__ = ["PrinterChoice"]

# What the list holds besides the printers found (its items' data).
_NONE, _NETWORK = "", "network:"


class PrinterChoice(QWidget):
    """The `printer` setting as a choice: none, a printer found here, a network printer (its address typed), dummy.

    The search for printers runs off the GUI thread when the widget is made; the
    current setting is in the list whether it was found or not. `test_slip()`
    prints a test slip on the printer chosen (saved or not) with `make_printer`.
    """

    tested = Signal(object)  # PrintOutcome

    def __init__(
        self, ctx: ServiceContext, current: str, make_printer: Callable[[str], ReceiptPrinter],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_printer = make_printer
        self._printing: ReceiptPrinting | None = None
        self.choice = QComboBox()
        self.choice.setObjectName("printerChoice")
        self.choice.addItem(self.tr("No receipt printer"), _NONE)
        self.choice.addItem(self.tr("Network printer (type its address)"), _NETWORK)
        self.choice.addItem(self.tr("Dummy (prints nothing: for trying the app)"), "dummy")
        self.network = QLineEdit()
        self.network.setObjectName("printerNetwork")
        self.network.setPlaceholderText(self.tr("Address, e.g. 192.168.1.50 or 192.168.1.50:9100"))
        self.searching = QLabel(self.tr("Looking for printers…"))
        set_tone(self.searching, Tone.HINT)
        self.test_button = QPushButton(self.tr("Print a test slip"))
        self.test_button.setObjectName("printTestSlip")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_slip)
        self.outcome = QLabel()
        self.outcome.setObjectName("printerOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        row = QHBoxLayout()
        row.addWidget(self.network, 1)
        row.addWidget(self.test_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice)
        layout.addLayout(row)
        layout.addWidget(self.searching)
        layout.addWidget(self.outcome)
        self._choose(current)
        self.choice.currentIndexChanged.connect(self._network_field)
        self._network_field()
        look_for_printers(ctx, parent=self).success(self._found).failure(self._not_found).run()

    # -- the value ---------------------------------------------------------

    def value(self) -> str:
        """The `printer` setting chosen (checked as the app reads it: KioskError when the address is wrong)."""
        data = self.choice.currentData()
        if data == _NETWORK:
            typed = self.network.text().strip()
            if not typed:
                return ""
            text = typed if typed.lower().startswith("network:") else "network:" + typed
        else:
            text = str(data)
        address = parse_printer(text)
        return str(address) if address is not None else ""

    def _choose(self, current: str) -> None:
        try:
            address = parse_printer(current)
        except KioskError:
            address = None
        if address is None:
            self.choice.setCurrentIndex(0)
        elif address.link is Link.NETWORK:
            self.choice.setCurrentIndex(self.choice.findData(_NETWORK))
            self.network.setText(str(address).removeprefix("network:"))
        else:
            self._add(Found(address, ""))
            self.choice.setCurrentIndex(self.choice.findData(str(address)))

    def _add(self, found: Found) -> None:
        data = str(found.address)
        if self.choice.findData(data) >= 0:
            return
        label = f"{data} — {found.description}" if found.description else data
        self.choice.insertItem(self.choice.count() - 2, label, data)  # before "network" and "dummy"

    def _found(self, found: list[Found]) -> None:
        for printer in found:
            self._add(printer)
        self.searching.setText(self.tr("Printers found: %n.", "", len(found)))

    def _not_found(self, _exc: Exception) -> None:
        self.searching.setText(self.tr("Printers found: %n.", "", 0))

    def _network_field(self) -> None:
        self.network.setEnabled(self.choice.currentData() == _NETWORK)

    # -- the test slip -----------------------------------------------------

    def test_slip(self) -> None:
        try:
            chosen = self.value()
        except KioskError as exc:
            self._say(False, words.say(exc))
            return
        printer = self._make_printer(chosen)
        # A printer of its own: the choice may not be saved yet.
        self._printing = ReceiptPrinting(printer, parent=self)
        self.test_button.setEnabled(False)
        self._say(None, self.tr("Printing a test slip…"))
        address = printer.address or PrinterAddress(Link.DUMMY)
        receipt = ReceiptWords().test_slip(str(address), printer.paper.width_mm, printer.paper.columns,
                                            printer.profile)
        self._printing.print_receipt(receipt, parent=self, done=self._tested)

    def _tested(self, outcome: PrintOutcome) -> None:
        self.test_button.setEnabled(True)
        self._say(outcome.printed, staff_words(outcome))
        self.tested.emit(outcome)

    def _say(self, ok: bool | None, text: str) -> None:
        self.outcome.setText(text)
        set_tone(
            self.outcome, Tone.HINT if ok is None else (Tone.GOOD if ok else Tone.PROBLEM)
        )
        self.outcome.show()
