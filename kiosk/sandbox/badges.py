"""The campaign's badges, earned by a customer or still to earn (CONTRACT §4)."""

from __future__ import annotations

import sqlite3
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel

from kiosk.api.marta import Path
from kiosk.api.utctime import utc_text_at
from kiosk.sandbox.context import sandbox_of
from kiosk.sandbox.errors import error_responses
from kiosk.sandbox.tokens import CustomerCaller

__all__ = ["router", "give_badge", "seed_badges"]

router = APIRouter(tags=["customer"])

_DAY = 86400.0


class BadgeView(BaseModel):
    badgeid: int
    title: str
    description: str
    imageurl: str | None
    earnedat: str | None


class BadgeList(BaseModel):
    badges: list[BadgeView]


@router.get(Path.BADGES, response_model=BadgeList, responses=error_responses())
def get_badges(request: Request, caller: CustomerCaller) -> dict[str, Any]:
    """Every badge of the campaign: the earned ones first (newest first), then those still to earn."""
    with sandbox_of(request).db.transaction() as conn:
        rows = conn.execute(
            "SELECT badges.*, customerbadges.earnedat AS earnedat FROM badges"
            " LEFT JOIN customerbadges ON customerbadges.badgeid = badges.badgeid AND customerbadges.customerid = ?"
            " WHERE badges.campaignid = ? ORDER BY earnedat IS NULL, earnedat DESC, badges.position, badges.badgeid",
            (int(caller.subject), caller.campaignid),
        ).fetchall()
    return {"badges": [
        {"badgeid": row["badgeid"], "title": row["title"], "description": row["description"],
         "imageurl": row["imageurl"], "earnedat": None if row["earnedat"] is None else utc_text_at(row["earnedat"])}
        for row in rows
    ]}


def give_badge(conn: sqlite3.Connection, badgeid: int, customerid: int, now: float) -> None:
    """The customer earns a badge; earning it again keeps the first time."""
    conn.execute(
        "INSERT OR IGNORE INTO customerbadges (badgeid, customerid, earnedat) VALUES (?, ?, ?)",
        (badgeid, customerid, now),
    )


_DEMO_BADGES = (
    ("First purchase", "You shopped with your card for the first time."),
    ("Regular", "Ten visits with your card in one month."),
    ("Coffee lover", "Twenty coffees with your card."),
)


def seed_badges(conn: sqlite3.Connection, campaignid: int, now: float) -> None:
    """The demo's badges, the first earned by Giulia; once (a demo of before gets them too)."""
    from kiosk.sandbox.demo import DEMO  # demo imports this module while seeding

    if conn.execute("SELECT 1 FROM badges WHERE campaignid = ?", (campaignid,)).fetchone() is not None:
        return
    ids = [
        conn.execute(
            "INSERT INTO badges (campaignid, title, description, position) VALUES (?, ?, ?, ?) RETURNING badgeid",
            (campaignid, title, description, position),
        ).fetchone()["badgeid"]
        for position, (title, description) in enumerate(_DEMO_BADGES)
    ]
    giulia = conn.execute("SELECT customerid FROM cards WHERE card = ?", (DEMO["cards"][0]["card"],)).fetchone()
    if giulia is not None:
        give_badge(conn, ids[0], int(giulia["customerid"]), now - 20 * _DAY)
