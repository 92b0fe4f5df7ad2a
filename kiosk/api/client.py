"""The loyalty API client: one method per call of the contract's sections 1-3."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any

import httpx

from kiosk.api.customer import CustomerSession, one_of
from kiosk.api.errors import ApiError, BadAnswer, NotConfigured, Problem
from kiosk.api.marta import (
    API_KEY_HEADER,
    CARDS_PAGE_DEFAULT,
    DEVICETYPE_BROWSER,
    MOVEMENTS_LIMIT_DEFAULT,
    OFFLINE_APPROVAL,
    PASSWORD_RESET_PURPOSE,
    PIN_RESET_PURPOSE,
    AnswerCode,
    Path,
    Scope,
)
from kiosk.api.models import (
    Account,
    Campaign,
    CardOffers,
    Card,
    CheckCard,
    CodeSent,
    DirectoryPage,
    Evaluation,
    Movement,
    MovementResult,
    OperationOutcome,
    PinCheck,
    PinResetCodeSent,
    PinSet,
    Tokens,
    Voucher,
    VoucherUse,
)
from kiosk.api.session import Authorized, TokenKeeper
from kiosk.api.utctime import utc_text
from kiosk.api.wire import Answer, Heard, Wire

__all__ = ["TerminalLogin", "Login", "LoyaltyClient"]

_CUSTOMER_SIGN_IN = {AnswerCode.WRONG_CREDENTIALS: Problem.CUSTOMER_SIGN_IN}


@dataclasses.dataclass(frozen=True)
class Login:
    username: str
    password: str = dataclasses.field(repr=False)


@dataclasses.dataclass(frozen=True)
class TerminalLogin:
    """The terminal's own account: the server checks the serial number along with the password."""

    username: str
    password: str = dataclasses.field(repr=False)
    serialnumber: str
    foreignid: str = ""


