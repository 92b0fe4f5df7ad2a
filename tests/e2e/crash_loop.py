"""Crash loop with real processes: queue with `kiosk earn`, sync with faults, `kill -9`, repeat.

At the end everything is drained and compared with the sandbox's own movements:
every queued purchase applied exactly once, in order per card, none failed.

Run the long version by hand:
    python tests/e2e/crash_loop.py --rounds 500 [--seed N] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from kiosk.api.marta import SANDBOX_KEY_HEADER
from tests.e2e.tills import KIOSK, ServedSandbox, seed_demo, till_env

CARDS = ("2000000000015", "2000000000022", "2000000000046", "2000000000053")


@dataclasses.dataclass
class Report:
    rounds: int
    queued: int
    applied: int
    duplicates: int
    missing: int
    out_of_order: int
    failed: int
    kills: int
    faults: dict[str, int]
    seconds: float
    drain_runs: int
    # Each `kiosk earn` that exited non-zero: (round, exit code, its stderr). The loop goes on
    # so a long run still reports everything else; any entry here makes the run fail.
    earn_failures: list[tuple[int, int, str]] = dataclasses.field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.queued == self.applied and not (
            self.duplicates or self.missing or self.out_of_order or self.failed or self.earn_failures)


class Rig:
    """A sandbox process and the environment that points `kiosk` commands at it."""

    def __init__(self, workdir: Path, *, terminals: int = 0) -> None:
        """`terminals`: seed that many terminal logins too (the demo's "terminals")."""
        self.workdir = workdir
        self.data = workdir / "sandbox"
        self.base = workdir / "terminal"
        more = ["--terminals", str(terminals)] if terminals else []
        demo = seed_demo(self.data, *more)
        self.demo = demo
        self.controlkey: str = demo["controlkey"]  # for the /sandbox/ paths of this --dev server
        self.server = ServedSandbox(self.data, "--dev")
        self.port, self.url = self.server.port, self.server.url
        self.env = till_env(self.url, demo, KIOSK_READ_TIMEOUT="3", KIOSK_CONNECT_TIMEOUT="2")
        self.http = httpx.Client(base_url=self.url, timeout=10, headers={SANDBOX_KEY_HEADER: self.controlkey})

    def kiosk(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*KIOSK, "--basedir", str(self.base), *args], env=self.env,
                              capture_output=True, text=True, timeout=timeout)

    def fault(self, **setting: object) -> None:
        self.http.post("/sandbox/faults", json=setting).raise_for_status()

    def clear_faults(self) -> None:
        self.http.delete("/sandbox/faults").raise_for_status()

    def purchases(self, card: str) -> list[str]:
        """The operationids of the card's purchases as the server recorded them, oldest first, repeats included.

        Read from the sandbox's own database: the API lists only a card's latest
        200 movements, and a long run puts more than that on each card.
        """
        from kiosk.sandbox.config import DATABASE_NAME  # here: the benches that use Rig stay free of FastAPI

        uri = f"file:{self.data / DATABASE_NAME}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=30)) as conn:
            rows = conn.execute(
                "SELECT operationid FROM movements WHERE card = ? AND type = 'purchase' ORDER BY movementid",
                (card,),
            ).fetchall()
        return [operationid for (operationid,) in rows]

    def close(self) -> None:
        self.http.close()
        self.server.stop()


def run(rounds: int, workdir: Path, *, seed: int = 0, per_round: int = 3, verbose: bool = False) -> Report:
    rng = random.Random(seed)
    started = time.monotonic()
    rig = Rig(workdir)
    queued: list[tuple[str, str]] = []  # (card, operationid) in the order `kiosk earn` stored them
    faults = {"none": 0, "delay": 0, "status": 0, "drop": 0}
    kills = 0
    earn_failures: list[tuple[int, int, str]] = []
    try:
        for number in range(rounds):
            for _ in range(rng.randint(1, per_round)):
                card = rng.choice(CARDS)
                amount = f"{rng.randint(1, 20000) / 100:.2f}"
                done = rig.kiosk("earn", "--card", card, "--amount", amount, "--receipt", f"R{number}-{len(queued)}", "--json")
                if done.returncode != 0:
                    earn_failures.append((number, done.returncode, done.stderr.strip()[-2000:]))
                    continue
                queued.append((card, json.loads(done.stdout)["operationid"]))
            kind = rng.choice(list(faults))
            faults[kind] += 1
            rig.clear_faults()
            if kind == "delay":
                rig.fault(delayms=rng.randint(50, 600))
            elif kind == "status":
                rig.fault(status=rng.choice([500, 502, 503, 429]), count=rng.randint(1, 4), retryafter=rng.choice([None, 1]))
            elif kind == "drop":
                rig.fault(dropcount=rng.randint(1, 3))
            watch = subprocess.Popen([*KIOSK, "--basedir", str(rig.base), "sync", "--watch"], env=rig.env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.3, 2.5))
            watch.send_signal(signal.SIGKILL)
            watch.wait()
            kills += 1
            if verbose and number % 25 == 0:
                print(f"round {number}: {len(queued)} queued", flush=True)
        rig.clear_faults()
        drain_runs = 0
        while True:
            drain_runs += 1
            done = rig.kiosk("sync", "--once", "--json")
            if done.returncode in (0, 4) or drain_runs > 30:
                break
            time.sleep(0.5)
        queue = json.loads(rig.kiosk("queue", "--json").stdout)
        wanted: dict[str, list[str]] = {}
        for card, operationid in queued:
            wanted.setdefault(card, []).append(operationid)
        applied = duplicates = missing = out_of_order = 0
        for card, operationids in wanted.items():
            seen = [op for op in rig.purchases(card) if op in set(operationids)]
            applied += len(set(seen))
            duplicates += len(seen) - len(set(seen))
            missing += len(set(operationids) - set(seen))
            in_order = [op for op in operationids if op in set(seen)]
            out_of_order += sum(1 for a, b in zip(in_order, dict.fromkeys(seen)) if a != b)
        return Report(rounds=rounds, queued=len(queued), applied=applied, duplicates=duplicates, missing=missing,
                      out_of_order=out_of_order, failed=queue["counts"].get("failed", 0), kills=kills,
                      faults=faults, seconds=round(time.monotonic() - started, 1), drain_runs=drain_runs,
                      earn_failures=earn_failures)
    finally:
        rig.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=500)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kiosk-crash-"))
    report = run(args.rounds, workdir, seed=args.seed, verbose=True)
    print(json.dumps({**dataclasses.asdict(report), "seed": args.seed, "ok": report.ok}, indent=2))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
