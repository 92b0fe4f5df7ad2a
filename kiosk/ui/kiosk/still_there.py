"""'Still there?': a visible countdown before the kiosk forgets its customer, and a big "Yes" to keep going."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressBar, QWidget

from kiosk.ui.common.enrol_base import scaled
from kiosk.ui.kiosk.screen import KioskScreen, kiosk_button, kiosk_label

__all__ = ["StillThereScreen", "COUNTDOWN_SECONDS"]

#: How long the question waits for an answer (WCAG 2.2.1: at least 20 s is asked only of what cannot be extended;
#: here "Yes" extends it, as often as the customer likes).
COUNTDOWN_SECONDS = 15


class StillThereScreen(KioskScreen):
    """`start()` counts down from COUNTDOWN_SECONDS: "Yes" emits `keep`, the end `expired`, "Done" `done`."""

    keep = Signal()
    expired = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(back=False, done=True, parent=parent)
        self.left = COUNTDOWN_SECONDS
        self.question = kiosk_label(name="stillThereCountdown")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scaled(self.question, 1.3, bold=None)
        self.bar = QProgressBar()
        self.bar.setRange(0, COUNTDOWN_SECONDS)
        self.bar.setTextVisible(False)
        self.bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.yes = kiosk_button(name="yes", role="primary")
        self.yes.setMinimumWidth(400)
        self.yes.clicked.connect(self._yes)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.body.addStretch(1)
        self.body.addWidget(self.question)
        self.body.addWidget(self.bar)
        self.body.addSpacing(30)
        self.body.addWidget(self.yes, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addStretch(1)
        self.retranslate()

    @property
    def counting(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        self.left = COUNTDOWN_SECONDS
        self._show_left()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        self.left -= 1
        self._show_left()
        if self.left <= 0:
            self._timer.stop()
            self.expired.emit()

    def _yes(self) -> None:
        self._timer.stop()
        self.keep.emit()

    def _show_left(self) -> None:
        self.bar.setValue(max(0, self.left))
        self.question.setText(
            self.tr("For your privacy the screen will be cleared in %n second(s).", "", max(0, self.left))
        )
        self.question.setAccessibleName(self.question.text())

    def retranslate(self) -> None:
        self.title.setText(self.tr("Still there?"))
        self.yes.setText(self.tr("Yes, I'm still here"))
        self.yes.setAccessibleName(self.tr("Yes, I'm still here: more time"))
        self._show_left()

    def wipe(self) -> None:
        self._timer.stop()

    def first_focus(self) -> QWidget | None:
        return self.yes
