"""The store forgets an erased customer whole, and only them (real SQLite file; kiosk.store.erasure)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from kiosk.api.models import CardStatus, DirectoryEntry, DirectoryPage
from kiosk.store import open_store

WHEN = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.timezone.utc)
OLD, NEW, OTHER = "2000000000015", "2000000000022", "2000000000039"


def _entry(card: str, customerid: int, status: CardStatus = CardStatus.ACTIVE) -> DirectoryEntry:
    return DirectoryEntry(
        card=card, customerid=customerid, points=10, credit=0, status=status, registered_customer=True,
        emailhash=f"email-{card}", mobilehash=f"mobile-{card}", updatedat=WHEN,
    )


def _page(*entries: DirectoryEntry) -> DirectoryPage:
    return DirectoryPage(cards=entries, next="x", more=False)


def test_an_erased_entry_forgets_every_card_of_its_customer_and_no_other(path):
    with open_store(path) as store:
        store.apply_directory_page(_page(_entry(OLD, 7, CardStatus.REPLACED), _entry(NEW, 7), _entry(OTHER, 8)))
        store.save_enrolment({"step": "code", "card": OTHER, "customerid": 8})

        erased = dataclasses.replace(
            _entry(NEW, 7, CardStatus.BLOCKED), emailhash=None, mobilehash=None, erased=True
        )
        store.apply_directory_page(_page(erased))

        assert store.find_in_directory(emailhash=f"email-{OLD}") == []  # her older card too
        assert store.find_in_directory(mobilehash=f"mobile-{NEW}") == []
        assert store.cached_card(OLD).status is CardStatus.BLOCKED  # still refused offline
        assert store.cached_card(NEW).status is CardStatus.BLOCKED
        assert [m.card for m in store.find_in_directory(emailhash=f"email-{OTHER}")] == [OTHER]
        assert store.saved_enrolment() == {"step": "code", "card": OTHER, "customerid": 8}  # someone else's

        store.save_enrolment({"step": "code", "customerid": 7})
        store.apply_directory_page(_page(erased))  # the directory hands an erased card out again
        assert store.saved_enrolment() is None
