"""The offline card directory: every card of the campaign, no names, e-mail and phone only as slow hashes.

The hashes are the campaign's `contacthash` scrypt (kiosk.api.contacthash). The
parameters they were made with are kept beside them: when the campaign's change,
every hash is dropped and the directory is fetched again from the start, and
until then `refetching()` says so (a stale hash must not silently find nobody).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Any

from kiosk.api.models import CardStatus, DirectoryEntry, DirectoryPage
from kiosk.store import meta
from kiosk.store.outbox import UNSETTLED_SQL
from kiosk.store.models import DirectoryMatch

__all__ = [
    "CURSOR_KEY",
    "SYNCED_AT_KEY",
    "PARAMS_KEY",
    "REFETCH_KEY",
    "apply_page",
    "adopt_contact_params",
    "refetching",
    "find",
    "cursor",
    "size",
    "row_for",
]

CURSOR_KEY = "directory_cursor"
SYNCED_AT_KEY = "directory_synced_at"
#: The campaign's contacthash parameters (JSON) the directory's hashes were made with.
PARAMS_KEY = "directory_contacthash"
#: Present while the directory is fetched again from the start after its hashes were dropped.
REFETCH_KEY = "directory_refetch"

_UPSERT = """
    INSERT INTO directory (card, customerid, points, credit, status, registered, emailhash, mobilehash,
                           updatedat, synced_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (card) DO UPDATE SET
        customerid = excluded.customerid, points = excluded.points,
        credit = excluded.credit, status = excluded.status, registered = excluded.registered,
        emailhash = excluded.emailhash, mobilehash = excluded.mobilehash, updatedat = excluded.updatedat,
        synced_at = excluded.synced_at
"""

# Pending effects are added in the same query, so a match shows what the cashier
# would see after a look-up by card.
_FIND = f"""
    SELECT d.card, d.customerid, d.registered, d.points + COALESCE(SUM(o.points_delta), 0),
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
        entry.points,
        entry.credit,
        entry.status.value,
        int(entry.registered_customer),
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
    if not page.more:
        meta.delete(conn, REFETCH_KEY)


def adopt_contact_params(conn: sqlite3.Connection, params: dict[str, Any] | None) -> bool:
    """Note the campaign's contacthash parameters (inside the caller's transaction); True if hashes were dropped.

    Parameters other than those the directory's hashes were made with make every
    hash stale: they are dropped (secure_delete wipes them), the cursor goes back
    to the start, and `refetching()` holds until a sync reaches the last page.
    A directory that never recorded parameters was filled right after this
    campaign was fetched (every sync saves the campaign first), so it keeps its hashes.
    """
    if params is None:
        return False
    text = json.dumps(params, sort_keys=True, separators=(",", ":"))
    known = meta.get(conn, PARAMS_KEY)
    if known == text:
        return False
    meta.put(conn, PARAMS_KEY, text)
    if known is None:
        return False
    conn.execute(
        "UPDATE directory SET emailhash = NULL, mobilehash = NULL WHERE emailhash IS NOT NULL OR mobilehash IS NOT NULL"
    )
    meta.put(conn, CURSOR_KEY, "")
    meta.put(conn, REFETCH_KEY, "1")
    return True


def refetching(conn: sqlite3.Connection) -> bool:
    """True while the directory's hashes are being fetched again: a look-up by address may miss a card."""
    return meta.get(conn, REFETCH_KEY) is not None


def find(conn: sqlite3.Connection, column: str, value: str) -> list[DirectoryMatch]:
    if column not in _COLUMNS:
        raise ValueError(f"the directory is not searched by {column!r}")
    rows = conn.execute(_FIND.format(column=column), (value,)).fetchall()
    return [
        DirectoryMatch(
            card=card,
            customerid=customerid,
            registered=None if registered is None else bool(registered),
            points=points,
            credit=credit,
            status=CardStatus(status),
            updatedat=dt.datetime.fromisoformat(updatedat),
            synced_at=synced_at,
        )
        for card, customerid, registered, points, credit, status, updatedat, synced_at in rows
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
