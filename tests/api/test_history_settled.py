"""The history a till keeps for a card never loses a movement the server has taken (real sandbox, real store).

A purchase saved here and settled by the sync, or a redemption the server took at
once, is neither in the list kept from the last fetch (that list predates it) nor
unsettled in the outbox any more: the kept history must still show it, applied.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.api import LoyaltyClient, MovementType
from kiosk.core.history import LineState, MovementLine
from kiosk.core.redeem import save_redemption, send_redemption
from kiosk.core.terminal import Terminal
from kiosk.domain.redemption import Redemption, Tender
from kiosk.store import OperationState, Store
from kiosk.sync import SyncWorker
from kiosk.sync.underway import CallsUnderWay

import pytest

GIULIA = "2000000000015"  # active, 1250 points, 15.00 credit; PIN 1234 in the sandbox's demo data


@pytest.fixture
def terminal(store: Store, client: LoyaltyClient) -> Terminal:
    made = Terminal(store, client)
    made.lookup(GIULIA)
    made.history(GIULIA, client.movements(GIULIA))  # the counter showed the card: its list is kept
    return made


def drain(store_path: Path, client: LoyaltyClient) -> None:
    report = SyncWorker(store_path, client).drain_once(include_waiting=True)
    assert (report.failed, report.left) == (0, 0)


def _with_receipt(lines: tuple[MovementLine, ...], receipt: str) -> list[MovementLine]:
    return [line for line in lines if line.receipt == receipt]


def test_a_synced_purchase_stays_in_the_kept_history_applied(terminal, client, store_path):
    terminal.queue_purchase(GIULIA, amount=2500, receipt="R-SYNCED")
    drain(store_path, client)
    assert terminal.store.unsettled(card=GIULIA) == []

    kept = terminal.history(GIULIA)  # the till went offline: no fresh list
    assert not kept.fresh
    (line,) = _with_receipt(kept.lines, "R-SYNCED")
    server = client.movements(GIULIA)[0]
    assert (line.state, line.movementid, line.points, line.amount) == (LineState.APPLIED, server.movementid, 25, 2500)
    assert line.refundable
    assert kept.lines[0] == line  # the newest, at the top
    # The kept history is the server's list as it stands now, line for line.
    fresh = terminal.history(GIULIA, client.movements(GIULIA))
    assert [(x.movementid, x.points, x.state) for x in terminal.history(GIULIA).lines] == [
        (x.movementid, x.points, x.state) for x in fresh.lines
    ]


def test_a_list_asked_before_the_sync_settled_does_not_hide_the_purchase(terminal, client, store_path):
    terminal.queue_purchase(GIULIA, amount=1000, receipt="R-RACE")
    asked = client.movements(GIULIA)  # the counter's fresh request went out before the sync sent the purchase
    drain(store_path, client)
    (line,) = _with_receipt(terminal.history(GIULIA, asked).lines, "R-RACE")
    assert line.state is LineState.APPLIED and line.movementid is not None
    (line,) = _with_receipt(terminal.history(GIULIA).lines, "R-RACE")
    assert line.state is LineState.APPLIED and line.movementid is not None


def test_a_redemption_the_server_took_at_once_is_in_the_kept_history(terminal, client, store):
    op = save_redemption(store, Redemption(GIULIA, Tender.POINTS, 300, 300), under_way=CallsUnderWay())
    attempt = send_redemption(client, store, op, "1234", under_way=CallsUnderWay())
    assert attempt.operation.state is OperationState.DONE
    lines = terminal.history(GIULIA).lines
    (line,) = [x for x in lines if x.operationid == op.operationid]
    assert (line.type, line.points, line.state) == (MovementType.BURNPOINTS, -300, LineState.APPLIED)
    assert line.movementid == attempt.result.movementid
    assert terminal.card_now(GIULIA).points == 1250 - 300


def test_a_synced_refund_shows_the_purchase_refunded_in_the_kept_history(terminal, client, store_path):
    terminal.queue_purchase(GIULIA, amount=4000, receipt="R-REF")
    drain(store_path, client)
    (bought,) = _with_receipt(terminal.history(GIULIA).lines, "R-REF")
    terminal.queue_refund(GIULIA, bought)
    drain(store_path, client)
    lines = terminal.history(GIULIA).lines
    assert lines[0].type is MovementType.REVERSAL and lines[0].reverses == bought.movementid
    assert lines[0].state is LineState.APPLIED and not lines[0].refundable
    (again,) = [x for x in lines if x.movementid == bought.movementid]
    assert again.reversed and not again.refundable
    ids = [x.movementid for x in lines]
    assert len(ids) == len(set(ids))  # the purchase and its reversal, once each
    assert terminal.card_now(GIULIA).points == client.card(card=GIULIA).points


def test_the_movement_stays_after_the_outbox_prunes_its_operation(terminal, client, store_path, store):
    terminal.queue_purchase(GIULIA, amount=1500, receipt="R-OLD")
    drain(store_path, client)
    assert store.prune_settled(keep_days=-1) >= 1  # everything settled is old enough to go
    (line,) = _with_receipt(terminal.history(GIULIA).lines, "R-OLD")
    assert line.state is LineState.APPLIED and line.refundable


def test_a_card_never_listed_here_shows_what_this_till_sent(store, client, store_path):
    terminal = Terminal(store, client)
    terminal.lookup(GIULIA)  # looked up, but its list never fetched (the server went away before)
    terminal.queue_purchase(GIULIA, amount=800, receipt="R-FIRST")
    drain(store_path, client)
    kept = terminal.history(GIULIA)
    (line,) = _with_receipt(kept.lines, "R-FIRST")
    assert line.state is LineState.APPLIED and line.movementid is not None
