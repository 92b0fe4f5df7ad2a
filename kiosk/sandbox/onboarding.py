"""Onboarding (scope customersynchro): check a card or address, send codes, register, set a login."""

from __future__ import annotations

import sqlite3
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from kiosk.api.marta import PASSWORD_RESET_PURPOSE, PIN_MAX_WRONG_TRIES, PIN_RESET_PURPOSE, AnswerCode, Path, Scope
from kiosk.sandbox.account import send_contact_code, send_password_reset_code
from kiosk.sandbox.bodies import ChangeCredentialsBody, CredentialsCodeBody, RegistrationBody, SendCodeBody
from kiosk.sandbox.campaigns import check_category, same_campaign
from kiosk.sandbox.cards import CARD_PATTERN
from kiosk.sandbox.cardstore import current_card, insert_card, new_card_number, touch_customer_cards
from kiosk.sandbox.codes import CODE_CHECK_ANSWERS, CODE_SEND_ANSWERS, check_code, send_code
from kiosk.sandbox.contacts import (
    card_of_address,
    hash_contacts,
    kind_of,
    normalise_contact,
    one_address,
    one_lookup,
    owner_of,
)
from kiosk.sandbox.context import Sandbox, sandbox_of
from kiosk.sandbox.errors import Answer, error_responses
from kiosk.sandbox.events import on_registered
from kiosk.sandbox.guessing import CHECKCARD_GUARD
from kiosk.sandbox.hashing import hash_secret
from kiosk.sandbox.pinreset import PIN_RESET_SEND_ANSWERS, send_pin_reset_code
from kiosk.sandbox.pins import check_pin, pin_tries_of
from kiosk.sandbox.schemas import AccountInfo, CheckCardAnswer, CodeSent, PinResetCodeSent
from kiosk.sandbox.tokens import SynchroCaller, SynchroOrCustomerCaller

__all__ = ["router"]

router = APIRouter(tags=["onboarding"])

_NEW = "No customer has this card or address: a new user."
_TAKEN_USERNAME = "This username is already taken: choose another."


def _found(conn: sqlite3.Connection, card: sqlite3.Row) -> dict[str, Any]:
    pin = conn.execute("SELECT pinhash FROM cards WHERE card = ?", (card["card"],)).fetchone()
    return {
        "card": card["card"],
        "customerid": card["customerid"],
        "registered_customer": bool(card["registered"]),
        "FidelyCode": card["card"],
        "pinset": pin is not None and pin["pinhash"] is not None,
    }


@router.get(
    Path.CHECKCARD, response_model=CheckCardAnswer,
    responses=error_responses(AnswerCode.NEW_CUSTOMER, AnswerCode.TOO_MANY_TRIES), dependencies=[CHECKCARD_GUARD],
)
def checkcard(
    request: Request,
    caller: SynchroCaller,
    card: Annotated[str | None, Query(pattern=CARD_PATTERN)] = None,
    email: Annotated[str | None, Query(max_length=200)] = None,
    mobile: Annotated[str | None, Query(max_length=200)] = None,
) -> dict[str, Any]:
    name, value = one_lookup(card, email, mobile)
    with sandbox_of(request).db.transaction() as conn:
        if name == "card":
            row = conn.execute(
                "SELECT cards.*, customers.registered FROM cards JOIN customers USING (customerid)"
                " WHERE cards.card = ? AND cards.campaignid = ?",
                (value, caller.campaignid),
            ).fetchone()
        else:
            row = card_of_address(conn, caller.campaignid, value)
        if row is None:
            raise Answer(AnswerCode.NEW_CUSTOMER, _NEW, name)
        return _found(conn, row)


@router.post(
    Path.VERIFYEMAIL,
    response_model=CodeSent,
    responses=error_responses(AnswerCode.ALREADY_REGISTERED, AnswerCode.NEW_CUSTOMER, *CODE_SEND_ANSWERS),
)
def verifyemail(request: Request, caller: SynchroOrCustomerCaller, body: SendCodeBody) -> dict[str, Any]:
    """A code to a new customer's address; in a customer's own session, to the new address they want on file."""
    if caller.scope is Scope.CUSTOMER:
        return send_contact_code(sandbox_of(request), caller, body)
    same_campaign(body.campaignid, caller.campaignid)
    kind, address = one_address(body.email, body.emails, body.mobile)
    sandbox = sandbox_of(request)
    with sandbox.db.transaction() as conn:
        owner = owner_of(conn, caller.campaignid, address)
        if owner is not None and owner["registered"]:
            raise Answer(AnswerCode.ALREADY_REGISTERED, "This address belongs to a registered customer: sign in.", kind)
        return send_code(conn, sandbox, campaignid=caller.campaignid, address=address, purpose="register")


