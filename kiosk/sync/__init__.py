"""The sync layer: drains the outbox to the loyalty server and says how the connection is doing.

Each name loads its module on first use (PEP 562): the window's status bar needs the connectivity
states before its first paint, not the worker, its sockets and the directory's sync.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.lazy import lazy_exports

if TYPE_CHECKING:
    from kiosk.sync.backoff import Backoff
    from kiosk.sync.connectivity import Connectivity, ConnectivityState
    from kiosk.sync.directory import DirectoryReport, sync_directory
    from kiosk.sync.sending import UnsendableOperation, send_operation
    from kiosk.sync.settle import PIN_GRACE_SECONDS
    from kiosk.sync.worker import DrainReport, SyncWorker

_HOMES = {
    "Backoff": "kiosk.sync.backoff",
    "Connectivity": "kiosk.sync.connectivity",
    "ConnectivityState": "kiosk.sync.connectivity",
    "DirectoryReport": "kiosk.sync.directory",
    "sync_directory": "kiosk.sync.directory",
    "UnsendableOperation": "kiosk.sync.sending",
    "send_operation": "kiosk.sync.sending",
    "PIN_GRACE_SECONDS": "kiosk.sync.settle",
    "DrainReport": "kiosk.sync.worker",
    "SyncWorker": "kiosk.sync.worker",
}

__all__ = [
    "SyncWorker",
    "DrainReport",
    "Backoff",
    "Connectivity",
    "ConnectivityState",
    "send_operation",
    "UnsendableOperation",
    "sync_directory",
    "DirectoryReport",
    "PIN_GRACE_SECONDS",
]

__getattr__, __dir__ = lazy_exports(__name__, _HOMES, __all__)
