"""One place runs background work: a thread pool for network calls, results back by signal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

__all__ = ["TaskRunner"]

log = logging.getLogger("kiosk.ui")


class _Relay(QObject):
    """Lives on the GUI thread; its signals carry a job's outcome back there."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        # Do not touch a widget here: this runs on a pool thread.
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the screen
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """Runs callables off the GUI thread; `on_success` / `on_failure` run on the GUI thread."""

    def __init__(self, parent: QObject | None = None, *, threads: int = 4, keep_threads: bool = False) -> None:
        """`keep_threads`: never retire an idle thread, so what it opened (a Store) lives with it."""
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        if keep_threads:
            self._pool.setExpiryTimeout(-1)
        self._relays: set[_Relay] = set()
        self._closed = False

    def run(
        self,
        work: Callable[[], Any],
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
    ) -> None:
        relay = _Relay(self)
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if self._closed:
                return  # the screens and services it would answer are gone
            callback(value)

        relay.succeeded.connect(lambda value: finish(on_success, value))
        relay.failed.connect(lambda exc: finish(on_failure, exc))
        self._pool.start(_Job(work, relay))

    @property
    def idle(self) -> bool:
        """Whether every job started has ended and its answer was delivered (never blocks; the GUI thread's view)."""
        return not self._relays

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job is done (at shutdown only)."""
        return self._pool.waitForDone(msecs)

    def close(self, msecs: int = 30_000) -> bool:
        """Wait for every job, then drop the answers not delivered yet: nothing is called back after this."""
        done = self.wait(msecs)
        self._closed = True
        return done
