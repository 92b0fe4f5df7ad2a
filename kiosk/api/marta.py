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
    "SANDBOX_KEY_HEADER",
    "MAX_BODY_BYTES",
    "SANDBOX_PURGE_SECONDS",
    "SANDBOX_PURGE_BATCH",
    "IDEMPOTENCY_KEEP_SECONDS",
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
    "LOGIN_FAILS_MAX",
    "LOGIN_FAILS_WINDOW_SECONDS",
    "LOGIN_FIRST_WAIT_SECONDS",
    "LOGIN_MAX_WAIT_SECONDS",
    "TERMINAL_WRONG_PINS_MAX",
    "TERMINAL_WRONG_PINS_WINDOW_SECONDS",
    "LOOKUP_MISSES_MAX",
    "LOOKUP_MISSES_WINDOW_SECONDS",
    "DEFAULT_OFFLINE_POLICY",
    "OFFLINE_APPROVAL",
    "OFFLINE_CLOCK_SKEW_SECONDS",
    "PIN_RESET_PURPOSE",
    "PASSWORD_RESET_PURPOSE",
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
    "CONTACTHASH_ALGORITHM",
    "CONTACTHASH_MIN_N",
    "CONTACTHASH_R",
    "CONTACTHASH_DKLEN",
    "VOUCHER_FROM_POINTS_DAYS",
    "VOUCHER_CODE_LENGTH",
    "VOUCHERS_LIMIT",
    "PrizeDelivery",
    "PrizeRequestState",
    "PRIZE_ADDRESS_FIELD",
]

API_KEY_HEADER = "x-api-key"  # [marta-docs]
IDEMPOTENCY_HEADER = "Idempotency-Key"
RETRY_AFTER_HEADER = "Retry-After"
SANDBOX_KEY_HEADER = "x-sandbox-key"  # CONTRACT §5: the demo's control key on every /sandbox/ call
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

