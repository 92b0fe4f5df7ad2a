"""The prize catalogue: categories, prizes with their stock, and a customer's requests that spend points on them.

A request burns the points as a "prize" movement and takes one item from stock in
one transaction; cancelling a request that is still "requested" gives both back.
The rules are in kiosk/api/marta.py ("Prizes and InstantWin").
"""

from __future__ import annotations

import json
import sqlite3
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response
from fastapi import Path as PathParam
from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints

from kiosk.api.marta import (
    MAX_ID,
    PRIZE_ADDRESS_FIELD,
    REPLAY_HEADER,
    AnswerCode,
    Path,
    PrizeDelivery,
    PrizeRequestState,
)
from kiosk.api.utctime import utc_text_at
from kiosk.sandbox import sandbox_api
from kiosk.sandbox.bodies import OperationId, Pin, Text, printable
from kiosk.sandbox.cardstore import current_card, usable_card
from kiosk.sandbox.context import sandbox_of
from kiosk.sandbox.demo import DEMO
from kiosk.sandbox.errors import Answer, error_responses
from kiosk.sandbox.idempotency import IDEMPOTENCY_ANSWERS, fingerprint, run_once, same_key
from kiosk.sandbox.movements import IdempotencyKey, movement_view, record_movement
from kiosk.sandbox.pins import PIN_ANSWERS, guard_pin
from kiosk.sandbox.schemas import MovementAnswer, MovementView
from kiosk.sandbox.tokens import Caller, CustomerCaller

__all__ = ["router", "control_router", "seed_prizes", "customer_card"]

router = APIRouter(tags=["customer"])
#: Sandbox only (mounted with --dev, behind the control key like every /sandbox/ path): the shop's back office.
control_router = APIRouter(tags=["sandbox"], dependencies=list(sandbox_api.router.dependencies))

PrizeId = Annotated[int, PathParam(ge=1, le=MAX_ID)]
RequestId = Annotated[int, PathParam(ge=1, le=MAX_ID)]
_DeliveryName = Literal["store", "ship"]
_StateName = Literal["requested", "ready", "delivered", "cancelled"]
_PIN = DEMO["cards"][0]["pincode"]


# -- bodies and answers ------------------------------------------------------------------------


class _Body(BaseModel):
    # Strict, as every body of the sandbox: "5" is no prize id and 1234 is no PIN.
    model_config = ConfigDict(strict=True, extra="ignore")


class ShippingAddress(_Body):
    recipient: Text | None = None
    street: Text
    postcode: Annotated[str, StringConstraints(min_length=1, max_length=16), AfterValidator(printable)]
    city: Text
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = None


class PrizeRequestBody(_Body):
    model_config = ConfigDict(strict=True, extra="ignore", json_schema_extra={"examples": [
        {"operationid": "example-prize-1", "delivery": "store", "pincode": _PIN},
        {"operationid": "example-prize-2", "delivery": "ship", "pincode": _PIN,
         "address": {"recipient": "Giulia Rossi", "street": "Via Roma 1", "postcode": "20121", "city": "Milano",
                     "country": "IT"}},
    ]})

    operationid: OperationId
    delivery: _DeliveryName
    address: ShippingAddress | None = None
    pincode: Pin | None = None


class RequestStateBody(_Body):
    model_config = ConfigDict(strict=True, extra="ignore", json_schema_extra={"examples": [{"state": "ready"}]})

    state: Literal["ready", "delivered"]


class PrizeCategoryView(BaseModel):
    categoryid: int
    title: str
    imageurl: str | None


class PrizeCategoryList(BaseModel):
    categories: list[PrizeCategoryView]


class PrizeView(BaseModel):
    prizeid: int
    categoryid: int
    title: str
    description: str
    imageurl: str | None
    points: int
    stock: int


class PrizeList(BaseModel):
    prizes: list[PrizeView]


class AddressView(BaseModel):
    recipient: str | None
    street: str
    postcode: str
    city: str
    country: str | None


class PrizeRequestView(BaseModel):
    requestid: int
    prizeid: int
    title: str
    points: int
    delivery: _DeliveryName
    address: AddressView | None
    state: _StateName
    requestedat: str
    updatedat: str


class PrizeRequestList(BaseModel):
    requests: list[PrizeRequestView]


class PrizeRequestAnswer(MovementAnswer):
    """The movement that burned the points (as burnpoints answers), and the request it made."""

    request: PrizeRequestView


class PrizeCancelAnswer(BaseModel):
    request: PrizeRequestView
    movement: MovementView


