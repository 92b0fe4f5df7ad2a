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
For the embedded sandbox it also gives the time until the sandbox answers (the
"embedded sandbox serving" line: the window takes scans before that, answered
from the store) and the peak memory then; a first run is stopped only then, so
the next start finds the demo seeded, as a till does.
Headless (QT_QPA_PLATFORM=offscreen) unless DISPLAY is set and --display given.

The kiosk package is byte-compiled first (`compileall`), as `pip install` leaves it on a till:
with PYTHONDONTWRITEBYTECODE set and no __pycache__, every start would compile ~130 modules
(about 75 ms) that an installed kiosk never compiles. --source measures that case instead.
"""

from __future__ import annotations

import argparse
import compileall
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


READY = "ready for scan"
SERVING = "embedded sandbox serving"


def counter(base: pathlib.Path, env: dict[str, str], *, serving: list[tuple[float, int]] | None = None) -> tuple[float, int]:
    """Time and peak memory to "ready for scan"; with `serving`, also appends those to the embedded sandbox's answer."""
    log = base / "logs" / "kiosk.log"
    text = log.read_text() if log.exists() else ""
    before, served_before = text.count(READY), text.count(SERVING)
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--basedir", str(base)], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            if log.exists() and log.read_text().count(READY) > before:
                elapsed = time.perf_counter() - started
                break
            _still_running(process, started)
        peak = _peak_kib(process.pid)
        if serving is not None:
            while log.read_text().count(SERVING) <= served_before:
                _still_running(process, started)
            serving.append((time.perf_counter() - started, _peak_kib(process.pid)))
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
    return elapsed, peak


def _still_running(process: subprocess.Popen[bytes], started: float) -> None:
    if process.poll() is not None:
        raise RuntimeError(f"kiosk exited with {process.returncode} before it was ready")
    if time.perf_counter() - started > 120:
        raise RuntimeError("kiosk was not ready within 120 s")
    time.sleep(0.002)


def _summary(name: str, runs: list[tuple[float, int]], bare: list[tuple[float, int]] | None) -> str:
    seconds = statistics.median(t for t, _ in runs)
    peak = max(p for _, p in runs) / 1024
    line = f"{name:<40} median {seconds * 1000:6.0f} ms   peak memory {peak:6.1f} MiB"
    if bare:
        time_ratio = seconds / statistics.median(t for t, _ in bare)
        memory_ratio = peak * 1024 / max(p for _, p in bare)
        line += f"   {time_ratio:4.1f}x the time, {memory_ratio:3.1f}x the memory of the bare window"
    return line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--display", action="store_true", help="use $DISPLAY instead of the offscreen platform")
    parser.add_argument("--source", action="store_true", help="do not byte-compile the kiosk package first")
    args = parser.parse_args()
    if not args.source:
        import kiosk

        compileall.compile_dir(pathlib.Path(kiosk.__file__).parent, quiet=1)
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    if not args.display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    bare: list[tuple[float, int]] = []
    first: list[tuple[float, int]] = []
    again: list[tuple[float, int]] = []
    first_serving: list[tuple[float, int]] = []
    serving: list[tuple[float, int]] = []
    provider: list[tuple[float, int]] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-start-") as folder:
        rig = Rig(pathlib.Path(folder) / "provider")
        try:
            for number in range(args.rounds):
                # Interleaved, so a slow moment of the machine weighs on all sides alike.
                bare.append(bare_window(env))
                base = pathlib.Path(folder) / f"round{number}"
                # Stopped once its sandbox serves, as a first run is: it has seeded the demo by then.
                first.append(counter(base, env, serving=first_serving))
                again.append(counter(base, env, serving=serving))
                provider.append(counter(base / "provider", {**rig.env, **env}))
        finally:
            rig.close()
    compiled = "from source" if args.source else "byte-compiled"
    print(f"cold start, {args.rounds} rounds, platform {env.get('QT_QPA_PLATFORM', 'display')}, kiosk {compiled}")
    print(_summary("bare PySide6 window", bare, None))
    print(_summary("provider: kiosk on a provider's API", provider, bare))
    print(_summary("embedded sandbox: first run of a folder", first, bare))
    print(_summary("  ... until its sandbox answers", first_serving, bare))
    print(_summary("embedded sandbox: next start", again, bare))
    print(_summary("  ... until its sandbox answers", serving, bare))


if __name__ == "__main__":
    main()
