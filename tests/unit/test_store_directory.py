"""The offline card directory: pages applied with their cursor, look-up by card, e-mail or phone hash."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import subprocess
import sys
import textwrap

import pytest

from kiosk.api.models import Card, CardStatus, DirectoryPage
from kiosk.store import NewOperation, open_store

SALT = "s4lt-of-the-demo-campaign"
from tests.unit.conftest import T0


def lookup_hash(address: str) -> str:
    """As the contract says: SHA-256 of the campaign's lookupsalt plus the normalised address."""
    return hashlib.sha256((SALT + address).encode()).hexdigest()


def entry(number: int, *, email: str | None = None, mobile: str | None = None, points: int = 100) -> dict:
    return {
        "card": f"20000000{number:05d}",
        "customerid": number,
        "displayname": f"Customer {number}",
        "points": points,
        "credit": 0,
        "status": "active",
        "emailhash": None if email is None else lookup_hash(email),
        "mobilehash": None if mobile is None else lookup_hash(mobile),
        "updatedat": f"2024-05-01T10:{number % 60:02d}:00Z",
    }


def page_json(numbers: range, *, next: str, more: bool) -> dict:
    cards = [entry(n, email=f"c{n}@example.com", mobile=f"+39333{n:07d}") for n in numbers]
    return {"cards": cards, "next": next, "more": more}


def page(numbers: range, *, next: str, more: bool) -> DirectoryPage:
    return DirectoryPage.from_json(page_json(numbers, next=next, more=more))



def test_pages_fill_the_directory_and_move_the_cursor(store, clock):
    assert (store.directory_cursor(), store.directory_size()) == ("", 0)
    store.apply_directory_page(page(range(1, 4), next="c3", more=True))
    clock.now += 10
    store.apply_directory_page(page(range(4, 6), next="c5", more=False))
    assert (store.directory_cursor(), store.directory_size()) == ("c5", 5)
    assert store.get_meta("directory_synced_at") == repr(T0 + 10)


def test_a_card_seen_again_is_updated_not_doubled(store):
    store.apply_directory_page(page(range(1, 3), next="c2", more=False))
    changed = page_json(range(2, 3), next="c9", more=False)
    changed["cards"][0].update(points=999, status="blocked", displayname="Renamed")
    store.apply_directory_page(DirectoryPage.from_json(changed))
    (match,) = store.find_in_directory(card="2000000000002")
    assert (match.points, match.status, match.displayname) == (999, CardStatus.BLOCKED, "Renamed")
    assert store.directory_size() == 2


def test_find_by_card_email_hash_and_phone_hash(store, clock):
    store.apply_directory_page(page(range(1, 50), next="c49", more=False))
    by_card = store.find_in_directory(card="2000000000007")
    by_email = store.find_in_directory(emailhash=lookup_hash("c7@example.com"))
    by_phone = store.find_in_directory(mobilehash=lookup_hash("+393330000007"))
    assert by_card == by_email == by_phone
    (match,) = by_card
    assert (match.card, match.customerid, match.displayname, match.points, match.synced_at) == (
        "2000000000007",
        7,
        "Customer 7",
        100,
        T0,
    )
    assert match.updatedat.isoformat() == "2024-05-01T10:07:00+00:00"
    assert store.find_in_directory(emailhash=lookup_hash("nobody@example.com")) == []


def test_one_address_can_find_several_cards(store):
    cards = [entry(1, email="casa@example.com"), entry(2, email="casa@example.com")]
    family = {"cards": cards, "next": "x", "more": False}
    store.apply_directory_page(DirectoryPage.from_json(family))
    matches = store.find_in_directory(emailhash=lookup_hash("casa@example.com"))
    assert [m.card for m in matches] == ["2000000000001", "2000000000002"]


def test_find_takes_exactly_one_key(store):
    with pytest.raises(ValueError):
        store.find_in_directory()
    with pytest.raises(ValueError):
        store.find_in_directory(card="1", emailhash="2")


def test_only_hashes_of_addresses_are_kept(store, path):
    store.apply_directory_page(page(range(1, 10), next="c9", more=False))
    store.close()
    on_disk = b"".join(p.read_bytes() for p in path.parent.iterdir())
    assert b"c3@example.com" not in on_disk
    assert lookup_hash("c3@example.com").encode() in on_disk


