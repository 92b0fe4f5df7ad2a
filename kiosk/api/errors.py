"""What can go wrong talking to the loyalty server, worded for the cashier.

Every message a person reads is built here from our own words, so it never
carries a PIN, code, password, token, or whatever text the server sent (that
text is kept apart in `server_message`, for the log and for support).
"""

from __future__ import annotations

import enum
import re

from kiosk.api.marta import AnswerCode
from kiosk.domain.errors import KioskError

__all__ = [
    "Problem",
    "MESSAGES",
    "cashier_message",
    "LoyaltyError",
    "ApiError",
    "SessionExpired",
    "NetworkError",
    "BadAnswer",
    "NotConfigured",
]


class Problem(str, enum.Enum):
    """What went wrong, in the shop's terms and free of any provider's codes."""

    TERMINAL_SIGN_IN = "terminal_sign_in"
    CUSTOMER_SIGN_IN = "customer_sign_in"
    SESSION_EXPIRED = "session_expired"
    CUSTOMER_SESSION_EXPIRED = "customer_session_expired"
    NOT_ALLOWED = "not_allowed"
    TOO_MANY_TRIES = "too_many_tries"  # the server holds back guessing: `retry_after` says how long
    BAD_FIELD = "bad_field"
    CARD_UNKNOWN = "card_unknown"
    CARD_BLOCKED = "card_blocked"
    CARD_IN_USE = "card_in_use"
    WRONG_PIN = "wrong_pin"
    PIN_LOCKED = "pin_locked"
    CURRENT_PIN_NEEDED = "current_pin_needed"
    NOT_ENOUGH_POINTS = "not_enough_points"
    NOT_ENOUGH_CREDIT = "not_enough_credit"
    OFFLINE_REDEEM_REFUSED = "offline_redeem_refused"
    PIN_RESET_NO_CONTACT = "pin_reset_no_contact"
    CODE_WRONG = "code_wrong"
    CODE_EXPIRED = "code_expired"
    CODE_TOO_MANY = "code_too_many"
    CUSTOMER_NOT_FOUND = "customer_not_found"
    ALREADY_REGISTERED = "already_registered"
    OPERATION_UNKNOWN = "operation_unknown"
    OPERATION_CONFLICT = "operation_conflict"
    OPERATION_RUNNING = "operation_running"
    NOT_REVERSIBLE = "not_reversible"
    MOVEMENT_UNKNOWN = "movement_unknown"
    VOUCHER_UNKNOWN = "voucher_unknown"
    VOUCHER_USED = "voucher_used"
    SERVER_FAULT = "server_fault"
    SERVER_REFUSED = "server_refused"
    NETWORK_DOWN = "network_down"
    NETWORK_NO_ANSWER = "network_no_answer"
    BAD_ANSWER = "bad_answer"
    NOT_CONFIGURED = "not_configured"


# The one place with readable text: a later i18n module translates these.
# Placeholders: {field}, {attempts}, {seconds}, {code}; a variant keyed
# "<problem>+<placeholder>" is used when that detail is known.
MESSAGES: dict[str, str] = {
    "terminal_sign_in": "The terminal could not sign in to the loyalty server: ask the shop manager to check the terminal's user, password, serial number and api key in the settings.",
    "customer_sign_in": "The user name or password is not right: ask the customer to type them again.",
    "session_expired": "The connection to the loyalty server had to be renewed and failed: try again.",
    "customer_session_expired": "The customer's session has expired: ask the customer to sign in again.",
    "not_allowed": "This terminal is not allowed to do that on the loyalty server: call support.",
    "too_many_tries": "Too many tries: wait a while, then try again.",
    "too_many_tries+seconds": "Too many tries; wait {seconds} s.",
    "bad_field": "The loyalty server refused what was sent: check what was entered and try again.",
    "bad_field+field": "The loyalty server refused the value of “{field}”: check it and try again.",
    "card_unknown": "This card is not known to the loyalty program: scan it again or check the number.",
    "card_blocked": "This card is blocked or was replaced: ask the customer for their current card.",
    "card_in_use": "That new card number is already in use: take another new card.",
    "wrong_pin": "The PIN is not right: ask the customer to type it again.",
    "wrong_pin+attempts": "The PIN is not right ({attempts} tries left): ask the customer to type it again.",
    "pin_locked": "The PIN is locked after too many wrong tries: the customer must reset it before redeeming.",
    "current_pin_needed": "This card already has a PIN: the customer must type the current PIN to choose a new one.",
    "not_enough_points": "There are not enough points on the card: check the balance and use fewer points.",
    "not_enough_credit": "There is not enough credit on the card: check the balance and use less credit.",
    "offline_redeem_refused": "This campaign does not allow this redemption without the customer's PIN: it is beyond what may be redeemed offline.",
    "pin_reset_no_contact": "This customer has no e-mail or phone on file, so the PIN cannot be reset here: the customer must first add one to their account.",
    "code_wrong": "The code is not right: check it and type it again.",
    "code_expired": "The code has expired or was already used: ask for a new code.",
    "code_too_many": "Too many tries or codes: wait a while, then ask for a new code.",
    "code_too_many+seconds": "Too many tries or codes: wait {seconds} seconds, then try again.",
    "customer_not_found": "No customer was found: sign up as a new customer.",
    "already_registered": "This customer is already registered: sign in instead.",
    "operation_unknown": "The loyalty server has no record of this operation: it was not applied.",
    "operation_conflict": "This operation was already sent with different details: call support.",
    "operation_running": "The loyalty server is still working on this operation: wait a moment and check again.",
    "not_reversible": "This movement cannot be reversed: it was already reversed or is itself a reversal.",
    "movement_unknown": "The movement to reverse is not known to the loyalty server: check the card's history.",
    "voucher_unknown": "This voucher code is not known: check it and type it again.",
    "voucher_used": "This voucher was already used.",
    "server_fault": "The loyalty server has a problem: try again in a moment.",
    "server_fault+seconds": "The loyalty server has a problem: try again in {seconds} seconds.",
    "server_refused": "The loyalty server refused the request: try again, and call support if it keeps happening.",
    "server_refused+code": "The loyalty server refused the request (error {code}): try again, and call support if it keeps happening.",
    "network_down": "The loyalty server cannot be reached: check the network and try again.",
    "network_no_answer": "The loyalty server did not answer: the operation may have gone through, so check it before doing it again.",
    "bad_answer": "The loyalty server sent an answer the terminal cannot read: try again, and call support if it keeps happening.",
    "not_configured": "The terminal's loyalty sign-in is not set up: ask the shop manager to enter it in the settings.",
}

