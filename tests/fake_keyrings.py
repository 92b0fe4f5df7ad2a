"""Keyrings that misbehave, for the faults the tests must inject: one that never answers, one that refuses, one that forgets."""

from __future__ import annotations

import threading

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked


class HangingKeyring(KeyringBackend):
    """A locked keyring whose unlock prompt nobody answers, or a D-Bus that stopped: every call waits."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(30)
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait(30)

    def delete_password(self, service: str, username: str) -> None:
        self.release.wait(30)


class RefusingKeyring(KeyringBackend):
    """A locked keyring that says so, quoting what it was given (as a careless backend might)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked(f"locked: {username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked(f"locked, could not store {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("locked")


class ForgetfulKeyring(KeyringBackend):
    """Takes every value and keeps none."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        pass

    def delete_password(self, service: str, username: str) -> None:
        pass
