"""Redeeming points or credit at the counter: the amount, then the customer's PIN on the PIN pad.

By default a redemption needs the loyalty server. While it cannot be reached, and
only where the campaign's offline policy allows it, a manager may approve a
capped points redemption with the manager PIN instead of the customer's PIN.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
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
from kiosk.services.counter import CounterService, Saved
from kiosk.services.redeem import Redeemed, RedeemService
from kiosk.ui import words
from kiosk.ui.money import format_money, format_points, number_format
from kiosk.ui.palette import PLAIN_TEXT, PROBLEM_TEXT
from kiosk.ui.pin_pad import PinPad

__all__ = ["RedeemDialog", "NEEDS_SERVER"]

NEEDS_SERVER = "Redeeming needs the connection to the loyalty server, which cannot be reached now."


def _big(widget: QWidget, more: int) -> None:
    font = widget.font()
    font.setPointSize(font.pointSize() + more)
    widget.setFont(font)


class RedeemDialog(QDialog):
    """Two steps: what to redeem (checked before any call), then the PIN; it closes when the outcome is known."""

    reset_requested = Signal(str)  # card: the PIN is locked, the cashier chose to reset it

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
        self.setWindowTitle("Redeem")
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
        self._closed = False
        self._unreachable = False  # a call in this dialog could not reach the server
        self.offline_room = 0

        heading = QLabel(f"<b>Redeem</b> — card {card.card}" + (f", {card.name}" if card.name else ""))
        heading.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._amount_page())
        self.stack.addWidget(self._pin_page(scrambled))
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_TEXT)
        self.reset_button = QPushButton("Reset the PIN…")
        self.reset_button.setObjectName("reset")
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(self._reset)
        self.manager_button = QPushButton("Manager approval (offline)…")
        self.manager_button.setObjectName("manager")
        self.manager_button.setAutoDefault(False)
        self.manager_button.clicked.connect(self._offline)
        self.cancel = QPushButton("Cancel (Esc)")
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

        service.redeemed.connect(self._redeemed)
        service.redeem_failed.connect(self._failed)
        counter.saved.connect(self._saved_offline)
        counter.save_failed.connect(self._offline_failed)
        self._tender_changed()
        # A room that cannot be read is none: the offline approval is simply not offered.
        service.offline_room(card.card, parent=self).success(self._room).failure(lambda _exc: self._room(0)).run()
        if not online():
            self._say(NEEDS_SERVER)

    # -- building -------------------------------------------------------------

    def _amount_page(self) -> QWidget:
        page = QWidget()
        self.points_choice = QRadioButton("&Points")
        self.points_choice.setObjectName("points")
        self.credit_choice = QRadioButton("C&redit")
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
        self.next_button = QPushButton("Next: the customer's PIN (Enter)")
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
        prompt = QLabel("Customer: type your PIN to confirm.")
        prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _big(prompt, 3)
        length = self._campaign.pincodelength if self._campaign is not None else 4
        self.pad = PinPad(length, scrambled=scrambled)
        self.pad.complete.connect(self._send)
        self.back = QPushButton("Back")
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
            self.amount.setPlaceholderText("points, e.g. 500")
            self.balance.setText(f"The card has {format_points(available, self._locale)} points to redeem.")
            if self._campaign is not None:
                low = self._campaign.minredeempoints
                self.limits.setText(
                    f"From {format_points(low, self._locale)} to {format_points(available, self._locale)} points;"
                    f" one point is worth {self.money(self._campaign.pointvalue)}."
                    if available >= low else
                    f"At least {format_points(low, self._locale)} points are needed to redeem."
                )
        else:
            self.amount.setPlaceholderText(f"amount in {self._currency}, e.g. 5.00")
            self.balance.setText(f"The card has {self.money(available)} of credit to spend.")
            self.limits.setText(f"Up to {self.money(available)}.")
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
            self.value.setText(f"{format_points(plan.amount, self._locale)} points = {self.money(plan.value)}")
        else:
            self.value.setText(f"{self.money(plan.value)} of credit")

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
        what = (f"{format_points(plan.amount, self._locale)} points ({self.money(plan.value)})"
                if plan.tender is Tender.POINTS else f"{self.money(plan.value)} of credit")
        self.summary.setText(f"Redeem {what}")
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
        self._say("Checking the PIN with the loyalty server…", problem=False)
        self._service.redeem(self._plan, self.pad.take_pin())

    def _redeemed(self, redeemed: Redeemed) -> None:
        if not self._sending or redeemed.attempt.operation.card != self._card.card:
            return
        self._sending = False
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
            self._say(said + " " + NEEDS_SERVER)
        elif outcome is Outcome.REFUSED:
            self._to_amount()
            self._say(said)
        else:
            self.pad.setFocus()

    def _failed(self, notice: Notice) -> None:
        if self._sending:
            self._sending = False
            self.back.setEnabled(True)
            self.pad.setEnabled(True)
            self._say(words.say(notice))

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
            self._say(f"Without the loyalty server at most {format_points(self.offline_room, self._locale)}"
                      " points may be redeemed on this card now.")
            return
        what = f"{format_points(plan.amount, self._locale)} points ({self.money(plan.value)})"
        if not self._approve(f"to approve redeeming {what} without the customer's PIN, while offline"):
            return
        self._saving_offline = True
        self._say("Saving…", problem=False)
        self._service.redeem_offline(plan)

    def _saved_offline(self, saved: Saved) -> None:
        if self._saving_offline and saved.card.card == self._card.card:
            self._saving_offline = False
            self.accept()

    def _offline_failed(self, notice: Notice) -> None:
        if self._saving_offline:
            self._saving_offline = False
            self._say(f"Not saved: {words.say(notice)}")

    # -- plumbing -------------------------------------------------------------

    def _say(self, text: str, *, problem: bool = True) -> None:
        self.problem.setStyleSheet(PROBLEM_TEXT if problem else PLAIN_TEXT)
        self.problem.setText(text)

    def done(self, result: int) -> None:
        self.pad.wipe()
        if self._closed:
            super().done(result)
            return
        self._closed = True
        # Disconnect, so a dialog closed and waiting to be deleted never reacts to a later answer.
        self._service.redeemed.disconnect(self._redeemed)
        self._service.redeem_failed.disconnect(self._failed)
        self._counter.saved.disconnect(self._saved_offline)
        self._counter.save_failed.disconnect(self._offline_failed)
        super().done(result)
