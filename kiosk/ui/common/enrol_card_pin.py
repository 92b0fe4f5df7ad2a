"""The enrolment wizard's card PIN page: the PIN that came with the card, on the PIN pad, before the code is sent."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.domain import onboarding as ob
from kiosk.ui.common.data_form import TOUCH
from kiosk.ui.common.enrol_base import Page, error_label, page_label, say_error, scaled
from kiosk.ui.common.pin_pad import PinPad

__all__ = ["CardPinPage"]


class CardPinPage(Page):
    """A card handed out with a PIN is the customer's only with that PIN: typed here, dots only, then sent.

    What went wrong comes from the machine as a typed problem (a wrong PIN with
    the tries left, a locked PIN, a PIN too short) and is worded here. The PIN
    lives in the pad until `answer()` takes it; it is wiped when the page hides.
    """

    complete = Signal()  # the pad has the campaign's number of digits
    reset_requested = Signal()  # the PIN is locked: staff reset it with a code to the address on file

    def __init__(self, *, scrambled: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scrambled = scrambled
        self.staff_reset = True  # the counter's staff reset a locked PIN here; the kiosk sends them elsewhere
        self.heading.setText(self.tr("The PIN that came with your card"))
        self.next_text = self.tr("Send me the code (Enter)")
        self.intro = page_label(name="card_pin_intro", factor=1.2)
        self.problem = error_label("card_pin_error")
        self.reset = QPushButton(self.tr("Reset the card's PIN (Alt+P)"))
        self.reset.setObjectName("card_pin_reset")
        self.reset.setMinimumHeight(TOUCH)
        self.reset.setAutoDefault(False)
        self.reset.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays on the pad
        self.reset.setShortcut(QKeySequence("Alt+P"))  # the same key in every language: the button names it
        scaled(self.reset, 1.2)
        self.reset.clicked.connect(self.reset_requested)
        self.reset.hide()
        self.pad = self._new_pad(4)
        self.body.addWidget(self.intro)
        self.body.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.reset, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addStretch(1)

    def _new_pad(self, length: int) -> PinPad:
        pad = PinPad(length, scrambled=self._scrambled)
        pad.setObjectName("card_pin_pad")
        pad.complete.connect(self.complete)
        return pad

    def show_state(self, state: ob.State, rules: ob.Rules) -> None:
        if self.pad.length != rules.pin_digits:
            old, self.pad = self.pad, self._new_pad(rules.pin_digits)
            self.body.replaceWidget(old, self.pad)
            old.deleteLater()
        self.intro.setText(self.tr(
            "Your card came with a PIN. Type it on the pad: it shows the card is yours, and only then do we send "
            "the code. It is the same PIN you use to spend your points."
        ))
        locked = state.card_pin_problem is ob.Problem.PIN_LOCKED
        say_error(self.problem, self._words(state, rules))
        # Locked, "type it on the pad" no longer holds; and the long words on the lock need its room in Russian.
        self.intro.setVisible(not locked)
        self.reset.setVisible(locked and self.staff_reset)
        if state.busy is None and state.card_pin_problem is not None:
            self.pad.wipe()  # refused: typed afresh

    def _words(self, state: ob.State, rules: ob.Rules) -> str:
        problem = state.card_pin_problem
        if problem is ob.Problem.WRONG_PIN:
            left = state.card_pin_tries_left
            if left is None:
                return self.tr("That PIN is not right: type it again.")
            return self.tr("That PIN is not right: %n tries left before the PIN locks.", "", left)
        if problem is ob.Problem.PIN_LOCKED and not self.staff_reset:
            return self.tr(
                "The card's PIN is locked after too many wrong tries, so no code can be sent. Reset the PIN with a "
                "code: go back and choose \"I have a card\". Or start again and join without this card."
            )
        if problem is ob.Problem.PIN_LOCKED:
            return self.tr(
                "The card's PIN is locked after too many wrong tries, so no code can be sent. Staff can reset it "
                "with a code sent to the e-mail or phone the shop has on file (Reset the card's PIN); without "
                "either on file, the shop's support unlocks it. Or start again and enrol as a new customer."
            )
        if problem is ob.Problem.BAD_FIELD:
            return self.tr("The PIN has %n digits: type all of them.", "", rules.pin_digits)
        return ""

    def answer(self) -> ob.CardPin:
        return ob.CardPin(self.pad.take_pin())

    def focus_first(self) -> None:
        self.pad.setFocus()

    def clear_secrets(self) -> None:
        self.pad.wipe()