def _account(conn: sqlite3.Connection, customerid: int) -> dict[str, Any]:
    customer = conn.execute("SELECT * FROM customers WHERE customerid = ?", (customerid,)).fetchone()
    card = current_card(conn, customerid)
    if card is None:
        raise Answer(AnswerCode.NEW_CUSTOMER, "This customer has no card.", "customerid")
    return {
        "customerid": customerid,
        "card": card["card"],
        "FidelyCode": card["card"],
        "username": customer["username"],
        "registered_customer": bool(customer["registered"]),
    }


def _username_free(conn: sqlite3.Connection, campaignid: int, username: str, customerid: int | None = None) -> None:
    holder = conn.execute(
        "SELECT customerid FROM customers WHERE campaignid = ? AND username = ?", (campaignid, username)
    ).fetchone()
    if holder is not None and holder["customerid"] != customerid:
        raise Answer(AnswerCode.ALREADY_REGISTERED, _TAKEN_USERNAME, "username")


def _password_of(password: str | None, passwords: str | None) -> str:
    chosen = password if password is not None else passwords
    if chosen is None:
        raise Answer(AnswerCode.BAD_FIELD, "password is required.", "password")
    return chosen


@router.put(
    Path.REGISTER_WITH_CODE,
    response_model=AccountInfo,
    responses=error_responses(AnswerCode.ALREADY_REGISTERED, *CODE_CHECK_ANSWERS),
)
def register(request: Request, caller: SynchroCaller, body: RegistrationBody) -> dict[str, Any]:
    same_campaign(body.campaignid, caller.campaignid)
    password = _password_of(body.password, body.passwords)
    contacts: dict[str, str] = {}
    if body.mailcontactdata is not None:
        contacts["mailcontactdata"] = normalise_contact(body.mailcontactdata, "email", "mailcontactdata")
    if body.mobilecontactdata is not None:
        contacts["mobilecontactdata"] = normalise_contact(body.mobilecontactdata, "mobile", "mobilecontactdata")
    if not contacts:
        raise Answer(AnswerCode.BAD_FIELD, "Give the e-mail or mobile number the code was sent to.", "mailcontactdata")
    username = body.username.strip().lower()
    passwordhash = hash_secret(password)
    sandbox = sandbox_of(request)
    with sandbox.db.transaction() as conn:
        categoryid = body.categoryid or body.categoryID
        if categoryid is None:
            categoryid = conn.execute(
                "SELECT MIN(categoryid) AS first FROM categories WHERE campaignid = ?", (caller.campaignid,)
            ).fetchone()["first"]
        check_category(conn, caller.campaignid, categoryid, "categoryid" if body.categoryid else "categoryID")
        _username_free(conn, caller.campaignid, username)
        for field, address in contacts.items():
            if owner_of(conn, caller.campaignid, address) is not None:
                raise Answer(AnswerCode.ALREADY_REGISTERED, "This address belongs to another customer.", field)
        marks = ", ".join("?" for _ in contacts)
        newest = conn.execute(
            f"SELECT * FROM codes WHERE campaignid = ? AND purpose = 'register' AND address IN ({marks})"
            " ORDER BY codeid DESC LIMIT 1",
            (caller.campaignid, *contacts.values()),
        ).fetchone()
        check_code(conn, sandbox, newest, body.verificationcode)
        customerid = conn.execute(
            "INSERT INTO customers (campaignid, username, passwordhash, registered, email, mobile)"
            " VALUES (?, ?, ?, 1, ?, ?) RETURNING customerid",
            (caller.campaignid, username, passwordhash, contacts.get("mailcontactdata"),
             contacts.get("mobilecontactdata")),
        ).fetchone()["customerid"]
        hash_contacts(conn, customerid)
        insert_card(
            conn, campaignid=caller.campaignid, card=new_card_number(conn), customerid=customerid,
            categoryid=categoryid, now=sandbox.clock.timestamp(),
        )
        on_registered(conn, caller.campaignid, customerid, sandbox.clock.timestamp())
        return _account(conn, customerid)


def _unregistered_customer(conn: sqlite3.Connection, campaignid: int, customerid: int) -> sqlite3.Row:
    customer = conn.execute(
        "SELECT * FROM customers WHERE customerid = ? AND campaignid = ?", (customerid, campaignid)
    ).fetchone()
    if customer is None:
        raise Answer(AnswerCode.NEW_CUSTOMER, "This customer is not known.", "customerid")
    if customer["registered"]:
        raise Answer(AnswerCode.ALREADY_REGISTERED, "This customer is already registered: sign in.", "customerid")
    return customer


