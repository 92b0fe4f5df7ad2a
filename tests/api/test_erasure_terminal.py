"""An erased customer leaves no bytes behind in the terminal's own SQLite file, nor in its backups (issue 15).

What a shop (or whoever takes the terminal's disk) checks: after a customer erased
their account, nothing in `terminal.sqlite3`, its WAL or its SHM names them, holds
their address or its hash, or their phone number: whether the terminal heard of the
erasure from the card directory or from a fresh look-up of the card. The daily
backups the sync worker keeps beside the file (7 of them) hold the customer too:
they are scrubbed the same way, and stay sound.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.api import CardStatus, LoyaltyClient
from kiosk.api.contacthash import ContactHash
from kiosk.core.terminal import NotFound, Terminal
from kiosk.domain.identifiers import parse_lookup, with_check_digit
from kiosk.store import Store, health, open_store
from kiosk.sync import sync_directory

GIULIA, GIULIA_PIN = with_check_digit("200000000001"), "1234"
GIULIA_EMAIL, GIULIA_MOBILE = "giulia.rossi@example.com", "+393331234567"
LUCA = with_check_digit("200000000005")

PERSONAL = ("Giulia", "Rossi", GIULIA_EMAIL, GIULIA_MOBILE, GIULIA_MOBILE.removeprefix("+39"))


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "terminal" / "terminal.sqlite3"


@pytest.fixture
def terminal(path: Path, client: LoyaltyClient) -> Iterator[Terminal]:
    with open_store(path) as store:
        yield Terminal(store, client)


def _raw_bytes(path: Path) -> bytes:
    """The database file, its WAL and its SHM as they lie on the disk now."""
    files = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    return b"".join(f.read_bytes() for f in files if f.exists())


def _hashes(store: Store) -> list[str]:
    raw = store.campaign_raw()
    assert raw is not None
    hasher = ContactHash.from_json(raw["contacthash"])
    return [hasher.digest(GIULIA_EMAIL), hasher.digest(GIULIA_MOBILE)]


def _know_giulia_well(terminal: Terminal, client: LoyaltyClient) -> list[str]:
    """The terminal keeps all it can of her: directory hashes, her card with name, her history, an enrolment."""
    sync_directory(client, terminal.store)
    assert terminal.lookup(GIULIA).cards[0].name == "Giulia Rossi"
    assert terminal.lookup(GIULIA_EMAIL).cards[0].card == GIULIA
    terminal.history(GIULIA, client.movements(GIULIA))
    terminal.store.save_enrolment(
        {"step": "code", "card": GIULIA, "customerid": terminal.lookup(GIULIA).cards[0].customerid,
         "address": {"kind": "email", "value": GIULIA_EMAIL}}
    )
    return _hashes(terminal.store)


def _assert_forgotten(path: Path, hashes: list[str]) -> None:
    raw = _raw_bytes(path)
    for personal in (*PERSONAL, *hashes):
        assert personal.encode() not in raw, f"{personal!r} is still in the terminal's files"


@pytest.mark.parametrize("learns_by", ["directory", "lookup"])
def test_an_erased_customer_leaves_no_bytes_in_the_terminal(
    terminal: Terminal, client: LoyaltyClient, path: Path, learns_by: str
) -> None:
    hashes = _know_giulia_well(terminal, client)
    before = _raw_bytes(path)
    assert b"Rossi" in before and hashes[0].encode() in before  # the test can see them while she is known

    client.customer_login_with_pin(card=GIULIA, pincode=GIULIA_PIN).erase(pincode=GIULIA_PIN)
    if learns_by == "directory":
        sync_directory(client, terminal.store)
    else:
        terminal.lookup(GIULIA)

    _assert_forgotten(path, hashes)
    answer = terminal.lookup_local(parse_lookup(GIULIA, default_region="IT"))
    assert answer.cards[0].status is CardStatus.BLOCKED and not answer.cards[0].name
    assert terminal.store.saved_enrolment() is None
    assert terminal.store.recent_movements(GIULIA) == ([], None)
    with pytest.raises(NotFound):
        terminal.lookup_local(parse_lookup(GIULIA_EMAIL, default_region="IT"))
    assert terminal.lookup(LUCA).cards[0].name  # another customer is kept


@pytest.mark.parametrize("learns_by", ["here", "directory", "lookup"])
def test_an_erased_customer_leaves_no_bytes_in_the_backups(
    terminal: Terminal, client: LoyaltyClient, path: Path, learns_by: str
) -> None:
    hashes = _know_giulia_well(terminal, client)
    terminal.lookup(LUCA)
    backups = [terminal.store.backup_if_due(), terminal.store.backup(), terminal.store.backup()]  # daily, support's
    assert None not in backups and len(health.backups(path)) == 3
    before = b"".join(b.path.read_bytes() for b in health.backups(path))
    assert b"Rossi" in before and hashes[0].encode() in before  # the test can see her there

    erased = client.customer_login_with_pin(card=GIULIA, pincode=GIULIA_PIN).erase(pincode=GIULIA_PIN)
    if learns_by == "here":  # erased at this kiosk or counter: it forgets her at once
        terminal.store.forget_customer(customerid=erased.customerid, cards=[GIULIA])
    elif learns_by == "directory":
        sync_directory(client, terminal.store)
    else:
        terminal.lookup(GIULIA)

    files = sorted(health.backup_folder(path).iterdir())
    assert [f.name for f in files] == sorted(b.path.name for b in health.backups(path)), "no journal left beside them"
    raw = b"".join(f.read_bytes() for f in files)
    for personal in (*PERSONAL, *hashes):
        assert personal.encode() not in raw, f"{personal!r} is still in a backup"
    assert all(health.check_file(f) == [] for f in files), "each backup is still sound, and restorable"
    assert b"Luca" in raw  # another customer is kept in them
