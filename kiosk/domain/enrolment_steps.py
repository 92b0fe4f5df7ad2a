"""The vocabulary of enrolment: its flows and steps, what goes wrong, the calls to make and the events that answer.

Plain frozen data; kiosk/domain/onboarding.py holds the state and the machine
that moves between steps, and re-exports all of these.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from typing import Any

from kiosk.domain.enrolment_input import Address, FormField
from kiosk.domain.errors import Notice
from kiosk.domain.identifiers import Lookup

__all__ = [
    "Flow", "Step", "Problem",
    "Action", "CheckCard", "SendCode", "Verify", "SignIn", "SaveProfile", "SetPin",
    "Event", "Identify", "Checked", "Failed", "ChooseCredentials", "CardPin", "CodeSent", "Resend", "Back",
    "EnterCode",
    "Verified", "Password", "SignedIn", "Submit", "ProfileSaved", "ChoosePin", "PinSet", "Restart", "Retry",
]


class Flow(str, enum.Enum):
    NEW_USER = "new_user"
    USER_WITH_CARD = "user_with_card"


class Step(str, enum.Enum):
    START = "start"  # a card, e-mail or mobile to check
    CREDENTIALS = "credentials"  # the address the code goes to, and the password chosen
    CARD_PIN = "card_pin"  # a card handed out with a PIN: that PIN, before the code is sent (it proves the card)
    CODE = "code"  # the six digits sent to the address
    SIGN_IN = "sign_in"  # a resumed enrolment: the password again, to go on
    DATA = "data"  # the campaign's form
    PIN = "pin"  # the first PIN for redemptions
    DONE = "done"  # the card is the customer's: show it
    LOGIN = "login"  # already registered: nothing to enrol, they sign in


class Problem(str, enum.Enum):
    """What went wrong with an action, as the machine needs to know it (the driver maps answer codes)."""

    NEW_USER = "new_user"  # checkcard: nobody has this card or address (402/53): not a problem, a branch
    ALREADY_REGISTERED = "already_registered"
    WRONG_CODE = "wrong_code"
    CODE_EXPIRED = "code_expired"
    TOO_MANY = "too_many"  # too many tries or sends
    BAD_FIELD = "bad_field"  # `field` names it
    PIN_EXISTS = "pin_exists"  # the card already has a PIN: nothing to choose
    WRONG_PIN = "wrong_pin"  # the card's PIN is missing or not right (`tries_left` says how many tries remain)
    PIN_LOCKED = "pin_locked"  # the card's PIN is locked after too many wrong tries: it must be reset first
    UNREACHABLE = "unreachable"  # no answer: the same step, try again
    HELD_BACK = "held_back"  # too many tries from here (429/13): the same step, after the wait `message` gives
    REFUSED = "refused"  # anything else, in the server's words


# -- actions: what the driver asks the server ------------------------------------------


@dataclasses.dataclass(frozen=True)
class CheckCard:
    lookup: Lookup


@dataclasses.dataclass(frozen=True)
class SendCode:
    flow: Flow
    address: Address
    customerid: int | None = None
    pincode: str = dataclasses.field(default="", repr=False)  # the card's PIN, when it has one


@dataclasses.dataclass(frozen=True)
class Verify:
    flow: Flow
    address: Address
    username: str
    password: str = dataclasses.field(repr=False)
    code: str = dataclasses.field(repr=False)
    customerid: int | None = None


@dataclasses.dataclass(frozen=True)
class SignIn:
    username: str
    password: str = dataclasses.field(repr=False)


@dataclasses.dataclass(frozen=True)
class SaveProfile:
    values: Mapping[str, Any]


@dataclasses.dataclass(frozen=True)
class SetPin:
    pin: str = dataclasses.field(repr=False)


Action = CheckCard | SendCode | Verify | SignIn | SaveProfile | SetPin


# -- events: what the person did, or how an action ended --------------------------------


@dataclasses.dataclass(frozen=True)
class Identify:
    lookup: Lookup


@dataclasses.dataclass(frozen=True)
class Checked:
    """checkcard answered 200: the card or address belongs to a customer."""

    registered: bool
    customerid: int | None = None
    card: str | None = None
    pin_set: bool = False  # the card has a PIN: the customer proves the card is theirs with it


@dataclasses.dataclass(frozen=True)
class Failed:
    """The pending action did not succeed."""

    problem: Problem
    notice: Notice | None = None  # what went wrong as the layer below says it (a loyalty Problem, say)
    field: str | None = None
    tries_left: int | None = None  # a wrong PIN: the tries before it locks, when the server says


@dataclasses.dataclass(frozen=True)
class ChooseCredentials:
    address: str  # as typed
    password: str = dataclasses.field(repr=False)
    again: str = dataclasses.field(repr=False)


@dataclasses.dataclass(frozen=True)
class CardPin:
    """The PIN that came with the card, typed by its customer."""

    pin: str = dataclasses.field(repr=False)


@dataclasses.dataclass(frozen=True)
class CodeSent:
    expiresin: int
    resendafter: int
    now: float


@dataclasses.dataclass(frozen=True)
class Resend:
    now: float


@dataclasses.dataclass(frozen=True)
class Back:
    """From the code back to the address, to correct it."""


@dataclasses.dataclass(frozen=True)
class EnterCode:
    code: str = dataclasses.field(repr=False)
    now: float = 0.0


@dataclasses.dataclass(frozen=True)
class Verified:
    customerid: int
    card: str
    fidelycode: str
    username: str


@dataclasses.dataclass(frozen=True)
class Password:
    """A resumed enrolment: the customer's password again, to sign in and go on."""

    password: str = dataclasses.field(repr=False)


@dataclasses.dataclass(frozen=True)
class SignedIn:
    fields: tuple[FormField, ...]
    profile: Mapping[str, Any]
    pin_set: bool = False  # the card has a PIN already (a card holder's): no first PIN to choose


@dataclasses.dataclass(frozen=True)
class Submit:
    values: Mapping[str, Any]


@dataclasses.dataclass(frozen=True)
class ProfileSaved:
    profile: Mapping[str, Any]


@dataclasses.dataclass(frozen=True)
class ChoosePin:
    pin: str = dataclasses.field(repr=False)
    again: str = dataclasses.field(repr=False)


@dataclasses.dataclass(frozen=True)
class PinSet:
    pass


@dataclasses.dataclass(frozen=True)
class Restart:
    pass


@dataclasses.dataclass(frozen=True)
class Retry:
    """Try the call the network lost again (the screen's "Try again")."""


Event = (
    Identify | Checked | Failed | ChooseCredentials | CardPin | CodeSent | Resend | Back | EnterCode | Verified
    | Password | SignedIn | Submit | ProfileSaved | ChoosePin | PinSet | Restart | Retry
)
