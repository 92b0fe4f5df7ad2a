"""A customer's erasure as the kiosk and the counter make it (kiosk.core.erase_account), against the sandbox.

One call, never doubled: a wrong PIN deletes nothing and says the tries left; an answer lost on the way is
settled by asking the card, so the customer is told the truth and the terminal forgets them all the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.api import ApiError, CardStatus, LoyaltyClient, Problem, SandboxControl
from kiosk.api.marta import Path as ApiPath
from kiosk.core.erase_account import Erased, erase_account, forget_here, sign_in_and_erase
from kiosk.domain.identifiers import with_check_digit
from kiosk.store import open_store

GIULIA, GIULIA_PIN = with_check_digit("200000000001"), "1234"


def test_a_wrong_pin_deletes_nothing_and_says_the_tries_left(client: LoyaltyClient) -> None:
    session = client.customer_login_with_pin(card=GIULIA, pincode=GIULIA_PIN)
    with pytest.raises(ApiError) as caught:
        erase_account(session, client, "0000")
    assert caught.value.problem is Problem.WRONG_PIN and caught.value.attempts_left is not None
    assert client.card(card=GIULIA).status is CardStatus.ACTIVE
    assert "0000" not in str(caught.value)


def test_at_the_counter_the_pin_signs_in_and_confirms(client: LoyaltyClient) -> None:
    with pytest.raises(ApiError) as caught:
        sign_in_and_erase(client, GIULIA, "0000")
    assert caught.value.problem is Problem.WRONG_PIN
    erased = sign_in_and_erase(client, GIULIA, GIULIA_PIN)
    assert erased.card == GIULIA
    card = client.card(card=GIULIA)
    assert card.erased and card.status is CardStatus.BLOCKED and card.customerid == erased.customerid


def test_a_lost_answer_is_settled_by_asking_the_card_and_never_sent_twice(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    session = client.customer_login_with_pin(card=GIULIA, pincode=GIULIA_PIN)
    control.set_faults(dropcount=1, path=ApiPath.CUSTOMER)  # done on the server, the answer cut off
    erased = erase_account(session, client, GIULIA_PIN)
    assert erased == Erased(customerid=session.customer.customerid, card=GIULIA)
    assert client.card(card=GIULIA).erased


def test_a_lost_answer_of_an_erasure_not_made_is_an_error(client: LoyaltyClient, control: SandboxControl) -> None:
    session = client.customer_login_with_pin(card=GIULIA, pincode=GIULIA_PIN)
    control.set_faults(status=503, count=1, path=ApiPath.CUSTOMER)  # refused before anything was done
    with pytest.raises(ApiError):
        erase_account(session, client, GIULIA_PIN)
    assert client.card(card=GIULIA).status is CardStatus.ACTIVE


def test_the_terminal_forgets_them_and_a_store_that_fails_does_not_hide_the_erasure(
    client: LoyaltyClient, tmp_path: Path
) -> None:
    erased = sign_in_and_erase(client, GIULIA, GIULIA_PIN)
    store = open_store(tmp_path / "terminal.sqlite3")
    assert forget_here(store, erased)
    store.close()
    broken = open_store(tmp_path / "other.sqlite3")
    broken._conn.execute("PRAGMA query_only = ON")  # every write refused, as a read-only disk
    assert not forget_here(broken, erased)
    broken.close()
