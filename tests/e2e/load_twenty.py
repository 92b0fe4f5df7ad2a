"""Twenty terminals on one sandbox: real processes, bounded in time, loopback only.

One `kiosk sandbox serve` process on a demo data folder seeded with twenty terminal logins.
Each terminal is a folder of its own (its own store) and a loop of real commands, one at a
time as a till does: `kiosk earn` queues a purchase, `kiosk redeem` (the PIN on stdin)
redeems 100 points at once, while the terminal's `kiosk sync --watch` sends what is queued
and is killed with -9 now and then and started again. At the end each terminal's watch is
stopped with SIGTERM, `kiosk sync --once` drains what is left, and the sandbox's own
database is compared with what the terminals queued: every operation applied exactly once,
each terminal's purchases in the order it queued them for each card, nothing lost, nothing
left unsettled. Every call to the server is timed from the terminals' side
(tests/e2e/timed_kiosk.py); the script prints the server's throughput and p50/p99 latency.

Run a longer one by hand:
    python -m tests.e2e.load_twenty --seconds 120 [--terminals 20] [--seed N] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import dataclasses
import datetime as dt
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.e2e.crash_loop import Rig

TIMED = [sys.executable, str(Path(__file__).with_name("timed_kiosk.py"))]
# The demo cards with a PIN that are neither blocked nor locked, with their PINs.
CARDS = {"2000000000015": "1234", "2000000000022": "2468", "2000000000053": "4321"}
REDEEM_POINTS = 100
# Points each card is given first, so no redemption of the run is ever short of points.
TOP_UP_CENTS = 50_000_000
# Seconds between two kill -9 of a terminal's sync worker (then started again).
KILL_EVERY = (6.0, 15.0)
# How long the end may take to send what a terminal still holds.
DRAIN_SECONDS = 90.0
WRITES = ("/terminal/movement/purchase", "/terminal/movement/burnpoints")


@dataclasses.dataclass
class Queued:
    terminal: int
    card: str
    kind: str  # purchase | burnpoints
    operationid: str
    said: str  # what the command said: queued (earn), or the redemption's outcome


@dataclasses.dataclass
class Report:
    terminals: int
    seconds: float  # the load itself, commands and workers running
    drain_seconds: float  # stopping the watches and draining what was left
    purchases: int
    redemptions: int
    applied: int
    duplicates: int
    missing: int
    out_of_order: int
    unsettled: int
    refused: int  # redemptions the server turned down
    unreached: int  # redemptions whose request never reached the server under the load: nothing redeemed
    kills: int
    slow_stops: int  # watches that took 5 s or more to end on SIGTERM
    command_failures: list[str]
    requests: int
    operations_per_s: float
    requests_per_s: float
    p50_ms: float
    p99_ms: float
    writes_p50_ms: float
    writes_p99_ms: float
    server_cpu_seconds: float  # the sandbox process's own CPU time over the run
    server_cpu_ms_per_request: float

    @property
    def ok(self) -> bool:
        return (self.applied == self.purchases + self.redemptions - self.refused - self.unreached and not (
            self.duplicates or self.missing or self.out_of_order or self.unsettled or self.slow_stops
            or self.command_failures))


class Terminal:
    """One till: its own folder and store, its own login, and its `kiosk sync --watch`."""

    def __init__(self, number: int, login: dict[str, str], rig: Rig, workdir: Path) -> None:
        self.number = number
        self.base = workdir / f"terminal-{number:02d}"
        self.env = {
            **rig.env,
            "KIOSK_TERMINAL_USERNAME": login["username"],
            "KIOSK_TERMINAL_PASSWORD": login["password"],
            "KIOSK_TERMINAL_SERIAL": login["serialnumber"],
            "KIOSK_READ_TIMEOUT": "10",
            "KIOSK_CONNECT_TIMEOUT": "10",  # 40 processes on 2 cores: the accept queue can be slow
            "KIOSK_LOAD_TIMINGS": str(workdir / "timings" / f"terminal-{number:02d}.txt"),
        }
        self.queued: list[Queued] = []
        self.failures: list[str] = []
        self.kills = 0
        self.slow_stops = 0
        self.watch: subprocess.Popen[bytes] | None = None

    def kiosk(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([*TIMED, "--basedir", str(self.base), *args], env=self.env, input=stdin,
                              capture_output=True, text=True, timeout=120)

    def start_watch(self) -> None:
        self.watch = subprocess.Popen([*TIMED, "--basedir", str(self.base), "sync", "--watch"], env=self.env,
                                      stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def kill_watch(self) -> None:
        if self.watch is not None:
            self.watch.send_signal(signal.SIGKILL)
            self.watch.wait()
            self.watch = None
            self.kills += 1

    def stop_watch(self) -> None:
        """SIGTERM, as a service manager stops it: it must end within 5 s."""
        if self.watch is None:
            return
        self.watch.send_signal(signal.SIGTERM)
        try:
            self.watch.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.slow_stops += 1
            self.watch.kill()
            self.watch.wait()
        self.watch = None

    def earn(self, card: str, n: int) -> None:
        done = self.kiosk("earn", "--card", card, "--amount", f"{1 + n % 50}.{n % 100:02d}",
                          "--receipt", f"T{self.number}-{n}", "--json")
        if done.returncode != 0:
            self.failures.append(f"terminal {self.number} earn: exit {done.returncode}: {done.stderr.strip()[-300:]}")
            return
        self.queued.append(Queued(self.number, card, "purchase", json.loads(done.stdout)["operationid"], "queued"))

    def redeem(self, card: str) -> None:
        done = self.kiosk("redeem", "--card", card, "--points", str(REDEEM_POINTS), "--json", stdin=CARDS[card] + "\n")
        try:
            answer = json.loads(done.stdout)
        except json.JSONDecodeError:
            # Under this load the card's fresh look-up may not get through: the till then saves nothing and says so.
            if not (done.returncode == 1 and "Redeeming needs the connection" in done.stderr):
                self.failures.append(f"terminal {self.number} redeem: exit {done.returncode}: {done.stderr.strip()[-300:]}")
            return
        # 0 redeemed, 3 the answer was lost (the worker settles it): both are operations to account for.
        # Under this load a request may also never reach the server (exit 1, "unreachable"): nothing is
        # redeemed, and the check below proves the server has none of it.
        if done.returncode not in (0, 3) and answer.get("outcome") != "unreachable":
            self.failures.append(f"terminal {self.number} redeem: exit {done.returncode}: {answer.get('message')}")
        if "operationid" in answer:
            self.queued.append(Queued(self.number, card, "burnpoints", answer["operationid"], answer["outcome"]))

    def run(self, until: float, rng: random.Random) -> None:
        self.start_watch()
        next_kill = time.monotonic() + rng.uniform(*KILL_EVERY)
        n = 0
        while time.monotonic() < until:
            card = rng.choice(list(CARDS))
            if rng.random() < 0.7:
                self.earn(card, n)
            else:
                self.redeem(card)
            n += 1
            if time.monotonic() >= next_kill:
                self.kill_watch()
                self.start_watch()
                next_kill = time.monotonic() + rng.uniform(*KILL_EVERY)
            time.sleep(rng.uniform(0.0, 0.3))

    def drain(self) -> None:
        self.stop_watch()
        give_up = time.monotonic() + DRAIN_SECONDS
        while True:
            done = self.kiosk("sync", "--once", "--json")
            if done.returncode == 0:
                return
            if time.monotonic() > give_up:
                break
            time.sleep(0.5)
        self.failures.append(f"terminal {self.number}: sync --once never drained: {done.stdout.strip()[-300:]}")

    def outbox(self) -> dict[str, tuple[int, str]]:
        """operationid -> (seq, state) in this terminal's own store."""
        with contextlib.closing(sqlite3.connect(f"file:{self.base / 'data' / 'terminal.sqlite3'}?mode=ro", uri=True)) as c:
            return {op: (seq, state) for op, seq, state in c.execute("SELECT operationid, seq, state FROM outbox")}


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _server_movements(rig: Rig) -> dict[str, list[int]]:
    """operationid -> the movementids the server recorded for it (read from its own database)."""
    from kiosk.sandbox.config import DATABASE_NAME  # here: this process stays free of FastAPI until the end

    with contextlib.closing(sqlite3.connect(f"file:{rig.data / DATABASE_NAME}?mode=ro", uri=True, timeout=30)) as c:
        found: dict[str, list[int]] = {}
        for operationid, movementid in c.execute("SELECT operationid, movementid FROM movements ORDER BY movementid"):
            found.setdefault(operationid, []).append(movementid)
        return found


