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
from kiosk.sandbox.events import on_seen
from kiosk.sandbox.guessing import client_of
from kiosk.sandbox.hashing import hash_secret, new_token, verify_secret
from kiosk.sandbox.pins import PIN_ANSWERS, guard_pin, wrong_guess
from kiosk.sandbox.schemas import TokenAnswer
from kiosk.sandbox.throttle import LOGIN
from kiosk.sandbox.tokens import ApiCampaign, caller_of, issue_tokens, refresh_tokens, sent_token

__all__ = ["router"]

router = APIRouter(tags=["auth"])

_WRONG = "Wrong username or password."
# What an unknown user name's password is checked against: the same scrypt as a
# real account's, so a wrong name costs the same time as a wrong password and
# the answer's timing does not tell which user names exist.
_NOBODY_HASH = hash_secret(new_token())


def _password_matches(password: str, stored: str | None) -> bool:
    """Whether `password` matches `stored`; with no stored hash, the same work against a dummy, then False."""
    matches = verify_secret(password, stored or _NOBODY_HASH)
    return matches and stored is not None


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
    matches = _password_matches(password, user["passwordhash"] if user is not None else None)
    if user is None or not matches:
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
    matches = _password_matches(password, customer["passwordhash"] if customer is not None else None)
    if customer is None or not matches:
        raise Answer(AnswerCode.WRONG_CREDENTIALS, _WRONG, "username")
    return int(customer["customerid"])


def _customer_by_card(sandbox: Sandbox, body: AuthBody, token: str | None) -> int:
    """A customer at a self-service kiosk: card and PIN, vouched for by the kiosk's terminal session."""
    card = _required(body.card, "card")
    pincode = _required(body.pincode, "pincode")
    terminal = caller_of(sandbox, body.campaignid, token) if token is not None else None
    if terminal is None or terminal.scope is not Scope.TERMINAL:
        raise Answer(AnswerCode.WRONG_CREDENTIALS, "A card login needs the kiosk's terminal session.", "Authorization")
    guard_pin(sandbox, body.campaignid, card, pincode, by=terminal)
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
    """Sign in; failed tries count per account and per client, and past the limit are 429/13 (see marta)."""
    sandbox = sandbox_of(request)
    keys = (client_of(request), *_accounts_of(body))
    sandbox.throttle.refuse_if_held(LOGIN, keys, sandbox.clock.timestamp())
    try:
        return _login(sandbox, campaignid, token, body)
    except Answer as refusal:
        if refusal.code is AnswerCode.WRONG_CREDENTIALS or wrong_guess(refusal):
            sandbox.throttle.failed(LOGIN, keys, sandbox.clock.timestamp())
        raise


def _accounts_of(body: AuthBody) -> tuple[str, ...]:
    """The account a login names, as the throttle's key: the card, or the user name in its scope."""
    if body.scope == Scope.CUSTOMER.value and body.card is not None:
        return (f"card:{body.campaignid}:{body.card}",)
    if body.username is None:
        return ()
    username = body.username.strip().lower() if body.scope == Scope.CUSTOMER.value else body.username
    return (f"user:{body.campaignid}:{body.scope}:{username}",)


def _login(sandbox: Sandbox, campaignid: int, token: str | None, body: AuthBody) -> dict[str, Any]:
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
            on_seen(conn, campaignid, customerid, sandbox.clock.timestamp())
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
