"""The server's answers as frozen dataclasses, each checked strictly against the contract.

Those the store keeps have a `to_json` beside their `from_json`, writing the
contract's shape back so the stored copy reads again as what the server said.
`from_json` never lets a KeyError or TypeError out: anything malformed is a
`BadAnswer` whose `detail` names the place (never the value, which may be
personal data).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any

from kiosk.api.contacthash import ContactHash
from kiosk.api.errors import BadAnswer
from kiosk.api.kinds import CardStatus, MovementType
from kiosk.api.marta import BonusReason, Scope
from kiosk.api.reading import Reader, Scalar, string
from kiosk.api.utctime import utc_text
from kiosk.domain.enrolment_input import FieldType

__all__ = [
    "CardFormat",
    "CardStatus",
    "MovementType",
    "NextStep",
    "FieldType",
    "Category",
    "OfflinePolicy",
    "Campaign",
    "Card",
    "Balance",
    "Movement",
    "MovementResult",
    "Evaluation",
    "OperationOutcome",
    "PinCheck",
    "PinSet",
    "Voucher",
    "CardOffers",
    "NextVoucher",
    "VoucherState",
    "VoucherSource",
    "WalletVoucher",
    "VoucherUse",
    "PointsVoucher",
    "Promotion",
    "DirectoryEntry",
    "DirectoryPage",
    "CheckCard",
    "CodeSent",
    "PinResetCodeSent",
    "Account",
    "DataField",
    "DataFields",
    "CustomerProfile",
    "Tokens",
]

class CardFormat(str, enum.Enum):
    EAN13 = "EAN13"
    CODE128 = "CODE128"


class NextStep(str, enum.Enum):
    """Where the onboarding goes after a card check (CONTRACT §2)."""

    NEW_USER = "new_user"
    USER_WITH_CARD = "user_with_card"
    ALREADY_REGISTERED = "already_registered"


@dataclasses.dataclass(frozen=True)
class Category:
    categoryid: int
    name: str

    @classmethod
    def from_json(cls, obj: object, where: str = "category") -> Category:
        r = Reader(obj, where)
        return cls(categoryid=r.integer("categoryid"), name=r.text("name"))

    def to_json(self) -> dict[str, Any]:
        return {"categoryid": self.categoryid, "name": self.name}


@dataclasses.dataclass(frozen=True)
class OfflinePolicy:
    """What a terminal may do without the server; redeem caps in points."""

    earn: bool
    redeem: bool
    redeemmaxpoints: int
    redeemwindowhours: int
    redeemmaxtotalpoints: int = 0

    @classmethod
    def from_json(cls, obj: object, where: str = "offlinepolicy") -> OfflinePolicy:
        r = Reader(obj, where)
        # CONTRACT.md's policy has no total cap; the spec adds one, so absent means none.
        total = r.opt_integer("redeemmaxtotalpoints")
        return cls(
            earn=r.flag("earn"),
            redeem=r.flag("redeem"),
            redeemmaxpoints=r.integer("redeemmaxpoints"),
            redeemwindowhours=r.integer("redeemwindowhours"),
            redeemmaxtotalpoints=total if total is not None else 0,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "earn": self.earn,
            "redeem": self.redeem,
            "redeemmaxpoints": self.redeemmaxpoints,
            "redeemwindowhours": self.redeemwindowhours,
            "redeemmaxtotalpoints": self.redeemmaxtotalpoints,
        }


@dataclasses.dataclass(frozen=True)
class Campaign:
    """The campaign's rules: money in cents, `pointsperunit` points per 1.00 of currency."""

    campaignid: int
    name: str
    currency: str
    pointsperunit: float
    pointvalue: int
    minredeempoints: int
    pincodelength: int
    cardformat: CardFormat
    categories: tuple[Category, ...]
    offlinepolicy: OfflinePolicy
    contacthash: ContactHash

    @classmethod
    def from_json(cls, obj: object, where: str = "campaign") -> Campaign:
        r = Reader(obj, where)
        return cls(
            campaignid=r.integer("campaignid"),
            name=r.text("name"),
            currency=r.text("currency"),
            pointsperunit=r.number("pointsperunit"),
            pointvalue=r.integer("pointvalue"),
            minredeempoints=r.integer("minredeempoints"),
            pincodelength=r.integer("pincodelength"),
            cardformat=r.choice("cardformat", CardFormat),
            categories=r.many("categories", Category.from_json),
            offlinepolicy=OfflinePolicy.from_json(r.raw("offlinepolicy"), f"{where}.offlinepolicy"),
            contacthash=ContactHash.from_json(r.raw("contacthash"), f"{where}.contacthash"),
        )

    def to_json(self) -> dict[str, Any]:
        """The stored copy: what offline look-ups by e-mail or phone hash with comes along."""
        return {
            "campaignid": self.campaignid,
            "name": self.name,
            "currency": self.currency,
            "pointsperunit": self.pointsperunit,
            "pointvalue": self.pointvalue,
            "minredeempoints": self.minredeempoints,
            "pincodelength": self.pincodelength,
            "cardformat": self.cardformat.value,
            "categories": [category.to_json() for category in self.categories],
            "offlinepolicy": self.offlinepolicy.to_json(),
            "contacthash": self.contacthash.to_json(),
        }


