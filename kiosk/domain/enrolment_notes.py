"""What enrolment tells the customer, as values: which notice and its numbers and names, never words.

The machine (kiosk/domain/onboarding.py) and the checks of what is typed
(enrolment_input.py) say these; the face turns them into words in the
customer's language (kiosk/ui/enrol_words.py).
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from typing import Any

__all__ = ["Notice", "Note", "note"]


class Notice(enum.Enum):
    """What the enrolment tells the customer, as a value: the face words it, in the customer's language.

    The numbers and names a notice needs are in its `Note.params` (named in the comments).
    """

    TYPE_PASSWORD_AGAIN = "type_password_again"  # the password was not kept: type it, then ask for the code
    WELCOME_BACK = "welcome_back"  # a resumed enrolment: the password, to go on
    CORRECT_ADDRESS = "correct_address"  # back from the code to the address
    TYPE_PASSWORD = "type_password"  # the password field was left empty
    CHECK_FIELDS = "check_fields"  # some answers of the form need a look: the fields say which
    RESEND_WAIT = "resend_wait"  # a new code only after `seconds`
    CODE_DIGITS = "code_digits"  # the code has `digits` digits
    TOO_MANY_WRONG_CODES = "too_many_wrong_codes"  # send a new code
    CODE_EXPIRED = "code_expired"  # send a new code
    WRONG_CODE = "wrong_code"  # `tries_left` before a new code is needed
    CODE_SENT = "code_sent"  # a code of `digits` digits went to `address`, an e-mail or a phone (`kind`)
    TOO_MANY_SENDS = "too_many_sends"  # too many codes to this address
    PIN_DIGITS = "pin_digits"  # the PIN has `digits` digits
    PINS_DIFFER = "pins_differ"
    PASSWORD_RULES = "password_rules"  # needs at least `min_length` characters, and a `letter` and a `digit` if true
    PASSWORDS_DIFFER = "passwords_differ"
    CHOOSE_YES_NO = "choose_yes_no"  # a yes/no field (or a consent) left unanswered
    REQUIRED = "required"  # the field `label` must be filled in
    NOT_A_DATE = "not_a_date"  # what was typed (`value`) is not a date
    CHOOSE_OPTION = "choose_option"  # a choice field holds something not among its options
    UNREACHABLE = "unreachable"  # nothing typed is lost: try again
    ALREADY_REGISTERED = "already_registered"  # the customer signs in instead
    ADDRESS_TAKEN = "address_taken"  # the e-mail or phone is already someone's sign-in
    WRONG_PASSWORD = "wrong_password"
    CHECK_FAILED = "check_failed"  # the card or address could not be checked
    SOMETHING_WRONG = "something_wrong"  # try again
    PIN_KEPT = "pin_kept"  # done: the card keeps the PIN it had
    CARD_READY = "card_ready"  # done: scan the card at every purchase
    REPORTED = "reported"  # `error`: what a layer below reported (its error, or a Failed event's words)


@dataclasses.dataclass(frozen=True)
class Note:
    """Something to tell the customer: which notice, and the numbers and names it needs."""

    what: Notice
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)


def note(what: Notice, **params: Any) -> Note:
    return Note(what, params)
