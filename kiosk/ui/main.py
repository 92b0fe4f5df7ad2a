"""Starts the counter on a backend: context, sync, window and status bar; rebuilds them when the settings change."""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.app import Backend, open_backend
from kiosk.domain.errors import KioskError, Notice, Why
from kiosk.logs import RedactionFilter
from kiosk.paths import Paths, resources_dir
from kiosk.services.context import ServiceContext
from kiosk.services.counter import CounterService
from kiosk.services.redeem import RedeemService
from kiosk.services.sync import SyncService
from kiosk.settings import Settings
from kiosk.sync.connectivity import ConnectivityState
from kiosk.ui import i18n
from kiosk.ui import styles
from kiosk.ui import words
from kiosk.ui.counter import CounterWindow
from kiosk.ui.locale_text import locale_for
from kiosk.ui.service_manager import STATUS_READY, ServiceManagerLink
from kiosk.ui.status import ConnectivityIndicator
from kiosk.ui.starting import (
    AfterFirstPaint,
    Restarts,
    open_core,
    backend_in_force,
    flags_of,
    no_quit_between_windows,
)
from kiosk.ui.stopping import StopOnSignals

# Each dialog is imported when it is first opened, not before the counter can take a scan
# (the enrolment wizard alone is ~20 ms); see tests/unit/test_start_imports.py.
if TYPE_CHECKING:
    from kiosk.api import LoyaltyClient
    from kiosk.core.terminal import CardAnswer
    from kiosk.services.enrolment import EnrolmentService
    from kiosk.ui.card_life_dialog import CardLifeDialog
    from kiosk.ui.common.enrol_wizard import EnrolWizard
    from kiosk.ui.erase_dialog import EraseAccountDialog
    from kiosk.ui.kiosk.app import KioskApp
    from kiosk.ui.pin_dialog import CustomerPinDialog
    from kiosk.ui.queue_dialog import QueueDialog
    from kiosk.ui.redeem_dialog import RedeemDialog
    from kiosk.ui.voucher_dialog import VoucherDialog

__all__ = ["run_app", "CounterSession", "CounterApp", "demo_banner"]

log = logging.getLogger("kiosk.ui")


def demo_banner(backend: Backend) -> str:
    if not backend.demo:
        return ""
    first = backend.demo["cards"][0]
    return QCoreApplication.translate("CounterApp", "Demo mode on the built-in sandbox. Try card {card}.").format(
        card=first["card"]
    )


