"""What went wrong or what happened, as typed values: an enum member and its parameters, never a sentence.

Below `ui` nothing writes words for a person. An error says *what* happened
(`Why.AMOUNT_NOT_POSITIVE`, `Problem.WRONG_PIN` with `attempts=2`); the face
(`kiosk.ui.words`) or the command line (`kiosk.cli_text`) turns that into words
in the reader's language. Parameters never hold a PIN, a code, a password or a
token, nor text a server sent: only our own numbers, names and what the person
typed into a visible field (a card number, an address).
"""

from __future__ import annotations

import dataclasses
import enum
import json
import logging
from collections.abc import Mapping
from typing import Any

__all__ = [
    "Why",
    "PrinterState",
    "Notice",
    "KioskError",
    "InputError",
    "CardRefused",
    "UNEXPECTED",
    "message_for",
    "register_family",
]


class Why(enum.Enum):
    """What happened, below the face and outside the loyalty server's answers (those are `kiosk.api.Problem`).

    A plain Enum, not a str one: Why.CARD_BLOCKED must never equal Problem.CARD_BLOCKED.
    """

    # Anything nobody wrote words for (the traceback is in the log); and an old record's text.
    UNEXPECTED = "unexpected"
    UNKNOWN = "unknown"
    # Follow-ups said after another notice.
    TRY_AGAIN = "try_again"
    NOTHING_REDEEMED = "nothing_redeemed"
    NOTHING_REDEEMED_TRY_AGAIN = "nothing_redeemed_try_again"
    CONNECTING = "connecting"  # the embedded server is still starting: what a scan then is answered with
    # Amounts and points (params: example / example_cents are the format's own examples; minimum, available, waiting).
    AMOUNT_NOT_POSITIVE = "amount_not_positive"
    AMOUNT_TOO_LARGE = "amount_too_large"
    AMOUNT_NOT_A_NUMBER = "amount_not_a_number"
    AMOUNT_TOO_MANY_DECIMALS = "amount_too_many_decimals"
    POINTS_NOT_POSITIVE = "points_not_positive"
    POINTS_TOO_LARGE = "points_too_large"
    POINTS_NOT_A_NUMBER = "points_not_a_number"
    TOPUP_NOT_POSITIVE = "topup_not_positive"
    POINTS_BELOW_MINIMUM = "points_below_minimum"
    POINTS_NOT_ENOUGH = "points_not_enough"
    CREDIT_NOT_ENOUGH = "credit_not_enough"
    CAMPAIGN_UNKNOWN = "campaign_unknown"
    # Cards and look-ups (params: card, text, fmt, longest).
    NOT_A_CARD = "not_a_card"
    CARD_CHECK_DIGIT = "card_check_digit"
    NOT_AN_EMAIL = "not_an_email"
    NOT_A_PHONE = "not_a_phone"
    LOOKUP_EMPTY = "lookup_empty"
    LOOKUP_UNREADABLE = "lookup_unreadable"
    CARD_NOT_EAN13 = "card_not_ean13"
    CARD_NOT_CODE128 = "card_not_code128"
    CARD_FORMAT_UNKNOWN = "card_format_unknown"
    QR_NO_CARD = "qr_no_card"
    QR_TOO_LONG = "qr_too_long"
    CARD_REPLACED = "card_replaced"  # params: card, new_card (may be absent)
    CARD_BLOCKED = "card_blocked"
    CARD_UNCHECKED = "card_unchecked"
    NO_CARD_WITH_EMAIL = "no_card_with_email"
    NO_CARD_WITH_PHONE = "no_card_with_phone"
    NO_API = "no_api"
    OFFLINE_SEARCH_NOT_YET = "offline_search_not_yet"
    OFFLINE_SEARCH_REFETCH = "offline_search_refetch"
    DIRECTORY_REFETCHING = "directory_refetching"
    NOT_FOUND_HERE = "not_found_here"
    NO_CARD_CATEGORY = "no_card_category"
    ISSUE_NEEDS_SERVER = "issue_needs_server"
    LOOK_UP_FIRST = "look_up_first"
    # Purchases, refunds, redemptions.
    RECEIPT_MISSING = "receipt_missing"
    RECEIPT_TOO_LONG = "receipt_too_long"  # params: longest
    EARN_NEEDS_API = "earn_needs_api"
    REFUND_NOT_SENT_YET = "refund_not_sent_yet"
    REFUND_NOT_REVERSIBLE = "refund_not_reversible"
    REFUND_ALREADY_SAVED = "refund_already_saved"
    CREDIT_NEEDS_SERVER = "credit_needs_server"
    REDEEM_NEEDS_SERVER = "redeem_needs_server"
    OFFLINE_CAP = "offline_cap"  # params: room
    REDEEMED = "redeemed"
    WRONG_PIN = "wrong_pin"  # params: attempts (may be absent)
    PIN_LOCKED = "pin_locked"
    PIN_LOCKED_RESET = "pin_locked_reset"
    CURRENT_PIN_WRONG = "current_pin_wrong"  # params: attempts (may be absent)
    SERVER_UNREACHABLE = "server_unreachable"
    CARD_CHANGE_NEEDS_SERVER = "card_change_needs_server"  # block, unblock, replace: only online
    VOUCHER_NEEDS_SERVER = "voucher_needs_server"  # a voucher is checked and taken only online
    KIOSK_NEEDS_SERVER = "kiosk_needs_server"  # signing in at the kiosk (PIN, e-mail, phone) needs the loyalty server
    KIOSK_SIGNED_OUT = "kiosk_signed_out"  # the customer's visit at the kiosk has ended: sign in again
    ANSWER_LOST = "answer_lost"
    SERVER_REFUSED_IT = "server_refused_it"
    COUNTER_COMPLETING = "counter_completing"
    NEEDS_PIN_AGAIN = "needs_pin_again"
    SAVED_INCOMPLETE = "saved_incomplete"  # params: kind
    NOT_IN_QUEUE = "not_in_queue"  # params: operationid (may be absent)
    REDEEM_NEEDS_CONNECTION = "redeem_needs_connection"
    # Enrolment input.
    ADDRESS_MISSING = "address_missing"
    NOT_A_DATE = "not_a_date"  # params: text
    CHOOSE_AN_OPTION = "choose_an_option"
    CHOOSE_YES_OR_NO = "choose_yes_or_no"
    FIELD_REQUIRED = "field_required"  # params: label
    PASSWORD_WEAK = "password_weak"  # params: length (0: long enough), letter, digit (True: one is missing)
    PASSWORDS_DIFFER = "passwords_differ"
    # Enrolment's steps (params: digits, address, seconds, attempts).
    ENROL_PASSWORD_AGAIN = "enrol_password_again"
    ENROL_WELCOME_BACK = "enrol_welcome_back"
    ENROL_ALREADY_REGISTERED = "enrol_already_registered"
    ENROL_DONE_PIN_KEPT = "enrol_done_pin_kept"
    ENROL_DONE = "enrol_done"
    ENROL_UNREACHABLE = "enrol_unreachable"
    ENROL_LOOK_AT_FIELDS = "enrol_look_at_fields"
    ENROL_CORRECT_ADDRESS = "enrol_correct_address"
    ENROL_TYPE_PASSWORD = "enrol_type_password"
    ENROL_PASSWORD_WRONG = "enrol_password_wrong"
    ENROL_RESEND_WAIT = "enrol_resend_wait"
    ENROL_CODE_DIGITS = "enrol_code_digits"
    ENROL_CODE_TOO_MANY = "enrol_code_too_many"
    ENROL_CODE_EXPIRED = "enrol_code_expired"
    ENROL_CODE_WRONG = "enrol_code_wrong"
    ENROL_CODE_SENT_EMAIL = "enrol_code_sent_email"
    ENROL_CODE_SENT_PHONE = "enrol_code_sent_phone"
    ENROL_TOO_MANY_CODES = "enrol_too_many_codes"
    ENROL_ADDRESS_TAKEN = "enrol_address_taken"
    ENROL_CHECK_FAILED = "enrol_check_failed"
    ENROL_PIN_DIGITS = "enrol_pin_digits"
    # Staff.
    MANAGER_PIN_DIGITS = "manager_pin_digits"  # params: low, high
    PINS_DIFFER = "pins_differ"
    MANAGER_PINS_DIFFER = "manager_pins_differ"
    # The command line's own input.
    NO_PIN_GIVEN = "no_pin_given"
    PIN_FORM = "pin_form"  # params: digits
    NO_VALUE_GIVEN = "no_value_given"  # params: name
    # Settings (params: env, source, raw, minimum, path, key, name, names, url, detail).
    SETTING_NOT_BOOL = "setting_not_bool"
    SETTING_NOT_WHOLE = "setting_not_whole"
    SETTING_TOO_SMALL = "setting_too_small"
    SETTING_NOT_NUMBER = "setting_not_number"
    SETTING_NOT_POSITIVE = "setting_not_positive"
    SETTING_NOT_TEXT = "setting_not_text"
    SETTING_NOT_A_CHOICE = "setting_not_a_choice"  # params: raw, choices (", "-joined)
    SETTING_NOT_IN_RANGE = "setting_not_in_range"  # params: raw, lowest, highest (a latitude or a longitude)
    SETTINGS_UNREADABLE = "settings_unreadable"
    SETTINGS_UNKNOWN_KEY = "settings_unknown_key"
    SETTING_IS_SECRET = "setting_is_secret"
    SETTING_UNKNOWN = "setting_unknown"
    SETTINGS_NOT_WRITTEN = "settings_not_written"
    SETTINGS_NOT_USABLE = "settings_not_usable"  # params: inner (a Notice's code)
    API_URL_NOT_HTTPS = "api_url_not_https"
    API_URL_NOT_AN_ADDRESS = "api_url_not_an_address"
    API_SETTINGS_MISSING = "api_settings_missing"
    API_URL_HAS_LOGIN = "api_url_has_login"
    FILL_IN_FIRST = "fill_in_first"  # params: names (setting names, comma-separated)
    CONNECTION_OK = "connection_ok"  # params: campaign, currency
    CONNECTION_UNREACHABLE = "connection_unreachable"  # params: url
    CONNECTION_NOT_LOYALTY = "connection_not_loyalty"  # params: url
    CONNECTION_NO_CAMPAIGN = "connection_no_campaign"  # params: campaign
    CONNECTION_WRONG_LOGIN = "connection_wrong_login"
    CONNECTION_NOT_TERMINAL = "connection_not_terminal"
    # Secrets in the system keyring (params: backend, the keyring's name as PYTHON_KEYRING_BACKEND writes it).
    KEYRING_NO_ANSWER = "keyring_no_answer"  # params: backend, seconds
    KEYRING_FAILED = "keyring_failed"  # params: backend
    KEYRING_NOT_KEPT = "keyring_not_kept"  # params: backend, name (read back, the keyring gave another value)
    NO_KEYRING = "no_keyring"  # params: path (kiosk.toml, where the secrets stay)


