"""The kiosk's PIN screens: change the PIN (the current one, then the new one twice), or reset it with a code.

One step at a time on the shared PinPad, with words saying which. What is typed lives in the pad until the
step takes it, then in a PinSteps until it is sent; every request answers a Scope that `wipe()` ends, so an
answer arriving after the customer has gone is never shown. Nothing here logs a PIN or a code.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.api import PinResetCodeSent
from kiosk.api.marta import CODE_DIGITS
from kiosk.services.kiosk import KioskService, Visit
from kiosk.services.operation import Scope
from kiosk.services.redeem import pin_trouble
from kiosk.ui import words
from kiosk.ui.common.enrol_base import scaled
from kiosk.ui.common.pin_pad import PinPad
from kiosk.ui.common.pin_steps import PinSteps, Step
from kiosk.ui.kiosk.screen import KioskScreen, kiosk_button, kiosk_label

__all__ = ["ChangePinScreen", "ResetPinScreen", "Step", "kiosk_pin_pad"]

#: A problem is said in words; this sign goes before them, never instead of them.
_SIGN = "⚠"


def kiosk_pin_pad(length: int, *, scrambled: bool, room: QWidget) -> PinPad:
    """A PIN pad for a kiosk screen: keys a hand can span within `room` (the screen it goes on)."""
    pad = PinPad(length, scrambled=scrambled)
    for key in (*pad.digit_keys.values(), pad.clear_key, pad.backspace_key):
        # A fifth smaller than the counter's: at the kiosk's size, large text too, a digit fits its key.
        scaled(key, 0.8, bold=None)
    if room.width() and room.height():
        pad.setMaximumHeight(int(min(room.width(), room.height()) * 0.75))
    return pad


class _PinScreen(KioskScreen):
    """What both PIN screens share: a line saying the step, the words for it, the pad, a line for problems."""

    def __init__(self, service: KioskService, *, scrambled: bool, parent: QWidget | None) -> None:
        super().__init__(parent=parent)
        self._service = service
        self._scrambled = scrambled
        self._steps = PinSteps()
        self._scope = Scope(self)
        self._busy = False
        self.step = Step.CURRENT
        self.progress = kiosk_label(name="pinProgress", role="muted")
        self.progress.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.prompt = kiosk_label(name="pinPrompt")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scaled(self.prompt, 1.3, bold=True)
        self.problem = kiosk_label(name="pinProblem", role="problem")
        self.problem.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.problem.hide()
        self.note = kiosk_label(name="pinNote", customer=True)  # the masked address is the customer's
        self.note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.note.hide()
        self.pin_pad = self._new_pad(4)
        self.pads = QHBoxLayout()
        self.pads.addStretch(1)
        self.pads.addWidget(self.pin_pad, 6)
        self.pads.addStretch(1)
        self.pads_end = QHBoxLayout()  # the buttons under the words: "Forgot your PIN?", "Send again"
        self.pads_end.addStretch(1)
        self.words = QVBoxLayout()
        self.words.addStretch(1)
        self.words.addWidget(self.progress)
        self.words.addWidget(self.prompt)
        self.words.addWidget(self.note)
        self.words.addWidget(self.problem)
        self.words.addLayout(self.pads_end)
        self.words.addStretch(1)
        # Words beside the pad on a wide screen, above it on a tall one (resizeEvent).
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(32)
        self.columns.addLayout(self.words, 1)
        self.columns.addLayout(self.pads, 1)
        self.body.addLayout(self.columns, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        tall = event.size().height() > event.size().width()
        wanted = QBoxLayout.Direction.TopToBottom if tall else QBoxLayout.Direction.LeftToRight
        if self.columns.direction() != wanted:
            self.columns.setDirection(wanted)
            self.columns.setStretch(0, 0 if tall else 1)  # tall: the words as high as they need, the pad the rest
        for pad in self.findChildren(PinPad):  # keys a hand can span, not a door's height on a tall screen
            pad.setMaximumHeight(int(min(event.size().width(), event.size().height()) * 0.75))
        super().resizeEvent(event)

    # -- the pads ----------------------------------------------------------------------------------

    def _new_pad(self, length: int, name: str = "pinPad") -> PinPad:
        pad = kiosk_pin_pad(length, scrambled=self._scrambled, room=self)
        pad.setObjectName(name)
        pad.complete.connect(self._typed_in)
        return pad

    def _pin_length(self, length: int) -> None:
        """The campaign's PIN length: a pad of that many digits."""
        if self.pin_pad.length == length:
            return
        old, self.pin_pad = self.pin_pad, self._new_pad(length)
        self.pads.replaceWidget(old, self.pin_pad)
        old.hide()
        old.deleteLater()
        window = self.window()
        if hasattr(window, "look"):  # in a KioskWindow: the new pad in its clothes
            from kiosk.ui.kiosk.look import fit_text

            fit_text(self.pin_pad, window.look)

    def _pad_for(self, step: Step) -> PinPad:
        return self.pin_pad

    def _show_pad(self, pad: PinPad) -> None:
        pad.wipe()
        pad.show()
        pad.setEnabled(True)
        pad.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the steps ---------------------------------------------------------------------------------

    def _go(self, step: Step) -> None:
        self.step = step
        self._words_for_step()
        pad = self._pad_for(step)
        for other in self.findChildren(PinPad):
            if other is not pad:
                other.wipe()
                other.hide()
        self._show_pad(pad)

    def _typed_in(self) -> None:
        pad = self._pad_for(self.step)
        if self._busy or self.step is Step.SEND or not pad.is_complete:
            return
        following = self._steps.took(self.step, pad.take_pin())
        if following is None:
            self._submit()
            return
        if self._steps.differed:
            self._say(self.tr("The two new PINs are different: type your new PIN again."))
        else:
            self._say("")
        self._go(following)

    def _submit(self) -> None:
        """Send what was typed (the subclass's request); what was typed is forgotten here at once."""

    def _words_for_step(self) -> None:
        """The step line and the prompt for `self.step`."""

    # -- saying ------------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        """A problem, in words (with a sign before them); "" says none."""
        self.problem.setText(f"{_SIGN} {text}" if text else "")
        self.problem.setAccessibleName(text)
        self.problem.setVisible(bool(text))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if busy:
            self.prompt.setText(text or self.tr("One moment…"))
        for pad in self.findChildren(PinPad):
            pad.setEnabled(not busy)

    # -- the customer goes -------------------------------------------------------------------------

    def wipe(self) -> None:
        self._scope.end()
        self._scope = Scope(self)
        self._steps.clear()
        self._busy = False
        super().wipe()
        self._say("")
        self.note.hide()

    def first_focus(self) -> QWidget | None:
        pad = self._pad_for(self.step)
        return pad if pad.isVisibleTo(self) else super().first_focus()


