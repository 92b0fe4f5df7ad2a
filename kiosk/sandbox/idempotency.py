"""Writes that move points or credit happen once per Idempotency-Key, however often they are sent."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Callable
from typing import Any

from fastapi import Request

from kiosk.api.marta import IDEMPOTENCY_HEADER, AnswerCode
from kiosk.sandbox.context import sandbox_of
from kiosk.sandbox.errors import Answer
from kiosk.sandbox.faults import take_fault_delay

__all__ = ["fingerprint", "run_once", "stored_operation", "same_key", "IDEMPOTENCY_ANSWERS"]

IDEMPOTENCY_ANSWERS = (AnswerCode.KEY_REUSED, AnswerCode.OPERATION_RUNNING)

#: The work: inside the write transaction, returns the answer body and its movement id.
Work = Callable[[sqlite3.Connection], tuple[dict[str, Any], int | None]]


def fingerprint(payload: Any) -> str:
    """SHA-256 of canonical JSON: the same call has the same fingerprint, whatever its key order."""
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def same_key(operationid: str, key: str) -> None:
    """The body's operationid must be the Idempotency-Key header's, else 400/20."""
    if operationid != key:
        raise Answer(AnswerCode.BAD_FIELD, f"operationid must be the same as the {IDEMPOTENCY_HEADER} header.",
                     "operationid")


def run_once(
    request: Request,
    *,
    campaignid: int,
    key: str,
    digest: str,
    work: Work,
    guard: Callable[[], None] | None = None,
) -> tuple[dict[str, Any], bool]:
    """The answer for this key and whether it is a replay.

    The key is committed as running before the work, so a repeat arriving
    meanwhile sees 409/62; the answer is stored in the work's own transaction, so
    an answer exists exactly when the work happened. A refusal releases the key.
    """
    sandbox = sandbox_of(request)
    with sandbox.db.transaction() as conn:
        row = conn.execute(
            "SELECT fingerprint, state, body FROM operations WHERE campaignid = ? AND key = ?", (campaignid, key)
        ).fetchone()
        if row is not None:
            if row["fingerprint"] != digest:
                raise Answer(
                    AnswerCode.KEY_REUSED, "This operation id was already used for another operation.", "operationid"
                )
            if row["state"] == "running":
                raise Answer(AnswerCode.OPERATION_RUNNING, "This operation is still running: ask again shortly.")
            return json.loads(row["body"]), True
        conn.execute(
            "INSERT INTO operations (campaignid, key, fingerprint, state, createdat) VALUES (?, ?, ?, 'running', ?)",
            (campaignid, key, digest, sandbox.clock.timestamp()),
        )
    try:
        delay = take_fault_delay(request.scope)
        if delay:
            time.sleep(delay)
        if guard is not None:
            guard()
        with sandbox.db.transaction() as conn:
            body, movementid = work(conn)
            conn.execute(
                "UPDATE operations SET state = 'applied', body = ?, movementid = ? WHERE campaignid = ? AND key = ?",
                (json.dumps(body), movementid, campaignid, key),
            )
    except BaseException:
        with sandbox.db.transaction() as conn:
            conn.execute(
                "DELETE FROM operations WHERE campaignid = ? AND key = ? AND state = 'running'", (campaignid, key)
            )
        raise
    return body, False


def stored_operation(conn: sqlite3.Connection, campaignid: int, key: str) -> sqlite3.Row:
    row = conn.execute("SELECT * FROM operations WHERE campaignid = ? AND key = ?", (campaignid, key)).fetchone()
    if row is None:
        raise Answer(AnswerCode.OPERATION_UNKNOWN, "This operation is not known: it was never applied.", "operationid")
    if row["state"] == "running":
        raise Answer(AnswerCode.OPERATION_RUNNING, "This operation is still running: ask again shortly.", "operationid")
    return row
