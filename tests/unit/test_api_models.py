"""Answers the sandbox never gives: malformed bodies, odd errors, lost connections (httpx.MockTransport)."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk import api
from kiosk.cli_text import say
from kiosk.api import (
    ApiError,
    BadAnswer,
    Campaign,
    Card,
    CardStatus,
    CustomerProfile,
    LoyaltyClient,
    MovementResult,
    NetworkError,
    NotConfigured,
    Problem,
    TerminalLogin,
)
from kiosk.api.contacthash import ContactHash
from kiosk.api.marta import ACCESS_TOKEN_SECONDS, AnswerCode, Path, attempts_left_message

CARD = "2000000000015"
PIN = "8642"
PASSWORD = "s3cret-terminal-pw"
BAD_ANSWER_TEXT = "The loyalty server sent an answer the terminal cannot read"


def _auth_answer() -> dict[str, Any]:
    return {"token": "tok-abc", "refreshtoken": "ref-abc", "expiresin": ACCESS_TOKEN_SECONDS, "scope": "terminal", "customer": None}


def _card_json(**changes: Any) -> dict[str, Any]:
    card = {
        "card": CARD,
        "customerid": 7,
        "status": "active",
        "name": "Giulia",
        "surname": "Rossi",
        "points": 1250,
        "credit": 1500,
        "FidelyCode": CARD,
        "registered_customer": True,
        "categoryid": 1,
        "updatedat": "2026-11-22T10:42:00Z",
        "replacedby": None,
        "pinlocked": False,
    }
    card.update(changes)
    return card


def _movement_result() -> dict[str, Any]:
    return {
        "movementid": 5,
        "operationid": "op-1",
        "points": 12,
        "credit": 0,
        "balance": {"points": 1262, "credit": 1500},
        "movement": {
            "movementid": 5,
            "operationid": "op-1",
            "type": "purchase",
            "card": CARD,
            "amount": 1234,
            "points": 12,
            "credit": 0,
            "receipt": "R-1",
            "datetime": "2026-11-22T10:42:00Z",
            "reverses": None,
            "reversedby": None,
            "serialnumber": "KIOSK-DEMO-1",
        },
    }


Answerer = Callable[[httpx.Request], httpx.Response]


def _client(answer: Answerer) -> LoyaltyClient:
    """A client whose sign-in succeeds and whose every other call gets `answer`."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == Path.AUTH:
            return httpx.Response(200, json=_auth_answer())
        return answer(request)

    return LoyaltyClient(
        "http://loyalty.test",
        api_key="key",
        campaign_id=1001,
        terminal=TerminalLogin("till", PASSWORD, "SN-1"),
        transport=httpx.MockTransport(handler),
    )


def _answering(status: int, body: Any = None, *, text: str | None = None, headers: dict[str, str] | None = None) -> Answerer:
    def answer(request: httpx.Request) -> httpx.Response:
        if text is not None:
            return httpx.Response(status, text=text, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    return answer


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        (_card_json(points="1250"), "card.points: expected an integer"),
        (_card_json(points=True), "card.points: expected an integer"),
        (_card_json(points=12.5), "card.points: expected an integer"),
        ({k: v for k, v in _card_json().items() if k != "FidelyCode"}, "card.FidelyCode: missing"),
        (_card_json(status="lost"), "card.status: not one of"),
        (_card_json(updatedat="yesterday"), "card.updatedat: not an ISO 8601 time"),
        (_card_json(updatedat="2026-11-22T10:42:00"), "card.updatedat: a time without a time zone"),
        (_card_json(name=5), "card.name: expected a string or null"),
        ([_card_json()], "card: expected an object, got a list"),
        (0, "card: expected an object, got a number"),
    ],
)
def test_a_malformed_card_is_a_bad_answer_naming_the_place(body: Any, detail: str) -> None:
    with _client(_answering(200, body)) as client, pytest.raises(BadAnswer) as caught:
        client.card(card=CARD)
    assert caught.value.problem is Problem.BAD_ANSWER
    assert say(caught.value).startswith(BAD_ANSWER_TEXT)
    assert detail in caught.value.detail


def test_an_answer_that_is_not_json_is_a_bad_answer() -> None:
    with _client(_answering(200, text="<html>proxy login</html>")) as client, pytest.raises(BadAnswer) as caught:
        client.campaign()
    assert say(caught.value).startswith(BAD_ANSWER_TEXT)
    assert "not JSON" in caught.value.detail


