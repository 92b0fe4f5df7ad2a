"""GDPR erasure (DELETE /customer) against the real sandbox.

What a customer checks: once they confirm with their PIN or password, their
profile is gone and nobody can sign in as them. What the shop checks: the card
is blocked, its movements are still there with no name, the card directory tells
every till to forget the customer, and another customer is untouched.
"""

from __future__ import annotations

import sqlite3
import uuid
from typing import Any

from kiosk.api import CardStatus, LoyaltyClient, Problem, SandboxControl
from kiosk.api.customer import CustomerSession
from kiosk.api.marta import PrizeDelivery
from kiosk.api.prizes import ShippingAddress
from kiosk.domain.identifiers import with_check_digit
from kiosk.sandbox.config import DATABASE_NAME
from tests.helpers import directory_entry, refusal

GIULIA, GIULIA_PIN = with_check_digit("200000000001"), "1234"
GIULIA_EMAIL, GIULIA_MOBILE, PASSWORD = "giulia.rossi@example.com", "+393331234567", "demo-customer-pw"
ANNA, ANNA_EMAIL = with_check_digit("200000000004"), "anna.verdi@example.com"  # her PIN is locked
LUCA, LUCA_PIN, LUCA_MOBILE = with_check_digit("200000000005"), "4321", "+393471112233"
ADDRESS = ShippingAddress(street="Via Erasmo 7", postcode="20121", city="Milano", recipient="Giulia Rossi", country="IT")


def _giulia(client: LoyaltyClient) -> CustomerSession:
    return client.customer_login_with_pin(card=GIULIA, pincode=GIULIA_PIN)


def _ship_a_prize(session: CustomerSession) -> None:
    cheapest = min(session.prizes(), key=lambda prize: prize.points)
    session.request_prize(
        cheapest.prizeid, operationid=str(uuid.uuid4()), delivery=PrizeDelivery.SHIP, address=ADDRESS,
        pincode=GIULIA_PIN,
    )


def test_an_erased_customer_is_gone_the_card_blocked_and_the_movements_kept_without_a_name(
    sandbox: Any, client: LoyaltyClient, control: SandboxControl
) -> None:
    giulia = _giulia(client)
    _ship_a_prize(giulia)
    history = client.movements(GIULIA)
    assert history
    giulia.send_contact_code(email="giulia.next@example.com")  # a code still live at erasure

    erased = giulia.erase(pincode=GIULIA_PIN)

    assert (erased.customerid, erased.card) == (giulia.customer.customerid, GIULIA)
    # The session is gone, and nobody signs in as her again, by card or by password.
    assert refusal(giulia.profile).problem is Problem.CUSTOMER_SESSION_EXPIRED
    assert refusal(lambda: _giulia(client)).problem is Problem.CARD_BLOCKED
    by_password = refusal(lambda: client.customer_login(username=GIULIA_EMAIL, password=PASSWORD).profile())
    assert by_password.problem is Problem.CUSTOMER_SIGN_IN
    # The till sees a blocked card with no name, its movements all still there.
    card = client.card(card=GIULIA)
    assert (card.status, card.erased, card.name, card.surname, card.registered_customer) == (
        CardStatus.BLOCKED, True, None, None, False)
    assert [m.movementid for m in client.movements(GIULIA)] == [m.movementid for m in history]
    # Nobody finds her by her addresses any more, online or offline.
    for lookup in ({"email": GIULIA_EMAIL}, {"mobile": GIULIA_MOBILE}):
        assert refusal(lambda: client.card(**lookup)).problem is Problem.CARD_UNKNOWN
    entry = directory_entry(client, GIULIA)
    assert (entry.status, entry.erased, entry.emailhash, entry.mobilehash) == (CardStatus.BLOCKED, True, None, None)
    # She was told, at the address she had, before it was wiped.
    assert control.messages(GIULIA_EMAIL)[0].purpose == "erased"

    sandbox.stop()
    with sqlite3.connect(sandbox.config.data_dir / DATABASE_NAME) as conn:
        everything = "\n".join(
            str(value)
            for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
            for row in conn.execute(f"SELECT * FROM {table}")
            for value in row
        )
    conn.close()
    for personal in ("Giulia", "Rossi", "giulia.rossi", "giulia.next", "3331234567", "Via Erasmo"):
        assert personal not in everything, personal


def test_another_customer_is_untouched(client: LoyaltyClient) -> None:
    _giulia(client).erase(pincode=GIULIA_PIN)

    luca = client.customer_login_with_pin(card=LUCA, pincode=LUCA_PIN)
    assert (luca.profile().name, luca.profile().mobilecontactdata) == ("Luca", LUCA_MOBILE)
    assert client.card(mobile=LUCA_MOBILE).card == LUCA
    entry = directory_entry(client, LUCA)
    assert (entry.status, entry.erased, entry.mobilehash is not None) == (CardStatus.ACTIVE, False, True)


def test_a_wrong_pin_or_password_erases_nothing_and_is_counted(client: LoyaltyClient) -> None:
    giulia = _giulia(client)
    wrong = refusal(lambda: giulia.erase(pincode="0000"))
    assert (wrong.problem, wrong.attempts_left) == (Problem.WRONG_PIN, 4)
    assert refusal(lambda: giulia.erase(password="not-it")).problem is Problem.WRONG_PASSWORD

    assert giulia.profile().name == "Giulia"
    assert client.card(card=GIULIA).status is CardStatus.ACTIVE
    # The wrong PIN counts like any other: the next right one clears it.
    assert client.verify_pin(GIULIA, GIULIA_PIN).valid


def test_a_customer_whose_pin_is_locked_confirms_with_the_password(client: LoyaltyClient) -> None:
    anna = client.customer_login(username=ANNA_EMAIL, password=PASSWORD)
    assert refusal(lambda: anna.erase(pincode="9999")).problem is Problem.PIN_LOCKED

    anna.erase(password=PASSWORD)

    assert client.card(card=ANNA).erased
    # Repeating it finds the session gone: the erasure is done once and never undone.
    assert refusal(lambda: anna.erase(password=PASSWORD)).problem is Problem.CUSTOMER_SIGN_IN


def test_a_repeat_after_the_erasure_is_refused_as_signed_out(client: LoyaltyClient) -> None:
    giulia = _giulia(client)
    giulia.erase(pincode=GIULIA_PIN)
    again = refusal(lambda: giulia.erase(pincode=GIULIA_PIN))
    assert (again.problem, again.status) == (Problem.CUSTOMER_SESSION_EXPIRED, 401)