class LoyaltyClient:
    """Talks to the loyalty server for one campaign, over one connection pool.

    Signs in lazily per scope (terminal, customersynchro) and keeps the tokens
    fresh. Never repeats a call on its own, except once after the server
    called the token expired. Safe to share between threads. `heard` is told how each call went
    (kiosk.api.wire.Wire): what the link is, as every call of this client meets it.
    """

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str,
        campaign_id: int,
        terminal: TerminalLogin | None = None,
        synchro: Login | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 15.0,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
        event_hooks: Mapping[str, list[Callable[..., Any]]] | None = None,
        heard: Heard | None = None,
    ) -> None:
        self.campaign_id = campaign_id
        self._clock = clock
        self._http = httpx.Client(
            base_url=base_url,
            headers={API_KEY_HEADER: api_key},
            timeout=httpx.Timeout(connect=connect_timeout, read=read_timeout, write=read_timeout, pool=connect_timeout),
            transport=transport,
            event_hooks=dict(event_hooks or {}),
        )
        self._wire = Wire(self._http, heard)
        self._terminal_login = terminal
        self._synchro_login = synchro
        self._terminal = Authorized(self._wire, self._keeper(self._terminal_sign_in))
        self._synchro = Authorized(self._wire, self._keeper(self._synchro_sign_in))

    def __enter__(self) -> LoyaltyClient:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections; customer sessions made by this client stop working too."""
        self._http.close()

    # -- terminal scope -------------------------------------------------

    def campaign(self) -> Campaign:
        answer = self._terminal.send("GET", Path.CAMPAIGN, path_args={"campaignid": self.campaign_id})
        return Campaign.from_json(answer.body)

    def card(self, *, card: str | None = None, email: str | None = None, mobile: str | None = None) -> Card:
        """Read a card by its number, or by its customer's e-mail or mobile (exactly one)."""
        answer = self._terminal.send("GET", Path.CARD, params=one_of(card=card, email=email, mobile=mobile))
        return Card.from_json(answer.body)

    def issue_card(self, categoryid: int) -> Card:
        """A new anonymous card, handed out at the counter."""
        answer = self._terminal.send("POST", Path.CARD, json={"categoryid": categoryid})
        return Card.from_json(answer.body)

    def evaluate(self, card: str, amount: int) -> Evaluation:
        """The points a basket of `amount` cents would earn; changes nothing."""
        answer = self._terminal.send("POST", Path.EVALUATE, json={"card": card, "amount": amount})
        return Evaluation.from_json(answer.body)

    def purchase(self, card: str, *, amount: int, receipt: str, operationid: str, when: dt.datetime) -> MovementResult:
        """Register a purchase of `amount` cents made at `when` (an aware time), earning points."""
        body = {"operationid": operationid, "card": card, "amount": amount, "receipt": receipt, "datetime": _utc(when)}
        return self._move(Path.PURCHASE, body)

    def burn_points(self, card: str, *, points: int, pincode: str, operationid: str) -> MovementResult:
        body = {"operationid": operationid, "card": card, "points": points, "pincode": pincode}
        return self._move(Path.BURNPOINTS, body)

    def burn_points_offline(self, card: str, *, points: int, operationid: str, when: dt.datetime) -> MovementResult:
        """Send a redemption a manager approved at `when` (an aware time) while offline: no PIN, the policy's caps.

        Raises ApiError with Problem.OFFLINE_REDEEM_REFUSED when the campaign's
        offline policy does not cover it (see marta's notes on this call).
        """
        body = {
            "operationid": operationid, "card": card, "points": points, "approval": OFFLINE_APPROVAL,
            "datetime": _utc(when),
        }
        return self._move(Path.BURNPOINTS, body)

    def burn_credit(self, card: str, *, credit: int, pincode: str, operationid: str) -> MovementResult:
        body = {"operationid": operationid, "card": card, "credit": credit, "pincode": pincode}
        return self._move(Path.BURNCREDIT, body)

    def load_credit(self, card: str, *, credit: int, operationid: str) -> MovementResult:
        return self._move(Path.LOADCREDIT, {"operationid": operationid, "card": card, "credit": credit})

    def reverse(self, movementid: int, *, operationid: str) -> MovementResult:
        """Undo a movement with a new opposite one."""
        answer = self._terminal.send(
            "DELETE", Path.MOVEMENT, path_args={"movementid": movementid}, idempotency_key=operationid
        )
        return _result(answer)

    def movements(self, card: str, *, limit: int = MOVEMENTS_LIMIT_DEFAULT) -> tuple[Movement, ...]:
        """The card's movements, newest first."""
        answer = self._terminal.send("GET", Path.MOVEMENTS, params={"card": card, "limit": limit})
        return Movement.history_from_json(answer.body)

    def operation(self, operationid: str) -> OperationOutcome | None:
        """What the server did with `operationid`, or None if it never applied it.

        Raises ApiError (62) while the first call is still running.
        """
        try:
            answer = self._terminal.send("GET", Path.OPERATION, path_args={"operationid": operationid})
        except ApiError as exc:
            if exc.status == 404 and exc.answer_code == AnswerCode.OPERATION_UNKNOWN:
                return None
            raise
        return OperationOutcome.from_json(answer.body)

    def verify_pin(self, card: str, pincode: str) -> PinCheck:
        answer = self._terminal.send("POST", Path.PIN_VERIFY, json={"card": card, "pincode": pincode})
        return PinCheck.from_json(answer.body)

    def block_card(self, card: str) -> Card:
        return self._card_change(Path.CARD_BLOCK, card, {})

    def unblock_card(self, card: str) -> Card:
        return self._card_change(Path.CARD_UNBLOCK, card, {})

    def replace_card(self, card: str, *, newcard: str) -> Card:
        """Move everything to `newcard`; answers the new card."""
        return self._card_change(Path.CARD_REPLACE, card, {"newcard": newcard})

    def card_offers(self, card: str) -> CardOffers:
        """How many active vouchers and running promotions the card's customer has, and the next voucher to expire."""
        answer = self._terminal.send("GET", Path.CARD_OFFERS, path_args={"card": card})
        return CardOffers.from_json(answer.body)

    def validate_voucher(self, code: str) -> Voucher:
        """What a voucher is worth and its terms, if it can be taken now; takes nothing.

        Raises ApiError with Problem.VOUCHER_UNKNOWN (also another campaign's code),
        VOUCHER_USED or VOUCHER_EXPIRED.
        """
        answer = self._terminal.send("POST", Path.VOUCHER_VALIDATE, json={"code": code})
        return Voucher.from_json(answer.body)

    def use_voucher(self, code: str, *, operationid: str, receipt: str) -> VoucherUse:
        """Take a voucher against `receipt`, once; a repeat of `operationid` replays the first answer.

        Raises ApiError as validate_voucher does (of two tills at once, one gets
        VOUCHER_USED), and OPERATION_CONFLICT for `operationid` reused with
        another code or receipt.
        """
        body = {"operationid": operationid, "code": code, "receipt": receipt}
        answer = self._terminal.send("POST", Path.VOUCHER_USE, json=body, idempotency_key=operationid)
        return dataclasses.replace(VoucherUse.from_json(answer.body), replayed=answer.replayed)

    def card_directory(self, *, since: str = "", limit: int = CARDS_PAGE_DEFAULT) -> DirectoryPage:
        """Cards changed after the cursor `since` ("" = from the start), for offline look-up."""
        answer = self._terminal.send("GET", Path.CARDS, params={"since": since, "limit": limit})
        return DirectoryPage.from_json(answer.body)

    # -- customersynchro scope: onboarding --------------------------------

    def check_card(self, *, card: str | None = None, email: str | None = None, mobile: str | None = None) -> CheckCard:
        """Where onboarding goes next for this card, e-mail or mobile (exactly one)."""
        try:
            answer = self._synchro.send("GET", Path.CHECKCARD, params=one_of(card=card, email=email, mobile=mobile))
        except ApiError as exc:
            if exc.status == 402 and exc.answer_code == AnswerCode.NEW_CUSTOMER:
                return CheckCard.new_user()
            raise
        return CheckCard.from_json(answer.body)

    def send_registration_code(self, *, email: str | None = None, mobile: str | None = None) -> CodeSent:
        """Send a one-time code to a new user's address."""
        body = {"campaignid": self.campaign_id, **one_of(email=email, mobile=mobile), "devicetype": DEVICETYPE_BROWSER}
        return CodeSent.from_json(self._synchro.send("POST", Path.VERIFYEMAIL, json=body).body)

    def register_with_code(
        self,
        *,
        code: str,
        username: str,
        password: str,
        categoryid: int,
        email: str | None = None,
        mobile: str | None = None,
    ) -> Account:
        """Create the account and a virtual card, proving the address with the code sent to it."""
        [(kind, address)] = one_of(email=email, mobile=mobile).items()
        body = {
            "verificationcode": code,
            "password": password,
            "devicetype": DEVICETYPE_BROWSER,
            "campaignid": self.campaign_id,
            "categoryid": categoryid,
            "username": username,
            ("mailcontactdata" if kind == "email" else "mobilecontactdata"): address,
        }
        return Account.from_json(self._synchro.send("PUT", Path.REGISTER_WITH_CODE, json=body).body)

    def send_credentials_code(
        self, customerid: int, *, email: str | None = None, mobile: str | None = None, pincode: str | None = None
    ) -> CodeSent:
        """Send a one-time code to a customer who has a card but no sign-in yet.

        A card that has a PIN needs it (`pincode`): missing or wrong raises
        ApiError WRONG_PIN (with the attempts left), a locked one PIN_LOCKED.
        """
        body: dict[str, Any] = {
            "customerid": customerid, **one_of(email=email, mobile=mobile), "devicetype": DEVICETYPE_BROWSER
        }
        if pincode is not None:
            body["pincode"] = pincode
        return CodeSent.from_json(self._synchro.send("POST", Path.GENERATE_CODE, json=body).body)

    def change_credentials_with_code(self, customerid: int, *, username: str, password: str, code: str) -> Account:
        """Give an existing card's customer a user name and password, proven by the code."""
        body = {"customerid": customerid, "username": username, "password": password, "verificationcode": code}
        return Account.from_json(self._synchro.send("PUT", Path.CHANGE_CREDENTIALS_WITH_CODE, json=body).body)

    def send_pin_reset_code(self, card: str) -> PinResetCodeSent:
        """Send the card's customer a code to choose a new PIN, to the address on file (see marta).

        Raises ApiError with Problem.PIN_RESET_NO_CONTACT when the customer has
        no e-mail or phone on file; CARD_UNKNOWN, CARD_BLOCKED, CODE_TOO_MANY
        as for other calls.
        """
        body = {"card": card, "purpose": PIN_RESET_PURPOSE, "devicetype": DEVICETYPE_BROWSER}
        try:
            answer = self._synchro.send("POST", Path.GENERATE_CODE, json=body)
        except ApiError as exc:
            if exc.answer_code == AnswerCode.BAD_FIELD and exc.field == "card":
                raise ApiError(
                    Problem.PIN_RESET_NO_CONTACT, status=exc.status, answer_code=exc.answer_code, field=exc.field,
                    server_message=exc.server_message,
                ) from None
            raise
        return PinResetCodeSent.from_json(answer.body)

    def reset_pin(self, card: str, *, code: str, newpincode: str) -> PinSet:
        """Give the card a new PIN with the code sent by `send_pin_reset_code`; the lock goes with the old PIN.

        Raises ApiError: CODE_WRONG, CODE_EXPIRED or CODE_TOO_MANY for the code,
        BAD_FIELD with `field` "newpincode" for a PIN that is not the campaign's
        `pincodelength` digits. No PIN or code is ever put into a message.
        """
        body = {"card": card, "verificationcode": code, "newpincode": newpincode}
        return PinSet.from_json(self._synchro.send("PATCH", Path.PIN_RESET, json=body).body)

    def send_password_reset_code(self, *, email: str | None = None, mobile: str | None = None) -> CodeSent:
        """Send a code to reset a forgotten password to the customer's e-mail or mobile (exactly one).

        The answer is the same whether or not a customer has the address (only
        theirs gets a message), so a screen says "if this address is ours, a code
        is on its way". Raises ApiError with CODE_TOO_MANY (`retry_after`) past the
        sending limits, BAD_FIELD for an address that is not one.
        """
        body = {**one_of(email=email, mobile=mobile), "purpose": PASSWORD_RESET_PURPOSE,
                "devicetype": DEVICETYPE_BROWSER}
        return CodeSent.from_json(self._synchro.send("POST", Path.GENERATE_CODE, json=body).body)

    def reset_password(
        self, *, code: str, newpassword: str, email: str | None = None, mobile: str | None = None
    ) -> None:
        """Set a new password with the code `send_password_reset_code` sent; the customer's sessions end.

        Raises ApiError with CODE_WRONG, CODE_EXPIRED or CODE_TOO_MANY (the same
        for an address nobody has). No code or password is put in a message.
        """
        body = {**one_of(email=email, mobile=mobile), "verificationcode": code, "newpassword": newpassword}
        self._synchro.send("PATCH", Path.PASSWORD_RESET, json=body)

    # -- customer scope ----------------------------------------------------

    def customer_login(self, *, username: str, password: str) -> CustomerSession:
        """Sign a customer in; the session signs in again by itself when its tokens run out."""
        body = {"username": username, "password": password}

        def sign_in() -> Tokens:
            return self._sign_in(Scope.CUSTOMER, body, problems=_CUSTOMER_SIGN_IN)

        return self._customer_session(sign_in, sign_in)

    def customer_login_with_pin(self, *, card: str, pincode: str) -> CustomerSession:
        """Sign a customer in at the kiosk with card and PIN, vouched for by the terminal's token.

        The PIN is not kept, so when the session's tokens can no longer be
        renewed its calls raise SessionExpired: ask the customer to sign in again.
        """

        def sign_in() -> Tokens:
            return self._sign_in(Scope.CUSTOMER, {"card": card, "pincode": pincode}, via=self._terminal)

        return self._customer_session(sign_in, None)

    # -- plumbing --------------------------------------------------------------

    def _move(self, route: str, body: dict[str, Any]) -> MovementResult:
        answer = self._terminal.send("POST", route, json=body, idempotency_key=body["operationid"])
        return _result(answer)

    def _card_change(self, route: str, card: str, body: dict[str, Any]) -> Card:
        answer = self._terminal.send("POST", route, path_args={"card": card}, json=body)
        return Card.from_json(answer.body)

    def _keeper(
        self, sign_in: Callable[[], Tokens] | None, *, tokens: Tokens | None = None, obtained_at: float | None = None
    ) -> TokenKeeper:
        return TokenKeeper(
            sign_in=sign_in, renew=self._renew, clock=self._clock, tokens=tokens, obtained_at=obtained_at
        )

    def _customer_session(self, first: Callable[[], Tokens], again: Callable[[], Tokens] | None) -> CustomerSession:
        obtained_at = self._clock()
        tokens = first()
        if tokens.customer is None:
            raise BadAnswer("auth.customer: missing for a customer sign-in")
        keeper = self._keeper(again, tokens=tokens, obtained_at=obtained_at)
        return CustomerSession(Authorized(self._wire, keeper), campaign_id=self.campaign_id, customer=tokens.customer)

    def _terminal_sign_in(self) -> Tokens:
        login = self._terminal_login
        if login is None:
            raise NotConfigured(Scope.TERMINAL.value)
        body = {"username": login.username, "password": login.password, "serialnumber": login.serialnumber}
        if login.foreignid:
            # Optional: an empty one is left out rather than sent as "".
            body["foreignid"] = login.foreignid
        return self._sign_in(Scope.TERMINAL, body)

    def _synchro_sign_in(self) -> Tokens:
        login = self._synchro_login
        if login is None:
            raise NotConfigured(Scope.CUSTOMERSYNCHRO.value)
        return self._sign_in(Scope.CUSTOMERSYNCHRO, {"username": login.username, "password": login.password})

    def _sign_in(
        self,
        scope: Scope,
        credentials: dict[str, Any],
        *,
        via: Authorized | None = None,
        problems: Mapping[AnswerCode, Problem] | None = None,
    ) -> Tokens:
        body = {**credentials, "campaignid": self.campaign_id, "devicetype": DEVICETYPE_BROWSER, "scope": scope.value}
        if via is not None:
            answer = via.send("POST", Path.AUTH, json=body, problems=problems)
        else:
            answer = self._wire.send("POST", Path.AUTH, json=body, problems=problems)
        return Tokens.from_json(answer.body)

    def _renew(self, refreshtoken: str) -> Tokens:
        return Tokens.from_json(self._wire.send("POST", Path.REFRESH, json={"refreshtoken": refreshtoken}).body)


def _result(answer: Answer) -> MovementResult:
    return dataclasses.replace(MovementResult.from_json(answer.body), replayed=answer.replayed)


def _utc(when: dt.datetime) -> str:
    if when.tzinfo is None:
        raise ValueError("the time of a purchase must carry its time zone")
    return utc_text(when)
