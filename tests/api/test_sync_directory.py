"""The card directory and the campaign fetched into the store for offline look-up, resumably."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.api import Campaign, LoyaltyClient, MovementResult
from kiosk.domain.identifiers import lookup_hash, with_check_digit
from kiosk.sandbox.bulk import add_cards
from kiosk.store import NewOperation, OperationState, Store, open_store
from kiosk.sync import SyncWorker, campaign_json, movement_result_json, sync_directory

GIULIA = with_check_digit("200000000001")


def test_the_directory_and_campaign_are_fetched(client: LoyaltyClient, store: Store) -> None:
    report = sync_directory(client, store, page_size=2)

    assert (report.pages, report.cards) == (3, 5)
    assert store.directory_size() == 5 and store.directory_cursor() == report.cursor
    campaign = Campaign.from_json(store.campaign_raw())
    assert campaign == client.campaign()
    [match] = store.find_in_directory(emailhash=lookup_hash(campaign.lookupsalt, "giulia.rossi@example.com"))
    assert (match.card, match.displayname, match.points) == (GIULIA, "Giulia Rossi", 1250)


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
    assert MovementResult.from_json(movement_result_json(result)) == result
    campaign = client.campaign()
    assert Campaign.from_json(campaign_json(campaign)) == campaign


def test_the_sync_worker_fills_the_directory_between_purchases_and_keeps_it_fresh(
    client: LoyaltyClient, store_path: Path, sandbox: Any
) -> None:
    add_cards(sandbox.config.data_dir, 30_000)
    total = 5 + 30_000
    worker = SyncWorker(store_path, client, poll_interval=0.05, directory_every=0.5)
    with open_store(store_path) as store:
        worker.start()
        try:
            _wait(lambda: store.directory_size() > 0)
            body = {"card": GIULIA, "amount": 1250, "receipt": "R-DIR", "datetime": "2026-11-22T10:42:00Z"}
            op = store.enqueue(NewOperation(type="purchase", card=GIULIA, body=body, points_delta=12))
            worker.wake()
            _wait(lambda: _state(store, op.operationid) is OperationState.DONE)
            # The purchase went while the directory was still filling: it did not wait for 30,000 cards.
            assert store.directory_size() < total
            _wait(lambda: store.directory_size() == total)

            issued = client.issue_card(1)
            _wait(lambda: bool(store.find_in_directory(card=issued.card)))  # kept fresh without being asked
        finally:
            worker.stop()
    assert client.card(card=GIULIA).points == 1250 + 12


def _state(store: Store, operationid: str) -> OperationState | None:
    op = store.operation(operationid)
    return op.state if op is not None else None


def _wait(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)
