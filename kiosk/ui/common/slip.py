"""The slip of one operation as the customer is shown it, printed through Qt's print dialog (an office printer)
or on the receipt printer."""

from __future__ import annotations

import enum
import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QLocale, Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QShowEvent, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.api import Campaign, MovementResult, MovementType
from kiosk.printing import Receipt
from kiosk.services.counter import Saved
from kiosk.services.printing import ReceiptPrinting
from kiosk.ui.common.receipts import PrintReceipt, ReceiptWords
from kiosk.ui.words import operation_name
from kiosk.ui.locale_text import date_time_text
from kiosk.ui.money import format_money, format_points, signed_money, signed_points
from kiosk.ui import palette
from kiosk.ui.palette import CounterColours
from kiosk.ui.styles import counter_colours

__all__ = ["SlipDialog"]

# In English, the source texts; the slip shows them translated.
PENDING = str(QT_TRANSLATE_NOOP("SlipDialog", "Saved on this terminal — will sync with the loyalty server."))
SYNCED = str(QT_TRANSLATE_NOOP("SlipDialog", "Synced with the loyalty server."))


class _Status(enum.Enum):
    PENDING = "pending"
    SYNCED = "synced"
    REFUSED = "refused"


class SlipDialog(QDialog):
    """Shows the slip; `mark_synced` / `mark_refused` update it when the sync settles the operation.

    With a receipt printer set (`printing`), "Print receipt" prints it there, and, with
    print_slip_at_once, it is printed as the slip opens: the cashier hands it over
    with the change, as with the till's own receipt. Qt's print dialog stays for an office printer.
    """

    def __init__(
        self, saved: Saved, campaign: Campaign | None, locale: QLocale, parent: QWidget | None = None, *,
        printing: ReceiptPrinting | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Slip"))
        self._saved = saved
        self._locale = locale
        self._campaign = campaign
        self._currency = campaign.currency if campaign is not None else "EUR"
        self._result: MovementResult | None = None
        self._status = _Status.PENDING
        self._refusal = ""
        self.paper = QLabel()
        self.paper.setObjectName("slip")
        self.paper.setTextFormat(Qt.TextFormat.RichText)
        # The theme's paper (a white slip would glare in the dark theme); printed, it is black on white.
        self.paper.setAutoFillBackground(True)
        self.paper.setBackgroundRole(QPalette.ColorRole.Base)
        self.paper.setForegroundRole(QPalette.ColorRole.Text)
        self.paper.setMargin(18)
        self.paper.setMinimumWidth(380)
        self.paper.setWordWrap(True)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.Box)
        inside = QVBoxLayout(frame)
        inside.setContentsMargins(0, 0, 0, 0)
        inside.addWidget(self.paper)
        self.print_button = QPushButton(self.tr("Print (Ctrl+P)"))
        self.print_button.setObjectName("print")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.ask_to_print)
        self.close_button = QPushButton(self.tr("Close (Esc)"))
        self.close_button.setObjectName("close")
        self.close_button.setDefault(True)  # Enter closes too: the next customer is waiting
        self.close_button.clicked.connect(self.accept)
        print_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        print_key.activated.connect(self.ask_to_print)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        self.receipt: PrintReceipt | None = None
        self._print_at_once = False
        if printing is not None and printing.configured:
            receipt_button = QPushButton(self.tr("Print receipt (Ctrl+R)"))
            receipt_button.setObjectName("printReceipt")
            receipt_button.setAutoDefault(False)
            receipt_button.setShortcut(QKeySequence("Ctrl+R"))
            self.receipt = PrintReceipt(printing, self.receipt_to_print, receipt_button)
            self._print_at_once = printing.slip_at_once
            buttons.addWidget(receipt_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(frame)
        if self.receipt is not None:
            layout.addWidget(self.receipt.status)  # the printer's answer, under the slip it printed
            self.receipt.answered.connect(lambda _outcome: self.adjustSize())  # its words whole, however long
        layout.addLayout(buttons)
        self._render()

    @property
    def operationid(self) -> str:
        return self._saved.operation.operationid

    def mark_synced(self, operationid: str, result: MovementResult) -> None:
        if operationid == self.operationid:
            self._result = result
            self._status = _Status.SYNCED
            self._render()

    def mark_refused(self, operationid: str, message: str) -> None:
        if operationid == self.operationid:
            self._status = _Status.REFUSED
            self._refusal = message
            self._render()

    def text(self) -> str:
        """The slip as plain text (what a test or a screen reader reads)."""
        document = QTextDocument()
        document.setHtml(self.paper.text())
        return document.toPlainText()

    def _rows(self) -> list[tuple[str, str]]:
        op, card, locale = self._saved.operation, self._saved.card, self._locale
        holder = self.tr("{card} — {name}").format(card=card.card, name=card.name) if card.name else card.card
        rows = [
            (self.tr("Date"), date_time_text(self._saved.when, locale)),
            (self.tr("Card"), holder),
            (self.tr("Operation"), operation_name(op.type)),
        ]
        receipt = op.body.get("receipt")
        if receipt:
            rows.append((self.tr("Receipt"), str(receipt)))
        amount = op.body.get("amount") if op.type is MovementType.PURCHASE else op.body.get("credit")
        if op.type is MovementType.REVERSAL and self._saved.line is not None:
            amount = self._saved.line.amount
        if isinstance(amount, int):
            rows.append((self.tr("Amount"), format_money(amount, self._currency, locale)))
        points = self._result.points if self._result is not None else op.points_delta
        credit = self._result.credit if self._result is not None else op.credit_delta
        if points or op.type is MovementType.PURCHASE:
            rows.append((self.tr("Points"), self._expected(signed_points(points, locale))))
        if op.type is MovementType.BURNPOINTS and self._campaign is not None and points:
            rows.append((self.tr("Value"), format_money(-points * self._campaign.pointvalue, self._currency, locale)))
        if op.approved_offline:
            rows.append((self.tr("Approved"), self.tr("by a manager, offline")))
        if credit:
            rows.append((self.tr("Credit"), self._expected(signed_money(credit, self._currency, locale))))
        rows.append((self.tr("Points now"), self._balance_points()))
        rows.append((self.tr("Credit now"), self._balance_credit()))
        rows.append((self.tr("Reference"), op.operationid[:8]))
        return rows

    def _expected(self, change: str) -> str:
        """A change the server has not confirmed yet is marked as expected."""
        return change if self._result is not None else self.tr("{change} (expected)").format(change=change)

    def _balance_points(self) -> str:
        if self._result is not None:
            return format_points(self._result.balance.points, self._locale)
        card = self._saved.card
        points = format_points(card.points, self._locale)
        if not card.pending_points:
            return points
        change = signed_points(card.pending_points, self._locale).removeprefix("+")
        return self.tr("{balance} ({change} pending sync)").format(balance=points, change=change)

    def _balance_credit(self) -> str:
        if self._result is not None:
            return format_money(self._result.balance.credit, self._currency, self._locale)
        card = self._saved.card
        credit = format_money(card.credit, self._currency, self._locale)
        if not card.pending_credit:
            return credit
        change = signed_money(card.pending_credit, self._currency, self._locale).removeprefix("+")
        return self.tr("{balance} ({change} pending sync)").format(balance=credit, change=change)

    def _render(self) -> None:
        self.paper.setText(self._html(palette.in_force()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.PaletteChange:
            self._render()  # another theme: the status line in its colour
        super().changeEvent(event)

    def _shop(self) -> str:
        return self._campaign.name if self._campaign is not None else self.tr("Loyalty card")

    def _status_text(self) -> str:
        return {
            _Status.PENDING: self.tr(PENDING),
            _Status.SYNCED: self.tr(SYNCED),
            _Status.REFUSED: self.tr("Refused by the loyalty server, nothing was applied: {reason}").format(
                reason=self._refusal
            ),
        }[self._status]

    def receipt_to_print(self) -> Receipt:
        """The slip as the receipt printer prints it: the same words as on screen."""
        return ReceiptWords().slip(self._shop(), self._rows(), self._status_text())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._print_at_once and self.receipt is not None:
            self._print_at_once = False  # once per slip; the button prints another copy
            self.receipt.print_now()

    def _html(self, colours: CounterColours) -> str:
        """The slip as rich text, its status line in `colours`."""
        shop = html.escape(self._shop())
        body = "".join(
            f"<tr><td style='padding-right:16px'>{html.escape(k)}</td><td><b>{html.escape(v)}</b></td></tr>"
            for k, v in self._rows()
        )
        colour = {
            _Status.PENDING: colours.warning, _Status.SYNCED: colours.good, _Status.REFUSED: colours.problem
        }[self._status]
        status = self._status_text()
        return (
            f"<h2 style='margin:0'>{shop}</h2><hr><table>{body}</table><hr>"
            f"<p style='color:{colour}'><b>{html.escape(status)}</b></p>"
        )

    def print_to(self, printer: QPrinter) -> None:
        document = QTextDocument()
        document.setHtml(self._html(counter_colours("light")))  # on paper: the light theme's colours
        document.print_(printer)

    def ask_to_print(self) -> None:
        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the slip"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)
