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


_NEWS_SELECT = (
    "SELECT news.*, newsreads.readat AS readat FROM news"
    " LEFT JOIN newsreads ON newsreads.newsid = news.newsid AND newsreads.customerid = ?"
    " WHERE news.campaignid = ? AND news.publishedat <= ?"
)
_NOTIFICATION_SELECT = (
    "SELECT * FROM notifications WHERE campaignid = ? AND customerid = ? AND publishedat <= ?"
)


@router.get(Path.NEWS, response_model=NewsList, responses=error_responses())
def get_news(request: Request, caller: CustomerCaller) -> dict[str, Any]:
    """The campaign's news published by now, newest first, with this customer's read marks."""
    sandbox = sandbox_of(request)
    with sandbox.db.transaction() as conn:
        rows = conn.execute(
            _NEWS_SELECT + " ORDER BY news.publishedat DESC, news.newsid DESC LIMIT ?",
            (int(caller.subject), caller.campaignid, sandbox.clock.timestamp(), NEWS_LIMIT),
        ).fetchall()
    return {"news": [_view(row["newsid"], row) for row in rows]}


@router.put(Path.NEWS_READ, response_model=NewsView, responses=error_responses(AnswerCode.NEWS_UNKNOWN))
def read_news(request: Request, caller: CustomerCaller, newsid: ItemId) -> dict[str, Any]:
    """Mark one piece of news read; again is the same (the first reading's time is kept)."""
    sandbox = sandbox_of(request)
    customerid, now = int(caller.subject), sandbox.clock.timestamp()
    with sandbox.db.transaction() as conn:
        found = conn.execute(_NEWS_SELECT + " AND news.newsid = ?", (customerid, caller.campaignid, now, newsid))
        if found.fetchone() is None:
            raise Answer(AnswerCode.NEWS_UNKNOWN, "This news item is not known.", "newsid")
        conn.execute(
            "INSERT OR IGNORE INTO newsreads (newsid, customerid, readat) VALUES (?, ?, ?)", (newsid, customerid, now)
        )
        row = conn.execute(
            _NEWS_SELECT + " AND news.newsid = ?", (customerid, caller.campaignid, now, newsid)
        ).fetchone()
    return _view(newsid, row)


@router.get(Path.NOTIFICATIONS, response_model=NotificationList, responses=error_responses())
def get_notifications(request: Request, caller: CustomerCaller) -> dict[str, Any]:
    """This customer's own notifications, newest first; never another's."""
    sandbox = sandbox_of(request)
    with sandbox.db.transaction() as conn:
        rows = conn.execute(
            _NOTIFICATION_SELECT + " ORDER BY publishedat DESC, notificationid DESC LIMIT ?",
            (caller.campaignid, int(caller.subject), sandbox.clock.timestamp(), NEWS_LIMIT),
        ).fetchall()
    return {"notifications": [_view(row["notificationid"], row) for row in rows]}


@router.put(
    Path.NOTIFICATION_READ, response_model=NewsView, responses=error_responses(AnswerCode.NOTIFICATION_UNKNOWN)
)
def read_notification(request: Request, caller: CustomerCaller, notificationid: ItemId) -> dict[str, Any]:
    """Mark one of the customer's notifications read; another customer's is as unknown as one that never was."""
    sandbox = sandbox_of(request)
    customerid, now = int(caller.subject), sandbox.clock.timestamp()
    with sandbox.db.transaction() as conn:
        where = (caller.campaignid, customerid, now, notificationid)
        if conn.execute(_NOTIFICATION_SELECT + " AND notificationid = ?", where).fetchone() is None:
            raise Answer(AnswerCode.NOTIFICATION_UNKNOWN, "This notification is not known.", "notificationid")
        conn.execute(
            "UPDATE notifications SET readat = ? WHERE notificationid = ? AND readat IS NULL", (now, notificationid)
        )
        row = conn.execute(_NOTIFICATION_SELECT + " AND notificationid = ?", where).fetchone()
    return _view(notificationid, row)


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
