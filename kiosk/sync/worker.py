"""The sync worker: drains the outbox to the loyalty server, oldest first, in order per card."""

from __future__ import annotations

import dataclasses
import logging
import math
import os
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.api import LoyaltyError
from kiosk.store import OperationState, StoreError
from kiosk.sync.backoff import Backoff
from kiosk.sync.connectivity import Connectivity, ConnectivityState, ConnectivityWatch
from kiosk.sync.underway import CallsUnderWay

if TYPE_CHECKING:
    # Annotations only: kiosk.api.client loads httpx, which the counter loads on first use (kiosk.app.ClientOnFirstUse).
    from kiosk.api.client import LoyaltyClient
    from kiosk.store import Store

# The counter makes its worker before its first paint and starts it after: what only a running worker
# uses (the store's SQL, sending and settling with the answers' models, the directory) is imported
# where it is first used, on the worker's thread (tests/unit/test_start_imports.py).

__all__ = ["SyncWorker", "DrainReport", "LEASE_SECONDS", "holder_gone"]

log = logging.getLogger("kiosk.sync")

# Card heads asked of the store per round, on top of those already tried in this drain.
_ROUND = 100
# Directory pages fetched between two outbox passes: a few thousand cards, well under a second.
_DIRECTORY_PAGES = 5
#: How long the sender's lease lasts unless renewed: a sender that dies (kill -9, a
#: power cut) is taken over by a waiting one this long after its last renewal.
LEASE_SECONDS = 15.0
# The holder renews it this often, well inside its length.
_LEASE_RENEW = LEASE_SECONDS / 3
# A sender waiting for the lease looks again this often.
_LEASE_LOOK = 1.0
# `kiosk sync --once` beside a running sender hands it the work and waits at most this long.
_HANDOVER_WAIT = 60.0
# How often the running thread prunes old settled operations (it also does at start).
_PRUNE_EVERY = 6 * 3600.0
# How often the running thread looks whether the daily backup of the store is due.
_BACKUP_LOOK_EVERY = 3600.0
# After a failed directory refresh, try again this much later (or sooner if the refresh interval is shorter).
_DIRECTORY_RETRY = 60.0


def holder_gone(holder: str) -> bool:
    """True when `holder` was a process of this machine that no longer exists (killed, crashed).

    Its lease is then taken at once rather than when it runs out. Any doubt (another
    machine, a pid now used by another process, no permission to ask) says alive.
    """
    parts = holder.rsplit(":", 2)
    if len(parts) != 3 or parts[0] != socket.gethostname() or not parts[1].isdigit():
        return False
    try:
        os.kill(int(parts[1]), 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError):
        return False
    return False


@dataclasses.dataclass(frozen=True)
class DrainReport:
    """What one drain did: operations sent, parked as failed, and still unsettled after it."""

    sent: int
    failed: int
    left: int


