"""The customer's PIN at the counter: change it (current, then new twice), or reset it with a one-time code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.api import Campaign
from kiosk.api.marta import CODE_DIGITS
from kiosk.services.redeem import PinTrouble, RedeemService
from kiosk.ui.palette import PLAIN_TEXT, PROBLEM_TEXT
from kiosk.ui.pin_pad import PinPad

__all__ = ["CustomerPinDialog"]

_PROMPTS = {
    "current": "Customer: type your current PIN.",
    "new": "Customer: type your new PIN.",
    "again": "Customer: type the new PIN again.",
    "code": "Type the code the customer received.",
}


class CustomerPinDialog(QDialog):
    """One step at a time on the PIN pad; what was typed stays in this dialog until it is sent, and is wiped on close."""

    def __init__(
        self,
        service: RedeemService,
        card: str,
        campaign: Campaign | None,
        *,
        reset: bool = False,
        scrambled: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setMinimumWidth(480)
        self._service = service
        self.card = card
        self._typed: dict[str, str] = {}
        self._busy = False
        self._closed = False
        self.step = ""
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.prompt = QLabel()
        self.prompt.setObjectName("prompt")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setWordWrap(True)
        font = self.prompt.font()
        font.setPointSize(font.pointSize() + 3)
        self.prompt.setFont(font)

        length = campaign.pincodelength if campaign is not None else 4
        self.pin_pad = PinPad(length, scrambled=scrambled)
        self.code_pad = PinPad(CODE_DIGITS)
        warning = self.code_pad.findChild(QLabel, "bankWarning")
        if warning is not None:  # a one-time code is not a PIN: the warning would only confuse
            warning.hide()
        self.send_button = QPushButton("Send the code (Enter)")
        self.send_button.setObjectName("send")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self._send_code)
        send_page = QWidget()
        send_layout = QVBoxLayout(send_page)
        explain = QLabel(
            "A one-time code goes to the e-mail or phone the customer gave the loyalty program;"
            " with it they choose a new PIN. This also unlocks a locked PIN."
        )
        explain.setWordWrap(True)
        send_layout.addWidget(explain)
        send_layout.addWidget(self.send_button)
        send_layout.addStretch(1)
        self.pages = QStackedWidget()
        for page in (send_page, self.pin_pad, self.code_pad):
            self.pages.addWidget(page)
        for pad in (self.pin_pad, self.code_pad):
            pad.complete.connect(self._typed_in)

        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.forgot = QPushButton("Forgot the PIN? Reset it with a code")
        self.forgot.setObjectName("forgot")
        self.forgot.setAutoDefault(False)
        self.forgot.clicked.connect(lambda: self._start(reset=True))
        self.resend = QPushButton("Send a new code")
        self.resend.setObjectName("resend")
        self.resend.setAutoDefault(False)
        self.resend.clicked.connect(self._send_code)
        cancel = QPushButton("Cancel (Esc)")
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot)
        buttons.addWidget(self.resend)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.prompt)
        layout.addWidget(self.pages, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

        service.pin_changed.connect(self._changed)
        service.pin_reset.connect(self._changed)
        service.pin_refused.connect(self._refused)
        service.code_sent.connect(self._code_sent)
        self._start(reset=reset)

    # -- steps ----------------------------------------------------------------

    def _start(self, *, reset: bool) -> None:
        self.reset_mode = reset
        self._wipe()
        self.setWindowTitle("Reset the customer's PIN" if reset else "Change the customer's PIN")
        self.heading.setText(f"<b>{self.windowTitle()}</b> — card {self.card}")
        self.forgot.setVisible(not reset)
        self.resend.hide()
        self._go("send" if reset else "current")

    def _go(self, step: str) -> None:
        self.step = step
        if step == "send":
            self.prompt.setText("Send the customer a one-time code.")
            self.pages.setCurrentIndex(0)
            self.send_button.setFocus()
            return
        self.prompt.setText(_PROMPTS[step])
        pad = self.code_pad if step == "code" else self.pin_pad
        pad.wipe()
        self.pages.setCurrentWidget(pad)
        pad.setFocus()

    def _typed_in(self) -> None:
        if self._busy:
            return
        step = self.step
        pad = self.code_pad if step == "code" else self.pin_pad
        if step not in _PROMPTS or not pad.is_complete:
            return
        self._typed[step] = pad.take_pin()
        if step == "current" or step == "code":
            self._go("new")
        elif step == "new":
            self._go("again")
        elif self._typed.pop("again") != self._typed.get("new"):
            self._typed.pop("new", None)
            self._say("The two new PINs are different: type the new PIN again.")
            self._go("new")
        else:
            self._submit()

    def _submit(self) -> None:
        self._busy = True
        self._say("Sending…", problem=False)
        new = self._typed["new"]
        if self.reset_mode:
            self._service.reset_pin(self.card, self._typed.get("code", ""), new)
        else:
            self._service.change_pin(self.card, self._typed.get("current", ""), new)
        self._wipe()

    def _send_code(self) -> None:
        if self._busy:
            return
        self._busy = True
        self._say("Sending the code…", problem=False)
        self._service.send_reset_code(self.card)

    # -- answers --------------------------------------------------------------

    def _code_sent(self, sent: object) -> None:
        if not self._busy or self.step not in ("send", "code"):
            return
        self._busy = False
        where = getattr(sent, "sentto", "") or "the customer"
        minutes = max(1, int(getattr(sent, "expiresin", 600)) // 60)
        self._say(f"A code was sent to {where}; it works for {minutes} minutes.", problem=False)
        self.resend.show()
        self._go("code")

    def _changed(self, card: str) -> None:
        if self._busy and card == self.card:
            self._busy = False
            self.accept()

    def _refused(self, trouble: PinTrouble) -> None:
        if not self._busy:
            return
        self._busy = False
        self._say(trouble.message)
        if trouble.locked and not self.reset_mode:
            self._start(reset=True)
            self._say(trouble.message)
        elif self.step == "send":
            return
        elif self.reset_mode:
            self._go("code")  # a mistyped code can be typed again, or a new one sent
        else:
            self._go("current")

    # -- plumbing -------------------------------------------------------------

    def _say(self, text: str, *, problem: bool = True) -> None:
        self.problem.setStyleSheet(PROBLEM_TEXT if problem else PLAIN_TEXT)
        self.problem.setText(text)

    def _wipe(self) -> None:
        self._typed.clear()
        self.pin_pad.wipe()
        self.code_pad.wipe()

    def done(self, result: int) -> None:
        self._wipe()
        if self._closed:
            super().done(result)
            return
        self._closed = True
        self._service.pin_changed.disconnect(self._changed)
        self._service.pin_reset.disconnect(self._changed)
        self._service.pin_refused.disconnect(self._refused)
        self._service.code_sent.disconnect(self._code_sent)
        super().done(result)
