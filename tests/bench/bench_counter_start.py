"""Benchmark, run by hand: cold start of the counter to "ready for scan", against a bare PySide6 window.

    python tests/bench/bench_counter_start.py [--rounds 5]

Each round starts, in a fresh process: a bare QMainWindow that is shown and
closed (the floor any Qt app pays: interpreter, PySide6, the platform plugin),
then `kiosk --basedir DIR` on its embedded sandbox, twice: the first run of a
new folder (it seeds the demo sandbox and creates the store) and a second run
of the same folder (an ordinary morning start); then `kiosk` pointed at a
sandbox in another process, as a shop with a provider runs it (no FastAPI or
uvicorn to load in the app). Time runs from spawning the
process to its "ready" line; peak memory is the process's VmHWM at that moment.
Headless (QT_QPA_PLATFORM=offscreen) unless DISPLAY is set and --display given.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import signal
import statistics
import subprocess
import sys
import tempfile
import time

# Run as a script from anywhere: the project's root holds the `tests` package.
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from tests.e2e.crash_loop import Rig  # noqa: E402

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1024, 700)
window.show()
def ready():
    print("ready", flush=True)
QTimer.singleShot(0, ready)
QTimer.singleShot(0, app.quit)
app.exec()
"""


def _peak_kib(pid: int) -> int:
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def bare_window(env: dict[str, str]) -> tuple[float, int]:
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", BARE], env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    peak = _peak_kib(process.pid)
    process.wait(timeout=30)
    if line.strip() != "ready":
        raise RuntimeError("the bare window did not start")
    return elapsed, peak


def counter(base: pathlib.Path, env: dict[str, str]) -> tuple[float, int]:
    log = base / "logs" / "kiosk.log"
    before = log.read_text().count("ready for scan") if log.exists() else 0
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--basedir", str(base)], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            if log.exists() and log.read_text().count("ready for scan") > before:
                elapsed = time.perf_counter() - started
                break
            if process.poll() is not None:
                raise RuntimeError(f"kiosk exited with {process.returncode} before it was ready")
            if time.perf_counter() - started > 120:
                raise RuntimeError("kiosk was not ready within 120 s")
            time.sleep(0.002)
        peak = _peak_kib(process.pid)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
    return elapsed, peak


def _summary(name: str, runs: list[tuple[float, int]], baseline: float | None) -> str:
    seconds = statistics.median(t for t, _ in runs)
    peak = max(p for _, p in runs) / 1024
    ratio = f"  {seconds / baseline:4.1f}x the bare window" if baseline else ""
    return f"{name:<34} median {seconds * 1000:7.0f} ms   peak memory {peak:6.1f} MiB{ratio}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--display", action="store_true", help="use $DISPLAY instead of the offscreen platform")
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    if not args.display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    bare: list[tuple[float, int]] = []
    first: list[tuple[float, int]] = []
    again: list[tuple[float, int]] = []
    provider: list[tuple[float, int]] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-start-") as folder:
        rig = Rig(pathlib.Path(folder) / "provider")
        try:
            for number in range(args.rounds):
                # Interleaved, so a slow moment of the machine weighs on all sides alike.
                bare.append(bare_window(env))
                base = pathlib.Path(folder) / f"round{number}"
                first.append(counter(base, env))
                again.append(counter(base, env))
                provider.append(counter(base / "provider", {**rig.env, **env}))
        finally:
            rig.close()
    baseline = statistics.median(t for t, _ in bare)
    print(f"cold start, {args.rounds} rounds, platform {env.get('QT_QPA_PLATFORM', 'display')}")
    print(_summary("bare PySide6 window", bare, None))
    print(_summary("kiosk, first run of a new folder", first, baseline))
    print(_summary("kiosk, next start of that folder", again, baseline))
    print(_summary("kiosk on a provider's API", provider, baseline))


if __name__ == "__main__":
    main()