class SyncWorker:
    """Sends the outbox of the store at `store_path` through `client`.

    Each card's operations go strictly in order; different cards are
    independent, so one card waiting on a backoff or parked as failed never
    holds another back. Use `drain_once()` for one pass in the calling thread,
    or `start()` for a long-lived daemon thread that sleeps until there is
    work. Either way the worker opens its own Store: a Store belongs to one thread.
    """

    def __init__(
        self,
        store_path: Path,
        client: LoyaltyClient,
        *,
        clock: Callable[[], float] = time.time,
        backoff: Backoff | None = None,
        poll_interval: float = 0.5,
        on_change: Callable[[Connectivity], None] | None = None,
        directory_every: float | None = None,
        keep_days: float | None = None,
        under_way: CallsUnderWay | None = None,
    ) -> None:
        """`directory_every`: the thread also keeps the card directory fresh, this many seconds apart (None: never).

        `keep_days`: the thread prunes done and discarded operations settled longer ago (None: never).
        `under_way`: the calls the counter of this process is making itself, left to it (None: no counter here).
        """
        self._store_path = Path(store_path)
        self._client = client
        self._clock = clock
        self._backoff = backoff if backoff is not None else Backoff()
        self._under_way = under_way if under_way is not None else CallsUnderWay()
        self._settled = 0  # operations this worker has sent or failed: the connectivity says it moved
        self._poll_interval = poll_interval
        self._watch = ConnectivityWatch(clock=clock, on_change=on_change)
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._directory_every = directory_every if directory_every and directory_every > 0 else None
        # When the next directory pages are due; the first refresh starts with the thread.
        self._directory_due: float | None = 0.0 if self._directory_every else None
        self._directory_fresh_round = True  # the next pages start a new round (the campaign is read first)
        self._keep_days = keep_days
        self._prune_due = 0.0  # the first pruning comes with the thread's start
        self._backup_due = 0.0  # and the first look at the daily backup
        # Who this sender is in the store's lease: unique per worker, readable in support's eyes.
        self.holder = f"{socket.gethostname()}:{os.getpid()}:{os.urandom(4).hex()}"
        self._holding = False
        self._renewed = -math.inf  # time.monotonic() of the last renewal

    @property
    def connectivity(self) -> Connectivity:
        return self._watch.current

    def heard(self, error: LoyaltyError | None = None) -> None:
        """A call was answered (`error` None) or failed with `error`: every call of the client tells of the link
        as much as the worker's own (the client's `heard`, kiosk.api.wire). Thread-safe."""
        if error is None:
            self._watch.reached()
            return
        from kiosk.sync.triage import link_of

        link = link_of(error)
        if link is ConnectivityState.ONLINE:
            self._watch.reached()  # a refusal the server meant: it answers
        else:
            self._watch.trouble(link, error.notice)

    # -- one pass ----------------------------------------------------------

    def drain_once(self, *, include_waiting: bool = False) -> DrainReport:
        """Send every operation due now, in the calling thread, without waiting on any backoff.

        `include_waiting` also sends the operations whose backoff has not run
        out yet: a person asked to sync now (`kiosk sync --once`), and the
        server's Retry-After is then theirs to overrule.
        """
        from kiosk.store import open_store

        with open_store(self._store_path, clock=self._clock) as store:
            if not self._hold(store):
                return self._hand_over(store)
            try:
                report = self._drain(store, stopping=lambda: not self._hold(store), include_waiting=include_waiting)
                # A till that only ever runs `kiosk sync --once` prunes and backs up too.
                self._prune(store)
                self._backup(store)
                return report
            finally:
                self._let_go(store)

    # -- the lease: one sender per store ---------------------------------------

    def _hold(self, store: Store) -> bool:
        """Whether this worker may send now: takes, or renews when due, the store's sender lease."""
        if self._holding and time.monotonic() - self._renewed < _LEASE_RENEW:
            return True
        # The wall clock, not the injected one: the lease is read by other processes.
        held = store.take_sender_lease(self.holder, seconds=LEASE_SECONDS, now=time.time(), gone=holder_gone)
        if held:
            self._renewed = time.monotonic()
            if not self._holding:
                log.info("this process now sends the outbox (lease %s)", self.holder)
        elif self._holding:
            log.info("another process took over sending the outbox")
        self._holding = held
        return held

    def _let_go(self, store: Store) -> None:
        if self._holding:
            self._holding = False
            store.release_sender_lease(self.holder)

    def _hand_over(self, store: Store) -> DrainReport:
        """Another process sends from this store: make everything waiting due now, and wait for it to be sent."""
        lease = store.sender_lease()
        log.info("another process (%s) sends from this store: asking it to send now", lease[0] if lease else "?")
        before = store.counts()
        store.send_waiting_now()
        deadline = time.monotonic() + _HANDOVER_WAIT
        while store.due(self._clock(), limit=1) and time.monotonic() < deadline:
            lease = store.sender_lease()
            if lease is None or lease[1] < time.time():
                break  # the other sender is gone: the caller's next attempt sends itself
            time.sleep(0.2)
        after = store.counts()
        done = OperationState.DONE
        return DrainReport(
            sent=max(0, after[done] - before[done]),
            failed=max(0, after[OperationState.FAILED] - before[OperationState.FAILED]),
            left=self._publish_counts(store),
        )

    def _drain(self, store: Store, *, stopping: Callable[[], bool], include_waiting: bool = False) -> DrainReport:
        from kiosk.sync.settle import Outcome, settle_operation

        sent = failed = 0
        # Each operation is tried at most once per drain, so a short backoff
        # cannot keep one drain going forever; a card whose head was sent is
        # asked again in the next round, so its next operation follows at once.
        tried: set[str] = set()
        # Published first too: an operation saved since the last pass shows as pending now.
        self._publish_counts(store)
        while not stopping():
            horizon = math.inf if include_waiting else self._clock()
            due = [op for op in store.due(horizon, limit=len(tried) + _ROUND) if op.operationid not in tried]
            if not due:
                break
            for op in due:
                if stopping():
                    break
                tried.add(op.operationid)
                settled = settle_operation(
                    store, self._client, op, clock=self._clock, backoff=self._backoff, under_way=self._under_way
                )
                sent += settled.outcome is Outcome.SENT
                failed += settled.outcome is Outcome.FAILED
                self._settled += settled.outcome in (Outcome.SENT, Outcome.FAILED)
                if settled.link is ConnectivityState.ONLINE:
                    self._watch.reached()
                elif settled.link is not None:
                    self._watch.trouble(settled.link, settled.error)
            self._publish_counts(store)
        return DrainReport(sent=sent, failed=failed, left=self._publish_counts(store))

    def _publish_counts(self, store: Store) -> int:
        pending, failed = store.waiting_counts()
        self._watch.counts(pending=pending, failed=failed, settled=self._settled)
        return pending

    def _prune(self, store: Store) -> None:
        """Old settled operations leave the file, now and then (never failed ones: staff must see those)."""
        if self._keep_days is None or self._prune_due > self._clock() or self._stopping.is_set():
            return
        self._prune_due = self._clock() + _PRUNE_EVERY
        removed = store.prune_settled(keep_days=self._keep_days)
        if removed:
            log.info("pruned %d operations settled more than %g days ago", removed, self._keep_days)

    def _backup(self, store: Store) -> None:
        """The store's daily backup, when a day has passed since the newest (7 are kept)."""
        if self._backup_due > self._clock() or self._stopping.is_set():
            return
        self._backup_due = self._clock() + _BACKUP_LOOK_EVERY
        made = store.backup_if_due()
        if made is not None:
            log.info("daily backup of the terminal's database: %s", made.name)

    # -- the thread --------------------------------------------------------

    def start(self) -> None:
        """Start the background thread; it runs until `stop()`."""
        if self._thread is not None and self._thread.is_alive():
            raise RuntimeError("the sync worker is already running")
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="kiosk-sync", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Look at the outbox now (a new operation was saved, or the network came back)."""
        self._wake.set()

    def request_stop(self) -> None:
        """Ask the thread to stop after the call in progress, and return at once (see `running`)."""
        self._stopping.set()
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop after the call in progress, if any; waits up to `timeout` seconds for the thread."""
        self.request_stop()
        thread = self._thread
        if thread is None:
            return
        thread.join(timeout)
        if thread.is_alive():
            log.warning("the sync worker did not stop within %.1f s", timeout)
        else:
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        from kiosk.store import open_store

        try:
            with open_store(self._store_path, clock=self._clock) as store:
                try:
                    self._serve(store)
                finally:
                    try:
                        self._let_go(store)
                    except StoreError as exc:
                        log.warning("could not hand the sending over: %s (%s)", exc.what.value, exc.code)
        except StoreError as exc:
            # A damaged or unreadable file: what, and the details in the code.
            log.error("the sync worker cannot use the store (%s): %s", exc.code, exc.what.value)
        except Exception:
            log.exception("the sync worker stopped")

    def _serve(self, store: Store) -> None:
        seen = store.data_version()
        waiting_said = False
        while not self._stopping.is_set():
            # Cleared before the pass, so a wake() during it brings another pass.
            self._wake.clear()
            try:
                if not self._hold(store):
                    # Another process (the app, `kiosk sync --watch`) sends: wait quietly,
                    # still showing what waits, and take over if its lease runs out.
                    if not waiting_said:
                        lease = store.sender_lease()
                        log.info("another process (%s) sends from this store: waiting", lease[0] if lease else "?")
                        waiting_said = True
                    self._publish_counts(store)
                    self._wake.wait(_LEASE_LOOK)
                    continue
                waiting_said = False
                self._drain(store, stopping=lambda: self._stopping.is_set() or not self._hold(store))
                self._refresh_directory(store)
                self._prune(store)
                self._backup(store)
                seen = self._sleep(store, seen)
            except StoreError as exc:
                log.error("sync pass stopped by the store: %s (%s)", exc.what.value, exc.code)
                self._wake.wait(self._poll_interval)
            except Exception as exc:
                if self._stopping.is_set():
                    # Left behind by a stop or a restart, whose client is closed under the call: no bug.
                    log.info("sync pass ended by the stop (%s)", type(exc).__name__)
                    break
                # The thread must outlive a bug in one pass; the operation
                # it was on stays inflight and is checked on the next one.
                log.exception("sync pass failed")
                self._wake.wait(self._poll_interval)

    def _refresh_directory(self, store: Store) -> None:
        """A few pages of the card directory when due; the outbox gets its turn again in between."""
        from kiosk.sync.directory import sync_directory

        if self._directory_due is None or self._directory_due > self._clock() or self._stopping.is_set():
            return
        assert self._directory_every is not None
        try:
            report = sync_directory(
                self._client, store, max_pages=_DIRECTORY_PAGES, with_campaign=self._directory_fresh_round
            )
        except LoyaltyError as exc:
            # Offline or refused: look-ups use what is already here; the outbox is unaffected.
            log.info("card directory not refreshed: %s", exc.problem.value)
            self.heard(exc)  # the link as this call met it, even with nothing in the outbox
            self._directory_fresh_round = True
            self._directory_due = self._clock() + min(_DIRECTORY_RETRY, self._directory_every)
            return
        self.heard(None)
        self._directory_fresh_round = report.complete
        self._directory_due = self._clock() + (self._directory_every if report.complete else 0.0)

    def _sleep(self, store: Store, seen: int) -> int:
        """Wait for the next backoff to expire, a wake(), or another connection's commit.

        Returns the data_version last seen. PRAGMA data_version changes only
        for commits by other connections, so the worker's own writes never wake it.
        """
        while not self._stopping.is_set():
            if not self._hold(store):  # renewed while idle; lost, the next pass waits instead
                return seen
            now = self._clock()
            next_at = store.next_due_at()
            if self._directory_due is not None:
                next_at = self._directory_due if next_at is None else min(next_at, self._directory_due)
            if next_at is not None and next_at <= now:
                return seen
            timeout = self._poll_interval if next_at is None else min(self._poll_interval, next_at - now)
            if self._wake.wait(timeout):
                return seen
            version = store.data_version()
            if version != seen:
                return version
        return seen
