"""The customer's own account after enrolment: a new contact address with a code, the password, and erasure.

The rules are in kiosk.api.marta ("The customer's own details"). The profile itself
(PUT /customer) stays in kiosk/sandbox/customers.py, which asks this module about a
changed address.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter, Request

from kiosk.api.marta import PASSWORD_RESET_PURPOSE, AnswerCode, Path, Scope
from kiosk.api.utctime import utc_text_at
from kiosk.sandbox.bodies import CredentialsCodeBody, ErasureBody, PasswordChangeBody, PasswordResetBody, SendCodeBody
from kiosk.sandbox.campaigns import same_campaign
from kiosk.sandbox.cardstore import current_card, touch_customer_cards
from kiosk.sandbox.codes import CODE_CHECK_ANSWERS, check_code, send_code
from kiosk.sandbox.contacts import one_address, owner_of
from kiosk.sandbox.context import Sandbox, sandbox_of
from kiosk.sandbox.errors import Answer, error_responses
from kiosk.sandbox.guessing import client_of
from kiosk.sandbox.hashing import hash_secret, verify_secret
from kiosk.sandbox.messages import SentMessage
from kiosk.sandbox.pins import PIN_ANSWERS, check_pin, pin_tries_of
from kiosk.sandbox.schemas import Erased, PasswordSet
from kiosk.sandbox.throttle import LOGIN
from kiosk.sandbox.tokens import Caller, CustomerCaller, SynchroCaller

__all__ = [
    "router",
    "CONTACT_PURPOSE",
    "send_contact_code",
    "send_password_reset_code",
    "check_contact_change",
    "tell_old_addresses",
]

router = APIRouter(tags=["customer"])

#: The purpose of a code that proves a signed-in customer holds a new contact address.
CONTACT_PURPOSE = "contact"
#: The profile's contact fields and the customers column each lives in.
_CONTACT_COLUMNS = {"mailcontactdata": "email", "mobilecontactdata": "mobile"}

_NOTICE = {
    "contact": "The address of your loyalty account has been changed: from now on we write to the new one."
    " If you did not change it, call the shop at once.",
    "password": "The password of your loyalty account has been changed."
    " If you did not change it, call the shop at once.",
    "erased": "Your loyalty account and its personal data have been deleted, as you asked. The card is blocked.",
}


def _notice(sandbox: Sandbox, address: str, purpose: str) -> None:
    """Tell an address of something done to the account; a notice carries no code."""
    now = utc_text_at(sandbox.clock.timestamp())
    sandbox.mailbox.deliver(SentMessage(address, "notice", purpose, _NOTICE[purpose], "", now))


def _customer(conn: sqlite3.Connection, caller: Caller) -> sqlite3.Row:
    row = conn.execute(
        "SELECT * FROM customers WHERE customerid = ? AND campaignid = ?", (int(caller.subject), caller.campaignid)
    ).fetchone()
    if row is None:
        raise Answer(AnswerCode.NEW_CUSTOMER, "This customer is not known.", "customerid")
    return row


# -- A new contact address ----------------------------------------------------------------


def send_contact_code(sandbox: Sandbox, caller: Caller, body: SendCodeBody) -> dict[str, Any]:
    """POST /customer/verifyemail in the customer's session: a code to the new address they want on file."""
    same_campaign(body.campaignid, caller.campaignid)
    kind, address = one_address(body.email, body.emails, body.mobile)
    with sandbox.db.transaction() as conn:
        customer = _customer(conn, caller)
        owner = owner_of(conn, caller.campaignid, address)
        if owner is not None and owner["customerid"] != customer["customerid"]:
            raise Answer(AnswerCode.ALREADY_REGISTERED, "This address belongs to another customer.", kind)
        return send_code(
            conn, sandbox, campaignid=caller.campaignid, address=address, purpose=CONTACT_PURPOSE,
            customerid=customer["customerid"],
        )


def check_contact_change(
    conn: sqlite3.Connection, sandbox: Sandbox, customer: sqlite3.Row, columns: Mapping[str, Any], code: str | None
) -> dict[str, str]:
    """Spend the code for a new address in `columns` (customers column -> new value); the old addresses to tell.

    Only an address that replaces another needs a code: the first one of its kind
    (onboarding's data entry, [seed]), the one on file again, or none (removing it)
    do not. At most one per change, as one code proves one address.
    """
    new = {column: value for column, value in columns.items()
           if column in _CONTACT_COLUMNS.values() and value is not None and customer[column] is not None
           and value != customer[column]}
    if len(new) > 1:
        raise Answer(AnswerCode.BAD_FIELD, "Change one address at a time: each needs its own code.",
                     "mobilecontactdata")
    for column, address in new.items():
        if code is None:
            raise Answer(AnswerCode.BAD_FIELD, "A new address needs the code sent to it (verificationcode).",
                         "verificationcode")
        newest = conn.execute(
            "SELECT * FROM codes WHERE campaignid = ? AND customerid = ? AND purpose = ? AND address = ?"
            " ORDER BY codeid DESC LIMIT 1",
            (customer["campaignid"], customer["customerid"], CONTACT_PURPOSE, address),
        ).fetchone()
        check_code(conn, sandbox, newest, code)
    changed = {column for column in _CONTACT_COLUMNS.values()
               if column in columns and columns[column] != customer[column]}
    return {column: customer[column] for column in changed if customer[column] is not None}


