"""The manager PIN, kept only as a salted scrypt hash, and its lock-out kept in the store."""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Callable

from kiosk.domain.manager_pin import Lockout
from kiosk.domain.scrypthash import hash_secret, verify_secret
from kiosk.store import Store

__all__ = [
    "hash_manager_pin",
    "check_manager_pin",
    "ManagerPinLockout",
    "PinCheck",
]

# scrypt's cost: 64 MiB and about 150 ms per check on a till's CPU (measured by
# tests/bench/bench_manager_pin.py), so a stolen kiosk.toml costs a search of
# every 6-digit PIN days of one core, not seconds. The parameters are stored with
# each hash, so hashes made with the older, cheaper ones still verify.
_SCRYPT_N = 2**16


def hash_manager_pin(pin: str) -> str:
    """The PIN as "scrypt$n$r$p$salt$hash" (base64), with a fresh random salt each time."""
    return hash_secret(pin, n=_SCRYPT_N)


def check_manager_pin(pin: str, stored: str) -> bool:
    """Whether `pin` is the one hashed in `stored`; False when `stored` is empty or garbled."""
    return verify_secret(pin, stored)


# -- the lock-out -------------------------------------------------------------------

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
    LOCKOUT_WAITS (kiosk.domain.manager_pin); the right PIN clears it all. `store_of` gives
    the calling thread's Store: call these from the thread that owns it (the store
    runner in the app), as the scrypt check also takes about 150 ms.
    """

    def __init__(self, store_of: Callable[[], Store], *, clock: Callable[[], float] = time.time) -> None:
        self._store_of = store_of
        self.clock = clock

    def _state(self) -> Lockout:
        text = self._store_of().get_meta(_LOCKOUT_KEY)
        try:
            raw = json.loads(text) if text else {}
            return Lockout(int(raw.get("wrong", 0)), int(raw.get("level", 0)), float(raw.get("until", 0.0)))
        except (ValueError, TypeError, AttributeError):
            return Lockout.longest(self.clock())

    def _save(self, state: Lockout) -> None:
        record = json.dumps(dataclasses.asdict(state), separators=(",", ":"))
        self._store_of().set_meta(_LOCKOUT_KEY, record)

    def wait_left(self) -> int:
        """Whole seconds until a PIN is checked again; 0 when not locked."""
        return self._state().wait_left(self.clock())

    def attempt(self, pin: str, stored_hash: str) -> PinCheck:
        """Check `pin` unless locked; count a wrong one (locking after LOCKOUT_TRIES), clear all on the right one."""
        state = self._state()
        left = state.wait_left(self.clock())
        if left:
            return PinCheck(False, left, refused_locked=True)
        if check_manager_pin(pin, stored_hash):
            if state.wrong or state.level:
                self._save(Lockout())
            return PinCheck(True)
        now = self.clock()
        after = state.after_wrong(now)
        self._save(after)
        return PinCheck(False, after.wait_left(now))
