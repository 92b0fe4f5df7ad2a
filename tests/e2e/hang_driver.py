"""Runs the real `kiosk` app (its own main()) and hangs its event loop on demand, for the watchdog test.

    python tests/e2e/hang_driver.py TRIGGER SECONDS [kiosk arguments...]

Once the file TRIGGER exists, the GUI thread sleeps SECONDS inside a timer's slot, as an app stuck
in a call that does not return would. Just before and just after, it tells the notification socket
($NOTIFY_SOCKET) "X_KIOSK_TEST_HANG=begin" and "=end" (sd_notify(3) leaves X_ names to applications),
so the test sees in one ordered stream which pets came while the loop hung.

Nothing here is a hook in the app: the fault is injected from outside, as tests/e2e/app_driver.py does.
"""

from __future__ import annotations

import os
import socket
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

# The kiosk of this checkout (run as a script, this folder is first on sys.path, not the checkout).
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kiosk.__main__ import main  # noqa: E402 - after the checkout is on the path


def _tell(line: str) -> None:
    address = os.environ["NOTIFY_SOCKET"]
    target = b"\0" + address[1:].encode() if address.startswith("@") else address
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.sendto(line.encode(), target)


def hang_on_trigger(trigger: Path, seconds: float, argv: list[str]) -> int:
    app = QApplication(sys.argv[:1])  # the app's run_app() takes this one
    watch = QTimer(app)

    def look() -> None:
        if not trigger.exists():
            return
        watch.stop()
        _tell("X_KIOSK_TEST_HANG=begin")
        time.sleep(seconds)
        _tell("X_KIOSK_TEST_HANG=end")

    watch.timeout.connect(look)
    watch.start(50)
    return main(argv)


if __name__ == "__main__":
    sys.exit(hang_on_trigger(Path(sys.argv[1]), float(sys.argv[2]), sys.argv[3:]))