@dataclasses.dataclass
class CounterSession:
    """One backend's worth of the counter: client, context, sync, counter and enrolment services, and window.

    The enrolment service (with the onboarding machine, ~10 ms to import) is made on first use.
    """

    backend: Backend
    client: LoyaltyClient
    ctx: ServiceContext
    sync: SyncService
    service: CounterService
    window: CounterWindow
    indicator: ConnectivityIndicator
    redeem: RedeemService

    _enrolment: EnrolmentService | None = dataclasses.field(default=None, init=False)
    _started: bool = dataclasses.field(default=False, init=False)
    _closed: bool = dataclasses.field(default=False, init=False)

    @classmethod
    def open(cls, backend: Backend, paths: Paths, *, start: bool = True) -> CounterSession:
        """Build the session; with `start=False` its services wait for `start()` (the counter calls it after
        its first paint), and the loyalty client is made on first use."""
        settings = backend.settings
        core = open_core(backend, paths, start=start)
        client, ctx, sync, service = core.client, core.ctx, core.sync, core.counter
        window = CounterWindow(
            service, language=settings.language, idle_seconds=settings.idle_timeout, banner=demo_banner(backend)
        )
        indicator = ConnectivityIndicator()
        # Nothing heard yet: "Connecting…" until a call is answered or fails.
        indicator.show_connectivity(sync.current)
        window.statusBar().addPermanentWidget(indicator)
        sync.changed.connect(indicator.show_connectivity)
        sync.changed.connect(service.sync_changed)
        redeem = RedeemService(ctx, service)
        session = cls(backend, client, ctx, sync, service, window, indicator, redeem)
        window.redeem_requested.connect(session.open_redeem)
        window.pin_requested.connect(session.open_pin)
        window.card_life_requested.connect(session.open_card_life)
        window.erase_requested.connect(session.open_erase)
        window.voucher_requested.connect(session.open_voucher)
        indicator.clicked.connect(session.open_queue)
        window.queue_requested.connect(session.open_queue)
        window.enrol_requested.connect(session.open_enrolment)
        if start:
            session.start()
        return session

    def start(self) -> None:
        """Start the services (the campaign is fetched, the sync worker drains the outbox) and the window's
        watch over keys typed away from the search field. Once only."""
        if self._started or self._closed:
            return
        self._started = True
        self.window.listen()
        self.service.start()
        self.sync.start()

    @property
    def enrolment(self) -> EnrolmentService:
        """The enrolment service, made on first use with the campaign the counter has (and each one it gets later)."""
        if self._enrolment is None:
            from kiosk.services.enrolment import EnrolmentService

            self._enrolment = EnrolmentService(self.ctx, campaign=self.window.campaign)
            self.service.campaign_ready.connect(self._enrolment.set_campaign)
        return self._enrolment

    def open_queue(self) -> QueueDialog:
        from kiosk.ui.queue_dialog import QueueDialog

        dialog = QueueDialog(self.sync, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_redeem(self, card: CardAnswer) -> RedeemDialog:
        """The redemption over the counter; with the server unreachable, a manager may approve it where allowed."""
        from kiosk.ui.manager_pin import ask_manager_pin
        from kiosk.ui.redeem_dialog import RedeemDialog

        settings = self.ctx.settings

        def approve(reason: str) -> bool:
            return ask_manager_pin(self.window, self.ctx, reason=reason)

        dialog = RedeemDialog(
            self.redeem, self.service, card, self.window.campaign, locale_for(settings.language),
            online=lambda: self.sync.current.state is ConnectivityState.ONLINE,
            approve=approve, scrambled=settings.pin_pad_scrambled, parent=self.window,
        )
        dialog.reset_requested.connect(lambda number: self.open_pin(number, reset=True))
        dialog.redeemed.connect(self.window.show_redeemed)
        dialog.saved.connect(self.window.show_saved)
        self.window.open_dialog(dialog)
        return dialog

    def open_pin(self, card: str, reset: bool = False) -> CustomerPinDialog:
        """Change the customer's PIN, or reset it with a one-time code."""
        from kiosk.ui.pin_dialog import CustomerPinDialog

        dialog = CustomerPinDialog(
            self.redeem, card, self.window.campaign, reset=reset,
            scrambled=self.ctx.settings.pin_pad_scrambled, parent=self.window,
        )
        changed_words = QCoreApplication.translate("CounterSession", "The PIN of card {card} was changed.")
        reset_words = QCoreApplication.translate("CounterSession", "Card {card} has a new PIN.")
        dialog.pin_changed.connect(lambda card: self.window.say(changed_words.format(card=card), "ok"))
        dialog.pin_reset.connect(lambda card: self.window.say(reset_words.format(card=card), "ok"))
        self.window.open_dialog(dialog)
        return dialog

    def open_card_life(self, card: CardAnswer) -> CardLifeDialog:
        """Block a lost card, unblock a found one, or move the customer to a new card; the manager PIN first."""
        from kiosk.ui.card_life_dialog import CardLifeDialog
        from kiosk.ui.manager_pin import ask_manager_pin

        def approve(reason: str) -> bool:
            return ask_manager_pin(self.window, self.ctx, reason=reason)

        dialog = CardLifeDialog(self.service, card, approve=approve, parent=self.window)
        dialog.changed.connect(self.window.show_customer)
        self.window.open_dialog(dialog)
        return dialog

    def open_erase(self, card: CardAnswer) -> EraseAccountDialog:
        """The customer on screen erases their account: their PIN on the pad confirms it; then the panel clears."""
        from kiosk.ui.erase_dialog import EraseAccountDialog

        dialog = EraseAccountDialog(
            self.service, card.card, self.window.campaign, scrambled=self.ctx.settings.pin_pad_scrambled,
            parent=self.window,
        )
        dialog.erased.connect(self.window.customer_erased)
        self.window.open_dialog(dialog)
        return dialog

    def open_voucher(self) -> VoucherDialog:
        """Check a voucher and take it against a receipt, online; the counter says what was taken."""
        from kiosk.ui.voucher_dialog import VoucherDialog

        dialog = VoucherDialog(self.service, locale_for(self.ctx.settings.language), parent=self.window)
        used_words = QCoreApplication.translate("CounterSession", "Voucher {code} used against receipt {receipt}.")
        dialog.used.connect(
            lambda use: self.window.say(used_words.format(code=use.code, receipt=use.receipt), "ok")
        )
        self.window.open_dialog(dialog)
        return dialog

    def open_enrolment(self, text: str = "") -> EnrolWizard:
        """The enrolment wizard over the counter, starting from what was looked up; at its end the counter shows the card."""
        from kiosk.ui.common.enrol_wizard import EnrolWizard

        settings = self.ctx.settings
        wizard = EnrolWizard(
            self.enrolment, text, language=settings.language, scrambled=settings.pin_pad_scrambled, parent=self.window
        )
        wizard.show_customer.connect(self.window.show_customer)
        wizard.reset_pin.connect(lambda card: self.open_pin(card, reset=True))
        self.window.open_dialog(wizard)
        return wizard

    def begin_close(self) -> None:
        """A restart begins: the window takes no more input and says why; the sync worker finishes its call and stops."""
        self._closed = True  # a start still to come (after the first paint) does nothing now
        self.window.say(QCoreApplication.translate("CounterSession", "Applying the new settings…"))
        self.window.setEnabled(False)
        self.sync.request_stop()

    @property
    def settled(self) -> bool:
        """Nothing of this session runs any more: its sync thread has ended and every job's answer is in."""
        return not self.sync.running and self.ctx.idle

    def close(self, deadline: float | None = None) -> bool:
        """Stop the sync, wait for running work, close the store and the client (the caller closes the backend).

        With a `deadline` (time.monotonic()), wait for threads no longer than that: a call to a slow
        server is left behind (the outbox settles it on the next start). True if every thread stopped.
        """
        self._closed = True
        self.window.close()
        if not self.backend.serving:
            # Its sandbox is still starting: stopped now, the calls waiting for it fail at once
            # (they are left for the outbox as offline) instead of holding the stop to their timeout.
            self.backend.close()
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


class CounterApp(QObject):
    """Runs the counter; after the settings are saved, rebuilds everything in-process on the new settings."""

    #: From the embedded sandbox's thread: that Backend serves now (True), or could not start (False).
    backend_ready = Signal(object, bool)

    def __init__(
        self,
        backend: Backend,
        paths: Paths,
        *,
        reopen: Callable[[Settings, Paths], Backend] | None = None,
        redaction: RedactionFilter | None = None,
    ) -> None:
        super().__init__()
        self.paths = paths
        # A new embedded sandbox starts after the new window's first paint, once the old one has stopped.
        self._reopen = reopen or (lambda settings, paths: open_backend(settings, paths, wait=False))
        self._redaction = redaction
        self._flags = flags_of(backend.settings)
        self.backend_ready.connect(self._backend_ready)
        self.restarts = Restarts(self, self.restart)
        self.session = self._start(backend)
        # "system": the counter follows the desktop from light to dark and back while it runs.
        QApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)
        self._following_scheme = True
        self._stopped = False

    def _start(self, backend: Backend) -> CounterSession:
        if self._redaction is not None:
            self._redaction.add_secrets(backend.settings.secrets())
        # Before the window is made: its words and numbers are in the language in force (after a restart, the new one).
        i18n.install(QApplication.instance(), backend.settings.language)
        # And in the theme in force, which its colours and any dialog's take from the application.
        styles.apply_counter_theme(cast(QApplication, QApplication.instance()), backend.settings.theme)
        session = CounterSession.open(backend, self.paths, start=False)
        session.window.settings_requested.connect(self.open_settings)
        session.window.show()
        # A till often runs with no window manager to give the window the keyboard: without
        # being active, the F-key shortcuts would not fire although typing reaches the search.
        session.window.activateWindow()
        if not backend.serving:
            # The embedded sandbox starts once the window is painted (kiosk.app.EmbeddedSandbox); until it
            # serves, a scan is answered from the store and its call to the server waits for it.
            session.indicator.set_connecting(True)

        def after_first_paint() -> None:
            backend.start(lambda serving: self.backend_ready.emit(backend, serving))
            session.start()

        AfterFirstPaint(session.window, after_first_paint)
        log.info("ready for scan at %s", backend.settings.api_url)
        return session

    def _backend_ready(self, backend: Backend, serving: bool) -> None:
        """The embedded sandbox serves (or could not start: then the link says offline as it finds out)."""
        if backend is not self.session.backend:
            return  # one a restart has replaced since
        self.session.indicator.set_connecting(False)
        if serving:
            self.session.sync.wake()

    @property
    def window(self) -> CounterWindow:
        return self.session.window

    def _scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        """The desktop went light or dark: so does the counter, if its theme follows the desktop."""
        if self.session.backend.settings.theme == "system":
            styles.apply_counter_theme(cast(QApplication, QApplication.instance()), "system", scheme)

    def open_settings(self) -> None:
        from kiosk.ui.manager_pin import ask_manager_pin
        from kiosk.ui.settings_dialog import SettingsDialog

        window = self.session.window
        # The reason completes "Type the manager PIN …" (kiosk.ui.manager_pin).
        if not ask_manager_pin(window, self.session.ctx, reason=self.tr("to change the settings")):
            return
        dialog = SettingsDialog(self.session.ctx, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Restart once the dialog has closed and its save is delivered, not inside its signal.
        dialog.saved.connect(lambda _changes: QTimer.singleShot(0, self.restart))
        dialog.open()

    def restart(self) -> None:
        """Apply saved settings now: wind this session down while the screen's loop turns (`Handover`), then
        close it and its backend and open new ones on the settings in force."""
        if self.restarts.asked_again():
            return
        log.info("settings changed: restarting the counter")
        try:
            _settings, backend = backend_in_force(self.paths, self._flags, self._reopen)
        except KioskError as exc:
            # Keep serving on what works; the saved file is the manager's to fix.
            log.error("the new settings cannot be used: %s", exc.what.value)
            self.session.window.say(
                words.say(Notice(Why.SETTINGS_NOT_USABLE)) + " " + words.say(exc), "problem"
            )
            return
        old = self.session
        shown = old.window.panel.card if old.window.stack.currentWidget() is old.window.panel else None

        def finish(deadline: float | None) -> None:
            with no_quit_between_windows():
                old.close(deadline)
                old.backend.close()
                self.session = self._start(backend)
            if shown is not None:
                self.session.window.show_customer(shown.card)  # the customer being served stays on screen

        self.restarts.begin(old, backend, finish)

    def stop(self) -> None:
        """Close the session in force and its backend (once: a second stop does nothing)."""
        if self._stopped:
            return
        self._stopped = True
        if self._following_scheme:
            # A stopped counter no longer follows the desktop's colours (another in this process may: a test's).
            QApplication.styleHints().colorSchemeChanged.disconnect(self._scheme_changed)
            self._following_scheme = False
        self.restarts.cancel()
        self.session.close()
        self.session.backend.close()


# From SIGTERM to the process's end, systemd waits; the app takes at most this for an orderly stop.
STOP_SECONDS = 3.0


def app_icon() -> QIcon:
    """kiosk's icon in every size drawn for it (resources/icons/kiosk-N.png), each read when a window first needs it."""
    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("kiosk-*.png")):
        size = png.stem.rpartition("-")[2]
        if size.isdigit():
            icon.addFile(str(png), QSize(int(size), int(size)))
    return icon


