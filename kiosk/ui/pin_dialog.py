"""The customer's PIN at the counter: change it (current, then new twice), or reset it with a one-time code."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.api import Campaign, PinResetCodeSent
from kiosk.api.marta import CODE_DIGITS
from kiosk.services.redeem import RedeemService, pin_trouble
from kiosk.ui import words
from kiosk.ui.palette import Tone, set_tone
from kiosk.ui.common.pin_pad import PinPad
from kiosk.ui.common.pin_steps import PinSteps, Step

__all__ = ["CustomerPinDialog", "Step"]


class CustomerPinDialog(QDialog):
    """One step at a time on the PIN pad; what was typed stays in this dialog until it is sent, and is wiped on close.

    Each request is this dialog's own operation: closed before the answer, it hears nothing.
    """

    pin_changed = Signal(str)  # card: the change went through, just before the dialog closes
    pin_reset = Signal(str)  # card: a new PIN was set with a code, just before the dialog closes

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
        self._typed = PinSteps()
        self._busy = False
        self.step = Step.SEND
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
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
        self.send_button = QPushButton(self.tr("Send the code (Enter)"))
        self.send_button.setObjectName("send")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self._send_code)
        send_page = QWidget()
        send_layout = QVBoxLayout(send_page)
        explain = QLabel(self.tr(
            "A one-time code goes to the e-mail or phone the customer gave the loyalty program;"
            " with it they choose a new PIN. This also unlocks a locked PIN."
        ))
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
        self.forgot = QPushButton(self.tr("Forgot the PIN? Reset it with a code"))
        self.forgot.setObjectName("forgot")
        self.forgot.setAutoDefault(False)
        self.forgot.clicked.connect(lambda: self._start(reset=True))
        self.resend = QPushButton(self.tr("Send a new code"))
        self.resend.setObjectName("resend")
        self.resend.setAutoDefault(False)
        self.resend.clicked.connect(self._send_code)
        cancel = QPushButton(self.tr("Cancel (Esc)"))
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

        self._start(reset=reset)

    # -- steps ----------------------------------------------------------------

    def _start(self, *, reset: bool) -> None:
        self.reset_mode = reset
        self._wipe()
        self.setWindowTitle(self.tr("Reset the customer's PIN") if reset else self.tr("Change the customer's PIN"))
        self.heading.setText(self.tr("{title} — card {card}").format(title=self.windowTitle(), card=self.card))
        self.forgot.setVisible(not reset)
        self.resend.hide()
        self._go(Step.SEND if reset else Step.CURRENT)

    def _go(self, step: Step) -> None:
        self.step = step
        if step is Step.SEND:
            self.prompt.setText(self.tr("Send the customer a one-time code."))
            self.pages.setCurrentIndex(0)
            self.send_button.setFocus()
            return
        self.prompt.setText(self._prompt(step))
        pad = self.code_pad if step is Step.CODE else self.pin_pad
        pad.wipe()
        self.pages.setCurrentWidget(pad)
        pad.setFocus()

    def _typed_in(self) -> None:
        if self._busy:
            return
        step = self.step
        pad = self.code_pad if step is Step.CODE else self.pin_pad
        if step is Step.SEND or not pad.is_complete:
            return
        following = self._typed.took(step, pad.take_pin())
        if following is None:
            self._submit()
            return
        if self._typed.differed:
            self._say(self.tr("The two new PINs are different: type the new PIN again."))
        self._go(following)

    def _submit(self) -> None:
        self._busy = True
        self._say(self.tr("Sending…"), problem=False)
        new = self._typed.new
        if self.reset_mode:
            op = self._service.reset_pin(self.card, self._typed.code, new, parent=self)
            op.success(self._reset).failure(self._refused).run()
        else:
            op = self._service.change_pin(self.card, self._typed.current, new, parent=self)
            op.success(self._changed).failure(self._refused).run()
        self._wipe()

    def _send_code(self) -> None:
        if self._busy:
            return
        self._busy = True
        self._say(self.tr("Sending the code…"), problem=False)
        self._service.send_reset_code(self.card, parent=self).success(self._code_sent).failure(self._refused).run()

    # -- answers --------------------------------------------------------------

    def _code_sent(self, sent: PinResetCodeSent) -> None:
        self._busy = False
        minutes = max(1, sent.expiresin // 60)
        if sent.sentto:
            said = self.tr("A code was sent to {address}; it works for %n minutes.", "", minutes)
        else:
            said = self.tr("A code was sent to the customer; it works for %n minutes.", "", minutes)
        self._say(said.format(address=sent.sentto), problem=False)
        self.resend.show()
        self._go(Step.CODE)

    def _changed(self, card: str) -> None:
        self._busy = False
        self.pin_changed.emit(card)
        self.accept()

    def _reset(self, card: str) -> None:
        self._busy = False
        self.pin_reset.emit(card)
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self._busy = False
        trouble = pin_trouble(exc)
        self._say(words.say(trouble.notice))
        if trouble.locked and not self.reset_mode:
            self._start(reset=True)
            self._say(words.say(trouble.notice))
        elif self.step is Step.SEND:
            return
        elif self.reset_mode:
            self._go(Step.CODE)  # a mistyped code can be typed again, or a new one sent
        else:
            self._go(Step.CURRENT)

    # -- plumbing -------------------------------------------------------------

    def _say(self, text: str, *, problem: bool = True) -> None:
        set_tone(self.problem, Tone.PROBLEM if problem else Tone.PLAIN)
        self.problem.setText(text)

    def _prompt(self, step: Step) -> str:
        if step is Step.CURRENT:
            return self.tr("Customer: type your current PIN.")
        if step is Step.NEW:
            return self.tr("Customer: type your new PIN.")
        if step is Step.AGAIN:
            return self.tr("Customer: type the new PIN again.")
        return self.tr("Type the code the customer received.")

    def _wipe(self) -> None:
        self._typed.clear()
        self.pin_pad.wipe()
        self.code_pad.wipe()

    def done(self, result: int) -> None:
        self._wipe()
        super().done(result)
