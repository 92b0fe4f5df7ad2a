"""A fast start (issue 13 §4): nothing the counter needs only later is imported before it takes a scan.

Each check runs the start in a fresh interpreter, as `kiosk` does, and reads its sys.modules:
an import added at the top of a module on the start path shows up here, not only in a benchmark.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.paths import Paths
from kiosk.store import open_store

ROOT = Path(__file__).resolve().parents[2]

# Each of these costs tens of milliseconds (FastAPI ~0.35 s) and serves something after the first scan:
# the network, the embedded sandbox, a store migration, a typed phone or e-mail, a card's codes, a dialog,
# a slip, an enrolment.
LATER = (
    "httpx",  # the loyalty client is made on first use, after the first paint
    "fastapi",
    "uvicorn",
    "starlette",
    "sqlite_utils",
    "phonenumbers",
    "email_validator",
    "click",
    "rich",
    "qrcode",
    "barcode",
    "kiosk.sandbox.server",
    "kiosk.ui.common.enrol_wizard",
    "kiosk.ui.settings_dialog",
    "kiosk.ui.redeem_dialog",
    "kiosk.ui.queue_dialog",
    "kiosk.ui.pin_dialog",
    "kiosk.ui.earn_dialogs",  # purchase, top-up, refund
    "kiosk.ui.common.codes",
    "kiosk.ui.common.slip",
    "PySide6.QtPrintSupport",  # the slip's printing
    "kiosk.services.enrolment",  # with the onboarding machine: made on the first enrolment
    "kiosk.core.onboarding",
    "kiosk.domain.enrolment_steps",
    # What the first look-up, save or sync needs, not the first paint (~25 ms in all): the answers'
    # 22 dataclasses, the store's SQL, the core's terminal (with the contact hashing), the worker's
    # sending, settling and directory.
    "kiosk.api.models",
    "kiosk.api.contacthash",
    "kiosk.domain.enrolment_input",
    "kiosk.store.store",
    "kiosk.store.models",  # the records; an operation's states are in kiosk.store.states
    "kiosk.core.terminal",
    "kiosk.core.history",
    "kiosk.sync.sending",
    "kiosk.sync.settle",
    "kiosk.sync.directory",
    "uuid",  # with `platform`: an operation's id is made at its save
    # ~100 ms, loaded only where a keyring can answer (a session bus, or one named): tests/conftest.py names
    # keyring's fail backend, as a kiosk without a desktop session has none.
    "keyring",
)

# Builds the counter exactly as `kiosk` does up to "ready for scan", on the embedded sandbox (not
# started: it starts after the first paint) or on a provider's address, then lists what is loaded.
START = """
import os
import sys
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
import kiosk.__main__
from kiosk.app import open_backend
from kiosk.paths import Paths
from kiosk.settings import Settings
from kiosk.ui.main import CounterApp

paths = Paths.for_basedir(sys.argv[1]).create()
backend = open_backend(Settings.load(paths.config, env=dict(a.split("=", 1) for a in sys.argv[2:])), paths, wait=False)
counter = CounterApp(backend, paths)
loaded = sorted(sys.modules)
print("connecting" if "Connecting" in counter.session.indicator.summary else "not connecting")
print(" ".join(loaded), flush=True)
os._exit(0)  # no stop: the check is done, and the provider's address is not a real one
"""

PROVIDER = (
    "KIOSK_API_URL=https://loyalty.example.com", "KIOSK_API_KEY=k", "KIOSK_CAMPAIGN_ID=1",
    "KIOSK_TERMINAL_USERNAME=t", "KIOSK_TERMINAL_PASSWORD=p", "KIOSK_TERMINAL_SERIAL=s",
)


def _start(base: Path, *settings: str) -> tuple[str, set[str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-c", START, str(base), *settings], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    said, loaded = done.stdout.strip().splitlines()[-2:]
    return said, set(loaded.split())


@pytest.mark.parametrize("settings", [(), PROVIDER], ids=["embedded sandbox", "provider"])
def test_the_counter_is_built_without_what_it_needs_only_later(tmp_path, settings):
    # As on an ordinary morning: the store exists (its first start migrates it, with sqlite-utils).
    open_store(Paths.for_basedir(tmp_path).create().store).close()
    said, loaded = _start(tmp_path, *settings)
    assert sorted(name for name in LATER if name in loaded) == []
    # The embedded sandbox is not serving yet, the provider's server has not answered yet: the status bar
    # says so instead of "Online".
    assert said == "connecting"
