"""The demo campaign: fixed shop, staff accounts, customers, cards and vouchers, seeded once."""

from __future__ import annotations

import copy
import json
import pathlib
import sqlite3
from typing import Any, NamedTuple

from kiosk.api.marta import CONTACTHASH_MIN_N, CONTACTHASH_R, DEFAULT_OFFLINE_POLICY, PIN_MAX_WRONG_TRIES, Scope
from kiosk.domain.identifiers import with_check_digit
from kiosk.sandbox.clock import SandboxClock
from kiosk.sandbox.config import SandboxConfig
from kiosk.sandbox.controlkey import control_key
from kiosk.sandbox.hashing import hash_secret, token_digest

__all__ = ["seed_demo", "DEMO"]

_CUSTOMER_PASSWORD = "demo-customer-pw"


def _card(
    first12: str,
    pincode: str,
    points: int,
    credit: int,
    *,
    name: str | None = None,
    surname: str | None = None,
    email: str | None = None,
    mobile: str | None = None,
    username: str | None = None,
    status: str = "active",
    pinlocked: bool = False,
    usedforpromotions: bool | None = None,
) -> dict[str, Any]:
    number = with_check_digit(first12)
    registered = username is not None
    return {
        "card": number,
        "FidelyCode": number,
        "pincode": pincode,
        "name": name,
        "surname": surname,
        "email": email,
        "mobile": mobile,
        "points": points,
        "credit": credit,
        "status": status,
        "registered_customer": registered,
        "username": username,
        "password": _CUSTOMER_PASSWORD if registered else None,
        "pinlocked": pinlocked,
        "usedforpromotions": usedforpromotions,
    }


#: The demo settings as seeded (spec "Demo"); seed_demo hands out a copy.
DEMO: dict[str, Any] = {
    "apikey": "demo-api-key",
    "campaignid": 1001,
    "terminal": {"username": "demo-terminal", "password": "demo-terminal-pw", "serialnumber": "KIOSK-DEMO-1"},
    "terminal2": {"username": "demo-terminal-2", "password": "demo-terminal-pw", "serialnumber": "KIOSK-DEMO-2"},
    "customersynchro": {"username": "demo-synchro", "password": "demo-synchro-pw"},
    "cards": [
        _card("200000000001", "1234", 1250, 1500, name="Giulia", surname="Rossi",
              email="giulia.rossi@example.com", mobile="+393331234567", username="giulia.rossi@example.com",
              usedforpromotions=True),
        _card("200000000002", "2468", 300, 0),
        _card("200000000003", "1357", 800, 0, name="Marco", surname="Bianchi",
              email="marco.bianchi@example.com", username="marco.bianchi@example.com", status="blocked",
              usedforpromotions=False),
        _card("200000000004", "9999", 500, 250, name="Anna", surname="Verdi",
              email="anna.verdi@example.com", username="anna.verdi@example.com", pinlocked=True,
              usedforpromotions=True),
        _card("200000000005", "4321", 40, 0, name="Luca", surname="Neri",
              mobile="+393471112233", username="+393471112233", usedforpromotions=False),
    ],
    # Public like the api key and passwords above: a fixed salt lets every seed of the demo
    # reuse the hashes already made in this process (kiosk.api.contacthash) instead of
    # paying about 0.1 s of scrypt per address each time. A shop's campaign has a secret one.
    "contacthash": {"algorithm": "scrypt", "salt": "demo-contact-salt", "n": CONTACTHASH_MIN_N, "r": CONTACTHASH_R,
                    "p": 1},
    "vouchers": [
        {"code": "WELCOME10", "description": "10% off", "discount": None, "percent": 10},
        {"code": "FIVEOFF", "description": "5.00 off", "discount": 500, "percent": None},
    ],
}

_CAMPAIGN = {
    "name": "Demo Shop Rewards",
    "currency": "EUR",
    "pointsperunit": "1",
    "pointvalue": 1,
    "minredeempoints": 100,
    "pincodelength": 4,
    "cardformat": "EAN13",
}
_CATEGORIES = [(1, "Standard"), (2, "Gold")]