# -- reading -----------------------------------------------------------------------------------

_REQUEST_SELECT = (
    "SELECT prizerequests.*, prizes.title AS title FROM prizerequests"
    " JOIN prizes ON prizes.prizeid = prizerequests.prizeid"
)


def _category_view(row: sqlite3.Row) -> dict[str, Any]:
    return {key: row[key] for key in ("categoryid", "title", "imageurl")}


def _prize_view(row: sqlite3.Row) -> dict[str, Any]:
    return {key: row[key] for key in ("prizeid", "categoryid", "title", "description", "imageurl", "points", "stock")}


def _request_view(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "requestid": row["requestid"],
        "prizeid": row["prizeid"],
        "title": row["title"],
        "points": row["points"],
        "delivery": row["delivery"],
        "address": json.loads(row["address"]) if row["address"] else None,
        "state": row["state"],
        "requestedat": utc_text_at(row["requestedat"]),
        "updatedat": utc_text_at(row["updatedat"]),
    }


def _own_request(conn: sqlite3.Connection, caller: Caller, requestid: int) -> sqlite3.Row:
    """The caller's own request; another customer's is as unknown as one that never was."""
    row = conn.execute(
        _REQUEST_SELECT + " WHERE prizerequests.requestid = ? AND prizerequests.campaignid = ?"
        " AND prizerequests.customerid = ?",
        (requestid, caller.campaignid, int(caller.subject)),
    ).fetchone()
    if row is None:
        raise Answer(AnswerCode.PRIZE_REQUEST_UNKNOWN, "This prize request is not known.", "requestid")
    return row


def _any_request(conn: sqlite3.Connection, requestid: int) -> sqlite3.Row:
    row = conn.execute(_REQUEST_SELECT + " WHERE prizerequests.requestid = ?", (requestid,)).fetchone()
    if row is None:
        raise Answer(AnswerCode.PRIZE_REQUEST_UNKNOWN, "This prize request is not known.", "requestid")
    return row


def customer_card(conn: sqlite3.Connection, caller: Caller) -> sqlite3.Row:
    """The signed-in customer's card in use, or 404/30 for a customer without one."""
    mine = current_card(conn, int(caller.subject))
    if mine is None:
        raise Answer(AnswerCode.CARD_UNKNOWN, "This customer has no card.", "card")
    return mine


# -- the catalogue -----------------------------------------------------------------------------


@router.get(Path.PRIZE_CATEGORIES, response_model=PrizeCategoryList, responses=error_responses())
def get_prize_categories(request: Request, caller: CustomerCaller) -> dict[str, Any]:
    with sandbox_of(request).db.transaction() as conn:
        rows = conn.execute(
            "SELECT * FROM prizecategories WHERE campaignid = ? ORDER BY position, categoryid", (caller.campaignid,)
        ).fetchall()
    return {"categories": [_category_view(row) for row in rows]}


@router.get(Path.PRIZES, response_model=PrizeList, responses=error_responses())
def get_prizes(
    request: Request,
    caller: CustomerCaller,
    category: Annotated[int | None, Query(ge=1, le=MAX_ID, description="Only this category's prizes.")] = None,
) -> dict[str, Any]:
    """The catalogue, cheapest first; prizes run out are listed with stock 0."""
    with sandbox_of(request).db.transaction() as conn:
        rows = conn.execute(
            "SELECT * FROM prizes WHERE campaignid = ? AND (? IS NULL OR categoryid = ?) ORDER BY points, prizeid",
            (caller.campaignid, category, category),
        ).fetchall()
    return {"prizes": [_prize_view(row) for row in rows]}


# -- requests ----------------------------------------------------------------------------------


def _checked_address(body: PrizeRequestBody) -> dict[str, Any] | None:
    """The address to keep: one for shipping, none for a pick-up in the shop (400/20 otherwise)."""
    if body.delivery == PrizeDelivery.SHIP.value:
        if body.address is None:
            raise Answer(AnswerCode.BAD_FIELD, "A prize to ship needs the address to ship it to.", PRIZE_ADDRESS_FIELD)
        return body.address.model_dump(mode="json")
    if body.address is not None:
        raise Answer(AnswerCode.BAD_FIELD, "A prize picked up in the shop takes no address.", PRIZE_ADDRESS_FIELD)
    return None


