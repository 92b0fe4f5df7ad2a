"""What a till may know of a card's offers: how many vouchers and promotions its customer has, and the next voucher to expire.

Counts and the next expiry only: a voucher's code stays the customer's (a till that saw codes could spend them).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from kiosk.api.marta import AnswerCode, Path
from kiosk.sandbox.campaigns import campaign_row
from kiosk.sandbox.cardstore import find_card
from kiosk.sandbox.cards import CardInPath
from kiosk.sandbox.context import sandbox_of
from kiosk.sandbox.errors import error_responses
from kiosk.sandbox.promotions import promotions_for
from kiosk.sandbox.tokens import TerminalCaller
from kiosk.sandbox.wallet import voucher_view

__all__ = ["router"]

router = APIRouter(tags=["terminal"])


class NextVoucher(BaseModel):
    title: str
    value: int | None = Field(description="Cents of `currency` off; null for a percent voucher.")
    percent: int | None
    currency: str
    expiresat: str | None = Field(description="Null: it never expires.")


class CardOffers(BaseModel):
    card: str
    vouchers: int = Field(description="The customer's active vouchers.")
    nextvoucher: NextVoucher | None = Field(description="The active voucher that expires first; null: none.")
    promotions: int = Field(description="The promotions running now for the card's customer.")


@router.get(Path.CARD_OFFERS, response_model=CardOffers, responses=error_responses(AnswerCode.CARD_UNKNOWN))
def card_offers(request: Request, caller: TerminalCaller, card: CardInPath) -> dict[str, Any]:
    """The offers of the card's customer as a till shows them on look-up: counts and the next voucher to expire."""
    sandbox = sandbox_of(request)
    now = sandbox.clock.timestamp()
    with sandbox.db.transaction() as conn:
        row = find_card(conn, caller.campaignid, card)
        customerid = int(row["customerid"])
        currency = campaign_row(conn, caller.campaignid)["currency"]
        views = [
            voucher_view(voucher, currency, now)
            for voucher in conn.execute(
                "SELECT * FROM vouchers WHERE campaignid = ? AND customerid = ?", (caller.campaignid, customerid)
            )
        ]
        promotions = promotions_for(conn, caller.campaignid, customerid, now)
    active = [view for view in views if view["state"] == "active"]
    # Those that expire first, then those that never do.
    active.sort(key=lambda view: (view["expiresat"] is None, view["expiresat"] or ""))
    nextvoucher = None
    if active:
        first = active[0]
        nextvoucher = {key: first[key] for key in ("title", "value", "percent", "currency", "expiresat")}
    return {"card": card, "vouchers": len(active), "nextvoucher": nextvoucher, "promotions": len(promotions)}
