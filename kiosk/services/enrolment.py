"""Enrolment off the GUI thread: drives the onboarding machine, performs its calls, keeps its progress on disk."""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from kiosk.api import Campaign
from kiosk.core.onboarding import Enrolment
from kiosk.domain import onboarding as ob
from kiosk.domain.errors import KioskError, Notice, Why, message_for
from kiosk.domain.identifiers import parse_lookup
from kiosk.services.context import ServiceContext
from kiosk.services.operation import Op, Scope
from kiosk.services.printing import ReceiptPrinting, receipt_printing
from kiosk.settings import Settings

__all__ = ["EnrolmentService", "Stepping", "rules_for"]

log = logging.getLogger("kiosk.ui")

# Steps with nothing worth going back to: the saved enrolment is forgotten there.
_NOTHING_TO_RESUME = (ob.Step.START, ob.Step.DONE, ob.Step.LOGIN)


def rules_for(settings: Settings, campaign: Campaign | None) -> ob.Rules:
    """The shop's password rules (settings) and the campaign's PIN length, for the machine."""
    return ob.Rules(
        password_min_length=settings.password_min_length,
        password_needs_letter=settings.password_needs_letter,
        password_needs_digit=settings.password_needs_digit,
        pin_digits=campaign.pincodelength if campaign is not None else ob.Rules.pin_digits,
        phone_region=settings.phone_region,
    )


class Stepping:
    """One step of the enrolment, for the caller alone; nothing runs before `run()`.

    `state(cb)` hears the machine's state at once (busy while its call is on its
    way), then the state after each call the step makes (an answer may ask for
    another call), the last one at rest. The step goes on, and its resting state
    is kept in the store, whatever becomes of the caller: once the caller's Scope
    has ended (its wizard closed), it hears nothing more. A new enrolment (start,
    Restart, discard) drops the calls of the one before: their answers change
    nothing and are kept nowhere. A step asked while a call is on its way (a
    double press, a late key) does nothing and says nothing.
    """

    def __init__(
        self,
        service: EnrolmentService,
        parent: Scope,
        change: Callable[[], ob.State | None],
        *,
        kept: bool = True,
    ) -> None:
        self._service = service
        self._parent = parent
        self._change = change
        self._kept = kept
        self._on_state: Callable[[ob.State], None] = lambda _state: None

    def state(self, callback: Callable[[ob.State], None]) -> Stepping:
        """`callback(state)` on the GUI thread: at once, then after each call, until the machine rests."""
        self._on_state = callback
        return self

    def run(self) -> None:
        """Take the step (call it on the GUI thread): its first state is heard before this returns."""
        state = self._change()
        if state is not None:
            self._service._go(state, self._tell, kept=self._kept)

    def _tell(self, state: ob.State) -> None:
        parent = self._parent
        if shiboken6.isValid(parent) and not parent.ended:
            self._on_state(state)