@router.post(
    Path.PRIZE_REQUEST,
    response_model=PrizeRequestAnswer,
    responses=error_responses(
        *PIN_ANSWERS, *IDEMPOTENCY_ANSWERS, AnswerCode.PRIZE_UNKNOWN, AnswerCode.PRIZE_OUT_OF_STOCK,
        AnswerCode.NOT_ENOUGH_POINTS,
    ),
)
def request_prize(
    request: Request,
    response: Response,
    caller: CustomerCaller,
    key: IdempotencyKey,
    prizeid: PrizeId,
    body: PrizeRequestBody,
) -> dict[str, Any]:
    """Spend the points on a prize: one movement, one item from stock, a request in state "requested"."""
    same_key(body.operationid, key)
    address = _checked_address(body)
    sandbox = sandbox_of(request)
    with sandbox.db.transaction() as conn:
        card_number = customer_card(conn, caller)["card"]
    # The customer is part of the fingerprint: another customer's repeat of this id is 422/61, never this answer.
    payload = {"type": "prize", "customerid": caller.subject, "prizeid": prizeid, "delivery": body.delivery,
               "address": address}

    def guard() -> None:
        if body.pincode is not None:
            guard_pin(sandbox, caller.campaignid, card_number, body.pincode, by=caller)

    def work(conn: sqlite3.Connection) -> tuple[dict[str, Any], int]:
        card = usable_card(conn, caller.campaignid, card_number)
        prize = conn.execute(
            "SELECT * FROM prizes WHERE prizeid = ? AND campaignid = ?", (prizeid, caller.campaignid)
        ).fetchone()
        if prize is None:
            raise Answer(AnswerCode.PRIZE_UNKNOWN, "This prize is not in the catalogue.", "prizeid")
        if prize["stock"] <= 0:
            raise Answer(AnswerCode.PRIZE_OUT_OF_STOCK, "This prize has run out.", "prizeid")
        answer, movementid = record_movement(
            conn, request, caller, card, key=key, kind="prize", points=-prize["points"], credit=0
        )
        conn.execute("UPDATE prizes SET stock = stock - 1 WHERE prizeid = ?", (prizeid,))
        now = sandbox.clock.timestamp()
        requestid = conn.execute(
            "INSERT INTO prizerequests (campaignid, customerid, prizeid, points, delivery, address, state,"
            " movementid, requestedat, updatedat) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING requestid",
            (caller.campaignid, int(caller.subject), prizeid, prize["points"], body.delivery,
             json.dumps(address) if address is not None else None, PrizeRequestState.REQUESTED.value, movementid,
             now, now),
        ).fetchone()["requestid"]
        made = conn.execute(_REQUEST_SELECT + " WHERE prizerequests.requestid = ?", (requestid,)).fetchone()
        return {**answer, "request": _request_view(made)}, movementid

    answer, replayed = run_once(
        request, campaignid=caller.campaignid, key=key, digest=fingerprint(payload), work=work, guard=guard
    )
    if replayed:
        response.headers[REPLAY_HEADER] = "true"
    return answer


@router.get(Path.PRIZE_REQUESTS, response_model=PrizeRequestList, responses=error_responses())
def get_prize_requests(request: Request, caller: CustomerCaller) -> dict[str, Any]:
    """The customer's own requests, newest first."""
    with sandbox_of(request).db.transaction() as conn:
        rows = conn.execute(
            _REQUEST_SELECT + " WHERE prizerequests.campaignid = ? AND prizerequests.customerid = ?"
            " ORDER BY prizerequests.requestid DESC",
            (caller.campaignid, int(caller.subject)),
        ).fetchall()
    return {"requests": [_request_view(row) for row in rows]}


