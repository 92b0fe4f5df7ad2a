"""Discount vouchers at the counter: checked (read only) before the till takes one (kiosk/sandbox/wallet.py)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from kiosk.api.marta import Path
from kiosk.sandbox.bodies import VoucherBody
from kiosk.sandbox.campaigns import campaign_row
from kiosk.sandbox.context import sandbox_of
from kiosk.sandbox.errors import error_responses
from kiosk.sandbox.schemas import VoucherAnswer
from kiosk.sandbox.tokens import TerminalCaller
from kiosk.sandbox.wallet import TAKE_ANSWERS, takeable_voucher, till_view

__all__ = ["router"]

router = APIRouter(tags=["terminal"])


@router.post(Path.VOUCHER_VALIDATE, response_model=VoucherAnswer, responses=error_responses(*TAKE_ANSWERS))
def validate_voucher(request: Request, caller: TerminalCaller, body: VoucherBody) -> dict[str, Any]:
    """What a voucher is worth and its terms, if a till may take it now; takes nothing (CONTRACT §4)."""
    sandbox = sandbox_of(request)
    now = sandbox.clock.timestamp()
    with sandbox.db.transaction() as conn:
        # Printed codes get typed in any case; the stored ones are upper case.
        row = takeable_voucher(conn, caller.campaignid, body.code, now)
        return till_view(row, campaign_row(conn, caller.campaignid)["currency"], now)
