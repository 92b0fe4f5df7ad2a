"""One attempt at one outbox operation, from picking it up to writing its outcome in the store."""

from __future__ import annotations

import dataclasses
import enum
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.api import ApiError, BadAnswer, LoyaltyError, MovementResult, MovementType, NetworkError
from kiosk.domain.errors import Notice, Why
from kiosk.store import Operation, OperationState, Store, StoreError
from kiosk.sync.backoff import Backoff
from kiosk.sync.connectivity import ConnectivityState
from kiosk.sync.sending import UnsendableOperation, needs_pin, send_operation
from kiosk.sync.triage import judge
from kiosk.sync.underway import CallsUnderWay

if TYPE_CHECKING:
    # Annotations only: kiosk.api.client loads httpx, which the counter loads on first use (kiosk.app.ClientOnFirstUse).
    from kiosk.api.client import LoyaltyClient

__all__ = ["Outcome", "Settled", "settle_operation", "PIN_GRACE_SECONDS"]

log = logging.getLogger("kiosk.sync")

#: How long the worker leaves a PIN-checked operation to the counter that saved
#: it: the counter makes that call at once (with the PIN) and writes its outcome;
#: only after this (longer than the client's timeouts) does the worker step in.
PIN_GRACE_SECONDS = 60.0
_WAITING_FOR_COUNTER = Notice(Why.COUNTER_COMPLETING)
# While the counter of this very process is making the call, look again this often.
_UNDER_WAY_RECHECK = 2.0


class Outcome(str, enum.Enum):
    SENT = "sent"
    RETRY = "retry"
    FAILED = "failed"
    WAITING = "waiting"  # left to the counter that is making the call itself


@dataclasses.dataclass(frozen=True)
class Settled:
    """What one attempt did; `link` is None when it taught nothing about the connection."""

    outcome: Outcome
    link: ConnectivityState | None
    error: Notice | None = None


def settle_operation(
    store: Store,
    client: LoyaltyClient,
    op: Operation,
    *,
    clock: Callable[[], float],
    backoff: Backoff,
    under_way: CallsUnderWay,
) -> Settled:
    """Send `op` (or learn what became of its last attempt) and record the outcome in `store`.

    An operation in `under_way` is left to the counter making its call.
    """
    opid = op.operationid
    kind = MovementType(op.type)
    if opid in under_way:
        return _leave_to_counter(store, op, next_attempt_at=clock() + _UNDER_WAY_RECHECK)
    # Marked before the call, so a crash during it leaves a trace: the next
    # attempt then asks the server what happened before repeating.
    store.mark_inflight(opid)
    try:
        result = _perform(client, op)
        if result is None:
            # A PIN-checked call the server has not applied (yet): the counter that
            # saved it may still be making it; after the grace it never will.
            if clock() < op.created_at + PIN_GRACE_SECONDS:
                return _leave_to_counter(store, op, next_attempt_at=op.created_at + PIN_GRACE_SECONDS)
            result = send_operation(client, op)  # raises UnsendableOperation: never sent without the PIN
    except UnsendableOperation as exc:
        store.mark_failed(opid, error=exc.notice)
        log.warning("operation %s (%s, card %s): failed, cannot be sent: %s", opid, kind.value, op.card, exc.detail)
        return Settled(Outcome.FAILED, None, exc.notice)
    except LoyaltyError as exc:
        verdict = judge(exc)
        if verdict.final:
            store.mark_failed(opid, error=exc.notice)
            log.warning("operation %s (%s, card %s): failed: %s", opid, kind.value, op.card, _why(exc))
            return Settled(Outcome.FAILED, verdict.link, exc.notice)
        wait = backoff.delay(op.attempts + 1, verdict.retry_after)
        store.mark_retry(opid, error=exc.notice, next_attempt_at=clock() + wait)
        log.info(
            "operation %s (%s, card %s): retry in %.3f s after %s", opid, kind.value, op.card, wait, _why(exc)
        )
        return Settled(Outcome.RETRY, verdict.link, exc.notice)
    store.mark_done(
        opid, result=result.to_json(), points=result.balance.points, credit=result.balance.credit
    )
    log.info(
        "operation %s (%s, card %s): sent, movement %d%s",
        opid, kind.value, op.card, result.movementid, " (replayed)" if result.replayed else "",
    )
    return Settled(Outcome.SENT, ConnectivityState.ONLINE)


def _leave_to_counter(store: Store, op: Operation, *, next_attempt_at: float) -> Settled:
    try:
        store.mark_retry(op.operationid, error=_WAITING_FOR_COUNTER, next_attempt_at=next_attempt_at)
    except StoreError as exc:
        if exc.code != "wrong_state":
            raise
        # The counter settled it meanwhile: nothing left to do.
    log.info("operation %s (%s, card %s): left to the counter for now", op.operationid, op.type.value, op.card)
    return Settled(Outcome.WAITING, None)


def _perform(client: LoyaltyClient, op: Operation) -> MovementResult | None:
    """The server's result for `op`: its stored one if an earlier attempt went through, else a new call.

    None for a PIN-checked operation the server does not know: it cannot be sent from here.
    """
    pin = needs_pin(op)
    if op.state == OperationState.INFLIGHT or pin:
        # The last attempt's answer was never seen (a crash, or the counter's own
        # call): ask rather than guess. Repeating with the same key would also be
        # safe for a plain write, but a PIN-checked one cannot be repeated at all.
        known = client.operation(op.operationid)
        if known is not None:
            return known.result
        if pin:
            return None
    return send_operation(client, op)


def _why(error: LoyaltyError) -> str:
    """The error for the log: our own names and codes only, never the server's text or a body."""
    if isinstance(error, NetworkError):
        return f"{error.problem.value} ({error.cause})"
    if isinstance(error, ApiError):
        code = int(error.answer_code) if error.answer_code is not None else "-"
        return f"{error.problem.value} ({error.status}/{code})"
    if isinstance(error, BadAnswer):
        return f"{error.problem.value} ({error.detail})"
    return error.problem.value
