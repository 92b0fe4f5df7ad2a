"""After a save on the counter: say it is saved, show its slip, then say when the server has it (or refused it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QWidget

from kiosk.api import Campaign, MovementResult
from kiosk.domain.errors import Notice
from kiosk.services.counter import Saved
from kiosk.ui import words
from kiosk.ui.customer_panel import OPERATION_NAMES
from kiosk.ui.money import signed_money, signed_points
from kiosk.ui.slip import SlipDialog

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
    ) -> None:
        super().__init__(screen)
        self._screen = screen
        self._locale = locale
        self._say = say
        self._campaign = campaign
        self._closed = closed
        self.slip: SlipDialog | None = None
        self._last = ("", "")  # operationid and words of the latest save, to say when it synced

    def saved(self, saved: Saved) -> None:
        op = saved.operation
        what = OPERATION_NAMES.get(op.type, op.type.value)
        effects = [signed_points(op.points_delta, self._locale) + " points"] if op.points_delta else []
        campaign = self._campaign()
        if op.credit_delta:
            currency = campaign.currency if campaign is not None else "EUR"
            effects.append(signed_money(op.credit_delta, currency, self._locale) + " credit")
        self._last = (op.operationid, f"{what} ({', '.join(effects) or 'no change'})")
        self._say(f"Saved: {self._last[1]}, pending sync.", "ok")
        self.close_slip()
        slip = SlipDialog(saved, campaign, self._locale, parent=self._screen)
        slip.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        slip.finished.connect(lambda _result: self._slip_closed(slip))
        self.slip = slip
        slip.open()

    def synced(self, operationid: str, result: MovementResult, message_now: str) -> None:
        if self.slip is not None:
            self.slip.mark_synced(operationid, result)
        if self._last[0] == operationid and message_now.startswith("Saved: "):
            self._say(f"Synced: {self._last[1]}.", "ok")

    def refused(self, operationid: str, notice: Notice) -> None:
        message = words.say(notice)
        if self.slip is not None:
            self.slip.mark_refused(operationid, message)
        self._say(
            f"The loyalty server refused an operation saved here: {message} Staff can see it in the queue (F9).",
            "problem",
        )

    def close_slip(self) -> None:
        if self.slip is not None and self.slip.isVisible():
            self.slip.reject()

    def _slip_closed(self, slip: SlipDialog) -> None:
        if self.slip is slip:
            self.slip = None
        self._closed()