@dataclasses.dataclass(frozen=True)
class Card:
    card: str
    customerid: int
    status: CardStatus
    name: str | None
    surname: str | None
    points: int
    credit: int
    fidelycode: str
    registered_customer: bool
    categoryid: int | None
    updatedat: dt.datetime
    replacedby: str | None
    pinlocked: bool
    #: False for a card with no PIN yet (enrolled online); a provider that does not say is taken as True.
    pinset: bool = True
    #: The customer erased their account (the card is blocked for good): a terminal forgets them.
    erased: bool = False

    @classmethod
    def from_json(cls, obj: object, where: str = "card") -> Card:
        r = Reader(obj, where)
        return cls(
            card=r.text("card"),
            customerid=r.integer("customerid"),
            status=r.choice("status", CardStatus),
            name=r.opt_text("name"),
            surname=r.opt_text("surname"),
            points=r.integer("points"),
            credit=r.integer("credit"),
            fidelycode=r.text("FidelyCode"),
            registered_customer=r.flag("registered_customer"),
            categoryid=r.opt_integer("categoryid"),
            updatedat=r.time("updatedat"),
            replacedby=r.opt_text("replacedby"),
            pinlocked=r.flag("pinlocked"),
            pinset=r.opt_flag("pinset") is not False,
            erased=r.opt_flag("erased") is True,
        )


@dataclasses.dataclass(frozen=True)
class Balance:
    points: int
    credit: int

    @classmethod
    def from_json(cls, obj: object, where: str = "balance") -> Balance:
        r = Reader(obj, where)
        return cls(points=r.integer("points"), credit=r.integer("credit"))

    def to_json(self) -> dict[str, Any]:
        return {"points": self.points, "credit": self.credit}


@dataclasses.dataclass(frozen=True)
class Movement:
    """One line of a card's history; `points` and `credit` are signed deltas, `when` its time."""

    movementid: int
    operationid: str
    type: MovementType
    card: str
    amount: int | None
    points: int
    credit: int
    receipt: str | None
    when: dt.datetime
    reverses: int | None
    reversedby: int | None
    serialnumber: str | None
    #: "offline" on a redemption a manager approved while the terminal was offline (our addition, see marta).
    approval: str | None = None
    #: Why the programme gave a "bonus" movement, as the server names it ("welcome", "birthday", "profile"; see
    #: marta); None on other movements. `bonus_reason` reads it as a BonusReason.
    reason: str | None = None

    @property
    def bonus_reason(self) -> BonusReason | None:
        """The event rule behind a bonus, when it is one this client knows."""
        known = {reason.value: reason for reason in BonusReason}
        return known.get(self.reason) if self.reason is not None else None

    @classmethod
    def from_json(cls, obj: object, where: str = "movement") -> Movement:
        r = Reader(obj, where)
        return cls(
            movementid=r.integer("movementid"),
            operationid=r.text("operationid"),
            type=r.choice("type", MovementType),
            card=r.text("card"),
            amount=r.opt_integer("amount"),
            points=r.integer("points"),
            credit=r.integer("credit"),
            receipt=r.opt_text("receipt"),
            when=r.time("datetime"),
            reverses=r.opt_integer("reverses"),
            reversedby=r.opt_integer("reversedby"),
            serialnumber=r.opt_text("serialnumber"),
            approval=r.opt_text("approval"),
            reason=r.opt_text("reason"),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "movementid": self.movementid,
            "operationid": self.operationid,
            "type": self.type.value,
            "card": self.card,
            "amount": self.amount,
            "points": self.points,
            "credit": self.credit,
            "receipt": self.receipt,
            "datetime": utc_text(self.when),
            "reverses": self.reverses,
            "reversedby": self.reversedby,
            "serialnumber": self.serialnumber,
            "approval": self.approval,
            "reason": self.reason,
        }

    @classmethod
    def history_from_json(cls, obj: object, where: str = "movements") -> tuple[Movement, ...]:
        """The answer of GET /terminal/movements and GET /customer/movements: `{"card", "movements": [...]}`."""
        r = Reader(obj, where)
        r.text("card")
        return r.many("movements", cls.from_json)


