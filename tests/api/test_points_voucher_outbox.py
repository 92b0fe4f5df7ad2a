"""Points turned into a voucher at the kiosk, through the terminal's outbox in flight: a lost answer settled, never doubled.

Against the real sandbox and a real store file: the operation is saved (never the PIN) before the call; an
answer dropped on the way is settled by asking the server, at once or later by the sync worker; nothing ever
sends it again, so the customer has one new voucher and lost the points once.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.api import LoyaltyClient, SandboxControl, VoucherSource, VoucherState
from kiosk.api.kinds import MovementType
from kiosk.api.marta import Path as ApiPath
from kiosk.core.points_voucher import call_points_voucher, record_voucher_reply, save_points_voucher
from kiosk.core.redeem import Outcome
from kiosk.domain.identifiers import with_check_digit
from kiosk.store import OperationState, Store
from kiosk.sync import Backoff, SyncWorker
from kiosk.sync.underway import CallsUnderWay

GIULIA, PIN, POINTS = with_check_digit("200000000001"), "1234", 1250
QUICK = Backoff(base=0.000001, cap=0.00001)


def _from_points(client: LoyaltyClient) -> list[str]:
    session = client.customer_login_with_pin(card=GIULIA, pincode=PIN)
    return [v.code for v in session.vouchers() if v.source is VoucherSource.POINTS and v.state is VoucherState.ACTIVE]


def _voucher_movements(client: LoyaltyClient) -> list[int]:
    session = client.customer_login_with_pin(card=GIULIA, pincode=PIN)
    return [m.points for m in session.movements() if m.type is MovementType.VOUCHER]


def test_the_voucher_is_saved_without_the_pin_then_done(store: Store, store_path: Path, client: LoyaltyClient) -> None:
    under_way = CallsUnderWay()
    session = client.customer_login_with_pin(card=GIULIA, pincode=PIN)
    op = save_points_voucher(store, GIULIA, 300, under_way=under_way)
    assert store.operation(op.operationid).state is OperationState.INFLIGHT
    assert PIN not in store_path.read_bytes().decode("latin-1")  # the body holds card and points, no PIN

    attempt = record_voucher_reply(store, op, call_points_voucher(session, client, op, PIN), under_way=under_way)

    assert attempt.outcome is Outcome.DONE and attempt.made is not None
    assert attempt.points == POINTS - 300
    assert store.operation(op.operationid).state is OperationState.DONE
    assert op.operationid not in under_way
    assert _from_points(client) == [attempt.made.voucher.code]


def test_a_wrong_pin_is_refused_with_the_tries_left_and_nothing_made(store: Store, client: LoyaltyClient) -> None:
    under_way = CallsUnderWay()
    session = client.customer_login_with_pin(card=GIULIA, pincode=PIN)
    op = save_points_voucher(store, GIULIA, 300, under_way=under_way)

    attempt = record_voucher_reply(store, op, call_points_voucher(session, client, op, "0000"), under_way=under_way)

    assert attempt.outcome is Outcome.WRONG_PIN and attempt.attempts_left is not None and attempt.attempts_left > 0
    assert store.operation(op.operationid).state is OperationState.DISCARDED  # settled: nothing to send
    assert client.card(card=GIULIA).points == POINTS
    assert _from_points(client) == []


def test_a_dropped_answer_is_settled_by_asking_and_never_doubled(
    store: Store, client: LoyaltyClient, control: SandboxControl
) -> None:
    under_way = CallsUnderWay()
    session = client.customer_login_with_pin(card=GIULIA, pincode=PIN)
    op = save_points_voucher(store, GIULIA, 400, under_way=under_way)
    control.set_faults(dropcount=1, path=ApiPath.CUSTOMER_VOUCHERS)  # applied on the server, the answer cut off

    attempt = record_voucher_reply(store, op, call_points_voucher(session, client, op, PIN), under_way=under_way)

    assert attempt.outcome is Outcome.DONE
    assert attempt.made is None, "the voucher itself is not in the operation's answer: the wallet lists it"
    assert attempt.points == POINTS - 400
    assert store.operation(op.operationid).state is OperationState.DONE
    assert len(_from_points(client)) == 1
    assert _voucher_movements(client) == [-400]
    assert client.card(card=GIULIA).points == POINTS - 400


def test_an_answer_lost_and_not_asked_is_settled_once_by_the_sync_worker(
    store: Store, store_path: Path, client: LoyaltyClient, control: SandboxControl
) -> None:
    under_way = CallsUnderWay()
    session = client.customer_login_with_pin(card=GIULIA, pincode=PIN)
    op = save_points_voucher(store, GIULIA, 500, under_way=under_way)
    # The call is applied and its answer cut off; the question that follows (GET /terminal/operation) too.
    control.set_faults(dropcount=2)

    attempt = record_voucher_reply(store, op, call_points_voucher(session, client, op, PIN), under_way=under_way)

    assert attempt.outcome is Outcome.UNKNOWN
    assert store.operation(op.operationid).state is OperationState.INFLIGHT
    assert op.operationid not in under_way, "left to the sync worker"

    report = SyncWorker(store_path, client, backoff=QUICK, under_way=under_way).drain_once()

    assert report.sent == 1
    settled = store.operation(op.operationid)
    assert settled.state is OperationState.DONE and settled.result["balance"]["points"] == POINTS - 500
    assert len(_from_points(client)) == 1
    assert _voucher_movements(client) == [-500]
    assert client.card(card=GIULIA).points == POINTS - 500
    assert SyncWorker(store_path, client, backoff=QUICK, under_way=under_way).drain_once().sent == 0


def test_the_worker_never_sends_a_voucher_the_server_does_not_know(
    store: Store, store_path: Path, client: LoyaltyClient
) -> None:
    """Saved, then the kiosk crashed before the call: the worker asks, finds nothing, and after the grace parks it."""
    import time

    from kiosk.sync.settle import PIN_GRACE_SECONDS

    op = save_points_voucher(store, GIULIA, 200, under_way=CallsUnderWay())
    later = time.time() + PIN_GRACE_SECONDS + 1
    SyncWorker(store_path, client, backoff=QUICK, clock=lambda: later).drain_once()

    assert store.operation(op.operationid).state is OperationState.FAILED
    assert client.card(card=GIULIA).points == POINTS
    assert _from_points(client) == []