def _top_up(rig: Rig) -> None:
    """Give each card plenty of points first, so every redemption of the run has them."""
    from kiosk.api import LoyaltyClient, TerminalLogin

    demo = rig.demo
    with LoyaltyClient(rig.url, api_key=demo["apikey"], campaign_id=demo["campaignid"],
                       terminal=TerminalLogin(**demo["terminal"])) as client:
        for card in CARDS:
            client.purchase(card, amount=TOP_UP_CENTS, receipt="load-top-up", operationid=f"load-top-up-{card}",
                            when=dt.datetime.now(dt.timezone.utc))


def run(seconds: float, workdir: Path, *, terminals: int = 20, seed: int = 0, verbose: bool = False) -> Report:
    rng = random.Random(seed)
    (workdir / "timings").mkdir(parents=True, exist_ok=True)
    rig = Rig(workdir, terminals=terminals)
    tills = [Terminal(n, login, rig, workdir) for n, login in enumerate(rig.demo["terminals"], start=1)]
    try:
        _top_up(rig)
        started = time.monotonic()
        began_epoch = time.time()
        cpu_before = _cpu_seconds(rig.server.process.pid)
        until = started + seconds
        with concurrent.futures.ThreadPoolExecutor(len(tills)) as pool:
            seeds = [rng.randrange(2**32) for _ in tills]
            list(pool.map(lambda pair: pair[0].run(until, random.Random(pair[1])), zip(tills, seeds)))
            loaded = time.monotonic() - started
            if verbose:
                print(f"load done after {loaded:.1f} s; draining", flush=True)
            list(pool.map(Terminal.drain, tills))
        drained = time.monotonic() - started - loaded
        ended_epoch = time.time()
        cpu = _cpu_seconds(rig.server.process.pid) - cpu_before
        return _report(rig, tills, loaded, drained, began_epoch, ended_epoch, cpu)
    finally:
        for till in tills:
            if till.watch is not None:
                till.watch.kill()
                till.watch.wait()
        rig.close()


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _report(rig: Rig, tills: list[Terminal], loaded: float, drained: float, began: float, ended: float,
            cpu: float) -> Report:
    server = _server_movements(rig)
    applied = duplicates = missing = out_of_order = unsettled = refused = unreached = 0
    for till in tills:
        outbox = till.outbox()
        for op in till.queued:
            seq_state = outbox.get(op.operationid)
            times = len(server.get(op.operationid, []))
            if seq_state is None:
                missing += 1  # the command said it saved it, and the store does not have it
                continue
            state = seq_state[1]
            if state in ("pending", "inflight"):
                unsettled += 1
            if state == "done":
                applied += times == 1
                duplicates += max(0, times - 1)
                missing += times == 0
            elif op.kind == "burnpoints" and state == "failed":
                # The server said no, or never heard of it: either way it must have applied nothing.
                if op.said == "unreachable":
                    unreached += 1
                else:
                    refused += 1
                duplicates += times
            else:
                missing += 1
        # Each terminal's purchases on a card reach the server in the order it queued them.
        for card in CARDS:
            mine = [op.operationid for op in till.queued if op.card == card and op.kind == "purchase"]
            queued_order = sorted(mine, key=lambda o: outbox[o][0] if o in outbox else 0)
            server_order = sorted((o for o in mine if server.get(o)), key=lambda o: server[o][0])
            expected = [o for o in queued_order if server.get(o)]
            out_of_order += sum(1 for a, b in zip(expected, server_order) if a != b)
    timings = _timings(tills, began, ended)
    every = [seconds for _, seconds in timings]
    writes = [seconds for path, seconds in timings if path in WRITES]
    span = loaded + drained
    return Report(
        terminals=len(tills), seconds=round(loaded, 1), drain_seconds=round(drained, 1),
        purchases=sum(op.kind == "purchase" for till in tills for op in till.queued),
        redemptions=sum(op.kind == "burnpoints" for till in tills for op in till.queued),
        applied=applied, duplicates=duplicates, missing=missing, out_of_order=out_of_order, unsettled=unsettled,
        refused=refused, unreached=unreached, kills=sum(till.kills for till in tills),
        slow_stops=sum(till.slow_stops for till in tills),
        command_failures=[failure for till in tills for failure in till.failures],
        requests=len(every), operations_per_s=round(applied / span, 2), requests_per_s=round(len(every) / span, 2),
        p50_ms=round(_percentile(every, 0.50) * 1000, 1), p99_ms=round(_percentile(every, 0.99) * 1000, 1),
        writes_p50_ms=round(_percentile(writes, 0.50) * 1000, 1),
        writes_p99_ms=round(_percentile(writes, 0.99) * 1000, 1),
        server_cpu_seconds=round(cpu, 2), server_cpu_ms_per_request=round(cpu * 1000 / max(1, len(every)), 1),
    )


def _timings(tills: list[Terminal], began: float, ended: float) -> list[tuple[str, float]]:
    """(path, seconds) of every call the terminals made during the run."""
    found = []
    for till in tills:
        file = Path(till.env["KIOSK_LOAD_TIMINGS"])
        if not file.exists():
            continue
        for line in file.read_text().splitlines():
            parts = line.split()
            if len(parts) == 5 and began <= float(parts[0]) <= ended:
                found.append((parts[3], float(parts[1])))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=30.0, help="how long the terminals work (default 30)")
    parser.add_argument("--terminals", type=int, default=20)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kiosk-load-"))
    report = run(args.seconds, workdir, terminals=args.terminals, seed=args.seed, verbose=True)
    print(json.dumps({**dataclasses.asdict(report), "seed": args.seed, "workdir": str(workdir), "ok": report.ok},
                     indent=2))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
