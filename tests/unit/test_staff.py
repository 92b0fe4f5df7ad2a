"""The manager PIN is kept only as a salted hash; save_settings writes kiosk.toml safely and checks each value."""

from __future__ import annotations

import errno
import os
import stat
import sys
import tomllib

import pytest

from kiosk.core.staff import ManagerPinLockout, check_manager_pin, hash_manager_pin
from kiosk.store import open_store
from kiosk.settings import Settings, SettingsError, save_settings
from kiosk.cli_text import say
from kiosk.domain.errors import Why
from tests.helpers import raises_saying

SALT = "A" * 22 + "=="


def test_the_right_pin_matches_its_hash_and_nothing_else_does():
    stored = hash_manager_pin("482193")
    assert "482193" not in stored
    assert stored.startswith("scrypt$")
    assert check_manager_pin("482193", stored)
    assert not check_manager_pin("482194", stored)
    assert not check_manager_pin("", stored)


def test_the_same_pin_hashes_differently_each_time_because_of_the_salt():
    first, second = hash_manager_pin("482193"), hash_manager_pin("482193")
    assert first != second
    assert check_manager_pin("482193", first) and check_manager_pin("482193", second)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "4821",
        "scrypt$",
        "scrypt$16384$8$1$!!$!!",
        "md5$16384$8$1$AAAA$AAAA",
        "scrypt$3$8$1$" + SALT + "$" + "A" * 44,  # n not a power of two
        "scrypt$1073741824$8$1$" + SALT + "$" + "A" * 44,  # would ask for 128 GiB
    ],
)
def test_an_empty_or_garbled_stored_value_never_matches(stored):
    assert not check_manager_pin("4821", stored)


def test_a_new_hash_costs_at_least_64_mib_of_scrypt_and_says_so_in_its_parameters():
    scheme, n, r, p, _salt, _digest = hash_manager_pin("482193").split("$")
    assert scheme == "scrypt" and 128 * int(n) * int(r) * int(p) >= 64 * 1024 * 1024


def test_a_four_digit_pin_hashed_with_the_old_parameters_still_verifies():
    """What `kiosk settings manager-pin` wrote before: 4 digits, scrypt n=2**14. A shop is not locked out by the upgrade."""
    import base64
    import hashlib

    salt = bytes(range(16))
    digest = hashlib.scrypt(b"4821", salt=salt, n=2**14, r=8, p=1, dklen=32)
    old = "$".join(("scrypt", "16384", "8", "1", base64.b64encode(salt).decode(), base64.b64encode(digest).decode()))
    assert check_manager_pin("4821", old)
    assert not check_manager_pin("4822", old)


# -- the lock-out, kept in the store ------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def _wrong(lockout, stored: str, times: int) -> list:
    return [lockout.attempt("000000", stored) for _ in range(times)]


def test_five_wrong_pins_lock_for_1_then_5_15_and_60_minutes_across_restarts(tmp_path):
    path = tmp_path / "terminal.sqlite3"
    clock = Clock()
    stored = hash_manager_pin("482193")
    for wait in (60, 300, 900, 3600, 3600):
        with open_store(path) as store:  # every round in a fresh process, as after a restart
            lockout = ManagerPinLockout(lambda: store, clock=clock)
            checks = _wrong(lockout, stored, 5)
            assert [c.accepted for c in checks] == [False] * 5
            assert [c.wait_left for c in checks] == [0, 0, 0, 0, wait]
        with open_store(path) as store:
            lockout = ManagerPinLockout(lambda: store, clock=clock)
            assert lockout.wait_left() == wait
            # Even the right PIN is not checked while locked.
            refused = lockout.attempt("482193", stored)
            assert (refused.accepted, refused.refused_locked) == (False, True)
            clock.now += wait - 1
            assert lockout.wait_left() == 1
            clock.now += 1
            assert lockout.wait_left() == 0


def test_the_right_pin_clears_the_count_and_the_escalation(tmp_path):
    clock = Clock()
    stored = hash_manager_pin("482193")
    with open_store(tmp_path / "terminal.sqlite3") as store:
        lockout = ManagerPinLockout(lambda: store, clock=clock)
        _wrong(lockout, stored, 5)
        clock.now += 60
        assert lockout.attempt("482193", stored).accepted
        _wrong(lockout, stored, 4)
        assert lockout.attempt("482193", stored).accepted
        assert [c.wait_left for c in _wrong(lockout, stored, 5)] == [0, 0, 0, 0, 60]  # back to the first wait
        assert "482193" not in (store.get_meta("manager_pin_lockout") or "")


