"""The status bar's link indicator: online, offline or in trouble since when, and what waits or failed."""

from __future__ import annotations

import datetime as dt
import html
import time
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.sync.connectivity import Connectivity, ConnectivityState
from kiosk.ui import words
from kiosk.ui.palette import GOOD, HINT, PROBLEM, WARNING

__all__ = ["ConnectivityIndicator", "QUEUE_SHORTCUT", "describe"]

#: The key that opens the queue; the window binds it with a QShortcut.
QUEUE_SHORTCUT = "F9"

_STATE_COLOUR = {ConnectivityState.ONLINE: GOOD, ConnectivityState.OFFLINE: HINT, ConnectivityState.DEGRADED: WARNING}

Part = tuple[str, str | None]  # text, and its colour (None: the bar's own)


def _clock_time(since: float, now: float) -> str:
    moment = dt.datetime.fromtimestamp(since)
    if moment.date() == dt.datetime.fromtimestamp(now).date():
        return moment.strftime("%H:%M")
    return moment.strftime("%d %b %H:%M")  # trouble since an earlier day: the hour alone would mislead


def describe(connectivity: Connectivity, *, now: float | None = None) -> list[Part]:
    """The indicator's words, in order, each with its colour; joined with " · " they read as one line."""
    now = time.time() if now is None else now
    c = connectivity
    since = f" since {_clock_time(c.since, now)}" if c.since is not None else ""
    colour = _STATE_COLOUR[c.state]
    parts: list[Part]
    if c.state is ConnectivityState.ONLINE:
        parts = [("● Online", colour)]
        if c.pending:
            parts.append((f"{c.pending} waiting to sync", None))
        elif not c.failed:
            parts.append(("all synced", None))
    else:
        words = "Offline" if c.state is ConnectivityState.OFFLINE else "Trouble reaching the server"
        parts = [(f"● {words}{since}", colour)]
        if c.pending:
            parts.append((f"{c.pending} waiting", None))
    if c.failed:
        parts.append((f"{c.failed} failed", PROBLEM))
    return parts


class ConnectivityIndicator(QPushButton):
    """A flat button for a QStatusBar's permanent area; clicking it (or F9) opens the queue.

    Feed it with `show_connectivity` (connect SyncService.changed to it). The
    words are coloured per part, which a QPushButton's own text cannot do, so a
    rich-text label inside the button shows them.
    """

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self._clock = clock
        self.setFlat(True)
        # F9 reaches it from anywhere; Tab in the counter should not stop on the status bar.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.label)
        self._summary = ""
        self.show_connectivity(Connectivity())

    @property
    def summary(self) -> str:
        """The words shown, as plain text (also the button's accessible name)."""
        return self._summary

    def show_connectivity(self, connectivity: Connectivity) -> None:
        parts = describe(connectivity, now=self._clock())
        self._summary = " · ".join(text for text, _ in parts)
        shown = []
        for text, colour in parts:
            escaped = html.escape(text)
            if colour == PROBLEM:
                shown.append(f'<span style="color:{colour}; font-weight:600">{escaped}</span>')
            elif colour is not None:
                shown.append(f'<span style="color:{colour}">{escaped}</span>')
            else:
                shown.append(escaped)
        hint = f'<span style="color:{HINT}">({QUEUE_SHORTCUT})</span>'
        self.label.setText(" · ".join(shown) + "&nbsp;&nbsp;" + hint)
        self.setAccessibleName(f"{self._summary}. Press {QUEUE_SHORTCUT} to see the queue.")
        tip = f"Click or press {QUEUE_SHORTCUT} to see the queue of operations."
        if connectivity.state is not ConnectivityState.ONLINE and connectivity.last_error:
            tip = f"{words.say(connectivity.last_error)}\n\n{tip}"
        self.setToolTip(tip)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
