"""Points turned into a voucher at the kiosk: a PIN-checked write through the outbox in flight, like a redemption.

The operation is saved first (never with the PIN) as a call under way, the customer's session makes the
call at once, and its outcome is written back. A lost answer is settled by asking the server
(GET /terminal/operation finds the "voucher" movement); when even that cannot be asked, the row stays
in flight and the sync worker settles it the same way. The write is never sent again without the PIN,
so a voucher is never made twice.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from kiosk.api import ApiError, LoyaltyError, MovementType
from kiosk.core import redeem
from kiosk.core.redeem import MadeAttempt, Outcome, Reply
from kiosk.domain.errors import Notice, Why
from kiosk.domain.identifiers import check_card

if TYPE_CHECKING:
    from kiosk.api import CustomerSession, PointsVoucher
    from kiosk.api.client import LoyaltyClient
    from kiosk.store import Operation, Store
    from kiosk.sync.underway import CallsUnderWay

__all__ = ["VoucherAttempt", "VoucherReply", "save_points_voucher", "call_points_voucher", "record_voucher_reply"]


@dataclasses.dataclass(frozen=True)
class VoucherReply:
    """What the server made of one points-to-voucher call, before anything is written.

    `made` is the new voucher when the answer came back; a lost answer settled by asking has the
    movement (`reply.result`) but not the voucher, which the wallet then lists.
    """

    reply: Reply
    made: PointsVoucher | None = None


class VoucherAttempt(MadeAttempt["PointsVoucher"]):
    """What one PIN-checked points-to-voucher came to (`attempt`, as a redemption's), and the voucher when known."""


def save_points_voucher(store: Store, card: str, points: int, *, under_way: CallsUnderWay) -> Operation:
    """Save the operation (card and points, never the PIN) in flight, before the call: a crash leaves a trace."""
    from kiosk.store import NewOperation

    card = check_card(card)
    new = NewOperation(type=MovementType.VOUCHER, card=card, body={"card": card, "points": int(points)},
                       points_delta=-int(points))
    return redeem.save_in_flight(store, new, under_way=under_way)


def call_points_voucher(session: CustomerSession, client: LoyaltyClient, op: Operation, pincode: str) -> VoucherReply:
    """The call for the saved `op` (network only); the PIN goes no further than this call.

    A refusal, a wrong or locked PIN and an answer lost are read as a redemption's are
    (kiosk.core.redeem): a lost answer is asked about with the terminal's GET /terminal/operation.
    """
    try:
        made = session.points_to_voucher(points=int(op.body["points"]), operationid=op.operationid, pincode=pincode)
    except ApiError as exc:
        return VoucherReply(redeem.refusal(client, op, exc))
    except LoyaltyError as exc:
        return VoucherReply(redeem.unanswered(client, op, exc))
    return VoucherReply(Reply(Outcome.DONE, Notice(Why.REDEEMED), result=made.result), made)


def record_voucher_reply(store: Store, op: Operation, sent: VoucherReply, *, under_way: CallsUnderWay) -> VoucherAttempt:
    """Write the outcome into the outbox (done, refused, or left in flight for the sync worker)."""
    return VoucherAttempt(redeem.record_reply(store, op, sent.reply, under_way=under_way), made=sent.made)