# A server-supplied field name is shown only if it looks like one, so a
# misbehaving server cannot smuggle other text into the cashier's message.
_FIELD_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_.\-]{0,40}$")


def cashier_message(
    problem: Problem,
    *,
    field: str | None = None,
    attempts: int | None = None,
    seconds: int | None = None,
    code: int | None = None,
) -> str:
    """The text for `problem`, with the most precise variant the details allow."""
    details = {"field": field, "attempts": attempts, "seconds": seconds, "code": code}
    for name, value in details.items():
        if value is None or (name == "field" and not _FIELD_NAME.match(str(value))):
            continue
        variant = MESSAGES.get(f"{problem.value}+{name}")
        if variant is not None:
            return variant.format(**{name: value})
    return MESSAGES[problem.value]


class LoyaltyError(KioskError):
    """Anything that stopped a call to the loyalty server; `message` is for the cashier."""

    def __init__(self, problem: Problem, message: str | None = None, *, server_message: str | None = None) -> None:
        super().__init__(message if message is not None else cashier_message(problem))
        self.problem = problem
        self.server_message = server_message


class ApiError(LoyaltyError):
    """The server answered, and the answer is a refusal or a fault.

    `retry_after` is the server's own wait in whole seconds, when it gave one:
    with Problem.TOO_MANY_TRIES (429/13) and CODE_TOO_MANY (429/52) it is how
    long before the next try is let through; with a fault, when to try again.
    """

    def __init__(
        self,
        problem: Problem,
        *,
        status: int,
        answer_code: AnswerCode | int | None,
        field: str | None = None,
        retry_after: int | None = None,
        attempts_left: int | None = None,
        server_message: str | None = None,
    ) -> None:
        message = cashier_message(
            problem,
            field=field,
            attempts=attempts_left,
            seconds=retry_after,
            code=int(answer_code) if answer_code is not None else None,
        )
        super().__init__(problem, message, server_message=server_message)
        self.status = status
        self.answer_code = answer_code
        self.field = field
        self.retry_after = retry_after
        self.attempts_left = attempts_left

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status}, answer_code={self.answer_code!r}, field={self.field!r})"


class SessionExpired(ApiError):
    """A customer signed in with card and PIN can only be let back in by typing the PIN again."""


class NetworkError(LoyaltyError):
    """No answer came back.

    `maybe_applied` is False only when the request never left the terminal (no
    connection); after it was sent, a lost answer may hide a call that was done.
    """

    def __init__(self, *, maybe_applied: bool, cause: str) -> None:
        super().__init__(Problem.NETWORK_NO_ANSWER if maybe_applied else Problem.NETWORK_DOWN)
        self.maybe_applied = maybe_applied
        self.cause = cause

    def __repr__(self) -> str:
        return f"NetworkError(maybe_applied={self.maybe_applied}, cause={self.cause!r})"


class BadAnswer(LoyaltyError):
    """The server answered something outside the contract; `detail` says what, for the log."""

    def __init__(self, detail: str, *, status: int | None = None) -> None:
        super().__init__(Problem.BAD_ANSWER)
        self.detail = detail
        self.status = status

    def __repr__(self) -> str:
        return f"BadAnswer(detail={self.detail!r}, status={self.status})"


class NotConfigured(LoyaltyError):
    """A call needs a sign-in (terminal or customersynchro) the client was not given."""

    def __init__(self, scope: str) -> None:
        super().__init__(Problem.NOT_CONFIGURED)
        self.scope = scope
