"""Cards at the counter: look-up, issue, block, unblock, replace, and the offline card directory."""

from __future__ import annotations

import sqlite3
from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Request
from fastapi import Path as PathParam

from kiosk.api.marta import CARDS_PAGE_DEFAULT, CARDS_PAGE_MAX, MAX_ID, AnswerCode, Path
from kiosk.domain.identifiers import is_valid_ean13
from kiosk.sandbox.bodies import NewCardBody, ReplaceBody
from kiosk.sandbox.campaigns import campaign_row, check_category
from kiosk.sandbox.cardstore import (
    card_view,
    find_card,
    insert_card,
    new_card_number,
    touch_card,
)
from kiosk.api.utctime import utc_text_at
from kiosk.sandbox.contacts import card_of_address, contact_params, one_lookup
from kiosk.sandbox.context import sandbox_of
from kiosk.sandbox.demo import DEMO
from kiosk.sandbox.errors import Answer, error_responses
from kiosk.sandbox.guessing import CARD_LOOKUP_GUARD
from kiosk.sandbox.schemas import CardView, Directory
from kiosk.sandbox.tokens import TerminalCaller

__all__ = ["router", "CARD_PATTERN", "DEMO_CARD"]

router = APIRouter(tags=["terminal"])

CARD_PATTERN = r"^[0-9A-Za-z]{1,32}$"
#: A demo card for the schema's examples (the unregistered customer's).
DEMO_CARD = DEMO["cards"][1]["card"]
CardInPath = Annotated[str, PathParam(pattern=CARD_PATTERN, examples=[DEMO_CARD])]
_UNKNOWN = (AnswerCode.CARD_UNKNOWN,)


@router.get(
    Path.CARD, response_model=CardView, responses=error_responses(*_UNKNOWN, AnswerCode.TOO_MANY_TRIES),
    dependencies=[CARD_LOOKUP_GUARD],
)
def get_card(
    request: Request,
    caller: TerminalCaller,
    card: Annotated[str | None, Query(pattern=CARD_PATTERN, examples=[DEMO_CARD])] = None,
    email: Annotated[str | None, Query(max_length=200)] = None,
    mobile: Annotated[str | None, Query(max_length=200)] = None,
) -> dict[str, Any]:
    name, value = one_lookup(card, email, mobile)
    with sandbox_of(request).db.transaction() as conn:
        if name == "card":
            return card_view(find_card(conn, caller.campaignid, value))
        row = card_of_address(conn, caller.campaignid, value)
        if row is None:
            raise Answer(AnswerCode.CARD_UNKNOWN, "No card belongs to this address.", name)
        return card_view(row)


@router.post(Path.CARD, response_model=CardView, responses=error_responses())
def issue_card(request: Request, caller: TerminalCaller, body: NewCardBody) -> dict[str, Any]:
    """A new anonymous card handed over the counter, with a customer of its own and no data yet."""
    sandbox = sandbox_of(request)
    with sandbox.db.transaction() as conn:
        check_category(conn, caller.campaignid, body.categoryid)
        customerid = conn.execute(
            "INSERT INTO customers (campaignid) VALUES (?) RETURNING customerid", (caller.campaignid,)
        ).fetchone()["customerid"]
        number = new_card_number(conn)
        insert_card(
            conn, campaignid=caller.campaignid, card=number, customerid=customerid, categoryid=body.categoryid,
            now=sandbox.clock.timestamp(),
        )
        return card_view(find_card(conn, caller.campaignid, number))


def _set_status(request: Request, caller: TerminalCaller, card: str, status: str) -> dict[str, Any]:
    sandbox = sandbox_of(request)
    with sandbox.db.transaction() as conn:
        row = find_card(conn, caller.campaignid, card)
        if row["status"] == "replaced":
            raise Answer(AnswerCode.CARD_BLOCKED, f"This card was replaced by card {row['replacedby']}.", "card")
        if row["status"] != status:
            conn.execute("UPDATE cards SET status = ? WHERE card = ?", (status, card))
            touch_card(conn, caller.campaignid, card, sandbox.clock.timestamp())
        return card_view(find_card(conn, caller.campaignid, card))


_LIFECYCLE = error_responses(AnswerCode.CARD_UNKNOWN, AnswerCode.CARD_BLOCKED)


@router.post(Path.CARD_BLOCK, response_model=CardView, responses=_LIFECYCLE)
def block_card(
    request: Request, caller: TerminalCaller, card: CardInPath, body: Annotated[dict[str, Any] | None, Body()] = None
) -> dict[str, Any]:
    return _set_status(request, caller, card, "blocked")


