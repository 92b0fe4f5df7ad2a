"""A scanner types like a keyboard: its burst is taken wherever the focus is on the counter, control characters and all."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from kiosk.domain.identifiers import with_check_digit
from kiosk.ui.scanner import ScanCatcher
from tests.gui.driver import WAIT, CounterDriver

GIULIA = with_check_digit("200000000001")
LUCA = with_check_digit("200000000005")
# What some scanners send around the data: STX, an AIM symbology prefix, the data, ETX / GS.
BURST = f"\x02]E0{GIULIA}\x03"


def test_a_burst_into_the_search_field_with_control_characters_is_read(counter: CounterDriver) -> None:
    counter.window.search.setFocus()
    counter.qtbot.waitUntil(counter.window.search.hasFocus)
    counter.scan(BURST)
    counter.wait_live(GIULIA)
    assert counter.window.panel.name.text() == "Giulia Rossi"


def test_a_scan_is_taken_with_the_focus_on_the_movements_list(counter: CounterDriver, qtbot: Any) -> None:
    counter.look_up(LUCA)
    counter.wait_live(LUCA)
    table = counter.window.panel.movements
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    counter.scan(BURST)
    counter.wait_live(GIULIA)
    assert counter.window.panel.name.text() == "Giulia Rossi"


def test_a_scan_is_taken_with_the_focus_nowhere_in_particular(counter: CounterDriver, qtbot: Any) -> None:
    counter.window.search.clearFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is None)
    counter.scan(f"\x1d{GIULIA}\r")
    counter.wait_live(GIULIA)


def test_keys_typed_away_from_the_search_go_into_it_when_typing_pauses(counter: CounterDriver, qtbot: Any) -> None:
    counter.look_up(LUCA)
    counter.wait_live(LUCA)
    table = counter.window.panel.movements
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    counter.type("giulia.rossi@", table)
    with qtbot.waitSignal(counter.window.catcher.typed, timeout=WAIT):
        pass
    search = counter.window.search
    assert search.text() == "giulia.rossi@" and search.hasFocus()
    counter.type("example.com", search)
    counter.key(Qt.Key.Key_Return, search)
    counter.wait_live(GIULIA)


# -- another text field on the same screen --------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def screen(qtbot: Any) -> Iterator[tuple[QWidget, QLineEdit, QLineEdit, ScanCatcher, Clock]]:
    window = QWidget()
    search, note = QLineEdit(), QLineEdit()
    layout = QVBoxLayout(window)
    layout.addWidget(search)
    layout.addWidget(note)
    clock = Clock()
    catcher = ScanCatcher(window, search, clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    yield window, search, note, catcher, clock


def _keys(qtbot: Any, widget: QWidget, text: str, clock: Clock, gap: float) -> None:
    for ch in text:
        clock.now += gap
        if ch.isprintable():
            qtbot.keyClick(widget, ch)
        else:
            QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch))
    clock.now += gap
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_fast_burst_into_another_field_is_a_scan_and_leaves_the_field_as_it_was(qtbot: Any, screen: Any) -> None:
    _, _, note, catcher, clock = screen
    note.setText("gift wrap ")
    note.end(False)
    with qtbot.waitSignal(catcher.scanned) as scanned:
        _keys(qtbot, note, BURST, clock, gap=0.01)
    assert GIULIA in scanned.args[0]
    assert note.text() == "gift wrap "


def test_keys_typed_slowly_into_another_field_are_left_alone(qtbot: Any, screen: Any) -> None:
    _, _, note, catcher, clock = screen
    with qtbot.assertNotEmitted(catcher.scanned):
        _keys(qtbot, note, "2000000000015", clock, gap=0.3)
    assert note.text() == "2000000000015"
