"""A fake loyalty server for enrolment, in memory, keeping the rules of CONTRACT §2 the sandbox keeps.

Only for the table of flows run without a network (tests/unit/test_enrolment_table.py);
the same table runs against the real sandbox in tests/api/test_enrolment_table.py.
It answers with the client's own models and raises the client's own errors.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from types import SimpleNamespace
from typing import Any

from kiosk.api import ApiError, NetworkError
from kiosk.api.errors import Problem
from kiosk.api.marta import PIN_MAX_WRONG_TRIES, AnswerCode
from kiosk.api.models import (
    Account,
    CheckCard,
    CodeSent,
    CustomerProfile,
    DataField,
    DataFields,
    FieldType,
    NextStep,
)
from kiosk.domain.identifiers import with_check_digit

CODE_TTL = 600
RESEND_AFTER = 30
CODE_TRIES = 5

FIELDS = DataFields(
    custom=(
        DataField("name", "Name", FieldType.TEXT, True, True, None),
        DataField("surname", "Surname", FieldType.TEXT, True, True, None),
        DataField("birthdate", "Birth date", FieldType.DATE, True, False, None),
        DataField("gender", "Gender", FieldType.SELECT, True, False, ("F", "M", "X")),
        DataField("mobilecontactdata", "Mobile", FieldType.PHONE, True, False, None),
    ),
    privacy=(
        DataField("usedforpromotions", "Offers by e-mail", FieldType.BOOL, True, False, None),
        DataField("privacyterms", "Programme rules", FieldType.BOOL, True, True, None),
    ),
)


def _error(
    code: AnswerCode, problem: Problem, status: int, field: str | None = None, attempts_left: int | None = None
) -> ApiError:
    return ApiError(problem, status=status, answer_code=code, field=field, attempts_left=attempts_left)


@dataclasses.dataclass
class _Customer:
    customerid: int
    card: str
    registered: bool = False
    username: str | None = None
    password: str | None = None
    email: str | None = None
    mobile: str | None = None
    pin: str | None = None
    pinwrong: int = 0  # wrong PIN tries in a row, across every call that checks it
    data: dict[str, Any] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass
class _Code:
    code: str
    address: str
    customerid: int | None
    sent_at: float
    tries: int = 0
    used: bool = False


class FakeLoyalty:
    """The onboarding calls of LoyaltyClient, served from memory; `now` is its clock (seconds)."""

    def __init__(self) -> None:
        self.now = 1_000_000.0
        self.down: set[str] = set()  # call names that fail once with no answer
        self.sent: list[_Code] = []
        self._ids = itertools.count(100)
        self._cards = itertools.count(1)
        self.customers: list[_Customer] = [
            _Customer(1, "2000000000015", True, "giulia.rossi@example.com", "demo-customer-pw",
                      email="giulia.rossi@example.com", pin="1234"),
            _Customer(2, "2000000000022", pin="2468"),
        ]

    # -- helpers for the table -------------------------------------------------------

    def latest_code(self, address: str) -> str:
        return next(c.code for c in reversed(self.sent) if c.address == address)

    def pin_of(self, card: str) -> str | None:
        """The card's PIN, as a till would find it works: none while it is locked."""
        customer = next(c for c in self.customers if c.card == card)
        return customer.pin if customer.pinwrong < PIN_MAX_WRONG_TRIES else None

    def sent_to(self, address: str) -> int:
        return sum(1 for c in self.sent if c.address == address)

    def _check_pin(self, customer: _Customer, pincode: str | None) -> None:
        """As the sandbox's PIN rules: a missing PIN is no try, a wrong one counts, five lock it."""
        if customer.pin is None:
            return
        if customer.pinwrong >= PIN_MAX_WRONG_TRIES:
            raise _error(AnswerCode.PIN_LOCKED, Problem.PIN_LOCKED, 423, "pincode")
        if pincode is None:
            raise _error(AnswerCode.WRONG_PIN, Problem.WRONG_PIN, 403, "pincode")
        if pincode != customer.pin:
            customer.pinwrong += 1
            if customer.pinwrong >= PIN_MAX_WRONG_TRIES:
                raise _error(AnswerCode.PIN_LOCKED, Problem.PIN_LOCKED, 423, "pincode")
            raise _error(AnswerCode.WRONG_PIN, Problem.WRONG_PIN, 403, "pincode",
                         PIN_MAX_WRONG_TRIES - customer.pinwrong)
        customer.pinwrong = 0

    def _gate(self, name: str) -> None:
        if name in self.down:
            self.down.discard(name)
            raise NetworkError(maybe_applied=False, cause="fake: no connection")

    def _by_address(self, address: str) -> _Customer | None:
        return next((c for c in self.customers if address in (c.email, c.mobile)), None)

    def _new_card(self) -> str:
        return with_check_digit(f"29{next(self._cards):010d}")

    # -- the client's calls ----------------------------------------------------------------

    def campaign(self) -> Any:
        return SimpleNamespace(categories=(SimpleNamespace(categoryid=1),))

    def check_card(self, **lookup: str) -> CheckCard:
        self._gate("check")
        [(kind, value)] = lookup.items()
        found = next((c for c in self.customers if c.card == value), None) if kind == "card" else self._by_address(value)
        if found is None:
            return CheckCard.new_user()
        step = NextStep.ALREADY_REGISTERED if found.registered else NextStep.USER_WITH_CARD
        return CheckCard(step, card=found.card, customerid=found.customerid, registered_customer=found.registered,
                         fidelycode=found.card, pinset=found.pin is not None)

    def _send(self, address: str, customerid: int | None) -> CodeSent:
        self._gate("send")
        last = next((c for c in reversed(self.sent) if c.address == address), None)
        if last is not None and self.now < last.sent_at + RESEND_AFTER:
            raise _error(AnswerCode.CODE_TOO_MANY, Problem.CODE_TOO_MANY, 429)
        code = f"{(len(self.sent) * 7919 + 314159) % 1_000_000:06d}"
        self.sent.append(_Code(code, address, customerid, self.now))
        return CodeSent(sent=True, expiresin=CODE_TTL, resendafter=RESEND_AFTER)

    def send_registration_code(self, **address: str) -> CodeSent:
        [(_, value)] = address.items()
        owner = self._by_address(value)
        if owner is not None and owner.registered:
            raise _error(AnswerCode.ALREADY_REGISTERED, Problem.ALREADY_REGISTERED, 409, "email")
        return self._send(value, None)

    def send_credentials_code(self, customerid: int, *, pincode: str | None = None, **address: str) -> CodeSent:
        [(_, value)] = address.items()
        self._gate("send")
        self._check_pin(next(c for c in self.customers if c.customerid == customerid), pincode)
        return self._send(value, customerid)

    def _spend(self, address: str | None, customerid: int | None, typed: str) -> _Code:
        code = next((c for c in reversed(self.sent)
                     if (address is None or c.address == address) and c.customerid == customerid), None)
        if code is None or code.used or self.now >= code.sent_at + CODE_TTL:
            raise _error(AnswerCode.CODE_EXPIRED, Problem.CODE_EXPIRED, 400, "verificationcode")
        if code.tries >= CODE_TRIES:
            raise _error(AnswerCode.CODE_TOO_MANY, Problem.CODE_TOO_MANY, 429, "verificationcode")
        if typed != code.code:
            code.tries += 1
            raise _error(AnswerCode.CODE_WRONG, Problem.CODE_WRONG, 400, "verificationcode")
        code.used = True
        return code

    def register_with_code(self, *, code: str, username: str, password: str, categoryid: int,
                           email: str | None = None, mobile: str | None = None) -> Account:
        self._gate("verify")
        address = email or mobile
        assert address is not None
        self._spend(address, None, code)
        customer = _Customer(next(self._ids), self._new_card(), True, username, password, email=email, mobile=mobile)
        self.customers.append(customer)
        return Account(customer.customerid, customer.card, customer.card, username)

    def change_credentials_with_code(self, customerid: int, *, username: str, password: str, code: str) -> Account:
        self._gate("verify")
        spent = self._spend(None, customerid, code)
        customer = next(c for c in self.customers if c.customerid == customerid)
        customer.registered, customer.username, customer.password = True, username, password
        if "@" in spent.address:
            customer.email = spent.address
        else:
            customer.mobile = spent.address
        return Account(customer.customerid, customer.card, customer.card, username)

    def customer_login(self, *, username: str, password: str) -> FakeSession:
        self._gate("login")
        customer = next((c for c in self.customers if c.username == username and c.registered), None)
        if customer is None or customer.password != password:
            raise _error(AnswerCode.WRONG_CREDENTIALS, Problem.CUSTOMER_SIGN_IN, 401)
        return FakeSession(self, customer)


