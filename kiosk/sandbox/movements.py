"""Points and credit at the counter: evaluate, earn, redeem, top up, reverse, and the history."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request, Response
from fastapi import Path as PathParam

from kiosk.api.marta import (
    IDEMPOTENCY_HEADER,
    MAX_ID,
    MOVEMENTS_LIMIT_DEFAULT,
    MOVEMENTS_LIMIT_MAX,
    OFFLINE_APPROVAL,
    OPERATIONID_MAX_LENGTH,
    REPLAY_HEADER,
    AnswerCode,
    Path,
)
from kiosk.sandbox.bodies import BurnCreditBody, BurnPointsBody, EvaluateBody, LoadCreditBody, PurchaseBody
from kiosk.sandbox.campaigns import campaign_row, points_for
from kiosk.sandbox.cardstore import find_card, touch_card, usable_card
from kiosk.sandbox.cards import CARD_PATTERN, DEMO_CARD
from kiosk.api.utctime import parse_utc, utc_text
from kiosk.sandbox.context import sandbox_of
from kiosk.sandbox.errors import Answer, error_responses
from kiosk.sandbox.idempotency import IDEMPOTENCY_ANSWERS, fingerprint, run_once, same_key, stored_operation
from kiosk.sandbox.offline import approval_time, approved_offline
from kiosk.sandbox.pins import PIN_ANSWERS, guard_pin
from kiosk.sandbox.schemas import Evaluation, MovementAnswer, MovementList, OperationAnswer
from kiosk.sandbox.tokens import Caller, TerminalCaller

__all__ = ["router", "movement_view", "record_movement", "IdempotencyKey"]

router = APIRouter(tags=["terminal"])

IdempotencyKey = Annotated[
    str,
    Header(alias=IDEMPOTENCY_HEADER, min_length=1, max_length=OPERATIONID_MAX_LENGTH,
           description="The operation's id; the body's operationid must be the same."),
]
_CARD = (AnswerCode.CARD_UNKNOWN, AnswerCode.CARD_BLOCKED)
_WRITE = (*_CARD, *IDEMPOTENCY_ANSWERS)
#: Signed deltas (points, credit) a write makes, from the campaign and the card (read in the write's transaction).
Deltas = Callable[[sqlite3.Connection, sqlite3.Row, sqlite3.Row], tuple[int, int]]
MovementBody = PurchaseBody | BurnPointsBody | BurnCreditBody | LoadCreditBody


def movement_view(row: sqlite3.Row) -> dict[str, Any]:
    return {
        key: row[key]
        for key in ("movementid", "operationid", "type", "card", "amount", "points", "credit", "receipt",
                    "datetime", "reverses", "reversedby", "serialnumber", "approval", "reason")
    }


def _record(
    conn: sqlite3.Connection,
    request: Request,
    caller: Caller,
    card: sqlite3.Row,
    *,
    key: str,
    kind: str,
    points: int,
    credit: int,
    amount: int | None = None,
    receipt: str | None = None,
    when: str | None = None,
    reverses: int | None = None,
    approval: str | None = None,
) -> tuple[dict[str, Any], int]:
    """Apply the deltas to the card and write the movement; never below zero."""
    if card["points"] + points < 0:
        raise Answer(AnswerCode.NOT_ENOUGH_POINTS, f"Not enough points: the card has {card['points']}.", "points")
    if card["credit"] + credit < 0:
        raise Answer(AnswerCode.NOT_ENOUGH_CREDIT, "Not enough credit on the card.", "credit")
    now = sandbox_of(request).clock.now()
    conn.execute(
        "UPDATE cards SET points = points + ?, credit = credit + ? WHERE card = ?", (points, credit, card["card"])
    )
    touch_card(conn, caller.campaignid, card["card"], now.timestamp())
    movement = conn.execute(
        "INSERT INTO movements (campaignid, operationid, type, card, amount, points, credit, receipt, datetime,"
        " reverses, serialnumber, approval) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *",
        (caller.campaignid, key, kind, card["card"], amount, points, credit, receipt, when or utc_text(now), reverses,
         caller.serialnumber, approval),
    ).fetchone()
    if reverses is not None:
        conn.execute("UPDATE movements SET reversedby = ? WHERE movementid = ?", (movement["movementid"], reverses))
    balance = {"points": card["points"] + points, "credit": card["credit"] + credit}
    answer = {
        "movementid": movement["movementid"],
        "operationid": key,
        "points": points,
        "credit": credit,
        "balance": balance,
        "movement": movement_view(movement),
    }
    return answer, int(movement["movementid"])


#: For writes elsewhere that move points too (kiosk/sandbox/wallet.py), in their own transaction.
record_movement = _record


def _write(
    request: Request,
    response: Response,
    caller: Caller,
    key: str,
    body: MovementBody,
    *,
    kind: str,
    deltas: Deltas,
    amount: int | None = None,
    receipt: str | None = None,
    when: str | None = None,
    pincode: str | None = None,
    approval: str | None = None,
) -> dict[str, Any]:
    card_number = body.card
    same_key(body.operationid, key)
    # Fields left out are not in the fingerprint, so a body of before they existed keeps its fingerprint.
    payload = {"type": kind, **body.model_dump(mode="json", exclude={"pincode", "operationid"}, exclude_none=True)}
    sandbox = sandbox_of(request)

    def work(conn: sqlite3.Connection) -> tuple[dict[str, Any], int]:
        card = usable_card(conn, caller.campaignid, card_number)
        points, credit = deltas(conn, campaign_row(conn, caller.campaignid), card)
        return _record(conn, request, caller, card, key=key, kind=kind, points=points, credit=credit,
                       amount=amount, receipt=receipt, when=when, approval=approval)

    def guard() -> None:
        if pincode is not None:
            guard_pin(sandbox, caller.campaignid, card_number, pincode, by=caller)

    answer, replayed = run_once(
        request, campaignid=caller.campaignid, key=key, digest=fingerprint(payload), work=work, guard=guard
    )
    if replayed:
        response.headers[REPLAY_HEADER] = "true"
    return answer


@router.post(Path.EVALUATE, response_model=Evaluation, responses=error_responses(*_CARD))
def evaluate(request: Request, caller: TerminalCaller, body: EvaluateBody) -> dict[str, Any]:
    with sandbox_of(request).db.transaction() as conn:
        usable_card(conn, caller.campaignid, body.card)
        points = points_for(campaign_row(conn, caller.campaignid), body.amount)
    return {"card": body.card, "amount": body.amount, "points": points}


@router.post(Path.PURCHASE, response_model=MovementAnswer, responses=error_responses(*_WRITE))
def purchase(
    request: Request, response: Response, caller: TerminalCaller, key: IdempotencyKey, body: PurchaseBody
) -> dict[str, Any]:
    try:
        when = utc_text(parse_utc(body.datetime))
    except (ValueError, OverflowError):
        raise Answer(AnswerCode.BAD_FIELD, "Give the purchase time as ISO 8601, e.g. 2026-11-22T10:42:00Z.",
                     "datetime") from None
    return _write(
        request, response, caller, key, body, kind="purchase", amount=body.amount, receipt=body.receipt, when=when,
        deltas=lambda conn, campaign, card: (points_for(campaign, body.amount), 0),
    )


def _redeemable(points: int) -> Deltas:
    def deltas(conn: sqlite3.Connection, campaign: sqlite3.Row, card: sqlite3.Row) -> tuple[int, int]:
        if points < campaign["minredeempoints"]:
            raise Answer(AnswerCode.BAD_FIELD, f"Redeem at least {campaign['minredeempoints']} points.", "points")
        return -points, 0

    return deltas


@router.post(
    Path.BURNPOINTS,
    response_model=MovementAnswer,
    responses=error_responses(
        *_WRITE, *PIN_ANSWERS, AnswerCode.NOT_ENOUGH_POINTS, AnswerCode.OFFLINE_REDEEM_REFUSED
    ),
)
def burnpoints(
    request: Request, response: Response, caller: TerminalCaller, key: IdempotencyKey, body: BurnPointsBody
) -> dict[str, Any]:
    """Redeem points with the customer's PIN, or with approval "offline" as a manager allowed it (see marta)."""
    if body.pincode is not None and body.approval is not None:
        raise Answer(AnswerCode.BAD_FIELD, "Give the customer's pincode or an offline approval, not both.", "approval")
    if body.pincode is not None:
        return _write(request, response, caller, key, body, kind="burnpoints", pincode=body.pincode,
                      deltas=_redeemable(body.points))
    if body.approval is None:
        raise Answer(AnswerCode.BAD_FIELD, "Give the customer's pincode, or an offline approval.", "pincode")
    when = approval_time(body.datetime)
    return _write(request, response, caller, key, body, kind="burnpoints", when=when, approval=OFFLINE_APPROVAL,
                  deltas=approved_offline(body.points, when, caller.serialnumber, sandbox_of(request).clock.now))


