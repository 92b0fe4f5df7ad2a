"""Secrets at rest: salted scrypt for what people choose or type, SHA-256 for random tokens."""

from __future__ import annotations

import hashlib
import hmac
import secrets

__all__ = ["hash_secret", "verify_secret", "token_digest", "new_token"]

# A lighter cost than a production server would pick: the sandbox hashes on every
# PIN try and every seeded test database, and the parameters travel with each
# hash, so a stronger setting can be adopted without breaking stored rows.
_N, _R, _P = 2**12, 8, 1
_SALT_BYTES = 16


def _scrypt(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)


def hash_secret(secret: str) -> str:
    """A self-describing salted hash: "scrypt$n$r$p$salt$digest" (hex)."""
    salt = secrets.token_bytes(_SALT_BYTES)
    digest = _scrypt(secret, salt, _N, _R, _P)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_secret(secret: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        candidate = _scrypt(secret, bytes.fromhex(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(candidate, bytes.fromhex(digest))


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """Tokens carry 256 random bits, so a plain SHA-256 cannot be reversed by guessing."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
