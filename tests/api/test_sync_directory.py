"""The card directory and the campaign fetched into the store for offline look-up, resumably."""

from __future__ import annotations

from typing import Any

from kiosk.api import Campaign, LoyaltyClient, MovementResult
from kiosk.domain.identifiers import lookup_hash, with_check_digit
from kiosk.sandbox.bulk import add_cards
from kiosk.store import Store
from kiosk.sync import campaign_json, movement_result_json, sync_directory

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
