"""A fast start on the embedded sandbox (issue 13 §4): the counter takes a scan before its server serves.

The real app's wiring: `open_backend(..., wait=False)` and `CounterApp`, a real store file, the real
sandbox on its own thread. Only the moment the sandbox starts is held by the test, so that what a
cashier sees while it is starting can be looked at.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kiosk.app import open_backend
from kiosk.domain.identifiers import with_check_digit
from kiosk.paths import Paths
from kiosk.settings import Settings
from kiosk.ui.main import CounterApp
from tests.gui.driver import GIULIA, WAIT, CounterDriver

LUCA = with_check_digit("200000000005")


def _counter(qtbot: Any, till: Paths, shots: Any) -> tuple[CounterApp, CounterDriver]:
    settings = Settings.load(till.config, env={}).replace(idle_timeout=0)
    app = CounterApp(open_backend(settings, till, wait=False), till)
    driver = CounterDriver(qtbot, app.session, shots)
    qtbot.waitExposed(app.window)
    return app, driver


def test_a_scan_before_the_sandbox_serves_is_answered_from_the_store_and_the_bar_says_connecting(
    qtbot: Any, till: Paths, shots: Any, monkeypatch: Any
) -> None:
    # Yesterday: Giulia was served at this till, so the store knows her.
    first, counter = _counter(qtbot, till, shots)
    counter.look_up(GIULIA)
    counter.wait_live(GIULIA)
    first.stop()

    # This morning: the window is up; its sandbox starts only when the test lets it.
    held: list[Callable[[], None]] = []

    def hold(backend_start: Callable[..., None]) -> Callable[..., None]:
        return lambda *args, **kwargs: held.append(lambda: backend_start(*args, **kwargs))

    real_open = open_backend

    def opened(settings: Settings, paths: Paths, *, wait: bool = True) -> Any:
        backend = real_open(settings, paths, wait=wait)
        monkeypatch.setattr(backend, "start", hold(backend.start))
        return backend

    monkeypatch.setattr("tests.gui.test_startup.open_backend", opened)
    app, counter = _counter(qtbot, till, shots)
    try:
        qtbot.waitUntil(lambda: bool(held), timeout=WAIT)  # the first paint asked for the sandbox
        indicator = app.session.indicator
        assert indicator.summary == "● Connecting…"
        assert not app.session.backend.serving

        counter.scan(GIULIA)
        panel = counter.window.panel
        qtbot.waitUntil(lambda: panel.card is not None and panel.card.card == GIULIA, timeout=WAIT)
        assert panel.name.text() == "Giulia Rossi" and panel.points.text() == "1,250 points"
        assert panel.freshness.text().startswith("From this terminal")
        counter.shot("start-connecting")

        held[0]()  # the sandbox starts: the look-up waiting for it is answered
        counter.wait_live(GIULIA)
        qtbot.waitUntil(lambda: "Connecting" not in indicator.summary, timeout=WAIT)
        assert indicator.summary.startswith("● Online")
        assert app.session.backend.serving
    finally:
        app.stop()


def test_once_painted_the_counter_takes_a_scan_with_the_focus_away_from_the_search(
    qtbot: Any, till: Paths, shots: Any
) -> None:
    # The counter watches keys typed elsewhere from its first paint on (not while it is built).
    app, counter = _counter(qtbot, till, shots)
    try:
        counter.look_up(GIULIA)
        counter.wait_live(GIULIA)  # the first paint is long past: the sandbox has answered
        table = counter.window.panel.movements
        table.setFocus()
        qtbot.waitUntil(table.hasFocus, timeout=WAIT)
        counter.scan(LUCA, table)
        counter.wait_live(LUCA)
        assert counter.window.panel.name.text() == "Luca Neri"
    finally:
        app.stop()
