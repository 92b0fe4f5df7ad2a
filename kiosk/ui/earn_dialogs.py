"""The counter's write dialogs: a purchase with its points shown before confirming, a credit top-up, a refund."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, Signal
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
from kiosk.services.counter import CounterService, Estimate, Saved, problem_notice
from kiosk.services.operation import Op, Scope
from kiosk.ui.words import operation_name
from kiosk.ui.money import format_money, format_points, number_format, signed_money, signed_points
from kiosk.ui import words
from kiosk.ui.palette import Tone, set_tone

__all__ = ["PurchaseDialog", "TopUpDialog", "RefundDialog", "WriteDialog"]

log = logging.getLogger("kiosk.ui")

_ESTIMATE_PAUSE_MS = 200  # ask for an estimate once the cashier stops typing, not at every digit


class WriteDialog(QDialog):
    """Enter confirms, Esc cancels; it closes only once its operation is saved (then `saved` says what was).

    Once confirmed, the save reaches the outbox even if the dialog is closed meanwhile.
    """

    saved = Signal(object)  # Saved: committed to the outbox, with what its slip shows

    def __init__(self, service: CounterService, card: CardAnswer, campaign: Campaign | None,
                 locale: QLocale, *, title: str, confirm: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self._service = service
        self._card = card
        self._locale = locale
        self._currency = campaign.currency if campaign is not None else "EUR"
        self.heading = QLabel(
            self.tr("<b>{title}</b> — card {card}, {name}").format(title=title, card=card.card, name=card.name)
            if card.name else self.tr("<b>{title}</b> — card {card}").format(title=title, card=card.card)
        )
        self.heading.setWordWrap(True)
        self.form = QFormLayout()
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        set_tone(self.problem, Tone.PROBLEM)
        self.buttons = QDialogButtonBox()
        self.confirm: QPushButton = self.buttons.addButton(confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm.setDefault(True)
        self.cancel: QPushButton = self.buttons.addButton(self.tr("Cancel (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel.setAutoDefault(False)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._saving = False

    def money(self, cents: int) -> str:
        return format_money(cents, self._currency, self._locale)

    def _confirm(self) -> None:
        if self._saving:
            return
        try:
            save = self.submit()
        except InputError as exc:
            self.problem.setText(words.say(exc))
            return
        save.success(self._saved).failure(self._failed).run()
        self._saving = True
        set_tone(self.problem, Tone.PLAIN)
        self.problem.setText(self.tr("Saving…"))
        self.confirm.setEnabled(False)

    def submit(self) -> Op[Saved]:
        """Check the fields and give the service's save operation, not run yet; raise InputError to say what is wrong."""
        raise NotImplementedError

    def _saved(self, saved: Saved) -> None:
        self._saving = False
        self.saved.emit(saved)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._saving = False
        set_tone(self.problem, Tone.PROBLEM)
        self.problem.setText(self.tr("Not saved: {reason}").format(reason=words.say(problem_notice(exc))))
        self.confirm.setEnabled(True)


def _example(locale: QLocale, whole: str, cents: str) -> str:
    return QCoreApplication.translate("WriteDialog", "e.g. {example}").format(
        example=number_format(locale).example(whole, cents)
    )


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