@router.post(
    Path.BURNCREDIT,
    response_model=MovementAnswer,
    responses=error_responses(*_WRITE, *PIN_ANSWERS, AnswerCode.NOT_ENOUGH_CREDIT),
)
def burncredit(
    request: Request, response: Response, caller: TerminalCaller, key: IdempotencyKey, body: BurnCreditBody
) -> dict[str, Any]:
    return _write(request, response, caller, key, body, kind="burncredit", pincode=body.pincode,
                  deltas=lambda conn, campaign, card: (0, -body.credit))


@router.post(Path.LOADCREDIT, response_model=MovementAnswer, responses=error_responses(*_WRITE))
def loadcredit(
    request: Request, response: Response, caller: TerminalCaller, key: IdempotencyKey, body: LoadCreditBody
) -> dict[str, Any]:
    return _write(
        request, response, caller, key, body, kind="loadcredit", deltas=lambda conn, campaign, card: (0, body.credit)
    )


@router.delete(
    Path.MOVEMENT,
    response_model=MovementAnswer,
    responses=error_responses(
        *_WRITE, AnswerCode.MOVEMENT_UNKNOWN, AnswerCode.MOVEMENT_NOT_REVERSIBLE, AnswerCode.NOT_ENOUGH_POINTS,
        AnswerCode.NOT_ENOUGH_CREDIT,
    ),
)
def reverse(
    request: Request,
    response: Response,
    caller: TerminalCaller,
    key: IdempotencyKey,
    movementid: Annotated[int, PathParam(ge=1, le=MAX_ID)],
) -> dict[str, Any]:
    """Undo a movement with an opposite one, on the card that now holds the balance."""

    def work(conn: sqlite3.Connection) -> tuple[dict[str, Any], int]:
        original = conn.execute(
            "SELECT * FROM movements WHERE movementid = ? AND campaignid = ?", (movementid, caller.campaignid)
        ).fetchone()
        if original is None:
            raise Answer(AnswerCode.MOVEMENT_UNKNOWN, "This movement is not known.", "movementid")
        if original["type"] == "reversal" or original["reversedby"] is not None:
            raise Answer(AnswerCode.MOVEMENT_NOT_REVERSIBLE, "This movement was already reversed or is a reversal.",
                         "movementid")
        if original["type"] in ("voucher", "prize", "bonus"):
            # Points in a voucher cannot come back (the voucher would stay spendable too); a prize's come back by
            # cancelling its request, with the item to stock; a bonus is the programme's gift, not the till's (marta).
            raise Answer(AnswerCode.MOVEMENT_NOT_REVERSIBLE, "Points turned into a voucher or a prize, or given as"
                         " a bonus, cannot be reversed at a till.",
                         "movementid")
        card = find_card(conn, caller.campaignid, original["card"])
        while card["status"] == "replaced" and card["replacedby"]:
            card = find_card(conn, caller.campaignid, card["replacedby"])
        card = usable_card(conn, caller.campaignid, card["card"])
        return _record(conn, request, caller, card, key=key, kind="reversal", points=-original["points"],
                       credit=-original["credit"], reverses=movementid)

    answer, replayed = run_once(
        request, campaignid=caller.campaignid, key=key,
        digest=fingerprint({"method": "DELETE", "path": request.url.path}), work=work,
    )
    if replayed:
        response.headers[REPLAY_HEADER] = "true"
    return answer


