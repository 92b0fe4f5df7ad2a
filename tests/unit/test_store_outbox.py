"""The outbox: durable appends, pending effects on the balance, strict order per card, staff actions."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from kiosk.api.models import Card, CardStatus, MovementType
from kiosk.api import Problem
from kiosk.domain.errors import Notice
from kiosk.store import NewOperation, OperationState, StoreError, open_store
from tests.helpers import raises_saying

GIULIA = "2000000000015"
MARCO = "2000000000053"
# Why an operation failed, as the sync worker records it: a typed value, never words.
BLOCKED = Notice(Problem.CARD_BLOCKED)
NOT_ENOUGH = Notice(Problem.NOT_ENOUGH_POINTS)
BUSY = Notice(Problem.SERVER_FAULT, {"seconds": 30})
WRONG_PIN = Notice(Problem.WRONG_PIN, {"attempts": 2})
from tests.helpers import T0


def card(number: str = GIULIA, *, points: int = 1250, credit: int = 0) -> Card:
    return Card(
        card=number,
        customerid=7,
        status=CardStatus.ACTIVE,
        name="Giulia",
        surname="Rossi",
        points=points,
        credit=credit,
        fidelycode="FC-7",
        registered_customer=True,
        categoryid=1,
        updatedat=dt.datetime(2024, 5, 1, 10, 0, tzinfo=dt.timezone.utc),
        replacedby=None,
        pinlocked=False,
    )


def purchase(number: str = GIULIA, *, amount: int = 1000, points: int = 10) -> NewOperation:
    body = {"amount": amount, "receipt": "R-1", "datetime": "2024-05-01T10:00:00+00:00"}
    return NewOperation(MovementType.PURCHASE, number, body, points_delta=points)


# durability


def test_enqueue_is_committed_before_it_returns(store, path):
    op = store.enqueue(purchase())
    other = sqlite3.connect(path)
    try:
        row = other.execute("SELECT operationid, state FROM outbox").fetchall()
    finally:
        other.close()
    assert row == [(op.operationid, "pending")]
    with open_store(path) as again:
        assert again.operation(op.operationid) == op


def test_enqueue_survives_the_process_dying_at_once(path):
    script = textwrap.dedent(
        f"""
        import os, pathlib
        from kiosk.store import NewOperation, open_store
        store = open_store(pathlib.Path({str(path)!r}))
        op = store.enqueue(NewOperation("purchase", {GIULIA!r}, {{"amount": 500}}, points_delta=5))
        print(op.operationid, flush=True)
        os._exit(0)  # no close, no checkpoint: only what was committed
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    operationid = result.stdout.strip()
    with open_store(path) as store:
        op = store.operation(operationid)
        assert op is not None
        assert (op.state, op.body, op.points_delta) == (OperationState.PENDING, {"amount": 500}, 5)


def test_enqueue_returns_the_saved_row(store, clock):
    op = store.enqueue(purchase(points=12))
    assert op.seq == 1
    assert op.type is MovementType.PURCHASE
    assert (op.created_at, op.next_attempt_at, op.attempts) == (T0, T0, 0)
    assert (op.state, op.last_error, op.result, op.settled_at) == (OperationState.PENDING, None, None, None)
    assert store.operation(op.operationid) == op
    assert store.operation("no-such-id") is None


def test_same_operationid_twice_is_refused(store):
    op = store.enqueue(purchase())
    with raises_saying(StoreError, "already saved"):
        store.enqueue(NewOperation("purchase", GIULIA, {"amount": 1}, operationid=op.operationid))
    assert store.counts()[OperationState.PENDING] == 1


def test_unknown_type_is_refused(store):
    with pytest.raises(ValueError, match="unknown operation type"):
        store.enqueue(NewOperation("teleport", GIULIA, {}))


# pending effects


def test_pending_effect_shows_at_once_and_failed_undoes_it(store, clock):
    store.remember_card(card(points=1250, credit=300))
    op = store.enqueue(purchase(points=10))
    top_up = store.enqueue(NewOperation("loadcredit", GIULIA, {"credit": 500}, credit_delta=500))
    seen = store.cached_card(GIULIA)
    assert (seen.server_points, seen.pending_points, seen.points) == (1250, 10, 1260)
    assert (seen.server_credit, seen.pending_credit, seen.credit) == (300, 500, 800)
    assert seen.pending_count == 2

    store.mark_inflight(op.operationid)
    assert store.cached_card(GIULIA).points == 1260  # in flight is still pending

    store.mark_failed(op.operationid, error=BLOCKED)
    seen = store.cached_card(GIULIA)
    assert (seen.points, seen.credit, seen.pending_count) == (1250, 800, 1)
    assert store.operation(top_up.operationid).state is OperationState.PENDING


