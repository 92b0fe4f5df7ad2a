"""The sync worker against the real sandbox: once each, in order per card, through faults, restarts and refusals."""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk.cli_text import say
from kiosk.api import LoyaltyClient, LoyaltyError, MovementResult, NetworkError, SandboxControl, TerminalLogin
from kiosk.domain.identifiers import with_check_digit
from kiosk.store import NewOperation, Operation, OperationState, Store, health, open_store
from kiosk.sync import PIN_GRACE_SECONDS, Backoff, Connectivity, ConnectivityState, SyncWorker
from kiosk.sync.connectivity import ConnectivityWatch
from kiosk.sync.underway import CallsUnderWay
from kiosk.sync.worker import DrainReport
from tests.helpers import terminal_client, wait_until

GIULIA = with_check_digit("200000000001")  # active, 1250 points, PIN 1234
UNREGISTERED = with_check_digit("200000000002")  # active, 300 points
MARCO = with_check_digit("200000000003")  # blocked
LUCA = with_check_digit("200000000005")  # active, 40 points
WHEN = dt.datetime(2026, 11, 22, 10, 42, tzinfo=dt.timezone.utc)
MOVEMENTS = "/terminal/movement"
# Retries due within microseconds: the next drain_once() in a test always finds them due
# (with a 10 ms cap, a fast machine came back before the backoff had run out).
QUICK = Backoff(base=0.000001, cap=0.00001)




