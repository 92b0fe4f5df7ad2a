"""The outbox: every write the shop made, in order, until the server has settled it."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from typing import Any

from kiosk.api.marta import OFFLINE_APPROVAL
from kiosk.api.models import MovementType
from kiosk.domain.errors import Notice
from kiosk.store.db import StoreError, StoreFault
from kiosk.store.models import UNSETTLED, NewOperation, Operation, OperationState

__all__ = [
    "SECRET_KEYS",
    "check",
    "append",
    "by_id",
    "due",
    "next_due_at",
    "set_state",
    "require_state",
    "counts",
    "listing",
    "recent_done",
    "pending_effect",
    "offline_redeemed",
    "UNSETTLED_SQL",
    "waiting_counts",
    "prune_settled",
    "PRUNED_STATES",
]

# Keys that would carry a PIN, a one-time code, a password or a token: a body
# holding one is refused, so none can ever reach the file.
SECRET_KEYS = frozenset({"pin", "pincode", "newpincode", "verificationcode", "password", "token", "refreshtoken"})

_COLUMNS = (
    "seq, operationid, type, card, body, points_delta, credit_delta, created_at, "
    "attempts, next_attempt_at, state, last_error, result, settled_at"
)
UNSETTLED_SQL = "(" + ", ".join(f"'{state.value}'" for state in UNSETTLED) + ")"

# The oldest unsettled operation of each card: strict order per card means only
# this one may be sent; failed/done/discarded rows are not heads, so never block.
# Read through the partial index of unsettled rows (migration 5): however many
# settled rows the file holds, this touches only the unsettled ones.
_HEADS = f"""
    SELECT o.* FROM outbox AS o
    JOIN (
        SELECT card, MIN(seq) AS seq FROM outbox INDEXED BY outbox_unsettled
        WHERE state IN {UNSETTLED_SQL} GROUP BY card
    ) AS h
    ON o.seq = h.seq
