"""An erased customer leaves no bytes behind in the terminal's backups either (issue 15).

The sync worker copies the store into `backups/` once a day (7 kept): a customer who erased
their account is in those copies too. Whoever restores a backup, or takes the disk, must
find nothing of them there: not their name, address, its hash or their phone.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.api import LoyaltyClient
from kiosk.api.contacthash import ContactHash
from kiosk.core.terminal import Terminal
from kiosk.domain.identifiers import with_check_digit
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


def _hashes(store: Store) -> list[str]:
    raw = store.campaign_raw()
    assert raw is not None
    hasher = ContactHash.from_json(raw["contacthash"])
    return [hasher.digest(GIULIA_EMAIL), hasher.digest(GIULIA_MOBILE)]


def _backed_up_well(terminal: Terminal, client: LoyaltyClient) -> list[Path]:
    """Giulia known in full (directory, card, history), then three backups of it, as the worker and support make."""
    sync_directory(client, terminal.store)
    terminal.lookup(GIULIA)
    terminal.lookup(LUCA)
    terminal.history(GIULIA, client.movements(GIULIA))
    daily = terminal.store.backup_if_due()
    assert daily is not None
    return [daily, terminal.store.backup(), terminal.store.backup()]


def _raw(files: list[Path]) -> bytes:
    return b"".join(f.read_bytes() for f in files if f.exists())


@pytest.mark.parametrize("learns_by", ["here", "directory", "lookup"])
def test_an_erased_customer_leaves_no_bytes_in_the_backups(
    terminal: Terminal, client: LoyaltyClient, path: Path, learns_by: str
) -> None:
    backups = _backed_up_well(terminal, client)
    hashes = _hashes(terminal.store)
    assert b"Rossi" in _raw(backups) and hashes[0].encode() in _raw(backups)  # the test can see her there

    customerid = terminal.lookup(GIULIA).cards[0].customerid
    erased = client.customer_login_with_pin(card=GIULIA, pincode=GIULIA_PIN).erase(pincode=GIULIA_PIN)
    if learns_by == "here":  # erased at this kiosk or counter: it forgets her at once
        terminal.store.forget_customer(customerid=erased.customerid, cards=[GIULIA])
    elif learns_by == "directory":
        sync_directory(client, terminal.store)
    else:
        terminal.lookup(GIULIA)
    assert erased.customerid == customerid

    files = sorted(health.backup_folder(path).iterdir())
    assert [f.name for f in files] == sorted(b.name for b in backups)  # no journal or part file left beside them
    raw = _raw(files)
    for personal in (*PERSONAL, *hashes):
        assert personal.encode() not in raw, f"{personal!r} is still in a backup"
    for backup in files:
        assert health.check_file(backup) == []  # each backup is still sound, and restorable
    assert b"Luca" in raw  # another customer is kept in them
