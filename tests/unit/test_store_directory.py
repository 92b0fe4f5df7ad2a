"""The offline card directory: pages applied with their cursor, look-up by card, e-mail or phone hash.

The store treats a hash as an opaque key, so most tests here use a cheap stand-in;
the tests of the look-up itself use the contract's scrypt, made from the campaign's parameters.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import subprocess
import sys
import textwrap

import pytest

from kiosk.api import Problem
from kiosk.domain.errors import Notice
from kiosk.api.models import Card, CardStatus, DirectoryPage
from kiosk.core.terminal import DirectoryRefetching, NotFound, Terminal
from kiosk.domain.identifiers import with_check_digit
from kiosk.store import NewOperation, open_store

SALT = "s4lt-of-the-demo-campaign"
from tests.helpers import T0

#: The campaign's published parameters, as GET /terminal/campaign serves them.
CONTACTHASH = {"algorithm": "scrypt", "salt": SALT, "n": 32768, "r": 8, "p": 1}


def lookup_hash(address: str) -> str:
    """A cheap stand-in for the contract's hash: the store only stores and compares it."""
    return hashlib.sha256((SALT + address).encode()).hexdigest()


def scrypt_hash(address: str, params: dict = CONTACTHASH) -> str:
    """The contract's hash: hex scrypt of the normalised address with the campaign's parameters, dklen 32."""
    return hashlib.scrypt(
        address.encode(), salt=params["salt"].encode(), n=params["n"], r=params["r"], p=params["p"], dklen=32,
        maxmem=64 * 1024 * 1024,
    ).hex()


def entry(number: int, *, email: str | None = None, mobile: str | None = None, points: int = 100) -> dict:
    return {
        "card": f"20000000{number:05d}",
        "customerid": number,
        "points": points,
        "credit": 0,
        "status": "active",
        "registered_customer": number % 2 == 1,
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
    changed["cards"][0].update(points=999, status="blocked", registered_customer=True)
    store.apply_directory_page(DirectoryPage.from_json(changed))
    (match,) = store.find_in_directory(card="2000000000002")
    assert (match.points, match.status, match.registered) == (999, CardStatus.BLOCKED, True)
    assert store.directory_size() == 2


def test_find_by_card_email_hash_and_phone_hash(store, clock):
    store.apply_directory_page(page(range(1, 50), next="c49", more=False))
    by_card = store.find_in_directory(card="2000000000007")
    by_email = store.find_in_directory(emailhash=lookup_hash("c7@example.com"))
    by_phone = store.find_in_directory(mobilehash=lookup_hash("+393330000007"))
    assert by_card == by_email == by_phone
    (match,) = by_card
    assert (match.card, match.customerid, match.registered, match.points, match.synced_at) == (
        "2000000000007",
        7,
        True,
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
    store.mark_failed(op.operationid, error=Notice(Problem.CARD_BLOCKED))
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
    assert (seen.source, seen.fetched_at, seen.displayname, seen.customerid) == ("directory", T0, None, 1)
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
    raw = {"campaignid": 1, "name": "Demo", "contacthash": CONTACTHASH, "offlinepolicy": {"earn": True}}
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


# -- look-up by e-mail or phone with the contract's hash, and names only from the cache --------


GIULIA = with_check_digit("200000000001")
MARCO = with_check_digit("200000000003")


def _giulia(**changes) -> Card:
    card = Card(
        card=GIULIA, customerid=1, status=CardStatus.ACTIVE, name="Giulia", surname="Rossi", points=1250,
        credit=0, fidelycode="FC-1", registered_customer=True, categoryid=1,
        updatedat=dt.datetime(2024, 5, 1, 9, 0, tzinfo=dt.timezone.utc), replacedby=None, pinlocked=False,
    )
    return dataclasses.replace(card, **changes)


def _directory_with_scrypt(store) -> None:
    store.save_campaign({"campaignid": 1, "name": "Demo", "contacthash": CONTACTHASH})
    cards = [entry(1), entry(2)]
    cards[0].update(card=GIULIA, emailhash=scrypt_hash("giulia.rossi@example.com"), mobilehash=scrypt_hash("+393331234567"))
    cards[1].update(card=MARCO, emailhash=scrypt_hash("marco.bianchi@example.com"))
    store.apply_directory_page(DirectoryPage.from_json({"cards": cards, "next": "c2", "more": False}))


def test_offline_a_card_is_found_by_email_or_phone_with_one_scrypt_hash(store):
    _directory_with_scrypt(store)
    offline = Terminal(store, None)

    (by_email,) = offline.lookup(" Giulia.Rossi@EXAMPLE.com ").cards
    (by_phone,) = offline.lookup("333 123 4567").cards
    (marco,) = offline.lookup("marco.bianchi@example.com").cards

    assert by_email.card == by_phone.card == GIULIA and by_email.points == 100
    assert marco.card == MARCO
    with pytest.raises(NotFound):
        offline.lookup("nobody@example.com")


def test_offline_a_card_never_served_shows_no_name_and_a_served_one_its_name(store):
    _directory_with_scrypt(store)
    offline = Terminal(store, None)
    never_served = offline.lookup(GIULIA).cards[0]
    assert (never_served.name, never_served.name_known, never_served.registered) == (None, False, True)
    assert offline.lookup("giulia.rossi@example.com").cards[0].name is None

    store.remember_card(_giulia())  # a live look-up served her on this terminal

    served = offline.lookup("giulia.rossi@example.com").cards[0]
    assert (served.name, served.name_known) == ("Giulia Rossi", True)
    assert offline.lookup("marco.bianchi@example.com").cards[0].name is None


def test_new_parameters_wipe_the_old_hashes_from_the_file(store, path):
    _directory_with_scrypt(store)
    old = scrypt_hash("giulia.rossi@example.com")
    store.save_campaign({"campaignid": 1, "name": "Demo", "contacthash": {**CONTACTHASH, "salt": "pepper"}})

    assert store.directory_refetching() and store.directory_cursor() == ""
    with pytest.raises(DirectoryRefetching):
        Terminal(store, None).lookup("giulia.rossi@example.com")
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    on_disk = b"".join(p.read_bytes() for p in path.parent.iterdir())
    assert old.encode() not in on_disk
    assert store.directory_size() == 2  # the cards stay, found by number
    # The last page of the refetch ends the state.
    store.apply_directory_page(DirectoryPage.from_json({"cards": [entry(1)], "next": "c9", "more": False}))
    assert not store.directory_refetching()
