"""Enrolment (CONTRACT §2) as a state machine: the steps, what the customer gives, what to ask the server.

No I/O and no Qt: `advance(state, event)` returns the next state; when that
state is `busy` with an action, whoever drives the machine (kiosk/core/
onboarding.py) performs the action against the loyalty API and feeds the
outcome back as the next event. The counter's wizard and, later, the
self-service kiosk drive the same machine.

The three flows of the onboarding document:
- login: the customer is already registered (`Step.LOGIN`: they sign in instead);
- new user: check → address and password → one-time code → account and a
  virtual card → data entry → first PIN;
- user with card: the same, but the code sets the credentials of the card's
  existing customer, and the data entry is skipped when nothing is missing.
  A card handed out with a PIN is the customer's only with that PIN: it is
  asked (`Step.CARD_PIN`) after the address and password, and goes with every
  request for the code (knowing a card's number is not owning it).

The vocabulary (steps, actions, events) is in enrolment_steps.py and the
checks of what the customer types in enrolment_input.py; this module holds
the state and the moves, and re-exports both so callers need only `ob.`.

A password, a code or the card's PIN lives only in memory: `State.to_json()`
leaves them out, so a resumed enrolment asks for them again where still needed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Mapping
from typing import Any

from kiosk.domain.enrolment_input import (
    Address,
    FieldType,
    FormField,
    Rules,
    check_form,
    check_password,
    needs_data_entry,
)
from kiosk.domain.enrolment_steps import (
    Action,
    Back,
    CardPin,
    Checked,
    CheckCard,
    ChooseCredentials,
    ChoosePin,
    CodeSent,
    EnterCode,
    Event,
    Failed,
    Flow,
    Identify,
    Password,
    PinSet,
    Problem,
    ProfileSaved,
    Resend,
    Restart,
    Retry,
    SaveProfile,
    SendCode,
    SetPin,
    SignedIn,
    SignIn,
    Step,
    Submit,
    Verified,
    Verify,
)
from kiosk.domain.errors import InputError, Notice, Why
from kiosk.domain.identifiers import Lookup, LookupKind

__all__ = [
    "Flow",
    "Step",
    "Problem",
    "Address",
    "FieldType",
    "FormField",
    "Rules",
    "State",
    # actions
    "Action",
    "CheckCard",
    "SendCode",
    "Verify",
    "SignIn",
    "SaveProfile",
    "SetPin",
    # events
    "Event",
    "Identify",
    "Checked",
    "Failed",
    "ChooseCredentials",
    "CardPin",
    "CodeSent",
    "Resend",
    "Back",
    "EnterCode",
    "Verified",
    "Password",
    "SignedIn",
    "Submit",
    "ProfileSaved",
    "ChoosePin",
    "PinSet",
    "Restart",
    "Retry",
    "advance",
    "check_password",
    "check_form",
    "needs_data_entry",
]


# -- the state ------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class State:
    step: Step = Step.START
    flow: Flow | None = None
    lookup: Lookup | None = None
    customerid: int | None = None
    card: str | None = None
    fidelycode: str | None = None
    address: Address | None = None
    username: str | None = None
    # Memory only: never in to_json(), never in a repr.
    password: str = dataclasses.field(default="", repr=False, compare=False)
    code_expires_at: float | None = None
    resend_at: float | None = None
    tries_left: int | None = None
    fields: tuple[FormField, ...] = ()
    values: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    errors: Mapping[str, Notice] = dataclasses.field(default_factory=dict)
    message: Notice | None = None
    # What the message says went wrong (None: it is news or an instruction); the face colours it by this.
    problem: Problem | None = None
    # The step a resumed enrolment goes back to once signed in again.
    resume_to: Step | None = None
    pin_set: bool = False
    # The address as typed on the credentials page and not sent yet: kept across a closed window.
    draft_address: str = ""
    busy: Action | None = None
    # The call the network lost, for Retry (memory only: it may hold the password).
    retry: Action | None = dataclasses.field(default=None, repr=False, compare=False)
    # The card found has a PIN: the code is sent only with it (CONTRACT §2 generateverificationcode).
    card_has_pin: bool = False
    # Memory only, like the password: sent with every request for the code, never saved.
    card_pin: str = dataclasses.field(default="", repr=False, compare=False)
    # Why the card's PIN is asked again (WRONG_PIN, PIN_LOCKED, BAD_FIELD), and the tries left if known.
    card_pin_problem: Problem | None = None
    card_pin_tries_left: int | None = None

    def to_json(self) -> dict[str, Any]:
        """What survives a closed window or a restart: everything but the password, the code and the pending call."""
        return {
            "step": self.step.value,
            "flow": self.flow.value if self.flow else None,
            "lookup": {"kind": self.lookup.kind.value, "value": self.lookup.value} if self.lookup else None,
            "customerid": self.customerid,
            "card": self.card,
            "fidelycode": self.fidelycode,
            "address": {"kind": self.address.kind.value, "value": self.address.value} if self.address else None,
            "username": self.username,
            "code_expires_at": self.code_expires_at,
            "resend_at": self.resend_at,
            "tries_left": self.tries_left,
            "fields": [dataclasses.asdict(f) | {"options": list(f.options)} for f in self.fields],
            "values": {k: _json_value(v) for k, v in self.values.items()},
            "resume_to": self.resume_to.value if self.resume_to else None,
            "pin_set": self.pin_set,
            "draft_address": self.draft_address,
            "card_has_pin": self.card_has_pin,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> State:
        """A saved enrolment, ready to go on: where a password is needed again, the step asks for it."""
        lookup = data.get("lookup")
        address = data.get("address")
        step = Step(data["step"])
        state = cls(
            step=step,
            flow=Flow(data["flow"]) if data.get("flow") else None,
            lookup=Lookup(LookupKind(lookup["kind"]), lookup["value"]) if lookup else None,
            customerid=data.get("customerid"),
            card=data.get("card"),
            fidelycode=data.get("fidelycode"),
            address=Address(LookupKind(address["kind"]), address["value"]) if address else None,
            username=data.get("username"),
            code_expires_at=data.get("code_expires_at"),
            resend_at=data.get("resend_at"),
            tries_left=data.get("tries_left"),
            fields=tuple(
                FormField(**{**f, "type": FieldType(f["type"]), "options": tuple(f.get("options") or ())})
                for f in data.get("fields") or ()
            ),
            values=dict(data.get("values") or {}),
            resume_to=Step(data["resume_to"]) if data.get("resume_to") else None,
            pin_set=bool(data.get("pin_set")),
            draft_address=str(data.get("draft_address") or ""),
            card_has_pin=bool(data.get("card_has_pin")),
        )
        if step in (Step.CODE, Step.CARD_PIN):
            # The code is checked together with the password, which was not kept.
            return dataclasses.replace(
                state, step=Step.CREDENTIALS, message=Notice(Why.ENROL_PASSWORD_AGAIN)
            )
        if step in (Step.DATA, Step.PIN, Step.SIGN_IN):
            return dataclasses.replace(
                state,
                step=Step.SIGN_IN,
                resume_to=state.resume_to if step is Step.SIGN_IN else step,
                message=Notice(Why.ENROL_WELCOME_BACK),
            )
        return state


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


# -- the machine ----------------------------------------------------------------------

_ALREADY = Notice(Why.ENROL_ALREADY_REGISTERED)
_PIN_KEPT = Notice(Why.ENROL_DONE_PIN_KEPT)
_UNREACHABLE = Notice(Why.ENROL_UNREACHABLE)
_SOMETHING_WRONG = Notice(Why.UNEXPECTED, then=Why.TRY_AGAIN)
_LOOK_AT_FIELDS = Notice(Why.ENROL_LOOK_AT_FIELDS)
_NEW_CODE_WRONG = Notice(Why.ENROL_CODE_TOO_MANY)
_NEW_CODE_EXPIRED = Notice(Why.ENROL_CODE_EXPIRED)


def advance(state: State, event: Event, rules: Rules = Rules()) -> State:
    """The state after `event`; when `busy` is set, perform that action next and feed back its outcome."""
    if isinstance(event, Restart):
        return State()
    if isinstance(event, Retry):
        if state.busy is None and state.retry is not None:
            return _perform(state, state.retry, retry=None)
        return state
    if state.busy is not None:
        return _answered(state, event, rules)
    return _asked(state, event, rules)


def _say(state: State, message: Notice | None, **changes: Any) -> State:
    """Stop at `state`'s step with `message`, a `problem=` when it says what went wrong."""
    return dataclasses.replace(
        state, message=message, busy=None, retry=changes.pop("retry", None), problem=changes.pop("problem", None),
        **changes,
    )