def test_matches_show_pending_effects(store, clock):
    store.apply_directory_page(page(range(1, 3), next="c2", more=False))
    op = store.enqueue(NewOperation("purchase", "2000000000001", {"amount": 5000}, points_delta=50))
    store.enqueue(NewOperation("loadcredit", "2000000000001", {"credit": 700}, credit_delta=700))
    (match,) = store.find_in_directory(mobilehash=lookup_hash("+393330000001"))
    assert (match.points, match.credit) == (150, 700)
    (other,) = store.find_in_directory(card="2000000000002")
    assert (other.points, other.credit) == (100, 0)
    store.mark_failed(op.operationid, error="Card blocked")
    (match,) = store.find_in_directory(card="2000000000001")
    assert (match.points, match.credit) == (100, 700)


def test_a_settled_operation_corrects_the_directory_balance(store):
    store.apply_directory_page(page(range(1, 2), next="c1", more=False))
    op = store.enqueue(NewOperation("purchase", "2000000000001", {"amount": 5000}, points_delta=50))
    store.mark_done(op.operationid, result={}, points=150, credit=0)
    (match,) = store.find_in_directory(card="2000000000001")
    assert match.points == 150  # not 100: the pending +50 is gone, the server's balance replaces it


def test_a_card_known_only_from_the_directory_is_in_the_cache_view(store, clock):
    store.apply_directory_page(page(range(1, 2), next="c1", more=False))
    store.enqueue(NewOperation("purchase", "2000000000001", {"amount": 5000}, points_delta=50))
    seen = store.cached_card("2000000000001")
    assert (seen.source, seen.fetched_at, seen.displayname, seen.customerid) == ("directory", T0, "Customer 1", 1)
    assert (seen.server_points, seen.pending_points, seen.points, seen.status) == (100, 50, 150, CardStatus.ACTIVE)
    assert store.cached_card("2999999999999") is None


CRASH = textwrap.dedent(
    """
    import json, os, pathlib, sys
    from kiosk.api.models import DirectoryPage
    from kiosk.store import directory, open_store
    store = open_store(pathlib.Path(sys.argv[1]))
    first, second = (DirectoryPage.from_json(p) for p in json.loads(sys.argv[2]))
    store.apply_directory_page(first)
    # The second page dies half-way: rows and cursor written, not committed.
    store._conn.execute("BEGIN IMMEDIATE")
    directory.apply_page(store._conn, second, now=1.0)
    os._exit(9)
    """
)


def test_a_crash_between_pages_leaves_the_cursor_matching_the_rows(path):
    pages = [page_json(range(1, 101), next="c100", more=True), page_json(range(101, 201), next="c200", more=False)]
    result = subprocess.run(
        [sys.executable, "-c", CRASH, str(path), json.dumps(pages)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 9, result.stderr
    with open_store(path) as store:
        assert (store.directory_cursor(), store.directory_size()) == ("c100", 100)
        assert store.find_in_directory(card="2000000000150") == []
        # Resuming from the cursor completes the directory.
        store.apply_directory_page(DirectoryPage.from_json(pages[1]))
        assert (store.directory_cursor(), store.directory_size()) == ("c200", 200)


def test_campaign_is_kept_as_sent(store):
    assert store.campaign_raw() is None
    raw = {"campaignid": 1, "name": "Demo", "lookupsalt": SALT, "offlinepolicy": {"earn": True}}
    store.save_campaign(raw)
    assert store.campaign_raw() == raw


def test_the_cache_view_takes_the_balance_heard_last(store, clock):
    looked_up = Card(
        card="2000000000001",
        customerid=1,
        status=CardStatus.ACTIVE,
        name="Giulia",
        surname="Rossi",
        points=1250,
        credit=0,
        fidelycode="FC-1",
        registered_customer=True,
        categoryid=None,
        updatedat=dt.datetime(2024, 5, 1, 9, 0, tzinfo=dt.timezone.utc),
        replacedby=None,
        pinlocked=False,
    )
    store.remember_card(looked_up)
    assert store.cached_card("2000000000001").source == "cache"
    clock.now += 3600
    later = page_json(range(1, 2), next="c1", more=False)
    later["cards"][0].update(points=1300, status="blocked")
    store.apply_directory_page(DirectoryPage.from_json(later))
    seen = store.cached_card("2000000000001")
    assert (seen.source, seen.server_points, seen.status, seen.fetched_at) == (
        "directory",
        1300,
        CardStatus.BLOCKED,
        T0 + 3600,
    )
    assert (seen.name, seen.fidelycode, seen.displayname) == ("Giulia", "FC-1", "Giulia Rossi")  # kept from the look-up
    clock.now += 60
    store.remember_card(dataclasses.replace(looked_up, points=1310))
    again = store.cached_card("2000000000001")
    assert (again.source, again.points, again.status) == ("cache", 1310, CardStatus.ACTIVE)
