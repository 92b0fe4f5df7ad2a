"""A forgotten or locked PIN reset at the counter: a code to the address on file, then a new PIN (see marta)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from kiosk.api.marta import PIN_RESET_PURPOSE, AnswerCode, Path
from kiosk.sandbox.bodies import CredentialsCodeBody, PinResetBody
from kiosk.sandbox.cardstore import usable_card
from kiosk.sandbox.codes import CODE_CHECK_ANSWERS, check_code, send_code
from kiosk.sandbox.contacts import masked
from kiosk.sandbox.context import Sandbox, sandbox_of
from kiosk.sandbox.errors import Answer, error_responses
from kiosk.sandbox.pins import check_new_pin, reset_pin
from kiosk.sandbox.schemas import PinSet
from kiosk.sandbox.tokens import SynchroCaller

__all__ = ["router", "send_pin_reset_code", "PIN_RESET_SEND_ANSWERS"]

router = APIRouter(tags=["onboarding"])

#: What asking for a PIN reset code can answer on top of a code send's own refusals.
PIN_RESET_SEND_ANSWERS = (AnswerCode.CARD_UNKNOWN, AnswerCode.CARD_BLOCKED)

_NO_CONTACT = (
    "The customer has no e-mail or phone on file, so the PIN cannot be reset here:"
    " an e-mail address or a mobile number must be added to the account first."
)


def send_pin_reset_code(sandbox: Sandbox, campaignid: int, body: CredentialsCodeBody) -> dict[str, Any]:
    """Send a PIN reset code for the body's card to its customer's e-mail, else mobile, on file."""
    for name in ("email", "emails", "mobile"):
        if getattr(body, name) is not None:
            # Whoever stands at the counter must not be able to send the code to an address of their own.
            raise Answer(AnswerCode.BAD_FIELD, "A PIN reset code goes only to the address on file: give no address.",
                         name)
    if body.card is None:
        raise Answer(AnswerCode.BAD_FIELD, "Give the card whose PIN is to be reset.", "card")
    with sandbox.db.transaction() as conn:
        card = usable_card(conn, campaignid, body.card)
        address = card["email"] or card["mobile"]
        if address is None:
            raise Answer(AnswerCode.BAD_FIELD, _NO_CONTACT, "card")
        sent = send_code(
            conn, sandbox, campaignid=campaignid, address=address, purpose="pincode", customerid=card["customerid"]
        )
    return {**sent, "sentto": masked(address)}


@router.patch(
    Path.PIN_RESET,
    response_model=PinSet,
    responses=error_responses(AnswerCode.CARD_UNKNOWN, AnswerCode.CARD_BLOCKED, *CODE_CHECK_ANSWERS),
)
def reset(request: Request, caller: SynchroCaller, body: PinResetBody) -> dict[str, Any]:
    """Set a new PIN for the card with the code sent to its customer's address; the lock goes with the old PIN."""
    sandbox = sandbox_of(request)
    with sandbox.db.transaction() as conn:
        card = usable_card(conn, caller.campaignid, body.card)
        # Before the code: a mistyped new PIN must not spend one of the code's tries.
        check_new_pin(conn, caller.campaignid, body.newpincode)
        newest = conn.execute(
            "SELECT * FROM codes WHERE campaignid = ? AND customerid = ? AND purpose = ? ORDER BY codeid DESC LIMIT 1",
            (caller.campaignid, card["customerid"], PIN_RESET_PURPOSE),
        ).fetchone()
        if newest is not None and newest["address"] not in (card["email"], card["mobile"]):
            # The address changed since: a code sent there no longer proves who the customer is.
            newest = None
        check_code(conn, sandbox, newest, body.verificationcode)
        reset_pin(conn, card, body.newpincode, sandbox.clock.timestamp())
        return {"card": card["card"], "pinset": True}