class _Field(NamedTuple):
    name: str
    label: str
    type: str
    mandatory: bool = False
    options: list[str] | None = None
    privacy: bool = False
    text: str | None = None


# Every field type of the contract, mandatory and optional ones, and two consents with their full wording.
_FIELDS = [
    _Field("name", "Name", "text", mandatory=True),
    _Field("surname", "Surname", "text", mandatory=True),
    _Field("gender", "Gender", "select", options=["M", "F", "X"]),
    _Field("birthdate", "Date of birth", "date",
           text="Only used to give you a bonus on your birthday; we never show it to anyone."),
    _Field("mobilecontactdata", "Mobile", "phone"),
    _Field("mailcontactdata", "E-mail", "email"),
    _Field("city", "City", "text"),
    _Field(
        "usedforpromotions", "I agree to receive promotions", "bool", mandatory=True, privacy=True,
        text=(
            "I agree that Demo Shop Rewards may send me news, offers and promotions by e-mail, text message"
            " and app notification, at the contact details I give here. Answering no does not affect my card,"
            " my points or my rewards. I can withdraw this consent at any time in my account or at the counter."
        ),
    ),
    _Field(
        "profiling", "I agree to profiling for tailored offers", "bool", privacy=True,
        text=(
            "I agree that Demo Shop Rewards may analyse my purchases and the data in my profile to learn what"
            " I like and to make me offers tailored to me. My data is not passed to third parties for this."
            " I can withdraw this consent at any time in my account or at the counter."
        ),
    ),
]


def seed_demo(data_dir: pathlib.Path, *, terminals: int = 0) -> dict[str, Any]:
    """Create the database if needed and seed the demo campaign once; returns the demo settings.

    `terminals`: also make sure there are that many terminal logins (for load tests), listed
    under "terminals": the demo's two, then demo-terminal-3, ... with the same password.

    It includes "controlkey", the folder's key for the /sandbox/ paths of a `--dev` server.
    """
    # Here, not at the top: the sandbox's database and contacts load FastAPI, and the counter
    # reads DEMO (its settings) at start, before the sandbox is started on a thread of its own.
    from kiosk.sandbox.db import Database
    from kiosk.sandbox.instantwin import seed_prizes_and_contests
    from kiosk.sandbox.events import seed_customer_area

    database = Database(SandboxConfig(data_dir=pathlib.Path(data_dir)).database_path)
    logins = [demo_terminal(number) for number in range(1, terminals + 1)]
    try:
        with database.transaction() as conn:
            exists = conn.execute("SELECT 1 FROM campaigns WHERE campaignid = ?", (DEMO["campaignid"],)).fetchone()
            if exists is None:
                _seed(conn, SandboxClock().timestamp())
            _fill_field_texts(conn)
            # Here rather than in _seed, so a demo seeded before prizes existed gets them too (each seeds once).
            seed_prizes_and_contests(conn, DEMO["campaignid"], SandboxClock().timestamp())
            seed_customer_area(conn, DEMO["campaignid"], SandboxClock().timestamp())
            _add_terminals(conn, logins)
    finally:
        database.close()
    demo = {**copy.deepcopy(DEMO), "controlkey": control_key(pathlib.Path(data_dir))}
    if logins:
        demo["terminals"] = logins
    return demo


def demo_terminal(number: int) -> dict[str, str]:
    """The demo's terminal login number `number` (1 and 2 are the demo's own)."""
    if number <= 2:
        return dict(DEMO["terminal" if number == 1 else "terminal2"])
    return {"username": f"demo-terminal-{number}", "password": DEMO["terminal"]["password"],
            "serialnumber": f"KIOSK-DEMO-{number}"}


def _add_terminals(conn: sqlite3.Connection, logins: list[dict[str, str]]) -> None:
    campaignid = DEMO["campaignid"]
    have = {row[0] for row in conn.execute("SELECT username FROM users WHERE campaignid = ?", (campaignid,))}
    conn.executemany(
        "INSERT INTO users (campaignid, username, passwordhash, scope, serialnumber) VALUES (?, ?, ?, ?, ?)",
        [(campaignid, login["username"], hash_secret(login["password"]), Scope.TERMINAL.value, login["serialnumber"])
         for login in logins if login["username"] not in have],
    )