@dataclasses.dataclass(frozen=True)
class MovementResult:
    """The answer to a write; `replayed` is True when the server sent its stored first answer.

    The server says so in a header (the client sets it); the store's copy keeps it in the body.
    """

    movementid: int
    operationid: str
    points: int
    credit: int
    balance: Balance
    movement: Movement
    replayed: bool = False

    @classmethod
    def from_json(cls, obj: object, where: str = "result") -> MovementResult:
        r = Reader(obj, where)
        return cls(
            movementid=r.integer("movementid"),
            operationid=r.text("operationid"),
            points=r.integer("points"),
            credit=r.integer("credit"),
            balance=Balance.from_json(r.raw("balance"), f"{where}.balance"),
            movement=Movement.from_json(r.raw("movement"), f"{where}.movement"),
            replayed=bool(r.opt_flag("replayed")),
        )

    def to_json(self) -> dict[str, Any]:
        """The body as the server sent it, and `replayed`, which came in a header, kept beside it."""
        return {
            "movementid": self.movementid,
            "operationid": self.operationid,
            "points": self.points,
            "credit": self.credit,
            "balance": self.balance.to_json(),
            "movement": self.movement.to_json(),
            "replayed": self.replayed,
        }


@dataclasses.dataclass(frozen=True)
class Evaluation:
    card: str
    amount: int
    points: int

    @classmethod
    def from_json(cls, obj: object, where: str = "evaluation") -> Evaluation:
        r = Reader(obj, where)
        return cls(card=r.text("card"), amount=r.integer("amount"), points=r.integer("points"))


@dataclasses.dataclass(frozen=True)
class OperationOutcome:
    """What the server did with an operation id: its stored answer."""

    operationid: str
    status: str
    movementid: int
    result: MovementResult

    @classmethod
    def from_json(cls, obj: object, where: str = "operation") -> OperationOutcome:
        r = Reader(obj, where)
        return cls(
            operationid=r.text("operationid"),
            status=r.text("status"),
            movementid=r.integer("movementid"),
            result=MovementResult.from_json(r.raw("result"), f"{where}.result"),
        )


@dataclasses.dataclass(frozen=True)
class PinCheck:
    card: str
    valid: bool

    @classmethod
    def from_json(cls, obj: object, where: str = "pincheck") -> PinCheck:
        r = Reader(obj, where)
        return cls(card=r.text("card"), valid=r.flag("valid"))


@dataclasses.dataclass(frozen=True)
class PinSet:
    """The answer to setting a customer's PIN: the card that now has it."""

    card: str
    pinset: bool

    @classmethod
    def from_json(cls, obj: object, where: str = "pinset") -> PinSet:
        r = Reader(obj, where)
        return cls(card=r.text("card"), pinset=r.flag("pinset"))


class VoucherState(str, enum.Enum):
    """A wallet voucher's state, on the server's clock when it was read."""

    ACTIVE = "active"
    USED = "used"
    EXPIRED = "expired"


class VoucherSource(str, enum.Enum):
    """Where a wallet voucher came from (CONTRACT §4)."""

    POINTS = "points"
    PROMOTION = "promotion"
    PRIZE = "prize"
    INSTANTWIN = "instantwin"


