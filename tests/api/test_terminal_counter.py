"""The counter's core against the real sandbox: history kept for offline, top-up, refund, estimate, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli_text import say
from tests.helpers import raises_saying
from kiosk.domain.errors import Why
from kiosk.api import LoyaltyClient, MovementType
from kiosk.core.history import LineState
from kiosk.core.terminal import Terminal
from kiosk.domain.errors import CardRefused
from kiosk.domain.identifiers import parse_lookup, with_check_digit
from kiosk.store import Store
from kiosk.sync import SyncWorker

GIULIA = "2000000000015"  # active, 1250 points, 15.00 credit
MARCO = "2000000000039"  # blocked


@pytest.fixture
def terminal(store: Store, client: LoyaltyClient) -> Terminal:
    made = Terminal(store, client)
    made.lookup(GIULIA)  # the card and the campaign are known, as after a look-up at the counter
    return made


def drain(store_path: Path, client: LoyaltyClient) -> None:
    report = SyncWorker(store_path, client).drain_once(include_waiting=True)
    assert (report.failed, report.left) == (0, 0)


def test_history_is_kept_for_offline_with_receipts(terminal, client, store_path):
    terminal.queue_purchase(GIULIA, amount=2550, receipt="R-77")
    drain(store_path, client)
    fresh = terminal.history(GIULIA, client.movements(GIULIA))
    assert fresh.fresh and fresh.lines[0].receipt == "R-77" and fresh.lines[0].points == 25
    offline = terminal.history(GIULIA)  # no movements given: the copy kept in the store
    assert not offline.fresh and offline.as_of is not None
    assert [line.receipt for line in offline.lines] == [line.receipt for line in fresh.lines]


def test_a_pending_purchase_heads_the_history_and_settles(terminal, client, store_path):
    terminal.queue_purchase(GIULIA, amount=1000, receipt="R-1")
    (line,) = [line for line in terminal.history(GIULIA, client.movements(GIULIA)).lines if line.receipt == "R-1"]
    assert (line.state, line.movementid, line.points, line.refundable) == (LineState.PENDING, None, 10, False)
    drain(store_path, client)
    (line,) = [line for line in terminal.history(GIULIA, client.movements(GIULIA)).lines if line.receipt == "R-1"]
    assert (line.state, line.refundable) == (LineState.APPLIED, True)


def test_topup_shows_at_once_and_reaches_the_server(terminal, client, store_path):
    terminal.queue_topup(GIULIA, credit=500)
    assert terminal.card_now(GIULIA).credit == 1500 + 500
    drain(store_path, client)
    assert client.card(card=GIULIA).credit == 2000
    assert terminal.card_now(GIULIA).pending_credit == 0


def test_refund_reverses_the_movement_once(terminal, client, store_path):
    terminal.queue_purchase(GIULIA, amount=4000, receipt="R-40")
    drain(store_path, client)
    (line,) = [line for line in terminal.history(GIULIA, client.movements(GIULIA)).lines if line.receipt == "R-40"]
    before = client.card(card=GIULIA).points
    terminal.queue_refund(GIULIA, line)
    assert terminal.card_now(GIULIA).points == before - 40
    with raises_saying(CardRefused, "already saved"):
        terminal.queue_refund(GIULIA, line)
    drain(store_path, client)
    assert client.card(card=GIULIA).points == before - 40
    lines = terminal.history(GIULIA, client.movements(GIULIA)).lines
    assert lines[0].type is MovementType.REVERSAL and lines[0].reverses == line.movementid
    (again,) = [x for x in lines if x.movementid == line.movementid]
    assert again.reversed and not again.refundable
    with raises_saying(CardRefused, "already refunded"):
        terminal.queue_refund(GIULIA, again)


def test_a_blocked_card_takes_nothing(terminal, client):
    terminal.remember(client.card(card=MARCO))
    refusal = terminal.card_now(MARCO).refusal
    assert refusal.what is Why.CARD_BLOCKED and "blocked" in say(refusal)
    for queue in (
        lambda: terminal.queue_purchase(MARCO, amount=100, receipt="R"),
        lambda: terminal.queue_topup(MARCO, credit=100),
    ):
        with raises_saying(CardRefused, "blocked"):
            queue()
    assert terminal.store.unsettled(card=MARCO) == []


def test_a_replaced_card_names_its_successor(terminal, client):
    old = client.issue_card(client.campaign().categories[0].categoryid)
    new = with_check_digit("299999999999")
    client.replace_card(old.card, newcard=new)
    answer = terminal.lookup(old.card)
    assert answer.cards[0].status == "replaced"
    assert say(answer.cards[0].refusal) == f"Card {old.card} was replaced by card {new}: use the new card."
    with raises_saying(CardRefused, "replaced"):
        terminal.queue_purchase(old.card, amount=100, receipt="R")


def test_offline_estimate_follows_the_campaign_rule(terminal):
    assert terminal.estimate_offline(1299) == 12  # 1 point per 1.00, rounded down
    assert terminal.lookup_local(parse_lookup(GIULIA)).cards[0].fidelycode == GIULIA
