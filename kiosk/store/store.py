"""The Store facade: one connection to the terminal's SQLite file, every read and write the app needs."""

from __future__ import annotations

import json
import pathlib
import sqlite3
import time
from collections.abc import Callable, Mapping, Sequence
from types import TracebackType
from typing import Any

from kiosk.api.models import Card, DirectoryPage
from kiosk.domain.errors import Notice
from kiosk.store import cache, directory, erasure, health, history, meta, outbox
from kiosk.store.db import connect, guard, snapshot, write
from kiosk.store.migrations import migrate
from kiosk.store.models import (
    UNSETTLED,
    CachedCard,
    DirectoryMatch,
    NewOperation,
    Operation,
    OperationState,
)

__all__ = ["Store", "open_store"]

_CAMPAIGN_KEY = "campaign"
_LEASE_KEY = "sender_lease"
_ENROLMENT_KEY = erasure.ENROLMENT_KEY


def open_store(path: pathlib.Path, *, clock: Callable[[], float] = time.time) -> Store:
    """Open (creating and migrating as needed) the terminal's store; one Store per thread."""
    conn = connect(pathlib.Path(path))
    try:
        # A damaged file is refused before anything (a migration, a sale) is written into it.
        health.check_at_open(conn, pathlib.Path(path))
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return Store(conn, clock=clock)


