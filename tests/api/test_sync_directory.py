"""The card directory and the campaign fetched into the store for offline look-up, resumably."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from kiosk.api import Campaign, LoyaltyClient, MovementResult, SandboxControl
from kiosk.api.marta import API_KEY_HEADER, Path as ApiPath
from kiosk.core.terminal import DirectoryRefetching, Terminal
from kiosk.domain.identifiers import with_check_digit
from kiosk.sandbox import SandboxConfig, start_in_thread
from kiosk.sandbox.bulk import add_cards
from kiosk.sandbox.config import DATABASE_NAME
from kiosk.store import NewOperation, OperationState, Store, open_store
from kiosk.sync import SyncWorker, sync_directory
from tests.helpers import raises_saying
from tests.helpers import wait_until

GIULIA = with_check_digit("200000000001")
LUCA = with_check_digit("200000000005")
DIRECTORY_FIELDS = {
    "card", "customerid", "points", "credit", "status", "registered_customer", "emailhash", "mobilehash", "updatedat",
    "erased",  # the customer erased their account: a till forgets them (kiosk.api.marta, erasure)
}


def scrypt_hex(params: dict[str, Any], address: str) -> str:
    """The contract's hash, made here from the published parameters alone (not with the code under test)."""
    assert params["algorithm"] == "scrypt"
    return hashlib.scrypt(
        address.encode(), salt=params["salt"].encode(), n=params["n"], r=params["r"], p=params["p"], dklen=32,
        maxmem=64 * 1024 * 1024,
    ).hex()


def _terminal_get(sandbox: Any, path: str, **params: Any) -> Any:
    demo = sandbox.demo
    headers = {API_KEY_HEADER: demo["apikey"]}
    login = {**demo["terminal"], "campaignid": demo["campaignid"], "devicetype": 1, "scope": "terminal",
             "foreignid": "test"}
    token = httpx.post(sandbox.url + ApiPath.AUTH, headers=headers, json=login).json()["token"]
    answer = httpx.get(sandbox.url + path, headers={**headers, "Authorization": f"Bearer {token}"}, params=params)
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_the_directory_and_campaign_are_fetched(client: LoyaltyClient, store: Store) -> None:
    report = sync_directory(client, store, page_size=2)

    assert (report.pages, report.cards) == (3, 5)
    assert store.directory_size() == 5 and store.directory_cursor() == report.cursor
    campaign = Campaign.from_json(store.campaign_raw())
    assert campaign == client.campaign()
    emailhash = scrypt_hex(campaign.contacthash.to_json(), "giulia.rossi@example.com")
    [match] = store.find_in_directory(emailhash=emailhash)
    assert (match.card, match.points, match.registered) == (GIULIA, 1250, True)


def test_the_directory_on_the_wire_has_no_names_and_scrypt_hashes(sandbox: Any) -> None:
    campaign = _terminal_get(sandbox, ApiPath.CAMPAIGN.format(campaignid=sandbox.demo["campaignid"]))
    params = campaign["contacthash"]
    assert params["algorithm"] == "scrypt" and params["n"] >= 32768 and params["r"] == 8 and params["salt"]
    assert "lookupsalt" not in campaign

    page = _terminal_get(sandbox, ApiPath.CARDS, limit=100)

    entries = {entry["card"]: entry for entry in page["cards"]}
    assert all(set(entry) == DIRECTORY_FIELDS for entry in entries.values())
    assert "Rossi" not in str(page) and "Giulia" not in str(page)
    giulia = entries[GIULIA]
    assert giulia["emailhash"] == scrypt_hex(params, "giulia.rossi@example.com")
    assert giulia["mobilehash"] == scrypt_hex(params, "+393331234567")
    assert giulia["registered_customer"] is True
    assert (entries[LUCA]["emailhash"], entries[LUCA]["mobilehash"]) == (None, scrypt_hex(params, "+393471112233"))


def test_offline_a_card_is_found_by_email_and_phone_and_shows_no_name_until_served(
    client: LoyaltyClient, store: Store
) -> None:
    sync_directory(client, store)
    offline = Terminal(store, None)

    [by_email] = offline.lookup("Giulia.Rossi@Example.com").cards
    [by_phone] = offline.lookup("+39 333 123 4567").cards
    assert by_email.card == by_phone.card == GIULIA
    assert (by_email.points, by_email.name) == (1250, None)  # never served here: no name on this till

    Terminal(store, client).lookup(GIULIA)  # served once, online
    [served] = offline.lookup("+393331234567").cards
    assert (served.card, served.name) == (GIULIA, "Giulia Rossi")
    [luca] = offline.lookup("347 111 2233").cards
    assert (luca.card, luca.name) == (LUCA, None)


def test_new_contacthash_parameters_drop_the_old_hashes_and_refetch(client: LoyaltyClient, store: Store) -> None:
    sync_directory(client, store)
    raw = store.campaign_raw()
    assert raw is not None
    offline = Terminal(store, None)
    assert offline.lookup("giulia.rossi@example.com").cards

    store.save_campaign({**raw, "contacthash": {**raw["contacthash"], "salt": "a new salt"}})

    # The old hashes are gone and the terminal says the directory is being fetched again, not "nobody".
    assert store.directory_refetching() and store.directory_cursor() == ""
    with raises_saying(DirectoryRefetching, "fetching its card directory again"):
        offline.lookup("giulia.rossi@example.com")
    assert offline.lookup(GIULIA).cards[0].card == GIULIA  # by number it still works

    sync_directory(client, store)  # the server's own parameters again: every hash fetched afresh

    assert not store.directory_refetching()
    assert offline.lookup("giulia.rossi@example.com").cards[0].card == GIULIA


