"""Starts the counter on a backend: context, sync, window and status bar; rebuilds them when the settings change."""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.api import LoyaltyClient
from kiosk.app import Backend, open_backend
from kiosk.domain.errors import KioskError, Notice, Why
from kiosk.logs import RedactionFilter
from kiosk.paths import Paths
from kiosk.services.context import ServiceContext
from kiosk.core.terminal import CardAnswer
from kiosk.services.counter import CounterService
from kiosk.services.redeem import RedeemService
from kiosk.services.enrolment import EnrolmentService
from kiosk.services.sync import SyncService
from kiosk.settings import SETTINGS, Settings
from kiosk.sync.connectivity import ConnectivityState
from kiosk.ui import words
from kiosk.ui.counter import CounterWindow
from kiosk.ui.enrol_wizard import EnrolWizard
from kiosk.ui.manager_pin import ask_manager_pin
from kiosk.ui.pin_dialog import CustomerPinDialog
from kiosk.ui.queue_dialog import QueueDialog
from kiosk.ui.redeem_dialog import RedeemDialog
from kiosk.ui.settings_dialog import SettingsDialog
from kiosk.ui.status import ConnectivityIndicator
from kiosk.ui.stopping import StopOnSignals

__all__ = ["run_app", "CounterSession", "CounterApp", "demo_banner"]

log = logging.getLogger("kiosk.ui")


def demo_banner(backend: Backend) -> str:
    if not backend.demo:
        return ""
    first = backend.demo["cards"][0]
    return f"Demo mode on the built-in sandbox. Try card {first['card']}."


