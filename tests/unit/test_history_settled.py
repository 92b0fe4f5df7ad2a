"""The kept history and the done operations: each movement once, in the server's order, reversals marked (real SQLite)."""

from __future__ import annotations

from typing import Any

from kiosk.api import MovementType
from kiosk.core.history import LineState
from kiosk.core.terminal import Terminal
from kiosk.store import NewOperation
from kiosk.store.history import KEEP_AT_MOST

GIULIA = "2000000000015"


def movement(movementid: int, *, kind: str = "purchase", points: int = 10, reverses: int | None = None,
             operationid: str | None = None) -> dict[str, Any]:
    """A movement as the server lists it (wire JSON)."""
    return {
        "movementid": movementid, "operationid": operationid or f"server-{movementid}", "type": kind,
        "card": GIULIA, "amount": 1000 if kind == "purchase" else None, "points": points, "credit": 0,
        "receipt": f"R-{movementid}", "datetime": "2026-11-30T10:00:00Z", "reverses": reverses,
        "reversedby": None, "serialnumber": None, "approval": None,
    }


def settle(store, made: dict[str, Any], *, kind: str = "purchase", body: dict[str, Any] | None = None) -> str:
    """Save an operation here and settle it as the sync does, with the server's movement in its result."""
    op = store.enqueue(NewOperation(type=kind, card=GIULIA, body=body or {"card": GIULIA, "amount": 1000,
                                                                            "receipt": made["receipt"]},
                                    operationid=made["operationid"], points_delta=made["points"]))
    result = {"movementid": made["movementid"], "operationid": op.operationid, "points": made["points"],
              "credit": 0, "balance": {"points": 1000, "credit": 0}, "movement": made, "replayed": False}
    store.mark_done(op.operationid, result=result, points=1000, credit=0)
    return op.operationid


def ids(terminal: Terminal) -> list[int | None]:
    return [line.movementid for line in terminal.history(GIULIA).lines]


def test_a_movement_older_than_a_later_list_is_not_brought_back(store):
    terminal = Terminal(store, None)
    settle(store, movement(10, operationid="mine-10"))
    # Listed later: twenty newer movements (other tills'), the limit; ours fell beyond it.
    store.remember_movements(GIULIA, [movement(n) for n in range(50, 30, -1)])
    assert ids(terminal) == list(range(50, 30, -1))


def test_a_list_asked_before_the_settle_is_completed_once_in_order(store):
    terminal = Terminal(store, None)
    stale = [movement(n) for n in (5, 3)]
    settle(store, movement(7, operationid="mine-7"))
    store.remember_movements(GIULIA, stale)  # the answer of a request sent before the sync took the sale
    assert ids(terminal) == [7, 5, 3]
    store.remember_movements(GIULIA, [movement(8), movement(7, operationid="mine-7"), *stale])
    assert ids(terminal) == [8, 7, 5, 3]  # the server's own list now has it: once


def test_a_reversal_settled_here_marks_the_purchase_refunded(store):
    terminal = Terminal(store, None)
    store.remember_movements(GIULIA, [movement(5)])
    settle(store, movement(6, kind="reversal", points=-10, reverses=5, operationid="mine-6"), kind="reversal",
           body={"movementid": 5, "receipt": "R-5"})
    for _ in range(2):
        lines = terminal.history(GIULIA).lines
        assert [(x.movementid, x.type, x.state) for x in lines] == [
            (6, MovementType.REVERSAL, LineState.APPLIED), (5, MovementType.PURCHASE, LineState.APPLIED)]
        assert lines[1].reversed and not lines[1].refundable and not lines[0].refundable
        store.remember_movements(GIULIA, [movement(5)])  # a list asked before the reversal went through


def test_an_unreadable_result_is_left_out(store):
    terminal = Terminal(store, None)
    store.remember_movements(GIULIA, [movement(5)])
    op = store.enqueue(NewOperation(type="purchase", card=GIULIA, body={"card": GIULIA, "amount": 1000,
                                                                         "receipt": "R-X"}, points_delta=10))
    store.mark_done(op.operationid, result={"movementid": 9}, points=1000, credit=0)
    assert ids(terminal) == [5]


def test_the_kept_list_does_not_grow_without_end(store):
    store.remember_movements(GIULIA, [movement(1)])
    for n in range(2, KEEP_AT_MOST + 12):
        settle(store, movement(n, operationid=f"mine-{n}"))
    store.prune_settled(keep_days=-1)
    kept, _ = store.recent_movements(GIULIA, limit=1000)
    assert [m["movementid"] for m in kept] == list(range(KEEP_AT_MOST + 11, 11, -1))
