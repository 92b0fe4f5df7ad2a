"""Benchmark: durable enqueue latency against a bare INSERT + commit on the same disk.

Run by hand: `python tests/bench/bench_store_enqueue.py [--n 2000] [--dir FOLDER]`.
Both sides commit every row on its own with WAL and synchronous=FULL, so the
ratio shows what the store adds on top of the fsync SQLite does anyway.
"""

from __future__ import annotations

import argparse
import pathlib
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable

from kiosk.store import NewOperation, open_store


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def describe(label: str, samples: list[float]) -> tuple[float, float]:
    median, p99 = statistics.median(samples) * 1000, percentile(samples, 0.99) * 1000
    print(f"{label:<28} median {median:7.3f} ms   p99 {p99:7.3f} ms   ({len(samples)} commits)")
    return median, p99


def purchase(number: int) -> NewOperation:
    body = {"amount": 1250, "receipt": f"R-{number}", "datetime": "2024-05-01T10:00:00+00:00"}
    return NewOperation("purchase", f"2{number % 500:012d}", body, points_delta=12)


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def measure(folder: pathlib.Path, n: int) -> tuple[list[float], list[float]]:
    """(bare, store) commit times, interleaved so both meet the same disk weather."""
    bare: list[float] = []
    stored: list[float] = []
    conn = sqlite3.connect(folder / "bare.db", isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")

        def insert(number: int) -> None:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO t (body) VALUES (?)", (f'{{"amount":1250,"receipt":"R-{number}"}}',))
            conn.execute("COMMIT")

        with open_store(folder / "store.db") as store:
            for number in range(n):
                op = purchase(number)
                bare.append(timed(lambda: insert(number)))
                stored.append(timed(lambda: store.enqueue(op)))
    finally:
        conn.close()
    return bare, stored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--dir", type=pathlib.Path, default=None, help="a folder on the disk to measure")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="kiosk-bench-") as name:
        folder = pathlib.Path(name)
        print(f"folder {folder}, {args.n} enqueues, each its own transaction, WAL + synchronous=FULL")
        bare_samples, store_samples = measure(folder, args.n)
        bare = describe("bare INSERT + COMMIT", bare_samples)
        store = describe("Store.enqueue", store_samples)
        print(f"ratio store/bare: median {store[0] / bare[0]:.2f}x   p99 {store[1] / bare[1]:.2f}x")


if __name__ == "__main__":
    main()
