"""The prize catalogue against the real sandbox: spending points on a prize, its stock, cancelling, whose it is.

Two kiosks asking for the last item at the same moment: exactly one gets it.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import uuid
from pathlib import Path
from typing import Any

import pytest

from kiosk.api import ApiError, LoyaltyClient, Problem, SandboxControl
from kiosk.api.customer import CustomerSession
from kiosk.api.kinds import MovementType
from kiosk.api.marta import PrizeDelivery, PrizeRequestState
from kiosk.api.prizes import Prize, PrizeRequestResult, ShippingAddress
from kiosk.domain.identifiers import with_check_digit
from kiosk.sandbox import SandboxConfig, seed_demo
from tests.helpers import refusal, terminal_client

GIULIA, GIULIA_PIN, GIULIA_POINTS = with_check_digit("200000000001"), "1234", 1250
GIULIA_USER, PASSWORD = "giulia.rossi@example.com", "demo-customer-pw"
OTHER, OTHER_PIN = with_check_digit("200000000002"), "2468"  # a customer with 300 points
MARCO_USER = "marco.bianchi@example.com"  # his card is blocked
ADDRESS = ShippingAddress(street="Via Roma 1", postcode="20121", city="Milano", recipient="Giulia Rossi", country="IT")


def _op() -> str:
    return str(uuid.uuid4())


def _prize(session: CustomerSession, title: str) -> Prize:
    return next(prize for prize in session.prizes() if prize.title == title)


@pytest.fixture
def giulia(client: LoyaltyClient) -> CustomerSession:
    return client.customer_login_with_pin(card=GIULIA, pincode=GIULIA_PIN)


def test_the_catalogue_has_two_categories_and_six_prizes_with_their_stock(giulia: CustomerSession) -> None:
    categories = giulia.prize_categories()
    prizes = giulia.prizes()

    assert len(categories) == 2 and len(prizes) == 6
    assert [prize.points for prize in prizes] == sorted(prize.points for prize in prizes)
    assert {prize.categoryid for prize in prizes} == {category.categoryid for category in categories}
    for category in categories:
        assert giulia.prizes(category=category.categoryid) == tuple(
            prize for prize in prizes if prize.categoryid == category.categoryid)
    # What a screen shows: one has run out, one costs more than Giulia has.
    assert [prize.title for prize in prizes if prize.stock == 0] == ["Umbrella"]
    assert [prize.title for prize in prizes if prize.points > GIULIA_POINTS] == ["Kitchen scale"]


def test_a_prize_picked_up_in_the_shop_burns_the_points_once_and_takes_one_from_stock(
    giulia: CustomerSession,
) -> None:
    mug = _prize(giulia, "Coffee mug")
    operationid = _op()

    made = giulia.request_prize(mug.prizeid, operationid=operationid, pincode=GIULIA_PIN)
    again = giulia.request_prize(mug.prizeid, operationid=operationid, pincode=GIULIA_PIN)

    assert (made.replayed, again.replayed) == (False, True)
    assert again.request == made.request and again.result.movementid == made.result.movementid
    assert (made.request.state, made.request.delivery, made.request.address) == (
        PrizeRequestState.REQUESTED, PrizeDelivery.STORE, None)
    assert (made.result.movement.type, made.result.points, made.result.balance.points) == (
        MovementType.PRIZE, -mug.points, GIULIA_POINTS - mug.points)
    assert giulia.customer.points == giulia.profile().points == GIULIA_POINTS - mug.points
    assert _prize(giulia, "Coffee mug").stock == mug.stock - 1
    assert giulia.prize_requests() == (made.request,)
    assert giulia.movements()[0].movementid == made.result.movementid


def test_the_same_operationid_for_another_prize_is_a_conflict_and_moves_nothing(giulia: CustomerSession) -> None:
    operationid = _op()
    giulia.request_prize(_prize(giulia, "Coffee mug").prizeid, operationid=operationid, pincode=GIULIA_PIN)
    bottle = _prize(giulia, "Water bottle")

    refused = refusal(lambda: giulia.request_prize(bottle.prizeid, operationid=operationid, pincode=GIULIA_PIN))

    assert refused.problem is Problem.OPERATION_CONFLICT
    assert _prize(giulia, "Water bottle").stock == bottle.stock
    assert len(giulia.prize_requests()) == 1


def test_a_shipped_prize_keeps_its_address_and_one_without_an_address_isrefusal(giulia: CustomerSession) -> None:
    bag = _prize(giulia, "Shopping bag")

    refused = refusal(lambda: giulia.request_prize(
        bag.prizeid, operationid=_op(), delivery=PrizeDelivery.SHIP, pincode=GIULIA_PIN))
    made = giulia.request_prize(
        bag.prizeid, operationid=_op(), delivery=PrizeDelivery.SHIP, address=ADDRESS, pincode=GIULIA_PIN)

    assert refused.problem is Problem.SHIPPING_ADDRESS_NEEDED
    assert (made.request.delivery, made.request.address) == (PrizeDelivery.SHIP, ADDRESS)
    assert giulia.prize_requests()[0].address == ADDRESS
    assert giulia.profile().points == GIULIA_POINTS - bag.points


@pytest.mark.parametrize(("title", "problem"), [
    ("Kitchen scale", Problem.NOT_ENOUGH_POINTS),
    ("Umbrella", Problem.PRIZE_OUT_OF_STOCK),
])
def test_a_prize_out_of_reach_is_refused_and_nothing_moves(
    giulia: CustomerSession, title: str, problem: Problem
) -> None:
    prize = _prize(giulia, title)
    refused = refusal(lambda: giulia.request_prize(prize.prizeid, operationid=_op(), pincode=GIULIA_PIN))

    assert refused.problem is problem
    assert giulia.profile().points == GIULIA_POINTS
    assert _prize(giulia, title).stock == prize.stock
    assert giulia.prize_requests() == () and giulia.movements() == ()


def test_an_unknown_prize_a_wrong_pin_and_a_blocked_card_arerefusal(
    client: LoyaltyClient, giulia: CustomerSession
) -> None:
    mug = _prize(giulia, "Coffee mug")
    marco = client.customer_login(username=MARCO_USER, password=PASSWORD)

    unknown = refusal(lambda: giulia.request_prize(9999, operationid=_op(), pincode=GIULIA_PIN))
    wrong = refusal(lambda: giulia.request_prize(mug.prizeid, operationid=_op(), pincode="0000"))
    blocked = refusal(lambda: marco.request_prize(mug.prizeid, operationid=_op()))

    assert unknown.problem is Problem.PRIZE_UNKNOWN
    assert (wrong.problem, wrong.attempts_left) == (Problem.WRONG_PIN, 4)
    assert "0000" not in repr(wrong) and "0000" not in str(wrong.server_message)
    assert blocked.problem is Problem.CARD_BLOCKED
    assert giulia.profile().points == GIULIA_POINTS and _prize(giulia, "Coffee mug").stock == mug.stock


def test_a_customer_signed_in_with_the_password_needs_no_pin(client: LoyaltyClient) -> None:
    by_password = client.customer_login(username=GIULIA_USER, password=PASSWORD)
    made = by_password.request_prize(_prize(by_password, "Water bottle").prizeid, operationid=_op())
    assert made.result.balance.points == GIULIA_POINTS - 250


def test_cancelling_gives_the_points_and_the_stock_back_once(giulia: CustomerSession) -> None:
    pass_ = _prize(giulia, "Cinema pass")
    made = giulia.request_prize(pass_.prizeid, operationid=_op(), pincode=GIULIA_PIN)

    cancelled = giulia.cancel_prize_request(made.request.requestid)
    again = giulia.cancel_prize_request(made.request.requestid)

    assert (cancelled.replayed, again.replayed) == (False, True)
    assert cancelled.request.state is again.request.state is PrizeRequestState.CANCELLED
    assert (cancelled.refund.type, cancelled.refund.points, cancelled.refund.reverses) == (
        MovementType.REVERSAL, pass_.points, made.result.movementid)
    assert again.refund == cancelled.refund
    assert giulia.customer.points == giulia.profile().points == GIULIA_POINTS
    assert _prize(giulia, "Cinema pass").stock == pass_.stock
    refund, burn = giulia.movements()
    assert (refund.movementid, burn.movementid, burn.reversedby) == (
        cancelled.refund.movementid, made.result.movementid, cancelled.refund.movementid)


def test_a_request_made_ready_cannot_be_cancelled_and_then_is_delivered(
    giulia: CustomerSession, control: SandboxControl
) -> None:
    made = giulia.request_prize(_prize(giulia, "Coffee mug").prizeid, operationid=_op(), pincode=GIULIA_PIN)
    requestid = made.request.requestid

    ready = control.set_prize_request_state(requestid, PrizeRequestState.READY)
    refused = refusal(lambda: giulia.cancel_prize_request(requestid))
    delivered = control.set_prize_request_state(requestid, PrizeRequestState.DELIVERED)

    assert ready.state is PrizeRequestState.READY and not ready.cancellable
    assert refused.problem is Problem.PRIZE_REQUEST_NOT_CANCELLABLE
    assert delivered.state is PrizeRequestState.DELIVERED
    assert [request.state for request in giulia.prize_requests()] == [PrizeRequestState.DELIVERED]
    assert giulia.profile().points == GIULIA_POINTS - made.request.points


def test_another_customer_never_sees_nor_cancels_nor_replays_someone_elses_request(
    client: LoyaltyClient, giulia: CustomerSession
) -> None:
    operationid = _op()
    mug = _prize(giulia, "Coffee mug")
    made = giulia.request_prize(mug.prizeid, operationid=operationid, pincode=GIULIA_PIN)
    other = client.customer_login_with_pin(card=OTHER, pincode=OTHER_PIN)

    assert other.prize_requests() == ()
    cancel = refusal(lambda: other.cancel_prize_request(made.request.requestid))
    replay = refusal(lambda: other.request_prize(mug.prizeid, operationid=operationid, pincode=OTHER_PIN))

    assert cancel.problem is Problem.PRIZE_REQUEST_UNKNOWN
    assert replay.problem is Problem.OPERATION_CONFLICT  # never Giulia's answer
    assert [request.state for request in giulia.prize_requests()] == [PrizeRequestState.REQUESTED]
    assert other.profile().points == 300


def test_a_till_cannot_reverse_a_prize_and_learns_a_lost_answer_from_the_operation(
    client: LoyaltyClient, giulia: CustomerSession
) -> None:
    operationid = _op()
    made = giulia.request_prize(_prize(giulia, "Coffee mug").prizeid, operationid=operationid, pincode=GIULIA_PIN)

    refused = refusal(lambda: client.reverse(made.result.movementid, operationid=_op()))
    known = client.operation(operationid)

    assert refused.problem is Problem.NOT_REVERSIBLE
    assert known is not None and known.result.movement == made.result.movement
    assert giulia.profile().points == GIULIA_POINTS - made.request.points


def test_two_kiosks_asking_for_the_last_item_at_the_same_moment_one_gets_it(sandbox: Any) -> None:
    with terminal_client(sandbox.url, sandbox.demo) as first, terminal_client(sandbox.url, sandbox.demo) as second:
        kiosks = [kiosk.customer_login_with_pin(card=GIULIA, pincode=GIULIA_PIN) for kiosk in (first, second)]
        last = _prize(kiosks[0], "Cinema pass")
        assert last.stock == 1 and 2 * last.points <= GIULIA_POINTS  # only the stock can say no
        start = threading.Barrier(len(kiosks))
        outcomes: list[object] = []

        def ask(kiosk: CustomerSession) -> None:
            start.wait()
            try:
                outcomes.append(kiosk.request_prize(last.prizeid, operationid=_op(), pincode=GIULIA_PIN))
            except ApiError as refused:
                outcomes.append(refused.problem)

        threads = [threading.Thread(target=ask, args=(kiosk,)) for kiosk in kiosks]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)

        granted = [outcome for outcome in outcomes if isinstance(outcome, PrizeRequestResult)]
        assert len(granted) == 1 and [outcome for outcome in outcomes if outcome not in granted] == [
            Problem.PRIZE_OUT_OF_STOCK]
        assert _prize(kiosks[0], "Cinema pass").stock == 0
        assert kiosks[0].profile().points == GIULIA_POINTS - last.points
        assert len(kiosks[1].prize_requests()) == 1


def test_a_demo_seeded_before_prizes_existed_gets_them_once(tmp_path: Path) -> None:
    data = tmp_path / "sandbox"
    seed_demo(data)
    database = SandboxConfig(data_dir=data).database_path
    with contextlib.closing(sqlite3.connect(database)) as conn, conn:
        for table in ("contests", "prizes", "prizecategories"):
            conn.execute(f"DELETE FROM {table}")

    seed_demo(data)
    seed_demo(data)

    with contextlib.closing(sqlite3.connect(database)) as conn:
        counts = [conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                  for table in ("prizecategories", "prizes", "contests")]
    assert counts == [2, 6, 1]