@router.post(
    Path.PRIZE_REQUEST_CANCEL,
    response_model=PrizeCancelAnswer,
    responses=error_responses(
        AnswerCode.CARD_UNKNOWN, AnswerCode.CARD_BLOCKED, AnswerCode.PRIZE_REQUEST_UNKNOWN,
        AnswerCode.PRIZE_REQUEST_STATE,
    ),
)
def cancel_prize_request(
    request: Request, response: Response, caller: CustomerCaller, requestid: RequestId
) -> dict[str, Any]:
    """Cancel a request still "requested": the points come back as a reversal, the item goes back to stock.

    The request's state is the idempotency: a repeat finds it cancelled and answers the same, moving nothing.
    """
    sandbox = sandbox_of(request)
    with sandbox.db.transaction() as conn:
        row = _own_request(conn, caller, requestid)
        if row["state"] == PrizeRequestState.CANCELLED.value:
            refund = conn.execute("SELECT * FROM movements WHERE movementid = ?", (row["refundid"],)).fetchone()
            response.headers[REPLAY_HEADER] = "true"
            return {"request": _request_view(row), "movement": movement_view(refund)}
        if row["state"] != PrizeRequestState.REQUESTED.value:
            raise Answer(AnswerCode.PRIZE_REQUEST_STATE, "Only a prize not yet made ready can be cancelled.",
                         "requestid")
        card = usable_card(conn, caller.campaignid, customer_card(conn, caller)["card"])
        answer, refundid = record_movement(
            conn, request, caller, card, key=f"prizerequest-{requestid}-cancel", kind="reversal",
            points=row["points"], credit=0, reverses=row["movementid"],
        )
        conn.execute("UPDATE prizes SET stock = stock + 1 WHERE prizeid = ?", (row["prizeid"],))
        conn.execute(
            "UPDATE prizerequests SET state = ?, refundid = ?, updatedat = ? WHERE requestid = ?",
            (PrizeRequestState.CANCELLED.value, refundid, sandbox.clock.timestamp(), requestid),
        )
        return {"request": _request_view(_own_request(conn, caller, requestid)), "movement": answer["movement"]}


#: Where the back office may move a request (forward only; a cancelled one stays cancelled).
_NEXT_STATES = {
    PrizeRequestState.REQUESTED.value: {PrizeRequestState.READY.value, PrizeRequestState.DELIVERED.value},
    PrizeRequestState.READY.value: {PrizeRequestState.DELIVERED.value},
}


@control_router.post(
    Path.SANDBOX_PRIZE_REQUEST_STATE,
    response_model=PrizeRequestView,
    responses=error_responses(
        AnswerCode.BAD_FIELD, AnswerCode.PRIZE_REQUEST_UNKNOWN, AnswerCode.PRIZE_REQUEST_STATE, token=False,
        public=False,
    ),
)
def set_prize_request_state(request: Request, requestid: RequestId, body: RequestStateBody) -> dict[str, Any]:
    """The shop's back office: a request is ready (in the shop, or sent), then delivered. Asking again is no change."""
    sandbox = sandbox_of(request)
    with sandbox.db.transaction() as conn:
        row = _any_request(conn, requestid)
        if row["state"] != body.state:
            if body.state not in _NEXT_STATES.get(row["state"], ()):
                raise Answer(AnswerCode.PRIZE_REQUEST_STATE, f"A {row['state']} prize request cannot become"
                             f" {body.state}.", "state")
            conn.execute(
                "UPDATE prizerequests SET state = ?, updatedat = ? WHERE requestid = ?",
                (body.state, sandbox.clock.timestamp(), requestid),
            )
        return _request_view(_any_request(conn, requestid))


# -- the demo's catalogue ----------------------------------------------------------------------

#: (categoryid, title) in the order shown.
_DEMO_CATEGORIES = [(1, "Home and kitchen"), (2, "Free time")]
#: (categoryid, title, description, points, stock): Giulia (1250 points) can afford most, not the scale; the
#: umbrella has run out; there is one cinema pass left (the stock race's last item).
_DEMO_PRIZES = [
    (1, "Coffee mug", "A large white mug with the shop's logo.", 300, 25),
    (1, "Shopping bag", "A strong cotton bag for the weekly shopping.", 500, 10),
    (1, "Kitchen scale", "A digital scale, to the gram, up to 5 kg.", 5000, 5),
    (2, "Water bottle", "A steel bottle that keeps drinks cold all day.", 250, 40),
    (2, "Cinema pass", "One ticket for any film at the town's cinema.", 600, 1),
    (2, "Umbrella", "A folding umbrella in the shop's colours.", 400, 0),
]


def seed_prizes(conn: sqlite3.Connection, campaignid: int) -> None:
    """The demo's two prize categories and six prizes, once (a campaign that has categories keeps them)."""
    if conn.execute("SELECT 1 FROM prizecategories WHERE campaignid = ?", (campaignid,)).fetchone() is not None:
        return
    conn.executemany(
        "INSERT INTO prizecategories (campaignid, categoryid, title, imageurl, position) VALUES (?, ?, ?, NULL, ?)",
        [(campaignid, categoryid, title, position) for position, (categoryid, title) in enumerate(_DEMO_CATEGORIES)],
    )
    conn.executemany(
        "INSERT INTO prizes (campaignid, categoryid, title, description, imageurl, points, stock)"
        " VALUES (?, ?, ?, ?, NULL, ?, ?)",
        [(campaignid, *prize) for prize in _DEMO_PRIZES],
    )
