"""The kiosk appliance's files in packaging/linux: the unit passes systemd's own check, the scripts parse (and pass
shellcheck where it is installed), and the unit's stop stops the app cleanly before its compositor ends.

systemd cannot run in this test's machine (no systemd as PID 1): packaging/linux/try-in-container.sh tries the
unit under systemd itself, in a Debian container, by hand (it needs root and Debian's archive).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path

import pytest

from tests.e2e.tills import KIOSK, counter_env, wait_for_log

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
UNIT = LINUX / "kiosk-kiosk.service"
STOP_APP = LINUX / "kiosk-stop-app"
INSTALL = LINUX / "install-kiosk.sh"
TRY = LINUX / "try-in-container.sh"


def _unit_settings() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in UNIT.read_text().splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, value = line.split("=", 1)
            found.setdefault(key, []).append(value)
    return found


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_finds_nothing_wrong_in_the_unit(tmp_path):
    # Its programs are where install-kiosk.sh puts them, not here: stand-ins that exist, the rest as written.
    text = UNIT.read_text()
    text = text.replace("/usr/bin/cage -- /opt/kiosk/bin/kiosk", "/bin/sh -c true").replace(
        "+/opt/kiosk/bin/kiosk-stop-app", "+/bin/true")
    copy = tmp_path / UNIT.name
    copy.write_text(text)
    # Debian's seatd package brings seatd.service; where it is not installed, a stand-in (the trailing ":" keeps
    # systemd's own folders in the search path).
    (tmp_path / "seatd.service").write_text("[Service]\nExecStart=/bin/true\n")
    checked = subprocess.run(["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, timeout=60,
                             env={**os.environ, "SYSTEMD_UNIT_PATH": f"{tmp_path}:"})
    assert checked.returncode == 0, checked.stderr
    # It prints a line for each unknown key, bad value or missing file, and nothing for a good unit.
    assert [line for line in checked.stderr.splitlines() if UNIT.name in line] == []


def test_the_unit_waits_for_ready_pets_a_watchdog_and_restarts():
    unit = _unit_settings()
    assert unit["Type"] == ["notify"]
    assert unit["NotifyAccess"] == ["all"]  # the app is cage's child, not the main process
    assert unit["UnsetEnvironment"] == ["WATCHDOG_PID"]  # else the app would take the watchdog as cage's
    assert int(unit["WatchdogSec"][0]) >= 10
    assert unit["Restart"] == ["always"]
    assert unit["User"] == ["kiosk"] and unit["TTYPath"] == ["/dev/tty1"]
    assert unit["Conflicts"] == ["getty@tty1.service"]
    # No login session: logind would move cage and the app into the session's scope, and systemd would ignore
    # their READY=1 and pets as the scope's (seen under systemd 252). seatd gives cage the screen instead, and
    # the unit its own runtime folder for cage's Wayland socket.
    assert "PAMName" not in unit
    assert unit["Requires"] == ["seatd.service"] and "seatd.service" in unit["After"]
    assert unit["RuntimeDirectory"] == ["kiosk"] and "XDG_RUNTIME_DIR=%t/kiosk" in unit["Environment"]


@pytest.mark.parametrize("script", [INSTALL, STOP_APP, TRY], ids=lambda p: p.name)
def test_the_scripts_parse_and_pass_shellcheck(script):
    assert os.access(script, os.X_OK), f"{script.name} is not executable"
    shell = "bash" if script.read_text().startswith("#!/bin/bash") else "sh"
    parsed = subprocess.run([shell, "-n", str(script)], capture_output=True, text=True, timeout=30)
    assert parsed.returncode == 0, parsed.stderr
    if shutil.which("shellcheck") is None:
        pytest.skip("shellcheck is not installed (apt-get install shellcheck)")
    checked = subprocess.run(["shellcheck", str(script)], capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stdout


@pytest.mark.skipif(shutil.which("pkill") is None, reason="pkill (procps) is not installed")
def test_the_units_stop_stops_the_app_cleanly_and_then_its_compositor_ends(tmp_path):
    """As cage does, a parent runs the app and ends when the app ends; kiosk-stop-app gets the parent's pid, as
    systemd gives ExecStop= $MAINPID, and returns once the parent has ended."""
    base = tmp_path / "base"
    log_file = base / "logs" / "kiosk.log"
    # "; exit $?": a shell that would exec a lone command (bash does) stays the app's parent.
    as_cage = ["sh", "-c", '"$@"; exit $?', "sh"]
    compositor = subprocess.Popen([*as_cage, *KIOSK, "--basedir", str(base), "--face", "kiosk"],
                                  env=counter_env(tmp_path / "home"), stdin=subprocess.DEVNULL,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_log(log_file, compositor, "ready for a customer")
        stop = subprocess.run([str(STOP_APP)], env={**os.environ, "MAINPID": str(compositor.pid)},
                              capture_output=True, text=True, timeout=30)
    finally:
        if compositor.poll() is None:
            compositor.send_signal(signal.SIGKILL)
        _, err = compositor.communicate(timeout=30)
    # It returned because the "compositor" ended, not because it gave up waiting (it says so then).
    assert stop.returncode == 0 and stop.stderr == "", stop.stderr
    assert compositor.returncode == 0, err
    text = log_file.read_text()
    assert "stopping on SIGTERM" in text and "kiosk.ui: stopped" in text


def test_the_units_stop_does_nothing_once_the_compositor_has_ended():
    stop = subprocess.run([str(STOP_APP)], env={**os.environ, "MAINPID": ""}, capture_output=True, text=True,
                          timeout=30)
    assert stop.returncode == 0 and stop.stderr == ""
