"""Staff tools from the counter: F9 opens the queue, F10 asks the manager PIN, and saved settings apply at once."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.ui.main import CounterApp
from kiosk.ui.queue_dialog import QueueDialog
from kiosk.ui.settings_dialog import SettingsDialog
from tests.gui.driver import MANAGER_PIN, WAIT, CounterDriver, answer_manager_pin



def test_f9_and_the_indicator_open_the_queue(counter: CounterDriver, qtbot: Any) -> None:
    assert counter.window.buttons["queue"].text() == "Queue (F9)"
    counter.key(Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QueueDialog), timeout=WAIT)
    queue = QApplication.activeModalWidget()
    counter.shot("queue", queue)
    qtbot.keyClick(queue, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    qtbot.mouseClick(counter.session.indicator, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QueueDialog), timeout=WAIT)
    qtbot.keyClick(QApplication.activeModalWidget(), Qt.Key.Key_Escape)


def test_f10_asks_the_pin_and_saved_settings_apply_without_quitting(
    app: CounterApp, qtbot: Any, caplog: pytest.LogCaptureFixture, shots: Path
) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.ui")
    first = app.window
    qtbot.waitExposed(first)
    assert first.buttons["settings"].text() == "Settings (F10)"
    assert first.idle.seconds == 0
    answer_manager_pin(qtbot, MANAGER_PIN)
    qtbot.keyClick(first, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SettingsDialog), timeout=WAIT)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SettingsDialog)
    dialog.idle_timeout.setValue(45)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.api_url, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: app.window is not first, timeout=WAIT)
    assert app.window.isVisible() and app.window.idle.seconds == 45
    said = [r.getMessage() for r in caplog.records if r.name == "kiosk.ui"]
    assert said[-2:] == ["settings changed: restarting the counter", f"ready for scan at {app.session.ctx.settings.api_url}"]
    driver = CounterDriver(qtbot, app.session, shots)
    qtbot.waitUntil(lambda: app.session.service.campaign is not None, timeout=WAIT)
    driver.look_up("2000000000015")
    driver.wait_live("2000000000015")  # the new session works
