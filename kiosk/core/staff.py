"""The manager PIN, kept only as a salted scrypt hash, and its lock-out kept in the store."""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Callable

from kiosk.domain.manager_pin import Lockout
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
_SCRYPT_R = 8
_SCRYPT_P = 1
_SALT_BYTES = 16
_HASH_BYTES = 32
# A stored value asking for more than this is garbled (or hostile): refuse, do not allocate.
_MAX_MEMORY = 128 * 1024 * 1024
_SCHEME = "scrypt"


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, size: int) -> bytes:
    # maxmem above what the parameters need (OpenSSL counts a little more than 128·n·r·p).
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=2 * _MAX_MEMORY, dklen=size)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_manager_pin(pin: str) -> str:
    """The PIN as "scrypt$n$r$p$salt$hash" (base64), with a fresh random salt each time."""
    salt = secrets.token_bytes(_SALT_BYTES)
    digest = _scrypt(pin, salt, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P, _HASH_BYTES)
    return "$".join((_SCHEME, str(_SCRYPT_N), str(_SCRYPT_R), str(_SCRYPT_P), _b64(salt), _b64(digest)))


def check_manager_pin(pin: str, stored: str) -> bool:
    """Whether `pin` is the one hashed in `stored`; False when `stored` is empty or garbled."""
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != _SCHEME:
        return False
    try:
        n, r, p = (int(x) for x in parts[1:4])
        salt = base64.b64decode(parts[4], validate=True)
        expected = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error):
        return False
    if n < 2 or n & (n - 1) or not (0 < r <= 64) or not (0 < p <= 16) or not salt or not (16 <= len(expected) <= 64):
        return False
    if 128 * r * n * p > _MAX_MEMORY:
        return False
    try:
        actual = _scrypt(pin, salt, n, r, p, len(expected))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(actual, expected)


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
