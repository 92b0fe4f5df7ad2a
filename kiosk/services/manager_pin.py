"""The manager PIN as operations on the store thread: which PIN is in force, its check with the lock-out, a first one chosen.

The screen asking for the PIN never reads the settings file, runs scrypt or
waits on an fsync: each of these is a step on the store thread here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from kiosk.core.staff import ManagerPinLockout, PinCheck, hash_manager_pin
from kiosk.services.context import ServiceContext
from kiosk.services.operation import Op
from kiosk.secret_store import SecretStore
from kiosk.settings import Settings, SettingsError, save_settings

__all__ = ["ManagerPin", "saved_manager_pin_hash"]


def saved_manager_pin_hash(config_dir: Path) -> str:
    """The manager PIN hash in force now (kiosk.toml or KIOSK_MANAGER_PIN_HASH); "" when none is set."""
    try:
        # The hash is never in the keyring: a PIN prompt does not wait on one.
        return str(Settings.load(Path(config_dir), secret_store=SecretStore.file_only(config_dir)).manager_pin_hash)
    except SettingsError:
        return ""


class ManagerPin:
    """The operations behind the manager PIN prompt, over one lock-out (the app's: kept in the terminal's store)."""

    def __init__(self, ctx: ServiceContext, lockout: ManagerPinLockout | None = None) -> None:
        self._ctx = ctx
        #: The lock-out, used on the store runner's thread; its clock may be read anywhere.
        self.lockout = lockout if lockout is not None else ManagerPinLockout(ctx.stores.get)

    def in_force(self, *, parent: QObject) -> Op[str]:
        """The hash in force: the settings', or one chosen since the app started (in the file); "" for none."""
        known, config_dir = self._ctx.settings.manager_pin_hash, self._ctx.paths.config
        return Op.store(self._ctx, lambda: known or saved_manager_pin_hash(config_dir), parent=parent)

    def wait_left(self, *, parent: QObject) -> Op[int]:
        """Seconds the prompt stays locked after too many wrong PINs (0: not locked)."""
        return Op.store(self._ctx, self.lockout.wait_left, parent=parent)

    def check(self, pin: str, stored: str, *, parent: QObject) -> Op[PinCheck]:
        """Check `pin` against the hash `stored` (about 150 ms of scrypt), counting it for the lock-out."""
        return Op.store(self._ctx, lambda: self.lockout.attempt(pin, stored), parent=parent)

    def choose(self, pin: str, *, parent: QObject) -> Op[None]:
        """Save the hash of a first manager PIN in the settings file (scrypt, then an fsync)."""
        config_dir = self._ctx.paths.config

        def work() -> None:
            made = hash_manager_pin(pin)
            save_settings(config_dir, {"manager_pin_hash": made}, secret_store=SecretStore.file_only(config_dir))

        return Op.store(self._ctx, work, parent=parent)
