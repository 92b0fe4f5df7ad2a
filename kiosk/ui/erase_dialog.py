"""A customer's erasure at the counter (Ctrl+Shift+D): what it means, then the customer types their PIN on the pad."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.api import Campaign
from kiosk.services.counter import CounterService
from kiosk.services.redeem import pin_trouble
from kiosk.ui import words
from kiosk.ui.common.pin_pad import PinPad
from kiosk.ui.palette import Tone, set_tone

__all__ = ["EraseAccountDialog"]


class EraseAccountDialog(QDialog):
    """The cashier starts it for the customer on screen; the customer's PIN confirms it (never the cashier's word).

    `erased(card)` once the server deleted the account and the till forgot the customer, just before it closes.
    The PIN stays in the pad until it is sent, and the pad is wiped on close. A request is this dialog's own:
    closed before the answer, the dialog hears nothing, but the till still forgets an erased customer.
    """

    erased = Signal(str)

    def __init__(
        self,
        service: CounterService,
        card: str,
        campaign: Campaign | None,
        *,
        scrambled: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setMinimumWidth(560)
        self._service = service
        self.card = card
        self._busy = False
        self.setWindowTitle(self.tr("Delete the customer's account"))
        self.intro = QLabel(self.tr(
            "Card {card}: at the customer's request, their loyalty account is deleted for good. Their personal data"
            " is wiped, the card is blocked, their points and vouchers are lost; the movements are kept without"
            " anything that names them."
        ).format(card=card))
        self.warning = QLabel(self.tr("It cannot be undone."))
        self.warning.setObjectName("warning")
        set_tone(self.warning, Tone.PROBLEM)
        bold = self.warning.font()
        bold.setBold(True)
        self.warning.setFont(bold)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt = QLabel(self.tr("Turn the PIN pad to the customer. Customer: type your PIN to delete your account."))
        self.prompt.setObjectName("prompt")
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.prompt.font()
        font.setPointSize(font.pointSize() + 3)
        self.prompt.setFont(font)
        length = campaign.pincodelength if campaign is not None else 4
        self.pin_pad = PinPad(length, scrambled=scrambled)
        self.pin_pad.complete.connect(self._typed_in)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setMinimumHeight(self.problem.fontMetrics().lineSpacing() * 3)  # room kept for its words
        self.cancel = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel.setAutoDefault(False)
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.warning)
        layout.addWidget(self.prompt)
        layout.addWidget(self.pin_pad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.setMinimumHeight(self.sizeHint().height())  # the whole pad, never squeezed under the wrapped words
        self.pin_pad.setFocus()

    def _typed_in(self) -> None:
        if self._busy or not self.pin_pad.is_complete:
            return
        pincode = self.pin_pad.take_pin()
        self._busy = True
        self.pin_pad.setEnabled(False)
        self._say(self.tr("Deleting the account…"), problem=False)
        self._service.erase_account(parent=self, card=self.card, pincode=pincode) \
            .success(self._done).failure(self._refused).run()

    def _done(self, _erased: object) -> None:
        self._busy = False
        self.erased.emit(self.card)
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self._busy = False
        self.pin_pad.setEnabled(True)
        self.pin_pad.wipe()
        trouble = pin_trouble(exc)
        if trouble.attempts_left is not None:
            self._say(self.tr("Wrong PIN: nothing was deleted. %n tries left before it locks.", "",
                              trouble.attempts_left))
        elif trouble.locked:
            self._say(self.tr(
                "The PIN is locked after too many wrong tries: nothing was deleted. Reset it first (F12, then"
                " “Forgot the PIN?”)."
            ))
            self.pin_pad.setEnabled(False)
            self.cancel.setFocus()
            return
        elif trouble.unreachable:
            self._say(self.tr("The loyalty server cannot be reached now: nothing was deleted. Try again later."))
        else:
            self._say(self.tr("Nothing was deleted: {why}").format(why=words.say(trouble.notice)))
        self.pin_pad.setFocus()

    def _say(self, text: str, *, problem: bool = True) -> None:
        set_tone(self.problem, Tone.PROBLEM if problem else Tone.PLAIN)
        self.problem.setText(text)

    def done(self, result: int) -> None:
        self.pin_pad.wipe()
        super().done(result)
