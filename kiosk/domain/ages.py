"""How old a figure is, in the one unit a person reads at a glance: the rule the screens and the CLI share."""

from __future__ import annotations

import dataclasses
import enum

__all__ = ["AgeUnit", "Age", "age_of"]

_MINUTE, _HOUR, _DAY = 60, 3600, 86400


class AgeUnit(enum.Enum):
    JUST_NOW = "just_now"  # under a minute: a count would only distract
    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"


@dataclasses.dataclass(frozen=True)
class Age:
    """Whole `unit`s, rounded down (0 with JUST_NOW); each face puts it into its own words."""

    count: int
    unit: AgeUnit


def age_of(seconds: float) -> Age:
    """The age of something `seconds` old (a clock that went back counts as just now)."""
    seconds = max(0.0, seconds)
    if seconds < _MINUTE:
        return Age(0, AgeUnit.JUST_NOW)
    if seconds < _HOUR:
        return Age(int(seconds // _MINUTE), AgeUnit.MINUTES)
    if seconds < _DAY:
        return Age(int(seconds // _HOUR), AgeUnit.HOURS)
    return Age(int(seconds // _DAY), AgeUnit.DAYS)