@dataclasses.dataclass(frozen=True)
class WalletVoucher:
    """A voucher of the offer wallet: `value` cents of `currency` off, or `percent` off (exactly one is set).

    `code` is what a till takes (typed or from its QR code); `expiresat` None never expires.
    """

    code: str
    title: str
    description: str
    terms: str | None
    value: int | None
    percent: int | None
    currency: str
    expiresat: dt.datetime | None
    state: VoucherState
    source: VoucherSource
    promotionid: int | None = None
    createdat: dt.datetime | None = None
    usedat: dt.datetime | None = None

    @classmethod
    def _fields_from(cls, obj: object, where: str) -> dict[str, Any]:
        r = Reader(obj, where)
        value, percent = r.opt_integer("value"), r.opt_integer("percent")
        if (value is None) == (percent is None):
            raise BadAnswer(f"{where}: needs exactly one of value and percent")
        return {
            "code": r.text("code"),
            "title": r.text("title"),
            "description": r.text("description"),
            "terms": r.opt_text("terms"),
            "value": value,
            "percent": percent,
            "currency": r.text("currency"),
            "expiresat": r.opt_time("expiresat"),
            "state": r.choice("state", VoucherState),
            "source": r.choice("source", VoucherSource),
            "promotionid": r.opt_integer("promotionid"),
            "createdat": r.opt_time("createdat"),
            "usedat": r.opt_time("usedat"),
        }

    @classmethod
    def from_json(cls, obj: object, where: str = "voucher") -> WalletVoucher:
        return cls(**cls._fields_from(obj, where))

    @classmethod
    def wallet_from_json(cls, obj: object, where: str = "wallet") -> tuple[WalletVoucher, ...]:
        """The answer of GET /customer/vouchers: `{"vouchers": [...]}`, active ones first."""
        return Reader(obj, where).many("vouchers", cls.from_json)


@dataclasses.dataclass(frozen=True)
class NextVoucher:
    """The active voucher that expires first, as a till may know it: no code."""

    title: str
    value: int | None
    percent: int | None
    currency: str
    expiresat: dt.datetime | None

    @classmethod
    def from_json(cls, obj: object, where: str = "nextvoucher") -> NextVoucher:
        r = Reader(obj, where)
        value, percent = r.opt_integer("value"), r.opt_integer("percent")
        if (value is None) == (percent is None):
            raise BadAnswer(f"{where}: needs exactly one of value and percent")
        return cls(title=r.text("title"), value=value, percent=percent, currency=r.text("currency"),
                   expiresat=r.opt_time("expiresat"))


@dataclasses.dataclass(frozen=True)
class CardOffers:
    """What the counter shows of a card's offers on look-up: counts, and the next voucher to expire."""

    card: str
    vouchers: int
    nextvoucher: NextVoucher | None
    promotions: int

    @classmethod
    def from_json(cls, obj: object, where: str = "offers") -> CardOffers:
        r = Reader(obj, where)
        raw = r.raw_optional("nextvoucher")
        return cls(
            card=r.text("card"),
            vouchers=r.integer("vouchers"),
            nextvoucher=NextVoucher.from_json(raw, f"{where}.nextvoucher") if raw is not None else None,
            promotions=r.integer("promotions"),
        )


@dataclasses.dataclass(frozen=True)
class Voucher(WalletVoucher):
    """A voucher as a till reads it (validate, read only): what it is worth and its terms; `valid` if takeable."""

    valid: bool = True

    @property
    def discount(self) -> int | None:
        """Cents off (the name validate gave it before the wallet); None for a percent voucher."""
        return self.value

    @classmethod
    def from_json(cls, obj: object, where: str = "voucher") -> Voucher:
        return cls(**cls._fields_from(obj, where), valid=Reader(obj, where).flag("valid"))


@dataclasses.dataclass(frozen=True)
class VoucherUse:
    """A voucher taken at a till against `receipt`; `replayed` when the server sent its stored first answer."""

    operationid: str
    code: str
    usedat: dt.datetime
    receipt: str
    voucher: Voucher
    replayed: bool = False

    @classmethod
    def from_json(cls, obj: object, where: str = "voucheruse") -> VoucherUse:
        r = Reader(obj, where)
        return cls(
            operationid=r.text("operationid"),
            code=r.text("code"),
            usedat=r.time("usedat"),
            receipt=r.text("receipt"),
            voucher=Voucher.from_json(r.raw("voucher"), f"{where}.voucher"),
        )


@dataclasses.dataclass(frozen=True)
class PointsVoucher:
    """Points turned into a voucher: the movement that took them (`result`) and the new `voucher`."""

    result: MovementResult
    voucher: WalletVoucher

    @property
    def replayed(self) -> bool:
        return self.result.replayed

    @classmethod
    def from_json(cls, obj: object, where: str = "pointsvoucher") -> PointsVoucher:
        r = Reader(obj, where)
        return cls(
            result=MovementResult.from_json(obj, where),
            voucher=WalletVoucher.from_json(r.raw("voucher"), f"{where}.voucher"),
        )


