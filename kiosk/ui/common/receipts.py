"""Receipts in the screens' words (a slip, a voucher, a new card) and the button that prints one on the receipt printer."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QPushButton

from kiosk.domain.errors import PrinterState
from kiosk.printing import Align, Barcode, Line, Pair, PrintOutcome, QrCode, Receipt, Rule
from kiosk.services.printing import ReceiptPrinting
from kiosk.ui import words
from kiosk.ui.palette import Tone, set_tone

__all__ = ["ReceiptWords", "PrintReceipt", "staff_words"]

#: States after which the receipt is in the customer's hand.
_PRINTED = (PrinterState.PRINTED, PrinterState.PAPER_NEAR_END)


class PrintedWords(QObject):
    def printed_but(self, warning: str) -> str:
        return self.tr("Printed. {warning}").format(warning=warning)


def staff_words(outcome: PrintOutcome) -> str:
    """What a print came to, for staff: the printer's state in words, "Printed." first when it printed anyway."""
    said = words.say(outcome.notice)
    if outcome.printed and outcome.state is not PrinterState.PRINTED:
        return PrintedWords().printed_but(said)
    return said


class ReceiptWords(QObject):
    """The receipts the terminal prints, worded in the screens' language (money and dates come already written)."""

    def slip(self, shop: str, rows: Sequence[tuple[str, str]], status: str) -> Receipt:
        """An operation's slip: the shop, its rows as on screen, and whether the loyalty server has it yet."""
        return Receipt((
            Line(shop, bold=True, big=True, align=Align.CENTER),
            Rule(),
            *(Pair(label, value) for label, value in rows),
            Rule(),
            Line(status),
        ))

    def voucher(self, shop: str, title: str, code: str, worth: str, state: str) -> Receipt:
        """A voucher to take to the till: its worth, until when, its code and the code's QR code."""
        return Receipt((
            Line(shop, bold=True, big=True, align=Align.CENTER),
            Rule(),
            Line(title, bold=True, align=Align.CENTER),
            Line(worth, big=True, align=Align.CENTER),
            Line(state, align=Align.CENTER),
            QrCode(code),
            Line(self.tr("Code: {code}").format(code=code), bold=True, align=Align.CENTER),
            Line(self.tr("Show this voucher at the till."), align=Align.CENTER),
        ))

    def card(self, shop: str, name: str, code: str, fmt: str) -> Receipt:
        """A new card: its barcode for the till's scanner and its QR code for the customer's phone."""
        welcome = self.tr("Welcome, {name}!").format(name=name) if name else self.tr("Welcome!")
        return Receipt((
            Line(shop, bold=True, big=True, align=Align.CENTER),
            Rule(),
            Line(welcome, bold=True, align=Align.CENTER),
            Line(self.tr("Your loyalty card"), align=Align.CENTER),
            Barcode(code, fmt),
            QrCode(code),
            Line(self.tr("Show this code at every purchase, or scan the QR code to keep the card on your phone."),
                 align=Align.CENTER),
        ))


    def test_slip(self, printer: str, width_mm: int, columns: int, model: str) -> Receipt:
        """What the settings screen prints to try a printer: its settings, accented letters, a QR code, the cut."""
        return Receipt((
            Line(self.tr("Test slip"), bold=True, big=True, align=Align.CENTER),
            Rule(),
            Pair(self.tr("Printer"), printer),
            Pair(self.tr("Paper"), self.tr("{width} mm, {columns} characters a line").format(
                width=width_mm, columns=columns)),
            Pair(self.tr("Model"), model),
            Rule(),
            Line("àèéìòù ç ñ € Привет £"),
            QrCode(self.tr("Test slip")),
            Line(self.tr("If you can read this and the QR code scans, the printer is ready."), align=Align.CENTER),
        ))


class PrintReceipt(QObject):
    """Prints a receipt on the receipt printer when `button` is pressed, and says the printer's answer in `status`.

    `make` composes the receipt when the button is pressed (None: nothing to print now).
    The owner places the button and the status label where they fit (the label is
    hidden until there is something to say); this lives as long as the button. The
    printer is never waited for: the answer comes within the print limit, the screen
    working meanwhile. `customer`: words for a customer at the kiosk, who cannot load
    paper (staff are asked) and sees no printer addresses.
    """

    answered = Signal(object)  # PrintOutcome, once shown

    def __init__(
        self,
        printing: ReceiptPrinting,
        make: Callable[[], Receipt | None],
        button: QPushButton,
        *,
        customer: bool = False,
    ) -> None:
        super().__init__(button)
        self._printing = printing
        self._make = make
        self._customer = customer
        self.button = button
        self.button.clicked.connect(self.print_now)
        self.status = QLabel()
        self.status.setObjectName("printStatus")
        self.status.setWordWrap(True)
        self.status.hide()

    @property
    def busy(self) -> bool:
        return not self.button.isEnabled()

    def print_now(self) -> None:
        if self.busy:
            return  # one receipt per press, however many taps
        receipt = self._make()
        if receipt is None:
            return
        self.button.setEnabled(False)
        self._show(self.tr("Printing…"), Tone.WARNING)
        self._printing.print_receipt(receipt, parent=self.status, done=self._answer)

    def clear(self) -> None:
        """Forget the last answer (a new customer, a new operation)."""
        self.status.clear()
        self.status.hide()

    def _answer(self, outcome: PrintOutcome) -> None:
        self.button.setEnabled(True)
        text = self._customer_words(outcome) if self._customer else staff_words(outcome)
        self._show(text, Tone.GOOD if outcome.printed else Tone.PROBLEM)
        self.answered.emit(outcome)

    def _customer_words(self, outcome: PrintOutcome) -> str:
        if outcome.state in _PRINTED:
            return self.tr("Printed: please take it from the printer.")
        if outcome.state is PrinterState.PAPER_OUT:
            return self.tr("The printer has run out of paper. Please ask a member of staff.")
        if outcome.state is PrinterState.COVER_OPEN:
            return self.tr("The printer is open. Please ask a member of staff.")
        return self.tr("The printer is not working right now. Please ask a member of staff.")

    def _show(self, text: str, tone: Tone) -> None:
        self.status.setText(text)
        set_tone(self.status, tone)
        self.status.show()
