"""Runs the kiosk face: full screen on the primary screen, its sandbox after the first paint, restarts for staff."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.app import Backend, open_backend
from kiosk.domain.errors import KioskError
from kiosk.logs import RedactionFilter
from kiosk.paths import Paths
from kiosk.settings import Settings
from kiosk.ui import i18n
from kiosk.ui.kiosk.face import set_kiosk_font
from kiosk.ui.kiosk.session import KioskSession
from kiosk.ui.kiosk.guard import CursorForMice
from kiosk.ui.kiosk.window import keyboard_for_dialog
from kiosk.ui.starting import (
    AfterFirstPaint,
    Restarts,
    backend_in_force,
    flags_of,
    no_quit_between_windows,
)

__all__ = ["KioskApp"]

log = logging.getLogger("kiosk.ui")


class KioskApp(QObject):
    """The kiosk as `kiosk --face kiosk` runs it; `session` is the one in force (replaced by a restart)."""

    backend_ready = Signal(object, bool)
    #: The first screen is painted and the session's services run (again after each restart).
    serving = Signal()

    def __init__(
        self,
        backend: Backend,
        paths: Paths,
        *,
        reopen: Callable[[Settings, Paths], Backend] | None = None,
        redaction: RedactionFilter | None = None,
        full_screen: bool = True,
    ) -> None:
        super().__init__()
        self.paths = paths
        self._reopen = reopen or (lambda settings, paths: open_backend(settings, paths, wait=False))
        self._redaction = redaction
        self._full_screen = full_screen
        self._flags = flags_of(backend.settings)
        self.backend_ready.connect(self._backend_ready)
        self.restarts = Restarts(self, self.restart)
        self.session = self._start(backend)

    @property
    def window(self):  # noqa: ANN201 - the session's KioskWindow
        return self.session.window

    def _start(self, backend: Backend) -> KioskSession:
        if self._redaction is not None:
            self._redaction.add_secrets(backend.settings.secrets())
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        i18n.install(app, backend.settings.language)
        set_kiosk_font(app)
        session = KioskSession.open(backend, self.paths, start=False)
        face = session.face
        face.exit_requested.connect(self.exit_to_desktop)
        face.restart_requested.connect(lambda: QTimer.singleShot(0, self.restart))
        face.settings_requested.connect(self.open_settings)
        window = session.window
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            window.setGeometry(screen.geometry())
        if self._full_screen:
            # Above the app's other windows; its own dialogs (settings, for staff) stay above it as its children.
            window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
            window.showFullScreen()
            window.raise_()
            session.cursor = CursorForMice(window)
        else:
            window.show()
        window.activateWindow()

        def after_first_paint() -> None:
            backend.start(lambda serving: self.backend_ready.emit(backend, serving))
            session.start()
            self.serving.emit()

        AfterFirstPaint(window, after_first_paint)
        log.info("ready for a customer at %s", backend.settings.api_url)
        return session

    def _backend_ready(self, backend: Backend, serving: bool) -> None:
        if backend is self.session.backend and serving:
            self.session.sync.wake()

    def open_settings(self) -> None:
        """The settings dialog over the staff menu (staff are already through the manager PIN)."""
        from kiosk.ui.settings_dialog import SettingsDialog

        window = self.session.window
        dialog = SettingsDialog(self.session.ctx, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A kiosk has no keyboard but its own: staff type the settings on it too.
        keyboard_for_dialog(dialog, language=self.session.face.language, dpi=window.look.dpi)
        dialog.saved.connect(lambda _changes: QTimer.singleShot(0, self.restart))
        dialog.open()

    def restart(self) -> None:
        """Wind this session down while the loop turns (`Handover`), then open a new one on the settings in force."""
        if self.restarts.asked_again():
            return
        log.info("kiosk restarting on the settings in force")
        try:
            settings, backend = backend_in_force(self.paths, self._flags, self._reopen)
        except KioskError as exc:
            log.error("the new settings cannot be used: %s", exc.what.value)
            return
        old = self.session

        def finish(deadline: float | None) -> None:
            with no_quit_between_windows():
                old.close(deadline)
                old.backend.close()
                if settings.face != "kiosk":
                    log.info("the face is now %s: it starts on the next start of the app", settings.face)
                self.session = self._start(backend)

        self.restarts.begin(old, backend, finish)

    def exit_to_desktop(self) -> None:
        """Staff leave the kiosk (after the manager PIN): the lock-down ends and the app quits."""
        log.info("staff left the kiosk for the desktop")
        self.session.face.lockdown.on = False
        app = QApplication.instance()
        if app is not None:
            QTimer.singleShot(0, lambda: app.exit(0))

    def stop(self) -> None:
        self.restarts.cancel()
        self.session.close()
        self.session.backend.close()
