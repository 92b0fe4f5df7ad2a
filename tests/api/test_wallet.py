"""The offer wallet against the real sandbox: a customer's vouchers, points turned into one, a till taking one.

What a customer checks: their own vouchers and only theirs, with worth, terms,
expiry and state; points become a voucher once, whatever is re-sent. What a
cashier checks: a voucher's worth before taking it, and that it can be taken once
only, even by two tills at the same moment.
"""

from __future__ import annotations

import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from kiosk.api import (
    ApiError,
    LoyaltyClient,
    Problem,
    VoucherSource,
    VoucherState,
    VoucherUse,
)
from kiosk.api.customer import CustomerSession
from kiosk.api.kinds import MovementType
from kiosk.api.marta import PIN_MAX_WRONG_TRIES, VOUCHER_FROM_POINTS_DAYS
from kiosk.domain.identifiers import with_check_digit
from tests.helpers import SandboxClock, terminal_client

GIULIA, GIULIA_PIN, GIULIA_POINTS = with_check_digit("200000000001"), "1234", 1250
GIULIA_USER, PASSWORD = "giulia.rossi@example.com", "demo-customer-pw"
LUCA, LUCA_PIN = with_check_digit("200000000005"), "4321"
COFFEE, BREAD = "CAFFE150", "BREAD200"  # Giulia's demo wallet: one active (from a promotion), one used
DAY = 86400


def _op() -> str:
    return str(uuid.uuid4())


def _giulia(client: LoyaltyClient) -> CustomerSession:
    return client.customer_login(username=GIULIA_USER, password=PASSWORD)


def _refused(call: Callable[[], object]) -> ApiError:
    with pytest.raises(ApiError) as refused:
        call()
    return refused.value


@pytest.fixture
def second_till(sandbox: Any) -> Iterator[LoyaltyClient]:
    demo = {**sandbox.demo, "terminal": sandbox.demo["terminal2"]}
    with terminal_client(sandbox.url, demo) as till:
        till.campaign()
        yield till


# -- the wallet ---------------------------------------------------------------------------


def test_a_customer_sees_her_own_vouchers_active_first_with_worth_terms_and_expiry(client: LoyaltyClient) -> None:
    session = _giulia(client)
    wallet = session.vouchers()
    assert [(v.code, v.state) for v in wallet] == [(COFFEE, VoucherState.ACTIVE), (BREAD, VoucherState.USED)]
    coffee, bread = wallet
    assert (coffee.value, coffee.percent, coffee.currency, coffee.source) == (150, None, "EUR", VoucherSource.PROMOTION)
    assert coffee.promotionid in {promotion.promotionid for promotion in session.promotions()}
    assert coffee.terms and coffee.expiresat is not None and coffee.usedat is None
    assert (bread.source, bread.value) == (VoucherSource.POINTS, 200) and bread.usedat is not None


def test_another_customers_vouchers_are_never_shown(client: LoyaltyClient) -> None:
    luca = client.customer_login_with_pin(card=LUCA, pincode=LUCA_PIN)
    assert luca.vouchers() == ()
    made = _giulia(client).points_to_voucher(points=200, operationid=_op(), pincode=GIULIA_PIN)
    assert made.voucher.code not in {v.code for v in luca.vouchers()}
    assert luca.vouchers() == ()
    # The campaign's shared codes (WELCOME10) are in nobody's wallet.
    assert {v.code for v in _giulia(client).vouchers()} == {COFFEE, BREAD, made.voucher.code}


# -- points into a voucher --------------------------------------------------------------------


def test_points_become_a_voucher_worth_their_value_that_a_till_can_take(client: LoyaltyClient) -> None:
    session = _giulia(client)
    pointvalue = client.campaign().pointvalue
    made = session.points_to_voucher(points=300, operationid=_op(), pincode=GIULIA_PIN)
    voucher = made.voucher
    assert (voucher.value, voucher.percent, voucher.state, voucher.source) == (
        300 * pointvalue, None, VoucherState.ACTIVE, VoucherSource.POINTS,
    )
    assert voucher.createdat is not None and voucher.expiresat is not None
    assert (voucher.expiresat - voucher.createdat).days == VOUCHER_FROM_POINTS_DAYS
    assert (made.result.points, made.result.balance.points) == (-300, GIULIA_POINTS - 300)
    assert session.customer.points == GIULIA_POINTS - 300
    # Active ones first, soonest to expire first: the demo's coffee voucher ends in 30 days, this one in 90.
    assert [v.code for v in session.vouchers()] == [COFFEE, voucher.code, BREAD]
    history = session.movements()
    assert (history[0].type, history[0].points) == (MovementType.VOUCHER, -300)
    at_the_till = client.validate_voucher(voucher.code.lower())
    assert (at_the_till.code, at_the_till.value, at_the_till.discount, at_the_till.valid) == (
        voucher.code, 300 * pointvalue, 300 * pointvalue, True,
    )
    assert client.card(card=GIULIA).points == GIULIA_POINTS - 300


