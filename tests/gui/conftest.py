"""A first screen wired to a real sandbox, as `kiosk` wires it."""

from __future__ import annotations

import pytest

from kiosk.app import Backend
from kiosk.services.tasks import TaskRunner
from kiosk.settings import Settings
from kiosk.ui.main import build_window


@pytest.fixture
def backend(sandbox, tmp_path):
    demo = sandbox.demo
    settings = Settings.load(tmp_path, env={}).replace(
        api_url=sandbox.url,
        api_key=demo["apikey"],
        campaign_id=demo["campaignid"],
        terminal_username=demo["terminal"]["username"],
        terminal_password=demo["terminal"]["password"],
        terminal_serial=demo["terminal"]["serialnumber"],
    )
    return Backend(settings, demo=demo)


@pytest.fixture
def window(qtbot, backend):
    client = backend.client()
    runner = TaskRunner()
    win = build_window(backend, client, runner)
    qtbot.addWidget(win)
    win.show()
    yield win
    runner.wait()
    client.close()