def _perform(state: State, action: Action, **changes: Any) -> State:
    """Leave the step to `action`, the last message said."""
    return dataclasses.replace(state, message=None, problem=None, busy=action, **changes)


def _asked(state: State, event: Event, rules: Rules) -> State:
    """A person's event, at a resting step."""
    step = state.step
    if isinstance(event, Identify) and step in (Step.START, Step.LOGIN):
        return State(lookup=event.lookup, busy=CheckCard(event.lookup))
    if isinstance(event, ChooseCredentials) and step is Step.CREDENTIALS:
        return _credentials(state, event, rules)
    if isinstance(event, Back) and step in (Step.CODE, Step.CARD_PIN):
        return _say(state, Notice(Why.ENROL_CORRECT_ADDRESS), step=Step.CREDENTIALS,
                    card_pin_problem=None)
    if isinstance(event, CardPin) and step is Step.CARD_PIN:
        return _card_pin(state, event, rules)
    if isinstance(event, Resend) and step is Step.CODE:
        return _resend(state, event)
    if isinstance(event, EnterCode) and step is Step.CODE:
        return _code(state, event, rules)
    if isinstance(event, Password) and step is Step.SIGN_IN:
        if not event.password:
            return _say(state, Notice(Why.ENROL_TYPE_PASSWORD))
        assert state.username is not None
        return _perform(state, SignIn(state.username, event.password), password=event.password)
    if isinstance(event, Submit) and step is Step.DATA:
        clean, errors = check_form(state.fields, event.values, phone_region=rules.phone_region)
        kept = dict(event.values)
        if errors:
            return _say(state, _LOOK_AT_FIELDS, problem=Problem.BAD_FIELD, values=kept, errors=errors)
        return _perform(state, SaveProfile(clean), values=kept, errors={})
    if isinstance(event, ChoosePin) and step is Step.PIN:
        problem = _pin_problem(event, rules)
        if problem:
            return _say(state, problem, problem=Problem.BAD_FIELD)
        return _perform(state, SetPin(event.pin))
    return state  # not for this step (a double click, a late key): nothing changes