def test_a_clock_set_back_does_not_lengthen_a_lock(tmp_path):
    clock = Clock()
    stored = hash_manager_pin("482193")
    with open_store(tmp_path / "terminal.sqlite3") as store:
        lockout = ManagerPinLockout(lambda: store, clock=clock)
        _wrong(lockout, stored, 5)
        clock.now -= 86400
        assert lockout.wait_left() == 60


def test_save_settings_keeps_the_other_keys_and_reads_back(tmp_path):
    (tmp_path / "kiosk.toml").write_text('api_url = "https://loyalty.example"\ncampaign_id = 7\nlanguage = "it"\n')
    path = save_settings(tmp_path, {"campaign_id": "42", "idle_timeout": 30, "manager_pin_hash": "scrypt$x"})
    assert path == tmp_path / "kiosk.toml"
    table = tomllib.loads(path.read_text())
    assert table == {
        "api_url": "https://loyalty.example",
        "campaign_id": 42,
        "language": "it",
        "idle_timeout": 30,
        "manager_pin_hash": "scrypt$x",
    }
    settings = Settings.load(tmp_path, env={})
    assert (settings.campaign_id, settings.idle_timeout, settings.language) == (42, 30, "it")
    assert settings.source("idle_timeout") == "file"
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_settings_file_is_readable_by_its_owner_only(tmp_path):
    (tmp_path / "kiosk.toml").write_text('language = "en"\n')
    os.chmod(tmp_path / "kiosk.toml", 0o644)
    path = save_settings(tmp_path, {"api_key": "k"})
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    fresh = save_settings(tmp_path / "new", {"language": "it"})
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"idle_timeout": -5}, "KIOSK_IDLE_TIMEOUT .* must be 0 or more"),
        ({"idle_timeout": "soon"}, "KIOSK_IDLE_TIMEOUT .* must be a whole number"),
        ({"campaign_id": "abc"}, "KIOSK_CAMPAIGN_ID .* must be a whole number"),
        ({"campain_id": 3}, "no setting “campain_id”"),
    ],
)
def test_a_bad_value_is_refused_and_the_file_is_left_as_it_was(tmp_path, changes, words):
    before = 'language = "it"\n'
    (tmp_path / "kiosk.toml").write_text(before)
    with raises_saying(SettingsError, words):
        save_settings(tmp_path, changes)
    assert (tmp_path / "kiosk.toml").read_text() == before


def test_a_negative_idle_timeout_is_refused_from_the_environment_too(tmp_path):
    with raises_saying(SettingsError, r"KIOSK_IDLE_TIMEOUT \(environment\) must be 0 or more"):
        Settings.load(tmp_path, env={"KIOSK_IDLE_TIMEOUT": "-1"})
    assert Settings.load(tmp_path, env={}).idle_timeout == 90
    assert Settings.load(tmp_path, env={"KIOSK_IDLE_TIMEOUT": "0"}).idle_timeout == 0


def test_an_unreadable_settings_file_is_not_overwritten(tmp_path):
    (tmp_path / "kiosk.toml").write_text("this is = = not toml")
    with raises_saying(SettingsError, "cannot be read"):
        save_settings(tmp_path, {"language": "it"})
    assert (tmp_path / "kiosk.toml").read_text() == "this is = = not toml"


def test_a_full_disk_keeps_the_previous_settings_and_says_so(tmp_path, monkeypatch):
    save_settings(tmp_path, {"language": "it", "api_key": "k-123456"})
    before = (tmp_path / "kiosk.toml").read_bytes()

    def full(_fd):  # the fault a full disk gives at the write-back; nothing else can produce it on demand
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(SettingsError) as raised:
        save_settings(tmp_path, {"language": "en", "api_key": "k-secret-new"})
    assert raised.value.what is Why.SETTINGS_NOT_WRITTEN
    assert "No space left on device" in say(raised.value)
    assert "previous settings still apply" in say(raised.value)
    assert "k-secret-new" not in say(raised.value) and "k-secret-new" not in str(raised.value.params)
    assert (tmp_path / "kiosk.toml").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kiosk.toml"]  # no half-written file left behind


def test_the_manager_pin_hash_is_a_secret_setting(tmp_path):
    save_settings(tmp_path, {"manager_pin_hash": hash_manager_pin("482193")})
    shown = Settings.load(tmp_path, env={}).as_dict()
    assert shown["manager_pin_hash"] == "****"
