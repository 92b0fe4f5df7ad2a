"""A PIN-checked redemption is never burnt twice, even when the terminal dies between the request and the answer.

Real processes throughout: a sandbox started with `kiosk sandbox serve`, a
`kiosk redeem` fed the PIN on stdin and killed with -9 at the worst moment, then
`kiosk sync --once` run afresh on the same --basedir. The terminal's outbox and
the sandbox's database are read straight from their SQLite files, read-only.
"""

from __future__ import annotations

import contextlib
import json
import re
import signal
import socket
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.api import LoyaltyClient, TerminalLogin
from kiosk.api.sandbox_control import SandboxControl
from kiosk.cli_text import say
from kiosk.domain.errors import Notice
from kiosk.sandbox.config import DATABASE_NAME
from kiosk.sync import SyncWorker
from kiosk.sync.settle import PIN_GRACE_SECONDS
from tests.e2e.crash_loop import Rig
from tests.e2e.tills import KIOSK
from tests.helpers import wait_until

pytestmark = pytest.mark.slow

GIULIA, GIULIA_PIN, GIULIA_POINTS = "2000000000015", "1234", 1250
POINTS = 300
BURNPOINTS = "/terminal/movement/burnpoints"
DELAY_MS = 3000  # the sandbox holds the burnpoints call this long (key marked running) before doing it


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    rig = Rig(tmp_path)
    try:
        yield rig
    finally:
        rig.close()


# -- reading the two databases, read-only --------------------------------------


def _rows(path: Path, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row] | None:
    """The rows, or None while the file or its tables do not exist yet (the process is still starting)."""
    if not path.exists():
        return None
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)) as conn:
            conn.row_factory = sqlite3.Row
            return conn.execute(sql, args).fetchall()
    except sqlite3.OperationalError:
        return None


def _store(rig: Rig) -> Path:
    return rig.base / "data" / "terminal.sqlite3"


def _outbox_row(rig: Rig, operationid: str) -> sqlite3.Row:
    rows = _rows(_store(rig), "SELECT * FROM outbox WHERE operationid = ?", (operationid,))
    assert rows, f"no outbox row {operationid}"
    return rows[0]


def _inflight_burn(rig: Rig) -> str | None:
    rows = _rows(_store(rig), "SELECT operationid FROM outbox WHERE type = 'burnpoints' AND state = 'inflight'")
    return rows[0]["operationid"] if rows else None


def _server_operation(rig: Rig, operationid: str) -> str | None:
    """The sandbox's idempotency record of the key: 'running', 'applied', or None if it never got the call."""
    rows = _rows(rig.data / DATABASE_NAME, "SELECT state FROM operations WHERE key = ?", (operationid,))
    return rows[0]["state"] if rows else None


def _server_burns(rig: Rig) -> list[sqlite3.Row]:
    rows = _rows(rig.data / DATABASE_NAME,
                 "SELECT movementid, operationid, points FROM movements WHERE card = ? AND type = 'burnpoints'",
                 (GIULIA,))
    assert rows is not None
    return rows


def _server_points(rig: Rig) -> int:
    rows = _rows(rig.data / DATABASE_NAME, "SELECT points FROM cards WHERE card = ?", (GIULIA,))
    assert rows
    return int(rows[0]["points"])


# -- the PIN, kept nowhere -------------------------------------------------------


def _holds_pin(data: bytes, pin: str) -> bool:
    """The PIN as a value of its own (not digits inside an id, a time or a phone number), or any pincode field."""
    alone = re.search(rb"(?<![0-9A-Za-z.+-])" + pin.encode() + rb"(?![0-9A-Za-z.-])", data)
    field = re.search(rb"pincode(?!length)", data)
    return alone is not None or field is not None


def _files_holding_pin(rig: Rig) -> list[str]:
    """Every file under the terminal's basedir (store, its -wal and -shm, log, config) holding the PIN."""
    return [str(f) for f in sorted(rig.base.rglob("*")) if f.is_file() and _holds_pin(f.read_bytes(), GIULIA_PIN)]


# -- the processes ---------------------------------------------------------------


