"""The store's schema, grown by an ordered list of migrations recorded in PRAGMA user_version."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.store.db import BUSY_TIMEOUT_MS, StoreError, StoreFault, guard, translate, write

if TYPE_CHECKING:
    import sqlite_utils  # loaded by migrate() only when a step runs: ~50 ms a start of a file up to date saves

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "migrate", "schema_version"]

# A migration is history: once released it never changes; a new need is a new step.


def _v1_outbox(db: sqlite_utils.Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key", not_null={"value"})
    # Plain SQL here: sqlite-utils cannot say AUTOINCREMENT, and seq must never be
    # reused (it is the global order of what the shop did), nor can it say CHECK.
    db.execute(
        """
        CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            operationid TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL,
            card TEXT NOT NULL,
            body TEXT NOT NULL,
            points_delta INTEGER NOT NULL DEFAULT 0,
            credit_delta INTEGER NOT NULL DEFAULT 0,
            created_at REAL NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at REAL NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'inflight', 'done', 'failed', 'discarded')),
            last_error TEXT,
            result TEXT,
            settled_at REAL
        )
        """
    )
    # Serves both "the head of each card" (due) and "the pending effect of a card".
    db.table("outbox").create_index(["card", "state", "seq"], index_name="outbox_card_state_seq")


def _v2_card_cache(db: sqlite_utils.Database) -> None:
    db.table("cards").create(
        {
            "card": str,
            "customerid": int,
            "status": str,
            "name": str,
            "surname": str,
            "points": int,
            "credit": int,
            "fidelycode": str,
            "registered": int,
            "categoryid": int,
            "updatedat": str,
            "fetched_at": float,
        },
        pk="card",
        not_null={"points", "credit", "fetched_at"},
        defaults={"points": 0, "credit": 0},
    )


def _v3_directory(db: sqlite_utils.Database) -> None:
    db.table("directory").create(
        {
            "card": str,
            "customerid": int,
            "displayname": str,
            "points": int,
            "credit": int,
            "status": str,
            "emailhash": str,
            "mobilehash": str,
            "updatedat": str,
            "synced_at": float,
        },
        pk="card",
        not_null={"customerid", "points", "credit", "status", "updatedat", "synced_at"},
    )
    db.table("directory").create_index(["emailhash"], index_name="directory_emailhash")
    db.table("directory").create_index(["mobilehash"], index_name="directory_mobilehash")


def _v4_history(db: sqlite_utils.Database) -> None:
    # Which card replaced a replaced one: the counter must send the cashier there.
    db.table("cards").add_column("replacedby", str)
    # A card's last movements as the server listed them, so the counter can show
    # them (with their receipts) offline too; `payload` is the movement's wire JSON.
    db.table("movements").create(
        {"movementid": int, "card": str, "payload": str, "fetched_at": float},
        pk="movementid",
        not_null={"card", "payload", "fetched_at"},
    )
    db.table("movements").create_index(["card", "movementid"], index_name="movements_card")


def _v5_outbox_unsettled(db: sqlite_utils.Database) -> None:
    # The queries the worker runs every half second (the due heads, the waiting and
    # failed counts) read only unsettled or failed rows: partial indexes hold just
    # those, so a million settled rows cost them nothing. Their WHERE must be
    # written exactly as the queries write it, or SQLite will not use them.
    db.execute("CREATE INDEX outbox_unsettled ON outbox (card, seq, state) WHERE state IN ('pending', 'inflight')")
    db.execute("CREATE INDEX outbox_failed ON outbox (seq, state) WHERE state = 'failed'")
    # Pruning finds the old settled rows by when they settled.
    db.execute("CREATE INDEX outbox_settled_at ON outbox (settled_at) WHERE settled_at IS NOT NULL")


def _v6_directory_without_names(db: sqlite_utils.Database) -> None:
    # Issue 12: the directory held every customer's name and a SHA-256 of each address
    # (a phone number came back in 4,568 guesses). The names go (a name is shown
    # offline only from the cache of cards this terminal served); the old hashes go
    # too, and the directory is fetched again from the start for the new scrypt ones.
    # secure_delete=ON zeroes the freed bytes; migrate() checkpoints the WAL afterwards.
    db.execute("ALTER TABLE directory DROP COLUMN displayname")
    db.execute("UPDATE directory SET emailhash = NULL, mobilehash = NULL")
    db.table("directory").add_column("registered", int)
    db.execute(
        "INSERT INTO meta (key, value) VALUES ('directory_cursor', '')"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
    )
    db.execute(
        "INSERT INTO meta (key, value) VALUES ('directory_refetch', '1')"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
    )


#: Notice(Why.UNKNOWN).to_code(), written out: a migration must not change when that code's writer does.
UNKNOWN_CODE = '{"what":"why.unknown"}'


def _v7_outbox_error_codes(db: sqlite_utils.Database) -> None:
    # Issue 13: last_error held an English sentence; it now holds a code (a JSON
    # Notice: {"what": "problem.wrong_pin", "params": {...}}) that each face words
    # in its own language. An old sentence cannot be turned back into its code, so
    # it is kept readable as "unknown" (the log of the day still has the details).
    db.execute(
        "UPDATE outbox SET last_error = ? WHERE last_error IS NOT NULL AND last_error NOT LIKE '{%'",
        (UNKNOWN_CODE,),
    )


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_outbox,
    _v2_card_cache,
    _v3_directory,
    _v4_history,
    _v5_outbox_unsettled,
    _v6_directory_without_names,
    _v7_outbox_error_codes,
]
SCHEMA_VERSION = len(MIGRATIONS)
#: The first version whose card directory holds no names; a backup made before it still does.
NAMELESS_DIRECTORY = MIGRATIONS.index(_v6_directory_without_names) + 1


def _backup_before(conn: sqlite3.Connection, target: int) -> None:
    from kiosk.store import health

    where = health.store_file(conn)
    if where is not None:
        try:
            health.make_backup(conn, where, why=f"before-v{target}")
        except OSError as error:
            raise StoreError(StoreFault.BACKUP_FAILED, code="backup") from error
        except sqlite3.Error as error:
            raise translate(error, doing="open") from error


def _scrub_names_from_backups(conn: sqlite3.Connection) -> None:
    """Blank the directory's names and old address hashes in the backups made before they were dropped.

    The backup taken just before the upgrade is kept for a way back, but a stolen
    backup folder must give no more than the store itself. The backup stays whole
    and restorable: restoring it upgrades it again, and the directory is fetched
    afresh then anyway. VACUUM rewrites the file, so no freed page keeps a name.
    """
    from kiosk.store import health

    where = health.store_file(conn)
    if where is None:
        return
    for backup in health.backups(where):
        old = sqlite3.connect(backup.path)
        try:
            if int(old.execute("PRAGMA user_version").fetchone()[0]) >= NAMELESS_DIRECTORY:
                continue
            if "displayname" not in {row[1] for row in old.execute("PRAGMA table_info(directory)")}:
                continue
            with old:
                old.execute("UPDATE directory SET displayname = NULL, emailhash = NULL, mobilehash = NULL")
            old.execute("VACUUM")
        except sqlite3.Error as error:
            # A backup that cannot be read cannot be restored either: `kiosk store check` lists it.
            raise translate(error, doing="open") from error
        finally:
            old.close()


def schema_version(conn: sqlite3.Connection) -> int:
    with guard("open"):
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, *, target: int = SCHEMA_VERSION) -> int:
    """Bring the file up to `target`, one transaction per step; returns the version reached.

    One opener at a time upgrades a file (threads and processes alike): the others wait, then find it done.
    Without that, an opener arriving between two steps saw a half-upgraded file as an old one, backed it up
    and scrubbed the backups while the first opener was writing them (a read-only or I/O error at start).
    """
    found = schema_version(conn)
    if found > SCHEMA_VERSION:
        raise StoreError(StoreFault.NEWER_SCHEMA, code="newer_schema", found=found, known=SCHEMA_VERSION)
    if found >= target:
        return found
    from kiosk.store import health

    where = health.store_file(conn)
    if where is None:
        return _upgrade(conn, target)
    import filelock

    # Beside the file, private as the file is; SQLite's own locks cannot cover the backups made outside it.
    lock = filelock.FileLock(f"{where}.upgrading", timeout=3 * BUSY_TIMEOUT_MS / 1000, mode=0o600)
    try:
        with lock:
            return _upgrade(conn, target)
    except filelock.Timeout:
        raise StoreError(StoreFault.LOCKED, code="upgrade_lock", doing="open") from None
    except OSError as error:  # the folder is read-only, or the disk full: the file cannot be upgraded either
        raise StoreError(StoreFault.CANNOT_OPEN, code="upgrade_lock", doing="open") from error


def _upgrade(conn: sqlite3.Connection, target: int) -> int:
    """migrate()'s steps, by the one opener upgrading the file: read again, another may have done them meanwhile."""
    found = schema_version(conn)
    if found >= target:
        return found
    import sqlite_utils

    db = sqlite_utils.Database(conn, execute_plugins=False)
    if 0 < found < target:
        # A copy as it was, before the first step changes it (a new file has nothing to keep).
        # Made before the write lock: SQLite's backup cannot read a file its own connection is writing.
        _backup_before(conn, target)
    for number in range(found + 1, target + 1):
        with write(conn, "open"):
            # Read again under the write lock: another process opening the same
            # file may have run this step while we waited.
            if int(conn.execute("PRAGMA user_version").fetchone()[0]) >= number:
                continue
            MIGRATIONS[number - 1](db)
            conn.execute(f"PRAGMA user_version = {number}")
    if target > found:
        # A step may have dropped data: secure_delete zeroed it in the file, but the
        # WAL still holds the pages as they were until it is copied back and emptied.
        with guard("open"):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if 0 < found < NAMELESS_DIRECTORY <= target:
        _scrub_names_from_backups(conn)
    return max(found, target)
