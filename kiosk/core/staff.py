"""The manager PIN, kept only as a salted scrypt hash, and its rules."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets

from kiosk.domain.errors import InputError

__all__ = ["hash_manager_pin", "check_manager_pin", "valid_manager_pin", "MANAGER_PIN_DIGITS"]

MANAGER_PIN_DIGITS = (4, 8)

# scrypt's cost: about 16 MiB and a few tens of milliseconds per check, so a
# stolen kiosk.toml does not give up a 4-digit PIN to a quick offline search.
_SCRYPT_N = 2**14
_SCRYPT_R = 8
_SCRYPT_P = 1
_SALT_BYTES = 16
_HASH_BYTES = 32
# A stored value asking for more than this is garbled (or hostile): refuse, do not allocate.
_MAX_MEMORY = 64 * 1024 * 1024
_SCHEME = "scrypt"


def valid_manager_pin(pin: str) -> None:
    """Refuse a manager PIN that is not 4 to 8 digits (InputError, worded for the manager)."""
    low, high = MANAGER_PIN_DIGITS
    if not (low <= len(pin) <= high) or not pin.isascii() or not pin.isdigit():
        raise InputError(f"The manager PIN must be {low} to {high} digits.", field="manager_pin")


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, size: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_MAX_MEMORY, dklen=size)


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
    if 128 * r * n > _MAX_MEMORY // 2:
        return False
    try:
        actual = _scrypt(pin, salt, n, r, p, len(expected))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(actual, expected)
