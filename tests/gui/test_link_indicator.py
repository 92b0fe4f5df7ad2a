"""The counter's link indicator says "Connecting…" until this run has heard from the server, never "Online" before;
then what every call of the client met, whatever it was for.

The real app's wiring (`CounterApp` on a provider's address), a real store file, offscreen Qt; the server is
the real sandbox over HTTP on 127.0.0.1, or a stand-in on 127.0.0.1 that takes connections and answers nothing.
(The embedded sandbox, which says "Connecting…" until it serves, is tests/gui/test_startup.py's.)
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk.app import Backend
from kiosk.paths import Paths
from kiosk.settings import Settings, save_settings
from kiosk.ui.erase_dialog import EraseAccountDialog
from kiosk.ui.main import CounterApp
from tests.escpos_printer import NetworkPrinter
from tests.gui.driver import GIULIA, WAIT, CounterDriver, type_pin


@pytest.fixture
def never_answers() -> Iterator[NetworkPrinter]:
    """A server on 127.0.0.1 that takes every connection and answers nothing (a stand-in's "silent" mode)."""
    server = NetworkPrinter("silent")
    yield server
    server.close()


def _open(till: Paths, sandbox: Any, url: str, monkeypatch: pytest.MonkeyPatch, **more: object) -> CounterApp:
    for name in [n for n in os.environ if n.startswith("KIOSK_")]:
        monkeypatch.delenv(name)
    demo = sandbox.demo
    save_settings(till.config, {
        "api_url": url, "api_key": demo["apikey"], "campaign_id": demo["campaignid"],
        "terminal_username": demo["terminal"]["username"], "terminal_password": demo["terminal"]["password"],
        "terminal_serial": demo["terminal"]["serialnumber"], "idle_timeout": 0, **more,
    })
    return CounterApp(Backend(Settings.load(till.config, env={})), till)


def _everything_said(app: CounterApp) -> list[str]:
    """What the status bar says now, and each thing it says after (the indicator hears the sync before this)."""
    indicator = app.session.indicator
    said = [indicator.summary]
    app.session.sync.changed.connect(lambda _connectivity: said.append(indicator.summary))
    return said


def test_on_a_server_that_never_answers_the_bar_says_connecting_then_what_the_call_met(
    qtbot: Any, sandbox: Any, till: Paths, never_answers: NetworkPrinter, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A short read timeout: the campaign's fetch at start gives up after a second, not fifteen.
    app = _open(till, sandbox, f"http://127.0.0.1:{never_answers.port}", monkeypatch, read_timeout=1.0)
    try:
        session = app.session
        said = _everything_said(app)
        assert said == ["● Connecting…"], "nothing heard from the server: not a word about the link yet"
        # The counter's first call (the campaign) is under way, and the server says nothing.
        qtbot.waitUntil(lambda: never_answers.connections > 0 and not session.ctx.idle, timeout=WAIT)
        assert session.indicator.summary == "● Connecting…"
        assert session.sync.current.pending == 0

        # The call times out: the bar says what it met, and never said "Online" on the way.
        qtbot.waitUntil(lambda: "Connecting" not in session.indicator.summary, timeout=WAIT)
        # (The sign-in's call met the silence: the client tells it as a link that is down.)
        met = ("● Offline since ", "● Trouble reaching the server since ")
        assert session.indicator.summary.startswith(met), said
        assert not [words for words in said if "Online" in words], said
    finally:
        app.stop()


def test_on_a_healthy_server_with_an_empty_outbox_the_bar_goes_from_connecting_to_online(
    qtbot: Any, sandbox: Any, till: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _open(till, sandbox, sandbox.url, monkeypatch)
    try:
        session = app.session
        said = _everything_said(app)
        assert said == ["● Connecting…"]
        # Nothing waits to be sent: the worker makes no call of its own; the counter's first calls at start (its
        # sign-in, the campaign) are what is heard.
        qtbot.waitUntil(lambda: session.indicator.summary == "● Online · all synced", timeout=WAIT)
        assert session.sync.current.pending == 0 and session.sync.current.failed == 0
        qtbot.waitUntil(lambda: session.service.campaign is not None, timeout=WAIT)
        assert not [words for words in said if "Online" not in words and "Connecting" not in words], said
    finally:
        app.stop()


def test_the_kiosk_staff_menu_says_connecting_until_heard_and_the_customer_is_told_offline_only_once_known(
    qtbot: Any, sandbox: Any, till: Paths, never_answers: NetworkPrinter, monkeypatch: pytest.MonkeyPatch,
    kiosk_font: None,
) -> None:
    from kiosk.ui.kiosk.app import KioskApp

    for name in [n for n in os.environ if n.startswith("KIOSK_")]:
        monkeypatch.delenv(name)
    demo = sandbox.demo
    save_settings(till.config, {
        "face": "kiosk", "api_url": f"http://127.0.0.1:{never_answers.port}", "api_key": demo["apikey"],
        "campaign_id": demo["campaignid"], "terminal_username": demo["terminal"]["username"],
        "terminal_password": demo["terminal"]["password"], "terminal_serial": demo["terminal"]["serialnumber"],
        "idle_timeout": 0, "read_timeout": 1.0,
    })
    app = KioskApp(Backend(Settings.load(till.config, env={})), till, full_screen=False)
    try:
        session = app.session
        face = session.face
        qtbot.waitUntil(lambda: never_answers.connections > 0 and not session.ctx.idle, timeout=WAIT)
        # Staff looking now learn that nothing is known; the customer is promised nothing either way.
        assert face.staff.state.text().startswith("Connecting… · ")
        assert face.online and face.attract.join_button.isEnabled()

        # The calls time out: the customer is told the kiosk is offline, and so are staff.
        qtbot.waitUntil(lambda: not face.online, timeout=WAIT)
        qtbot.waitUntil(lambda: not face.staff.state.text().startswith("Connecting"), timeout=WAIT)
        assert face.staff.state.text().startswith(("Offline · ", "The loyalty server is in trouble · "))
        assert not face.attract.join_button.isEnabled()
    finally:
        app.stop()


def test_a_look_up_tells_the_bar_how_the_link_is_even_with_nothing_to_send(
    qtbot: Any, sandbox: Any, control: Any, till: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _open(till, sandbox, sandbox.url, monkeypatch)
    try:
        session = app.session
        qtbot.waitUntil(lambda: session.indicator.summary == "● Online · all synced", timeout=WAIT)
        # No call of the start still on its way: its answer, coming after the fault, would say "Online" again.
        qtbot.waitUntil(lambda: session.ctx.idle, timeout=WAIT)
        # The server falls over; the outbox is empty, so the sync worker has nothing to find it out with.
        control.set_faults(status=503, count=100_000)
        session.window.look_up_text("2000000000015")
        qtbot.waitUntil(lambda: "Online" not in session.indicator.summary, timeout=WAIT)
        assert session.indicator.summary.startswith(("● Trouble reaching the server since ", "● Offline since "))
        assert session.sync.current.pending == 0
        # It is back: the next look-up's answer says so.
        control.clear_faults()
        session.window.look_up_text("2000000000015")
        qtbot.waitUntil(lambda: session.indicator.summary == "● Online · all synced", timeout=WAIT)
    finally:
        app.stop()


def test_any_call_tells_the_bar_how_the_link_is_not_only_look_ups(
    counter: CounterDriver, control: Any, qtbot: Any
) -> None:
    """The customer's PIN to delete their account (not a look-up, nothing in the outbox) meets a server fallen over."""
    session = counter.session
    counter.look_up(GIULIA)
    counter.wait_live(GIULIA)
    qtbot.waitUntil(lambda: session.indicator.summary == "● Online · all synced", timeout=WAIT)
    # The card's offers and history all in: an answer on its way when the server falls over would say "Online".
    qtbot.waitUntil(lambda: session.ctx.idle, timeout=WAIT)
    control.set_faults(status=503, count=100_000)
    counter.qtbot.keyClick(
        counter.focused(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = counter.window.dialog
    assert isinstance(dialog, EraseAccountDialog)
    qtbot.waitUntil(dialog.pin_pad.hasFocus, timeout=WAIT)
    type_pin(counter, dialog, "1234", dialog.pin_pad)
    qtbot.waitUntil(lambda: "Online" not in session.indicator.summary, timeout=WAIT)
    assert session.indicator.summary.startswith("● Trouble reaching the server since ")
    assert session.sync.current.pending == 0
    # The server is back: the next answer, whatever the call, says so.
    control.clear_faults()
    type_pin(counter, dialog, "0000", dialog.pin_pad)
    qtbot.waitUntil(lambda: session.indicator.summary == "● Online · all synced", timeout=WAIT)
