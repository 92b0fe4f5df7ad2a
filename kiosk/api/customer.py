"""A signed-in customer's own area (scope customer): data fields, profile, PIN, movements, promotions, vouchers,
prizes, InstantWin, news and notifications, badges and stores."""

from __future__ import annotations

import dataclasses
import datetime as dt

from kiosk.api.account import Erasure
from kiosk.api.area import Badge, NewsItem, Store
from kiosk.api.errors import ApiError, Problem
from kiosk.api.marta import (
    DEVICETYPE_BROWSER,
    GEOLOCATION_CONSENT,
    MOVEMENTS_LIMIT_DEFAULT,
    PRIZE_ADDRESS_FIELD,
    AnswerCode,
    Path,
    PrizeDelivery,
)
from kiosk.api.models import (
    CodeSent,
    CustomerProfile,
    DataFields,
    Movement,
    PinSet,
    PointsVoucher,
    Promotion,
    WalletVoucher,
)
from kiosk.api.prizes import (
    Contest,
    PlayResult,
    Prize,
    PrizeCancelResult,
    PrizeCategory,
    PrizeRequest,
    PrizeRequestResult,
    ShippingAddress,
)
from kiosk.api.session import Authorized

__all__ = ["CustomerSession", "one_of"]

# In a customer's session a refused token means the customer must sign in again,
# whatever the terminal's own settings are.
_CUSTOMER_PROBLEMS = {
    AnswerCode.WRONG_CREDENTIALS: Problem.CUSTOMER_SESSION_EXPIRED,
    AnswerCode.TOKEN_EXPIRED: Problem.CUSTOMER_SESSION_EXPIRED,
}

ProfileValue = str | int | bool | dt.date | None


