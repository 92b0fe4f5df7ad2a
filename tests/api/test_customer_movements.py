"""GET /customer/movements against the real sandbox: what a signed-in customer sees of their own card's history.

The kiosk's "My card" shows the customer's last movements from the customer's own
scope, never through the till's login: only their own card's (and the cards it
replaced), newest first, without which till it was.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Any

import httpx
import pytest

from kiosk.api import ApiError, LoyaltyClient, Problem, SandboxControl, SessionExpired
from kiosk.api.customer import CustomerSession
from kiosk.api.kinds import MovementType
from kiosk.api.marta import (
    ACCESS_TOKEN_SECONDS,
    API_KEY_HEADER,
    AUTHORIZATION_HEADER,
    MOVEMENTS_LIMIT_DEFAULT,
    MOVEMENTS_LIMIT_MAX,
    REFRESH_TOKEN_SECONDS,
    AnswerCode,
    Path,
)
from kiosk.api.models import MovementResult
from kiosk.domain.identifiers import with_check_digit
from tests.helpers import SandboxClock

GIULIA, GIULIA_PIN, GIULIA_POINTS = with_check_digit("200000000001"), "1234", 1250
GIULIA_USER, GIULIA_PASSWORD = "giulia.rossi@example.com", "demo-customer-pw"
LUCA, LUCA_PIN = with_check_digit("200000000005"), "4321"
WHEN = dt.datetime(2026, 11, 30, 10, 15, tzinfo=dt.timezone.utc)


def _op() -> str:
    return str(uuid.uuid4())


def _buy(client: LoyaltyClient, card: str, amount: int, receipt: str) -> MovementResult:
    return client.purchase(card, amount=amount, receipt=receipt, operationid=_op(), when=WHEN)


def _ids(session: CustomerSession, **limit: int) -> list[int]:
    return [movement.movementid for movement in session.movements(**limit)]


def _headers(sandbox: Any, scope: str, **account: str) -> dict[str, str]:
    """The headers of a raw call with a fresh token of `scope` (the demo's own login unless `account` is given)."""
    demo = sandbox.demo
    login = account or {"terminal": demo["terminal"], "customersynchro": demo["customersynchro"]}[scope]
    body = {"campaignid": demo["campaignid"], "devicetype": 1, "scope": scope, **login}
    answer = httpx.post(sandbox.url + Path.AUTH, json=body, headers={API_KEY_HEADER: demo["apikey"]})
    assert answer.status_code == 200, answer.text
    return {API_KEY_HEADER: demo["apikey"], AUTHORIZATION_HEADER: f"Bearer {answer.json()['token']}"}


def _refusal(answer: httpx.Response) -> tuple[int, int, str | None]:
    body = answer.json()
    return answer.status_code, body["AnswerCode"], body["Field"]


@pytest.fixture
def giulia(client: LoyaltyClient) -> CustomerSession:
    return client.customer_login_with_pin(card=GIULIA, pincode=GIULIA_PIN)


def test_the_customer_sees_the_purchase_and_the_redemption_made_at_the_till_newest_first(
    client: LoyaltyClient,
) -> None:
    bought = _buy(client, GIULIA, 2500, "R-101")
    redeemed = client.burn_points(GIULIA, points=100, pincode=GIULIA_PIN, operationid=_op())
    session = client.customer_login_with_pin(card=GIULIA, pincode=GIULIA_PIN)

    redemption, purchase = session.movements()

    assert (redemption.movementid, redemption.type, redemption.points, redemption.card) == (
        redeemed.movementid, MovementType.BURNPOINTS, -100, GIULIA)
    assert (purchase.movementid, purchase.type, purchase.points, purchase.card) == (
        bought.movementid, MovementType.PURCHASE, bought.points, GIULIA)
    assert (purchase.amount, purchase.receipt, purchase.when) == (2500, "R-101", WHEN)
    # What the list shows adds up to the balance the customer sees beside it.
    assert GIULIA_POINTS + purchase.points + redemption.points == session.profile().points


def test_the_customer_is_not_told_which_till_it_was(client: LoyaltyClient, giulia: CustomerSession) -> None:
    _buy(client, GIULIA, 1200, "R-7")
    [at_the_till] = client.movements(GIULIA, limit=1)
    [own] = giulia.movements()
    assert at_the_till.serialnumber == "KIOSK-DEMO-1"
    assert own.serialnumber is None
    assert own == dataclasses.replace(at_the_till, serialnumber=None)


def test_the_answer_has_the_shape_of_the_tills_list_for_the_card_in_use(client: LoyaltyClient, sandbox: Any) -> None:
    _buy(client, GIULIA, 900, "R-8")
    terminal = _headers(sandbox, "terminal")
    customer = _headers(sandbox, "customer", username=GIULIA_USER, password=GIULIA_PASSWORD)

    tills = httpx.get(sandbox.url + Path.MOVEMENTS, params={"card": GIULIA}, headers=terminal).json()
    own = httpx.get(sandbox.url + Path.CUSTOMER_MOVEMENTS, headers=customer).json()

    assert own["card"] == tills["card"] == GIULIA
    assert [movement.keys() for movement in own["movements"]] == [movement.keys() for movement in tills["movements"]]
    assert [movement["serialnumber"] for movement in own["movements"]] == [None]


def test_the_limit_takes_the_newest_and_keeps_the_tills_bounds(client: LoyaltyClient, giulia: CustomerSession) -> None:
    made = [_buy(client, GIULIA, 1000 + n, f"R-{n}").movementid for n in range(3)]
    assert _ids(giulia, limit=2) == [made[2], made[1]]
    assert _ids(giulia, limit=1) == [made[2]]
    assert _ids(giulia, limit=MOVEMENTS_LIMIT_MAX) == made[::-1]
    for wrong in (0, MOVEMENTS_LIMIT_MAX + 1):
        with pytest.raises(ApiError) as refused:
            giulia.movements(limit=wrong)
        assert (refused.value.status, refused.value.answer_code, refused.value.field) == (
            400, AnswerCode.BAD_FIELD, "limit")


def test_the_default_limit_is_the_tills(client: LoyaltyClient, giulia: CustomerSession) -> None:
    made = [_buy(client, GIULIA, 100 + n, f"R-{n}").movementid for n in range(MOVEMENTS_LIMIT_DEFAULT + 1)]
    assert _ids(giulia) == made[:0:-1]


def test_a_customer_never_sees_another_customers_movements(client: LoyaltyClient, giulia: CustomerSession) -> None:
    giulias = [_buy(client, GIULIA, 2000, "R-G1").movementid]
    lucas = [_buy(client, LUCA, 3000, "R-L1").movementid]
    giulias.append(client.burn_points(GIULIA, points=100, pincode=GIULIA_PIN, operationid=_op()).movementid)
    lucas.append(_buy(client, LUCA, 500, "R-L2").movementid)
    luca = client.customer_login_with_pin(card=LUCA, pincode=LUCA_PIN)

    assert _ids(giulia, limit=MOVEMENTS_LIMIT_MAX) == giulias[::-1]
    assert _ids(luca, limit=MOVEMENTS_LIMIT_MAX) == lucas[::-1]
    assert {movement.card for movement in luca.movements(limit=MOVEMENTS_LIMIT_MAX)} == {LUCA}
    # Signed in with e-mail and password instead of card and PIN: the same list.
    by_password = client.customer_login(username=GIULIA_USER, password=GIULIA_PASSWORD)
    assert _ids(by_password, limit=MOVEMENTS_LIMIT_MAX) == giulias[::-1]


def test_a_new_card_keeps_the_history_of_the_cards_it_replaced(client: LoyaltyClient) -> None:
    second, third = with_check_digit("200000000091"), with_check_digit("200000000092")
    first_buy = _buy(client, GIULIA, 2000, "R-1")
    client.replace_card(GIULIA, newcard=second)
    second_buy = _buy(client, second, 3000, "R-2")
    client.replace_card(second, newcard=third)
    undo = client.reverse(first_buy.movementid, operationid=_op())  # made on the card now in use
    lucas = _buy(client, LUCA, 4000, "R-L")

    session = client.customer_login_with_pin(card=third, pincode=GIULIA_PIN)  # the PIN moved with the card
    mine = session.movements()

    assert session.customer.card == third
    assert [(m.movementid, m.card) for m in mine] == [
        (undo.movementid, third), (second_buy.movementid, second), (first_buy.movementid, GIULIA)]
    assert (mine[0].type, mine[0].reverses, mine[2].reversedby) == (
        MovementType.REVERSAL, first_buy.movementid, undo.movementid)
    assert lucas.movementid not in [m.movementid for m in mine]
    luca = client.customer_login_with_pin(card=LUCA, pincode=LUCA_PIN)
    assert _ids(luca) == [lucas.movementid]


@pytest.mark.parametrize("scope", ["terminal", "customersynchro"])
def test_a_tills_token_is_refused_as_on_every_customer_path(client: LoyaltyClient, sandbox: Any, scope: str) -> None:
    _buy(client, GIULIA, 1000, "R-1")
    headers = _headers(sandbox, scope)
    refused = httpx.get(sandbox.url + Path.CUSTOMER_MOVEMENTS, headers=headers)
    profile = httpx.get(sandbox.url + Path.CUSTOMER, headers=headers)
    assert _refusal(refused) == _refusal(profile)
    assert _refusal(refused)[:2] == (403, AnswerCode.SCOPE_FORBIDDEN)
    assert GIULIA not in refused.text


def test_no_token_or_an_unknown_one_is_refused(sandbox: Any) -> None:
    key = {API_KEY_HEADER: sandbox.demo["apikey"]}
    url = sandbox.url + Path.CUSTOMER_MOVEMENTS
    assert _refusal(httpx.get(url, headers=key)) == (401, AnswerCode.WRONG_CREDENTIALS, AUTHORIZATION_HEADER)
    made_up = {**key, AUTHORIZATION_HEADER: "Bearer " + uuid.uuid4().hex}
    assert _refusal(httpx.get(url, headers=made_up)) == (401, AnswerCode.WRONG_CREDENTIALS, AUTHORIZATION_HEADER)
    assert _refusal(httpx.get(url)) == (401, AnswerCode.WRONG_CREDENTIALS, API_KEY_HEADER)


def test_an_expired_card_and_pin_session_asks_the_customer_to_sign_in_again(
    clocked: tuple[LoyaltyClient, SandboxClock],
) -> None:
    client, clock = clocked
    bought = _buy(client, GIULIA, 1500, "R-1")
    session = client.customer_login_with_pin(card=GIULIA, pincode=GIULIA_PIN)
    clock.advance(ACCESS_TOKEN_SECONDS + 1)
    assert _ids(session) == [bought.movementid]  # renewed by itself
    clock.advance(REFRESH_TOKEN_SECONDS + 1)
    with pytest.raises(SessionExpired) as expired:
        session.movements()
    assert expired.value.problem is Problem.CUSTOMER_SESSION_EXPIRED


def test_a_session_refused_by_the_server_asks_the_customer_to_sign_in_again(
    client: LoyaltyClient, sandbox: Any, control: SandboxControl
) -> None:
    session = client.customer_login_with_pin(card=GIULIA, pincode=GIULIA_PIN)
    # The server's clock runs past every token while the till's does not notice.
    control.advance_clock(REFRESH_TOKEN_SECONDS + ACCESS_TOKEN_SECONDS)
    with pytest.raises(ApiError) as refused:
        session.movements()
    assert refused.value.problem is Problem.CUSTOMER_SESSION_EXPIRED


def test_the_published_schema_lists_the_path_in_the_customer_scope(sandbox: Any) -> None:
    schema = httpx.get(sandbox.url + "/openapi.json").json()
    operation = schema["paths"][Path.CUSTOMER_MOVEMENTS]["get"]
    assert operation["tags"] == ["customer"]
    [limit] = operation["parameters"]
    assert (limit["name"], limit["schema"]["minimum"], limit["schema"]["maximum"], limit["schema"]["default"]) == (
        "limit", 1, MOVEMENTS_LIMIT_MAX, MOVEMENTS_LIMIT_DEFAULT)
    assert operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/MovementList")
    assert {"401", "403", "404"} <= operation["responses"].keys()