def test_the_server_hashes_an_address_when_a_customer_registers_or_changes_it(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    new, mobile = "sara.hash@example.com", "+393401234567"
    client.send_registration_code(email=new)
    account = client.register_with_code(
        code=control.latest_code(new), username=new, password="new-pw-123", categoryid=1, email=new
    )
    params = client.campaign().contacthash.to_json()
    registered = {e.card: e for e in client.card_directory(limit=1000).cards}[account.card]
    assert (registered.emailhash, registered.mobilehash) == (scrypt_hex(params, new), None)

    session = client.customer_login(username=new, password="new-pw-123")
    session.update_profile(name="Sara", surname="Verdi", usedforpromotions=False, mobilecontactdata="340 123 4567")

    changed = {e.card: e for e in client.card_directory(limit=1000).cards}[account.card]
    assert (changed.emailhash, changed.mobilehash) == (scrypt_hex(params, new), scrypt_hex(params, mobile))


def test_a_sandbox_database_of_before_contact_hashes_gets_them_on_first_use(sandbox: Any) -> None:
    sandbox.stop()
    path = sandbox.config.data_dir / DATABASE_NAME
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE campaigns DROP COLUMN contacthash")
        conn.execute("ALTER TABLE customers DROP COLUMN emailhash")
        conn.execute("ALTER TABLE customers DROP COLUMN mobilehash")
    conn.close()
    with start_in_thread(SandboxConfig(data_dir=sandbox.config.data_dir)) as again:
        again.demo = sandbox.demo
        page = _terminal_get(again, ApiPath.CARDS, limit=100)
        params = _terminal_get(again, ApiPath.CAMPAIGN.format(campaignid=sandbox.demo["campaignid"]))["contacthash"]

    giulia = next(entry for entry in page["cards"] if entry["card"] == GIULIA)
    assert params["salt"] != sandbox.demo["contacthash"]["salt"]  # an older campaign gets a secret salt of its own
    assert giulia["emailhash"] == scrypt_hex(params, "giulia.rossi@example.com")
    assert giulia["mobilehash"] == scrypt_hex(params, "+393331234567")


def test_a_second_sync_fetches_only_what_changed(client: LoyaltyClient, store: Store) -> None:
    first = sync_directory(client, store)
    issued = client.issue_card(1)
    client.block_card(GIULIA)

    again = sync_directory(client, store)

    assert (again.pages, again.cards) == (1, 2) and again.cursor != first.cursor
    assert store.directory_size() == 6
    assert store.find_in_directory(card=issued.card)[0].status.value == "active"
    assert store.find_in_directory(card=GIULIA)[0].status.value == "blocked"
    assert sync_directory(client, store).cards == 0


def test_bulk_cards_page_like_the_servers_own(client: LoyaltyClient, store: Store, sandbox: Any) -> None:
    sync_directory(client, store)
    add_cards(sandbox.config.data_dir, 2500)
    issued = client.issue_card(1)  # after the bulk: its revision must come after theirs

    report = sync_directory(client, store, page_size=1000)

    assert (report.pages, report.cards) == (3, 2501)
    assert store.directory_size() == 5 + 2501
    assert store.find_in_directory(card=issued.card)
    bulk = client.card_directory(limit=1)
    assert bulk.cards[0].card == GIULIA  # the demo cards still come first


def test_the_stored_answers_read_back_as_the_client_read_them(client: LoyaltyClient) -> None:
    import datetime as dt
    import uuid

    result = client.purchase(
        GIULIA, amount=1999, receipt="R-9", operationid=str(uuid.uuid4()),
        when=dt.datetime(2026, 11, 22, 10, 42, tzinfo=dt.timezone.utc),
    )
    assert MovementResult.from_json(result.to_json()) == result
    campaign = client.campaign()
    assert Campaign.from_json(campaign.to_json()) == campaign


def _wait(condition: Callable[[], bool], what: str) -> None:
    """Looked at often: the purchase must be seen done while the directory is still filling."""
    wait_until(condition, within=30, what=what, every=0.005)


def test_the_sync_worker_fills_the_directory_between_purchases_and_keeps_it_fresh(
    client: LoyaltyClient, store_path: Path, sandbox: Any
) -> None:
    add_cards(sandbox.config.data_dir, 30_000)
    total = 5 + 30_000
    worker = SyncWorker(store_path, client, poll_interval=0.05, directory_every=0.5)
    with open_store(store_path) as store:
        worker.start()
        try:
            _wait(lambda: store.directory_size() > 0, "the first page of the directory")
            body = {"card": GIULIA, "amount": 1250, "receipt": "R-DIR", "datetime": "2026-11-22T10:42:00Z"}
            op = store.enqueue(NewOperation(type="purchase", card=GIULIA, body=body, points_delta=12))
            worker.wake()
            _wait(lambda: _state(store, op.operationid) is OperationState.DONE, "the purchase sent")
            # The purchase went while the directory was still filling: it did not wait for 30,000 cards.
            assert store.directory_size() < total
            _wait(lambda: store.directory_size() == total, "the whole directory")

            issued = client.issue_card(1)
            _wait(lambda: bool(store.find_in_directory(card=issued.card)), "the new card in it")  # kept fresh without being asked
        finally:
            worker.stop()
    assert client.card(card=GIULIA).points == 1250 + 12


def _state(store: Store, operationid: str) -> OperationState | None:
    op = store.operation(operationid)
    return op.state if op is not None else None

