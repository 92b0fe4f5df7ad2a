"""Runs the enrolment machine (kiosk/domain/onboarding.py) against the loyalty API.

`Enrolment.perform(action)` makes the one call an action stands for and
returns the event that feeds its outcome back to the machine; it blocks on the
network, so a screen runs it off the GUI thread and calls `advance` itself.
`Enrolment.handle(event)` does both until the machine rests: for the command
line and the tests.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from kiosk.api import ApiError, LoyaltyError, NetworkError
from kiosk.api.marta import AnswerCode
from kiosk.api.models import CustomerProfile, DataField, DataFields, NextStep
from kiosk.core.terminal import UNREACHABLE
from kiosk.domain import onboarding as ob
from kiosk.domain.identifiers import LookupKind

if TYPE_CHECKING:
    # Annotations only: kiosk.api.client loads httpx, which the counter loads on first use (kiosk.app.ClientOnFirstUse).
    from kiosk.api.client import LoyaltyClient
    from kiosk.api.customer import CustomerSession

__all__ = ["Enrolment", "form_of", "profile_values", "problem_of"]

log = logging.getLogger("kiosk.enrol")

_STANDARD = ("name", "surname", "gender", "birthdate", "mailcontactdata", "mobilecontactdata", "usedforpromotions")


class Client(Protocol):
    """The calls enrolment makes (LoyaltyClient has them; a test may give its own)."""

    def campaign(self) -> Any: ...
    def check_card(self, **lookup: str) -> Any: ...
    def send_registration_code(self, **address: str) -> Any: ...
    def register_with_code(self, **body: Any) -> Any: ...
    def send_credentials_code(self, customerid: int, *, pincode: str | None = None, **address: str) -> Any: ...
    def change_credentials_with_code(self, customerid: int, *, username: str, password: str, code: str) -> Any: ...
    def customer_login(self, *, username: str, password: str) -> Any: ...


def _field(f: DataField, *, privacy: bool) -> ob.FormField:
    return ob.FormField(
        name=f.name,
        label=f.label,
        type=f.type,
        visible=f.visible,
        mandatory=f.mandatory,
        options=tuple(f.options or ()),
        privacy=privacy,
        text=getattr(f, "text", None) or "",
    )


def form_of(fields: DataFields) -> tuple[ob.FormField, ...]:
    """The campaign's form as the machine reads it: the personal data first, then each consent."""
    return tuple(_field(f, privacy=False) for f in fields.custom) + tuple(
        _field(f, privacy=True) for f in fields.privacy
    )


def profile_values(profile: CustomerProfile) -> dict[str, Any]:
    """What is registered so far, by field name (standard fields, custom data and consents alike)."""
    values: dict[str, Any] = {name: getattr(profile, name) for name in _STANDARD}
    values.update(profile.customdata)
    values.update(profile.privacy)
    return {name: value for name, value in values.items() if value is not None}


def problem_of(exc: LoyaltyError, action: ob.Action) -> ob.Problem:
    """What the machine needs to know of a failed call."""
    if isinstance(exc, UNREACHABLE) or isinstance(exc, NetworkError):
        return ob.Problem.UNREACHABLE
    if not isinstance(exc, ApiError):
        return ob.Problem.REFUSED
    code = exc.answer_code
    if isinstance(action, ob.SetPin) and (
        code == AnswerCode.WRONG_PIN or (code == AnswerCode.BAD_FIELD and exc.field == "pincode")
    ):
        return ob.Problem.PIN_EXISTS  # a PIN is there already, and only its owner may change it
    by_code = {
        AnswerCode.NEW_CUSTOMER: ob.Problem.NEW_USER,
        AnswerCode.ALREADY_REGISTERED: ob.Problem.ALREADY_REGISTERED,
        AnswerCode.CODE_WRONG: ob.Problem.WRONG_CODE,
        AnswerCode.CODE_EXPIRED: ob.Problem.CODE_EXPIRED,
        AnswerCode.CODE_TOO_MANY: ob.Problem.TOO_MANY,
        AnswerCode.TOO_MANY_TRIES: ob.Problem.HELD_BACK,
        AnswerCode.BAD_FIELD: ob.Problem.BAD_FIELD,
        AnswerCode.WRONG_PIN: ob.Problem.WRONG_PIN,
        AnswerCode.PIN_LOCKED: ob.Problem.PIN_LOCKED,
    }
    if code in by_code:
        return by_code[AnswerCode(code)]
    if exc.status >= 500 or (exc.status == 429 and code != AnswerCode.CODE_TOO_MANY):
        return ob.Problem.UNREACHABLE  # a server fault or a slow-down: the same call may work in a moment
    return ob.Problem.REFUSED