def tell_old_addresses(sandbox: Sandbox, old: Mapping[str, str]) -> None:
    """After the change is written: each replaced or removed address learns of it."""
    for address in old.values():
        _notice(sandbox, address, "contact")


# -- The password ---------------------------------------------------------------------------


def _check_password(sandbox: Sandbox, request: Request, customer: sqlite3.Row, password: str) -> None:
    """The customer's current password, or 403/86; wrong tries count with failed sign-ins of the user name."""
    if customer["passwordhash"] is None:
        raise Answer(AnswerCode.BAD_FIELD, "This account has no password: sign up online to have one.", "password")
    keys = (client_of(request), f"user:{customer['campaignid']}:{Scope.CUSTOMER.value}:{customer['username']}")
    now = sandbox.clock.timestamp()
    sandbox.throttle.refuse_if_held(LOGIN, keys, now)
    if not verify_secret(password, customer["passwordhash"]):
        sandbox.throttle.failed(LOGIN, keys, now)
        raise Answer(AnswerCode.WRONG_PASSWORD, "The password is not right.", "password")


def _revoke_customer(conn: sqlite3.Connection, customerid: int) -> None:
    """Every session of the customer goes: whoever holds one signs in again."""
    conn.execute("DELETE FROM tokens WHERE scope = ? AND subject = ?", (Scope.CUSTOMER.value, str(customerid)))


@router.patch(
    Path.CUSTOMER_PASSWORD,
    response_model=PasswordSet,
    responses=error_responses(AnswerCode.NEW_CUSTOMER, AnswerCode.WRONG_PASSWORD, AnswerCode.TOO_MANY_TRIES),
)
def change_password(request: Request, caller: CustomerCaller, body: PasswordChangeBody) -> dict[str, Any]:
    sandbox = sandbox_of(request)
    newhash = hash_secret(body.newpassword)
    with sandbox.db.transaction() as conn:
        customer = _customer(conn, caller)
        _check_password(sandbox, request, customer, body.password)
        conn.execute("UPDATE customers SET passwordhash = ? WHERE customerid = ?", (newhash, customer["customerid"]))
        told = customer["email"] or customer["mobile"]
    if told is not None:
        _notice(sandbox, told, "password")
    return {"passwordset": True}


def send_password_reset_code(sandbox: Sandbox, campaignid: int, body: CredentialsCodeBody) -> dict[str, Any]:
    """generateverificationcode with purpose password: the same answer whether anybody has the address or not."""
    _kind, address = one_address(body.email, body.emails, body.mobile)
    with sandbox.db.transaction() as conn:
        owner = owner_of(conn, campaignid, address)
        known = owner is not None and bool(owner["registered"]) and owner["passwordhash"] is not None
        return send_code(
            conn, sandbox, campaignid=campaignid, address=address, purpose=PASSWORD_RESET_PURPOSE,
            customerid=owner["customerid"] if known else None, deliver=known,
        )


@router.patch(
    Path.PASSWORD_RESET,
    response_model=PasswordSet,
    responses=error_responses(*CODE_CHECK_ANSWERS),
)
def reset_password(request: Request, caller: SynchroCaller, body: PasswordResetBody) -> dict[str, Any]:
    """A new password with the code sent to the address; an unknown address fails exactly as a wrong code."""
    _kind, address = one_address(body.email, body.emails, body.mobile)
    newhash = hash_secret(body.newpassword)
    sandbox = sandbox_of(request)
    with sandbox.db.transaction() as conn:
        newest = conn.execute(
            "SELECT * FROM codes WHERE campaignid = ? AND purpose = ? AND address = ? ORDER BY codeid DESC LIMIT 1",
            (caller.campaignid, PASSWORD_RESET_PURPOSE, address),
        ).fetchone()
        spent = check_code(conn, sandbox, newest, body.verificationcode)
        owner = owner_of(conn, caller.campaignid, address)
        if spent["customerid"] is None or owner is None or owner["customerid"] != spent["customerid"]:
            # Sent to nobody, or the address has changed hands since: it proves nothing.
            raise Answer(AnswerCode.CODE_EXPIRED, "This code has expired or was already used: ask for a new one.",
                         "verificationcode", keep=True)
        conn.execute("UPDATE customers SET passwordhash = ? WHERE customerid = ?", (newhash, owner["customerid"]))
        _revoke_customer(conn, owner["customerid"])
    _notice(sandbox, address, "password")
    return {"passwordset": True}