def _redeem(rig: Rig, *, url: str | None = None) -> subprocess.Popen[str]:
    """`kiosk redeem` with the PIN on stdin; a long read timeout, so it is still waiting when it is killed."""
    env = {**rig.env, "KIOSK_READ_TIMEOUT": "30"}
    if url is not None:
        env["KIOSK_API_URL"] = url
    process = subprocess.Popen(
        [*KIOSK, "--basedir", str(rig.base), "redeem", "--card", GIULIA, "--points", str(POINTS)],
        env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert process.stdin is not None
    process.stdin.write(GIULIA_PIN + "\n")
    process.stdin.close()
    return process


def _kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL, "the redemption finished before it could be killed"
    for stream in (process.stdout, process.stderr):
        assert stream is not None
        stream.close()


def _client(rig: Rig) -> LoyaltyClient:
    demo = rig.demo
    terminal = demo["terminal"]
    return LoyaltyClient(rig.url, api_key=demo["apikey"], campaign_id=demo["campaignid"],
                         terminal=TerminalLogin(terminal["username"], terminal["password"], terminal["serialnumber"]))


# -- the answer is lost: the server did it, the terminal died waiting ------------


def test_a_redemption_killed_while_the_server_works_on_it_is_burnt_exactly_once(rig: Rig) -> None:
    with SandboxControl(rig.url, rig.controlkey) as control:
        # Held DELAY_MS with its key marked running, then applied, then its answer cut off.
        control.set_faults(delayms=DELAY_MS, dropcount=1, path=BURNPOINTS)
    process = _redeem(rig)
    try:
        operationid = wait_until(lambda: _inflight_burn(rig), within=20, what="the burnpoints row in flight")
        # The server has the call and is sleeping on it: the worst moment to die.
        wait_until(lambda: _server_operation(rig, operationid) == "running", within=5, what="the server to get it")
    finally:
        _kill(process)
    killed_at = time.monotonic()
    assert _outbox_row(rig, operationid)["state"] == "inflight"
    assert _server_operation(rig, operationid) == "running", "the kill came too late to test anything"
    assert _server_burns(rig) == []
    assert _files_holding_pin(rig) == []  # the store and its -wal as the kill left them

    # The server finishes the work nobody waits for any more.
    wait_until(lambda: _server_operation(rig, operationid) == "applied", within=DELAY_MS / 1000 + 10,
              what="the server to apply it")
    assert time.monotonic() - killed_at < DELAY_MS / 1000 + 10

    for _ in range(5):
        done = rig.kiosk("sync", "--once", "--json")
        if _outbox_row(rig, operationid)["state"] == "done":
            break
        time.sleep(0.5)
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["failed"] == 0
    assert rig.kiosk("sync", "--once").returncode == 0  # nothing left, nothing sent again

    burns = _server_burns(rig)
    assert [(b["operationid"], b["points"]) for b in burns] == [(operationid, -POINTS)]
    assert _server_points(rig) == GIULIA_POINTS - POINTS
    row = _outbox_row(rig, operationid)
    assert row["state"] == "done"
    assert json.loads(row["result"])["movementid"] == burns[0]["movementid"]
    lookup = rig.kiosk("lookup", GIULIA, "--json")
    card = json.loads(lookup.stdout)["cards"][0]
    assert card["points"] == GIULIA_POINTS - POINTS and card["pending_points"] == 0
    assert _files_holding_pin(rig) == []
    assert (rig.base / "logs" / "kiosk.log").exists()


# -- the server never got it: the request is swallowed on the way ----------------


class SwallowingProxy:
    """Passes HTTP to the sandbox, but swallows the first burnpoints request: it never reaches the server."""

    def __init__(self, port: int) -> None:
        self._upstream = port
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self.swallowed = threading.Event()
        self._sockets: list[socket.socket] = [self._listener]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                downstream, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self._upstream))
            self._sockets += [downstream, upstream]
            threading.Thread(target=self._pump, args=(downstream, upstream, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, downstream, False), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, requests: bool) -> None:
        holding = False
        with contextlib.suppress(OSError):
            while chunk := source.recv(65536):
                # A request head arrives in one piece on loopback; from it on, this connection goes nowhere.
                if requests and not self.swallowed.is_set() and b"POST " + BURNPOINTS.encode() in chunk:
                    holding = True
                    self.swallowed.set()
                if not holding:
                    sink.sendall(chunk)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)

    def close(self) -> None:
        for sock in self._sockets:
            with contextlib.suppress(OSError):
                sock.close()


def test_a_redemption_killed_before_the_server_got_it_is_failed_as_nothing_redeemed(rig: Rig) -> None:
    proxy = SwallowingProxy(rig.port)
    try:
        process = _redeem(rig, url=proxy.url)
        try:
            operationid = wait_until(lambda: _inflight_burn(rig), within=20, what="the burnpoints row in flight")
            assert proxy.swallowed.wait(10), "the burnpoints request never left the terminal"
        finally:
            _kill(process)
        assert _server_operation(rig, operationid) is None
        assert _files_holding_pin(rig) == []

        # At once after the crash: the server does not know it, and the PIN is gone with the process.
        # Within the grace the worker leaves it be (a counter still calling would settle it itself).
        young = rig.kiosk("sync", "--once", "--json")
        assert young.returncode == 3, young.stdout + young.stderr
        assert _outbox_row(rig, operationid)["state"] not in ("failed", "done")

        # A minute later (the worker's clock moved past the grace, not ours), it is settled: nothing was redeemed.
        with _client(rig) as client:
            later = SyncWorker(_store(rig), client, clock=lambda: time.time() + PIN_GRACE_SECONDS + 1)
            report = later.drain_once(include_waiting=True)
        assert (report.sent, report.failed, report.left) == (0, 1, 0)
        row = _outbox_row(rig, operationid)
        # The store keeps what happened as a code; the words for it (here the command line's) say the rest.
        assert row["state"] == "failed" and "nothing was redeemed" in say(Notice.from_code(row["last_error"]))
        queue = json.loads(rig.kiosk("queue", "--json").stdout)
        assert [op["operationid"] for op in queue["failed"]] == [operationid]
    finally:
        proxy.close()  # the swallowed request dies with its connection, never delivered
    time.sleep(0.3)
    assert _server_operation(rig, operationid) is None
    assert _server_burns(rig) == []
    assert _server_points(rig) == GIULIA_POINTS
    assert _files_holding_pin(rig) == []
