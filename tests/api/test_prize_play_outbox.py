"""A prize requested and a play made at the kiosk: a lost answer settled, never doubled; the PIN kept nowhere.

Against the real sandbox and a real store file. A prize request is saved in the outbox in flight (never the
PIN) before the call; an answer dropped on the way is settled by asking the server, at once or later by the
sync worker, and nothing sends it again. A play keeps its operationid until its answer is known: asked again,
the server replays its draw, so one play is spent, not two.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from kiosk.api import LoyaltyClient, SandboxControl
from kiosk.api.kinds import MovementType
from kiosk.api.marta import Path as ApiPath
from kiosk.core.play import PlayOutcome, PlaysUnderWay, play_once
from kiosk.core.prize_request import call_prize_request, record_prize_reply, save_prize_request
from kiosk.core.redeem import Outcome
from kiosk.domain.identifiers import with_check_digit
from kiosk.store import OperationState, Store
from kiosk.sync import Backoff, SyncWorker
from kiosk.sync.underway import CallsUnderWay

GIULIA, PIN, POINTS = with_check_digit("200000000001"), "1234", 1250
QUICK = Backoff(base=0.000001, cap=0.00001)


def _prize(client: LoyaltyClient, title: str) -> tuple[int, int]:
    session = client.customer_login_with_pin(card=GIULIA, pincode=PIN)
    prize = next(p for p in session.prizes() if p.title == title)
    return prize.prizeid, prize.points


def _requests(client: LoyaltyClient) -> list[str]:
    return [r.title for r in client.customer_login_with_pin(card=GIULIA, pincode=PIN).prize_requests()]


def _prize_movements(client: LoyaltyClient) -> list[int]:
    session = client.customer_login_with_pin(card=GIULIA, pincode=PIN)
    return [m.points for m in session.movements() if m.type is MovementType.PRIZE]


def _bytes(store_path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in store_path.parent.glob(store_path.name + "*"))


def test_the_request_is_saved_without_the_pin_then_done(
    store: Store, store_path: Path, client: LoyaltyClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    under_way = CallsUnderWay()
    session = client.customer_login_with_pin(card=GIULIA, pincode=PIN)
    prizeid, points = _prize(client, "Shopping bag")
    op = save_prize_request(store, GIULIA, prizeid, points, under_way=under_way)
    assert store.operation(op.operationid).state is OperationState.INFLIGHT
    assert store.operation(op.operationid).type is MovementType.PRIZE

    attempt = record_prize_reply(store, op, call_prize_request(session, client, op, PIN), under_way=under_way)

    assert attempt.outcome is Outcome.DONE and attempt.made is not None and attempt.made.title == "Shopping bag"
    assert attempt.points == POINTS - points
    assert store.operation(op.operationid).state is OperationState.DONE
    assert op.operationid not in under_way
    assert PIN.encode() not in _bytes(store_path), "the PIN is in no byte of the store, its WAL or SHM"
    assert PIN not in caplog.text, "nor in the log"


def test_out_of_stock_and_a_wrong_pin_are_refused_and_nothing_is_taken(store: Store, client: LoyaltyClient) -> None:
    under_way = CallsUnderWay()
    session = client.customer_login_with_pin(card=GIULIA, pincode=PIN)
    umbrella = save_prize_request(store, GIULIA, *_prize(client, "Umbrella"), under_way=under_way)
    attempt = record_prize_reply(store, umbrella, call_prize_request(session, client, umbrella, PIN),
                                 under_way=under_way)
    assert attempt.outcome is Outcome.REFUSED
    assert store.operation(umbrella.operationid).state is OperationState.DISCARDED

    mug = save_prize_request(store, GIULIA, *_prize(client, "Coffee mug"), under_way=under_way)
    attempt = record_prize_reply(store, mug, call_prize_request(session, client, mug, "0000"), under_way=under_way)
    assert attempt.outcome is Outcome.WRONG_PIN and attempt.attempts_left is not None
    assert client.card(card=GIULIA).points == POINTS and _requests(client) == []


def test_a_dropped_answer_is_settled_by_asking_and_never_doubled(
    store: Store, client: LoyaltyClient, control: SandboxControl
) -> None:
    under_way = CallsUnderWay()
    session = client.customer_login_with_pin(card=GIULIA, pincode=PIN)
    prizeid, points = _prize(client, "Coffee mug")
    op = save_prize_request(store, GIULIA, prizeid, points, under_way=under_way)
    control.set_faults(dropcount=1, path=ApiPath.PRIZES)  # applied on the server, the answer cut off

    attempt = record_prize_reply(store, op, call_prize_request(session, client, op, PIN), under_way=under_way)

    assert attempt.outcome is Outcome.DONE and attempt.points == POINTS - points
    assert store.operation(op.operationid).state is OperationState.DONE
    assert _requests(client) == ["Coffee mug"] and _prize_movements(client) == [-points]


def test_an_answer_lost_and_not_asked_is_settled_once_by_the_sync_worker(
    store: Store, store_path: Path, client: LoyaltyClient, control: SandboxControl
) -> None:
    under_way = CallsUnderWay()
    session = client.customer_login_with_pin(card=GIULIA, pincode=PIN)
    prizeid, points = _prize(client, "Water bottle")
    op = save_prize_request(store, GIULIA, prizeid, points, under_way=under_way)
    control.set_faults(dropcount=2)  # the answer cut off, and the question that follows too

    attempt = record_prize_reply(store, op, call_prize_request(session, client, op, PIN), under_way=under_way)

    assert attempt.outcome is Outcome.UNKNOWN
    assert store.operation(op.operationid).state is OperationState.INFLIGHT
    report = SyncWorker(store_path, client, backoff=QUICK, under_way=under_way).drain_once()
    assert report.sent == 1
    assert store.operation(op.operationid).state is OperationState.DONE
    assert _requests(client) == ["Water bottle"] and _prize_movements(client) == [-points]
    assert SyncWorker(store_path, client, backoff=QUICK, under_way=under_way).drain_once().sent == 0


def test_the_worker_never_sends_a_request_the_server_does_not_know(
    store: Store, store_path: Path, client: LoyaltyClient
) -> None:
    """Saved, then the kiosk crashed before the call: the worker asks, finds nothing, and after the grace parks it."""
    from kiosk.sync.settle import PIN_GRACE_SECONDS

    op = save_prize_request(store, GIULIA, *_prize(client, "Coffee mug"), under_way=CallsUnderWay())
    later = time.time() + PIN_GRACE_SECONDS + 1
    SyncWorker(store_path, client, backoff=QUICK, clock=lambda: later).drain_once()

    assert store.operation(op.operationid).state is OperationState.FAILED
    assert client.card(card=GIULIA).points == POINTS and _requests(client) == []


def test_a_lost_play_is_asked_again_with_its_operationid_and_replays_the_same_draw(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    session = client.customer_login_with_pin(card=GIULIA, pincode=PIN)
    contest = session.instantwin()[0]
    control.set_contest(contest.contestid, odds=1.0, stock=5)
    plays = PlaysUnderWay()
    control.set_faults(dropcount=1, path=ApiPath.INSTANTWIN)  # drawn, the answer cut off: asked again at once

    played = play_once(session, plays, contest.contestid)

    assert played.outcome is PlayOutcome.DONE and played.result is not None and played.result.won
    assert played.result.replayed, "the answer is the first draw's, replayed"
    assert played.result.playsleft == contest.playsleft - 1
    assert not plays.unsettled(contest.contestid)


def test_a_play_whose_answer_stays_lost_keeps_its_operationid_for_the_next_tap(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    session = client.customer_login_with_pin(card=GIULIA, pincode=PIN)
    contest = session.instantwin()[0]
    control.set_contest(contest.contestid, odds=0.0, stock=5)
    plays = PlaysUnderWay()
    control.set_faults(dropcount=2, path=ApiPath.INSTANTWIN)

    assert play_once(session, plays, contest.contestid).outcome is PlayOutcome.UNKNOWN
    assert plays.unsettled(contest.contestid)
    control.set_contest(contest.contestid, odds=1.0, stock=5)  # a new draw now would win: a replay cannot
    again = play_once(session, plays, contest.contestid)

    assert again.outcome is PlayOutcome.DONE and again.result is not None
    assert not again.result.won and again.result.replayed
    assert session.instantwin()[0].playsleft == contest.playsleft - 1
