"""News, notifications, badges and stores of a customer's own area, as frozen dataclasses read strictly.

Shapes and rules: kiosk/api/marta.py ("News, notifications, badges, stores and the event rules").
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from kiosk.api.reading import Reader

__all__ = ["NewsItem", "Badge", "Store"]


@dataclasses.dataclass(frozen=True)
class NewsItem:
    """A piece of the campaign's news, or a notification to this customer, with their read mark."""

    id: int
    title: str
    body: str
    publishedat: dt.datetime
    read: bool

    @classmethod
    def from_json(cls, obj: object, where: str = "news") -> NewsItem:
        r = Reader(obj, where)
        return cls(id=r.integer("id"), title=r.text("title"), body=r.text("body"), publishedat=r.time("publishedat"),
                   read=r.flag("read"))

    @classmethod
    def list_from_json(cls, obj: object, key: str) -> tuple[NewsItem, ...]:
        """The answer of GET /customer/news (key "news") or /customer/notifications (key "notifications")."""
        return Reader(obj, key).many(key, cls.from_json)


@dataclasses.dataclass(frozen=True)
class Badge:
    """A badge of the campaign: `earnedat` is when this customer earned it, None while still to earn."""

    badgeid: int
    title: str
    description: str
    imageurl: str | None
    earnedat: dt.datetime | None

    @property
    def earned(self) -> bool:
        return self.earnedat is not None

    @classmethod
    def from_json(cls, obj: object, where: str = "badge") -> Badge:
        r = Reader(obj, where)
        return cls(badgeid=r.integer("badgeid"), title=r.text("title"), description=r.text("description"),
                   imageurl=r.opt_text("imageurl"), earnedat=r.opt_time("earnedat"))

    @classmethod
    def list_from_json(cls, obj: object, where: str = "badges") -> tuple[Badge, ...]:
        return Reader(obj, where).many("badges", cls.from_json)


@dataclasses.dataclass(frozen=True)
class Store:
    """A shop of the campaign; `distance` in metres from the position asked about (None in the preferred list)."""

    storeid: int
    name: str
    address: str
    city: str
    lat: float
    lon: float
    distance: int | None

    @classmethod
    def from_json(cls, obj: object, where: str = "store") -> Store:
        r = Reader(obj, where)
        return cls(storeid=r.integer("storeid"), name=r.text("name"), address=r.text("address"), city=r.text("city"),
                   lat=r.number("lat"), lon=r.number("lon"), distance=r.opt_integer("distance"))

    @classmethod
    def list_from_json(cls, obj: object, where: str = "stores") -> tuple[Store, ...]:
        return Reader(obj, where).many("stores", cls.from_json)