def _purchase(store: Store, card: str, amount: int = 1000, receipt: str = "R-1") -> Operation:
    body = {"card": card, "amount": amount, "receipt": receipt, "datetime": WHEN.strftime("%Y-%m-%dT%H:%M:%SZ")}
    return store.enqueue(NewOperation(type="purchase", card=card, body=body, points_delta=amount // 100))


def _server_order(client: LoyaltyClient, card: str, ours: list[Operation]) -> list[str]:
    """Our operation ids as the server's own history holds them, oldest first (repeats included)."""
    wanted = {op.operationid for op in ours}
    history = reversed(client.movements(card, limit=200))
    return [m.operationid for m in history if m.operationid in wanted]


def _assert_cache_matches_server(store: Store, client: LoyaltyClient, card: str) -> None:
    cached = store.cached_card(card)
    server = client.card(card=card)
    assert cached is not None
    assert (cached.server_points, cached.server_credit) == (server.points, server.credit)
    assert (cached.pending_points, cached.pending_credit, cached.pending_count) == (0, 0, 0)


class Recorder:
    """Collects every Connectivity the worker reports and lets a test wait for one."""

    def __init__(self) -> None:
        self.seen: list[Connectivity] = []
        self._changed = threading.Condition()

    def __call__(self, connectivity: Connectivity) -> None:
        with self._changed:
            self.seen.append(connectivity)
            self._changed.notify_all()

    def wait_for(self, wanted: Callable[[Connectivity], bool], timeout: float = 10.0) -> Connectivity:
        with self._changed:
            if not self._changed.wait_for(lambda: bool(self.seen) and wanted(self.seen[-1]), timeout):
                raise AssertionError(f"no such connectivity within {timeout} s; last: {self.seen[-1:]}")
            return self.seen[-1]


# -- queued offline, sent once in order -------------------------------------


def test_purchases_queued_offline_reach_the_server_once_each_in_order(
    store: Store, store_path: Path, client: LoyaltyClient, sandbox: Any, dead_url: str
) -> None:
    ops = {card: [_purchase(store, card, 100 * (i + 1), f"R-{card[-3:]}-{i}") for i in range(4)]
           for card in (GIULIA, UNREGISTERED, LUCA)}

    with terminal_client(dead_url, sandbox.demo) as offline:
        report = SyncWorker(store_path, offline, backoff=QUICK).drain_once()
    assert (report.sent, report.failed, report.left) == (0, 0, 12)
    # Only each card's head was tried: the others wait behind it, untouched.
    assert [store.operation(op.operationid).attempts for op in ops[GIULIA]] == [1, 0, 0, 0]

    report = SyncWorker(store_path, client, backoff=QUICK).drain_once()

    assert (report.sent, report.failed, report.left) == (12, 0, 0)
    for card, queued in ops.items():
        assert _server_order(client, card, queued) == [op.operationid for op in queued]
        assert all(store.operation(op.operationid).state is OperationState.DONE for op in queued)
        _assert_cache_matches_server(store, client, card)
    assert client.card(card=LUCA).points == 40 + (1 + 2 + 3 + 4)


def test_the_stored_result_is_the_servers_answer(store: Store, store_path: Path, client: LoyaltyClient) -> None:
    op = _purchase(store, GIULIA, 2500)
    SyncWorker(store_path, client, backoff=QUICK).drain_once()

    done = store.operation(op.operationid)
    assert done.state is OperationState.DONE and done.settled_at is not None and done.last_error is None
    result = MovementResult.from_json(done.result)
    [movement] = [m for m in client.movements(GIULIA) if m.operationid == op.operationid]
    assert result.movementid == movement.movementid
    assert result.balance.points == client.card(card=GIULIA).points


def test_top_up_and_reversal_are_sent_too(store: Store, store_path: Path, client: LoyaltyClient) -> None:
    worker = SyncWorker(store_path, client, backoff=QUICK)
    purchase = _purchase(store, LUCA, 5000)
    top_up = store.enqueue(NewOperation(type="loadcredit", card=LUCA, body={"credit": 700}, credit_delta=700))
    worker.drain_once()
    movementid = store.operation(purchase.operationid).result["movementid"]
    reversal = store.enqueue(NewOperation(type="reversal", card=LUCA, body={"movementid": movementid}, points_delta=-50))

    assert worker.drain_once().sent == 1

    assert _server_order(client, LUCA, [purchase, top_up, reversal]) == [
        purchase.operationid, top_up.operationid, reversal.operationid
    ]
    assert (client.card(card=LUCA).points, client.card(card=LUCA).credit) == (40, 700)
    _assert_cache_matches_server(store, client, LUCA)


# -- lost answers and crashes ---------------------------------------------------


def test_a_dropped_answer_is_settled_without_a_double(
    store: Store, store_path: Path, client: LoyaltyClient, control: SandboxControl
) -> None:
    recorder = Recorder()
    worker = SyncWorker(store_path, client, backoff=QUICK, on_change=recorder)
    op = _purchase(store, GIULIA, 1234)
    control.set_faults(dropcount=1, path=MOVEMENTS)

    first = worker.drain_once()
    assert (first.sent, first.left) == (0, 1)
    assert store.operation(op.operationid).state is OperationState.PENDING
    assert worker.connectivity.state is ConnectivityState.DEGRADED

    second = worker.drain_once()

    assert (second.sent, second.left) == (1, 0)
    assert _server_order(client, GIULIA, [op]) == [op.operationid]  # applied once, though sent twice
    assert store.operation(op.operationid).result["replayed"] is True
    assert worker.connectivity.state is ConnectivityState.ONLINE
    _assert_cache_matches_server(store, client, GIULIA)


def test_an_operation_left_inflight_by_a_crash_is_asked_about_not_repeated(
    store: Store, store_path: Path, client: LoyaltyClient, control: SandboxControl
) -> None:
    applied = _purchase(store, GIULIA, 900, "R-applied")
    lost = _purchase(store, UNREGISTERED, 800, "R-lost")
    # The crashed process had marked both and sent only the first, whose answer it never saw.
    store.mark_inflight(applied.operationid)
    store.mark_inflight(lost.operationid)
    client.purchase(GIULIA, amount=900, receipt="R-applied", operationid=applied.operationid, when=WHEN)

    report = SyncWorker(store_path, client, backoff=QUICK).drain_once()

    assert (report.sent, report.left) == (2, 0)
    assert _server_order(client, GIULIA, [applied]) == [applied.operationid]
    assert _server_order(client, UNREGISTERED, [lost]) == [lost.operationid]
    assert store.operation(applied.operationid).attempts == 2
    _assert_cache_matches_server(store, client, GIULIA)
    _assert_cache_matches_server(store, client, UNREGISTERED)


def test_a_repeat_meeting_the_first_call_still_running_waits_for_it(
    store: Store, store_path: Path, sandbox: Any, control: SandboxControl
) -> None:
    with LoyaltyClient(
        sandbox.url, api_key=sandbox.demo["apikey"], campaign_id=sandbox.demo["campaignid"],
        # Patient enough for a sign-in's password hash on a busy machine, not for the purchase held 3 s.
        terminal=TerminalLogin(**sandbox.demo["terminal"]), read_timeout=1.0,
    ) as impatient:
        impatient.campaign()
        worker = SyncWorker(store_path, impatient, backoff=QUICK)
        op = _purchase(store, GIULIA)
        control.set_faults(delayms=3000, path=MOVEMENTS)
        worker.drain_once()  # gives up waiting; the server is still at it
        assert worker.connectivity.state is ConnectivityState.DEGRADED
        control.clear_faults()

        worker.drain_once()  # the repeat meets the key still running: 409/62
        running = store.operation(op.operationid)
        assert running.state is OperationState.PENDING and running.attempts == 2
        assert say(running.last_error).startswith("The loyalty server is still working on this operation")
        assert worker.connectivity.state is ConnectivityState.ONLINE

        # Each pass meets the key still running (409/62) until the server's call ends.
        wait_until(lambda: not worker.drain_once().left, within=10, what="the repeat to be answered", every=0.1)
        assert store.operation(op.operationid).state is OperationState.DONE
        assert _server_order(impatient, GIULIA, [op]) == [op.operationid]


# -- backoff -----------------------------------------------------------------------


def test_503_with_retry_after_is_honoured(
    store: Store, store_path: Path, client: LoyaltyClient, control: SandboxControl
) -> None:
    op = _purchase(store, GIULIA)
    control.set_faults(status=503, count=1, retryafter=30, path=MOVEMENTS)
    before = time.time()

    # The server's wait is honoured up to the cap (QUICK's would undercut it).
    slow = Backoff(base=0.000001, cap=300)
    report = SyncWorker(store_path, client, backoff=slow).drain_once()

    waiting = store.operation(op.operationid)
    assert (report.sent, report.left) == (0, 1)
    assert waiting.state is OperationState.PENDING and waiting.attempts == 1
    assert waiting.next_attempt_at >= before + 30
    assert waiting.last_error is not None and "30 seconds" in say(waiting.last_error)
    # Not due yet, so a drain now leaves it alone even though the fault is gone...
    assert SyncWorker(store_path, client, backoff=QUICK).drain_once() == report
    assert store.operation(op.operationid).attempts == 1
    # ...unless a person asks to sync now.
    assert SyncWorker(store_path, client, backoff=QUICK).drain_once(include_waiting=True).sent == 1


def test_a_retry_after_of_a_day_parks_an_operation_only_for_the_backoff_cap(
    store: Store, store_path: Path, client: LoyaltyClient, control: SandboxControl
) -> None:
    op = _purchase(store, GIULIA)
    control.set_faults(status=503, count=1, retryafter=86400, path=MOVEMENTS)
    before = time.time()

    report = SyncWorker(store_path, client, backoff=Backoff(base=1, cap=300)).drain_once()

    waiting = store.operation(op.operationid)
    assert (report.sent, report.left) == (0, 1)
    assert waiting.state is OperationState.PENDING
    assert before + 150 <= waiting.next_attempt_at <= time.time() + 300
    # Sync now (`kiosk sync --once`) does not wait even for that.
    assert SyncWorker(store_path, client).drain_once(include_waiting=True).sent == 1


def test_backoff_grows_with_each_failed_attempt(
    store: Store, store_path: Path, client: LoyaltyClient, control: SandboxControl
) -> None:
    now = [1_000_000.0]
    worker = SyncWorker(store_path, client, backoff=Backoff(base=10, cap=40), clock=lambda: now[0])
    with open_store(store_path, clock=lambda: now[0]) as timed:
        op = _purchase(timed, GIULIA)
    control.set_faults(status=500, count=10, path=MOVEMENTS)
    waits = []
    for _ in range(4):
        worker.drain_once()
        next_at = store.operation(op.operationid).next_attempt_at
        waits.append(next_at - now[0])
        now[0] = next_at

    assert 5 <= waits[0] <= 10 and 10 <= waits[1] <= 20 and 20 <= waits[2] <= 40 and 20 <= waits[3] <= 40


# -- refusals -----------------------------------------------------------------------


def test_a_blocked_card_is_parked_failed_and_blocks_nobody(
    store: Store, store_path: Path, client: LoyaltyClient
) -> None:
    store.remember_card(client.card(card=MARCO))
    first = _purchase(store, MARCO, 1500, "R-M1")
    other = _purchase(store, GIULIA, 2000, "R-G1")
    later = _purchase(store, MARCO, 3000, "R-M2")
    assert store.cached_card(MARCO).pending_points == 15 + 30

    report = SyncWorker(store_path, client, backoff=QUICK).drain_once()

    assert (report.sent, report.failed, report.left) == (1, 2, 0)
    for op in (first, later):
        parked = store.operation(op.operationid)
        assert parked.state is OperationState.FAILED and parked.attempts == 1
        assert say(parked.last_error) == "This card is blocked or was replaced: ask the customer for their current card."
    assert store.operation(other.operationid).state is OperationState.DONE
    marco = store.cached_card(MARCO)
    assert (marco.pending_points, marco.pending_count, marco.points) == (0, 0, 800)
    assert [f.operationid for f in store.failed()] == [first.operationid, later.operationid]
    _assert_cache_matches_server(store, client, GIULIA)


def test_a_failed_operation_retried_after_the_card_is_unblocked_goes_through(
    store: Store, store_path: Path, client: LoyaltyClient
) -> None:
    worker = SyncWorker(store_path, client, backoff=QUICK)
    first = _purchase(store, MARCO, 1500, "R-M1")
    later = _purchase(store, MARCO, 3000, "R-M2")
    worker.drain_once()
    client.unblock_card(MARCO)

    store.retry(first.operationid)
    store.retry(later.operationid)
    report = worker.drain_once()

    assert (report.sent, report.failed, report.left) == (2, 0, 0)
    assert _server_order(client, MARCO, [first, later]) == [first.operationid, later.operationid]
    assert client.card(card=MARCO).points == 800 + 15 + 30
    _assert_cache_matches_server(store, client, MARCO)


@pytest.mark.parametrize(
    "body",
    [
        {"card": GIULIA, "amount": 100},
        {"card": GIULIA, "amount": 100, "receipt": "R-1", "datetime": "2026-11-22T10:42:00"},  # no zone
    ],
    ids=["missing", "no-zone"],
)
def test_an_unusable_body_is_parked_with_a_message(
    store: Store, store_path: Path, client: LoyaltyClient, body: dict
) -> None:
    op = store.enqueue(NewOperation(type="purchase", card=GIULIA, body=body))

    assert SyncWorker(store_path, client, backoff=QUICK).drain_once().failed == 1

    parked = store.operation(op.operationid)
    assert parked.state is OperationState.FAILED
    assert say(parked.last_error) == "This purchase was saved incomplete and cannot be sent: discard it and enter it again."


def test_a_redemption_is_left_to_the_counter_then_settled_by_asking(
    store: Store, store_path: Path, client: LoyaltyClient
) -> None:
    now = [time.time()]
    worker = SyncWorker(store_path, client, backoff=QUICK, clock=lambda: now[0])
    made = store.enqueue(NewOperation(type="burnpoints", card=GIULIA, body={"points": 200}, points_delta=-200))
    lost = store.enqueue(NewOperation(type="burnpoints", card=LUCA, body={"points": 100}, points_delta=-100))

    report = worker.drain_once()  # within the grace: the counter is making these calls itself
    assert (report.sent, report.failed, report.left) == (0, 0, 2)
    assert store.operation(made.operationid).next_attempt_at == pytest.approx(made.created_at + PIN_GRACE_SECONDS)
    # The counter's call for Giulia went through, but it crashed before writing the outcome.
    client.burn_points(GIULIA, points=200, pincode="1234", operationid=made.operationid)

    now[0] += PIN_GRACE_SECONDS + 1
    report = worker.drain_once()

    assert (report.sent, report.failed, report.left) == (1, 1, 0)
    assert store.operation(made.operationid).state is OperationState.DONE
    assert _server_order(client, GIULIA, [made]) == [made.operationid]
    _assert_cache_matches_server(store, client, GIULIA)
    never = store.operation(lost.operationid)
    assert never.state is OperationState.FAILED and "PIN" in say(never.last_error)
    assert _server_order(client, LUCA, [lost]) == []


def test_after_a_restart_a_redemption_the_server_applied_is_settled_at_once(
    store: Store, store_path: Path, client: LoyaltyClient
) -> None:
    # The counter saved it in flight and made the call; the app died before the answer was written.
    made = store.enqueue(NewOperation(type="burnpoints", card=GIULIA, body={"card": GIULIA, "points": 200},
                                      points_delta=-200), inflight=True)
    client.burn_points(GIULIA, points=200, pincode="1234", operationid=made.operationid)

    report = SyncWorker(store_path, client, backoff=QUICK).drain_once()  # the next start: no grace to wait

    assert (report.sent, report.failed, report.left) == (1, 0, 0)
    assert store.operation(made.operationid).state is OperationState.DONE
    assert client.card(card=GIULIA).points == 1050  # burnt once
    _assert_cache_matches_server(store, client, GIULIA)


def test_a_redemption_whose_call_the_counter_is_making_is_left_to_it_until_it_ends(
    store: Store, store_path: Path, client: LoyaltyClient
) -> None:
    made = store.enqueue(NewOperation(type="burnpoints", card=GIULIA, body={"card": GIULIA, "points": 200},
                                      points_delta=-200), inflight=True)
    under_way = CallsUnderWay()
    under_way.begin(made.operationid)  # the counter of this process is making the call
    client.burn_points(GIULIA, points=200, pincode="1234", operationid=made.operationid)
    worker = SyncWorker(store_path, client, backoff=QUICK, under_way=under_way)

    assert worker.drain_once().left == 1
    waiting = store.operation(made.operationid)
    assert waiting.state is OperationState.PENDING and say(waiting.last_error) == "The counter is still completing this redemption."

    under_way.end(made.operationid)  # the counter could not write the outcome: the worker asks
    report = worker.drain_once(include_waiting=True)
    assert (report.sent, report.left) == (1, 0)
    assert store.operation(made.operationid).state is OperationState.DONE
    assert client.card(card=GIULIA).points == 1050  # burnt once


def test_a_redemption_a_manager_approved_offline_is_sent_without_a_pin(
    store: Store, store_path: Path, client: LoyaltyClient, control: SandboxControl
) -> None:
    control.set_offline_policy(redeem=True, redeemmaxpoints=300)
    body = {"card": GIULIA, "points": 300, "approval": "offline", "datetime": _utc_now()}
    made = store.enqueue(NewOperation(type="burnpoints", card=GIULIA, body=body, points_delta=-300))

    report = SyncWorker(store_path, client, backoff=QUICK).drain_once()

    assert (report.sent, report.failed) == (1, 0)
    assert store.operation(made.operationid).state is OperationState.DONE
    assert client.card(card=GIULIA).points == 950
    again = store.enqueue(NewOperation(type="burnpoints", card=GIULIA, body=body, points_delta=-300))
    assert SyncWorker(store_path, client, backoff=QUICK).drain_once().failed == 1  # beyond the card's cap
    assert "offline" in say(store.operation(again.operationid).last_error)


def _utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# -- connectivity ------------------------------------------------------------------


def test_a_call_beside_the_outbox_makes_the_link_known_as_it_met_it(store_path: Path, client: LoyaltyClient) -> None:
    # The counter's campaign fetch at start is told to the worker: with an empty outbox it is all that is heard.
    worker = SyncWorker(store_path, client, backoff=QUICK)
    assert worker.connectivity.unknown
    with pytest.raises(LoyaltyError) as refused:
        client.card(card=with_check_digit("209999999999"))  # a card the server does not know: a refusal it means
    worker.heard(refused.value)
    assert worker.connectivity == Connectivity(ConnectivityState.ONLINE)
    worker.heard(NetworkError(maybe_applied=False, cause="ConnectError"))
    assert worker.connectivity.state is ConnectivityState.OFFLINE and not worker.connectivity.unknown
    worker.heard(None)
    assert worker.connectivity == Connectivity(ConnectivityState.ONLINE)


def test_connectivity_follows_the_server(
    store: Store, store_path: Path, client: LoyaltyClient, control: SandboxControl, sandbox: Any
) -> None:
    recorder = Recorder()
    worker = SyncWorker(store_path, client, backoff=QUICK, on_change=recorder)
    assert worker.connectivity == Connectivity(ConnectivityState.ONLINE, unknown=True)  # nothing heard yet
    store.remember_card(client.card(card=MARCO))
    _purchase(store, MARCO)
    worker.drain_once()
    assert worker.connectivity == Connectivity(ConnectivityState.ONLINE, pending=0, failed=1, settled=1)

    _purchase(store, GIULIA)
    control.set_faults(status=503, count=2, path=MOVEMENTS)
    worker.drain_once()
    degraded = worker.connectivity
    assert degraded.state is ConnectivityState.DEGRADED and degraded.since is not None
    assert say(degraded.last_error) == "The loyalty server has a problem: try again in a moment."
    assert (degraded.pending, degraded.failed) == (1, 1)
    worker.drain_once()
    assert worker.connectivity.since == degraded.since  # still the same spell of trouble

    sandbox.stop()
    before = time.time()
    worker.drain_once()
    offline = worker.connectivity
    assert offline.state is ConnectivityState.OFFLINE and offline.since >= before
    assert say(offline.last_error) == "The loyalty server cannot be reached: check the network and try again."
    assert (offline.pending, offline.failed) == (1, 1)
    assert recorder.seen[-1] == offline
    assert [c.state for c in recorder.seen].count(ConnectivityState.OFFLINE) >= 1


def test_a_sale_sent_while_the_next_is_saved_still_says_the_outbox_moved() -> None:
    """One waiting before and one after (the counts alike): a screen following the first must still hear it went."""
    seen: list[Connectivity] = []
    watch = ConnectivityWatch(clock=time.time, on_change=seen.append)
    watch.counts(pending=1, failed=0, settled=4)
    watch.counts(pending=1, failed=0, settled=5)  # one sent, another saved meanwhile
    watch.counts(pending=1, failed=0, settled=5)  # nothing new: nothing said
    assert [(c.pending, c.failed, c.settled) for c in seen] == [(1, 0, 4), (1, 0, 5)]


def test_connectivity_comes_back_online_after_a_success(
    store: Store, store_path: Path, client: LoyaltyClient, sandbox: Any, dead_url: str
) -> None:
    _purchase(store, GIULIA)
    _purchase(store, GIULIA)
    with terminal_client(dead_url, sandbox.demo) as offline:
        worker = SyncWorker(store_path, offline, backoff=QUICK)
        worker.drain_once()
        assert worker.connectivity.state is ConnectivityState.OFFLINE
        assert worker.connectivity.pending == 2

    recorder = Recorder()
    worker = SyncWorker(store_path, client, backoff=QUICK, on_change=recorder)
    worker.drain_once()
    assert worker.connectivity == Connectivity(ConnectivityState.ONLINE, pending=0, failed=0, settled=2)


# -- the thread -----------------------------------------------------------------


def test_the_thread_sends_what_another_connection_enqueues(store: Store, store_path: Path, client: LoyaltyClient) -> None:
    recorder = Recorder()
    worker = SyncWorker(store_path, client, backoff=QUICK, poll_interval=0.05, on_change=recorder)
    worker.start()
    try:
        ops = [_purchase(store, LUCA, 100 * i, f"R-{i}") for i in range(1, 4)]  # no wake(): data_version tells
        recorder.wait_for(lambda c: c.pending == 0 and c.state is ConnectivityState.ONLINE and len(recorder.seen) > 1)
        assert all(store.operation(op.operationid).state is OperationState.DONE for op in ops)
    finally:
        worker.stop()
    assert _server_order(client, LUCA, ops) == [op.operationid for op in ops]


def test_the_thread_wakes_on_wake_and_stops_promptly(store: Store, store_path: Path, client: LoyaltyClient) -> None:
    sent = threading.Event()
    worker = SyncWorker(
        store_path, client, backoff=QUICK, poll_interval=60, on_change=lambda c: sent.set() if c.pending == 0 else None
    )
    worker.start()
    try:
        # Its first pass ends with the daily backup; then it waits, and only wake() can end that.
        wait_until(lambda: health.backups(store_path), within=10, what="the first pass to end")
        op = _purchase(store, GIULIA)
        started = time.monotonic()
        worker.wake()
        assert sent.wait(5), "the worker did not wake"
        assert time.monotonic() - started < 5
        assert store.operation(op.operationid).state is OperationState.DONE
    finally:
        started = time.monotonic()
        worker.stop()
        stopped_in = time.monotonic() - started
    assert stopped_in < 1 and not worker.running


def test_the_thread_retries_when_the_backoff_expires(
    store: Store, store_path: Path, client: LoyaltyClient, control: SandboxControl
) -> None:
    done = threading.Event()
    worker = SyncWorker(
        store_path, client, backoff=Backoff(base=0.2, cap=0.5), poll_interval=60,
        on_change=lambda c: done.set() if c.pending == 0 and c.state is ConnectivityState.ONLINE else None,
    )
    control.set_faults(status=503, count=2, path=MOVEMENTS)
    op = _purchase(store, GIULIA)
    worker.start()
    try:
        assert done.wait(10), "the worker did not retry on its own"
    finally:
        worker.stop()
    assert store.operation(op.operationid).attempts == 3
    assert _server_order(client, GIULIA, [op]) == [op.operationid]


def test_stop_without_start_and_drain_after_stop(store: Store, store_path: Path, client: LoyaltyClient) -> None:
    worker = SyncWorker(store_path, client, backoff=QUICK)
    worker.stop()
    worker.start()
    worker.stop()
    _purchase(store, GIULIA, receipt=str(uuid.uuid4())[:8])
    assert worker.drain_once().sent == 1


def test_the_thread_makes_the_daily_backup_and_prunes_old_settled_operations(
    store: Store, store_path: Path, client: LoyaltyClient
) -> None:
    now = [time.time()]
    with open_store(store_path, clock=lambda: now[0] - 40 * 86400) as past:
        old = _purchase(past, GIULIA)
        past.mark_inflight(old.operationid)
        past.mark_done(old.operationid, result={}, points=0, credit=0)
    worker = SyncWorker(store_path, client, backoff=QUICK, clock=lambda: now[0], keep_days=30)
    worker.start()
    try:
        wait_until(lambda: store.operation(old.operationid) is None and health.backups(store_path),
                   within=10, what="the old operation pruned and the backup made")
    finally:
        worker.stop()
    assert store.operation(old.operationid) is None
    (backup,) = health.backups(store_path)
    assert backup.path.parent == store_path.parent / "backups"


# -- one sender per store ------------------------------------------------------------


def _settled(store: Store, ops: list[Operation]) -> bool:
    return all(store.operation(op.operationid).state is OperationState.DONE for op in ops)


def test_a_second_sender_waits_quietly_and_takes_over_when_the_first_stops(
    store: Store, store_path: Path, client: LoyaltyClient, caplog: pytest.LogCaptureFixture
) -> None:
    first = SyncWorker(store_path, client, backoff=QUICK)
    second = SyncWorker(store_path, client, backoff=QUICK)
    first.start()
    try:
        wait_until(lambda: (store.sender_lease() or ("",))[0] == first.holder, within=15, what="the first holding the lease")
        second.start()
        ops = [_purchase(store, GIULIA, receipt=f"R-{n}") for n in range(5)]
        wait_until(lambda: _settled(store, ops), within=15, what="the five sent")
        assert store.sender_lease()[0] == first.holder
        # `kiosk sync --once` beside a running sender hands the work to it and reports what went.
        once = _purchase(store, LUCA, receipt="R-once")
        assert SyncWorker(store_path, client).drain_once(include_waiting=True) == DrainReport(sent=1, failed=0, left=0)
        assert _settled(store, [once])
        first.stop()  # a clean stop gives the lease back: the second takes over at once
        later = _purchase(store, GIULIA, receipt="R-later")
        wait_until(lambda: _settled(store, [later]), within=15, what="the second to send")
        assert store.sender_lease()[0] == second.holder
    finally:
        first.stop()
        second.stop()
    assert _server_order(client, GIULIA, [*ops, later]) == [op.operationid for op in [*ops, later]]
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
