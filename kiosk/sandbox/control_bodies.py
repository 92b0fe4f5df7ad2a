"""Bodies of the sandbox-only /sandbox/ paths: faults, the clock, the demo campaign's offline policy."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from kiosk.api.marta import MAX_AMOUNT

__all__ = ["FaultBody", "ClockBody", "OfflinePolicyBody"]

_HOURS_MAX = 10 * 366 * 24


class _Body(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore")


class FaultBody(_Body):
    delayms: Annotated[int, Field(ge=0, le=60_000)] = 0
    status: Annotated[int, Field(ge=400, le=599)] | None = None
    count: Annotated[int, Field(ge=0, le=1_000_000)] = 0
    dropcount: Annotated[int, Field(ge=0, le=1_000_000)] = 0
    retryafter: Annotated[int, Field(ge=0, le=86_400)] | None = None
    path: Annotated[str, StringConstraints(min_length=1, max_length=200)] | None = None


class ClockBody(_Body):
    advance: Annotated[int, Field(ge=0, le=10 * 366 * 86_400)]


class OfflinePolicyBody(_Body):
    """The whole offlinepolicy of the demo campaign (CONTRACT §3 plus our redeemmaxtotalpoints)."""

    model_config = ConfigDict(strict=True, extra="ignore", json_schema_extra={"examples": [
        {"earn": True, "redeem": True, "redeemmaxpoints": 500, "redeemwindowhours": 24, "redeemmaxtotalpoints": 0},
    ]})

    earn: bool = True
    redeem: bool
    redeemmaxpoints: Annotated[int, Field(ge=0, le=MAX_AMOUNT)]
    redeemwindowhours: Annotated[int, Field(ge=0, le=_HOURS_MAX)] = 24
    redeemmaxtotalpoints: Annotated[int, Field(ge=0, le=MAX_AMOUNT, description="0: no cap across the terminal.")] = 0
