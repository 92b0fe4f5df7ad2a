"""The counter as `kiosk` wires it (a real sandbox, a real store file, offscreen Qt), and its driver as a fixture."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.app import Backend
from kiosk.core.staff import hash_manager_pin
from kiosk.paths import Paths
from kiosk.settings import Settings, save_settings
from kiosk.ui.main import CounterApp, CounterSession
from tests.gui.driver import MANAGER_PIN, WAIT, CounterDriver, show_active


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


@pytest.fixture(autouse=True)
def screens_pictures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """kiosk_screens.shot() saves into this test's tmp_path, unless KIOSK_SHOTS names a folder to collect them in."""
    import os

    from tests.gui import kiosk_screens

    if not os.environ.get("KIOSK_SHOTS"):
        monkeypatch.setattr(kiosk_screens, "SHOTS", tmp_path / "screens")


@pytest.fixture(autouse=True)
def plain_clothes() -> Iterator[None]:
    """Each test starts in the application's own look: a counter's theme (kiosk.ui.styles) is taken off after it."""
    yield
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.styles import take_off_counter_theme

    app = QApplication.instance()
    if app is not None:
        take_off_counter_theme(app)


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


@pytest.fixture
def app(qtbot: Any, sandbox: Any, till: Paths, monkeypatch: pytest.MonkeyPatch) -> Iterator[CounterApp]:
    """The counter as `kiosk` runs it: settings from the till's kiosk.toml (MANAGER_PIN chosen), restarted on a save."""
    for name in [n for n in __import__("os").environ if n.startswith("KIOSK_")]:
        monkeypatch.delenv(name)
    demo = sandbox.demo
    save_settings(till.config, {
        "api_url": sandbox.url, "api_key": demo["apikey"], "campaign_id": demo["campaignid"],
        "terminal_username": demo["terminal"]["username"], "terminal_password": demo["terminal"]["password"],
        "terminal_serial": demo["terminal"]["serialnumber"], "idle_timeout": 0,
        "manager_pin_hash": hash_manager_pin(MANAGER_PIN),
    })
    made = CounterApp(Backend(Settings.load(till.config, env={})), till)
    yield made
    made.stop()


@pytest.fixture
def kiosk_parts(qtbot: Any, backend: Backend, till: Paths) -> Iterator[Any]:
    """What a kiosk screen needs, on the sandbox: `ctx` (ServiceContext), `service` (KioskService), `campaign`."""
    import types

    from kiosk.services.context import ServiceContext
    from kiosk.services.kiosk import KioskService

    client = backend.client()
    ctx = ServiceContext.create(backend.settings, till, client)
    parts = types.SimpleNamespace(ctx=ctx, service=KioskService(ctx), campaign=client.campaign(), demo=backend.demo)
    yield parts
    ctx.close()
    # Deliver the close's own result now: a runner freed with a result still queued crashes Qt.
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    client.close()


@pytest.fixture
def kiosk_font(qapp: Any) -> Iterator[None]:
    """The kiosk's 18 pt words, as its app sets them before building anything; the counter's after."""
    from PySide6.QtGui import QFont

    from kiosk.ui.kiosk.face import set_kiosk_font

    before = QFont(qapp.font())
    set_kiosk_font(qapp)
    yield
    qapp.setFont(before)


@pytest.fixture
def kiosk(qtbot: Any, backend: Backend, till: Paths, shots: Path, kiosk_font: None) -> Iterator[Any]:
    """The self-service kiosk as `kiosk --face kiosk` wires it, on the sandbox, in a 1366x768 window."""
    from kiosk.ui.kiosk.session import KioskSession
    from tests.gui.kiosking import KioskDriver

    settings = backend.settings.replace(face="kiosk", idle_timeout=60)
    session = KioskSession.open(Backend(settings, demo=backend.demo), till, dpi=96)
    session.window.resize(1366, 768)
    show_active(qtbot, session.window)
    qtbot.waitUntil(lambda: session.counter.campaign is not None, timeout=WAIT)
    yield KioskDriver(qtbot, session, shots)
    session.close()
