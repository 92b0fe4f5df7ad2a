"""After a session of redemptions and PIN changes with known PINs, none of them is in any file or message."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk.api import SandboxControl
from kiosk.app import Backend
from kiosk.paths import Paths
from kiosk.ui.pin_dialog import CustomerPinDialog, Step
from kiosk.ui.redeem_dialog import RedeemDialog
from kiosk.ui.words import say
from tests.gui.driver import GIULIA_EMAIL, WAIT, CounterDriver, open_redeem, to_pin, type_pin, with_manager_pin
from tests.helpers import kiosk_log, secrets_in

WRONG, FIRST, CHANGED, RESET = "7391", "1234", "8264", "5307"


@pytest.fixture
def backend(backend: Backend) -> Backend:
    return with_manager_pin(backend)


@pytest.fixture
def log_file(till: Paths) -> Iterator[Path]:
    with kiosk_log(till.logs) as path:
        yield path


def test_no_pin_or_code_reaches_the_log_the_store_its_wal_or_a_message(
    log_file: Path, counter: CounterDriver, qtbot: Any, control: SandboxControl, till: Paths, sandbox: Any
) -> None:
    said: list[str] = []

    def hear(dialog: RedeemDialog) -> None:
        # What the screens would say, and what the store would keep as a code: neither holds a secret.
        dialog.redeemed.connect(
            lambda outcome: said.extend([say(outcome.attempt.notice), outcome.attempt.notice.to_code()])
        )

    dialog = open_redeem(counter)
    hear(dialog)
    to_pin(counter, dialog, "150")
    with qtbot.waitSignal(dialog.redeemed, timeout=WAIT):
        type_pin(counter, dialog, WRONG)
    said.append(dialog.problem.text())
    with qtbot.waitSignal(dialog.redeemed, timeout=WAIT):
        type_pin(counter, dialog, FIRST)

    counter.key(Qt.Key.Key_Escape, counter.window.slip)
    counter.key(Qt.Key.Key_F12)
    change = counter.window.dialog
    assert isinstance(change, CustomerPinDialog)
    for pin in (FIRST, CHANGED):
        type_pin(counter, change, pin, change.pin_pad)
    with qtbot.waitSignal(change.pin_changed, timeout=WAIT):
        type_pin(counter, change, CHANGED, change.pin_pad)
    said.append(counter.window.message.text())

    dialog = open_redeem(counter, None)
    hear(dialog)
    qtbot.mouseClick(dialog.credit_choice, Qt.MouseButton.LeftButton)
    to_pin(counter, dialog, "2.00")
    with qtbot.waitSignal(dialog.redeemed, timeout=WAIT):
        type_pin(counter, dialog, CHANGED)

    counter.key(Qt.Key.Key_Escape, counter.window.slip)
    counter.key(Qt.Key.Key_F12)
    reset = counter.window.dialog
    assert isinstance(reset, CustomerPinDialog)
    qtbot.mouseClick(reset.forgot, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(reset.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reset.step is Step.CODE, timeout=WAIT)
    said.append(reset.problem.text())
    code = control.latest_code(GIULIA_EMAIL)
    type_pin(counter, reset, code, reset.code_pad)
    type_pin(counter, reset, RESET, reset.pin_pad)
    with qtbot.waitSignal(reset.pin_reset, timeout=WAIT):
        type_pin(counter, reset, RESET, reset.pin_pad)
    said.append(counter.window.message.text())

    for handler in logging.getLogger().handlers:
        handler.flush()
    counter.session.ctx.store_runner.wait()
    terminal_files = [*till.data.glob("terminal.sqlite3*")]
    server_files = [*Path(sandbox.config.data_dir).glob("*.sqlite3*")]
    assert any(p.name.endswith("-wal") for p in terminal_files)
    assert log_file.exists() and "burnpoints" in log_file.read_text()  # the log did see the session
    assert said and all(text for text in said)
    message_file = till.logs / "messages.txt"
    message_file.write_text("\n".join(said))
    assert secrets_in([log_file, message_file, *terminal_files, *server_files], [WRONG, FIRST, CHANGED, RESET, code]) == []
