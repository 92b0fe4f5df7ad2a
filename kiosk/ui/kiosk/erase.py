"""Delete my account at the kiosk (GDPR erasure): what it means, the PIN on the pad, then a goodbye.

Three steps on one screen. First what deleting means, in plain words, with "Delete my account" as an
ordinary button beside the big Back (never the primary, easy one). Then the PIN on the pad confirms it:
one call (KioskService.erase), never sent twice while it runs; a wrong PIN says the tries left. Once done
the face ends the visit and wipes every screen, and this one says goodbye: nothing of the customer is
on it, and it finishes by itself after a while.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.services.kiosk import KioskService, Visit
from kiosk.services.redeem import pin_trouble
from kiosk.ui import words
from kiosk.ui.common.enrol_base import scaled
from kiosk.ui.kiosk.pin_confirm import PinConfirmScreen
from kiosk.ui.kiosk.screen import PROBLEM_SIGN, kiosk_button, kiosk_label

__all__ = ["EraseScreen", "EraseStep", "GOODBYE_SECONDS"]

#: The goodbye finishes by itself (back to the attract screen) after this long.
GOODBYE_SECONDS = 20


class EraseStep(enum.Enum):
    EXPLAIN = "explain"  # what deleting means; "Delete my account"
    PIN = "pin"  # the PIN confirms it
    GOODBYE = "goodbye"  # done: the account is deleted, the visit ended


class EraseScreen(PinConfirmScreen):
    """Delete my account: `erased()` once the server deleted it (the kiosk has forgotten the customer too)."""

    erased = Signal()

    def __init__(self, service: KioskService, *, scrambled: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(scrambled=scrambled, wide_stretch=3, parent=parent)
        self._service = service
        self._visit: Visit | None = None
        self._busy = False
        self.step = EraseStep.EXPLAIN
        self.intro = scaled(kiosk_label(name="eraseIntro"), 1.1, bold=True)
        self.means = kiosk_label(name="eraseMeans")
        self.warning = kiosk_label(name="eraseWarning", role="problem")
        self.erase_button = kiosk_button(name="eraseAccount", role="big")
        self.erase_button.clicked.connect(self._ask_pin)
        self.prompt = scaled(kiosk_label(name="pinPrompt"), 1.1)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.goodbye = scaled(kiosk_label(name="eraseGoodbye"), 1.2)
        self.goodbye.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GOODBYE_SECONDS * 1000)
        self._timer.timeout.connect(self.done)

        self.words = QVBoxLayout()
        self.words.setSpacing(14)
        self.words.addStretch(1)
        for label in (self.intro, self.means, self.warning, self.goodbye, self.prompt, self.problem):
            self.words.addWidget(label)
        self.words.addStretch(1)
        self.act = QVBoxLayout()
        self.act.addStretch(1)
        self.act.addWidget(self.erase_button)
        self.act.addWidget(self.pin_pad, 6)
        self.act.addStretch(1)
        self._lay_out(self.words, self.act, 2)
        self.retranslate()
        self._show(EraseStep.EXPLAIN)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        # Tall: the button (or the pad) right under the words, not adrift in the middle of the screen.
        self.act.setStretch(0, 0 if event.size().height() > event.size().width() else 1)
        super().resizeEvent(event)

    # -- words -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(
            self.tr("Your account is deleted") if self.step is EraseStep.GOODBYE else self.tr("Delete my account")
        )
        self.title.setAccessibleName(self.title.text())
        self.intro.setText(self.tr("Deleting your loyalty account means:"))
        self.means.setText("\n".join(f"• {line}" for line in (
            self.tr("Your personal data (name, contacts, consents) is wiped."),
            self.tr("Your card is blocked for good."),
            self.tr("Your points and vouchers are lost."),
            self.tr("Your past purchases are kept for the shop's accounts, with nothing that names you."),
        )))
        undone = self.tr("It cannot be undone.")
        self.warning.setText(f"{PROBLEM_SIGN} {undone}")
        self.erase_button.setText(self.tr("Delete my account"))
        self.goodbye.setText(self.tr(
            "Your personal data is wiped and your card is blocked. This kiosk has forgotten you too.\n\n"
            "Thank you for having been with us. Goodbye!"
        ))
        if not self._busy:
            self.prompt.setText(self.tr("Type your PIN to delete your account for good."))
        for label in (self.intro, self.means, self.goodbye, self.prompt):
            label.setAccessibleName(label.text())
        self.warning.setAccessibleName(undone)
        self.erase_button.setAccessibleName(self.tr("Delete my account: the PIN confirms it next"))

    # -- what the face calls ---------------------------------------------------------------------

    def ask(self, visit: Visit, pin_length: int) -> None:
        """Show what deleting means for this visit's customer."""
        self.wipe()
        self._visit = visit
        self._pin_length(pin_length, self.act)
        self._show(EraseStep.EXPLAIN)

    def say_goodbye(self) -> None:
        """The account is deleted and the visit ended: goodbye, then back to the start by itself."""
        self._say("")
        self._show(EraseStep.GOODBYE)
        self._timer.start()

    # -- steps -----------------------------------------------------------------------------------

    def _show(self, step: EraseStep) -> None:
        self.step = step
        explain, pin, goodbye = (step is EraseStep.EXPLAIN, step is EraseStep.PIN, step is EraseStep.GOODBYE)
        for widget in (self.intro, self.means, self.warning, self.erase_button):
            widget.setVisible(explain)
        self.prompt.setVisible(pin)
        self.pin_pad.setVisible(pin)
        self.goodbye.setVisible(goodbye)
        self.columns.setStretch(1, 0 if goodbye else 2)  # the goodbye's words across the whole screen
        self.back_button.setVisible(not goodbye)
        self.retranslate()
        if pin:
            self._busy = False
            self.pin_pad.wipe()
            self.pin_pad.setEnabled(True)
            self.pin_pad.setFocus(Qt.FocusReason.OtherFocusReason)

    def _ask_pin(self) -> None:
        if self._visit is None or not self._visit.active:
            return
        self._say("")
        self._show(EraseStep.PIN)

    def _typed_in(self) -> None:
        visit = self._visit
        if self._busy or self.step is not EraseStep.PIN or not self.pin_pad.is_complete or visit is None:
            return
        pincode = self.pin_pad.take_pin()
        self._busy = True
        self.pin_pad.setEnabled(False)
        self.back_button.setEnabled(False)  # the call is under way: its answer decides where the customer goes
        self._say("")
        self.prompt.setText(self.tr("Deleting your account…"))
        self.prompt.setAccessibleName(self.prompt.text())
        self._service.erase(parent=self._scope, visit=visit, pincode=pincode) \
            .success(self._answered).failure(self._failed).run()

    def _answered(self, _erased: object) -> None:
        self._busy = False
        self.back_button.setEnabled(True)
        self._visit = None
        self.erased.emit()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.back_button.setEnabled(True)
        trouble = pin_trouble(exc)
        if trouble.attempts_left is not None or _wrong_pin(exc):
            if trouble.attempts_left is not None:
                self._say(self.tr("Wrong PIN. %n tries left before it locks.", "", trouble.attempts_left))
            else:
                self._say(self.tr("Wrong PIN. Type it again."))
            self._show(EraseStep.PIN)
            return
        if trouble.locked:
            self._say(self.tr(
                "Your PIN is locked after too many wrong tries: your account was not deleted. Go back to your"
                " card and choose “Change my PIN”, then “Forgot your PIN?” to reset it with a code."
            ))
        elif trouble.unreachable:
            self._say(self.tr(
                "The loyalty server cannot be reached now: your account was not deleted. Try again later."
            ))
        else:
            self._say(self.tr("Your account was not deleted: {why}").format(why=words.say(trouble.notice)))
        self.pin_pad.hide()
        self.prompt.hide()
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the customer goes -------------------------------------------------------------------------

    def wipe(self) -> None:
        self._timer.stop()
        self._visit = None
        self._busy = False
        super().wipe()
        self.back_button.setEnabled(True)
        self._show(EraseStep.EXPLAIN)

    def first_focus(self) -> QWidget | None:
        if self.step is EraseStep.PIN and self.pin_pad.isVisibleTo(self):
            return self.pin_pad
        if self.step is EraseStep.GOODBYE:
            return self.done_button
        return self.back_button


def _wrong_pin(exc: Exception) -> bool:
    from kiosk.api import ApiError, Problem

    return isinstance(exc, ApiError) and exc.problem is Problem.WRONG_PIN
