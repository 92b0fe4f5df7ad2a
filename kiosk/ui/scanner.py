"""Takes a barcode scan wherever the focus is on one screen: a scanner types like a fast keyboard and ends with Enter."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

__all__ = ["ScanCatcher"]

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Keys that move focus or close things: never part of a scan, always left to the widget.
_PASS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape)
_TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


class ScanCatcher(QObject):
    """An application event filter for one screen (`screen`, a window).

    - Focus in `search`: left alone; the field takes the scan and its Enter.
    - Focus on anything else that does not take text (the movements table, a
      button, the window itself): keys are collected and Enter hands them over
      as `scanned(text)`; if typing pauses before Enter, what was typed goes to
      `typed(text)` (the window moves it into the search field).
    - Focus in another text field: keys go into it as usual, but a burst of at
      least `min_scan` keys, each within `burst_gap` seconds, ended by Enter is a
      scan: it is taken back out of the field and handed over. Keys typed slowly
      are the cashier's and are left alone.

    Control characters and AIM prefixes stay in the text: the look-up strips them.
    """

    scanned = Signal(str)
    typed = Signal(str)

    def __init__(
        self,
        screen: QWidget,
        search: QLineEdit,
        *,
        burst_gap: float = 0.05,
        pause_ms: int = 250,
        min_scan: int = 6,
        clock: Callable[[], float] = time.monotonic,
        fields: tuple[type[QWidget], ...] = (),
    ) -> None:
        """`fields`: more kinds of widget that take keys as a text field does (the kiosk's PIN pad)."""
        super().__init__(screen)
        self._fields = _TEXT_INPUTS + fields
        #: False while a screen takes no scans (staff typing a PIN): every key is left to its widget.
        self.active = True
        self._screen = screen
        self._search = search
        self._burst_gap = burst_gap
        self._min_scan = min_scan
        self._clock = clock
        self._buffer = ""
        self._burst = ""
        self._last_key_at = 0.0
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(pause_ms)
        self._pause.timeout.connect(self._paused)
        app = QApplication.instance()
        assert app is not None, "a QApplication exists before any screen"
        # Qt drops a filter from the list by itself when the filter object is deleted.
        app.installEventFilter(self)

    @property
    def pending(self) -> str:
        """Keys collected and not handed over yet."""
        return self._buffer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.active or event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        focus = QApplication.focusWidget()
        # A key the focus widget ignored travels up to its parents: handle it once, at the first stop.
        if watched is not (focus or self._screen) or watched.window() is not self._screen:
            return False
        if watched is self._search:
            return False
        assert isinstance(event, QKeyEvent)
        if isinstance(watched, self._fields):
            return self._in_text_field(watched, event)
        return self._collect(event)

    def _collect(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _ENTER:
            if not self._buffer:
                return False
            self._hand_over(self.scanned.emit)
            return True
        if key == Qt.Key.Key_Backspace and self._buffer:
            self._buffer = self._buffer[:-1]
            return True
        text = event.text()
        if not text or key in _PASS or key == Qt.Key.Key_Backspace:
            return False
        self._buffer += text
        self._pause.start()
        return True

    def _paused(self) -> None:
        if self._buffer:
            self._hand_over(self.typed.emit)

    def _hand_over(self, emit: Callable[[str], object]) -> None:
        self._pause.stop()
        text, self._buffer = self._buffer, ""
        emit(text)

    def _in_text_field(self, field: QWidget, event: QKeyEvent) -> bool:
        now = self._clock()
        quick = now - self._last_key_at <= self._burst_gap
        self._last_key_at = now
        if event.key() in _ENTER:
            burst, self._burst = self._burst, ""
            if quick and len(burst) >= self._min_scan:
                # The field kept only the printable part of the burst: take exactly that back out.
                typed = "".join(ch for ch in burst if ch.isprintable())
                if isinstance(field, QLineEdit) and typed and field.text().endswith(typed):
                    field.setText(field.text()[: len(field.text()) - len(typed)])
                elif not isinstance(field, QLineEdit) and hasattr(field, "wipe"):
                    field.wipe()  # a PIN pad that took the scan's first digits
                self.scanned.emit(burst)
                return True
            return False
        text = event.text()
        if not text:
            return False
        self._burst = self._burst + text if quick else text
        return False
