"""SIGTERM and SIGINT stop the counter at any moment, through Qt's event loop, and are never lost.

Python runs a signal handler only when the interpreter gets control, and Qt's event loop, in
C++, does not give it. So the C-level handler also writes the signal's number into a socket
(`signal.set_wakeup_fd`), and a QSocketNotifier on the other end wakes the loop, which then
ends it. A signal that came before the loop ran is still in the socket when it starts: it is
acted on then, because `QCoreApplication.quit()` called before `exec()` does nothing in Qt 6
(that is how a SIGTERM right after "ready for scan" once left the counter running).
"""

from __future__ import annotations

import logging
import signal
import socket
from types import FrameType

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QThread, QTimer

__all__ = ["StopOnSignals", "STOP_SIGNALS"]

log = logging.getLogger("kiosk.ui")

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
# While the loop is not running yet (or between a processEvents() of the start), look again this often.
_RETRY_MS = 20


class StopOnSignals(QObject):
    """From `install()` to `uninstall()`, SIGTERM and SIGINT end the event loop, and any modal loop in it, with 0.

    `received` is the signal that asked for the stop, if any.
    """

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self.received: signal.Signals | None = None
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        self._previous: dict[signal.Signals, object] = {}
        self._previous_fd = -1
        self._installed = False

    def install(self) -> None:
        """Take the signals now (main thread only); a signal from here on is acted on once the loop runs."""
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        for signum in STOP_SIGNALS:
            self._previous[signum] = signal.signal(signum, self._handle)
        self._installed = True
        # Posted now, delivered by the loop's first round: catches a signal taken before it ran.
        QTimer.singleShot(0, self._act)

    def uninstall(self) -> None:
        """Give the signals back as they were, and stop listening."""
        if not self._installed:
            return
        self._installed = False
        for signum, previous in self._previous.items():
            signal.signal(signum, previous)  # type: ignore[arg-type]
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()

    def _handle(self, signum: int, _frame: FrameType | None) -> None:
        # Runs whenever Python next gets control; the socket has already woken the loop.
        if self.received is None:
            self.received = signal.Signals(signum)

    def _woken(self) -> None:
        try:
            data = self._reader.recv(64)
        except (BlockingIOError, OSError):
            data = b""
        for byte in data:
            if self.received is None and byte in {int(s) for s in STOP_SIGNALS}:
                self.received = signal.Signals(byte)
        self._act()

    def _act(self) -> None:
        if self.received is None or not self._installed:
            return
        if QThread.currentThread().loopLevel() == 0:
            # Not in exec() yet (a processEvents() during the start): exit() would be lost now.
            QTimer.singleShot(_RETRY_MS, self._act)
            return
        log.info("stopping on %s", self.received.name)
        # exit(), not quit(): it ends every running loop, a modal dialog's too, and no window can refuse it.
        self._app.exit(0)
