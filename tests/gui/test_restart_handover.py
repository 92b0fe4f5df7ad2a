"""A restart on new settings never holds the screen's loop, however slow the server the old settings named.

The old session's calls are waited for while the loop turns (the window says why, takes no input, and
systemd's watchdog goes on being petted); past the limit they are left behind and the new session opens.
A second save during a restart is applied once it is done.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.app import Backend
from kiosk.paths import Paths
from kiosk.settings import Settings, save_settings
from kiosk.ui import i18n
from kiosk.ui.starting import RESTART_WAIT_SECONDS
from tests.escpos_printer import NetworkPrinter
from tests.gui.driver import WAIT


@pytest.fixture
def never_answers() -> Iterator[NetworkPrinter]:
    """A server on 127.0.0.1 that takes every connection and answers nothing (a stand-in's "silent" mode)."""
    server = NetworkPrinter("silent")
    yield server
    server.close()


def _settings(sandbox: Any, url: str, face: str) -> dict[str, object]:
    demo = sandbox.demo
    return {
        "face": face, "api_url": url, "api_key": demo["apikey"], "campaign_id": demo["campaignid"],
        "terminal_username": demo["terminal"]["username"], "terminal_password": demo["terminal"]["password"],
        "terminal_serial": demo["terminal"]["serialnumber"], "idle_timeout": 0,
    }


def _open(face: str, till: Paths) -> Any:
    backend = Backend(Settings.load(till.config, env={}))
    if face == "kiosk":
        from kiosk.ui.kiosk.app import KioskApp

        return KioskApp(backend, till, full_screen=False)
    from kiosk.ui.main import CounterApp

    return CounterApp(backend, till)


@pytest.mark.parametrize("face", ["counter", "kiosk"])
def test_a_restart_waits_for_a_stuck_call_with_the_loop_turning_then_leaves_it_behind(
    qtbot: Any, sandbox: Any, till: Paths, never_answers: NetworkPrinter, monkeypatch: pytest.MonkeyPatch,
    face: str, shots: Path, kiosk_font: None,
) -> None:
    for name in [n for n in os.environ if n.startswith("KIOSK_")]:
        monkeypatch.delenv(name)
    save_settings(till.config, _settings(sandbox, f"http://127.0.0.1:{never_answers.port}", face))
    app = _open(face, till)
    try:
        first = app.session
        # The old session is in a call the server will never answer (the campaign's fetch).
        qtbot.waitUntil(lambda: never_answers.connections > 0 and not first.ctx.idle, timeout=WAIT)

        save_settings(till.config, {"api_url": sandbox.url})
        app.restarts.wait = 1.5
        app.restart()
        # restart() returned with the old session still there, winding down: the loop turns meanwhile.
        assert app.session is first
        assert not first.window.isEnabled(), "the old window takes no input while it winds down"
        if face == "counter":
            assert first.window.message.text() == "Applying the new settings…"
        first.window.grab().save(str(shots / f"{face}-restarting.png"))
        turned = []
        qtbot.waitUntil(lambda: turned.append(not first.settled) or app.session is not first, timeout=WAIT)
        assert len(turned) > 3 and turned[0], "the loop turned while the old call was still under way"

        # The new session is on the sandbox, and it works.
        second = app.session
        assert second.ctx.settings.api_url == sandbox.url
        assert second.window.isVisible() and second.window.isEnabled()
        qtbot.waitUntil(
            lambda: second.sync.current.state.name == "ONLINE" and not second.sync.current.unknown, timeout=WAIT
        )

        # Saved twice during one restart: one more restart follows it, on the settings saved last.
        app.restarts.wait = RESTART_WAIT_SECONDS
        sessions = [second]
        save_settings(till.config, {"language": "it"})
        app.restart()
        save_settings(till.config, {"language": "pt"})
        app.restart()  # during the first one's wind-down: kept, not lost, and run once it is done

        def three_sessions() -> bool:
            if app.session is not sessions[-1]:
                sessions.append(app.session)
            return len(sessions) == 3 and app.session.window.isEnabled()

        qtbot.waitUntil(three_sessions, timeout=WAIT)
        qtbot.wait(300)
        assert app.session is sessions[-1], "the request kept during a restart makes one more restart, not two"
        assert [s.ctx.settings.language for s in sessions[1:]] == ["it", "pt"]
    finally:
        app.stop()
        i18n.install(QApplication.instance(), "en")


def test_a_stop_during_a_restart_closes_the_old_session_and_never_opens_the_new(
    qtbot: Any, sandbox: Any, till: Paths, never_answers: NetworkPrinter, monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in [n for n in os.environ if n.startswith("KIOSK_")]:
        monkeypatch.delenv(name)
    save_settings(till.config, _settings(sandbox, f"http://127.0.0.1:{never_answers.port}", "counter"))
    app = _open("counter", till)
    first = app.session
    qtbot.waitUntil(lambda: never_answers.connections > 0 and first.sync.running, timeout=WAIT)
    save_settings(till.config, {"api_url": sandbox.url})
    app.restart()
    # What run_app does on SIGTERM: no restart to finish, the session in force closed within the stop's time.
    app.restarts.cancel()
    stopped = first.close(time.monotonic() + 0.5)
    first.backend.close()
    assert not stopped, "the stuck call is left behind, not waited for"
    qtbot.wait(300)  # longer than the handover looks
    assert app.session is first, "no new session opened after the stop"
    from kiosk.ui.counter import CounterWindow

    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, CounterWindow) and w.isVisible()]

