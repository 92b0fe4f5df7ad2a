"""What may be redeemed from a card: the rules checked before anything is saved or sent."""

from __future__ import annotations

import dataclasses
import enum
from typing import Protocol

from kiosk.domain.errors import CardRefused, InputError, Notice, Why

__all__ = ["Tender", "Redemption", "CardBalance", "RedeemRules", "redeemable", "plan_redemption"]


class Tender(str, enum.Enum):
    """What the customer pays with."""

    POINTS = "points"
    CREDIT = "credit"


@dataclasses.dataclass(frozen=True)
class Redemption:
    """A redemption checked against the card and the campaign: `amount` in points or cents, `value` in cents."""

    card: str
    tender: Tender
    amount: int
    value: int


class CardBalance(Protocol):
    """What the rules read of a card: its balances, what is still on its way, and why it is refused if it is."""

    @property
    def card(self) -> str: ...
    @property
    def points(self) -> int: ...
    @property
    def credit(self) -> int: ...
    @property
    def pending_points(self) -> int: ...
    @property
    def pending_credit(self) -> int: ...
    @property
    def refusal(self) -> Notice | None: ...


class RedeemRules(Protocol):
    """What the rules read of the campaign."""

    @property
    def currency(self) -> str: ...
    @property
    def pointvalue(self) -> int: ...
    @property
    def minredeempoints(self) -> int: ...


def redeemable(card: CardBalance, tender: Tender) -> int:
    """What can be spent now: the server's balance less what is already on its way out.

    Points or credit still waiting to reach the server (a purchase saved offline)
    are shown, but cannot be spent until the server has them.
    """
    if tender is Tender.POINTS:
        return max(0, card.points - max(card.pending_points, 0))
    return max(0, card.credit - max(card.pending_credit, 0))


def plan_redemption(card: CardBalance, campaign: RedeemRules | None, tender: Tender, amount: int) -> Redemption:
    """Check a redemption before anything is saved or sent; InputError / CardRefused say what is wrong."""
    refusal = card.refusal
    if refusal is not None:
        raise CardRefused(refusal.what, **refusal.params)
    if amount <= 0:
        raise InputError(Why.AMOUNT_NOT_POSITIVE, field="amount")
    available = redeemable(card, tender)
    waiting = card.pending_points if tender is Tender.POINTS else card.pending_credit
    if tender is Tender.POINTS:
        if campaign is None:
            raise CardRefused(Why.CAMPAIGN_UNKNOWN)
        if amount < campaign.minredeempoints:
            raise InputError(Why.POINTS_BELOW_MINIMUM, field="amount", minimum=campaign.minredeempoints)
        if amount > available:
            raise InputError(Why.POINTS_NOT_ENOUGH, field="amount", available=available, waiting=max(waiting, 0))
        return Redemption(card=card.card, tender=tender, amount=amount, value=amount * campaign.pointvalue)
    if amount > available:
        raise InputError(
            Why.CREDIT_NOT_ENOUGH,
            field="amount",
            available=available,
            currency=campaign.currency if campaign is not None else "",
            waiting=max(waiting, 0),
        )
    return Redemption(card=card.card, tender=tender, amount=amount, value=amount)