"""

#: Settled rows that pruning removes once old enough. A failed one stays until
#: staff retry or discard it: they must still see it in the queue.
PRUNED_STATES: tuple[OperationState, ...] = (OperationState.DONE, OperationState.DISCARDED)


def _secret_key(body: object) -> str | None:
    """The first secret-looking key anywhere in the body (nested too), or None."""
    if isinstance(body, Mapping):
        for key, value in body.items():
            if str(key).lower() in SECRET_KEYS:
                return str(key)
            found = _secret_key(value)
            if found is not None:
                return found
    elif isinstance(body, (list, tuple)):
        for item in body:
            found = _secret_key(item)
            if found is not None:
                return found
    return None


def _row(row: sqlite3.Row | tuple[Any, ...]) -> Operation:
    seq, operationid, kind, card, body, points, credit, created, attempts, next_at, state, error, result, settled = row
    return Operation(
        seq=seq,
        operationid=operationid,
        type=MovementType(kind),
        card=card,
        body=json.loads(body),
        points_delta=points,
        credit_delta=credit,
        created_at=created,
        attempts=attempts,
        next_attempt_at=next_at,
        state=OperationState(state),
        last_error=Notice.from_code(error),
        result=None if result is None else json.loads(result),
        settled_at=settled,
    )


def check(op: NewOperation) -> tuple[str, str]:
    """The operation's type value and JSON body, or ValueError (a programming error, not the shop's)."""
    secret = _secret_key(op.body)
    if secret is not None:
        raise ValueError(f"an outbox body must never hold a {secret!r}: it would be written to disk")
    try:
        kind = MovementType(op.type).value
    except ValueError:
        raise ValueError(f"unknown operation type {op.type!r}") from None
    if not op.card or not op.operationid:
        raise ValueError("an operation needs a card and an operationid")
    return kind, json.dumps(dict(op.body), separators=(",", ":"), sort_keys=True)


def append(conn: sqlite3.Connection, op: NewOperation, *, now: float, inflight: bool = False) -> Operation:
    """Insert the row (inside the caller's transaction); its pending effect is live from here.

    `inflight`: the caller makes the call itself right after this commit, so the
    row starts as an attempt under way (a crash during it is then settled by asking).
    """
    kind, body = check(op)
    state = OperationState.INFLIGHT if inflight else OperationState.PENDING
    attempts = 1 if inflight else 0
    try:
        cursor = conn.execute(
            "INSERT INTO outbox (operationid, type, card, body, points_delta, credit_delta, created_at, "
            "attempts, next_attempt_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (op.operationid, kind, op.card, body, int(op.points_delta), int(op.credit_delta), now, attempts, now,
             state.value),
        )
    except sqlite3.IntegrityError:
        raise StoreError(StoreFault.DUPLICATE_OPERATION, code="duplicate_operation") from None
    seq = cursor.lastrowid
    assert seq is not None
    return Operation(
        seq=seq,
        operationid=op.operationid,
        type=MovementType(kind),
        card=op.card,
        body=json.loads(body),
        points_delta=int(op.points_delta),
        credit_delta=int(op.credit_delta),
        created_at=now,
        attempts=attempts,
        next_attempt_at=now,
        state=state,
        last_error=None,
        result=None,
        settled_at=None,
    )


def by_id(conn: sqlite3.Connection, operationid: str) -> Operation | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM outbox WHERE operationid = ?", (operationid,)).fetchone()
    return None if row is None else _row(row)


def require_state(conn: sqlite3.Connection, operationid: str, allowed: tuple[OperationState, ...]) -> Operation:
    """The operation if it is in one of `allowed`, else a StoreError saying why not."""
    op = by_id(conn, operationid)
    if op is None:
        raise StoreError(StoreFault.UNKNOWN_OPERATION, code="unknown_operation")
    if op.state not in allowed:
        raise StoreError(
            StoreFault.WRONG_STATE, code="wrong_state", state=op.state.value,
            wanted=",".join(state.value for state in allowed),
        )
    return op


def set_state(conn: sqlite3.Connection, operationid: str, state: OperationState, **columns: object) -> None:
    assignments = ", ".join(["state = ?"] + [f"{name} = ?" for name in columns])
    conn.execute(
        f"UPDATE outbox SET {assignments} WHERE operationid = ?",
        (state.value, *columns.values(), operationid),
    )


def due(conn: sqlite3.Connection, now: float, limit: int) -> list[Operation]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM ({_HEADS}) WHERE next_attempt_at <= ? ORDER BY seq LIMIT ?", (now, limit)
    ).fetchall()
    return [_row(row) for row in rows]


def next_due_at(conn: sqlite3.Connection) -> float | None:
    value = conn.execute(f"SELECT MIN(next_attempt_at) FROM ({_HEADS})").fetchone()[0]
    return None if value is None else float(value)


def waiting_counts(conn: sqlite3.Connection) -> tuple[int, int]:
    """(unsettled, failed): what the worker publishes after every pass, read from the partial indexes only."""
    unsettled = conn.execute(
        f"SELECT COUNT(*) FROM outbox INDEXED BY outbox_unsettled WHERE state IN {UNSETTLED_SQL}"
    ).fetchone()[0]
    failed = conn.execute("SELECT COUNT(*) FROM outbox INDEXED BY outbox_failed WHERE state = 'failed'").fetchone()[0]
    return int(unsettled), int(failed)


def prune_settled(conn: sqlite3.Connection, *, before: float, limit: int) -> int:
    """Delete up to `limit` done or discarded rows settled before `before`; returns how many went."""
    states = ", ".join(f"'{state.value}'" for state in PRUNED_STATES)
    cursor = conn.execute(
        "DELETE FROM outbox WHERE seq IN ("
        f" SELECT seq FROM outbox WHERE settled_at < ? AND state IN ({states}) LIMIT ?)",
        (before, limit),
    )
    return int(cursor.rowcount)


def counts(conn: sqlite3.Connection) -> dict[OperationState, int]:
    found = dict(conn.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state").fetchall())
    return {state: int(found.get(state.value, 0)) for state in OperationState}


def listing(
    conn: sqlite3.Connection, states: tuple[OperationState, ...], *, card: str | None = None
) -> list[Operation]:
    """Operations in `states` (of one card when given), oldest first."""
    marks = ", ".join("?" for _ in states)
    where = f"state IN ({marks})" + ("" if card is None else " AND card = ?")
    params: list[str] = [s.value for s in states] + ([] if card is None else [card])
    rows = conn.execute(f"SELECT {_COLUMNS} FROM outbox WHERE {where} ORDER BY seq", params).fetchall()
    return [_row(row) for row in rows]


def recent_done(conn: sqlite3.Connection, card: str, *, limit: int) -> list[Operation]:
    """The card's last `limit` operations the server took (done), newest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM outbox WHERE card = ? AND state = ? ORDER BY seq DESC LIMIT ?",
        (card, OperationState.DONE.value, limit),
    ).fetchall()
    return [_row(row) for row in rows]


def pending_effect(conn: sqlite3.Connection, card: str) -> tuple[int, int, int]:
    """(points, credit, count) of the card's operations not yet settled."""
    points, credit, count = conn.execute(
        "SELECT COALESCE(SUM(points_delta), 0), COALESCE(SUM(credit_delta), 0), COUNT(*) "
        f"FROM outbox WHERE card = ? AND state IN {UNSETTLED_SQL}",
        (card,),
    ).fetchone()
    return int(points), int(credit), int(count)



def offline_redeemed(conn: sqlite3.Connection, *, since: float, card: str | None = None) -> int:
    """Points redeemed with a manager's offline approval since `since` (of one card when given).

    Counted whatever became of them except a discarded one: a refused one still
    counts until staff discard it, so retrying cannot stretch the caps.
    """
    where = "type = 'burnpoints' AND json_extract(body, '$.approval') = ? AND created_at >= ? AND state != 'discarded'"
    params: list[object] = [OFFLINE_APPROVAL, since]
    if card is not None:
        where += " AND card = ?"
        params.append(card)
    value = conn.execute(f"SELECT COALESCE(SUM(-points_delta), 0) FROM outbox WHERE {where}", params).fetchone()[0]
    return int(value)
