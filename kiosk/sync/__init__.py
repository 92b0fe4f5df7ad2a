"""The sync layer: drains the outbox to the loyalty server and says how the connection is doing."""

from kiosk.sync.backoff import Backoff
from kiosk.sync.connectivity import Connectivity, ConnectivityState
from kiosk.sync.directory import DirectoryReport, sync_directory
from kiosk.sync.sending import UnsendableOperation, send_operation
from kiosk.sync.settle import PIN_GRACE_SECONDS
from kiosk.sync.worker import DrainReport, SyncWorker

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
