"""A redemption saved before its call, and the offline caps a manager's approval stays within."""

from __future__ import annotations

import dataclasses
import datetime as dt

from kiosk.api import OfflinePolicy
from kiosk.core.redeem import offline_room, save_offline_redemption, save_redemption
from kiosk.domain.errors import CardRefused
from kiosk.domain.redemption import Redemption, Tender
from kiosk.store import OperationState
from kiosk.sync.underway import CallsUnderWay
from tests.helpers import T0
from tests.helpers import raises_saying

CARD = "2000000000015"


def _plan(tender: Tender, amount: int) -> Redemption:
    """A redemption as plan_redemption makes it for the demo campaign (a point is worth 2 cents)."""
    return Redemption(card=CARD, tender=tender, amount=amount, value=amount * 2 if tender is Tender.POINTS else amount)


def test_a_redemption_is_saved_without_its_pin_already_in_flight_and_owned_by_this_process(store) -> None:
    under_way = CallsUnderWay()
    op = save_redemption(store, _plan(Tender.POINTS, 200), under_way=under_way)
    assert op.state is OperationState.INFLIGHT and op.attempts == 1
    assert op.body == {"card": CARD, "points": 200} and op.points_delta == -200
    assert op.operationid in under_way  # the worker leaves it to the counter meanwhile


def test_offline_the_caps_per_card_and_per_terminal_hold_within_the_window(store, campaign) -> None:
    offline = dataclasses.replace(
        campaign,
        offlinepolicy=OfflinePolicy(earn=True, redeem=True, redeemmaxpoints=300, redeemwindowhours=24,
                                    redeemmaxtotalpoints=500),
    )
    when = dt.datetime.fromtimestamp(T0, dt.timezone.utc)
    assert offline_room(store, campaign, CARD, now=T0) == 0  # the policy allows none
    with raises_saying(CardRefused, "does not allow redeeming without the loyalty server"):
        save_offline_redemption(store, campaign, _plan(Tender.POINTS, 100), now=when)

    plan = _plan(Tender.POINTS, 200)
    op = save_offline_redemption(store, offline, plan, now=when)
    assert op.state is OperationState.PENDING and op.body["approval"] == "offline" and "pincode" not in op.body
    assert offline_room(store, offline, CARD, now=T0) == 100
    with raises_saying(CardRefused, "at most 100 more points"):
        save_offline_redemption(store, offline, plan, now=when)
    other = "2000000000046"
    assert offline_room(store, offline, other, now=T0) == 300  # its own cap; the terminal has 300 left
    save_offline_redemption(store, offline, dataclasses.replace(plan, card=other, amount=300), now=when)
    assert offline_room(store, offline, "2000000000053", now=T0) == 0  # the terminal's total is spent
    # A day later the window has moved on.
    assert offline_room(store, offline, CARD, now=T0 + 24 * 3600 + 1) == 300
    with raises_saying(CardRefused, "Credit can only be spent with the loyalty server"):
        save_offline_redemption(store, offline, _plan(Tender.CREDIT, 100), now=when)
