"""The counter as `kiosk` wires it, on a real sandbox, a real store file and offscreen Qt; a driver that presses its keys."""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.api import LoyaltyClient, SandboxControl
from kiosk.app import Backend
from kiosk.paths import Paths
from kiosk.services.context import ServiceContext
from kiosk.settings import Settings
from kiosk.ui.counter import CounterWindow
from kiosk.ui.main import CounterSession

WAIT = 15_000
SHOTS = Path("/tmp/shots")


@contextlib.contextmanager
def kiosk_log(folder: Path) -> Iterator[Path]:
    """The till's log file at DEBUG in `folder`, written as the app writes it (redaction filter included)."""
    from kiosk.logs import LOG_FILE_NAME, setup_logging

    setup_logging(folder, level="DEBUG", to_stderr=False)
    try:
        yield folder / LOG_FILE_NAME
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "_kiosk", False):
                root.removeHandler(handler)
                handler.close()


def secrets_in(paths: list[Path], secrets: list[str]) -> list[str]:
    """Which of `secrets` appear in which file, as whole tokens (a 4-digit PIN inside a longer number does not count)."""
    found = []
    for path in paths:
        data = path.read_bytes()
        for secret in secrets:
            token = re.compile(rb"(?<![0-9A-Za-z.])" + re.escape(secret.encode()) + rb"(?![0-9A-Za-z.])")
            if token.search(data):
                found.append(f"{secret!r} in {path.name}")
    return found


@pytest.fixture
def till(tmp_path: Path) -> Paths:
    """The till's own folders (data with the store, config, logs)."""
    return Paths.for_basedir(tmp_path / "till").create()


@contextlib.contextmanager
def runners_over(paths: Paths) -> Iterator[ServiceContext]:
    """The app's store thread and network pool over the till's real store file, as a start makes them and a stop ends.

    The client points nowhere: the work run here never calls the server.
    """
    client = LoyaltyClient("http://127.0.0.1:9", api_key="unused", campaign_id=1)
    made = ServiceContext.create(Settings.load(paths.config, env={}), paths, client)
    try:
        yield made
    finally:
        made.close()
        QApplication.processEvents()  # the close's own answer, before its runner goes
        # And the answers' relays, deleted later: a runner freed with those still pending crashes Qt.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        client.close()


@pytest.fixture
def backend(sandbox: Any) -> Backend:
    demo = sandbox.demo
    settings = Settings.load(Path("/nonexistent"), env={}).replace(
        api_url=sandbox.url,
        api_key=demo["apikey"],
        campaign_id=demo["campaignid"],
        terminal_username=demo["terminal"]["username"],
        terminal_password=demo["terminal"]["password"],
        terminal_serial=demo["terminal"]["serialnumber"],
        connect_timeout=2.0,
        read_timeout=5.0,
        idle_timeout=0,
    )
    return Backend(settings, demo=demo)


@pytest.fixture
def control(sandbox: Any) -> Iterator[SandboxControl]:
    with SandboxControl(sandbox.url, sandbox.controlkey) as made:
        yield made


def answer_manager_pin(qtbot: Any, pin: str) -> None:
    """When the manager PIN prompt opens (a modal loop the caller is about to start), type `pin` and Enter."""
    from kiosk.ui.manager_pin import ManagerPinDialog

    def act() -> None:
        prompt = QApplication.activeModalWidget()
        if not isinstance(prompt, ManagerPinDialog):
            QTimer.singleShot(10, act)  # not open yet
            return
        qtbot.keyClicks(prompt.pin, pin)
        qtbot.keyClick(prompt.pin, Qt.Key.Key_Return)

    QTimer.singleShot(0, act)


def show_active(qtbot: Any, widget: QWidget) -> None:
    """Shown, on screen and holding the keyboard, as a cashier finds a window they just opened."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


@pytest.fixture
def session(qtbot: Any, backend: Backend, till: Paths) -> Iterator[CounterSession]:
    opened = CounterSession.open(backend, till)
    show_active(qtbot, opened.window)
    # The campaign (currency, name, points rule) is on screen before the first customer.
    qtbot.waitUntil(lambda: opened.service.campaign is not None, timeout=WAIT)
    yield opened
    opened.close()


class CounterDriver:
    """Does what the cashier does: keys on the focused widget; waits for what they would wait for."""

    def __init__(self, qtbot: Any, session: CounterSession) -> None:
        self.qtbot = qtbot
        self.session = session
        self.window: CounterWindow = session.window
        self.service = session.service

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        return widget if widget is not None else self.window

    def key(self, key: Qt.Key, widget: QWidget | None = None) -> None:
        self.qtbot.keyClick(widget or self.focused(), key)

    def type(self, text: str, widget: QWidget | None = None) -> None:
        self.qtbot.keyClicks(widget or self.focused(), text)

    def scan(self, text: str, widget: QWidget | None = None) -> None:
        """What a keyboard-wedge scanner does: the characters in one burst, then Enter."""
        target = widget or self.focused()
        for ch in text:
            if ch.isprintable():
                self.qtbot.keyClick(target, ch)
            else:
                self._control(target, ch)
        self.qtbot.keyClick(target, Qt.Key.Key_Return)

    def _control(self, target: QWidget, ch: str) -> None:
        """A control character as a scanner's keyboard emulation sends it: a key event with only text."""
        QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch))
        QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyRelease, 0, Qt.KeyboardModifier.NoModifier, ch))

    def look_up(self, text: str) -> None:
        """Type into the search field and press Enter."""
        self.window.search.setFocus()
        self.window.search.clear()
        self.type(text, self.window.search)
        self.key(Qt.Key.Key_Return, self.window.search)

    def wait_live(self, card: str) -> None:
        """Until the card is on screen fresh from the server, with its movements."""
        panel = self.window.panel
        self.qtbot.waitUntil(
            lambda: panel.isVisible()
            and panel.card is not None
            and panel.card.card == card
            and panel.freshness.text().startswith("Live")
            and not panel.history_note.text().endswith("loading…")
            and "from this terminal" not in panel.history_note.text(),
            timeout=WAIT,
        )

    def shot(self, name: str, widget: QWidget | None = None) -> None:
        """Keep a picture of the screen for a person to look at."""
        SHOTS.mkdir(parents=True, exist_ok=True)
        (widget or self.window).grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def counter(qtbot: Any, session: CounterSession) -> CounterDriver:
    return CounterDriver(qtbot, session)