@dataclasses.dataclass
class CounterSession:
    """One backend's worth of the counter: client, context, sync, counter and enrolment services, and window."""

    backend: Backend
    client: LoyaltyClient
    ctx: ServiceContext
    sync: SyncService
    service: CounterService
    window: CounterWindow
    indicator: ConnectivityIndicator
    enrolment: EnrolmentService
    redeem: RedeemService

    @classmethod
    def open(cls, backend: Backend, paths: Paths) -> CounterSession:
        settings = backend.settings
        client = backend.client()
        ctx = ServiceContext.create(settings, paths, client)
        sync = SyncService(ctx)
        service = CounterService(ctx, on_saved=sync.wake)
        window = CounterWindow(
            service, language=settings.language, idle_seconds=settings.idle_timeout, banner=demo_banner(backend)
        )
        indicator = ConnectivityIndicator()
        window.statusBar().addPermanentWidget(indicator)
        sync.changed.connect(indicator.show_connectivity)
        sync.changed.connect(service.sync_changed)
        enrolment = EnrolmentService(ctx)
        service.campaign_ready.connect(enrolment.set_campaign)
        redeem = RedeemService(ctx, service)
        redeem.redeemed.connect(window.show_redeemed)
        session = cls(backend, client, ctx, sync, service, window, indicator, enrolment, redeem)
        window.redeem_requested.connect(session.open_redeem)
        window.pin_requested.connect(session.open_pin)
        indicator.clicked.connect(session.open_queue)
        window.queue_requested.connect(session.open_queue)
        window.enrol_requested.connect(session.open_enrolment)
        service.start()
        sync.start()
        return session

    def open_queue(self) -> QueueDialog:
        dialog = QueueDialog(self.sync, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_redeem(self, card: CardAnswer) -> RedeemDialog:
        """The redemption over the counter; with the server unreachable, a manager may approve it where allowed."""
        settings = self.ctx.settings

        def approve(reason: str) -> bool:
            return ask_manager_pin(self.window, self.ctx, reason=reason)

        dialog = RedeemDialog(
            self.redeem, self.service, card, self.window.campaign, QLocale(settings.language),
            online=lambda: self.sync.current.state is ConnectivityState.ONLINE,
            approve=approve, scrambled=settings.pin_pad_scrambled, parent=self.window,
        )
        dialog.reset_requested.connect(lambda number: self.open_pin(number, reset=True))
        self.window.open_dialog(dialog)
        return dialog

    def open_pin(self, card: str, reset: bool = False) -> CustomerPinDialog:
        """Change the customer's PIN, or reset it with a one-time code."""
        dialog = CustomerPinDialog(
            self.redeem, card, self.window.campaign, reset=reset,
            scrambled=self.ctx.settings.pin_pad_scrambled, parent=self.window,
        )
        dialog.pin_changed.connect(lambda card: self.window.say(f"The PIN of card {card} was changed.", "ok"))
        dialog.pin_reset.connect(lambda card: self.window.say(f"Card {card} has a new PIN.", "ok"))
        self.window.open_dialog(dialog)
        return dialog

    def open_enrolment(self, text: str = "") -> EnrolWizard:
        """The enrolment wizard over the counter, starting from what was looked up; at its end the counter shows the card."""
        settings = self.ctx.settings
        wizard = EnrolWizard(
            self.enrolment, text, language=settings.language, scrambled=settings.pin_pad_scrambled, parent=self.window
        )
        wizard.show_customer.connect(self.window.show_customer)
        wizard.reset_pin.connect(lambda card: self.open_pin(card, reset=True))
        self.window.open_dialog(wizard)
        return wizard

    def close(self, deadline: float | None = None) -> bool:
        """Stop the sync, wait for running work, close the store and the client (the caller closes the backend).

        With a `deadline` (time.monotonic()), wait for threads no longer than that: a call to a slow
        server is left behind (the outbox settles it on the next start). True if every thread stopped.
        """
        self.window.close()
        stopped = self.sync.stop(timeout=None if deadline is None else _share(deadline, 0.5))
        stopped = self.ctx.close(within=None if deadline is None else _share(deadline, 1.0)) and stopped
        # Deliver the close's own result now: a runner freed with a result still queued crashes Qt.
        QApplication.processEvents()
        self.client.close()
        self.window.deleteLater()
        return stopped


def _share(deadline: float, part: float) -> float:
    """Seconds to give one step of a stop: `part` of the time left before `deadline`."""
    return max(0.0, (deadline - time.monotonic()) * part)


def _flags_of(settings: Settings) -> dict[str, object]:
    """The values given as flags at start: they stay stronger than the file after a restart too."""
    return {s.name: getattr(settings, s.name) for s in SETTINGS if settings.source(s.name) == "flag"}


class CounterApp(QObject):
    """Runs the counter; after the settings are saved, rebuilds everything in-process on the new settings."""

    def __init__(
        self,
        backend: Backend,
        paths: Paths,
        *,
        reopen: Callable[[Settings, Paths], Backend] = open_backend,
        redaction: RedactionFilter | None = None,
    ) -> None:
        super().__init__()
        self.paths = paths
        self._reopen = reopen
        self._redaction = redaction
        self._flags = _flags_of(backend.settings)
        self.session = self._start(backend)

    def _start(self, backend: Backend) -> CounterSession:
        if self._redaction is not None:
            self._redaction.add_secrets(backend.settings.secrets())
        session = CounterSession.open(backend, self.paths)
        session.window.settings_requested.connect(self.open_settings)
        session.window.show()
        # A till often runs with no window manager to give the window the keyboard: without
        # being active, the F-key shortcuts would not fire although typing reaches the search.
        session.window.activateWindow()
        log.info("ready for scan at %s", backend.settings.api_url)
        return session

    @property
    def window(self) -> CounterWindow:
        return self.session.window

    def open_settings(self) -> None:
        window = self.session.window
        if not ask_manager_pin(window, self.session.ctx, reason="to change the settings"):
            return
        dialog = SettingsDialog(self.session.ctx, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Restart once the dialog has closed and its save is delivered, not inside its signal.
        dialog.saved.connect(lambda _changes: QTimer.singleShot(0, self.restart))
        dialog.open()

    def restart(self) -> None:
        """Apply saved settings now: close this session and its backend, open new ones on the settings in force."""
        log.info("settings changed: restarting the counter")
        try:
            settings = Settings.load(self.paths.config, env=os.environ, flags=self._flags)
            backend = self._reopen(settings, self.paths)
        except KioskError as exc:
            # Keep serving on what works; the saved file is the manager's to fix.
            log.error("the new settings cannot be used: %s", exc.what.value)
            self.session.window.say(
                words.say(Notice(Why.SETTINGS_NOT_USABLE)) + " " + words.say(exc), "problem"
            )
            return
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        # Between the old window closing and the new one showing, no window is open: that must not quit.
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)
        try:
            old = self.session
            old.close()
            old.backend.close()
            self.session = self._start(backend)
        finally:
            app.setQuitOnLastWindowClosed(quits)

    def stop(self) -> None:
        self.session.close()
        self.session.backend.close()


# From SIGTERM to the process's end, systemd waits; the app takes at most this for an orderly stop.
STOP_SECONDS = 3.0


def run_app(backend: Backend, paths: Paths, redaction: RedactionFilter | None = None) -> int:
    """Show the counter until it is closed or stopped (SIGTERM, Ctrl+C); the caller closes `backend`.

    `redaction` is the log filter to teach the secrets of settings loaded after a restart.
    A stop never waits on a thread for longer than STOP_SECONDS: what is still running
    then (a call to a slow server) is left behind, and the process ends at once.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("kiosk")
    counter: CounterApp | None = None
    # Before the counter is built, so a signal during the build or before the loop runs is not lost.
    stops = StopOnSignals(app)
    stops.install()
    code = 0
    stopped = True
    try:
        counter = CounterApp(backend, paths.create(), redaction=redaction)
        code = app.exec()
        return code
    finally:
        deadline = time.monotonic() + STOP_SECONDS
        if counter is not None:
            stopped = counter.session.close(deadline)
            if counter.session.backend is not backend:
                counter.session.backend.close()  # one opened by a restart is ours to close
        stops.uninstall()
        log.info("stopped")
        if not stopped:
            _leave_now(backend, code)


def _leave_now(backend: Backend, code: int) -> None:
    """End the process now: a thread still waits (on a slow server, up to its read timeout), and at
    the interpreter's exit Qt's thread pool would wait for it, well beyond the 5 s a stop may take.

    The store is whole (SQLite commits or rolls back as a unit); an operation caught in
    flight is asked about on the next start, exactly as after a power cut.
    """
    log.warning("work was still running %.0f s after the stop (a call to a slow server?): left behind;"
                " an operation it carried is settled on the next start", STOP_SECONDS)
    backend.close()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
