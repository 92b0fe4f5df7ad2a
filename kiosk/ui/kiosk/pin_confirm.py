"""What a kiosk screen whose write the customer's PIN confirms is made of: words beside the pad, a line for problems.

Points into a voucher and Delete my account both say what the write will do, then take the PIN on the pad. The
words stand left of the pad on a wide screen and above it on a tall one; the pad is as long as the campaign's
PIN; each request answers a Scope that `wipe()` ends, so a late answer never paints on the next customer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QWidget

from kiosk.services.operation import Scope
from kiosk.ui.common.pin_pad import PinPad
from kiosk.ui.kiosk.look import fit_in_window
from kiosk.ui.kiosk.pin_screens import kiosk_pin_pad
from kiosk.ui.kiosk.screen import PROBLEM_SIGN, KioskScreen, kiosk_label

__all__ = ["PinConfirmScreen"]


class PinConfirmScreen(KioskScreen):
    """A screen with `pin_pad`, `problem` and `columns` (words, then the pad's side); subclasses fill both sides.

    `_typed_in()` runs when the pad is complete; `_scope` is the parent of the requests of this customer.
    """

    def __init__(self, *, scrambled: bool, wide_stretch: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self._scrambled = scrambled
        self._wide_stretch = wide_stretch
        self._scope = Scope(self)
        self.problem = kiosk_label(name="pinProblem", role="problem")
        self.problem.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.problem.hide()
        self.pin_pad = self._new_pad(4)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(32)

    def _lay_out(self, words: QLayout, pads: QLayout, pads_stretch: int = 1) -> None:
        """The words on the left (above when tall), the pad's side on the right; then into the body."""
        self.columns.addLayout(words, self._wide_stretch)
        self.columns.addLayout(pads, pads_stretch)
        self.body.addLayout(self.columns, 1)

    def _new_pad(self, length: int) -> PinPad:
        pad = kiosk_pin_pad(length, scrambled=self._scrambled, room=self)
        pad.setObjectName("pinPad")
        pad.complete.connect(self._typed_in)
        return pad

    def _pin_length(self, length: int, layout: QLayout) -> None:
        """A pad of the campaign's PIN length, in place of the one in `layout` if that one is another length."""
        if self.pin_pad.length == length:
            return
        old, self.pin_pad = self.pin_pad, self._new_pad(length)
        layout.replaceWidget(old, self.pin_pad)
        old.hide()
        old.deleteLater()
        fit_in_window(self.pin_pad)

    def _typed_in(self) -> None:
        """The pad is complete: send the PIN (subclasses)."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        tall = event.size().height() > event.size().width()
        wanted = QBoxLayout.Direction.TopToBottom if tall else QBoxLayout.Direction.LeftToRight
        if self.columns.direction() != wanted:
            self.columns.setDirection(wanted)
            self.columns.setStretch(0, 0 if tall else self._wide_stretch)
        self.pin_pad.setMaximumHeight(int(min(event.size().width(), event.size().height()) * 0.75))
        super().resizeEvent(event)

    def _say(self, text: str) -> None:
        self.problem.setText(f"{PROBLEM_SIGN} {text}" if text else "")
        self.problem.setAccessibleName(text)
        self.problem.setVisible(bool(text))

    def wipe(self) -> None:
        """The requests of this customer hear nothing more; every word and digit goes."""
        self._scope.end()
        self._scope = Scope(self)
        super().wipe()
        self._say("")
