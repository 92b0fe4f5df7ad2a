"""Card rows: finding them, showing them, numbering new ones and stamping every change."""

from __future__ import annotations

import secrets
import sqlite3
from typing import Any

from kiosk.api.marta import PIN_MAX_WRONG_TRIES, AnswerCode
from kiosk.domain.identifiers import with_check_digit
from kiosk.api.utctime import utc_text_at
from kiosk.sandbox.errors import Answer

__all__ = [
    "CARD_SELECT",
    "find_card",
    "usable_card",
    "card_view",
    "touch_card",
    "touch_customer_cards",
    "new_card_number",
    "insert_card",
    "current_card",
]

#: A card with the customer fields its views need.
CARD_SELECT = (
    "SELECT cards.*, customers.name AS name, customers.surname AS surname,"
    " customers.registered AS registered, customers.email AS email, customers.mobile AS mobile,"
    " customers.erasedat AS erasedat"
    " FROM cards JOIN customers ON customers.customerid = cards.customerid"
)


def find_card(conn: sqlite3.Connection, campaignid: int, card: str) -> sqlite3.Row:
    row = conn.execute(CARD_SELECT + " WHERE cards.card = ? AND cards.campaignid = ?", (card, campaignid)).fetchone()
    if row is None:
        raise Answer(AnswerCode.CARD_UNKNOWN, "This card is not known.", "card")
    return row


def usable_card(conn: sqlite3.Connection, campaignid: int, card: str) -> sqlite3.Row:
    """A card that may move points or credit: known and active."""
    row = find_card(conn, campaignid, card)
    if row["status"] == "blocked":
        raise Answer(AnswerCode.CARD_BLOCKED, "This card is blocked.", "card")
    if row["status"] == "replaced":
        raise Answer(AnswerCode.CARD_BLOCKED, f"This card was replaced by card {row['replacedby']}.", "card")
    return row


def card_view(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "card": row["card"],
        "customerid": row["customerid"],
        "status": row["status"],
        "name": row["name"],
        "surname": row["surname"],
        "points": row["points"],
        "credit": row["credit"],
        "FidelyCode": row["card"],
        "registered_customer": bool(row["registered"]),
        "categoryid": row["categoryid"],
        "updatedat": utc_text_at(row["updatedat"]),
        "replacedby": row["replacedby"],
        "pinlocked": row["pinwrong"] >= PIN_MAX_WRONG_TRIES,
        "pinset": row["pinhash"] is not None,
        "erased": row["erasedat"] is not None,
    }


def _next_rev(conn: sqlite3.Connection, campaignid: int) -> int:
    row = conn.execute(
        "UPDATE campaigns SET rev = rev + 1 WHERE campaignid = ? RETURNING rev", (campaignid,)
    ).fetchone()
    return int(row["rev"])


def touch_card(conn: sqlite3.Connection, campaignid: int, card: str, now: float) -> None:
    """Stamp a change, so the card directory's cursor hands it out again."""
    conn.execute(
        "UPDATE cards SET rev = ?, updatedat = ? WHERE card = ?", (_next_rev(conn, campaignid), now, card)
    )


def touch_customer_cards(conn: sqlite3.Connection, campaignid: int, customerid: int, now: float) -> None:
    """A customer's name or address shows in their cards' directory rows: stamp them all."""
    for row in conn.execute("SELECT card FROM cards WHERE customerid = ? ORDER BY card", (customerid,)).fetchall():
        touch_card(conn, campaignid, row["card"], now)


def new_card_number(conn: sqlite3.Connection) -> str:
    """A free EAN-13 in the "2" prefix (in-store numbers, never a real product's)."""
    while True:
        number = with_check_digit("2" + f"{secrets.randbelow(10**11):011d}")
        if conn.execute("SELECT 1 FROM cards WHERE card = ?", (number,)).fetchone() is None:
            return number


def insert_card(
    conn: sqlite3.Connection,
    *,
    campaignid: int,
    card: str,
    customerid: int,
    categoryid: int,
    now: float,
    status: str = "active",
    points: int = 0,
    credit: int = 0,
    pinhash: str | None = None,
    pinwrong: int = 0,
) -> None:
    conn.execute(
        "INSERT INTO cards (card, campaignid, customerid, status, categoryid, points, credit, pinhash,"
        " pinwrong, updatedat, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (card, campaignid, customerid, status, categoryid, points, credit, pinhash, pinwrong, now,
         _next_rev(conn, campaignid)),
    )


def current_card(conn: sqlite3.Connection, customerid: int) -> sqlite3.Row | None:
    """The customer's card in use: an active one, else a blocked one, never a replaced one if avoidable."""
    return conn.execute(
        CARD_SELECT + " WHERE cards.customerid = ?"
        " ORDER BY CASE cards.status WHEN 'active' THEN 0 WHEN 'blocked' THEN 1 ELSE 2 END, cards.rev DESC"
        " LIMIT 1",
        (customerid,),
    ).fetchone()
