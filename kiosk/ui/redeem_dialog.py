"""Redeeming points or credit at the counter: the amount, then the customer's PIN on the PIN pad.

By default a redemption needs the loyalty server. While it cannot be reached, and
only where the campaign's offline policy allows it, a manager may approve a
capped points redemption with the manager PIN instead of the customer's PIN.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.api import Campaign
from kiosk.core.redeem import Outcome
from kiosk.core.terminal import CardAnswer
from kiosk.domain.numbers import parse_amount, parse_points
from kiosk.domain.redemption import Redemption, Tender, plan_redemption, redeemable
from kiosk.domain.errors import KioskError, Notice
from kiosk.services.counter import CounterService, Saved, problem_notice
from kiosk.services.redeem import Redeemed, RedeemService
from kiosk.ui import words
from kiosk.ui.money import format_money, format_points, number_format
from kiosk.ui.palette import Tone, set_tone
from kiosk.ui.common.pin_pad import PinPad

__all__ = ["RedeemDialog", "NEEDS_SERVER"]

#: English; the dialog says it translated.
NEEDS_SERVER = QT_TRANSLATE_NOOP(
    "RedeemDialog", "Redeeming needs the connection to the loyalty server, which cannot be reached now."
)


def _big(widget: QWidget, more: int) -> None:
    font = widget.font()
    font.setPointSize(font.pointSize() + more)
    widget.setFont(font)


class RedeemDialog(QDialog):
    """Two steps: what to redeem (checked before any call), then the PIN; it closes when the outcome is known."""

    reset_requested = Signal(str)  # card: the PIN is locked, the cashier chose to reset it
    redeemed = Signal(object)  # Redeemed: the outcome of each PIN-checked attempt made here
    saved = Signal(object)  # Saved: a manager-approved redemption is in the outbox

    def __init__(
        self,
        service: RedeemService,
        counter: CounterService,
        card: CardAnswer,
        campaign: Campaign | None,
        locale: QLocale,
        *,
        online: Callable[[], bool],
        approve: Callable[[str], bool],
        scrambled: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Redeem"))
        self.setMinimumWidth(520)
        self._service = service
        self._counter = counter
        self._card = card
        self._campaign = campaign
        self._locale = locale
        self._currency = campaign.currency if campaign is not None else "EUR"
        self._online = online
        self._approve = approve
        self._plan: Redemption | None = None
        self._sending = False
        self._saving_offline = False
        self._unreachable = False  # a call in this dialog could not reach the server
        self.offline_room = 0

        heading = QLabel(
            self.tr("<b>Redeem</b> — card {card}, {name}").format(card=card.card, name=card.name)
            if card.name else self.tr("<b>Redeem</b> — card {card}").format(card=card.card)
        )
        heading.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._amount_page())
        self.stack.addWidget(self._pin_page(scrambled))
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        set_tone(self.problem, Tone.PROBLEM)
        self.reset_button = QPushButton(self.tr("Reset the PIN…"))
        self.reset_button.setObjectName("reset")
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(self._reset)
        self.manager_button = QPushButton(self.tr("Manager approval (offline)…"))
        self.manager_button.setObjectName("manager")
        self.manager_button.setAutoDefault(False)
        self.manager_button.clicked.connect(self._offline)
        self.cancel = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel.setAutoDefault(False)
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.manager_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.stack)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.reset_button.hide()
        self.manager_button.hide()
        self._show_page(0)

        self._tender_changed()
        # A room that cannot be read is none: the offline approval is simply not offered.
        service.offline_room(card.card, parent=self).success(self._room).failure(lambda _exc: self._room(0)).run()
        if not online():
            self._say(self.tr(NEEDS_SERVER))

    # -- building -------------------------------------------------------------

    def _amount_page(self) -> QWidget:
        page = QWidget()
        self.points_choice = QRadioButton(self.tr("&Points"))
        self.points_choice.setObjectName("points")
        self.credit_choice = QRadioButton(self.tr("C&redit"))
        self.credit_choice.setObjectName("credit")
        group = QButtonGroup(page)
        for choice in (self.points_choice, self.credit_choice):
            group.addButton(choice)
            _big(choice, 3)
        self.points_choice.setChecked(True)
        group.buttonToggled.connect(lambda *_: self._tender_changed())
        self.balance = QLabel()
        self.balance.setObjectName("balance")
        self.balance.setWordWrap(True)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setMinimumHeight(44)
        _big(self.amount, 5)
        self.amount.textChanged.connect(self._amount_changed)
        self.amount.returnPressed.connect(self._next)
        self.value = QLabel()
        self.value.setObjectName("value")
        _big(self.value, 4)
        self.limits = QLabel()
        self.limits.setObjectName("limits")
        self.limits.setWordWrap(True)
        self.next_button = QPushButton(self.tr("Next: the customer's PIN (Enter)"))
        self.next_button.setObjectName("next")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._next)
        choices = QHBoxLayout()
        choices.addWidget(self.points_choice)
        choices.addWidget(self.credit_choice)
        choices.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(choices)
        layout.addWidget(self.balance)
        layout.addWidget(self.amount)
        layout.addWidget(self.value)
        layout.addWidget(self.limits)
        layout.addWidget(self.next_button)
        layout.addStretch(1)
        return page

    def _pin_page(self, scrambled: bool) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _big(self.summary, 6)
        prompt = QLabel(self.tr("Customer: type your PIN to confirm."))
        prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _big(prompt, 3)
        length = self._campaign.pincodelength if self._campaign is not None else 4
        self.pad = PinPad(length, scrambled=scrambled)
        self.pad.complete.connect(self._send)
        self.back = QPushButton(self.tr("Back"))
        self.back.setObjectName("back")
        self.back.setAutoDefault(False)
        self.back.clicked.connect(self._to_amount)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(prompt)
        layout.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _show_page(self, index: int) -> None:
        """Show one step, the dialog sized to it (a stack otherwise keeps the size of its largest page)."""
        for number in range(self.stack.count()):
            policy = QSizePolicy.Policy.Preferred if number == index else QSizePolicy.Policy.Ignored
            page = self.stack.widget(number)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.stack.setCurrentIndex(index)
        self.adjustSize()
        owner = self.parentWidget()
        if owner is not None and self.isVisible():  # grown or shrunk: keep it centred over the counter
            frame = self.frameGeometry()
            frame.moveCenter(owner.frameGeometry().center())
            self.move(frame.topLeft())

    # -- the amount -----------------------------------------------------------

    @property
    def tender(self) -> Tender:
        return Tender.POINTS if self.points_choice.isChecked() else Tender.CREDIT

    def money(self, cents: int) -> str:
        return format_money(cents, self._currency, self._locale)

    def _tender_changed(self) -> None:
        card, tender = self._card, self.tender
        available = redeemable(card, tender)
        if tender is Tender.POINTS:
            self.amount.setPlaceholderText(self.tr("points, e.g. 500"))
            self.balance.setText(self.tr("The card has {points} points to redeem.", "", available)
                                 .format(points=format_points(available, self._locale)))
            if self._campaign is not None:
                low = self._campaign.minredeempoints
                self.limits.setText(
                    self.tr("From {low} to {high} points; one point is worth {value}.", "", available).format(
                        low=format_points(low, self._locale), high=format_points(available, self._locale),
                        value=self.money(self._campaign.pointvalue))
                    if available >= low else
                    self.tr("At least {low} points are needed to redeem.", "", low)
                    .format(low=format_points(low, self._locale))
                )
        else:
            self.amount.setPlaceholderText(
                self.tr("amount in {currency}, e.g. {example}").format(
                    currency=self._currency, example=number_format(self._locale).example("5", "00"))
            )
            self.balance.setText(self.tr("The card has {credit} of credit to spend.").format(credit=self.money(available)))
            self.limits.setText(self.tr("Up to {credit}.").format(credit=self.money(available)))
        self._amount_changed()
        self.manager_button.setVisible(self._offline_possible())
        self.amount.setFocus()

    def _amount_changed(self) -> None:
        self.problem.clear()
        try:
            plan = self._checked()
        except KioskError:
            self.value.setText("")
            return
        if plan.tender is Tender.POINTS:
            self.value.setText(self.tr("{points} points = {value}", "", plan.amount).format(
                points=format_points(plan.amount, self._locale), value=self.money(plan.value)))
        else:
            self.value.setText(self.tr("{credit} of credit").format(credit=self.money(plan.value)))

    def _checked(self) -> Redemption:
        text = self.amount.text()
        fmt = number_format(self._locale)
        amount = parse_points(text, fmt) if self.tender is Tender.POINTS else parse_amount(text, fmt)
        return plan_redemption(self._card, self._campaign, self.tender, amount)

    def _next(self) -> None:
        """Check the amount (no call is made for one that cannot be right), then hand over to the PIN pad."""
        try:
            plan = self._checked()
        except KioskError as exc:
            self._say(words.say(exc))
            return
        self._plan = plan
        if plan.tender is Tender.POINTS:
            self.summary.setText(self.tr("Redeem {points} points ({value})", "", plan.amount).format(
                points=format_points(plan.amount, self._locale), value=self.money(plan.value)))
        else:
            self.summary.setText(self.tr("Redeem {credit} of credit").format(credit=self.money(plan.value)))
        self.problem.clear()
        self._show_page(1)
        self.pad.wipe()
        self.pad.setFocus()

    def _to_amount(self) -> None:
        self.pad.wipe()
        self._plan = None
        self.reset_button.hide()
        self._show_page(0)
        self.amount.setFocus()

    # -- the PIN --------------------------------------------------------------

    def _send(self) -> None:
        if self._sending or self._plan is None:
            return
        self._sending = True
        self.back.setEnabled(False)
        self.pad.setEnabled(False)
        self._say(self.tr("Checking the PIN with the loyalty server…"), problem=False)
        # Once sent, it is settled even if the dialog is closed meanwhile; only the answer is then dropped.
        self._service.redeem(parent=self, plan=self._plan, pincode=self.pad.take_pin()) \
            .success(self._redeemed).failure(self._failed).run()

    def _redeemed(self, redeemed: Redeemed) -> None:
        self._sending = False
        self.redeemed.emit(redeemed)
        self.back.setEnabled(True)
        self.pad.setEnabled(True)
        self.pad.wipe()
        outcome = redeemed.outcome
        if outcome in (Outcome.DONE, Outcome.UNKNOWN):
            self.accept()  # the counter shows the slip and the new balance
            return
        said = words.say(redeemed.attempt.notice)
        self._say(said)
        if outcome is Outcome.LOCKED:
            self.pad.setEnabled(False)
            self.reset_button.show()
            self.reset_button.setFocus()
        elif outcome is Outcome.UNREACHABLE:
            self._unreachable = True
            self._to_amount()
            self.manager_button.setVisible(self._offline_possible())
            self._say(self.tr("{reason} {needs_server}").format(
                reason=said, needs_server=self.tr(NEEDS_SERVER)))
        elif outcome is Outcome.REFUSED:
            self._to_amount()
            self._say(said)
        else:
            self.pad.setFocus()

    def _failed(self, exc: Exception) -> None:
        self._sending = False
        self.back.setEnabled(True)
        self.pad.setEnabled(True)
        self._say(words.say(problem_notice(exc)))

    def _reset(self) -> None:
        self.reject()
        self.reset_requested.emit(self._card.card)

    # -- offline, with a manager's approval -----------------------------------

    def _room(self, room: int) -> None:
        self.offline_room = room
        self.manager_button.setVisible(self._offline_possible())

    def _offline_possible(self) -> bool:
        return self.tender is Tender.POINTS and self.offline_room > 0 and (self._unreachable or not self._online())

    def _offline(self) -> None:
        try:
            plan = self._checked()
        except KioskError as exc:
            self._say(words.say(exc))
            return
        if plan.amount > self.offline_room:
            self._say(self.tr("Without the loyalty server at most {points} points may be redeemed on this card now.",
                              "", self.offline_room).format(points=format_points(self.offline_room, self._locale)))
            return
        reason = self.tr("to approve redeeming {points} points ({value}) without the customer's PIN, while offline",
                         "", plan.amount).format(points=format_points(plan.amount, self._locale),
                                                 value=self.money(plan.value))
        if not self._approve(reason):
            return
        if self._saving_offline:
            return
        self._saving_offline = True
        self._say(self.tr("Saving…"), problem=False)
        self._service.redeem_offline(parent=self, plan=plan) \
            .success(self._saved_offline).failure(self._offline_failed).run()

    def _saved_offline(self, saved: Saved) -> None:
        self._saving_offline = False
        self.saved.emit(saved)
        self.accept()

    def _offline_failed(self, exc: Exception) -> None:
        self._saving_offline = False
        self._say(self.tr("Not saved: {reason}").format(reason=words.say(problem_notice(exc))))

    # -- plumbing -------------------------------------------------------------

    def _say(self, text: str, *, problem: bool = True) -> None:
        set_tone(self.problem, Tone.PROBLEM if problem else Tone.PLAIN)
        self.problem.setText(text)

    def done(self, result: int) -> None:
        self.pad.wipe()
        super().done(result)
