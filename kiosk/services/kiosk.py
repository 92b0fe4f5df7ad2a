"""The self-service kiosk's work for a customer alone: find their card, sign in with its PIN, their card, their PIN.

Nothing of a customer is shown before their PIN is right, except, when the loyalty server cannot be
reached, what a card scanned at the kiosk carries anyway: its codes, and the balance last known here
with its age. A PIN or a one-time code reaches this module only as an argument of the call that
sends it. A `Visit` holds the customer's session: `end()` drops it, and nothing else keeps it.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QObject

from kiosk.api import LoyaltyError
from kiosk.core.play import Played, PlaysUnderWay
from kiosk.domain.errors import InputError, KioskError, Notice, Why, message_for
from kiosk.domain.identifiers import LookupKind, parse_lookup
from kiosk.services.operation import Op

if TYPE_CHECKING:
    from collections.abc import Callable

    from collections.abc import Mapping

    from kiosk.api import Card, CustomerSession, Movement, PinResetCodeSent, Promotion, WalletVoucher
    from kiosk.core.erase_account import Erased
    from kiosk.api.area import Badge, NewsItem
    from kiosk.api.area import Store as Shop
    from kiosk.api.prizes import Contest, Prize, PrizeCancelResult, PrizeCategory, PrizeRequest
    from kiosk.api.customer import ProfileValue
    from kiosk.api.models import CodeSent, CustomerProfile
    from kiosk.domain.enrolment_input import FormField, Rules
    from kiosk.core.points_voucher import VoucherAttempt
    from kiosk.core.prize_request import PrizeAttempt
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


@dataclasses.dataclass(frozen=True)
class ContactCode:
    """A code is on its way to `address` (as the server writes it), the customer's new e-mail or (`mobile`) phone."""

    address: str
    mobile: bool
    sent: CodeSent


@dataclasses.dataclass(frozen=True)
class Details:
    """What "My details" shows: the profile and the campaign's form (FormFields, consents last)."""

    profile: CustomerProfile
    fields: tuple[FormField, ...]


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


#: How many shops near this kiosk the "Shops" screen lists (this shop among them).
NEAREST_SHOPS = 5


@dataclasses.dataclass(frozen=True)
class Shops:
    """What "Shops" shows: the shops near this kiosk, nearest first, and the ones the customer chose as theirs.

    `near` is None when it cannot be shown: `needs_consent` (the customer has not consented to the use of
    position), or this kiosk's position is not set (`placed` False).
    """

    near: tuple[Shop, ...] | None
    preferred: tuple[Shop, ...]
    needs_consent: bool = False
    placed: bool = True


def _my_card(card: Card, movements: tuple[Movement, ...]) -> MyCard:
    return MyCard(
        card=card.card, fidelycode=card.fidelycode, name=card.name, points=card.points, credit=card.credit,
        movements=movements[:MOVEMENTS_SHOWN],
    )


