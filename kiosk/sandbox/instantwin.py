"""InstantWin: contests a customer plays with an operationid; the server draws, and a win is a voucher in the wallet.

The rules are in kiosk/api/marta.py ("Prizes and InstantWin").
"""

from __future__ import annotations

import datetime as dt
import secrets
import sqlite3
from typing import Annotated, Any

from fastapi import APIRouter, Request, Response
from fastapi import Path as PathParam
from pydantic import BaseModel, ConfigDict, Field

from kiosk.api.marta import MAX_ID, REPLAY_HEADER, AnswerCode, Path
from kiosk.sandbox import sandbox_api
from kiosk.sandbox.bodies import OperationId
from kiosk.sandbox.campaigns import campaign_row
from kiosk.sandbox.cardstore import usable_card
from kiosk.sandbox.context import sandbox_of
from kiosk.sandbox.errors import Answer, error_responses
from kiosk.sandbox.idempotency import IDEMPOTENCY_ANSWERS, fingerprint, run_once, same_key
from kiosk.sandbox.movements import IdempotencyKey
from kiosk.sandbox.prizes import customer_card, seed_prizes
from kiosk.sandbox.schemas import WalletVoucher
from kiosk.sandbox.tokens import Caller, CustomerCaller
from kiosk.sandbox.wallet import issue_voucher, voucher_view

__all__ = ["router", "control_router", "seed_prizes_and_contests"]

router = APIRouter(tags=["customer"])
#: Sandbox only (mounted with --dev, behind the control key): set a contest's odds and stock for a demo or a test.
control_router = APIRouter(tags=["sandbox"], dependencies=list(sandbox_api.router.dependencies))

ContestId = Annotated[int, PathParam(ge=1, le=MAX_ID)]
#: The idempotency rows of plays live apart from the movements' (GET /terminal/operation reads only those).
_KEY_PREFIX = "instantwin:"
#: Voucher codes are typed at a till: no 0/O nor 1/I/L to mistake for one another.
_DRAW = secrets.SystemRandom()