class PurchaseDialog(WriteDialog):
    """Amount and receipt number; the points it earns are shown before it is confirmed."""

    def __init__(self, service: CounterService, card: CardAnswer, campaign: Campaign | None,
                 locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(service, card, campaign, locale,
                         title=QCoreApplication.translate("PurchaseDialog", "Purchase"),
                         confirm=QCoreApplication.translate("PurchaseDialog", "Save purchase (Enter)"), parent=parent)
        self.amount = _field("amount", _example(locale, "12", "50"))
        self.receipt = _field("receipt", self.tr("receipt number"))
        self.estimate = QLabel(self.tr("Type the amount to see the points it earns."))
        self.estimate.setObjectName("estimate")
        self.estimate.setWordWrap(True)
        font = self.estimate.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.estimate.setFont(font)
        self.form.addRow(self.tr("Amount ({currency}):").format(currency=self._currency), self.amount)
        self.form.addRow(self.tr("Receipt number:"), self.receipt)
        self.form.addRow(self.estimate)
        self._cents: int | None = None
        self._asked = Scope(self)  # the estimates of the amount typed now: a new amount ends it
        self._served = False  # the server's own count of it is on screen
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(_ESTIMATE_PAUSE_MS)
        self._pause.timeout.connect(self._ask_estimate)
        self.amount.textChanged.connect(self._amount_changed)
        self.amount.setFocus()

    def _amount_changed(self, text: str) -> None:
        self.problem.clear()
        self._asked.end()  # an answer for an amount typed before this one is not shown
        self._asked = Scope(self)
        self._served = False
        try:
            self._cents = parse_amount(text, number_format(self._locale)) if text.strip() else None
        except InputError as exc:
            self._cents = None
            self.estimate.setText(words.say(exc))
            return
        self.estimate.setText(
            self.tr("Working out the points…") if self._cents else self.tr("Type the amount to see the points it earns.")
        )
        if self._cents:
            self._pause.start()

    def _ask_estimate(self) -> None:
        """The rule kept here at once, then the server's count (kept on screen once it came)."""
        if not self._cents:
            return
        for ask in (self._service.estimate_here, self._service.estimate_served):
            ask(self._card.card, self._cents, parent=self._asked).success(self._estimated).failure(_no_estimate).run()

    def _estimated(self, estimate: Estimate) -> None:
        if not estimate.online and self._served:
            return  # the server's own count came first: it stays
        self._served = self._served or estimate.online
        amount = self.money(estimate.amount)
        if estimate.points is None:
            self.estimate.setText(
                self.tr("{amount}: the points cannot be worked out offline yet; the server will count them.")
                .format(amount=amount)
            )
            return
        points = format_points(estimate.points, self._locale)
        if estimate.online:
            self.estimate.setText(
                self.tr("{amount} earns {points} points.", "", estimate.points).format(amount=amount, points=points)
            )
        else:
            self.estimate.setText(
                self.tr(
                    "{amount} earns about {points} points (campaign rule; the loyalty server confirms when it syncs).",
                    "", estimate.points,
                ).format(amount=amount, points=points)
            )

    def submit(self) -> Op[Saved]:
        try:
            cents = parse_amount(self.amount.text(), number_format(self._locale))
        except InputError:
            self.amount.setFocus()
            raise
        receipt = self.receipt.text().strip()
        if not receipt:
            self.receipt.setFocus()
            raise InputError(Why.RECEIPT_MISSING, field="receipt")
        return self._service.queue_purchase(parent=self, card=self._card.card, amount=cents, receipt=receipt)

class TopUpDialog(WriteDialog):
    """Credit to add to the card, with the credit after it shown before confirming."""

    def __init__(self, service: CounterService, card: CardAnswer, campaign: Campaign | None,
                 locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(service, card, campaign, locale,
                         title=QCoreApplication.translate("TopUpDialog", "Credit top-up"),
                         confirm=QCoreApplication.translate("TopUpDialog", "Top up (Enter)"), parent=parent)
        self.amount = _field("amount", _example(locale, "20", "00"))
        self.after = QLabel(self.tr("Credit now: {credit}").format(credit=self.money(card.credit)))
        self.after.setObjectName("after")
        self.form.addRow(self.tr("Add credit ({currency}):").format(currency=self._currency), self.amount)
        self.form.addRow(self.after)
        self.amount.textChanged.connect(self._amount_changed)
        self.amount.setFocus()

    def _amount_changed(self, text: str) -> None:
        self.problem.clear()
        try:
            cents = parse_amount(text, number_format(self._locale))
        except InputError:
            self.after.setText(self.tr("Credit now: {credit}").format(credit=self.money(self._card.credit)))
            return
        self.after.setText(
            self.tr("Credit after the top-up: {credit}").format(credit=self.money(self._card.credit + cents))
        )

    def submit(self) -> Op[Saved]:
        credit = parse_amount(self.amount.text(), number_format(self._locale))
        return self._service.top_up(parent=self, card=self._card.card, credit=credit)


class RefundDialog(WriteDialog):
    """Names the receipt and the points (and credit) the refund takes back, before anything is saved."""

    def __init__(self, service: CounterService, card: CardAnswer, line: MovementLine, campaign: Campaign | None,
                 locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(service, card, campaign, locale,
                         title=QCoreApplication.translate("RefundDialog", "Refund"),
                         confirm=QCoreApplication.translate("RefundDialog", "Refund (Enter)"), parent=parent)
        self.cancel.setText(self.tr("Keep it (Esc)"))
        self._line = line
        fields = {"what": operation_name(line.type).lower(), "receipt": line.receipt or "",
                  "amount": self.money(line.amount) if line.amount is not None else ""}
        if line.amount is not None and line.receipt:
            question = self.tr("Refund the {what} of {amount} on receipt {receipt}?")
        elif line.amount is not None:
            question = self.tr("Refund the {what} of {amount} (no receipt number)?")
        elif line.receipt:
            question = self.tr("Refund the {what} on receipt {receipt}?")
        else:
            question = self.tr("Refund the {what} (no receipt number)?")
        effects = []
        if line.points:
            effects.append(self.tr("{points} points", "", abs(line.points)).format(
                points=signed_points(-line.points, locale)))
        if line.credit:
            effects.append(self.tr("{credit} credit").format(credit=signed_money(-line.credit, self._currency, locale)))
        if len(effects) == 2:
            change = self.tr("{first} and {second}").format(first=effects[0], second=effects[1])
        else:
            change = effects[0] if effects else self.tr("nothing")
        self.question = QLabel(
            question.format(**fields) + "<br><b>"
            + self.tr("This changes the card by {change}.").format(change=change) + "</b>"
        )
        self.question.setObjectName("question")
        self.question.setWordWrap(True)
        font = self.question.font()
        font.setPointSize(font.pointSize() + 3)
        self.question.setFont(font)
        self.form.addRow(self.question)

    def submit(self) -> Op[Saved]:
        return self._service.refund(parent=self, card=self._card.card, line=self._line)
