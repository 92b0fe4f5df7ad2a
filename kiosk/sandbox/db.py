"""The sandbox's SQLite file: its schema and one lock-guarded connection for every transaction."""

from __future__ import annotations

import contextlib
import pathlib
import sqlite3
import threading
from collections.abc import Iterator

from kiosk.paths import private_file
from kiosk.sandbox.errors import Answer

__all__ = ["Database", "SCHEMA_VERSION"]

SCHEMA_VERSION = 7

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS campaigns (
    campaignid INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    currency TEXT NOT NULL,
    pointsperunit TEXT NOT NULL,
    pointvalue INTEGER NOT NULL,
    minredeempoints INTEGER NOT NULL,
    pincodelength INTEGER NOT NULL,
    cardformat TEXT NOT NULL,
    offlinepolicy TEXT NOT NULL,
    contacthash TEXT,
    rev INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS apikeys (
    keyhash TEXT PRIMARY KEY,
    campaignid INTEGER NOT NULL REFERENCES campaigns
);
CREATE TABLE IF NOT EXISTS categories (
    campaignid INTEGER NOT NULL REFERENCES campaigns,
    categoryid INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (campaignid, categoryid)
);
CREATE TABLE IF NOT EXISTS datafields (
    campaignid INTEGER NOT NULL REFERENCES campaigns,
    name TEXT NOT NULL,
    label TEXT NOT NULL,
    type TEXT NOT NULL,
    visible INTEGER NOT NULL,
    mandatory INTEGER NOT NULL,
    options TEXT,
    privacy INTEGER NOT NULL,
    position INTEGER NOT NULL,
    text TEXT,
    PRIMARY KEY (campaignid, name)
);
CREATE TABLE IF NOT EXISTS users (
    userid INTEGER PRIMARY KEY,
    campaignid INTEGER NOT NULL REFERENCES campaigns,
    username TEXT NOT NULL,
    passwordhash TEXT NOT NULL,
    scope TEXT NOT NULL,
    serialnumber TEXT,
    UNIQUE (campaignid, username)
);
CREATE TABLE IF NOT EXISTS customers (
    customerid INTEGER PRIMARY KEY,
    campaignid INTEGER NOT NULL REFERENCES campaigns,
    username TEXT,
    passwordhash TEXT,
    registered INTEGER NOT NULL DEFAULT 0,
    name TEXT,
    surname TEXT,
    gender TEXT,
    birthdate TEXT,
    email TEXT,
    mobile TEXT,
    customdata TEXT NOT NULL DEFAULT '{}',
    privacy TEXT NOT NULL DEFAULT '{}',
    emailhash TEXT,
    mobilehash TEXT,
    UNIQUE (campaignid, username)
);
CREATE INDEX IF NOT EXISTS customers_email ON customers (campaignid, email);
CREATE INDEX IF NOT EXISTS customers_mobile ON customers (campaignid, mobile);
CREATE TABLE IF NOT EXISTS cards (
    card TEXT PRIMARY KEY,
    campaignid INTEGER NOT NULL REFERENCES campaigns,
    customerid INTEGER NOT NULL REFERENCES customers,
    status TEXT NOT NULL,
    categoryid INTEGER NOT NULL,
    points INTEGER NOT NULL DEFAULT 0,
    credit INTEGER NOT NULL DEFAULT 0,
    pinhash TEXT,
    pinwrong INTEGER NOT NULL DEFAULT 0,
    replacedby TEXT,
    updatedat REAL NOT NULL,
    rev INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS cards_rev ON cards (campaignid, rev);
CREATE INDEX IF NOT EXISTS cards_customer ON cards (customerid);
CREATE TABLE IF NOT EXISTS movements (
    movementid INTEGER PRIMARY KEY,
    campaignid INTEGER NOT NULL REFERENCES campaigns,
    operationid TEXT NOT NULL,
    type TEXT NOT NULL,
    card TEXT NOT NULL,
    amount INTEGER,
    points INTEGER NOT NULL,
    credit INTEGER NOT NULL,
    receipt TEXT,
    datetime TEXT NOT NULL,
    reverses INTEGER,
    reversedby INTEGER,
    serialnumber TEXT,
    approval TEXT
);
CREATE INDEX IF NOT EXISTS movements_card ON movements (card, movementid);
CREATE TABLE IF NOT EXISTS operations (
    campaignid INTEGER NOT NULL,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    state TEXT NOT NULL,
    body TEXT,
    movementid INTEGER,
    createdat REAL NOT NULL,
    PRIMARY KEY (campaignid, key)
);
CREATE TABLE IF NOT EXISTS tokens (
    digest TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    scope TEXT NOT NULL,
    campaignid INTEGER NOT NULL,
    subject TEXT NOT NULL,
    serialnumber TEXT,
    expiresat REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS codes (
    codeid INTEGER PRIMARY KEY,
    campaignid INTEGER NOT NULL,
    address TEXT NOT NULL,
    purpose TEXT NOT NULL,
    customerid INTEGER,
    codehash TEXT NOT NULL,
    sentat REAL NOT NULL,
    expiresat REAL NOT NULL,
    tries INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS codes_address ON codes (campaignid, address, codeid);
CREATE INDEX IF NOT EXISTS codes_customer ON codes (campaignid, customerid, codeid);
CREATE TABLE IF NOT EXISTS vouchers (
    campaignid INTEGER NOT NULL REFERENCES campaigns,
    code TEXT NOT NULL,
    description TEXT NOT NULL,
    discount INTEGER,
    percent INTEGER,
    usedat REAL,
    PRIMARY KEY (campaignid, code)
);
CREATE TABLE IF NOT EXISTS promotions (
    promotionid INTEGER PRIMARY KEY,
    campaignid INTEGER NOT NULL REFERENCES campaigns,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    terms TEXT,
    imageurl TEXT,
    validfrom REAL,
    validto REAL,
    tags TEXT NOT NULL DEFAULT '[]',
    clusters TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS promotions_campaign ON promotions (campaignid, validto);
CREATE TABLE IF NOT EXISTS customertags (
    customerid INTEGER NOT NULL REFERENCES customers,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    expiresat REAL,
    PRIMARY KEY (customerid, kind, name)
);
CREATE TABLE IF NOT EXISTS prizecategories (
    campaignid INTEGER NOT NULL REFERENCES campaigns,
    categoryid INTEGER NOT NULL,
    title TEXT NOT NULL,
    imageurl TEXT,
    position INTEGER NOT NULL,
    PRIMARY KEY (campaignid, categoryid)
);
CREATE TABLE IF NOT EXISTS prizes (
    prizeid INTEGER PRIMARY KEY,
    campaignid INTEGER NOT NULL REFERENCES campaigns,
    categoryid INTEGER NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    imageurl TEXT,
    points INTEGER NOT NULL,
    stock INTEGER NOT NULL CHECK (stock >= 0)
);
CREATE INDEX IF NOT EXISTS prizes_campaign ON prizes (campaignid, categoryid);
CREATE TABLE IF NOT EXISTS prizerequests (
    requestid INTEGER PRIMARY KEY,
    campaignid INTEGER NOT NULL REFERENCES campaigns,
    customerid INTEGER NOT NULL REFERENCES customers,
    prizeid INTEGER NOT NULL REFERENCES prizes,
    points INTEGER NOT NULL,
    delivery TEXT NOT NULL,
    address TEXT,
    state TEXT NOT NULL,
    movementid INTEGER NOT NULL,
    refundid INTEGER,
    requestedat REAL NOT NULL,
    updatedat REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS prizerequests_customer ON prizerequests (customerid, requestid);
CREATE TABLE IF NOT EXISTS contests (
    contestid INTEGER PRIMARY KEY,
    campaignid INTEGER NOT NULL REFERENCES campaigns,
    title TEXT NOT NULL,
    terms TEXT NOT NULL,
    plays INTEGER NOT NULL,
    odds REAL NOT NULL,
    stock INTEGER NOT NULL CHECK (stock >= 0),
    validfrom REAL,
    validto REAL,
    prizetitle TEXT NOT NULL,
    prizedescription TEXT NOT NULL,
    prizeterms TEXT,
    prizevalue INTEGER,
    prizepercent INTEGER,
    prizedays INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS contestplays (
    playid INTEGER PRIMARY KEY,
    contestid INTEGER NOT NULL REFERENCES contests,
    customerid INTEGER NOT NULL REFERENCES customers,
    won INTEGER NOT NULL,
    code TEXT,
    playedat REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS contestplays_customer ON contestplays (contestid, customerid);
CREATE TABLE IF NOT EXISTS news (
    newsid INTEGER PRIMARY KEY,
    campaignid INTEGER NOT NULL REFERENCES campaigns,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    publishedat REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS news_campaign ON news (campaignid, publishedat);
CREATE TABLE IF NOT EXISTS newsreads (
    newsid INTEGER NOT NULL REFERENCES news,
    customerid INTEGER NOT NULL REFERENCES customers,
    readat REAL NOT NULL,
    PRIMARY KEY (newsid, customerid)
);
CREATE TABLE IF NOT EXISTS notifications (
    notificationid INTEGER PRIMARY KEY,
    campaignid INTEGER NOT NULL REFERENCES campaigns,
    customerid INTEGER NOT NULL REFERENCES customers,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    publishedat REAL NOT NULL,
    readat REAL
);
CREATE INDEX IF NOT EXISTS notifications_customer ON notifications (customerid, publishedat);
CREATE TABLE IF NOT EXISTS badges (
    badgeid INTEGER PRIMARY KEY,
    campaignid INTEGER NOT NULL REFERENCES campaigns,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    imageurl TEXT,
    position INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS customerbadges (
    badgeid INTEGER NOT NULL REFERENCES badges,
    customerid INTEGER NOT NULL REFERENCES customers,
    earnedat REAL NOT NULL,
    PRIMARY KEY (badgeid, customerid)
);
CREATE TABLE IF NOT EXISTS stores (
    storeid INTEGER PRIMARY KEY,
    campaignid INTEGER NOT NULL REFERENCES campaigns,
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    city TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS preferredstores (
    customerid INTEGER NOT NULL REFERENCES customers,
    storeid INTEGER NOT NULL REFERENCES stores,
    addedat REAL NOT NULL,
    PRIMARY KEY (customerid, storeid)
);
CREATE TABLE IF NOT EXISTS eventrules (
    campaignid INTEGER NOT NULL REFERENCES campaigns,
    event TEXT NOT NULL,
    points INTEGER NOT NULL CHECK (points >= 0),
    tag TEXT,
    tagdays INTEGER,
    PRIMARY KEY (campaignid, event)
);
CREATE TABLE IF NOT EXISTS eventawards (
    customerid INTEGER NOT NULL REFERENCES customers,
    event TEXT NOT NULL,
    period TEXT NOT NULL,
    movementid INTEGER NOT NULL,
    PRIMARY KEY (customerid, event, period)
);
"""


#: Columns added after version 1, for a database made by an older sandbox: (table, column, type).
#: Version 3 added movements.approval: "offline" on a redemption a manager approved offline.
#: Version 4 added the directory's contact hashes (campaigns.contacthash, customers.emailhash and
#: mobilehash); an older campaign gets its parameters, and its addresses their hashes, on first use.
_ADDED_COLUMNS = (
    ("datafields", "text", "TEXT"),
    ("movements", "approval", "TEXT"),
    ("campaigns", "contacthash", "TEXT"),
    ("customers", "emailhash", "TEXT"),
    ("customers", "mobilehash", "TEXT"),
    ("tokens", "family", "TEXT"),
    # Version 5: the offer wallet (kiosk/sandbox/wallet.py). A voucher with a customerid is in that customer's
    # wallet (from points, a promotion or an InstantWin win, kiosk/sandbox/instantwin.py); one without (the
    # campaign's shared codes) is in nobody's. usedop is the use's operationid.
    ("vouchers", "customerid", "INTEGER"),
    ("vouchers", "title", "TEXT"),
    ("vouchers", "terms", "TEXT"),
    ("vouchers", "expiresat", "REAL"),
    ("vouchers", "source", "TEXT"),
    ("vouchers", "promotionid", "INTEGER"),
    ("vouchers", "createdat", "REAL"),
    ("vouchers", "receipt", "TEXT"),
    ("vouchers", "usedop", "TEXT"),
    ("vouchers", "serialnumber", "TEXT"),
    # Version 6: news, notifications, badges, stores and the event rules (new tables above); a "bonus"
    # movement's reason (kiosk/sandbox/events.py), null on every other movement.
    ("movements", "reason", "TEXT"),
    # Version 7 (6 is the event rules' movements.reason): when the customer erased their account
    # (DELETE /customer, kiosk/sandbox/account.py); null while not.
    ("customers", "erasedat", "REAL"),
)

#: Indexes on added columns: made after the columns exist, in a database of any age.
_LATER_INDEXES = (
    # The offline redemption caps sum a card's or a terminal's offline-approved burns in a window.
    "CREATE INDEX IF NOT EXISTS movements_offline ON movements (campaignid, datetime) WHERE approval = 'offline'",
    # tokens.family: one login's tokens, revoked together when a spent refresh token comes back.
    "CREATE INDEX IF NOT EXISTS tokens_family ON tokens (family)",
    # What the purge (kiosk/sandbox/purge.py) looks for, so a pass never scans a whole table.
    "CREATE INDEX IF NOT EXISTS tokens_expiry ON tokens (expiresat)",
    "CREATE INDEX IF NOT EXISTS codes_sentat ON codes (sentat)",
    "CREATE INDEX IF NOT EXISTS operations_createdat ON operations (createdat)",
    # A customer's wallet.
    "CREATE INDEX IF NOT EXISTS vouchers_customer ON vouchers (customerid) WHERE customerid IS NOT NULL",
)


def _add_missing_columns(conn: sqlite3.Connection) -> None:
    for table, column, kind in _ADDED_COLUMNS:
        present = {row["name"] for row in conn.execute(f"PRAGMA table_info({table})")}
        if column not in present:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
    for statement in _LATER_INDEXES:
        conn.execute(statement)


class Database:
    """One connection shared by the server's threads, one transaction at a time.

    A single lock is plenty for a sandbox and makes every transaction
    serialisable, so the idempotency row a request commits is seen by the next.
    """

    def __init__(self, path: pathlib.Path) -> None:
        private_file(path)  # 0600 in a 0700 folder, and so its -wal and -shm
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = sqlite3.connect(
            path, isolation_level=None, check_same_thread=False
        )
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode=WAL")
        # FULL, like the terminal's store: a commit the server answered for survives a power loss too.
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._conn.execute("PRAGMA secure_delete=ON")
        self._conn.execute("PRAGMA busy_timeout=5000")
        with self.transaction() as conn:
            # executescript would commit on its own; statement by statement keeps one transaction.
            for statement in filter(None, (part.strip() for part in _SCHEMA.split(";"))):
                conn.execute(statement)
            _add_missing_columns(conn)
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )
            # A "running" operation left by a killed server never finished: its work
            # was rolled back with it, so the key is free again.
            conn.execute("DELETE FROM operations WHERE state = 'running'")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            conn = self._conn
            if conn is None:
                raise RuntimeError("the sandbox database is closed")
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except Answer as answer:
                conn.execute("COMMIT" if answer.keep else "ROLLBACK")
                raise
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            else:
                conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
