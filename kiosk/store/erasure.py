"""Forgetting a customer who erased their account (GDPR, issue 15): nothing of them stays in the file.

The server says so with `erased` on the card (GET /terminal/card) or on its directory
entry. The terminal then deletes what it kept of the customer: the cache rows of their
cards (name, surname), the kept movements of those cards, the directory's address
hashes, and an unfinished enrolment of theirs (it holds their address). The card
numbers stay known as blocked, so nothing more is earned on them offline; the outbox
keeps its operations (card, amounts, receipt: no name, address or phone).

The connection runs with `secure_delete = ON` (kiosk.store.db.connect), so the freed
bytes are zeroed in the file; `checkpoint` then empties the WAL, which still holds the
pages as they were.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable

from kiosk.store import meta

__all__ = ["forget_customer", "checkpoint", "ENROLMENT_KEY"]

log = logging.getLogger("kiosk.store")

ENROLMENT_KEY = "enrolment"


def _cards_of(conn: sqlite3.Connection, customerid: int | None, cards: Iterable[str]) -> set[str]:
    numbers = set(cards)
    if customerid is not None:
        for table in ("cards", "directory"):
            rows = conn.execute(f"SELECT card FROM {table} WHERE customerid = ?", (customerid,))
            numbers.update(row[0] for row in rows)
    return numbers


def _forget_enrolment(conn: sqlite3.Connection, customerid: int | None, numbers: set[str]) -> None:
    text = meta.get(conn, ENROLMENT_KEY)
    if text is None:
        return
    try:
        saved = json.loads(text)
    except ValueError:
        saved = None
    if not isinstance(saved, dict):
        return
    theirs = saved.get("card") in numbers or (customerid is not None and saved.get("customerid") == customerid)
    if theirs:
        meta.delete(conn, ENROLMENT_KEY)


def forget_customer(conn: sqlite3.Connection, *, customerid: int | None, cards: Iterable[str]) -> set[str]:
    """Delete what is kept of an erased customer (inside the caller's transaction); their card numbers.

    `cards`: the erased cards the server named; every other card kept here with the
    same `customerid` is theirs too (the server blocked them all).
    """
    numbers = _cards_of(conn, customerid, cards)
    if not numbers:
        return numbers
    marks = ",".join("?" * len(numbers))
    params = sorted(numbers)
    conn.execute(f"DELETE FROM cards WHERE card IN ({marks})", params)
    conn.execute(f"DELETE FROM movements WHERE card IN ({marks})", params)
    conn.execute(
        f"UPDATE directory SET emailhash = NULL, mobilehash = NULL, status = 'blocked', registered = 0"
        f" WHERE card IN ({marks})",
        params,
    )
    _forget_enrolment(conn, customerid, numbers)
    return numbers


def checkpoint(conn: sqlite3.Connection) -> None:
    """Copy the WAL back into the file and truncate it (outside any transaction): the old pages leave the disk.

    Another process reading at this moment keeps its frames in the WAL; it is then
    emptied by the next checkpoint that finds no reader (said in the log).
    """
    busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        log.warning("erasure: the WAL could not be emptied now (another connection reads); the next checkpoint will")