def _credentials(state: State, event: ChooseCredentials, rules: Rules) -> State:
    try:
        address = Address.read(event.address, default_region=rules.phone_region)
    except InputError as exc:
        return _say(state, exc.notice, problem=Problem.BAD_FIELD, errors={"address": exc.notice})
    problem = check_password(event.password, event.again, rules)
    if problem:
        return _say(state, problem, problem=Problem.BAD_FIELD, address=address, errors={"password": problem})
    assert state.flow is not None
    chosen = dataclasses.replace(
        state, address=address, username=address.value, password=event.password, draft_address="", errors={}
    )
    if _pin_to_ask(chosen):
        return _say(chosen, None, step=Step.CARD_PIN, card_pin_problem=None, card_pin_tries_left=None)
    return _perform(chosen, _send(chosen))


def _pin_to_ask(state: State) -> bool:
    """The card has a PIN and it is not in memory: it must be typed before a code can be sent."""
    return state.flow is Flow.USER_WITH_CARD and state.card_has_pin and not state.card_pin


def _send(state: State) -> SendCode:
    assert state.flow is not None and state.address is not None
    return SendCode(state.flow, state.address, state.customerid, state.card_pin)


def _card_pin(state: State, event: CardPin, rules: Rules) -> State:
    pin = event.pin
    if len(pin) != rules.pin_digits or not pin.isascii() or not pin.isdigit():
        return _say(state, None, card_pin_problem=Problem.BAD_FIELD, card_pin_tries_left=None)
    chosen = dataclasses.replace(state, card_pin=pin)
    return _perform(chosen, _send(chosen))


def _resend(state: State, event: Resend) -> State:
    if state.resend_at is not None and event.now < state.resend_at:
        wait = math.ceil(state.resend_at - event.now)
        return _say(state, Notice(Why.ENROL_RESEND_WAIT, {"seconds": wait}))
    if _pin_to_ask(state):
        return _say(state, None, step=Step.CARD_PIN, card_pin_problem=None, card_pin_tries_left=None)
    return _perform(state, _send(state))


def _code(state: State, event: EnterCode, rules: Rules) -> State:
    code = "".join(ch for ch in event.code if not ch.isspace())
    if len(code) != rules.code_digits or not code.isascii() or not code.isdigit():
        return _say(state, Notice(Why.ENROL_CODE_DIGITS, {"digits": rules.code_digits}), problem=Problem.BAD_FIELD)
    if state.tries_left == 0:
        return _say(state, _NEW_CODE_WRONG, problem=Problem.TOO_MANY)
    if state.code_expires_at is not None and event.now >= state.code_expires_at:
        return _say(state, _NEW_CODE_EXPIRED, problem=Problem.CODE_EXPIRED)
    if not state.password:
        return _say(state, Notice(Why.ENROL_PASSWORD_AGAIN), step=Step.CREDENTIALS)
    assert state.flow is not None and state.address is not None and state.username is not None
    return _perform(state, Verify(state.flow, state.address, state.username, state.password, code, state.customerid))


