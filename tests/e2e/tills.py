"""What the e2e tests share about real `kiosk` processes: the command, the environment, a served sandbox, the waits.

A plain module, not the conftest, because the scripts run by hand (crash_loop.py, load_twenty.py)
and the benches use it too; the fixtures built on it are in conftest.py.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx

from tests.helpers import wait_until

__all__ = [
    "KIOSK", "READY", "READY_WITHIN", "SERVE_WITHIN", "ServedSandbox", "counter_env", "free_port", "logged",
    "seed_demo", "till_env", "wait_for_log",
]

KIOSK = [sys.executable, "-m", "kiosk"]
#: What the counter logs once it takes a scan.
READY = "ready for scan"
#: A counter logs READY within this, even on a busy machine.
READY_WITHIN = 60.0
#: A `kiosk sandbox serve` answers within this.
SERVE_WITHIN = 30.0
def logged(log_file: Path, words: str) -> bool:
    try:
        return words in log_file.read_text()
    except FileNotFoundError:
        return False


def wait_for_log(
    log_file: Path, process: subprocess.Popen[Any], words: str = READY, within: float = READY_WITHIN
) -> None:
    """Until `words` is in the process's log file; fails if it exits first."""
    wait_until(lambda: logged(log_file, words), within=within, what=f"“{words}” in {log_file}", process=process)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def counter_env(home: Path) -> dict[str, str]:
    """This process's environment for a counter window: no KIOSK_* or XDG_* settings, offscreen Qt, `home` as HOME.

    Nor systemd's notification socket: run from a service (a CI runner), the app would tell that service's systemd.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KIOSK_", "XDG_", "NOTIFY_SOCKET", "WATCHDOG_"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home))
    return env


def till_env(
    url: str, demo: Mapping[str, Any], *, base: Mapping[str, str] | None = None, **settings: str
) -> dict[str, str]:
    """`base` (default: this process's environment) without its KIOSK_* variables, plus the demo's
    server, api key, campaign and terminal login, plus `settings` (KIOSK_...="...")."""
    env = {k: v for k, v in (os.environ if base is None else base).items() if not k.startswith("KIOSK_")}
    terminal = demo["terminal"]
    env.update(
        KIOSK_API_URL=url, KIOSK_API_KEY=demo["apikey"], KIOSK_CAMPAIGN_ID=str(demo["campaignid"]),
        KIOSK_TERMINAL_USERNAME=terminal["username"], KIOSK_TERMINAL_PASSWORD=terminal["password"],
        KIOSK_TERMINAL_SERIAL=terminal["serialnumber"],
    )
    env.update(settings)
    return env


def seed_demo(data: Path, *flags: str) -> dict[str, Any]:
    """`kiosk sandbox demo --data DATA`: the demo campaign seeded there; answers the settings it prints."""
    made = subprocess.run([*KIOSK, "sandbox", "demo", "--data", str(data), *flags],
                          capture_output=True, text=True, timeout=60)
    assert made.returncode == 0, made.stderr
    return dict(json.loads(made.stdout))


def _listening(pid: int, port: int) -> bool:
    """Whether process `pid` holds the socket listening on 127.0.0.1:`port` (Linux's /proc; elsewhere: assumed)."""
    try:
        table = Path("/proc/net/tcp").read_text().splitlines()[1:]
        held = {os.readlink(f"/proc/{pid}/fd/{fd}") for fd in os.listdir(f"/proc/{pid}/fd")}
    except OSError:
        return not Path("/proc/net/tcp").exists()
    for row in table:
        fields = row.split()
        if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port and f"socket:[{fields[9]}]" in held:
            return True
    return False


class ServedSandbox:
    """`kiosk sandbox serve --data DATA FLAGS` in a process of its own, answering at `.url` once made."""

    def __init__(self, data: Path, *flags: str) -> None:
        self.errors = data.parent / f"{data.name}-serve.stderr"  # a file, so a long run never fills a pipe
        # The free port is free when asked, not when the child binds it a second later: another test running
        # beside this one (pytest-xdist) may have taken it meanwhile. Then the child cannot bind, and another port
        # is tried; _answers() makes sure what answers is this child, not the other test's server.
        for attempt in range(3):
            self.port = free_port()
            self.url = f"http://127.0.0.1:{self.port}"
            with self.errors.open("w") as sink:  # the child keeps its own copy of the descriptor
                self.process = subprocess.Popen(
                    [*KIOSK, "sandbox", "serve", "--data", str(data), "--port", str(self.port), *flags],
                    stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=sink,
                )
            try:
                wait_until(self._answers, within=SERVE_WITHIN, what="the sandbox to serve", process=self.process)
                return
            except AssertionError:
                self.stop()
                if attempt == 2 or "address already in use" not in self.errors.read_text().lower():
                    raise

    def _answers(self) -> bool:
        if not _listening(self.process.pid, self.port):
            return False
        try:
            return httpx.get(self.url + "/openapi.json", timeout=1).status_code == 200
        except httpx.TransportError:
            return False

    def stop(self) -> str:
        """Ctrl-C, as its user stops it (killed if it has not ended in 15 s); answers what it wrote to stderr."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.errors.read_text()