def _seed(conn: sqlite3.Connection, now: float) -> None:
    from kiosk.sandbox.contacts import hash_contacts  # with FastAPI: see seed_demo
    from kiosk.sandbox.promotions import seed_offers

    campaignid: int = DEMO["campaignid"]
    policy = {**DEFAULT_OFFLINE_POLICY, "redeemmaxtotalpoints": 0}
    conn.execute(
        "INSERT INTO campaigns (campaignid, name, currency, pointsperunit, pointvalue, minredeempoints,"
        " pincodelength, cardformat, offlinepolicy, contacthash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (campaignid, *_CAMPAIGN.values(), json.dumps(policy), json.dumps(DEMO["contacthash"])),
    )
    conn.execute("INSERT INTO apikeys (keyhash, campaignid) VALUES (?, ?)", (token_digest(DEMO["apikey"]), campaignid))
    conn.executemany(
        "INSERT INTO categories (campaignid, categoryid, name) VALUES (?, ?, ?)",
        [(campaignid, categoryid, name) for categoryid, name in _CATEGORIES],
    )
    conn.executemany(
        "INSERT INTO datafields (campaignid, name, label, type, visible, mandatory, options, privacy, position, text)"
        " VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?)",
        [
            (campaignid, f.name, f.label, f.type, f.mandatory, json.dumps(f.options) if f.options else None,
             f.privacy, position, f.text)
            for position, f in enumerate(_FIELDS)
        ],
    )
    for key, scope in (("terminal", Scope.TERMINAL), ("terminal2", Scope.TERMINAL),
                       ("customersynchro", Scope.CUSTOMERSYNCHRO)):
        user = DEMO[key]
        conn.execute(
            "INSERT INTO users (campaignid, username, passwordhash, scope, serialnumber) VALUES (?, ?, ?, ?, ?)",
            (campaignid, user["username"], hash_secret(user["password"]), scope.value, user.get("serialnumber")),
        )
    for rev, card in enumerate(DEMO["cards"], start=1):
        privacy = {} if card["usedforpromotions"] is None else {"usedforpromotions": card["usedforpromotions"]}
        customerid = conn.execute(
            "INSERT INTO customers (campaignid, username, passwordhash, registered, name, surname, email, mobile,"
            " privacy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING customerid",
            (campaignid, card["username"], hash_secret(card["password"]) if card["password"] else None,
             int(card["registered_customer"]), card["name"], card["surname"], card["email"], card["mobile"],
             json.dumps(privacy)),
        ).fetchone()["customerid"]
        hash_contacts(conn, customerid)
        conn.execute(
            "INSERT INTO cards (card, campaignid, customerid, status, categoryid, points, credit, pinhash, pinwrong,"
            " updatedat, rev) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
            (card["card"], campaignid, customerid, card["status"], card["points"], card["credit"],
             hash_secret(card["pincode"]), PIN_MAX_WRONG_TRIES if card["pinlocked"] else 0, now, rev),
        )
    conn.execute("UPDATE campaigns SET rev = ? WHERE campaignid = ?", (len(DEMO["cards"]), campaignid))
    conn.executemany(
        "INSERT INTO vouchers (campaignid, code, description, discount, percent) VALUES (?, ?, ?, ?, ?)",
        [(campaignid, v["code"], v["description"], v["discount"], v["percent"]) for v in DEMO["vouchers"]],
    )
    seed_offers(conn, campaignid, now)


def _fill_field_texts(conn: sqlite3.Connection) -> None:
    """A demo seeded before fields had a full wording gets it now; a text already there stays."""
    conn.executemany(
        "UPDATE datafields SET text = ? WHERE campaignid = ? AND name = ? AND text IS NULL",
        [(f.text, DEMO["campaignid"], f.name) for f in _FIELDS if f.text],
    )
