"""E-mail addresses and phone numbers: normalised once, so look-ups and codes agree."""

from __future__ import annotations

import json
import secrets
import sqlite3
from typing import Literal

import phonenumbers

from kiosk.api.contacthash import ContactHash
from kiosk.api.marta import CONTACTHASH_MIN_N, CONTACTHASH_R, AnswerCode
from kiosk.domain.errors import InputError
from kiosk.domain.identifiers import normalise_email, normalise_phone
from kiosk.sandbox.cardstore import current_card
from kiosk.sandbox.errors import Answer

__all__ = [
    "ContactKind",
    "normalise_contact",
    "kind_of",
    "one_address",
    "owner_of",
    "one_lookup",
    "card_of_address",
    "masked",
    "contact_params",
    "set_contact_params",
    "hash_contacts",
]

ContactKind = Literal["email", "mobile"]

# Always the same number of dots, so the mask does not tell how long the hidden part is.
_DOTS = "\u2022" * 4
_PHONE_DOTS = "\u2022" * 3


def normalise_contact(text: str, kind: ContactKind, field: str) -> str:
    """Lower-case e-mail or E.164 phone; a malformed one is 400/20 on `field`."""
    try:
        return normalise_email(text) if kind == "email" else normalise_phone(text)
    except InputError:
        what = "an e-mail address" if kind == "email" else "a phone number"
        raise Answer(AnswerCode.BAD_FIELD, f"This is not {what}.", field) from None


def kind_of(address: str) -> ContactKind:
    return "email" if "@" in address else "mobile"


def one_address(email: str | None, emails: str | None, mobile: str | None) -> tuple[ContactKind, str]:
    """Exactly one of email, emails (the seed's spelling) or mobile, normalised."""
    candidates = (("email", email), ("emails", emails), ("mobile", mobile))
    given = [(name, value) for name, value in candidates if value is not None]
    if not given:
        raise Answer(AnswerCode.BAD_FIELD, "Give an e-mail address or a mobile number.", "email")
    if len(given) > 1:
        raise Answer(AnswerCode.BAD_FIELD, "Give only one address: an e-mail or a mobile number.", given[1][0])
    name, value = given[0]
    kind: ContactKind = "mobile" if name == "mobile" else "email"
    return kind, normalise_contact(value, kind, name)


def owner_of(conn: sqlite3.Connection, campaignid: int, address: str) -> sqlite3.Row | None:
    column = "email" if kind_of(address) == "email" else "mobile"
    return conn.execute(
        f"SELECT * FROM customers WHERE campaignid = ? AND {column} = ? ORDER BY customerid LIMIT 1",
        (campaignid, address),
    ).fetchone()


def one_lookup(card: str | None, email: str | None, mobile: str | None) -> tuple[str, str]:
    """The look-up query of checkcard and GET /terminal/card: exactly one of card, email or mobile.

    Returns the name given and its value, an address normalised.
    """
    given = [(name, value) for name, value in (("card", card), ("email", email), ("mobile", mobile)) if value is not None]
    if len(given) != 1:
        raise Answer(AnswerCode.BAD_FIELD, "Give exactly one of card, email or mobile.", given[1][0] if given else "card")
    name, value = given[0]
    if name == "card":
        return name, value
    kind: ContactKind = "email" if name == "email" else "mobile"
    return name, normalise_contact(value, kind, name)


def card_of_address(conn: sqlite3.Connection, campaignid: int, address: str) -> sqlite3.Row | None:
    """The card now in use by the customer who owns this e-mail or mobile, if any."""
    owner = owner_of(conn, campaignid, address)
    return current_card(conn, owner["customerid"]) if owner is not None else None


def masked(address: str) -> str:
    """A normalised address as a screen may show it: "g••••@example.com", "+39 ••• ••• 4567"."""
    if kind_of(address) == "email":
        local, _, domain = address.rpartition("@")
        return f"{local[:1]}{_DOTS}@{domain}"
    try:
        prefix = f"+{phonenumbers.parse(address).country_code} "
    except phonenumbers.NumberParseException:
        prefix = ""
    return f"{prefix}{_PHONE_DOTS} {_PHONE_DOTS} {address[-4:]}"


# -- The directory's contact hashes (CONTRACT §3; choices in kiosk.api.marta) --


def _new_params() -> ContactHash:
    return ContactHash(salt=secrets.token_hex(16), n=CONTACTHASH_MIN_N, r=CONTACTHASH_R, p=1)


def contact_params(conn: sqlite3.Connection, campaignid: int) -> ContactHash:
    """The campaign's contacthash parameters; a campaign from an older sandbox gets its first ones now."""
    row = conn.execute("SELECT contacthash FROM campaigns WHERE campaignid = ?", (campaignid,)).fetchone()
    if row is None:
        raise Answer(AnswerCode.BAD_FIELD, "This campaign is not known.", "campaignid")
    if row["contacthash"] is None:
        return set_contact_params(conn, campaignid, _new_params())
    return ContactHash(**json.loads(row["contacthash"]))


def set_contact_params(conn: sqlite3.Connection, campaignid: int, params: ContactHash) -> ContactHash:
    """New parameters, and every address of the campaign hashed again with them, in the caller's transaction.

    A hash made with other parameters finds nobody, so none may outlive the change;
    terminals notice the new parameters in the campaign and fetch the directory again.
    """
    conn.execute("UPDATE campaigns SET contacthash = ? WHERE campaignid = ?", (json.dumps(params.to_json()), campaignid))
    customers = conn.execute(
        "SELECT customerid, email, mobile FROM customers"
        " WHERE campaignid = ? AND (email IS NOT NULL OR mobile IS NOT NULL)",
        (campaignid,),
    ).fetchall()
    for customer in customers:
        _store_hashes(conn, params, customer)
    return params


def hash_contacts(conn: sqlite3.Connection, customerid: int) -> None:
    """Hash the customer's e-mail and mobile as they stand now: call it wherever either is written."""
    customer = conn.execute(
        "SELECT customerid, campaignid, email, mobile FROM customers WHERE customerid = ?", (customerid,)
    ).fetchone()
    if customer is not None:
        _store_hashes(conn, contact_params(conn, customer["campaignid"]), customer)


def _store_hashes(conn: sqlite3.Connection, params: ContactHash, customer: sqlite3.Row) -> None:
    email, mobile = customer["email"], customer["mobile"]
    conn.execute(
        "UPDATE customers SET emailhash = ?, mobilehash = ? WHERE customerid = ?",
        (params.digest(email) if email else None, params.digest(mobile) if mobile else None, customer["customerid"]),
    )
