"""The api key and the passwords in the system keyring, through the real `kiosk` command.

The keyring is a real one that needs no desktop: keyrings.alt's PlaintextKeyring, a file
under XDG_DATA_HOME, named by PYTHON_KEYRING_BACKEND as an integrator would name theirs.
"No keyring" is keyring's own fail backend, as on a kiosk without a desktop session.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from keyrings.alt.file import PlaintextKeyring

from tests.e2e.tills import KIOSK

PLAINTEXT = "keyrings.alt.file.PlaintextKeyring"
GIULIA, GIULIA_PIN = "2000000000015", "1234"


class Terminal:
    """One base folder and one keyring (a folder of its own): runs `kiosk --basedir BASE ...` with them."""

    def __init__(self, tmp_path: Path, backend: str = PLAINTEXT, name: str = "base") -> None:
        self.base = tmp_path / name
        self.keyring_home = tmp_path / "keyring-data"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("KIOSK_", "XDG_"))}
        self.env.update(PYTHON_KEYRING_BACKEND=backend, XDG_DATA_HOME=str(self.keyring_home),
                        XDG_CONFIG_HOME=str(tmp_path / "keyring-config"), HOME=str(tmp_path))

    @property
    def toml(self) -> Path:
        return self.base / "config" / "kiosk.toml"

    def __call__(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([*KIOSK, "--basedir", str(self.base), *args], env=self.env, input=stdin,
                              capture_output=True, text=True, timeout=60)

    def settings(self) -> dict:
        done = self("settings", "--json")
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    def in_keyring(self, name: str) -> str | None:
        """What the keyring itself holds for this terminal's `name`, read with keyrings.alt directly."""
        ring = PlaintextKeyring()
        ring.file_path = str(self.keyring_home / "python_keyring" / "keyring_pass.cfg")
        return ring.get_password("kiosk", f"{name}@{(self.base / 'config').resolve()}")


def _files_holding(folder: Path, secret: str) -> list[str]:
    return [str(f) for f in sorted(folder.rglob("*")) if f.is_file() and secret.encode() in f.read_bytes()]


def test_set_secret_goes_to_the_keyring_and_says_where_never_what(tmp_path):
    term = Terminal(tmp_path)
    done = term("settings", "set-secret", "terminal_password", stdin="k3yring-Pw-77\n")
    assert done.returncode == 0, done.stderr
    assert "k3yring-Pw-77" not in done.stdout + done.stderr
    assert f"saved in the system keyring ({PLAINTEXT})" in done.stdout
    assert term.in_keyring("terminal_password") == "k3yring-Pw-77"
    assert not term.toml.exists() or "k3yring" not in term.toml.read_text()
    shown = term.settings()
    assert shown["settings"]["terminal_password"] == "****"
    assert shown["sources"]["terminal_password"] == "keyring"
    assert shown["secrets"]["kept_in"] == "keyring" and shown["secrets"]["backend"] == PLAINTEXT
    listing = term("settings").stdout
    assert f"system keyring ({PLAINTEXT})" in listing and "k3yring" not in listing
    # The old name still works, into the same place; a variable still wins over the keyring.
    assert term("settings", "secret", "api_key", stdin="the-api-key-1\n").returncode == 0
    assert term.in_keyring("api_key") == "the-api-key-1"
    term.env["KIOSK_API_KEY"] = "from-the-environment"
    assert term.settings()["sources"]["api_key"] == "environment"


def test_without_a_keyring_the_file_stays_and_settings_says_so(tmp_path):
    term = Terminal(tmp_path, backend="keyring.backends.fail.Keyring")
    done = term("settings", "set-secret", "synchro_password", stdin="f1le-Pw-88\n")
    assert done.returncode == 0, done.stderr
    assert f"saved in {term.toml}" in done.stdout and "f1le-Pw-88" not in done.stdout
    assert 'synchro_password = "f1le-Pw-88"' in term.toml.read_text()
    assert term.toml.stat().st_mode & 0o777 == 0o600
    shown = term.settings()
    assert shown["secrets"] == {"kept_in": "file", "backend": "", "because": "no_keyring", "file": str(term.toml),
                                "mode": "0600", "problem": None, "left_in_file": []}
    assert f"{term.toml} (0600): no system keyring found" in term("settings").stdout
    refused = term("settings", "move-secrets")
    assert refused.returncode == 1
    assert "No system keyring is in use" in refused.stderr and "nothing was moved" in refused.stderr
    assert 'synchro_password = "f1le-Pw-88"' in term.toml.read_text()


def test_a_plaintext_keyring_found_by_itself_is_not_used(tmp_path):
    # keyrings.alt is installed, nothing names it, and the session's D-Bus is gone (its address leads nowhere),
    # so no desktop keyring answers: keyring would fall back on a plaintext file of its own, no safer than
    # kiosk.toml and outside the terminal's folders. Not taken, and no wait.
    term = Terminal(tmp_path)
    del term.env["PYTHON_KEYRING_BACKEND"]
    term.env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={tmp_path / 'no-bus-here'}"
    shown = term.settings()
    assert shown["secrets"]["kept_in"] == "file" and shown["secrets"]["because"] == "only_weak"
    assert "only a plaintext keyring found" in term("settings").stdout


