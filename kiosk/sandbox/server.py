"""The sandbox as a running server: build the app, run it in a thread for tests, or serve it."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import socket
import sqlite3
import threading
import time
from collections.abc import AsyncIterator
from types import TracebackType

import uvicorn
from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from kiosk import __version__
from kiosk.logs import uvicorn_log_config
from kiosk.sandbox import (
    account,
    auth,
    badges,
    campaigns,
    card_offers,
    cards,
    customers,
    instantwin,
    movements,
    news,
    onboarding,
    pinreset,
    pins,
    promotions,
    prizes,
    sandbox_api,
    stores,
    vouchers,
    wallet,
)
from kiosk.sandbox.bodylimit import BodyLimitMiddleware
from kiosk.sandbox.clock import SandboxClock
from kiosk.sandbox.config import SandboxConfig
from kiosk.sandbox.context import Sandbox
from kiosk.sandbox.controlkey import control_key
from kiosk.sandbox.db import Database
from kiosk.sandbox.errors import install_error_handlers
from kiosk.sandbox.faults import FaultMiddleware, Faults
from kiosk.sandbox.messages import Mailbox
from kiosk.sandbox.openapi import install_openapi
from kiosk.sandbox.purge import purge

__all__ = ["create_app", "start_in_thread", "serve", "RunningSandbox", "reachable_from_the_network"]

log = logging.getLogger(__name__)

_DESCRIPTION = (
    "The kiosk project's sandbox of the loyalty API (CONTRACT.md): every call needs the x-api-key header, "
    "and all but /auth a bearer token of the right scope. Errors: {AnswerCode, Message, Field}."
)
_START_TIMEOUT = 10.0
_STOP_TIMEOUT = 5.0


async def _purge_forever(sandbox: Sandbox) -> None:
    """At start, then every `purge_every` seconds: forget expired tokens, old codes and idempotency rows."""
    while True:
        try:
            # Not cancellable mid-pass: shutdown waits for the batch, then closes the database.
            await run_in_threadpool(purge, sandbox)
        except sqlite3.Error as exc:
            log.warning("the sandbox's purge pass failed (%s); it runs again later", type(exc).__name__)
        await asyncio.sleep(sandbox.config.purge_every)


def create_app(config: SandboxConfig) -> FastAPI:
    database = Database(config.database_path)
    sandbox = Sandbox(config=config, db=database, clock=SandboxClock(), mailbox=Mailbox(), faults=Faults())

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        purging = asyncio.create_task(_purge_forever(sandbox), name="sandbox-purge")
        try:
            yield
        finally:
            purging.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await purging
            database.close()

    app = FastAPI(title="Kiosk sandbox loyalty API", version=__version__, description=_DESCRIPTION, lifespan=lifespan)
    app.state.sandbox = sandbox
    install_error_handlers(app)
    for module in (auth, onboarding, pinreset, customers, campaigns, cards, movements, pins, vouchers, wallet,
                   promotions, prizes, instantwin, card_offers, news, badges, stores, account):
        app.include_router(module.router)
    if config.dev:
        # The demo's back door (CONTRACT §5): only with --dev, and only with the folder's control key.
        setattr(app.state, sandbox_api.CONTROL_KEY_STATE, control_key(config.data_dir))
        app.include_router(sandbox_api.router)
        for module in (prizes, instantwin):
            app.include_router(module.control_router)
    app.add_middleware(FaultMiddleware, faults=sandbox.faults)
    # Added last, so outermost: an oversized body is refused before anything else looks at the request.
    app.add_middleware(BodyLimitMiddleware)
    install_openapi(app)
    return app


def reachable_from_the_network(host: str) -> bool:
    """Whether listening on `host` lets other machines in: anything but loopback (a host name may resolve to anything)."""
    if host == "localhost":
        return False
    try:
        return not ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return True


def _uvicorn_config(app: FastAPI, **extra: object) -> uvicorn.Config:
    # h11 and no websockets: the dropped-answer fault relies on h11 writing the head at once.
    return uvicorn.Config(
        app, log_level="warning", access_log=False, http="h11", ws="none", lifespan="on",
        log_config=uvicorn_log_config(),  # uvicorn's own lines pass the secret filter too
        timeout_graceful_shutdown=1, **extra,  # type: ignore[arg-type]
    )


class RunningSandbox:
    """A sandbox serving in a daemon thread; `stop()` (or leaving the `with`) shuts it down."""

    def __init__(self, config: SandboxConfig, host: str, port: int, *, sock: socket.socket | None = None) -> None:
        """`sock`: serve on this socket, already bound (and maybe listening), instead of binding host:port."""
        self.config = config
        if sock is not None:
            self._socket = sock
            host = sock.getsockname()[0]
        else:
            self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                self._socket.bind((host, port))
            except OSError:
                self._socket.close()
                raise
        self.host = host
        self.port: int = self._socket.getsockname()[1]
        self.url = f"http://{host}:{self.port}"
        self.app = create_app(config)
        #: The demo's control key for /sandbox/ (x-sandbox-key); None without --dev.
        self.controlkey: str | None = getattr(self.app.state, sandbox_api.CONTROL_KEY_STATE, None)
        self._server = uvicorn.Server(_uvicorn_config(self.app))
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name=f"sandbox-{self.port}", daemon=True
        )

    def start(self) -> RunningSandbox:
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the sandbox server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(_STOP_TIMEOUT)
        self._socket.close()

    def __enter__(self) -> RunningSandbox:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()


def start_in_thread(config: SandboxConfig, host: str = "127.0.0.1", port: int = 0) -> RunningSandbox:
    """Serve on a socket bound here (port 0: any free port) and return once it answers."""
    return RunningSandbox(config, host, port).start()


def serve(config: SandboxConfig, host: str = "127.0.0.1", port: int = 8765) -> None:
    """Serve until interrupted: `kiosk sandbox serve` (which warns first when beyond loopback)."""
    uvicorn.Server(_uvicorn_config(create_app(config), host=host, port=port)).run()
