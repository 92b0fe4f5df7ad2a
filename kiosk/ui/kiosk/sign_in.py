"""Signing in at the kiosk: find the card (scanned, or its number, an e-mail or a phone typed), then its PIN.

Nothing of the card's owner shows before the PIN is right: the PIN screen names the card only by its
last digits. A problem is said in words on the screen (kiosk.ui.words), never by colour alone. Each
screen's work answers a `Scope` that `wipe()` ends, so an answer arriving after the customer has gone
is never shown to the next one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.services.kiosk import Found, KeptCard, find_notice
from kiosk.services.operation import Scope
from kiosk.services.redeem import pin_trouble
from kiosk.ui.common.enrol_base import scaled
from kiosk.ui.common.keyboard import KIND_PROPERTY
from kiosk.ui.common.pin_pad import PinPad
from kiosk.ui.kiosk.look import fit_in_window
from kiosk.ui.kiosk.screen import KioskScreen, kiosk_button, kiosk_label
from kiosk.ui.words import say

if TYPE_CHECKING:
    from kiosk.services.kiosk import KioskService, Visit

__all__ = ["FindScreen", "PinScreen", "masked_card", "SIGN_IN_PAUSE_MS"]

#: The pause between the PIN's last digit and signing in: a scanner typing on goes on within it.
SIGN_IN_PAUSE_MS = 300
_MASK = "•" * 4


def masked_card(card: str) -> str:
    """A card named by its last four characters only ("•••• 0015"): enough to know it is mine, no more."""
    return f"{_MASK} {card[-4:]}" if len(card) > 4 else _MASK


class FindScreen(KioskScreen):
    """"Scan your card": a scan, or a card number, an e-mail or a phone typed; `found(Found)` or `kept(KeptCard)`.

    `kept` comes only while the loyalty server cannot be reached (what this kiosk keeps of the card).
    """

    found = Signal(object)  # Found
    kept = Signal(object)  # KeptCard

    def __init__(self, service: KioskService, *, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self._service = service
        self._scope = Scope(self)
        self._busy = False

        self.hint = kiosk_label(name="findHint", role="muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.field = QLineEdit()
        self.field.setObjectName("cardField")
        # The e-mail page of the keyboard reaches digits, letters and @: a card, an address, a phone.
        self.field.setProperty(KIND_PROPERTY, "email")
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhNoAutoUppercase)
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.field.setMaxLength(120)
        scaled(self.field, 1.3, bold=None)
        self.field.returnPressed.connect(self._typed)
        self.continue_button = kiosk_button(name="continue", role="primary")
        self.continue_button.clicked.connect(self._typed)
        self.status = kiosk_label(name="findStatus", role="muted")
        self.status.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # What went wrong may name the card typed: the customer's, so the wipe empties it.
        self.problem = kiosk_label(name="findProblem", role="problem", customer=True)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.status.hide()
        self.problem.hide()
        # The field and its button on one line: with the keyboard up, a 768-pixel-high screen still holds both.
        row = QHBoxLayout()
        row.setSpacing(18)
        row.addStretch(1)
        row.addWidget(self.field, 8)
        row.addWidget(self.continue_button, 3)
        row.addStretch(1)
        # With the keyboard up, every pixel of a 768-pixel screen counts (large text, a problem in two lines).
        self.body.setSpacing(10)
        outer = self.layout()
        outer.setContentsMargins(40, 8, 40, 8)
        outer.setSpacing(10)
        self.body.addStretch(1)
        self.body.addWidget(self.hint)
        self.body.addLayout(row)
        self.body.addWidget(self.status)
        self.body.addWidget(self.problem)
        self.body.addStretch(2)
        self.setTabOrder(self.field, self.continue_button)
        self.retranslate()

    # -- words -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Scan your card"))
        self.hint.setText(self.tr("Or type your card number, e-mail or phone."))
        self.field.setPlaceholderText(self.tr("Card number, e-mail or phone"))
        self.field.setAccessibleName(self.tr("Card number, e-mail or phone"))
        self.continue_button.setText(self.tr("Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue: find my card"))
        if self._busy:
            self.status.setText(self.tr("Looking for your card…"))

    # -- what the face calls ---------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def look_up(self, text: str, *, scanned: bool) -> None:
        """Find the card `text` names (scanned, or typed: then no balance is shown offline)."""
        if self._busy:
            return
        if not text.strip():
            self.show_problem(self.tr("Scan your card, or type its number, your e-mail or your phone."))
            return
        self.problem.clear()
        self._show_problem_or_hint()
        self._set_busy(True)
        scope = self._scope
        self._service.find(parent=scope, text=text, scanned=scanned).success(self._answered).failure(
            self._refused
        ).run()

    def show_problem(self, text: str) -> None:
        """Say what went wrong, in words, where the customer is looking."""
        self._set_busy(False)
        self.problem.setText(text)
        self.problem.setAccessibleName(text)
        self._show_problem_or_hint()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.field.selectAll()

    def enter(self) -> None:
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def first_focus(self) -> QWidget | None:
        return self.field

    def wipe(self) -> None:
        self._scope.end()  # an answer still under way goes nowhere
        self._scope = Scope(self)
        self._set_busy(False)
        super().wipe()
        self.problem.clear()
        self._show_problem_or_hint()

    # -- inside ----------------------------------------------------------------------------------

    def _show_problem_or_hint(self) -> None:
        """The problem, when there is one, in the hint's place: with the keyboard up there is room for one."""
        problem = bool(self.problem.text())
        self.problem.setVisible(problem)
        self.hint.setVisible(not problem)
        # Its whole height, however many lines the words take at this width and size.
        width = self.problem.width() if self.problem.width() > 1 else self.width() - 80
        self.problem.setMinimumHeight(self.problem.heightForWidth(width) if problem else 0)

    def _typed(self) -> None:
        self.look_up(self.field.text(), scanned=False)

    def _answered(self, answer: Found | KeptCard) -> None:
        self._set_busy(False)
        self.field.clear()
        if isinstance(answer, KeptCard):
            self.kept.emit(answer)
        else:
            self.found.emit(answer)

    def _refused(self, exc: Exception) -> None:
        self.show_problem(say(find_notice(exc)))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.field.setEnabled(not busy)
        self.continue_button.setEnabled(not busy)
        self.status.setText(self.tr("Looking for your card…") if busy else "")
        self.status.setAccessibleName(self.status.text())
        self.status.setVisible(busy)
        if not busy and self.isVisible():
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)