def test_a_bad_nested_list_item_is_named_by_its_index() -> None:
    campaign = {
        "campaignid": 1001,
        "name": "Demo",
        "currency": "EUR",
        "pointsperunit": 1,
        "pointvalue": 1,
        "minredeempoints": 100,
        "pincodelength": 4,
        "cardformat": "EAN13",
        "categories": [{"categoryid": 1, "name": "Standard"}, {"categoryid": "2", "name": "Gold"}],
        "offlinepolicy": {"earn": True, "redeem": False, "redeemmaxpoints": 0, "redeemwindowhours": 24},
        "contacthash": {"algorithm": "scrypt", "salt": "salt", "n": 32768, "r": 8, "p": 1},
    }
    with _client(_answering(200, campaign)) as client, pytest.raises(BadAnswer) as caught:
        client.campaign()
    assert "campaign.categories[1].categoryid" in caught.value.detail


def test_a_good_campaign_reads_whole_and_hides_its_salt_from_repr() -> None:
    campaign = Campaign.from_json(
        {
            "campaignid": 1001,
            "name": "Demo",
            "currency": "EUR",
            "pointsperunit": 1.5,
            "pointvalue": 1,
            "minredeempoints": 100,
            "pincodelength": 4,
            "cardformat": "EAN13",
            "categories": [{"categoryid": 1, "name": "Standard"}],
            "offlinepolicy": {"earn": True, "redeem": False, "redeemmaxpoints": 0, "redeemwindowhours": 24},
            "contacthash": {"algorithm": "scrypt", "salt": "pepper-123", "n": 65536, "r": 8, "p": 1},
        }
    )
    assert campaign.pointsperunit == 1.5
    assert campaign.offlinepolicy.redeemmaxtotalpoints == 0
    assert (campaign.contacthash.n, campaign.contacthash.r) == (65536, 8)
    assert "pepper-123" not in repr(campaign)


@pytest.mark.parametrize(
    "weak",
    [
        {"algorithm": "sha256", "salt": "s", "n": 32768, "r": 8, "p": 1},
        {"algorithm": "scrypt", "salt": "s", "n": 16384, "r": 8, "p": 1},
        {"algorithm": "scrypt", "salt": "s", "n": 40000, "r": 8, "p": 1},
        {"algorithm": "scrypt", "salt": "s", "n": 32768, "r": 1, "p": 1},
        {"algorithm": "scrypt", "salt": "", "n": 32768, "r": 8, "p": 1},
        {"algorithm": "scrypt", "salt": "s", "n": 32768, "r": 8},
    ],
)
def test_contact_hash_parameters_below_the_contracts_floor_are_a_bad_answer(weak) -> None:
    """A terminal will not hash addresses cheaply because a server said so (CONTRACT §3: n >= 32768, r = 8)."""
    with pytest.raises(BadAnswer):
        ContactHash.from_json(weak)


def test_a_movement_result_missing_its_balance_is_a_bad_answer() -> None:
    body = _movement_result()
    del body["balance"]
    with pytest.raises(BadAnswer) as caught:
        MovementResult.from_json(body)
    assert caught.value.detail == "result.balance: missing"


def test_a_customer_profile_with_a_bad_birthdate_is_a_bad_answer() -> None:
    profile = {
        "customerid": 1, "card": CARD, "FidelyCode": CARD, "username": "u", "name": None, "surname": None,
        "gender": None, "birthdate": "22/11/1990", "mailcontactdata": None, "mobilecontactdata": None,
        "usedforpromotions": None, "registered_customer": True, "points": 0, "credit": 0,
        "customdata": {"city": None}, "privacy": {"profiling": True},
    }
    with pytest.raises(BadAnswer) as caught:
        CustomerProfile.from_json(profile)
    assert "customer.birthdate" in caught.value.detail
    profile["birthdate"] = "1990-11-22"
    assert CustomerProfile.from_json(profile).birthdate == dt.date(1990, 11, 22)


def test_tokens_never_show_in_repr() -> None:
    from kiosk.api import Tokens

    tokens = Tokens.from_json(_auth_answer())
    assert "tok-abc" not in repr(tokens) and "ref-abc" not in repr(tokens)


