"""Points into a voucher at the kiosk: what the voucher will be worth, then the PIN on the pad confirms it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core.redeem import Outcome
from kiosk.services.kiosk import KioskService, Visit, find_notice
from kiosk.services.operation import Op, Scope
from kiosk.ui import words
from kiosk.ui.common.enrol_base import scaled
from kiosk.ui.common.pin_pad import PinPad
from kiosk.ui.kiosk.look import fit_in_window
from kiosk.ui.kiosk.pin_screens import kiosk_pin_pad
from kiosk.ui.kiosk.screen import PROBLEM_SIGN, KioskScreen, kiosk_label
from kiosk.ui.money import format_money, format_points

if TYPE_CHECKING:
    from kiosk.api import Campaign
    from kiosk.core.points_voucher import VoucherAttempt
    from kiosk.domain.errors import Notice
    from kiosk.core.prize_request import PrizeAttempt

__all__ = ["PointsVoucherScreen"]


class PointsVoucherScreen(KioskScreen):
    """Points into a voucher: what it will be worth, then the PIN on the pad confirms it.

    `made()` once the voucher is made; `lost()` when the answer was lost (the sync worker finds out).
    """

    made = Signal()
    lost = Signal()

    def __init__(self, service: KioskService, *, scrambled: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self._service = service
        self._scrambled = scrambled
        self._scope = Scope(self)
        self._visit: Visit | None = None
        self._campaign: Campaign | None = None
        self._points = 0
        self._busy = False
        self.what = scaled(kiosk_label(name="voucherWhat", customer=True), 1.3, bold=True)
        self.what.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.terms = kiosk_label(name="voucherNote", role="muted")
        self.terms.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.prompt = scaled(kiosk_label(name="pinPrompt"), 1.1)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.problem = kiosk_label(name="pinProblem", role="problem")
        self.problem.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.problem.hide()
        self.pin_pad = self._new_pad(4)
        self.pads = QHBoxLayout()
        self.pads.addStretch(1)
        self.pads.addWidget(self.pin_pad, 6)
        self.pads.addStretch(1)
        self.words = QVBoxLayout()
        self.words.addStretch(1)
        for label in (self.what, self.terms, self.prompt, self.problem):
            self.words.addWidget(label)
        self.words.addStretch(1)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(32)
        self.columns.addLayout(self.words, 1)
        self.columns.addLayout(self.pads, 1)
        self.body.addLayout(self.columns, 1)
        self.retranslate()

    def _new_pad(self, length: int) -> PinPad:
        pad = kiosk_pin_pad(length, scrambled=self._scrambled, room=self)
        pad.setObjectName("pinPad")
        pad.complete.connect(self._typed_in)
        return pad

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        tall = event.size().height() > event.size().width()
        wanted = QBoxLayout.Direction.TopToBottom if tall else QBoxLayout.Direction.LeftToRight
        if self.columns.direction() != wanted:
            self.columns.setDirection(wanted)
            self.columns.setStretch(0, 0 if tall else 1)
        self.pin_pad.setMaximumHeight(int(min(event.size().width(), event.size().height()) * 0.75))
        super().resizeEvent(event)

    # -- words -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Turn points into a voucher"))
        self.terms.setText(self.tr(
            "The points are taken from your card at once, and the voucher goes into your wallet. It cannot be"
            " turned back into points."
        ))
        self.terms.setAccessibleName(self.terms.text())
        if not self._busy:
            self.prompt.setText(self.tr("Type your PIN to confirm."))
        self.prompt.setAccessibleName(self.prompt.text())
        if self._visit is not None:
            self._show_what()

    def _show_what(self) -> None:
        campaign, points = self._campaign, self._points
        locale = QLocale()
        if campaign is None:
            self.what.clear()
            return
        self.what.setText(self.tr("{points} points → a voucher worth {money}").format(
            points=format_points(points, locale),
            money=format_money(points * campaign.pointvalue, campaign.currency, locale),
        ))
        self.what.setAccessibleName(self.what.text())

    # -- what the face calls ---------------------------------------------------------------------

    def ask(self, visit: Visit, points: int, campaign: Campaign | None, pin_length: int) -> None:
        """Show what `points` make, and ask for the PIN."""
        self.wipe()
        self._visit = visit
        self._campaign = campaign
        self._points = points
        if self.pin_pad.length != pin_length:
            old, self.pin_pad = self.pin_pad, self._new_pad(pin_length)
            self.pads.replaceWidget(old, self.pin_pad)
            old.hide()
            old.deleteLater()
            fit_in_window(self.pin_pad)
        self._show_what()
        self._ready()

    def _ready(self) -> None:
        self._busy = False
        self.prompt.setText(self.tr("Type your PIN to confirm."))
        self.prompt.setAccessibleName(self.prompt.text())
        self.pin_pad.wipe()
        self.pin_pad.show()
        self.pin_pad.setEnabled(True)
        self.pin_pad.setFocus(Qt.FocusReason.OtherFocusReason)

    def _typed_in(self) -> None:
        visit = self._visit
        if self._busy or not self.pin_pad.is_complete or visit is None:
            return
        pincode = self.pin_pad.take_pin()
        self._busy = True
        self.pin_pad.setEnabled(False)
        self._say("")
        self.prompt.setText(self._working_words())
        self.prompt.setAccessibleName(self.prompt.text())
        self._send(visit, pincode).success(self._answered).failure(self._failed).run()

    # -- what a screen like this one says and sends (a prize's request overrides these) ----------

    def _working_words(self) -> str:
        return self.tr("Making your voucher…")

    def _send(self, visit: Visit, pincode: str) -> Op[VoucherAttempt] | Op[PrizeAttempt]:
        return self._service.points_to_voucher(parent=self._scope, visit=visit, points=self._points, pincode=pincode)

    def _unreachable_words(self) -> str:
        return self.tr(
            "The loyalty server cannot be reached now: no voucher was made and no points were taken. Try again"
            " later."
        )

    def _refused_words(self) -> str:
        """The refusal, with `{why}` for the server's reason."""
        return self.tr("No voucher was made and no points were taken: {why}")

    def _why(self, notice: Notice) -> str:
        """The server's reason in words."""
        return words.say(notice)

    def _answered(self, attempt: VoucherAttempt | PrizeAttempt) -> None:
        outcome = attempt.outcome
        if outcome is Outcome.DONE:
            self._busy = False
            self.made.emit()
            return
        if outcome is Outcome.UNKNOWN:
            self._busy = False
            self.lost.emit()
            return
        if outcome is Outcome.WRONG_PIN:
            if attempt.attempts_left is not None:
                self._say(self.tr("Wrong PIN. %n tries left before it locks.", "", attempt.attempts_left))
            else:
                self._say(self.tr("Wrong PIN. Type it again."))
            self._ready()
            return
        self._busy = False
        if outcome is Outcome.LOCKED:
            self._say(self.tr(
                "Your PIN is locked after too many wrong tries: no points were taken. Go back to your card and"
                " choose “Change my PIN”, then “Forgot your PIN?” to reset it with a code."
            ))
        elif outcome is Outcome.UNREACHABLE:
            self._say(self._unreachable_words())
        else:
            self._say(self._refused_words().format(why=self._why(attempt.notice)))
        self.pin_pad.hide()
        self.prompt.clear()
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self._say(words.say(find_notice(exc)))
        self.pin_pad.hide()
        self.prompt.clear()

    def _say(self, text: str) -> None:
        self.problem.setText(f"{PROBLEM_SIGN} {text}" if text else "")
        self.problem.setAccessibleName(text)
        self.problem.setVisible(bool(text))

    # -- the customer goes -------------------------------------------------------------------------

    def wipe(self) -> None:
        self._scope.end()
        self._scope = Scope(self)
        self._visit = None
        self._campaign = None
        self._points = 0
        self._busy = False
        super().wipe()
        self._say("")
        self.prompt.setText(self.tr("Type your PIN to confirm."))

    def first_focus(self) -> QWidget | None:
        return self.pin_pad if self.pin_pad.isVisibleTo(self) else self.back_button
