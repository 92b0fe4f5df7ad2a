"""Benchmark, run by hand: the counter's restart on new settings, and how long it holds the screen's loop.

    python -m tests.bench.bench_restart [--rounds 5] [--wait 3]

In one process, offscreen: a sandbox in a thread with the demo seeded, and the counter on it (`CounterApp`).
Each round saves the settings again and restarts, and measures from `restart()` to the new window's being
there and enabled, and the longest time the event loop went without turning meanwhile (a 5 ms timer's
largest gap): what a cashier sees as a frozen screen, and what systemd's watchdog sees as a hang.

- "server answering": the old settings' server answers at once.
- "old call stuck": the old settings name a server that never answers, so the old session is in a call
  when the restart comes; the restart lets it end for --wait seconds (the app: 20 s), then leaves it.
- baseline, same run: closing the old session on the GUI thread and opening the new one in one go, as the
  restart did before, with the server answering (with a stuck call that waited 10 s and more).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Run as a script from anywhere: the project's root holds the `tests` package.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.app import Backend  # noqa: E402
from kiosk.paths import Paths  # noqa: E402
from kiosk.sandbox import SandboxConfig, seed_demo, start_in_thread  # noqa: E402
from kiosk.settings import Settings, save_settings  # noqa: E402
from kiosk.ui.main import CounterApp  # noqa: E402
from kiosk.ui.starting import no_quit_between_windows  # noqa: E402
from tests.escpos_printer import NetworkPrinter  # noqa: E402


class LoopWatch:
    """The largest gap between two turns of a 5 ms timer, from `start()` on."""

    def __init__(self) -> None:
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self.largest = 0

    def start(self) -> None:
        self.largest = 0
        self._clock.start()
        self._timer.start()

    def _tick(self) -> None:
        self.largest = max(self.largest, self._clock.restart())

    def stop(self) -> int:
        self._tick()
        self._timer.stop()
        return self.largest


def wait_for(app: QApplication, done: Any, limit: float = 60.0) -> None:
    deadline = time.monotonic() + limit
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit("bench_restart: the restart did not end")
        app.processEvents()
        time.sleep(0.001)


def settings_for(url: str, demo: dict[str, Any]) -> dict[str, object]:
    return {
        "api_url": url, "api_key": demo["apikey"], "campaign_id": demo["campaignid"],
        "terminal_username": demo["terminal"]["username"], "terminal_password": demo["terminal"]["password"],
        "terminal_serial": demo["terminal"]["serialnumber"], "idle_timeout": 0,
    }


def restart_once(qt: QApplication, counter: CounterApp, watch: LoopWatch) -> tuple[float, int]:
    first = counter.session
    watch.start()
    started = time.perf_counter()
    counter.restart()
    wait_for(qt, lambda: counter.session is not first and counter.session.window.isEnabled())
    return time.perf_counter() - started, watch.stop()


def blocking_restart(qt: QApplication, counter: CounterApp, watch: LoopWatch) -> tuple[float, int]:
    """As before: the old session closed and the new one opened on the GUI thread, in one go."""
    from kiosk.ui.starting import backend_in_force

    watch.start()
    started = time.perf_counter()
    _settings, backend = backend_in_force(counter.paths, {}, lambda s, p: Backend(s))
    with no_quit_between_windows():
        old = counter.session
        old.close()
        old.backend.close()
        counter.session = counter._start(backend)
    wait_for(qt, lambda: counter.session.window.isVisible())
    return time.perf_counter() - started, watch.stop()


def describe(label: str, runs: list[tuple[float, int]]) -> None:
    took = statistics.median(r[0] for r in runs) * 1000
    stall = max(r[1] for r in runs)
    print(f"{label:<40} restart median {took:8.1f} ms   longest loop stall {stall:6d} ms   ({len(runs)} runs)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--wait", type=float, default=3.0, help="seconds a restart lets a stuck call end")
    options = parser.parse_args()
    qt = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt, QApplication)
    watch = LoopWatch()
    with tempfile.TemporaryDirectory() as folder:
        demo = seed_demo(Path(folder) / "sandbox")
        till = Paths.for_basedir(Path(folder) / "till").create()
        with start_in_thread(SandboxConfig(data_dir=Path(folder) / "sandbox", dev=True)) as sandbox:
            save_settings(till.config, settings_for(sandbox.url, demo))
            counter = CounterApp(Backend(Settings.load(till.config, env={})), till)
            counter.restarts.wait = options.wait
            try:
                wait_for(qt, lambda: counter.session.service.campaign is not None)
                answering = [restart_once(qt, counter, watch) for _ in range(options.rounds)]
                baseline = [blocking_restart(qt, counter, watch) for _ in range(options.rounds)]
                stuck = []
                never = NetworkPrinter("silent")
                try:
                    for _ in range(options.rounds):
                        save_settings(till.config, {"api_url": f"http://127.0.0.1:{never.port}"})
                        restart_once(qt, counter, watch)
                        wait_for(qt, lambda: never.connections > 0 and not counter.session.ctx.idle)
                        save_settings(till.config, {"api_url": sandbox.url})
                        stuck.append(restart_once(qt, counter, watch))
                finally:
                    never.close()
            finally:
                counter.stop()
    describe("server answering", answering)
    describe("old call stuck (--wait %.1f s)" % options.wait, stuck)
    describe("baseline: blocking close, answering", baseline)
    ratio = statistics.median(r[0] for r in answering) / statistics.median(r[0] for r in baseline)
    print(f"restart time, handover / blocking (server answering): {ratio:.2f}x")


if __name__ == "__main__":
    main()
