"""The store's SQLite connection: pragmas, explicit transactions, and errors as typed values (`StoreFault`)."""

from __future__ import annotations

import contextlib
import enum
import pathlib
import sqlite3
import time
from collections.abc import Iterator
from typing import Literal

from kiosk.domain.errors import KioskError, register_family
from kiosk.paths import private_file

__all__ = ["StoreFault", "Doing", "StoreError", "connect", "guard", "snapshot", "translate", "write", "BUSY_TIMEOUT_MS"]

# Long enough for the other process (`kiosk sync --watch` beside `kiosk earn`) to
# finish any of its short transactions; short enough that a stuck lock is reported.
BUSY_TIMEOUT_MS = 10_000

Doing = Literal["open", "read", "write"]

class StoreFault(enum.Enum):
    """What went wrong with the terminal's database; a face words it (with `doing`: what was NOT done)."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    DAMAGED = "damaged"
    CANNOT_OPEN = "cannot_open"
    DISK_ERROR = "disk_error"
    FAILED = "failed"
    DUPLICATE_OPERATION = "duplicate_operation"
    UNKNOWN_OPERATION = "unknown_operation"
    WRONG_STATE = "wrong_state"  # params: state (the operation's state value), wanted (the states allowed, comma-separated)
    NEWER_SCHEMA = "newer_schema"  # params: found, known
    BACKUP_FAILED = "backup_failed"
    NO_BACKUP = "no_backup"  # params: backup (the path given)
    BAD_BACKUP = "bad_backup"  # params: backup (the file's name)
    IN_USE = "in_use"


register_family("store", StoreFault)

# SQLite primary result codes (the low byte of an extended code).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


class StoreError(KioskError):
    """The terminal's database could not do what was asked: `what` is a StoreFault, `params["doing"]` what was asked.

    `code` names the cause for the log (an SQLite error name such as "SQLITE_FULL",
    or one of the store's own: "unknown_operation", "wrong_state", "newer_schema").
    Nothing in it quotes stored data.
    """

    def __init__(self, what: StoreFault, *, code: str | None = None, **params: object) -> None:
        super().__init__(what, **params)
        self.code = code

    @property
    def damaged(self) -> bool:
        """The file itself is damaged (found by quick_check, or by SQLite on the way): it is not to be used."""
        return self.code is not None and self.code.startswith(("damaged", "SQLITE_CORRUPT", "SQLITE_NOTADB"))


def _fault(primary: int) -> StoreFault:
    if primary == _FULL:
        return StoreFault.DISK_FULL
    if primary == _READONLY:
        return StoreFault.READ_ONLY
    if primary in (_BUSY, _LOCKED):
        return StoreFault.LOCKED
    if primary in (_NOTADB, _CORRUPT):
        return StoreFault.DAMAGED
    if primary == _CANTOPEN:
        return StoreFault.CANNOT_OPEN
    if primary == _IOERR:
        return StoreFault.DISK_ERROR
    return StoreFault.FAILED


def translate(error: sqlite3.Error, *, doing: Doing) -> StoreError:
    """The StoreError for an sqlite3 error (the original stays chained for the log)."""
    code = getattr(error, "sqlite_errorcode", None)
    name = getattr(error, "sqlite_errorname", None)
    primary = code & 0xFF if isinstance(code, int) else -1
    return StoreError(_fault(primary), code=name, doing=doing)


@contextlib.contextmanager
def guard(doing: Doing = "read") -> Iterator[None]:
    """Turn any sqlite3 error raised inside into a StoreError; `doing` is "open", "read" or "write"."""
    try:
        yield
    except (sqlite3.ProgrammingError, sqlite3.InterfaceError):
        # Our bug (a closed Store, a Store used from another thread): not the shop's problem to solve.
        raise
    except sqlite3.Error as error:
        raise translate(error, doing=doing) from error


@contextlib.contextmanager
def write(conn: sqlite3.Connection, doing: Doing = "write") -> Iterator[sqlite3.Connection]:
    """One write transaction: BEGIN IMMEDIATE ... COMMIT, rolled back on any error.

    IMMEDIATE takes the write lock at the start, so two processes never both read
    and then collide on upgrade (SQLITE_BUSY mid-transaction, which busy_timeout
    cannot retry). Every sqlite3 error comes out as a StoreError.
    """
    with guard(doing):
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            # SQLite rolls some errors (SQLITE_FULL among them) back by itself.
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


@contextlib.contextmanager
def snapshot(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Several reads that see one state of the file, whatever another process commits meanwhile."""
    with guard("read"):
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL, waiting out other openers as busy_timeout would.

    Turning a new file to WAL needs a lock that SQLite does not wait for: when
    several threads or processes open a new file at once, all but one get
    SQLITE_BUSY at once, whatever busy_timeout says. So we wait here instead.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if error.sqlite_errorcode & 0xFF != _BUSY or time.monotonic() > deadline:
                raise
            time.sleep(0.005)


def connect(path: pathlib.Path) -> sqlite3.Connection:
    """Open the file (creating its folder) with the pragmas every connection needs."""
    with guard("open"):
        try:
            private_file(path)  # 0600 in a 0700 folder; SQLite gives -wal and -shm the same mode
        except OSError as error:
            raise StoreError(StoreFault.CANNOT_OPEN, code="folder", doing="open") from error
        # isolation_level=None: the driver never opens a transaction behind our
        # back; `write` says exactly where each one begins and ends.
        conn = sqlite3.connect(str(path), isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            _use_wal(conn)
            # FULL: a committed operation survives a power cut, not only a crash.
            conn.execute("PRAGMA synchronous = FULL")
            # An erased customer leaves no bytes behind in free pages.
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("PRAGMA foreign_keys = ON")
        except BaseException:
            conn.close()
            raise
        return conn
