"""Discount vouchers: checked and consumed at the counter."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from kiosk.api.marta import AnswerCode, Path
from kiosk.sandbox.bodies import VoucherBody
from kiosk.sandbox.context import sandbox_of
from kiosk.sandbox.errors import Answer, error_responses
from kiosk.sandbox.schemas import VoucherAnswer
from kiosk.sandbox.tokens import TerminalCaller

__all__ = ["router"]

router = APIRouter(tags=["terminal"])


@router.post(
    Path.VOUCHER_VALIDATE,
    response_model=VoucherAnswer,
    responses=error_responses(AnswerCode.VOUCHER_UNKNOWN, AnswerCode.VOUCHER_USED),
)
def validate_voucher(request: Request, caller: TerminalCaller, body: VoucherBody) -> dict[str, Any]:
    sandbox = sandbox_of(request)
    # Printed codes get typed in any case; the stored ones are upper case.
    code = body.code.strip().upper()
    with sandbox.db.transaction() as conn:
        row = conn.execute(
            "SELECT * FROM vouchers WHERE campaignid = ? AND code = ?", (caller.campaignid, code)
        ).fetchone()
        if row is None:
            raise Answer(AnswerCode.VOUCHER_UNKNOWN, "This voucher is not known.", "code")
        if row["usedat"] is not None:
            raise Answer(AnswerCode.VOUCHER_USED, "This voucher was already used.", "code")
        conn.execute(
            "UPDATE vouchers SET usedat = ? WHERE campaignid = ? AND code = ?",
            (sandbox.clock.timestamp(), caller.campaignid, code),
        )
    return {"code": code, "description": row["description"], "discount": row["discount"],
            "percent": row["percent"], "valid": True}
