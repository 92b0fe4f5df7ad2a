"""The real `kiosk` process shows the counter on its embedded sandbox and stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

KIOSK = [sys.executable, "-m", "kiosk"]


def _wait_for(log_file: Path, words: str, proc: subprocess.Popen[str], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log_file.exists() and words in log_file.read_text():
            return
        if proc.poll() is not None:
            raise AssertionError(f"kiosk exited with {proc.returncode} before logging “{words}”")
        time.sleep(0.1)
    raise AssertionError(f"“{words}” never reached {log_file}")


def test_the_counter_starts_ready_for_scan_and_stops_on_sigterm(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KIOSK_", "XDG_"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"))
    base = tmp_path / "base"
    proc = subprocess.Popen([*KIOSK, "--basedir", str(base)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    log_file = base / "logs" / "kiosk.log"
    try:
        _wait_for(log_file, "ready for scan", proc)
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    text = log_file.read_text()
    assert "kiosk.ui: stopped" in text
    assert text.index("ready for scan") < text.index("kiosk.ui: stopped")
    # The counter's own store lives in the till's data folder, not anywhere else.
    assert (base / "data" / "terminal.sqlite3").exists()
    assert "Traceback" not in text and "Traceback" not in err
