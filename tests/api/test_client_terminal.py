"""The terminal's calls against the real sandbox: answers, every refusal, idempotency, PIN rules, lost answers."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from kiosk.cli_text import say
from kiosk.api import (
    ApiError,
    CardFormat,
    CardStatus,
    LoyaltyClient,
    MovementType,
    NetworkError,
    Problem,
    SandboxControl,
    TerminalLogin,
)
from kiosk.api.marta import ANSWER_STATUS, API_KEY_HEADER, DEFAULT_OFFLINE_POLICY, PIN_MAX_WRONG_TRIES, AnswerCode, Path
from kiosk.domain.identifiers import is_valid_ean13, with_check_digit
from tests.helpers import wait_until

CAMPAIGN = 1001
GIULIA = with_check_digit("200000000001")  # registered, 1250 points, 1500 credit, PIN 1234
UNREGISTERED = with_check_digit("200000000002")  # 300 points, PIN 2468
MARCO = with_check_digit("200000000003")  # blocked
ANNA = with_check_digit("200000000004")  # PIN locked
LUCA = with_check_digit("200000000005")  # 40 points, 0 credit, PIN 4321
GIULIA_EMAIL = "giulia.rossi@example.com"
GIULIA_MOBILE = "+393331234567"
NOW = dt.datetime(2026, 11, 22, 10, 42, tzinfo=dt.timezone.utc)


def scrypt_hex(params: dict[str, Any], address: str) -> str:
    """CONTRACT §3's hash, made from the published parameters alone."""
    return hashlib.scrypt(
        address.encode(), salt=params["salt"].encode(), n=params["n"], r=params["r"], p=params["p"], dklen=32,
        maxmem=64 * 1024 * 1024,
    ).hex()


def _op() -> str:
    return str(uuid.uuid4())


def _login(sandbox: Any, which: str = "terminal") -> TerminalLogin:
    return TerminalLogin(**sandbox.demo[which])


def _client(sandbox: Any, terminal: TerminalLogin | None = None, **options: Any) -> LoyaltyClient:
    return LoyaltyClient(
        sandbox.url,
        api_key=sandbox.demo["apikey"],
        campaign_id=sandbox.demo["campaignid"],
        terminal=terminal or _login(sandbox),
        **options,
    )


@pytest.fixture
def client(sandbox: Any) -> Iterator[LoyaltyClient]:
    with _client(sandbox) as client:
        yield client



def _check(error: pytest.ExceptionInfo[ApiError], code: AnswerCode, *, field: str | None = None) -> ApiError:
    assert error.value.answer_code == code, error.value.server_message
    assert error.value.status == ANSWER_STATUS[code]
    if field is not None:
        assert error.value.field == field
    return error.value


# -- reading -------------------------------------------------------------------


def test_campaign_rules_are_the_demo_shop(client: LoyaltyClient) -> None:
    campaign = client.campaign()
    assert (campaign.campaignid, campaign.name, campaign.currency) == (CAMPAIGN, "Demo Shop Rewards", "EUR")
    assert (campaign.pointsperunit, campaign.pointvalue, campaign.minredeempoints) == (1, 1, 100)
    assert campaign.pincodelength == 4 and campaign.cardformat is CardFormat.EAN13
    assert [(c.categoryid, c.name) for c in campaign.categories] == [(1, "Standard"), (2, "Gold")]
    policy = campaign.offlinepolicy
    assert (policy.earn, policy.redeem, policy.redeemmaxpoints, policy.redeemwindowhours) == tuple(
        DEFAULT_OFFLINE_POLICY[k] for k in ("earn", "redeem", "redeemmaxpoints", "redeemwindowhours")
    )
    hashing = campaign.contacthash
    assert (hashing.algorithm, hashing.n >= 32768, hashing.r, hashing.p >= 1) == ("scrypt", True, 8, True)


