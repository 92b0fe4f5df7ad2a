"""The counter's write dialogs: a purchase with its points shown before confirming, a credit top-up, a refund."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.api import Campaign
from kiosk.core.history import MovementLine
from kiosk.core.terminal import CardAnswer
from kiosk.domain.numbers import parse_amount
from kiosk.domain.errors import InputError, Notice, Why
from kiosk.services.counter import CounterService, Estimate, Saved
from kiosk.ui.customer_panel import OPERATION_NAMES
from kiosk.ui.money import format_money, format_points, number_format, signed_money, signed_points
from kiosk.ui import words
from kiosk.ui.palette import PLAIN_TEXT, PROBLEM_TEXT

__all__ = ["PurchaseDialog", "TopUpDialog", "RefundDialog"]

log = logging.getLogger("kiosk.ui")

_ESTIMATE_PAUSE_MS = 200  # ask for an estimate once the cashier stops typing, not at every digit


class _WriteDialog(QDialog):
    """Enter confirms, Esc cancels; it closes only once the service says the operation is saved."""

    def __init__(self, service: CounterService, card: CardAnswer, campaign: Campaign | None,
                 locale: QLocale, *, title: str, confirm: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self._service = service
        self._card = card
        self._locale = locale
        self._currency = campaign.currency if campaign is not None else "EUR"
        self.heading = QLabel(f"<b>{title}</b> — card {card.card}" + (f", {card.name}" if card.name else ""))
        self.heading.setWordWrap(True)
        self.form = QFormLayout()
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_TEXT)
        self.buttons = QDialogButtonBox()
        self.confirm: QPushButton = self.buttons.addButton(confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm.setDefault(True)
        self.cancel: QPushButton = self.buttons.addButton("Cancel (Esc)", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel.setAutoDefault(False)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        service.saved.connect(self._saved)
        service.save_failed.connect(self._failed)
        self._saving = False

    def money(self, cents: int) -> str:
        return format_money(cents, self._currency, self._locale)

    def _confirm(self) -> None:
        if self._saving:
            return
        try:
            self.submit()
        except InputError as exc:
            self.problem.setText(words.say(exc))
            return
        self._saving = True
        self.problem.setStyleSheet(PLAIN_TEXT)
        self.problem.setText("Saving…")
        self.confirm.setEnabled(False)

    def submit(self) -> None:
        """Check the fields and hand the operation to the service; raise InputError to say what is wrong."""
        raise NotImplementedError

    def _saved(self, saved: Saved) -> None:
        if self._saving and saved.card.card == self._card.card:
            self._saving = False
            self.accept()

    def _failed(self, notice: Notice) -> None:
        if self._saving:
            self._saving = False
            self.problem.setStyleSheet(PROBLEM_TEXT)
            self.problem.setText(f"Not saved: {words.say(notice)}")
            self.confirm.setEnabled(True)

    def done(self, result: int) -> None:
        # Disconnect, so a dialog closed and waiting to be deleted never reacts to a later save.
        self._service.saved.disconnect(self._saved)
        self._service.save_failed.disconnect(self._failed)
        super().done(result)


def _field(name: str, placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setPlaceholderText(placeholder)
    field.setMinimumHeight(36)
    font = field.font()
    font.setPointSize(font.pointSize() + 3)
    field.setFont(font)
    return field


def _no_estimate(exc: Exception) -> None:
    # The server out of reach, say: the dialog keeps what it shows, and the sync counts the points.
    log.info("no points estimate: %s", type(exc).__name__)


class PurchaseDialog(_WriteDialog):
    """Amount and receipt number; the points it earns are shown before it is confirmed."""

    def __init__(self, service: CounterService, card: CardAnswer, campaign: Campaign | None,
                 locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(service, card, campaign, locale, title="Purchase", confirm="Save purchase (Enter)",
                         parent=parent)
        self.amount = _field("amount", "e.g. " + number_format(locale).example("12", "50"))
        self.receipt = _field("receipt", "receipt number")
        self.estimate = QLabel("Type the amount to see the points it earns.")
        self.estimate.setObjectName("estimate")
        self.estimate.setWordWrap(True)
        font = self.estimate.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.estimate.setFont(font)
        self.form.addRow(f"Amount ({self._currency}):", self.amount)
        self.form.addRow("Receipt number:", self.receipt)
        self.form.addRow(self.estimate)
        self._cents: int | None = None
        self._served: int | None = None  # the amount the server's own count is shown for
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(_ESTIMATE_PAUSE_MS)
        self._pause.timeout.connect(self._ask_estimate)
        self.amount.textChanged.connect(self._amount_changed)
        self.amount.setFocus()

    def _amount_changed(self, text: str) -> None:
        self.problem.clear()
        self._served = None
        try:
            self._cents = parse_amount(text, number_format(self._locale)) if text.strip() else None
        except InputError as exc:
            self._cents = None
            self.estimate.setText(words.say(exc))
            return
        self.estimate.setText("Working out the points…" if self._cents else "Type the amount to see the points it earns.")
        if self._cents:
            self._pause.start()

    def _ask_estimate(self) -> None:
        """The rule kept here at once, then the server's count (kept on screen once it came)."""
        if not self._cents:
            return
        for ask in (self._service.estimate_here, self._service.estimate_served):
            ask(self._card.card, self._cents, parent=self).success(self._estimated).failure(_no_estimate).run()

    def _estimated(self, estimate: Estimate) -> None:
        if estimate.amount != self._cents:
            return  # an answer for an amount typed before this one
        if not estimate.online and self._served == estimate.amount:
            return  # the server's own count came first: it stays
        if estimate.online:
            self._served = estimate.amount
        amount = self.money(estimate.amount)
        if estimate.points is None:
            self.estimate.setText(f"{amount}: the points cannot be worked out offline yet; the server will count them.")
        elif estimate.online:
            self.estimate.setText(f"{amount} earns {format_points(estimate.points, self._locale)} points.")
        else:
            self.estimate.setText(
                f"{amount} earns about {format_points(estimate.points, self._locale)} points "
                "(campaign rule; the loyalty server confirms when it syncs)."
            )

    def submit(self) -> None:
        try:
            cents = parse_amount(self.amount.text(), number_format(self._locale))
        except InputError:
            self.amount.setFocus()
            raise
        receipt = self.receipt.text().strip()
        if not receipt:
            self.receipt.setFocus()
            raise InputError(Why.RECEIPT_MISSING, field="receipt")
        self._service.purchase(amount=cents, receipt=receipt)

