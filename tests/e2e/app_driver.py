"""Runs the real `kiosk` app (its own main()) and acts on it from outside, for the SIGTERM tests.

    python tests/e2e/app_driver.py settings|queue --basedir DIR
        once the counter is up, presses that function key as staff would, and prints
        "dialog open: <ClassName>" on stdout once the dialog shows;
    python tests/e2e/app_driver.py signal-before-loop --basedir DIR
        the process gets SIGTERM after the counter is built, just before Qt's event loop runs
        (the moment right after "ready for scan"), every time rather than once in a while.

Nothing here is a hook in the app: this script stands in for the person at the keyboard
(as pytest-qt does) and for a service manager's timing.
"""

from __future__ import annotations

import os
import signal
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from kiosk.__main__ import main


def signal_before_loop(argv: list[str]) -> int:
    run_loop = QApplication.exec

    def signalled_first(*_: object) -> int:
        os.kill(os.getpid(), signal.SIGTERM)
        print("SIGTERM sent before the event loop", flush=True)
        return run_loop()

    QApplication.exec = signalled_first  # type: ignore[method-assign]
    return main(argv)


def drive(action: str, argv: list[str]) -> int:
    if action == "signal-before-loop":
        return signal_before_loop(argv)
    app = QApplication(sys.argv[:1])  # the app's run_app() takes this one

    def press() -> None:
        from kiosk.ui.counter import CounterWindow

        for widget in app.topLevelWidgets():
            if isinstance(widget, CounterWindow) and widget.isVisible():
                key = widget.actions_by_name[action]
                if key.isEnabled():
                    looking.stop()
                    watching.start(20)
                    # From a fresh timer: the settings key blocks in a modal loop until the dialog closes.
                    QTimer.singleShot(0, key.trigger)
                return

    def shown() -> None:
        for widget in app.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                watching.stop()
                print(f"dialog open: {type(widget).__name__}", flush=True)
                return

    looking, watching = QTimer(), QTimer()
    looking.timeout.connect(press)
    watching.timeout.connect(shown)
    looking.start(50)
    return main(argv)


if __name__ == "__main__":
    sys.exit(drive(sys.argv[1], sys.argv[2:]))
