"""The enrolment wizard's code page: six digit boxes that take a paste, a resend with its countdown."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from kiosk.domain import onboarding as ob
from kiosk.domain.identifiers import LookupKind
from kiosk.ui.common.data_form import TOUCH
from kiosk.ui.common.enrol_base import Page, page_label, scaled

__all__ = ["CodeBoxes", "CodePage"]


class CodeBoxes(QWidget):
    """Six one-digit boxes: typing moves on, Backspace goes back, a paste of the whole code fills them all."""

    complete = Signal(str)  # every box has its digit

    def __init__(self, digits: int = 6, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: list[QLineEdit] = []
        row = QHBoxLayout(self)
        row.setSpacing(12)
        row.addStretch(1)
        for index in range(digits):
            box = QLineEdit()
            box.setObjectName(f"digit{index}")
            box.setAccessibleName(self.tr("Digit {number} of the code").format(number=index + 1))
            box.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.setFixedSize(64, 76)
            box.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhNoPredictiveText)
            scaled(box, 2.4, bold=True)
            box.textEdited.connect(lambda text, at=index: self._edited(at, text))
            box.installEventFilter(self)
            self.boxes.append(box)
            row.addWidget(box)
        row.addStretch(1)

    def code(self) -> str:
        return "".join(box.text() for box in self.boxes)

    def clear(self) -> None:
        for box in self.boxes:
            box.clear()

    def focus_first_empty(self) -> None:
        box = next((b for b in self.boxes if not b.text()), self.boxes[-1])
        box.setFocus()
        box.selectAll()

    def _edited(self, at: int, text: str) -> None:
        digits = [ch for ch in text if ch.isascii() and ch.isdigit()]
        if len(digits) >= len(self.boxes):
            at, digits = 0, digits[-len(self.boxes):]  # the whole code pasted into any box
        if not digits:
            self.boxes[at].clear()
            return
        for offset, digit in enumerate(digits[: len(self.boxes) - at]):
            self.boxes[at + offset].setText(digit)
        following = min(at + len(digits), len(self.boxes) - 1)
        self.boxes[following].setFocus()
        self.boxes[following].selectAll()
        if all(box.text() for box in self.boxes):
            self.complete.emit(self.code())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and watched in self.boxes:
            assert isinstance(event, QKeyEvent) and isinstance(watched, QLineEdit)
            at = self.boxes.index(watched)
            if event.key() == Qt.Key.Key_Backspace and not watched.text() and at > 0:
                self.boxes[at - 1].clear()
                self.boxes[at - 1].setFocus()
                return True
            if event.key() == Qt.Key.Key_Left and at > 0:
                self.boxes[at - 1].setFocus()
                self.boxes[at - 1].selectAll()
                return True
            if event.key() == Qt.Key.Key_Right and at < len(self.boxes) - 1:
                self.boxes[at + 1].setFocus()
                self.boxes[at + 1].selectAll()
                return True
        return False


class CodePage(Page):
    """The code sent to the address; a new one after the server's wait, counted down on the button."""

    def __init__(self, now: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading.setText(self.tr("Type the code we sent you"))
        self.next_text = self.tr("Check the code (Enter)")
        self._now = now
        self._resend_at: float | None = None
        self._was_busy = True
        self.keys_shown = True  # the kiosk names no keys on its buttons
        self.sent_to = page_label(name="sent_to", factor=1.2)
        self.boxes = CodeBoxes()
        self.resend = QPushButton()
        self.resend.setObjectName("resend")
        self.resend.setMinimumHeight(TOUCH)
        self.resend.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the boxes; Alt+R presses it
        scaled(self.resend, 1.2)
        self.body.addWidget(self.sent_to)
        self.body.addSpacing(12)
        self.body.addWidget(self.boxes)
        self.body.addSpacing(12)
        self.body.addWidget(self.resend, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addStretch(1)
        self.tick()

    def show_state(self, state: ob.State, rules: ob.Rules) -> None:
        # Whole sentences, each worded on its own: one line each, so none is built out of pieces of another.
        lines = []
        if state.address:
            lines.append(self.tr("Sent to {address}.").format(address=state.address.value))
        if state.address and state.address.kind is LookupKind.EMAIL:
            lines.append(self.tr("It may take a minute to arrive: look in the e-mail's spam folder too."))
        else:
            lines.append(self.tr("It may take a minute to arrive: look in the phone's messages."))
        if state.code_expires_at is not None:
            minutes = max(1, round((state.code_expires_at - self._now()) / 60))
            lines.append(self.tr("It works for %n minutes.", "", minutes))
        self.sent_to.setText("\n".join(lines))
        self._resend_at = state.resend_at
        if state.busy is None and self._was_busy:
            self.boxes.clear()  # the server answered: the code is typed afresh, right or wrong
        self._was_busy = state.busy is not None
        self.tick()

    def tick(self) -> None:
        """Count the wait for a new code down on its button (the wizard calls this every second)."""
        wait = 0 if self._resend_at is None else math.ceil(self._resend_at - self._now())
        if wait > 0:
            self.resend.setText(self.tr("Send a new code (in %n s)", "", wait))
        elif self.keys_shown:
            self.resend.setText(self.tr("Send a new code (Alt+R)"))
        else:
            self.resend.setText(self.tr("Send a new code"))
        self.resend.setEnabled(wait <= 0)

    def focus_first(self) -> None:
        self.boxes.focus_first_empty()

    def clear_secrets(self) -> None:
        self.boxes.clear()
