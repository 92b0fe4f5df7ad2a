"""One outbox operation turned into the client call that performs it, under its own Idempotency-Key."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kiosk.api import MovementResult, MovementType
from kiosk.domain.errors import KioskError, Why
from kiosk.store import Operation

if TYPE_CHECKING:
    # Annotations only: kiosk.api.client loads httpx, which the counter loads on first use (kiosk.app.ClientOnFirstUse).
    from kiosk.api.client import LoyaltyClient

__all__ = ["send_operation", "UnsendableOperation", "PIN_CHECKED", "needs_pin"]

#: Writes the server checks against the customer's PIN. The PIN is never stored,
#: so the worker can only learn their outcome, never send them again.
#: A points-to-voucher (the kiosk's "Turn points into a voucher") is one of them: the worker only asks about it.
#: So is a prize requested at the kiosk (its "prize" movement is found by asking, never made twice).
PIN_CHECKED: frozenset[MovementType] = frozenset(
    {MovementType.BURNPOINTS, MovementType.BURNCREDIT, MovementType.VOUCHER, MovementType.PRIZE}
)


def needs_pin(op: Operation) -> bool:
    """True for a redemption the customer's PIN checks (not one a manager approved offline)."""
    return MovementType(op.type) in PIN_CHECKED and not op.approved_offline


class UnsendableOperation(KioskError):
    """The saved operation lacks what its call needs; `detail` names it, for the log."""

    def __init__(self, what: Why, *, detail: str, **params: object) -> None:
        super().__init__(what, **params)
        self.detail = detail


def send_operation(client: LoyaltyClient, op: Operation) -> MovementResult:
    """Make the call `op` stands for, with `operationid=op.operationid`; errors are the client's.

    Raises UnsendableOperation for a PIN-checked operation or a body that
    cannot make its call (neither will ever succeed, so the op is to be parked).
    """
    kind = MovementType(op.type)
    if needs_pin(op):
        raise UnsendableOperation(
            Why.NEEDS_PIN_AGAIN,
            detail=f"{kind.value} cannot be repeated without its PIN",
        )
    call = _CALLS[kind]
    try:
        perform = call(client, op, op.body)
    except (KeyError, TypeError, ValueError) as exc:
        raise UnsendableOperation(
            Why.SAVED_INCOMPLETE,
            kind=kind.value,
            # Only a missing key's name is logged: a value could be anything the till typed.
            detail=f"{kind.value} body unusable: "
            + (f"no {exc.args[0]!r}" if isinstance(exc, KeyError) else type(exc).__name__),
        ) from None
    return perform()


# Each builder reads the body first and returns the call, so a malformed body
# is told apart from an error raised by the call itself.
_Builder = Callable[["LoyaltyClient", Operation, dict[str, Any]], Callable[[], MovementResult]]


def _purchase(client: LoyaltyClient, op: Operation, body: dict[str, Any]) -> Callable[[], MovementResult]:
    amount, receipt, when = _integer(body["amount"]), str(body["receipt"]), _when(body)
    return lambda: client.purchase(op.card, amount=amount, receipt=receipt, operationid=op.operationid, when=when)


def _loadcredit(client: LoyaltyClient, op: Operation, body: dict[str, Any]) -> Callable[[], MovementResult]:
    credit = _integer(body["credit"])
    return lambda: client.load_credit(op.card, credit=credit, operationid=op.operationid)


def _reversal(client: LoyaltyClient, op: Operation, body: dict[str, Any]) -> Callable[[], MovementResult]:
    movementid = _integer(body["movementid"])
    return lambda: client.reverse(movementid, operationid=op.operationid)


def _offline_burn(client: LoyaltyClient, op: Operation, body: dict[str, Any]) -> Callable[[], MovementResult]:
    points, when = _integer(body["points"]), _when(body)
    return lambda: client.burn_points_offline(op.card, points=points, operationid=op.operationid, when=when)


def _when(body: dict[str, Any]) -> dt.datetime:
    """The body's time as utc_text() wrote it; one without a zone was never written by us."""
    when = dt.datetime.fromisoformat(str(body["datetime"]))
    if when.tzinfo is None:
        raise ValueError("datetime")
    return when


def _integer(value: Any) -> int:
    # A bool is an int to Python but never a count of cents or an id.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("not an integer")
    return value


_CALLS: dict[MovementType, _Builder] = {
    MovementType.PURCHASE: _purchase,
    MovementType.LOADCREDIT: _loadcredit,
    MovementType.REVERSAL: _reversal,
    # Only a manager-approved one gets here: needs_pin() stopped the others.
    MovementType.BURNPOINTS: _offline_burn,
}