@router.get(Path.MOVEMENTS, response_model=MovementList, responses=error_responses(AnswerCode.CARD_UNKNOWN))
def list_movements(
    request: Request,
    caller: TerminalCaller,
    card: Annotated[str, Query(pattern=CARD_PATTERN, examples=[DEMO_CARD])],
    limit: Annotated[int, Query(ge=1, le=MOVEMENTS_LIMIT_MAX)] = MOVEMENTS_LIMIT_DEFAULT,
) -> dict[str, Any]:
    with sandbox_of(request).db.transaction() as conn:
        find_card(conn, caller.campaignid, card)
        rows = conn.execute(
            "SELECT * FROM movements WHERE card = ? AND campaignid = ? ORDER BY movementid DESC LIMIT ?",
            (card, caller.campaignid, limit),
        ).fetchall()
    return {"card": card, "movements": [movement_view(row) for row in rows]}


@router.get(
    Path.OPERATION,
    response_model=OperationAnswer,
    responses=error_responses(AnswerCode.OPERATION_UNKNOWN, AnswerCode.OPERATION_RUNNING),
)
def get_operation(
    request: Request,
    caller: TerminalCaller,
    operationid: Annotated[str, PathParam(min_length=1, max_length=OPERATIONID_MAX_LENGTH)],
) -> dict[str, Any]:
    """How a terminal learns the outcome of a write whose answer it never received."""
    with sandbox_of(request).db.transaction() as conn:
        row = stored_operation(conn, caller.campaignid, operationid)
    return {"operationid": operationid, "status": "applied", "movementid": row["movementid"],
            "result": json.loads(row["body"])}
