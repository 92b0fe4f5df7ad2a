"""The counter's work off the GUI thread: look-up, history, earn, top-up, refund and new cards, reported by signal."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.api import Campaign, Card, LoyaltyError, Movement, MovementResult
from kiosk.core.history import History, MovementLine
from kiosk.core.terminal import CardAnswer, LookupAnswer, NotFound, falls_back, fetch_card
from kiosk.domain.errors import KioskError, Notice, Why, message_for
from kiosk.domain.identifiers import Lookup, parse_lookup
from kiosk.services.context import ServiceContext
from kiosk.services.operation import Op
from kiosk.store import Operation, OperationState, StoreError
from kiosk.sync.connectivity import Connectivity

__all__ = ["CounterService", "Estimate", "Saved"]

log = logging.getLogger("kiosk.ui")

_SETTLED = (OperationState.DONE, OperationState.FAILED, OperationState.DISCARDED)


@dataclasses.dataclass(frozen=True)
class Estimate:
    """Points a purchase would earn: the server's own evaluation (`online`) or the campaign's rule kept here."""

    card: str
    amount: int
    points: int | None
    online: bool


@dataclasses.dataclass(frozen=True)
class Saved:
    """An operation committed to this terminal's outbox, with what its slip shows."""

    operation: Operation
    card: CardAnswer  # the card just after it, its effect included as pending
    line: MovementLine | None  # the movement a refund reverses
    when: dt.datetime


def _message(exc: Exception) -> Notice:
    return message_for(exc, log, "counter work", then=Why.TRY_AGAIN)


