"""What can go wrong talking to the loyalty server, as typed values a face words.

An error carries a `Problem` and its details (tries left, seconds to wait, the
field at fault, the answer code); never a PIN, code, password, token, nor the
text the server sent (that is kept apart in `server_message`, for the log and
for support, and never shown).
"""

from __future__ import annotations

import enum
import re

from kiosk.api.marta import AnswerCode
from kiosk.domain.errors import KioskError, register_family

__all__ = [
    "Problem",
    "details",
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
    VOUCHER_EXPIRED = "voucher_expired"
    TOO_FEW_POINTS_FOR_VOUCHER = "too_few_points_for_voucher"  # below the campaign's minredeempoints
    PRIZE_UNKNOWN = "prize_unknown"
    PRIZE_OUT_OF_STOCK = "prize_out_of_stock"
    SHIPPING_ADDRESS_NEEDED = "shipping_address_needed"
    PRIZE_REQUEST_UNKNOWN = "prize_request_unknown"
    PRIZE_REQUEST_NOT_CANCELLABLE = "prize_request_not_cancellable"
    CONTEST_UNKNOWN = "contest_unknown"
    NO_PLAYS_LEFT = "no_plays_left"
    NEWS_UNKNOWN = "news_unknown"
    NOTIFICATION_UNKNOWN = "notification_unknown"
    STORE_UNKNOWN = "store_unknown"
    GEOLOCATION_CONSENT_NEEDED = "geolocation_consent_needed"  # stores near a position need the customer's consent
    WRONG_PASSWORD = "wrong_password"  # the customer's current password, to change it or to erase the account
    NO_PASSWORD = "no_password"  # the account has none (a card-only customer): nothing to change or confirm with
    SERVER_FAULT = "server_fault"
    SERVER_REFUSED = "server_refused"
    NETWORK_DOWN = "network_down"
    NETWORK_NO_ANSWER = "network_no_answer"
    BAD_ANSWER = "bad_answer"
    NOT_CONFIGURED = "not_configured"


register_family("problem", Problem)


# A server-supplied field name is kept only if it looks like one, so a
# misbehaving server cannot smuggle other text into what the cashier reads.
_FIELD_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_.\-]{0,40}$")


def details(
    *,
    field: str | None = None,
    attempts: int | None = None,
    seconds: int | None = None,
    code: int | None = None,
) -> dict[str, object]:
    """The details a face may word with a Problem: only those known, and a field only if it looks like one."""
    found: dict[str, object] = {}
    if field is not None and _FIELD_NAME.match(str(field)):
        found["field"] = str(field)
    for name, value in (("attempts", attempts), ("seconds", seconds), ("code", code)):
        if value is not None:
            found[name] = int(value)
    return found


class LoyaltyError(KioskError):
    """Anything that stopped a call to the loyalty server: `problem` says what, the face words it.

    `server_message` is the server's own text, for the log and for support: never shown on a screen.
    """

    def __init__(self, problem: Problem, *, server_message: str | None = None, **params: object) -> None:
        super().__init__(problem, **params)
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
        super().__init__(
            problem,
            server_message=server_message,
            **details(
                field=field,
                attempts=attempts_left,
                seconds=retry_after,
                code=int(answer_code) if answer_code is not None else None,
            ),
        )
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