@dataclasses.dataclass(frozen=True)
class Promotion:
    """A promotion the customer sees; `validfrom`/`validto` None: no limit that side.

    `tags` and `clusters` are whom it targets (both empty: everyone).
    """

    promotionid: int
    title: str
    description: str
    terms: str | None
    imageurl: str | None
    validfrom: dt.datetime | None
    validto: dt.datetime | None
    tags: tuple[str, ...]
    clusters: tuple[str, ...]

    @classmethod
    def from_json(cls, obj: object, where: str = "promotion") -> Promotion:
        r = Reader(obj, where)
        return cls(
            promotionid=r.integer("promotionid"),
            title=r.text("title"),
            description=r.text("description"),
            terms=r.opt_text("terms"),
            imageurl=r.opt_text("imageurl"),
            validfrom=r.opt_time("validfrom"),
            validto=r.opt_time("validto"),
            tags=r.many("tags", string),
            clusters=r.many("clusters", string),
        )

    @classmethod
    def list_from_json(cls, obj: object, where: str = "promotions") -> tuple[Promotion, ...]:
        return Reader(obj, where).many("promotions", cls.from_json)


@dataclasses.dataclass(frozen=True)
class DirectoryEntry:
    """One card of the offline directory: no name, addresses only as the campaign's slow hashes."""

    card: str
    customerid: int
    points: int
    credit: int
    status: CardStatus
    registered_customer: bool
    emailhash: str | None
    mobilehash: str | None
    updatedat: dt.datetime
    #: The customer erased their account: status blocked, no hashes; a terminal deletes what it kept of them.
    erased: bool = False

    @classmethod
    def from_json(cls, obj: object, where: str = "entry") -> DirectoryEntry:
        r = Reader(obj, where)
        return cls(
            card=r.text("card"),
            customerid=r.integer("customerid"),
            points=r.integer("points"),
            credit=r.integer("credit"),
            status=r.choice("status", CardStatus),
            registered_customer=r.flag("registered_customer"),
            emailhash=r.opt_text("emailhash"),
            mobilehash=r.opt_text("mobilehash"),
            updatedat=r.time("updatedat"),
            erased=r.opt_flag("erased") is True,
        )


@dataclasses.dataclass(frozen=True)
class DirectoryPage:
    """A page of the directory; pass `next` as `since` to get the following one."""

    cards: tuple[DirectoryEntry, ...]
    next: str
    more: bool

    @classmethod
    def from_json(cls, obj: object, where: str = "cards") -> DirectoryPage:
        r = Reader(obj, where)
        return cls(cards=r.many("cards", DirectoryEntry.from_json), next=r.text("next"), more=r.flag("more"))


@dataclasses.dataclass(frozen=True)
class CheckCard:
    """The answer to a card check: what onboarding does next, and the card if there is one."""

    next_step: NextStep
    card: str | None = None
    customerid: int | None = None
    registered_customer: bool = False
    fidelycode: str | None = None
    pinset: bool = False  # the card has a PIN: sending it a code needs that PIN (see marta)

    @classmethod
    def new_user(cls) -> CheckCard:
        return cls(next_step=NextStep.NEW_USER)

    @classmethod
    def from_json(cls, obj: object, where: str = "checkcard") -> CheckCard:
        r = Reader(obj, where)
        registered = r.flag("registered_customer")
        return cls(
            next_step=NextStep.ALREADY_REGISTERED if registered else NextStep.USER_WITH_CARD,
            card=r.text("card"),
            customerid=r.integer("customerid"),
            registered_customer=registered,
            fidelycode=r.text("FidelyCode"),
            pinset=bool(r.opt_flag("pinset")),
        )


@dataclasses.dataclass(frozen=True)
class CodeSent:
    """A one-time code is on its way: valid `expiresin` s, another after `resendafter` s."""

    sent: bool
    expiresin: int
    resendafter: int

    @classmethod
    def from_json(cls, obj: object, where: str = "codesent") -> CodeSent:
        r = Reader(obj, where)
        return cls(sent=r.flag("sent"), expiresin=r.integer("expiresin"), resendafter=r.integer("resendafter"))


@dataclasses.dataclass(frozen=True)
class PinResetCodeSent(CodeSent):
    """A PIN reset code is on its way to the customer's address on file, `sentto` as a screen may show it."""

    sentto: str

    @classmethod
    def from_json(cls, obj: object, where: str = "pinresetcodesent") -> PinResetCodeSent:
        sent = CodeSent.from_json(obj, where)
        return cls(**dataclasses.asdict(sent), sentto=Reader(obj, where).text("sentto"))