def test_done_moves_the_effect_into_the_server_balance(store, clock):
    store.remember_card(card(points=1250))
    op = store.enqueue(purchase(points=10))
    clock.now += 5
    store.mark_inflight(op.operationid)
    store.mark_done(op.operationid, result={"movementid": 9, "points": 10}, points=1260, credit=0)
    seen = store.cached_card(GIULIA)
    assert (seen.server_points, seen.pending_points, seen.points, seen.pending_count) == (1260, 0, 1260, 0)
    assert seen.fetched_at == T0 + 5
    assert seen.name == "Giulia"  # the rest of the cache row is kept
    done = store.operation(op.operationid)
    assert (done.state, done.result, done.settled_at, done.attempts) == (
        OperationState.DONE,
        {"movementid": 9, "points": 10},
        T0 + 5,
        1,
    )


def test_done_for_a_card_never_looked_up_keeps_its_balance(store):
    op = store.enqueue(purchase(MARCO, points=3))
    assert store.cached_card(MARCO) is None
    store.mark_done(op.operationid, result={}, points=43, credit=0)
    seen = store.cached_card(MARCO)
    assert (seen.points, seen.credit, seen.customerid, seen.source) == (43, 0, None, "cache")


# order and backoff


def test_due_gives_each_cards_oldest_operation_in_global_order(store, clock):
    a1 = store.enqueue(purchase(GIULIA))
    b1 = store.enqueue(purchase(MARCO))
    a2 = store.enqueue(purchase(GIULIA))
    assert [op.operationid for op in store.due(clock.now)] == [a1.operationid, b1.operationid]
    store.mark_done(a1.operationid, result={}, points=1, credit=0)
    assert [op.operationid for op in store.due(clock.now)] == [b1.operationid, a2.operationid]
    assert store.due(clock.now, limit=1) == [store.operation(b1.operationid)]


def test_a_head_waiting_on_backoff_holds_back_its_card_only(store, clock):
    a1 = store.enqueue(purchase(GIULIA))
    a2 = store.enqueue(purchase(GIULIA))
    b1 = store.enqueue(purchase(MARCO))
    store.mark_inflight(a1.operationid)
    store.mark_retry(a1.operationid, error=BUSY, next_attempt_at=T0 + 30)
    retried = store.operation(a1.operationid)
    assert (retried.state, retried.attempts, retried.last_error) == (OperationState.PENDING, 1, BUSY)
    assert [op.operationid for op in store.due(T0)] == [b1.operationid]  # a2 waits behind a1
    assert store.next_due_at() == T0
    store.mark_done(b1.operationid, result={}, points=1, credit=0)
    assert store.due(T0) == []
    assert store.next_due_at() == T0 + 30
    assert [op.operationid for op in store.due(T0 + 30)] == [a1.operationid]
    assert a2.operationid not in [op.operationid for op in store.due(T0 + 1000)]


def test_an_operation_left_in_flight_is_due_again(store, clock):
    op = store.enqueue(purchase())
    store.mark_inflight(op.operationid)
    (again,) = store.due(clock.now)
    assert (again.operationid, again.state, again.attempts) == (op.operationid, OperationState.INFLIGHT, 1)
    store.mark_inflight(op.operationid)
    assert store.operation(op.operationid).attempts == 2


def test_a_failed_operation_never_blocks_anything(store, clock):
    a1 = store.enqueue(purchase(GIULIA))
    a2 = store.enqueue(purchase(GIULIA))
    b1 = store.enqueue(purchase(MARCO))
    store.mark_failed(a1.operationid, error=NOT_ENOUGH)
    assert [op.operationid for op in store.due(clock.now)] == [a2.operationid, b1.operationid]
    assert [op.operationid for op in store.failed()] == [a1.operationid]
    assert [op.operationid for op in store.unsettled()] == [a2.operationid, b1.operationid]


def test_nothing_due_when_the_outbox_is_settled(store, clock):
    assert store.due(clock.now) == []
    assert store.next_due_at() is None


# staff actions


def test_retry_puts_a_failed_operation_back_with_its_effect(store, clock):
    store.remember_card(card(points=1250))
    op = store.enqueue(purchase(points=10))
    store.mark_inflight(op.operationid)
    store.mark_failed(op.operationid, error=BLOCKED)
    assert store.cached_card(GIULIA).points == 1250
    clock.now += 600
    store.retry(op.operationid)
    again = store.operation(op.operationid)
    assert (again.state, again.attempts, again.next_attempt_at, again.settled_at) == (
        OperationState.PENDING,
        0,
        T0 + 600,
        None,
    )
    assert store.cached_card(GIULIA).points == 1260
    assert store.due(clock.now) == [again]