@router.post(Path.CARD_UNBLOCK, response_model=CardView, responses=_LIFECYCLE)
def unblock_card(
    request: Request, caller: TerminalCaller, card: CardInPath, body: Annotated[dict[str, Any] | None, Body()] = None
) -> dict[str, Any]:
    return _set_status(request, caller, card, "active")


@router.post(
    Path.CARD_REPLACE,
    response_model=CardView,
    responses=error_responses(AnswerCode.CARD_UNKNOWN, AnswerCode.CARD_BLOCKED, AnswerCode.CARD_IN_USE),
)
def replace_card(request: Request, caller: TerminalCaller, card: CardInPath, body: ReplaceBody) -> dict[str, Any]:
    """The customer, balances and PIN move to the new card; the old one stays as history."""
    sandbox = sandbox_of(request)
    with sandbox.db.transaction() as conn:
        old = find_card(conn, caller.campaignid, card)
        if old["status"] != "active":
            raise Answer(AnswerCode.CARD_BLOCKED, "Only an active card can be replaced.", "card")
        if campaign_row(conn, caller.campaignid)["cardformat"] == "EAN13" and not is_valid_ean13(body.newcard):
            raise Answer(AnswerCode.BAD_FIELD, "The new card number is not a valid EAN-13.", "newcard")
        if conn.execute("SELECT 1 FROM cards WHERE card = ?", (body.newcard,)).fetchone() is not None:
            raise Answer(AnswerCode.CARD_IN_USE, "The new card number is already in use.", "newcard")
        now = sandbox.clock.timestamp()
        insert_card(
            conn, campaignid=caller.campaignid, card=body.newcard, customerid=old["customerid"],
            categoryid=old["categoryid"], now=now, points=old["points"], credit=old["credit"],
            pinhash=old["pinhash"], pinwrong=old["pinwrong"],
        )
        conn.execute(
            "UPDATE cards SET status = 'replaced', replacedby = ?, points = 0, credit = 0, pinhash = NULL,"
            " pinwrong = 0 WHERE card = ?",
            (body.newcard, card),
        )
        touch_card(conn, caller.campaignid, card, now)
        return card_view(find_card(conn, caller.campaignid, body.newcard))


# No name and no address leaves the server in the directory: only the hashes made
# when each address was written (kiosk.sandbox.contacts.hash_contacts).
_DIRECTORY_SELECT = (
    "SELECT cards.card, cards.customerid, cards.points, cards.credit, cards.status, cards.updatedat, cards.rev,"
    " customers.registered AS registered, customers.emailhash AS emailhash, customers.mobilehash AS mobilehash,"
    " customers.erasedat AS erasedat"
    " FROM cards JOIN customers ON customers.customerid = cards.customerid"
)


def _directory_entry(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "card": row["card"],
        "customerid": row["customerid"],
        "points": row["points"],
        "credit": row["credit"],
        "status": row["status"],
        "registered_customer": bool(row["registered"]),
        "emailhash": row["emailhash"],
        "mobilehash": row["mobilehash"],
        "updatedat": utc_text_at(row["updatedat"]),
        "erased": row["erasedat"] is not None,
    }


@router.get(Path.CARDS, response_model=Directory, responses=error_responses())
def card_directory(
    request: Request,
    caller: TerminalCaller,
    since: Annotated[str, Query(pattern=r"^[0-9]{0,19}$", description="Cursor from the last page's next.")] = "",
    limit: Annotated[int, Query(ge=1, le=CARDS_PAGE_MAX)] = CARDS_PAGE_DEFAULT,
) -> dict[str, Any]:
    """Cards changed after the cursor, in change order: what a terminal needs to look up offline."""
    after = min(int(since or 0), MAX_ID)
    with sandbox_of(request).db.transaction() as conn:
        # A campaign from an older sandbox gets its parameters and hashes before its first page.
        contact_params(conn, caller.campaignid)
        rows = conn.execute(
            _DIRECTORY_SELECT + " WHERE cards.campaignid = ? AND cards.rev > ? ORDER BY cards.rev LIMIT ?",
            (caller.campaignid, after, limit + 1),
        ).fetchall()
    page = rows[:limit]
    return {
        "cards": [_directory_entry(row) for row in page],
        "next": str(page[-1]["rev"]) if page else since,
        "more": len(rows) > limit,
    }
