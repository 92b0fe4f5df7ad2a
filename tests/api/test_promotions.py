"""GET /customer/promotions against the real sandbox: what each signed-in customer is offered, and when.

A customer sees the promotions running now (on the sandbox's clock) that target
everyone or a tag or cluster they carry; a tag with an expiry stops targeting then.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx

from kiosk.api import LoyaltyClient
from kiosk.api.customer import CustomerSession
from kiosk.api.marta import API_KEY_HEADER, AUTHORIZATION_HEADER, AnswerCode, Path
from kiosk.domain.identifiers import with_check_digit
from tests.helpers import SandboxClock

GIULIA_USER, PASSWORD = "giulia.rossi@example.com", "demo-customer-pw"
LUCA, LUCA_PIN = with_check_digit("200000000005"), "4321"
EVERYONE, COFFEE = "Double points on fresh bread", "A free coffee with any pastry"
ENDED, NOBODYS = "Summer sale", "Wine tasting evening"
DAY = 86400


def _giulia(client: LoyaltyClient) -> CustomerSession:
    return client.customer_login(username=GIULIA_USER, password=PASSWORD)


def _titles(session: CustomerSession) -> list[str]:
    return [promotion.title for promotion in session.promotions()]


def test_a_customer_sees_the_promotions_for_everyone_and_for_her_tags(client: LoyaltyClient) -> None:
    promotions = _giulia(client).promotions()
    assert [p.title for p in promotions] == [EVERYONE, COFFEE]  # soonest to end first
    everyone, coffee = promotions
    assert (everyone.tags, everyone.clusters) == ((), ())
    assert coffee.tags == ("coffee-lover",)
    now = dt.datetime.now(dt.timezone.utc)
    for promotion in promotions:
        assert promotion.terms and promotion.description
        assert promotion.validfrom is not None and promotion.validto is not None
        assert promotion.validfrom <= now < promotion.validto


def test_a_customer_without_tags_sees_only_what_targets_everyone(client: LoyaltyClient) -> None:
    luca = client.customer_login_with_pin(card=LUCA, pincode=LUCA_PIN)
    assert _titles(luca) == [EVERYONE]


def test_an_ended_promotion_and_one_for_a_tag_nobody_has_are_shown_to_no_one(client: LoyaltyClient) -> None:
    seen = set(_titles(_giulia(client))) | set(_titles(client.customer_login_with_pin(card=LUCA, pincode=LUCA_PIN)))
    assert not seen & {ENDED, NOBODYS}


def test_a_tag_that_expires_stops_targeting_while_the_promotion_still_runs(
    clocked: tuple[LoyaltyClient, SandboxClock],
) -> None:
    client, clock = clocked
    assert _titles(_giulia(client)) == [EVERYONE, COFFEE]
    clock.advance(61 * DAY)  # Giulia's coffee-lover tag lasts 60 days; the promotion runs for 120
    assert _titles(_giulia(client)) == [EVERYONE]
    clock.advance(30 * DAY)  # past the end of the promotion for everyone
    assert _titles(_giulia(client)) == []


def test_promotions_are_for_a_signed_in_customer_only(sandbox: Any) -> None:
    demo = sandbox.demo
    login = {"campaignid": demo["campaignid"], "devicetype": 1, "scope": "terminal", **demo["terminal"]}
    headers = {API_KEY_HEADER: demo["apikey"]}
    token = httpx.post(sandbox.url + Path.AUTH, json=login, headers=headers).json()["token"]
    answer = httpx.get(
        sandbox.url + Path.CUSTOMER_PROMOTIONS, headers={**headers, AUTHORIZATION_HEADER: f"Bearer {token}"}
    )
    assert (answer.status_code, answer.json()["AnswerCode"]) == (403, AnswerCode.SCOPE_FORBIDDEN)
    assert httpx.get(sandbox.url + Path.CUSTOMER_PROMOTIONS, headers=headers).status_code == 401
