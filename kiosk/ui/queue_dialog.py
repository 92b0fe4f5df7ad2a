"""The queue: how many operations wait or failed, and the failed ones to retry or discard."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
from kiosk.ui.locale_text import day_time_text, locale_for, same_day, time_text
from kiosk.ui.money import format_money, signed_money, signed_points
from kiosk.ui.palette import Tone, set_tone

__all__ = ["QueueDialog", "EMPTY_TEXT"]

#: In English, the source text; the dialog shows it translated.
EMPTY_TEXT = str(QT_TRANSLATE_NOOP("QueueDialog", "Nothing failed. Everything is saved and syncing."))


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
        self._locale = locale_for(sync.context.settings.language)
        self._queue: OutboxQueue | None = None
        self.setWindowTitle(self.tr("Operations queue"))

        self.counts = QLabel(self.tr("Reading the queue…"))
        self.counts.setWordWrap(True)
        self.counts.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.offline = QLabel()
        self.offline.setObjectName("offlineApproved")
        self.offline.setWordWrap(True)
        self.offline.setStyleSheet("font-weight: bold;")
        set_tone(self.offline, Tone.WARNING)
        self.offline.hide()
        self.help = QLabel(
            self.tr(
                "Choose a row with the arrow keys. Retry (R) sends it again now; "
                "Discard (D) gives it up for good and needs the manager PIN."
            )
        )
        self.help.setWordWrap(True)
        set_tone(self.help, Tone.HINT)
        columns = (
            self.tr("When"), self.tr("Card"), self.tr("What"), self.tr("Amount / points"), self.tr("Why it failed"),
        )
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(len(columns) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel(QCoreApplication.translate("QueueDialog", EMPTY_TEXT))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("font-size: 15px; padding: 24px;")
        set_tone(self.empty, Tone.GOOD)
        self.empty.hide()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()

        self.retry = QPushButton(self.tr("Retry (R)"))
        self.retry.setShortcut(QKeySequence("R"))
        self.retry.setToolTip(self.tr("Send the chosen operation again now."))
        self.retry.clicked.connect(self.retry_selected)
        self.send_now = QPushButton(self.tr("Send now (S)"))
        self.send_now.setShortcut(QKeySequence("S"))
        self.send_now.setToolTip(self.tr("Send every waiting operation now, without waiting for the next try."))
        self.send_now.clicked.connect(self.send_waiting_now)
        self.send_now.setEnabled(False)
        self.discard = QPushButton(self.tr("Discard… (D)"))
        self.discard.setShortcut(QKeySequence("D"))
        self.discard.setToolTip(self.tr("Give up on the chosen operation for good (needs the manager PIN)."))
        self.discard.clicked.connect(self.discard_selected)
        self.close_button = QPushButton(self.tr("Close (Esc)"))
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

    # -- words -----------------------------------------------------------

    def operation_words(self, op: Operation) -> str:
        """The operation's type as the shop calls it."""
        words = {
            MovementType.PURCHASE: self.tr("Purchase"),
            MovementType.LOADCREDIT: self.tr("Top-up"),
            MovementType.REVERSAL: self.tr("Refund"),
            MovementType.BURNPOINTS: self.tr("Points used"),
            MovementType.BURNCREDIT: self.tr("Credit used"),
            MovementType.VOUCHER: self.tr("Points to voucher"),
        }
        return words.get(op.type, op.type.value)

    def _what(self, op: Operation) -> str:
        # The receipt number is what lets the cashier find the sale this row belongs to.
        receipt = op.body.get("receipt")
        if isinstance(receipt, str) and receipt:
            return self.tr("{operation}, receipt {receipt}").format(operation=self.operation_words(op), receipt=receipt)
        return self.operation_words(op)

    def effect_words(self, op: Operation) -> str:
        """What the operation was for: a purchase's amount and the points it would earn, or the change it makes."""
        currency = (self._queue.currency if self._queue is not None else None) or ""
        locale = self._locale
        parts = []
        amount = op.body.get("amount")
        if op.type is MovementType.PURCHASE and isinstance(amount, int):
            parts.append(format_money(amount, currency, locale))
        if op.points_delta:
            # The count picks the plural; {points} writes it with its sign, in the locale's digits.
            parts.append(
                self.tr("{points} points", "", abs(op.points_delta)).format(
                    points=signed_points(op.points_delta, locale)
                )
            )
        if op.credit_delta:
            parts.append(self.tr("{money} credit").format(money=signed_money(op.credit_delta, currency, locale)))
        return " → ".join(parts) if op.type is MovementType.PURCHASE else ", ".join(parts)

    def _when(self, created_at: float, now: float) -> str:
        if same_day(created_at, now):
            return self.tr("today {time}").format(time=time_text(created_at, self._locale))
        return day_time_text(created_at, self._locale)

    def _counts_words(self, queue: OutboxQueue) -> str:
        counts = queue.counts
        return self.tr("{waiting} waiting to sync · {failed} failed · {sent} sent · {discarded} discarded").format(
            waiting=self._locale.toString(queue.waiting),
            failed=self._locale.toString(counts.get(OperationState.FAILED, 0)),
            sent=self._locale.toString(counts.get(OperationState.DONE, 0)),
            discarded=self._locale.toString(counts.get(OperationState.DISCARDED, 0)),
        )

    def _offline_words(self, queue: OutboxQueue, now: float) -> str:
        """The redemptions approved offline that the server has not accepted yet: staff keep an eye on them."""
        if not queue.offline:
            return ""
        rows = [
            self.tr("{when}, card {card}: {effect}").format(
                when=self._when(op.created_at, now), card=op.card, effect=self.effect_words(op)
            )
            for op in queue.offline
        ]
        return self.tr("Approved offline by a manager, waiting for the loyalty server: {operations}.").format(
            operations="; ".join(rows)
        )

    # -- showing ---------------------------------------------------------

    def show_queue(self, queue: OutboxQueue) -> None:
        chosen = self.selected_operation()
        self._queue = queue
        self.counts.setText(self._counts_words(queue))
        self.send_now.setEnabled(queue.waiting > 0)
        now = self._clock()
        self.offline.setText(self._offline_words(queue, now))
        self.offline.setVisible(bool(queue.offline))
        self.table.setRowCount(len(queue.failed))
        for row, op in enumerate(queue.failed):
            cells = (
                self._when(op.created_at, now),
                op.card,
                self._what(op),
                self.effect_words(op),
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
        set_tone(self.note, Tone.PROBLEM if problem else Tone.GOOD)
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
        self._say(
            self.tr("{operation} on card {card} will be sent again now.").format(
                operation=self.operation_words(op), card=op.card
            )
        )
        self._run(self._sync.retry(op.operationid, parent=self))

    def send_waiting_now(self) -> None:
        """Staff's "sync now": what waits for its next try (or for the server's Retry-After) goes at once."""
        self._say(self.tr("Waiting operations are being sent now."))
        self._run(self._sync.sync_now(parent=self))

    def discard_selected(self) -> None:
        op = self.selected_operation()
        if op is None:
            return
        effect = self.effect_words(op)
        what = (
            self.tr("{operation}, card {card}, {effect}").format(
                operation=self.operation_words(op), card=op.card, effect=effect
            )
            if effect
            else self.tr("{operation}, card {card}").format(operation=self.operation_words(op), card=op.card)
        )
        # The manager PIN dialog finishes its "Type the manager PIN …" with this reason.
        reason = self.tr("to discard this operation ({what}): it will never reach the loyalty server").format(
            what=what
        )
        if not ask_manager_pin(self, self._sync.context, reason=reason):
            self._say(self.tr("Nothing was discarded."))
            self.table.setFocus()
            return
        self._say(self.tr("Discarded: {what}.").format(what=what))
        self._run(self._sync.discard(op.operationid, parent=self))
        self.table.setFocus()
