"""The self-service kiosk's work for a customer alone: find their card, sign in with its PIN, their card, their PIN.

Nothing of a customer is shown before their PIN is right, except, when the loyalty server cannot be
reached, what a card scanned at the kiosk carries anyway: its codes, and the balance last known here
with its age. A PIN or a one-time code reaches this module only as an argument of the call that
sends it. A `Visit` holds the customer's session: `end()` drops it, and nothing else keeps it.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.api import LoyaltyError
from kiosk.domain.errors import InputError, KioskError, Notice, Why, message_for
from kiosk.domain.identifiers import LookupKind, parse_lookup
from kiosk.services.operation import Op

if TYPE_CHECKING:
    from collections.abc import Callable

    from collections.abc import Mapping

    from kiosk.api import Card, CustomerSession, Movement, PinResetCodeSent, Promotion, WalletVoucher
    from kiosk.api.customer import ProfileValue
    from kiosk.api.models import CodeSent, CustomerProfile
    from kiosk.domain.enrolment_input import FormField, Rules
    from kiosk.core.points_voucher import VoucherAttempt
    from kiosk.core.terminal import CardAnswer
    from kiosk.store import Operation
    from kiosk.services.context import ServiceContext

__all__ = ["KioskService", "ContactCode", "Details", "Found", "KeptCard", "MyCard", "Visit", "MOVEMENTS_SHOWN"]

log = logging.getLogger("kiosk.ui")

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

    def __repr__(self) -> str:
        return f"<Visit {'active' if self.active else 'ended'}>"


def _my_card(card: Card, movements: tuple[Movement, ...]) -> MyCard:
    return MyCard(
        card=card.card, fidelycode=card.fidelycode, name=card.name, points=card.points, credit=card.credit,
        movements=movements[:MOVEMENTS_SHOWN],
    )


class KioskService(QObject):
    """Everything the kiosk asks for, as operations answering the screen that asked alone."""

    def __init__(
        self, ctx: ServiceContext, parent: QObject | None = None, *, wake_sync: Callable[[], None] | None = None
    ) -> None:
        """`wake_sync` wakes the sync worker, for a points-to-voucher whose answer was lost."""
        super().__init__(parent)
        self._ctx = ctx
        self._wake_sync = wake_sync

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
        from kiosk.core.redeem import Outcome, Reply

        ctx = self._ctx

        def save() -> tuple[Operation, CustomerSession]:
            session = visit.session  # signed out meanwhile: KioskError(KIOSK_SIGNED_OUT), nothing saved
            store = ctx.terminal().store
            op = points_voucher.save_points_voucher(store, session.customer.card, points, under_way=ctx.under_way)
            return op, session

        def call(saved: tuple[Operation, CustomerSession]) -> tuple[Operation, points_voucher.VoucherReply]:
            op, session = saved
            try:
                return op, points_voucher.call_points_voucher(session, ctx.client, op, pincode)
            except Exception as exc:  # noqa: BLE001 - an outcome not known is settled by the sync worker
                notice = message_for(exc, log, "points to voucher", then=Why.TRY_AGAIN)
                return op, points_voucher.VoucherReply(Reply(Outcome.UNKNOWN, notice))

        def record(sent: tuple[Operation, points_voucher.VoucherReply]) -> VoucherAttempt:
            op, reply = sent
            try:
                attempt = points_voucher.record_voucher_reply(ctx.terminal().store, op, reply, under_way=ctx.under_way)
            except Exception:
                ctx.under_way.end(op.operationid)  # the worker must be free to settle it by asking
                raise
            if attempt.outcome is Outcome.UNKNOWN and self._wake_sync is not None:
                self._wake_sync()
            if attempt.points is not None and visit.active and visit.card is not None:
                visit.card = dataclasses.replace(visit.card, points=attempt.points)
            return attempt

        return Op.store(ctx, save, parent=parent).then_network(call).then_store(record).always_finish()

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


