"""The counter as `kiosk` wires it (a real sandbox, a real store file, offscreen Qt), and its driver as a fixture."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.app import Backend
from kiosk.paths import Paths
from kiosk.settings import Settings
from kiosk.ui.main import CounterSession
from tests.gui.driver import WAIT, CounterDriver, show_active


@pytest.fixture
def till(tmp_path: Path) -> Paths:
    """The till's own folders (data with the store, config, logs)."""
    return Paths.for_basedir(tmp_path / "till").create()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """This test's folder for pictures of its screens, kept with its tmp_path for a person to look at."""
    folder = tmp_path / "shots"
    folder.mkdir()
    return folder


@pytest.fixture
def backend(sandbox: Any) -> Backend:
    """The counter's backend as the app fills it in for the embedded sandbox, the enrolment login included."""
    demo = sandbox.demo
    settings = Settings.load(Path("/nonexistent"), env={}).replace(
        api_url=sandbox.url,
        api_key=demo["apikey"],
        campaign_id=demo["campaignid"],
        terminal_username=demo["terminal"]["username"],
        terminal_password=demo["terminal"]["password"],
        terminal_serial=demo["terminal"]["serialnumber"],
        synchro_username=demo["customersynchro"]["username"],
        synchro_password=demo["customersynchro"]["password"],
        connect_timeout=2.0,
        read_timeout=5.0,
        idle_timeout=0,
    )
    return Backend(settings, demo=demo)


@pytest.fixture
def session(qtbot: Any, backend: Backend, till: Paths) -> Iterator[CounterSession]:
    opened = CounterSession.open(backend, till)
    show_active(qtbot, opened.window)
    # The campaign (currency, name, points rule) is on screen before the first customer.
    qtbot.waitUntil(lambda: opened.service.campaign is not None, timeout=WAIT)
    yield opened
    opened.close()


@pytest.fixture
def counter(qtbot: Any, session: CounterSession, shots: Path) -> CounterDriver:
    return CounterDriver(qtbot, session, shots)
