"""Keeps systemd told from Qt's event loop: READY=1 once a face serves, WATCHDOG=1 while the loop turns, STOPPING=1.

The watchdog is petted by a QTimer on the GUI thread, not by a thread of its own: a loop that hangs
(a call that never returns, a deadlock) stops the pets, and systemd restarts the app. Outside systemd
(no $NOTIFY_SOCKET) nothing here does anything.
"""

from __future__ import annotations

import faulthandler
import logging
import sys

from PySide6.QtCore import QObject, QTimer

from kiosk.systemd import Notifier

__all__ = ["ServiceManagerLink", "STATUS_READY", "STATUS_STOPPING"]

log = logging.getLogger("kiosk.ui")

# The line `systemctl status` shows: for the shop's admin, in English like the log, never a customer's data.
#: Each face's, once it serves.
STATUS_READY = {"counter": "Ready for scan", "kiosk": "Ready for a customer"}
STATUS_STOPPING = "Stopping"


class ServiceManagerLink(QObject):
    """From its making to `stopping()`, pets systemd's watchdog (if the unit has one) at half its interval."""

    def __init__(self, parent: QObject, notifier: Notifier | None = None) -> None:
        super().__init__(parent)
        self.notifier = notifier or Notifier()
        self._ready = False
        self._pets = QTimer(self)
        self._pets.timeout.connect(self.notifier.watchdog)
        interval = self.notifier.watchdog_interval()
        if interval is None:
            return
        self._pets.start(max(1, round(interval * 1000 / 2)))
        if sys.stderr is not None:
            # systemd ends a hung app with SIGABRT (WatchdogSignal=): each thread's stack then goes to the journal.
            try:
                faulthandler.enable(sys.stderr, all_threads=True)
            except (OSError, ValueError):  # a stderr with no file descriptor: no stacks, the restart still comes
                pass
        log.info("systemd's watchdog: %.1f s, petted every %.1f s from the event loop", interval, interval / 2)

    def ready(self, status: str) -> None:
        """The face serves: READY=1 the first time (a restart on new settings only says its status again)."""
        if self._ready:
            self.notifier.status(status)
        else:
            self._ready = True
            self.notifier.ready(status)

    def stopping(self) -> None:
        """The app stops on purpose: no more pets, and systemd is told it is no crash."""
        self._pets.stop()
        self.notifier.stopping(STATUS_STOPPING)
