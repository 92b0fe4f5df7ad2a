"""A damaged store is noticed, and can be put right: quick_check at open, daily backups, check and restore.

SQLite's own checks and backup API do the work: `PRAGMA quick_check` when a
process first opens the file (a damaged file is then refused before anything is
written into it), `Connection.backup` for a consistent copy of a file in use
(once a day and before each migration, the 7 newest kept), and
`PRAGMA integrity_check` for support's `kiosk store check`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import pathlib
import sqlite3
import threading
import time
from collections.abc import Callable

from kiosk.paths import private_dir, private_file
from kiosk.store.db import StoreError, StoreFault

__all__ = [
    "BACKUPS_KEPT",
    "BACKUP_EVERY",
    "Backup",
    "CheckReport",
    "RestoreReport",
    "backup_folder",
    "backups",
    "make_backup",
    "backup_if_due",
    "check",
    "check_at_open",
    "check_file",
    "store_file",
    "restore",
    "lease_in",
    "quick_problems",
]

BACKUPS_KEPT = 7
BACKUP_EVERY = 24 * 3600.0
_PREFIX = "terminal-"
_SUFFIX = ".sqlite3"
_STAMP = "%Y%m%d-%H%M%S"


def _damaged(detail: str = "quick_check") -> StoreError:
    return StoreError(StoreFault.DAMAGED, code=f"damaged ({detail})")


# -- checks -----------------------------------------------------------------------


def quick_problems(conn: sqlite3.Connection) -> list[str]:
    """What `PRAGMA quick_check` finds wrong (empty: the file is sound); an unreadable file is a problem too."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        return [f"{getattr(error, 'sqlite_errorname', 'error')}: the file cannot be read"]
    found = [str(row[0]) for row in rows]
    return [] if found == ["ok"] else found


# Files this process has found sound, by identity and last change: the app's
# threads each open the store, and one check per start is enough.
_SOUND: set[tuple[str, int, int, int, int]] = set()
_SOUND_LOCK = threading.Lock()


