"""The terminal's offline-first store: outbox, card cache and card directory in one SQLite file."""

from kiosk.store.db import StoreError, StoreFault
from kiosk.store.migrations import MIGRATIONS, SCHEMA_VERSION
from kiosk.store.models import CachedCard, DirectoryMatch, NewOperation, Operation, OperationState
from kiosk.store.store import Store, open_store

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
