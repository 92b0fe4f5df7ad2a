"""What may be redeemed, checked before anything is saved or sent: the minimum, the balance, what is pending."""

from __future__ import annotations

from kiosk.api import CardStatus
from kiosk.core.terminal import CardAnswer
from kiosk.domain.errors import CardRefused, InputError
from kiosk.domain.redemption import Tender, plan_redemption, redeemable
from tests.helpers import raises_saying

CARD = "2000000000015"


def _card(points: int = 1250, credit: int = 1500, pending_points: int = 0, pending_credit: int = 0,
          status: CardStatus = CardStatus.ACTIVE) -> CardAnswer:
    return CardAnswer(card=CARD, name="Giulia", status=status, points=points + pending_points,
                      credit=credit + pending_credit, pending_points=pending_points, pending_credit=pending_credit,
                      pending_count=int(bool(pending_points or pending_credit)))


def test_points_have_their_value_in_money_and_respect_the_minimum_and_the_balance(campaign) -> None:
    plan = plan_redemption(_card(), campaign, Tender.POINTS, 500)
    assert (plan.amount, plan.value) == (500, 1000)  # a point is worth 2 cents here
    with raises_saying(InputError, "At least 100 points"):
        plan_redemption(_card(), campaign, Tender.POINTS, 99)
    assert plan_redemption(_card(), campaign, Tender.POINTS, 1250).amount == 1250
    with raises_saying(InputError, "only 1,250 points"):
        plan_redemption(_card(), campaign, Tender.POINTS, 1251)


def test_points_on_their_way_in_cannot_be_spent_but_those_on_their_way_out_are_counted(campaign) -> None:
    earning = _card(pending_points=40)
    assert redeemable(earning, Tender.POINTS) == 1250
    with raises_saying(InputError, r"only 1,250 points to redeem \(40 more are still waiting"):
        plan_redemption(earning, campaign, Tender.POINTS, 1290)
    spending = _card(pending_points=-300)
    assert redeemable(spending, Tender.POINTS) == 950
    with raises_saying(InputError, "only 950 points"):
        plan_redemption(spending, campaign, Tender.POINTS, 1000)


def test_credit_goes_up_to_its_balance(campaign) -> None:
    assert plan_redemption(_card(), campaign, Tender.CREDIT, 1500).value == 1500
    with raises_saying(InputError, "only 15.00 EUR of credit"):
        plan_redemption(_card(), campaign, Tender.CREDIT, 1501)
    assert redeemable(_card(pending_credit=500), Tender.CREDIT) == 1500


def test_a_blocked_card_or_unknown_rules_refuse_before_anything_else(campaign) -> None:
    with raises_saying(CardRefused, "blocked"):
        plan_redemption(_card(status=CardStatus.BLOCKED), campaign, Tender.POINTS, 500)
    with raises_saying(CardRefused, "rules are not known"):
        plan_redemption(_card(), None, Tender.POINTS, 500)
