"""Promotions a customer sees: for everyone, or for a tag or cluster they carry now (CONTRACT §4); the demo's offers."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from fastapi import APIRouter, Request

from kiosk.api.marta import Path
from kiosk.api.utctime import utc_text_at
from kiosk.sandbox.context import sandbox_of
from kiosk.sandbox.errors import error_responses
from kiosk.sandbox.schemas import PromotionList
from kiosk.sandbox.tokens import CustomerCaller
from kiosk.sandbox.wallet import issue_voucher

__all__ = [
    "router", "promotions_for", "give_tag", "add_promotion", "seed_offers", "DEMO_ACTIVE_VOUCHER",
    "DEMO_USED_VOUCHER", "DEMO_TAG", "DEMO_NOBODYS_TAG",
]

router = APIRouter(tags=["customer"])

_DAY = 86400.0


def give_tag(
    conn: sqlite3.Connection, customerid: int, name: str, *, kind: str = "tag", expiresat: float | None = None
) -> None:
    """Tag a customer (kind "tag" or "cluster"); a tag given again takes the new expiry (None: never expires)."""
    conn.execute(
        "INSERT INTO customertags (customerid, kind, name, expiresat) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (customerid, kind, name) DO UPDATE SET expiresat = excluded.expiresat",
        (customerid, kind, name, expiresat),
    )


def _view(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "promotionid": row["promotionid"],
        "title": row["title"],
        "description": row["description"],
        "terms": row["terms"],
        "imageurl": row["imageurl"],
        "validfrom": None if row["validfrom"] is None else utc_text_at(row["validfrom"]),
        "validto": None if row["validto"] is None else utc_text_at(row["validto"]),
        "tags": json.loads(row["tags"]),
        "clusters": json.loads(row["clusters"]),
    }


def promotions_for(conn: sqlite3.Connection, campaignid: int, customerid: int, now: float) -> list[dict[str, Any]]:
    """The promotions running now that target everyone or a tag or cluster the customer carries now."""
    carried = {
        (row["kind"], row["name"])
        for row in conn.execute(
            "SELECT kind, name FROM customertags WHERE customerid = ? AND (expiresat IS NULL OR expiresat > ?)",
            (customerid, now),
        )
    }
    running = conn.execute(
        "SELECT * FROM promotions WHERE campaignid = ? AND (validfrom IS NULL OR validfrom <= ?)"
        " AND (validto IS NULL OR validto > ?) ORDER BY validto IS NULL, validto, promotionid",
        (campaignid, now, now),
    ).fetchall()
    seen = []
    for row in running:
        targets = {("tag", name) for name in json.loads(row["tags"])} | {
            ("cluster", name) for name in json.loads(row["clusters"])
        }
        if not targets or targets & carried:
            seen.append(_view(row))
    return seen


@router.get(Path.CUSTOMER_PROMOTIONS, response_model=PromotionList, responses=error_responses())
def my_promotions(request: Request, caller: CustomerCaller) -> dict[str, Any]:
    sandbox = sandbox_of(request)
    with sandbox.db.transaction() as conn:
        return {"promotions": promotions_for(conn, caller.campaignid, int(caller.subject), sandbox.clock.timestamp())}


def _promotion(
    conn: sqlite3.Connection, campaignid: int, title: str, description: str, terms: str, validfrom: float,
    validto: float, tags: tuple[str, ...] = (), clusters: tuple[str, ...] = (),
) -> int:
    row = conn.execute(
        "INSERT INTO promotions (campaignid, title, description, terms, validfrom, validto, tags, clusters)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING promotionid",
        (campaignid, title, description, terms, validfrom, validto, json.dumps(list(tags)), json.dumps(list(clusters))),
    ).fetchone()
    return int(row["promotionid"])


#: For other modules' demo data (kiosk/sandbox/events.py: the promotions the event rules' tags open).
add_promotion = _promotion


#: The demo's wallet codes for Giulia (fixed, so a demo and a test can type them at a till).
DEMO_ACTIVE_VOUCHER = "CAFFE150"
DEMO_USED_VOUCHER = "BREAD200"
#: The tag Giulia carries (for 60 days from the seed) and the one nobody carries.
DEMO_TAG = "coffee-lover"
DEMO_NOBODYS_TAG = "wine-club"


def seed_offers(conn: sqlite3.Connection, campaignid: int, now: float) -> None:
    """The demo's promotions, Giulia's tags and her wallet (called once from demo._seed)."""
    from kiosk.sandbox.demo import DEMO  # demo imports this module while seeding

    giulia = conn.execute("SELECT customerid FROM cards WHERE card = ?", (DEMO["cards"][0]["card"],)).fetchone()
    _promotion(
        conn, campaignid, "Double points on fresh bread",
        "Every loaf of our bread earns double points this season.",
        "Points are added at the till with your card. One loaf per receipt counts double.",
        now - 7 * _DAY, now + 90 * _DAY,
    )
    coffee = _promotion(
        conn, campaignid, "A free coffee with any pastry",
        "For our coffee lovers: buy any pastry and the coffee is on us.",
        "Show the voucher in your wallet at the till. One coffee per pastry, at the counter only.",
        now - 1 * _DAY, now + 120 * _DAY, tags=(DEMO_TAG,),
    )
    _promotion(
        conn, campaignid, "Summer sale", "20% off all summer goods.", "While stocks last.",
        now - 100 * _DAY, now - 10 * _DAY,
    )
    _promotion(
        conn, campaignid, "Wine tasting evening", "Members of the wine club taste the new vintages first.",
        "Booking at the counter. Adults only.", now - 1 * _DAY, now + 30 * _DAY, tags=(DEMO_NOBODYS_TAG,),
    )
    if giulia is None:
        return
    customerid = int(giulia["customerid"])
    give_tag(conn, customerid, DEMO_TAG, expiresat=now + 60 * _DAY)
    give_tag(conn, customerid, "gold", kind="cluster")
    issue_voucher(
        conn, campaignid=campaignid, customerid=customerid, code=DEMO_ACTIVE_VOUCHER, title="A free coffee",
        description="1.50 off: a coffee with any pastry.", terms="One use, with a pastry on the same receipt.",
        source="promotion", value=150, expiresat=now + 30 * _DAY, promotionid=coffee, now=now - 1 * _DAY,
    )
    issue_voucher(
        conn, campaignid=campaignid, customerid=customerid, code=DEMO_USED_VOUCHER, title="Voucher from your points",
        description="200 points turned into a voucher", terms="One use, on one receipt, before it expires.",
        source="points", value=200, expiresat=now + 80 * _DAY, now=now - 10 * _DAY,
    )
    conn.execute(
        "UPDATE vouchers SET usedat = ?, receipt = ? WHERE campaignid = ? AND code = ?",
        (now - 3 * _DAY, "R-0420", campaignid, DEMO_USED_VOUCHER),
    )
