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

The daily backups (kiosk.store.health, `backups/` beside the file) hold the customer too:
`scrub_backups` opens each one and makes the same deletes there, with `secure_delete` on,
then VACUUMs it, so no backup file keeps a byte of them either.
"""

from __future__ import annotations

import json
import logging
import pathlib
import sqlite3
from collections.abc import Iterable

from kiosk.store import meta

__all__ = ["forget_customer", "checkpoint", "scrub_backups", "ENROLMENT_KEY"]

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


def scrub_backups(store_path: pathlib.Path, *, customerid: int | None, cards: Iterable[str]) -> int:
    """Forget the customer in every backup of the store at `store_path`; how many backups could not be scrubbed.

    Each backup is a self-contained file (no WAL): the deletes run with `secure_delete` on,
    and VACUUM then rewrites the file without its free pages. A backup that cannot be opened
    or changed (damaged, or of a schema this code does not know) is said in the log, never
    left half-done: its transaction rolls back.
    """
    from kiosk.store import health  # health imports nothing of this module; kept local for the import order

    numbers = sorted(set(cards))
    failed = 0
    for backup in health.backups(store_path):
        try:
            _scrub(backup.path, customerid, numbers)
        except sqlite3.Error as error:
            failed += 1
            log.warning(
                "erasure: backup %s could not be scrubbed (%s)", backup.path.name,
                getattr(error, "sqlite_errorname", type(error).__name__),
            )
    return failed


def _scrub(path: pathlib.Path, customerid: int | None, cards: list[str]) -> None:
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("BEGIN IMMEDIATE")
        try:
            forgot = forget_customer(conn, customerid=customerid, cards=cards)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        if forgot:
            conn.execute("VACUUM")  # the file rewritten from its live pages: nothing freed stays in it
    finally:
        conn.close()