class Store:
    """Offline-first storage of one terminal. Not thread-safe: each thread opens its own.

    Every method raises StoreError (with a message for the cashier) when SQLite
    fails; what was committed before stays committed.
    """

    def __init__(self, conn: sqlite3.Connection, *, clock: Callable[[], float] = time.time) -> None:
        """Wrap a connection that is already set up; open_store is the way in (pragmas, migrations)."""
        self._conn = conn
        self._clock = clock

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()

    # one sender per store

    def take_sender_lease(
        self, holder: str, *, seconds: float, now: float, gone: Callable[[str], bool] | None = None
    ) -> bool:
        """Hold (or renew) the right to send this store's outbox for `seconds` from `now`.

        True when `holder` holds it now: it was free, its holder let it run out
        (a process that died), `gone(other)` says its holder is dead, or
        `holder` had it already. One write transaction, so two processes asking
        at once never both get it.
        """
        with write(self._conn):
            text = meta.get(self._conn, _LEASE_KEY)
            if text:
                try:
                    lease = json.loads(text)
                    other, expires = str(lease["holder"]), float(lease["expires"])
                except (ValueError, KeyError, TypeError):
                    other, expires = "", 0.0
                if other != holder and expires > now and not (gone is not None and gone(other)):
                    return False
            record = {"holder": holder, "expires": now + seconds}
            meta.put(self._conn, _LEASE_KEY, json.dumps(record, separators=(",", ":")))
            return True

    def release_sender_lease(self, holder: str) -> None:
        """Give the lease up (a clean stop), so another sender takes over at once; nothing if another holds it."""
        with write(self._conn):
            text = meta.get(self._conn, _LEASE_KEY)
            try:
                mine = bool(text) and json.loads(text or "{}").get("holder") == holder
            except ValueError:
                mine = False
            if mine:
                meta.delete(self._conn, _LEASE_KEY)

    def sender_lease(self) -> tuple[str, float] | None:
        """(holder, expires) of the lease as stored, or None."""
        with guard():
            text = meta.get(self._conn, _LEASE_KEY)
        if not text:
            return None
        try:
            lease = json.loads(text)
            return str(lease["holder"]), float(lease["expires"])
        except (ValueError, KeyError, TypeError):
            return None

    # the file's health

    def backup_if_due(self) -> pathlib.Path | None:
        """The daily backup (7 kept, beside the file in `backups/`), if due; StoreError if the file is damaged."""
        where = health.store_file(self._conn)
        if where is None:
            return None
        with guard("read"):
            return health.backup_if_due(self._conn, where, now=self._clock())

    def backup(self) -> pathlib.Path:
        """A backup now, whatever the day's one did (support's `kiosk store backup`)."""
        where = health.store_file(self._conn)
        if where is None:
            raise ValueError("a store in memory has no backups")
        with guard("read"):
            return health.make_backup(self._conn, where, why="manual", now=self._clock())

    # meta and campaign

    def get_meta(self, key: str) -> str | None:
        with guard():
            return meta.get(self._conn, key)

    def set_meta(self, key: str, value: str) -> None:
        with write(self._conn):
            meta.put(self._conn, key, value)

    def save_campaign(self, raw: dict[str, Any]) -> None:
        """Keep the campaign; new contacthash parameters drop the directory's hashes (see directory.py)."""
        with write(self._conn):
            meta.put(self._conn, _CAMPAIGN_KEY, json.dumps(raw, separators=(",", ":")))
            directory.adopt_contact_params(self._conn, raw.get("contacthash"))

    def campaign_raw(self) -> dict[str, Any] | None:
        text = self.get_meta(_CAMPAIGN_KEY)
        if text is None:
            return None
        raw: dict[str, Any] = json.loads(text)
        return raw

    # an unfinished enrolment

    def save_enrolment(self, saved: Mapping[str, Any]) -> None:
        """Keep the enrolment in progress (State.to_json(): never a password, a code or a PIN), replacing any other."""
        self.set_meta(_ENROLMENT_KEY, json.dumps(dict(saved), separators=(",", ":"), sort_keys=True))

    def saved_enrolment(self) -> dict[str, Any] | None:
        text = self.get_meta(_ENROLMENT_KEY)
        if text is None:
            return None
        saved: dict[str, Any] = json.loads(text)
        return saved

    def forget_enrolment(self) -> None:
        """The enrolment ended (or was given up): nothing of it stays (secure_delete wipes the freed bytes)."""
        with write(self._conn):
            meta.delete(self._conn, _ENROLMENT_KEY)

    # card cache

    def remember_card(self, card: Card) -> None:
        """Keep the server's answer; an `erased` one first deletes all that is kept of its customer."""
        forgot: set[str] = set()
        with write(self._conn):
            if card.erased:
                forgot = erasure.forget_customer(self._conn, customerid=card.customerid, cards=[card.card])
            cache.remember(self._conn, card, now=self._clock())
        if card.erased:
            self._forgotten(card.customerid, forgot | {card.card})

    def forget_customer(self, *, customerid: int | None, cards: Sequence[str]) -> None:
        """The customer erased their account here (kiosk or counter): delete all that is kept of them, at once.

        The same as when the server says `erased` (kiosk.store.erasure): cache, history, directory hashes,
        a saved enrolment of theirs; then the WAL emptied and every backup scrubbed.
        """
        with write(self._conn):
            forgot = erasure.forget_customer(self._conn, customerid=customerid, cards=cards)
        self._forgotten(customerid, forgot | set(cards))

    def _forgotten(self, customerid: int | None, cards: set[str]) -> None:
        """After an erasure's deletes: the WAL emptied, and the customer scrubbed from the backups too."""
        with guard("write"):
            erasure.checkpoint(self._conn)
        where = health.store_file(self._conn)
        if where is not None:
            with guard("write"):
                erasure.scrub_backups(where, customerid=customerid, cards=cards)

    def cached_card(self, card: str) -> CachedCard | None:
        # One snapshot: the worker settling an operation between our reads would
        # otherwise show its effect neither as pending nor in the balance.
        with snapshot(self._conn):
            return cache.cached(self._conn, card)

    def remember_movements(self, card: str, movements: Sequence[dict[str, Any]]) -> None:
        """Keep the server's latest list of the card's movements (wire JSON), replacing the older one."""
        with write(self._conn):
            history.remember(self._conn, card, movements, now=self._clock())

    def history_sources(self, card: str, *, limit: int = 20) -> history.HistorySources:
        """What the card's history is made of here, read in one snapshot: an operation settled
        meanwhile is then either still unsettled or done, never neither."""
        with snapshot(self._conn):
            kept, as_of = history.recent(self._conn, card, limit=limit)
            return history.HistorySources(
                kept=kept,
                as_of=as_of,
                local=outbox.listing(self._conn, UNSETTLED, card=card)
                + outbox.listing(self._conn, (OperationState.FAILED,), card=card),
                done=outbox.recent_done(self._conn, card, limit=limit),
            )

    def recent_movements(self, card: str, *, limit: int = 20) -> tuple[list[dict[str, Any]], float | None]:
        """The kept movements, newest first, and when they were fetched (None if never)."""
        with guard():
            return history.recent(self._conn, card, limit=limit)

    # directory

    def apply_directory_page(self, page: DirectoryPage) -> None:
        """Keep the page's cards; an `erased` entry deletes all that is kept of its customer (kiosk.store.erasure)."""
        erased = [entry for entry in page.cards if entry.erased]
        forgot: list[tuple[int | None, set[str]]] = []
        with write(self._conn):
            for entry in erased:
                cards = erasure.forget_customer(self._conn, customerid=entry.customerid, cards=[entry.card])
                forgot.append((entry.customerid, cards | {entry.card}))
            directory.apply_page(self._conn, page, now=self._clock())
        for customerid, cards in forgot:
            self._forgotten(customerid, cards)

    def directory_cursor(self) -> str:
        with guard():
            return directory.cursor(self._conn)

    def find_in_directory(
        self, *, card: str | None = None, emailhash: str | None = None, mobilehash: str | None = None
    ) -> list[DirectoryMatch]:
        keys = {"card": card, "emailhash": emailhash, "mobilehash": mobilehash}
        given = {name: value for name, value in keys.items() if value is not None}
        if len(given) != 1:
            raise ValueError("find_in_directory takes exactly one of card, emailhash, mobilehash")
        ((column, value),) = given.items()
        with guard():
            return directory.find(self._conn, column, value)

    def directory_size(self) -> int:
        with guard():
            return directory.size(self._conn)

    def directory_refetching(self) -> bool:
        """True while the directory is fetched again after its hashes were dropped."""
        with guard():
            return directory.refetching(self._conn)

    # outbox

    def enqueue(self, op: NewOperation, *, inflight: bool = False) -> Operation:
        """Save the operation; when this returns it is on disk and its pending effect is shown.

        `inflight`: saved as an attempt under way, for a call the caller makes at once
        (a PIN-checked redemption). ValueError (nothing saved) if the body holds a
        PIN or the type is unknown.
        """
        with write(self._conn):
            return outbox.append(self._conn, op, now=self._clock(), inflight=inflight)

    def operation(self, operationid: str) -> Operation | None:
        with guard():
            return outbox.by_id(self._conn, operationid)

    def due(self, now: float, *, limit: int = 100) -> list[Operation]:
        with guard():
            return outbox.due(self._conn, now, limit)

    def next_due_at(self) -> float | None:
        with guard():
            return outbox.next_due_at(self._conn)

    def mark_inflight(self, operationid: str) -> None:
        with write(self._conn):
            outbox.require_state(self._conn, operationid, UNSETTLED)
            self._conn.execute(
                "UPDATE outbox SET state = ?, attempts = attempts + 1 WHERE operationid = ?",
                (OperationState.INFLIGHT.value, operationid),
            )

    def mark_done(self, operationid: str, *, result: dict[str, Any], points: int, credit: int) -> None:
        """Settle it: the pending effect leaves and the server's balance arrives in one commit."""
        with write(self._conn):
            op = outbox.require_state(self._conn, operationid, UNSETTLED)
            now = self._clock()
            outbox.set_state(
                self._conn,
                operationid,
                OperationState.DONE,
                result=json.dumps(result, separators=(",", ":")),
                settled_at=now,
                last_error=None,
            )
            cache.settle_balance(self._conn, op.card, points=points, credit=credit, now=now)
            movement = result.get("movement")
            if isinstance(movement, dict) and isinstance(movement.get("movementid"), int):
                # The card's kept list predates this movement: without it, the till's history
                # offline would lack what its balance already includes.
                history.add_settled(self._conn, op.card, movement, now=now)

    def mark_retry(self, operationid: str, *, error: Notice, next_attempt_at: float) -> None:
        with write(self._conn):
            outbox.require_state(self._conn, operationid, UNSETTLED)
            outbox.set_state(
                self._conn, operationid, OperationState.PENDING, last_error=error.to_code(), next_attempt_at=next_attempt_at
            )

    def mark_failed(self, operationid: str, *, error: Notice) -> None:
        """Park it for staff: its pending effect is undone and the card's later operations go on."""
        with write(self._conn):
            outbox.require_state(self._conn, operationid, UNSETTLED)
            outbox.set_state(
                self._conn, operationid, OperationState.FAILED, last_error=error.to_code(), settled_at=self._clock()
            )

    def mark_refused(self, operationid: str, *, error: Notice) -> None:
        """The server refused a call made at the counter (a wrong PIN, say): nothing happened, nothing for staff to do.

        Kept as a discarded record with the reason; its pending effect leaves at once.
        """
        with write(self._conn):
            outbox.require_state(self._conn, operationid, UNSETTLED)
            outbox.set_state(
                self._conn, operationid, OperationState.DISCARDED, last_error=error.to_code(), settled_at=self._clock()
            )

    def offline_redeemed(self, *, since: float, card: str | None = None) -> int:
        """Points redeemed with a manager's offline approval since `since` (epoch seconds), of one card or all."""
        with guard():
            return outbox.offline_redeemed(self._conn, since=since, card=card)

    def retry(self, operationid: str) -> None:
        """Staff send a failed operation again, now, as if new (its pending effect returns)."""
        with write(self._conn):
            outbox.require_state(self._conn, operationid, (OperationState.FAILED,))
            outbox.set_state(
                self._conn,
                operationid,
                OperationState.PENDING,
                attempts=0,
                next_attempt_at=self._clock(),
                settled_at=None,
            )

    def send_waiting_now(self) -> int:
        """A person asked to sync now: every pending operation is due at once, whatever its backoff
        or the server's Retry-After said. Returns how many were waiting."""
        with write(self._conn):
            cursor = self._conn.execute(
                "UPDATE outbox SET next_attempt_at = ? WHERE state = ? AND next_attempt_at > ?",
                (self._clock(), OperationState.PENDING.value, self._clock()),
            )
            return int(cursor.rowcount)

    def discard(self, operationid: str) -> None:
        """Staff give up on a failed operation; it stays in the file as a record."""
        with write(self._conn):
            outbox.require_state(self._conn, operationid, (OperationState.FAILED,))
            # Settled anew: kept as a record for the pruning period from now, not from when it failed.
            outbox.set_state(self._conn, operationid, OperationState.DISCARDED, settled_at=self._clock())

    def waiting_counts(self) -> tuple[int, int]:
        """(pending or inflight, failed): cheap enough to ask after every pass, whatever the outbox holds."""
        with guard():
            return outbox.waiting_counts(self._conn)

    def prune_settled(self, *, keep_days: float, batch: int = 5000) -> int:
        """Delete done and discarded operations settled more than `keep_days` ago; returns how many.

        Failed ones stay for staff. Each batch is its own short transaction, so
        the counter is never held up by a large first pruning.
        """
        before = self._clock() - keep_days * 86400
        removed = 0
        while True:
            with write(self._conn):
                gone = outbox.prune_settled(self._conn, before=before, limit=batch)
            removed += gone
            if gone < batch:
                return removed

    def counts(self) -> dict[OperationState, int]:
        with guard():
            return outbox.counts(self._conn)

    def failed(self) -> list[Operation]:
        with guard():
            return outbox.listing(self._conn, (OperationState.FAILED,))

    def unsettled(self, *, card: str | None = None) -> list[Operation]:
        """Operations not yet settled (of one card when given), oldest first."""
        with guard():
            return outbox.listing(self._conn, UNSETTLED, card=card)

    def data_version(self) -> int:
        """Changes whenever another connection commits: how a worker notices another process's enqueue."""
        with guard():
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
