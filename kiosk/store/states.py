"""Where an outbox operation stands.

Apart from the store's records (kiosk.store.models, a dozen dataclasses): the counter's services
sort operations by state before the first paint, and read no record until after it.
"""

from __future__ import annotations

import enum

__all__ = ["OperationState", "UNSETTLED"]


class OperationState(str, enum.Enum):
    PENDING = "pending"
    INFLIGHT = "inflight"
    DONE = "done"
    FAILED = "failed"
    DISCARDED = "discarded"


# The states whose effect is still "pending" on the shown balance, and which hold
# back the later operations of the same card.
UNSETTLED: tuple[OperationState, ...] = (OperationState.PENDING, OperationState.INFLIGHT)
