"""The enrolment flows as one table, run through kiosk.core.onboarding.Enrolment on any backend.

Each scenario is a list of moves: an event built from the backend and the state
so far (the code read from the backend's outbox of messages, the form filled
from the campaign's fields), and what the screen must then be at. The same
table runs with an in-memory fake (tests/unit) and against the real sandbox
over HTTP (tests/api).
"""

from __future__ import annotations

import dataclasses
import itertools
import json
from collections.abc import Callable
from typing import Any, Protocol

from kiosk.cli_text import say
from kiosk.core.onboarding import Enrolment
from kiosk.domain import onboarding as ob
from kiosk.domain.identifiers import Lookup, LookupKind

PASSWORD = "Nuova-Tessera-7"
PIN = "4821"
REGISTERED_EMAIL = "giulia.rossi@example.com"
CARD_WITHOUT_ACCOUNT = "2000000000022"  # the demo's "user with card"
CARD_PIN = "2468"  # the PIN that came with that card
UNKNOWN_CARD = "2999999999991"

_numbers = itertools.count(1)


class Backend(Protocol):
    client: Any

    def now(self) -> float: ...
    def advance(self, seconds: float) -> None: ...
    def code(self, address: str) -> str: ...
    def fail_next(self, call: str) -> None: ...  # check, send, verify, login, save, pin
    def pin_works(self, card: str, pin: str) -> bool: ...
    def sent_to(self, address: str) -> int: ...  # how many codes went to the address


def fresh_email() -> str:
    return f"nuovo.cliente{next(_numbers)}@example.com"


def fresh_mobile() -> str:
    return f"+39 333 70{next(_numbers):05d}"


def wrong(code: str) -> str:
    return code[:-1] + str((int(code[-1]) + 1) % 10)


def fill(state: ob.State, *, leave_out: str | None = None) -> dict[str, Any]:
    """Valid answers for every mandatory field and every consent (given), as a customer would type them."""
    values: dict[str, Any] = {}
    for f in state.fields:
        if not f.visible or f.name == leave_out:
            continue
        if f.type == "bool" or f.privacy:
            values[f.name] = True
        elif not f.mandatory:
            continue
        elif f.type == "date":
            values[f.name] = "1990-05-17"
        elif f.type == "select":
            values[f.name] = f.options[0]
        elif f.type == "email":
            values[f.name] = state.values.get(f.name) or fresh_email()
        elif f.type == "phone":
            values[f.name] = state.values.get(f.name) or fresh_mobile()
        else:
            values[f.name] = "Ada"
    return values


Build = Callable[[Backend, ob.State], ob.Event]
RESUME = object()  # a move that closes the window: the enrolment goes on from its saved JSON


@dataclasses.dataclass(frozen=True)
class Move:
    event: Build | object
    step: ob.Step
    says: str = ""  # text the message must hold
    check: Callable[[Backend, ob.State], bool] | None = None


def _email(address: str) -> Build:
    return lambda b, s: ob.Identify(Lookup(LookupKind.EMAIL, address))


def _email_fresh(b: Backend, s: ob.State) -> ob.Event:
    return ob.Identify(Lookup(LookupKind.EMAIL, fresh_email()))


def _identify(kind: LookupKind, value: str) -> Build:
    return lambda b, s: ob.Identify(Lookup(kind, value))


def _credentials(address: Callable[[], str] | None = None) -> Build:
    def build(b: Backend, s: ob.State) -> ob.Event:
        typed = address() if address else (s.address.value if s.address else fresh_email())
        return ob.ChooseCredentials(typed, PASSWORD, PASSWORD)

    return build


def _code(b: Backend, s: ob.State) -> ob.Event:
    assert s.address is not None
    return ob.EnterCode(b.code(s.address.value), now=b.now())


def _wrong_code(b: Backend, s: ob.State) -> ob.Event:
    assert s.address is not None
    return ob.EnterCode(wrong(b.code(s.address.value)), now=b.now())


def _submit(leave_out: str | None = None) -> Build:
    return lambda b, s: ob.Submit(fill(s, leave_out=leave_out))


def _then(effect: Callable[[Backend], None], build: Build) -> Build:
    def both(b: Backend, s: ob.State) -> ob.Event:
        effect(b)
        return build(b, s)

    return both


def _pin(b: Backend, s: ob.State) -> ob.Event:
    return ob.ChoosePin(PIN, PIN)


def _card_pin(pin: str) -> Build:
    return lambda b, s: ob.CardPin(pin)


def _nothing_sent(b: Backend, s: ob.State) -> bool:
    return s.address is not None and b.sent_to(s.address.value) == 0


def _pin_refused(problem: ob.Problem | None, tries_left: int | None = None) -> Callable[[Backend, ob.State], bool]:
    """At the card's PIN, refused for `problem`, the PIN forgotten, and no code sent anywhere."""
    return lambda b, s: (
        (s.card_pin_problem, s.card_pin_tries_left, s.card_pin) == (problem, tries_left, "") and _nothing_sent(b, s)
    )


