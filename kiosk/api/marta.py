"""The provider's wire details: every choice CONTRACT.md marks [assumed] lives here.

A real provider reference replaces this module (paths, answer codes, lifetimes,
header names); the client and the sandbox both read it, so they cannot drift
apart. Nothing here does I/O.
"""

from __future__ import annotations

import enum
import re

__all__ = [
    "AnswerCode",
    "ANSWER_STATUS",
    "API_KEY_HEADER",
    "IDEMPOTENCY_HEADER",
    "RETRY_AFTER_HEADER",
    "REPLAY_HEADER",
    "AUTHORIZATION_HEADER",
    "BEARER_PREFIX",
    "ERROR_CODE_KEY",
    "ERROR_MESSAGE_KEY",
    "ERROR_FIELD_KEY",
    "Scope",
    "DEVICETYPE_BROWSER",
    "ACCESS_TOKEN_SECONDS",
    "REFRESH_TOKEN_SECONDS",
    "IDEMPOTENCY_KEEP_DAYS",
    "CODE_DIGITS",
    "CODE_VALID_SECONDS",
    "CODE_MAX_TRIES",
    "CODE_RESEND_SECONDS",
    "CODE_MAX_SENDS_PER_HOUR",
    "PIN_MAX_WRONG_TRIES",
    "DEFAULT_OFFLINE_POLICY",
    "OFFLINE_APPROVAL",
    "OFFLINE_CLOCK_SKEW_SECONDS",
    "PIN_RESET_PURPOSE",
    "attempts_left_message",
    "parse_attempts_left",
    "Path",
    "MAX_AMOUNT",
    "MAX_ID",
    "OPERATIONID_MAX_LENGTH",
    "MOVEMENTS_LIMIT_DEFAULT",
    "MOVEMENTS_LIMIT_MAX",
    "CARDS_PAGE_DEFAULT",
    "CARDS_PAGE_MAX",
]

API_KEY_HEADER = "x-api-key"  # [marta-docs]
IDEMPOTENCY_HEADER = "Idempotency-Key"
RETRY_AFTER_HEADER = "Retry-After"
# [chosen, the contract is silent] The sync worker honours Retry-After (seconds) up
# to its backoff cap (kiosk/sync/backoff.py, 300 s), never longer: a proxy's
# "Retry-After: 86400" must not park a sale for a day. A person's "sync now"
# (`kiosk sync --once`, Send now on the queue screen) does not wait for it at all.

# Bounds of numbers on the wire: ids are signed 64-bit (what SQLite stores); one
# call moves at most MAX_AMOUNT cents or points, so balances never overflow.
MAX_ID = 2**63 - 1
MAX_AMOUNT = 1_000_000_000
OPERATIONID_MAX_LENGTH = 64
MOVEMENTS_LIMIT_DEFAULT = 20
MOVEMENTS_LIMIT_MAX = 200
CARDS_PAGE_DEFAULT = 500
CARDS_PAGE_MAX = 1000
REPLAY_HEADER = "Idempotent-Replay"  # "true" on an answer replayed for a repeated Idempotency-Key
AUTHORIZATION_HEADER = "Authorization"  # [marta-docs] the JWT from /auth
BEARER_PREFIX = "Bearer "

# The error body's keys: {"AnswerCode": int, "Message": str, "Field": str | null}.
ERROR_CODE_KEY = "AnswerCode"
ERROR_MESSAGE_KEY = "Message"
ERROR_FIELD_KEY = "Field"

DEVICETYPE_BROWSER = 1  # [seed] 1 browser, 2 Android, 3 iOS; the kiosk is a browser-like client

ACCESS_TOKEN_SECONDS = 900  # [marta-docs] 15 minutes
REFRESH_TOKEN_SECONDS = 3600  # [marta-docs] 60 minutes
IDEMPOTENCY_KEEP_DAYS = 30

CODE_DIGITS = 6
CODE_VALID_SECONDS = 600
CODE_MAX_TRIES = 5
CODE_RESEND_SECONDS = 30
CODE_MAX_SENDS_PER_HOUR = 5

PIN_MAX_WRONG_TRIES = 5

