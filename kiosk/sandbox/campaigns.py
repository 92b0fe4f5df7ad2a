"""The campaign's rules, as stored and as a terminal reads them."""

from __future__ import annotations

import decimal
import json
import sqlite3
from typing import Annotated, Any

from fastapi import APIRouter, Request
from fastapi import Path as PathParam

from kiosk.api.marta import MAX_ID, AnswerCode, Path
from kiosk.sandbox.contacts import contact_params
from kiosk.sandbox.context import sandbox_of
from kiosk.sandbox.errors import Answer, error_responses
from kiosk.sandbox.schemas import CampaignView
from kiosk.sandbox.tokens import TerminalCaller

__all__ = ["router", "campaign_row", "same_campaign", "points_for", "check_category"]

router = APIRouter(tags=["terminal"])


def same_campaign(campaignid: int, callers_campaign: int) -> None:
    """A campaign id in a request must be the token's own campaign."""
    if campaignid != callers_campaign:
        raise Answer(AnswerCode.BAD_FIELD, "This campaign is not the one you are signed in to.", "campaignid")


def campaign_row(conn: sqlite3.Connection, campaignid: int) -> sqlite3.Row:
    row = conn.execute("SELECT * FROM campaigns WHERE campaignid = ?", (campaignid,)).fetchone()
    if row is None:
        raise Answer(AnswerCode.BAD_FIELD, "This campaign is not known.", "campaignid")
    return row


def points_for(campaign: sqlite3.Row, amount: int) -> int:
    """Points a purchase earns: floor(amount * pointsperunit / 100), in exact decimal arithmetic."""
    return int(decimal.Decimal(amount) * decimal.Decimal(campaign["pointsperunit"]) // 100)


def check_category(conn: sqlite3.Connection, campaignid: int, categoryid: int, field: str = "categoryid") -> None:
    found = conn.execute(
        "SELECT 1 FROM categories WHERE campaignid = ? AND categoryid = ?", (campaignid, categoryid)
    ).fetchone()
    if found is None:
        raise Answer(AnswerCode.BAD_FIELD, "This card category is not known.", field)


def _campaign_view(conn: sqlite3.Connection, row: sqlite3.Row) -> dict[str, Any]:
    categories = conn.execute(
        "SELECT categoryid, name FROM categories WHERE campaignid = ? ORDER BY categoryid", (row["campaignid"],)
    ).fetchall()
    return {
        "campaignid": row["campaignid"],
        "name": row["name"],
        "currency": row["currency"],
        "pointsperunit": float(decimal.Decimal(row["pointsperunit"])),
        "pointvalue": row["pointvalue"],
        "minredeempoints": row["minredeempoints"],
        "pincodelength": row["pincodelength"],
        "cardformat": row["cardformat"],
        "categories": [dict(category) for category in categories],
        "offlinepolicy": json.loads(row["offlinepolicy"]),
        "contacthash": contact_params(conn, row["campaignid"]).to_json(),
    }


@router.get(Path.CAMPAIGN, response_model=CampaignView, responses=error_responses())
def get_campaign(
    request: Request, caller: TerminalCaller, campaignid: Annotated[int, PathParam(ge=1, le=MAX_ID)]
) -> dict[str, Any]:
    same_campaign(campaignid, caller.campaignid)
    with sandbox_of(request).db.transaction() as conn:
        return _campaign_view(conn, campaign_row(conn, campaignid))
