"""A card's status and a movement's type, as the server names them.

Apart from the answers' dataclasses (kiosk.api.models, ~9 ms to import): the counter's screens and
the store's rows use these two before the first paint, and no wire model.
"""

from __future__ import annotations

import enum

__all__ = ["CardStatus", "MovementType"]


class CardStatus(str, enum.Enum):
    ACTIVE = "active"
    BLOCKED = "blocked"
    REPLACED = "replaced"


class MovementType(str, enum.Enum):
    PURCHASE = "purchase"
    BURNPOINTS = "burnpoints"
    BURNCREDIT = "burncredit"
    LOADCREDIT = "loadcredit"
    REVERSAL = "reversal"
    #: Points the customer turned into a voucher (POST /customer/vouchers); not reversible at a till.
    VOUCHER = "voucher"
    #: Points spent on a prize of the catalogue (POST /customer/prizes/{id}/request); given back by cancelling.
    PRIZE = "prize"
    #: Points the programme gave by an event rule (welcome, birthday, full profile); `reason` says which.
    BONUS = "bonus"
