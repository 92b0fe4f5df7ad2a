"""Request bodies and the bounded types of their fields."""

from __future__ import annotations

import unicodedata
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from kiosk.api.marta import CODE_DIGITS, MAX_AMOUNT, MAX_ID, OFFLINE_APPROVAL, OPERATIONID_MAX_LENGTH, PIN_RESET_PURPOSE
from kiosk.sandbox.demo import DEMO

__all__ = [
    "Id",
    "Amount",
    "CardNumber",
    "Pin",
    "Text",
    "printable",
    "AuthBody",
    "RefreshBody",
    "SendCodeBody",
    "RegistrationBody",
    "CredentialsCodeBody",
    "ChangeCredentialsBody",
    "CustomerUpdate",
    "NewCardBody",
    "EvaluateBody",
    "PurchaseBody",
    "BurnPointsBody",
    "BurnCreditBody",
    "LoadCreditBody",
    "PinVerifyBody",
    "PinChangeBody",
    "PinResetBody",
    "ReplaceBody",
    "VoucherBody",
    "PointsVoucherBody",
    "VoucherUseBody",
    "PasswordChangeBody",
    "PasswordResetBody",
    "ErasureBody",
]


def printable(value: str) -> str:
    """Refuse control characters and lone surrogates: SQLite and UTF-8 cannot carry the latter."""
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in value):
        raise ValueError("must not contain control characters")
    return value


Text = Annotated[str, StringConstraints(min_length=1, max_length=200), AfterValidator(printable)]
Secret = Annotated[str, StringConstraints(min_length=1, max_length=128), AfterValidator(printable)]
Id = Annotated[int, Field(ge=1, le=MAX_ID)]
Amount = Annotated[int, Field(gt=0, le=MAX_AMOUNT)]
CardNumber = Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z]{1,32}$")]
Pin = Annotated[str, StringConstraints(pattern=r"^[0-9]{1,12}$")]
Code = Annotated[str, StringConstraints(pattern=rf"^[0-9]{{{CODE_DIGITS}}}$")]
# The operationid travels as the Idempotency-Key header too, so it must be a valid header value:
# printable ASCII, no blank at either end (HTTP strips those, and the two would differ).
OperationId = Annotated[
    str,
    StringConstraints(min_length=1, max_length=OPERATIONID_MAX_LENGTH, pattern=r"^[!-~](?:[ -~]*[!-~])?$"),
]
Short = Annotated[str, StringConstraints(min_length=1, max_length=64), AfterValidator(printable)]
# A time the terminal sends (ISO 8601, UTC); the route reads it and answers 400/20 if it cannot.
Moment = Annotated[str, StringConstraints(min_length=1, max_length=40), Field(json_schema_extra={"format": "date-time"})]
DeviceType = Literal[1, 2, 3]


class _Body(BaseModel):
    # Strict: "5" is no campaign id and 1 is no PIN; a wrong type is a bad field.
    model_config = ConfigDict(strict=True, extra="ignore")


def _example(*others: dict[str, Any], **values: Any) -> ConfigDict:
    """A body that works against the demo (and other ones): the schema shows them, schema-driven tests try them."""
    return ConfigDict(strict=True, extra="ignore", json_schema_extra={"examples": [values, *others]})


# The examples use the demo campaign (kiosk sandbox demo).
_CAMPAIGN = DEMO["campaignid"]
_CARD = DEMO["cards"][0]["card"]
_PIN = DEMO["cards"][0]["pincode"]
_LOCKED_CARD = next(card["card"] for card in DEMO["cards"] if card["pinlocked"])
_UNREGISTERED_PIN = DEMO["cards"][1]["pincode"]  # customer 2's card: never registered, handed out with a PIN


