"""One-time codes: sending them within the limits, and checking them once."""

from __future__ import annotations

import math
import secrets
import sqlite3
from typing import Any, Literal

from kiosk.api.marta import (
    CODE_DIGITS,
    CODE_MAX_SENDS_PER_HOUR,
    CODE_MAX_TRIES,
    AnswerCode,
)
from kiosk.api.utctime import utc_text_at
from kiosk.sandbox.context import Sandbox
from kiosk.sandbox.errors import Answer
from kiosk.sandbox.hashing import hash_secret, verify_secret
from kiosk.sandbox.messages import SentMessage

__all__ = ["Purpose", "send_code", "check_code", "CODE_SEND_ANSWERS", "CODE_CHECK_ANSWERS"]

Purpose = Literal["register", "credentials", "pincode", "contact", "password"]

CODE_SEND_ANSWERS = (AnswerCode.CODE_TOO_MANY,)
CODE_CHECK_ANSWERS = (AnswerCode.CODE_WRONG, AnswerCode.CODE_EXPIRED, AnswerCode.CODE_TOO_MANY)

_HOUR = 3600
_TEXT = {
    "register": "Your code to join the loyalty programme is {code}. It is valid for {minutes} minutes.",
    "credentials": "Your code to set your loyalty account login is {code}. It is valid for {minutes} minutes.",
    "pincode": "Your code to choose a new PIN for your loyalty card is {code}. It is valid for {minutes} minutes."
    " If you did not ask for it at a shop counter, ignore this message.",
    "contact": "Your code to make this address the one of your loyalty account is {code}."
    " It is valid for {minutes} minutes.",
    "password": "Your code to choose a new password for your loyalty account is {code}."
    " It is valid for {minutes} minutes. If you did not ask for it, ignore this message.",
}


def _wait_answer(seconds: float) -> Answer:
    wait = max(1, math.ceil(seconds))
    return Answer(
        AnswerCode.CODE_TOO_MANY,
        f"Too many codes asked for: wait {wait} seconds before asking again.",
        retry_after=wait,
    )


def send_code(
    conn: sqlite3.Connection,
    sandbox: Sandbox,
    *,
    campaignid: int,
    address: str,
    purpose: Purpose,
    customerid: int | None = None,
    deliver: bool = True,
) -> dict[str, Any]:
    """Send a new code to a normalised address; older codes to it stop working.

    `deliver` False records the code under the same limits but sends it to nobody: an
    answer that must not tell a known address from an unknown one (a password reset).
    """
    now = sandbox.clock.timestamp()
    recent = [
        row["sentat"]
        for row in conn.execute(
            "SELECT sentat FROM codes WHERE campaignid = ? AND address = ? AND sentat > ? ORDER BY sentat",
            (campaignid, address, now - _HOUR),
        )
    ]
    ttl, resend = sandbox.config.code_ttl, sandbox.config.code_resend
    if recent and now - recent[-1] < resend:
        raise _wait_answer(recent[-1] + resend - now)
    if len(recent) >= CODE_MAX_SENDS_PER_HOUR:
        raise _wait_answer(recent[len(recent) - CODE_MAX_SENDS_PER_HOUR] + _HOUR - now)
    code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
    conn.execute(
        "UPDATE codes SET state = 'superseded' WHERE campaignid = ? AND address = ? AND state = 'live'",
        (campaignid, address),
    )
    conn.execute(
        "INSERT INTO codes (campaignid, address, purpose, customerid, codehash, sentat, expiresat, state)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, 'live')",
        (campaignid, address, purpose, customerid, hash_secret(code), now, now + ttl),
    )
    text = _TEXT[purpose].format(code=code, minutes=max(1, ttl // 60))
    if deliver:
        sandbox.mailbox.deliver(SentMessage(address, "code", purpose, text, code, utc_text_at(now)))
    return {"sent": True, "expiresin": ttl, "resendafter": resend}


def check_code(conn: sqlite3.Connection, sandbox: Sandbox, newest: sqlite3.Row | None, code: str) -> sqlite3.Row:
    """Spend the newest code sent for the purpose, or refuse; a wrong try is kept."""
    now = sandbox.clock.timestamp()
    if newest is None or newest["state"] != "live" or newest["expiresat"] <= now:
        raise Answer(
            AnswerCode.CODE_EXPIRED, "This code has expired or was already used: ask for a new one.", "verificationcode"
        )
    if verify_secret(code, newest["codehash"]):
        conn.execute("UPDATE codes SET state = 'used' WHERE codeid = ?", (newest["codeid"],))
        return newest
    tries = newest["tries"] + 1
    if tries >= CODE_MAX_TRIES:
        conn.execute("UPDATE codes SET tries = ?, state = 'burned' WHERE codeid = ?", (tries, newest["codeid"]))
        raise Answer(
            AnswerCode.CODE_TOO_MANY, "Too many wrong codes: ask for a new one.", "verificationcode", keep=True
        )
    conn.execute("UPDATE codes SET tries = ? WHERE codeid = ?", (tries, newest["codeid"]))
    left = CODE_MAX_TRIES - tries
    raise Answer(
        AnswerCode.CODE_WRONG,
        f"Wrong code: {left} attempt{'s' if left != 1 else ''} left.",
        "verificationcode",
        keep=True,
    )