# Limits against guessing (CONTRACT "Limits against guessing and flooding"): a
# call past a limit is 429/13 with Retry-After in whole seconds, refused before
# anything in it is checked, and is not itself counted. Our choices where the
# contract is silent:
# - Counts live in the server's memory (kiosk/sandbox/throttle.py), on its own
#   movable clock, not in its database: they are short-lived, a restart forgets
#   them (as a restart of a real server's rate limiter would), and a flood of
#   guesses writes nothing to disk. Only `Retry-After` tells how long to wait.
# - Failed logins: a POST /auth refused with 401/10 (wrong password, unknown
#   user, wrong serial number), or a card login's wrong PIN (403/40, or the
#   423/41 of the try that locks), counts for the username (per campaign and
#   scope; a customer's in lower case) or the card, and for the client's
#   address. A success clears nothing: "5 in 15 minutes" means failures. After
#   LOGIN_FAILS_MAX in LOGIN_FAILS_WINDOW_SECONDS each further failure blocks for
#   LOGIN_FIRST_WAIT_SECONDS, doubling with each block up to
#   LOGIN_MAX_WAIT_SECONDS; the doubling starts over after a quiet window.
#   A card login held back by the throttle answers 429 even if the card's PIN
#   is locked (423 comes back after the wait).
# - Wrong PINs per terminal: every 403/40 (and locking 423/41) of a PIN typed
#   through a terminal's session (burnpoints, burncredit, pincode/verify, a
#   card login at a kiosk) counts for that terminal login; past
#   TERMINAL_WRONG_PINS_MAX in the window its PIN-checked calls are 429/13 until
#   the oldest counted try leaves the window. Its other calls go on.
# - Look-ups that find nothing: GET /terminal/card by email or mobile that is
#   404/30, and GET /customer/checkcard that is 402/53 (any of card, email,
#   mobile), count for the calling login and the client's address; past
#   LOOKUP_MISSES_MAX in the window those look-ups are 429/13 (a look-up by card
#   number at the counter never is) until the oldest miss leaves the window.
LOGIN_FAILS_MAX = 5
LOGIN_FAILS_WINDOW_SECONDS = 15 * 60
LOGIN_FIRST_WAIT_SECONDS = 60
LOGIN_MAX_WAIT_SECONDS = 3600
TERMINAL_WRONG_PINS_MAX = 20
TERMINAL_WRONG_PINS_WINDOW_SECONDS = 10 * 60
LOOKUP_MISSES_MAX = 30
LOOKUP_MISSES_WINDOW_SECONDS = 60

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
# Our choices where the contract's "knowing a card's number is not owning it"
# (CONTRACT §2 generateverificationcode) is silent:
# - GET /customer/checkcard's 200 also says `pinset`: whether the card found has
#   a PIN, so the wizard knows to ask for "the PIN that came with the card"
#   before the code is sent.
# - The PIN checked is that of the customer's card in use (an active one, else
#   a blocked one). A missing `pincode` is 403/40 Field "pincode" without
#   "attempts left" and is not counted as a wrong try; a wrong one is counted
#   with the same per-card count as burnpoints and /terminal/pincode/verify and
#   says the attempts left; a locked PIN is 423/41 whatever is sent, even the
#   right PIN. The PIN is checked before the address is looked at (no
#   "belongs to another customer" without it), and nothing is sent on refusal.
# - A card that never had a PIN needs none here (there is nothing to prove
#   ownership with); its customer chooses the first PIN at the end of enrolment.
#
# Our choices for GET /customer/movements?limit= (CONTRACT §4 names the path only),
# for the kiosk's "My card":
# - Scope customer; a terminal's or an enrolment login's token is 403/12, as on
#   every customer path. `limit` has the bounds of GET /terminal/movements
#   (1..MOVEMENTS_LIMIT_MAX, default MOVEMENTS_LIMIT_DEFAULT; else 400/20).
# - 200 is the MovementList of GET /terminal/movements: `card` is the customer's
#   card in use (as GET /customer's `card`), `movements` newest first (by
#   movementid, the order the server recorded them).
# - What a customer sees: only the movements of their own card in use and of the
#   cards it replaced, back along the chain of replacements (POST
#   /terminal/card/{card}/replace keeps the customer), so the history does not
#   vanish when a lost card is replaced, and a reversal made on the new card sits
#   beside the movement it reverses. Each movement keeps its own `card`. Never a
#   movement of a card that is not the customer's.
# - `serialnumber` (which till) is null in this list: a customer has no use for a
#   shop's device ids, and the shape allows null. Everything else is as the till
#   sees it (the receipt and the offline `approval` are the customer's own facts).
# - A customer with no card at all: 404/30, Field "card", as PATCH /customer/pincode.
#
# Our extensions of the contract, for redemption approved offline by a manager:
# - POST /terminal/movement/burnpoints takes, instead of `pincode`,
#   "approval": "offline" with "datetime" (ISO 8601 UTC, when the manager
#   approved it at the till). Exactly one of `pincode` and `approval`, else 400/20. The
#   movement is dated `datetime`, and shows "approval": "offline" (null for
#   every other movement). With a pincode, `datetime` is not read.
# - The server takes an offline-approved burn only if the campaign's
#   offlinepolicy.redeem is true, its `datetime` is neither more than
#   `redeemwindowhours` before the server's clock when the burn is applied nor
#   more than OFFLINE_CLOCK_SKEW_SECONDS after it (CONTRACT §3: 409/44, Field
#   "datetime"; a repeat of a burn already taken replays its answer whenever it
#   comes), the points are at least `minredeempoints`,
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
#: The generateverificationcode `purpose` of a code that resets a forgotten password.
PASSWORD_RESET_PURPOSE = "password"


class Scope(str, enum.Enum):
    """Authentication scopes [marta-docs]."""

    TERMINAL = "terminal"
    CUSTOMERSYNCHRO = "customersynchro"
    CUSTOMER = "customer"


class AnswerCode(enum.IntEnum):
    """The AnswerCode table of CONTRACT.md (53 is [seed], the rest [assumed]).

    Codes 32, 44, 63, 64, 70, 71 and 72 are our additions for answers the contract's
    table has no row for (see ANSWER_STATUS); so are 80-85, the prize catalogue's
    and InstantWin's (see the notes on prizes below), 86-88, news', notifications'
    and stores' (see the notes on news below), and 45, a wrong current password
    (see the notes on the customer's own details below).
    """

    WRONG_CREDENTIALS = 10
    TOKEN_EXPIRED = 11
    SCOPE_FORBIDDEN = 12
    TOO_MANY_TRIES = 13
    BAD_FIELD = 20
    BODY_TOO_LARGE = 21
    CARD_UNKNOWN = 30
    CARD_BLOCKED = 31
    CARD_IN_USE = 32
    WRONG_PIN = 40
    PIN_LOCKED = 41
    NOT_ENOUGH_POINTS = 42
    NOT_ENOUGH_CREDIT = 43
    OFFLINE_REDEEM_REFUSED = 44
    WRONG_PASSWORD = 45
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
    VOUCHER_EXPIRED = 72
    PRIZE_UNKNOWN = 80
    PRIZE_OUT_OF_STOCK = 81
    PRIZE_REQUEST_UNKNOWN = 82
    PRIZE_REQUEST_STATE = 83
    CONTEST_UNKNOWN = 84
    NO_PLAYS_LEFT = 85
    NEWS_UNKNOWN = 86
    NOTIFICATION_UNKNOWN = 87
    STORE_UNKNOWN = 88
    SERVER_FAULT = 90