class AuthBody(_Body):
    model_config = _example(campaignid=_CAMPAIGN, devicetype=1, scope="terminal", **DEMO["terminal"])

    username: Text | None = None
    password: Secret | None = None
    passwords: Secret | None = Field(default=None, description="Same as password (the seed's spelling).")
    campaignid: Id
    devicetype: DeviceType
    scope: Literal["terminal", "customersynchro", "customer"]
    serialnumber: Text | None = Field(default=None, description="Required with scope terminal.")
    # The terminal's id in the shop's own systems: optional, and empty means none.
    foreignid: Annotated[str, StringConstraints(max_length=200), AfterValidator(printable)] | None = None
    card: CardNumber | None = Field(default=None, description="Customer login at a kiosk, with a terminal token.")
    pincode: Pin | None = None


class RefreshBody(_Body):
    model_config = _example(refreshtoken="the-refreshtoken-from-auth")

    refreshtoken: Text


class SendCodeBody(_Body):
    """verifyemail: one of email, emails or mobile."""

    model_config = _example(campaignid=_CAMPAIGN, email="new.customer@example.com", devicetype=1)

    campaignid: Id
    email: Text | None = None
    emails: Text | None = Field(default=None, description="Same as email (the seed's spelling).")
    mobile: Text | None = None
    devicetype: DeviceType


class CredentialsCodeBody(_Body):
    """generateverificationcode: a customerid and one of email, emails or mobile; or a card for a PIN reset."""

    model_config = _example(
        {"card": _LOCKED_CARD, "purpose": PIN_RESET_PURPOSE, "devicetype": 1},
        customerid=2, mobile="+393470000000", devicetype=1, pincode=_UNREGISTERED_PIN,
    )

    customerid: Id | None = Field(default=None, description="Required unless purpose is pincode or password.")
    email: Text | None = None
    emails: Text | None = Field(default=None, description="Same as email (the seed's spelling).")
    mobile: Text | None = None
    devicetype: DeviceType
    purpose: Literal["credentials", "pincode", "password"] | None = Field(
        default=None,
        description="pincode: a code to reset the card's PIN, sent to the address on file;"
        " password: a code to reset a forgotten password, sent to the address given (if a customer has it).",
    )
    card: CardNumber | None = Field(default=None, description="With purpose pincode: the card whose PIN to reset.")
    pincode: Pin | None = Field(
        default=None,
        description="Without purpose pincode: the card's PIN, required when the card has one (403/40 otherwise).",
    )


class RegistrationBody(_Body):
    model_config = _example(
        verificationcode="0" * CODE_DIGITS, password="a-new-password", devicetype=1, campaignid=_CAMPAIGN,
        categoryid=1, username="new.customer@example.com", mailcontactdata="new.customer@example.com",
    )

    verificationcode: Code
    password: Secret | None = None
    passwords: Secret | None = Field(default=None, description="Same as password (the seed's spelling).")
    devicetype: DeviceType
    campaignid: Id
    categoryid: Id | None = None
    categoryID: Id | None = Field(default=None, description="Same as categoryid (the seed's spelling).")
    username: Text
    mailcontactdata: Text | None = None
    mobilecontactdata: Text | None = None


class ChangeCredentialsBody(_Body):
    model_config = _example(
        customerid=2, username="new.login", password="a-new-password", verificationcode="0" * CODE_DIGITS
    )

    customerid: Id
    username: Text
    password: Secret | None = None
    passwords: Secret | None = Field(default=None, description="Same as password (the seed's spelling).")
    verificationcode: Code


class CustomerUpdate(BaseModel):
    """Any field the campaign's CustomDataFields or PrivacyCustomDataFields name, by name.

    The standard ones are listed; custom fields and consents go by their own
    names, and a name the campaign does not know is refused (400/20).
    """

    model_config = ConfigDict(
        strict=True,
        extra="allow",
        json_schema_extra={
            "examples": [{"name": "Giulia", "surname": "Rossi", "city": "Milano", "usedforpromotions": True}]
        },
    )

    name: Text | None = None
    surname: Text | None = None
    gender: Text | None = None
    birthdate: Text | None = Field(default=None, description="YYYY-MM-DD")
    mailcontactdata: Text | None = None
    mobilecontactdata: Text | None = None
    usedforpromotions: bool | None = None
    verificationcode: Code | None = Field(
        default=None, description="With a new mailcontactdata or mobilecontactdata: the code sent to that address."
    )


