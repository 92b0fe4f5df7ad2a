"""What every service shares: settings, folders, the API client, the two task runners, the stores."""

from __future__ import annotations

import dataclasses
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.paths import Paths
from kiosk.services.tasks import TaskRunner
from kiosk.settings import Settings
from kiosk.sync.underway import CallsUnderWay

if TYPE_CHECKING:
    # Annotations only: kiosk.api.client loads httpx, which the counter loads on first use (kiosk.app.ClientOnFirstUse).
    from kiosk.api.client import LoyaltyClient
    # The store's SQL and the core (with the answers' models) load on the store's thread, after the first paint.
    from kiosk.core.terminal import Terminal
    from kiosk.store import Store

__all__ = ["ServiceContext", "ThreadStores"]


class ThreadStores:
    """One Store per thread, opened on first use: a Store (an SQLite connection) belongs to one thread."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()

    def get(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            from kiosk.store import open_store  # the first time: see the imports

            store = open_store(self.path)
            self._local.store = store
        return store

    def close_current(self) -> None:
        """Close the calling thread's Store, if it opened one (SQLite wants the same thread)."""
        store: Store | None = getattr(self._local, "store", None)
        if store is not None:
            self._local.store = None
            store.close()


@dataclasses.dataclass
class ServiceContext:
    """Built once by the app (kiosk/ui/main.py) and handed to every service.

    `network` runs API calls (a few threads) and never opens the store;
    `store_runner` runs everything that touches the store on one long-lived
    thread, so SQLite never has two writers from this process. Work on the
    store runner calls `terminal()` for a Terminal over that thread's Store.
    Work reaches both through an operation (kiosk.services.operation.Op).
    `under_way` is shared by the counter's redemptions and the sync worker.
    """

    settings: Settings
    paths: Paths
    client: LoyaltyClient
    network: TaskRunner
    store_runner: TaskRunner
    stores: ThreadStores
    under_way: CallsUnderWay

    @classmethod
    def create(cls, settings: Settings, paths: Paths, client: LoyaltyClient, parent: QObject | None = None) -> ServiceContext:
        return cls(
            settings=settings,
            paths=paths,
            client=client,
            network=TaskRunner(parent, threads=4),
            store_runner=TaskRunner(parent, threads=1, keep_threads=True),
            stores=ThreadStores(paths.store),
            under_way=CallsUnderWay(),
        )

    def terminal(self) -> Terminal:
        """A Terminal over the calling thread's own Store (call it on a runner's thread)."""
        from kiosk.core.terminal import Terminal  # the first time: see the imports

        return Terminal(self.stores.get(), self.client, phone_region=self.settings.phone_region)

    @property
    def idle(self) -> bool:
        """Whether neither the store's thread nor the network's have work running or queued (never blocks)."""
        return self.store_runner.idle and self.network.idle

    def close(self, within: float | None = None) -> bool:
        """Wait for running work, then close the store on its own thread (the caller closes the client).

        `within`: seconds to wait in all (None: as long as the runners allow). True if every job ended.
        """
        deadline = None if within is None else time.monotonic() + within

        def left() -> dict[str, int]:
            return {} if deadline is None else {"msecs": max(0, int((deadline - time.monotonic()) * 1000))}

        # The store first: its jobs are short, and the store must be closed on its own thread.
        self.store_runner.run(self.stores.close_current, on_success=lambda _: None, on_failure=lambda _: None)
        stored = self.store_runner.close(**left())
        return self.network.close(**left()) and stored
