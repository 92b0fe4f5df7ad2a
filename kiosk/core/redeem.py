"""Redeeming points and credit: each step of a PIN-checked redemption, and the offline caps.

A redemption needs the server by default: the operation is saved in the outbox
(never with the PIN) already marked in flight, the call is made at once, and its
outcome is written back. A crash in between leaves the in-flight row, which the
sync worker settles by asking the server what became of it. Only where the
campaign's `offlinepolicy` allows it, a manager may approve a capped points
redemption while the server cannot be reached; it then waits in the outbox.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from typing import TYPE_CHECKING, Generic, TypeVar

from kiosk.api import (
    ApiError,
    LoyaltyError,
    MovementType,
    NetworkError,
    Problem,
)
from kiosk.api.marta import AnswerCode
from kiosk.api.utctime import utc_text
from kiosk.domain.errors import CardRefused, Notice, Why
from kiosk.domain.identifiers import check_card
from kiosk.domain.redemption import Redemption, Tender
from kiosk.store import StoreError
from kiosk.api.marta import OFFLINE_APPROVAL

if TYPE_CHECKING:
    # Annotations only: the answers' models and the store's SQL load after the counter's first paint.
    from kiosk.api import Campaign, MovementResult
    from kiosk.store import NewOperation, Operation, Store
    from kiosk.sync.underway import CallsUnderWay
    # Annotations only: kiosk.api.client loads httpx, which the counter loads on first use (kiosk.app.ClientOnFirstUse).
    from kiosk.api.client import LoyaltyClient

__all__ = [
    "Outcome",
    "Attempt",
    "MadeAttempt",
    "offline_room",
    "save_redemption",
    "save_in_flight",
    "save_offline_redemption",
    "send_redemption",
    "call_redemption",
    "record_reply",
    "Reply",
    "refusal",
    "unanswered",
    "OFFLINE_APPROVAL",
]

_HOUR = 3600.0
#: Statuses that say the server turned the request away before doing anything: busy, unavailable.
_TURNED_AWAY = (429, 503)


class Outcome(str, enum.Enum):
    DONE = "done"  # the server applied it: `result` holds the new balance
    WRONG_PIN = "wrong_pin"  # nothing redeemed; `attempts_left` when the server said
    LOCKED = "locked"  # nothing redeemed; the PIN must be reset
    REFUSED = "refused"  # nothing redeemed, for another reason the server gave (not enough points...)
    UNREACHABLE = "unreachable"  # nothing redeemed: the request never reached the server
    UNKNOWN = "unknown"  # the answer was lost: the sync worker will learn the outcome


@dataclasses.dataclass(frozen=True)
class Attempt:
    """What one PIN-checked call came to, and what to tell the cashier and the customer (`notice`)."""

    outcome: Outcome
    operation: Operation
    notice: Notice
    result: MovementResult | None = None
    attempts_left: int | None = None


T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class MadeAttempt(Generic[T]):
    """What one PIN-checked call that makes something (a voucher, a prize request) came to, and the thing when known.

    `made` is None when the answer was lost and settled by asking: the operation's movement is known
    (`attempt.result`), not what it made, which the customer's own lists then show.
    """

    attempt: Attempt
    made: T | None = None

    @property
    def outcome(self) -> Outcome:
        return self.attempt.outcome

    @property
    def notice(self) -> Notice:
        return self.attempt.notice

    @property
    def attempts_left(self) -> int | None:
        return self.attempt.attempts_left

    @property
    def points(self) -> int | None:
        """The card's points after it, when the server said (done, or a lost answer settled by asking)."""
        result = self.attempt.result
        return result.balance.points if result is not None else None


def offline_room(store: Store, campaign: Campaign | None, card: str, *, now: float) -> int:
    """Points this card may still redeem with a manager's approval, while the server cannot be reached."""
    if campaign is None or not campaign.offlinepolicy.redeem:
        return 0
    policy = campaign.offlinepolicy
    since = now - policy.redeemwindowhours * _HOUR
    room = policy.redeemmaxpoints - store.offline_redeemed(since=since, card=card)
    if policy.redeemmaxtotalpoints > 0:
        room = min(room, policy.redeemmaxtotalpoints - store.offline_redeemed(since=since))
    return max(0, room)


def _operation(plan: Redemption, **extra: object) -> NewOperation:
    from kiosk.store import NewOperation  # the store's records: after the first paint (see the imports)

    card = check_card(plan.card)
    if plan.tender is Tender.POINTS:
        return NewOperation(
            type=MovementType.BURNPOINTS, card=card, body={"card": card, "points": plan.amount, **extra},
            points_delta=-plan.amount,
        )
    return NewOperation(
        type=MovementType.BURNCREDIT, card=card, body={"card": card, "credit": plan.amount, **extra},
        credit_delta=-plan.amount,
    )


def save_redemption(store: Store, plan: Redemption, *, under_way: CallsUnderWay) -> Operation:
    """Save the redemption, without its PIN, as a call under way: done before the call, so a crash leaves a trace.

    From here this process owns the call (`under_way` holds it): the sync worker
    leaves the operation alone until record_reply() has written its outcome.
    """
    return save_in_flight(store, _operation(plan), under_way=under_way)


def save_in_flight(store: Store, new: NewOperation, *, under_way: CallsUnderWay) -> Operation:
    """Save a PIN-checked operation (never its PIN) as a call under way that this process owns until it records it."""
    under_way.begin(new.operationid)
    try:
        return store.enqueue(new, inflight=True)
    except BaseException:
        under_way.end(new.operationid)
        raise


