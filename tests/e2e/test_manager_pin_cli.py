"""`kiosk settings manager-pin`: the shop owner sets the manager PIN; only its hash reaches kiosk.toml."""

from __future__ import annotations

import json
import subprocess
import tomllib

from kiosk.core.staff import check_manager_pin
from tests.e2e.tills import KIOSK


def _run(basedir, *args, stdin=""):
    return subprocess.run(
        [*KIOSK, "--basedir", str(basedir), *args], input=stdin, capture_output=True, text=True, timeout=60
    )


def test_a_piped_pin_is_saved_as_a_hash_beside_the_other_settings(tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    (config / "kiosk.toml").write_text('language = "it"\nidle_timeout = 45\n')
    done = _run(tmp_path, "settings", "manager-pin", stdin="482135\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Manager PIN saved."
    raw = (config / "kiosk.toml").read_bytes()
    assert b"482135" not in raw
    table = tomllib.loads(raw.decode())
    assert table["language"] == "it" and table["idle_timeout"] == 45
    assert check_manager_pin("482135", table["manager_pin_hash"])
    assert (config / "kiosk.toml").stat().st_mode & 0o777 == 0o600


def test_a_bad_pin_is_refused_with_exit_2_and_nothing_saved(tmp_path):
    for typed in ("12a456\n", "12345\n", "1234\n", ""):
        done = _run(tmp_path, "settings", "manager-pin", stdin=typed)
        assert done.returncode == 2
        assert "The manager PIN must be 6 to 8 digits." in done.stderr
        assert typed.strip() == "" or typed.strip() not in done.stderr
    assert not (tmp_path / "config" / "kiosk.toml").exists()


def test_settings_still_prints_and_masks_the_hash(tmp_path):
    assert _run(tmp_path, "settings", "manager-pin", stdin="246813\n").returncode == 0
    shown = _run(tmp_path, "settings", "--json")
    assert shown.returncode == 0, shown.stderr
    settings = json.loads(shown.stdout)["settings"]
    assert settings["manager_pin_hash"] == "****"
    assert settings["idle_timeout"] == 90
    plain = _run(tmp_path, "settings")
    assert "KIOSK_MANAGER_PIN_HASH" in plain.stdout and "scrypt" not in plain.stdout
