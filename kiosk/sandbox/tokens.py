"""Who is calling: the api key, bearer tokens (issue, refresh, check) and the scope guards."""

from __future__ import annotations

import dataclasses
import secrets
import sqlite3
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from kiosk.api.marta import API_KEY_HEADER, AUTHORIZATION_HEADER, AnswerCode, Scope
from kiosk.sandbox.context import Sandbox, sandbox_of
from kiosk.sandbox.errors import Answer
from kiosk.sandbox.hashing import new_token, token_digest

__all__ = [
    "Caller",
    "api_campaign",
    "sent_token",
    "caller_of",
    "issue_tokens",
    "refresh_tokens",
    "TerminalCaller",
    "SynchroCaller",
    "CustomerCaller",
    "SynchroOrCustomerCaller",
    "ApiCampaign",
]

_api_key = APIKeyHeader(
    name=API_KEY_HEADER, auto_error=False, scheme_name="ApiKey", description="The campaign's api key."
)
_bearer = HTTPBearer(auto_error=False, scheme_name="Bearer", description="The token from POST /auth.")


@dataclasses.dataclass(frozen=True)
class Caller:
    campaignid: int
    scope: Scope
    subject: str
    serialnumber: str | None


def api_campaign(request: Request, key: Annotated[str | None, Security(_api_key)]) -> int:
    """The campaign the api key belongs to; a missing or unknown key is 401/10."""
    if not key:
        raise Answer(AnswerCode.WRONG_CREDENTIALS, "The api key is missing.", API_KEY_HEADER)
    with sandbox_of(request).db.transaction() as conn:
        row = conn.execute("SELECT campaignid FROM apikeys WHERE keyhash = ?", (token_digest(key),)).fetchone()
    if row is None:
        raise Answer(AnswerCode.WRONG_CREDENTIALS, "The api key is not valid.", API_KEY_HEADER)
    return int(row["campaignid"])


ApiCampaign = Annotated[int, Depends(api_campaign)]


def _caller_of(sandbox: Sandbox, campaignid: int, token: str) -> Caller:
    with sandbox.db.transaction() as conn:
        row = conn.execute(
            "SELECT * FROM tokens WHERE digest = ? AND kind = 'access'", (token_digest(token),)
        ).fetchone()
    if row is None or row["campaignid"] != campaignid:
        raise Answer(AnswerCode.WRONG_CREDENTIALS, "Sign in again: the session is not known.", AUTHORIZATION_HEADER)
    if row["expiresat"] <= sandbox.clock.timestamp():
        raise Answer(AnswerCode.TOKEN_EXPIRED, "The session has expired: refresh it.", AUTHORIZATION_HEADER)
    return Caller(row["campaignid"], Scope(row["scope"]), row["subject"], row["serialnumber"])


def sent_token(credentials: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)]) -> str | None:
    """The bearer token as sent, unchecked: POST /auth looks at it only for a card login."""
    return credentials.credentials if credentials is not None else None


def caller_of(sandbox: Sandbox, campaignid: int, token: str) -> Caller:
    return _caller_of(sandbox, campaignid, token)


def _require(*scopes: Scope) -> Callable[..., Caller]:
    def guard(
        request: Request,
        campaignid: ApiCampaign,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
    ) -> Caller:
        if credentials is None:
            raise Answer(AnswerCode.WRONG_CREDENTIALS, "Sign in first: no session was sent.", AUTHORIZATION_HEADER)
        caller = _caller_of(sandbox_of(request), campaignid, credentials.credentials)
        if caller.scope not in scopes:
            needed = " or ".join(scope.value for scope in scopes)
            raise Answer(AnswerCode.SCOPE_FORBIDDEN, f"This call needs a {needed} session.", AUTHORIZATION_HEADER)
        return caller

    guard.__name__ = "require_" + "_or_".join(scope.value for scope in scopes)
    return guard


TerminalCaller = Annotated[Caller, Depends(_require(Scope.TERMINAL))]
SynchroCaller = Annotated[Caller, Depends(_require(Scope.CUSTOMERSYNCHRO))]
CustomerCaller = Annotated[Caller, Depends(_require(Scope.CUSTOMER))]
#: POST /customer/verifyemail: onboarding's code to a new address, or a signed-in customer's to a new contact.
SynchroOrCustomerCaller = Annotated[Caller, Depends(_require(Scope.CUSTOMERSYNCHRO, Scope.CUSTOMER))]


def issue_tokens(
    conn: sqlite3.Connection,
    sandbox: Sandbox,
    *,
    campaignid: int,
    scope: Scope,
    subject: str,
    serialnumber: str | None,
    family: str | None = None,
) -> dict[str, Any]:
    """A new access and refresh token pair; only their digests are stored.

    `family` ties the pair to the login it comes from (a refresh passes its own);
    None starts a new login.
    """
    now = sandbox.clock.timestamp()
    token, refresh = new_token(), new_token()
    family = family or _new_family()
    for value, kind, ttl in (
        (token, "access", sandbox.config.access_ttl),
        (refresh, "refresh", sandbox.config.refresh_ttl),
    ):
        conn.execute(
            "INSERT INTO tokens (digest, kind, scope, campaignid, subject, serialnumber, expiresat, family)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (token_digest(value), kind, scope.value, campaignid, subject, serialnumber, now + ttl, family),
        )
    return {"token": token, "refreshtoken": refresh, "expiresin": sandbox.config.access_ttl, "scope": scope.value}


def _new_family() -> str:
    """The id of one login, shared by every token it leads to; an id, not a secret."""
    return secrets.token_hex(16)


def _revoke_login(conn: sqlite3.Connection, family: str) -> None:
    """Every token of one login goes: whoever holds one signs in again."""
    conn.execute("DELETE FROM tokens WHERE family = ?", (family,))


def refresh_tokens(
    conn: sqlite3.Connection, sandbox: Sandbox, campaignid: int, refreshtoken: str
) -> tuple[Caller, dict[str, Any]]:
    """Spend a refresh token for a new pair; an unknown one is 401/10.

    A spent refresh token stays known (kind 'spent') until it would have expired:
    if it comes back, someone else holds a copy, so every token of that login is
    revoked (401/10, committed) and the thief and the owner both sign in again.
    """
    digest = token_digest(refreshtoken)
    row = conn.execute(
        "SELECT * FROM tokens WHERE digest = ? AND kind IN ('refresh', 'spent')", (digest,)
    ).fetchone()
    if row is None or row["campaignid"] != campaignid:
        raise Answer(AnswerCode.WRONG_CREDENTIALS, "Sign in again: the session is not known.", "refreshtoken")
    if row["expiresat"] <= sandbox.clock.timestamp():
        raise Answer(AnswerCode.TOKEN_EXPIRED, "The session has expired: sign in again.", "refreshtoken")
    if row["kind"] == "spent":
        _revoke_login(conn, row["family"])
        raise Answer(
            AnswerCode.WRONG_CREDENTIALS, "Sign in again: this session was used twice.", "refreshtoken", keep=True
        )
    # A token made before logins had a family starts one here.
    family = row["family"] or _new_family()
    conn.execute("UPDATE tokens SET kind = 'spent', family = ? WHERE digest = ?", (family, digest))
    caller = Caller(row["campaignid"], Scope(row["scope"]), row["subject"], row["serialnumber"])
    answer = issue_tokens(
        conn, sandbox, campaignid=caller.campaignid, scope=caller.scope, subject=caller.subject,
        serialnumber=caller.serialnumber, family=family,
    )
    return caller, answer
