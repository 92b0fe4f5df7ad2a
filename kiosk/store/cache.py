"""The card cache: the server's last word on each card, and its balance as the shop sees it now."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from kiosk.api.models import Card, CardStatus
from kiosk.store import directory, outbox
from kiosk.store.models import CachedCard

__all__ = ["remember", "settle_balance", "cached"]

_UPSERT = """
    INSERT INTO cards (card, customerid, status, name, surname, points, credit, fidelycode, registered,
                       categoryid, updatedat, fetched_at, replacedby)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (card) DO UPDATE SET
        customerid = excluded.customerid, status = excluded.status, name = excluded.name,
        surname = excluded.surname, points = excluded.points, credit = excluded.credit,
        fidelycode = excluded.fidelycode, registered = excluded.registered,
        categoryid = excluded.categoryid, updatedat = excluded.updatedat, fetched_at = excluded.fetched_at,
        replacedby = excluded.replacedby
"""


def remember(conn: sqlite3.Connection, card: Card, *, now: float) -> None:
    conn.execute(
        _UPSERT,
        (
            card.card,
            card.customerid,
            card.status.value,
            card.name,
            card.surname,
            card.points,
            card.credit,
            card.fidelycode,
            int(card.registered_customer),
            card.categoryid,
            card.updatedat.isoformat(),
            now,
            card.replacedby,
        ),
    )


def settle_balance(conn: sqlite3.Connection, card: str, *, points: int, credit: int, now: float) -> None:
    """Record the server's balance after a settled operation (inside the caller's transaction).

    The directory row is corrected too: its pending effect is gone now, so
    leaving its old balance would show the operation as never having happened.
    """
    updated = conn.execute(
        "UPDATE cards SET points = ?, credit = ?, fetched_at = ? WHERE card = ?", (points, credit, now, card)
    ).rowcount
    if not updated:
        conn.execute(
            "INSERT INTO cards (card, points, credit, fetched_at) VALUES (?, ?, ?, ?)", (card, points, credit, now)
        )
    conn.execute("UPDATE directory SET points = ?, credit = ? WHERE card = ?", (points, credit, card))


def _cache_row(conn: sqlite3.Connection, card: str) -> sqlite3.Row | None:
    cursor = conn.execute("SELECT * FROM cards WHERE card = ?", (card,))
    cursor.row_factory = sqlite3.Row
    row: sqlite3.Row | None = cursor.fetchone()
    return row


def _when(value: str | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value)


def _field(row: sqlite3.Row | None, name: str) -> Any:
    return None if row is None else row[name]


def _first(*values: Any) -> Any:
    return next((value for value in values if value is not None), None)


def cached(conn: sqlite3.Connection, card: str) -> CachedCard | None:
    """What is known of the card offline: the cache row, else the directory row; None if neither."""
    row = _cache_row(conn, card)
    entry = directory.row_for(conn, card)
    if row is None and entry is None:
        return None
    pending_points, pending_credit, pending_count = outbox.pending_effect(conn, card)
    # Balance and status come from whichever source heard from the server last: a
    # directory sync an hour after a look-up knows better than that look-up did.
    from_directory = row is None or (entry is not None and entry["synced_at"] > row["fetched_at"])
    fresh = entry if from_directory else row
    assert fresh is not None
    full_name = " ".join(part for part in (_field(row, "name"), _field(row, "surname")) if part) or None
    registered = _first(_field(row, "registered"), _field(entry, "registered"))
    status = _first(fresh["status"], _field(entry, "status"))
    return CachedCard(
        card=card,
        customerid=_first(_field(row, "customerid"), _field(entry, "customerid")),
        status=None if status is None else CardStatus(status),
        name=_field(row, "name"),
        surname=_field(row, "surname"),
        # Only the cache has names: the directory holds none (a card never served shows no name).
        displayname=full_name,
        fidelycode=_field(row, "fidelycode"),
        replacedby=_field(row, "replacedby"),
        registered=None if registered is None else bool(registered),
        categoryid=_field(row, "categoryid"),
        updatedat=_when(fresh["updatedat"]),
        fetched_at=float(fresh["synced_at"] if from_directory else fresh["fetched_at"]),
        server_points=int(fresh["points"]),
        server_credit=int(fresh["credit"]),
        pending_points=pending_points,
        pending_credit=pending_credit,
        pending_count=pending_count,
        source="directory" if from_directory else "cache",
        served=row is not None,
    )
