"""After a save on the counter: say it is saved, show its slip, then say when the server has it (or refused it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QWidget

from kiosk.ui import words
from kiosk.ui.money import signed_money, signed_points
from kiosk.ui.words import operation_name

if TYPE_CHECKING:
    from kiosk.api import Campaign, MovementResult  # the answers' models load after the first paint
    from kiosk.domain.errors import Notice
    from kiosk.services.counter import Saved
    from kiosk.services.printing import ReceiptPrinting
    from kiosk.ui.common.slip import SlipDialog  # imported when the first slip opens (with QtPrintSupport)

__all__ = ["SaveReport"]


class SaveReport(QObject):
    """Follows each saved operation from "saved, pending sync" to "synced" on the message line and the slip."""

    def __init__(
        self,
        screen: QWidget,
        locale: QLocale,
        *,
        say: Callable[[str, str], None],
        campaign: Callable[[], Campaign | None],
        closed: Callable[[], None],
        printing: ReceiptPrinting | None = None,
    ) -> None:
        super().__init__(screen)
        self._screen = screen
        self._locale = locale
        self._say = say
        self._campaign = campaign
        self._closed = closed
        self._printing = printing
        self.slip: SlipDialog | None = None
        self._last = ("", "")  # operationid and words of the latest save, to say when it synced
        self._said = ""  # what the message line was given for it: "synced" replaces only that, not newer news

    def saved(self, saved: Saved) -> None:
        op = saved.operation
        effects = []
        if op.points_delta:
            # The count picks the plural; {points} writes it with its sign, in the locale's digits.
            effects.append(
                self.tr("{points} points", "", abs(op.points_delta)).format(
                    points=signed_points(op.points_delta, self._locale)
                )
            )
        campaign = self._campaign()
        if op.credit_delta:
            currency = campaign.currency if campaign is not None else "EUR"
            effects.append(self.tr("{money} credit").format(money=signed_money(op.credit_delta, currency, self._locale)))
        change = ", ".join(effects) or self.tr("no change")
        words = self.tr("{operation} ({change})").format(operation=operation_name(op.type), change=change)
        self._last = (op.operationid, words)
        self._said = self.tr("Saved: {operation}, pending sync.").format(operation=words)
        self._say(self._said, "ok")
        self.close_slip()
        from kiosk.ui.common.slip import SlipDialog

        slip = SlipDialog(saved, campaign, self._locale, parent=self._screen, printing=self._printing)
        slip.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        slip.finished.connect(lambda _result: self._slip_closed(slip))
        self.slip = slip
        slip.open()

    def synced(self, operationid: str, result: MovementResult, message_now: str) -> None:
        if self.slip is not None:
            self.slip.mark_synced(operationid, result)
        if self._last[0] == operationid and message_now == self._said:
            self._say(self.tr("Synced: {operation}.").format(operation=self._last[1]), "ok")

    def refused(self, operationid: str, notice: Notice) -> None:
        message = words.say(notice)
        if self.slip is not None:
            self.slip.mark_refused(operationid, message)
        self._say(
            self.tr("The loyalty server refused an operation saved here: {reason} Staff can see it in the queue (F9).")
            .format(reason=message),
            "problem",
        )

    def close_slip(self) -> None:
        if self.slip is not None and self.slip.isVisible():
            self.slip.reject()

    def _slip_closed(self, slip: SlipDialog) -> None:
        if self.slip is slip:
            self.slip = None
        self._closed()
