"""The settings screen with the secrets in the keyring: it says where they are kept and saves them there."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from keyrings.alt.file import PlaintextKeyring

from kiosk.app import Backend
from kiosk.paths import Paths
from kiosk.secret_store import SecretsAt, SecretStore, find_secret_store
from kiosk.services.context import ServiceContext
from kiosk.settings import Settings, save_settings
from kiosk.ui.settings_dialog import SettingsDialog
from tests.gui.driver import show_active
from tests.fake_keyrings import HangingKeyring

WAIT = 15_000
PLAINTEXT = "keyrings.alt.file.PlaintextKeyring"
SHOP = {
    "api_url": "https://loyalty.example", "campaign_id": 7, "terminal_username": "till",
    "terminal_serial": "SHOP-1", "api_key": "first-key", "terminal_password": "first-pw",
}


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths.for_basedir(tmp_path / "till").create()


@pytest.fixture
def ring(tmp_path: Path) -> PlaintextKeyring:
    made = PlaintextKeyring()
    made.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")
    return made


def _context(paths: Paths, store: SecretStore) -> Iterator[ServiceContext]:
    save_settings(paths.config, SHOP, secret_store=store)
    settings = Settings.load(paths.config, env={}, secret_store=store)
    client = Backend(settings).client()
    made = ServiceContext.create(settings, paths, client)
    yield made
    made.close()
    QApplication.processEvents()  # the close's own result, delivered before the runner is freed
    client.close()


@pytest.fixture
def keyring_ctx(paths: Paths, ring: PlaintextKeyring) -> Iterator[ServiceContext]:
    store = SecretStore(SecretsAt.KEYRING, paths.config.resolve(), backend=PLAINTEXT, timeout=5, _keyring=ring)
    yield from _context(paths, store)


@pytest.fixture
def file_ctx(paths: Paths) -> Iterator[ServiceContext]:
    yield from _context(paths, find_secret_store(paths.config))  # keyring's fail backend: no keyring


def _typed_and_saved(qtbot: Any, dialog: SettingsDialog, *, key: str) -> None:
    qtbot.keyClicks(dialog.api_key, key)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as blocker:
        dialog.save()
    assert blocker.args == [{"api_key": "****"}]


def test_with_a_keyring_the_screen_says_so_and_a_new_key_goes_there(qtbot, keyring_ctx, ring, paths):
    toml = paths.config / "kiosk.toml"
    assert "first-key" not in toml.read_text() and keyring_ctx.settings.source("api_key") == "keyring"
    dialog = SettingsDialog(keyring_ctx)
    show_active(qtbot, dialog)
    assert dialog.secrets_kept.text() == (
        "Leave them empty to keep the ones saved, in this computer's keyring."
    )
    assert dialog.api_key.placeholderText() == "unchanged"
    _typed_and_saved(qtbot, dialog, key="second-key")
    username = f"api_key@{paths.config.resolve()}"
    assert ring.get_password("kiosk", username) == "second-key"
    assert "second-key" not in toml.read_text() and "api_key" not in toml.read_text()
    assert Settings.load(paths.config, env={}, secret_store=keyring_ctx.settings.secret_store).api_key == "second-key"


def test_without_a_keyring_the_screen_names_the_file_and_saves_there(qtbot, file_ctx, paths):
    toml = paths.config / "kiosk.toml"
    dialog = SettingsDialog(file_ctx)
    show_active(qtbot, dialog)
    assert dialog.secrets_kept.text() == (
        "Leave them empty to keep the ones saved, in the settings file only the app's user can read."
    )
    _typed_and_saved(qtbot, dialog, key="second-key")
    assert 'api_key = "second-key"' in toml.read_text() and toml.stat().st_mode & 0o777 == 0o600


@pytest.fixture
def hanging() -> Iterator[HangingKeyring]:
    made = HangingKeyring()
    yield made
    made.release.set()  # the call left behind ends with the test


def test_a_keyring_that_does_not_answer_is_said_on_the_screen_and_nothing_is_saved(
    qtbot, keyring_ctx, hanging, paths
):
    # The keyring locks while the app runs: the save waits its time, then says so.
    keyring_ctx.settings.secret_store = SecretStore(
        SecretsAt.KEYRING, paths.config.resolve(), backend=PLAINTEXT, timeout=1, _keyring=hanging
    )
    dialog = SettingsDialog(keyring_ctx)
    show_active(qtbot, dialog)
    qtbot.keyClicks(dialog.api_key, "never-saved-key")
    with qtbot.assertNotEmitted(dialog.saved, wait=0):
        dialog.save()
        qtbot.waitUntil(lambda: "did not answer" in dialog.outcome.text(), timeout=WAIT)
    said = dialog.outcome.text()  # "1 second" once kiosk_en.qm has the plural, "1 second(s)" before
    assert said.startswith(f"This computer's keyring ({PLAINTEXT}) did not answer within 1 second")
    assert said.endswith(": it may be locked. Unlock it and try again.")
    assert dialog.save_button.isEnabled() and dialog.isVisible()
    assert "never-saved-key" not in (paths.config / "kiosk.toml").read_text()
