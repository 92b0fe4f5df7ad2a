"""The queue: how many operations wait or failed, and the failed ones to retry or discard."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.api import MovementType
from kiosk.services.operation import Op
from kiosk.services.sync import OutboxQueue, SyncService, queue_trouble
from kiosk.store import Operation, OperationState
from kiosk.ui import words
from kiosk.ui.manager_pin import ask_manager_pin
from kiosk.ui.money import format_money, signed_money, signed_points
from kiosk.ui.palette import GOOD, HINT, PROBLEM_TEXT, WARNING

__all__ = ["QueueDialog", "EMPTY_TEXT", "operation_words", "effect_words"]

EMPTY_TEXT = "Nothing failed. Everything is saved and syncing."
COLUMNS = ("When", "Card", "What", "Amount / points", "Why it failed")

_WORDS = {
    MovementType.PURCHASE: "Purchase",
    MovementType.LOADCREDIT: "Top-up",
    MovementType.REVERSAL: "Refund",
    MovementType.BURNPOINTS: "Points used",
    MovementType.BURNCREDIT: "Credit used",
}
_OK_STYLE = f"color: {GOOD};"


def operation_words(op: Operation) -> str:
    """The operation's type as the shop calls it."""
    return _WORDS.get(op.type, op.type.value)


def _what(op: Operation) -> str:
    # The receipt number is what lets the cashier find the sale this row belongs to.
    receipt = op.body.get("receipt")
    return f"{operation_words(op)}, receipt {receipt}" if isinstance(receipt, str) and receipt else operation_words(op)


def effect_words(op: Operation, currency: str | None, locale: QLocale) -> str:
    """What the operation was for: a purchase's amount and the points it would earn, or the change it makes."""
    parts = []
    amount = op.body.get("amount")
    if op.type is MovementType.PURCHASE and isinstance(amount, int):
        parts.append(format_money(amount, currency or "", locale))
    if op.points_delta:
        parts.append(signed_points(op.points_delta, locale) + " points")
    if op.credit_delta:
        parts.append(signed_money(op.credit_delta, currency or "", locale) + " credit")
    return " → ".join(parts) if op.type is MovementType.PURCHASE else ", ".join(parts)


def _when(created_at: float, now: float) -> str:
    moment = dt.datetime.fromtimestamp(created_at)
    if moment.date() == dt.datetime.fromtimestamp(now).date():
        return moment.strftime("today %H:%M")
    return moment.strftime("%d %b %H:%M")


def _counts_words(queue: OutboxQueue) -> str:
    counts = queue.counts
    return (
        f"{queue.waiting} waiting to sync · {counts.get(OperationState.FAILED, 0)} failed · "
        f"{counts.get(OperationState.DONE, 0)} sent · {counts.get(OperationState.DISCARDED, 0)} discarded"
    )


def _offline_words(queue: OutboxQueue, now: float, locale: QLocale) -> str:
    """The redemptions approved offline that the server has not accepted yet: staff keep an eye on them."""
    if not queue.offline:
        return ""
    rows = [f"{_when(op.created_at, now)}, card {op.card}: {effect_words(op, queue.currency, locale)}"
            for op in queue.offline]
    return "Approved offline by a manager, waiting for the loyalty server: " + "; ".join(rows) + "."


