"""The schema: a file from every earlier version upgrades with its rows; pragmas; newer files refused."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable

import pytest
import sqlite_utils

from kiosk.api import Problem
from kiosk.cli_text import say
from kiosk.domain.errors import Notice, Why
from kiosk.store import MIGRATIONS, SCHEMA_VERSION, NewOperation, OperationState, StoreError, StoreFault, open_store
from kiosk.store.db import connect
from kiosk.store.migrations import migrate
from tests.helpers import raises_saying

GIULIA = "2000000000015"
MARCO = "2000000000053"
EMAILHASH = "9f2c" * 16
SCRYPTHASH = "5c0e" * 16


def rows_v1(conn: sqlite3.Connection) -> None:
    """What a version-1 terminal held: the outbox and meta."""
    conn.execute("INSERT INTO meta (key, value) VALUES ('campaign', '{\"campaignid\": 1}')")
    conn.execute(
        "INSERT INTO outbox (operationid, type, card, body, points_delta, created_at, next_attempt_at, state)"
        " VALUES ('op-1', 'purchase', ?, '{\"amount\":1000}', 10, 1.0, 1.0, 'pending')",
        (GIULIA,),
    )
    conn.execute(
        "INSERT INTO outbox (operationid, type, card, body, created_at, next_attempt_at, state, last_error,"
        " settled_at) VALUES ('op-2', 'loadcredit', ?, '{\"credit\":500}', 2.0, 2.0, 'failed', 'Card blocked', 3.0)",
        (MARCO,),
    )


def rows_v2(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO cards (card, customerid, status, name, surname, points, credit, fidelycode, registered,"
        " categoryid, updatedat, fetched_at)"
        " VALUES (?, 7, 'active', 'Giulia', 'Rossi', 1250, 0, 'FC-7', 1, 1, '2024-05-01T10:00:00+00:00', 5.0)",
        (GIULIA,),
    )


def rows_v3(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO directory (card, customerid, displayname, points, credit, status, emailhash, mobilehash,"
        " updatedat, synced_at) VALUES (?, 9, 'Marco Bianchi', 40, 0, 'active', ?, NULL,"
        " '2024-05-01T10:00:00+00:00', 6.0)",
        (MARCO, EMAILHASH),
    )
    conn.execute("INSERT INTO meta (key, value) VALUES ('directory_cursor', 'c-1')")


def rows_v4(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE cards SET replacedby = '2000000000060' WHERE card = ?", (GIULIA,))
    conn.execute(
        "INSERT INTO movements (movementid, card, payload, fetched_at) VALUES (41, ?, ?, 7.0)",
        (GIULIA, '{"movementid": 41, "receipt": "R-41"}'),
    )


def rows_v5(conn: sqlite3.Connection) -> None:
    """Version 5 added only indexes: a settled operation long past, to be pruned."""
    conn.execute(
        "INSERT INTO outbox (operationid, type, card, body, points_delta, created_at, next_attempt_at, state,"
        " result, settled_at) VALUES ('op-3', 'purchase', ?, '{\"amount\":200}', 2, 8.0, 8.0, 'done', '{}', 9.0)",
        (GIULIA,),
    )


def rows_v6(conn: sqlite3.Connection) -> None:
    """The directory without names."""
    conn.execute(
        "INSERT INTO directory (card, customerid, points, credit, status, registered, emailhash, mobilehash,"
        " updatedat, synced_at) VALUES ('2000000000077', 11, 5, 0, 'active', 1, ?, NULL,"
        " '2024-05-02T10:00:00+00:00', 8.0)",
        (SCRYPTHASH,),
    )


def rows_v7(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO outbox (operationid, type, card, body, created_at, next_attempt_at, state, last_error,"
        " settled_at) VALUES ('op-7', 'purchase', ?, '{\"amount\":700}', 7.0, 7.0, 'failed', ?, 8.0)",
        (MARCO, Notice(Problem.CARD_BLOCKED).to_code()),
    )


# Realistic rows for each version, in the columns that version had.
ROWS: list[Callable[[sqlite3.Connection], None]] = [rows_v1, rows_v2, rows_v3, rows_v4, rows_v5, rows_v6, rows_v7]


def test_every_version_has_its_rows():
    assert len(ROWS) == SCHEMA_VERSION == len(MIGRATIONS), "add the new version's rows to ROWS"


def build_at(path, version: int) -> None:
    """A file as terminals running each schema up to `version` left it: each version's rows written in its own schema."""
    conn = connect(path)
    try:
        assert migrate(conn, target=0) == 0
        for number, fill in enumerate(ROWS[:version], start=1):
            assert migrate(conn, target=number) == number
            conn.execute("BEGIN")
            fill(conn)
            conn.execute("COMMIT")
    finally:
        conn.close()


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_a_file_from_an_earlier_version_upgrades_with_its_rows(tmp_path, version):
    path = tmp_path / "kiosk.db"
    build_at(path, version)
    with open_store(path) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        if version >= 1:
            assert store.get_meta("campaign") == '{"campaignid": 1}'
            pending = store.operation("op-1")
            assert (pending.state, pending.body, pending.points_delta) == (OperationState.PENDING, {"amount": 1000}, 10)
            assert [op.operationid for op in store.failed()] == ["op-2"]
            # Version 7: an old row's sentence cannot become a code again; it reads as "unknown", never as text.
            assert store.operation("op-2").last_error == Notice(Why.UNKNOWN)
            raw = store._conn.execute("SELECT last_error FROM outbox WHERE operationid = 'op-2'").fetchone()[0]
            assert "Card blocked" not in raw
            assert [op.operationid for op in store.due(10.0)] == ["op-1"]
        if version >= 2:
            seen = store.cached_card(GIULIA)
            assert (seen.name, seen.server_points, seen.points, seen.fetched_at) == ("Giulia", 1250, 1260, 5.0)
        if 3 <= version < 6:
            # The names and the old SHA-256 hashes are gone; the directory is fetched again from the start.
            (match,) = store.find_in_directory(card=MARCO)
            assert (match.customerid, match.points, match.registered) == (9, 40, None)
            assert store.find_in_directory(emailhash=EMAILHASH) == []
            assert store.cached_card(MARCO).displayname is None
            assert (store.directory_cursor(), store.directory_refetching()) == ("", True)
        if version >= 4:
            assert store.cached_card(GIULIA).replacedby == "2000000000060"
            assert store.recent_movements(GIULIA) == ([{"movementid": 41, "receipt": "R-41"}], 7.0)
        if version >= 1:
            # The partial indexes of migration 5 serve the worker's queries on the upgraded file.
            assert store.waiting_counts() == (1, 1)
            assert store.prune_settled(keep_days=30) == (1 if version >= 5 else 0)
            assert store.operation("op-1") is not None and store.failed()
        if version >= 6:
            (kept,) = store.find_in_directory(emailhash=SCRYPTHASH)
            assert (kept.card, kept.registered) == ("2000000000077", True)
            assert (store.directory_cursor(), store.directory_refetching()) == ("", True)
        # Whatever the starting point, the upgraded file works in full.
        store.enqueue(NewOperation("purchase", MARCO, {"amount": 1}, points_delta=1))
        assert store.directory_size() == (1 if version >= 3 else 0) + (1 if version >= 6 else 0)
    assert schema_of(path) == schema_of(fresh(tmp_path))


