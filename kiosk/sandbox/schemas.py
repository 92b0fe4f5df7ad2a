"""Answer bodies: each 200 of the API as a model, so /openapi.json documents it exactly."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

__all__ = [
    "CustomerView",
    "TokenAnswer",
    "CheckCardAnswer",
    "CodeSent",
    "PinResetCodeSent",
    "AccountInfo",
    "DataField",
    "DataFields",
    "Category",
    "OfflinePolicy",
    "CampaignView",
    "CardView",
    "Evaluation",
    "Balance",
    "MovementView",
    "MovementAnswer",
    "MovementList",
    "OperationAnswer",
    "PinValid",
    "PinSet",
    "VoucherAnswer",
    "WalletVoucher",
    "WalletList",
    "VoucherUseAnswer",
    "PointsVoucherAnswer",
    "PromotionView",
    "PromotionList",
    "DirectoryEntry",
    "Directory",
    "MessageView",
    "PasswordSet",
    "Erased",
    "MessageList",
    "FaultView",
    "ClockView",
]

CardStatus = Literal["active", "blocked", "replaced"]


class CustomerView(BaseModel):
    customerid: int
    card: str | None
    FidelyCode: str | None
    username: str | None
    name: str | None
    surname: str | None
    gender: str | None
    birthdate: str | None
    mailcontactdata: str | None
    mobilecontactdata: str | None
    usedforpromotions: bool | None
    registered_customer: bool
    points: int
    credit: int
    customdata: dict[str, str | bool | None]
    privacy: dict[str, bool]
    pinset: bool = Field(description="Whether the customer's card has a PIN (PATCH /customer/pincode sets it).")


class TokenAnswer(BaseModel):
    token: str
    refreshtoken: str
    expiresin: int
    scope: Literal["terminal", "customersynchro", "customer"]
    customer: CustomerView | None


class CheckCardAnswer(BaseModel):
    card: str
    customerid: int
    registered_customer: bool
    FidelyCode: str
    pinset: bool = Field(description="The card has a PIN: generateverificationcode then needs it (see marta).")


class CodeSent(BaseModel):
    sent: bool
    expiresin: int
    resendafter: int


class PinResetCodeSent(CodeSent):
    sentto: str = Field(description="The address on file the code went to, masked for a screen.")


class AccountInfo(BaseModel):
    customerid: int
    card: str
    FidelyCode: str
    username: str
    registered_customer: bool


class DataField(BaseModel):
    name: str
    label: str
    type: Literal["text", "date", "select", "bool", "email", "phone"]
    visible: bool
    mandatory: bool
    options: list[str] | None
    text: str | None = Field(description="The full wording (a consent's whole statement); label is the short one.")


class DataFields(BaseModel):
    CustomDataFields: list[DataField]
    PrivacyCustomDataFields: list[DataField]


class Category(BaseModel):
    categoryid: int
    name: str


class OfflinePolicy(BaseModel):
    earn: bool
    redeem: bool
    redeemmaxpoints: int
    redeemwindowhours: int
    redeemmaxtotalpoints: int


class ContactHashParams(BaseModel):
    """How the directory's emailhash and mobilehash are made: hex scrypt of the normalised address."""

    algorithm: Literal["scrypt"]
    salt: str
    n: int
    r: int
    p: int


class CampaignView(BaseModel):
    campaignid: int
    name: str
    currency: str
    pointsperunit: float
    pointvalue: int
    minredeempoints: int
    pincodelength: int
    cardformat: Literal["EAN13", "CODE128"]
    categories: list[Category]
    offlinepolicy: OfflinePolicy
    contacthash: ContactHashParams


class CardView(BaseModel):
    card: str
    customerid: int
    status: CardStatus
    name: str | None
    surname: str | None
    points: int
    credit: int
    FidelyCode: str
    registered_customer: bool
    categoryid: int
    updatedat: str
    replacedby: str | None
    pinlocked: bool
    pinset: bool = Field(description="Whether the card has a PIN yet (a card enrolled online has none until set with a code).")
    erased: bool = Field(default=False, description="The customer erased their account: the card is blocked for good.")


class Evaluation(BaseModel):
    card: str
    amount: int
    points: int


