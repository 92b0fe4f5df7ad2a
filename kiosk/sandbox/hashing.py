"""Secrets at rest: salted scrypt for what people choose or type, SHA-256 for random tokens."""

from __future__ import annotations

import hashlib
import secrets

from kiosk.domain import scrypthash
from kiosk.domain.scrypthash import verify_secret

__all__ = ["hash_secret", "verify_secret", "token_digest", "new_token"]

# A lighter cost than a production server would pick: the sandbox hashes on every
# PIN try and every seeded test database, and the parameters travel with each
# hash, so a stronger setting can be adopted without breaking stored rows.
_N = 2**12


def hash_secret(secret: str) -> str:
    """A self-describing salted hash at the sandbox's cost (kiosk.domain.scrypthash's form)."""
    return scrypthash.hash_secret(secret, n=_N)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """Tokens carry 256 random bits, so a plain SHA-256 cannot be reversed by guessing."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
