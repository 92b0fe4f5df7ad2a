"""The answers of the customer's own account calls: erasure (see marta's notes on the customer's own details)."""

from __future__ import annotations

import dataclasses

from kiosk.api.errors import BadAnswer
from kiosk.api.reading import Reader

__all__ = ["Erasure"]


@dataclasses.dataclass(frozen=True)
class Erasure:
    """The customer's account is erased: their personal data is gone and `card` is blocked for good."""

    customerid: int
    card: str | None

    @classmethod
    def from_json(cls, obj: object, where: str = "erasure") -> Erasure:
        r = Reader(obj, where)
        if not r.flag("erased"):
            raise BadAnswer(f"{where}.erased: not true")
        return cls(customerid=r.integer("customerid"), card=r.opt_text("card"))
