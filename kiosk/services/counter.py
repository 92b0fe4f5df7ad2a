"""The counter's work off the GUI thread: look-up, history, earn, top-up, refund and new cards, as operations.

Each use case is a named operation whose typed answer goes to the screen that
started it alone (kiosk.services.operation). The signals left are real
broadcasts: the campaign kept here, a damaged store at start, the outbox moving.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from kiosk.api import LoyaltyError
from kiosk.domain.errors import InputError, KioskError, Notice, Why, message_for
from kiosk.domain.identifiers import parse_lookup
from kiosk.services.operation import Op
from kiosk.services.printing import ReceiptPrinting, receipt_printing
from kiosk.store import OperationState, StoreError

# kiosk.core.terminal (with the answers' models and the store's SQL) is imported where a look-up or a
# save first needs it, after the counter's first paint (tests/unit/test_start_imports.py).
if TYPE_CHECKING:
    from kiosk.api import Campaign, Card, CardOffers, Movement, MovementResult, Voucher, VoucherUse
    from kiosk.core.erase_account import Erased
    from kiosk.core.history import History, MovementLine
    from kiosk.core.terminal import CardAnswer, LookupAnswer, Terminal
    from kiosk.domain.identifiers import Lookup
    from kiosk.services.context import ServiceContext
    from kiosk.store import Operation
    from kiosk.sync.connectivity import Connectivity

__all__ = ["AfterSync", "CardChange", "CounterService", "Estimate", "Looking", "Saved", "Settled", "problem_notice"]


class CardChange(enum.Enum):
    """What staff do to a card: block a lost one, unblock a found one, or move its customer to a new card."""

    BLOCK = "block"
    UNBLOCK = "unblock"
    REPLACE = "replace"

log = logging.getLogger("kiosk.ui")

T = TypeVar("T")

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


@dataclasses.dataclass(frozen=True)
class Settled:
    """A saved operation the sync has settled: the server's result, or why it refused it."""

    operationid: str
    result: MovementResult | None  # None: refused
    reason: Notice | None = None  # why it was refused


@dataclasses.dataclass(frozen=True)
class AfterSync:
    """What a screen asked to see again once the outbox moved: its card now, and its operations settled since."""

    card: CardAnswer | None
    settled: tuple[Settled, ...]


def problem_notice(exc: Exception) -> Notice:
    """What to tell the cashier about a failed piece of counter work (the traceback of a surprise goes to the log)."""
    return message_for(exc, log, "counter work", then=Why.TRY_AGAIN)


_message = problem_notice


def _online(call: Callable[[], T]) -> T:
    """`call()`, or VOUCHER_NEEDS_SERVER when the loyalty server cannot answer (a voucher is only ever taken online)."""
    from kiosk.core.terminal import falls_back

    try:
        return call()
    except LoyaltyError as exc:
        if falls_back(exc):
            raise KioskError(Why.VOUCHER_NEEDS_SERVER) from exc
        raise


