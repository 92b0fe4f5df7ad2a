"""One backend's worth of the self-service kiosk: the client, the services, the window and the face, opened
together, started after the first paint, and closed (or wound down for a restart) together."""

from __future__ import annotations

import dataclasses
import time
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from kiosk.app import Backend
from kiosk.paths import Paths
from kiosk.services.context import ServiceContext
from kiosk.services.counter import CounterService
from kiosk.services.sync import SyncService
from kiosk.ui.kiosk.face import KioskFace
from kiosk.ui.kiosk.guard import CursorForMice
from kiosk.ui.kiosk.window import KioskWindow
from kiosk.ui.starting import open_core

if TYPE_CHECKING:
    from kiosk.api import LoyaltyClient  # httpx: made after the first paint, not imported at start

__all__ = ["KioskSession"]


@dataclasses.dataclass
class KioskSession:
    """One backend's worth of the kiosk: client, context, sync, services, window and face."""

    backend: Backend
    client: LoyaltyClient
    ctx: ServiceContext
    sync: SyncService
    counter: CounterService
    window: KioskWindow
    face: KioskFace
    cursor: CursorForMice | None = None

    _started: bool = dataclasses.field(default=False, init=False)
    _closed: bool = dataclasses.field(default=False, init=False)

    @classmethod
    def open(cls, backend: Backend, paths: Paths, *, start: bool = True, dpi: float | None = None) -> KioskSession:
        settings = backend.settings
        core = open_core(backend, paths, start=start)
        client, ctx, sync, counter = core.client, core.ctx, core.sync, core.counter
        window = KioskWindow(language=settings.language, dpi=dpi)
        face = KioskFace(ctx, sync, counter, window, on_sandbox=backend.demo is not None)
        session = cls(backend, client, ctx, sync, counter, window, face)
        if start:
            session.start()
        return session

    def start(self) -> None:
        if self._started or self._closed:
            return
        self._started = True
        self.counter.start()
        self.sync.start()
        self.face.probe()

    def begin_close(self) -> None:
        """A restart begins: no more questions to the server nor screens to answer; the sync worker stops after its
        call. The lock-down stays on until the new session's window has taken over."""
        self._closed = True  # a start still to come (after the first paint) does nothing now
        self.face.stop()
        self.window.setEnabled(False)
        self.sync.request_stop()

    @property
    def settled(self) -> bool:
        """Nothing of this session runs any more: its sync thread has ended and every job's answer is in."""
        return not self.sync.running and self.ctx.idle

    def close(self, deadline: float | None = None) -> bool:
        self._closed = True
        self.face.lockdown.on = False
        self.face.stop()
        if self.cursor is not None:
            self.cursor.stop()
        self.face.end_visit()
        self.window.close()
        if not self.backend.serving:
            self.backend.close()
        share = (lambda part: max(0.0, (deadline - time.monotonic()) * part)) if deadline is not None else None
        stopped = self.sync.stop(timeout=None if share is None else share(0.5))
        stopped = self.ctx.close(within=None if share is None else share(1.0)) and stopped
        QApplication.processEvents()
        self.client.close()
        self.window.deleteLater()
        return stopped