def _pin_problem(event: ChoosePin, rules: Rules) -> Notice | None:
    if len(event.pin) != rules.pin_digits or not event.pin.isascii() or not event.pin.isdigit():
        return Notice(Why.ENROL_PIN_DIGITS, {"digits": rules.pin_digits})
    if event.pin != event.again:
        return Notice(Why.PINS_DIFFER)
    return None


def _answered(state: State, event: Event, rules: Rules) -> State:
    """The outcome of the pending action."""
    action = state.busy
    if isinstance(event, Failed) and event.problem is Problem.UNREACHABLE:
        return _say(state, _UNREACHABLE, problem=event.problem, retry=action)
    if isinstance(event, Failed) and event.problem is Problem.HELD_BACK:
        return _say(state, event.notice, problem=event.problem, retry=action)
    if isinstance(action, CheckCard):
        return _after_check(state, event)
    if isinstance(action, SendCode):
        return _after_send(state, event, rules)
    if isinstance(action, Verify):
        return _after_verify(state, event, rules)
    if isinstance(action, SignIn):
        return _after_sign_in(state, event, rules)
    if isinstance(action, SaveProfile):
        return _after_save(state, event)
    if isinstance(action, SetPin):
        return _after_pin(state, event)
    return state


def _unexpected(state: State, event: Event) -> State:
    if isinstance(event, Failed):
        return _say(state, event.notice or _SOMETHING_WRONG, problem=event.problem)
    return _say(state, _SOMETHING_WRONG, problem=Problem.REFUSED)


def _after_check(state: State, event: Event) -> State:
    lookup = state.lookup
    assert lookup is not None
    address = Address(lookup.kind, lookup.value) if lookup.kind is not LookupKind.CARD else None
    if isinstance(event, Failed) and event.problem is Problem.NEW_USER:
        return State(step=Step.CREDENTIALS, flow=Flow.NEW_USER, lookup=lookup, address=address)
    if isinstance(event, Checked):
        if event.registered:
            return State(step=Step.LOGIN, lookup=lookup, card=event.card, message=_ALREADY)
        return State(
            step=Step.CREDENTIALS,
            flow=Flow.USER_WITH_CARD,
            lookup=lookup,
            customerid=event.customerid,
            card=event.card,
            address=address,
            card_has_pin=event.pin_set,
        )
    # Anything else: report it, back to the start (CONTRACT §2).
    if isinstance(event, Failed):
        return State(message=event.notice or Notice(Why.ENROL_CHECK_FAILED), problem=event.problem)
    return State(message=Notice(Why.ENROL_CHECK_FAILED), problem=Problem.REFUSED)


def _after_send(state: State, event: Event, rules: Rules) -> State:
    if isinstance(event, CodeSent):
        by_email = state.address is not None and state.address.kind is LookupKind.EMAIL
        return _say(
            state,
            Notice(
                Why.ENROL_CODE_SENT_EMAIL if by_email else Why.ENROL_CODE_SENT_PHONE,
                {"digits": rules.code_digits, "address": state.address.value if state.address else ""},
            ),
            step=Step.CODE,
            code_expires_at=event.now + event.expiresin,
            resend_at=event.now + event.resendafter,
            tries_left=rules.code_tries,
            errors={},
            card_pin_problem=None,
            card_pin_tries_left=None,
        )
    if isinstance(event, Failed):
        pin = _card_pin_refused(state, event)
        if pin is not None:
            return pin
        if event.problem is Problem.ALREADY_REGISTERED:
            return State(step=Step.LOGIN, lookup=state.lookup, message=_ALREADY)
        if event.problem is Problem.BAD_FIELD:
            return _say(state, event.notice, problem=event.problem, step=Step.CREDENTIALS,
                        errors={"address": event.notice} if event.notice else {})
        if event.problem is Problem.TOO_MANY:
            return _say(state, Notice(Why.ENROL_TOO_MANY_CODES), problem=event.problem)
    return _unexpected(state, event)


