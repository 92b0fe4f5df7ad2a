"""What may be redeemed, checked before any call: minimum, balance, pending effects, the offline caps."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from kiosk.api import Campaign, OfflinePolicy
from kiosk.api.contacthash import ContactHash
from kiosk.core.redeem import (
    Tender,
    offline_room,
    parse_points,
    plan_redemption,
    redeemable,
    save_offline_redemption,
    save_redemption,
)
from kiosk.core.terminal import CardAnswer, CardRefused
from kiosk.domain.errors import InputError
from kiosk.domain.numbers import NumberFormat
from kiosk.store import OperationState
from kiosk.sync.underway import CallsUnderWay
from tests.unit.conftest import T0

CARD = "2000000000015"
CAMPAIGN = Campaign(
    campaignid=1001, name="Demo", currency="EUR", pointsperunit=1.0, pointvalue=2, minredeempoints=100,
    pincodelength=4, cardformat="EAN13",  # type: ignore[arg-type]
    categories=(), offlinepolicy=OfflinePolicy(earn=True, redeem=False, redeemmaxpoints=0, redeemwindowhours=24),
    contacthash=ContactHash(salt="salt", n=32768, r=8, p=1),
)
OFFLINE = dataclasses.replace(
    CAMPAIGN,
    offlinepolicy=OfflinePolicy(earn=True, redeem=True, redeemmaxpoints=300, redeemwindowhours=24,
                                redeemmaxtotalpoints=500),
)


def _card(points: int = 1250, credit: int = 1500, pending_points: int = 0, pending_credit: int = 0,
          status: str = "active") -> CardAnswer:
    return CardAnswer(card=CARD, name="Giulia", status=status, points=points + pending_points,
                      credit=credit + pending_credit, pending_points=pending_points, pending_credit=pending_credit,
                      pending_count=int(bool(pending_points or pending_credit)))


@pytest.mark.parametrize(("typed", "language", "points"), [
    ("500", "en", 500), ("1,250", "en", 1250), ("1.250", "it", 1250), (" 1 250 ", "fr", 1250),
])
def test_points_are_read_as_the_till_types_them(typed: str, language: str, points: int) -> None:
    assert parse_points(typed, NumberFormat.for_language(language)) == points


@pytest.mark.parametrize("typed", ["", "0", "-5", "12.5x", "١٢٣", "ten", "100.5", "1.250", "1 250", "1_000", "1e3"])
def test_anything_else_is_not_a_number_of_points(typed: str) -> None:
    with pytest.raises(InputError):
        parse_points(typed)


def test_points_have_their_value_in_money_and_respect_the_minimum_and_the_balance() -> None:
    plan = plan_redemption(_card(), CAMPAIGN, Tender.POINTS, 500)
    assert (plan.amount, plan.value) == (500, 1000)  # a point is worth 2 cents here
    with pytest.raises(InputError, match="At least 100 points"):
        plan_redemption(_card(), CAMPAIGN, Tender.POINTS, 99)
    assert plan_redemption(_card(), CAMPAIGN, Tender.POINTS, 1250).amount == 1250
    with pytest.raises(InputError, match="only 1250 points"):
        plan_redemption(_card(), CAMPAIGN, Tender.POINTS, 1251)


def test_points_on_their_way_in_cannot_be_spent_but_those_on_their_way_out_are_counted() -> None:
    earning = _card(pending_points=40)
    assert redeemable(earning, Tender.POINTS) == 1250
    with pytest.raises(InputError, match=r"only 1250 points to redeem \(40 more are still waiting"):
        plan_redemption(earning, CAMPAIGN, Tender.POINTS, 1290)
    spending = _card(pending_points=-300)
    assert redeemable(spending, Tender.POINTS) == 950
    with pytest.raises(InputError, match="only 950 points"):
        plan_redemption(spending, CAMPAIGN, Tender.POINTS, 1000)


def test_credit_goes_up_to_its_balance() -> None:
    assert plan_redemption(_card(), CAMPAIGN, Tender.CREDIT, 1500).value == 1500
    with pytest.raises(InputError, match="only 15.00 EUR of credit"):
        plan_redemption(_card(), CAMPAIGN, Tender.CREDIT, 1501)
    assert redeemable(_card(pending_credit=500), Tender.CREDIT) == 1500


def test_a_blocked_card_or_unknown_rules_refuse_before_anything_else() -> None:
    with pytest.raises(CardRefused, match="blocked"):
        plan_redemption(_card(status="blocked"), CAMPAIGN, Tender.POINTS, 500)
    with pytest.raises(CardRefused, match="rules are not known"):
        plan_redemption(_card(), None, Tender.POINTS, 500)


def test_a_redemption_is_saved_without_its_pin_already_in_flight_and_owned_by_this_process(store) -> None:
    under_way = CallsUnderWay()
    op = save_redemption(store, plan_redemption(_card(), CAMPAIGN, Tender.POINTS, 200), under_way=under_way)
    assert op.state is OperationState.INFLIGHT and op.attempts == 1
    assert op.body == {"card": CARD, "points": 200} and op.points_delta == -200
    assert op.operationid in under_way  # the worker leaves it to the counter meanwhile


def test_offline_the_caps_per_card_and_per_terminal_hold_within_the_window(store, clock) -> None:
    when = dt.datetime.fromtimestamp(T0, dt.timezone.utc)
    assert offline_room(store, CAMPAIGN, CARD, now=T0) == 0  # the policy allows none
    with pytest.raises(CardRefused, match="does not allow redeeming without the loyalty server"):
        save_offline_redemption(store, CAMPAIGN, plan_redemption(_card(), CAMPAIGN, Tender.POINTS, 100), now=when)

    plan = plan_redemption(_card(), OFFLINE, Tender.POINTS, 200)
    op = save_offline_redemption(store, OFFLINE, plan, now=when)
    assert op.state is OperationState.PENDING and op.body["approval"] == "offline" and "pincode" not in op.body
    assert offline_room(store, OFFLINE, CARD, now=T0) == 100
    with pytest.raises(CardRefused, match="at most 100 more points"):
        save_offline_redemption(store, OFFLINE, plan, now=when)
    other = "2000000000046"
    assert offline_room(store, OFFLINE, other, now=T0) == 300  # its own cap; the terminal has 300 left
    save_offline_redemption(store, OFFLINE, dataclasses.replace(plan, card=other, amount=300), now=when)
    assert offline_room(store, OFFLINE, "2000000000053", now=T0) == 0  # the terminal's total is spent
    # A day later the window has moved on.
    assert offline_room(store, OFFLINE, CARD, now=T0 + 24 * 3600 + 1) == 300
    with pytest.raises(CardRefused, match="Credit can only be spent with the loyalty server"):
        save_offline_redemption(store, OFFLINE, plan_redemption(_card(), OFFLINE, Tender.CREDIT, 100), now=when)