class ChangePinScreen(_PinScreen):
    """The signed-in customer changes their PIN: the current one, then the new one twice.

    `changed()` once the new PIN is set; `reset_requested()` for "Forgot your PIN?" or a PIN that
    locked meanwhile (the face opens ResetPinScreen for the card).
    """

    changed = Signal()
    reset_requested = Signal()

    def __init__(self, service: KioskService, *, scrambled: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(service, scrambled=scrambled, parent=parent)
        self._visit: Visit | None = None
        self.forgot = kiosk_button(name="forgotPin")
        self.forgot.clicked.connect(self.reset_requested)
        self.reset_button = kiosk_button(name="resetPin", role="primary")
        self.reset_button.clicked.connect(self.reset_requested)
        self.reset_button.hide()
        self.pads_end.addWidget(self.forgot)
        self.pads_end.addWidget(self.reset_button)
        self.pads_end.addStretch(1)
        self.retranslate()

    def ask(self, visit: Visit, pin_length: int) -> None:
        """Begin again for `visit`'s card: the current PIN first."""
        self.wipe()
        self._visit = visit
        self._pin_length(pin_length)
        self.reset_button.hide()
        self.forgot.show()
        self._go(Step.CURRENT)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Change your PIN"))
        self.forgot.setText(self.tr("Forgot your PIN?"))
        self.forgot.setAccessibleName(self.tr("Forgot your PIN? Reset it with a code"))
        self.reset_button.setText(self.tr("Reset my PIN with a code"))
        self.reset_button.setAccessibleName(self.tr("Reset my PIN with a code"))
        if not self._busy:
            self._words_for_step()

    def _words_for_step(self) -> None:
        number = {Step.CURRENT: 1, Step.NEW: 2, Step.AGAIN: 3}.get(self.step, 1)
        self.progress.setText(self.tr("Step {number} of {count}").format(number=number, count=3))
        self.progress.show()
        if self.step is Step.CURRENT:
            self.prompt.setText(self.tr("Type your current PIN."))
        elif self.step is Step.NEW:
            self.prompt.setText(self.tr("Type your new PIN."))
        else:
            self.prompt.setText(self.tr("Type your new PIN again."))
        self.forgot.setVisible(self.step is Step.CURRENT and not self.reset_button.isVisibleTo(self))

    def _submit(self) -> None:
        visit = self._visit
        current, new = self._steps.current, self._steps.new
        self._steps.clear()
        if visit is None or not visit.active:
            self._go(Step.CURRENT)
            return
        self._set_busy(True, self.tr("Changing your PIN…"))
        self._service.change_pin(parent=self._scope, visit=visit, current=current, new=new) \
            .success(self._changed).failure(self._refused).run()

    def _changed(self, _card: str) -> None:
        self._set_busy(False)
        self._say("")
        self._go(Step.CURRENT)  # the pad ready, should the face keep this screen
        self.changed.emit()

    def _refused(self, exc: Exception) -> None:
        self._set_busy(False)
        trouble = pin_trouble(exc)
        self._say(words.say(trouble.notice))
        if trouble.locked:
            self.step = Step.CURRENT
            self.pin_pad.hide()
            self.forgot.hide()
            self.reset_button.show()
            self.prompt.setText(self.tr("Your PIN is locked."))
            self.progress.hide()  # no step is left here: the reset is the way on
            self.reset_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._go(Step.CURRENT)

    def wipe(self) -> None:
        self._visit = None
        super().wipe()
        self.step = Step.CURRENT
        self.reset_button.hide()


class ResetPinScreen(_PinScreen):
    """A new PIN with a one-time code sent to the customer's own address: also unlocks a locked PIN, and sets the
    first PIN of a card enrolled online (`first`). `reset(card)` once it is set.

    The address is shown only as the server masks it; the code is typed on a pad that shows dots.
    """

    reset = Signal(str)

    def __init__(self, service: KioskService, *, scrambled: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(service, scrambled=scrambled, parent=parent)
        self._card = ""
        self._first = False
        self._sent: PinResetCodeSent | None = None
        self._resend_at = 0.0
        self.step = Step.SEND
        self.explain = kiosk_label(name="resetExplain")
        self.explain.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.words.insertWidget(self.words.indexOf(self.prompt) + 1, self.explain)
        self.send_button = kiosk_button(name="sendCode", role="primary")
        self.send_button.clicked.connect(self._send_code)
        self.code_pad = self._new_pad(CODE_DIGITS, "codePad")
        self.code_pad.warning.hide()  # a one-time code is not a PIN: the bank warning would only confuse
        self.code_pad.hide()
        self.pads.insertWidget(2, self.code_pad, 6)
        self.pads.insertWidget(3, self.send_button, 6)
        self.resend = kiosk_button(name="resendCode")
        self.resend.clicked.connect(self._send_code)
        self.resend.hide()
        self.pads_end.addWidget(self.resend)
        self.pads_end.addStretch(1)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self.retranslate()

    def ask(self, card: str, pin_length: int, *, first: bool = False) -> None:
        """Begin again for `card`: a code first. `first`: the card has no PIN yet (set it, not reset it)."""
        self.wipe()
        self._card = card
        self._first = first
        self._pin_length(pin_length)
        self.retranslate()
        self._go(Step.SEND)

    @property
    def card(self) -> str:
        return self._card

    # -- the steps ---------------------------------------------------------------------------------

    def _pad_for(self, step: Step) -> PinPad:
        return self.code_pad if step is Step.CODE else self.pin_pad

    def _go(self, step: Step) -> None:
        if step is Step.SEND:
            self.step = step
            self._words_for_step()
            for pad in self.findChildren(PinPad):
                pad.wipe()
                pad.hide()
            self.send_button.show()
            self.send_button.setEnabled(True)
            self.send_button.setFocus(Qt.FocusReason.OtherFocusReason)
            self.resend.hide()
            return
        self.send_button.hide()
        super()._go(step)
        self.resend.setVisible(step is Step.CODE)
        self._count_down()

    def retranslate(self) -> None:
        if self._first:
            self.title.setText(self.tr("Set your PIN"))
            self.explain.setText(self.tr(
                "Your card has no PIN yet. We send a one-time code to the e-mail or phone you gave us;"
                " with it you choose your PIN."
            ))
        else:
            self.title.setText(self.tr("Reset your PIN"))
            self.explain.setText(self.tr(
                "We send a one-time code to the e-mail or phone you gave us; with it you choose a new PIN."
                " This also unlocks a locked PIN."
            ))
        self.send_button.setText(self.tr("Send me a code"))
        self.send_button.setAccessibleName(self.tr("Send me a one-time code"))
        self.code_pad.setAccessibleName(self.tr("Pad for the code"))
        if self._sent is not None:
            self._say_sent(self._sent)
        self._count_down()
        if not self._busy:
            self._words_for_step()

    def _words_for_step(self) -> None:
        number = {Step.SEND: 1, Step.CODE: 2, Step.NEW: 3, Step.AGAIN: 4}.get(self.step, 1)
        self.progress.setText(self.tr("Step {number} of {count}").format(number=number, count=4))
        self.explain.setVisible(self.step is Step.SEND)
        if self.step is Step.SEND:
            self.prompt.setText(self.tr("First, a one-time code."))
        elif self.step is Step.CODE:
            self.prompt.setText(self.tr("Type the code we sent you."))
        elif self.step is Step.NEW:
            self.prompt.setText(self.tr("Type your new PIN."))
        else:
            self.prompt.setText(self.tr("Type your new PIN again."))

    def _send_code(self) -> None:
        if self._busy or not self._card:
            return
        self._say("")
        self._set_busy(True, self.tr("Sending the code…"))
        self.send_button.setEnabled(False)
        self.resend.setEnabled(False)
        self._service.send_reset_code(parent=self._scope, card=self._card) \
            .success(self._code_sent).failure(self._refused).run()

    def _code_sent(self, sent: PinResetCodeSent) -> None:
        self._set_busy(False)
        self._sent = sent
        self._resend_at = time.monotonic() + max(0, sent.resendafter)
        self._say_sent(sent)
        self._steps.clear()
        self._go(Step.CODE)
        self._tick.start()

    def _say_sent(self, sent: PinResetCodeSent) -> None:
        minutes = max(1, sent.expiresin // 60)
        if sent.sentto:
            said = self.tr("We sent a code to {address}. It works for %n minutes.", "", minutes)
        else:
            said = self.tr("We sent a code to the e-mail or phone you gave us. It works for %n minutes.", "", minutes)
        self.note.setText(said.format(address=sent.sentto))
        self.note.setAccessibleName(self.note.text())
        self.note.show()

    def _count_down(self) -> None:
        wait = math.ceil(self._resend_at - time.monotonic()) if self._sent is not None else 0
        if wait > 0:
            self.resend.setText(self.tr("Send again (in %n s)", "", wait))
        else:
            self.resend.setText(self.tr("Send the code again"))
            self._tick.stop()
        self.resend.setAccessibleName(self.resend.text())
        self.resend.setEnabled(wait <= 0 and not self._busy)

    def _submit(self) -> None:
        code, new = self._steps.code, self._steps.new
        self._steps.clear()
        self._set_busy(True, self.tr("Setting your PIN…"))
        self._service.reset_pin(parent=self._scope, card=self._card, code=code, new=new) \
            .success(self._done).failure(self._refused).run()

    def _done(self, card: str) -> None:
        self._set_busy(False)
        self._say("")
        self.reset.emit(card or self._card)

    def _refused(self, exc: Exception) -> None:
        self._set_busy(False)
        self._say(words.say(pin_trouble(exc).notice))
        if self._sent is None:
            self._go(Step.SEND)  # the code did not go: ask for it again
        else:
            self._go(Step.CODE)  # a mistyped code can be typed again, or a new one sent

    # -- the customer goes -------------------------------------------------------------------------

    def wipe(self) -> None:
        self._tick.stop()
        self._card = ""
        self._sent = None
        self._resend_at = 0.0
        super().wipe()
        self.step = Step.SEND
        self.note.clear()