def _prove_card(conn: sqlite3.Connection, sandbox: Sandbox, customerid: int, pincode: str | None) -> None:
    """A card handed out with a PIN is the customer's only with that PIN: refuse (403/40, 423/41) without it.

    Checked and counted like every PIN try (kiosk/sandbox/pins.py): a wrong one
    is kept though the call fails, five lock the PIN. A missing PIN is no try.
    """
    card = current_card(conn, customerid)
    if card is None or card["pinhash"] is None:
        return  # nothing to prove it with: the card was never given a PIN
    if pincode is None:
        if card["pinwrong"] >= PIN_MAX_WRONG_TRIES:
            raise Answer(AnswerCode.PIN_LOCKED, "The PIN is locked after too many wrong tries: reset it first.",
                         "pincode")
        raise Answer(AnswerCode.WRONG_PIN, "This card has a PIN: give it (pincode) to have a code sent.", "pincode")
    check_pin(conn, card, pincode, sandbox.clock.timestamp())


@router.post(
    Path.GENERATE_CODE,
    response_model=PinResetCodeSent | CodeSent,
    responses=error_responses(
        AnswerCode.NEW_CUSTOMER, AnswerCode.ALREADY_REGISTERED, AnswerCode.WRONG_PIN, AnswerCode.PIN_LOCKED,
        AnswerCode.TOO_MANY_TRIES, *PIN_RESET_SEND_ANSWERS, *CODE_SEND_ANSWERS,
    ),
)
def generate_code(request: Request, caller: SynchroCaller, body: CredentialsCodeBody) -> dict[str, Any]:
    """A code to set an existing card's login (the seed's call); with purpose pincode to reset its PIN, with
    purpose password to reset a forgotten password (the same answer for an unknown address)."""
    sandbox = sandbox_of(request)
    if body.purpose == PIN_RESET_PURPOSE:
        return send_pin_reset_code(sandbox, caller.campaignid, body)
    if body.purpose == PASSWORD_RESET_PURPOSE:
        return send_password_reset_code(sandbox, caller.campaignid, body)
    if body.customerid is None:
        raise Answer(AnswerCode.BAD_FIELD, "customerid is required.", "customerid")
    customerid = body.customerid
    kind, address = one_address(body.email, body.emails, body.mobile)
    with pin_tries_of(sandbox, caller), sandbox.db.transaction() as conn:
        _unregistered_customer(conn, caller.campaignid, customerid)
        # Before anything about the address: without the PIN, nothing is learnt and nothing is sent.
        _prove_card(conn, sandbox, customerid, body.pincode)
        owner = owner_of(conn, caller.campaignid, address)
        if owner is not None and owner["customerid"] != customerid:
            raise Answer(AnswerCode.ALREADY_REGISTERED, "This address belongs to another customer.", kind)
        return send_code(
            conn, sandbox, campaignid=caller.campaignid, address=address, purpose="credentials", customerid=customerid
        )


@router.put(
    Path.CHANGE_CREDENTIALS_WITH_CODE,
    response_model=AccountInfo,
    responses=error_responses(AnswerCode.NEW_CUSTOMER, AnswerCode.ALREADY_REGISTERED, *CODE_CHECK_ANSWERS),
)
def change_credentials(request: Request, caller: SynchroCaller, body: ChangeCredentialsBody) -> dict[str, Any]:
    passwordhash = hash_secret(_password_of(body.password, body.passwords))
    username = body.username.strip().lower()
    sandbox = sandbox_of(request)
    with sandbox.db.transaction() as conn:
        _unregistered_customer(conn, caller.campaignid, body.customerid)
        _username_free(conn, caller.campaignid, username, body.customerid)
        newest = conn.execute(
            "SELECT * FROM codes WHERE campaignid = ? AND customerid = ? AND purpose = 'credentials'"
            " ORDER BY codeid DESC LIMIT 1",
            (caller.campaignid, body.customerid),
        ).fetchone()
        if newest is not None:
            owner = owner_of(conn, caller.campaignid, newest["address"])
            if owner is not None and owner["customerid"] != body.customerid:
                raise Answer(AnswerCode.ALREADY_REGISTERED, "This address belongs to another customer.", "username")
        spent = check_code(conn, sandbox, newest, body.verificationcode)
        column = "email" if kind_of(spent["address"]) == "email" else "mobile"
        conn.execute(
            f"UPDATE customers SET username = ?, passwordhash = ?, registered = 1, {column} = ? WHERE customerid = ?",
            (username, passwordhash, spent["address"], body.customerid),
        )
        hash_contacts(conn, body.customerid)
        touch_customer_cards(conn, caller.campaignid, body.customerid, sandbox.clock.timestamp())
        on_registered(conn, caller.campaignid, body.customerid, sandbox.clock.timestamp())
        return _account(conn, body.customerid)
