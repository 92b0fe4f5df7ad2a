"""The customer's own data: the campaign's field lists, reading and updating a profile, setting the PIN, the history."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Iterable, Mapping
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam

from kiosk.api.marta import MAX_ID, MOVEMENTS_LIMIT_DEFAULT, MOVEMENTS_LIMIT_MAX, AnswerCode, Path
from kiosk.sandbox.account import check_contact_change, tell_old_addresses
from kiosk.sandbox.bodies import CustomerUpdate, PinChangeBody, printable
from kiosk.sandbox.codes import CODE_CHECK_ANSWERS
from kiosk.sandbox.campaigns import same_campaign
from kiosk.sandbox.cardstore import current_card, touch_customer_cards, usable_card
from kiosk.sandbox.contacts import hash_contacts, normalise_contact, owner_of
from kiosk.sandbox.context import sandbox_of
from kiosk.sandbox.errors import Answer, error_responses
from kiosk.sandbox.events import on_profile_changed, on_seen
from kiosk.sandbox.movements import movement_view
from kiosk.sandbox.pins import PIN_ANSWERS, change_pin, check_new_pin
from kiosk.sandbox.schemas import CustomerView, DataFields, MovementList, PinSet
from kiosk.sandbox.tokens import CustomerCaller

__all__ = ["router", "customer_view", "field_rows"]

router = APIRouter(tags=["customer"])

#: Standard fields and the customers column each lives in; other fields go to customdata.
_COLUMNS = {
    "name": "name",
    "surname": "surname",
    "gender": "gender",
    "birthdate": "birthdate",
    "mailcontactdata": "email",
    "mobilecontactdata": "mobile",
}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TEXT_MAX = 200


def field_rows(conn: sqlite3.Connection, campaignid: int) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT * FROM datafields WHERE campaignid = ? ORDER BY privacy, position", (campaignid,)
    ).fetchall()


def _field_view(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "name": row["name"],
        "label": row["label"],
        "type": row["type"],
        "visible": bool(row["visible"]),
        "mandatory": bool(row["mandatory"]),
        "options": json.loads(row["options"]) if row["options"] else None,
        "text": row["text"],
    }


def customer_view(conn: sqlite3.Connection, customerid: int) -> dict[str, Any]:
    customer = conn.execute("SELECT * FROM customers WHERE customerid = ?", (customerid,)).fetchone()
    if customer is None:
        raise Answer(AnswerCode.NEW_CUSTOMER, "This customer is not known.", "customerid")
    card = current_card(conn, customerid)
    privacy: dict[str, bool] = json.loads(customer["privacy"])
    return {
        "customerid": customerid,
        "card": card["card"] if card else None,
        "FidelyCode": card["card"] if card else None,
        "username": customer["username"],
        "name": customer["name"],
        "surname": customer["surname"],
        "gender": customer["gender"],
        "birthdate": customer["birthdate"],
        "mailcontactdata": customer["email"],
        "mobilecontactdata": customer["mobile"],
        "usedforpromotions": privacy.get("usedforpromotions"),
        "registered_customer": bool(customer["registered"]),
        "points": card["points"] if card else 0,
        "credit": card["credit"] if card else 0,
        "customdata": json.loads(customer["customdata"]),
        "privacy": privacy,
        "pinset": card is not None and card["pinhash"] is not None,
    }


def _required(field: sqlite3.Row) -> bool:
    """A field the customer must answer: mandatory, and shown, so they can."""
    return bool(field["mandatory"] and field["visible"])


def _empty(field: sqlite3.Row) -> Answer:
    if field["type"] == "bool":
        return Answer(AnswerCode.BAD_FIELD, f"Answer yes or no to “{field['label']}”.", field["name"])
    return Answer(AnswerCode.BAD_FIELD, f"“{field['label']}” cannot be left empty.", field["name"])


def _checked_value(field: sqlite3.Row, value: Any) -> Any:
    """The value to store for one field, or 400/20 naming it."""
    name, kind = field["name"], field["type"]
    if value is None:
        if _required(field):
            raise _empty(field)
        return None
    if kind == "bool":
        if not isinstance(value, bool):
            raise Answer(AnswerCode.BAD_FIELD, "This field takes true or false.", name)
        return value
    if isinstance(value, str) and not value.strip() and _required(field):
        raise _empty(field)
    if not isinstance(value, str) or not value.strip() or len(value) > _TEXT_MAX:
        raise Answer(AnswerCode.BAD_FIELD, "This field takes a short text.", name)
    try:
        printable(value)
    except ValueError:
        raise Answer(AnswerCode.BAD_FIELD, "This field holds characters that cannot be stored.", name) from None
    if kind == "date":
        try:
            if not _DATE.match(value):
                raise ValueError(value)
            dt.date.fromisoformat(value)
        except ValueError:
            raise Answer(AnswerCode.BAD_FIELD, "Write the date as YYYY-MM-DD.", name) from None
    elif kind == "select":
        options = json.loads(field["options"] or "[]")
        if value not in options:
            raise Answer(AnswerCode.BAD_FIELD, "Choose one of: " + ", ".join(options) + ".", name)
    elif kind in ("email", "phone"):
        return normalise_contact(value, "email" if kind == "email" else "mobile", name)
    return value.strip()


@router.get(Path.DATAFIELDS, response_model=DataFields, responses=error_responses())
def get_datafields(
    request: Request, caller: CustomerCaller, campaignid: Annotated[int, PathParam(ge=1, le=MAX_ID)]
) -> dict[str, Any]:
    same_campaign(campaignid, caller.campaignid)
    with sandbox_of(request).db.transaction() as conn:
        rows = field_rows(conn, campaignid)
    return {
        "CustomDataFields": [_field_view(row) for row in rows if not row["privacy"]],
        "PrivacyCustomDataFields": [_field_view(row) for row in rows if row["privacy"]],
    }


@router.get(Path.CUSTOMER, response_model=CustomerView, responses=error_responses(AnswerCode.NEW_CUSTOMER))
def get_customer(request: Request, caller: CustomerCaller) -> dict[str, Any]:
    sandbox = sandbox_of(request)
    with sandbox.db.transaction() as conn:
        on_seen(conn, caller.campaignid, int(caller.subject), sandbox.clock.timestamp())
        return customer_view(conn, int(caller.subject))


@router.put(
    Path.CUSTOMER,
    response_model=CustomerView,
    responses=error_responses(AnswerCode.NEW_CUSTOMER, AnswerCode.ALREADY_REGISTERED, *CODE_CHECK_ANSWERS),
)
def put_customer(request: Request, caller: CustomerCaller, body: CustomerUpdate) -> dict[str, Any]:
    """Change the fields sent; a new e-mail or mobile needs the code sent to it (see marta's notes)."""
    sandbox = sandbox_of(request)
    customerid = int(caller.subject)
    sent = body.model_dump(exclude_unset=True)
    code = sent.pop("verificationcode", None)
    with sandbox.db.transaction() as conn:
        customer = conn.execute("SELECT * FROM customers WHERE customerid = ?", (customerid,)).fetchone()
        if customer is None:
            raise Answer(AnswerCode.NEW_CUSTOMER, "This customer is not known.", "customerid")
        fields = {row["name"]: row for row in field_rows(conn, caller.campaignid)}
        columns: dict[str, Any] = {}
        customdata = json.loads(customer["customdata"])
        privacy = json.loads(customer["privacy"])
        for name, raw in sent.items():
            field = fields.get(name)
            if field is None:
                raise Answer(AnswerCode.BAD_FIELD, "This campaign has no such field.", name)
            value = _checked_value(field, raw)
            if field["type"] in ("email", "phone") and value is not None:
                owner = owner_of(conn, caller.campaignid, value)
                if owner is not None and owner["customerid"] != customerid:
                    raise Answer(AnswerCode.ALREADY_REGISTERED, "This address belongs to another customer.", name)
            if field["privacy"]:
                _set_or_drop(privacy, name, value)
            elif name in _COLUMNS:
                columns[_COLUMNS[name]] = value
            else:
                _set_or_drop(customdata, name, value)
        _all_required_answered(fields.values(), {**dict(customer), **columns}, customdata, privacy)
        # Last of the checks: a refusal above must not spend one of the code's tries.
        told = check_contact_change(conn, sandbox, customer, columns, code)
        assignments = ", ".join(f"{column} = ?" for column in columns)
        conn.execute(
            f"UPDATE customers SET {assignments + ', ' if assignments else ''}customdata = ?, privacy = ?"
            " WHERE customerid = ?",
            (*columns.values(), json.dumps(customdata), json.dumps(privacy), customerid),
        )
        if {"email", "mobile"} & columns.keys():
            hash_contacts(conn, customerid)
        touch_customer_cards(conn, caller.campaignid, customerid, sandbox.clock.timestamp())
        on_profile_changed(conn, caller.campaignid, customerid, sandbox.clock.timestamp())
        view = customer_view(conn, customerid)
    tell_old_addresses(sandbox, told)
    return view


@router.patch(Path.CUSTOMER_PIN, response_model=PinSet, responses=error_responses(*PIN_ANSWERS))
def set_pin(request: Request, caller: CustomerCaller, body: PinChangeBody) -> dict[str, Any]:
    """Change the PIN of the customer's card, or set its first one (see marta's notes on this path)."""
    sandbox = sandbox_of(request)
    with sandbox.db.transaction() as conn:
        mine = current_card(conn, int(caller.subject))
        if mine is None:
            raise Answer(AnswerCode.CARD_UNKNOWN, "This customer has no card.", "card")
        card = usable_card(conn, caller.campaignid, mine["card"])
        check_new_pin(conn, caller.campaignid, body.newpincode)
        change_pin(conn, card, body.pincode, body.newpincode, sandbox.clock.timestamp())
        return {"card": card["card"], "pinset": True}


#: The movements of a card and of every card it replaced, back along the chain (the same customer's all).
_LINEAGE_MOVEMENTS = (
    "WITH RECURSIVE lineage(card) AS ("
    " SELECT ? UNION"
    " SELECT cards.card FROM cards JOIN lineage ON cards.replacedby = lineage.card"
    " WHERE cards.customerid = ? AND cards.campaignid = ?)"
    " SELECT * FROM movements WHERE campaignid = ? AND card IN (SELECT card FROM lineage)"
    " ORDER BY movementid DESC LIMIT ?"
)


@router.get(Path.CUSTOMER_MOVEMENTS, response_model=MovementList, responses=error_responses(AnswerCode.CARD_UNKNOWN))
def get_my_movements(
    request: Request,
    caller: CustomerCaller,
    limit: Annotated[int, Query(ge=1, le=MOVEMENTS_LIMIT_MAX)] = MOVEMENTS_LIMIT_DEFAULT,
) -> dict[str, Any]:
    """The customer's own movements, newest first: their card's and the replaced cards' (see marta's notes)."""
    customerid = int(caller.subject)
    with sandbox_of(request).db.transaction() as conn:
        mine = current_card(conn, customerid)
        if mine is None:
            raise Answer(AnswerCode.CARD_UNKNOWN, "This customer has no card.", "card")
        rows = conn.execute(
            _LINEAGE_MOVEMENTS, (mine["card"], customerid, caller.campaignid, caller.campaignid, limit)
        ).fetchall()
    # Which till it was is the shop's business, not the customer's.
    return {"card": mine["card"], "movements": [{**movement_view(row), "serialnumber": None} for row in rows]}


def _set_or_drop(values: dict[str, Any], name: str, value: Any) -> None:
    if value is None:
        values.pop(name, None)
    else:
        values[name] = value


def _all_required_answered(
    fields: Iterable[sqlite3.Row], row: Mapping[str, Any], customdata: Mapping[str, Any], privacy: Mapping[str, Any]
) -> None:
    """The profile as it would be after the change has every required field, or 400/20 names the first one left."""
    for field in fields:
        if not _required(field):
            continue
        name = field["name"]
        if field["privacy"]:
            value = privacy.get(name)
        elif name in _COLUMNS:
            value = row[_COLUMNS[name]]
        else:
            value = customdata.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise _empty(field)