class FakeSession:
    def __init__(self, server: FakeLoyalty, customer: _Customer) -> None:
        self._server = server
        self._customer = customer

    def data_fields(self) -> DataFields:
        return FIELDS

    def profile(self) -> CustomerProfile:
        c = self._customer
        birth = c.data.get("birthdate")
        return CustomerProfile(
            customerid=c.customerid, card=c.card, fidelycode=c.card, username=c.username,
            name=c.data.get("name"), surname=c.data.get("surname"), gender=c.data.get("gender"),
            birthdate=dt.date.fromisoformat(birth) if birth else None,
            mailcontactdata=c.email, mobilecontactdata=c.mobile,
            usedforpromotions=c.data.get("usedforpromotions"), registered_customer=c.registered,
            points=0, credit=0, customdata={},
            privacy={k: v for k, v in c.data.items() if k == "privacyterms"},
            pinset=c.pin is not None,
        )

    def update_profile(self, **fields: Any) -> CustomerProfile:
        self._server._gate("save")
        known = {f.name: f for f in (*FIELDS.custom, *FIELDS.privacy)}
        for name, value in fields.items():
            if name not in known:
                raise _error(AnswerCode.BAD_FIELD, Problem.BAD_FIELD, 400, name)
        merged = {**self._customer.data, **fields}
        for f in known.values():
            if f.mandatory and merged.get(f.name) in (None, ""):
                raise _error(AnswerCode.BAD_FIELD, Problem.BAD_FIELD, 400, f.name)
        if "mobilecontactdata" in fields:
            self._customer.mobile = fields.pop("mobilecontactdata")
        self._customer.data.update(fields)
        return self.profile()

    def set_pin(self, newpincode: str, *, pincode: str | None = None) -> None:
        self._server._gate("pin")
        if self._customer.pin is not None and pincode != self._customer.pin:
            raise _error(AnswerCode.WRONG_PIN, Problem.WRONG_PIN, 403, "pincode")
        self._customer.pin = newpincode