class _Body(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore")


class PlayBody(_Body):
    model_config = ConfigDict(strict=True, extra="ignore", json_schema_extra={
        "examples": [{"operationid": "example-play-1"}]
    })

    operationid: OperationId


class ContestSettingBody(_Body):
    model_config = ConfigDict(strict=True, extra="ignore", json_schema_extra={"examples": [{"odds": 1.0, "stock": 5}]})

    odds: Annotated[float, Field(ge=0.0, le=1.0, description="0: every play loses; 1: every play wins.")]
    stock: Annotated[int, Field(ge=0, le=1_000_000, description="Prizes left to win.")]


class ContestView(BaseModel):
    contestid: int
    title: str
    terms: str
    playsleft: int


class ContestList(BaseModel):
    contests: list[ContestView]


class ContestSetting(BaseModel):
    contestid: int
    odds: float
    stock: int


class PlayAnswer(BaseModel):
    contestid: int
    won: bool
    prize: WalletVoucher | None = Field(description="The voucher won, already in the customer's wallet; null if lost.")
    playsleft: int


def _open_contest(conn: sqlite3.Connection, caller: Caller, contestid: int, now: float) -> sqlite3.Row:
    row = conn.execute(
        "SELECT * FROM contests WHERE contestid = ? AND campaignid = ?"
        " AND (validfrom IS NULL OR validfrom <= ?) AND (validto IS NULL OR ? < validto)",
        (contestid, caller.campaignid, now, now),
    ).fetchone()
    if row is None:
        raise Answer(AnswerCode.CONTEST_UNKNOWN, "This contest is not known or not open.", "contestid")
    return row


def _plays_left(conn: sqlite3.Connection, contest: sqlite3.Row, customerid: int) -> int:
    played = conn.execute(
        "SELECT count(*) FROM contestplays WHERE contestid = ? AND customerid = ?", (contest["contestid"], customerid)
    ).fetchone()[0]
    return max(0, int(contest["plays"]) - int(played))


def _award(conn: sqlite3.Connection, caller: Caller, contest: sqlite3.Row, now: float) -> dict[str, Any]:
    """Put the contest's prize voucher in the customer's wallet and take it from the contest's stock."""
    expires = (dt.datetime.fromtimestamp(now, dt.timezone.utc) + dt.timedelta(days=contest["prizedays"])).timestamp()
    voucher = issue_voucher(
        conn, campaignid=caller.campaignid, customerid=int(caller.subject), title=contest["prizetitle"],
        description=contest["prizedescription"], terms=contest["prizeterms"], source="instantwin", now=now,
        value=contest["prizevalue"], percent=contest["prizepercent"], expiresat=expires,
    )
    conn.execute("UPDATE contests SET stock = stock - 1 WHERE contestid = ?", (contest["contestid"],))
    return voucher_view(voucher, campaign_row(conn, caller.campaignid)["currency"], now)


@router.get(Path.INSTANTWIN, response_model=ContestList, responses=error_responses())
def get_contests(request: Request, caller: CustomerCaller) -> dict[str, Any]:
    """The contests open now, with the plays this customer has left in each."""
    sandbox = sandbox_of(request)
    now = sandbox.clock.timestamp()
    with sandbox.db.transaction() as conn:
        rows = conn.execute(
            "SELECT * FROM contests WHERE campaignid = ? AND (validfrom IS NULL OR validfrom <= ?)"
            " AND (validto IS NULL OR ? < validto) ORDER BY contestid",
            (caller.campaignid, now, now),
        ).fetchall()
        return {"contests": [
            {"contestid": row["contestid"], "title": row["title"], "terms": row["terms"],
             "playsleft": _plays_left(conn, row, int(caller.subject))}
            for row in rows
        ]}


@router.post(
    Path.INSTANTWIN_PLAY,
    response_model=PlayAnswer,
    responses=error_responses(
        AnswerCode.CARD_UNKNOWN, AnswerCode.CARD_BLOCKED, AnswerCode.CONTEST_UNKNOWN, AnswerCode.NO_PLAYS_LEFT,
        *IDEMPOTENCY_ANSWERS,
    ),
)
def play(
    request: Request, response: Response, caller: CustomerCaller, key: IdempotencyKey, contestid: ContestId,
    body: PlayBody,
) -> dict[str, Any]:
    """One play: the server draws with the contest's odds while it has prizes; the same operationid replays it."""
    same_key(body.operationid, key)
    sandbox = sandbox_of(request)
    customerid = int(caller.subject)

    def work(conn: sqlite3.Connection) -> tuple[dict[str, Any], int | None]:
        usable_card(conn, caller.campaignid, customer_card(conn, caller)["card"])
        now = sandbox.clock.timestamp()
        contest = _open_contest(conn, caller, contestid, now)
        left = _plays_left(conn, contest, customerid)
        if left <= 0:
            raise Answer(AnswerCode.NO_PLAYS_LEFT, "No plays left in this contest.", "contestid")
        # Random on the server: an outcome worked out from the operationid would let a client pick winning ids.
        won = contest["stock"] > 0 and _DRAW.random() < contest["odds"]
        prize = _award(conn, caller, contest, now) if won else None
        conn.execute(
            "INSERT INTO contestplays (contestid, customerid, won, code, playedat) VALUES (?, ?, ?, ?, ?)",
            (contestid, customerid, int(won), prize["code"] if prize else None, now),
        )
        return {"contestid": contestid, "won": won, "prize": prize, "playsleft": left - 1}, None

    # The customer is part of the fingerprint: another customer's repeat of this id is 422/61, never this result.
    payload = {"type": "instantwin", "customerid": caller.subject, "contestid": contestid}
    answer, replayed = run_once(
        request, campaignid=caller.campaignid, key=_KEY_PREFIX + key, digest=fingerprint(payload), work=work
    )
    if replayed:
        response.headers[REPLAY_HEADER] = "true"
    return answer


@control_router.post(
    Path.SANDBOX_CONTEST,
    response_model=ContestSetting,
    responses=error_responses(AnswerCode.BAD_FIELD, AnswerCode.CONTEST_UNKNOWN, token=False, public=False),
)
def set_contest(request: Request, contestid: ContestId, body: ContestSettingBody) -> dict[str, Any]:
    """Set a contest's odds and the prizes it has left: 1 makes the next play win, 0 lose."""
    with sandbox_of(request).db.transaction() as conn:
        row = conn.execute(
            "UPDATE contests SET odds = ?, stock = ? WHERE contestid = ? RETURNING contestid, odds, stock",
            (body.odds, body.stock, contestid),
        ).fetchone()
    if row is None:
        raise Answer(AnswerCode.CONTEST_UNKNOWN, "This contest is not known.", "contestid")
    return dict(row)


#: The demo's contest: three plays each, a 2.00 voucher to win about one play in three, while 20 last.
_DEMO_CONTEST = {
    "title": "Scratch and win",
    "terms": "Three plays per customer while the contest runs. Each play may win a 2.00 voucher, valid 30 days"
             " in this shop. 20 vouchers to win in all.",
    "plays": 3,
    "odds": 0.3,
    "stock": 20,
    "prizetitle": "2.00 off your shopping",
    "prizedescription": "2.00 off a purchase of 10.00 or more",
    "prizeterms": "One voucher per purchase; not exchangeable for cash.",
    "prizevalue": 200,
    "prizedays": 30,
}


def seed_prizes_and_contests(conn: sqlite3.Connection, campaignid: int, now: float) -> None:
    """The demo's prize catalogue and its InstantWin contest, once (a campaign that has contests keeps them)."""
    seed_prizes(conn, campaignid)
    if conn.execute("SELECT 1 FROM contests WHERE campaignid = ?", (campaignid,)).fetchone() is not None:
        return
    conn.execute(
        "INSERT INTO contests (campaignid, validfrom, " + ", ".join(_DEMO_CONTEST) + ")"
        " VALUES (?, ?, " + ", ".join("?" for _ in _DEMO_CONTEST) + ")",
        (campaignid, now - 86_400, *_DEMO_CONTEST.values()),
    )
