"""The prize catalogue's and InstantWin's answers, as frozen dataclasses read strictly (like kiosk.api.models)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from kiosk.api.errors import BadAnswer
from kiosk.api.marta import PrizeDelivery, PrizeRequestState
from kiosk.api.models import Movement, MovementResult, WalletVoucher
from kiosk.api.reading import Reader

__all__ = [
    "PrizeDelivery",
    "PrizeRequestState",
    "PrizeCategory",
    "Prize",
    "ShippingAddress",
    "PrizeRequest",
    "PrizeRequestResult",
    "PrizeCancelResult",
    "Contest",
    "PlayResult",
]


@dataclasses.dataclass(frozen=True)
class PrizeCategory:
    categoryid: int
    title: str
    imageurl: str | None

    @classmethod
    def from_json(cls, obj: object, where: str = "category") -> PrizeCategory:
        r = Reader(obj, where)
        return cls(categoryid=r.integer("categoryid"), title=r.text("title"), imageurl=r.opt_text("imageurl"))

    @classmethod
    def list_from_json(cls, obj: object, where: str = "prizecategories") -> tuple[PrizeCategory, ...]:
        return Reader(obj, where).many("categories", cls.from_json)


@dataclasses.dataclass(frozen=True)
class Prize:
    """A prize of the catalogue: what it costs in points, and how many are left (0: run out)."""

    prizeid: int
    categoryid: int
    title: str
    description: str
    imageurl: str | None
    points: int
    stock: int

    @classmethod
    def from_json(cls, obj: object, where: str = "prize") -> Prize:
        r = Reader(obj, where)
        return cls(
            prizeid=r.integer("prizeid"),
            categoryid=r.integer("categoryid"),
            title=r.text("title"),
            description=r.text("description"),
            imageurl=r.opt_text("imageurl"),
            points=r.integer("points"),
            stock=r.integer("stock"),
        )

    @classmethod
    def list_from_json(cls, obj: object, where: str = "prizes") -> tuple[Prize, ...]:
        return Reader(obj, where).many("prizes", cls.from_json)


@dataclasses.dataclass(frozen=True)
class ShippingAddress:
    """Where a shipped prize goes; `country` is ISO 3166 alpha-2 ("IT"), or None for the shop's own."""

    street: str
    postcode: str
    city: str
    recipient: str | None = None
    country: str | None = None

    @classmethod
    def from_json(cls, obj: object, where: str = "address") -> ShippingAddress:
        r = Reader(obj, where)
        return cls(
            street=r.text("street"),
            postcode=r.text("postcode"),
            city=r.text("city"),
            recipient=r.opt_text("recipient"),
            country=r.opt_text("country"),
        )

    def to_json(self) -> dict[str, str]:
        return {name: value for name, value in dataclasses.asdict(self).items() if value is not None}


@dataclasses.dataclass(frozen=True)
class PrizeRequest:
    """One of the customer's prize requests and where it stands."""

    requestid: int
    prizeid: int
    title: str
    points: int
    delivery: PrizeDelivery
    address: ShippingAddress | None
    state: PrizeRequestState
    requestedat: dt.datetime
    updatedat: dt.datetime

    @property
    def cancellable(self) -> bool:
        """Only a request the shop has not yet made ready can be cancelled (the points come back)."""
        return self.state is PrizeRequestState.REQUESTED

    @classmethod
    def from_json(cls, obj: object, where: str = "request") -> PrizeRequest:
        r = Reader(obj, where)
        address = r.raw_optional("address")
        return cls(
            requestid=r.integer("requestid"),
            prizeid=r.integer("prizeid"),
            title=r.text("title"),
            points=r.integer("points"),
            delivery=r.choice("delivery", PrizeDelivery),
            address=ShippingAddress.from_json(address, f"{where}.address") if address is not None else None,
            state=r.choice("state", PrizeRequestState),
            requestedat=r.time("requestedat"),
            updatedat=r.time("updatedat"),
        )

    @classmethod
    def list_from_json(cls, obj: object, where: str = "prizerequests") -> tuple[PrizeRequest, ...]:
        return Reader(obj, where).many("requests", cls.from_json)


@dataclasses.dataclass(frozen=True)
class PrizeRequestResult:
    """A prize requested: the request, and the movement that burned its points (with the balance after it)."""

    request: PrizeRequest
    result: MovementResult

    @property
    def replayed(self) -> bool:
        return self.result.replayed

    @classmethod
    def from_json(cls, obj: object, where: str = "prizerequest", *, replayed: bool = False) -> PrizeRequestResult:
        result = MovementResult.from_json(obj, where)
        return cls(
            request=PrizeRequest.from_json(Reader(obj, where).raw("request"), f"{where}.request"),
            result=dataclasses.replace(result, replayed=replayed),
        )


@dataclasses.dataclass(frozen=True)
class PrizeCancelResult:
    """A request cancelled: the request as it is now, and the movement that gave the points back."""

    request: PrizeRequest
    refund: Movement
    replayed: bool = False

    @classmethod
    def from_json(cls, obj: object, where: str = "prizecancel", *, replayed: bool = False) -> PrizeCancelResult:
        r = Reader(obj, where)
        return cls(
            request=PrizeRequest.from_json(r.raw("request"), f"{where}.request"),
            refund=Movement.from_json(r.raw("movement"), f"{where}.movement"),
            replayed=replayed,
        )


@dataclasses.dataclass(frozen=True)
class Contest:
    """An InstantWin contest open now, and the plays this customer has left in it."""

    contestid: int
    title: str
    terms: str
    playsleft: int

    @classmethod
    def from_json(cls, obj: object, where: str = "contest") -> Contest:
        r = Reader(obj, where)
        return cls(
            contestid=r.integer("contestid"), title=r.text("title"), terms=r.text("terms"),
            playsleft=r.integer("playsleft"),
        )

    @classmethod
    def list_from_json(cls, obj: object, where: str = "instantwin") -> tuple[Contest, ...]:
        return Reader(obj, where).many("contests", cls.from_json)


@dataclasses.dataclass(frozen=True)
class PlayResult:
    """One InstantWin play: whether it won, the voucher it won (already in the wallet), the plays left."""

    contestid: int
    won: bool
    prize: WalletVoucher | None
    playsleft: int
    replayed: bool = False

    @classmethod
    def from_json(cls, obj: object, where: str = "play", *, replayed: bool = False) -> PlayResult:
        r = Reader(obj, where)
        prize: Any = r.raw_optional("prize")
        won = r.flag("won")
        if won != (prize is not None):
            raise BadAnswer(f"{where}: a won play needs its prize, a lost one none")
        return cls(
            contestid=r.integer("contestid"),
            won=won,
            prize=WalletVoucher.from_json(prize, f"{where}.prize") if prize is not None else None,
            playsleft=r.integer("playsleft"),
            replayed=replayed,
        )