class KioskService(QObject):
    """Everything the kiosk asks for, as operations answering the screen that asked alone."""

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

    # -- prizes and play (issue 15: helper pz) ----------------------------------------------------

    def prize_categories(self, *, parent: QObject, visit: Visit) -> Op[tuple[PrizeCategory, ...]]:
        """The catalogue's categories."""
        return Op.network(self._ctx, lambda: visit.session.prize_categories(), parent=parent)

    def prizes(self, *, parent: QObject, visit: Visit, category: int | None) -> Op[tuple[Prize, ...]]:
        """One category's prizes (all of them for None), cheapest first; a prize run out has stock 0."""
        return Op.network(self._ctx, lambda: visit.session.prizes(category), parent=parent)

    def request_prize(self, *, parent: QObject, visit: Visit, prize: Prize, pincode: str) -> Op[PrizeAttempt]:
        """Spend the points on `prize`, picked up in the shop, confirmed with the PIN, through the outbox in flight.

        As points_to_voucher: saved first (never the PIN), the call made, its outcome written, every step
        running even if the screen goes; a lost answer is settled by asking, here or by the sync worker.
        When done, `visit.card` carries the balance after it.
        """
        from kiosk.core import prize_request

        return self._through_outbox(
            parent=parent, visit=visit, what="prize request",
            save=lambda store, card: prize_request.save_prize_request(
                store, card, prize.prizeid, prize.points, under_way=self._ctx.under_way),
            call=lambda session, op: prize_request.call_prize_request(session, self._ctx.client, op, pincode),
            lost=lambda reply: prize_request.PrizeReply(reply),
            record=lambda store, op, sent: prize_request.record_prize_reply(
                store, op, sent, under_way=self._ctx.under_way),
        )

    def prize_requests(self, *, parent: QObject, visit: Visit) -> Op[tuple[PrizeRequest, ...]]:
        """The customer's prize requests, newest first, with their state."""
        return Op.network(self._ctx, lambda: visit.session.prize_requests(), parent=parent)

    def cancel_prize_request(self, *, parent: QObject, visit: Visit, requestid: int) -> Op[PrizeCancelResult]:
        """Cancel a request not yet made ready (safe to repeat): the points come back; `visit.card` shows them."""

        def work() -> PrizeCancelResult:
            session = visit.session
            cancelled = session.cancel_prize_request(requestid)
            if visit.active and visit.card is not None:
                visit.card = dataclasses.replace(visit.card, points=session.customer.points)
            return cancelled

        return Op.network(self._ctx, work, parent=parent)

    def contests(self, *, parent: QObject, visit: Visit) -> Op[tuple[Contest, ...]]:
        """The InstantWin contests open now, with this customer's plays left."""
        return Op.network(self._ctx, lambda: visit.session.instantwin(), parent=parent)

    def play(self, *, parent: QObject, visit: Visit, contestid: int) -> Op[Played]:
        """One play; its operationid is kept for the visit until its answer is known, so a lost one replays.

        The kept ids live in `visit.plays` and go when the visit ends.
        """
        from kiosk.core.play import play_once

        return Op.network(self._ctx, lambda: play_once(visit.session, visit.plays, contestid), parent=parent) \
            .always_finish()

    # -- delete my account (GDPR erasure, issue 15) ------------------------------------------------

    def erase(self, *, parent: QObject, visit: Visit, pincode: str) -> Op[Erased]:
        """Erase the signed-in customer's account, confirmed with their PIN; then this kiosk forgets them at once.

        One call, never doubled (kiosk.core.erase_account; a lost answer is settled by asking the card).
        Every step runs even if the screen goes meanwhile: an erasure done on the server is always
        forgotten here too. Failures come as the API's exceptions, for kiosk.services.redeem.pin_trouble.
        The visit is ended by the face, on the goodbye.
        """
        from kiosk.core import erase_account

        ctx = self._ctx

        def call() -> erase_account.Erased:
            return erase_account.erase_account(visit.session, ctx.client, pincode)

        def forget(erased: erase_account.Erased) -> erase_account.Erased:
            erase_account.forget_here(ctx.terminal().store, erased)
            return erased

        return Op.network(ctx, call, parent=parent).then_store(forget).always_finish()

    # -- news, messages, badges and shops (issue 15) -----------------------------------------------

    def news(self, *, parent: QObject, visit: Visit) -> Op[tuple[NewsItem, ...]]:
        """The campaign's news, newest first, with this customer's read marks."""
        return Op.network(self._ctx, lambda: _newest_first(visit.session.news()), parent=parent)

    def messages(self, *, parent: QObject, visit: Visit) -> Op[tuple[NewsItem, ...]]:
        """The messages to this customer, newest first, with their read marks."""
        return Op.network(self._ctx, lambda: _newest_first(visit.session.notifications()), parent=parent)

    def mark_read(self, *, parent: QObject, visit: Visit, item: NewsItem, message: bool) -> Op[NewsItem]:
        """Mark a piece of news (or a message, `message`) read: safe to repeat, so a plain call."""

        def work() -> NewsItem:
            session = visit.session
            return session.mark_notification_read(item.id) if message else session.mark_news_read(item.id)

        return Op.network(self._ctx, work, parent=parent)

    def badges(self, *, parent: QObject, visit: Visit) -> Op[tuple[Badge, ...]]:
        """Every badge: the earned ones first, then those still to earn."""
        return Op.network(self._ctx, lambda: visit.session.badges(), parent=parent)

    def shop_position(self) -> tuple[float, float] | None:
        """Where this kiosk's shop is: its settings, else on the sandbox its demo shop, else None (not set)."""
        position = self._ctx.settings.shop_position
        if position is None and self._on_sandbox:
            from kiosk.sandbox.stores import DEMO_SHOP

            position = (float(DEMO_SHOP["lat"]), float(DEMO_SHOP["lon"]))
        return position

    def shops(self, *, parent: QObject, visit: Visit) -> Op[Shops]:
        """The shops nearest this kiosk (only with the customer's consent to the use of position), and theirs."""

        def work() -> Shops:
            from kiosk.api import ApiError, Problem

            session = visit.session
            preferred = session.preferred_stores()
            position = self.shop_position()
            if position is None:
                return Shops(near=None, preferred=preferred, placed=False)
            try:
                near = session.stores(lat=position[0], lon=position[1])
            except ApiError as exc:
                if exc.problem is Problem.GEOLOCATION_CONSENT_NEEDED:
                    return Shops(near=None, preferred=preferred, needs_consent=True)
                raise
            return Shops(near=near[:NEAREST_SHOPS], preferred=preferred)

        return Op.network(self._ctx, work, parent=parent)

    def set_my_shop(self, *, parent: QObject, visit: Visit, storeid: int, mine: bool) -> Op[tuple[Shop, ...]]:
        """Make a shop one of the customer's own, or no longer (safe to repeat); the customer's shops after."""
        return Op.network(
            self._ctx, lambda: visit.session.set_preferred_store(storeid, preferred=mine), parent=parent
        )

    # -- my details: the profile, consents, a new e-mail or mobile, the password (helper md) -------

    def my_details(self, *, parent: QObject, visit: Visit) -> Op[Details]:
        """The customer's profile as the server has it, and the campaign's form (which fields, which required).

        A read: no PIN is asked (the customer signed in with it).
        """
        def work() -> Details:
            from kiosk.core.onboarding import form_of

            session = visit.session
            return Details(session.profile(), form_of(session.data_fields()))

        return Op.network(self._ctx, work, parent=parent)

    def save_details(self, *, parent: QObject, visit: Visit, changes: Mapping[str, ProfileValue]) -> Op[CustomerProfile]:
        """Change the named fields of the profile (consents too, by their names); gives the profile after it.

        A plain network call, not the outbox: PUT /customer sets the values given, so sending it again
        after a lost answer changes nothing more (it is idempotent), and no points move.
        """
        return Op.network(self._ctx, lambda: visit.session.update_profile(**changes), parent=parent)

    def send_contact_code(self, *, parent: QObject, visit: Visit, address: str, mobile: bool) -> Op[ContactCode]:
        """A code to the new e-mail (or, `mobile`, phone number) the customer typed, written the standard way.

        An address that is not one is refused before anything is sent (InputError, in words).
        """
        region = self._ctx.settings.phone_region

        def work() -> ContactCode:
            from kiosk.domain.identifiers import normalise_email, normalise_phone

            clean = normalise_phone(address, region) if mobile else normalise_email(address)
            session = visit.session
            sent = session.send_contact_code(mobile=clean) if mobile else session.send_contact_code(email=clean)
            return ContactCode(address=clean, mobile=mobile, sent=sent)

        return Op.network(self._ctx, work, parent=parent)

    def phone_region(self) -> str:
        """Where a phone number typed without its country code is from (the shop's settings)."""
        return self._ctx.settings.phone_region

    def password_rules(self) -> Rules:
        """The shop's rules for a new password (its settings), to check one before it is sent."""
        from kiosk.domain.enrolment_input import Rules

        settings = self._ctx.settings
        return Rules(
            password_min_length=settings.password_min_length, password_needs_letter=settings.password_needs_letter,
            password_needs_digit=settings.password_needs_digit, phone_region=settings.phone_region,
        )

    def change_contact(self, *, parent: QObject, visit: Visit, code: str, email: str | None = None,
                       mobile: str | None = None) -> Op[CustomerProfile]:
        """Put the new address on file with the code sent to it; the server tells the old address.

        Idempotent like the profile's other changes (a PUT): no outbox. The code is only an argument here.
        """
        return Op.network(
            self._ctx, lambda: visit.session.update_contact(code=code, email=email, mobile=mobile), parent=parent
        )

    def change_password(self, *, parent: QObject, visit: Visit, current: str, new: str) -> Op[None]:
        """Change the customer's password, confirmed with the current one (NO_PASSWORD: the account has none).

        Sent again after a lost answer it is refused (the current password changed), never done twice: no outbox.
        """
        return Op.network(
            self._ctx, lambda: visit.session.change_password(password=current, newpassword=new), parent=parent
        )


def _newest_first(items: tuple[NewsItem, ...]) -> tuple[NewsItem, ...]:
    return tuple(sorted(items, key=lambda item: item.publishedat, reverse=True))


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


