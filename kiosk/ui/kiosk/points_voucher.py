"""Points into a voucher at the kiosk: what the voucher will be worth, then the PIN on the pad confirms it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core.redeem import Outcome
from kiosk.services.kiosk import KioskService, Visit, find_notice
from kiosk.services.operation import Op
from kiosk.ui import words
from kiosk.ui.common.enrol_base import scaled
from kiosk.ui.kiosk.pin_confirm import PinConfirmScreen
from kiosk.ui.kiosk.screen import kiosk_label
from kiosk.ui.money import format_money, format_points

if TYPE_CHECKING:
    from kiosk.api import Campaign
    from kiosk.core.points_voucher import VoucherAttempt
    from kiosk.domain.errors import Notice
    from kiosk.core.prize_request import PrizeAttempt

__all__ = ["PointsVoucherScreen"]


class PointsVoucherScreen(PinConfirmScreen):
    """Points into a voucher: what it will be worth, then the PIN on the pad confirms it.

    `made()` once the voucher is made; `lost()` when the answer was lost (the sync worker finds out).
    """

    made = Signal()
    lost = Signal()

    def __init__(self, service: KioskService, *, scrambled: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(scrambled=scrambled, parent=parent)
        self._service = service
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
        self.pads = QHBoxLayout()
        self.pads.addStretch(1)
        self.pads.addWidget(self.pin_pad, 6)
        self.pads.addStretch(1)
        self.words = QVBoxLayout()
        self.words.addStretch(1)
        for label in (self.what, self.terms, self.prompt, self.problem):
            self.words.addWidget(label)
        self.words.addStretch(1)
        self._lay_out(self.words, self.pads)
        self.retranslate()

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
        self._pin_length(pin_length, self.pads)
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

    # -- the customer goes -------------------------------------------------------------------------

    def wipe(self) -> None:
        self._visit = None
        self._campaign = None
        self._points = 0
        self._busy = False
        super().wipe()
        self.prompt.setText(self.tr("Type your PIN to confirm."))

    def first_focus(self) -> QWidget | None:
        return self.pin_pad if self.pin_pad.isVisibleTo(self) else self.back_button