# Families of "what" values a Notice may carry, by the name its code is written with.
_FAMILIES: dict[str, type[enum.Enum]] = {}
_NAMES: dict[type[enum.Enum], str] = {}


def register_family(name: str, family: type[enum.Enum]) -> None:
    """Let Notices of `family` be written to and read from the store as codes ("<name>.<value>")."""
    _FAMILIES[name] = family
    _NAMES[family] = name


register_family("why", Why)


class PrinterState(enum.Enum):
    """The receipt printer's state as it answered (kiosk.printing), or why a receipt was not printed."""

    PRINTED = "printed"
    READY = "ready"
    PAPER_NEAR_END = "paper_near_end"  # it prints, but the roll is nearly out
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    PRINTER_ERROR = "printer_error"  # the printer says it stopped (cutter jammed, head too hot)
    NOT_ANSWERING = "not_answering"  # connected, but no answer within the limit; params: seconds
    NOT_REACHABLE = "not_reachable"  # refused, not plugged in, no such port or file; params: where
    NO_PERMISSION = "no_permission"  # the device is there but this user may not open it; params: where
    NOT_CONFIGURED = "not_configured"
    ADDRESS_WRONG = "address_wrong"  # the `printer` setting is not one of the forms; params: raw


register_family("printer", PrinterState)


