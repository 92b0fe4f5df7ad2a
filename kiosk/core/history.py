"""A card's movements as the counter lists them: the server's, and this terminal's not yet synced."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Sequence
from typing import Any

from kiosk.api import Movement, MovementType
from kiosk.domain.errors import Notice
from kiosk.store import Operation, OperationState

__all__ = ["LineState", "MovementLine", "History", "lines_from"]


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
