"""GET /terminal/card/{card}/offers [assumed]: what a till shows of a card's offers — counts and the next to expire, no codes."""

from __future__ import annotations

import pytest

from kiosk.api import ApiError, LoyaltyClient, Problem

GIULIA = "2000000000015"  # a voucher CAFFE150 active, BREAD200 used; a tag that one promotion targets
LUCA = "2000000000053"
BLOCKED = "2000000000039"


def test_the_till_learns_how_many_vouchers_and_offers_and_the_next_to_expire(client: LoyaltyClient) -> None:
    offers = client.card_offers(GIULIA)
    assert (offers.card, offers.vouchers, offers.promotions) == (GIULIA, 1, 2)
    assert offers.nextvoucher is not None and offers.nextvoucher.value == 150
    assert offers.nextvoucher.expiresat is not None


def test_a_code_never_reaches_the_till(client: LoyaltyClient) -> None:
    answer = client._terminal.send("GET", "/terminal/card/{card}/offers", path_args={"card": GIULIA})
    assert "CAFFE150" not in str(answer.body) and "code" not in str(answer.body)


def test_a_customer_with_nothing_and_a_blocked_card(client: LoyaltyClient) -> None:
    luca = client.card_offers(LUCA)
    assert (luca.vouchers, luca.nextvoucher) == (0, None)
    assert luca.promotions == 1  # the one for everyone
    assert client.card_offers(BLOCKED).card == BLOCKED


def test_an_unknown_card_is_refused(client: LoyaltyClient) -> None:
    with pytest.raises(ApiError) as refused:
        client.card_offers("2000000009988")
    assert refused.value.problem is Problem.CARD_UNKNOWN
