"""Benchmark: offline look-up in a 1,000,000-card directory, against a bare indexed SELECT.

Run by hand: `python tests/bench/bench_store_lookup.py [--cards 1000000] [--lookups 2000] [--dir FOLDER]`.
The directory is filled through Store.apply_directory_page in big pages (the
sync's own code path, one transaction per page), then searched at random by
card, e-mail hash and phone hash, with some operations pending in the outbox.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import pathlib
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable

from kiosk.api.models import CardStatus, DirectoryEntry, DirectoryPage
from kiosk.store import NewOperation, open_store

SALT = "bench-lookup-salt"
PAGE = 20_000
UPDATED = dt.datetime(2024, 5, 1, 10, 0, tzinfo=dt.timezone.utc)


def card_number(n: int) -> str:
    return f"2{n:011d}0"


def lookup_hash(address: str) -> str:
    return hashlib.sha256((SALT + address).encode()).hexdigest()


def email(n: int) -> str:
    return f"customer{n}@example.com"


def mobile(n: int) -> str:
    return f"+39333{n:07d}"


def page(first: int, last: int, *, more: bool) -> DirectoryPage:
    cards = tuple(
        DirectoryEntry(
            card=card_number(n),
            customerid=n,
            displayname=f"Customer {n}",
            points=n % 5000,
            credit=n % 300,
            status=CardStatus.ACTIVE,
            emailhash=lookup_hash(email(n)),
            mobilehash=lookup_hash(mobile(n)) if n % 3 else None,  # not everyone leaves a phone
            updatedat=UPDATED,
        )
        for n in range(first, last)
    )
    return DirectoryPage(cards=cards, next=f"c{last}", more=more)


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def timed_each(work: Callable[[str], object], keys: list[str]) -> list[float]:
    samples = []
    for key in keys:
        start = time.perf_counter()
        found = work(key)
        samples.append(time.perf_counter() - start)
        assert found, key
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=1_000_000)
    parser.add_argument("--lookups", type=int, default=2000)
    parser.add_argument("--dir", type=pathlib.Path, default=None, help="a folder on the disk to measure")
    args = parser.parse_args()
    rng = random.Random(20240501)
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="kiosk-bench-") as name:
        path = pathlib.Path(name) / "store.db"
        with open_store(path) as store:
            start = time.perf_counter()
            build = 0.0
            for first in range(0, args.cards, PAGE):
                last = min(args.cards, first + PAGE)
                made = time.perf_counter()
                next_page = page(first, last, more=last < args.cards)
                build += time.perf_counter() - made
                store.apply_directory_page(next_page)
            fill = time.perf_counter() - start
            size = store.directory_size()
            print(
                f"filled {size:,} cards in {fill:.1f} s ({size / fill:,.0f} cards/s; "
                f"{build:.1f} s of it building the pages in Python), {path.stat().st_size / 1e6:.0f} MB"
            )
            for n in rng.sample(range(args.cards), 300):  # a busy day offline
                store.enqueue(NewOperation("purchase", card_number(n), {"amount": 1000}, points_delta=10))

            picks = [rng.randrange(args.cards) for _ in range(args.lookups)]
            with_phone = [n if n % 3 else n + 1 for n in picks]
            kinds = {
                "card": ([card_number(n) for n in picks], "card"),
                "emailhash": ([lookup_hash(email(n)) for n in picks], "emailhash"),
                "mobilehash": ([lookup_hash(mobile(n)) for n in with_phone], "mobilehash"),
            }
            bare = sqlite3.connect(path, isolation_level=None)
            try:
                print(f"{args.lookups} random look-ups each; median and p99 in ms")
                for label, (keys, column) in kinds.items():
                    sql = f"SELECT * FROM directory WHERE {column} = ?"
                    base = timed_each(lambda key: bare.execute(sql, (key,)).fetchall(), keys)
                    ours = timed_each(lambda key: store.find_in_directory(**{column: key}), keys)
                    b50, b99 = statistics.median(base) * 1000, percentile(base, 0.99) * 1000
                    o50, o99 = statistics.median(ours) * 1000, percentile(ours, 0.99) * 1000
                    print(
                        f"by {label:<10}  find_in_directory {o50:6.3f} / {o99:6.3f}   "
                        f"bare SELECT {b50:6.3f} / {b99:6.3f}   ratio {o50 / b50:4.2f}x / {o99 / b99:4.2f}x"
                    )
            finally:
                bare.close()


if __name__ == "__main__":
    main()