def test_discard_keeps_the_row_as_a_record(store):
    op = store.enqueue(purchase())
    store.mark_failed(op.operationid, error=BLOCKED)
    store.discard(op.operationid)
    assert store.operation(op.operationid).state is OperationState.DISCARDED
    assert store.failed() == []


@pytest.mark.parametrize("action", ["retry", "discard"])
def test_retry_and_discard_only_take_failed_operations(store, action):
    op = store.enqueue(purchase())
    with raises_saying(StoreError, "This operation is pending, not failed: nothing was changed.") as caught:
        getattr(store, action)(op.operationid)
    assert caught.value.code == "wrong_state" and caught.value.params == {"state": "pending", "wanted": "failed"}
    store.mark_done(op.operationid, result={}, points=0, credit=0)
    with raises_saying(StoreError, "is done, not failed"):
        getattr(store, action)(op.operationid)
    with raises_saying(StoreError, "not in the terminal's queue") as caught:
        getattr(store, action)("no-such-id")
    assert caught.value.code == "unknown_operation"


@pytest.mark.parametrize(
    "mark",
    [
        lambda s, i: s.mark_inflight(i),
        lambda s, i: s.mark_done(i, result={}, points=0, credit=0),
        lambda s, i: s.mark_retry(i, error=BLOCKED, next_attempt_at=0.0),
        lambda s, i: s.mark_failed(i, error=BLOCKED),
    ],
    ids=["inflight", "done", "retry", "failed"],
)
def test_the_worker_cannot_move_a_settled_or_unknown_operation(store, mark):
    op = store.enqueue(purchase())
    store.mark_failed(op.operationid, error=BLOCKED)
    with raises_saying(StoreError, "is failed, not pending or inflight"):
        mark(store, op.operationid)
    with raises_saying(StoreError, "not in the terminal's queue"):
        mark(store, "no-such-id")
    assert store.operation(op.operationid).last_error == BLOCKED


def test_counts_has_every_state(store):
    assert store.counts() == {state: 0 for state in OperationState}
    ops = [store.enqueue(purchase()) for _ in range(5)]
    store.mark_inflight(ops[0].operationid)
    store.mark_done(ops[0].operationid, result={}, points=0, credit=0)
    store.mark_inflight(ops[1].operationid)
    store.mark_failed(ops[2].operationid, error=BLOCKED)
    store.mark_failed(ops[3].operationid, error=BLOCKED)
    store.discard(ops[3].operationid)
    assert store.counts() == {
        OperationState.PENDING: 1,
        OperationState.INFLIGHT: 1,
        OperationState.DONE: 1,
        OperationState.FAILED: 1,
        OperationState.DISCARDED: 1,
    }


# PINs


PIN = "583920"


@pytest.mark.parametrize(
    "body",
    [
        {"points": 100, "pincode": PIN},
        {"points": 100, "PinCode": PIN},
        {"points": 100, "customer": {"newpincode": PIN}},
        {"points": 100, "extra": [{"pin": PIN}]},
    ],
)
def test_a_body_with_a_pin_is_refused_before_touching_the_file(store, body):
    with pytest.raises(ValueError, match="must never hold") as caught:
        store.enqueue(NewOperation("burnpoints", GIULIA, body, points_delta=-100))
    assert PIN not in str(caught.value)
    assert store.counts()[OperationState.PENDING] == 0


def test_no_pin_ever_reaches_the_file(path):
    with open_store(path) as store:
        for number in range(20):
            store.enqueue(NewOperation("burnpoints", GIULIA, {"points": 100 + number}, points_delta=-100))
            with pytest.raises(ValueError):
                store.enqueue(NewOperation("burnpoints", GIULIA, {"points": 100, "pincode": PIN}))
        op = store.unsettled()[0]
        store.mark_failed(op.operationid, error=WRONG_PIN)
        on_disk = b"".join(p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name))
        assert path.with_name(path.name + "-wal").exists()  # the open WAL is searched too
    assert PIN.encode() not in on_disk
    assert b"pincode" not in on_disk


def test_data_version_moves_when_another_connection_commits(store, path):
    before = store.data_version()
    with open_store(path) as other:
        other.enqueue(purchase())
    assert store.data_version() != before


def test_a_closed_store_is_a_programming_error_not_a_shop_problem(path):
    store = open_store(path)
    store.close()
    with pytest.raises(sqlite3.ProgrammingError):
        store.counts()


