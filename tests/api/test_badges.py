"""Badges against the real sandbox: every badge of the campaign, the earned ones first with when."""

from __future__ import annotations

from kiosk.api import LoyaltyClient
from kiosk.domain.identifiers import with_check_digit

GIULIA, GIULIA_PIN = with_check_digit("200000000001"), "1234"
OTHER, OTHER_PIN = with_check_digit("200000000002"), "2468"


def test_giulia_has_earned_one_badge_and_sees_the_others_still_to_earn(client: LoyaltyClient) -> None:
    giulia = client.customer_login_with_pin(card=GIULIA, pincode=GIULIA_PIN)

    badges = giulia.badges()

    assert [(badge.title, badge.earned) for badge in badges] == [
        ("First purchase", True), ("Regular", False), ("Coffee lover", False),
    ]
    assert badges[0].earnedat is not None and all(badge.description for badge in badges)


def test_a_badge_earned_by_one_customer_is_not_anothers(client: LoyaltyClient) -> None:
    other = client.customer_login_with_pin(card=OTHER, pincode=OTHER_PIN)

    badges = other.badges()

    assert len(badges) == 3 and not any(badge.earned for badge in badges)
