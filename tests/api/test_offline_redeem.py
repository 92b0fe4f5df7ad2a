"""Points redeemed with a manager's approval while the terminal was offline, sent later without a PIN, against the real sandbox."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pathlib
import sqlite3
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from kiosk.cli_text import say
from kiosk.api import (
    ApiError,
    LoyaltyClient,
    MovementType,
    OfflinePolicy,
    Problem,
    SandboxControl,
    TerminalLogin,
)
from kiosk.api.marta import (
    ANSWER_STATUS,
    API_KEY_HEADER,
    IDEMPOTENCY_HEADER,
    OFFLINE_CLOCK_SKEW_SECONDS,
    AnswerCode,
    Path,
)
from kiosk.domain.identifiers import with_check_digit
from kiosk.sandbox import SandboxConfig, start_in_thread
from kiosk.sandbox.config import DATABASE_NAME
from kiosk.sandbox.db import SCHEMA_VERSION
from kiosk.store import NewOperation, OperationState, Store
from kiosk.sync import Backoff, SyncWorker

GIULIA, GIULIA_PIN = with_check_digit("200000000001"), "1234"  # 1250 points
UNREGISTERED = with_check_digit("200000000002")  # 300 points
DAY = 24 * 3600


def _op() -> str:
    return str(uuid.uuid4())


def _now(control: SandboxControl) -> dt.datetime:
    """The sandbox's time: an approval at the till is never later than the server's clock."""
    return dt.datetime.fromisoformat(control.now().replace("Z", "+00:00"))


def _refused(error: pytest.ExceptionInfo[ApiError], code: AnswerCode) -> ApiError:
    assert error.value.answer_code == code, error.value.server_message
    assert error.value.status == ANSWER_STATUS[code]
    return error.value


@pytest.fixture
def second_terminal(sandbox: Any) -> Iterator[LoyaltyClient]:
    demo = sandbox.demo
    with LoyaltyClient(
        sandbox.url, api_key=demo["apikey"], campaign_id=demo["campaignid"], terminal=TerminalLogin(**demo["terminal2"])
    ) as made:
        yield made


def test_a_campaign_without_offline_redemption_refuses_it_in_words(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    assert not client.campaign().offlinepolicy.redeem
    operationid = _op()
    with pytest.raises(ApiError) as error:
        client.burn_points_offline(GIULIA, points=100, operationid=operationid, when=_now(control))
    refusal = _refused(error, AnswerCode.OFFLINE_REDEEM_REFUSED)
    assert refusal.problem is Problem.OFFLINE_REDEEM_REFUSED
    assert "without the customer's PIN" in say(refusal) and "server" not in str(refusal).lower()
    assert client.card(card=GIULIA).points == 1250
    assert client.operation(operationid) is None


def test_the_policy_set_is_the_one_the_terminal_reads(client: LoyaltyClient, control: SandboxControl) -> None:
    policy = control.set_offline_policy(redeem=True, redeemmaxpoints=500, redeemwindowhours=12, redeemmaxtotalpoints=900)
    assert policy == OfflinePolicy(
        earn=True, redeem=True, redeemmaxpoints=500, redeemwindowhours=12, redeemmaxtotalpoints=900
    )
    assert client.campaign().offlinepolicy == policy


def test_within_the_card_s_cap_it_is_taken_and_the_balance_drops(client: LoyaltyClient, control: SandboxControl) -> None:
    control.set_offline_policy(redeem=True, redeemmaxpoints=500)
    approved_at = _now(control).replace(microsecond=0) - dt.timedelta(hours=2)
    operationid = _op()
    result = client.burn_points_offline(GIULIA, points=200, operationid=operationid, when=approved_at)
    assert (result.points, result.balance.points, result.replayed) == (-200, 1050, False)
    assert client.card(card=GIULIA).points == 1050
    [movement] = client.movements(GIULIA, limit=1)
    assert (movement.type, movement.points, movement.approval) == (MovementType.BURNPOINTS, -200, "offline")
    assert (movement.operationid, movement.when, movement.serialnumber) == (operationid, approved_at, "KIOSK-DEMO-1")
    outcome = client.operation(operationid)
    assert outcome is not None and outcome.result == result


def test_a_redemption_with_the_pin_is_not_marked_offline_and_does_not_count(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    control.set_offline_policy(redeem=True, redeemmaxpoints=300)
    client.burn_points(GIULIA, points=500, pincode=GIULIA_PIN, operationid=_op())
    assert client.movements(GIULIA, limit=1)[0].approval is None
    assert client.burn_points_offline(GIULIA, points=300, operationid=_op(), when=_now(control)).balance.points == 450


def test_beyond_the_card_s_cap_in_the_window_is_refused_until_the_window_has_passed(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    control.set_offline_policy(redeem=True, redeemmaxpoints=300, redeemwindowhours=24)
    now = _now(control)
    client.burn_points_offline(GIULIA, points=200, operationid=_op(), when=now - dt.timedelta(hours=23))
    with pytest.raises(ApiError) as beyond:
        client.burn_points_offline(GIULIA, points=200, operationid=_op(), when=now)
    _refused(beyond, AnswerCode.OFFLINE_REDEEM_REFUSED)
    assert client.burn_points_offline(GIULIA, points=100, operationid=_op(), when=now).balance.points == 950
    control.advance_clock(DAY)
    later = client.burn_points_offline(GIULIA, points=200, operationid=_op(), when=_now(control))
    assert later.balance.points == 750


def test_an_approval_arriving_late_counts_against_the_burns_dated_after_it(
    client: LoyaltyClient, second_terminal: LoyaltyClient, control: SandboxControl
) -> None:
    # Two tills were offline; the one that approved later reaches the server first.
    control.set_offline_policy(redeem=True, redeemmaxpoints=300, redeemwindowhours=24)
    now = _now(control)
    second_terminal.burn_points_offline(GIULIA, points=200, operationid=_op(), when=now - dt.timedelta(hours=1))
    with pytest.raises(ApiError) as beyond:
        client.burn_points_offline(GIULIA, points=200, operationid=_op(), when=now - dt.timedelta(hours=5))
    _refused(beyond, AnswerCode.OFFLINE_REDEEM_REFUSED)
    # Far enough apart that no window of 24 hours holds both, it is taken.
    control.advance_clock(DAY)
    later = now + dt.timedelta(hours=23, minutes=30)
    taken = client.burn_points_offline(GIULIA, points=200, operationid=_op(), when=later)
    assert taken.balance.points == 850


def test_the_terminal_s_total_cap_spans_its_cards_but_not_other_terminals(
    client: LoyaltyClient, second_terminal: LoyaltyClient, control: SandboxControl
) -> None:
    control.set_offline_policy(redeem=True, redeemmaxpoints=300, redeemmaxtotalpoints=400)
    when = _now(control)
    client.burn_points_offline(GIULIA, points=300, operationid=_op(), when=when)
    with pytest.raises(ApiError) as beyond:
        client.burn_points_offline(UNREGISTERED, points=200, operationid=_op(), when=when)
    _refused(beyond, AnswerCode.OFFLINE_REDEEM_REFUSED)
    assert client.burn_points_offline(UNREGISTERED, points=100, operationid=_op(), when=when).balance.points == 200
    elsewhere = second_terminal.burn_points_offline(UNREGISTERED, points=100, operationid=_op(), when=when)
    assert (elsewhere.balance.points, elsewhere.movement.serialnumber) == (100, "KIOSK-DEMO-2")


def test_a_repeat_with_the_same_operationid_burns_once(client: LoyaltyClient, control: SandboxControl) -> None:
    control.set_offline_policy(redeem=True, redeemmaxpoints=500)
    operationid, when = _op(), _now(control)
    first = client.burn_points_offline(GIULIA, points=200, operationid=operationid, when=when)
    # The outbox may send it again after the policy changed: the stored answer stands.
    control.set_offline_policy(redeem=False, redeemmaxpoints=0)
    again = client.burn_points_offline(GIULIA, points=200, operationid=operationid, when=when)
    assert again.replayed and dataclasses.replace(again, replayed=False) == first
    assert client.card(card=GIULIA).points == 1050
    assert [m.operationid for m in client.movements(GIULIA)].count(operationid) == 1
    with pytest.raises(ApiError) as other:
        client.burn_points_offline(GIULIA, points=300, operationid=operationid, when=when)
    assert _refused(other, AnswerCode.KEY_REUSED).problem is Problem.OPERATION_CONFLICT


def test_a_reversed_offline_redemption_no_longer_counts(client: LoyaltyClient, control: SandboxControl) -> None:
    control.set_offline_policy(redeem=True, redeemmaxpoints=300)
    when = _now(control)
    burnt = client.burn_points_offline(GIULIA, points=300, operationid=_op(), when=when)
    client.reverse(burnt.movementid, operationid=_op())
    assert client.burn_points_offline(GIULIA, points=300, operationid=_op(), when=when).balance.points == 950


def test_too_few_points_or_more_than_the_card_has_are_refused(client: LoyaltyClient, control: SandboxControl) -> None:
    control.set_offline_policy(redeem=True, redeemmaxpoints=5000)
    with pytest.raises(ApiError) as few:
        client.burn_points_offline(GIULIA, points=50, operationid=_op(), when=_now(control))
    _refused(few, AnswerCode.OFFLINE_REDEEM_REFUSED)
    with pytest.raises(ApiError) as more:
        client.burn_points_offline(UNREGISTERED, points=400, operationid=_op(), when=_now(control))
    assert _refused(more, AnswerCode.NOT_ENOUGH_POINTS).problem is Problem.NOT_ENOUGH_POINTS


def test_back_dated_approvals_cannot_dodge_the_cap(client: LoyaltyClient, control: SandboxControl) -> None:
    # The review's attack: five burns dated days ago, each alone in its own window of the 200-point cap.
    control.set_offline_policy(redeem=True, redeemmaxpoints=200, redeemwindowhours=24)
    now = _now(control)
    back_dated = [now - dt.timedelta(days=days) for days in (3, 6, 9, 12)]
    back_dated.append(dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc))
    for when in back_dated:
        operationid = _op()
        with pytest.raises(ApiError) as error:
            client.burn_points_offline(GIULIA, points=200, operationid=operationid, when=when)
        refusal = _refused(error, AnswerCode.OFFLINE_REDEEM_REFUSED)
        assert (refusal.problem, refusal.field) == (Problem.OFFLINE_REDEEM_REFUSED, "datetime")
        assert client.operation(operationid) is None
    assert client.card(card=GIULIA).points == 1250
    # One approved just now is still taken: the cap is not spent by the refusals.
    assert client.burn_points_offline(GIULIA, points=200, operationid=_op(), when=now).balance.points == 1050


def test_an_approval_just_inside_the_window_is_taken(client: LoyaltyClient, control: SandboxControl) -> None:
    control.set_offline_policy(redeem=True, redeemmaxpoints=200, redeemwindowhours=24)
    when = _now(control) - dt.timedelta(hours=23, minutes=50)
    assert client.burn_points_offline(GIULIA, points=200, operationid=_op(), when=when).balance.points == 1050


def test_an_approval_time_ahead_of_the_server_is_refused(client: LoyaltyClient, control: SandboxControl) -> None:
    control.set_offline_policy(redeem=True, redeemmaxpoints=500)
    now = _now(control)
    for ahead in (dt.timedelta(minutes=6), dt.timedelta(days=365)):
        with pytest.raises(ApiError) as error:
            client.burn_points_offline(GIULIA, points=100, operationid=_op(), when=now + ahead)
        assert _refused(error, AnswerCode.OFFLINE_REDEEM_REFUSED).field == "datetime"
    # A till's clock a little ahead of the server's is still taken.
    slightly = now + dt.timedelta(seconds=OFFLINE_CLOCK_SKEW_SECONDS - 60)
    assert client.burn_points_offline(GIULIA, points=100, operationid=_op(), when=slightly).balance.points == 1150


def test_a_repeat_of_an_approval_taken_in_time_still_replays_after_the_window(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    control.set_offline_policy(redeem=True, redeemmaxpoints=500, redeemwindowhours=24)
    operationid, when = _op(), _now(control)
    first = client.burn_points_offline(GIULIA, points=200, operationid=operationid, when=when)
    control.advance_clock(3 * DAY)
    again = client.burn_points_offline(GIULIA, points=200, operationid=operationid, when=when)
    assert again.replayed and dataclasses.replace(again, replayed=False) == first


@pytest.mark.parametrize(
    ("path", "extra", "field"),
    [
        (Path.BURNPOINTS, {"points": 100, "pincode": GIULIA_PIN, "approval": "offline"}, "approval"),
        (Path.BURNPOINTS, {"points": 100}, "pincode"),
        (Path.BURNPOINTS, {"points": 100, "approval": "offline"}, "datetime"),
        (Path.BURNPOINTS, {"points": 100, "approval": "online", "datetime": "2026-11-22T10:42:00Z"}, "approval"),
        (Path.BURNCREDIT, {"credit": 100, "approval": "offline", "datetime": "2026-11-22T10:42:00Z"}, "pincode"),
    ],
)
def test_exactly_one_of_pin_and_approval_and_credit_only_with_the_pin(
    sandbox: Any, control: SandboxControl, path: str, extra: dict[str, Any], field: str
) -> None:
    control.set_offline_policy(redeem=True, redeemmaxpoints=500)
    demo = sandbox.demo
    with httpx.Client(base_url=sandbox.url) as http:
        login = {"campaignid": demo["campaignid"], "devicetype": 1, "scope": "terminal", **demo["terminal"]}
        token = http.post(Path.AUTH, json=login, headers={API_KEY_HEADER: demo["apikey"]}).json()["token"]
        key = _op()
        headers = {API_KEY_HEADER: demo["apikey"], "Authorization": f"Bearer {token}", IDEMPOTENCY_HEADER: key}
        answer = http.post(path, json={"operationid": key, "card": GIULIA, **extra}, headers=headers)
    assert answer.status_code == 400
    assert (answer.json()["AnswerCode"], answer.json()["Field"]) == (AnswerCode.BAD_FIELD, field)


def test_a_sandbox_database_of_before_offline_approval_is_brought_up_to_date(
    sandbox: Any, client: LoyaltyClient, control: SandboxControl
) -> None:
    client.burn_points(GIULIA, points=100, pincode=GIULIA_PIN, operationid=_op())
    sandbox.stop()
    with sqlite3.connect(sandbox.config.data_dir / DATABASE_NAME) as conn:
        conn.execute("DROP INDEX movements_offline")
        conn.execute("ALTER TABLE movements DROP COLUMN approval")
        conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    conn.close()
    demo = sandbox.demo
    with start_in_thread(SandboxConfig(data_dir=sandbox.config.data_dir, dev=True)) as again, LoyaltyClient(
        again.url, api_key=demo["apikey"], campaign_id=demo["campaignid"], terminal=TerminalLogin(**demo["terminal"])
    ) as later, SandboxControl(again.url, again.controlkey) as later_control:
        assert [m.approval for m in later.movements(GIULIA)] == [None]
        later_control.set_offline_policy(redeem=True, redeemmaxpoints=500)
        burnt = later.burn_points_offline(GIULIA, points=100, operationid=_op(), when=_now(later_control))
        assert burnt.movement.approval == "offline" and burnt.balance.points == 1050
    with sqlite3.connect(sandbox.config.data_dir / DATABASE_NAME) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(SCHEMA_VERSION),)
    conn.close()


def test_the_published_schema_documents_offline_approval(sandbox: Any) -> None:
    schema = httpx.get(f"{sandbox.url}/openapi.json").json()
    burn = schema["paths"][Path.BURNPOINTS]["post"]
    assert "AnswerCode 44" in burn["responses"]["409"]["description"]
    body = schema["components"]["schemas"]["BurnPointsBody"]["properties"]
    assert {"pincode", "approval", "datetime"} <= set(body)
    assert "put" in schema["paths"][Path.SANDBOX_OFFLINE_POLICY]
    assert "approval" in schema["components"]["schemas"]["MovementView"]["properties"]


def test_the_sync_worker_parks_a_back_dated_approval_for_staff(
    store: Store, store_path: pathlib.Path, client: LoyaltyClient, control: SandboxControl
) -> None:
    control.set_offline_policy(redeem=True, redeemmaxpoints=200, redeemwindowhours=24)
    store.remember_card(client.card(card=GIULIA))
    when = (_now(control) - dt.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:%SZ")
    body = {"card": GIULIA, "points": 200, "approval": "offline", "datetime": when}
    made = store.enqueue(NewOperation(type="burnpoints", card=GIULIA, body=body, points_delta=-200))
    worker = SyncWorker(store_path, client, backoff=Backoff(base=0.000001, cap=0.00001))

    assert worker.drain_once().failed == 1

    parked = store.operation(made.operationid)
    assert (parked.state, parked.attempts) == (OperationState.FAILED, 1)
    assert parked.last_error is not None and parked.last_error.what is Problem.OFFLINE_REDEEM_REFUSED
    cached = store.cached_card(GIULIA)
    assert cached is not None and (cached.pending_points, cached.points) == (0, 1250)
    # Parked, not retried: a later pass sends nothing and the server never took it.
    assert worker.drain_once().failed == 0
    assert store.operation(made.operationid).attempts == 1
    assert client.card(card=GIULIA).points == 1250
