"""The campaign's event rules: a welcome bonus, a birthday bonus and a bonus for a full profile, each once.

The rules and when each is checked are in kiosk/api/marta.py ("Event rules"). Each award is one movement
of type "bonus" with its `reason`, on the customer's active card, and may tag the customer for a while
(a tag with an expiry, which targets promotions: kiosk/sandbox/promotions.py).
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from kiosk.api.marta import BIRTHDAY_BONUS_DAYS, BonusReason
from kiosk.api.utctime import utc_text_at
from kiosk.sandbox.cardstore import current_card, touch_card
from kiosk.sandbox.promotions import add_promotion, give_tag

__all__ = [
    "on_registered", "on_profile_changed", "on_seen", "seed_event_rules", "seed_customer_area", "DEMO_RULES",
    "WELCOME_TAG",
]

_DAY = 86400.0
#: Awards that happen once ever are kept under this period; the birthday's under its year.
_ONCE = "once"


def _award(conn: sqlite3.Connection, campaignid: int, customerid: int, event: BonusReason, period: str,
           now: float) -> bool:
    """Give the rule's bonus unless it was given for this period; False when there is no rule or no active card."""
    rule = conn.execute(
        "SELECT * FROM eventrules WHERE campaignid = ? AND event = ?", (campaignid, event.value)
    ).fetchone()
    if rule is None:
        return False
    given = conn.execute(
        "SELECT 1 FROM eventawards WHERE customerid = ? AND event = ? AND period = ?",
        (customerid, event.value, period),
    ).fetchone()
    card = current_card(conn, customerid)
    if given is not None or card is None or card["status"] != "active":
        return False
    conn.execute("UPDATE cards SET points = points + ? WHERE card = ?", (rule["points"], card["card"]))
    touch_card(conn, campaignid, card["card"], now)
    movement = conn.execute(
        "INSERT INTO movements (campaignid, operationid, type, card, points, credit, datetime, reason)"
        " VALUES (?, ?, 'bonus', ?, ?, 0, ?, ?) RETURNING movementid",
        (campaignid, f"bonus-{event.value}-{customerid}-{period}", card["card"], rule["points"], utc_text_at(now),
         event.value),
    ).fetchone()
    conn.execute(
        "INSERT INTO eventawards (customerid, event, period, movementid) VALUES (?, ?, ?, ?)",
        (customerid, event.value, period, movement["movementid"]),
    )
    if rule["tag"]:
        expiry = None if rule["tagdays"] is None else now + rule["tagdays"] * _DAY
        give_tag(conn, customerid, rule["tag"], expiresat=expiry)
    return True


def _profile_complete(conn: sqlite3.Connection, campaignid: int, customerid: int) -> bool:
    """Every visible field of the form that is not a consent has a value (consents never buy a bonus)."""
    from kiosk.sandbox.customers import customer_view, field_rows  # customers calls this module's hooks

    view = customer_view(conn, customerid)
    for field in field_rows(conn, campaignid):
        if field["privacy"] or not field["visible"]:
            continue
        name = field["name"]
        value = view[name] if name in view and name != "customdata" else view["customdata"].get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            return False
    return True


def on_registered(conn: sqlite3.Connection, campaignid: int, customerid: int, now: float) -> None:
    """A customer registered: the welcome bonus, and the full-profile one if the form is already full."""
    _award(conn, campaignid, customerid, BonusReason.WELCOME, _ONCE, now)
    on_profile_changed(conn, campaignid, customerid, now)


def on_profile_changed(conn: sqlite3.Connection, campaignid: int, customerid: int, now: float) -> None:
    """After a change of the profile: the full-profile bonus the first time it is full; a new birthday may be due."""
    if _profile_complete(conn, campaignid, customerid):
        _award(conn, campaignid, customerid, BonusReason.PROFILE, _ONCE, now)
    on_seen(conn, campaignid, customerid, now)


def _birthday_in(year: int, birthdate: dt.date) -> dt.date:
    if birthdate.month == 2 and birthdate.day == 29:
        try:
            return dt.date(year, 2, 29)
        except ValueError:
            return dt.date(year, 2, 28)
    return birthdate.replace(year=year)


def on_seen(conn: sqlite3.Connection, campaignid: int, customerid: int, now: float) -> None:
    """The customer signed in or read their profile: the birthday bonus, if this is their birthday's week."""
    row = conn.execute("SELECT birthdate FROM customers WHERE customerid = ?", (customerid,)).fetchone()
    if row is None or not row["birthdate"]:
        return
    try:
        birthdate = dt.date.fromisoformat(row["birthdate"])
    except ValueError:
        return
    today = dt.datetime.fromtimestamp(now, dt.timezone.utc).date()
    for year in (today.year, today.year - 1):
        birthday = _birthday_in(year, birthdate)
        if birthday <= today < birthday + dt.timedelta(days=BIRTHDAY_BONUS_DAYS):
            _award(conn, campaignid, customerid, BonusReason.BIRTHDAY, str(year), now)
            return


# -- the demo's rules ---------------------------------------------------------------------------

#: The tag a welcome bonus gives for 30 days, and the promotion it opens.
WELCOME_TAG = "welcome"
#: (rule, points, tag, tag days) of the demo campaign.
DEMO_RULES = (
    (BonusReason.WELCOME, 100, WELCOME_TAG, 30),
    (BonusReason.BIRTHDAY, 200, "birthday", 14),
    (BonusReason.PROFILE, 50, None, None),
)


def seed_event_rules(conn: sqlite3.Connection, campaignid: int, now: float) -> None:
    """The demo's three rules and the promotions their tags open; once (a demo of before gets them too)."""
    if conn.execute("SELECT 1 FROM eventrules WHERE campaignid = ?", (campaignid,)).fetchone() is not None:
        return
    conn.executemany(
        "INSERT INTO eventrules (campaignid, event, points, tag, tagdays) VALUES (?, ?, ?, ?, ?)",
        [(campaignid, rule.value, points, tag, days) for rule, points, tag, days in DEMO_RULES],
    )
    add_promotion(
        conn, campaignid, "Welcome: double points on your first month",
        "New members earn double points on every purchase for their first 30 days.",
        "For 30 days from your registration. Points are added at the till with your card.",
        now - 1 * _DAY, now + 365 * _DAY, tags=(WELCOME_TAG,),
    )
    add_promotion(
        conn, campaignid, "Happy birthday: a cake on us",
        "In your birthday fortnight, a slice of cake is our gift with any purchase.",
        "Show your card at the counter within 14 days of your birthday. One slice per customer.",
        now - 1 * _DAY, now + 365 * _DAY, tags=("birthday",),
    )


def seed_customer_area(conn: sqlite3.Connection, campaignid: int, now: float) -> None:
    """The demo's news, notification, badges, shops and event rules (from demo.seed_demo; each seeds once)."""
    from kiosk.sandbox.badges import seed_badges  # these load FastAPI; demo imports this module while seeding
    from kiosk.sandbox.news import seed_news
    from kiosk.sandbox.stores import seed_stores

    seed_news(conn, campaignid, now)
    seed_badges(conn, campaignid, now)
    seed_stores(conn, campaignid, now)
    seed_event_rules(conn, campaignid, now)