class NewCardBody(_Body):
    model_config = _example(categoryid=1)

    categoryid: Id


class EvaluateBody(_Body):
    model_config = _example(card=_CARD, amount=1250)

    card: CardNumber
    amount: Amount


class PurchaseBody(_Body):
    model_config = _example(
        operationid="example-purchase-1", card=_CARD, amount=1250, receipt="R-0001", datetime="2026-11-22T10:42:00Z"
    )

    operationid: OperationId
    card: CardNumber
    amount: Amount
    receipt: Short
    datetime: Moment


class BurnPointsBody(_Body):
    """Checked by the customer's PIN, or approved by a manager while the terminal was offline: one of the two."""

    model_config = _example(operationid="example-burnpoints-1", card=_CARD, points=100, pincode=_PIN)

    operationid: OperationId
    card: CardNumber
    points: Amount
    pincode: Pin | None = None
    approval: Literal["offline"] | None = Field(
        default=None, description=f"{OFFLINE_APPROVAL!r} instead of a pincode: a manager approved it offline."
    )
    datetime: Moment | None = Field(default=None, description="With approval: when it was approved at the till.")


class BurnCreditBody(_Body):
    model_config = _example(operationid="example-burncredit-1", card=_CARD, credit=500, pincode=_PIN)

    operationid: OperationId
    card: CardNumber
    credit: Amount
    pincode: Pin


class LoadCreditBody(_Body):
    model_config = _example(operationid="example-loadcredit-1", card=_CARD, credit=1000)

    operationid: OperationId
    card: CardNumber
    credit: Amount


class PinVerifyBody(_Body):
    model_config = _example(card=_CARD, pincode=_PIN)

    card: CardNumber
    pincode: Pin


class PinChangeBody(_Body):
    """PATCH /customer/pincode: the current PIN may be left out only while the card has none."""

    model_config = _example(pincode=_PIN, newpincode=_PIN)

    pincode: Pin | None = Field(default=None, description="The current PIN; required once the card has one.")
    newpincode: Pin = Field(description="Exactly the campaign's pincodelength digits.")


class PinResetBody(_Body):
    """PATCH /customer/pincode/reset: the code sent for the card's PIN reset sets a new PIN."""

    model_config = _example(card=_LOCKED_CARD, verificationcode="0" * CODE_DIGITS, newpincode=_PIN)

    card: CardNumber
    verificationcode: Code
    newpincode: Pin = Field(description="Exactly the campaign's pincodelength digits.")


class ReplaceBody(_Body):
    model_config = _example(newcard="2000000000992")

    newcard: CardNumber


class VoucherBody(_Body):
    model_config = _example(code="FIVEOFF")

    code: Short


class PointsVoucherBody(_Body):
    """POST /customer/vouchers: points into a voucher, confirmed with the card's PIN (see marta)."""

    model_config = _example(operationid="example-voucher-1", points=100, pincode=_PIN)

    operationid: OperationId
    points: Amount
    pincode: Pin


class VoucherUseBody(_Body):
    model_config = _example(operationid="example-voucher-use-1", code="FIVEOFF", receipt="R-0001")

    operationid: OperationId
    code: Short
    receipt: Short


class PasswordChangeBody(_Body):
    """PATCH /customer/password: the current password, then the new one."""

    model_config = _example(password=DEMO["cards"][0]["password"], newpassword="a-new-password")

    password: Secret
    newpassword: Secret


class PasswordResetBody(_Body):
    """PATCH /customer/password/reset: the address the code went to, the code, and the new password."""

    model_config = _example(
        email=DEMO["cards"][0]["email"], verificationcode="0" * CODE_DIGITS, newpassword="a-new-password"
    )

    email: Text | None = None
    emails: Text | None = Field(default=None, description="Same as email (the seed's spelling).")
    mobile: Text | None = None
    verificationcode: Code
    newpassword: Secret


class ErasureBody(_Body):
    """DELETE /customer: the customer confirms with exactly one of their PIN and their password."""

    model_config = _example(pincode=_PIN)

    pincode: Pin | None = None
    password: Secret | None = None
