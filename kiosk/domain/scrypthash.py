"""Salted scrypt hashes that carry their own cost, "scrypt$n$r$p$salt$hash", written and checked in one place.

The manager PIN (kiosk.toml) and the sandbox's passwords, PINs and codes are
kept this way; each caller picks its cost, and since the cost travels with the
hash, one made with an older or cheaper cost still verifies.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets

__all__ = ["scrypt", "hash_secret", "verify_secret"]

_SCHEME = "scrypt"
_SALT_BYTES = 16
_HASH_BYTES = 32
# A stored hash asking for more than this is garbled (or hostile): refuse, do not allocate.
_MAX_MEMORY = 128 * 1024 * 1024
# OpenSSL refuses scrypt above 32 MiB unless told otherwise, and counts a little
# more than the table itself: the limit follows the parameters, with this to spare.
_MAXMEM_MARGIN = 1 << 20
# The sandbox once wrote salt and hash in hex. Base64 of 16 or 32 bytes always ends
# in "=", so a field of lower-case hex digits alone is one of those older hashes.
_HEX = re.compile(r"(?:[0-9a-f]{2})+")


def scrypt(secret: str, salt: bytes, *, n: int, r: int, p: int, size: int) -> bytes:
    """scrypt of the UTF-8 text, allowed the memory its parameters need."""
    maxmem = 128 * r * (n + p + 2) + _MAXMEM_MARGIN
    return hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=size, maxmem=maxmem)


def hash_secret(secret: str, *, n: int, r: int = 8, p: int = 1) -> str:
    """`secret` as "scrypt$n$r$p$salt$hash" (base64), with a fresh random salt each time."""
    salt = secrets.token_bytes(_SALT_BYTES)
    digest = scrypt(secret, salt, n=n, r=r, p=p, size=_HASH_BYTES)
    return "$".join((_SCHEME, str(n), str(r), str(p), _b64(salt), _b64(digest)))


def verify_secret(secret: str, stored: str | None) -> bool:
    """Whether `secret` is the one hashed in `stored`; False when `stored` is empty, garbled or too costly."""
    parts = (stored or "").split("$")
    if len(parts) != 6 or parts[0] != _SCHEME:
        return False
    try:
        n, r, p = (int(x) for x in parts[1:4])
        salt, expected = _bytes(parts[4]), _bytes(parts[5])
    except (ValueError, binascii.Error):
        return False
    if n < 2 or n & (n - 1) or not (0 < r <= 64) or not (0 < p <= 16) or not salt or not (16 <= len(expected) <= 64):
        return False
    if 128 * r * n * p > _MAX_MEMORY:
        return False
    try:
        actual = scrypt(secret, salt, n=n, r=r, p=p, size=len(expected))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(actual, expected)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _bytes(field: str) -> bytes:
    return bytes.fromhex(field) if _HEX.fullmatch(field) else base64.b64decode(field, validate=True)
