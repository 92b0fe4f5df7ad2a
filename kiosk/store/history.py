"""A card's last movements as the server listed them, kept so the counter can show them offline."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from kiosk.store.models import Operation

__all__ = ["HistorySources", "remember", "recent", "add_settled", "KEEP_AT_MOST"]

@dataclasses.dataclass(frozen=True)
class HistorySources:
    """What a card's history is made of on this terminal, read at one moment.

    `kept`: the server's last list (wire JSON, newest first) with the movements settled
    here since; `as_of`: when it was fetched (None: never); `local`: the card's unsettled
    and failed operations, oldest first; `done`: its last operations the server took,
    newest first (each with its result), for the movements the kept list may lack.
    """

    kept: list[dict[str, Any]]
    as_of: float | None
    local: list[Operation]
    done: list[Operation]


#: A card's kept list grows by the movements settled here between two fetches; beyond this many, the oldest go.
KEEP_AT_MOST = 100


def remember(conn: sqlite3.Connection, card: str, movements: Sequence[dict[str, Any]], *, now: float) -> None:
    """Replace what is kept for `card` by this list (inside the caller's transaction)."""
    conn.execute("DELETE FROM movements WHERE card = ?", (card,))
    conn.executemany(
        "INSERT OR REPLACE INTO movements (movementid, card, payload, fetched_at) VALUES (?, ?, ?, ?)",
        [(int(m["movementid"]), card, json.dumps(m, separators=(",", ":")), now) for m in movements],
    )


def add_settled(conn: sqlite3.Connection, card: str, movement: Mapping[str, Any], *, now: float) -> None:
    """Add a movement the server just made for an operation of this terminal to the card's kept list.

    Inside the caller's transaction (the one that settles the operation). The next fetch
    replaces the whole list. The movement it reverses, if kept, is marked reversed by it,
    as the server now lists it.
    """
    movementid = int(movement["movementid"])
    conn.execute(
        "INSERT OR REPLACE INTO movements (movementid, card, payload, fetched_at) VALUES (?, ?, ?, ?)",
        (movementid, card, json.dumps(dict(movement), separators=(",", ":")), now),
    )
    reverses = movement.get("reverses")
    if isinstance(reverses, int) and not isinstance(reverses, bool):
        conn.execute(
            "UPDATE movements SET payload = json_set(payload, '$.reversedby', ?) WHERE card = ? AND movementid = ?",
            (movementid, card, reverses),
        )
    conn.execute(
        "DELETE FROM movements WHERE card = ? AND movementid NOT IN "
        "(SELECT movementid FROM movements WHERE card = ? ORDER BY movementid DESC LIMIT ?)",
        (card, card, KEEP_AT_MOST),
    )


def recent(conn: sqlite3.Connection, card: str, *, limit: int) -> tuple[list[dict[str, Any]], float | None]:
    """The kept movements of `card`, newest first, and when they were fetched (None: never)."""
    rows = conn.execute(
        "SELECT payload, fetched_at FROM movements WHERE card = ? ORDER BY movementid DESC LIMIT ?", (card, limit)
    ).fetchall()
    if not rows:
        return [], None
    return [json.loads(payload) for payload, _ in rows], min(float(at) for _, at in rows)
