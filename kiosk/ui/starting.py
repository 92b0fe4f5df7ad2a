"""What both faces do as they start: take the flags given at start, and wait for the first paint."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from kiosk.settings import SETTINGS, Settings

__all__ = ["AfterFirstPaint", "flags_of"]


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
