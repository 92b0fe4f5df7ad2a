"""The manager PIN's rules: how many digits a new one has, and how long wrong ones lock the prompt."""

from __future__ import annotations

import dataclasses
import math

from kiosk.domain.errors import InputError, Why

__all__ = ["MANAGER_PIN_DIGITS", "valid_manager_pin", "LOCKOUT_TRIES", "LOCKOUT_WAITS", "Lockout"]

# A new PIN has 6 to 8 digits; one chosen when 4 were allowed still verifies
# (the field takes up to 8), so a shop is never locked out by the upgrade.
MANAGER_PIN_DIGITS = (6, 8)

#: Wrong PINs in a row before the prompt locks, and how long each lock lasts in
#: turn (1, 5, 15, then 60 minutes for every further round) until the right PIN.
LOCKOUT_TRIES = 5
LOCKOUT_WAITS: tuple[int, ...] = (60, 300, 900, 3600)


def valid_manager_pin(pin: str) -> None:
    """Refuse a new manager PIN that is not 6 to 8 digits (InputError MANAGER_PIN_DIGITS)."""
    low, high = MANAGER_PIN_DIGITS
    if not (low <= len(pin) <= high) or not pin.isascii() or not pin.isdigit():
        raise InputError(Why.MANAGER_PIN_DIGITS, field="manager_pin", low=low, high=high)


@dataclasses.dataclass(frozen=True)
class Lockout:
    """Where the lock-out stands: `wrong` PINs in a row, `level` locks so far, the last lasting `until` (epoch s)."""

    wrong: int = 0
    level: int = 0
    until: float = 0.0

    @classmethod
    def longest(cls, now: float) -> Lockout:
        """The longest lock from `now`: what a garbled record is read as, never as no lock."""
        return cls(0, len(LOCKOUT_WAITS), now + LOCKOUT_WAITS[-1])

    def wait_left(self, now: float) -> int:
        """Whole seconds until a PIN is checked again; 0 when not locked."""
        if self.level <= 0:
            return 0
        # A clock set back cannot make a lock longer than its own wait.
        longest = LOCKOUT_WAITS[min(self.level, len(LOCKOUT_WAITS)) - 1]
        return max(0, min(longest, math.ceil(self.until - now)))

    def after_wrong(self, now: float) -> Lockout:
        """One more wrong PIN: counted, or the next lock once there are LOCKOUT_TRIES in a row."""
        if self.wrong + 1 < LOCKOUT_TRIES:
            return dataclasses.replace(self, wrong=self.wrong + 1)
        wait = LOCKOUT_WAITS[min(self.level, len(LOCKOUT_WAITS) - 1)]
        return Lockout(0, self.level + 1, now + wait)