def show_as_installed(app: QApplication, face: str) -> None:
    """The icon of both faces' windows, and the desktop entry they belong to (`kiosk install-desktop`): the
    taskbar and the window switcher show its name and icon, and a Wayland compositor knows the app by it."""
    from kiosk.desktop import desktop_id

    app.setWindowIcon(app_icon())
    app.setDesktopFileName(desktop_id(face))


def run_app(backend: Backend, paths: Paths, redaction: RedactionFilter | None = None) -> int:
    """Show the counter until it is closed or stopped (SIGTERM, Ctrl+C); the caller closes `backend`.

    `redaction` is the log filter to teach the secrets of settings loaded after a restart.
    A stop never waits on a thread for longer than STOP_SECONDS: what is still running
    then (a call to a slow server) is left behind, and the process ends at once.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("kiosk")
    show_as_installed(app, backend.settings.face)
    counter: CounterApp | KioskApp | None = None
    # Before the counter is built, so a signal during the build or before the loop runs is not lost.
    stops = StopOnSignals(app)
    stops.install()
    # Under systemd (Type=notify): READY=1 once the face serves, the watchdog petted while the event loop turns.
    systemd = ServiceManagerLink(app)
    code = 0
    stopped = True
    try:
        if backend.settings.face == "kiosk":
            from kiosk.ui.kiosk.app import KioskApp

            counter = KioskApp(backend, paths.create(), redaction=redaction)
            # Once its first screen is painted and its services run; the embedded sandbox is not waited for.
            counter.serving.connect(lambda: systemd.ready(STATUS_READY["kiosk"]))
        else:
            counter = CounterApp(backend, paths.create(), redaction=redaction)
            systemd.ready(STATUS_READY["counter"])  # as it logs "ready for scan": it takes a scan from now on
        code = app.exec()
        return code
    finally:
        systemd.stopping()
        deadline = time.monotonic() + STOP_SECONDS
        if counter is not None:
            counter.restarts.cancel()
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