def _card_pin_refused(state: State, event: Failed) -> State | None:
    """The server wants the card's PIN, or a right one, or the PIN is locked: ask on the PIN page, say why."""
    sent = isinstance(state.busy, SendCode) and bool(state.busy.pincode)
    if event.problem is Problem.WRONG_PIN:
        # Not sent yet (the card got its PIN after the check): asked, not refused.
        problem = Problem.WRONG_PIN if sent else None
    elif event.problem is Problem.PIN_LOCKED:
        problem = Problem.PIN_LOCKED
    elif event.problem is Problem.BAD_FIELD and event.field == "pincode":
        problem = Problem.BAD_FIELD
    else:
        return None
    return _say(state, None, step=Step.CARD_PIN, card_has_pin=True, card_pin="", card_pin_problem=problem,
                card_pin_tries_left=event.tries_left if problem is Problem.WRONG_PIN else None)


def _after_verify(state: State, event: Event, rules: Rules) -> State:
    if isinstance(event, Verified):
        return _perform(
            state,
            SignIn(event.username, state.password),
            customerid=event.customerid,
            card=event.card,
            fidelycode=event.fidelycode,
            username=event.username,
            code_expires_at=None,
            resend_at=None,
            tries_left=None,
            card_pin="",  # the card is proven: its PIN is not needed any more
            # The account exists from here on: a lost sign-in is retried or asks the password, never the code.
            step=Step.SIGN_IN,
        )
    if isinstance(event, Failed):
        if event.problem is Problem.WRONG_CODE:
            left = max(0, (state.tries_left if state.tries_left is not None else rules.code_tries) - 1)
            if left == 0:
                return _say(state, _NEW_CODE_WRONG, problem=Problem.TOO_MANY, tries_left=0)
            return _say(state, Notice(Why.ENROL_CODE_WRONG, {"attempts": left}), problem=event.problem,
                        tries_left=left)
        if event.problem is Problem.CODE_EXPIRED:
            return _say(state, _NEW_CODE_EXPIRED, problem=event.problem)
        if event.problem is Problem.TOO_MANY:
            return _say(state, _NEW_CODE_WRONG, problem=event.problem, tries_left=0)
        if event.problem is Problem.ALREADY_REGISTERED:
            if event.field == "username":
                message = Notice(Why.ENROL_ADDRESS_TAKEN)
                return _say(state, message, problem=event.problem, step=Step.CREDENTIALS, errors={"address": message})
            return State(step=Step.LOGIN, lookup=state.lookup, message=_ALREADY)
        if event.problem is Problem.BAD_FIELD and event.field in ("password", "passwords"):
            return _say(state, event.notice, problem=event.problem, step=Step.CREDENTIALS,
                        errors={"password": event.notice} if event.notice else {})
    return _unexpected(state, event)


def _after_sign_in(state: State, event: Event, rules: Rules) -> State:
    if isinstance(event, SignedIn):
        profile = dict(event.profile)
        values = {**profile, **state.values}  # what the customer typed before a break wins
        after = state.resume_to
        if after is None:
            skip = state.flow is Flow.USER_WITH_CARD and not needs_data_entry(
                event.fields, profile, phone_region=rules.phone_region
            )
            after = (Step.DONE if event.pin_set else Step.PIN) if skip else Step.DATA
        message = _PIN_KEPT if after is Step.DONE else None
        password = "" if after is Step.DONE else state.password
        return _say(state, message, step=after, fields=event.fields, values=values, resume_to=None, errors={},
                    pin_set=event.pin_set, password=password)
    if isinstance(event, Failed):
        return _say(state, event.notice or Notice(Why.ENROL_PASSWORD_WRONG), problem=event.problem,
                    password="")
    return _unexpected(state, event)


def _after_save(state: State, event: Event) -> State:
    if isinstance(event, ProfileSaved):
        if state.pin_set:
            return _say(state, _PIN_KEPT, step=Step.DONE, values=dict(event.profile), errors={}, password="")
        return _say(state, None, step=Step.PIN, values=dict(event.profile), errors={})
    if isinstance(event, Failed) and event.problem is Problem.BAD_FIELD and event.field:
        return _say(state, _LOOK_AT_FIELDS, problem=event.problem,
                    errors={event.field: event.notice or Notice(Why.UNKNOWN)})
    return _unexpected(state, event)


def _after_pin(state: State, event: Event) -> State:
    if isinstance(event, PinSet):
        return _say(state, Notice(Why.ENROL_DONE), step=Step.DONE, password="")
    if isinstance(event, Failed) and event.problem is Problem.PIN_EXISTS:
        return _say(state, _PIN_KEPT, step=Step.DONE, password="")
    return _unexpected(state, event)
