"""The manager PIN, kept only as a salted scrypt hash, its rules, and its lock-out kept in the store."""

from __future__ import annotations

import dataclasses
import json
import math
import time
from collections.abc import Callable

from kiosk.domain.errors import InputError
from kiosk.domain.scrypthash import hash_secret, verify_secret
from kiosk.store import Store

__all__ = [
    "hash_manager_pin",
    "check_manager_pin",
    "valid_manager_pin",
    "MANAGER_PIN_DIGITS",
    "ManagerPinLockout",
    "PinCheck",
    "LOCKOUT_TRIES",
    "LOCKOUT_WAITS",
]

# A new PIN has 6 to 8 digits; one chosen when 4 were allowed still verifies
# (the field takes up to 8), so a shop is never locked out by the upgrade.
MANAGER_PIN_DIGITS = (6, 8)

# scrypt's cost: 64 MiB and about 150 ms per check on a till's CPU (measured by
# tests/bench/bench_manager_pin.py), so a stolen kiosk.toml costs a search of
# every 6-digit PIN days of one core, not seconds. The parameters are stored with
# each hash, so hashes made with the older, cheaper ones still verify.
_SCRYPT_N = 2**16


def valid_manager_pin(pin: str) -> None:
    """Refuse a new manager PIN that is not 6 to 8 digits (InputError, worded for the manager)."""
    low, high = MANAGER_PIN_DIGITS
    if not (low <= len(pin) <= high) or not pin.isascii() or not pin.isdigit():
        raise InputError(f"The manager PIN must be {low} to {high} digits.", field="manager_pin")


def hash_manager_pin(pin: str) -> str:
    """The PIN as "scrypt$n$r$p$salt$hash" (base64), with a fresh random salt each time."""
    return hash_secret(pin, n=_SCRYPT_N)


def check_manager_pin(pin: str, stored: str) -> bool:
    """Whether `pin` is the one hashed in `stored`; False when `stored` is empty or garbled."""
    return verify_secret(pin, stored)


# -- the lock-out -------------------------------------------------------------------

#: Wrong PINs in a row before the prompt locks, and how long each lock lasts in
#: turn (1, 5, 15, then 60 minutes for every further round) until the right PIN.
LOCKOUT_TRIES = 5
LOCKOUT_WAITS: tuple[int, ...] = (60, 300, 900, 3600)
_LOCKOUT_KEY = "manager_pin_lockout"


@dataclasses.dataclass(frozen=True)
class PinCheck:
    """What one try of the manager PIN did.

    `accepted`: it was right. `wait_left`: whole seconds the prompt stays locked
    now (0: not locked). `refused_locked`: it was not even checked, the prompt
    being locked already.
    """

    accepted: bool
    wait_left: int = 0
    refused_locked: bool = False


class ManagerPinLockout:
    """Wrong manager PINs counted in the store's meta table, so closing the prompt or restarting resets nothing.

    After LOCKOUT_TRIES wrong ones in a row every PIN is refused for the next of
    LOCKOUT_WAITS; the right PIN clears it all. `store_of` gives the calling
    thread's Store: call these from the thread that owns it (the store runner
    in the app), as the scrypt check also takes about 150 ms.
    """

    def __init__(self, store_of: Callable[[], Store], *, clock: Callable[[], float] = time.time) -> None:
        self._store_of = store_of
        self.clock = clock

    def _state(self) -> tuple[int, int, float]:
        text = self._store_of().get_meta(_LOCKOUT_KEY)
        try:
            raw = json.loads(text) if text else {}
            return int(raw.get("wrong", 0)), int(raw.get("level", 0)), float(raw.get("until", 0.0))
        except (ValueError, TypeError, AttributeError):
            # A garbled record is read as the longest lock from now, never as none.
            return 0, len(LOCKOUT_WAITS), self.clock() + LOCKOUT_WAITS[-1]

    def _save(self, wrong: int, level: int, until: float) -> None:
        record = json.dumps({"wrong": wrong, "level": level, "until": until}, separators=(",", ":"))
        self._store_of().set_meta(_LOCKOUT_KEY, record)

    def _left(self, level: int, until: float) -> int:
        if level <= 0:
            return 0
        # A clock set back cannot make a lock longer than its own wait.
        longest = LOCKOUT_WAITS[min(level, len(LOCKOUT_WAITS)) - 1]
        return max(0, min(longest, math.ceil(until - self.clock())))

    def wait_left(self) -> int:
        """Whole seconds until a PIN is checked again; 0 when not locked."""
        _, level, until = self._state()
        return self._left(level, until)

    def attempt(self, pin: str, stored_hash: str) -> PinCheck:
        """Check `pin` unless locked; count a wrong one (locking after LOCKOUT_TRIES), clear all on the right one."""
        wrong, level, until = self._state()
        left = self._left(level, until)
        if left:
            return PinCheck(False, left, refused_locked=True)
        if check_manager_pin(pin, stored_hash):
            if wrong or level:
                self._save(0, 0, 0.0)
            return PinCheck(True)
        wrong += 1
        if wrong < LOCKOUT_TRIES:
            self._save(wrong, level, until)
            return PinCheck(False)
        wait = LOCKOUT_WAITS[min(level, len(LOCKOUT_WAITS) - 1)]
        self._save(0, level + 1, self.clock() + wait)
        return PinCheck(False, wait)
