"""Benchmark, run by hand: how fast the sync worker drains the outbox, against plain sequential POSTs.

    python tests/bench/bench_sync_drain.py [--purchases 500] [--cards 20]

Both runs send the same purchases (same bodies, each with its Idempotency-Key,
fresh operation ids) to the same sandbox on 127.0.0.1; the baseline signs in
once and does nothing else, so the ratio is the worker's own cost: the outbox
reads and writes (each a synchronous=FULL commit) around every call.
"""

from __future__ import annotations

import argparse
import datetime as dt
import pathlib
import tempfile
import time
import uuid
from typing import Any

import httpx

from kiosk.api import LoyaltyClient, TerminalLogin
from kiosk.api.marta import API_KEY_HEADER, IDEMPOTENCY_HEADER, Path, Scope
from kiosk.sandbox import SandboxConfig, seed_demo, start_in_thread
from kiosk.store import NewOperation, open_store
from kiosk.sync import SyncWorker

WHEN = dt.datetime(2026, 11, 22, 10, 42, tzinfo=dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _bodies(cards: list[str], n: int) -> list[dict[str, Any]]:
    return [
        {"card": cards[i % len(cards)], "amount": 100 + i, "receipt": f"R-{i}", "datetime": WHEN} for i in range(n)
    ]


def _drain(url: str, demo: dict[str, Any], folder: pathlib.Path, bodies: list[dict[str, Any]]) -> tuple[float, int]:
    store_path = folder / "terminal.sqlite3"
    with open_store(store_path) as store:
        for body in bodies:
            store.enqueue(NewOperation(type="purchase", card=body["card"], body=body, points_delta=body["amount"] // 100))
    with LoyaltyClient(
        url, api_key=demo["apikey"], campaign_id=demo["campaignid"], terminal=TerminalLogin(**demo["terminal"])
    ) as client:
        client.campaign()  # signed in before the clock starts, as the baseline is
        started = time.perf_counter()
        report = SyncWorker(store_path, client).drain_once()
        elapsed = time.perf_counter() - started
    return elapsed, report.sent


def _baseline(url: str, demo: dict[str, Any], bodies: list[dict[str, Any]]) -> float:
    with httpx.Client(base_url=url, headers={API_KEY_HEADER: demo["apikey"]}) as http:
        login = {**demo["terminal"], "campaignid": demo["campaignid"], "devicetype": 1, "scope": Scope.TERMINAL.value}
        token = http.post(Path.AUTH, json=login).raise_for_status().json()["token"]
        started = time.perf_counter()
        for body in bodies:
            key = str(uuid.uuid4())
            http.post(
                Path.PURCHASE, json={"operationid": key, **body},
                headers={"Authorization": f"Bearer {token}", IDEMPOTENCY_HEADER: key},
            ).raise_for_status()
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--purchases", type=int, default=500)
    parser.add_argument("--cards", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        folder = pathlib.Path(tmp)
        demo = seed_demo(folder / "sandbox")
        with start_in_thread(SandboxConfig(data_dir=folder / "sandbox")) as sandbox:
            with LoyaltyClient(
                sandbox.url, api_key=demo["apikey"], campaign_id=demo["campaignid"],
                terminal=TerminalLogin(**demo["terminal"]),
            ) as client:
                cards = [client.issue_card(1).card for _ in range(args.cards)]
            bodies = _bodies(cards, args.purchases)
            _baseline(sandbox.url, demo, bodies[:20])  # warm-up: imports, connection, the sandbox's caches
            drained, sent = _drain(sandbox.url, demo, folder, bodies)
            plain = _baseline(sandbox.url, demo, bodies)
    assert sent == args.purchases, f"only {sent} of {args.purchases} sent"
    worker_rate = args.purchases / drained
    plain_rate = args.purchases / plain
    print(f"{args.purchases} purchases over {args.cards} cards, sandbox on 127.0.0.1")
    print(f"sync worker drain_once : {drained:7.2f} s  {worker_rate:8.1f} purchases/s")
    print(f"plain sequential POSTs : {plain:7.2f} s  {plain_rate:8.1f} purchases/s")
    print(f"worker / plain         : {worker_rate / plain_rate:7.2f}")


if __name__ == "__main__":
    main()
