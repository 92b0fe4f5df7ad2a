"""The status bar's link indicator: online, offline or in trouble since when, and what waits or failed."""

from __future__ import annotations

import html
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.sync.connectivity import Connectivity, ConnectivityState
from kiosk.ui import words
from kiosk.ui.locale_text import moment_text
from kiosk.ui import palette
from kiosk.ui.palette import Tone

__all__ = ["ConnectivityIndicator", "QUEUE_SHORTCUT"]

#: The key that opens the queue; the window binds it with a QShortcut.
QUEUE_SHORTCUT = "F9"

_STATE_TONE = {
    ConnectivityState.ONLINE: Tone.GOOD, ConnectivityState.OFFLINE: Tone.HINT, ConnectivityState.DEGRADED: Tone.WARNING,
}

Part = tuple[str, Tone | None]  # text, and its tone (None: the bar's own colour)


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
        self._connecting = False
        self._connectivity = Connectivity(unknown=True)  # until it is fed what was learned
        self.show_connectivity(self._connectivity)

    @property
    def summary(self) -> str:
        """The words shown, as plain text (also the button's accessible name)."""
        return self._summary

    def describe(self, connectivity: Connectivity, *, now: float | None = None) -> list[Part]:
        """The indicator's words, in order, each with its tone; joined with " · " they read as one line."""
        now = self._clock() if now is None else now
        c = connectivity
        parts: list[Part]
        if self._connecting or c.unknown:
            # The server this run serves itself is starting, or no call has been answered nor failed yet:
            # nothing is known of the link, and "Online" would promise what no answer has shown.
            parts = [("● " + self.tr("Connecting…"), Tone.HINT)]
            if c.pending:
                parts.append((self.tr("%n waiting", "", c.pending), None))
        elif c.state is ConnectivityState.ONLINE:
            parts = [("● " + self.tr("Online"), _STATE_TONE[c.state])]
            if c.pending:
                parts.append((self.tr("%n waiting to sync", "", c.pending), None))
            elif not c.failed:
                parts.append((self.tr("all synced"), None))
        else:
            if c.since is None:
                words = self.tr("Offline") if c.state is ConnectivityState.OFFLINE else self.tr("Trouble reaching the server")
            else:
                # QLocale(): the language's own, which i18n.install made the default.
                since = moment_text(c.since, QLocale(), now)
                words = (
                    self.tr("Offline since {time}") if c.state is ConnectivityState.OFFLINE
                    else self.tr("Trouble reaching the server since {time}")
                ).format(time=since)
            parts = [("● " + words, _STATE_TONE[c.state])]
            if c.pending:
                parts.append((self.tr("%n waiting", "", c.pending), None))
        if c.failed:
            parts.append((self.tr("%n failed", "", c.failed), Tone.PROBLEM))
        return parts

    def set_connecting(self, connecting: bool) -> None:
        """While the loyalty server of this run (the embedded sandbox) is starting, say "Connecting…" (as
        also while the Connectivity shown is `unknown`)."""
        self._connecting = connecting
        self.show_connectivity(self._connectivity)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.PaletteChange:
            self.show_connectivity(self._connectivity)  # another theme: its words in the new colours
        super().changeEvent(event)

    def show_connectivity(self, connectivity: Connectivity) -> None:
        self._connectivity = connectivity
        parts = self.describe(connectivity)
        self._summary = " · ".join(text for text, _ in parts)
        colours = palette.in_force()
        shown = []
        for text, tone in parts:
            escaped = html.escape(text)
            if tone is Tone.PROBLEM:
                shown.append(f'<span style="color:{colours.problem}; font-weight:600">{escaped}</span>')
            elif tone is not None:
                shown.append(f'<span style="color:{getattr(colours, tone.value)}">{escaped}</span>')
            else:
                shown.append(escaped)
        hint = f'<span style="color:{colours.hint}">({QUEUE_SHORTCUT})</span>'
        self.label.setText(" · ".join(shown) + "&nbsp;&nbsp;" + hint)
        self.setAccessibleName(
            self.tr("{summary}. Press {key} to see the queue.").format(summary=self._summary, key=QUEUE_SHORTCUT)
        )
        tip = self.tr("Click or press {key} to see the queue of operations.").format(key=QUEUE_SHORTCUT)
        if connectivity.state is not ConnectivityState.ONLINE and connectivity.last_error:
            tip = f"{words.say(connectivity.last_error)}\n\n{tip}"
        self.setToolTip(tip)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
