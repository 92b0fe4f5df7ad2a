"""The store's plain records: outbox operations, cached cards and directory matches."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import Any

from kiosk.api.marta import OFFLINE_APPROVAL
from kiosk.api.kinds import CardStatus, MovementType
from kiosk.domain.errors import Notice
from kiosk.store.states import UNSETTLED, OperationState

__all__ = [
    "OperationState",
    "UNSETTLED",
    "NewOperation",
    "Operation",
    "CachedCard",
    "DirectoryMatch",
]


def _new_operationid() -> str:
    import uuid  # with `platform`, ~2 ms: the counter's screens use this module before their first paint

    return str(uuid.uuid4())


@dataclasses.dataclass(frozen=True)
class NewOperation:
    """An operation to append to the outbox; the deltas are its expected effect on the balance."""

    type: MovementType | str
    card: str
    body: Mapping[str, Any]
    points_delta: int = 0
    credit_delta: int = 0
    operationid: str = dataclasses.field(default_factory=_new_operationid)


@dataclasses.dataclass(frozen=True)
class Operation:
    """One outbox row; `seq` is the global order in which operations were saved."""

    seq: int
    operationid: str
    type: MovementType
    card: str
    body: dict[str, Any]
    points_delta: int
    credit_delta: int
    created_at: float
    attempts: int
    next_attempt_at: float
    state: OperationState
    last_error: Notice | None  # why its last attempt failed, as a typed value (stored as a code)
    result: dict[str, Any] | None
    settled_at: float | None

    @property
    def unsettled(self) -> bool:
        return self.state in UNSETTLED

    @property
    def approved_offline(self) -> bool:
        """A redemption a manager approved while the server could not be reached (sent later without a PIN)."""
        return self.body.get("approval") == OFFLINE_APPROVAL


@dataclasses.dataclass(frozen=True)
class CachedCard:
    """What the terminal knows of a card without the server.

    `server_*` is the balance the server last told us; `pending_*` the sum of the
    effects of operations not yet settled; `points`/`credit` what to show.
    `source` says where the row came from: "cache" (a look-up or a settled
    operation) or "directory" (the offline card directory). Fields the source
    does not know are None.
    """

    card: str
    customerid: int | None
    status: CardStatus | None
    name: str | None
    surname: str | None
    displayname: str | None
    fidelycode: str | None
    replacedby: str | None
    registered: bool | None
    categoryid: int | None
    updatedat: dt.datetime | None
    fetched_at: float
    server_points: int
    server_credit: int
    pending_points: int
    pending_credit: int
    pending_count: int
    source: str
    #: The server told this terminal about the card (a look-up, a settled operation): only then is a name known.
    served: bool = True

    @property
    def points(self) -> int:
        return self.server_points + self.pending_points

    @property
    def credit(self) -> int:
        return self.server_credit + self.pending_credit


@dataclasses.dataclass(frozen=True)
class DirectoryMatch:
    """A card found in the offline directory; `points`/`credit` include pending effects."""

    card: str
    customerid: int
    registered: bool | None
    points: int
    credit: int
    status: CardStatus
    updatedat: dt.datetime
    synced_at: float