class CounterService(QObject):
    """Everything the counter asks for; each answer comes back by signal on the GUI thread.

    A look-up answers twice when it can: at once from the terminal's store, then
    fresh from the API. An answer to an older look-up (or to a customer already
    cleared) is dropped, so a slow server never puts a previous customer back.
    """

    looking_up = Signal(str)  # what was asked, cleaned
    answered = Signal(object)  # LookupAnswer: one card is shown, several are for the cashier to choose
    not_found = Signal(str, object)  # what was looked up, and why (a tuple of Notices, the store's first)
    refused = Signal(object)  # a Notice: the input or the request could not be served
    store_damaged = Signal(object)  # at start: the store's file is damaged; the Notice says what to do
    history_ready = Signal(object)  # History of the shown card
    card_refreshed = Signal(object)  # CardAnswer: the shown card after a save or a sync
    campaign_ready = Signal(object)  # Campaign
    saved = Signal(object)  # Saved: durably committed, "saved" may be said now
    save_failed = Signal(object)  # a Notice
    synced = Signal(str, object)  # operationid of a saved operation the server now has, its MovementResult
    sync_refused = Signal(str, object)  # operationid of a saved operation the server refused, and why (a Notice)
    issuing = Signal()  # a new card was asked of the server
    issued = Signal(object)  # CardAnswer of a new anonymous card
    cleared = Signal()

    def __init__(
        self, ctx: ServiceContext, *, on_saved: Callable[[], None] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        #: Called after every committed write, so the sync worker looks at the outbox at once.
        self.on_saved: Callable[[], None] = on_saved or (lambda: None)
        self._ticket = 0
        self.card: CardAnswer | None = None
        self.campaign: Campaign | None = None
        self._counts: tuple[int, int] | None = None
        self._waiting: set[str] = set()

    # -- plumbing ---------------------------------------------------------

    def _current(self, ticket: int) -> bool:
        return ticket == self._ticket

    # -- campaign ---------------------------------------------------------

    def start(self) -> None:
        """Show the campaign kept here at once, then fetch it fresh and keep it (its rules serve offline).

        The first use of the store also checks the file: a damaged one is said at once (`store_damaged`).
        """
        client = self._ctx.client
        (
            Op.store(self._ctx, lambda: self._ctx.terminal().campaign(), parent=self)
            .success(self._got_campaign)
            .failure(self._store_failed)
            .run()
        )
        (
            Op.network(self._ctx, client.campaign, parent=self)
            .success(self._keep_campaign)
            .failure(self._campaign_failed)
            .run()
        )

    def _keep_campaign(self, campaign: Campaign) -> None:
        self._got_campaign(campaign)
        keep = Op.store(self._ctx, lambda: self._ctx.terminal().remember_campaign(campaign), parent=self)
        keep.failure(self._campaign_failed).run()

    def _got_campaign(self, campaign: Campaign | None) -> None:
        if campaign is not None:
            self.campaign = campaign
            self.campaign_ready.emit(campaign)

    def _store_failed(self, exc: Exception) -> None:
        if isinstance(exc, StoreError) and exc.damaged:
            log.error("the terminal's database is damaged (%s): nothing will be saved", exc.code)
            self.store_damaged.emit(exc.notice)
            return
        self._campaign_failed(exc)

    def _campaign_failed(self, exc: Exception) -> None:
        log.info("campaign not fetched: %s", _message(exc).what.value)

    # -- look-up ----------------------------------------------------------

    def lookup(self, text: str) -> None:
        """Look up a scanned or typed card number, e-mail or phone."""
        try:
            query = parse_lookup(text, default_region=self._ctx.settings.phone_region)
        except KioskError as exc:
            self.refused.emit(exc.notice)
            return
        self._ticket += 1
        ticket = self._ticket
        self.card = None  # nothing may be saved on the previous customer while this one is looked up
        self.looking_up.emit(query.value)
        (
            Op.store(self._ctx, lambda: self._ctx.terminal().lookup_local(query), parent=self)
            .success(lambda answer: self._local_answer(ticket, query, answer))
            .failure(lambda exc: self._local_failed(ticket, query, exc))
            .run()
        )

    def choose(self, card: CardAnswer) -> None:
        """One of several matches was chosen: look that card up on its own."""
        self.lookup(card.card)

    def clear(self) -> None:
        """Forget the customer on screen; answers still on their way are dropped."""
        self._ticket += 1
        self.card = None
        self.cleared.emit()

    def _local_answer(self, ticket: int, query: Lookup, answer: LookupAnswer) -> None:
        if not self._current(ticket):
            return
        self._show(ticket, answer)
        self._ask_server(ticket, query, local=answer)

    def _local_failed(self, ticket: int, query: Lookup, exc: Exception) -> None:
        if not self._current(ticket):
            return
        if not isinstance(exc, NotFound):
            log.warning("local look-up failed: %s", _message(exc).what.value)
        self._ask_server(ticket, query, local=None, local_problem=_message(exc))

    def _ask_server(
        self, ticket: int, query: Lookup, *, local: LookupAnswer | None, local_problem: Notice | None = None
    ) -> None:
        client = self._ctx.client
        (
            Op.network(self._ctx, lambda: fetch_card(client, query), parent=self)
            .success(lambda card: self._remember(ticket, card))
            .failure(lambda exc: self._server_failed(ticket, query, local, local_problem, exc))
            .run()
        )

    def _remember(self, ticket: int, card: Card) -> None:
        if not self._current(ticket):
            return
        (
            Op.store(self._ctx, lambda: self._ctx.terminal().remember(card), parent=self)
            .success(lambda answer: self._fresh_answer(ticket, answer))
            .failure(lambda exc: self._fresh_unkept(ticket, exc))
            .run()
        )

    def _fresh_answer(self, ticket: int, answer: LookupAnswer) -> None:
        if self._current(ticket):
            self._show(ticket, answer)

    def _fresh_unkept(self, ticket: int, exc: Exception) -> None:
        if self._current(ticket):
            self.refused.emit(_message(exc))

    def _server_failed(
        self, ticket: int, query: Lookup, local: LookupAnswer | None, local_problem: Notice | None, exc: Exception
    ) -> None:
        if not self._current(ticket):
            return
        if isinstance(exc, NotFound):
            self.card = None
            self.not_found.emit(query.value, (exc.notice,))
        elif falls_back(exc):
            log.info("look-up answered from the store: %s", _message(exc).what.value)
            if local is not None:
                self._show(ticket, dataclasses.replace(local, why_not_fresh=_message(exc)), history=False)
            else:
                self.not_found.emit(query.value, tuple(n for n in (local_problem, _message(exc)) if n is not None))
        else:
            self.refused.emit(_message(exc))

    def _show(self, ticket: int, answer: LookupAnswer, *, history: bool = True) -> None:
        self.card = answer.cards[0] if len(answer.cards) == 1 else None
        self.answered.emit(answer)
        if self.card is not None and history:
            self._load_history(ticket, self.card.card, fresh=answer.fresh)

    # -- history ----------------------------------------------------------

    def _load_history(self, ticket: int, card: str, *, fresh: bool) -> None:
        """The kept history at once; with `fresh`, the server's list after it."""
        if not fresh:
            (
                Op.store(self._ctx, lambda: self._ctx.terminal().history(card), parent=self)
                .success(lambda h: self._history(ticket, h))
                .failure(self._history_failed)
                .run()
            )
            return
        client = self._ctx.client
        (
            Op.network(self._ctx, lambda: client.movements(card), parent=self)
            .success(lambda movements: self._keep_history(ticket, card, movements))
            .failure(lambda exc: self._load_history(ticket, card, fresh=False))
            .run()
        )

    def _keep_history(self, ticket: int, card: str, movements: tuple[Movement, ...]) -> None:
        (
            Op.store(self._ctx, lambda: self._ctx.terminal().history(card, movements), parent=self)
            .success(lambda h: self._history(ticket, h))
            .failure(self._history_failed)
            .run()
        )

    def _history(self, ticket: int, history: History) -> None:
        if self._current(ticket) and self.card is not None and self.card.card == history.card:
            self.history_ready.emit(history)

    def _history_failed(self, exc: Exception) -> None:
        log.warning("history not loaded: %s", _message(exc))

    # -- after a sync -----------------------------------------------------

    def sync_changed(self, connectivity: Connectivity) -> None:
        """Slot for the sync service: when the outbox counts move, show the card as it stands now."""
        counts = (connectivity.pending, connectivity.failed)
        if counts == self._counts:
            return
        self._counts = counts
        self.refresh()

    def refresh(self) -> None:
        """Read the shown card and its history again (pending effects may have settled)."""
        waiting = frozenset(self._waiting)
        card = self.card.card if self.card is not None else None
        ticket = self._ticket

        def work() -> tuple[CardAnswer | None, list[Operation]]:
            terminal = self._ctx.terminal()
            ops = [terminal.store.operation(opid) for opid in waiting]
            settled = [op for op in ops if op is not None and op.state in _SETTLED]
            return (terminal.card_now(card) if card is not None else None), settled

        (
            Op.store(self._ctx, work, parent=self)
            .success(lambda result: self._refreshed(ticket, *result))
            .failure(self._history_failed)
            .run()
        )
        if card is not None:
            self._load_history(ticket, card, fresh=True)

    def _refreshed(self, ticket: int, answer: CardAnswer | None, settled: list[Operation]) -> None:
        for op in settled:
            self._waiting.discard(op.operationid)
            if op.state is OperationState.DONE and op.result is not None:
                self.synced.emit(op.operationid, MovementResult.from_json(op.result))
            else:
                self.sync_refused.emit(op.operationid, Notice.from_code(op.last_error) or Notice(Why.SERVER_REFUSED_IT))
        if answer is not None and self._current(ticket) and self.card is not None and self.card.card == answer.card:
            self.card = answer
            self.card_refreshed.emit(answer)

    # -- estimate: two answers for the screen that asks -------------------

    def estimate_here(self, card: str, amount: int, *, parent: QObject) -> Op[Estimate]:
        """Points a purchase of `amount` cents would earn by the campaign's rule kept here (None: rule unknown)."""

        def work() -> Estimate:
            points = self._ctx.terminal().estimate_offline(amount)
            return Estimate(card=card, amount=amount, points=points, online=False)

        return Op.store(self._ctx, work, parent=parent)

    def estimate_served(self, card: str, amount: int, *, parent: QObject) -> Op[Estimate]:
        """The loyalty server's own count of the same; fails when the server cannot be asked."""
        client = self._ctx.client

        def work() -> Estimate:
            return Estimate(card=card, amount=amount, points=client.evaluate(card, amount).points, online=True)

        return Op.network(self._ctx, work, parent=parent)

    # -- writes -----------------------------------------------------------

    def purchase(self, *, amount: int, receipt: str) -> None:
        """Queue a purchase on the shown card; `saved` follows the durable commit."""
        self._write(lambda t, card: t.queue_purchase(card, amount=amount, receipt=receipt))

    def top_up(self, *, credit: int) -> None:
        """Queue a credit top-up (`credit` cents) on the shown card."""
        self._write(lambda t, card: t.queue_topup(card, credit=credit))

    def refund(self, line: MovementLine) -> None:
        """Queue the reversal of a movement of the shown card."""
        self._write(lambda t, card: t.queue_refund(card, line), line=line)

    def save_operation(self, queue: Callable[[Any, str], Operation]) -> None:
        """Queue what `queue(terminal, card)` saves on the shown card (a manager-approved redemption, say)."""
        self._write(queue)

    def follow(self, operationid: str) -> None:
        """Report `synced` / `sync_refused` for this operation once the sync settles it."""
        self._waiting.add(operationid)

    def _write(self, queue: Callable[[Any, str], Operation], *, line: MovementLine | None = None) -> None:
        if self.card is None:
            self.save_failed.emit(Notice(Why.LOOK_UP_FIRST))
            return
        card, ticket = self.card.card, self._ticket

        def work() -> Saved:
            terminal = self._ctx.terminal()
            operation = queue(terminal, card)
            after = terminal.card_now(card)
            assert after is not None, "a card with a saved operation is known here"
            return Saved(operation=operation, card=after, line=line, when=dt.datetime.now().astimezone())

        (
            Op.store(self._ctx, work, parent=self)
            .success(lambda saved: self._saved(ticket, saved))
            .failure(lambda exc: self.save_failed.emit(_message(exc)))
            .run()
        )

    def _saved(self, ticket: int, saved: Saved) -> None:
        self._waiting.add(saved.operation.operationid)
        try:
            self.on_saved()
        except Exception:  # noqa: BLE001 - a sync that cannot be woken still finds the operation later
            log.exception("waking the sync failed")
        if self._current(ticket) and self.card is not None and self.card.card == saved.card.card:
            self.card = saved.card
            self.card_refreshed.emit(saved.card)
            self._load_history(ticket, saved.card.card, fresh=False)
        self.saved.emit(saved)

    # -- new card ---------------------------------------------------------

    def issue_card(self) -> None:
        """Issue a new anonymous card in the campaign's first category, and show it."""
        self._ticket += 1
        ticket, client, known = self._ticket, self._ctx.client, self.campaign
        self.card = None
        self.issuing.emit()

        def work() -> Card:
            campaign = known or client.campaign()
            if not campaign.categories:
                raise KioskError(Why.NO_CARD_CATEGORY)
            return client.issue_card(campaign.categories[0].categoryid)

        def failed(exc: Exception) -> None:
            if self._current(ticket):
                reason = _message(exc)
                if isinstance(exc, LoyaltyError) and falls_back(exc):
                    reason = Notice(Why.ISSUE_NEEDS_SERVER)
                self.refused.emit(reason)

        def kept(answer: LookupAnswer) -> None:
            if self._current(ticket):
                self._show(ticket, answer)
                self.issued.emit(answer.cards[0])

        def issued(card: Card) -> None:
            (
                Op.store(self._ctx, lambda: self._ctx.terminal().remember(card), parent=self)
                .success(kept)
                .failure(failed)
                .run()
            )

        Op.network(self._ctx, work, parent=self).success(issued).failure(failed).run()