class CustomerSession:
    """One customer signed in; shares the client's connection, keeps its own tokens.

    Made by `LoyaltyClient.customer_login` or `customer_login_with_pin`.
    `customer` is the latest profile seen (at sign-in, or from the last call).
    """

    def __init__(self, calls: Authorized, *, campaign_id: int, customer: CustomerProfile) -> None:
        self._calls = calls
        self._campaign_id = campaign_id
        self.customer = customer

    def data_fields(self) -> DataFields:
        """The campaign's form: which personal data and consents to ask for."""
        answer = self._calls.send(
            "GET", Path.DATAFIELDS, path_args={"campaignid": self._campaign_id}, problems=_CUSTOMER_PROBLEMS
        )
        return DataFields.from_json(answer.body)

    def profile(self) -> CustomerProfile:
        answer = self._calls.send("GET", Path.CUSTOMER, problems=_CUSTOMER_PROBLEMS)
        self.customer = CustomerProfile.from_json(answer.body)
        return self.customer

    def update_profile(self, **fields: ProfileValue) -> CustomerProfile:
        """Change the named fields (standard, custom and consents alike, by their names).

        Dates go as YYYY-MM-DD; the answer is the whole profile after the change.
        """
        body = {name: value.isoformat() if isinstance(value, dt.date) else value for name, value in fields.items()}
        answer = self._calls.send("PUT", Path.CUSTOMER, json=body, problems=_CUSTOMER_PROBLEMS)
        self.customer = CustomerProfile.from_json(answer.body)
        return self.customer

    def movements(self, limit: int = MOVEMENTS_LIMIT_DEFAULT) -> tuple[Movement, ...]:
        """The customer's own movements, newest first: their card's and those of the cards it replaced.

        `serialnumber` is None on each (the server does not tell a customer which till).
        """
        answer = self._calls.send("GET", Path.CUSTOMER_MOVEMENTS, params={"limit": limit}, problems=_CUSTOMER_PROBLEMS)
        return Movement.history_from_json(answer.body)

    def set_pin(self, newpincode: str, *, pincode: str | None = None) -> PinSet:
        """Give the customer's card its first PIN, or change it: then `pincode` is the current one.

        Raises ApiError with Problem.CURRENT_PIN_NEEDED when the card already has
        a PIN and `pincode` was not given; WRONG_PIN (with `attempts_left`) or
        PIN_LOCKED for a wrong current PIN, which counts towards the lock like
        any other; BAD_FIELD with `field` "newpincode" for a new PIN that is not
        the campaign's `pincodelength` digits. No PIN is ever put into a message.
        """
        body = {"newpincode": newpincode}
        if pincode is not None:
            body["pincode"] = pincode
        try:
            answer = self._calls.send("PATCH", Path.CUSTOMER_PIN, json=body, problems=_CUSTOMER_PROBLEMS)
        except ApiError as exc:
            if pincode is None and exc.answer_code == AnswerCode.BAD_FIELD and exc.field == "pincode":
                raise ApiError(
                    Problem.CURRENT_PIN_NEEDED, status=exc.status, answer_code=exc.answer_code, field=exc.field,
                    server_message=exc.server_message,
                ) from None
            raise
        result = PinSet.from_json(answer.body)
        if result.card == self.customer.card:
            self.customer = dataclasses.replace(self.customer, pinset=True)
        return result

    def promotions(self) -> tuple[Promotion, ...]:
        """The promotions running now for everyone or for a tag or cluster this customer carries; soonest to end first."""
        answer = self._calls.send("GET", Path.CUSTOMER_PROMOTIONS, problems=_CUSTOMER_PROBLEMS)
        return Promotion.list_from_json(answer.body)

    def vouchers(self) -> tuple[WalletVoucher, ...]:
        """The customer's wallet: active vouchers first (soonest to expire first), then used and expired ones."""
        answer = self._calls.send("GET", Path.CUSTOMER_VOUCHERS, problems=_CUSTOMER_PROBLEMS)
        return WalletVoucher.wallet_from_json(answer.body)

    def points_to_voucher(self, *, points: int, operationid: str, pincode: str) -> PointsVoucher:
        """Turn `points` into a voucher worth points * the campaign's pointvalue cents, confirmed with the PIN.

        A repeat of `operationid` replays the first answer (`replayed`), never a
        second voucher. Raises ApiError with Problem.TOO_FEW_POINTS_FOR_VOUCHER
        below the campaign's minredeempoints, NOT_ENOUGH_POINTS, CARD_BLOCKED,
        WRONG_PIN (with `attempts_left`) or PIN_LOCKED, OPERATION_CONFLICT for an
        `operationid` reused with another amount. The balance after it is in
        `result.balance`; `customer` is updated to it.
        """
        body = {"operationid": operationid, "points": points, "pincode": pincode}
        try:
            answer = self._calls.send(
                "POST", Path.CUSTOMER_VOUCHERS, json=body, idempotency_key=operationid, problems=_CUSTOMER_PROBLEMS
            )
        except ApiError as exc:
            if exc.answer_code == AnswerCode.BAD_FIELD and exc.field == "points" and points > 0:
                raise ApiError(
                    Problem.TOO_FEW_POINTS_FOR_VOUCHER, status=exc.status, answer_code=exc.answer_code,
                    field=exc.field, server_message=exc.server_message,
                ) from None
            raise
        made = PointsVoucher.from_json(answer.body)
        made = dataclasses.replace(made, result=dataclasses.replace(made.result, replayed=answer.replayed))
        if made.result.movement.card == self.customer.card and not made.replayed:
            self.customer = dataclasses.replace(self.customer, points=made.result.balance.points)
        return made

    # -- prizes ------------------------------------------------------------------------------

    def prize_categories(self) -> tuple[PrizeCategory, ...]:
        answer = self._calls.send("GET", Path.PRIZE_CATEGORIES, problems=_CUSTOMER_PROBLEMS)
        return PrizeCategory.list_from_json(answer.body)

    def prizes(self, category: int | None = None) -> tuple[Prize, ...]:
        """The catalogue (one category's, if given), cheapest first; a prize run out has stock 0."""
        params = {"category": category} if category is not None else None
        answer = self._calls.send("GET", Path.PRIZES, params=params, problems=_CUSTOMER_PROBLEMS)
        return Prize.list_from_json(answer.body)

    def request_prize(
        self,
        prizeid: int,
        *,
        operationid: str,
        delivery: PrizeDelivery = PrizeDelivery.STORE,
        address: ShippingAddress | None = None,
        pincode: str | None = None,
    ) -> PrizeRequestResult:
        """Spend the points on a prize, picked up in the shop unless shipped to `address`.

        `pincode` confirms it (the kiosk always sends it; see marta). A repeat of
        `operationid` replays the first answer (`replayed`), never a second
        request. Raises ApiError with Problem.SHIPPING_ADDRESS_NEEDED for "ship"
        without an address, PRIZE_UNKNOWN, PRIZE_OUT_OF_STOCK, NOT_ENOUGH_POINTS,
        CARD_BLOCKED, WRONG_PIN (with `attempts_left`) or PIN_LOCKED,
        OPERATION_CONFLICT for an `operationid` reused for another request.
        `customer` is updated to the balance after it.
        """
        body: dict[str, object] = {"operationid": operationid, "delivery": PrizeDelivery(delivery).value}
        if address is not None:
            body[PRIZE_ADDRESS_FIELD] = address.to_json()
        if pincode is not None:
            body["pincode"] = pincode
        try:
            answer = self._calls.send(
                "POST", Path.PRIZE_REQUEST, path_args={"prizeid": prizeid}, json=body, idempotency_key=operationid,
                problems=_CUSTOMER_PROBLEMS,
            )
        except ApiError as exc:
            if exc.answer_code == AnswerCode.BAD_FIELD and exc.field == PRIZE_ADDRESS_FIELD and address is None:
                raise ApiError(
                    Problem.SHIPPING_ADDRESS_NEEDED, status=exc.status, answer_code=exc.answer_code, field=exc.field,
                    server_message=exc.server_message,
                ) from None
            raise
        made = PrizeRequestResult.from_json(answer.body, replayed=answer.replayed)
        if made.result.movement.card == self.customer.card and not made.replayed:
            self.customer = dataclasses.replace(self.customer, points=made.result.balance.points)
        return made

    def prize_requests(self) -> tuple[PrizeRequest, ...]:
        """The customer's own prize requests, newest first."""
        answer = self._calls.send("GET", Path.PRIZE_REQUESTS, problems=_CUSTOMER_PROBLEMS)
        return PrizeRequest.list_from_json(answer.body)

    def cancel_prize_request(self, requestid: int) -> PrizeCancelResult:
        """Cancel a request not yet made ready: the points come back (`refund`), the item goes back to stock.

        Safe to repeat: a request already cancelled answers the same (`replayed`).
        Raises ApiError with Problem.PRIZE_REQUEST_NOT_CANCELLABLE once it is
        ready or delivered, PRIZE_REQUEST_UNKNOWN for one that is not this
        customer's, CARD_BLOCKED.
        """
        answer = self._calls.send(
            "POST", Path.PRIZE_REQUEST_CANCEL, path_args={"requestid": requestid}, problems=_CUSTOMER_PROBLEMS
        )
        cancelled = PrizeCancelResult.from_json(answer.body, replayed=answer.replayed)
        if cancelled.refund.card == self.customer.card and not cancelled.replayed:
            self.customer = dataclasses.replace(self.customer, points=self.customer.points + cancelled.refund.points)
        return cancelled

    # -- InstantWin --------------------------------------------------------------------------

    def instantwin(self) -> tuple[Contest, ...]:
        """The contests open now, with the plays this customer has left in each."""
        answer = self._calls.send("GET", Path.INSTANTWIN, problems=_CUSTOMER_PROBLEMS)
        return Contest.list_from_json(answer.body)

    def play(self, contestid: int, *, operationid: str) -> PlayResult:
        """One play; the server draws. A repeat of `operationid` replays the same result (`replayed`).

        Raises ApiError with Problem.NO_PLAYS_LEFT, CONTEST_UNKNOWN (or closed),
        CARD_BLOCKED, OPERATION_CONFLICT for an `operationid` used for another call.
        """
        answer = self._calls.send(
            "POST", Path.INSTANTWIN_PLAY, path_args={"contestid": contestid}, json={"operationid": operationid},
            idempotency_key=operationid, problems=_CUSTOMER_PROBLEMS,
        )
        return PlayResult.from_json(answer.body, replayed=answer.replayed)

    # -- news, notifications, badges ------------------------------------------------------

    def news(self) -> tuple[NewsItem, ...]:
        """The campaign's news published by now, newest first, with this customer's read marks."""
        answer = self._calls.send("GET", Path.NEWS, problems=_CUSTOMER_PROBLEMS)
        return NewsItem.list_from_json(answer.body, "news")

    def mark_news_read(self, newsid: int) -> NewsItem:
        """Mark a piece of news read (safe to repeat). Raises ApiError with Problem.NEWS_UNKNOWN."""
        answer = self._calls.send("PUT", Path.NEWS_READ, path_args={"newsid": newsid}, problems=_CUSTOMER_PROBLEMS)
        return NewsItem.from_json(answer.body)

    def notifications(self) -> tuple[NewsItem, ...]:
        """The messages to this customer, newest first, with their read marks."""
        answer = self._calls.send("GET", Path.NOTIFICATIONS, problems=_CUSTOMER_PROBLEMS)
        return NewsItem.list_from_json(answer.body, "notifications")

    def mark_notification_read(self, notificationid: int) -> NewsItem:
        """Mark one of the customer's messages read (safe to repeat). Raises ApiError with NOTIFICATION_UNKNOWN."""
        answer = self._calls.send(
            "PUT", Path.NOTIFICATION_READ, path_args={"notificationid": notificationid}, problems=_CUSTOMER_PROBLEMS
        )
        return NewsItem.from_json(answer.body, "notification")

    def badges(self) -> tuple[Badge, ...]:
        """Every badge of the campaign: the earned ones first, then those still to earn (`earnedat` None)."""
        answer = self._calls.send("GET", Path.BADGES, problems=_CUSTOMER_PROBLEMS)
        return Badge.list_from_json(answer.body)

    # -- stores -------------------------------------------------------------------------

    def stores(self, *, lat: float, lon: float) -> tuple[Store, ...]:
        """The shops nearest to a position (a kiosk's own shop's, never the customer's), nearest first.

        Raises ApiError with Problem.GEOLOCATION_CONSENT_NEEDED when the customer has not
        consented to geolocation (the server's 403/12 naming that consent).
        """
        try:
            answer = self._calls.send("GET", Path.STORES, params={"lat": lat, "lon": lon}, problems=_CUSTOMER_PROBLEMS)
        except ApiError as exc:
            if exc.answer_code == AnswerCode.SCOPE_FORBIDDEN and exc.field == GEOLOCATION_CONSENT:
                raise ApiError(
                    Problem.GEOLOCATION_CONSENT_NEEDED, status=exc.status, answer_code=exc.answer_code,
                    field=exc.field, server_message=exc.server_message,
                ) from None
            raise
        return Store.list_from_json(answer.body)

    def preferred_stores(self) -> tuple[Store, ...]:
        """The shops the customer chose, in the order they chose them."""
        answer = self._calls.send("GET", Path.PREFERRED_STORES, problems=_CUSTOMER_PROBLEMS)
        return Store.list_from_json(answer.body)

    def set_preferred_store(self, storeid: int, preferred: bool = True) -> tuple[Store, ...]:
        """Add a shop to the preferred ones, or take it off (`preferred=False`); safe to repeat.

        Answers the preferred shops after the change. Raises ApiError with Problem.STORE_UNKNOWN.
        """
        answer = self._calls.send(
            "POST", Path.PREFERRED_STORES, json={"storeid": storeid, "preferred": preferred},
            problems=_CUSTOMER_PROBLEMS,
        )
        return Store.list_from_json(answer.body)

    # -- my details: a new contact address, the password, erasure ---------------------------

    def send_contact_code(self, *, email: str | None = None, mobile: str | None = None) -> CodeSent:
        """Send a code to the new e-mail or mobile the customer wants on file (exactly one of the two).

        Raises ApiError with Problem.ALREADY_REGISTERED when another customer has
        that address, CODE_TOO_MANY (with `retry_after`) past the sending limits,
        BAD_FIELD for an address that is not one.
        """
        body = {"campaignid": self._campaign_id, "devicetype": DEVICETYPE_BROWSER, **one_of(email=email, mobile=mobile)}
        answer = self._calls.send("POST", Path.VERIFYEMAIL, json=body, problems=_CUSTOMER_PROBLEMS)
        return CodeSent.from_json(answer.body)

    def update_contact(self, *, code: str, email: str | None = None, mobile: str | None = None) -> CustomerProfile:
        """Put the new e-mail or mobile on file with the code `send_contact_code` sent to it.

        The old address is told of the change. Raises ApiError with CODE_WRONG,
        CODE_EXPIRED or CODE_TOO_MANY for the code, ALREADY_REGISTERED when
        another customer took the address meanwhile. No code is put in a message.
        """
        field, address = next(iter(one_of(email=email, mobile=mobile).items()))
        name = "mailcontactdata" if field == "email" else "mobilecontactdata"
        answer = self._calls.send(
            "PUT", Path.CUSTOMER, json={name: address, "verificationcode": code}, problems=_CUSTOMER_PROBLEMS
        )
        self.customer = CustomerProfile.from_json(answer.body)
        return self.customer

    def change_password(self, *, password: str, newpassword: str) -> None:
        """Change the password, confirmed with the current one.

        Raises ApiError with Problem.WRONG_PASSWORD (counted like failed sign-ins;
        TOO_MANY_TRIES with `retry_after` past the limit), NO_PASSWORD for a
        customer who has none (signed in with card and PIN, never enrolled online).
        """
        body = {"password": password, "newpassword": newpassword}
        try:
            self._calls.send("PATCH", Path.CUSTOMER_PASSWORD, json=body, problems=_CUSTOMER_PROBLEMS)
        except ApiError as exc:
            raise no_password(exc) from None

    def erase(self, *, pincode: str | None = None, password: str | None = None) -> Erasure:
        """Erase the customer's account (GDPR), confirmed with exactly one of the PIN and the password.

        Afterwards the session is gone (any further call: CUSTOMER_SESSION_EXPIRED),
        the card is blocked for good, and the terminal must forget the customer.
        Raises ApiError with WRONG_PIN (with `attempts_left`), PIN_LOCKED,
        WRONG_PASSWORD, NO_PASSWORD. A lost answer (NetworkError) is settled by
        the card: GET /terminal/card or the directory says `erased` once it is done;
        repeating the call after a success meets CUSTOMER_SESSION_EXPIRED.
        """
        body = one_of(pincode=pincode, password=password)
        try:
            answer = self._calls.send("DELETE", Path.CUSTOMER, json=body, problems=_CUSTOMER_PROBLEMS)
        except ApiError as exc:
            raise no_password(exc) from None
        return Erasure.from_json(answer.body)


def one_of(**choices: str | None) -> dict[str, str]:
    """The one lookup argument given, as {name: value}; more or fewer is a programming error."""
    given = {name: value for name, value in choices.items() if value is not None}
    if len(given) != 1:
        raise TypeError(f"give exactly one of {', '.join(choices)}")
    return given


def no_password(exc: ApiError) -> ApiError:
    """A 400/20 on `password` means the account has none: a Problem of its own, not a malformed field."""
    if exc.answer_code == AnswerCode.BAD_FIELD and exc.field == "password":
        return ApiError(
            Problem.NO_PASSWORD, status=exc.status, answer_code=exc.answer_code, field=exc.field,
            server_message=exc.server_message,
        )
    return exc

