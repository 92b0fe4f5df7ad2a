"""The offer wallet: a customer's vouchers, points turned into one, and a till taking one (CONTRACT §4)."""

from __future__ import annotations

import datetime as dt
import secrets
import sqlite3
from typing import Any

from fastapi import APIRouter, Request, Response

from kiosk.api.marta import (
    IDEMPOTENCY_HEADER,
    REPLAY_HEADER,
    VOUCHER_CODE_LENGTH,
    VOUCHER_FROM_POINTS_DAYS,
    VOUCHERS_LIMIT,
    AnswerCode,
    Path,
)
from kiosk.api.utctime import utc_text_at
from kiosk.sandbox.bodies import PointsVoucherBody, VoucherUseBody
from kiosk.sandbox.campaigns import campaign_row
from kiosk.sandbox.cardstore import current_card, usable_card
from kiosk.sandbox.context import sandbox_of
from kiosk.sandbox.errors import Answer, error_responses
from kiosk.sandbox.idempotency import IDEMPOTENCY_ANSWERS, fingerprint, run_once, same_key
from kiosk.sandbox.movements import IdempotencyKey, record_movement
from kiosk.sandbox.pins import PIN_ANSWERS, guard_pin
from kiosk.sandbox.schemas import PointsVoucherAnswer, VoucherUseAnswer, WalletList
from kiosk.sandbox.tokens import CustomerCaller, TerminalCaller

__all__ = ["router", "issue_voucher", "voucher_view", "till_view", "takeable_voucher", "TAKE_ANSWERS"]

router = APIRouter()

#: What a till meets when a voucher cannot be taken.
TAKE_ANSWERS = (AnswerCode.VOUCHER_UNKNOWN, AnswerCode.VOUCHER_USED, AnswerCode.VOUCHER_EXPIRED)
# Typed at a till: no 0/O, no 1/I/L.
_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_POINTS_TITLE = "Voucher from your points"
_POINTS_TERMS = "One use, on one receipt, before it expires. Not exchangeable for cash."


def _state(row: sqlite3.Row, now: float) -> str:
    if row["usedat"] is not None:
        return "used"
    if row["expiresat"] is not None and row["expiresat"] <= now:
        return "expired"
    return "active"


def _wallet_order(row: sqlite3.Row, now: float) -> tuple[int, float, str]:
    """Active ones first, soonest to expire first (never-expiring last); then used and expired, newest first."""
    if _state(row, now) == "active":
        return 0, row["expiresat"] if row["expiresat"] is not None else float("inf"), row["code"]
    return 1, -(row["usedat"] or row["expiresat"] or row["createdat"] or 0.0), row["code"]


def _at(seconds: float | None) -> str | None:
    return None if seconds is None else utc_text_at(seconds)


def voucher_view(row: sqlite3.Row, currency: str, now: float) -> dict[str, Any]:
    """The wallet's shape of a voucher; a shared code of before the wallet reads as a promotion's."""
    return {
        "code": row["code"],
        "title": row["title"] or row["description"],
        "description": row["description"],
        "terms": row["terms"],
        "value": row["discount"],
        "percent": row["percent"],
        "currency": currency,
        "expiresat": _at(row["expiresat"]),
        "state": _state(row, now),
        "source": row["source"] or "promotion",
        "promotionid": row["promotionid"],
        "createdat": _at(row["createdat"]),
        "usedat": _at(row["usedat"]),
    }


def _new_code(conn: sqlite3.Connection, campaignid: int) -> str:
    while True:
        code = "".join(secrets.choice(_ALPHABET) for _ in range(VOUCHER_CODE_LENGTH))
        if conn.execute("SELECT 1 FROM vouchers WHERE campaignid = ? AND code = ?", (campaignid, code)).fetchone() is None:
            return code


def issue_voucher(
    conn: sqlite3.Connection,
    *,
    campaignid: int,
    customerid: int,
    title: str,
    description: str,
    terms: str | None,
    source: str,
    now: float,
    value: int | None = None,
    percent: int | None = None,
    expiresat: float | None = None,
    promotionid: int | None = None,
    code: str | None = None,
) -> sqlite3.Row:
    """Put a new voucher in a customer's wallet (points, a promotion, a prize, an InstantWin); a fresh code if none."""
    if (value is None) == (percent is None):
        raise ValueError("a voucher is worth either a value or a percent")
    row: sqlite3.Row = conn.execute(
        "INSERT INTO vouchers (campaignid, code, description, discount, percent, customerid, title, terms, expiresat,"
        " source, promotionid, createdat) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *",
        (campaignid, code or _new_code(conn, campaignid), description, value, percent, customerid, title, terms,
         expiresat, source, promotionid, now),
    ).fetchone()
    return row


def takeable_voucher(conn: sqlite3.Connection, campaignid: int, code: str, now: float) -> sqlite3.Row:
    """The voucher a till may take: this campaign's, not used, not expired; else 404/70, 409/71, 409/72."""
    row = conn.execute(
        "SELECT * FROM vouchers WHERE campaignid = ? AND code = ?", (campaignid, code.strip().upper())
    ).fetchone()
    if row is None:
        raise Answer(AnswerCode.VOUCHER_UNKNOWN, "This voucher is not known.", "code")
    state = _state(row, now)
    if state == "used":
        raise Answer(AnswerCode.VOUCHER_USED, "This voucher was already used.", "code")
    if state == "expired":
        raise Answer(AnswerCode.VOUCHER_EXPIRED, "This voucher has expired.", "code")
    return row


