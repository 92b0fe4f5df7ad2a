"""Faults SQLite itself reports: a full disk, a read-only file, a lock held too long, a file not a database."""

from __future__ import annotations

import os
import pickle
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.api.models import DirectoryPage
from kiosk.domain.errors import KioskError
from kiosk.cli_text import say
from kiosk.store import NewOperation, OperationState, Store, StoreError, StoreFault, open_store
from tests.helpers import raises_saying

GIULIA = "2000000000015"
DISK_FULL = "The terminal's disk is full: this operation was NOT saved. Free some space and try again."


def purchase(pad: int = 0) -> NewOperation:
    return NewOperation("purchase", GIULIA, {"amount": 1000, "receipt": "R" * pad or "R-1"}, points_delta=10)


@pytest.fixture
def path(tmp_path):
    return tmp_path / "kiosk.db"


def saved_ids(path) -> list[str]:
    with open_store(path) as store:
        return [op.operationid for op in store.unsettled()]


def fill_the_disk(store: Store) -> None:
    # max_page_count binds only the connection that sets it, so it goes on the
    # Store's own: from here SQLite answers SQLITE_FULL exactly as on a full disk.
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_loses_nothing_and_says_so(path):
    with open_store(path) as store:
        before = [store.enqueue(purchase()).operationid for _ in range(3)]
        fill_the_disk(store)
        with pytest.raises(StoreError) as caught:
            for _ in range(1000):
                before.append(store.enqueue(purchase(pad=2000)).operationid)
        assert isinstance(caught.value, KioskError)
        assert (caught.value.what, caught.value.params) == (StoreFault.DISK_FULL, {"doing": "write"})
        assert say(caught.value) == DISK_FULL
        assert caught.value.code == "SQLITE_FULL"
        assert len(before) >= 3
        assert [op.operationid for op in store.unsettled()] == before
        assert saved_ids(path) == before  # another connection sees every committed one
        # Space is freed: the same Store goes on working.
        store._conn.execute("PRAGMA max_page_count = 1073741823")
        before.append(store.enqueue(purchase()).operationid)
    assert saved_ids(path) == before


def test_a_full_disk_never_leaves_half_a_directory_page(path):
    with open_store(path) as store:
        store.apply_directory_page(DirectoryPage(cards=(), next="c0", more=True))
        fill_the_disk(store)
        big = DirectoryPage.from_json(
            {
                "cards": [
                    {
                        "card": f"2{n:012d}",
                        "customerid": n,
                        "registered_customer": True,
                        "points": n,
                        "credit": 0,
                        "status": "active",
                        "emailhash": f"{n:064x}",
                        "mobilehash": f"{n + 1:064x}",
                        "updatedat": "2024-05-01T10:00:00Z",
                    }
                    for n in range(2000)
                ],
                "next": "c2000",
                "more": False,
            }
        )
        with raises_saying(StoreError, "disk is full"):
            store.apply_directory_page(big)
        assert (store.directory_cursor(), store.directory_size()) == ("c0", 0)


def as_unprivileged(work: Callable[[], object]) -> object:
    """Run `work` in a forked child that cannot write what root could.

    Tests run as root, who writes any file whatever its mode; the child drops to
    `nobody` so the kernel, and then SQLite, refuse the write for real.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.close(read_end)
            if os.geteuid() == 0:
                os.setgid(65534)
                os.setuid(65534)
            payload = pickle.dumps(("ok", work()))
        except BaseException as error:  # noqa: BLE001 - handed to the parent as text
            payload = pickle.dumps(("crashed", repr(error)))
        with os.fdopen(write_end, "wb") as out:
            out.write(payload)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as answer:
        data = answer.read()
    os.waitpid(pid, 0)
    status, value = pickle.loads(data)
    assert status == "ok", value
    return value


@pytest.fixture
def shared_folder() -> Iterator[str]:
    """A folder `nobody` can reach (pytest's tmp_path sits under a root-only folder)."""
    with tempfile.TemporaryDirectory(prefix="kiosk-ro-") as folder:
        os.chmod(folder, 0o755)
        yield folder
        for root, dirs, files in os.walk(folder):
            for name in dirs + files:
                os.chmod(os.path.join(root, name), 0o755)


def try_to_save(path) -> tuple[str, str | None, str]:
    try:
        with open_store(path) as store:
            store.enqueue(purchase())
    except StoreError as error:
        return "refused", error.code, say(error)
    return "saved", None, ""


@pytest.mark.parametrize("folder_writable", [False, True], ids=["folder-and-file", "file-only"])
def test_a_read_only_database_says_so_and_keeps_its_rows(shared_folder, folder_writable):
    data = Path(shared_folder) / "data"
    path = data / "kiosk.db"
    with open_store(path) as store:
        kept = store.enqueue(purchase()).operationid
    path.chmod(0o444)
    data.chmod(0o777 if folder_writable else 0o555)

    outcome, code, message = as_unprivileged(lambda: try_to_save(path))

    assert outcome == "refused"
    assert code is not None and code.startswith("SQLITE_READONLY")
    assert message.startswith("The terminal's database is read-only:")
    data.chmod(0o755)
    path.chmod(0o644)
    assert saved_ids(path) == [kept]


def test_a_write_through_a_read_only_connection_is_not_saved(path):
    with open_store(path) as store:
        kept = store.enqueue(purchase()).operationid
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    with Store(conn) as store:
        with pytest.raises(StoreError) as caught:
            store.enqueue(purchase())
        assert caught.value.what is StoreFault.READ_ONLY
        assert say(caught.value).startswith("The terminal's database is read-only: this operation was NOT saved.")
        assert [op.operationid for op in store.unsettled()] == [kept]  # reading still works


def test_a_lock_held_too_long_is_reported_and_then_clears(path):
    with open_store(path) as store:
        store._conn.execute("PRAGMA busy_timeout = 100")  # the real 10 s would only slow the test
        other = sqlite3.connect(path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            with raises_saying(StoreError, "stayed locked by another kiosk program") as caught:
                store.enqueue(purchase())
            assert caught.value.code == "SQLITE_BUSY"
            other.execute("ROLLBACK")
        finally:
            other.close()
        store.enqueue(purchase())
        assert store.counts()[OperationState.PENDING] == 1


def test_a_file_that_is_not_a_database_is_refused_untouched(path):
    garbage = b"This is a shop's price list, not a database.\n" * 200
    path.write_bytes(garbage)
    with pytest.raises(StoreError) as caught:
        open_store(path)
    assert caught.value.code == "SQLITE_NOTADB"
    assert caught.value.what is StoreFault.DAMAGED and caught.value.damaged
    assert say(caught.value).startswith("The terminal's database is damaged: nothing was saved")
    assert "kiosk store check" in say(caught.value)
    assert path.read_bytes() == garbage


def test_a_damaged_file_is_reported(path):
    with open_store(path) as store:
        for _ in range(200):
            store.enqueue(purchase(pad=500))
    raw = bytearray(path.read_bytes())
    page = 4096
    raw[2 * page : len(raw)] = b"\xa5" * (len(raw) - 2 * page)  # every page past the schema
    path.write_bytes(bytes(raw))
    with raises_saying(StoreError, "database is damaged") as caught:
        with open_store(path) as store:
            store.unsettled()
    assert caught.value.code is not None and caught.value.code.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB", "damaged"))