# -- Erasure --------------------------------------------------------------------------------


def _confirm(sandbox: Sandbox, request: Request, caller: Caller, body: ErasureBody) -> None:
    """Exactly one of the PIN and the password, checked and counted in a transaction of its own."""
    if (body.pincode is None) == (body.password is None):
        raise Answer(AnswerCode.BAD_FIELD, "Confirm with your PIN or your password (one of the two).", "pincode")
    if body.pincode is not None:
        with pin_tries_of(sandbox, caller), sandbox.db.transaction() as conn:
            card = current_card(conn, int(caller.subject))
            if card is None:
                raise Answer(AnswerCode.CARD_UNKNOWN, "This customer has no card.", "card")
            check_pin(conn, card, body.pincode, sandbox.clock.timestamp())
        return
    assert body.password is not None
    with sandbox.db.transaction() as conn:
        _check_password(sandbox, request, _customer(conn, caller), body.password)


def _wipe_shipping_addresses(conn: sqlite3.Connection, customerid: int) -> None:
    """The prize requests keep their state and points, not where they went; nor do their stored answers."""
    conn.execute("UPDATE prizerequests SET address = NULL WHERE customerid = ?", (customerid,))
    operations = conn.execute(
        "SELECT operations.campaignid, operations.key, operations.body FROM operations"
        " JOIN movements ON movements.movementid = operations.movementid"
        " JOIN prizerequests ON prizerequests.movementid = movements.movementid"
        " WHERE prizerequests.customerid = ?",
        (customerid,),
    ).fetchall()
    for operation in operations:
        body = json.loads(operation["body"]) if operation["body"] else None
        if isinstance(body, dict) and isinstance(body.get("request"), dict):
            body["request"]["address"] = None
        # The fingerprint was made from the body with the address: a hash of it is personal data too.
        conn.execute(
            "UPDATE operations SET body = ?, fingerprint = 'erased' WHERE campaignid = ? AND key = ?",
            (json.dumps(body) if body is not None else None, operation["campaignid"], operation["key"]),
        )


def _erase(conn: sqlite3.Connection, sandbox: Sandbox, customer: sqlite3.Row) -> None:
    customerid, now = customer["customerid"], sandbox.clock.timestamp()
    conn.execute(
        "UPDATE customers SET username = NULL, passwordhash = NULL, registered = 0, name = NULL, surname = NULL,"
        " gender = NULL, birthdate = NULL, email = NULL, mobile = NULL, customdata = '{}', privacy = '{}',"
        " emailhash = NULL, mobilehash = NULL, erasedat = ? WHERE customerid = ?",
        (now, customerid),
    )
    # What is theirs alone goes (a notification's text can name them; their reads, badges and shops say who
    # they are); bonus awards and movements hold no personal data and stay, like every movement.
    for table in ("customertags", "notifications", "newsreads", "customerbadges", "preferredstores"):
        conn.execute(f"DELETE FROM {table} WHERE customerid = ?", (customerid,))  # noqa: S608 - names of ours
    addresses = [address for address in (customer["email"], customer["mobile"]) if address is not None]
    marks = ", ".join("?" for _ in addresses) or "NULL"
    conn.execute(
        f"DELETE FROM codes WHERE campaignid = ? AND (customerid = ? OR address IN ({marks}))",
        (customer["campaignid"], customerid, *addresses),
    )
    _wipe_shipping_addresses(conn, customerid)
    conn.execute(
        "UPDATE vouchers SET expiresat = ? WHERE customerid = ? AND usedat IS NULL"
        " AND (expiresat IS NULL OR expiresat > ?)",
        (now, customerid, now),
    )
    conn.execute(
        "UPDATE cards SET status = CASE status WHEN 'replaced' THEN status ELSE 'blocked' END, pinhash = NULL,"
        " pinwrong = 0 WHERE customerid = ?",
        (customerid,),
    )
    touch_customer_cards(conn, customer["campaignid"], customerid, now)
    _revoke_customer(conn, customerid)


@router.delete(
    Path.CUSTOMER,
    response_model=Erased,
    responses=error_responses(*PIN_ANSWERS, AnswerCode.NEW_CUSTOMER, AnswerCode.WRONG_PASSWORD),
)
def erase_customer(request: Request, caller: CustomerCaller, body: ErasureBody) -> dict[str, Any]:
    """GDPR erasure, confirmed with the PIN or the password: personal data wiped, card blocked, movements kept."""
    sandbox = sandbox_of(request)
    _confirm(sandbox, request, caller, body)
    with sandbox.db.transaction() as conn:
        customer = _customer(conn, caller)
        card = current_card(conn, customer["customerid"])
        told = customer["email"] or customer["mobile"]
        _erase(conn, sandbox, customer)
    if told is not None:
        _notice(sandbox, told, "erased")
    return {"erased": True, "customerid": customer["customerid"], "card": card["card"] if card else None}

