"""The faces' link to systemd: the watchdog is petted from Qt's event loop, READY=1 is said once per process,
and the kiosk face says it serves after its first paint, again after each restart on new settings.

systemd's end is a real datagram socket (tests/systemd_listener.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from kiosk.settings import save_settings
from kiosk.systemd import Notifier
from kiosk.ui.service_manager import STATUS_READY, ServiceManagerLink
from tests.gui.driver import WAIT
from tests.systemd_listener import NotifyListener


@pytest.fixture
def listener() -> Iterator[NotifyListener]:
    made = NotifyListener()
    yield made
    made.close()


def test_the_watchdog_is_petted_from_the_event_loop_until_the_stop(qtbot: Any, qapp: Any, listener) -> None:
    link = ServiceManagerLink(qapp, Notifier(listener.env(WATCHDOG_USEC="100000")))
    try:
        # Only while the loop turns (qtbot.waitUntil runs it): no thread of its own.
        qtbot.waitUntil(lambda: listener.lines().count("WATCHDOG=1") >= 3, timeout=WAIT)
        link.stopping()
        listener.wait_for("STOPPING=1", within=WAIT / 1000)
    finally:
        link.deleteLater()
    assert listener.lines()[-2:] == ["STOPPING=1", "STATUS=Stopping"]


def test_ready_is_said_once_and_a_restart_only_says_its_status_again(qapp: Any, listener) -> None:
    link = ServiceManagerLink(qapp, Notifier(listener.env()))
    try:
        link.ready(STATUS_READY["kiosk"])
        link.ready(STATUS_READY["kiosk"])
        listener.wait_for("STATUS=Ready for a customer", count=2, within=WAIT / 1000)
    finally:
        link.deleteLater()
    assert listener.messages == ["READY=1\nSTATUS=Ready for a customer", "STATUS=Ready for a customer"]


def test_the_kiosk_app_says_it_serves_after_its_first_paint_and_after_a_restart(
    qtbot: Any, sandbox: Any, till: Any, kiosk_font: None
) -> None:
    from kiosk.app import Backend
    from kiosk.settings import Settings
    from kiosk.ui.kiosk.app import KioskApp

    demo = sandbox.demo
    save_settings(till.config, {
        "face": "kiosk", "api_url": sandbox.url, "api_key": demo["apikey"], "campaign_id": demo["campaignid"],
        "terminal_username": demo["terminal"]["username"], "terminal_password": demo["terminal"]["password"],
        "terminal_serial": demo["terminal"]["serialnumber"],
    })
    app = KioskApp(Backend(Settings.load(till.config, env={})), till, full_screen=False)
    try:
        first = app.session
        with qtbot.waitSignal(app.serving, timeout=WAIT):
            pass
        assert first.window.isVisible()
        # Its services run: the campaign comes from the server.
        qtbot.waitUntil(lambda: first.face.campaign is not None, timeout=WAIT)
        with qtbot.waitSignal(app.serving, timeout=WAIT):
            first.face.restart_requested.emit()
        assert app.session is not first and app.session.window.isVisible()
    finally:
        app.stop()
