"""Starts the Qt application on a backend and runs it until the window closes."""

from __future__ import annotations

import logging
import signal
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.api import LoyaltyClient
from kiosk.app import Backend
from kiosk.services.customers import CustomerService
from kiosk.services.tasks import TaskRunner
from kiosk.ui.lookup_screen import LookupWindow

__all__ = ["run_app", "build_window"]

log = logging.getLogger("kiosk.ui")


def demo_banner(backend: Backend) -> str:
    if not backend.demo:
        return ""
    first = backend.demo["cards"][0]
    return f"Demo mode on the built-in sandbox. Try card {first['card']}."


def build_window(backend: Backend, client: LoyaltyClient, runner: TaskRunner) -> LookupWindow:
    customers = CustomerService(client, runner, phone_region=backend.settings.phone_region)
    window = LookupWindow(customers, language=backend.settings.language, banner=demo_banner(backend))
    customers.setParent(window)
    return window


def run_app(backend: Backend) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("kiosk")
    client = backend.client()
    runner = TaskRunner()
    try:
        window = build_window(backend, client, runner)
        window.show()
        _quit_on_signals(app)
        log.info("ready for scan at %s", backend.settings.api_url)
        return app.exec()
    finally:
        runner.wait()
        client.close()
        log.info("stopped")


def _quit_on_signals(app: QApplication) -> None:
    """Close cleanly on SIGTERM/SIGINT (a service manager stopping the till, or Ctrl+C)."""
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: app.quit())
    # Python runs signal handlers only between bytecodes; an idle timer gives it the chance
    # while Qt's event loop is waiting.
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)