def _identity(path: pathlib.Path) -> tuple[str, int, int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (str(path.resolve()), st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def check_at_open(conn: sqlite3.Connection, path: pathlib.Path) -> None:
    """Refuse a damaged file (StoreError "damaged") before anything is written to it."""
    key = _identity(path)
    with _SOUND_LOCK:
        if key is not None and key in _SOUND:
            return
    problems = quick_problems(conn)
    if problems:
        raise _damaged()
    if key is not None:
        with _SOUND_LOCK:
            _SOUND.add(key)


@dataclasses.dataclass(frozen=True)
class Backup:
    path: pathlib.Path
    made_at: float  # epoch seconds, from the name


@dataclasses.dataclass(frozen=True)
class CheckReport:
    """What `kiosk store check` found: `problems` empty means sound."""

    path: pathlib.Path
    exists: bool
    problems: list[str]
    backups: list[Backup]

    @property
    def sound(self) -> bool:
        return self.exists and not self.problems


def check_file(path: pathlib.Path, *, limit: int = 20) -> list[str]:
    """`PRAGMA integrity_check` of a file without changing it (empty: sound)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as error:
        return [f"{getattr(error, 'sqlite_errorname', 'error')}: the file cannot be opened"]
    try:
        rows = conn.execute(f"PRAGMA integrity_check({int(limit)})").fetchall()
    except sqlite3.DatabaseError as error:
        return [f"{getattr(error, 'sqlite_errorname', 'error')}: the file cannot be read"]
    finally:
        conn.close()
    found = [str(row[0]) for row in rows]
    return [] if found == ["ok"] else found


def check(path: pathlib.Path) -> CheckReport:
    path = pathlib.Path(path)
    exists = path.exists()
    return CheckReport(
        path=path,
        exists=exists,
        problems=check_file(path) if exists else [],
        backups=backups(path),
    )


# -- backups --------------------------------------------------------------------


def backup_folder(store_path: pathlib.Path) -> pathlib.Path:
    """Where the store's backups are kept: `backups/` beside the file."""
    return pathlib.Path(store_path).parent / "backups"


def backups(store_path: pathlib.Path) -> list[Backup]:
    """The backups of the store at `store_path`, newest first."""
    folder = backup_folder(store_path)
    found: list[Backup] = []
    if not folder.is_dir():
        return found
    for entry in folder.iterdir():
        name = entry.name
        if not (name.startswith(_PREFIX) and name.endswith(_SUFFIX)):
            continue
        stamp = name[len(_PREFIX) : -len(_SUFFIX)]
        try:
            made = dt.datetime.strptime(stamp[:15], _STAMP).replace(tzinfo=dt.timezone.utc)
        except ValueError:
            continue
        found.append(Backup(entry, made.timestamp()))
    found.sort(key=lambda b: (b.made_at, b.path.name), reverse=True)
    return found


def _copy(source: sqlite3.Connection, target: pathlib.Path) -> None:
    """A consistent copy of what `source` sees, written to `target` (private) through SQLite's backup API."""
    # Named for this process and thread: two openers never write the same partial file.
    partial = target.with_name(f"{target.name}.{os.getpid()}-{threading.get_ident()}.part")
    partial.unlink(missing_ok=True)
    private_file(partial)  # unlinked just above: made new, 0600
    try:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # a self-contained file, no WAL beside it
        finally:
            dest.close()
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def make_backup(
    conn: sqlite3.Connection, store_path: pathlib.Path, *, why: str = "daily", keep: int = BACKUPS_KEPT,
    now: float | None = None,
) -> pathlib.Path:
    """Copy the open store into its backup folder (0700, files 0600), keeping the `keep` newest."""
    folder = private_dir(backup_folder(store_path))
    when = time.time() if now is None else now
    stamp = dt.datetime.fromtimestamp(when, dt.timezone.utc).strftime(_STAMP)
    target = folder / f"{_PREFIX}{stamp}-{why}{_SUFFIX}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{_PREFIX}{stamp}-{why}-{n}{_SUFFIX}"
    _copy(conn, target)
    for old in backups(store_path)[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def backup_if_due(
    conn: sqlite3.Connection, store_path: pathlib.Path, *, now: float, every: float = BACKUP_EVERY
) -> pathlib.Path | None:
    """The daily backup, if the newest is a day old (or there is none) and the file is sound."""
    newest = backups(store_path)
    if newest and now - newest[0].made_at < every:
        return None
    if quick_problems(conn):
        raise _damaged()  # never rotate good backups out for a copy of a damaged file
    return make_backup(conn, store_path, now=now)


def store_file(conn: sqlite3.Connection) -> pathlib.Path | None:
    """The file behind the connection's main database (None for one in memory)."""
    for _, name, filename in conn.execute("PRAGMA database_list").fetchall():
        if name == "main" and filename:
            return pathlib.Path(filename)
    return None


# -- restore --------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class RestoreReport:
    """`kept_aside`: where the damaged file went; `rescued`: unsent operations copied over from it."""

    restored_from: pathlib.Path
    kept_aside: pathlib.Path | None
    rescued: int
    rescue_failed: bool


_SIDE_FILES = ("-wal", "-shm", "-journal")


def lease_in(store_path: pathlib.Path) -> tuple[str, float] | None:
    """(holder, expires) of the sender lease in the file, read without changing it; None if none or unreadable."""
    if not pathlib.Path(store_path).exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'sender_lease'").fetchone()
        finally:
            conn.close()
        if row is None:
            return None
        lease = json.loads(row[0])
        return str(lease["holder"]), float(lease["expires"])
    except (sqlite3.Error, ValueError, KeyError, TypeError):
        return None


def restore(
    store_path: pathlib.Path, backup: pathlib.Path, *, clock: Callable[[], float] = time.time
) -> RestoreReport:
    """Put `backup` in place of the store; the damaged file is kept aside, and its unsent operations rescued.

    The kiosk app and `kiosk sync --watch` must not be running. The backup must
    pass integrity_check, or nothing is changed. Operations saved after the
    backup and not yet sent are read from the damaged file where SQLite can
    still read them and queued again (their operation ids keep the server from
    applying one twice).
    """
    store_path = pathlib.Path(store_path)
    backup = pathlib.Path(backup)
    if not backup.is_file():
        raise StoreError(StoreFault.NO_BACKUP, code="no_backup", backup=str(backup))
    if check_file(backup):
        raise StoreError(StoreFault.BAD_BACKUP, code="bad_backup", backup=backup.name)
    stamp = dt.datetime.fromtimestamp(clock(), dt.timezone.utc).strftime(_STAMP)
    # The restored file is built beside the store first, so a failure leaves everything as it was.
    fresh = store_path.with_name(store_path.name + ".restoring")
    fresh.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        _copy(source, fresh)
    finally:
        source.close()
    kept_aside: pathlib.Path | None = None
    if store_path.exists():
        kept_aside = store_path.with_name(f"{store_path.name}.damaged-{stamp}")
        os.replace(store_path, kept_aside)
        for side in _SIDE_FILES:
            companion = store_path.with_name(store_path.name + side)
            if companion.exists():
                # The old file's WAL must never be applied to the restored one.
                os.replace(companion, kept_aside.with_name(kept_aside.name + side))
    os.replace(fresh, store_path)
    rescued, failed = (0, False) if kept_aside is None else _rescue(kept_aside, store_path)
    return RestoreReport(restored_from=backup, kept_aside=kept_aside, rescued=rescued, rescue_failed=failed)


_RESCUED_COLUMNS = (
    "operationid, type, card, body, points_delta, credit_delta, created_at, attempts, next_attempt_at, state, "
    "last_error, result, settled_at"
)


def _rescue(damaged: pathlib.Path, restored: pathlib.Path) -> tuple[int, bool]:
    """Copy the damaged file's operations saved after the backup and not yet sent; (how many, whether some were unreadable).

    Read one row at a time by its seq, so a scrambled page loses only its own rows.
    """
    conn = sqlite3.connect(restored, isolation_level=None)
    try:
        known = int(conn.execute("SELECT COALESCE(MAX(seq), 0) FROM outbox").fetchone()[0])
        try:
            old = sqlite3.connect(f"file:{damaged}?mode=ro", uri=True)
        except sqlite3.Error:
            return 0, True
        rows: list[tuple[object, ...]] = []
        unreadable = False
        try:
            last = _last_seq(old)
            if last is None:
                return 0, True
            for seq in range(known + 1, last + 1):
                try:
                    row = old.execute(
                        f"SELECT {_RESCUED_COLUMNS} FROM outbox WHERE seq = ? AND state IN ('pending', 'inflight')",
                        (seq,),
                    ).fetchone()
                except sqlite3.DatabaseError:
                    unreadable = True
                    continue
                if row is not None:
                    rows.append(row)
        finally:
            old.close()
        conn.execute("BEGIN IMMEDIATE")
        before = conn.total_changes
        conn.executemany(f"INSERT OR IGNORE INTO outbox ({_RESCUED_COLUMNS}) VALUES ({', '.join('?' * 13)})", rows)
        rescued = conn.total_changes - before
        conn.execute("COMMIT")
        return rescued, unreadable
    except sqlite3.Error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        return 0, True
    finally:
        conn.close()


def _last_seq(conn: sqlite3.Connection) -> int | None:
    for sql in ("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'", "SELECT MAX(seq) FROM outbox"):
        try:
            row = conn.execute(sql).fetchone()
        except sqlite3.DatabaseError:
            continue
        if row is not None and row[0] is not None:
            return int(row[0])
    return None