#: The HTTP status that goes with each AnswerCode.
ANSWER_STATUS: dict[AnswerCode, int] = {
    AnswerCode.WRONG_CREDENTIALS: 401,
    AnswerCode.TOKEN_EXPIRED: 401,
    AnswerCode.SCOPE_FORBIDDEN: 403,
    AnswerCode.TOO_MANY_TRIES: 429,
    AnswerCode.BAD_FIELD: 400,
    AnswerCode.BODY_TOO_LARGE: 413,
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
    AnswerCode.VOUCHER_EXPIRED: 409,
    AnswerCode.PRIZE_UNKNOWN: 404,
    AnswerCode.PRIZE_OUT_OF_STOCK: 409,
    AnswerCode.PRIZE_REQUEST_UNKNOWN: 404,
    AnswerCode.PRIZE_REQUEST_STATE: 409,
    AnswerCode.CONTEST_UNKNOWN: 404,
    AnswerCode.NO_PLAYS_LEFT: 409,
    AnswerCode.NEWS_UNKNOWN: 404,
    AnswerCode.NOTIFICATION_UNKNOWN: 404,
    AnswerCode.STORE_UNKNOWN: 404,
    AnswerCode.WRONG_PASSWORD: 403,
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


# Limits of the sandbox server, where the contract names the rule but not every detail:
# - Request bodies: MAX_BODY_BYTES (64 KiB). A larger Content-Length is 413/21 at
#   once; a chunked body is counted as it arrives and cut off at the limit, so the
#   server never holds more than the limit of it. Both before the api key is read.
# - /sandbox/ (CONTRACT §5) exists only with `kiosk sandbox serve --dev`. The control
#   key is 32 random bytes (url-safe base64) made once per data folder and kept in the
#   file `controlkey` there (mode 0600); a missing or wrong `x-sandbox-key` is 401/10,
#   compared in constant time.
# - Refresh tokens are spent once. Every token of one login (the first /auth and the
#   refreshes that follow it) is one family; presenting a refresh token that was
#   already spent, while it would still have been valid, revokes the whole family
#   (401/10 "sign in again"), so the thief and the owner both sign in again. A client
#   that re-sends a refresh whose answer it lost meets the same: it signs in again.
# - The server purges on its own, at start and then every SANDBOX_PURGE_SECONDS:
#   tokens past their expiry, one-time codes that are expired, used, superseded or
#   burned once they are over an hour old (the hourly send limit still counts them
#   until then), and idempotency rows older than IDEMPOTENCY_KEEP_SECONDS (30 days).
#   Each transaction deletes at most SANDBOX_PURGE_BATCH rows of a table, so requests
#   wait at most one short batch.
MAX_BODY_BYTES = 64 * 1024
SANDBOX_PURGE_SECONDS = 300
SANDBOX_PURGE_BATCH = 500
IDEMPOTENCY_KEEP_SECONDS = 30 * 86400


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
    CUSTOMER_MOVEMENTS = "/customer/movements"
    CUSTOMER_PROMOTIONS = "/customer/promotions"
    CUSTOMER_VOUCHERS = "/customer/vouchers"
    PIN_RESET = "/customer/pincode/reset"
    PRIZE_CATEGORIES = "/customer/prizecategories"
    PRIZES = "/customer/prizes"
    PRIZE_REQUEST = "/customer/prizes/{prizeid}/request"
    PRIZE_REQUESTS = "/customer/prizerequests"
    PRIZE_REQUEST_CANCEL = "/customer/prizerequests/{requestid}/cancel"
    INSTANTWIN = "/customer/instantwin"
    INSTANTWIN_PLAY = "/customer/instantwin/{contestid}/play"
    NEWS = "/customer/news"
    NEWS_READ = "/customer/news/{newsid}/read"
    NOTIFICATIONS = "/customer/notifications"
    NOTIFICATION_READ = "/customer/notifications/{notificationid}/read"
    BADGES = "/customer/badges"
    STORES = "/customer/stores"
    PREFERRED_STORES = "/customer/preferredstores"
    CUSTOMER_PASSWORD = "/customer/password"
    PASSWORD_RESET = "/customer/password/reset"

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
    VOUCHER_USE = "/terminal/voucher/use"
    CARD_OFFERS = "/terminal/card/{card}/offers"
    CARDS = "/terminal/cards"

    SANDBOX_MESSAGES = "/sandbox/messages"
    SANDBOX_FAULTS = "/sandbox/faults"
    SANDBOX_CLOCK = "/sandbox/clock"
    SANDBOX_OFFLINE_POLICY = "/sandbox/campaign/offlinepolicy"
    SANDBOX_PRIZE_REQUEST_STATE = "/sandbox/prizerequests/{requestid}/state"
    SANDBOX_CONTEST = "/sandbox/instantwin/{contestid}"

# -- Contact hashes of the card directory (CONTRACT §3) -----------------------
# [assumed where §3 is silent]
# - `salt` is text; scrypt's salt is its UTF-8 bytes. The address hashed is the
#   normalised one (lower-case e-mail, E.164 phone), as UTF-8; the hash is 64 hex digits.
# - The server hashes an address when it is written (registration, PUT /customer,
#   seeding) and keeps the hash beside it; GET /terminal/cards only reads it.
# - New parameters (a new salt or cost) make every stored hash stale. The server
#   rehashes every address of the campaign in the same transaction, and a terminal
#   that sees parameters other than those its directory was filled with drops all of
#   its directory's hashes and fetches the directory again from the start. Until that
#   refetch is complete, an offline look-up by e-mail or phone says so instead of
#   "no card found": a stale hash must never silently find nobody.
# - A terminal refuses parameters below the floor (n < 32768, r != 8, n not a power
#   of two, p outside 1..16) as a bad answer rather than hashing cheaply.
# - A sandbox campaign made before contact hashes gets a random salt and n=32768, r=8,
#   p=1 on first use. The demo campaign's salt is public, like its api key, so that
#   tests reseeding it reuse the hashes already made in the process.
# - A terminal upgraded from a directory with names and SHA-256 hashes drops both
#   (store migration 6) and fetches the directory again from the start.
CONTACTHASH_ALGORITHM = "scrypt"
CONTACTHASH_MIN_N = 2**15
CONTACTHASH_R = 8
CONTACTHASH_DKLEN = 32

# -- Promotions and the offer wallet (CONTRACT §4) ----------------------------
# [assumed where §4 gives the shapes but not every rule]
# GET /customer/promotions
# - 200: {"promotions": [{promotionid, title, description, terms, imageurl, validfrom, validto, tags, clusters}]},
#   soonest to end first. `imageurl`, `terms`, `validfrom`, `validto` may be null (null: no limit that side).
# - A customer sees a promotion when its validfrom <= now < validto on the server's clock, and it targets
#   everyone (no tags and no clusters) or one of its tags or clusters is one the customer carries now. A
#   customer's tag or cluster may carry an expiry (SessionM's ttl): from that moment it targets nothing.
#   `tags` and `clusters` are the promotion's targeting, not the customer's.
# - Only a customer's own tags count; a promotion never says who else carries its tag.
# GET /customer/vouchers
# - 200: {"vouchers": [{code, title, description, terms, value, percent, currency, expiresat, state, source,
#   promotionid, createdat, usedat}]}: the customer's wallet, active first (soonest to expire first), then used
#   and expired ones, newest first; at most VOUCHERS_LIMIT of them. Exactly one of `value` (cents, in
#   `currency`) and `percent` is set. `state` is worked out on the server's clock when asked: "used" once
#   taken at a till, else "expired" from `expiresat` on (null `expiresat`: never expires), else "active".
# - Only the signed-in customer's vouchers, never another's; the campaign's shared codes (WELCOME10, printed
#   on flyers) belong to nobody and are in no wallet.
# POST /customer/vouchers {operationid, points, pincode} with the Idempotency-Key header (= operationid)
# - Turns `points` into a voucher worth points * pointvalue cents, source "points", valid
#   VOUCHER_FROM_POINTS_DAYS days. The points go in one movement of type "voucher" (points negative, on the
#   customer's card in use), so the history says where they went and a till cannot "reverse" it: DELETE
#   /terminal/movement/{id} of a "voucher" movement is 409/63 (giving the points back would leave the voucher
#   spendable too). A new type, not "burnpoints": a burnpoints is reversible at the till, and a history line
#   must tell a redemption at the counter from a voucher made by the customer.
# - The PIN is required (`pincode`; missing is 400/20): the kiosk's screen confirms with it, and a session
#   left open on a kiosk must not spend someone's points. It is checked like burnpoints (403/40 with attempts
#   left, counted per card across terminals; 423/41 locked; a card with no PIN yet is 403/40: set one first).
# - Refusals: points below the campaign's minredeempoints 400/20 Field "points"; more than the balance 409/42;
#   a blocked card 409/31; a customer with no card 404/30.
# - 200: the movement answer of burnpoints ({movementid, operationid, points, credit, balance, movement}) plus
#   `voucher` (the wallet voucher above). A repeat with the same key and body replays it (Idempotent-Replay);
#   the key is the campaign's, like every operationid, and the body's fingerprint includes the customer, so
#   another customer's repeat of a key is 422/61 and never sees someone else's voucher.
#   GET /terminal/operation/{operationid} finds it as any movement (the `voucher` is not in its `result`).
# POST /terminal/voucher/validate {code}: read only (CONTRACT §4; it consumed the voucher before).
# - Codes are matched without case and blanks at either end. 200: {code, title, description, terms, discount,
#   percent, value, currency, expiresat, state: "active", source, promotionid, valid: true}; `discount` is
#   `value` under its old name. A used voucher 409/71, an expired one 409/72, a code not of this campaign
#   404/70 (another campaign's code is unknown here).
# POST /terminal/voucher/use {operationid, code, receipt} with the Idempotency-Key header (= operationid)
# - Takes the voucher once: the same refusals as validate. 200: {operationid, code, usedat, receipt,
#   voucher: <as validate, state "used">}. A repeat of the same key and body replays the answer (even after
#   the voucher expired); the same key with another code or receipt is 422/61. Two tills using one voucher at
#   the same moment: one gets 200, the other 409/71 (one transaction checks and marks it).
# - GET /terminal/operation/{operationid} of a voucher use: {status: "applied", movementid: null, result: <the
#   use answer>} (a use moves no points). The client's LoyaltyClient.operation() reads movements' outcomes only:
#   a till that lost a use's answer sends the same use again, which replays it.
VOUCHER_FROM_POINTS_DAYS = 90
#: Codes the server makes: this many characters of an alphabet without 0/O, 1/I/L (typed at a till).
VOUCHER_CODE_LENGTH = 10
VOUCHERS_LIMIT = 200

# -- Prizes and InstantWin (CONTRACT §4) ----------------------------------------
# [assumed where §4 gives the shapes but not every rule]
# GET /customer/prizecategories -> {"categories": [{categoryid, title, imageurl}]}, in the campaign's order.
# GET /customer/prizes?category= -> {"prizes": [{prizeid, categoryid, title, description, imageurl, points,
#   stock}]}, cheapest first; `category` filters (an unknown one gives an empty list, not an error). Prizes out
#   of stock are listed with stock 0, so a screen can show them as run out; what the customer can afford is
#   the screen's sum (points <= the customer's points), not a server field.
# POST /customer/prizes/{prizeid}/request {operationid, delivery, address?, pincode?}, with the
#   Idempotency-Key header (= operationid), like every write that moves points:
# - delivery "store" (pick-up in the shop, the kiosk's default) or "ship". "ship" needs `address`
#   {recipient?, street, postcode, city, country?} (400/20, Field "address", when missing); with "store" an
#   address is refused the same way (the server keeps no address it has no use for).
# - `pincode`: optional. When sent, it is checked like burnpoints' (403/40 with the attempts left, counted in
#   the card's wrong tries and the login's; 423/41 locked) before anything moves. The kiosk always sends it
#   (the customer confirms a prize with the PIN at the screen, whoever left the session open); an app or web
#   session signed in with the password needs no PIN, as the token already proves the customer.
# - Refusals, in this order: the body (the address rule above) 400/20; blocked or replaced card 409/31; a
#   wrong or locked PIN; unknown prize (or another campaign's) 404/80; out of stock 409/81; not enough points
#   409/42 (its message says how many the card has). A refusal moves nothing and frees the operationid.
# - 200: the burnpoints answer {movementid, operationid, points, credit, balance, movement} plus "request"
#   (below). The points go as one movement of type "prize" (neither "burnpoints", which is a redemption at the
#   till with the campaign's minredeempoints, nor a voucher), so the history says what they bought, and GET
#   /terminal/operation/{operationid} settles a lost answer as for any PIN-checked write. A till cannot
#   reverse a "prize" movement (409/63): the customer cancels the request instead, which gives the stock back
#   too. Stock and points are checked and taken in one transaction: of two kiosks asking for the last item at
#   the same moment one gets it, the other 409/81.
# - Idempotent: the same operationid and body (the PIN left out, as in burnpoints) replays the answer with
#   Idempotent-Replay: true; another body, or another customer using the same operationid, is 422/61.
# GET /customer/prizerequests -> {"requests": [request...]}, newest first, only the signed-in customer's.
#   request: {requestid, prizeid, title, points, delivery, address, state, requestedat, updatedat}; state
#   "requested" -> "ready" (waiting in the shop, or dispatched) -> "delivered"; or "cancelled".
# POST /customer/prizerequests/{requestid}/cancel (no body): only while "requested" (else 409/83); gives the
#   points back as a "reversal" movement of the prize movement (reverses = its movementid) on the customer's
#   card in use, and the item back to stock. 200: {"request", "movement": the refund}. The request's own state
#   is its idempotency: cancelling a cancelled request answers the same again with Idempotent-Replay: true and
#   moves nothing. Another customer's request, or an unknown one: 404/82, never telling which.
#   Moving a request to "ready" and "delivered" is the shop's back office (not in this contract); the sandbox
#   does it with POST /sandbox/prizerequests/{requestid}/state {"state": "ready" | "delivered"} (control key;
#   forward only, 409/83 otherwise). A customer whose card is blocked cannot cancel (409/31): the points
#   would land on a card nobody may use.
# - The shipping address is personal data: an erasure (DELETE /customer) must wipe it with the rest.
# GET /customer/instantwin -> {"contests": [{contestid, title, terms, playsleft}]}: the contests of the
#   campaign open now, with the plays this customer has left (0 included, so a screen can say so).
# POST /customer/instantwin/{contestid}/play {operationid}, with the Idempotency-Key header:
# - 200 {contestid, won, prize: voucher | null, playsleft}. The server draws with the contest's odds, and
#   only while the contest has prizes left in stock (none left: every play loses). The draw is random on the
#   server (an outcome that could be worked out from the operationid would let a client pick winning ids);
#   the same operationid replays the stored result with Idempotent-Replay: true; another body or customer 422/61.
# - A won prize is a voucher of the wallet's shape (source "instantwin") in the customer's wallet at once:
#   {code, title, description, terms, value | percent, currency, expiresat, state, source}.
# - Unknown contest 404/84; no plays left 409/85; blocked or replaced card 409/31. No PIN: a play spends no
#   points.
# - A lost answer is settled by repeating the play with the same operationid in the customer's session (it
#   needs no PIN); GET /terminal/operation does not know plays (404/60): they move no points.
# - Answer codes 80-85 are ours (the contract's table has no row for them): 80 prize unknown (404), 81 prize
#   out of stock (409), 82 prize request unknown (404), 83 the request's state does not allow it (409),
#   84 contest unknown or closed (404), 85 no plays left (409).
# - Sandbox only: POST /sandbox/instantwin/{contestid} {odds, stock} sets a contest's odds (0..1) and prizes
#   left, so a demo or a test can make the next play win (1) or lose (0).


class PrizeDelivery(str, enum.Enum):
    STORE = "store"
    SHIP = "ship"


class PrizeRequestState(str, enum.Enum):
    REQUESTED = "requested"
    READY = "ready"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


#: The request's field that carries the shipping address (400/20 names it when missing or not wanted).
PRIZE_ADDRESS_FIELD = "address"

# -- A card's offers at the till [assumed: not in the contract] --------------------
# GET /terminal/card/{card}/offers (scope terminal): what the counter shows on look-up of a card.
# - 200: {card, vouchers, nextvoucher, promotions}: the number of the card's customer's active vouchers, the one
#   that expires first ({title, value, percent, currency, expiresat}; null when none), and the number of
#   promotions running now for that customer (as GET /customer/promotions counts them).
# - Counts and the next expiry only, never a voucher's code: a till that saw codes could spend them; the
#   customer shows the code (the kiosk's wallet, an app) when they want it taken.
# - An unknown card is 404/30; a blocked or replaced card still answers (its customer's offers).

# -- News, notifications, badges, stores and the event rules (CONTRACT §4) -----------------------
# [assumed where §4 gives the shapes but not every rule]
# GET /customer/news -> {"news": [{id, title, body, publishedat, read}]}: the campaign's news published by now on
#   the server's clock (a piece with a later publishedat is not shown yet), newest first, at most NEWS_LIMIT;
#   `read` is this customer's own mark. News is the campaign's, the same for every customer.
# PUT /customer/news/{id}/read (no body) -> the item, with read true. Idempotent by its nature: marking a read
#   item again answers the same and changes nothing (the first time it was read is kept). An id not of this
#   campaign, or not published yet: 404/86.
# GET /customer/notifications -> {"notifications": [same shape]}: messages to this customer only, newest first,
#   at most NEWS_LIMIT. PUT /customer/notifications/{id}/read: as for news; another customer's notification is
#   404/87, exactly as one that never was (never telling it exists).
# - Push consent is the privacy field PUSH_CONSENT ("usedforpush"). The seed's demo campaign had no such field:
#   the sandbox adds it (and GEOLOCATION_CONSENT) to the demo's privacy fields, optional, with its full wording.
#   The consent only decides whether the platform may *push* a notification to a phone; the customer's own list
#   is theirs to read at a kiosk with or without it (it is their mail box, not marketing sent to them).
# GET /customer/badges -> {"badges": [{badgeid, title, description, imageurl, earnedat}]}: every badge of the
#   campaign, earned ones first (newest earned first), then the ones still to earn (earnedat null), so a screen
#   can show what there is to aim for. How a badge is earned is the platform's business (the sandbox's demo
#   gives one to Giulia at seeding; an event rule can give one).
# GET /customer/stores?lat=&lon= -> {"stores": [{storeid, name, address, city, lat, lon, distance}]}: the
#   campaign's shops nearest first, `distance` in whole metres (great-circle, from lat/lon), at most STORES_LIMIT.
#   lat in -90..90, lon in -180..180 (else 400/20). Only for a customer whose privacy field GEOLOCATION_CONSENT is
#   true now: otherwise 403/12 with Field "usedforgeolocation" (the client words it as "consent needed", not as a
#   bad token). A kiosk passes its own shop's position (its settings), never the customer's.
# GET /customer/preferredstores -> {"stores": [{storeid, name, address, city, lat, lon, distance: null}]}, in
#   the order they were chosen; needs no consent (no position is used).
# POST /customer/preferredstores {storeid, preferred?: true} -> the list as GET answers it, after the change.
#   `preferred: false` removes it. Idempotent by state: adding one already there, or removing one that is not,
#   changes nothing and answers the list. An unknown store (or another campaign's): 404/88. No operationid: the
#   call moves no points and setting a state twice is the same as once.
# Event rules (002 Event Rewarding, 003 triggers, 004 tags with ttl): the campaign's rules, each with points and
#   optionally a tag given for `tagdays` days (a tag with an expiry, which targets promotions, see above):
# - "welcome": when a customer registers (PUT /customer/registrationVCWithVerificationCode, or a card customer
#   setting a login with changeUAPByVerificationCode).
# - "profile": the first time every visible non-privacy field of the campaign's form is filled (checked after
#   each PUT /customer and at registration). Consents are not part of it: a bonus must not buy a consent.
# - "birthday": when the customer is seen (sign-in with password or card+PIN, GET /customer, PUT /customer) on
#   their birthday or in the BIRTHDAY_BONUS_DAYS days after it, on the server's clock (UTC date); once a year
#   (a birthdate changed again the same year gives no second one). 29 February
#   counts as 28 February in other years. A platform would run a daily job; the sandbox has none, so it checks
#   when the customer shows up, which is all a kiosk can observe anyway.
# - Each is given once (the birthday once a year) and only to a card that is active; none is lost if the card
#   is blocked at that moment (it is checked again at the next chance). The points go as a movement of type
#   "bonus" with `reason` = the rule ("welcome", "birthday", "profile"); `operationid` is made by the server
#   ("bonus-<rule>-<customerid>-<period>"). A till cannot reverse a bonus (409/63): a gift of the programme is
#   not a sale of the till, and taking it back is the back office's decision.
# - Personal data these tables hold for an erasure (DELETE /customer) to wipe: notifications (their text may name
#   the customer), preferredstores, customerbadges, newsreads, customertags; eventawards and the bonus movements
#   hold none.
# - Movements of every other type have `reason` null.
NEWS_LIMIT = 100
STORES_LIMIT = 20
GEOLOCATION_CONSENT = "usedforgeolocation"
PUSH_CONSENT = "usedforpush"
BIRTHDAY_BONUS_DAYS = 7


class BonusReason(str, enum.Enum):
    """Why the programme gave a "bonus" movement (its `reason`)."""

    WELCOME = "welcome"
    BIRTHDAY = "birthday"
    PROFILE = "profile"

# -- The customer's own details: contact change, password, erasure (CONTRACT §4) ---------
# [assumed where §4 gives the calls but not every rule]
# PUT /customer (profile and consents after enrolment):
# - Only the fields sent change. A field the campaign marks mandatory and visible cannot be emptied (null or
#   blank: 400/20 naming it); a consent is withdrawn by sending false (or null when it is not mandatory). A
#   withdrawn usedforgeolocation or usedforpush holds from that answer on: the next GET /customer/stores is
#   403/12, and no push goes out.
# - A mailcontactdata or mobilecontactdata that replaces the one on file needs `verificationcode`: a code sent to
#   the NEW address by POST /customer/verifyemail {campaignid, email | mobile, devicetype} in the customer's
#   own session (the same
#   call onboarding uses in the customersynchro scope; in the customer scope it sends a "contact" code tied to
#   the customer). Missing: 400/20 Field "verificationcode"; wrong, expired, too many: 400/50, 400/51, 429/52,
#   counted like every code. An address of another customer: 409/54 (at the send already). One address per
#   PUT: a body replacing both is 400/20 Field "mobilecontactdata". Sending the address already on file is no
#   change and needs no code. Removing an address (null) needs no code, unless the field is required. The first
#   address of a kind (none on file: the seed's Data entry after enrolment adds a mobile to an e-mail login, or a
#   card-only customer adds one at the kiosk) needs no code either, as onboarding's PUT /customer [seed] has
#   none; such an address is unverified, and it is checked against other customers' (409/54) as before. A
#   removal followed by a new address needs no code either, but the removal already told the old address.
# - The old address gets a notice of the change (a message of kind "notice", purpose "contact", no code); the
#   directory's contact hashes are made again and the customer's cards stamped, so terminals fetch them anew.
# PATCH /customer/password {password, newpassword} (scope customer):
# - 200 {"passwordset": true}. A wrong current password is 403/45 (our code: 401/10 would read as "the
#   session is gone"), counted with failed sign-ins of that user name (429/13 past the login limit). A
#   customer without a password (signed in with card and PIN, never registered online) is 400/20 Field
#   "password". Other sessions of the customer stay signed in (a kiosk session is short-lived).
# POST /customer/generateverificationcode {email | mobile, purpose: "password", devicetype} (scope
#   customersynchro, like the PIN reset: the kiosk's or app's own onboarding session, as nobody is signed in):
# - Always 200 {sent, expiresin, resendafter}, whether or not a registered customer has the address, and the
#   same send limits (429/52) apply to any address, so the answer never tells a known address from an unknown
#   one. Only a registered customer's address gets a message; for any other a code is recorded (its hash)
#   and sent to nobody, so it can never be right.
# PATCH /customer/password/reset {email | mobile, verificationcode, newpassword} (scope customersynchro):
# - 200 {"passwordset": true}; wrong, expired or too many codes as everywhere (400/50, 400/51, 429/52), the
#   same for an unknown address. Every customer-scope session of the customer is revoked (401/10 next call).
# DELETE /customer {pincode | password} (scope customer; a body on DELETE, as the contract's other writes):
# - Exactly one of the two: `pincode` is checked like burnpoints' (403/40 with the attempts left, counted in
#   the card's and the login's wrong tries, 423/41 locked); `password` like PATCH /customer/password (403/45).
#   Neither or both: 400/20.
# - 200 {"erased": true, "customerid", "card"}. In one transaction: name, surname, gender, birthdate, e-mail,
#   mobile, user name, password, custom data, consents, contact hashes, tags, the one-time codes sent to the
#   customer, the shipping addresses of prize requests (in the requests and in their stored idempotent
#   answers) are wiped; every card of the customer is blocked and loses its PIN; active wallet vouchers expire
#   now; movements stay (they carry card numbers and amounts, no personal data); every token of the customer
#   is revoked. A notice goes to the address on file before it is wiped.
# - Repeating it: the session is revoked, so 401/10 (the client reads it as "signed out"); the erasure is
#   never done twice and never undone. Signing in again: by card 409/31 (blocked), by password 401/10.
# - The card directory (GET /terminal/cards) and GET /terminal/card say so: status "blocked", `erased: true`,
#   emailhash and mobilehash null, name and surname null, `registered_customer` false; the cards are stamped
#   so the directory's cursor hands them out again. A terminal that sees `erased` deletes the customer from
#   its cache, directory, history and saved enrolments (ISSUE 15, "Erasure leaves no bytes behind").

