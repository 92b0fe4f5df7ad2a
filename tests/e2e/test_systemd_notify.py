"""Under systemd (Type=notify, WatchdogSec=), the real `kiosk` process says when it serves, keeps the watchdog
fed from its event loop, and says it is stopping on SIGTERM; a hung event loop stops the pets.

systemd's end is a real AF_UNIX datagram socket (tests/systemd_listener.py) given as $NOTIFY_SOCKET,
with a 0.4 s watchdog (WATCHDOG_USEC), so the app pets it every 0.2 s.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.tills import KIOSK, READY, counter_env, logged, wait_for_log
from tests.systemd_listener import NotifyListener

WATCHDOG_USEC = "400000"
HANG_DRIVER = [sys.executable, str(Path(__file__).with_name("hang_driver.py"))]
KIOSK_READY = "ready for a customer"


@pytest.fixture
def listener() -> Iterator[NotifyListener]:
    # A socket's path must fit in 108 bytes: a short folder of its own, not the test's deep tmp_path.
    with tempfile.TemporaryDirectory(prefix="kiosk-notify-") as folder:
        made = NotifyListener(Path(folder) / "notify")
        yield made
        made.close()


def _start(command: list[str], tmp_path: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(command, env={**counter_env(tmp_path / "home"), **env}, text=True,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _stop(proc: subprocess.Popen[str]) -> str:
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    return err


def _told_like_systemd_expects(lines: list[str], ready_status: str) -> None:
    """READY=1 once, with the face's status; the pets stop at STOPPING=1, the last thing told."""
    assert lines.count("READY=1") == 1, lines
    assert lines[lines.index("READY=1") + 1] == "STATUS=" + ready_status
    assert lines[-2:] == ["STOPPING=1", "STATUS=Stopping"], lines[-6:]


def test_the_counter_says_ready_pets_the_watchdog_and_says_stopping_on_sigterm(tmp_path, listener):
    base = tmp_path / "base"
    log_file = base / "logs" / "kiosk.log"
    proc = _start([*KIOSK, "--basedir", str(base)], tmp_path, listener.env(WATCHDOG_USEC=WATCHDOG_USEC))
    try:
        listener.wait_for("READY=1", process=proc)
        # Told as it logs "ready for scan", not before.
        assert logged(log_file, READY)
        # The pets keep coming while it runs.
        ready_at = listener.lines().index("READY=1")
        listener.wait_for("WATCHDOG=1", count=listener.lines()[:ready_at].count("WATCHDOG=1") + 5, process=proc)
    finally:
        err = _stop(proc)
    assert proc.returncode == 0, err
    _told_like_systemd_expects(listener.lines(), "Ready for scan")
    text = log_file.read_text()
    assert "systemd's watchdog: 0.4 s, petted every 0.2 s from the event loop" in text
    assert "Traceback" not in text and "Traceback" not in err


def test_the_kiosk_face_says_ready_once_painted_on_an_abstract_socket_with_its_own_watchdog_pid(tmp_path):
    """systemd names the process the watchdog is for (WATCHDOG_PID): here the app's own, set by the shell it execs from."""
    base = tmp_path / "base"
    log_file = base / "logs" / "kiosk.log"
    listener = NotifyListener()  # @name: the abstract namespace, as systemd in a container may hand out
    own_pid = ["sh", "-c", 'WATCHDOG_PID=$$ exec "$@"', "sh"]
    proc = _start([*own_pid, *KIOSK, "--basedir", str(base), "--face", "kiosk"], tmp_path,
                  listener.env(WATCHDOG_USEC=WATCHDOG_USEC))
    try:
        listener.wait_for("READY=1", process=proc)
        assert logged(log_file, KIOSK_READY)
        ready_at = listener.lines().index("READY=1")
        listener.wait_for("WATCHDOG=1", count=listener.lines()[:ready_at].count("WATCHDOG=1") + 5, process=proc)
    finally:
        err = _stop(proc)
        listener.close()
    assert proc.returncode == 0, err
    _told_like_systemd_expects(listener.lines(), "Ready for a customer")
    assert "petted every 0.2 s" in log_file.read_text()


@pytest.mark.slow
def test_a_hung_event_loop_stops_the_pets_until_it_turns_again(tmp_path, listener):
    base = tmp_path / "base"
    trigger = tmp_path / "hang-now"
    hang_seconds = 2.0  # five times the watchdog: systemd would have ended the app long before
    proc = _start([*HANG_DRIVER, str(trigger), str(hang_seconds), "--basedir", str(base)], tmp_path,
                  listener.env(WATCHDOG_USEC=WATCHDOG_USEC))
    try:
        listener.wait_for("READY=1", process=proc)
        listener.wait_for("WATCHDOG=1", count=3, process=proc)
        trigger.touch()
        listener.wait_for("X_KIOSK_TEST_HANG=end", process=proc)
        listener.wait_for("WATCHDOG=1", count=listener.lines().count("WATCHDOG=1") + 3, process=proc)
    finally:
        err = _stop(proc)
    assert proc.returncode == 0, err
    received = listener.received
    told = [message for _, message in received]
    begin, end = told.index("X_KIOSK_TEST_HANG=begin"), told.index("X_KIOSK_TEST_HANG=end")
    assert "WATCHDOG=1" not in told[begin:end], "a pet came while the event loop hung"
    assert "WATCHDOG=1" in told[:begin] and "WATCHDOG=1" in told[end:], "the pets did not come before and after"
    last_pet = max(at for at, message in received[:begin] if message == "WATCHDOG=1")
    next_pet = min(at for at, message in received[end:] if message == "WATCHDOG=1")
    # The silence systemd sees is longer than its watchdog: it would have restarted the app.
    assert next_pet - last_pet > int(WATCHDOG_USEC) / 1_000_000


def test_a_dead_notification_socket_neither_stops_the_start_nor_fills_the_log(tmp_path):
    base = tmp_path / "base"
    log_file = base / "logs" / "kiosk.log"
    gone = tmp_path / "no-systemd-here"
    proc = _start([*KIOSK, "--basedir", str(base)], tmp_path,
                  {"NOTIFY_SOCKET": str(gone), "WATCHDOG_USEC": "100000"})
    try:
        wait_for_log(log_file, proc)
        # The pets (every 0.05 s) fail on; the log says so once.
        wait_for_log(log_file, proc, "does not take messages")
    finally:
        err = _stop(proc)
    assert proc.returncode == 0, err
    text = log_file.read_text()
    assert text.count("systemd's notification socket does not take messages (ENOENT)") == 1
    assert "kiosk.ui: stopped" in text and "Traceback" not in err
