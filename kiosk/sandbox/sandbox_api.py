"""The /sandbox/ paths: the customer's mailbox, fault injection, the movable clock, the demo's offline policy.

Mounted only on a server started with `--dev`, and every call needs the demo's
control key in `x-sandbox-key` (CONTRACT §5): these paths hand out one-time codes.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Security
from fastapi.security import APIKeyHeader

from kiosk.api.marta import SANDBOX_KEY_HEADER, AnswerCode, Path
from kiosk.sandbox.campaigns import campaign_row
from kiosk.sandbox.control_bodies import ClockBody, FaultBody, OfflinePolicyBody
from kiosk.api.utctime import utc_text
from kiosk.sandbox.contacts import kind_of, normalise_contact
from kiosk.sandbox.controlkey import same_key
from kiosk.sandbox.context import sandbox_of
from kiosk.sandbox.demo import DEMO
from kiosk.sandbox.errors import Answer, error_responses
from kiosk.sandbox.faults import FaultSetting
from kiosk.sandbox.schemas import ClockView, FaultView, MessageList, OfflinePolicy

__all__ = ["router", "CONTROL_KEY_STATE"]

#: Where create_app leaves the control key on `app.state`.
CONTROL_KEY_STATE = "controlkey"

_sandbox_key = APIKeyHeader(
    name=SANDBOX_KEY_HEADER,
    auto_error=False,
    scheme_name="SandboxKey",
    description="The demo's control key (`kiosk sandbox demo` prints it as controlkey).",
)


def _control_key_sent(request: Request, sent: Annotated[str | None, Security(_sandbox_key)]) -> None:
    """Every /sandbox/ call: a missing or wrong control key is 401/10."""
    key: str | None = getattr(request.app.state, CONTROL_KEY_STATE, None)
    if key is None or not same_key(sent, key):
        raise Answer(AnswerCode.WRONG_CREDENTIALS, "The sandbox control key is missing or wrong.", SANDBOX_KEY_HEADER)


router = APIRouter(tags=["sandbox"], dependencies=[Security(_control_key_sent)])

# api_key=True: the 401/10 of a missing or wrong control key.
_TAKES_INPUT = error_responses(AnswerCode.BAD_FIELD, token=False, public=False)
_KEYED = error_responses(token=False, public=False)


@router.get(Path.SANDBOX_MESSAGES, response_model=MessageList, responses=_TAKES_INPUT)
def messages(
    request: Request,
    to: Annotated[str | None, Query(max_length=200, description="E-mail or phone; none = every message.")] = None,
) -> dict[str, Any]:
    """What the sandbox "sent", newest first: a demo or a test reads its codes here."""
    address = normalise_contact(to, kind_of(to), "to") if to is not None else None
    found = sandbox_of(request).mailbox.for_address(address)
    return {"messages": [dataclasses.asdict(message) for message in found]}


@router.post(Path.SANDBOX_FAULTS, response_model=FaultView, responses=_TAKES_INPUT)
def set_faults(request: Request, body: FaultBody) -> dict[str, Any]:
    setting = sandbox_of(request).faults.replace(FaultSetting(**body.model_dump()))
    return dataclasses.asdict(setting)


@router.delete(Path.SANDBOX_FAULTS, response_model=FaultView, responses=_KEYED)
def clear_faults(request: Request) -> dict[str, Any]:
    return dataclasses.asdict(sandbox_of(request).faults.clear())


@router.get(Path.SANDBOX_CLOCK, response_model=ClockView, responses=_KEYED)
def get_clock(request: Request) -> dict[str, Any]:
    return {"now": utc_text(sandbox_of(request).clock.now())}


@router.post(Path.SANDBOX_CLOCK, response_model=ClockView, responses=_TAKES_INPUT)
def advance_clock(request: Request, body: ClockBody) -> dict[str, Any]:
    try:
        return {"now": utc_text(sandbox_of(request).clock.advance(body.advance))}
    except ValueError:
        raise Answer(AnswerCode.BAD_FIELD, "The sandbox clock cannot go that far.", "advance") from None


@router.put(Path.SANDBOX_OFFLINE_POLICY, response_model=OfflinePolicy, responses=_TAKES_INPUT)
def set_offline_policy(request: Request, body: OfflinePolicyBody) -> dict[str, Any]:
    """Replace the demo campaign's offlinepolicy; GET /terminal/campaign serves it from now on."""
    policy = body.model_dump()
    with sandbox_of(request).db.transaction() as conn:
        campaignid = campaign_row(conn, DEMO["campaignid"])["campaignid"]
        conn.execute("UPDATE campaigns SET offlinepolicy = ? WHERE campaignid = ?", (json.dumps(policy), campaignid))
    return policy
