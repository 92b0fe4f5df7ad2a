"""A customer erases their account (GDPR, CONTRACT §4 DELETE /customer), at the kiosk or at the counter.

The call is one-shot and idempotent by nature: once it is done the session is revoked and the
card blocked for good, so a repeat can only meet "signed out". A lost answer is settled by asking
the card (GET /terminal/card says `erased` once it is done); no outbox is needed, because nothing
can be doubled. Once done, the terminal forgets the customer at once (kiosk.store.erasure):
cache, history, directory hashes, saved enrolment, WAL and backups. The PIN is only an argument
of the call that sends it.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from kiosk.api import ApiError, LoyaltyError, Problem

if TYPE_CHECKING:
    from kiosk.api import CustomerSession, LoyaltyClient
    from kiosk.store import Store

__all__ = ["Erased", "erase_account", "sign_in_and_erase", "forget_here"]

log = logging.getLogger("kiosk.app")


@dataclasses.dataclass(frozen=True)
class Erased:
    """The account is erased on the server: `card` is blocked for good, `customerid` is to be forgotten here."""

    customerid: int
    card: str


def _settled(client: LoyaltyClient, card: str, customerid: int, exc: LoyaltyError) -> Erased:
    """The answer was lost (or the session is gone): the card says whether the erasure was done; else `exc`."""
    from kiosk.core.terminal import falls_back

    lost = falls_back(exc) or (isinstance(exc, ApiError) and exc.problem is Problem.CUSTOMER_SESSION_EXPIRED)
    if not lost:
        raise exc
    try:
        fresh = client.card(card=card)
    except LoyaltyError:
        raise exc from None
    if fresh.erased:
        return Erased(customerid=fresh.customerid, card=card)
    raise exc


def erase_account(session: CustomerSession, client: LoyaltyClient, pincode: str) -> Erased:
    """Erase the signed-in customer's account, confirmed with their PIN.

    Raises the API's errors (WRONG_PIN with `attempts_left`, PIN_LOCKED, unreachable) for
    kiosk.services.redeem.pin_trouble to read; a lost answer of a done erasure is an `Erased`.
    """
    card, customerid = session.customer.card, session.customer.customerid
    try:
        answer = session.erase(pincode=pincode)
    except LoyaltyError as exc:
        return _settled(client, card, customerid, exc)
    return Erased(customerid=answer.customerid, card=answer.card or card)


def sign_in_and_erase(client: LoyaltyClient, card: str, pincode: str) -> Erased:
    """At the counter: the customer's PIN signs them in (customer scope), then confirms the erasure."""
    session = client.customer_login_with_pin(card=card, pincode=pincode)
    return erase_account(session, client, pincode)


def forget_here(store: Store, erased: Erased) -> bool:
    """The terminal forgets the erased customer at once, to the last byte (kiosk.store.erasure); False if it could not.

    The account is deleted whatever happens here, and the customer must be told so: a store that fails
    now (locked, full) is said in the log, and the directory's next sync forgets them (it says `erased`).
    """
    from kiosk.store import StoreError

    try:
        store.forget_customer(customerid=erased.customerid, cards=[erased.card])
    except StoreError as error:
        log.error("erasure: the terminal could not forget the customer now (%s); the directory sync will", error.code)
        return False
    return True
