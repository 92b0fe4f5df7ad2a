"""A damaged store is noticed: quick_check at open refuses it untouched; backups are made, kept and restored."""

from __future__ import annotations

import os
import pathlib
import sqlite3
import stat

import pytest

from kiosk.cli_text import say
from kiosk.store import OperationState, StoreError, StoreFault, health, open_store
from kiosk.store.migrations import migrate
from tests.helpers import T0, integrity, purchase, raises_saying, scramble_two_pages

GIULIA = "2000000000015"
DAY = 86400.0


def filled(path: pathlib.Path, n: int = 200) -> list[str]:
    """A store with `n` purchases on several cards, all in the main file (closed, so the WAL is folded in)."""
    with open_store(path) as store:
        ids = [store.enqueue(purchase(i, f"20000000{i % 5:05d}")).operationid for i in range(n)]
    return ids


def test_a_file_with_two_scrambled_pages_is_refused_at_open_and_not_written(tmp_path):
    path = tmp_path / "kiosk.db"
    filled(path)
    damaged = scramble_two_pages(path)
    assert integrity(path) != "ok"

    with pytest.raises(StoreError) as caught:
        with open_store(path) as store:
            store.enqueue(purchase(999))  # on the old code this was saved into the damaged file

    assert caught.value.what is StoreFault.DAMAGED
    assert "kiosk store check" in say(caught.value) and "kiosk store restore BACKUP" in say(caught.value)
    assert caught.value.code is not None and caught.value.code.startswith("damaged")
    assert path.read_bytes() == damaged
    assert not path.with_name(path.name + "-wal").exists() or path.with_name(path.name + "-wal").stat().st_size == 0


def test_a_sound_file_opens_and_a_new_one_too(tmp_path):
    filled(tmp_path / "kiosk.db", 20)
    with open_store(tmp_path / "kiosk.db") as store:
        assert store.counts()[OperationState.PENDING] == 20
    with open_store(tmp_path / "new.db") as store:
        assert store.counts()[OperationState.PENDING] == 0


def test_the_daily_backup_is_made_once_a_day_private_and_seven_are_kept(tmp_path):
    path = tmp_path / "data" / "kiosk.db"
    now = [T0]
    with open_store(path, clock=lambda: now[0]) as store:
        store.enqueue(purchase(1))
        first = store.backup_if_due()
        assert first is not None and store.backup_if_due() is None  # one a day
        made = [first]
        for _ in range(9):
            now[0] += DAY
            made.append(store.backup_if_due())
    kept = health.backups(path)
    assert [b.path for b in kept] == list(reversed(made))[:7]
    folder = health.backup_folder(path)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert {stat.S_IMODE(b.path.stat().st_mode) for b in kept} == {0o600}
    assert sorted(os.listdir(folder)) == sorted(b.path.name for b in kept)  # no partial files left
    copy = sqlite3.connect(kept[0].path)
    try:
        assert copy.execute("SELECT COUNT(*) FROM outbox").fetchone()[0] == 1
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        copy.close()


def test_a_backup_is_made_before_a_migration(tmp_path):
    path = tmp_path / "kiosk.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=1)
    conn.execute(
        "INSERT INTO outbox (operationid, type, card, body, created_at, next_attempt_at) VALUES"
        " ('op-1', 'purchase', ?, '{}', 1.0, 1.0)",
        (GIULIA,),
    )
    conn.close()
    open_store(path).close()
    (before,) = health.backups(path)
    assert "before-v" in before.path.name
    copy = sqlite3.connect(before.path)
    try:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    finally:
        copy.close()


def test_restore_puts_a_backup_back_keeps_the_damaged_file_and_rescues_what_it_can(tmp_path):
    path = tmp_path / "kiosk.db"
    with open_store(path) as store:
        early = store.enqueue(purchase(1)).operationid
        backup = store.backup()
        later = [store.enqueue(purchase(i)).operationid for i in range(2, 150)]
    scramble_two_pages(path)

    report = health.restore(path, backup)

    assert report.kept_aside is not None and report.kept_aside.exists()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with open_store(path) as store:
        assert store.operation(early) is not None
        new = store.enqueue(purchase(999)).operationid
        kept = [op.operationid for op in store.unsettled()]
    # The backup's operation, what the damaged file still yields (in its order), and the new one.
    assert kept[0] == early and kept[-1] == new
    rescued = kept[1:-1]
    assert report.rescued == len(rescued) and report.rescue_failed  # two pages' rows could not be read
    assert rescued == [op for op in later if op in rescued]
    assert 100 < len(rescued) < len(later)


def test_a_damaged_backup_is_refused_and_nothing_changes(tmp_path):
    path = tmp_path / "kiosk.db"
    filled(path, 20)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database" * 500)
    before = path.read_bytes()
    with raises_saying(StoreError, "damaged too"):
        health.restore(path, bad)
    assert path.read_bytes() == before
