"""The /sandbox/ paths: the customer's mailbox, fault injection, the movable clock, the demo's offline policy."""

from __future__ import annotations

import dataclasses
import json
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from kiosk.api.marta import AnswerCode, Path
from kiosk.sandbox.campaigns import campaign_row
from kiosk.sandbox.control_bodies import ClockBody, FaultBody, OfflinePolicyBody
from kiosk.sandbox.clock import iso
from kiosk.sandbox.contacts import kind_of, normalise_contact
from kiosk.sandbox.context import sandbox_of
from kiosk.sandbox.demo import DEMO
from kiosk.sandbox.errors import Answer, error_responses
from kiosk.sandbox.faults import FaultSetting
from kiosk.sandbox.schemas import ClockView, FaultView, MessageList, OfflinePolicy

__all__ = ["router"]

router = APIRouter(tags=["sandbox"])

_TAKES_INPUT = error_responses(AnswerCode.BAD_FIELD, token=False, api_key=False, public=False)


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


@router.delete(Path.SANDBOX_FAULTS, response_model=FaultView)
def clear_faults(request: Request) -> dict[str, Any]:
    return dataclasses.asdict(sandbox_of(request).faults.clear())


@router.get(Path.SANDBOX_CLOCK, response_model=ClockView)
def get_clock(request: Request) -> dict[str, Any]:
    return {"now": iso(sandbox_of(request).clock.now())}


@router.post(Path.SANDBOX_CLOCK, response_model=ClockView, responses=_TAKES_INPUT)
def advance_clock(request: Request, body: ClockBody) -> dict[str, Any]:
    try:
        return {"now": iso(sandbox_of(request).clock.advance(body.advance))}
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
