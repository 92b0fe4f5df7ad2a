"""The self-service kiosk's work for a customer alone: find their card, sign in with its PIN, their card, their PIN.

Nothing of a customer is shown before their PIN is right, except, when the loyalty server cannot be
reached, what a card scanned at the kiosk carries anyway: its codes, and the balance last known here
with its age. A PIN or a one-time code reaches this module only as an argument of the call that
sends it. A `Visit` holds the customer's session: `end()` drops it, and nothing else keeps it. The calls for
the rest of the customer's own area (prizes, play, news, shops, details, erasure) are in kiosk_area.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QObject

from kiosk.api import LoyaltyError
from kiosk.core.play import PlaysUnderWay
from kiosk.domain.errors import InputError, KioskError, Notice, Why, message_for
from kiosk.domain.identifiers import LookupKind, parse_lookup
from kiosk.services.kiosk_area import NEAREST_SHOPS, ContactCode, CustomerAreaCalls, Details, Shops
from kiosk.services.operation import Op
from kiosk.services.printing import ReceiptPrinting, receipt_printing

if TYPE_CHECKING:
    from collections.abc import Callable

    from kiosk.api import Card, CustomerSession, Movement, PinResetCodeSent, Promotion, WalletVoucher
    from kiosk.core.points_voucher import VoucherAttempt
    from kiosk.core.terminal import CardAnswer
    from kiosk.core.redeem import Outcome, Reply
    from kiosk.store import Operation, Store
    from kiosk.services.context import ServiceContext

__all__ = [
    "KioskService", "ContactCode", "Details", "Found", "KeptCard", "MyCard", "Visit", "MOVEMENTS_SHOWN", "Shops",
    "NEAREST_SHOPS",
]

log = logging.getLogger("kiosk.ui")


class _Settled(Protocol):
    """What a PIN-checked write came to, as KioskService._through_outbox reads it."""

    @property
    def outcome(self) -> Outcome: ...

    @property
    def points(self) -> int | None: ...


R = TypeVar("R")
A = TypeVar("A", bound=_Settled)

#: How many of their last movements a customer sees on "My card".
MOVEMENTS_SHOWN = 8


@dataclasses.dataclass(frozen=True)
class Found:
    """The card a customer named, before any PIN: only what the next step needs, nothing to show."""

    card: str
    by: LookupKind  # typed or scanned as a card number, or found by an e-mail or a phone
    pinset: bool  # False: enrolled online, the PIN is still to be set with a code
    pinlocked: bool


@dataclasses.dataclass(frozen=True)
class KeptCard:
    """The loyalty server cannot be reached: what this kiosk keeps of a scanned card, and since when."""

    card: str
    fidelycode: str
    points: int | None  # None: not shown (the card was typed, not scanned)
    credit: int | None
    as_of: float | None  # when the balance was last fetched (epoch seconds); None: never


@dataclasses.dataclass(frozen=True)
class MyCard:
    """A signed-in customer's own card: what "My card" shows."""

    card: str
    fidelycode: str
    name: str | None
    points: int
    credit: int
    movements: tuple[Movement, ...]


class Visit:
    """One customer signed in at the kiosk; `end()` forgets them (the session and the card)."""

    def __init__(self, session: CustomerSession, card: MyCard) -> None:
        self._session: CustomerSession | None = session
        self.card: MyCard | None = card
        self.plays = PlaysUnderWay()  # plays whose answer was lost (issue 15: pz)

    @property
    def active(self) -> bool:
        return self._session is not None

    @property
    def session(self) -> CustomerSession:
        if self._session is None:
            raise KioskError(Why.KIOSK_SIGNED_OUT)
        return self._session

    def end(self) -> None:
        self._session = None
        self.card = None
        self.plays = PlaysUnderWay()

    def __repr__(self) -> str:
        return f"<Visit {'active' if self.active else 'ended'}>"


def _my_card(card: Card, movements: tuple[Movement, ...]) -> MyCard:
    return MyCard(
        card=card.card, fidelycode=card.fidelycode, name=card.name, points=card.points, credit=card.credit,
        movements=movements[:MOVEMENTS_SHOWN],
    )


