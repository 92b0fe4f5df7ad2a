"""The runner that takes work off the GUI thread: answers come back on it, and none after it is closed."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtWidgets import QApplication

from kiosk.services.tasks import TaskRunner


def test_an_answer_comes_back_on_the_gui_thread(qtbot: Any) -> None:
    runner = TaskRunner(threads=2)
    seen: list[tuple[object, bool]] = []
    runner.run(lambda: 6 * 7, on_success=lambda v: seen.append((v, threading.current_thread() is threading.main_thread())),
               on_failure=lambda exc: seen.append((exc, False)))
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(42, True)]
    runner.close()


def test_nothing_is_called_back_once_the_runner_is_closed(qtbot: Any) -> None:
    runner = TaskRunner(threads=2)
    called: list[object] = []
    runner.run(lambda: "late", on_success=called.append, on_failure=called.append)
    runner.run(lambda: 1 / 0, on_success=called.append, on_failure=called.append)
    assert runner.close()  # both jobs have finished; their answers wait in the event queue
    for _ in range(3):
        QApplication.processEvents()
    assert called == []  # a screen torn down meanwhile is never touched
