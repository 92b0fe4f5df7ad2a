"""Benchmark: the worker's half-second queries with 1,000,000 settled rows against an empty outbox.

Run by hand: `python tests/bench/bench_outbox_due.py [--settled 1000000] [--unsettled 50] [--n 200]`.
Both files hold the same few unsettled operations (what a terminal has waiting);
one also holds a million done, discarded and failed ones, as a busy till would
keep for the pruning period. Each round asks what the sync worker asks every
half second (the due heads, when the next one is due, the waiting and failed
counts) on both files, interleaved, and prints the ratio full/empty. The target
is within 2x: the partial index of unsettled rows keeps settled rows out of it.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import statistics
import tempfile
import time

from kiosk.store import NewOperation, Store, open_store

T0 = 1_700_000_000.0
_BODY = json.dumps({"amount": 1250, "receipt": "R-1", "datetime": "2024-05-01T10:00:00+00:00"})


def fill_settled(store: Store, count: int) -> None:
    """`count` settled rows over 20,000 cards, written straight into the file (pruning is not under test)."""
    conn = store._conn
    states = ("done",) * 97 + ("discarded",) * 2 + ("failed",)
    batch = 50_000
    for start in range(0, count, batch):
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO outbox (operationid, type, card, body, points_delta, created_at, attempts,"
            " next_attempt_at, state, result, settled_at) VALUES (?, 'purchase', ?, ?, 12, ?, 1, ?, ?, '{}', ?)",
            (
                (f"settled-{n}", f"2{n % 20_000:012d}", _BODY, T0 + n, T0 + n, states[n % 100], T0 + n + 1)
                for n in range(start, min(count, start + batch))
            ),
        )
        conn.execute("COMMIT")


def fill_unsettled(store: Store, count: int) -> None:
    for n in range(count):
        body = {"amount": 1250, "receipt": f"W-{n}", "datetime": "2024-05-01T10:00:00+00:00"}
        store.enqueue(NewOperation("purchase", f"3{n % 40:012d}", body, points_delta=12))


def one_round(store: Store) -> float:
    """What the worker asks between two sleeps: due heads, next due time, the counts it publishes."""
    start = time.perf_counter()
    store.due(time.time() + 3600, limit=100)
    store.next_due_at()
    store.waiting_counts()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--settled", type=int, default=1_000_000)
    parser.add_argument("--unsettled", type=int, default=50)
    parser.add_argument("--n", type=int, default=200, help="rounds on each file")
    parser.add_argument("--dir", type=pathlib.Path, default=None, help="a folder on the disk to measure")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="kiosk-bench-") as name:
        folder = pathlib.Path(name)
        with open_store(folder / "empty.db") as empty, open_store(folder / "full.db") as full:
            began = time.perf_counter()
            fill_settled(full, args.settled)
            print(f"wrote {args.settled} settled rows in {time.perf_counter() - began:.1f} s")
            fill_unsettled(empty, args.unsettled)
            fill_unsettled(full, args.unsettled)
            assert len(full.due(time.time() + 3600)) == len(empty.due(time.time() + 3600))
            for store in (empty, full):  # warm both caches alike
                for _ in range(5):
                    one_round(store)
            empty_samples: list[float] = []
            full_samples: list[float] = []
            for _ in range(args.n):
                empty_samples.append(one_round(empty))
                full_samples.append(one_round(full))
        e, f = statistics.median(empty_samples) * 1000, statistics.median(full_samples) * 1000
        print(f"{args.unsettled} unsettled operations, {args.n} rounds of due + next_due_at + waiting_counts")
        print(f"empty outbox                      median {e:7.3f} ms")
        print(f"with {args.settled:>9} settled rows      median {f:7.3f} ms")
        print(f"ratio full/empty: {f / e:.2f}x (target: within 2x)")


if __name__ == "__main__":
    main()