def test_a_card_is_found_by_number_email_or_mobile(client: LoyaltyClient) -> None:
    by_number = client.card(card=GIULIA)
    assert (by_number.name, by_number.surname, by_number.points, by_number.credit) == ("Giulia", "Rossi", 1250, 1500)
    assert by_number.status is CardStatus.ACTIVE and by_number.registered_customer and not by_number.pinlocked
    assert by_number.fidelycode == GIULIA
    assert client.card(email=GIULIA_EMAIL.upper()) == by_number
    assert client.card(mobile=GIULIA_MOBILE) == by_number


def test_blocked_and_locked_cards_are_read_as_they_are(client: LoyaltyClient) -> None:
    assert client.card(card=MARCO).status is CardStatus.BLOCKED
    assert client.card(card=ANNA).pinlocked


def test_an_unknown_card_is_refused_with_30(client: LoyaltyClient) -> None:
    with pytest.raises(ApiError) as error:
        client.card(card=with_check_digit("299999999999"))
    assert _check(error, AnswerCode.CARD_UNKNOWN).problem is Problem.CARD_UNKNOWN
    assert "not known" in say(error.value)


def test_a_new_card_is_anonymous_with_a_valid_number(client: LoyaltyClient) -> None:
    card = client.issue_card(2)
    assert is_valid_ean13(card.card) and card.card.startswith("2")
    assert (card.points, card.credit, card.categoryid, card.registered_customer, card.name) == (0, 0, 2, False, None)
    assert client.card(card=card.card).customerid == card.customerid


def test_a_new_card_of_an_unknown_category_is_refused_with_20(client: LoyaltyClient) -> None:
    with pytest.raises(ApiError) as error:
        client.issue_card(99)
    _check(error, AnswerCode.BAD_FIELD, field="categoryid")
    assert "categoryid" in say(error.value)


def test_evaluate_tells_the_points_and_changes_nothing(client: LoyaltyClient) -> None:
    evaluation = client.evaluate(GIULIA, 1299)
    assert (evaluation.card, evaluation.amount, evaluation.points) == (GIULIA, 1299, 12)
    assert client.card(card=GIULIA).points == 1250


def test_evaluate_refuses_a_blocked_card_and_a_zero_amount(client: LoyaltyClient) -> None:
    with pytest.raises(ApiError) as blocked:
        client.evaluate(MARCO, 1000)
    _check(blocked, AnswerCode.CARD_BLOCKED)
    with pytest.raises(ApiError) as zero:
        client.evaluate(GIULIA, 0)
    _check(zero, AnswerCode.BAD_FIELD, field="amount")


# -- writes ---------------------------------------------------------------------


def test_a_purchase_earns_points_and_shows_in_the_history(client: LoyaltyClient) -> None:
    op = _op()
    result = client.purchase(GIULIA, amount=2550, receipt="R-0001", operationid=op, when=NOW)
    assert (result.operationid, result.points, result.credit) == (op, 25, 0)
    assert (result.balance.points, result.balance.credit) == (1275, 1500)
    assert not result.replayed
    movement = client.movements(GIULIA)[0]
    assert movement == result.movement
    assert (movement.movementid, movement.operationid, movement.type) == (result.movementid, op, MovementType.PURCHASE)
    assert (movement.amount, movement.receipt, movement.when) == (2550, "R-0001", NOW)
    assert movement.serialnumber == "KIOSK-DEMO-1"


def test_history_is_newest_first_and_limited(client: LoyaltyClient) -> None:
    ops = [_op() for _ in range(3)]
    for number, op in enumerate(ops):
        client.load_credit(LUCA, credit=100 * (number + 1), operationid=op)
    history = client.movements(LUCA, limit=2)
    assert [m.operationid for m in history] == [ops[2], ops[1]]
    assert [m.credit for m in history] == [300, 200]