class Looking:
    """One look-up's answers, for the screen that asked alone; nothing runs before `run()`.

    The store's answer and the server's request start together. `answer(cb)` hears
    the kept answer as soon as it is read, then the fresh one; when the server
    cannot be reached, the kept one again with `why_not_fresh` said. A fresh
    answer that comes first is never painted over by the older one.
    `not_found(cb)` hears what was looked up and why nobody was found (Notices, the store's
    first); `failure(cb)` a Notice when the request could not be served. Once the parent (a Scope, a
    widget) is ended or closed, nothing more is heard.
    """

    def __init__(self, ctx: ServiceContext, query: Lookup, parent: QObject) -> None:
        self._ctx = ctx
        self._query = query
        self._parent = parent
        self._on_answer: Callable[[LookupAnswer], None] = lambda _answer: None
        self._on_not_found: Callable[[str, tuple[Notice, ...]], None] = lambda _text, _why: None
        self._on_failure: Callable[[Notice], None] = lambda _why: None
        self._local: LookupAnswer | None = None
        self._local_problem: Notice | None = None  # the store could not answer: why
        self._server_down: Exception | None = None  # the server could not be reached: the store's answer stands
        self._over = False  # the fresh answer, or the last word, was given

    @property
    def looked_up(self) -> str:
        """What is looked up, cleaned (the card number, the address in lower case, the phone in E.164)."""
        return self._query.value

    def answer(self, callback: Callable[[LookupAnswer], None]) -> Looking:
        self._on_answer = callback
        return self

    def not_found(self, callback: Callable[[str, tuple[Notice, ...]], None]) -> Looking:
        self._on_not_found = callback
        return self

    def failure(self, callback: Callable[[Notice], None]) -> Looking:
        self._on_failure = callback
        return self

    def run(self) -> None:
        from kiosk.core.terminal import fetch_card

        ctx, query, client = self._ctx, self._query, self._ctx.client
        Op.store(ctx, lambda: ctx.terminal().lookup_local(query), parent=self._parent) \
            .success(self._kept).failure(self._not_kept).run()
        # Together with the store's read, not after its paint: the server's answer is what the cashier waits for.
        (
            Op.network(ctx, lambda: fetch_card(client, query), parent=self._parent)
            .then_store(lambda card: ctx.terminal().remember(card))
            .success(self._fresh)
            .failure(self._server_failed)
            .run()
        )

    def _kept(self, answer: LookupAnswer) -> None:
        if self._over:
            return
        self._local = answer
        if self._server_down is not None:
            self._fall_back(self._server_down)
        else:
            self._on_answer(answer)

    def _not_kept(self, exc: Exception) -> None:
        from kiosk.core.terminal import NotFound

        if not isinstance(exc, NotFound):
            log.warning("local look-up failed: %s", _message(exc).what.value)
        self._local_problem = _message(exc)
        if not self._over and self._server_down is not None:
            self._fall_back(self._server_down)

    def _fresh(self, answer: LookupAnswer) -> None:
        self._over = True
        self._on_answer(answer)

    def _server_failed(self, exc: Exception) -> None:
        from kiosk.core.terminal import NotFound, falls_back

        if isinstance(exc, NotFound):
            self._over = True
            self._on_not_found(self._query.value, (exc.notice,))
        elif falls_back(exc) and not isinstance(exc, StoreError):
            log.info("look-up answered from the store: %s", _message(exc).what.value)
            self._server_down = exc
            if self._local is not None or self._local_problem is not None:
                self._fall_back(exc)
            # else: the store's answer is still on its way; it is given with the reason when it comes
        else:
            self._over = True
            self._on_failure(_message(exc))

    def _fall_back(self, exc: Exception) -> None:
        self._over = True
        if self._local is not None:
            self._on_answer(dataclasses.replace(self._local, why_not_fresh=_message(exc)))
        else:
            self._on_not_found(self._query.value, tuple(n for n in (self._local_problem, _message(exc)) if n is not None))


