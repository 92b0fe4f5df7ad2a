"""The receipt printer for the screens: a print runs off the GUI thread and its outcome comes back on it, to its asker."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from kiosk.printing import PrintOutcome, Receipt, ReceiptPrinter
from kiosk.printing.discover import Found
from kiosk.services.context import ServiceContext
from kiosk.services.operation import Op

__all__ = ["ReceiptPrinting", "receipt_printing", "look_for_printers"]


class ReceiptPrinting(QObject):
    """Prints receipts on the terminal's ESC/POS printer; never waits on it (see kiosk.printing.runner)."""

    _answered = Signal(object, object, object)  # the asker, its callback, the PrintOutcome

    def __init__(self, printer: ReceiptPrinter, *, slip_at_once: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.printer = printer
        #: The counter prints an operation's slip as soon as it is saved (the `print_slip_at_once` setting).
        self.slip_at_once = slip_at_once
        # From the print's own thread to this object's (the GUI thread).
        self._answered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def configured(self) -> bool:
        """A printer is set (an address that cannot be read counts: printing then says so)."""
        return self.printer.configured

    def print_receipt(self, receipt: Receipt | None, *, parent: QObject, done: Callable[[PrintOutcome], None]) -> None:
        """Print `receipt` (None: only ask the printer's state); `done` hears the outcome unless `parent` is gone."""
        self.printer.start(receipt, lambda outcome: self._answered.emit(parent, done, outcome))

    def _deliver(self, parent: QObject, done: Callable[[PrintOutcome], None], outcome: PrintOutcome) -> None:
        if shiboken6.isValid(parent):
            done(outcome)


def receipt_printing(ctx: ServiceContext) -> ReceiptPrinting:
    """The terminal's one receipt printer, made from its settings on first use."""
    found = ctx.__dict__.get("_receipt_printing")
    if found is None:
        settings = ctx.settings
        found = ReceiptPrinting(ReceiptPrinter.from_settings(settings), slip_at_once=settings.print_slip_at_once)
        ctx.__dict__["_receipt_printing"] = found
    return found


def look_for_printers(ctx: ServiceContext, *, parent: QObject) -> Op[list[Found]]:
    """The receipt printers this machine sees (USB, serial ports, /dev/usb/lp*), looked for off the GUI thread."""
    from kiosk.printing.discover import find_printers

    return Op.network(ctx, find_printers, parent=parent)