def test_the_names_of_the_directory_are_gone_from_the_file_and_its_wal(tmp_path):
    path = tmp_path / "kiosk.db"
    build_at(path, 4)
    files = lambda: b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())  # noqa: E731
    assert b"Bianchi" in files() and EMAILHASH.encode() in files()

    with open_store(path) as store:
        assert store.find_in_directory(card=MARCO)
        assert b"Bianchi" not in files()  # the database, its WAL and SHM while open
        assert EMAILHASH.encode() not in files()
        assert b"Rossi" in files()  # a customer served here keeps her name in the cache
    assert b"Bianchi" not in files()


def fresh(tmp_path):
    path = tmp_path / "fresh.db"
    open_store(path).close()
    return path


def schema_of(path) -> dict[str, list[str]]:
    db = sqlite_utils.Database(path, execute_plugins=False)
    try:
        return {
            name: sorted([repr(db.table(name).columns_dict)] + [index.name for index in db.table(name).indexes])
            for name in db.table_names()
            if not name.startswith("sqlite_")
        }
    finally:
        db.close()


def test_each_step_is_recorded_in_user_version(tmp_path):
    path = tmp_path / "kiosk.db"
    conn = connect(path)
    try:
        for version in range(SCHEMA_VERSION + 1):
            migrate(conn, target=version)
            assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    finally:
        conn.close()


