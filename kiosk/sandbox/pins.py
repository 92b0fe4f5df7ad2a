"""Customer PINs: checking one, counting wrong tries across terminals, locking after too many, changing one."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, Request

from kiosk.api.marta import PIN_MAX_WRONG_TRIES, AnswerCode, Path, attempts_left_message
from kiosk.sandbox.bodies import PinVerifyBody
from kiosk.sandbox.campaigns import campaign_row
from kiosk.sandbox.cardstore import touch_card, usable_card
from kiosk.sandbox.context import Sandbox, sandbox_of
from kiosk.sandbox.errors import Answer, error_responses
from kiosk.sandbox.guessing import login_key
from kiosk.sandbox.hashing import hash_secret, verify_secret
from kiosk.sandbox.schemas import PinValid
from kiosk.sandbox.throttle import TERMINAL_PINS
from kiosk.sandbox.tokens import Caller, TerminalCaller

__all__ = [
    "router", "check_pin", "change_pin", "reset_pin", "check_new_pin", "guard_pin", "pin_tries_of", "wrong_guess", "PIN_ANSWERS",
]

router = APIRouter(tags=["terminal"])

#: What a PIN-checked call can answer on top of the usual.
PIN_ANSWERS = (
    AnswerCode.CARD_UNKNOWN, AnswerCode.CARD_BLOCKED, AnswerCode.WRONG_PIN, AnswerCode.PIN_LOCKED,
    AnswerCode.TOO_MANY_TRIES,
)

_LOCKED = "The PIN is locked after too many wrong tries: the customer must reset it."


def _locked(card: sqlite3.Row) -> bool:
    return bool(card["pinwrong"] >= PIN_MAX_WRONG_TRIES)


def check_pin(conn: sqlite3.Connection, card: sqlite3.Row, pincode: str, now: float) -> None:
    """Pass, or raise 403/40 or 423/41; a wrong try is kept even though the call fails."""
    if card["pinhash"] is None:
        raise Answer(AnswerCode.WRONG_PIN, "No PIN set for this card", "pincode")
    if _locked(card):
        raise Answer(AnswerCode.PIN_LOCKED, _LOCKED, "pincode")
    if verify_secret(pincode, card["pinhash"]):
        if card["pinwrong"]:
            conn.execute("UPDATE cards SET pinwrong = 0 WHERE card = ?", (card["card"],))
        return
    wrong = card["pinwrong"] + 1
    conn.execute("UPDATE cards SET pinwrong = ? WHERE card = ?", (wrong, card["card"]))
    if wrong >= PIN_MAX_WRONG_TRIES:
        # The card's view shows pinlocked: stamp it so the directory hands it out again.
        touch_card(conn, card["campaignid"], card["card"], now)
        raise Answer(AnswerCode.PIN_LOCKED, _LOCKED, "pincode", keep=True)
    raise Answer(AnswerCode.WRONG_PIN, attempts_left_message(PIN_MAX_WRONG_TRIES - wrong), "pincode", keep=True)


def change_pin(conn: sqlite3.Connection, card: sqlite3.Row, pincode: str | None, newpincode: str, now: float) -> None:
    """Set the card's PIN: the first one without more ado, a later one only with the current PIN.

    A wrong current PIN counts towards the lock like any other wrong try. A
    `pincode` sent for a card that has no PIN yet is ignored: there is nothing
    it could protect.
    """
    if card["pinhash"] is not None:
        if pincode is None:
            if _locked(card):
                raise Answer(AnswerCode.PIN_LOCKED, _LOCKED, "pincode")
            raise Answer(
                AnswerCode.BAD_FIELD, "This card already has a PIN: give the current PIN to change it.", "pincode"
            )
        check_pin(conn, card, pincode, now)
    conn.execute("UPDATE cards SET pinhash = ?, pinwrong = 0 WHERE card = ?", (hash_secret(newpincode), card["card"]))


def check_new_pin(conn: sqlite3.Connection, campaignid: int, newpincode: str) -> None:
    """A new PIN is exactly the campaign's pincodelength digits, or 400/20 on newpincode."""
    length = campaign_row(conn, campaignid)["pincodelength"]
    if len(newpincode) != length:
        raise Answer(AnswerCode.BAD_FIELD, f"The new PIN must be exactly {length} digits.", "newpincode")


def reset_pin(conn: sqlite3.Connection, card: sqlite3.Row, newpincode: str, now: float) -> None:
    """Set a new PIN without the old one (the caller has proven the customer otherwise) and lift the lock."""
    conn.execute("UPDATE cards SET pinhash = ?, pinwrong = 0 WHERE card = ?", (hash_secret(newpincode), card["card"]))
    if _locked(card):
        # The card's view no longer shows pinlocked: stamp it so the directory hands it out again.
        touch_card(conn, card["campaignid"], card["card"], now)


def wrong_guess(refusal: Answer) -> bool:
    """A refusal that was a PIN guessed wrong: a wrong PIN, or the wrong try that locked the card."""
    return refusal.code is AnswerCode.WRONG_PIN or (refusal.code is AnswerCode.PIN_LOCKED and refusal.keep)


@contextlib.contextmanager
def pin_tries_of(sandbox: Sandbox, by: Caller | None) -> Iterator[None]:
    """Around a PIN check made through a session (`by`): refuse it past that login's limit, count a wrong guess.

    Every PIN a login types, whatever the card and whatever the call (a burn, a
    verify, a code for a card's customer), counts towards that login's limit on
    wrong PINs, so a stolen till token cannot go round locking every customer's
    PIN: past it, 429/13.
    """
    keys = (login_key(by),) if by is not None else ()
    now = sandbox.clock.timestamp()
    sandbox.throttle.refuse_if_held(TERMINAL_PINS, keys, now)
    try:
        yield
    except Answer as refusal:
        if wrong_guess(refusal):
            sandbox.throttle.failed(TERMINAL_PINS, keys, now)
        raise


def guard_pin(sandbox: Sandbox, campaignid: int, card: str, pincode: str, *, by: Caller | None = None) -> None:
    """Check a PIN in a transaction of its own, so its count stands whatever the call does next."""
    with pin_tries_of(sandbox, by), sandbox.db.transaction() as conn:
        check_pin(conn, usable_card(conn, campaignid, card), pincode, sandbox.clock.timestamp())


@router.post(Path.PIN_VERIFY, response_model=PinValid, responses=error_responses(*PIN_ANSWERS))
def verify_pin(request: Request, caller: TerminalCaller, body: PinVerifyBody) -> dict[str, Any]:
    guard_pin(sandbox_of(request), caller.campaignid, body.card, body.pincode, by=caller)
    return {"card": body.card, "valid": True}
