"""ESC/POS receipt printers: where the printer is, what a receipt holds, and printing it within a time limit.

Nothing here imports Qt or writes words for a person: a receipt arrives already
worded (kiosk/ui composes it), and what happened goes back as a PrinterState.
"""

from kiosk.printing.address import Link, PrinterAddress, parse_printer
from kiosk.printing.paper import PAPERS, Paper
from kiosk.printing.receipt import Align, Barcode, Line, Pair, QrCode, Receipt, Rule
from kiosk.printing.runner import PRINT_LIMIT, PrintOutcome, ReceiptPrinter

__all__ = [
    "Link", "PrinterAddress", "parse_printer", "PAPERS", "Paper", "Align", "Barcode", "Line", "Pair", "QrCode",
    "Receipt", "Rule", "PRINT_LIMIT", "PrintOutcome", "ReceiptPrinter",
]