# Our extensions of the contract, for the enrolment wizard:
# - PATCH /customer/pincode {pincode, newpincode}: while the customer's card has
#   no PIN yet, `pincode` may be left out and `newpincode` sets the first one.
#   Once a PIN exists `pincode` is required (400/20, Field "pincode") and checked
#   like /terminal/pincode/verify (403/40 with attempts left, 423/41 locked).
#   `newpincode` is exactly the campaign's `pincodelength` digits, else 400/20.
#   200: {"card": <the card whose PIN was set>, "pinset": true}.
# - GET /customer (and the customer of /auth) also says `pinset`: whether the
#   customer's card has a PIN, so a wizard knows whether to ask for the old one.
# - Each field of /customer/customerdatafields may carry `text`: the full wording
#   (a consent's whole statement) where `label` is the short one; null if none.
# - PUT /customer refuses (400/20, Field naming it) a change that would leave a
#   visible mandatory field without a value.
#
# Our extensions of the contract, for a PIN reset at the counter (the cashier
# has only the card; the customer has forgotten the PIN or it is locked):
# - POST /customer/generateverificationcode (scope customersynchro) also takes
#   {card, purpose: "pincode", devicetype}. The code (same rules as every
#   one-time code: lifetime, resend wait, 5 tries, hourly limit) goes to the
#   e-mail on file for the card's customer, else to the mobile on file; never to
#   an address in the request, which is refused (400/20 naming it). Without
#   `purpose`, or with "credentials", the body is the seed's {customerid, email
#   | mobile, devicetype}. 200: the usual {sent, expiresin, resendafter} plus
#   `sentto`, the address masked for a screen: an e-mail keeps the first letter
#   and the domain ("g••••@example.com"), a phone its country code and last 4
#   digits ("+39 ••• ••• 4567"). A customer with neither on file: 400/20, Field
#   "card"; unknown card 404/30; blocked or replaced card 409/31.
# - PATCH /customer/pincode/reset is in scope customersynchro and takes
#   {card, verificationcode, newpincode}. Only the newest "pincode" code sent
#   for the card's customer counts, and only while that address is still on
#   file (a code for enrolment never resets a PIN): 400/50, 400/51, 429/52 as
#   elsewhere. `newpincode` is exactly the campaign's `pincodelength` digits,
#   else 400/20 Field "newpincode" (checked first, so a typo spends no try).
#   It sets the PIN and clears the wrong-try count and the lock.
#   200: {"card", "pinset": true}, as PATCH /customer/pincode.
#
# Our extensions of the contract, for redemption approved offline by a manager:
# - POST /terminal/movement/burnpoints takes, instead of `pincode`,
#   "approval": "offline" with "datetime" (ISO 8601 UTC, when the manager
#   approved it at the till; at most OFFLINE_CLOCK_SKEW_SECONDS ahead of the
#   server's clock). Exactly one of `pincode` and `approval`, else 400/20. The
#   movement is dated `datetime`, and shows "approval": "offline" (null for
#   every other movement). With a pincode, `datetime` is not read.
# - The server takes an offline-approved burn only if the campaign's
#   offlinepolicy.redeem is true, the points are at least `minredeempoints`,
#   and in every window of `redeemwindowhours` that holds this one's datetime
#   (a window (end - hours, end]), the card's offline-approved burns (reversed
#   ones left out) plus this one stay within `redeemmaxpoints`, and, when
#   `redeemmaxtotalpoints` > 0, the same for the terminal's (serialnumber) own
#   offline-approved burns against that cap. Burns dated after this one count:
#   approvals reach the server late and out of order.
#   Otherwise 409/44. Not enough points stays 409/42. Burncredit stays
#   PIN-only.
# - offlinepolicy also has `redeemmaxtotalpoints`; absent or 0 means no cap
#   across the terminal.
# - Sandbox only (CONTRACT §5): PUT /sandbox/campaign/offlinepolicy with the
#   whole policy {earn, redeem, redeemmaxpoints, redeemwindowhours,
#   redeemmaxtotalpoints} replaces the demo campaign's; it answers the policy.

DEFAULT_OFFLINE_POLICY = {
    "earn": True,
    "redeem": False,
    "redeemmaxpoints": 0,
    "redeemwindowhours": 24,
}

#: The burnpoints `approval` of a redemption a manager approved while the terminal was offline.
OFFLINE_APPROVAL = "offline"
#: How far ahead of the server's clock an offline approval's time may be (terminal clocks drift).
OFFLINE_CLOCK_SKEW_SECONDS = 300
#: The generateverificationcode `purpose` of a code that resets a card's PIN.
PIN_RESET_PURPOSE = "pincode"


class Scope(str, enum.Enum):
    """Authentication scopes [marta-docs]."""

    TERMINAL = "terminal"
    CUSTOMERSYNCHRO = "customersynchro"
    CUSTOMER = "customer"


class AnswerCode(enum.IntEnum):
    """The AnswerCode table of CONTRACT.md (53 is [seed], the rest [assumed]).

    Codes 32, 44, 63, 64, 70 and 71 are our additions for answers the contract's
    table has no row for (see ANSWER_STATUS).
    """

    WRONG_CREDENTIALS = 10
    TOKEN_EXPIRED = 11
    SCOPE_FORBIDDEN = 12
    BAD_FIELD = 20
    CARD_UNKNOWN = 30
    CARD_BLOCKED = 31
    CARD_IN_USE = 32
    WRONG_PIN = 40
    PIN_LOCKED = 41
    NOT_ENOUGH_POINTS = 42
    NOT_ENOUGH_CREDIT = 43
    OFFLINE_REDEEM_REFUSED = 44
    CODE_WRONG = 50
    CODE_EXPIRED = 51
    CODE_TOO_MANY = 52
    NEW_CUSTOMER = 53
    ALREADY_REGISTERED = 54
    OPERATION_UNKNOWN = 60
    KEY_REUSED = 61
    OPERATION_RUNNING = 62
    MOVEMENT_NOT_REVERSIBLE = 63
    MOVEMENT_UNKNOWN = 64
    VOUCHER_UNKNOWN = 70
    VOUCHER_USED = 71
    SERVER_FAULT = 90


