"""The offline card directory: every card of the campaign, e-mail and phone only as salted hashes."""

from __future__ import annotations

import datetime as dt
import sqlite3

from kiosk.api.models import CardStatus, DirectoryEntry, DirectoryPage
from kiosk.store import meta
from kiosk.store.outbox import UNSETTLED_SQL
from kiosk.store.models import DirectoryMatch

__all__ = ["CURSOR_KEY", "SYNCED_AT_KEY", "apply_page", "find", "cursor", "size", "row_for"]

CURSOR_KEY = "directory_cursor"
SYNCED_AT_KEY = "directory_synced_at"

_UPSERT = """
    INSERT INTO directory (card, customerid, displayname, points, credit, status, emailhash, mobilehash,
                           updatedat, synced_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (card) DO UPDATE SET
        customerid = excluded.customerid, displayname = excluded.displayname, points = excluded.points,
        credit = excluded.credit, status = excluded.status, emailhash = excluded.emailhash,
        mobilehash = excluded.mobilehash, updatedat = excluded.updatedat, synced_at = excluded.synced_at
"""

# Pending effects are added in the same query, so a match shows what the cashier
# would see after a look-up by card.
_FIND = f"""
    SELECT d.card, d.customerid, d.displayname, d.points + COALESCE(SUM(o.points_delta), 0),
           d.credit + COALESCE(SUM(o.credit_delta), 0), d.status, d.updatedat, d.synced_at
    FROM directory AS d
    LEFT JOIN outbox AS o ON o.card = d.card AND o.state IN {UNSETTLED_SQL}
    WHERE d.{{column}} = ?
    GROUP BY d.card
    ORDER BY d.card
"""
_COLUMNS = ("card", "emailhash", "mobilehash")


def _values(entry: DirectoryEntry, now: float) -> tuple[object, ...]:
    return (
        entry.card,
        entry.customerid,
        entry.displayname,
        entry.points,
        entry.credit,
        entry.status.value,
        entry.emailhash,
        entry.mobilehash,
        entry.updatedat.isoformat(),
        now,
    )


def apply_page(conn: sqlite3.Connection, page: DirectoryPage, *, now: float) -> None:
    """Upsert the page's cards and move the cursor past them (inside the caller's transaction).

    Rows and cursor commit together: after a crash the cursor never points past
    rows that are not there, so the next sync resumes exactly where this one stopped.
    """
    conn.executemany(_UPSERT, (_values(entry, now) for entry in page.cards))
    meta.put(conn, CURSOR_KEY, page.next)
    meta.put(conn, SYNCED_AT_KEY, repr(now))


def find(conn: sqlite3.Connection, column: str, value: str) -> list[DirectoryMatch]:
    if column not in _COLUMNS:
        raise ValueError(f"the directory is not searched by {column!r}")
    rows = conn.execute(_FIND.format(column=column), (value,)).fetchall()
    return [
        DirectoryMatch(
            card=card,
            customerid=customerid,
            displayname=displayname,
            points=points,
            credit=credit,
            status=CardStatus(status),
            updatedat=dt.datetime.fromisoformat(updatedat),
            synced_at=synced_at,
        )
        for card, customerid, displayname, points, credit, status, updatedat, synced_at in rows
    ]


def row_for(conn: sqlite3.Connection, card: str) -> sqlite3.Row | None:
    """The card's raw directory row (for the card cache to fall back on)."""
    cursor = conn.execute("SELECT * FROM directory WHERE card = ?", (card,))
    cursor.row_factory = sqlite3.Row
    row: sqlite3.Row | None = cursor.fetchone()
    return row


def cursor(conn: sqlite3.Connection) -> str:
    return meta.get(conn, CURSOR_KEY) or ""


def size(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT COUNT(*) FROM directory").fetchone()[0])
