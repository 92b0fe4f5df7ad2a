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

DEFAULT_OFFLINE_POLICY = {
    "earn": True,
    "redeem": False,
    "redeemmaxpoints": 0,
    "redeemwindowhours": 24,
}


class Scope(str, enum.Enum):
    """Authentication scopes [marta-docs]."""

    TERMINAL = "terminal"
    CUSTOMERSYNCHRO = "customersynchro"
    CUSTOMER = "customer"


class AnswerCode(enum.IntEnum):
    """The AnswerCode table of CONTRACT.md (53 is [seed], the rest [assumed]).

    Codes 32, 63, 64, 70 and 71 are our additions for answers the contract's
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
