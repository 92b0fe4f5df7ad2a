"""What both faces do as they start: take the flags given at start, and wait for the first paint."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.paths import Paths
from kiosk.settings import SETTINGS, Settings

if TYPE_CHECKING:
    from kiosk.app import Backend

__all__ = ["AfterFirstPaint", "flags_of", "backend_in_force", "no_quit_between_windows"]


def flags_of(settings: Settings) -> dict[str, object]:
    """The values given as flags at start: they stay stronger than the file after a restart too."""
    return {s.name: getattr(settings, s.name) for s in SETTINGS if settings.source(s.name) == "flag"}


class AfterFirstPaint(QObject):
    """Calls `then` once, on the event loop's next turn after `window`'s first paint.

    What the counter needs only once it can take a scan starts here: the embedded sandbox, the
    services (the campaign's fetch, the sync worker) and with them the loyalty client. A window
    that is never painted (minimised at start) still gets them, `latest_ms` after showing.
    """

    def __init__(self, window: QWidget, then: Callable[[], None], *, latest_ms: int = 2000) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(latest_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._window and event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        self._window.removeEventFilter(self)
        then()


def backend_in_force(
    paths: Paths, flags: dict[str, object], reopen: Callable[[Settings, Paths], Backend]
) -> tuple[Settings, Backend]:
    """For a restart: the settings in force now (file, environment, the start's flags) and a backend on them.

    Raises KioskError (SettingsError among them) when they cannot be used: the caller keeps serving on what works.
    """
    settings = Settings.load(paths.config, env=os.environ, flags=flags)
    return settings, reopen(settings, paths)


@contextlib.contextmanager
def no_quit_between_windows() -> Iterator[None]:
    """Between the old window closing and the new one showing no window is open: that must not quit the app."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    quits = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        yield
    finally:
        app.setQuitOnLastWindowClosed(quits)
