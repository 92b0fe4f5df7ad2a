"""The terminal's offline-first store: outbox, card cache and card directory in one SQLite file.

Each name loads its module on first use (PEP 562): the counter's screens need an operation's states
and the store's errors before the first paint; the store itself (and its SQL) opens after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.lazy import lazy_exports

if TYPE_CHECKING:
    from kiosk.store.db import StoreError, StoreFault
    from kiosk.store.migrations import MIGRATIONS, SCHEMA_VERSION
    from kiosk.store.models import CachedCard, DirectoryMatch, NewOperation, Operation
    from kiosk.store.states import OperationState
    from kiosk.store.store import Store, open_store

_HOMES = {
    "StoreError": "kiosk.store.db",
    "StoreFault": "kiosk.store.db",
    "MIGRATIONS": "kiosk.store.migrations",
    "SCHEMA_VERSION": "kiosk.store.migrations",
    "CachedCard": "kiosk.store.models",
    "DirectoryMatch": "kiosk.store.models",
    "NewOperation": "kiosk.store.models",
    "Operation": "kiosk.store.models",
    "OperationState": "kiosk.store.states",
    "Store": "kiosk.store.store",
    "open_store": "kiosk.store.store",
}

__all__ = [
    "open_store",
    "Store",
    "StoreError",
    "StoreFault",
    "NewOperation",
    "Operation",
    "OperationState",
    "CachedCard",
    "DirectoryMatch",
    "MIGRATIONS",
    "SCHEMA_VERSION",
]

__getattr__, __dir__ = lazy_exports(__name__, _HOMES, __all__)