def save_offline_redemption(store: Store, campaign: Campaign | None, plan: Redemption, *, now: dt.datetime) -> Operation:
    """Queue a manager-approved points redemption for the sync worker; CardRefused beyond the campaign's caps."""
    if plan.tender is not Tender.POINTS:
        raise CardRefused(Why.CREDIT_NEEDS_SERVER)
    if campaign is None or not campaign.offlinepolicy.redeem:
        raise CardRefused(Why.REDEEM_NEEDS_SERVER)
    room = offline_room(store, campaign, plan.card, now=now.timestamp())
    if plan.amount > room:
        hours = campaign.offlinepolicy.redeemwindowhours
        raise CardRefused(Why.OFFLINE_CAP, room=room, hours=hours)
    return store.enqueue(_operation(plan, approval=OFFLINE_APPROVAL, datetime=utc_text(now)))


_LOST = Notice(Why.ANSWER_LOST)
_REDEEMED = Notice(Why.REDEEMED)


@dataclasses.dataclass(frozen=True)
class Reply:
    """What the server made of one PIN-checked call, before anything is written."""

    outcome: Outcome
    notice: Notice
    result: MovementResult | None = None
    attempts_left: int | None = None


def send_redemption(
    client: LoyaltyClient, store: Store, op: Operation, pincode: str, *, under_way: CallsUnderWay
) -> Attempt:
    """Make the PIN-checked call for the saved `op` and write its outcome, all in the calling thread."""
    return record_reply(store, op, call_redemption(client, op, pincode), under_way=under_way)


def call_redemption(client: LoyaltyClient, op: Operation, pincode: str) -> Reply:
    """The call for the saved `op` (network only); the PIN goes no further than this call."""
    try:
        if op.type is MovementType.BURNPOINTS:
            result = client.burn_points(op.card, points=int(op.body["points"]), pincode=pincode,
                                        operationid=op.operationid)
        else:
            result = client.burn_credit(op.card, credit=int(op.body["credit"]), pincode=pincode,
                                        operationid=op.operationid)
    except ApiError as exc:
        return refusal(client, op, exc)
    except LoyaltyError as exc:
        return unanswered(client, op, exc)
    return Reply(Outcome.DONE, _REDEEMED, result=result)


def record_reply(store: Store, op: Operation, reply: Reply, *, under_way: CallsUnderWay) -> Attempt:
    """Write what the server said into the outbox: done, refused (nothing happened) or left for the worker."""
    try:
        return _record(store, op, reply)
    finally:
        under_way.end(op.operationid)


def _record(store: Store, op: Operation, reply: Reply) -> Attempt:
    if reply.outcome is Outcome.DONE:
        assert reply.result is not None
        result = reply.result
        try:
            store.mark_done(op.operationid, result=result.to_json(), points=result.balance.points,
                            credit=result.balance.credit)
        except StoreError as exc:
            if exc.code != "wrong_state":  # the sync worker may have settled it first: the same outcome
                raise
    elif reply.outcome is not Outcome.UNKNOWN:
        store.mark_refused(op.operationid, error=reply.notice)
    settled = store.operation(op.operationid) or op
    return Attempt(reply.outcome, settled, reply.notice, result=reply.result, attempts_left=reply.attempts_left)


def refusal(client: LoyaltyClient, op: Operation, exc: ApiError) -> Reply:
    """What a refusal of a PIN-checked call means (a wrong or locked PIN, a refusal, or an answer to ask about)."""
    code = exc.answer_code
    if code == AnswerCode.WRONG_PIN:
        left = exc.attempts_left
        said = Notice(Why.WRONG_PIN, {} if left is None else {"attempts": left}, then=Why.NOTHING_REDEEMED)
        return Reply(Outcome.WRONG_PIN, said, attempts_left=left)
    if code == AnswerCode.PIN_LOCKED:
        return Reply(Outcome.LOCKED, Notice(Why.PIN_LOCKED))
    if exc.problem is Problem.TOO_MANY_TRIES:
        # Held back before the PIN was even checked: nothing happened, and the wait is the news.
        return Reply(Outcome.REFUSED, exc.notice.followed_by(Why.NOTHING_REDEEMED))
    if exc.status >= 500 or exc.status in _TURNED_AWAY or code == AnswerCode.OPERATION_RUNNING:
        # The server may have started it: ask rather than guess.
        return unanswered(client, op, exc)
    return Reply(Outcome.REFUSED, exc.notice.followed_by(Why.NOTHING_REDEEMED))


def unanswered(client: LoyaltyClient, op: Operation, exc: LoyaltyError) -> Reply:
    """No answer to act on: ask the server what became of the operation before saying anything."""
    # Never sent, or turned away before any work (busy, unavailable): presumed not applied,
    # unless the server itself says otherwise.
    turned_away = isinstance(exc, NetworkError) and not exc.maybe_applied or (
        isinstance(exc, ApiError) and exc.status in _TURNED_AWAY
    )
    unreachable = Reply(Outcome.UNREACHABLE, Notice(Why.SERVER_UNREACHABLE, then=Why.NOTHING_REDEEMED))
    try:
        known = client.operation(op.operationid)
    except LoyaltyError:
        return unreachable if turned_away else Reply(Outcome.UNKNOWN, _LOST)
    if known is not None:
        return Reply(Outcome.DONE, _REDEEMED, result=known.result)
    if turned_away:
        return unreachable
    if isinstance(exc, ApiError) and exc.answer_code != AnswerCode.OPERATION_RUNNING:
        # A server fault, and the server says it never applied it.
        return Reply(Outcome.REFUSED, exc.notice.followed_by(Why.NOTHING_REDEEMED_TRY_AGAIN))
    # The server does not know it (yet): the worker asks again after a while, then settles it.
    return Reply(Outcome.UNKNOWN, _LOST)