#: The HTTP status that goes with each AnswerCode.
ANSWER_STATUS: dict[AnswerCode, int] = {
    AnswerCode.WRONG_CREDENTIALS: 401,
    AnswerCode.TOKEN_EXPIRED: 401,
    AnswerCode.SCOPE_FORBIDDEN: 403,
    AnswerCode.BAD_FIELD: 400,
    AnswerCode.CARD_UNKNOWN: 404,
    AnswerCode.CARD_BLOCKED: 409,
    AnswerCode.CARD_IN_USE: 409,
    AnswerCode.WRONG_PIN: 403,
    AnswerCode.PIN_LOCKED: 423,
    AnswerCode.NOT_ENOUGH_POINTS: 409,
    AnswerCode.NOT_ENOUGH_CREDIT: 409,
    AnswerCode.OFFLINE_REDEEM_REFUSED: 409,
    AnswerCode.CODE_WRONG: 400,
    AnswerCode.CODE_EXPIRED: 400,
    AnswerCode.CODE_TOO_MANY: 429,
    AnswerCode.NEW_CUSTOMER: 402,
    AnswerCode.ALREADY_REGISTERED: 409,
    AnswerCode.OPERATION_UNKNOWN: 404,
    AnswerCode.KEY_REUSED: 422,
    AnswerCode.OPERATION_RUNNING: 409,
    AnswerCode.MOVEMENT_NOT_REVERSIBLE: 409,
    AnswerCode.MOVEMENT_UNKNOWN: 404,
    AnswerCode.VOUCHER_UNKNOWN: 404,
    AnswerCode.VOUCHER_USED: 409,
    AnswerCode.SERVER_FAULT: 503,
}

_ATTEMPTS_LEFT = re.compile(r"(\d+) attempts? left")


def attempts_left_message(left: int) -> str:
    """The `Message` of a 403/40 answer: the contract says it carries the tries left."""
    return f"Wrong PIN: {left} attempt{'s' if left != 1 else ''} left"


def parse_attempts_left(message: str | None) -> int | None:
    """Read the tries left back out of a 403/40 `Message`, if it says."""
    if not message:
        return None
    match = _ATTEMPTS_LEFT.search(message)
    return int(match.group(1)) if match else None


class Path:
    """Every path of sections 1-5 of the contract that the kiosk uses."""

    AUTH = "/auth"
    REFRESH = "/auth/refreshToken"

    CHECKCARD = "/customer/checkcard"
    VERIFYEMAIL = "/customer/verifyemail"
    REGISTER_WITH_CODE = "/customer/registrationVCWithVerificationCode"
    GENERATE_CODE = "/customer/generateverificationcode"
    CHANGE_CREDENTIALS_WITH_CODE = "/customer/changeUAPByVerificationCode"
    DATAFIELDS = "/customer/customerdatafields/{campaignid}"
    CUSTOMER = "/customer"
    CUSTOMER_PIN = "/customer/pincode"
    PIN_RESET = "/customer/pincode/reset"

    CAMPAIGN = "/terminal/campaign/{campaignid}"
    CARD = "/terminal/card"
    EVALUATE = "/terminal/movement/evaluate"
    PURCHASE = "/terminal/movement/purchase"
    BURNPOINTS = "/terminal/movement/burnpoints"
    BURNCREDIT = "/terminal/movement/burncredit"
    LOADCREDIT = "/terminal/movement/loadcredit"
    MOVEMENT = "/terminal/movement/{movementid}"
    MOVEMENTS = "/terminal/movements"
    OPERATION = "/terminal/operation/{operationid}"
    PIN_VERIFY = "/terminal/pincode/verify"
    CARD_BLOCK = "/terminal/card/{card}/block"
    CARD_UNBLOCK = "/terminal/card/{card}/unblock"
    CARD_REPLACE = "/terminal/card/{card}/replace"
    VOUCHER_VALIDATE = "/terminal/voucher/validate"
    CARDS = "/terminal/cards"

    SANDBOX_MESSAGES = "/sandbox/messages"
    SANDBOX_FAULTS = "/sandbox/faults"
    SANDBOX_CLOCK = "/sandbox/clock"
    SANDBOX_OFFLINE_POLICY = "/sandbox/campaign/offlinepolicy"