def test_the_latest_schema_has_every_table_and_index(tmp_path):
    db = sqlite_utils.Database(fresh(tmp_path), execute_plugins=False)
    try:
        assert {"meta", "outbox", "cards", "directory", "movements"} <= set(db.table_names())
        assert {tuple(i.columns) for i in db.table("movements").indexes} >= {("card", "movementid")}
        assert {tuple(i.columns) for i in db.table("outbox").indexes} >= {("card", "state", "seq"), ("operationid",)}
        assert {i.name for i in db.table("outbox").indexes if i.partial} >= {"outbox_unsettled", "outbox_failed"}
        assert {tuple(i.columns) for i in db.table("directory").indexes} >= {("emailhash",), ("mobilehash",)}
    finally:
        db.close()


def test_pragmas_are_in_force_after_open(tmp_path):
    with open_store(tmp_path / "kiosk.db") as store:
        pragma = lambda name: store._conn.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("secure_delete") == 1
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == 10000


def test_the_folder_is_created(tmp_path):
    with open_store(tmp_path / "a" / "b" / "kiosk.db") as store:
        assert store.directory_size() == 0


def test_a_file_from_a_newer_program_is_refused_untouched(tmp_path):
    path = tmp_path / "kiosk.db"
    build_at(path, SCHEMA_VERSION)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with raises_saying(StoreError, "written by a newer kiosk program") as caught:
        open_store(path)
    assert caught.value.code == "newer_schema" and caught.value.what is StoreFault.NEWER_SCHEMA
    assert caught.value.params == {"found": SCHEMA_VERSION + 1, "known": SCHEMA_VERSION}
    assert "the database was not changed" in say(caught.value)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
        assert conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0] == 4
    finally:
        conn.close()


def test_two_openers_of_a_new_file_migrate_it_once(tmp_path):
    path = tmp_path / "kiosk.db"
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def opener() -> None:
        start.wait()
        try:
            open_store(path).close()
        except BaseException as error:  # reported below, on the test's thread
            errors.append(error)

    threads = [threading.Thread(target=opener) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with open_store(path) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_the_backups_made_before_the_upgrade_keep_no_names_either(tmp_path):
    path = tmp_path / "kiosk.db"
    build_at(path, 4)  # each step of it left a backup too, the last one with Marco's name in it
    with open_store(path):
        pass
    made = sorted(p for p in (tmp_path / "backups").iterdir() if p.suffix == ".sqlite3")
    assert made
    for backup in made:
        kept = backup.read_bytes()
        assert b"Bianchi" not in kept and EMAILHASH.encode() not in kept, backup.name
        with contextlib.closing(sqlite3.connect(backup)) as old:
            assert old.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The one made just before the upgrade is the file as it was: whole, at version 4, its sale still pending.
    with contextlib.closing(sqlite3.connect(made[-1])) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 4
        assert old.execute("SELECT operationid FROM outbox WHERE state = 'pending'").fetchall() == [("op-1",)]