@dataclasses.dataclass(frozen=True)
class Account:
    customerid: int
    card: str
    fidelycode: str
    username: str
    registered_customer: bool = True

    @classmethod
    def from_json(cls, obj: object, where: str = "account") -> Account:
        r = Reader(obj, where)
        registered = r.opt_flag("registered_customer")
        return cls(
            customerid=r.integer("customerid"),
            card=r.text("card"),
            fidelycode=r.text("FidelyCode"),
            username=r.text("username"),
            registered_customer=True if registered is None else registered,
        )


@dataclasses.dataclass(frozen=True)
class DataField:
    """One field of the campaign's form; `text` is the full wording (a consent's statement), if any."""

    name: str
    label: str
    type: FieldType
    visible: bool
    mandatory: bool
    options: tuple[str, ...] | None
    text: str | None = None

    @classmethod
    def from_json(cls, obj: object, where: str = "field") -> DataField:
        r = Reader(obj, where)
        return cls(
            name=r.text("name"),
            label=r.text("label"),
            type=r.choice("type", FieldType),
            visible=r.flag("visible"),
            mandatory=r.flag("mandatory"),
            options=r.opt_many("options", string),
            # Our addition to the contract's field (marta): an answer without it still reads.
            text=r.opt_text("text"),
        )


@dataclasses.dataclass(frozen=True)
class DataFields:
    """The campaign's form: personal data fields and consents (privacy)."""

    custom: tuple[DataField, ...]
    privacy: tuple[DataField, ...]

    @classmethod
    def from_json(cls, obj: object, where: str = "datafields") -> DataFields:
        r = Reader(obj, where)
        return cls(
            custom=r.many("CustomDataFields", DataField.from_json),
            privacy=r.many("PrivacyCustomDataFields", DataField.from_json),
        )


@dataclasses.dataclass(frozen=True)
class CustomerProfile:
    """Everything registered about the signed-in customer (None where unset)."""

    customerid: int
    card: str
    fidelycode: str
    username: str | None
    name: str | None
    surname: str | None
    gender: str | None
    birthdate: dt.date | None
    mailcontactdata: str | None
    mobilecontactdata: str | None
    usedforpromotions: bool | None
    registered_customer: bool
    points: int
    credit: int
    customdata: Mapping[str, Scalar]
    privacy: Mapping[str, bool]
    #: Whether the card has a PIN; None when the server does not say (our addition, see marta).
    pinset: bool | None = None

    @classmethod
    def from_json(cls, obj: object, where: str = "customer") -> CustomerProfile:
        r = Reader(obj, where)
        return cls(
            customerid=r.integer("customerid"),
            card=r.text("card"),
            fidelycode=r.text("FidelyCode"),
            username=r.opt_text("username"),
            name=r.opt_text("name"),
            surname=r.opt_text("surname"),
            gender=r.opt_text("gender"),
            birthdate=r.opt_date("birthdate"),
            mailcontactdata=r.opt_text("mailcontactdata"),
            mobilecontactdata=r.opt_text("mobilecontactdata"),
            usedforpromotions=r.opt_flag("usedforpromotions"),
            registered_customer=r.flag("registered_customer"),
            points=r.integer("points"),
            credit=r.integer("credit"),
            customdata=r.scalars("customdata"),
            privacy=r.consents("privacy"),
            pinset=r.opt_flag("pinset"),
        )


@dataclasses.dataclass(frozen=True)
class Tokens:
    """An /auth answer; the token strings stay out of repr so they never reach a log."""

    token: str = dataclasses.field(repr=False)
    refreshtoken: str = dataclasses.field(repr=False)
    expiresin: int
    scope: Scope
    customer: CustomerProfile | None

    @classmethod
    def from_json(cls, obj: object, where: str = "auth") -> Tokens:
        r = Reader(obj, where)
        expiresin = r.integer("expiresin")
        if expiresin <= 0:
            raise BadAnswer(f"{where}.expiresin: not a positive number of seconds")
        customer = r.raw_optional("customer")
        return cls(
            token=r.text("token"),
            refreshtoken=r.text("refreshtoken"),
            expiresin=expiresin,
            scope=r.choice("scope", Scope),
            customer=None if customer is None else CustomerProfile.from_json(customer, f"{where}.customer"),
        )