class Balance(BaseModel):
    points: int
    credit: int


class MovementView(BaseModel):
    movementid: int
    operationid: str
    type: Literal["purchase", "burnpoints", "burncredit", "loadcredit", "reversal", "voucher", "prize", "bonus"]
    card: str
    amount: int | None
    points: int
    credit: int
    receipt: str | None
    datetime: str
    reverses: int | None
    reversedby: int | None
    serialnumber: str | None = Field(
        description="The till that recorded it; null in the customer's own list (GET /customer/movements)."
    )
    approval: Literal["offline"] | None = Field(
        default=None, description="offline: a redemption a manager approved while the terminal was offline."
    )
    reason: Literal["welcome", "birthday", "profile"] | None = Field(
        default=None, description="The event rule that gave a bonus movement; null on every other movement."
    )


class MovementAnswer(BaseModel):
    movementid: int
    operationid: str
    points: int
    credit: int
    balance: Balance
    movement: MovementView


class MovementList(BaseModel):
    card: str
    movements: list[MovementView]


class OperationAnswer(BaseModel):
    operationid: str
    status: Literal["applied"]
    movementid: int | None = Field(description="null for a write that moved no points (a voucher used at a till).")
    result: MovementAnswer | VoucherUseAnswer


class PinValid(BaseModel):
    card: str
    valid: bool


class PinSet(BaseModel):
    card: str
    pinset: bool


VoucherState = Literal["active", "used", "expired"]
VoucherSource = Literal["points", "promotion", "prize", "instantwin"]


class WalletVoucher(BaseModel):
    """A voucher of the offer wallet (CONTRACT §4): exactly one of value (cents) and percent."""

    code: str
    title: str
    description: str
    terms: str | None
    value: int | None = Field(description="What it takes off, in cents of `currency`; null for a percent voucher.")
    percent: int | None
    currency: str
    expiresat: str | None = Field(description="From this moment it is expired; null: it never expires.")
    state: VoucherState = Field(description="On the server's clock when asked.")
    source: VoucherSource
    promotionid: int | None
    createdat: str | None
    usedat: str | None


class WalletList(BaseModel):
    vouchers: list[WalletVoucher]


class VoucherAnswer(WalletVoucher):
    """POST /terminal/voucher/validate (read only): the voucher a till may take; `discount` is `value`."""

    discount: int | None
    valid: bool


class VoucherUseAnswer(BaseModel):
    operationid: str
    code: str
    usedat: str
    receipt: str
    voucher: VoucherAnswer


class PointsVoucherAnswer(MovementAnswer):
    """POST /customer/vouchers: the movement that burned the points, and the voucher they became."""

    voucher: WalletVoucher


class PromotionView(BaseModel):
    promotionid: int
    title: str
    description: str
    terms: str | None
    imageurl: str | None
    validfrom: str | None
    validto: str | None
    tags: list[str] = Field(description="The tags it targets; with clusters both empty it targets everyone.")
    clusters: list[str]


class PromotionList(BaseModel):
    promotions: list[PromotionView]


class DirectoryEntry(BaseModel):
    card: str
    customerid: int
    points: int
    credit: int
    status: CardStatus
    registered_customer: bool
    emailhash: str | None
    mobilehash: str | None
    updatedat: str
    erased: bool = Field(
        default=False, description="The customer erased their account: forget them (status blocked, no hashes)."
    )


class Directory(BaseModel):
    cards: list[DirectoryEntry]
    next: str
    more: bool


class MessageView(BaseModel):
    to: str
    kind: Literal["code", "notice"]
    purpose: str
    text: str
    code: str = Field(description="The one-time code of a code message; empty in a notice.")
    sentat: str


class MessageList(BaseModel):
    messages: list[MessageView]


class FaultView(BaseModel):
    delayms: int
    status: int | None
    count: int
    dropcount: int
    retryafter: int | None
    path: str | None


class ClockView(BaseModel):
    now: str
OperationAnswer.model_rebuild()  # its result may be a VoucherUseAnswer, defined after it


class PasswordSet(BaseModel):
    passwordset: bool


class Erased(BaseModel):
    erased: bool
    customerid: int
    card: str | None = Field(description="The customer's card, now blocked for good.")