class PinScreen(KioskScreen):
    """The PIN of the card found: `signed_in(Visit)`, or `reset_requested(card)` (forgotten, locked, never set).

    The card shows only as its last digits. The pad's digits are taken (and wiped) only when sent;
    the pad full signs in by itself after SIGN_IN_PAUSE_MS, unless more digits come (a scan).
    """

    signed_in = Signal(object)  # Visit
    reset_requested = Signal(str)  # the card

    def __init__(self, service: KioskService, *, scrambled: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self._service = service
        self._scrambled = scrambled
        self._scope = Scope(self)
        self._found: Found | None = None
        self._busy = False
        self._locked = False

        self.card_label = kiosk_label(name="pinCard", customer=True)
        self.card_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scaled(self.card_label, 1.2, bold=None)
        self.status = kiosk_label(name="pinStatus", role="muted")
        self.status.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.problem = kiosk_label(name="pinProblem", role="problem")
        self.problem.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.pad = self._make_pad(4)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SIGN_IN_PAUSE_MS)
        self._pause.timeout.connect(self.sign_in)

        self.sign_in_button = kiosk_button(name="signIn", role="primary")
        self.sign_in_button.clicked.connect(self.sign_in)
        self.reset_button = kiosk_button(name="resetPin", role="primary")
        self.reset_button.clicked.connect(self._reset)
        self.reset_button.hide()
        self.forgot_button = kiosk_button(name="forgotPin", role="big")
        self.forgot_button.clicked.connect(self._reset)
        for button in (self.sign_in_button, self.reset_button, self.forgot_button):
            button.setMaximumWidth(720)  # big, not a bar across a wide screen

        self.card_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        side = QVBoxLayout()
        side.setSpacing(18)
        side.addStretch(1)
        side.addWidget(self.status)
        side.addWidget(self.problem)
        side.addSpacing(12)
        for button in (self.sign_in_button, self.reset_button, self.forgot_button):
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button, 8)
            row.addStretch(1)
            side.addLayout(row)
        side.addStretch(1)
        # The pad beside the words and buttons on a wide screen, above them on a tall one (resizeEvent).
        self._main = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._main.setSpacing(48)
        self._main.addWidget(self.pad, 3)
        self._main.addLayout(side, 2)
        self.body.addWidget(self.card_label)
        self.body.addLayout(self._main, 1)
        self.retranslate()

    # -- words -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._word_title()
        self.sign_in_button.setText(self.tr("Sign in"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in with this PIN"))
        self.forgot_button.setText(self.tr("Forgot your PIN?"))
        self.forgot_button.setAccessibleName(self.tr("Forgot your PIN? Get a code to set a new one"))
        self._word_reset_button()
        self._word_card()
        if self._busy:
            self.status.setText(self.tr("Signing in…"))

    def _word_title(self) -> None:
        if not self._locked:
            self.title.setText(self.tr("Type your PIN"))
        elif self._found is not None and not self._found.pinset:
            self.title.setText(self.tr("Set your PIN"))
        else:
            self.title.setText(self.tr("Your PIN is locked"))

    def _word_reset_button(self) -> None:
        first = self._found is not None and not self._found.pinset
        self.reset_button.setText(self.tr("Set my PIN") if first else self.tr("Reset my PIN"))
        self.reset_button.setAccessibleName(
            self.tr("Set my PIN with a code sent to me") if first else self.tr("Reset my PIN with a code sent to me")
        )

    def _word_card(self) -> None:
        if self._found is None:
            return
        text = self.tr("Card {card}").format(card=masked_card(self._found.card))
        self.card_label.setText(text)
        self.card_label.setAccessibleName(self.tr("Card ending in {digits}").format(digits=self._found.card[-4:]))

    # -- what the face calls ---------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def ask(self, found: Found, pin_length: int) -> None:
        """Ask the PIN of `found`, of `pin_length` digits (the campaign's)."""
        self._scope.end()
        self._scope = Scope(self)
        self._pause.stop()
        self._found = found
        self._locked = False
        if pin_length != self.pad.length:
            self._replace_pad(pin_length)
        self.pad.wipe()
        self._set_busy(False)
        self.problem.clear()
        self._word_card()
        self._word_reset_button()
        if not found.pinset:
            self._offer_reset(self.tr("This card has no PIN yet. Set one now with a code we send to you."),
                              problem=False)
        elif found.pinlocked:
            self._offer_reset(self.tr("This card's PIN is locked after too many wrong tries. Reset it with a code"
                                      " we send to you."))
        else:
            self._asking()

    def sign_in(self) -> None:
        """Send the PIN typed (then the pad is empty), if it is whole."""
        self._pause.stop()
        found = self._found
        if self._busy or self._locked or found is None:
            return
        if not self.pad.is_complete:
            self._say_problem(self.tr("Type all %n digits of your PIN.", "", self.pad.length))
            self.pad.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._set_busy(True)
        self.problem.clear()
        self._service.sign_in(parent=self._scope, card=found.card, pincode=self.pad.take_pin()).success(
            self._signed_in
        ).failure(self._refused).run()

    def enter(self) -> None:
        if not self._locked:
            self.pad.setFocus(Qt.FocusReason.OtherFocusReason)

    def first_focus(self) -> QWidget | None:
        if self._locked:
            return self.reset_button
        return self.pad

    def wipe(self) -> None:
        self._pause.stop()
        self._scope.end()
        self._scope = Scope(self)
        self._found = None
        self._locked = False
        self._set_busy(False)
        super().wipe()
        self.problem.clear()
        self.status.clear()
        self.card_label.clear()
        self._asking()

    # -- inside ----------------------------------------------------------------------------------

    def _make_pad(self, length: int) -> PinPad:
        pad = PinPad(length, scrambled=self._scrambled)
        pad.complete.connect(self._pad_full)
        pad.changed.connect(self._pad_changed)
        pad.installEventFilter(self)
        return pad

    def _replace_pad(self, length: int) -> None:
        old = self.pad
        self.pad = self._make_pad(length)
        self._main.replaceWidget(old, self.pad)
        old.wipe()
        old.setParent(None)
        old.deleteLater()
        fit_in_window(self.pad)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        tall = event.size().height() > event.size().width()
        self._main.setDirection(QBoxLayout.Direction.TopToBottom if tall else QBoxLayout.Direction.LeftToRight)
        super().resizeEvent(event)

    def _pad_full(self) -> None:
        if not self._busy and not self._locked:
            self._pause.start()

    def _pad_changed(self, count: int) -> None:
        if count < self.pad.length:
            self._pause.stop()  # a digit taken back, or the pad wiped (a scan): no sign-in
        if count:
            self.problem.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.pad
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and Qt.Key.Key_0 <= event.key() <= Qt.Key.Key_9
            and self.pad.is_complete
        ):
            # A digit beyond the PIN's length: a card being scanned, not a PIN typed. Not sent.
            self._pause.stop()
            self.pad.wipe()
            return True
        return super().eventFilter(watched, event)

    def _signed_in(self, visit: Visit) -> None:
        self._set_busy(False)
        self.status.clear()
        self.signed_in.emit(visit)

    def _refused(self, exc: Exception) -> None:
        self._set_busy(False)
        trouble = pin_trouble(exc)
        if trouble.locked:
            self._offer_reset(self.tr("Your PIN is locked after too many wrong tries. Reset it with a code we send"
                                      " to you."))
            return
        if trouble.attempts_left is not None:
            self._say_problem(
                self.tr("Wrong PIN. %n tries left before it locks.", "", trouble.attempts_left)
            )
        elif trouble.unreachable:
            self._say_problem(self.tr("The loyalty server cannot be reached now, so you cannot sign in. Try again"
                                      " later, or scan your card to see its codes."))
        else:
            self._say_problem(say(trouble.notice))
        self.pad.setFocus(Qt.FocusReason.OtherFocusReason)

    def _offer_reset(self, words: str, *, problem: bool = True) -> None:
        """Only the reset is left to do: `words` say why (a problem: a locked PIN; else a first PIN to set)."""
        self._locked = True
        self._word_title()
        self._word_reset_button()
        self.pad.wipe()
        self.pad.setEnabled(False)
        self.pad.hide()
        self.sign_in_button.hide()
        self.forgot_button.hide()
        self.reset_button.show()
        self.status.setText("" if problem else words)
        self.status.setAccessibleName(self.status.text())
        self._say_problem(words if problem else "")
        if self.isVisible():
            self.reset_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _asking(self) -> None:
        self._word_title()
        self.pad.setEnabled(True)
        self.pad.show()
        self.sign_in_button.show()
        self.forgot_button.show()
        self.reset_button.hide()
        self.status.setText(self.tr("Type your PIN on the keys."))
        self.status.setAccessibleName(self.status.text())

    def _say_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setAccessibleName(text)

    def _reset(self) -> None:
        if self._found is not None and not self._busy:
            self._pause.stop()
            self.pad.wipe()
            self.reset_requested.emit(self._found.card)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.pad.setEnabled(not busy and not self._locked)
        self.sign_in_button.setEnabled(not busy)
        self.forgot_button.setEnabled(not busy)
        if busy:
            self.status.setText(self.tr("Signing in…"))
        elif self._found is not None and not self._locked:
            self.status.setText(self.tr("Type your PIN on the keys."))
        self.status.setAccessibleName(self.status.text())