def test_a_repeated_purchase_replays_the_same_movement_and_earns_once(client: LoyaltyClient) -> None:
    op = _op()
    first = client.purchase(GIULIA, amount=1000, receipt="R-2", operationid=op, when=NOW)
    again = client.purchase(GIULIA, amount=1000, receipt="R-2", operationid=op, when=NOW)
    assert again.replayed
    assert (again.movementid, again.balance) == (first.movementid, first.balance)
    assert client.card(card=GIULIA).points == 1260
    assert [m.operationid for m in client.movements(GIULIA)].count(op) == 1


def test_the_same_key_with_another_body_is_refused_with_61(client: LoyaltyClient) -> None:
    op = _op()
    client.purchase(GIULIA, amount=1000, receipt="R-3", operationid=op, when=NOW)
    with pytest.raises(ApiError) as error:
        client.purchase(GIULIA, amount=2000, receipt="R-3", operationid=op, when=NOW)
    _check(error, AnswerCode.KEY_REUSED)
    assert client.card(card=GIULIA).points == 1260


def test_a_repeat_while_the_first_is_running_is_refused_with_62(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    control.set_faults(delayms=1500, path=Path.PURCHASE)
    op = _op()
    outcome: dict[str, Any] = {}

    def first() -> None:
        outcome["result"] = client.purchase(GIULIA, amount=1000, receipt="R-4", operationid=op, when=NOW)

    worker = threading.Thread(target=first)
    worker.start()
    try:
        _wait_until_running(client, op)
        with pytest.raises(ApiError) as error:
            client.purchase(GIULIA, amount=1000, receipt="R-4", operationid=op, when=NOW)
        _check(error, AnswerCode.OPERATION_RUNNING)
        assert error.value.problem is Problem.OPERATION_RUNNING
    finally:
        worker.join()
    assert outcome["result"].points == 10
    assert client.card(card=GIULIA).points == 1260


def _wrong_check_digit(card: str) -> str:
    return card[:-1] + str((int(card[-1]) + 1) % 10)


def _wait_until_running(client: LoyaltyClient, op: str) -> None:
    """Until the server holds `op` as running (it says so with 62 on the operation look-up)."""

    def running() -> bool:
        try:
            client.operation(op)
        except ApiError as exc:
            if exc.answer_code == AnswerCode.OPERATION_RUNNING:
                return True
            raise
        return False

    wait_until(running, within=5, what="the first purchase to show as running")


def test_burning_points_needs_the_right_pin_and_enough_points(client: LoyaltyClient) -> None:
    result = client.burn_points(GIULIA, points=200, pincode="1234", operationid=_op())
    assert (result.points, result.balance.points) == (-200, 1050)
    assert result.movement.type is MovementType.BURNPOINTS
    with pytest.raises(ApiError) as too_few:
        client.burn_points(GIULIA, points=50, pincode="1234", operationid=_op())
    _check(too_few, AnswerCode.BAD_FIELD, field="points")
    with pytest.raises(ApiError) as short:
        client.burn_points(LUCA, points=100, pincode="4321", operationid=_op())
    assert _check(short, AnswerCode.NOT_ENOUGH_POINTS).problem is Problem.NOT_ENOUGH_POINTS


def test_a_refused_write_frees_its_key_for_another_try(client: LoyaltyClient) -> None:
    op = _op()
    with pytest.raises(ApiError) as wrong:
        client.burn_points(GIULIA, points=100, pincode="0000", operationid=op)
    assert _check(wrong, AnswerCode.WRONG_PIN).attempts_left == PIN_MAX_WRONG_TRIES - 1
    assert client.operation(op) is None
    assert client.burn_points(GIULIA, points=100, pincode="1234", operationid=op).balance.points == 1150


def test_burning_credit_needs_the_pin_and_enough_credit(client: LoyaltyClient) -> None:
    result = client.burn_credit(GIULIA, credit=500, pincode="1234", operationid=_op())
    assert (result.credit, result.balance.credit) == (-500, 1000)
    with pytest.raises(ApiError) as short:
        client.burn_credit(GIULIA, credit=5000, pincode="1234", operationid=_op())
    _check(short, AnswerCode.NOT_ENOUGH_CREDIT)
    with pytest.raises(ApiError) as wrong:
        client.burn_credit(GIULIA, credit=100, pincode="9999", operationid=_op())
    _check(wrong, AnswerCode.WRONG_PIN)


def test_a_locked_pin_is_refused_with_41(client: LoyaltyClient) -> None:
    with pytest.raises(ApiError) as locked:
        client.burn_credit(ANNA, credit=100, pincode="9999", operationid=_op())
    assert _check(locked, AnswerCode.PIN_LOCKED).problem is Problem.PIN_LOCKED


def test_writes_on_a_blocked_card_are_refused_with_31(client: LoyaltyClient) -> None:
    with pytest.raises(ApiError) as purchase:
        client.purchase(MARCO, amount=100, receipt="R", operationid=_op(), when=NOW)
    _check(purchase, AnswerCode.CARD_BLOCKED)
    with pytest.raises(ApiError) as burn:
        client.burn_points(MARCO, points=100, pincode="1357", operationid=_op())
    _check(burn, AnswerCode.CARD_BLOCKED)


def test_a_write_on_an_unknown_card_is_refused_with_30(client: LoyaltyClient) -> None:
    with pytest.raises(ApiError) as error:
        client.load_credit(with_check_digit("299999999999"), credit=100, operationid=_op())
    _check(error, AnswerCode.CARD_UNKNOWN)


def test_loading_credit_adds_to_the_balance(client: LoyaltyClient) -> None:
    result = client.load_credit(LUCA, credit=1000, operationid=_op())
    assert (result.credit, result.balance.credit, result.movement.type) == (1000, 1000, MovementType.LOADCREDIT)


def test_a_reversal_undoes_a_movement_once(client: LoyaltyClient) -> None:
    purchase = client.purchase(GIULIA, amount=5000, receipt="R-5", operationid=_op(), when=NOW)
    reversal = client.reverse(purchase.movementid, operationid=_op())
    assert (reversal.points, reversal.balance.points) == (-50, 1250)
    assert reversal.movement.type is MovementType.REVERSAL and reversal.movement.reverses == purchase.movementid
    history = {m.movementid: m for m in client.movements(GIULIA)}
    assert history[purchase.movementid].reversedby == reversal.movementid
    with pytest.raises(ApiError) as twice:
        client.reverse(purchase.movementid, operationid=_op())
    _check(twice, AnswerCode.MOVEMENT_NOT_REVERSIBLE)
    with pytest.raises(ApiError) as of_reversal:
        client.reverse(reversal.movementid, operationid=_op())
    _check(of_reversal, AnswerCode.MOVEMENT_NOT_REVERSIBLE)


def test_a_repeated_reversal_replays(client: LoyaltyClient) -> None:
    load = client.load_credit(LUCA, credit=700, operationid=_op())
    op = _op()
    first = client.reverse(load.movementid, operationid=op)
    again = client.reverse(load.movementid, operationid=op)
    assert again.replayed and again.movementid == first.movementid
    assert client.card(card=LUCA).credit == 0


def test_reversing_an_unknown_movement_is_refused_with_64(client: LoyaltyClient) -> None:
    with pytest.raises(ApiError) as error:
        client.reverse(987654, operationid=_op())
    _check(error, AnswerCode.MOVEMENT_UNKNOWN)


def test_a_reversal_cannot_take_a_balance_below_zero(client: LoyaltyClient) -> None:
    purchase = client.purchase(LUCA, amount=10000, receipt="R-6", operationid=_op(), when=NOW)  # 140 points
    client.burn_points(LUCA, points=140, pincode="4321", operationid=_op())
    with pytest.raises(ApiError) as points:
        client.reverse(purchase.movementid, operationid=_op())
    _check(points, AnswerCode.NOT_ENOUGH_POINTS)
    load = client.load_credit(LUCA, credit=500, operationid=_op())
    client.burn_credit(LUCA, credit=500, pincode="4321", operationid=_op())
    with pytest.raises(ApiError) as credit:
        client.reverse(load.movementid, operationid=_op())
    _check(credit, AnswerCode.NOT_ENOUGH_CREDIT)


def test_an_operation_look_up_shows_what_was_applied(client: LoyaltyClient) -> None:
    op = _op()
    result = client.load_credit(GIULIA, credit=250, operationid=op)
    outcome = client.operation(op)
    assert outcome is not None
    assert (outcome.operationid, outcome.status, outcome.movementid) == (op, "applied", result.movementid)
    assert outcome.result.balance == result.balance
    assert client.operation(_op()) is None


# -- PIN -------------------------------------------------------------------------


def test_a_pin_is_checked_without_moving_anything(client: LoyaltyClient) -> None:
    check = client.verify_pin(GIULIA, "1234")
    assert (check.card, check.valid) == (GIULIA, True)
    assert client.card(card=GIULIA).points == 1250


def test_the_pin_locks_after_wrong_tries_on_any_terminal(sandbox: Any) -> None:
    with _client(sandbox) as till_1, _client(sandbox, _login(sandbox, "terminal2")) as till_2:
        tills = [till_1, till_2]
        left = []
        for attempt in range(PIN_MAX_WRONG_TRIES - 1):
            with pytest.raises(ApiError) as wrong:
                tills[attempt % 2].verify_pin(GIULIA, "0000")
            left.append(_check(wrong, AnswerCode.WRONG_PIN).attempts_left)
        assert left == list(range(PIN_MAX_WRONG_TRIES - 1, 0, -1))
        with pytest.raises(ApiError) as last:
            till_2.burn_points(GIULIA, points=100, pincode="0000", operationid=_op())
        _check(last, AnswerCode.PIN_LOCKED)
        with pytest.raises(ApiError) as right_too_late:
            till_1.verify_pin(GIULIA, "1234")
        _check(right_too_late, AnswerCode.PIN_LOCKED)
        assert till_1.card(card=GIULIA).pinlocked


def test_a_right_pin_clears_the_wrong_tries(client: LoyaltyClient) -> None:
    for _ in range(PIN_MAX_WRONG_TRIES - 1):
        with pytest.raises(ApiError):
            client.verify_pin(UNREGISTERED, "0000")
    assert client.verify_pin(UNREGISTERED, "2468").valid
    with pytest.raises(ApiError) as wrong:
        client.verify_pin(UNREGISTERED, "0000")
    assert _check(wrong, AnswerCode.WRONG_PIN).attempts_left == PIN_MAX_WRONG_TRIES - 1


def test_a_card_without_a_pin_cannot_redeem(client: LoyaltyClient) -> None:
    card = client.issue_card(1)
    with pytest.raises(ApiError) as error:
        client.verify_pin(card.card, "1234")
    _check(error, AnswerCode.WRONG_PIN)


# -- card life cycle --------------------------------------------------------------------


def test_a_card_is_blocked_and_unblocked(client: LoyaltyClient) -> None:
    assert client.block_card(GIULIA).status is CardStatus.BLOCKED
    with pytest.raises(ApiError) as error:
        client.load_credit(GIULIA, credit=100, operationid=_op())
    _check(error, AnswerCode.CARD_BLOCKED)
    assert client.unblock_card(GIULIA).status is CardStatus.ACTIVE
    with pytest.raises(ApiError) as unknown:
        client.block_card(with_check_digit("299999999999"))
    _check(unknown, AnswerCode.CARD_UNKNOWN)


def test_a_replaced_card_hands_everything_to_the_new_one(client: LoyaltyClient) -> None:
    newcard = with_check_digit("200000000099")
    new = client.replace_card(GIULIA, newcard=newcard)
    assert (new.card, new.status, new.points, new.credit, new.name) == (newcard, CardStatus.ACTIVE, 1250, 1500, "Giulia")
    old = client.card(card=GIULIA)
    assert (old.status, old.replacedby) == (CardStatus.REPLACED, newcard)
    assert client.verify_pin(newcard, "1234").valid
    with pytest.raises(ApiError) as again:
        client.replace_card(GIULIA, newcard=with_check_digit("200000000098"))
    _check(again, AnswerCode.CARD_BLOCKED)
    with pytest.raises(ApiError) as unblock:
        client.unblock_card(GIULIA)
    _check(unblock, AnswerCode.CARD_BLOCKED)


def test_a_replacement_must_be_a_new_valid_number(client: LoyaltyClient) -> None:
    with pytest.raises(ApiError) as taken:
        client.replace_card(GIULIA, newcard=UNREGISTERED)
    assert _check(taken, AnswerCode.CARD_IN_USE).problem is Problem.CARD_IN_USE
    with pytest.raises(ApiError) as malformed:
        client.replace_card(GIULIA, newcard=_wrong_check_digit(with_check_digit("200000000097")))
    _check(malformed, AnswerCode.BAD_FIELD, field="newcard")


# -- vouchers and directory -----------------------------------------------------------------


def test_a_voucher_is_checked_as_often_as_wanted_and_taken_once(client: LoyaltyClient) -> None:
    welcome = client.validate_voucher("WELCOME10")
    assert (welcome.code, welcome.percent, welcome.discount, welcome.valid) == ("WELCOME10", 10, None, True)
    assert client.validate_voucher("welcome10 ").valid  # checking takes nothing (CONTRACT §4: read only)
    assert client.validate_voucher("FIVEOFF").discount == 500
    client.use_voucher("WELCOME10", operationid=str(uuid.uuid4()), receipt="R-1")
    with pytest.raises(ApiError) as used:
        client.validate_voucher("WELCOME10")
    _check(used, AnswerCode.VOUCHER_USED)
    with pytest.raises(ApiError) as unknown:
        client.validate_voucher("NOSUCHCODE")
    _check(unknown, AnswerCode.VOUCHER_UNKNOWN)


def test_the_card_directory_comes_in_pages_and_follows_changes(client: LoyaltyClient) -> None:
    params = client.campaign().contacthash.to_json()
    entries, since, pages = [], "", 0
    while True:
        page = client.card_directory(since=since, limit=2)
        entries.extend(page.cards)
        since, pages = page.next, pages + 1
        if not page.more:
            break
    assert pages >= 3
    cards = {entry.card: entry for entry in entries}
    assert {GIULIA, UNREGISTERED, MARCO, ANNA, LUCA} <= set(cards)
    giulia = cards[GIULIA]
    assert giulia.emailhash == scrypt_hex(params, GIULIA_EMAIL)
    assert giulia.mobilehash == scrypt_hex(params, GIULIA_MOBILE)
    assert giulia.registered_customer and not cards[UNREGISTERED].registered_customer
    assert cards[UNREGISTERED].emailhash is None
    assert cards[MARCO].status is CardStatus.BLOCKED
    assert client.card_directory(since=since).cards == ()
    client.load_credit(LUCA, credit=100, operationid=_op())
    changed = client.card_directory(since=since)
    assert [(e.card, e.credit) for e in changed.cards] == [(LUCA, 100)]
    assert not changed.more and changed.next != since


# -- refusals of the connection itself ----------------------------------------------------


def test_a_wrong_api_key_is_refused_with_10(sandbox: Any) -> None:
    with LoyaltyClient(sandbox.url, api_key="not-the-key", campaign_id=CAMPAIGN, terminal=_login(sandbox)) as client:
        with pytest.raises(ApiError) as error:
            client.campaign()
    assert _check(error, AnswerCode.WRONG_CREDENTIALS).problem is Problem.TERMINAL_SIGN_IN
    assert "settings" in say(error.value)


def test_a_wrong_terminal_password_or_serial_is_refused_with_10(sandbox: Any) -> None:
    terminal = _login(sandbox)
    wrong_password = dataclasses.replace(terminal, password="guess")
    with _client(sandbox, wrong_password) as client, pytest.raises(ApiError) as password:
        client.campaign()
    _check(password, AnswerCode.WRONG_CREDENTIALS)
    assert "guess" not in say(password.value)
    wrong_serial = dataclasses.replace(terminal, serialnumber="KIOSK-STOLEN")
    with _client(sandbox, wrong_serial) as client, pytest.raises(ApiError) as serial:
        client.campaign()
    _check(serial, AnswerCode.WRONG_CREDENTIALS, field="serialnumber")


def test_a_token_of_another_scope_is_refused_with_12(sandbox: Any) -> None:
    customer_token = httpx.post(
        sandbox.url + Path.AUTH,
        headers={API_KEY_HEADER: sandbox.demo["apikey"]},
        json={"username": GIULIA_EMAIL, "password": "demo-customer-pw", "campaignid": CAMPAIGN, "devicetype": 1, "scope": "customer"},
    ).json()["token"]

    def swap_token(request: httpx.Request) -> None:
        # Plays a mix-up of tokens: a customer's token sent on a terminal call.
        if request.url.path.startswith("/terminal/"):
            request.headers["Authorization"] = "Bearer " + customer_token

    with _client(sandbox, event_hooks={"request": [swap_token]}) as client, pytest.raises(ApiError) as error:
        client.campaign()
    assert _check(error, AnswerCode.SCOPE_FORBIDDEN).problem is Problem.NOT_ALLOWED


def test_an_expired_token_is_renewed_without_the_cashier_noticing(client: LoyaltyClient, control: SandboxControl) -> None:
    client.campaign()
    control.advance_clock(3000)
    assert client.card(card=GIULIA).points == 1250


def test_a_server_fault_says_when_to_try_again_and_is_not_repeated(sandbox: Any, control: SandboxControl) -> None:
    sent: list[str] = []
    with _client(sandbox, event_hooks={"request": [lambda r: sent.append(r.url.path)]}) as client:
        client.campaign()
        control.set_faults(status=503, count=1, retryafter=12, path=Path.LOADCREDIT)
        op = _op()
        with pytest.raises(ApiError) as error:
            client.load_credit(LUCA, credit=100, operationid=op)
        assert (error.value.status, error.value.answer_code, error.value.retry_after) == (503, AnswerCode.SERVER_FAULT, 12)
        assert "12 seconds" in say(error.value)
        assert sent.count(Path.LOADCREDIT) == 1
        assert client.operation(op) is None
        assert client.load_credit(LUCA, credit=100, operationid=op).balance.credit == 100


def test_a_lost_answer_is_settled_by_the_operation_look_up(client: LoyaltyClient, control: SandboxControl) -> None:
    client.campaign()
    control.set_faults(dropcount=1, path=Path.PURCHASE)
    op = _op()
    with pytest.raises(NetworkError) as lost:
        client.purchase(GIULIA, amount=3000, receipt="R-7", operationid=op, when=NOW)
    assert lost.value.maybe_applied
    outcome = client.operation(op)
    assert outcome is not None and outcome.result.balance.points == 1280
    again = client.purchase(GIULIA, amount=3000, receipt="R-7", operationid=op, when=NOW)
    assert again.replayed and again.movementid == outcome.movementid
    assert client.card(card=GIULIA).points == 1280


def test_a_server_that_is_not_there_means_nothing_was_sent() -> None:
    with LoyaltyClient(
        "http://127.0.0.1:9", api_key="key", campaign_id=CAMPAIGN, terminal=TerminalLogin("t", "p", "s"), connect_timeout=1
    ) as client, pytest.raises(NetworkError) as error:
        client.load_credit(LUCA, credit=100, operationid=_op())
    assert not error.value.maybe_applied
    assert "cannot be reached" in say(error.value)
