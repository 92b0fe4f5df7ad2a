"""Redemptions and the customer's PIN off the GUI thread, as operations answering the screen that asks.

A PIN or a one-time code reaches this module only as an argument of the call
that sends it; it is held by that call's closure and nowhere else.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.api import ApiError, LoyaltyError
from kiosk.api.marta import AnswerCode
from kiosk.core import redeem
from kiosk.core.redeem import Attempt, Outcome, Reply
from kiosk.domain.errors import Notice, Why, message_for
from kiosk.domain.redemption import Redemption
from kiosk.services.context import ServiceContext
from kiosk.services.counter import CounterService, Saved
from kiosk.services.operation import Op

if TYPE_CHECKING:
    from kiosk.store import Operation
    from kiosk.api import PinResetCodeSent  # the answers' models load after the first paint
    from kiosk.core.terminal import CardAnswer

__all__ = ["RedeemService", "Redeemed", "PinTrouble", "pin_trouble"]

log = logging.getLogger("kiosk.ui")


@dataclasses.dataclass(frozen=True)
class Redeemed:
    """One PIN-checked attempt's outcome and the card as it stands after it."""

    attempt: Attempt
    card: CardAnswer | None
    when: dt.datetime

    @property
    def outcome(self) -> Outcome:
        return self.attempt.outcome


@dataclasses.dataclass(frozen=True)
class PinTrouble:
    """Why a PIN change or reset did not happen: `locked` offers the reset; `unreachable` says try later."""

    notice: Notice
    locked: bool = False
    unreachable: bool = False
    attempts_left: int | None = None


def _message(exc: Exception) -> Notice:
    return message_for(exc, log, "redemption work", then=Why.NOTHING_REDEEMED)


def pin_trouble(exc: Exception) -> PinTrouble:
    """Why a PIN operation failed, from its exception: for the screen to say and to offer the reset."""
    if isinstance(exc, ApiError) and exc.answer_code == AnswerCode.WRONG_PIN:
        left = exc.attempts_left
        return PinTrouble(Notice(Why.CURRENT_PIN_WRONG, {} if left is None else {"attempts": left}), attempts_left=left)
    if isinstance(exc, ApiError) and exc.answer_code == AnswerCode.PIN_LOCKED:
        return PinTrouble(Notice(Why.PIN_LOCKED_RESET), locked=True)
    from kiosk.core.terminal import falls_back  # not before the counter's first paint: see kiosk.services.counter

    if isinstance(exc, LoyaltyError) and falls_back(exc):
        return PinTrouble(Notice(Why.SERVER_UNREACHABLE, then=Why.TRY_AGAIN), unreachable=True)
    return PinTrouble(message_for(exc, log, "PIN work"))


class RedeemService(QObject):
    """Redeem on a card, and change or reset the customer's PIN."""

    def __init__(self, ctx: ServiceContext, counter: CounterService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._counter = counter

    # -- redeem -------------------------------------------------------------

    def redeem(self, *, parent: QObject, plan: Redemption, pincode: str) -> Op[Redeemed]:
        """Save the redemption (without the PIN), make the PIN-checked call, write its outcome; answer with it.

        Every step runs even if the screen is closed meanwhile: a redemption saved is always settled
        (its outcome written, or left to the sync worker). The answer is done, refused, unreachable,
        or unknown (the worker will settle it, and the sync is woken for it).
        """
        client, ctx = self._ctx.client, self._ctx

        def save() -> Operation:
            return redeem.save_redemption(ctx.terminal().store, plan, under_way=ctx.under_way)

        def call(op: Operation) -> tuple[Operation, Reply]:
            try:
                return op, redeem.call_redemption(client, op, pincode)
            except Exception as exc:  # noqa: BLE001 - an outcome not known is settled by the sync worker
                return op, Reply(Outcome.UNKNOWN, _message(exc))

        def record(sent: tuple[Operation, Reply]) -> Redeemed:
            op, reply = sent
            terminal = ctx.terminal()
            try:
                attempt = redeem.record_reply(terminal.store, op, reply, under_way=ctx.under_way)
            except Exception:
                # The outcome could not be written: the worker must be free to settle the operation by asking.
                ctx.under_way.end(op.operationid)
                raise
            if attempt.outcome is Outcome.UNKNOWN:
                self._counter.wake_sync()  # the slip and the message learn the outcome from the sync
            return Redeemed(attempt, terminal.card_now(op.card), dt.datetime.now().astimezone())

        return Op.store(ctx, save, parent=parent).then_network(call).then_store(record).always_finish()

    def offline_room(self, card: str, *, parent: QObject) -> Op[int]:
        """How many points the card may still redeem with a manager's approval while offline (0: none)."""

        def work() -> int:
            terminal = self._ctx.terminal()
            now = dt.datetime.now().timestamp()
            return redeem.offline_room(terminal.store, terminal.campaign(), card, now=now)

        return Op.store(self._ctx, work, parent=parent)

    def redeem_offline(self, *, parent: QObject, plan: Redemption) -> Op[Saved]:
        """Queue a manager-approved points redemption; answers once it is in the outbox."""
        return self._counter.save_operation(
            parent=parent,
            card=plan.card,
            queue=lambda terminal, _card: redeem.save_offline_redemption(
                terminal.store, terminal.campaign(), plan, now=dt.datetime.now(dt.timezone.utc)
            ),
        )

    # -- the customer's PIN: failures come as exceptions, for `pin_trouble` ------

    def change_pin(self, card: str, current: str, new: str, *, parent: QObject) -> Op[str]:
        """Change the PIN: the customer signs in with card and current PIN, then sets the new one; gives the card."""
        client = self._ctx.client

        def work() -> str:
            session = client.customer_login_with_pin(card=card, pincode=current)
            return session.set_pin(new, pincode=current).card

        return Op.network(self._ctx, work, parent=parent)

    def send_reset_code(self, card: str, *, parent: QObject) -> Op[PinResetCodeSent]:
        """Send a one-time code to the e-mail or phone the customer gave the loyalty program."""
        client = self._ctx.client
        return Op.network(self._ctx, lambda: client.send_pin_reset_code(card), parent=parent)

    def reset_pin(self, card: str, code: str, new: str, *, parent: QObject) -> Op[str]:
        """Set a new PIN with the one-time code (this also lifts a lock); gives the card."""
        client = self._ctx.client
        return Op.network(self._ctx, lambda: client.reset_pin(card, code=code, newpincode=new).card, parent=parent)
