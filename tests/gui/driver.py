"""The cashier's side of the GUI tests: the wait, a driver that presses the counter's keys, steps several files take."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.exceptions import TimeoutError as WaitedInVain

from kiosk.api import LoyaltyClient
from kiosk.app import Backend
from kiosk.core.staff import hash_manager_pin
from kiosk.paths import Paths
from kiosk.services.context import ServiceContext
from kiosk.settings import Settings
from kiosk.ui.counter import CounterWindow
from kiosk.ui.main import CounterSession
from kiosk.ui.redeem_dialog import RedeemDialog

D = TypeVar("D", bound=QWidget)

#: How long (ms) a screen may take to show what the server answered.
WAIT = 15_000
#: The manager PIN the staff tests choose.
MANAGER_PIN = "80241357"
GIULIA = "2000000000015"  # 1,250 points, €15.00 credit, PIN 1234
GIULIA_EMAIL = "giulia.rossi@example.com"


def with_manager_pin(backend: Backend) -> Backend:
    """The same counter with MANAGER_PIN chosen for the staff tools."""
    return Backend(backend.settings.replace(manager_pin_hash=hash_manager_pin(MANAGER_PIN)), demo=backend.demo)


def show_active(qtbot: Any, widget: QWidget) -> None:
    """Shown, on screen and holding the keyboard, as a cashier finds a window they just opened."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


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


class CounterDriver:
    """Does what the cashier does: keys on the focused widget; waits for what they would wait for."""

    def __init__(self, qtbot: Any, session: CounterSession, shots: Path) -> None:
        self.qtbot = qtbot
        self.session = session
        self.window: CounterWindow = session.window
        self.service = session.service
        self.shots = shots

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
        try:
            self.qtbot.waitUntil(
                lambda: panel.isVisible()
                and panel.card is not None
                and panel.card.card == card
                and panel.freshness.text().startswith("Live")
                and not panel.history_note.text().endswith("loading…")
                and "from this terminal" not in panel.history_note.text(),
                timeout=WAIT,
            )
        except WaitedInVain as exc:
            # What the cashier would see instead: the next one to meet this knows where it stopped.
            shown = None if panel.card is None else panel.card.card
            raise AssertionError(
                f"card {card} never showed live: panel visible={panel.isVisible()} card={shown}"
                f" freshness={panel.freshness.text()!r} history={panel.history_note.text()!r}"
                f" message={self.window.message.text()!r} link={self.session.indicator.summary!r}"
            ) from exc

    def shot(self, name: str, widget: QWidget | None = None) -> None:
        """Keep a picture of the screen for a person to look at, in this test's folder."""
        assert (widget or self.window).grab().save(str(self.shots / f"{name}.png"))


# -- the redemption's steps -----------------------------------------------------------


def open_redeem(counter: CounterDriver, card: str | None = GIULIA) -> RedeemDialog:
    """F11 on `card` looked up fresh; None: on the customer already on screen."""
    if card is not None:
        counter.look_up(card)
        counter.wait_live(card)
    return open_amount_dialog(counter, Qt.Key.Key_F11, RedeemDialog)


def open_amount_dialog(counter: CounterDriver, key: Qt.Key, kind: type[D]) -> D:
    """Press `key` and wait for its dialog (`kind`) on screen with the keyboard in its amount field."""
    counter.key(key)
    dialog = counter.window.dialog
    assert isinstance(dialog, kind)
    counter.qtbot.waitExposed(dialog)
    counter.qtbot.waitUntil(dialog.amount.hasFocus)  # type: ignore[attr-defined]
    return dialog


def to_pin(counter: CounterDriver, dialog: RedeemDialog, amount: str) -> None:
    """The amount typed and Enter: the dialog waits for the customer's PIN."""
    counter.type(amount, dialog.amount)
    counter.key(Qt.Key.Key_Return, dialog.amount)
    counter.qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1 and dialog.pad.hasFocus())


def type_pin(counter: CounterDriver, dialog: Any, pin: str, pad: Any = None) -> None:
    """The digits on the keyboard's number keys, as a cashier's keypad sends them."""
    for digit in pin:
        counter.key(getattr(Qt.Key, f"Key_{digit}"), pad or dialog.pad)


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