def test_points_into_a_voucher_happen_once_however_often_the_call_is_sent(client: LoyaltyClient) -> None:
    session = _giulia(client)
    operationid = _op()
    first = session.points_to_voucher(points=200, operationid=operationid, pincode=GIULIA_PIN)
    again = session.points_to_voucher(points=200, operationid=operationid, pincode=GIULIA_PIN)
    assert (first.replayed, again.replayed) == (False, True)
    assert again.voucher == first.voucher and again.result.movementid == first.result.movementid
    assert session.profile().points == GIULIA_POINTS - 200
    assert [v.code for v in session.vouchers()].count(first.voucher.code) == 1
    changed = _refused(lambda: session.points_to_voucher(points=300, operationid=operationid, pincode=GIULIA_PIN))
    assert changed.problem is Problem.OPERATION_CONFLICT
    # Another customer sending the same operation id gets a refusal, never Giulia's voucher.
    luca = client.customer_login_with_pin(card=LUCA, pincode=LUCA_PIN)
    stolen = _refused(lambda: luca.points_to_voucher(points=200, operationid=operationid, pincode=LUCA_PIN))
    assert stolen.problem is Problem.OPERATION_CONFLICT
    assert luca.vouchers() == ()


def test_points_into_a_voucher_are_refused_below_the_minimum_over_the_balance_and_with_a_wrong_pin(
    client: LoyaltyClient,
) -> None:
    session = _giulia(client)
    minimum = client.campaign().minredeempoints
    few = _refused(lambda: session.points_to_voucher(points=minimum - 1, operationid=_op(), pincode=GIULIA_PIN))
    assert (few.problem, few.field) == (Problem.TOO_FEW_POINTS_FOR_VOUCHER, "points")
    many = _refused(lambda: session.points_to_voucher(points=GIULIA_POINTS + 1, operationid=_op(), pincode=GIULIA_PIN))
    assert many.problem is Problem.NOT_ENOUGH_POINTS
    wrong = _refused(lambda: session.points_to_voucher(points=minimum, operationid=_op(), pincode="0000"))
    assert (wrong.problem, wrong.attempts_left) == (Problem.WRONG_PIN, PIN_MAX_WRONG_TRIES - 1)
    assert session.profile().points == GIULIA_POINTS
    assert [v.code for v in session.vouchers()] == [COFFEE, BREAD]


def test_wrong_pins_here_lock_the_card_like_anywhere_else(client: LoyaltyClient) -> None:
    session = _giulia(client)
    for _ in range(PIN_MAX_WRONG_TRIES - 1):
        _refused(lambda: session.points_to_voucher(points=100, operationid=_op(), pincode="0000"))
    locked = _refused(lambda: session.points_to_voucher(points=100, operationid=_op(), pincode="0000"))
    assert locked.problem is Problem.PIN_LOCKED
    assert _refused(
        lambda: session.points_to_voucher(points=100, operationid=_op(), pincode=GIULIA_PIN)
    ).problem is Problem.PIN_LOCKED
    card = client.card(card=GIULIA)
    assert (card.pinlocked, card.points) == (True, GIULIA_POINTS)


def test_a_blocked_card_makes_no_voucher(client: LoyaltyClient) -> None:
    session = _giulia(client)
    client.block_card(GIULIA)
    blocked = _refused(lambda: session.points_to_voucher(points=100, operationid=_op(), pincode=GIULIA_PIN))
    assert blocked.problem is Problem.CARD_BLOCKED
    assert client.card(card=GIULIA).points == GIULIA_POINTS


def test_points_in_a_voucher_cannot_be_reversed_at_the_till(client: LoyaltyClient) -> None:
    made = _giulia(client).points_to_voucher(points=100, operationid=_op(), pincode=GIULIA_PIN)
    refused = _refused(lambda: client.reverse(made.result.movementid, operationid=_op()))
    assert refused.problem is Problem.NOT_REVERSIBLE
    assert client.validate_voucher(made.voucher.code).valid


# -- at the till --------------------------------------------------------------------------


