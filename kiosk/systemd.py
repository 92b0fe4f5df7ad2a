"""Tells the service manager (systemd) how the app is doing: ready, stopping, still alive (the watchdog), a status line.

The sd_notify protocol, as systemd documents it (sd_notify(3), systemd.service(5)): newline-separated
VARIABLE=value lines in one datagram on the AF_UNIX socket named by $NOTIFY_SOCKET, a file-system path
or, when it starts with "@", a name in Linux's abstract namespace. $WATCHDOG_USEC asks for a "WATCHDOG=1"
at least that often (in microseconds); $WATCHDOG_PID, when set, says which process it asks.

Without $NOTIFY_SOCKET (not started by systemd, or by a unit that is not Type=notify) nothing is sent.
A socket that cannot be reached never raises into the app: it is logged once and the app goes on.
No Qt here: the faces pet the watchdog from their event loop (kiosk.ui.service_manager).
"""

from __future__ import annotations

import errno
import logging
import os
import socket
from collections.abc import Mapping

__all__ = ["Notifier"]

log = logging.getLogger("kiosk.app")


class Notifier:
    """The notification socket named by `environ` (the process's environment by default); `enabled` if there is one."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        self._environ = env
        self.address = _address(env.get("NOTIFY_SOCKET", ""))
        self._failing = False

    @property
    def enabled(self) -> bool:
        return self.address is not None

    def notify(self, *fields: str) -> bool:
        """Send `fields` ("READY=1", "STATUS=...") in one datagram; True if it went. Never raises, never blocks."""
        if self.address is None or not fields:
            return False
        message = "\n".join(fields).encode("utf-8")
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                # MSG_DONTWAIT: a service manager too busy to read its queue must not stall the GUI thread.
                sock.sendto(message, socket.MSG_DONTWAIT, self.address)
        except OSError as exc:
            if not self._failing:
                log.warning("systemd's notification socket does not take messages (%s): the app goes on without it",
                            errno.errorcode.get(exc.errno or 0, type(exc).__name__))
            self._failing = True
            return False
        if self._failing:
            log.info("systemd's notification socket takes messages again")
            self._failing = False
        return True

    def ready(self, status: str = "") -> bool:
        """READY=1: the app has started and serves; with its `status` line in the same message."""
        return self.notify("READY=1", *_status(status))

    def stopping(self, status: str = "") -> bool:
        """STOPPING=1: the app stops on purpose (not a crash)."""
        return self.notify("STOPPING=1", *_status(status))

    def watchdog(self) -> bool:
        """WATCHDOG=1: the app is alive."""
        return self.notify("WATCHDOG=1")

    def status(self, text: str) -> bool:
        """The one line `systemctl status` shows (for admins: English, and never a customer's data)."""
        return self.notify(*_status(text))

    def watchdog_interval(self) -> float | None:
        """Seconds within which systemd wants a "WATCHDOG=1" from this process, or None when it wants none.

        None without a notification socket, without a positive $WATCHDOG_USEC, or when $WATCHDOG_PID
        names another process (under `cage`, its main process: the unit then unsets $WATCHDOG_PID).
        """
        if self.address is None:
            return None
        try:
            usec = int(self._environ.get("WATCHDOG_USEC", "0"))
        except ValueError:
            log.warning("WATCHDOG_USEC is not a number: no watchdog")
            return None
        if usec <= 0:
            return None
        pid = self._environ.get("WATCHDOG_PID", "")
        if pid:
            try:
                for_us = int(pid) == os.getpid()
            except ValueError:
                log.warning("WATCHDOG_PID is not a process id: no watchdog")
                return None
            if not for_us:
                log.info("systemd's watchdog is for process %s, not this one (%d): not petted from here",
                         pid, os.getpid())
                return None
        return usec / 1_000_000


def _status(text: str) -> list[str]:
    """The STATUS= field for `text` on one line, or none for no text."""
    line = " ".join(text.split())
    return ["STATUS=" + line] if line else []


def _address(value: str) -> str | bytes | None:
    """The socket address $NOTIFY_SOCKET names, or None when it names none this code can use."""
    if not value:
        return None
    if value.startswith("@"):
        return b"\0" + os.fsencode(value[1:])  # the abstract namespace: a leading NUL byte, no file
    if value.startswith("/"):
        return value
    # Newer systemd also hands out "vsock:CID:PORT" (for virtual machines): not a kiosk's case.
    log.warning("NOTIFY_SOCKET is neither a path nor an abstract name: systemd is not told how the app is doing")
    return None