class KioskService(QObject, CustomerAreaCalls):
    """Everything the kiosk asks for, as operations answering the screen that asked alone."""

    @property
    def printing(self) -> ReceiptPrinting:
        """The terminal's receipt printer (kiosk.services.printing)."""
        return receipt_printing(self._ctx)

    def __init__(
        self, ctx: ServiceContext, parent: QObject | None = None, *, wake_sync: Callable[[], None] | None = None,
        on_sandbox: bool = False,
    ) -> None:
        """`wake_sync` wakes the sync worker, for a points-to-voucher whose answer was lost.

        `on_sandbox`: the loyalty server is the demo sandbox, whose demo shop is this kiosk's own when
        the kiosk's position is not set.
        """
        super().__init__(parent)
        self._ctx = ctx
        self._wake_sync = wake_sync
        self._on_sandbox = on_sandbox

    def find(self, *, parent: QObject, text: str, scanned: bool) -> Op[Found | KeptCard]:
        """The card that `text` names (a card number, an e-mail, a phone): `Found` to ask its PIN.

        When the server cannot be reached: a card number gives the `KeptCard` this kiosk keeps
        (its balance only if `scanned`: a number typed by someone else's hand shows no balance),
        an e-mail or a phone a Notice that signing in needs the loyalty server.
        """
        ctx = self._ctx
        region = ctx.settings.phone_region

        def work() -> Found | KeptCard | None:
            from kiosk.core.terminal import falls_back, fetch_card

            query = parse_lookup(text, default_region=region)
            try:
                card = fetch_card(ctx.client, query)
            except LoyaltyError as exc:
                if falls_back(exc) and query.kind is LookupKind.CARD:
                    return None  # the store answers, on its own thread
                if falls_back(exc):
                    raise KioskError(Why.KIOSK_NEEDS_SERVER) from None
                raise
            refusal = _refusal(card)
            if refusal is not None:
                raise KioskError(refusal, card=card.card, **({"new_card": card.replacedby} if card.replacedby else {}))
            return Found(card=card.card, by=query.kind, pinset=card.pinset, pinlocked=card.pinlocked)

        def kept(found: Found | KeptCard | None) -> Found | KeptCard:
            if found is not None:
                return found
            from kiosk.core.terminal import NotFound

            query = parse_lookup(text, default_region=region)
            try:
                answer = ctx.terminal().lookup_local(query)
            except NotFound:
                answer = None  # never seen here: the customer is told what needs the server, not the till's words
            if answer is None or not answer.cards:
                raise KioskError(Why.KIOSK_NEEDS_SERVER)
            return _kept(answer.cards[0], answer.as_of, scanned=scanned)

        return Op.network(ctx, work, parent=parent).then_store(kept)

    def probe(self, *, parent: QObject) -> Op[bool]:
        """Whether the loyalty server answers now (it reads the campaign): what the kiosk can offer follows."""
        client = self._ctx.client

        def work() -> bool:
            from kiosk.core.terminal import falls_back

            try:
                client.campaign()
            except LoyaltyError as exc:
                if falls_back(exc):
                    return False
                raise
            return True

        return Op.network(self._ctx, work, parent=parent)

    def sign_in(self, *, parent: QObject, card: str, pincode: str) -> Op[Visit]:
        """Sign the customer in with card and PIN (the kiosk's terminal vouches); their card and movements.

        Failures come as the API's exceptions, for kiosk.services.redeem.pin_trouble to read.
        """
        client = self._ctx.client

        def work() -> tuple[Visit, Card]:
            session = client.customer_login_with_pin(card=card, pincode=pincode)
            fresh = client.card(card=card)
            movements = session.movements(limit=MOVEMENTS_SHOWN)
            return Visit(session, _my_card(fresh, movements)), fresh

        def remember(signed: tuple[Visit, Card]) -> Visit:
            visit, fresh = signed
            self._ctx.terminal().remember(fresh)  # the balance a later offline scan shows
            return visit

        return Op.network(self._ctx, work, parent=parent).then_store(remember)

    def refresh(self, *, parent: QObject, visit: Visit) -> Op[MyCard]:
        """The signed-in customer's card and movements again (after a change of PIN, or on coming back)."""
        client = self._ctx.client

        def work() -> MyCard:
            session = visit.session
            card = _my_card(client.card(card=session.customer.card), session.movements(limit=MOVEMENTS_SHOWN))
            if visit.active:
                visit.card = card
            return card

        return Op.network(self._ctx, work, parent=parent)

    def change_pin(self, *, parent: QObject, visit: Visit, current: str, new: str) -> Op[str]:
        """Change the signed-in customer's PIN: the current one, then the new; gives the card."""
        return Op.network(self._ctx, lambda: visit.session.set_pin(new, pincode=current).card, parent=parent)

    def send_reset_code(self, *, parent: QObject, card: str) -> Op[PinResetCodeSent]:
        """A one-time code to the customer's own address on file (the answer shows it masked)."""
        client = self._ctx.client
        return Op.network(self._ctx, lambda: client.send_pin_reset_code(card), parent=parent)

    def reset_pin(self, *, parent: QObject, card: str, code: str, new: str) -> Op[str]:
        """A new PIN with the one-time code (this also lifts a lock, and sets a first PIN); gives the card."""
        client = self._ctx.client
        return Op.network(self._ctx, lambda: client.reset_pin(card, code=code, newpincode=new).card, parent=parent)


    # -- the customer's offers and vouchers ------------------------------------------------------

    def offers(self, *, parent: QObject, visit: Visit) -> Op[tuple[Promotion, ...]]:
        """The promotions running now for this customer (everyone's and their tags'), soonest to end first."""
        return Op.network(self._ctx, lambda: visit.session.promotions(), parent=parent)

    def wallet(self, *, parent: QObject, visit: Visit) -> Op[tuple[WalletVoucher, ...]]:
        """The customer's vouchers: active first (soonest to expire first), then used and expired ones."""
        return Op.network(self._ctx, lambda: visit.session.vouchers(), parent=parent)

    def points_to_voucher(self, *, parent: QObject, visit: Visit, points: int, pincode: str) -> Op[VoucherAttempt]:
        """Turn `points` into a voucher, confirmed with the PIN, through this terminal's outbox in flight.

        As RedeemService.redeem: the operation is saved first (never the PIN), the call made, its
        outcome written; every step runs even if the screen goes meanwhile, so what was saved is
        always settled (here, or by the sync worker asking the server). The answer's `outcome` is
        done (with the new voucher, or, for a lost answer settled by asking, the balance only),
        wrong PIN, locked, refused, unreachable, or unknown (the sync worker finds out). When done,
        `visit.card` carries the balance after it.
        """
        from kiosk.core import points_voucher

        return self._through_outbox(
            parent=parent, visit=visit, what="points to voucher",
            save=lambda store, card: points_voucher.save_points_voucher(
                store, card, points, under_way=self._ctx.under_way),
            call=lambda session, op: points_voucher.call_points_voucher(session, self._ctx.client, op, pincode),
            lost=lambda reply: points_voucher.VoucherReply(reply),
            record=lambda store, op, sent: points_voucher.record_voucher_reply(
                store, op, sent, under_way=self._ctx.under_way),
        )

    def _through_outbox(
        self,
        *,
        parent: QObject,
        visit: Visit,
        what: str,
        save: Callable[[Store, str], Operation],
        call: Callable[[CustomerSession, Operation], R],
        lost: Callable[[Reply], R],
        record: Callable[[Store, Operation, R], A],
    ) -> Op[A]:
        """A PIN-checked write of the customer's through the outbox in flight: `save`d, `call`ed, its outcome `record`ed.

        Every step runs even if the screen goes meanwhile, so what was saved is always settled (here,
        or by the sync worker asking the server). A call that fails in a way not known is `lost` (left
        in flight for the worker, which is woken); when done, `visit.card` carries the balance after it.
        """
        from kiosk.core.redeem import Outcome, Reply

        ctx = self._ctx

        def saved() -> tuple[Operation, CustomerSession]:
            session = visit.session  # signed out meanwhile: KioskError(KIOSK_SIGNED_OUT), nothing saved
            return save(ctx.terminal().store, session.customer.card), session

        def called(op_session: tuple[Operation, CustomerSession]) -> tuple[Operation, R]:
            op, session = op_session
            try:
                return op, call(session, op)
            except Exception as exc:  # noqa: BLE001 - an outcome not known is settled by the sync worker
                return op, lost(Reply(Outcome.UNKNOWN, message_for(exc, log, what, then=Why.TRY_AGAIN)))

        def recorded(sent: tuple[Operation, R]) -> A:
            op, reply = sent
            try:
                attempt = record(ctx.terminal().store, op, reply)
            except Exception:
                ctx.under_way.end(op.operationid)  # the worker must be free to settle it by asking
                raise
            if attempt.outcome is Outcome.UNKNOWN and self._wake_sync is not None:
                self._wake_sync()
            if attempt.points is not None and visit.active and visit.card is not None:
                visit.card = dataclasses.replace(visit.card, points=attempt.points)
            return attempt

        return Op.store(ctx, saved, parent=parent).then_network(called).then_store(recorded).always_finish()

def _refusal(card: Card) -> Why | None:
    from kiosk.api import CardStatus

    if card.status is CardStatus.ACTIVE:
        return None
    return Why.CARD_REPLACED if card.replacedby else Why.CARD_BLOCKED


def _kept(card: CardAnswer, as_of: float | None, *, scanned: bool) -> KeptCard:
    return KeptCard(
        card=card.card, fidelycode=card.fidelycode or card.card,
        points=card.points if scanned else None, credit=card.credit if scanned else None,
        as_of=as_of,
    )


def find_notice(exc: Exception) -> Notice:
    """What to tell a customer whose card could not be found or used."""
    if isinstance(exc, InputError):
        return exc.notice
    return message_for(exc, log, "kiosk work", then=Why.TRY_AGAIN)


