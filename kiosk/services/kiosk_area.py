"""The kiosk's calls for the rest of a signed-in customer's own area: prizes and play, news, messages,
badges and shops, their details, and deleting their account (KioskService inherits them).

Each is an operation answering the screen that asked alone, as the rest of KioskService's. A prize request
is PIN-checked and goes through the outbox in flight (KioskService._through_outbox); a play keeps its
operationid for the visit; the erasure is one call, settled by asking the card; the rest are reads or
idempotent writes, plain network calls.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from kiosk.services.operation import Op

if TYPE_CHECKING:
    from collections.abc import Mapping

    from PySide6.QtCore import QObject

    from kiosk.api.area import Badge, NewsItem
    from kiosk.api.area import Store as Shop
    from kiosk.api.customer import ProfileValue
    from kiosk.api.models import CodeSent, CustomerProfile
    from kiosk.api.prizes import Contest, Prize, PrizeCancelResult, PrizeCategory, PrizeRequest
    from kiosk.core.erase_account import Erased
    from kiosk.core.play import Played
    from kiosk.core.prize_request import PrizeAttempt
    from kiosk.domain.enrolment_input import FormField, Rules
    from kiosk.services.context import ServiceContext
    from kiosk.services.kiosk import Visit

__all__ = ["CustomerAreaCalls", "ContactCode", "Details", "Shops", "NEAREST_SHOPS"]


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


class CustomerAreaCalls:
    """The customer area's calls, for KioskService (which gives `_ctx`, `_on_sandbox` and `_through_outbox`)."""

    _ctx: ServiceContext
    _on_sandbox: bool

    # -- prizes and play ----------------------------------------------------

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

    # -- delete my account (GDPR erasure) ------------------------------------------------

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

    # -- news, messages, badges and shops -------------------------------------------------

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

    # -- my details: the profile, consents, a new e-mail or mobile, the password --------

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