_TO_THE_CARD_PIN = [
    Move(_identify(LookupKind.CARD, CARD_WITHOUT_ACCOUNT), ob.Step.CREDENTIALS,
         check=lambda b, s: s.flow is ob.Flow.USER_WITH_CARD and s.customerid is not None and s.card_has_pin),
    # The address and password first, then the card's PIN: no code is sent before it.
    Move(_credentials(), ob.Step.CARD_PIN, check=_pin_refused(None)),
]


def _card_ready(b: Backend, s: ob.State) -> bool:
    return bool(s.card) and s.fidelycode == s.card and b.pin_works(s.card, PIN)


def _first_mandatory(s: ob.State) -> str:
    return next(f.name for f in s.fields if f.visible and f.mandatory and not f.privacy)


def _form_shown(b: Backend, s: ob.State) -> bool:
    return bool(s.fields) and any(f.privacy for f in s.fields) and not s.errors


_TO_THE_FORM = [
    Move(_credentials(), ob.Step.CODE, "code was sent"),
    Move(_code, ob.Step.DATA, check=_form_shown),
]
_TO_THE_END = [
    Move(_submit(), ob.Step.PIN),
    Move(_pin, ob.Step.DONE, "Welcome", check=_card_ready),
]

SCENARIOS: dict[str, list[Move]] = {
    "new user by e-mail, to the card on screen": [
        Move(_email_fresh, ob.Step.CREDENTIALS,
             check=lambda b, s: s.flow is ob.Flow.NEW_USER and s.address is not None),
        *_TO_THE_FORM,
        *_TO_THE_END,
    ],
    "new user from a card nobody has, the code by mobile": [
        Move(_identify(LookupKind.CARD, UNKNOWN_CARD), ob.Step.CREDENTIALS,
             check=lambda b, s: s.flow is ob.Flow.NEW_USER and s.address is None),
        Move(_credentials(fresh_mobile), ob.Step.CODE, "code was sent to +39"),
        Move(_code, ob.Step.DATA),
        *_TO_THE_END,
    ],
    "user with card: its PIN proves it, then credentials for the card's customer, the PIN kept": [
        *_TO_THE_CARD_PIN,
        Move(_card_pin(CARD_PIN), ob.Step.CODE, "code was sent"),
        Move(_code, ob.Step.DATA, check=_form_shown),
        # The card has a PIN already: nothing to choose, it stays.
        Move(_submit(), ob.Step.DONE, "PIN it already had",
             check=lambda b, s: s.card == CARD_WITHOUT_ACCOUNT and b.pin_works(s.card, CARD_PIN)),
    ],
    "user with card: no PIN typed, no call and no code": [
        *_TO_THE_CARD_PIN,
        Move(_card_pin(""), ob.Step.CARD_PIN, check=_pin_refused(ob.Problem.BAD_FIELD)),
        Move(_card_pin("24"), ob.Step.CARD_PIN, check=_pin_refused(ob.Problem.BAD_FIELD)),
        Move(lambda b, s: ob.Resend(now=b.now()), ob.Step.CARD_PIN, check=_nothing_sent),
        Move(_card_pin(CARD_PIN), ob.Step.CODE, "code was sent"),
    ],
    "user with card: a wrong PIN says the tries left and sends nothing, the right one goes on": [
        *_TO_THE_CARD_PIN,
        Move(_card_pin("1357"), ob.Step.CARD_PIN, check=_pin_refused(ob.Problem.WRONG_PIN, 4)),
        Move(_card_pin("1358"), ob.Step.CARD_PIN, check=_pin_refused(ob.Problem.WRONG_PIN, 3)),
        Move(_card_pin(CARD_PIN), ob.Step.CODE, "code was sent", check=lambda b, s: s.card_pin_problem is None),
        # Back to correct the address: the PIN typed stays in memory, it is not asked again.
        Move(lambda b, s: ob.Back(), ob.Step.CREDENTIALS),
        Move(_credentials(fresh_email), ob.Step.CODE, "code was sent"),
        Move(_code, ob.Step.DATA),
    ],
    "user with card: five wrong PINs lock it, and then not even the right one sends a code": [
        *_TO_THE_CARD_PIN,
        *[Move(_card_pin(f"000{n}"), ob.Step.CARD_PIN, check=_pin_refused(ob.Problem.WRONG_PIN, 4 - n))
          for n in range(4)],
        Move(_card_pin("0009"), ob.Step.CARD_PIN, check=_pin_refused(ob.Problem.PIN_LOCKED)),
        Move(_card_pin(CARD_PIN), ob.Step.CARD_PIN,
             check=lambda b, s: _pin_refused(ob.Problem.PIN_LOCKED)(b, s) and not b.pin_works(CARD_WITHOUT_ACCOUNT,
                                                                                              CARD_PIN)),
        Move(lambda b, s: ob.Restart(), ob.Step.START),
    ],
    "already registered: back to login": [
        Move(_email(REGISTERED_EMAIL), ob.Step.LOGIN, "already registered"),
    ],
    "a wrong code, then the right one": [
        Move(_email_fresh, ob.Step.CREDENTIALS),
        Move(_credentials(), ob.Step.CODE),
        Move(_wrong_code, ob.Step.CODE, "4 tries left"),
        Move(_code, ob.Step.DATA),
    ],
    "too many wrong codes, a resend too early, then a new code": [
        Move(_email_fresh, ob.Step.CREDENTIALS),
        Move(_credentials(), ob.Step.CODE),
        *[Move(_wrong_code, ob.Step.CODE, says) for says in
          ("4 tries left", "3 tries left", "2 tries left", "1 try left", "Too many wrong codes")],
        Move(_code, ob.Step.CODE, "Too many wrong codes"),
        Move(lambda b, s: ob.Resend(now=b.now()), ob.Step.CODE, "A new code can be sent in"),
        Move(_then(lambda b: b.advance(31), lambda b, s: ob.Resend(now=b.now())), ob.Step.CODE, "code was sent",
             check=lambda b, s: s.tries_left == 5),
        Move(_code, ob.Step.DATA),
    ],
    "an expired code, then a new one": [
        Move(_email_fresh, ob.Step.CREDENTIALS),
        Move(_credentials(), ob.Step.CODE),
        Move(_then(lambda b: b.advance(601), _code), ob.Step.CODE, "expired"),
        Move(lambda b, s: ob.Resend(now=b.now()), ob.Step.CODE, "code was sent"),
        Move(_code, ob.Step.DATA),
    ],
    "back from the code to correct the address": [
        Move(_email_fresh, ob.Step.CREDENTIALS),
        Move(_credentials(), ob.Step.CODE),
        Move(lambda b, s: ob.Back(), ob.Step.CREDENTIALS, "Correct the address"),
        Move(_credentials(fresh_email), ob.Step.CODE, "code was sent"),
        Move(_code, ob.Step.DATA),
    ],
    "a mandatory field left empty": [
        Move(_email_fresh, ob.Step.CREDENTIALS),
        *_TO_THE_FORM,
        Move(lambda b, s: ob.Submit(fill(s, leave_out=_first_mandatory(s))), ob.Step.DATA, "need a look",
             check=lambda b, s: list(s.errors) == [_first_mandatory(s)]),
        *_TO_THE_END,
    ],
    "the network drops at the code: try again": [
        Move(_email_fresh, ob.Step.CREDENTIALS),
        Move(_credentials(), ob.Step.CODE),
        Move(_then(lambda b: b.fail_next("verify"), _code), ob.Step.CODE, "cannot be reached"),
        Move(lambda b, s: ob.Retry(), ob.Step.DATA),
        *_TO_THE_END,
    ],
    "a server error saving the form: try again": [
        Move(_email_fresh, ob.Step.CREDENTIALS),
        *_TO_THE_FORM,
        Move(_then(lambda b: b.fail_next("save"), _submit()), ob.Step.DATA, "cannot be reached"),
        Move(lambda b, s: ob.Retry(), ob.Step.PIN),
        Move(_pin, ob.Step.DONE, check=_card_ready),
    ],
    "the window closes in the form: it goes on where it was": [
        Move(_email_fresh, ob.Step.CREDENTIALS),
        *_TO_THE_FORM,
        Move(lambda b, s: ob.Submit({**fill(s), "birthdate": "17/05/1990"}), ob.Step.DATA),
        Move(RESUME, ob.Step.SIGN_IN, "type your password"),
        Move(lambda b, s: ob.Password(PASSWORD), ob.Step.DATA,
             check=lambda b, s: s.values.get("birthdate") == "17/05/1990"),
        *_TO_THE_END,
    ],
}


def play(backend: Backend, moves: list[Move], *, rules: ob.Rules = ob.Rules()) -> ob.State:
    """Run the moves; each must land on its step with its words. Returns the last state."""
    enrolment = Enrolment(backend.client, rules=rules, clock=backend.now)
    for number, move in enumerate(moves, 1):
        if move.event is RESUME:
            saved = json.loads(json.dumps(enrolment.state.to_json()))
            assert PASSWORD not in json.dumps(saved)
            enrolment = Enrolment(backend.client, rules=rules, clock=backend.now, state=ob.State.from_json(saved))
            state = enrolment.state
        else:
            build = move.event
            assert callable(build)
            state = enrolment.handle(build(backend, enrolment.state))
        where = f"move {number}: at {state.step.value}, saying {state.message!r}, errors {dict(state.errors)}"
        assert state.step is move.step, where
        assert move.says in say(state.message), where
        assert move.check is None or move.check(backend, state), where
        assert state.busy is None, where
    return enrolment.state