def till_view(row: sqlite3.Row, currency: str, now: float) -> dict[str, Any]:
    """What a till reads of a voucher: the wallet's shape, `discount` (its old name of `value`) and `valid`."""
    view = voucher_view(row, currency, now)
    return {**view, "discount": view["value"], "valid": view["state"] == "active"}


@router.get(Path.CUSTOMER_VOUCHERS, tags=["customer"], response_model=WalletList, responses=error_responses())
def my_vouchers(request: Request, caller: CustomerCaller) -> dict[str, Any]:
    """The signed-in customer's wallet: active ones first (soonest to expire first), then used and expired."""
    sandbox = sandbox_of(request)
    now = sandbox.clock.timestamp()
    with sandbox.db.transaction() as conn:
        currency = campaign_row(conn, caller.campaignid)["currency"]
        rows = conn.execute(
            "SELECT * FROM vouchers WHERE campaignid = ? AND customerid = ? ORDER BY createdat DESC LIMIT ?",
            (caller.campaignid, int(caller.subject), VOUCHERS_LIMIT),
        ).fetchall()
    return {"vouchers": [voucher_view(row, currency, now) for row in sorted(rows, key=lambda r: _wallet_order(r, now))]}


@router.post(
    Path.CUSTOMER_VOUCHERS,
    tags=["customer"],
    response_model=PointsVoucherAnswer,
    responses=error_responses(*PIN_ANSWERS, *IDEMPOTENCY_ANSWERS, AnswerCode.NOT_ENOUGH_POINTS),
)
def points_to_voucher(
    request: Request, response: Response, caller: CustomerCaller, key: IdempotencyKey, body: PointsVoucherBody
) -> dict[str, Any]:
    """Turn points into a voucher worth points * pointvalue cents, confirmed with the card's PIN (see marta)."""
    same_key(body.operationid, key)
    sandbox = sandbox_of(request)
    customerid = int(caller.subject)
    with sandbox.db.transaction() as conn:
        mine = current_card(conn, customerid)
    if mine is None:
        raise Answer(AnswerCode.CARD_UNKNOWN, "This customer has no card.", "card")
    card_number = mine["card"]

    def guard() -> None:
        guard_pin(sandbox, caller.campaignid, card_number, body.pincode, by=caller)

    def work(conn: sqlite3.Connection) -> tuple[dict[str, Any], int]:
        card = usable_card(conn, caller.campaignid, card_number)
        campaign = campaign_row(conn, caller.campaignid)
        if body.points < campaign["minredeempoints"]:
            raise Answer(AnswerCode.BAD_FIELD, f"Turn at least {campaign['minredeempoints']} points into a voucher.",
                         "points")
        answer, movementid = record_movement(conn, request, caller, card, key=key, kind="voucher",
                                             points=-body.points, credit=0)
        now = sandbox.clock.now()
        value = body.points * campaign["pointvalue"]
        voucher = issue_voucher(
            conn, campaignid=caller.campaignid, customerid=customerid, title=_POINTS_TITLE,
            description=f"{body.points} points turned into a voucher", terms=_POINTS_TERMS, source="points",
            value=value, expiresat=(now + dt.timedelta(days=VOUCHER_FROM_POINTS_DAYS)).timestamp(),
            now=now.timestamp(),
        )
        return {**answer, "voucher": voucher_view(voucher, campaign["currency"], now.timestamp())}, movementid

    # The customer is in the fingerprint: another customer's repeat of this key is 422/61, never this voucher.
    payload = {"type": "voucher", "customerid": customerid, "points": body.points}
    answer, replayed = run_once(
        request, campaignid=caller.campaignid, key=key, digest=fingerprint(payload), work=work, guard=guard
    )
    if replayed:
        response.headers[REPLAY_HEADER] = "true"
    return answer


@router.post(
    Path.VOUCHER_USE,
    tags=["terminal"],
    response_model=VoucherUseAnswer,
    responses=error_responses(*TAKE_ANSWERS, *IDEMPOTENCY_ANSWERS),
)
def use_voucher(
    request: Request, response: Response, caller: TerminalCaller, key: IdempotencyKey, body: VoucherUseBody
) -> dict[str, Any]:
    """Take a voucher against a receipt, once: of two tills at the same moment one gets it, the other 409/71."""
    same_key(body.operationid, key)
    sandbox = sandbox_of(request)
    code = body.code.strip().upper()

    def work(conn: sqlite3.Connection) -> tuple[dict[str, Any], None]:
        now = sandbox.clock.timestamp()
        row = takeable_voucher(conn, caller.campaignid, code, now)
        # One transaction checks and marks it (the database takes one at a time): the second till sees it used.
        used = conn.execute(
            "UPDATE vouchers SET usedat = ?, receipt = ?, usedop = ?, serialnumber = ?"
            " WHERE campaignid = ? AND code = ? AND usedat IS NULL RETURNING *",
            (now, body.receipt, key, caller.serialnumber, caller.campaignid, row["code"]),
        ).fetchone()
        if used is None:
            raise Answer(AnswerCode.VOUCHER_USED, "This voucher was already used.", "code")
        currency = campaign_row(conn, caller.campaignid)["currency"]
        answer = {"operationid": key, "code": used["code"], "usedat": utc_text_at(now), "receipt": body.receipt,
                  "voucher": till_view(used, currency, now)}
        return answer, None

    payload = {"type": "voucheruse", "code": code, "receipt": body.receipt}
    answer, replayed = run_once(request, campaignid=caller.campaignid, key=key, digest=fingerprint(payload), work=work)
    if replayed:
        response.headers[REPLAY_HEADER] = "true"
    return answer
