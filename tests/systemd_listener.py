"""systemd's end of the sd_notify protocol for tests: a real AF_UNIX datagram socket that records what it is told."""

from __future__ import annotations

import os
import socket
import subprocess
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from tests.helpers import wait_until

__all__ = ["NotifyListener"]


class NotifyListener:
    """Listens at a file-system path or, with `path=None`, at a fresh abstract name; `.address` is $NOTIFY_SOCKET.

    Each datagram is kept whole with the time it came (time.monotonic()), in order.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.address = str(path) if path is not None else f"@kiosk-test-{uuid.uuid4().hex}"
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._socket.bind(b"\0" + self.address[1:].encode() if path is None else str(path))
        self._socket.settimeout(0.1)
        self._received: list[tuple[float, str]] = []
        self._lock = threading.Lock()
        self._open = True
        self._thread = threading.Thread(target=self._listen, name="notify-listener", daemon=True)
        self._thread.start()

    def _listen(self) -> None:
        while self._open:
            try:
                data = self._socket.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self._received.append((time.monotonic(), data.decode()))

    @property
    def received(self) -> list[tuple[float, str]]:
        with self._lock:
            return list(self._received)

    @property
    def messages(self) -> list[str]:
        return [message for _, message in self.received]

    def lines(self) -> list[str]:
        """Every VARIABLE=value line told so far, in order."""
        return [line for message in self.messages for line in message.split("\n")]

    def wait_for(
        self, line: str, *, count: int = 1, within: float = 60.0, process: subprocess.Popen[Any] | None = None
    ) -> None:
        """Until `line` (e.g. "READY=1") has been told `count` times; fails if `process` exits first."""
        wait_until(lambda: self.lines().count(line) >= count, within=within,
                   what=f"{count} × {line} on the notification socket", process=process)

    def env(self, **more: str) -> dict[str, str]:
        """The variables systemd gives a Type=notify service: $NOTIFY_SOCKET, and `more` (WATCHDOG_USEC=...)."""
        return {"NOTIFY_SOCKET": self.address, **more}

    def close(self) -> None:
        self._open = False
        self._thread.join(timeout=5)
        self._socket.close()
        if not self.address.startswith("@"):
            try:
                os.unlink(self.address)
            except FileNotFoundError:
                pass
