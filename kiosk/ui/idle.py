"""The idle timeout: while a customer is on screen, no key or mouse for a while wipes them away."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

__all__ = ["IdleWatch"]

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatch(QObject):
    """`arm()` when a customer appears, `disarm()` when they go; `expired` after `seconds` without activity.

    Any key or mouse event anywhere in the application restarts the count. 0 seconds means never.
    """

    expired = Signal()

    def __init__(self, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.expired)
        self.seconds = seconds
        app = QApplication.instance()
        assert app is not None, "a QApplication exists before any screen"
        # Qt drops a filter from the list by itself when the filter object is deleted.
        app.installEventFilter(self)

    @property
    def seconds(self) -> int:
        return self._seconds

    @seconds.setter
    def seconds(self, value: int) -> None:
        self._seconds = max(0, int(value))
        self._timer.setInterval(self._seconds * 1000)
        if not self._seconds:
            self._timer.stop()

    @property
    def armed(self) -> bool:
        return self._timer.isActive()

    def arm(self) -> None:
        if self._seconds:
            self._timer.start()

    def disarm(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self._timer.isActive() and event.type() in _ACTIVITY:
            self._timer.start()
        return False