def test_with_no_session_bus_no_keyring_is_looked_for(tmp_path):
    # A kiosk under cage, with no user session: no keyring can answer, and keyring is not even loaded.
    term = Terminal(tmp_path)
    del term.env["PYTHON_KEYRING_BACKEND"]
    term.env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    term.env["XDG_RUNTIME_DIR"] = str(tmp_path / "runtime")  # holds no `bus`
    probe = ("import sys; from kiosk.secret_store import find_secret_store; "
             "store = find_secret_store(sys.argv[1]); print(store.at.value, store.because.value, 'keyring' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], env=term.env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["file", "no_keyring", "False"]
    assert "no system keyring found" in term("settings").stdout


@pytest.mark.slow
def test_moving_the_secrets_leaves_no_copy_and_the_terminal_works_with_them(tmp_path, sandbox):
    demo = sandbox.demo
    term = Terminal(tmp_path)
    secrets = {"api_key": demo["apikey"], "terminal_password": demo["terminal"]["password"],
               "synchro_password": demo["customersynchro"]["password"]}
    term.toml.parent.mkdir(parents=True)
    term.toml.write_text(
        f'api_url = "{sandbox.url}"\ncampaign_id = {demo["campaignid"]}\n'
        f'terminal_username = "{demo["terminal"]["username"]}"\n'
        f'terminal_serial = "{demo["terminal"]["serialnumber"]}"\n'
        f'synchro_username = "{demo["customersynchro"]["username"]}"\n'
        + "".join(f'{name} = "{value}"\n' for name, value in secrets.items())
    )
    term.toml.chmod(0o600)
    before = term.settings()
    assert {before["sources"][name] for name in secrets} == {"file"}
    assert before["secrets"]["left_in_file"] == ["api_key", "terminal_password", "synchro_password"]
    assert "api_key, terminal_password, synchro_password still in the settings file: `kiosk settings move-secrets`" \
        in term("settings").stdout
    # A process that had the old file open sees its bytes overwritten, not left on the disk.
    with open(term.toml, "rb") as old:
        moved = term("settings", "move-secrets")
        assert moved.returncode == 0, moved.stderr
        left_in_old = old.read()
    assert "api_key, terminal_password, synchro_password" in moved.stdout
    assert set(left_in_old) == {0}
    for name, value in secrets.items():
        assert value not in moved.stdout + moved.stderr
        assert term.in_keyring(name) == value
    assert term.toml.stat().st_mode & 0o777 == 0o600
    assert f'api_url = "{sandbox.url}"' in term.toml.read_text()
    assert sorted(p.name for p in term.toml.parent.iterdir()) == ["kiosk.toml"]  # no backup, no temp file
    after = term.settings()
    assert {after["sources"][name] for name in secrets} == {"keyring"} and after["secrets"]["left_in_file"] == []
    # The terminal reaches its loyalty server with the secrets from the keyring, and logs a redemption.
    redeemed = term("redeem", "--card", GIULIA, "--points", "100", "--json", stdin=GIULIA_PIN + "\n")
    assert redeemed.returncode == 0, redeemed.stdout + redeemed.stderr
    assert json.loads(redeemed.stdout)["redeemed"] is True
    assert (term.base / "logs" / "kiosk.log").stat().st_size > 0
    for value in secrets.values():
        assert _files_holding(term.base, value) == []
    again = term("settings", "move-secrets")
    assert again.returncode == 0 and "nothing to move" in again.stdout


def test_moving_keeps_the_value_in_force_when_the_keyring_already_held_one(tmp_path):
    term = Terminal(tmp_path)
    assert term("settings", "set-secret", "api_key", stdin="in-force-key\n").returncode == 0
    term.toml.write_text('api_key = "stale-file-key"\nlanguage = "it"\n')
    assert term.settings()["sources"]["api_key"] == "keyring"
    moved = term("settings", "move-secrets")
    assert moved.returncode == 0, moved.stderr
    assert "which was the one in force and stays: api_key" in moved.stdout
    assert term.in_keyring("api_key") == "in-force-key"
    assert "stale-file-key" not in term.toml.read_text() and 'language = "it"' in term.toml.read_text()


def test_two_base_folders_on_one_machine_are_two_terminals_with_their_own_secrets(tmp_path):
    first, second = Terminal(tmp_path, name="till-1"), Terminal(tmp_path, name="till-2")
    assert first("settings", "set-secret", "api_key", stdin="key-of-till-1\n").returncode == 0
    assert second("settings", "set-secret", "api_key", stdin="key-of-till-2\n").returncode == 0
    assert first.in_keyring("api_key") == "key-of-till-1"
    assert second.in_keyring("api_key") == "key-of-till-2"
