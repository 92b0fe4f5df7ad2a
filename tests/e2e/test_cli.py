"""The real `kiosk` command, as an integrator or a shop owner runs it."""

from __future__ import annotations

import json
import os
import signal
import subprocess

import httpx

from kiosk.sandbox.config import DATABASE_NAME
from tests.e2e.tills import KIOSK, counter_env, wait_for_log


def _run(*args, env=None, timeout=60):
    return subprocess.run([*KIOSK, *args], capture_output=True, text=True, timeout=timeout, env=env)


def test_sandbox_demo_prints_its_settings_and_is_idempotent(tmp_path):
    first = _run("sandbox", "demo", "--data", str(tmp_path))
    assert first.returncode == 0, first.stderr
    demo = json.loads(first.stdout)
    assert {"apikey", "campaignid", "terminal", "customersynchro", "cards"} <= demo.keys()
    assert {"username", "password", "serialnumber"} <= demo["terminal"].keys()
    card_keys = {"card", "FidelyCode", "pincode", "name", "surname", "email", "mobile", "points",
                 "credit", "status", "registered_customer"}
    for card in demo["cards"]:
        assert card_keys <= card.keys()
        assert len(card["card"]) == 13 and card["card"].startswith("2")
    second = _run("sandbox", "demo", "--data", str(tmp_path))
    assert json.loads(second.stdout) == demo


def test_sandbox_serve_answers_over_http_until_stopped(tmp_path, serve):
    demo = json.loads(_run("sandbox", "demo", "--data", str(tmp_path)).stdout)
    server = serve(tmp_path)  # waits until it answers
    answer = httpx.post(server.url + "/auth", headers={"x-api-key": demo["apikey"]}, json={
        "username": demo["terminal"]["username"], "password": demo["terminal"]["password"],
        "campaignid": demo["campaignid"], "devicetype": 1, "scope": "terminal",
        "serialnumber": demo["terminal"]["serialnumber"], "foreignid": "till-1"})
    assert answer.status_code == 200
    assert answer.json()["scope"] == "terminal"
    server.stop()
    assert (tmp_path / DATABASE_NAME).exists(), "no database in --data"


def test_settings_command_shows_precedence_and_masks_secrets(tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    (config / "kiosk.toml").write_text('language = "it"\nterminal_password = "file-secret-pw"\n')
    env = {**os.environ, "KIOSK_CAMPAIGN_ID": "77"}
    result = _run("--basedir", str(tmp_path), "settings", "--json", "--phone-region", "DE", env=env)
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["settings"]["language"] == "it"
    assert shown["settings"]["campaign_id"] == 77
    assert shown["settings"]["phone_region"] == "DE"
    assert "file-secret-pw" not in result.stdout
    assert shown["paths"]["logs"] == str(tmp_path / "logs")


def test_a_bad_setting_exits_non_zero_with_a_clear_message(tmp_path):
    env = {**os.environ, "KIOSK_API_URL": "http://loyalty.example.com"}
    result = _run("--basedir", str(tmp_path), env=env)
    assert result.returncode == 2
    assert "must use https://" in result.stderr


def test_the_app_starts_on_its_embedded_sandbox_and_stops_cleanly(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    base = tmp_path / "base"
    proc = subprocess.Popen([*KIOSK, "--basedir", str(base)], env=counter_env(home),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    log_file = base / "logs" / "kiosk.log"
    try:
        wait_for_log(log_file, proc)
        # The sandbox starts after the window's first paint, on a thread of its own.
        wait_for_log(log_file, proc, "embedded sandbox serving at http://127.0.0.1:")
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    text = log_file.read_text()
    assert "kiosk.ui: stopped" in text
    assert (base / "data" / "sandbox").is_dir()
    written_elsewhere = [p for p in home.rglob("*") if "kiosk" in p.name.lower()]
    assert written_elsewhere == [], "the app wrote outside --basedir"
    assert "demo-terminal-pw" not in text and "demo-api-key" not in text


def test_a_secret_on_the_command_line_is_refused_without_echoing_it(tmp_path):
    secret = "Sup3r-s3cret-value"
    for flag, variable in (("--terminal-password", "KIOSK_TERMINAL_PASSWORD"),
                           ("--synchro-password", "KIOSK_SYNCHRO_PASSWORD"),
                           ("--api-key", "KIOSK_API_KEY"),
                           ("--manager-pin-hash", "KIOSK_MANAGER_PIN_HASH")):
        for argv in (["--basedir", str(tmp_path), flag, secret, "settings"],
                     ["--basedir", str(tmp_path), "queue", f"{flag}={secret}"]):
            result = _run(*argv)
            assert result.returncode == 2, (argv, result.stderr)
            assert variable in result.stderr and "kiosk.toml" in result.stderr
            assert secret not in result.stdout + result.stderr
    mistyped = _run("--basedir", str(tmp_path), "--terminal-pass", secret, "settings")
    assert mistyped.returncode == 2 and "invalid choice" in mistyped.stderr
    assert secret not in mistyped.stdout + mistyped.stderr
    help_text = _run("--help").stdout + _run("earn", "--help").stdout
    assert "--api-key" not in help_text and "--terminal-password" not in help_text
    assert not (tmp_path / "config" / "kiosk.toml").exists()


def test_a_secret_setting_is_read_from_standard_input_into_the_settings_file(tmp_path):
    result = subprocess.run([*KIOSK, "--basedir", str(tmp_path), "settings", "secret", "terminal_password"],
                            input="piped-s3cret-pw\n", capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "piped-s3cret-pw" not in result.stdout + result.stderr
    shown = json.loads(_run("--basedir", str(tmp_path), "settings", "--json").stdout)
    assert shown["settings"]["terminal_password"] == "****"
    assert 'terminal_password = "piped-s3cret-pw"' in (tmp_path / "config" / "kiosk.toml").read_text()


def test_what_the_commands_write_is_private_even_under_umask_000(tmp_path):
    def run(*args):
        return subprocess.run([*KIOSK, *args], capture_output=True, text=True, timeout=60,
                              preexec_fn=lambda: os.umask(0))
    env_free = ["--basedir", str(tmp_path / "base")]
    assert run("sandbox", "demo", "--data", str(tmp_path / "sandbox")).returncode == 0
    saved = run(*env_free, "earn", "--card", "2000000000015", "--amount", "12.50", "--receipt", "R-1")
    assert saved.returncode == 0, saved.stderr
    secret = subprocess.run([*KIOSK, *env_free, "settings", "secret", "api_key"], input="key-from-stdin\n",
                            capture_output=True, text=True, timeout=60, preexec_fn=lambda: os.umask(0))
    assert secret.returncode == 0, secret.stderr
    modes = {p.relative_to(tmp_path).as_posix(): p.stat().st_mode & 0o777 for p in tmp_path.rglob("*")}
    assert modes["base/data/terminal.sqlite3"] == 0o600
    assert modes["base/config/kiosk.toml"] == 0o600
    assert modes[f"sandbox/{DATABASE_NAME}"] == 0o600
    for name, mode in modes.items():
        assert mode == (0o700 if (tmp_path / name).is_dir() else 0o600), name