class EnrolmentService(QObject):
    """One enrolment at a time, for the wizard: each step it asks is an operation answering it alone (`Stepping`).

    While the machine's state is busy with an action, the action runs on the
    network runner and its outcome is fed back as the next event. Each enrolment
    has its own Scope here: a new one ends it, and an outcome still on its way
    for the one before is dropped. Every resting state is saved in the terminal's
    store (State.to_json(): no password, code or PIN), so a closed window or a
    crash goes on where it was (`resume`).
    """

    @property
    def printing(self) -> ReceiptPrinting:
        """The terminal's receipt printer (kiosk.services.printing)."""
        return receipt_printing(self._ctx)

    def __init__(
        self,
        ctx: ServiceContext,
        *,
        campaign: Campaign | None = None,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.campaign = campaign
        #: The time the code's expiry and "resend after" are measured with (a test moves it with the sandbox's).
        self.clock = clock
        self._enrolment = Enrolment(ctx.client, rules=self.rules, clock=self.now)
        self._scope = Scope(self)  # this enrolment's calls and saves; ended by the next enrolment
        self._asked_campaign = False

    # -- what the wizard reads ------------------------------------------------

    @property
    def state(self) -> ob.State:
        return self._enrolment.state

    @property
    def rules(self) -> ob.Rules:
        return rules_for(self._ctx.settings, self.campaign)

    def now(self) -> float:
        return self.clock()

    def set_campaign(self, campaign: Campaign) -> None:
        """Slot: the campaign as the counter fetched it (its PIN length is the rule for the PIN)."""
        self.campaign = campaign
        self._enrolment.rules = self.rules

    def _need_campaign(self) -> None:
        if self.campaign is not None or self._asked_campaign:
            return
        self._asked_campaign = True
        ask = Op.network(self._ctx, self._ctx.client.campaign, parent=self)
        ask.success(self.set_campaign).failure(self._no_campaign).run()

    def _no_campaign(self, exc: Exception) -> None:
        self._asked_campaign = False  # ask again next time
        log.info("enrolment: campaign not fetched: %s", _message(exc).what.value)

    # -- what the wizard asks -------------------------------------------------

    def resume(self, *, parent: QObject) -> Op[ob.State | None]:
        """Look for an unfinished enrolment kept here: it, ready to go on, or None (also when it cannot be read)."""
        self._need_campaign()

        def load() -> ob.State | None:
            try:
                saved = self._ctx.stores.get().saved_enrolment()
                return None if saved is None else ob.State.from_json(saved)
            except Exception as exc:  # noqa: BLE001 - an unreadable one is none: the wizard starts afresh
                log.warning("enrolment: the saved one could not be read: %s", _message(exc).what.value)
                return None

        return Op.store(self._ctx, load, parent=parent)

    def start(self, state: ob.State | None = None, *, parent: Scope, kept: bool = True) -> Stepping:
        """Begin a new enrolment, or go on with `state` (a saved one); the calls of the one before are dropped.

        `kept=False`: the enrolment saved on this terminal stays saved (the kiosk's blank start for the next
        person: it goes on only when its address is typed again); the one in memory is forgotten all the same.
        """
        return Stepping(self, parent, lambda: self._new(state), kept=kept)

    def identify(self, text: str, *, parent: Scope) -> Stepping:
        """The card, e-mail or mobile the customer gave, read as the counter reads it, then checked."""

        def change() -> ob.State | None:
            state = self.state
            if state.busy is not None:
                return None
            try:
                lookup = parse_lookup(text, default_region=self._ctx.settings.phone_region)
            except KioskError as exc:
                return dataclasses.replace(state, message=exc.notice, problem=ob.Problem.BAD_FIELD,
                                           errors={"lookup": exc.notice})
            return ob.advance(state, ob.Identify(lookup), self.rules)

        return Stepping(self, parent, change, kept=False)

    def advance(self, event: ob.Event, *, parent: Scope) -> Stepping:
        """What the person did; nothing while a call is on its way, but a Restart (a new enrolment)."""

        def change() -> ob.State | None:
            if isinstance(event, ob.Restart):
                return self._new(None)
            if self.state.busy is not None:
                log.debug("enrolment: %s ignored while busy", type(event).__name__)
                return None
            return ob.advance(self.state, event, self.rules)

        return Stepping(self, parent, change)

    def keep(self, values: Mapping[str, Any], *, parent: Scope) -> Stepping:
        """What is typed in the form so far, kept (and saved) before it is submitted: a closed window loses none."""

        def change() -> ob.State | None:
            state = self.state
            if state.step is not ob.Step.DATA or state.busy is not None:
                return None
            merged = {**state.values, **{name: value for name, value in values.items() if value is not None}}
            return None if merged == dict(state.values) else dataclasses.replace(state, values=merged)

        return Stepping(self, parent, change)

    def keep_address(self, typed: str, *, parent: Scope) -> Stepping:
        """The address typed on the credentials page, kept (and saved) before the code is asked for."""

        def change() -> ob.State | None:
            state = self.state
            if state.step is not ob.Step.CREDENTIALS or state.busy is not None or typed == state.draft_address:
                return None
            return dataclasses.replace(state, draft_address=typed)

        return Stepping(self, parent, change)

    def discard(self, *, parent: Scope) -> Stepping:
        """Forget the enrolment, in memory and on disk (its calls still on their way are dropped)."""
        return self.start(parent=parent)

    # -- the machine ----------------------------------------------------------

    def _new(self, state: ob.State | None) -> ob.State:
        """A new enrolment: the one before ends here, with whatever it still had on its way."""
        self._scope.end()
        self._scope = Scope(self)
        self._need_campaign()
        self._enrolment = Enrolment(self._ctx.client, rules=self.rules, state=state or ob.State(), clock=self.now)
        return self._enrolment.state

    def _go(self, state: ob.State, tell: Callable[[ob.State], None], *, kept: bool = True) -> None:
        """`state` is the machine's now: told, then its call made for this enrolment, or, at rest, kept."""
        self._enrolment.state = state
        tell(state)
        if state.busy is None:
            if kept:
                self._rest(state)
            return
        action, enrolment = state.busy, self._enrolment

        def answered(event: ob.Event) -> None:
            self._go(ob.advance(self.state, event, self.rules), tell)

        def crashed(exc: Exception) -> None:
            answered(ob.Failed(ob.Problem.REFUSED, _message(exc)))

        # Under this enrolment's scope, not the caller's: a closed wizard's step still ends and is kept.
        Op.network(self._ctx, lambda: enrolment.perform(action), parent=self._scope) \
            .success(answered).failure(crashed).run()

    def _rest(self, state: ob.State) -> None:
        if state.step in _NOTHING_TO_RESUME:
            self._forget()
        else:
            self._save(state)

    # -- the store ------------------------------------------------------------

    def _save(self, state: ob.State) -> None:
        saved = state.to_json()
        self._store(lambda store: store.save_enrolment(saved))

    def _forget(self) -> None:
        self._store(lambda store: store.forget_enrolment())

    def _store(self, write: Callable[[Any], None]) -> None:
        """A write of this enrolment's progress: it reaches the disk even if the next enrolment begins meanwhile."""
        stores = self._ctx.stores
        Op.store(self._ctx, lambda: write(stores.get()), parent=self._scope) \
            .always_finish().failure(_not_kept).run()


def _not_kept(exc: Exception) -> None:
    log.warning("enrolment: progress not kept: %s", _message(exc).what.value)


def _message(exc: Exception) -> Notice:
    return message_for(exc, log, "enrolment work", then=Why.TRY_AGAIN)
