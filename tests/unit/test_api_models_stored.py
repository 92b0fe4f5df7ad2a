"""The answers the store keeps: each model's to_json reads back through its from_json as the same answer."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from kiosk.api import Balance, Campaign, CardFormat, Category, Movement, MovementResult, MovementType, OfflinePolicy
from kiosk.api.contacthash import ContactHash
from kiosk.api.marta import OFFLINE_APPROVAL

WHEN = dt.datetime(2026, 11, 22, 10, 42, 7, tzinfo=dt.timezone.utc)
POLICY = OfflinePolicy(earn=True, redeem=True, redeemmaxpoints=200, redeemwindowhours=24, redeemmaxtotalpoints=1000)
CAMPAIGN = Campaign(
    campaignid=7, name="Bottega Rossi", currency="EUR", pointsperunit=1.5, pointvalue=1, minredeempoints=50,
    pincodelength=4, cardformat=CardFormat.EAN13, categories=(Category(1, "Gold"), Category(2, "Silver")),
    offlinepolicy=POLICY, contacthash=ContactHash(salt="bottega-salt", n=32768, r=8, p=1),
)
BURN = Movement(
    movementid=41, operationid="op-41", type=MovementType.BURNPOINTS, card="2000000000015", amount=None, points=-120,
    credit=0, receipt=None, when=WHEN, reverses=None, reversedby=None, serialnumber="T-1", approval=OFFLINE_APPROVAL,
)
PURCHASE = Movement(
    movementid=42, operationid="op-42", type=MovementType.PURCHASE, card="2000000000015", amount=1999, points=29,
    credit=0, receipt="R-9", when=WHEN, reverses=None, reversedby=43, serialnumber=None,
)
RESULT = MovementResult(movementid=42, operationid="op-42", points=29, credit=0, balance=Balance(129, 500),
                        movement=PURCHASE)


@pytest.mark.parametrize(
    "answer",
    [Category(1, "Gold"), POLICY, CAMPAIGN, Balance(129, 500), PURCHASE, BURN, RESULT, CAMPAIGN.contacthash],
    ids=lambda answer: type(answer).__name__,
)
def test_a_stored_answer_reads_back_as_it_was(answer) -> None:
    assert type(answer).from_json(answer.to_json()) == answer


def test_a_manager_approved_redemption_keeps_its_approval_in_the_stored_history() -> None:
    assert Movement.from_json(BURN.to_json()).approval == OFFLINE_APPROVAL


def test_a_stored_answer_remembers_the_server_replayed_it() -> None:
    # The server said so in a header of that one answer; the stored copy keeps it in the body.
    replayed = dataclasses.replace(RESULT, replayed=True)
    assert MovementResult.from_json(replayed.to_json()).replayed
