"""What both faces do as they start: take the flags given at start, and wait for the first paint."""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.paths import Paths
from kiosk.settings import SETTINGS, Settings

if TYPE_CHECKING:
    from kiosk.api import LoyaltyClient, LoyaltyError
    from kiosk.app import Backend
    from kiosk.services.context import ServiceContext
    from kiosk.services.counter import CounterService
    from kiosk.services.sync import SyncService

__all__ = ["AfterFirstPaint", "Core", "Handover", "Restarts", "open_core", "flags_of", "backend_in_force", "no_quit_between_windows", "RESTART_WAIT_SECONDS"]

log = logging.getLogger("kiosk.ui")

#: How long a restart lets the old session's calls end before it leaves them behind: longer than a call to a
#: slow server may take (the client's read timeout, 15 s), so normally nothing is left; the event loop turns
#: all along (the screen repaints, systemd's watchdog is petted), so this is not a freeze.
RESTART_WAIT_SECONDS = 20.0
#: Once that wait is over, the old session's close waits no more than this for what still runs.
LEAVE_BEHIND_SECONDS = 0.1


def flags_of(settings: Settings) -> dict[str, object]:
    """The values given as flags at start: they stay stronger than the file after a restart too."""
    return {s.name: getattr(settings, s.name) for s in SETTINGS if settings.source(s.name) == "flag"}


@dataclasses.dataclass(frozen=True)
class Core:
    """What both faces' sessions stand on: the client, the services' context, the sync and the counter's service."""

    client: LoyaltyClient
    ctx: ServiceContext
    sync: SyncService
    counter: CounterService


def open_core(backend: Backend, paths: Paths, *, start: bool) -> Core:
    """The core of a session; with `start=False` the client is made on first use (after the first paint).

    Every call of the client tells the sync service how the link is (the bar, the kiosk's staff menu): the
    client is made before the sync service, so it tells a relay the service then listens to.
    """
    from kiosk.app import ClientOnFirstUse
    from kiosk.services.context import ServiceContext
    from kiosk.services.counter import CounterService
    from kiosk.services.sync import SyncService

    relay = _HeardRelay()

    def make() -> LoyaltyClient:
        return backend.client(heard=relay)

    # ClientOnFirstUse stands for a LoyaltyClient: every attribute is the real client's, made on first use.
    client = make() if start else cast("LoyaltyClient", ClientOnFirstUse(make))
    ctx = ServiceContext.create(backend.settings, paths, client)
    sync = SyncService(ctx)
    relay.listener = sync.heard
    return Core(client, ctx, sync, CounterService(ctx, on_saved=sync.wake))


class _HeardRelay:
    """Passes what each call met on to its listener, once there is one (a call before that tells nobody)."""

    listener: Callable[[LoyaltyError | None], None] | None = None

    def __call__(self, error: LoyaltyError | None) -> None:
        listener = self.listener
        if listener is not None:
            listener(error)


class AfterFirstPaint(QObject):
    """Calls `then` once, on the event loop's next turn after `window`'s first paint.

    What the counter needs only once it can take a scan starts here: the embedded sandbox, the
    services (the campaign's fetch, the sync worker) and with them the loyalty client. A window
    that is never painted (minimised at start) still gets them, `latest_ms` after showing.
    """

    def __init__(self, window: QWidget, then: Callable[[], None], *, latest_ms: int = 2000) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(latest_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._window and event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        self._window.removeEventFilter(self)
        then()


def backend_in_force(
    paths: Paths, flags: dict[str, object], reopen: Callable[[Settings, Paths], Backend]
) -> tuple[Settings, Backend]:
    """For a restart: the settings in force now (file, environment, the start's flags) and a backend on them.

    Raises KioskError (SettingsError among them) when they cannot be used: the caller keeps serving on what works.
    """
    settings = Settings.load(paths.config, env=os.environ, flags=flags)
    return settings, reopen(settings, paths)


@contextlib.contextmanager
def no_quit_between_windows() -> Iterator[None]:
    """Between the old window closing and the new one showing no window is open: that must not quit the app."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    quits = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        yield
    finally:
        app.setQuitOnLastWindowClosed(quits)


class Closing(Protocol):
    """A face's session as a restart winds it down (CounterSession, KioskSession)."""

    def begin_close(self) -> None: ...

    @property
    def settled(self) -> bool: ...


class Handover(QObject):
    """From one session to the next on new settings, without holding the event loop.

    The old session stops taking input and asks its sync worker to stop (`begin_close`); while its
    calls end, the loop goes on turning. Once nothing of it runs (`settled`), or after `limit`
    seconds, `finish(deadline)` is called once, on the GUI thread: it closes the old session by
    `deadline` (None when nothing runs; else what still runs then is left behind, as a stop leaves it:
    the outbox's lease and the operations' keys see that nothing is sent twice) and opens the new one
    on `backend`. A restart asked for meanwhile sets `again`: one more follows, on the settings then.
    """

    LOOK_MS = 10

    def __init__(
        self, old: Closing, backend: Backend, finish: Callable[[float | None], None], *,
        limit: float = RESTART_WAIT_SECONDS, parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self.again = False
        self._old = old
        self._finish: Callable[[float | None], None] | None = finish
        self._deadline = time.monotonic() + limit
        old.begin_close()
        self._timer = QTimer(self)
        self._timer.setInterval(self.LOOK_MS)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def cancel(self) -> None:
        """The app stops meanwhile: `finish` is never called, the new backend (never started) is closed; the
        stop closes the old session itself."""
        self._timer.stop()
        if self._finish is not None:
            self._finish = None
            self.backend.close()

    def _look(self) -> None:
        settled = self._old.settled
        if not settled and time.monotonic() < self._deadline:
            return
        self._timer.stop()
        finish, self._finish = self._finish, None
        if finish is None:
            return
        if not settled:
            log.warning("restart: the old session's work did not end in time, it is left behind")
        finish(None if settled else time.monotonic() + LEAVE_BEHIND_SECONDS)


class Restarts:
    """A face's restarts on new settings: one at a time; one asked for during it is kept and follows it.

    `restart` is the face's own (it reads the settings in force and calls `begin`); `wait` the seconds a
    restart lets the old session's calls end (a test shortens it).
    """

    def __init__(self, parent: QObject, restart: Callable[[], None]) -> None:
        self.wait = RESTART_WAIT_SECONDS
        self._parent = parent
        self._restart = restart
        self._handover: Handover | None = None

    def asked_again(self) -> bool:
        """True if a restart is under way: this request is kept for after it (on the settings in force then)."""
        if self._handover is None:
            return False
        self._handover.again = True
        return True

    def begin(self, old: Closing, backend: Backend, open_new: Callable[[float | None], None]) -> None:
        """Wind `old` down; then `open_new(deadline)` closes it by `deadline` and opens the session on `backend`."""

        def finish(deadline: float | None) -> None:
            again = self._handover is not None and self._handover.again
            self._handover = None
            open_new(deadline)
            if again:
                QTimer.singleShot(0, self._restart)

        self._handover = Handover(old, backend, finish, limit=self.wait, parent=self._parent)

    def cancel(self) -> None:
        """Stopping during a restart: the new session is never opened (the stop closes the old one)."""
        if self._handover is not None:
            self._handover.cancel()
            self._handover = None
