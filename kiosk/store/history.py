"""A card's last movements as the server listed them, kept so the counter can show them offline."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

__all__ = ["remember", "recent"]


def remember(conn: sqlite3.Connection, card: str, movements: Sequence[dict[str, Any]], *, now: float) -> None:
    """Replace what is kept for `card` by this list (inside the caller's transaction)."""
    conn.execute("DELETE FROM movements WHERE card = ?", (card,))
    conn.executemany(
        "INSERT OR REPLACE INTO movements (movementid, card, payload, fetched_at) VALUES (?, ?, ?, ?)",
        [(int(m["movementid"]), card, json.dumps(m, separators=(",", ":")), now) for m in movements],
    )


def recent(conn: sqlite3.Connection, card: str, *, limit: int) -> tuple[list[dict[str, Any]], float | None]:
    """The kept movements of `card`, newest first, and when they were fetched (None: never)."""
    rows = conn.execute(
        "SELECT payload, fetched_at FROM movements WHERE card = ? ORDER BY movementid DESC LIMIT ?", (card, limit)
    ).fetchall()
    if not rows:
        return [], None
    return [json.loads(payload) for payload, _ in rows], min(float(at) for _, at in rows)
