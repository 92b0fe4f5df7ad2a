"""Many demo cards written straight into a sandbox's database, for benchmarks (the HTTP API is too slow for a million)."""

from __future__ import annotations

import pathlib
import sqlite3
from collections.abc import Iterator

from kiosk.domain.identifiers import with_check_digit
from kiosk.sandbox.clock import SandboxClock
from kiosk.sandbox.config import SandboxConfig
from kiosk.sandbox.demo import DEMO

__all__ = ["add_cards", "BULK_PREFIX"]

#: First digits of bulk card numbers: in-store "2" numbers, apart from the demo's "20".
BULK_PREFIX = "29"
_SERIAL_DIGITS = 10
_BATCH = 50_000


def add_cards(data_dir: pathlib.Path, n: int, *, campaignid: int = DEMO["campaignid"], categoryid: int = 1) -> int:
    """Add `n` active cards, each with its own named customer and no address; returns how many were added.

    No e-mail or phone, so no contact hash: a million scrypt hashes would take a day,
    and the benchmarks look cards up by number (and time one address look-up apart).

    Each card takes the campaign's next revision, as the server's own writes do,
    so GET /terminal/cards hands them out in pages. The sandbox may be running:
    this is one ordinary write transaction on its WAL database.
    """
    path = SandboxConfig(data_dir=pathlib.Path(data_dir)).database_path
    if not path.exists():
        raise FileNotFoundError(f"no sandbox database in {data_dir}: seed it first")
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout=10000")
        conn.execute("BEGIN IMMEDIATE")
        try:
            _insert(conn, n, campaignid=campaignid, categoryid=categoryid)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        conn.close()
    return n


def _insert(conn: sqlite3.Connection, n: int, *, campaignid: int, categoryid: int) -> None:
    row = conn.execute("SELECT rev FROM campaigns WHERE campaignid = ?", (campaignid,)).fetchone()
    if row is None:
        raise LookupError(f"campaign {campaignid} is not in this sandbox: seed it first")
    first_rev = row[0] + 1
    last = conn.execute(
        "SELECT MAX(card) FROM cards WHERE card LIKE ? AND length(card) = 13", (BULK_PREFIX + "%",)
    ).fetchone()[0]
    first_serial = int(last[len(BULK_PREFIX):12]) + 1 if last else 1
    if first_serial + n > 10**_SERIAL_DIGITS:
        raise ValueError("no bulk card numbers left")
    first_customer = conn.execute("SELECT COALESCE(MAX(customerid), 0) + 1 FROM customers").fetchone()[0]
    now = SandboxClock().timestamp()
    for start in range(0, n, _BATCH):
        count = min(_BATCH, n - start)
        conn.executemany(
            "INSERT INTO customers (customerid, campaignid, name, surname) VALUES (?, ?, ?, ?)",
            _customers(first_customer + start, count, campaignid),
        )
        conn.executemany(
            "INSERT INTO cards (card, campaignid, customerid, status, categoryid, points, credit, updatedat, rev)"
            " VALUES (?, ?, ?, 'active', ?, ?, 0, ?, ?)",
            (
                (
                    with_check_digit(f"{BULK_PREFIX}{first_serial + start + i:0{_SERIAL_DIGITS}d}"),
                    campaignid,
                    first_customer + start + i,
                    categoryid,
                    (start + i) % 1000,
                    now,
                    first_rev + start + i,
                )
                for i in range(count)
            ),
        )
    conn.execute("UPDATE campaigns SET rev = ? WHERE campaignid = ?", (first_rev + n - 1, campaignid))


def _customers(first: int, count: int, campaignid: int) -> Iterator[tuple[int, int, str, str]]:
    for customerid in range(first, first + count):
        yield customerid, campaignid, "Bulk", f"Customer {customerid}"
