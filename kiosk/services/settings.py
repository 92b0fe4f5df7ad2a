"""The settings screen's two operations: test a connection on the network pool, save the file on the store thread.

The screen gives what was typed and hears the typed outcome; it never opens the
settings file, waits on its fsync or talks to a server itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from kiosk.app import ConnectionCheck, check_connection
from kiosk.services.context import ServiceContext
from kiosk.services.operation import Op
from kiosk.settings import Settings, save_settings

__all__ = ["test_connection", "save_changes"]


def test_connection(ctx: ServiceContext, candidate: Settings, *, parent: QObject) -> Op[ConnectionCheck]:
    """Sign in with `candidate` and read its campaign (up to its timeouts), on the network pool."""
    return Op.network(ctx, lambda: check_connection(candidate), parent=parent)


def save_changes(ctx: ServiceContext, changes: Mapping[str, Any], *, parent: QObject) -> Op[Path]:
    """Write `changes` into kiosk.toml (checked, atomic, fsynced) on the store thread, like every other commit.

    The api key and the passwords go to the system keyring instead when the app read its secrets from one
    (each keyring call is time-limited: a locked keyring fails the save in words, never hangs the thread).
    """
    config_dir, kept, store = ctx.paths.config, dict(changes), ctx.settings.secret_store
    return Op.store(ctx, lambda: save_settings(config_dir, kept, secret_store=store), parent=parent)