class QueueDialog(QDialog):
    """Lists the failed operations over a SyncService; Retry (R) and Discard (D, manager PIN) act on the chosen row."""

    def __init__(
        self,
        sync: SyncService,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._sync = sync
        self._clock = clock
        self._locale = QLocale(sync.context.settings.language)
        self._queue: OutboxQueue | None = None
        self.setWindowTitle("Operations queue")

        self.counts = QLabel("Reading the queue…")
        self.counts.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.offline = QLabel()
        self.offline.setObjectName("offlineApproved")
        self.offline.setWordWrap(True)
        self.offline.setStyleSheet(f"color: {WARNING}; font-weight: bold;")
        self.offline.hide()
        self.help = QLabel(
            "Choose a row with the arrow keys. Retry (R) sends it again now; "
            "Discard (D) gives it up for good and needs the manager PIN."
        )
        self.help.setWordWrap(True)
        self.help.setStyleSheet(f"color: {HINT};")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel(EMPTY_TEXT)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(f"font-size: 15px; color: {GOOD}; padding: 24px;")
        self.empty.hide()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()

        self.retry = QPushButton("Retry (R)")
        self.retry.setShortcut(QKeySequence("R"))
        self.retry.setToolTip("Send the chosen operation again now.")
        self.retry.clicked.connect(self.retry_selected)
        self.send_now = QPushButton(self.tr("Send now (S)"))
        self.send_now.setShortcut(QKeySequence("S"))
        self.send_now.setToolTip(self.tr("Send every waiting operation now, without waiting for the next try."))
        self.send_now.clicked.connect(self.send_waiting_now)
        self.send_now.setEnabled(False)
        self.discard = QPushButton("Discard… (D)")
        self.discard.setShortcut(QKeySequence("D"))
        self.discard.setToolTip("Give up on the chosen operation for good (needs the manager PIN).")
        self.discard.clicked.connect(self.discard_selected)
        self.close_button = QPushButton("Close (Esc)")
        self.close_button.clicked.connect(self.reject)
        for button in (self.retry, self.send_now, self.discard, self.close_button):
            button.setAutoDefault(False)  # Enter on the table must not fire a button by surprise
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry)
        buttons.addWidget(self.discard)
        buttons.addWidget(self.send_now)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.offline)
        layout.addWidget(self.help)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.resize(980, 420)
        self._selection_changed()

        sync.changed.connect(self._reload)
        self._reload(None)

    # -- showing ---------------------------------------------------------

    def show_queue(self, queue: OutboxQueue) -> None:
        chosen = self.selected_operation()
        self._queue = queue
        self.counts.setText(_counts_words(queue))
        self.send_now.setEnabled(queue.waiting > 0)
        now = self._clock()
        self.offline.setText(_offline_words(queue, now, self._locale))
        self.offline.setVisible(bool(queue.offline))
        self.table.setRowCount(len(queue.failed))
        for row, op in enumerate(queue.failed):
            cells = (
                _when(op.created_at, now),
                op.card,
                _what(op),
                effect_words(op, queue.currency, self._locale),
                words.say(op.last_error),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, op.operationid)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        has_rows = bool(queue.failed)
        self.table.setVisible(has_rows)
        self.help.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if has_rows:
            ids = [op.operationid for op in queue.failed]
            keep = ids.index(chosen.operationid) if chosen is not None and chosen.operationid in ids else 0
            self.table.selectRow(keep)
            self.table.setFocus()
        else:
            self.close_button.setFocus()
        self._selection_changed()

    def show_problem(self, message: str) -> None:
        self._say(message, problem=True)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.note.setText(text)
        self.note.setStyleSheet(PROBLEM_TEXT if problem else _OK_STYLE)
        self.note.setVisible(bool(text))

    def selected_operation(self) -> Operation | None:
        if self._queue is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self._queue.failed[row] if row < len(self._queue.failed) else None

    def _selection_changed(self) -> None:
        chosen = self.selected_operation() is not None
        self.retry.setEnabled(chosen)
        self.discard.setEnabled(chosen)

    def _reload(self, _connectivity: object) -> None:
        self._sync.load_queue(parent=self).success(self.show_queue).failure(self._trouble).run()

    def _run(self, action: Op[OutboxQueue]) -> None:
        """A queue action of this dialog's: the queue as it is after it, or why not and the queue as it is."""
        action.success(self.show_queue).failure(self._refused).run()

    def _refused(self, exc: Exception) -> None:
        self._trouble(exc)
        self._reload(None)  # the row may have changed under the screen: show it as it is now

    def _trouble(self, exc: Exception) -> None:
        self.show_problem(words.say(queue_trouble(exc)))

    def done(self, result: int) -> None:
        # The link's broadcast outlives this dialog: leave it with no slot of ours to call.
        try:
            self._sync.changed.disconnect(self._reload)
        except (RuntimeError, TypeError):
            pass  # already disconnected (done() twice)
        super().done(result)

    # -- acting ----------------------------------------------------------

    def retry_selected(self) -> None:
        op = self.selected_operation()
        if op is None:
            return
        self._say(f"{operation_words(op)} on card {op.card} will be sent again now.")
        self._run(self._sync.retry(op.operationid, parent=self))

    def send_waiting_now(self) -> None:
        """Staff's "sync now": what waits for its next try (or for the server's Retry-After) goes at once."""
        self._say(self.tr("Waiting operations are being sent now."))
        self._run(self._sync.sync_now(parent=self))

    def discard_selected(self) -> None:
        op = self.selected_operation()
        if op is None:
            return
        what = f"{operation_words(op).lower()} on card {op.card}"
        effect = effect_words(op, self._queue.currency if self._queue else None, self._locale)
        detail = f" ({effect})" if effect else ""
        reason = f"to discard the {what}{detail}: it will never reach the loyalty server"
        if not ask_manager_pin(self, self._sync.context, reason=reason):
            self._say("Nothing was discarded.")
            self.table.setFocus()
            return
        self._say(f"The {what} was discarded.")
        self._run(self._sync.discard(op.operationid, parent=self))
        self.table.setFocus()
