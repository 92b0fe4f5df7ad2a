"""The link to the loyalty server as a state others can watch: online, offline, or degraded."""

from __future__ import annotations

import dataclasses
import enum
import threading
from collections.abc import Callable

from kiosk.domain.errors import Notice

__all__ = ["ConnectivityState", "Connectivity", "ConnectivityWatch"]


class ConnectivityState(str, enum.Enum):
    ONLINE = "online"
    OFFLINE = "offline"  # no connection: the server could not be reached at all
    DEGRADED = "degraded"  # the server answers, but with faults, throttling or unreadable answers


@dataclasses.dataclass(frozen=True)
class Connectivity:
    """What the sync worker last learned; `since` is when OFFLINE or DEGRADED began.

    `unknown`: nothing has been heard from the server yet in this run (no call answered nor failed),
    so `state` is only where the watch starts, not something learned.
    """

    state: ConnectivityState = ConnectivityState.ONLINE
    since: float | None = None
    last_error: Notice | None = None  # what the last trouble was, as a typed value
    pending: int = 0
    failed: int = 0
    settled: int = 0  # operations settled (sent or failed) since the worker started: moves even when the counts do not
    unknown: bool = False


class ConnectivityWatch:
    """Holds the latest Connectivity and calls `on_change` whenever it changes.

    Thread-safe: the worker thread and a caller of `drain_once` may both report.
    `on_change` runs outside the lock, in the reporting thread, so a slow
    listener never blocks another reporter.
    """

    def __init__(
        self, *, clock: Callable[[], float], on_change: Callable[[Connectivity], None] | None = None
    ) -> None:
        self._clock = clock
        self._on_change = on_change
        self._lock = threading.Lock()
        self._current = Connectivity(unknown=True)  # until a call is answered or fails

    @property
    def current(self) -> Connectivity:
        with self._lock:
            return self._current

    def reached(self) -> None:
        """The server answered sensibly (a success, or a refusal it meant)."""
        self._update(lambda now: Connectivity(
            pending=self._current.pending, failed=self._current.failed, settled=self._current.settled
        ))

    def trouble(self, state: ConnectivityState, error: Notice | None) -> None:
        """The server could not be reached (OFFLINE) or answered with a fault (DEGRADED)."""

        def update(now: float) -> Connectivity:
            old = self._current
            # `since` marks when this kind of trouble began; repeats of it keep the first time.
            since = old.since if old.state is state and old.since is not None else now
            return dataclasses.replace(old, state=state, since=since, last_error=error, unknown=False)

        self._update(update)

    def counts(self, *, pending: int, failed: int, settled: int | None = None) -> None:
        def update(now: float) -> Connectivity:
            moved = self._current.settled if settled is None else settled
            return dataclasses.replace(self._current, pending=pending, failed=failed, settled=moved)

        self._update(update)

    def _update(self, change: Callable[[float], Connectivity]) -> None:
        with self._lock:
            new = change(self._clock())
            if new == self._current:
                return
            self._current = new
        if self._on_change is not None:
            self._on_change(new)