def test_an_auth_answer_without_a_token_is_a_bad_answer() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"refreshtoken": "r", "expiresin": 900, "scope": "terminal"})

    with LoyaltyClient(
        "http://loyalty.test", api_key="k", campaign_id=1, terminal=TerminalLogin("t", "p", "s"),
        transport=httpx.MockTransport(handler),
    ) as client, pytest.raises(BadAnswer) as caught:
        client.campaign()
    assert caught.value.detail == "auth.token: missing"


def test_an_error_without_the_contract_body_is_a_bad_answer_for_4xx_and_a_fault_for_5xx() -> None:
    with _client(_answering(404, text="Not Found")) as client, pytest.raises(BadAnswer) as bad:
        client.card(card=CARD)
    assert bad.value.status == 404
    with _client(_answering(502, text="<h1>Bad gateway</h1>", headers={"Retry-After": "7"})) as client:
        with pytest.raises(ApiError) as fault:
            client.card(card=CARD)
    assert (fault.value.status, fault.value.answer_code, fault.value.retry_after) == (502, None, 7)
    assert fault.value.problem is Problem.SERVER_FAULT
    assert fault.value.params["seconds"] == 7 and "7 seconds" in say(fault.value)


def test_an_unknown_answer_code_is_kept_as_a_number() -> None:
    body = {"AnswerCode": 77, "Message": "Something new", "Field": None}
    with _client(_answering(409, body)) as client, pytest.raises(ApiError) as caught:
        client.card(card=CARD)
    assert caught.value.answer_code == 77 and not isinstance(caught.value.answer_code, AnswerCode)
    assert caught.value.problem is Problem.SERVER_REFUSED
    assert "Something new" not in str(caught.value) and "Something new" not in say(caught.value)
    assert caught.value.server_message == "Something new"


def test_a_retry_after_date_is_read_as_seconds() -> None:
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=120)
    headers = {"Retry-After": later.strftime("%a, %d %b %Y %H:%M:%S GMT")}
    body = {"AnswerCode": 90, "Message": "Down", "Field": None}
    with _client(_answering(503, body, headers=headers)) as client, pytest.raises(ApiError) as caught:
        client.campaign()
    assert caught.value.retry_after is not None and 100 <= caught.value.retry_after <= 120


def test_error_messages_never_repeat_the_pin_even_when_the_server_does() -> None:
    body = {"AnswerCode": 40, "Message": f"PIN {PIN} is wrong. " + attempts_left_message(3), "Field": "pincode"}
    with _client(_answering(403, body)) as client, pytest.raises(ApiError) as caught:
        client.burn_points(CARD, points=100, pincode=PIN, operationid="op-9")
    error = caught.value
    assert error.attempts_left == 3
    assert error.params["attempts"] == 3 and "3 tries left" in say(error)
    for text in (str(error), say(error), repr(error), *map(str, error.args), error.notice.to_code()):
        assert PIN not in text
    assert PIN in (error.server_message or "")


def test_error_messages_never_repeat_the_password_even_when_the_server_does() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        sent = json.loads(request.content)
        return httpx.Response(401, json={"AnswerCode": 10, "Message": f"bad password {sent['password']}", "Field": "password"})

    with LoyaltyClient(
        "http://loyalty.test", api_key="k", campaign_id=1, terminal=TerminalLogin("t", PASSWORD, "s"),
        transport=httpx.MockTransport(handler),
    ) as client, pytest.raises(ApiError) as caught:
        client.campaign()
    assert caught.value.problem is Problem.TERMINAL_SIGN_IN
    assert PASSWORD not in str(caught.value) and PASSWORD not in repr(caught.value)


def test_a_field_name_that_is_not_a_name_stays_out_of_the_message() -> None:
    body = {"AnswerCode": 20, "Message": "bad", "Field": "pincode 1234 is bad"}
    with _client(_answering(400, body)) as client, pytest.raises(ApiError) as caught:
        client.evaluate(CARD, 100)
    assert "1234" not in str(caught.value) and "1234" not in say(caught.value)
    assert "field" not in caught.value.params
    assert caught.value.field == "pincode 1234 is bad"


