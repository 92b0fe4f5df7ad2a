"""A damaged store as support meets it: `kiosk earn` refuses it, `kiosk store check` says so, `restore` mends it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
from pathlib import Path

from kiosk.store import open_store
from tests.e2e.tills import KIOSK
from tests.helpers import integrity, purchase, scramble_two_pages

GIULIA = "2000000000015"


def kiosk(base: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    # Nothing listens on the discard port: earn only saves, as it does offline.
    env.update(KIOSK_API_URL="http://127.0.0.1:9", KIOSK_CONNECT_TIMEOUT="1")
    return subprocess.run([*KIOSK, "--basedir", str(base), *args], env=env, input="",
                          capture_output=True, text=True, timeout=60)


def test_earn_refuses_a_damaged_store_and_a_restored_backup_makes_it_work(tmp_path):
    base = tmp_path / "till"
    store_file = base / "data" / "terminal.sqlite3"
    store_file.parent.mkdir(parents=True)
    with open_store(store_file) as store:
        for n in range(200):
            store.enqueue(purchase(n, f"20000000{n % 5:05d}"))
    backed = kiosk(base, "store", "backup", "--json")
    assert backed.returncode == 0, backed.stderr
    backup = Path(json.loads(backed.stdout)["backup"])
    damaged = scramble_two_pages(store_file)
    assert integrity(store_file) != "ok"

    refused = kiosk(base, "earn", "--card", GIULIA, "--amount", "12.50", "--receipt", "R-1")

    # Before: "Saved: purchase of 12.50 ..." into a file integrity_check calls malformed.
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert "Saved" not in refused.stdout
    assert "The terminal's database is damaged: nothing was saved" in refused.stderr
    assert "kiosk store check" in refused.stderr and "kiosk store restore BACKUP" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert store_file.read_bytes() == damaged

    check = kiosk(base, "store", "check")
    assert check.returncode == 1
    assert "DAMAGED" in check.stdout and backup.name in check.stdout

    restored = kiosk(base, "store", "restore", backup.name)
    assert restored.returncode == 0, restored.stderr
    assert f"Restored the database from {backup.name}" in restored.stdout

    assert kiosk(base, "store", "check").returncode == 0
    saved = kiosk(base, "earn", "--card", GIULIA, "--amount", "12.50", "--receipt", "R-1")
    assert saved.returncode == 0, saved.stderr
    assert saved.stdout.startswith("Saved: purchase")
    assert integrity(store_file) == "ok"
    with open_store(store_file) as store:
        assert len(store.unsettled()) == 201


def test_a_restore_from_a_missing_backup_changes_nothing(tmp_path):
    base = tmp_path / "till"
    assert kiosk(base, "earn", "--card", GIULIA, "--amount", "1.00", "--receipt", "R-1").returncode == 0
    before = (base / "data" / "terminal.sqlite3").read_bytes()
    done = kiosk(base, "store", "restore", "terminal-19700101-000000-daily.sqlite3")
    assert done.returncode == 1
    assert "There is no backup file" in done.stderr and "nothing was changed" in done.stderr
    assert (base / "data" / "terminal.sqlite3").read_bytes() == before


def test_a_restore_is_refused_while_a_sender_uses_the_database(tmp_path):
    base = tmp_path / "till"
    store_file = base / "data" / "terminal.sqlite3"
    store_file.parent.mkdir(parents=True)
    with open_store(store_file) as store:
        store.enqueue(purchase(1))
        backup = store.backup()
        # A sender of this machine that is alive: this very test process.
        assert store.take_sender_lease(f"{socket.gethostname()}:{os.getpid()}:t", seconds=60, now=time.time())
    before = store_file.read_bytes()
    done = kiosk(base, "store", "restore", str(backup))
    assert done.returncode == 1
    assert "stop it first" in done.stderr and "Nothing was changed" in done.stderr
    assert store_file.read_bytes() == before
