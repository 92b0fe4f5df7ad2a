"""The real `kiosk` process shows the counter on its embedded sandbox and stops cleanly on SIGTERM."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

from tests.e2e.tills import KIOSK, READY, counter_env, wait_for_log


def test_the_counter_starts_ready_for_scan_and_stops_on_sigterm(tmp_path: Path) -> None:
    base = tmp_path / "base"
    proc = subprocess.Popen([*KIOSK, "--basedir", str(base)], env=counter_env(tmp_path / "home"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    log_file = base / "logs" / "kiosk.log"
    try:
        wait_for_log(log_file, proc)
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    text = log_file.read_text()
    assert "kiosk.ui: stopped" in text
    assert text.index(READY) < text.index("kiosk.ui: stopped")
    # The counter's own store lives in the till's data folder, not anywhere else.
    assert (base / "data" / "terminal.sqlite3").exists()
    assert "Traceback" not in text and "Traceback" not in err


def test_the_kiosk_face_starts_at_its_attract_screen_and_stops_on_sigterm(tmp_path: Path) -> None:
    """`kiosk --face kiosk` on a fresh folder: the embedded sandbox with demo data serves it, SIGTERM ends it."""
    base = tmp_path / "base"
    proc = subprocess.Popen([*KIOSK, "--basedir", str(base), "--face", "kiosk"], env=counter_env(tmp_path / "home"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    log_file = base / "logs" / "kiosk.log"
    try:
        wait_for_log(log_file, proc, "ready for a customer")
        wait_for_log(log_file, proc, "embedded sandbox serving")
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    text = log_file.read_text()
    assert text.index("ready for a customer") < text.index("kiosk.ui: stopped")
    assert READY not in text, "the counter did not start instead"
    assert "Traceback" not in text and "Traceback" not in err
