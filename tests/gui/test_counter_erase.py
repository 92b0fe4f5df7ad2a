"""A customer asks at the counter to delete their account (Ctrl+Shift+D): their own PIN on the pad confirms it.

On the real sandbox (a fresh one per test) and the counter as the app wires it: a wrong PIN deletes nothing and
says the tries left; the right one erases the account on the server, the till forgets the customer to the last
byte (its file, WAL and backups), and the panel clears.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.api import CardStatus
from kiosk.paths import Paths
from kiosk.store import health, open_store
from kiosk.ui import i18n
from kiosk.ui.erase_dialog import EraseAccountDialog
from tests.gui.driver import GIULIA, GIULIA_EMAIL, WAIT, CounterDriver, type_pin
from tests.gui.kiosk_screens import cut_off, shoot
from tests.gui.kiosking import visible_words_on

PERSONAL = ("Giulia", "Rossi", GIULIA_EMAIL, "+393331234567", "3331234567")


def _open(counter: CounterDriver, card: str = GIULIA) -> EraseAccountDialog:
    counter.look_up(card)
    counter.wait_live(card)
    assert counter.window.buttons["erase"].text() == "Delete account (Ctrl+Shift+D)"
    counter.qtbot.keyClick(
        counter.focused(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = counter.window.dialog
    assert isinstance(dialog, EraseAccountDialog)
    counter.qtbot.waitExposed(dialog)
    counter.qtbot.waitUntil(dialog.pin_pad.hasFocus, timeout=WAIT)
    return dialog


def _open_dialog(window: Any) -> bool:
    dialog = window.dialog
    return dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible()


def _files(till: Paths) -> list[Path]:
    path = till.store
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
            *(b.path for b in health.backups(path))]


def test_the_customer_s_pin_deletes_their_account_and_the_till_forgets_them(
    counter: CounterDriver, qtbot: Any, till: Paths
) -> None:
    dialog = _open(counter)
    words = visible_words_on(dialog)
    assert "cannot be undone" in words and "Customer: type your PIN" in words
    with open_store(till.store) as store:
        store.backup()  # as the sync worker's daily one: she is in it
    assert any(b"Rossi" in f.read_bytes() for f in _files(till) if f.exists())

    type_pin(counter, dialog, "0000", dialog.pin_pad)
    qtbot.waitUntil(lambda: "tries left" in dialog.problem.text(), timeout=WAIT)
    assert dialog.problem.text().startswith("Wrong PIN: nothing was deleted.")
    assert counter.session.client.card(card=GIULIA).status is CardStatus.ACTIVE
    shoot(dialog, "counter-erase-wrong-pin-en")

    type_pin(counter, dialog, "1234", dialog.pin_pad)
    window = counter.window
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.ready, timeout=WAIT)
    assert not _open_dialog(window)
    assert window.stack.currentWidget() is window.ready and window.panel.card is None, "the panel is cleared"
    assert "is deleted" in window.message.text() and GIULIA in window.message.text()
    assert "Giulia" not in visible_words_on(window)
    card = counter.session.client.card(card=GIULIA)
    assert card.erased and card.status is CardStatus.BLOCKED

    raw = b"".join(f.read_bytes() for f in _files(till) if f.exists())
    for personal in PERSONAL:
        assert personal.encode() not in raw, f"{personal!r} is still in the till's files"
    # Looked up again, the card is blocked and names nobody.
    counter.look_up(GIULIA)
    qtbot.waitUntil(lambda: window.panel.card is not None and window.panel.card.blocked, timeout=WAIT)
    assert "Giulia" not in visible_words_on(window)
    assert not window.actions_by_name["erase"].isEnabled()


def test_cancel_deletes_nothing(counter: CounterDriver, qtbot: Any) -> None:
    dialog = _open(counter)
    type_pin(counter, dialog, "12", dialog.pin_pad)
    counter.key(Qt.Key.Key_Escape, dialog.pin_pad)
    qtbot.waitUntil(lambda: not _open_dialog(counter.window), timeout=WAIT)
    assert counter.window.panel.card is not None and counter.window.panel.card.card == GIULIA
    assert counter.session.client.card(card=GIULIA).status is CardStatus.ACTIVE


@pytest.mark.parametrize("language", ["en", "it"])
def test_pictures_of_the_dialog(counter: CounterDriver, qtbot: Any, language: str) -> None:
    counter.look_up(GIULIA)
    counter.wait_live(GIULIA)
    app = QApplication.instance()
    i18n.install(app, language)
    try:
        dialog = EraseAccountDialog(counter.service, GIULIA, counter.window.campaign, parent=counter.window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(200)
        assert cut_off(dialog) == []
        shoot(dialog, f"counter-erase-{language}")
        dialog.reject()
    finally:
        i18n.install(app, "en")
