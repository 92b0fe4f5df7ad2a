"""The sync worker for the screens: connectivity by signal on the GUI thread; the queue's reads and actions as operations."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from kiosk.api import LoyaltyError
from kiosk.domain.errors import Notice, message_for
from kiosk.services.context import ServiceContext
from kiosk.services.operation import Op
from kiosk.store import OperationState
from kiosk.sync.connectivity import Connectivity
from kiosk.sync.worker import SyncWorker

if TYPE_CHECKING:
    from kiosk.store import Operation  # the store's records load after the first paint

__all__ = ["SyncService", "OutboxQueue", "queue_trouble"]

log = logging.getLogger("kiosk.sync")


@dataclasses.dataclass(frozen=True)
class OutboxQueue:
    """What staff see in the queue: the failed operations (oldest first) and how many are in each state."""

    failed: tuple[Operation, ...]
    counts: Mapping[OperationState, int]
    currency: str | None = None  # the campaign's, when the terminal has seen it
    offline: tuple[Operation, ...] = ()  # redemptions a manager approved offline, not yet accepted by the server

    @property
    def waiting(self) -> int:
        return self.counts.get(OperationState.PENDING, 0) + self.counts.get(OperationState.INFLIGHT, 0)


def queue_trouble(exc: Exception) -> Notice:
    """What to tell staff when a queue operation failed (the row may have changed under the screen)."""
    return message_for(exc, log, "queue action")


class SyncService(QObject):
    """Owns the sync worker thread; tells the screens how the link is and what is stuck.

    `changed(Connectivity)` arrives on the GUI thread, for every screen that shows the link.
    Call `wake()` after the counter saved an operation, so it goes at once.
    """

    changed = Signal(object)  # Connectivity
    # Emitted from the worker's thread; queued to this object's (the GUI) thread.
    _reported = Signal(object)

    def __init__(self, ctx: ServiceContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._reported.connect(self._on_reported, Qt.ConnectionType.QueuedConnection)
        self._worker = SyncWorker(
            ctx.paths.store,
            ctx.client,
            on_change=self._from_worker,
            directory_every=ctx.settings.directory_refresh * 60,
            keep_days=ctx.settings.outbox_keep_days,
            under_way=ctx.under_way,
        )
        self._current = self._worker.connectivity

    @property
    def context(self) -> ServiceContext:
        """The shared context (settings, folders): the queue screen reads the manager PIN's hash there."""
        return self._ctx

    @property
    def current(self) -> Connectivity:
        """The latest connectivity delivered to the GUI thread."""
        return self._current

    def start(self) -> None:
        self._worker.start()

    def stop(self, timeout: float | None = None) -> bool:
        """Stop the worker thread: waits for the call in progress, at most `timeout` s (None: the worker's default).

        True once the thread has ended; False if it was left behind in a call (a daemon thread).
        """
        if timeout is None:
            self._worker.stop()
        else:
            self._worker.stop(timeout=timeout)
        return not self._worker.running

    def request_stop(self) -> None:
        """Ask the worker thread to stop after the call in progress, without waiting for it (see `running`)."""
        self._worker.request_stop()

    @property
    def running(self) -> bool:
        """Whether the worker thread is still alive (in a call, or not yet told to stop)."""
        return self._worker.running

    def wake(self) -> None:
        self._worker.wake()

    def heard(self, error: LoyaltyError | None = None) -> None:
        """Another service's call was answered (`error` None) or failed with `error`: the link shown follows."""
        self._worker.heard(error)

    # -- the queue: each answers with the queue as it is after it --------------

    def load_queue(self, *, parent: QObject | None) -> Op[OutboxQueue]:
        """Read the failed operations and the counts on the store thread."""
        return Op.store(self._ctx, self._queue_now, parent=parent)

    def retry(self, operationid: str, *, parent: QObject | None) -> Op[OutboxQueue]:
        """Send a failed operation again (as soon as the worker gets to it)."""
        return self._change(lambda: self._ctx.stores.get().retry(operationid), parent)

    def sync_now(self, *, parent: QObject | None) -> Op[OutboxQueue]:
        """Staff asked to send now: waiting operations go at once, whatever their backoff or Retry-After said."""
        return self._change(lambda: self._ctx.stores.get().send_waiting_now(), parent)

    def discard(self, operationid: str, *, parent: QObject | None) -> Op[OutboxQueue]:
        """Give up on a failed operation for good; the manager PIN is the screen's to ask first."""
        return self._change(lambda: self._ctx.stores.get().discard(operationid), parent)

    def _queue_now(self) -> OutboxQueue:
        store = self._ctx.stores.get()
        campaign = store.campaign_raw()
        currency = campaign.get("currency") if campaign else None
        offline = tuple(op for op in store.unsettled() if op.approved_offline)
        return OutboxQueue(failed=tuple(store.failed()), counts=store.counts(), currency=currency, offline=offline)

    def _change(self, work: Callable[[], object], parent: QObject | None) -> Op[OutboxQueue]:
        def step() -> OutboxQueue:
            work()
            self._worker.wake()  # thread-safe: it sets an event
            return self._queue_now()

        return Op.store(self._ctx, step, parent=parent)

    # -- connectivity ----------------------------------------------------

    def _from_worker(self, connectivity: Connectivity) -> None:
        # Runs on the worker's thread: touch nothing here but the queued signal.
        try:
            self._reported.emit(connectivity)
        except RuntimeError:
            pass  # this service was deleted while the worker was still reporting

    def _on_reported(self, connectivity: Connectivity) -> None:
        self._current = connectivity
        self.changed.emit(connectivity)
