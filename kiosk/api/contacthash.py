"""The card directory's e-mail and phone hashes: scrypt with the campaign's published parameters.

Both sides compute the same thing: the server when a customer's address is
written, a terminal when it looks an address up offline. One hash costs tens of
milliseconds on purpose, so that a stolen directory does not give the phone
numbers back in minutes (a plain SHA-256 fell in 4,568 guesses).
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Any

from kiosk.api.errors import BadAnswer
from kiosk.api.marta import CONTACTHASH_ALGORITHM, CONTACTHASH_DKLEN, CONTACTHASH_MIN_N, CONTACTHASH_R
from kiosk.api.reading import Reader
from kiosk.domain.scrypthash import scrypt

__all__ = ["ContactHash", "contact_hash"]

# Hashes already made in this process, keyed by parameters and address: the demo's
# public salt makes reseeding it (once per test) free after the first time.
_MEMO_SIZE = 1024


@dataclasses.dataclass(frozen=True)
class ContactHash:
    """The campaign's `contacthash` parameters: `{"algorithm": "scrypt", "salt", "n", "r", "p"}`."""

    salt: str = dataclasses.field(repr=False)
    n: int
    r: int
    p: int
    algorithm: str = CONTACTHASH_ALGORITHM

    def __post_init__(self) -> None:
        if self.algorithm != CONTACTHASH_ALGORITHM:
            raise ValueError(f"contact hashes are {CONTACTHASH_ALGORITHM}, not {self.algorithm!r}")
        if self.n < CONTACTHASH_MIN_N or self.n & (self.n - 1):
            raise ValueError(f"scrypt n must be a power of two of at least {CONTACTHASH_MIN_N}")
        if self.r != CONTACTHASH_R:
            raise ValueError(f"scrypt r must be {CONTACTHASH_R}")
        if not 1 <= self.p <= 16:
            raise ValueError("scrypt p must be between 1 and 16")
        if not self.salt:
            raise ValueError("the contact hash salt is empty")

    @classmethod
    def from_json(cls, obj: object, where: str = "contacthash") -> ContactHash:
        r = Reader(obj, where)
        try:
            return cls(algorithm=r.text("algorithm"), salt=r.text("salt"), n=r.integer("n"), r=r.integer("r"),
                       p=r.integer("p"))
        except ValueError as exc:
            raise BadAnswer(f"{where}: {exc}") from None

    def to_json(self) -> dict[str, Any]:
        return {"algorithm": self.algorithm, "salt": self.salt, "n": self.n, "r": self.r, "p": self.p}

    def digest(self, normalised: str) -> str:
        """The hex hash of a normalised address (lower-case e-mail, E.164 phone)."""
        return contact_hash(self, normalised)


@functools.lru_cache(maxsize=_MEMO_SIZE)
def contact_hash(params: ContactHash, normalised: str) -> str:
    """Hex scrypt of the normalised address with the campaign's parameters (one per process and pair)."""
    salt = params.salt.encode("utf-8")
    return scrypt(normalised, salt, n=params.n, r=params.r, p=params.p, size=CONTACTHASH_DKLEN).hex()