def test_a_till_reads_a_voucher_then_takes_it_once_against_a_receipt(client: LoyaltyClient) -> None:
    read = client.validate_voucher(" caffe150 ")
    assert (read.code, read.value, read.currency, read.state, read.valid) == (COFFEE, 150, "EUR", VoucherState.ACTIVE,
                                                                               True)
    assert read.terms and read.title
    operationid = _op()
    used = client.use_voucher(COFFEE, operationid=operationid, receipt="R-77")
    assert isinstance(used, VoucherUse)
    assert (used.code, used.receipt, used.voucher.state, used.voucher.value, used.replayed) == (
        COFFEE, "R-77", VoucherState.USED, 150, False,
    )
    again = client.use_voucher(COFFEE, operationid=operationid, receipt="R-77")
    assert (again.replayed, again.usedat) == (True, used.usedat)
    other_receipt = _refused(lambda: client.use_voucher(COFFEE, operationid=operationid, receipt="R-78"))
    assert other_receipt.problem is Problem.OPERATION_CONFLICT
    twice = _refused(lambda: client.use_voucher(COFFEE, operationid=_op(), receipt="R-79"))
    assert twice.problem is Problem.VOUCHER_USED
    assert _refused(lambda: client.validate_voucher(COFFEE)).problem is Problem.VOUCHER_USED
    assert _refused(lambda: client.use_voucher(BREAD, operationid=_op(), receipt="R-80")).problem is Problem.VOUCHER_USED
    session = _giulia(client)
    assert {v.code: v.state for v in session.vouchers()}[COFFEE] is VoucherState.USED


def test_an_unknown_code_or_another_campaigns_code_is_unknown(client: LoyaltyClient, sandbox: Any) -> None:
    with sqlite3.connect(sandbox.config.database_path, timeout=10) as other:
        other.execute(
            "INSERT INTO campaigns (campaignid, name, currency, pointsperunit, pointvalue, minredeempoints,"
            " pincodelength, cardformat, offlinepolicy) VALUES (2002, 'Other shop', 'EUR', '1', 1, 100, 4, 'EAN13', '{}')"
        )
        other.execute(
            "INSERT INTO vouchers (campaignid, code, description, discount) VALUES (2002, 'OTHERSHOP5', '5.00 off', 500)"
        )
    for code in ("NOSUCHCODE", "OTHERSHOP5"):
        assert _refused(lambda: client.validate_voucher(code)).problem is Problem.VOUCHER_UNKNOWN
        assert _refused(lambda: client.use_voucher(code, operationid=_op(), receipt="R-1")).problem is (
            Problem.VOUCHER_UNKNOWN
        )


def test_an_expired_voucher_is_refused_and_shown_expired_while_a_use_before_it_replays(
    clocked: tuple[LoyaltyClient, SandboxClock],
) -> None:
    client, clock = clocked
    made = _giulia(client).points_to_voucher(points=100, operationid=_op(), pincode=GIULIA_PIN)
    operationid = _op()
    used = client.use_voucher(made.voucher.code, operationid=operationid, receipt="R-1")
    clock.advance(31 * DAY)  # the demo's coffee voucher lasts 30 days
    wallet = {v.code: v.state for v in _giulia(client).vouchers()}
    assert wallet == {COFFEE: VoucherState.EXPIRED, BREAD: VoucherState.USED, made.voucher.code: VoucherState.USED}
    assert _refused(lambda: client.validate_voucher(COFFEE)).problem is Problem.VOUCHER_EXPIRED
    assert _refused(lambda: client.use_voucher(COFFEE, operationid=_op(), receipt="R-2")).problem is (
        Problem.VOUCHER_EXPIRED
    )
    replay = client.use_voucher(made.voucher.code, operationid=operationid, receipt="R-1")
    assert (replay.replayed, replay.usedat) == (True, used.usedat)


def test_two_tills_using_one_voucher_at_the_same_moment_take_it_once(
    client: LoyaltyClient, second_till: LoyaltyClient
) -> None:
    session = _giulia(client)
    codes = [session.points_to_voucher(points=100, operationid=_op(), pincode=GIULIA_PIN).voucher.code
             for _ in range(5)]
    for code in codes:
        start = threading.Barrier(2)
        outcomes: list[object] = []

        def take(till: LoyaltyClient, code: str = code, start: threading.Barrier = start) -> None:
            start.wait()
            try:
                outcomes.append(till.use_voucher(code, operationid=_op(), receipt="R-race"))
            except ApiError as refused:
                outcomes.append(refused.problem)

        threads = [threading.Thread(target=take, args=(till,)) for till in (client, second_till)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert len(outcomes) == 2
        assert sum(isinstance(outcome, VoucherUse) for outcome in outcomes) == 1, outcomes
        assert Problem.VOUCHER_USED in outcomes
    assert all(v.state is VoucherState.USED for v in session.vouchers() if v.code in codes)



def test_a_till_learns_of_points_turned_into_a_voucher_as_of_any_movement_but_not_its_code(
    client: LoyaltyClient,
) -> None:
    operationid = _op()
    made = _giulia(client).points_to_voucher(points=100, operationid=operationid, pincode=GIULIA_PIN)
    outcome = client.operation(operationid)
    assert outcome is not None
    assert (outcome.movementid, outcome.result.movement.type) == (made.result.movementid, MovementType.VOUCHER)
    assert made.voucher.code not in repr(outcome)
    history = client.movements(GIULIA)
    assert (history[0].type, history[0].points) == (MovementType.VOUCHER, -100)