@pytest.mark.parametrize(
    ("failure", "maybe_applied"),
    [
        (httpx.ConnectError("refused"), False),
        (httpx.ConnectTimeout("slow"), False),
        (httpx.ReadTimeout("slow"), True),
        (httpx.RemoteProtocolError("peer closed connection"), True),
        (httpx.ReadError("reset"), True),
    ],
)
def test_a_lost_connection_says_whether_the_call_may_have_been_applied(
    failure: httpx.TransportError, maybe_applied: bool
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        raise failure

    with _client(answer) as client, pytest.raises(NetworkError) as caught:
        client.load_credit(CARD, credit=500, operationid="op-2")
    assert caught.value.maybe_applied is maybe_applied
    assert caught.value.problem is (Problem.NETWORK_NO_ANSWER if maybe_applied else Problem.NETWORK_DOWN)
    assert "loyalty server" in say(caught.value)


def test_a_sign_in_that_cannot_connect_means_the_call_never_left() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow auth")

    with LoyaltyClient(
        "http://loyalty.test", api_key="k", campaign_id=1, terminal=TerminalLogin("t", "p", "s"),
        transport=httpx.MockTransport(handler),
    ) as client, pytest.raises(NetworkError) as caught:
        client.purchase(CARD, amount=100, receipt="R", operationid="op-3", when=dt.datetime.now(dt.timezone.utc))
    assert caught.value.maybe_applied is False


def test_a_terminal_call_without_terminal_credentials_says_what_to_set_up() -> None:
    with LoyaltyClient("http://loyalty.test", api_key="k", campaign_id=1, transport=httpx.MockTransport(_answering(200, {}))) as client:
        with pytest.raises(NotConfigured) as caught:
            client.campaign()
    assert caught.value.problem is Problem.NOT_CONFIGURED and "settings" in say(caught.value)


def test_a_good_answer_parses_and_replay_is_reported() -> None:
    answer = _answering(200, _movement_result(), headers={"Idempotent-Replay": "true"})
    with _client(answer) as client:
        result = client.purchase(CARD, amount=1234, receipt="R-1", operationid="op-1", when=dt.datetime(2026, 11, 22, 11, 42, tzinfo=dt.timezone(dt.timedelta(hours=1))))
    assert result.replayed and result.balance.points == 1262
    assert result.movement.when == dt.datetime(2026, 11, 22, 10, 42, tzinfo=dt.timezone.utc)


def test_a_card_reads_its_status() -> None:
    assert Card.from_json(_card_json(status="blocked")).status is CardStatus.BLOCKED


def test_the_log_names_the_call_but_no_value(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="kiosk.net")
    body = {"AnswerCode": 40, "Message": attempts_left_message(2), "Field": None}
    with _client(_answering(403, body)) as client, pytest.raises(ApiError):
        client.burn_credit(CARD, credit=100, pincode=PIN, operationid="op-4")
    lines = [record.getMessage() for record in caplog.records if record.name == "kiosk.net"]
    assert any(line.startswith("POST /terminal/movement/burncredit -> 403 in ") for line in lines)
    everything = "\n".join(lines)
    for secret in (PIN, PASSWORD, "tok-abc", "ref-abc", "key", CARD, "op-4"):
        assert secret not in everything


def test_purchase_needs_an_aware_time() -> None:
    with _client(_answering(200, _movement_result())) as client, pytest.raises(ValueError):
        client.purchase(CARD, amount=1, receipt="R", operationid="op", when=dt.datetime(2026, 1, 1))


def test_a_lookup_takes_exactly_one_key() -> None:
    with _client(_answering(200, _card_json())) as client:
        with pytest.raises(TypeError):
            client.card(card=CARD, email="a@b.it")
        with pytest.raises(TypeError):
            client.card()


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=12,
)
_MODELS = [getattr(api, name) for name in api.__all__ if hasattr(getattr(api, name), "from_json")]


@settings(max_examples=300, database=None, deadline=None)
@given(model=st.sampled_from(_MODELS), answer=_JSON)
def test_any_json_is_read_or_refused_as_a_bad_answer(model: Any, answer: Any) -> None:
    try:
        model.from_json(answer)
    except BadAnswer as error:
        assert error.detail and error.problem is Problem.BAD_ANSWER


@settings(max_examples=300, database=None, deadline=None)
@given(key=st.sampled_from(sorted(_movement_result()["movement"])), value=_JSON)
def test_any_one_bad_value_in_a_movement_is_a_bad_answer_naming_it(key: str, value: Any) -> None:
    body = _movement_result()
    body["movement"][key] = value
    try:
        MovementResult.from_json(body)
    except BadAnswer as error:
        assert error.detail.startswith(f"result.movement.{key}")
