"""One self-describing scrypt hash for the manager PIN and the sandbox's secrets; older hashes still verify."""

from __future__ import annotations

import hashlib

from kiosk.core.staff import check_manager_pin, hash_manager_pin
from kiosk.domain.scrypthash import hash_secret, verify_secret
from kiosk.sandbox import hashing

LIGHT = 2**10  # cheap enough for a unit test; the cost travels with the hash anyway


def test_a_hash_names_its_cost_and_checks_the_secret_it_was_made_from() -> None:
    made = hash_secret("4711-pin", n=LIGHT)
    scheme, n, r, p, salt, digest = made.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(LIGHT), "8", "1")
    assert "4711-pin" not in made and hash_secret("4711-pin", n=LIGHT) != made  # a fresh salt each time
    assert verify_secret("4711-pin", made)
    assert not verify_secret("4712-pin", made)


def test_the_sandbox_and_the_manager_pin_write_the_same_form() -> None:
    for made, secret in ((hashing.hash_secret("s3cret"), "s3cret"), (hash_manager_pin("13572468"), "13572468")):
        assert made.startswith("scrypt$") and made.count("$") == 5
        assert verify_secret(secret, made) and hashing.verify_secret(secret, made) and check_manager_pin(secret, made)


def test_a_sandbox_hash_written_in_hex_before_still_verifies() -> None:
    salt = bytes(range(16))
    old_digest = hashlib.scrypt(b"old-password", salt=salt, n=2**12, r=8, p=1, dklen=32)
    old = f"scrypt$4096$8$1${salt.hex()}${old_digest.hex()}"
    assert hashing.verify_secret("old-password", old)
    assert not hashing.verify_secret("other-password", old)


def test_an_empty_garbled_or_too_costly_hash_verifies_nothing() -> None:
    made = hash_secret("4711-pin", n=LIGHT)
    assert not verify_secret("4711-pin", None) and not verify_secret("", "")
    assert not verify_secret("4711-pin", made.replace("scrypt$", "bcrypt$"))
    assert not verify_secret("4711-pin", made.rsplit("$", 1)[0] + "$not base64!")
    assert not verify_secret("4711-pin", made.rsplit("$", 1)[0])
    assert not verify_secret("4711-pin", made.replace(f"${LIGHT}$", "$1000$"))  # not a power of two
    assert not verify_secret("4711-pin", made.replace(f"${LIGHT}$", f"${2**24}$"))  # 16 GiB: refused, not tried
