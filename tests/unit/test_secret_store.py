"""The secret store's faults: a keyring that hangs, refuses or forgets never hangs the app nor shows a secret.

The keyrings here are keyring backends written for the fault they inject (a real
keyring cannot be made to hang on purpose); the working keyring is keyrings.alt's real
file backend.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyrings.alt.file import PlaintextKeyring

from kiosk import cli_text
from kiosk.app import open_backend
from kiosk.domain.errors import Why
from kiosk.paths import Paths
from kiosk.secret_store import KeyringError, SecretsAt, SecretStore, find_secret_store
from kiosk.settings import Settings, SettingsError, remove_from_file, save_settings
from tests.fake_keyrings import ForgetfulKeyring, HangingKeyring, RefusingKeyring

SECRET = "Very-s3cret-value"


def _store(config: Path, keyring: KeyringBackend, timeout: float = 0.3) -> SecretStore:
    return SecretStore(SecretsAt.KEYRING, config, backend="tests.FaultyKeyring", timeout=timeout, _keyring=keyring)


@pytest.fixture
def hanging() -> Iterator[HangingKeyring]:
    ring = HangingKeyring()
    yield ring
    ring.release.set()  # the call left behind ends with the test


@pytest.fixture
def plaintext(tmp_path: Path) -> PlaintextKeyring:
    ring = PlaintextKeyring()
    ring.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")
    return ring


def test_with_no_keyring_the_secrets_are_the_file_s(tmp_path: Path) -> None:
    store = find_secret_store(tmp_path)  # tests/conftest.py names keyring's fail backend
    assert store.at is SecretsAt.FILE and not store.in_keyring and store.problem is None
    (tmp_path / "kiosk.toml").write_text(f'api_key = "{SECRET}"\n')
    settings = Settings.load(tmp_path, env={})
    assert settings.api_key == SECRET and settings.source("api_key") == "file"


def test_the_keyring_comes_before_the_file_and_after_the_environment(tmp_path: Path, plaintext) -> None:
    store = _store(tmp_path, plaintext)
    plaintext.set_password("kiosk", store.username("terminal_password"), "from-keyring")
    plaintext.set_password("kiosk", store.username("api_key"), "key-from-keyring")
    (tmp_path / "kiosk.toml").write_text('terminal_password = "from-file"\napi_key = "key-from-file"\n')
    settings = Settings.load(tmp_path, env={"KIOSK_API_KEY": "key-from-env"}, secret_store=store)
    assert (settings.terminal_password, settings.source("terminal_password")) == ("from-keyring", "keyring")
    assert (settings.api_key, settings.source("api_key")) == ("key-from-env", "environment")
    assert settings.source("synchro_password") == "default"
    assert set(settings.secrets()) == {"from-keyring", "key-from-env"}  # masked in the log


def test_a_keyring_that_does_not_answer_is_an_error_in_words_not_a_hang(tmp_path: Path, hanging, caplog) -> None:
    store = _store(tmp_path, hanging)
    (tmp_path / "kiosk.toml").write_text('api_url = "https://loyalty.example"\ncampaign_id = 3\n'
                                         'terminal_username = "t"\nterminal_serial = "s"\n')
    settings = Settings.load(tmp_path, env={}, secret_store=store)  # returns, after the store's timeout
    assert settings.secrets_problem is not None and settings.secrets_problem.what is Why.KEYRING_NO_ANSWER
    assert settings.api_key == "" and settings.language == "en"  # the rest is read
    with pytest.raises(SettingsError) as refused:
        open_backend(settings, Paths.for_basedir(tmp_path))
    said = cli_text.say(refused.value)
    assert said.startswith("The system keyring (tests.FaultyKeyring) did not answer") and "Unlock it" in said
    with pytest.raises(KeyringError) as not_saved:
        save_settings(tmp_path, {"api_key": SECRET, "language": "it"}, secret_store=store)
    assert not_saved.value.what is Why.KEYRING_NO_ANSWER
    assert "language" not in (tmp_path / "kiosk.toml").read_text()  # nothing written when the keyring failed
    assert SECRET not in caplog.text


def test_a_keyring_that_refuses_says_so_without_the_secret(tmp_path: Path, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    store = _store(tmp_path, RefusingKeyring())
    with pytest.raises(KeyringError) as refused:
        save_settings(tmp_path, {"terminal_password": SECRET}, secret_store=store)
    assert refused.value.what is Why.KEYRING_FAILED
    assert SECRET not in str(refused.value) and SECRET not in cli_text.say(refused.value)
    assert SECRET not in caplog.text and "KeyringLocked" in caplog.text
    assert refused.value.__cause__ is None and refused.value.__context__ is None
    assert Settings.load(tmp_path, env={}, secret_store=store).secrets_problem.what is Why.KEYRING_FAILED


def test_a_keyring_that_does_not_keep_a_value_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    (tmp_path / "kiosk.toml").write_text('api_key = "old-key-in-file"\n')
    with pytest.raises(KeyringError) as refused:
        save_settings(tmp_path, {"api_key": SECRET}, secret_store=_store(tmp_path, ForgetfulKeyring()))
    assert refused.value.what is Why.KEYRING_NOT_KEPT
    assert "did not keep api_key" in cli_text.say(refused.value)
    assert (tmp_path / "kiosk.toml").read_text() == 'api_key = "old-key-in-file"\n'


def test_saving_into_the_keyring_removes_the_file_s_older_copy(tmp_path: Path, plaintext) -> None:
    store = _store(tmp_path, plaintext, timeout=5)
    (tmp_path / "kiosk.toml").write_text(f'api_key = "{SECRET}"\nlanguage = "ru"\n')
    save_settings(tmp_path, {"api_key": "new-key", "phone_region": "PT"}, secret_store=store)
    text = (tmp_path / "kiosk.toml").read_text()
    assert "api_key" not in text and 'language = "ru"' in text and 'phone_region = "PT"' in text
    assert plaintext.get_password("kiosk", store.username("api_key")) == "new-key"


def test_rewriting_the_file_overwrites_the_old_file_s_bytes(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(f'api_key = "{SECRET}"\nlanguage = "pt"\n')
    with open(path, "rb") as old:
        remove_from_file(tmp_path, ["api_key"])
        assert set(old.read()) == {0}
    assert path.read_text() == 'language = "pt"\n'
    # A file with another name still on it (a hard link someone made) is not ours to wipe.
    linked = tmp_path / "kept-by-hand.toml"
    path.write_text(f'api_key = "{SECRET}"\n')
    linked.hardlink_to(path)
    remove_from_file(tmp_path, ["api_key"])
    assert SECRET in linked.read_text()
