"""A card's movements as the counter lists them: the server's, and this terminal's not yet synced."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import logging
from collections.abc import Sequence
from typing import Any

from kiosk.api import BadAnswer, Movement, MovementType
from kiosk.domain.errors import Notice
from kiosk.store import Operation, OperationState

__all__ = ["LineState", "MovementLine", "History", "lines_from", "with_settled"]

log = logging.getLogger(__name__)


class LineState(enum.Enum):
    """Where a row of the history stands."""

    APPLIED = "applied"  # the server has it
    PENDING = "pending"  # saved here, not yet synced: its points and credit are the expected effect
    FAILED = "failed"  # the server refused it; staff see it in the queue


@dataclasses.dataclass(frozen=True)
class MovementLine:
    """One row of the history. `movementid` is None while the operation waits to sync.

    `points` and `credit` are signed; for a pending row they are the expected effect.
    """

    movementid: int | None
    operationid: str
    type: MovementType
    when: dt.datetime
    receipt: str | None
    amount: int | None
    points: int
    credit: int
    state: LineState
    reversed: bool = False
    reverses: int | None = None
    error: Notice | None = None
    offline_approved: bool = False  # a redemption a manager approved while the server could not be reached

    @property
    def refundable(self) -> bool:
        """What a cashier may reverse: an applied movement that is not a reversal nor reversed already."""
        return (
            self.state is LineState.APPLIED
            and self.movementid is not None
            and self.type is not MovementType.REVERSAL
            and not self.reversed
        )


@dataclasses.dataclass(frozen=True)
class History:
    """The lines, newest first, and whether they come fresh from the server or from this terminal's copy."""

    card: str
    lines: tuple[MovementLine, ...]
    fresh: bool
    as_of: float | None


def _applied(movement: Movement, *, reversing: set[int]) -> MovementLine:
    return MovementLine(
        movementid=movement.movementid,
        operationid=movement.operationid,
        type=movement.type,
        when=movement.when,
        receipt=movement.receipt,
        amount=movement.amount,
        points=movement.points,
        credit=movement.credit,
        state=LineState.APPLIED,
        # A reversal still waiting to sync already takes the refund button away.
        reversed=movement.reversedby is not None or movement.movementid in reversing,
        reverses=movement.reverses,
    )


def _local(op: Operation) -> MovementLine:
    body: dict[str, Any] = op.body
    amount = body.get("amount") if op.type is MovementType.PURCHASE else body.get("credit")
    reverses = body.get("movementid") if op.type is MovementType.REVERSAL else None
    return MovementLine(
        movementid=None,
        operationid=op.operationid,
        type=op.type,
        when=dt.datetime.fromtimestamp(op.created_at, dt.timezone.utc),
        receipt=body.get("receipt"),
        amount=amount if isinstance(amount, int) and not isinstance(amount, bool) else None,
        points=op.points_delta,
        credit=op.credit_delta,
        state=LineState.FAILED if op.state is OperationState.FAILED else LineState.PENDING,
        reverses=reverses if isinstance(reverses, int) else None,
        error=op.last_error if op.state is OperationState.FAILED else None,
        offline_approved=op.approved_offline,
    )


def lines_from(movements: Sequence[Movement], local: Sequence[Operation]) -> tuple[MovementLine, ...]:
    """This terminal's unsettled and failed operations first (newest first), then the server's movements.

    An operation the server already lists (same operationid) is shown once, as applied.
    """
    known = {m.operationid for m in movements}
    mine = [_local(op) for op in sorted(local, key=lambda op: op.seq, reverse=True) if op.operationid not in known]
    reversing = {line.reverses for line in mine if line.reverses is not None and line.state is LineState.PENDING}
    theirs = [_applied(m, reversing=reversing) for m in movements]
    return tuple(mine + theirs)


def _movement_of(op: Operation) -> Movement | None:
    """The movement the server made for a done operation, from the result kept with it."""
    try:
        return Movement.from_json((op.result or {}).get("movement"), "result.movement")
    except BadAnswer:
        log.warning("operation %s: its stored result holds no readable movement", op.operationid)
        return None


def with_settled(movements: Sequence[Movement], done: Sequence[Operation]) -> tuple[Movement, ...]:
    """The server's list of a card's movements, with those it made later for operations settled here.

    A list asked before the server took an operation (kept from an earlier look-up, or
    a request that crossed the sync) lacks its movement, and the outbox no longer shows
    it as waiting: it is added from the operation's result. The server numbers movements
    in the order it makes them and lists the newest, so only a movement newer than the
    whole list can be missing from it; an older one absent from it is beyond its length.
    A reversal added here marks the movement it reverses as reversed, as the server does.
    """
    known = {m.movementid for m in movements}
    newest = max(known, default=None)
    later: dict[int, Movement] = {}
    for op in done:
        movement = _movement_of(op)
        if movement is None or movement.movementid in known:
            continue
        if newest is not None and movement.movementid < newest:
            continue
        later[movement.movementid] = movement
    if not later:
        return tuple(movements)
    merged = sorted([*later.values(), *movements], key=lambda m: m.movementid, reverse=True)
    reversed_by = {m.reverses: m.movementid for m in later.values() if m.reverses is not None}
    return tuple(
        dataclasses.replace(m, reversedby=reversed_by[m.movementid])
        if m.movementid in reversed_by and m.reversedby is None
        else m
        for m in merged
    )
