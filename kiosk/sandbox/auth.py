"""Signing in: POST /auth for the three scopes, and POST /auth/refreshToken."""

from __future__ import annotations

import sqlite3
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request

from kiosk.api.marta import AnswerCode, Path, Scope
from kiosk.sandbox.bodies import AuthBody, RefreshBody
from kiosk.sandbox.cardstore import usable_card
from kiosk.sandbox.context import Sandbox, sandbox_of
from kiosk.sandbox.customers import customer_view
from kiosk.sandbox.errors import Answer, error_responses
from kiosk.sandbox.hashing import verify_secret
from kiosk.sandbox.pins import PIN_ANSWERS, guard_pin
from kiosk.sandbox.schemas import TokenAnswer
from kiosk.sandbox.tokens import ApiCampaign, caller_of, issue_tokens, refresh_tokens, sent_token

__all__ = ["router"]

router = APIRouter(tags=["auth"])

_WRONG = "Wrong username or password."


def _required(value: str | None, field: str) -> str:
    if value is None:
        raise Answer(AnswerCode.BAD_FIELD, f"{field} is required here.", field)
    return value


def _staff_subject(conn: sqlite3.Connection, body: AuthBody, scope: Scope) -> tuple[str, str | None]:
    """A terminal's or the onboarding service's own account; the terminal's serial must match too."""
    username = _required(body.username, "username")
    password = _required(body.password or body.passwords, "password")
    serial = _required(body.serialnumber, "serialnumber") if scope is Scope.TERMINAL else None
    user = conn.execute(
        "SELECT * FROM users WHERE campaignid = ? AND username = ? AND scope = ?",
        (body.campaignid, username, scope.value),
    ).fetchone()
    if user is None or not verify_secret(password, user["passwordhash"]):
        raise Answer(AnswerCode.WRONG_CREDENTIALS, _WRONG, "username")
    if scope is Scope.TERMINAL and serial != user["serialnumber"]:
        raise Answer(AnswerCode.WRONG_CREDENTIALS, "This terminal's serial number is not registered.", "serialnumber")
    return str(user["userid"]), serial


def _customer_by_password(conn: sqlite3.Connection, body: AuthBody) -> int:
    username = _required(body.username, "username").strip().lower()
    password = _required(body.password or body.passwords, "password")
    customer = conn.execute(
        "SELECT * FROM customers WHERE campaignid = ? AND username = ? AND registered = 1",
        (body.campaignid, username),
    ).fetchone()
    if customer is None or not verify_secret(password, customer["passwordhash"]):
        raise Answer(AnswerCode.WRONG_CREDENTIALS, _WRONG, "username")
    return int(customer["customerid"])


def _customer_by_card(sandbox: Sandbox, body: AuthBody, token: str | None) -> int:
    """A customer at a self-service kiosk: card and PIN, vouched for by the kiosk's terminal session."""
    card = _required(body.card, "card")
    pincode = _required(body.pincode, "pincode")
    if token is None or caller_of(sandbox, body.campaignid, token).scope is not Scope.TERMINAL:
        raise Answer(AnswerCode.WRONG_CREDENTIALS, "A card login needs the kiosk's terminal session.", "Authorization")
    guard_pin(sandbox, body.campaignid, card, pincode)
    with sandbox.db.transaction() as conn:
        return int(usable_card(conn, body.campaignid, card)["customerid"])


@router.post(
    Path.AUTH,
    response_model=TokenAnswer,
    responses=error_responses(*PIN_ANSWERS, AnswerCode.TOKEN_EXPIRED, token=False),
)
def login(
    request: Request,
    campaignid: ApiCampaign,
    token: Annotated[str | None, Depends(sent_token)],
    body: AuthBody,
) -> dict[str, Any]:
    sandbox = sandbox_of(request)
    if body.campaignid != campaignid:
        raise Answer(AnswerCode.WRONG_CREDENTIALS, "This campaign does not match the api key.", "campaignid")
    scope = Scope(body.scope)
    customerid: int | None = None
    if scope is Scope.CUSTOMER and body.card is not None:
        customerid = _customer_by_card(sandbox, body, token)
    with sandbox.db.transaction() as conn:
        if scope is Scope.CUSTOMER:
            if customerid is None:
                customerid = _customer_by_password(conn, body)
            subject, serial = str(customerid), None
        else:
            subject, serial = _staff_subject(conn, body, scope)
        answer = issue_tokens(conn, sandbox, campaignid=campaignid, scope=scope, subject=subject, serialnumber=serial)
        answer["customer"] = customer_view(conn, customerid) if customerid is not None else None
    return answer


@router.post(Path.REFRESH, response_model=TokenAnswer, responses=error_responses(token=False))
def refresh(request: Request, campaignid: ApiCampaign, body: RefreshBody) -> dict[str, Any]:
    sandbox = sandbox_of(request)
    with sandbox.db.transaction() as conn:
        caller, answer = refresh_tokens(conn, sandbox, campaignid, body.refreshtoken)
        customer = int(caller.subject) if caller.scope is Scope.CUSTOMER else None
        answer["customer"] = customer_view(conn, customer) if customer is not None else None
    return answer