@dataclasses.dataclass(frozen=True)
class Notice:
    """What happened (`what`), its details (`params`), and what a person should know after it (`then`)."""

    what: enum.Enum
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    then: Why | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", dict(self.params))

    def get(self, name: str, default: Any = None) -> Any:
        return self.params.get(name, default)

    def followed_by(self, then: Why) -> Notice:
        return dataclasses.replace(self, then=then)

    def to_code(self) -> str:
        """A compact JSON code for the store or a log: never a sentence."""
        body: dict[str, Any] = {"what": f"{_NAMES[type(self.what)]}.{self.what.value}"}
        if self.params:
            body["params"] = {k: v for k, v in self.params.items() if isinstance(v, (str, int, float, bool))}
        if self.then is not None:
            body["then"] = self.then.value
        return json.dumps(body, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_code(cls, code: str | None) -> Notice | None:
        """The Notice a code stands for; anything unreadable (old text, an unknown family) is Why.UNKNOWN."""
        if code is None:
            return None
        try:
            body = json.loads(code)
            family, _, value = str(body["what"]).partition(".")
            what = _FAMILIES[family](value)
            params = body.get("params") or {}
            then = Why(body["then"]) if body.get("then") else None
            if not isinstance(params, dict):
                raise TypeError("params")
        except (ValueError, TypeError, KeyError, AttributeError):
            return cls(Why.UNKNOWN)
        return cls(what, params, then)

    def __str__(self) -> str:
        return self.to_code()


#: What a person is told when work failed in a way nobody wrote words for.
UNEXPECTED = Notice(Why.UNEXPECTED)


class KioskError(Exception):
    """Base of every error the app reports to a person: `what` happened, with `params`; the face words it."""

    def __init__(self, what: enum.Enum, /, then: Why | None = None, **params: Any) -> None:
        self.what = what
        self.params = params
        self.then = then
        # str(exc) and the log see the code, never a sentence.
        super().__init__(what.value)

    @property
    def notice(self) -> Notice:
        return Notice(self.what, self.params, self.then)


class InputError(KioskError):
    """What was typed or scanned cannot be used; `field` names it when known (a typed value, not words)."""

    def __init__(self, what: enum.Enum, /, *, field: str | None = None, **params: Any) -> None:
        super().__init__(what, **params)
        self.field = field


class CardRefused(KioskError):
    """The card cannot take this operation (blocked, replaced)."""


def message_for(exc: BaseException, log: logging.Logger, doing: str, *, then: Why | None = None) -> Notice:
    """A KioskError's own notice; else UNEXPECTED (with `then`, the next step), once the traceback is in `log`.

    Only the type and the traceback reach the log: our errors and actions keep their secrets out of repr.
    """
    if isinstance(exc, KioskError):
        return exc.notice
    log.error("%s failed unexpectedly", doing, exc_info=exc)
    return Notice(Why.UNEXPECTED, then=then)
