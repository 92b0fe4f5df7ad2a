"""The campaign's news and a customer's own notifications, each with the customer's read mark (CONTRACT §4).

The rules are in kiosk/api/marta.py ("News, notifications, badges, stores and the event rules").
"""

from __future__ import annotations

import sqlite3
from typing import Annotated, Any

from fastapi import APIRouter, Request
from fastapi import Path as PathParam
from pydantic import BaseModel

from kiosk.api.marta import MAX_ID, NEWS_LIMIT, PUSH_CONSENT, AnswerCode, Path
from kiosk.api.utctime import utc_text_at
from kiosk.sandbox.context import sandbox_of
from kiosk.sandbox.errors import Answer, error_responses
from kiosk.sandbox.stores import add_consent_field
from kiosk.sandbox.tokens import CustomerCaller

__all__ = ["router", "seed_news", "send_notification"]

router = APIRouter(tags=["customer"])

ItemId = Annotated[int, PathParam(ge=1, le=MAX_ID)]
_DAY = 86400.0


class NewsView(BaseModel):
    id: int
    title: str
    body: str
    publishedat: str
    read: bool


class NewsList(BaseModel):
    news: list[NewsView]


class NotificationList(BaseModel):
    notifications: list[NewsView]


def _view(itemid: int, row: sqlite3.Row) -> dict[str, Any]:
    return {"id": itemid, "title": row["title"], "body": row["body"], "publishedat": utc_text_at(row["publishedat"]),
            "read": row["readat"] is not None}


# Each takes (customerid, campaignid, now): only what is published by now, with this customer's read mark.
_NEWS_SELECT = (
    "SELECT news.*, news.newsid AS itemid, newsreads.readat AS readat FROM news"
    " LEFT JOIN newsreads ON newsreads.newsid = news.newsid AND newsreads.customerid = ?"
    " WHERE news.campaignid = ? AND news.publishedat <= ?"
)
_NOTIFICATION_SELECT = (
    "SELECT *, notificationid AS itemid FROM notifications WHERE customerid = ? AND campaignid = ? AND publishedat <= ?"
)


def _listed(request: Request, caller: CustomerCaller, select: str) -> list[dict[str, Any]]:
    sandbox = sandbox_of(request)
    with sandbox.db.transaction() as conn:
        rows = conn.execute(
            select + " ORDER BY publishedat DESC, itemid DESC LIMIT ?",
            (int(caller.subject), caller.campaignid, sandbox.clock.timestamp(), NEWS_LIMIT),
        ).fetchall()
    return [_view(row["itemid"], row) for row in rows]


def _marked(
    request: Request, caller: CustomerCaller, select: str, itemid: int, mark: str, unknown: Answer
) -> dict[str, Any]:
    """Mark an item the caller can see read (`mark` takes readat, itemid, customerid); the first reading stays."""
    sandbox = sandbox_of(request)
    customerid, now = int(caller.subject), sandbox.clock.timestamp()
    where = (customerid, caller.campaignid, now, itemid)
    with sandbox.db.transaction() as conn:
        if conn.execute(select + " AND itemid = ?", where).fetchone() is None:
            raise unknown
        conn.execute(mark, (now, itemid, customerid))
        row = conn.execute(select + " AND itemid = ?", where).fetchone()
    return _view(itemid, row)


@router.get(Path.NEWS, response_model=NewsList, responses=error_responses())
def get_news(request: Request, caller: CustomerCaller) -> dict[str, Any]:
    """The campaign's news published by now, newest first, with this customer's read marks."""
    return {"news": _listed(request, caller, _NEWS_SELECT)}


@router.put(Path.NEWS_READ, response_model=NewsView, responses=error_responses(AnswerCode.NEWS_UNKNOWN))
def read_news(request: Request, caller: CustomerCaller, newsid: ItemId) -> dict[str, Any]:
    """Mark one piece of news read; again is the same (the first reading's time is kept)."""
    return _marked(
        request, caller, _NEWS_SELECT, newsid,
        "INSERT OR IGNORE INTO newsreads (readat, newsid, customerid) VALUES (?, ?, ?)",
        Answer(AnswerCode.NEWS_UNKNOWN, "This news item is not known.", "newsid"),
    )


@router.get(Path.NOTIFICATIONS, response_model=NotificationList, responses=error_responses())
def get_notifications(request: Request, caller: CustomerCaller) -> dict[str, Any]:
    """This customer's own notifications, newest first; never another's."""
    return {"notifications": _listed(request, caller, _NOTIFICATION_SELECT)}


@router.put(
    Path.NOTIFICATION_READ, response_model=NewsView, responses=error_responses(AnswerCode.NOTIFICATION_UNKNOWN)
)
def read_notification(request: Request, caller: CustomerCaller, notificationid: ItemId) -> dict[str, Any]:
    """Mark one of the customer's notifications read; another customer's is as unknown as one that never was."""
    return _marked(
        request, caller, _NOTIFICATION_SELECT, notificationid,
        "UPDATE notifications SET readat = ? WHERE notificationid = ? AND customerid = ? AND readat IS NULL",
        Answer(AnswerCode.NOTIFICATION_UNKNOWN, "This notification is not known.", "notificationid"),
    )


def send_notification(
    conn: sqlite3.Connection, campaignid: int, customerid: int, title: str, body: str, now: float
) -> int:
    """Put a message in one customer's notifications (an app would also push it, with the push consent)."""
    row = conn.execute(
        "INSERT INTO notifications (campaignid, customerid, title, body, publishedat) VALUES (?, ?, ?, ?, ?)"
        " RETURNING notificationid",
        (campaignid, customerid, title, body, now),
    ).fetchone()
    return int(row["notificationid"])


#: The demo's news: (title, body, days ago it was published; negative: not yet).
_DEMO_NEWS = (
    ("Our new sourdough", "From Monday our bakers make a sourdough loaf every morning. Ask for a taste at the counter.",
     2),
    ("Opening hours for the holidays", "On 24 and 31 December we close at 16:00. On 25 December and 1 January"
     " we are closed. Happy holidays!", 10),
    ("Points on your card, always", "Your points never expire while you shop with us at least once a year.", 40),
    ("Coming soon: the spring catalogue", "New prizes for your points, from March.", -30),
)


def seed_news(conn: sqlite3.Connection, campaignid: int, now: float) -> None:
    """The demo's news, a notification for Giulia and the push consent on its form; once (a demo of before too)."""
    from kiosk.sandbox.demo import DEMO  # demo imports this module while seeding

    add_consent_field(
        conn, campaignid, PUSH_CONSENT, "I agree to receive notifications on my phone",
        "I agree that Demo Shop Rewards may send notifications to the app on my phone about my card, my points and"
        " my rewards. My messages stay readable in my account either way. I can withdraw this consent at any time"
        " in my account or at the counter.",
    )
    if conn.execute("SELECT 1 FROM news WHERE campaignid = ?", (campaignid,)).fetchone() is not None:
        return
    conn.executemany(
        "INSERT INTO news (campaignid, title, body, publishedat) VALUES (?, ?, ?, ?)",
        [(campaignid, title, body, now - days * _DAY) for title, body, days in _DEMO_NEWS],
    )
    giulia = conn.execute("SELECT customerid FROM cards WHERE card = ?", (DEMO["cards"][0]["card"],)).fetchone()
    if giulia is not None:
        send_notification(
            conn, campaignid, int(giulia["customerid"]), "A coffee on us",
            "Giulia, thank you for being with us: a voucher for a free coffee is waiting in your wallet.",
            now - 1 * _DAY,
        )
