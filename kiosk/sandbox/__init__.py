"""The sandbox loyalty server: a full implementation of CONTRACT.md on FastAPI with its own SQLite.

Each name loads its module on first use (PEP 562): the counter reads the demo's settings
(kiosk.sandbox.demo) at start without loading FastAPI and uvicorn, which come with the server.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.lazy import lazy_exports

if TYPE_CHECKING:
    from kiosk.sandbox.config import SandboxConfig
    from kiosk.sandbox.demo import seed_demo
    from kiosk.sandbox.server import RunningSandbox, create_app, serve, start_in_thread

_HOMES = {
    "SandboxConfig": "kiosk.sandbox.config",
    "seed_demo": "kiosk.sandbox.demo",
    "create_app": "kiosk.sandbox.server",
    "start_in_thread": "kiosk.sandbox.server",
    "serve": "kiosk.sandbox.server",
    "RunningSandbox": "kiosk.sandbox.server",
}

__all__ = ["SandboxConfig", "create_app", "start_in_thread", "serve", "seed_demo", "RunningSandbox"]


__getattr__, __dir__ = lazy_exports(__name__, _HOMES, __all__)
