"""Enrolment off the GUI thread: drives the onboarding machine, performs its calls, keeps its progress on disk."""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.api import Campaign
from kiosk.core.onboarding import Enrolment
from kiosk.domain import onboarding as ob
from kiosk.domain.errors import KioskError, Notice, Why, message_for
from kiosk.domain.identifiers import parse_lookup
from kiosk.services.context import ServiceContext
from kiosk.services.operation import Op
from kiosk.settings import Settings

__all__ = ["EnrolmentService", "rules_for"]

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


class EnrolmentService(QObject):
    """One enrolment at a time, for the wizard: `send(event)` and watch `changed`.

    While the machine's state is busy with an action, the action runs on the
    network runner and its outcome is fed back as the next event; an outcome
    for an enrolment that was restarted meanwhile is dropped. Every resting
    state is saved in the terminal's store (State.to_json(): no password, code
    or PIN), so a closed window or a crash goes on where it was (`resume`).
    """

    changed = Signal(object)  # State, after every step of the machine
    campaign_ready = Signal(object)  # Campaign: its PIN length and card format

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
        self._ticket = 0
        self._enrolment = Enrolment(ctx.client, rules=self.rules, clock=self.now)
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
        self.campaign_ready.emit(campaign)

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

    def start(self, state: ob.State | None = None) -> None:
        """Begin a new enrolment, or go on with `state` (a saved one); anything still on its way is dropped."""
        self._ticket += 1
        self._need_campaign()
        self._enrolment = Enrolment(self._ctx.client, rules=self.rules, state=state or ob.State(), clock=self.now)
        self._show(self._enrolment.state)
        self._rest(self._enrolment.state)

    def identify(self, text: str) -> None:
        """The card, e-mail or mobile the customer gave, read as the counter reads it, then checked."""
        if self.state.busy is not None:
            return
        try:
            lookup = parse_lookup(text, default_region=self._ctx.settings.phone_region)
        except KioskError as exc:
            self._show(dataclasses.replace(self.state, message=exc.notice, problem=ob.Problem.BAD_FIELD,
                                           errors={"lookup": exc.notice}))
            return
        self.send(ob.Identify(lookup))

    def send(self, event: ob.Event) -> None:
        """What the person did; ignored while a call is on its way (a double press, a late key)."""
        if self.state.busy is not None and not isinstance(event, ob.Restart):
            log.debug("enrolment: %s ignored while busy", type(event).__name__)
            return
        if isinstance(event, ob.Restart):
            self._ticket += 1
        self._step(ob.advance(self.state, event, self.rules))

    def keep(self, values: Mapping[str, Any]) -> None:
        """What is typed in the form so far, kept (and saved) before it is submitted: a closed window loses none."""
        state = self.state
        if state.step is not ob.Step.DATA or state.busy is not None:
            return
        merged = {**state.values, **{name: value for name, value in values.items() if value is not None}}
        if merged != dict(state.values):
            self._enrolment.state = dataclasses.replace(state, values=merged)
            self._save(self._enrolment.state)

    def keep_address(self, typed: str) -> None:
        """The address typed on the credentials page, kept (and saved) before the code is asked for."""
        state = self.state
        if state.step is not ob.Step.CREDENTIALS or state.busy is not None or typed == state.draft_address:
            return
        self._enrolment.state = dataclasses.replace(state, draft_address=typed)
        self._save(self._enrolment.state)

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

    def discard(self) -> None:
        """Forget the enrolment, in memory and on disk."""
        self._ticket += 1
        self._enrolment = Enrolment(self._ctx.client, rules=self.rules, clock=self.now)
        self._forget()
        self.changed.emit(self.state)

    # -- the machine ----------------------------------------------------------

    def _step(self, state: ob.State) -> None:
        self._show(state)
        if state.busy is None:
            self._rest(state)
            return
        ticket, action, enrolment = self._ticket, state.busy, self._enrolment
        (
            Op.network(self._ctx, lambda: enrolment.perform(action), parent=self)
            .success(lambda event: self._performed(ticket, event))
            .failure(lambda exc: self._crashed(ticket, exc))
            .run()
        )

    def _performed(self, ticket: int, event: ob.Event) -> None:
        if ticket != self._ticket or self.state.busy is None:
            return  # an answer for an enrolment restarted or given up meanwhile
        self._step(ob.advance(self.state, event, self.rules))

    def _crashed(self, ticket: int, exc: Exception) -> None:
        self._performed(ticket, ob.Failed(ob.Problem.REFUSED, _message(exc)))

    def _show(self, state: ob.State) -> None:
        self._enrolment.state = state
        self.changed.emit(state)

    def _rest(self, state: ob.State) -> None:
        if state.step in _NOTHING_TO_RESUME:
            self._forget()
        else:
            self._save(state)

    # -- the store ------------------------------------------------------------

    def _save(self, state: ob.State) -> None:
        saved = state.to_json()
        Op.store(self._ctx, lambda: self._ctx.stores.get().save_enrolment(saved), parent=self).failure(_not_kept).run()

    def _forget(self) -> None:
        Op.store(self._ctx, lambda: self._ctx.stores.get().forget_enrolment(), parent=self).failure(_not_kept).run()


def _not_kept(exc: Exception) -> None:
    log.warning("enrolment: progress not kept: %s", _message(exc).what.value)


def _message(exc: Exception) -> Notice:
    return message_for(exc, log, "enrolment work", then=Why.TRY_AGAIN)