class CounterService(QObject):
    """Everything the counter asks for, as operations answering their caller alone.

    Broadcasts are kept for what concerns every screen: `campaign_ready` (the
    campaign's rules), `store_damaged` (at start), `outbox_moved` (the sync settled
    or sent something: shown figures may be out of date).
    """

    store_damaged = Signal(object)  # at start: the store's file is damaged; the Notice says what to do
    campaign_ready = Signal(object)  # Campaign
    outbox_moved = Signal()  # the outbox's counts changed: what is shown may have settled

    @property
    def printing(self) -> ReceiptPrinting:
        """The terminal's receipt printer (kiosk.services.printing)."""
        return receipt_printing(self._ctx)

    def __init__(
        self,
        ctx: ServiceContext,
        *,
        on_saved: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        #: Called after every committed write, so the sync worker looks at the outbox at once.
        #: Called on the store thread: it must be thread-safe (SyncService.wake sets an event).
        self.on_saved: Callable[[], None] = on_saved or (lambda: None)
        self.campaign: Campaign | None = None
        self._counts: tuple[int, int, int] | None = None

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
            # `client.campaign` is looked up on the network thread: the client made on first use
            # (kiosk.app.ClientOnFirstUse: httpx, about 40 ms) is not made on the GUI thread.
            Op.network(self._ctx, lambda: client.campaign(), parent=self)
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

    # -- look-up and history ----------------------------------------------

    def lookup(self, *, parent: QObject, text: str) -> Looking:
        """Look up a scanned or typed card number, e-mail or phone; raises KioskError at once for a misread one."""
        query = parse_lookup(text, default_region=self._ctx.settings.phone_region)
        return Looking(self._ctx, query, parent)

    def history(self, *, parent: QObject, card: str, fresh: bool) -> Op[History]:
        """The card's last movements: with `fresh`, the server's list (kept for offline); else, or offline, the kept one."""
        client = self._ctx.client

        def movements() -> tuple[Movement, ...] | None:
            try:
                return client.movements(card)
            except Exception as exc:  # noqa: BLE001 - any failure: the kept list is the answer
                log.info("history answered from the store: %s", type(exc).__name__)
                return None

        if not fresh:
            return Op.store(self._ctx, lambda: self._ctx.terminal().history(card), parent=parent)
        return Op.network(self._ctx, movements, parent=parent).then_store(
            lambda got: self._ctx.terminal().history(card, got)
        )

    def issue_card(self, *, parent: QObject) -> Op[LookupAnswer]:
        """Issue a new anonymous card in the campaign's first category; answers with it, kept here."""
        client, known = self._ctx.client, self.campaign

        def work() -> Card:
            from kiosk.core.terminal import falls_back

            try:
                campaign = known or client.campaign()
                if not campaign.categories:
                    raise KioskError(Why.NO_CARD_CATEGORY)
                return client.issue_card(campaign.categories[0].categoryid)
            except LoyaltyError as exc:
                if falls_back(exc):
                    raise KioskError(Why.ISSUE_NEEDS_SERVER) from exc
                raise

        return Op.network(self._ctx, work, parent=parent).then_store(lambda card: self._ctx.terminal().remember(card))

    def change_card(
        self, *, parent: QObject, card: str, change: CardChange, newcard: str | None = None
    ) -> Op[LookupAnswer]:
        """Block, unblock, or move the customer to `newcard` (a lost card); answers with the card to show now.

        Online only (the server decides, and a till must not promise a block it has not made); the cards the
        server answers are kept here, the old one with who replaced it.
        """
        client = self._ctx.client

        def work() -> tuple[Card, ...]:
            from kiosk.core.terminal import falls_back

            try:
                if change is CardChange.BLOCK:
                    return (client.block_card(card),)
                if change is CardChange.UNBLOCK:
                    return (client.unblock_card(card),)
                if not newcard:
                    raise InputError(Why.LOOKUP_EMPTY, field="newcard")
                moved = client.replace_card(card, newcard=newcard)
                return client.card(card=card), moved
            except LoyaltyError as exc:
                if falls_back(exc):
                    raise KioskError(Why.CARD_CHANGE_NEEDS_SERVER) from exc
                raise

        def keep(cards: tuple[Card, ...]) -> LookupAnswer:
            terminal = self._ctx.terminal()
            answer = None
            for changed in cards:
                answer = terminal.remember(changed)
            assert answer is not None
            return answer

        return Op.network(self._ctx, work, parent=parent).then_store(keep)

    # -- vouchers at the till ---------------------------------------------

    def offers(self, *, parent: QObject, card: str) -> Op[CardOffers | None]:
        """The card's customer's active vouchers and running offers (counts, the next to expire); None offline."""
        client = self._ctx.client

        def work() -> CardOffers | None:
            from kiosk.core.terminal import falls_back

            try:
                return client.card_offers(card)
            except LoyaltyError as exc:
                if falls_back(exc):
                    return None  # the line is left out: the look-up itself says the till is offline
                raise

        return Op.network(self._ctx, work, parent=parent)

    def check_voucher(self, *, parent: QObject, code: str) -> Op[Voucher]:
        """What a voucher is worth and its terms, if the till may take it now; takes nothing. Online only."""
        client = self._ctx.client
        return Op.network(self._ctx, lambda: _online(lambda: client.validate_voucher(code)), parent=parent)

    def use_voucher(self, *, parent: QObject, code: str, receipt: str, operationid: str) -> Op[VoucherUse]:
        """Take the voucher against `receipt`, once. Online only: a voucher is never promised offline.

        The caller keeps `operationid` for this one use: sent again after a lost answer, the server
        replays its first answer instead of refusing the voucher as used.
        """
        client = self._ctx.client

        def work() -> VoucherUse:
            from kiosk.core.terminal import check_receipt

            taken = check_receipt(receipt)
            return _online(lambda: client.use_voucher(code, operationid=operationid, receipt=taken))

        return Op.network(self._ctx, work, parent=parent)

    # -- after a sync -----------------------------------------------------

    def sync_changed(self, connectivity: Connectivity) -> None:
        """Slot for the sync service: when the outbox counts move, or an operation was settled, say so (`outbox_moved`)."""
        counts = (connectivity.pending, connectivity.failed, connectivity.settled)
        if counts == self._counts:
            return
        self._counts = counts
        self.outbox_moved.emit()

    def after_sync(self, *, parent: QObject, card: str | None, following: frozenset[str]) -> Op[AfterSync]:
        """The card as it stands now, and which of the `following` operations the sync has settled."""

        def work() -> AfterSync:
            from kiosk.api import MovementResult

            terminal = self._ctx.terminal()
            settled = []
            for opid in following:
                op = terminal.store.operation(opid)
                if op is None or op.state not in _SETTLED:
                    continue
                if op.state is OperationState.DONE and op.result is not None:
                    settled.append(Settled(opid, MovementResult.from_json(op.result)))
                else:
                    settled.append(Settled(opid, None, Notice.from_code(op.last_error) or Notice(Why.SERVER_REFUSED_IT)))
            return AfterSync(terminal.card_now(card) if card is not None else None, tuple(settled))

        return Op.store(self._ctx, work, parent=parent)

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

    # -- writes: each reaches the outbox even if its screen is closed meanwhile --

    def queue_purchase(self, *, parent: QObject, card: str, amount: int, receipt: str) -> Op[Saved]:
        """Queue a purchase of `amount` cents on `card`; answers once it is durably committed."""
        return self.save_operation(
            parent=parent, card=card, queue=lambda t, c: t.queue_purchase(c, amount=amount, receipt=receipt)
        )

    def top_up(self, *, parent: QObject, card: str, credit: int) -> Op[Saved]:
        """Queue a credit top-up (`credit` cents) on `card`."""
        return self.save_operation(parent=parent, card=card, queue=lambda t, c: t.queue_topup(c, credit=credit))

    def refund(self, *, parent: QObject, card: str, line: MovementLine) -> Op[Saved]:
        """Queue the reversal of a movement of `card`."""
        return self.save_operation(parent=parent, card=card, queue=lambda t, c: t.queue_refund(c, line), line=line)

    def save_operation(
        self,
        *,
        parent: QObject,
        card: str,
        queue: Callable[[Terminal, str], Operation],
        line: MovementLine | None = None,
    ) -> Op[Saved]:
        """Queue what `queue(terminal, card)` saves (a manager-approved redemption, say); the sync is woken."""

        def work() -> Saved:
            terminal = self._ctx.terminal()
            operation = queue(terminal, card)
            after = terminal.card_now(card)
            assert after is not None, "a card with a saved operation is known here"
            self.wake_sync()
            return Saved(operation=operation, card=after, line=line, when=dt.datetime.now().astimezone())

        return Op.store(self._ctx, work, parent=parent).always_finish()

    def wake_sync(self) -> None:
        """Have the sync worker look at the outbox now (thread-safe: called on the store thread)."""
        try:
            self.on_saved()
        except Exception:  # noqa: BLE001 - a sync that cannot be woken still finds the operation later
            log.exception("waking the sync failed")

    # -- a customer's erasure at the counter (GDPR, issue 15) -------------------------------------

    def erase_account(self, *, parent: QObject, card: str, pincode: str) -> Op[Erased]:
        """The customer on screen erases their account: their PIN signs them in and confirms it; then the till forgets them.

        Online only, one call never doubled (kiosk.core.erase_account: a lost answer is settled by asking
        the card). Every step runs even if the dialog goes meanwhile: an erasure done on the server is
        always forgotten here too (cache, history, directory hashes, saved enrolment, WAL and backups).
        Failures come as the API's exceptions, for kiosk.services.redeem.pin_trouble.
        """
        from kiosk.core import erase_account

        ctx = self._ctx

        def call() -> erase_account.Erased:
            return erase_account.sign_in_and_erase(ctx.client, card, pincode)

        def forget(erased: erase_account.Erased) -> erase_account.Erased:
            erase_account.forget_here(ctx.terminal().store, erased)
            return erased

        return Op.network(ctx, call, parent=parent).then_store(forget).always_finish()
