"""A prize requested at the kiosk: a PIN-checked write through the outbox in flight, like a points-to-voucher.

The request is saved first (card, prize and points, never the PIN) as a call under way, the customer's
session makes the call at once, and its outcome is written back. A lost answer is settled by asking the
server (GET /terminal/operation finds the "prize" movement by its operationid); when even that cannot be
asked, the row stays in flight and the sync worker settles it the same way (kiosk.sync.sending.PIN_CHECKED).
The request is never sent again without the PIN, so a prize is never requested twice.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from kiosk.api import ApiError, LoyaltyError, MovementType
from kiosk.api.marta import PrizeDelivery
from kiosk.core import redeem
from kiosk.core.redeem import MadeAttempt, Outcome, Reply
from kiosk.domain.errors import Notice, Why
from kiosk.domain.identifiers import check_card

if TYPE_CHECKING:
    from kiosk.api import CustomerSession
    from kiosk.api.client import LoyaltyClient
    from kiosk.api.prizes import PrizeRequest
    from kiosk.store import Operation, Store
    from kiosk.sync.underway import CallsUnderWay

__all__ = ["PrizeAttempt", "PrizeReply", "save_prize_request", "call_prize_request", "record_prize_reply"]


@dataclasses.dataclass(frozen=True)
class PrizeReply:
    """What the server made of one prize request, before anything is written (`made`: the request, when answered)."""

    reply: Reply
    made: PrizeRequest | None = None


class PrizeAttempt(MadeAttempt["PrizeRequest"]):
    """What one PIN-checked prize request came to (`attempt`, as a redemption's), and the request when known."""


def save_prize_request(store: Store, card: str, prizeid: int, points: int, *, under_way: CallsUnderWay) -> Operation:
    """Save the request (card, prize, its points; never the PIN) in flight, before the call: a crash leaves a trace."""
    from kiosk.store import NewOperation

    card = check_card(card)
    new = NewOperation(
        type=MovementType.PRIZE, card=card,
        body={"card": card, "prizeid": int(prizeid), "points": int(points), "delivery": PrizeDelivery.STORE.value},
        points_delta=-int(points),
    )
    return redeem.save_in_flight(store, new, under_way=under_way)


def call_prize_request(session: CustomerSession, client: LoyaltyClient, op: Operation, pincode: str) -> PrizeReply:
    """The call for the saved `op` (network only, picked up in the shop); the PIN goes no further than this call.

    A refusal (out of stock, not enough points), a wrong or locked PIN and a lost answer are read as a
    redemption's are (kiosk.core.redeem): a lost answer is asked about with GET /terminal/operation.
    """
    try:
        made = session.request_prize(
            int(op.body["prizeid"]), operationid=op.operationid, delivery=PrizeDelivery.STORE, pincode=pincode
        )
    except ApiError as exc:
        return PrizeReply(redeem.refusal(client, op, exc))
    except LoyaltyError as exc:
        return PrizeReply(redeem.unanswered(client, op, exc))
    return PrizeReply(Reply(Outcome.DONE, Notice(Why.REDEEMED), result=made.result), made.request)


def record_prize_reply(store: Store, op: Operation, sent: PrizeReply, *, under_way: CallsUnderWay) -> PrizeAttempt:
    """Write the outcome into the outbox (done, refused, or left in flight for the sync worker)."""
    return PrizeAttempt(redeem.record_reply(store, op, sent.reply, under_way=under_way), made=sent.made)
