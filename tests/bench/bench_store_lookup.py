"""Benchmark: offline look-up in a 1,000,000-card directory, against a bare indexed SELECT.

Run by hand: `python tests/bench/bench_store_lookup.py [--cards 1000000] [--lookups 2000] [--addresses 10] [--dir FOLDER]`.
The directory is filled through Store.apply_directory_page in big pages (the
sync's own code path, one transaction per page), then searched at random by
card, e-mail hash and phone hash, with some operations pending in the outbox.
The store treats a hash as an opaque key, so the million cards carry a cheap
stand-in (a million scrypt hashes would take a day); then `--addresses` cards
get the contract's scrypt hashes (the campaign's contacthash, n=32768, r=8) and
the terminal's own offline look-up is timed end to end: by card number, and by
e-mail and phone, which cost one scrypt each (the per-process memo is emptied
before every one, so each pays in full).
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

from kiosk.api.contacthash import ContactHash, contact_hash
from kiosk.api.marta import CONTACTHASH_MIN_N, CONTACTHASH_R
from kiosk.api.models import CardStatus, DirectoryEntry, DirectoryPage
from kiosk.core.terminal import Terminal
from kiosk.domain.identifiers import with_check_digit
from kiosk.store import NewOperation, Store, open_store

SALT = "bench-lookup-salt"
CONTACTHASH = ContactHash(salt=SALT, n=CONTACTHASH_MIN_N, r=CONTACTHASH_R, p=1)
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
            points=n % 5000,
            credit=n % 300,
            status=CardStatus.ACTIVE,
            registered_customer=True,
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
    parser.add_argument("--addresses", type=int, default=10, help="cards with real scrypt hashes, each looked up")
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
                terminal_lookups(store, bare, rng, args.cards, args.addresses)
            finally:
                bare.close()


def scrypt_card(n: int) -> str:
    """Real EAN-13 numbers apart from the million (the terminal checks the digit of what is typed)."""
    return with_check_digit(f"21{n:010d}")


def scrypt_email(n: int) -> str:
    return f"scrypt{n}@example.com"


def scrypt_mobile(n: int) -> str:
    return f"+39347{n:07d}"


def terminal_lookups(store: Store, bare: sqlite3.Connection, rng: random.Random, cards: int, count: int) -> None:
    """The terminal's offline look-up end to end, by card number and by an address (one scrypt each)."""
    store.save_campaign({"campaignid": 1, "name": "Bench", "contacthash": CONTACTHASH.to_json()})
    start = time.perf_counter()
    entries = tuple(
        DirectoryEntry(
            card=scrypt_card(n), customerid=cards + n, points=n, credit=0, status=CardStatus.ACTIVE,
            registered_customer=True, emailhash=CONTACTHASH.digest(scrypt_email(n)),
            mobilehash=CONTACTHASH.digest(scrypt_mobile(n)), updatedat=UPDATED,
        )
        for n in range(count)
    )
    made = time.perf_counter() - start
    store.apply_directory_page(DirectoryPage(cards=entries, next="scrypt", more=False))
    print(f"{count} cards with scrypt hashes of e-mail and phone ({made / (2 * count) * 1000:.0f} ms per hash to make)")
    offline = Terminal(store, None)
    numbers = [scrypt_card(n) for n in range(count)] * 20
    rng.shuffle(numbers)

    def fresh_scrypt(address: str) -> str:
        contact_hash.cache_clear()
        return CONTACTHASH.digest(address)

    def by_address(address: str) -> object:
        contact_hash.cache_clear()  # no help from the memo: every look-up pays its hash
        return offline.lookup(address)

    base = timed_each(lambda key: bare.execute("SELECT * FROM directory WHERE card = ?", (key,)).fetchall(), numbers)
    rows = {
        "card number": timed_each(lambda key: offline.lookup(key), numbers),
        "e-mail": timed_each(by_address, [scrypt_email(n) for n in range(count)]),
        "phone": timed_each(by_address, [scrypt_mobile(n) for n in range(count)]),
        "scrypt alone": timed_each(fresh_scrypt, [scrypt_email(n) for n in range(count)]),
    }
    b50 = statistics.median(base) * 1000
    print(f"Terminal offline look-up, median ms (baseline: bare SELECT by card {b50:.3f} ms)")
    card50 = statistics.median(rows["card number"]) * 1000
    for label, samples in rows.items():
        o50 = statistics.median(samples) * 1000
        print(f"  {label:<12} {o50:9.3f} ms   {o50 / b50:8.1f}x the bare SELECT   {o50 / card50:7.1f}x by card number")


if __name__ == "__main__":
    main()
