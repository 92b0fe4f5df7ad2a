"""The server forgets what it no longer needs, on its own: expired tokens, old codes, old idempotency rows.

Run at start and then every `SandboxConfig.purge_every` seconds (kiosk/api/marta.py
says what goes and when). Each transaction deletes at most `batch` rows of each
table, so a request waits for the database lock at most one short batch.
"""

from __future__ import annotations

import sqlite3

from kiosk.api.marta import IDEMPOTENCY_KEEP_SECONDS, SANDBOX_PURGE_BATCH
from kiosk.sandbox.context import Sandbox

__all__ = ["purge", "CODE_KEEP_SECONDS"]

#: A spent or expired code stays this long: the hourly send limit still counts it.
CODE_KEEP_SECONDS = 3600
#: At most this many batches in one pass; what is left waits for the next pass.
_MAX_BATCHES = 20


def _one_batch(conn: sqlite3.Connection, now: float, batch: int) -> list[int]:
    deleted = [
        conn.execute(
            "DELETE FROM tokens WHERE rowid IN (SELECT rowid FROM tokens WHERE expiresat <= ? LIMIT ?)", (now, batch)
        ).rowcount,
        conn.execute(
            "DELETE FROM codes WHERE codeid IN (SELECT codeid FROM codes WHERE sentat <= ?"
            " AND (state != 'live' OR expiresat <= ?) LIMIT ?)",
            (now - CODE_KEEP_SECONDS, now, batch),
        ).rowcount,
        conn.execute(
            "DELETE FROM operations WHERE rowid IN (SELECT rowid FROM operations WHERE createdat <= ?"
            " AND state != 'running' LIMIT ?)",
            (now - IDEMPOTENCY_KEEP_SECONDS, batch),
        ).rowcount,
    ]
    return deleted


def purge(sandbox: Sandbox, *, batch: int = SANDBOX_PURGE_BATCH) -> int:
    """One pass by the sandbox's clock; answers how many rows went."""
    total = 0
    for _ in range(_MAX_BATCHES):
        now = sandbox.clock.timestamp()
        with sandbox.db.transaction() as conn:
            deleted = _one_batch(conn, now, batch)
        total += sum(deleted)
        if max(deleted) < batch:
            break
    return total
