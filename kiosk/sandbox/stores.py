"""The campaign's shops near a position (only with the geolocation consent) and a customer's preferred shops.

The rules are in kiosk/api/marta.py ("News, notifications, badges, stores and the event rules").
"""

from __future__ import annotations

import json
import math
import sqlite3
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from kiosk.api.marta import GEOLOCATION_CONSENT, MAX_ID, STORES_LIMIT, AnswerCode, Path
from kiosk.sandbox.context import sandbox_of
from kiosk.sandbox.errors import Answer, error_responses
from kiosk.sandbox.tokens import CustomerCaller

__all__ = ["router", "seed_stores", "add_consent_field", "DEMO_SHOP"]

router = APIRouter(tags=["customer"])

_EARTH_RADIUS_M = 6_371_000.0


class PreferredStoreBody(BaseModel):
    # Strict, as every body of the sandbox: "5" is no store id.
    model_config = ConfigDict(strict=True, extra="ignore", json_schema_extra={"examples": [
        {"storeid": 1}, {"storeid": 2, "preferred": False},
    ]})

    storeid: int = Field(ge=1, le=MAX_ID)
    preferred: bool = True


class StoreView(BaseModel):
    storeid: int
    name: str
    address: str
    city: str
    lat: float
    lon: float
    distance: int | None = Field(description="Metres from the position asked about; null in the preferred list.")


class StoreList(BaseModel):
    stores: list[StoreView]


def _distance(lat1: float, lon1: float, lat2: float, lon2: float) -> int:
    """Great-circle metres between two positions (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return round(2 * _EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a))))


def _view(row: sqlite3.Row, distance: int | None) -> dict[str, Any]:
    return {**{key: row[key] for key in ("storeid", "name", "address", "city", "lat", "lon")}, "distance": distance}


def _preferred(conn: sqlite3.Connection, customerid: int) -> dict[str, Any]:
    rows = conn.execute(
        "SELECT stores.* FROM preferredstores JOIN stores ON stores.storeid = preferredstores.storeid"
        " WHERE preferredstores.customerid = ? ORDER BY preferredstores.addedat, stores.storeid",
        (customerid,),
    ).fetchall()
    return {"stores": [_view(row, None) for row in rows]}


@router.get(Path.STORES, response_model=StoreList, responses=error_responses())
def get_stores(
    request: Request,
    caller: CustomerCaller,
    lat: Annotated[float, Query(ge=-90, le=90, description="Latitude of the kiosk's own shop.")],
    lon: Annotated[float, Query(ge=-180, le=180, description="Longitude of the kiosk's own shop.")],
) -> dict[str, Any]:
    """The campaign's shops nearest first, only for a customer who consented to geolocation (else 403/12)."""
    with sandbox_of(request).db.transaction() as conn:
        customer = conn.execute("SELECT privacy FROM customers WHERE customerid = ?", (int(caller.subject),)).fetchone()
        if customer is None or json.loads(customer["privacy"]).get(GEOLOCATION_CONSENT) is not True:
            raise Answer(AnswerCode.SCOPE_FORBIDDEN, "Stores near a position need the customer's consent to"
                         " geolocation.", GEOLOCATION_CONSENT)
        rows = conn.execute("SELECT * FROM stores WHERE campaignid = ?", (caller.campaignid,)).fetchall()
    near = sorted(((_distance(lat, lon, row["lat"], row["lon"]), row["storeid"], row) for row in rows),
                  key=lambda item: item[:2])
    return {"stores": [_view(row, distance) for distance, _, row in near[:STORES_LIMIT]]}


@router.get(Path.PREFERRED_STORES, response_model=StoreList, responses=error_responses())
def get_preferred_stores(request: Request, caller: CustomerCaller) -> dict[str, Any]:
    with sandbox_of(request).db.transaction() as conn:
        return _preferred(conn, int(caller.subject))


@router.post(
    Path.PREFERRED_STORES, response_model=StoreList, responses=error_responses(AnswerCode.STORE_UNKNOWN)
)
def set_preferred_store(request: Request, caller: CustomerCaller, body: PreferredStoreBody) -> dict[str, Any]:
    """Add a shop to the preferred ones (or take it off with preferred false); the same twice is the same once."""
    sandbox = sandbox_of(request)
    customerid = int(caller.subject)
    with sandbox.db.transaction() as conn:
        store = conn.execute(
            "SELECT 1 FROM stores WHERE storeid = ? AND campaignid = ?", (body.storeid, caller.campaignid)
        ).fetchone()
        if store is None:
            raise Answer(AnswerCode.STORE_UNKNOWN, "This store is not known.", "storeid")
        if body.preferred:
            conn.execute(
                "INSERT OR IGNORE INTO preferredstores (customerid, storeid, addedat) VALUES (?, ?, ?)",
                (customerid, body.storeid, sandbox.clock.timestamp()),
            )
        else:
            conn.execute("DELETE FROM preferredstores WHERE customerid = ? AND storeid = ?", (customerid, body.storeid))
        return _preferred(conn, customerid)


def add_consent_field(conn: sqlite3.Connection, campaignid: int, name: str, label: str, text: str) -> None:
    """An optional consent on the campaign's form, after the others; a field already there keeps its wording."""
    position = conn.execute(
        "SELECT COALESCE(MAX(position), -1) + 1 AS next FROM datafields WHERE campaignid = ?", (campaignid,)
    ).fetchone()["next"]
    conn.execute(
        "INSERT OR IGNORE INTO datafields (campaignid, name, label, type, visible, mandatory, options, privacy,"
        " position, text) VALUES (?, ?, ?, 'bool', 1, 0, NULL, 1, ?, ?)",
        (campaignid, name, label, position, text),
    )
    # A form of before field texts lost them (demo._fill_field_texts does the same for the demo's others).
    conn.execute(
        "UPDATE datafields SET text = ? WHERE campaignid = ? AND name = ? AND text IS NULL", (text, campaignid, name)
    )


#: The demo's own shop (the demo kiosk stands here: its settings carry this position).
DEMO_SHOP = {"name": "Demo Shop Duomo", "address": "Via Dante 7", "city": "Milano", "lat": 45.4655, "lon": 9.1865}
_OTHER_SHOPS = (
    {"name": "Demo Shop Navigli", "address": "Ripa di Porta Ticinese 33", "city": "Milano", "lat": 45.4516,
     "lon": 9.1737},
    {"name": "Demo Shop Monza", "address": "Via Italia 12", "city": "Monza", "lat": 45.5845, "lon": 9.2744},
)


def seed_stores(conn: sqlite3.Connection, campaignid: int, now: float) -> None:
    """The demo's three shops and the geolocation consent on its form; once (a demo of before gets them too)."""
    add_consent_field(
        conn, campaignid, GEOLOCATION_CONSENT, "I agree to the use of my position to find shops near me",
        "I agree that Demo Shop Rewards may use the position of the device I use (or of the kiosk I stand at) to"
        " show me the shops nearest to me. My position is not kept. I can withdraw this consent at any time in my"
        " account or at the counter.",
    )
    if conn.execute("SELECT 1 FROM stores WHERE campaignid = ?", (campaignid,)).fetchone() is not None:
        return
    conn.executemany(
        "INSERT INTO stores (campaignid, name, address, city, lat, lon) VALUES (?, ?, ?, ?, ?, ?)",
        [(campaignid, shop["name"], shop["address"], shop["city"], shop["lat"], shop["lon"])
         for shop in (DEMO_SHOP, *_OTHER_SHOPS)],
    )