def test_two_processes_share_the_file(path, clock):
    """`kiosk earn` enqueues in one process while `kiosk sync` settles in another."""
    total = 300
    script = textwrap.dedent(
        f"""
        import pathlib
        from kiosk.store import NewOperation, open_store
        with open_store(pathlib.Path({str(path)!r})) as store:
            for number in range({total}):
                store.enqueue(NewOperation("purchase", f"2{{number % 7:012d}}", {{"amount": 100}}, points_delta=1))
        """
    )
    order: dict[str, list[int]] = {}
    deadline = time.monotonic() + 60
    with open_store(path) as store:
        writer = subprocess.Popen([sys.executable, "-c", script], stderr=subprocess.PIPE, text=True)
        try:
            while sum(map(len, order.values())) < total and time.monotonic() < deadline:
                for op in store.due(float("inf")):
                    store.mark_inflight(op.operationid)
                    store.mark_done(op.operationid, result={}, points=op.seq, credit=0)
                    order.setdefault(op.card, []).append(op.seq)
                if writer.poll() not in (None, 0):
                    break
        finally:
            _, errors = writer.communicate(timeout=60)
        assert writer.returncode == 0, errors
        assert store.counts()[OperationState.DONE] == total
    assert all(seqs == sorted(seqs) for seqs in order.values())  # strict order per card held


# pruning and the partial indexes


DAY = 86400.0


def test_pruning_removes_old_settled_rows_and_keeps_unsettled_failed_and_recent_ones(store, clock):
    old_done = store.enqueue(purchase(GIULIA))
    store.mark_inflight(old_done.operationid)
    store.mark_done(old_done.operationid, result={}, points=10, credit=0)
    old_failed = store.enqueue(purchase(MARCO))
    store.mark_failed(old_failed.operationid, error=BLOCKED)
    old_refused = store.enqueue(purchase(MARCO))
    store.mark_refused(old_refused.operationid, error=WRONG_PIN)
    old_pending = store.enqueue(purchase(GIULIA))
    clock.now += 31 * DAY
    recent_done = store.enqueue(purchase(MARCO))
    store.mark_done(recent_done.operationid, result={}, points=0, credit=0)
    # Discarded today after failing a month ago: a record for 30 days from the discard.
    store.discard(old_failed.operationid)
    clock.now += 1 * DAY

    assert store.prune_settled(keep_days=30) == 2

    assert store.operation(old_done.operationid) is None
    assert store.operation(old_refused.operationid) is None
    assert store.operation(old_pending.operationid).state is OperationState.PENDING
    assert store.operation(recent_done.operationid).state is OperationState.DONE
    assert store.operation(old_failed.operationid).state is OperationState.DISCARDED
    assert [op.operationid for op in store.due(clock.now)] == [old_pending.operationid]


def test_a_failed_operation_is_never_pruned_however_old(store, clock):
    failed = store.enqueue(purchase(MARCO))
    store.mark_failed(failed.operationid, error=BLOCKED)
    clock.now += 400 * DAY
    assert store.prune_settled(keep_days=1) == 0
    assert [op.operationid for op in store.failed()] == [failed.operationid]


def test_pruning_goes_in_batches_until_nothing_old_is_left(store, clock):
    for _ in range(7):
        op = store.enqueue(purchase())
        store.mark_done(op.operationid, result={}, points=0, credit=0)
    clock.now += 31 * DAY
    assert store.prune_settled(keep_days=30, batch=3) == 7
    assert store.counts()[OperationState.DONE] == 0


def test_the_half_second_queries_read_only_the_partial_indexes(store):
    """Settled rows never enter the due heads or the waiting counts: SQLite's plan says which index it reads."""
    from kiosk.store import outbox

    def scans(sql: str) -> list[str]:
        """What SQLite will read in full: every SCAN step of the plan."""
        steps = [row[-1] for row in store._conn.execute("EXPLAIN QUERY PLAN " + sql)]
        return [step for step in steps if step.startswith("SCAN")]

    # The outbox itself is only searched by rowid, for each head found in the partial index.
    assert scans(f"SELECT MIN(next_attempt_at) FROM ({outbox._HEADS})") == [
        "SCAN outbox USING COVERING INDEX outbox_unsettled"
    ]
    counted = f"SELECT COUNT(*) FROM outbox INDEXED BY outbox_unsettled WHERE state IN {outbox.UNSETTLED_SQL}"
    assert scans(counted) == ["SCAN outbox USING COVERING INDEX outbox_unsettled"]
    store.enqueue(purchase())
    assert store.waiting_counts() == (1, 0)