class Enrolment:
    """One customer's enrolment: the machine's state and the signed-in customer once there is one."""

    def __init__(
        self,
        client: LoyaltyClient | Client,
        *,
        rules: ob.Rules = ob.Rules(),
        state: ob.State | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._client = client
        self.rules = rules
        self.state = state if state is not None else ob.State()
        self._clock = clock
        self._session: CustomerSession | None = None

    def handle(self, event: ob.Event) -> ob.State:
        """Advance on `event`, then perform every action the machine asks for until it rests (blocks)."""
        state = ob.advance(self.state, event, self.rules)
        while state.busy is not None:
            state = ob.advance(state, self.perform(state.busy), self.rules)
        self.state = state
        return state

    def perform(self, action: ob.Action) -> ob.Event:
        """Make the call `action` stands for; its outcome as the machine's next event (never raises a LoyaltyError)."""
        try:
            return self._call(action)
        except LoyaltyError as exc:
            problem = problem_of(exc, action)
            field = exc.field if isinstance(exc, ApiError) else None
            tries_left = exc.attempts_left if isinstance(exc, ApiError) else None
            # Only the kind of action is logged: its fields may hold a password, a code or a PIN.
            log.info("enrolment step %s: %s", type(action).__name__, problem.value)
            return ob.Failed(problem, exc.notice, field, tries_left)

    def _call(self, action: ob.Action) -> ob.Event:
        client = self._client
        if isinstance(action, ob.CheckCard):
            found = client.check_card(**{action.lookup.kind.value: action.lookup.value})
            if found.next_step is NextStep.NEW_USER:
                return ob.Failed(ob.Problem.NEW_USER)
            return ob.Checked(
                registered=found.registered_customer, customerid=found.customerid, card=found.card,
                pin_set=found.pinset,
            )
        if isinstance(action, ob.SendCode):
            address = {action.address.kind.value: action.address.value}
            if action.flow is ob.Flow.NEW_USER:
                sent = client.send_registration_code(**address)
            else:
                assert action.customerid is not None
                # The card's PIN proves the card is the customer's; without one there is nothing to send.
                proof = {"pincode": action.pincode} if action.pincode else {}
                sent = client.send_credentials_code(action.customerid, **address, **proof)
            return ob.CodeSent(expiresin=sent.expiresin, resendafter=sent.resendafter, now=self._clock())
        if isinstance(action, ob.Verify):
            if action.flow is ob.Flow.NEW_USER:
                campaign = client.campaign()
                contact = "email" if action.address.kind is LookupKind.EMAIL else "mobile"
                account = client.register_with_code(
                    code=action.code,
                    username=action.username,
                    password=action.password,
                    categoryid=campaign.categories[0].categoryid,
                    **{contact: action.address.value},
                )
            else:
                assert action.customerid is not None
                account = client.change_credentials_with_code(
                    action.customerid, username=action.username, password=action.password, code=action.code
                )
            return ob.Verified(
                customerid=account.customerid, card=account.card, fidelycode=account.fidelycode,
                username=account.username or action.username,
            )
        if isinstance(action, ob.SignIn):
            self._session = session = client.customer_login(username=action.username, password=action.password)
            profile = session.profile()
            return ob.SignedIn(
                fields=form_of(session.data_fields()), profile=profile_values(profile), pin_set=bool(profile.pinset)
            )
        if isinstance(action, ob.SaveProfile):
            session = self._signed_in()
            profile = session.update_profile(**dict(action.values))
            return ob.ProfileSaved(profile_values(profile))
        if isinstance(action, ob.SetPin):
            self._signed_in().set_pin(action.pin)
            return ob.PinSet()
        raise AssertionError(f"unknown action {type(action).__name__}")

    def _signed_in(self) -> CustomerSession:
        assert self._session is not None, "the machine signs the customer in before the form and the PIN"
        return self._session