class TopUpDialog(_WriteDialog):
    """Credit to add to the card, with the credit after it shown before confirming."""

    def __init__(self, service: CounterService, card: CardAnswer, campaign: Campaign | None,
                 locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(service, card, campaign, locale, title="Credit top-up", confirm="Top up (Enter)",
                         parent=parent)
        self.amount = _field("amount", "e.g. " + number_format(locale).example("20", "00"))
        self.after = QLabel(f"Credit now: {self.money(card.credit)}")
        self.after.setObjectName("after")
        self.form.addRow(f"Add credit ({self._currency}):", self.amount)
        self.form.addRow(self.after)
        self.amount.textChanged.connect(self._amount_changed)
        self.amount.setFocus()

    def _amount_changed(self, text: str) -> None:
        self.problem.clear()
        self._served = None
        try:
            cents = parse_amount(text, number_format(self._locale))
        except InputError:
            self.after.setText(f"Credit now: {self.money(self._card.credit)}")
            return
        self.after.setText(f"Credit after the top-up: {self.money(self._card.credit + cents)}")

    def submit(self) -> None:
        self._service.top_up(credit=parse_amount(self.amount.text(), number_format(self._locale)))


class RefundDialog(_WriteDialog):
    """Names the receipt and the points (and credit) the refund takes back, before anything is saved."""

    def __init__(self, service: CounterService, card: CardAnswer, line: MovementLine, campaign: Campaign | None,
                 locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(service, card, campaign, locale, title="Refund", confirm="Refund (Enter)", parent=parent)
        self.cancel.setText("Keep it (Esc)")
        self._line = line
        what = OPERATION_NAMES.get(line.type, line.type.value).lower()
        amount = f" of {self.money(line.amount)}" if line.amount is not None else ""
        receipt = f"receipt {line.receipt}" if line.receipt else "no receipt number"
        effects = []
        if line.points:
            effects.append(f"{signed_points(-line.points, locale)} points")
        if line.credit:
            effects.append(f"{signed_money(-line.credit, self._currency, locale)} credit")
        self.question = QLabel(
            f"Refund the {what}{amount} on {receipt}?<br>"
            f"<b>This changes the card by {' and '.join(effects) or 'nothing'}.</b>"
        )
        self.question.setObjectName("question")
        self.question.setWordWrap(True)
        font = self.question.font()
        font.setPointSize(font.pointSize() + 3)
        self.question.setFont(font)
        self.form.addRow(self.question)

    def submit(self) -> None:
        self._service.refund(self._line)
